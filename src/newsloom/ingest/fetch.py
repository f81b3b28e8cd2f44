"""Fetching pages over HTTP(S), politely and defensively.

* only ``http`` and ``https`` URLs (``file:``, ``ftp:``, ``javascript:``... are refused);
* robots.txt is honoured (read once per host, RFC 9309 rules for missing or
  failing robots files), and so is its ``Crawl-delay`` up to a cap;
* connect and read timeouts, and a cap on a whole download;
* a size cap: the body is streamed and the download stops once it passes
  ``max_bytes``;
* timeouts, 5xx and 429 answers are retried with exponential backoff
  (``Retry-After`` is honoured up to ``max_backoff``);
* redirects are followed by hand so that loops and over-long chains are caught
  and every hop is checked against robots.txt and the scheme rule.

Every failure comes back as a :class:`~newsloom.records.Quarantined` naming
the URL and the cause; nothing raises.
"""
from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from newsloom.ingest.base import IngestOptions, human_size, media_type, quarantine
from newsloom.records import now_iso
from newsloom.records import Quarantined

ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_CODES = frozenset({429, 500, 502, 503, 504})
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB

# Media types whose bodies newsloom can read; anything else is refused before
# its body is downloaded.
_READABLE_PREFIXES = ("text/",)
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
_READABLE_SUFFIXES = ("+xml", "/xml", "/json", "+json", "/jsonl", "/x-ndjson", "/x-jsonlines")


@dataclass(slots=True)
class Response:
    """A successful download."""

    url: str  # after redirects
    requested_url: str
    status: int
    content: bytes
    content_type: str | None = None
    redirects: list[str] = field(default_factory=list)
    fetched_at: str | None = None


