"""The newsloom web app: HTML pages and their JSON twins over one store.

Every page ``/x`` has a twin ``/api/x`` that returns the very dict the page
is rendered from (see :mod:`newsloom.web.views`).  The app only reads the
store, except for ``/ingest``, which is off unless the app is created with
``allow_ingest=True`` and then needs the token.

Safety: templates escape everything (autoescape on), every response carries
a strict Content-Security-Policy and friends, links from scraped pages are
shown only when they are http(s), and raw page bytes are only ever sent as a
``text/plain`` attachment.
"""
from __future__ import annotations

import hmac
import inspect
import json
import re
import secrets
import shutil
import tempfile
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import MutableHeaders, UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store import Store
from . import views
from .charts import relations_chart

HERE = Path(__file__).resolve().parent

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}

# Uploads: bounded so a mistaken drop of a whole disk does not fill the machine.
MAX_UPLOAD_FILES = 500
MAX_UPLOAD_BYTES = 512 * 1024 * 1024
MAX_URLS = 1000
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class SecurityHeaders:
    """ASGI middleware that puts the security headers on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- templates -------------------------------------------------------------------
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(value: Any, precision: str | None = None) -> str:
    """A stored ISO date as people read it, no more precise than it is."""
    if not value:
        return "undated"
    s = str(value)
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?", s)
    if not m:
        return s
    year, month, day, hh, mm = m.groups()
    if precision == "year" or not month:
        return year
    try:
        mon = _MONTHS[int(month) - 1]
    except (ValueError, IndexError):
        return s
    if precision == "month" or not day:
        return f"{mon} {year}"
    text = f"{int(day)} {mon} {year}"
    if hh and precision in (None, "minute"):
        text += f", {hh}:{mm}"
    return text


def path_part(value: Any) -> str:
    """One URL path segment, every reserved character escaped."""
    return quote(str(value if value is not None else ""), safe="")


def signed(value: Any) -> str:
    try:
        return f"{float(value):+.2f}"
    except (TypeError, ValueError):
        return "–"


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt_date"] = fmt_date
    env.filters["q"] = path_part
    env.filters["signed"] = signed
    env.filters["web_url"] = views.web_url
    env.globals["version"] = __version__
    env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "")})
    return env


# -- ingest jobs -------------------------------------------------------------------
def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class JobProgress:
    """Progress reporting for :func:`newsloom.pipeline.run_pipeline` into a job dict."""

    def __init__(self, job: dict[str, Any], lock: threading.Lock):
        self.job, self.lock = job, lock

    @contextmanager
    def stage(self, name: str, total: int | None):
        with self.lock:
            self.job["stage"] = {"name": name, "total": total, "done": 0}

        def advance(n: int = 1) -> None:
            with self.lock:
                self.job["stage"]["done"] += n

        yield advance
        with self.lock:
            self.job["stages_done"].append(dict(self.job["stage"]))


class IngestJobs:
    """Ingest jobs run one at a time in a background thread; their state is kept here."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.jobs: dict[str, dict[str, Any]] = {}
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloom-ingest")

    def submit(self, inputs: list[str], workdir: str | None) -> dict[str, Any]:
        job_id = secrets.token_urlsafe(16)
        job = {"id": job_id, "state": "queued", "inputs": len(inputs), "created": _now(),
               "started": None, "finished": None, "stage": None, "stages_done": [],
               "summary": None, "error": None}
        with self.lock:
            self.jobs[job_id] = job
        self.pool.submit(self._run, job, inputs, workdir)
        return self.get(job_id)

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                return None
            snapshot = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v)
                        for k, v in job.items()}
        return snapshot

    def _run(self, job: dict[str, Any], inputs: list[str], workdir: str | None) -> None:
        with self.lock:
            job["state"], job["started"] = "running", _now()
        try:
            from ..pipeline import run_pipeline

            from ..ingest import IngestOptions

            # URLs come from other people: no hop of theirs may reach this machine's network
            kwargs = {"ingest_options": IngestOptions(public_only=True)}
            if "progress" in inspect.signature(run_pipeline).parameters:
                kwargs["progress"] = JobProgress(job, self.lock)
            summary = run_pipeline(inputs, str(self.db_path), **kwargs)
            data = summary.to_dict() if hasattr(summary, "to_dict") else summary
            with self.lock:
                job["summary"] = data if isinstance(data, dict) else {"result": str(data)}
                job["state"] = "done"
        except Exception as exc:  # noqa: BLE001 - the job reports it, the server goes on
            with self.lock:
                job["state"] = "failed"
                job["error"] = f"{type(exc).__name__}: {exc}"
                job["trace"] = traceback.format_exc(limit=5)
        finally:
            with self.lock:
                job["finished"] = _now()
                job["stage"] = None
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


