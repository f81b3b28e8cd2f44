"""Fetching pages and feeds over HTTP, against a real server on 127.0.0.1 only."""
from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsloom import __version__
from newsloom.ingest import IngestOptions, page_text, read_inputs
from newsloom.ingest.fetch import Fetcher, Response, check_url
from newsloom.records import Quarantined, RawPage

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
)
RU_BODY = "Министры обсудили расписание паромов и портовые сборы."


def _html(title: str, body: str = "Councils agreed on a shared ferry timetable.") -> bytes:
    return ARTICLE.format(title=title, body=body).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: C901 - one route table
        srv = self.server
        path = self.path
        with srv.lock:
            srv.hits[path] += 1
            hits = srv.hits[path]
            srv.agents.append(self.headers.get("User-Agent", ""))
        port = srv.server_address[1]
        base = f"http://127.0.0.1:{port}"
        if path == "/robots.txt":
            if srv.robots_status != 200:
                return self._send(srv.robots_status, b"unavailable", "text/plain")
            return self._send(200, srv.robots_body, "text/plain")
        if path in ("/news/a1", "/news/a2", "/news/a3", "/private/secret"):
            return self._send(200, _html(f"Article {path.rsplit('/', 1)[1]}"))
        if path == "/news/plain.txt":
            return self._send(200, b"Headline\nA plain text page.\n", "text/plain; charset=utf-8")
        if path == "/feed.xml":
            rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>