def check_url(url: str) -> Quarantined | None:
    """``None`` when ``url`` is an absolute http(s) URL with a host, else the reason it is refused."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError as exc:
        return quarantine(url, "invalid_url", f"{url!r} is not a valid URL ({exc}).")
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        what = f"the {scheme}: scheme" if scheme else "no scheme"
        return quarantine(
            url,
            "unsupported_scheme",
            f"{url!r} was not fetched: it has {what}, and newsloom fetches only http and https URLs.",
        )
    if not parts.hostname:
        return quarantine(url, "invalid_url", f"{url!r} was not fetched: it names no host.")
    return None


def private_address(url: str) -> str | None:
    """Why ``url``'s host is this machine or a private network, or None when it is public.

    IP literals are checked as written and host names by what they resolve to
    now; a name that does not resolve is left to the request, which fails on
    its own.
    """
    import ipaddress
    import socket

    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return f"{host} is this machine"
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 80, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return None
        addresses = []
        for info in infos:
            try:
                addresses.append(ipaddress.ip_address(info[4][0].split("%", 1)[0]))
            except ValueError:
                continue
    for address in addresses:
        if not address.is_global:
            named = "" if str(address) == host else f" resolves to {address}, which"
            return f"{host}{named} is a private, loopback or reserved address"
    return None


def is_readable_type(content_type: str | None) -> bool:
    mt = media_type(content_type)
    if mt is None:
        return True
    return mt.startswith(_READABLE_PREFIXES) or mt.endswith(_READABLE_SUFFIXES)


def _host_key(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme.lower()}://{(p.netloc or '').lower()}"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def parse_crawl_delay(text: str, agent: str) -> float | None:
    """The ``Crawl-delay`` a robots.txt sets for ``agent`` (its own group first, then ``*``); decimals allowed."""
    agent = agent.lower()
    delays: dict[str, float] = {}
    group: list[str] = []
    in_agents = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if not in_agents:
                group = []
            group.append(value.lower())
            in_agents = True
            continue
        in_agents = False
        if key == "crawl-delay":
            try:
                delay = float(value)
            except ValueError:
                continue
            if delay >= 0:
                for name in group:
                    delays.setdefault(name, delay)
    for name, delay in delays.items():
        if name != "*" and name in agent:
            return delay
    return delays.get("*")


class _Robots:
    """One host's robots.txt verdict."""

    __slots__ = ("parser", "allow_all", "disallow_all", "note", "delay")

    def __init__(self, parser=None, *, allow_all=False, disallow_all=False, note="", delay=None):
        self.parser = parser
        self.allow_all = allow_all
        self.disallow_all = disallow_all
        self.note = note
        self.delay = delay

    def allows(self, agent: str, url: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all or self.parser is None:
            return True
        return self.parser.can_fetch(agent, url)


class Fetcher:
    """Downloads URLs with the rules of :class:`IngestOptions`. Use as a context manager or call :meth:`close`."""

    def __init__(self, options: IngestOptions | None = None, *, transport: httpx.BaseTransport | None = None):
        self.options = options or IngestOptions()
        o = self.options
        self.agent_token = o.user_agent.split("/", 1)[0].split()[0] or "newsloom"
        self._client = httpx.Client(
            headers={"User-Agent": o.user_agent, "Accept": _ACCEPT},
            timeout=httpx.Timeout(o.timeout, connect=o.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, _Robots] = {}
        self._dead_hosts: dict[str, str] = {}
        self._last_request: dict[str, float] = {}
        self.requests_made = 0

    # -- context management -------------------------------------------------
    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public ---------------------------------------------------------------
    def fetch(self, url: str) -> Response | Quarantined:
        """Download ``url`` following redirects; a :class:`Response` or the reason it failed."""
        bad = check_url(url)
        if bad:
            return bad
        o = self.options
        chain = [url]
        current = url
        for _ in range(o.max_redirects + 1):
            if o.public_only:
                inner = private_address(current)
                if inner:
                    via = "" if current == url else f" (redirected to {current!r})"
                    return quarantine(url, "private_address",
                                      f"{url!r}{via} was not fetched: {inner}, and this ingest fetches only "
                                      "public addresses.")
            refused = self._check_host(current, origin=url)
            if refused:
                return refused
            got = self._get(current, origin=url)
            if isinstance(got, Quarantined):
                return got
            status, location, resp = got
            if resp is not None:
                resp.requested_url = url
                resp.redirects = chain[1:]
                return resp
            nxt = urljoin(current, location)
            bad = check_url(nxt)
            if bad:
                return quarantine(
                    url,
                    "unsupported_scheme",
                    f"{url!r} redirects to {nxt!r}, which newsloom does not fetch (only http and https).",
                )
            if nxt in chain:
                loop = " -> ".join(chain[chain.index(nxt):] + [nxt])
                return quarantine(url, "redirect_loop", f"{url!r} was not fetched: its redirects loop ({loop}).")
            chain.append(nxt)
            current = nxt
        return quarantine(
            url,
            "too_many_redirects",
            f"{url!r} was not fetched: it redirected more than {o.max_redirects} times (last to {current!r}).",
        )

    def robots_allows(self, url: str) -> bool:
        """Whether robots.txt lets newsloom fetch ``url`` (always true with ``respect_robots`` off)."""
        if not self.options.respect_robots:
            return True
        return self._robots_for(url).allows(self.agent_token, url)

    # -- internals ------------------------------------------------------------
    def _check_host(self, url: str, *, origin: str) -> Quarantined | None:
        host = _host_key(url)
        if host in self._dead_hosts:
            return quarantine(origin, "unreachable", f"{origin!r} was not fetched: {self._dead_hosts[host]}")
        if not self.options.respect_robots:
            return None
        robots = self._robots_for(url)
        if host in self._dead_hosts:
            return quarantine(origin, "unreachable", f"{origin!r} was not fetched: {self._dead_hosts[host]}")
        if not robots.allows(self.agent_token, url):
            why = robots.note or f"{host}/robots.txt disallows it for {self.agent_token}"
            via = "" if url == origin else f" (redirected to {url!r})"
            return quarantine(origin, "robots", f"{origin!r}{via} was not fetched: {why}.")
        delay = robots.delay
        if delay:
            self._wait_for_host(host, min(delay, self.options.max_crawl_delay))
        return None

    def _wait_for_host(self, host: str, delay: float) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)

    def _robots_for(self, url: str) -> _Robots:
        host = _host_key(url)
        cached = self._robots.get(host)
        if cached is not None:
            return cached
        robots = self._load_robots(host)
        self._robots[host] = robots
        return robots

    def _load_robots(self, host: str) -> _Robots:
        target = host + "/robots.txt"
        for _ in range(5):  # RFC 9309: follow at least five redirects
            try:
                self._last_request[_host_key(target)] = time.monotonic()
                self.requests_made += 1
                with self._client.stream("GET", target) as r:
                    if r.status_code in REDIRECT_CODES and r.headers.get("location"):
                        nxt = urljoin(target, r.headers["location"])
                        if check_url(nxt):
                            return _Robots(allow_all=True)
                        target = nxt
                        continue
                    if 400 <= r.status_code < 500:
                        return _Robots(allow_all=True)  # no robots file: everything is allowed
                    if r.status_code >= 500:
                        return _Robots(
                            disallow_all=True,
                            note=f"{host}/robots.txt answered HTTP {r.status_code}, "
                            "so the site is treated as disallowed (RFC 9309)",
                        )
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) >= ROBOTS_MAX_BYTES:
                            break
            except httpx.ConnectError as exc:
                self._dead_hosts[host] = f"cannot connect to {host} ({_why(exc)})."
                return _Robots(allow_all=True)
            except (httpx.HTTPError, OSError):
                # a slow or broken robots answer: let the page request itself report it
                return _Robots(allow_all=True)
            text = bytes(body[:ROBOTS_MAX_BYTES]).decode("utf-8", errors="replace")
            parser = urllib.robotparser.RobotFileParser(target)
            parser.parse(text.splitlines())
            parser.modified()
            return _Robots(parser, delay=parse_crawl_delay(text, self.agent_token))
        return _Robots(allow_all=True)

    def _get(self, url: str, *, origin: str):
        """One URL with retries.

        ``(status, location, None)`` for a redirect, ``(status, None, Response)``, or a Quarantined.
        """
        o = self.options
        host = _host_key(url)
        last_problem = ""
        last_reason = "unreachable"
        last_body = b""
        wait_hint: float | None = None
        for attempt in range(o.retries + 1):
            if attempt:
                pause = o.backoff * (2 ** (attempt - 1))
                if wait_hint is not None:
                    pause = max(pause, wait_hint)
                time.sleep(min(pause, o.max_backoff))
            wait_hint = None
            try:
                self._last_request[host] = time.monotonic()
                self.requests_made += 1
                with self._client.stream("GET", url) as r:
                    status = r.status_code
                    if status in REDIRECT_CODES:
                        loc = r.headers.get("location")
                        if loc:
                            return status, loc, None
                    if status in RETRY_CODES:
                        last_reason = "http_error"
                        last_problem = f"the server answered HTTP {status} {r.reason_phrase}".rstrip()
                        wait_hint = _retry_after(r.headers.get("retry-after"))
                        last_body = self._read_capped(r, url, origin, limit=64 * 1024, strict=False)
                        continue
                    ctype = r.headers.get("content-type")
                    if not is_readable_type(ctype):
                        return quarantine(
                            origin,
                            "unsupported_type",
                            f"{origin!r} is {media_type(ctype)}, not a page newsloom can read.",
                        )
                    declared = r.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > o.max_bytes:
                        return quarantine(
                            origin,
                            "too_large",
                            f"{origin!r} was not downloaded: it declares {human_size(int(declared))}, "
                            f"over the cap of {human_size(o.max_bytes)}.",
                        )
                    body = self._read_capped(r, url, origin, limit=o.max_bytes, strict=True)
                    if isinstance(body, Quarantined):
                        return body
                    if status >= 400 and not o.keep_error_pages:
                        return quarantine(
                            origin,
                            "http_error",
                            f"{origin!r} answered HTTP {status} {r.reason_phrase}".rstrip() + ".",
                            body,
                        )
                    return status, None, Response(
                        url=str(r.url), requested_url=origin, status=status, content=body,
                        content_type=ctype, fetched_at=now_iso(),
                    )
            except httpx.TimeoutException as exc:
                kind = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for an answer"
                last_reason = "timeout"
                last_problem = f"it timed out {kind} (after {o.timeout:g} s)"
                continue
            except httpx.ConnectError as exc:
                problem = f"cannot connect to {host} ({_why(exc)})."
                self._dead_hosts[host] = problem
                return quarantine(origin, "unreachable", f"{origin!r} was not fetched: {problem}")
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                last_reason = "unreachable"
                last_problem = f"the connection broke ({_why(exc)})"
                continue
            except _TooSlow as exc:
                return quarantine(origin, "timeout", f"{origin!r} was not fetched: {exc}")
            except httpx.HTTPError as exc:
                return quarantine(origin, "http_error", f"{origin!r} was not fetched: {_why(exc)}.")
        tries = o.retries + 1
        return quarantine(
            origin,
            last_reason,
            f"{origin!r} was not fetched: {last_problem or 'it failed'}"
            f" ({tries} attempt{'s' if tries > 1 else ''}).",
            last_body if isinstance(last_body, bytes) else b"",
        )

    def _read_capped(self, r: httpx.Response, url: str, origin: str, *, limit: int, strict: bool):
        """The body of ``r``, stopping past ``limit`` bytes (a Quarantined when ``strict``)."""
        o = self.options
        start = time.monotonic()
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > limit:
                if strict:
                    return quarantine(
                        origin,
                        "too_large",
                        f"{origin!r} was not kept: its body passed the cap of {human_size(limit)} "
                        "and the download was stopped.",
                    )
                return bytes(body[:limit])
            if time.monotonic() - start > o.total_timeout:
                raise _TooSlow(
                    f"the download took longer than {o.total_timeout:g} s "
                    f"({human_size(len(body))} received) and was stopped"
                )
        return bytes(body)


class _TooSlow(Exception):
    pass


def _why(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
