"""Ingest: every input format into RawPage records, bad inputs into Quarantined ones.

Fetching over HTTP is tested in test_fetch.py.  Nothing here touches the network.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsloom.ingest import IngestOptions, page_text, read_inputs, sniff_format
from newsloom.ingest.decode import detect_encoding, normalize_charset, sniff_binary
from newsloom.ingest.feeds import parse_feed
from newsloom.ingest.jsonl import canonical_json
from newsloom.ingest.textdump import parse_crawl_header
from newsloom.records import Quarantined, RawPage, content_hash

DATA = Path(__file__).resolve().parent / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"
NO_NET = IngestOptions(follow_feeds=False)


def _fixture_module():
    spec = importlib.util.spec_from_file_location("make_ingest_fixtures", DATA / "make_ingest_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FIX = _fixture_module()


def read(*inputs, options=NO_NET):
    return list(read_inputs([str(i) for i in inputs], options=options))


def pages(items):
    return [i for i in items if isinstance(i, RawPage)]


def quarantined(items):
    return [i for i in items if isinstance(i, Quarantined)]


def one(items):
    assert len(items) == 1, items
    return items[0]


# ---------------------------------------------------------------- fixtures are current


def test_committed_fixtures_match_their_generator(tmp_path, monkeypatch):
    monkeypatch.setattr(FIX, "GOOD", tmp_path / "good")
    monkeypatch.setattr(FIX, "BAD", tmp_path / "bad")
    FIX.main()
    for folder in ("good", "bad"):
        made = sorted(p.name for p in (tmp_path / folder).iterdir())
        committed = sorted(p.name for p in (DATA / folder).iterdir())
        assert made == committed
        for name in made:
            fresh, kept = (tmp_path / folder / name).read_bytes(), (DATA / folder / name).read_bytes()
            if name.endswith(".gz"):  # compressed bytes may differ between zlib builds
                fresh, kept = _gunzip_members(fresh), _gunzip_members(kept)
            if name.startswith("truncated") and name.endswith(".gz"):  # cut at a byte count: compare the overlap
                n = min(len(fresh), len(kept))
                assert n > 0 and fresh[:n] == kept[:n], name
            else:
                assert fresh == kept, name


def _gunzip_members(data: bytes) -> bytes:
    """What a (possibly cut) multi-member gzip stream unpacks to."""
    out = b""
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += d.decompress(data)
        if not d.eof:
            break
        data = d.unused_data
    return out


# ---------------------------------------------------------------- good inputs


def test_text_dump_with_crawl_header_keeps_bytes_and_reads_header():
    path = GOOD / "crawl_header.txt"
    page = one(read(path))
    raw = path.read_bytes()
    assert page.kind == "text"
    assert page.content == raw  # byte for byte, header included
    assert page.id == content_hash(raw)
    assert page.source == str(path.resolve())
    assert page.crawl_date == "2025-07-27"
    assert page.http_status == 403
    assert page.encoding == "utf-8"
    assert page.meta["crawl_header"] == " date 2025-07-27 403"
    assert raw[page.meta["body_start"] :].startswith(b"Harbour towns")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.fetched_at)


def test_plain_text_without_header_has_no_crawl_date():
    page = one(read(GOOD / "plain.txt"))
    assert page.kind == "text" and page.crawl_date is None and page.http_status is None
    assert "body_start" not in page.meta


def test_html_page_url_from_canonical_link():
    page = one(read(GOOD / "page.html"))
    assert page.kind == "html"
    assert page.url == "http://127.0.0.1:9/news/ferry"
    assert page.meta["canonical_url"] == page.url
    assert page.content == (GOOD / "page.html").read_bytes()


def test_gzipped_html_is_unpacked():
    page = one(read(GOOD / "page.html.gz"))
    assert page.kind == "html"
    assert page.content == gzip.decompress((GOOD / "page.html.gz").read_bytes())


def test_utf16_text_with_bom():
    page = one(read(GOOD / "utf16.txt"))
    assert page.encoding == "utf-16"
    assert page_text(page) == FIX.ARTICLE_FR


def test_warc_gz_records_with_provenance():
    path = GOOD / "tiny.warc.gz"
    items = read(path)
    got = pages(items)
    assert [p.url for p in got] == [
        "http://127.0.0.1:9/news/ferry",
        "http://127.0.0.1:9/ru/ferry",
        "http://127.0.0.1:9/notes.txt",
    ]
    assert [p.kind for p in got] == ["html", "html", "text"]
    assert [p.http_status for p in got] == [200, 200, 404]
    assert got[0].crawl_date == "2025-07-27T10:00:01Z"
    assert got[1].encoding == "cp1251"
    assert FIX.ARTICLE_RU.splitlines()[1] in page_text(got[1])
    assert got[2].content == FIX.ARTICLE_EN.encode()
    image = one(quarantined(items))
    assert image.reason == "not_a_page" and "image/png" in image.message
    # the offset in each source points at the record it came from
    for page in got:
        file, offset = page.source.rsplit("#", 1)
        assert file == str(path.resolve())
        with open(file, "rb") as fh:
            fh.seek(int(offset))
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Target-URI") == page.url
            assert record.content_stream().read() == page.content


def test_wet_conversion_records_are_text_pages():
    got = read(GOOD / "tiny.wet")
    assert [p.kind for p in got] == ["text", "text"]
    assert [p.url for p in got] == ["http://127.0.0.1:9/news/ferry", "http://127.0.0.1:9/fr/ferry"]
    assert got[1].crawl_date == "2025-07-28T00:00:02Z"
    assert page_text(got[1]) == FIX.ARTICLE_FR


def test_jsonl_articles_keep_their_record_and_id():
    got = read(GOOD / "articles.jsonl")
    lines = (GOOD / "articles.jsonl").read_bytes().splitlines()
    assert [p.kind for p in got] == ["article"] * 3
    for n, (page, line) in enumerate(zip(got, lines, strict=True), start=1):
        record = json.loads(line)
        assert page.meta == record
        assert page.content == line
        assert page.source.endswith(f"articles.jsonl#L{n}")
        assert page.id == content_hash(canonical_json(record))
    assert got[0].meta["id"] == "a-1" and got[1].meta["id"] == "a-2"
    assert got[0].url == "http://127.0.0.1:9/news/ferry"


def test_jsonl_id_ignores_spacing_and_key_order(tmp_path):
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text('{"id": "x", "text": "Body."}\n')
    b.write_text('{"text":"Body.","id":"x"}\n')
    assert one(read(a)).id == one(read(b)).id


def test_feed_files_are_parsed_without_network():
    rss = parse_feed((GOOD / "feed.rss").read_bytes())
    assert rss.title == "Coast Herald"
    assert [e.url for e in rss.entries] == ["http://127.0.0.1:9/news/ferry", "http://127.0.0.1:9/news/pier", None]
    assert rss.entries[0].published == "2025-07-22T07:30:00Z"  # converted to UTC
    atom = parse_feed((GOOD / "feed.atom").read_bytes())
    assert [e.url for e in atom.entries] == ["http://127.0.0.1:9/fr/ferry", "http://127.0.0.1:9/fr/port"]
    assert atom.entries[1].published == "2025-07-21T06:00:00Z"
    q = one(read(GOOD / "feed.rss"))
    assert q.reason == "feed_not_followed"


def test_seed_pages_read_as_text(shared_dir):
    got = read(shared_dir / "seeds")
    assert len(got) == 5 and all(isinstance(p, RawPage) and p.kind == "text" for p in got)
    headers = [p for p in got if p.crawl_date]
    assert len(headers) == 1
    assert headers[0].crawl_date == "2025-07-27" and headers[0].http_status == 403
    for p in got:
        assert p.content == Path(p.source).read_bytes()


def test_benchmark_html_pages_all_read(shared_dir):
    got = read(shared_dir / "data" / "aeb" / "html")
    assert len(got) == 121
    assert all(isinstance(p, RawPage) and p.kind == "html" for p in got), [
        (q.source, q.message) for q in quarantined(got)
    ]
    assert sum(1 for p in got if p.url) > 100  # most pages name their canonical URL


# ---------------------------------------------------------------- bad inputs

EXPECTED_BAD = {
    "blank.html": "empty",
    "empty.txt": "empty",
    "header_only.txt": "empty",
    "junk.txt": "binary",
    "picture.html": "binary",
    "sitemap.xml": "unsupported_format",
    "truncated.html.gz": "truncated",
}


@pytest.mark.parametrize("name,reason", sorted(EXPECTED_BAD.items()))
def test_bad_file_is_quarantined_with_reason(name, reason):
    q = one(read(BAD / name))
    assert isinstance(q, Quarantined)
    assert q.reason == reason
    assert name in q.message and q.source == str((BAD / name).resolve())


@pytest.mark.parametrize(
    "name,encoding,text",
    [
        ("cp1251.txt", "cp1251", FIX.ARTICLE_RU),
        ("windows-1252.txt", "cp1252", FIX.ARTICLE_FR),
    ],
)
def test_legacy_encoded_text_decodes_right(name, encoding, text):
    page = one(read(BAD / name))
    assert isinstance(page, RawPage)
    assert page.encoding == encoding
    assert page_text(page) == text


@pytest.mark.parametrize(
    "name,encoding,evidence,source_text",
    [
        ("cp1251.html", "cp1251", "declared", FIX.ARTICLE_RU),
        ("windows-1252.html", "cp1252", "declared", FIX.ARTICLE_FR),
        ("mislabelled.html", "cp1252", "detector", FIX.ARTICLE_FR),
    ],
)
def test_legacy_encoded_html_decodes_right(name, encoding, evidence, source_text):
    page = one(read(BAD / name))
    assert isinstance(page, RawPage) and page.kind == "html"
    assert page.encoding == encoding
    assert page.meta["encoding_evidence"] == evidence
    text = page_text(page)
    for line in source_text.strip().splitlines()[1:]:
        assert line in text
    assert "\ufffd" not in text


def test_invalid_jsonl_lines_quarantined_rest_goes_on():
    items = read(BAD / "invalid.jsonl")
    assert [p.meta["id"] for p in pages(items)] == ["ok-1", "ok-2"]
    bad = {int(q.source.rsplit("#L", 1)[1]): q for q in quarantined(items)}
    assert sorted(bad) == [2, 3, 4, 6, 7]  # line 5 is blank and skipped
    assert bad[2].reason == "invalid_json" and bad[7].reason == "invalid_json"
    assert bad[3].reason == "invalid_record" and '"text"' in bad[3].message
    assert bad[4].reason == "invalid_record" and bad[6].reason == "invalid_record"
    for n, q in bad.items():
        assert f"line {n}" in q.message and "invalid.jsonl" in q.message


@pytest.mark.parametrize("name", ["truncated.warc.gz", "truncated.warc"])
def test_truncated_archive_keeps_pages_read_so_far(name):
    items = read(BAD / name)
    assert [p.url for p in pages(items)] == ["http://127.0.0.1:9/news/ferry", "http://127.0.0.1:9/ru/ferry"]
    last = items[-1]
    assert isinstance(last, Quarantined) and last.reason == "truncated"
    assert "2 page(s)" in last.message
    assert re.search(r"#\d+$", last.source)


def test_huge_single_line_file_is_refused_without_loading_it(tmp_path):
    big = tmp_path / "one_line.txt"
    with open(big, "wb") as fh:
        chunk = (b"word " * 210_000)[: 1 << 20]  # 1 MiB, no line break
        for _ in range(50):
            fh.write(chunk)
    tracemalloc.start()
    start = time.perf_counter()
    q = one(read(big, options=IngestOptions()))
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert q.reason == "too_large" and "50.0 MiB" in q.message
    assert elapsed < 2.0
    assert peak < 5 * 1024 * 1024


def test_huge_jsonl_line_is_skipped_and_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as fh:
        fh.write(b'{"id": "huge", "text": "')
        for _ in range(50):
            fh.write(b"x" * (1 << 20))
        fh.write(b'"}\n{"id": "small", "text": "A normal article."}\n')
    opts = IngestOptions(max_bytes=4 * 1024 * 1024)
    tracemalloc.start()
    items = read(path, options=opts)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items[0].reason == "too_large" and "line 1" in items[0].message
    assert items[1].meta["id"] == "small"
    assert peak < 3 * opts.max_bytes


def test_small_cap_refuses_pages_but_streams_archives():
    opts = IngestOptions(max_bytes=600, follow_feeds=False)
    q = one(read(GOOD / "page.html", options=opts))
    assert q.reason == "too_large"
    items = read(GOOD / "tiny.warc.gz", options=opts)
    assert {i.reason for i in quarantined(items)} >= {"too_large"}
    assert pages(items)  # the small text record still fits


# ---------------------------------------------------------------- expanding inputs


def test_folder_recursion_glob_dedup_and_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("First page.\n")
    (tmp_path / "a" / "b" / "two.txt").write_text("Second page.\n")
    (tmp_path / "a" / ".hidden.txt").write_text("Hidden page.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Not a page.\n")
    items = read(tmp_path, tmp_path / "a" / "one.txt", str(tmp_path / "**" / "*.txt"))
    assert sorted(Path(p.source).name for p in items) == ["one.txt", "two.txt"]
    (tmp_path / "empty").mkdir()
    q = one(read(tmp_path / "empty"))
    assert q.reason == "empty"


def test_missing_inputs_and_unsupported_schemes(tmp_path):
    items = read(
        tmp_path / "nope.txt",
        str(tmp_path / "*.nothing"),
        "file:///etc/passwd",
        "ftp://127.0.0.1/x.txt",
        "javascript:alert(1)",
        "",
    )
    assert [q.reason for q in items] == [
        "not_found",
        "not_found",
        "unsupported_scheme",
        "unsupported_scheme",
        "unsupported_scheme",
        "not_found",
    ]
    assert "file:" in items[2].message


def test_read_inputs_is_lazy(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Page {n}.\n")
    consumed = []

    def names():
        for n in range(3):
            consumed.append(n)
            yield str(tmp_path / f"{n}.txt")

    it = read_inputs(names(), options=NO_NET)
    first = next(it)
    assert first.source.endswith("0.txt") and consumed == [0]
    it.close()


def test_everything_at_once_never_raises():
    items = read(GOOD, BAD, "/definitely/missing", "gopher://127.0.0.1/")
    assert items and all(isinstance(i, (RawPage, Quarantined)) for i in items)
    assert len(pages(items)) >= 15 and len(quarantined(items)) >= 15


# ---------------------------------------------------------------- units


@pytest.mark.parametrize(
    "first_line,date,status",
    [
        (" date 2025-07-27 403", "2025-07-27", 403),
        ("date 2025-07-27T10:15:00Z 200", "2025-07-27T10:15:00Z", 200),
        ("date 2024-02-29", "2024-02-29", None),
        ("date 2025-02-30 200", None, None),
        ("date 2025-07-27 999", None, None),
        ("date of the summit was moved", None, None),
        ("Updated date 2025-07-27 200", None, None),
    ],
)
def test_parse_crawl_header(first_line, date, status):
    header = parse_crawl_header((first_line + "\nBody text.\n").encode())
    if date is None:
        assert header is None
    else:
        assert header.crawl_date == date and header.http_status == status
        assert header.body_start == len(first_line) + 1


def test_detect_encoding_evidence_order():
    assert detect_encoding(b"\xef\xbb\xbfHello").encoding == "utf-8-sig"
    text = "Сообщение о переговорах".encode("cp1251")
    assert detect_encoding(text, content_type="text/html; charset=windows-1251").evidence == "http"
    meta = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>'
    assert detect_encoding(meta + "Привет, мир".encode("koi8_r"), markup=True).encoding == "koi8-r"
    # valid UTF-8 with non-ASCII wins over a legacy declaration
    assert detect_encoding("Café “quoted”".encode(), content_type="text/html; charset=iso-8859-1").encoding == "utf-8"
    assert normalize_charset("ISO-8859-1") == "cp1252"
    assert normalize_charset("no-such-charset") is None


def test_sniff_binary_and_format():
    assert sniff_binary(b"%PDF-1.7\n...") == "a PDF document"
    assert sniff_binary(b"plain words\nand lines\n") is None
    assert sniff_binary("UTF-16 words".encode("utf-16-le")) is None
    assert sniff_format(b"<?xml version='1.0'?><!-- c --><rss version='2.0'>") == "feed"
    assert sniff_format(b"<!-- saved --><!DOCTYPE html><html>") == "html"
    assert sniff_format(b'{"id": "1", "text": "x"}\n') == "jsonl"
    assert sniff_format(b"WARC/1.1\r\n") == "warc"
    assert sniff_format(b"Headline\nBody line.\n") == "text"


def test_gzipped_jsonl_is_streamed(tmp_path):
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "g1", "text": "From a gzip."}\nnot json\n'))
    items = read(path)
    assert items[0].meta["id"] == "g1" and items[1].reason == "invalid_json"


def test_quarantined_content_is_bounded():
    q = one(read(BAD / "junk.txt"))
    assert 0 < len(q.content) <= 4096


def test_page_text_replaces_bad_bytes():
    page = RawPage(id="x", source="s", kind="text", content=b"ok \xff", encoding="utf-8")
    assert page_text(page) == "ok \ufffd"


def test_records_are_json_serialisable():
    items = list(read(GOOD))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert len(pages) >= 5
    for page in pages:
        back = json.loads(json.dumps(page.to_dict()))
        assert back["id"] == page.id and back["size"] == len(page.content) and back["source"] == page.source


def test_drive_letter_like_names_are_not_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    q = one(read("C:relative-looking"))  # a single-letter scheme is not a URL
    assert q.reason == "not_found"
    assert os.path.isabs(q.source)


def test_utf8_with_a_few_stray_bytes_stays_utf8():
    text = ("Привет, как дела? Всё хорошо. " * 20).encode("utf-8") + b" caf\xe9 " + "Ещё строка.".encode()
    found = detect_encoding(text)
    assert found.encoding == "utf-8" and found.evidence == "utf-8 with stray bytes"
    # a legacy page is not mistaken for broken UTF-8
    assert detect_encoding(FIX.ARTICLE_RU.encode("cp1251")).encoding == "cp1251"


def test_json_documents_of_articles(tmp_path):
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([{"id": "j1", "text": "First."}, {"id": "j2"}, {"id": "j3", "text": "Third."}]))
    items = read(listing)
    assert [i.meta["id"] for i in pages(items)] == ["j1", "j3"]
    assert pages(items)[1].source.endswith("list.json#item3")
    bad = one(quarantined(items))
    assert bad.reason == "invalid_record" and "item 2" in bad.message
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"articles": [{"id": "s1", "text": "Only one."}]}, indent=2))
    assert one(read(single)).meta == {"id": "s1", "text": "Only one."}
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": "x", "text": "unclosed"')
    assert one(read(broken)).reason == "invalid_json"


# Short news sentences written for these tests, one per language, for legacy-encoding detection.
MULTILINGUAL = {
    'ru': (
        'Министр иностранных дел заявил журналистам, что переговоры о новом торговом '
        'соглашении продолжатся на следующей неделе в столице. По его словам, стороны уже '
        'согласовали большую часть текста, однако вопросы пошлин и квот пока остаются '
        'открытыми.'
    ),
    'uk': (
        'Міністр закордонних справ повідомив журналістам, що переговори щодо нової '
        'торговельної угоди продовжаться наступного тижня. За його словами, сторони вже '
        'узгодили більшу частину тексту, але питання мит і квот залишаються відкритими.'
    ),
    'pl': (
        'Minister spraw zagranicznych powiedział dziennikarzom, że rozmowy w sprawie nowej '
        'umowy handlowej będą kontynuowane w przyszłym tygodniu. Według niego strony uzgodniły '
        'już większość tekstu, ale kwestie ceł i kontyngentów pozostają otwarte.'
    ),
    'cs': (
        'Ministr zahraničních věcí řekl novinářům, že jednání o nové obchodní dohodě budou '
        'pokračovat příští týden. Podle něj se strany již shodly na většině textu, ale otázky '
        'cel a kvót zůstávají otevřené.'
    ),
    'el': (
        'Ο υπουργός Εξωτερικών δήλωσε στους δημοσιογράφους ότι οι διαπραγματεύσεις για τη νέα '
        'εμπορική συμφωνία θα συνεχιστούν την επόμενη εβδομάδα. Σύμφωνα με τον ίδιο, οι δύο '
        'πλευρές έχουν ήδη συμφωνήσει στο μεγαλύτερο μέρος του κειμένου.'
    ),
    'tr': (
        'Dışişleri Bakanı gazetecilere yaptığı açıklamada, yeni ticaret anlaşmasına ilişkin '
        'görüşmelerin gelecek hafta başkentte süreceğini söyledi. Bakana göre taraflar metnin '
        'büyük bölümünde uzlaştı, ancak gümrük vergileri ve kotalar konusu hâlâ açık.'
    ),
    'fr': (
        'Le ministre des Affaires étrangères a déclaré aux journalistes que les négociations '
        'sur le nouvel accord commercial reprendront la semaine prochaine. Selon lui, les deux '
        'parties se sont déjà entendues sur l’essentiel du texte, mais la question des droits '
        'de douane reste ouverte.'
    ),
    'de': (
        'Der Außenminister sagte vor Journalisten, die Verhandlungen über das neue '
        'Handelsabkommen würden in der kommenden Woche fortgesetzt. Nach seinen Worten haben '
        'sich beide Seiten bereits über den größten Teil des Textes geeinigt, die Fragen der '
        'Zölle seien jedoch noch offen.'
    ),
    'es': (
        'El ministro de Asuntos Exteriores dijo a los periodistas que las negociaciones sobre '
        'el nuevo acuerdo comercial continuarán la próxima semana. Según él, ambas partes ya '
        'han acordado la mayor parte del texto, pero la cuestión de los aranceles sigue '
        'abierta.'
    ),
}


@pytest.mark.parametrize(
    "lang,encoding",
    [
        ("ru", "cp1251"), ("ru", "koi8_r"), ("uk", "cp1251"), ("pl", "cp1250"), ("pl", "iso8859_2"),
        ("cs", "cp1250"), ("el", "cp1253"), ("tr", "cp1254"), ("fr", "cp1252"), ("de", "cp1252"), ("es", "cp1252"),
    ],
)
def test_undeclared_legacy_encodings_across_languages(tmp_path, lang, encoding):
    text = MULTILINGUAL[lang]
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(text.encode(encoding))
    page = one(read(path))
    assert isinstance(page, RawPage) and page_text(page) == text, page.encoding


def test_encoding_evaluation_floor(shared_dir, repo_dir):
    """Figures of evaluation/eval_ingest.py on the first 100 texts (all 1,017: accuracy 0.999)."""
    import sys

    sys.path.insert(0, str(repo_dir / "evaluation"))
    try:
        from eval_ingest import evaluate
    finally:
        sys.path.pop(0)
    scores = evaluate(shared_dir, limit=100)
    right = sum(r for r, _ in scores.values())
    total = sum(t for _, t in scores.values())
    assert total >= 450
    assert right / total >= 0.98
    r, t = scores["text windows-1252 (undeclared)"]
    assert r / t >= 0.95


def test_every_crawl_header_the_extractor_strips_is_recorded():
    from newsloom.ingest.textdump import parse_crawl_header

    header = parse_crawl_header(b"fetched 2025-07-27T10:00:00Z status 404\nA title\nBody text.\n")
    assert header and header.crawl_date.startswith("2025-07-27") and header.http_status == 404
    assert parse_crawl_header(b"A title\nBody text.\n") is None