# -- the app -----------------------------------------------------------------------
def _names_private_host(url: str) -> bool:
    """Does the URL name this machine or a private, link-local or reserved address?

    A server that ingests URLs for others must not become a way into the
    network it sits in.  Names are checked as written (``localhost``, IP
    literals); public host names are left to the fetcher.
    """
    import ipaddress
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def create_app(db_path: str | Path, *, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    """The web app over the store at ``db_path``.

    With ``allow_ingest=True`` the ingest form and ``POST /api/ingest`` accept
    work when given ``token`` (``Authorization: Bearer <token>`` or the form
    field ``token``); without a token one is made up and kept in
    ``app.state.ingest_token``.
    """
    db_path = Path(db_path)
    Store(db_path).close()  # creates the file and brings its schema up to date
    if allow_ingest and not token:
        token = secrets.token_urlsafe(24)
    local = threading.local()
    opened: list[Store] = []  # one connection per worker thread, all closed at shutdown
    opened_lock = threading.Lock()

    def store() -> Store:
        s = getattr(local, "store", None)
        if s is None or not any(s is o for o in opened):  # none yet, or closed at a shutdown
            try:
                s = Store(db_path, readonly=True)
                s.db.execute("SELECT 1 FROM articles LIMIT 1").fetchall()
            except Exception:  # noqa: BLE001 - a read-only open can fail on some file systems
                s = Store(db_path)
            local.store = s
            with opened_lock:
                opened.append(s)
        return s

    def close_stores() -> None:
        with opened_lock:
            for s in opened:
                try:
                    s.close()
                except Exception:  # noqa: BLE001 - closing at shutdown must not raise
                    pass
            opened.clear()

    env = make_env()
    env.globals["ingest_enabled"] = allow_ingest
    jobs = IngestJobs(db_path) if allow_ingest else None

    @asynccontextmanager
    async def lifespan(_app):
        yield
        if jobs is not None:
            jobs.shutdown()
        close_stores()

    app = FastAPI(
        lifespan=lifespan,
        title="newsloom",
        version=__version__,
        description="Read-only JSON API over a newsloom store (ingest only when enabled).",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db_path
    app.state.allow_ingest = allow_ingest
    app.state.ingest_token = token
    app.state.jobs = jobs
    app.state.open_stores = opened
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(request: Request, template: str, data: dict[str, Any], *, status: int = 200,
               title: str | None = None, **extra) -> HTMLResponse:
        html = env.get_template(template).render(
            data=data, title=title, path=request.url.path, query=dict(request.query_params), **extra)
        return HTMLResponse(html, status_code=status)

    def error_page(request: Request, status: int, message: str) -> HTMLResponse:
        return render(request, "error.html", {"status": status, "message": message},
                      status=status, title=f"{status}")

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        message = exc.detail if isinstance(exc.detail, str) else "Something went wrong."
        if exc.status_code == 404 and message == "Not Found":
            message = "There is no such page."
        return error_page(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if is_api(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return error_page(request, 400, "Some of the parameters could not be read.")

    @app.exception_handler(views.BadRequest)
    async def bad_request(request: Request, exc: views.BadRequest):
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return error_page(request, 400, str(exc))

    def found(data: dict[str, Any] | None, what: str) -> dict[str, Any]:
        if data is None:
            raise HTTPException(status_code=404, detail=f"no such {what}")
        return data

    Limit = Query(20, ge=1, le=views.MAX_LIMIT, description="page size")
    Offset = Query(0, ge=0, le=10**9, description="rows to skip")

    # -- home and search -----------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def home_page(request: Request, limit: int = 20, offset: int = 0):
        return render(request, "home.html", views.home(store(), limit=limit, offset=offset))

    @app.get("/api/stories", summary="The latest stories (the home page)")
    def home_api(limit: int = Limit, offset: int = Offset):
        return JSONResponse(views.home(store(), limit=limit, offset=offset))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", outlet: str = "", since: str = "", until: str = "",
                    entity: str = "", country: str = "", clean: bool = False, limit: int = 20,
                    offset: int = 0):
        data = views.search(store(), q, outlet=outlet, since=since, until=until, entity=entity,
                            country=country, clean=clean, limit=limit, offset=offset)
        return render(request, "search.html", data, title=f"Search {q}".strip())

    @app.get("/api/search", summary="Full-text search over articles with filters")
    def search_api(q: str = "", outlet: str = "", since: str = "", until: str = "", entity: str = "",
                   country: str = "", clean: bool = False, limit: int = Limit, offset: int = Offset):
        return JSONResponse(views.search(store(), q, outlet=outlet, since=since, until=until,
                                         entity=entity, country=country, clean=clean, limit=limit,
                                         offset=offset))

    # -- stories, articles, pages ----------------------------------------------
    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, limit: int = views.STORY_PAGE, offset: int = 0):
        data = found(views.story(store(), story_id, limit=limit, offset=offset), "story")
        return render(request, "story.html", data, title=data["story"]["label"] or "Story")

    @app.get("/api/stories/{story_id}", summary="A story with its articles, copies, facts and summary")
    def story_api(story_id: str, limit: int = Query(views.STORY_PAGE, ge=1, le=views.MAX_LIMIT,
                                                    description="articles per page"),
                  offset: int = Offset):
        return JSONResponse(found(views.story(store(), story_id, limit=limit, offset=offset), "story"))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        data = found(views.article(store(), article_id), "article")
        return render(request, "article.html", data, title=data["article"]["title"] or "Article")

    @app.get("/api/articles/{article_id}", summary="An article with highlighted text and metadata")
    def article_api(article_id: str):
        return JSONResponse(found(views.article(store(), article_id), "article"))

    @app.get("/pages/{page_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_page(request: Request, page_id: str):
        data = found(views.page(store(), page_id), "page")
        return render(request, "page.html", data, title="Page as ingested")

    @app.get("/api/pages/{page_id}", summary="A raw page's provenance")
    def page_api(page_id: str):
        return JSONResponse(found(views.page(store(), page_id), "page"))

    @app.get("/pages/{page_id}/raw", summary="A raw page's bytes, as a text/plain download")
    def page_raw(page_id: str):
        raw = found(views.raw_page(store(), page_id), "page")
        content, encoding = raw
        charset = encoding if encoding and re.fullmatch(r"[A-Za-z0-9._:-]{1,40}", encoding) else "utf-8"
        return Response(content, media_type=f"text/plain; charset={charset}", headers={
            "Content-Disposition": f'attachment; filename="page-{path_part(page_id)[:64]}.txt"',
            "X-Content-Type-Options": "nosniff",
        })

    # -- entities -----------------------------------------------------------------
    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request):
        return render(request, "entities.html", views.entities(store()), title="Entities")

    @app.get("/api/entities", summary="The entities named in the most articles")
    def entities_api(limit: int = Query(100, ge=1, le=views.MAX_LIMIT)):
        return JSONResponse(views.entities(store(), limit=limit))

    @app.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, name: str, limit: int = 20, offset: int = 0):
        data = found(views.entity(store(), name, limit=limit, offset=offset), "entity")
        return render(request, "entity.html", data, title=data["name"])

    @app.get("/api/entities/{name:path}", summary="An entity: spellings, stories, articles, quotes")
    def entity_api(name: str, limit: int = Limit, offset: int = Offset):
        return JSONResponse(found(views.entity(store(), name, limit=limit, offset=offset), "entity"))

    # -- relations ------------------------------------------------------------------
    @app.get("/relations", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request):
        return render(request, "dyads.html", views.dyads(store()), title="Relations")

    @app.get("/api/relations", summary="Pairs of countries with events between them")
    def dyads_api():
        return JSONResponse(views.dyads(store()))

    @app.get("/relations/go", include_in_schema=False)
    def relations_go(a: str = "", b: str = ""):
        a, b = a.strip().upper(), b.strip().upper()
        if not (re.fullmatch(r"[A-Z]{3}", a) and re.fullmatch(r"[A-Z]{3}", b)):
            raise views.BadRequest("countries are three-letter ISO codes, e.g. RUS and AZE")
        return RedirectResponse(f"/relations/{a}/{b}", status_code=303)

    @app.get("/relations/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def relations_page(request: Request, a: str, b: str, freq: str = "month"):
        data = views.relations(store(), a, b, freq=freq)
        chart = relations_chart(data["series"], a=data["a"], b=data["b"], freq=data["freq"])
        return render(request, "relations.html", data, title=f"{data['a']}–{data['b']}", chart=chart)

    @app.get("/relations/{a}/{b}/chart.svg", summary="The relations chart alone, as SVG")
    def relations_svg(a: str, b: str, freq: str = "month"):
        data = views.relations(store(), a, b, freq=freq)
        prefix = f"/relations/{path_part(data['a'])}/{path_part(data['b'])}?freq={data['freq']}"
        svg = relations_chart(data["series"], a=data["a"], b=data["b"], freq=data["freq"],
                              href_prefix=prefix)
        return Response(str(svg), media_type="image/svg+xml")

    @app.get("/api/relations/{a}/{b}", summary="Cooperation-conflict index over time and its events")
    def relations_api(a: str, b: str, freq: str = Query("month", pattern="^(week|month)$")):
        return JSONResponse(views.relations(store(), a, b, freq=freq))

    @app.get("/api/stats", summary="What the store holds, and the quarantined inputs")
    def stats_api():
        return JSONResponse(views.stats(store()))

    # -- ingest -------------------------------------------------------------------------
    def authorised(request: Request, form_token: str | None = None) -> bool:
        given = form_token or ""
        header = request.headers.get("authorization", "")
        if header[:7].lower() == "bearer ":
            given = header[7:].strip()
        return bool(token) and hmac.compare_digest(given.encode(), token.encode())

    async def read_ingest(request: Request) -> tuple[list[str], str | None, str | None]:
        """The inputs of an ingest request: saved uploads and pasted URLs."""
        content_type = request.headers.get("content-type", "")
        urls_text, files, form_token = "", [], None
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + (1 << 20):
            raise HTTPException(status_code=413, detail="the request is larger than ingest accepts")
        if content_type.startswith("application/json"):
            # a JSON request carries its token in the header: check it before reading the body
            if not authorised(request):
                raise HTTPException(status_code=401, detail="ingest needs the token",
                                    headers={"WWW-Authenticate": "Bearer"})
            raw = await request.body()
            if len(raw) > 1 << 20:
                raise HTTPException(status_code=413, detail="a JSON ingest request is limited to 1 MiB")
            try:
                body = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as exc:
                raise views.BadRequest(f"the request body is not JSON: {exc}") from exc
            urls = body.get("urls", []) if isinstance(body, dict) else []
            urls_text = "\n".join(str(u) for u in urls) if isinstance(urls, list) else str(urls)
        else:
            form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=50)
            urls_text = str(form.get("urls") or "")
            form_token = form.get("token") if isinstance(form.get("token"), str) else None
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        if not authorised(request, form_token):
            raise HTTPException(status_code=401, detail="ingest needs the token",
                                headers={"WWW-Authenticate": "Bearer"})
        urls = urls_text.split()
        if len(urls) > MAX_URLS:
            raise views.BadRequest(f"at most {MAX_URLS} URLs at a time")
        bad = [u for u in urls if not views.web_url(u)]
        if bad:
            raise views.BadRequest(f"not an http(s) URL: {bad[0][:200]}")
        inner = [u for u in urls if _names_private_host(u)]
        if inner:
            raise views.BadRequest(f"refusing to fetch an address on this machine or a private network: "
                                   f"{inner[0][:200]}")
        if not urls and not files:
            raise views.BadRequest("give at least one file or URL")
        inputs, workdir, total = list(urls), None, 0
        if files:
            workdir = tempfile.mkdtemp(prefix="newsloom-ingest-")
            try:
                for n, upload in enumerate(files):
                    name = _SAFE_NAME.sub("_", Path(upload.filename).name).strip("._") or "upload"
                    target = Path(workdir) / f"{n:04d}-{name[-120:]}"
                    with open(target, "wb") as out:
                        while chunk := await upload.read(1 << 20):
                            total += len(chunk)
                            if total > MAX_UPLOAD_BYTES:
                                raise views.BadRequest(
                                    f"uploads are limited to {MAX_UPLOAD_BYTES // (1 << 20)} MiB in all")
                            out.write(chunk)
                    inputs.append(str(target))
            except BaseException:
                shutil.rmtree(workdir, ignore_errors=True)
                raise
        return inputs, workdir, form_token

    def refuse_if_off() -> None:
        if jobs is None:
            raise HTTPException(status_code=403, detail="ingest is off: start the server with"
                                " --allow-ingest (and a token) to add pages from the web app")

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page(request: Request):
        return render(request, "ingest.html", {"enabled": allow_ingest}, title="Ingest")

    @app.post("/ingest", include_in_schema=False)
    async def ingest_form(request: Request):
        if jobs is None:
            return render(request, "ingest.html", {"enabled": False, "error": "Ingest is off."},
                          status=403, title="Ingest")
        try:
            inputs, workdir, _ = await read_ingest(request)
        except HTTPException as exc:
            return render(request, "ingest.html", {"enabled": True, "error": exc.detail},
                          status=exc.status_code, title="Ingest")
        except views.BadRequest as exc:
            return render(request, "ingest.html", {"enabled": True, "error": str(exc)},
                          status=400, title="Ingest")
        job = jobs.submit(inputs, workdir)
        return RedirectResponse(f"/ingest/jobs/{path_part(job['id'])}", status_code=303)

    @app.get("/ingest/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def ingest_job_page(request: Request, job_id: str):
        refuse_if_off()
        job = found(jobs.get(job_id), "ingest job")
        return render(request, "job.html", {"job": job}, title="Ingest job")

    @app.post("/api/ingest", status_code=202,
              summary="Start an ingest job (multipart files/urls, or JSON {urls: [...]})")
    async def ingest_api(request: Request):
        refuse_if_off()
        inputs, workdir, _ = await read_ingest(request)
        job = jobs.submit(inputs, workdir)
        return JSONResponse({"job": job, "status_url": f"/api/ingest/{job['id']}"}, status_code=202)

    @app.get("/api/ingest/{job_id}", summary="An ingest job's progress")
    def ingest_status_api(job_id: str):
        refuse_if_off()
        job = found(jobs.get(job_id), "ingest job")
        job.pop("trace", None)
        return {"job": job}

    app.state.started = time.time()
    return app