<link>{base}/</link><description>d</description>
<item><title>One</title><link>{base}/news/a1</link><pubDate>Tue, 22 Jul 2025 09:30:00 GMT</pubDate></item>
<item><title>Two</title><link>news/a2</link></item>
<item><title>Secret</title><link>{base}/private/secret</link></item>
<item><title>One again</title><link>{base}/news/a1</link></item>
<item><title>Elsewhere</title><link>ftp://127.0.0.1/a.txt</link></item>
</channel></rss>"""
            return self._send(200, rss.encode(), "application/rss+xml")
        if path == "/atom":
            atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom test</title><id>urn:t</id><updated>2025-07-22T10:00:00Z</updated>
<entry><title>Three</title><id>urn:t:3</id><link href="{base}/news/a3"/><updated>2025-07-22T10:00:00Z</updated></entry>
</feed>"""
            return self._send(200, atom.encode(), "application/atom+xml")
        if path == "/loop/a":
            return self._redirect("/loop/b")
        if path == "/loop/b":
            return self._redirect("/loop/a")
        if path.startswith("/chain/"):
            return self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        if path == "/moved":
            return self._redirect("/news/a1", 301)
        if path == "/to-private":
            return self._redirect("/private/secret")
        if path == "/to-file":
            return self._redirect("file:///etc/hostname")
        if path == "/flaky":
            if hits == 1:
                return self._send(500, b"try again")
            return self._send(200, _html("Recovered"))
        if path == "/busy":
            if hits == 1:
                return self._send(503, b"busy", headers=[("Retry-After", "1")])
            return self._send(200, _html("Not busy now"))
        if path == "/always503":
            return self._send(503, b"down", headers=[("Retry-After", "0")])
        if path == "/missing":
            return self._send(404, b"<html><body>Not here</body></html>")
        if path == "/image":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        if path == "/cp1251":
            body = f"<html><body><p>{RU_BODY}</p></body></html>".encode("cp1251")
            return self._send(200, body, "text/html; charset=windows-1251")
        if path == "/huge":
            # no Content-Length: the client must stop reading by itself
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"x" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(500 * 1024 * 1024))
            self.end_headers()
            try:
                self.wfile.write(b"<html>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/slow":
            time.sleep(1.5)
            try:
                return self._send(200, _html("Slow"))
            except (BrokenPipeError, ConnectionResetError):
                return None
        if path == "/empty":
            return self._send(200, b"")
        return self._send(404, b"no route")


def _serve(robots_status: int = 200, robots_body: bytes = b"User-agent: *\nDisallow: /private/\n"):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    srv.hits = Counter()
    srv.agents = []
    srv.lock = threading.Lock()
    srv.robots_status = robots_status
    srv.robots_body = robots_body
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return srv


@pytest.fixture(scope="module")
def server():
    srv = _serve()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def base(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


FAST = IngestOptions(timeout=2.0, retries=2, backoff=0.01, max_backoff=0.05)


def read(*inputs, options=FAST):
    return list(read_inputs(list(inputs), options=options))


def one(items):
    assert len(items) == 1, items
    return items[0]


def test_fetch_html_page(base, server):
    page = one(read(f"{base}/news/a1"))
    assert isinstance(page, RawPage)
    assert page.kind == "html" and page.http_status == 200
    assert page.source == page.url == f"{base}/news/a1"
    assert page.encoding == "utf-8" and page.content_type.startswith("text/html")
    assert b"Article a1" in page.content
    assert page.fetched_at.endswith("Z")


def test_user_agent_names_newsloom_and_version(base, server):
    read(f"{base}/news/plain.txt")
    assert server.agents and all(f"newsloom/{__version__}" in a for a in server.agents)


def test_plain_text_url_is_a_text_page(base):
    page = one(read(f"{base}/news/plain.txt"))
    assert page.kind == "text" and page.content == b"Headline\nA plain text page.\n"


def test_charset_from_http_header(base):
    page = one(read(f"{base}/cp1251"))
    assert page.encoding == "cp1251"
    assert RU_BODY in page_text(page)


def test_redirect_is_followed_and_recorded(base):
    page = one(read(f"{base}/moved"))
    assert page.source == f"{base}/moved"
    assert page.url == f"{base}/news/a1"
    assert page.meta["redirects"] == [f"{base}/news/a1"]


def test_redirect_loop_and_too_many_redirects(base):
    q = one(read(f"{base}/loop/a"))
    assert q.reason == "redirect_loop" and "/loop/b" in q.message
    q = one(read(f"{base}/chain/0", options=IngestOptions(max_redirects=3, backoff=0.01)))
    assert q.reason == "too_many_redirects" and "3 times" in q.message


def test_redirect_to_another_scheme_is_refused(base):
    q = one(read(f"{base}/to-file"))
    assert q.reason == "unsupported_scheme" and "file:///etc/hostname" in q.message


def test_robots_disallow_is_respected_and_cached(base, server):
    before = server.hits["/robots.txt"]
    secret_before = server.hits["/private/secret"]
    with Fetcher(FAST) as fetcher:
        got = fetcher.fetch(f"{base}/private/secret")
        assert isinstance(got, Quarantined) and got.reason == "robots"
        assert "robots.txt" in got.message
        via = fetcher.fetch(f"{base}/to-private")  # a redirect into a disallowed path
        assert isinstance(via, Quarantined) and via.reason == "robots"
        assert isinstance(fetcher.fetch(f"{base}/news/a2"), Response)
    assert server.hits["/robots.txt"] - before == 1  # one robots.txt read per host
    assert server.hits["/private/secret"] == secret_before


def test_robots_can_be_switched_off(base):
    page = one(read(f"{base}/private/secret", options=IngestOptions(respect_robots=False, backoff=0.01)))
    assert isinstance(page, RawPage) and b"Article secret" in page.content


def test_robots_server_error_means_disallowed():
    srv = _serve(robots_status=503)
    try:
        q = one(read(f"http://127.0.0.1:{srv.server_address[1]}/news/a1"))
        assert q.reason == "robots" and "503" in q.message
        assert srv.hits["/news/a1"] == 0
    finally:
        srv.shutdown()
        srv.server_close()


def test_500_then_200_is_retried(base, server):
    page = one(read(f"{base}/flaky"))
    assert isinstance(page, RawPage) and b"Recovered" in page.content
    assert server.hits["/flaky"] == 2


def test_persistent_5xx_gives_up_after_retries(base, server):
    q = one(read(f"{base}/always503"))
    assert q.reason == "http_error" and "503" in q.message and "3 attempts" in q.message
    assert server.hits["/always503"] == 3


def test_client_errors_are_not_retried(base, server):
    q = one(read(f"{base}/missing"))
    assert q.reason == "http_error" and "404" in q.message
    assert server.hits["/missing"] == 1
    kept = one(read(f"{base}/missing", options=IngestOptions(keep_error_pages=True, backoff=0.01)))
    assert isinstance(kept, RawPage) and kept.http_status == 404


def test_huge_response_is_cut_off(base):
    start = time.perf_counter()
    q = one(read(f"{base}/huge", options=IngestOptions(max_bytes=256 * 1024, backoff=0.01)))
    assert q.reason == "too_large" and "stopped" in q.message
    q = one(read(f"{base}/huge-declared", options=IngestOptions(max_bytes=256 * 1024, backoff=0.01)))
    assert q.reason == "too_large" and "500.0 MiB" in q.message
    assert time.perf_counter() - start < 5


def test_slow_response_times_out_with_retries(base, server):
    start = time.perf_counter()
    q = one(read(f"{base}/slow", options=IngestOptions(timeout=0.3, retries=1, backoff=0.01)))
    elapsed = time.perf_counter() - start
    assert q.reason == "timeout" and "2 attempts" in q.message
    assert elapsed < 1.4


def test_unreachable_host():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    items = read(f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b")
    assert [q.reason for q in items] == ["unreachable", "unreachable"]
    assert f"127.0.0.1:{port}" in items[0].message


def test_non_page_media_and_empty_bodies(base):
    assert one(read(f"{base}/image")).reason == "unsupported_type"
    assert one(read(f"{base}/empty")).reason == "empty"


@pytest.mark.parametrize(
    "url,reason",
    [
        ("file:///etc/passwd", "unsupported_scheme"),
        ("ftp://127.0.0.1/a", "unsupported_scheme"),
        ("javascript:alert(1)", "unsupported_scheme"),
        ("data:text/html,hi", "unsupported_scheme"),
        ("http:///no-host", "invalid_url"),
        ("https://127.0.0.1:99999/bad-port", "invalid_url"),
    ],
)
def test_check_url(url, reason):
    q = check_url(url)
    assert q is not None and q.reason == reason and q.message


def test_feed_url_lists_articles_which_are_fetched(base, server):
    secret_before = server.hits["/private/secret"]
    items = read(f"{base}/feed.xml")
    pages = [i for i in items if isinstance(i, RawPage)]
    assert [p.url for p in pages] == [f"{base}/news/a1", f"{base}/news/a2"]  # the duplicate is read once
    assert pages[0].meta["feed"] == f"{base}/feed.xml"
    assert pages[0].meta["feed_entry_title"] == "One"
    assert pages[0].meta["feed_entry_published"] == "2025-07-22T09:30:00Z"
    reasons = sorted(q.reason for q in items if isinstance(q, Quarantined))
    assert reasons == ["robots", "unsupported_scheme"]
    assert server.hits["/private/secret"] == secret_before


def test_feed_file_with_links_to_the_server(base, tmp_path):
    feed = tmp_path / "local.atom"
    feed.write_bytes(
        f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Local</title><id>urn:l</id>
<updated>2025-07-22T10:00:00Z</updated>
<entry><title>Three</title><id>urn:l:3</id><link href="{base}/news/a3"/><updated>2025-07-22T10:00:00Z</updated></entry>
</feed>""".encode()
    )
    page = one(read(str(feed), f"{base}/atom"))  # the second feed lists the same article: read once
    assert page.url == f"{base}/news/a3" and page.meta["feed"] == str(feed.resolve())


def test_url_named_twice_is_fetched_once(base, server):
    before = server.hits["/news/a2"]
    items = read(f"{base}/news/a2", f"{base}/news/a2")
    assert len(items) == 1 and server.hits["/news/a2"] - before == 1


def test_retry_after_is_honoured_up_to_the_cap(base, server):
    start = time.perf_counter()
    page = one(read(f"{base}/busy", options=IngestOptions(retries=1, backoff=0.01, max_backoff=0.4)))
    elapsed = time.perf_counter() - start
    assert isinstance(page, RawPage) and server.hits["/busy"] == 2
    assert 0.35 <= elapsed < 1.0  # waited, but no longer than max_backoff


def test_robots_crawl_delay_spaces_requests():
    srv = _serve(robots_body=b"User-agent: newsloom\nCrawl-delay: 0.3\nDisallow: /private/\n")
    try:
        base = f"http://127.0.0.1:{srv.server_address[1]}"
        start = time.perf_counter()
        items = read(f"{base}/news/a1", f"{base}/news/a2", f"{base}/news/a3")
        elapsed = time.perf_counter() - start
        assert all(isinstance(i, RawPage) for i in items)
        assert elapsed >= 0.55  # two waits of about 0.3 s (the first request follows robots.txt at once)
        capped = IngestOptions(max_crawl_delay=0.0, backoff=0.01)
        start = time.perf_counter()
        read(f"{base}/news/plain.txt", f"{base}/moved", options=capped)
        assert time.perf_counter() - start < 0.5
    finally:
        srv.shutdown()
        srv.server_close()


def test_parse_crawl_delay():
    from newsloom.ingest.fetch import parse_crawl_delay

    text = "User-agent: *\nCrawl-delay: 5\n\nUser-agent: other\nUser-agent: newsloom\nCrawl-delay: 0.5 # polite\n"
    assert parse_crawl_delay(text, "newsloom") == 0.5
    assert parse_crawl_delay(text, "somebot") == 5.0
    assert parse_crawl_delay("User-agent: *\nDisallow: /\n", "newsloom") is None


def test_public_only_refuses_this_machine(base, server):
    before = sum(server.hits.values())
    q = one(read(f"{base}/news/a1", options=IngestOptions(public_only=True, backoff=0.01)))
    assert isinstance(q, Quarantined) and q.reason == "private_address"
    assert "127.0.0.1" in q.message and "/news/a1" in q.message
    assert sum(server.hits.values()) == before  # not even robots.txt was asked for


def test_public_only_checks_every_redirect_hop():
    """A public address that redirects into the private network is refused at the hop.

    No public host can be reached from the tests, so httpx's own mock transport
    answers for the public address; the refusal happens before any request to
    the private one would be made.
    """
    import httpx

    asked = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"location": "http://10.0.0.8/admin"})

    options = IngestOptions(public_only=True, retries=0)
    with Fetcher(options, transport=httpx.MockTransport(answer)) as fetcher:
        q = fetcher.fetch("http://8.8.8.8/story")
    assert isinstance(q, Quarantined) and q.reason == "private_address"
    assert "redirected to 'http://10.0.0.8/admin'" in q.message
    assert not any("10.0.0.8" in url for url in asked)
