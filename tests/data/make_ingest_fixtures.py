"""Build the ingest test fixtures under tests/data/good and tests/data/bad.

Run from the repository root:  python tests/data/make_ingest_fixtures.py
The output is deterministic, so the committed files can be checked against it.
Every text here was written for these tests.  Links point at a closed port on
the loopback address, so nothing outside this machine is ever contacted by
mistake.
"""
from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
GOOD = HERE / "good"
BAD = HERE / "bad"
BASE = "http://127.0.0.1:9"

ARTICLE_EN = (
    "Harbour towns agree on shared ferry timetable\n"
    "The councils of three harbour towns signed an agreement on Tuesday to run a shared ferry timetable "
    "from the spring, ending years of disputes over landing slots.\n"
    "\"Passengers will finally see one schedule instead of three,\" the chair of the joint committee said "
    "after the vote.\n"
    "The agreement still needs approval from the regional transport office, which is expected next month.\n"
)

ARTICLE_RU = (
    "Муниципалитеты договорились о едином расписании паромов\n"
    "Советы трёх портовых городов во вторник подписали соглашение о едином расписании паромов, "
    "которое начнёт действовать весной.\n"
    "«Пассажиры наконец увидят одно расписание вместо трёх», — заявил председатель объединённого комитета.\n"
    "Соглашение ещё должно утвердить региональное транспортное управление.\n"
)

ARTICLE_FR = (
    "Les communes s’accordent sur un horaire commun des ferries\n"
    "Les conseils de trois villes portuaires ont signé mardi un accord prévoyant un horaire commun "
    "dès le printemps — une première après des années de désaccords.\n"
    "« Les passagers verront enfin un seul horaire au lieu de trois », a déclaré le président du comité.\n"
    "L’accord doit encore être approuvé par l’office régional des transports, peut-être dès février.\n"
)


def html_page(title: str, body: str, *, charset: str | None = "utf-8", canonical: str | None = None) -> str:
    head = []
    if charset:
        head.append(f'<meta charset="{charset}">')
    head.append(f"<title>{title}</title>")
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    paras = "".join(f"<p>{line}</p>\n" for line in body.strip().splitlines()[1:])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>{title}</h1>\n{paras}</article>\n"
        "<footer>All rights reserved.</footer>\n</body></html>\n"
    )


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def warc_bytes(records: list[tuple], *, gz: bool) -> bytes:
    """records: (type, uri, date, payload, content_type, status) tuples."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for n, (rtype, uri, date, payload, ctype, status) in enumerate(records):
        headers = {"WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"}
        if rtype == "response":
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=http, warc_headers_dict=headers
            )
        elif rtype == "request":
            http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "127.0.0.1")], is_http_request=True)
            rec = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b""), http_headers=http, warc_headers_dict=headers
            )
        else:  # conversion / resource / warcinfo
            headers["Content-Type"] = ctype
            rec = writer.create_warc_record(
                uri, rtype, payload=io.BytesIO(payload), warc_content_type=ctype, warc_headers_dict=headers
            )
        writer.write_record(rec)
    return buf.getvalue()


def crawl_records() -> list[tuple]:
    page1 = html_page("Harbour towns agree on shared ferry timetable", ARTICLE_EN, canonical=f"{BASE}/news/ferry")
    page2 = html_page("Ferry agreement (Russian edition)", ARTICLE_RU, charset="windows-1251")
    return [
        ("request", f"{BASE}/news/ferry", "2025-07-27T10:00:00Z", b"", None, None),
        ("response", f"{BASE}/news/ferry", "2025-07-27T10:00:01Z", page1.encode("utf-8"), "text/html; charset=utf-8", "200 OK"),
        ("response", f"{BASE}/ru/ferry", "2025-07-27T10:00:02Z", page2.encode("cp1251"), "text/html", "200 OK"),
        ("response", f"{BASE}/img/logo.png", "2025-07-27T10:00:03Z", b"\x89PNG\r\n\x1a\n" + bytes(range(64)), "image/png", "200 OK"),
        ("response", f"{BASE}/notes.txt", "2025-07-27T10:00:04Z", ARTICLE_EN.encode(), "text/plain; charset=utf-8", "404 Not Found"),
    ]


def main() -> None:
    # ---- good ------------------------------------------------------------------
    write(GOOD / "crawl_header.txt", (" date 2025-07-27 403\n" + ARTICLE_EN).encode("utf-8"))
    write(GOOD / "plain.txt", ARTICLE_EN.encode("utf-8"))
    write(GOOD / "utf16.txt", ARTICLE_FR.encode("utf-16"))
    write(
        GOOD / "page.html",
        html_page("Harbour towns agree on shared ferry timetable", ARTICLE_EN, canonical=f"{BASE}/news/ferry").encode(),
    )
    write(GOOD / "page.html.gz", gzip_bytes(html_page("Gzipped page", ARTICLE_EN).encode()))
    write(GOOD / "tiny.warc.gz", warc_bytes(crawl_records(), gz=True))
    wet = [
        ("warcinfo", None, "2025-07-28T00:00:00Z", b"software: newsloom test fixture\r\n", "application/warc-fields", None),
        ("conversion", f"{BASE}/news/ferry", "2025-07-28T00:00:01Z", ARTICLE_EN.encode(), "text/plain", None),
        ("conversion", f"{BASE}/fr/ferry", "2025-07-28T00:00:02Z", ARTICLE_FR.encode(), "text/plain", None),
    ]
    write(GOOD / "tiny.wet", warc_bytes(wet, gz=False))
    articles = [
        {"id": "a-1", "text": ARTICLE_EN, "title": "Harbour towns agree", "url": f"{BASE}/news/ferry", "outlet": "Coast Herald", "published": "2025-07-22"},
        {"id": "a-2", "text": ARTICLE_FR, "title": "Horaire commun", "outlet": "Le Littoral"},
        {"text": "An article without an id or title.\nIt still has text.", "url": f"{BASE}/news/short"},
    ]
    write(GOOD / "articles.jsonl", "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode())
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Coast Herald</title><link>{BASE}/</link><description>Harbour news</description>
<item><title>Harbour towns agree on shared ferry timetable</title><link>{BASE}/news/ferry</link>
<pubDate>Tue, 22 Jul 2025 09:30:00 +0200</pubDate><guid>{BASE}/news/ferry</guid></item>
<item><title>Storm closes the northern pier</title><link>{BASE}/news/pier</link>
<pubDate>Mon, 21 Jul 2025 18:00:00 GMT</pubDate></item>
<item><title>An entry with no link</title><description>Nothing to fetch here.</description></item>
</channel></rss>
"""
    write(GOOD / "feed.rss", rss.encode())
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Le Littoral</title><id>urn:newsloom:test:atom</id><updated>2025-07-22T10:00:00Z</updated>
<entry><title>Horaire commun des ferries</title><id>urn:newsloom:test:1</id>
<link rel="alternate" href="{BASE}/fr/ferry"/><updated>2025-07-22T10:00:00Z</updated></entry>
<entry><title>Le port nord fermé</title><id>urn:newsloom:test:2</id>
<link rel="alternate" href="{BASE}/fr/port"/><published>2025-07-21T08:00:00+02:00</published><updated>2025-07-21T08:00:00+02:00</updated></entry>
</feed>
"""
    write(GOOD / "feed.atom", atom.encode())

    # ---- bad -------------------------------------------------------------------
    rng = random.Random(20250727)
    write(BAD / "junk.txt", rng.randbytes(4096))
    write(BAD / "picture.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(512))
    write(BAD / "empty.txt", b"")
    write(BAD / "blank.html", b"  \n\n\t \r\n")
    write(BAD / "header_only.txt", b"date 2025-07-27 200\n\n")
    full = gzip_bytes(html_page("A page cut short", ARTICLE_EN * 20).encode())
    write(BAD / "truncated.html.gz", full[: len(full) // 2])
    whole = warc_bytes(crawl_records(), gz=True)
    write(BAD / "truncated.warc.gz", whole[: len(whole) - 300])
    plain = warc_bytes(crawl_records(), gz=False)
    write(BAD / "truncated.warc", plain[: len(plain) - 200])
    lines = [
        json.dumps({"id": "ok-1", "text": "A valid article line.", "title": "Valid"}),
        '{"id": "broken-1", "text": "missing the closing brace"',
        json.dumps({"id": "no-text", "title": "A record without text"}),
        "[1, 2, 3]",
        "",
        json.dumps({"id": "empty-text", "text": "   "}),
        "this line is not JSON at all",
        json.dumps({"id": "ok-2", "text": "Another valid article line."}),
    ]
    write(BAD / "invalid.jsonl", ("\n".join(lines) + "\n").encode())
    # legacy encodings: these must decode right, not be quarantined
    write(BAD / "cp1251.txt", ARTICLE_RU.encode("cp1251"))
    write(BAD / "cp1251.html", html_page("Паромы", ARTICLE_RU, charset="windows-1251").encode("cp1251"))
    write(BAD / "windows-1252.txt", ARTICLE_FR.encode("cp1252"))
    # declared as ISO-8859-1 (browsers read that label as windows-1252): curly quotes must survive
    write(BAD / "windows-1252.html", html_page("Ferries", ARTICLE_FR, charset="iso-8859-1").encode("cp1252"))
    # declared UTF-8 but written in windows-1252: the declaration is wrong and must lose
    write(BAD / "mislabelled.html", html_page("Ferries", ARTICLE_FR, charset="utf-8").encode("cp1252"))
    write(BAD / "sitemap.xml", b'<?xml version="1.0"?>\n<urlset><url><loc>' + BASE.encode() + b"/a</loc></url></urlset>\n")


if __name__ == "__main__":
    main()
