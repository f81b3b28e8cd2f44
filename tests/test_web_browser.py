"""Every page of the web app in a real browser (headless Debian Chromium).

A real uvicorn server on 127.0.0.1 serves the synthetic store; each page is
opened, checked, and saved as a screenshot under test-artifacts/screenshots/.
Chromium comes from scripts/install-browser.sh; it is never downloaded here.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from newsloom.store import Store
from newsloom.web import create_app
from web_store import CHROMIUM, WATCH_SCRIPT, build_store, chromium, running_server

pytestmark = [
    pytest.mark.browser,
    # on a developer's machine without Chromium these skip; in CI (CI=true) they must run
    pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                       reason=f"{CHROMIUM} is missing: run scripts/install-browser.sh"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "store.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def ids(store_path):
    with Store(store_path) as store:
        return {f"{a.outlet}|{a.title}": a for a in store.iter_articles()}


@pytest.fixture(scope="module")
def base_url(store_path):
    with running_server(create_app(store_path)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def shots(repo_dir) -> Path:
    folder = repo_dir / "test-artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Watched:
    """A browser page that records console errors, dialogs and CSP violations."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(WATCH_SCRIPT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def clean(self) -> None:
        assert self.dialogs == []
        assert self.page.evaluate("window.__csp") == []
        assert self.errors == []


@pytest.fixture()
def tab(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


def test_home_and_search(tab, base_url, shots):
    page = tab.page
    page.goto(base_url + "/")
    assert page.title() == "newsloom"
    assert page.locator("li.story-item").count() == 2
    assert page.locator("nav.main-nav a[aria-current=page]").inner_text() == "Stories"
    page.screenshot(path=str(shots / "home.png"), full_page=True)
    page.fill("#home-q", "water")
    page.click("form.big-search button")
    page.wait_for_url("**/search?q=water")
    assert page.locator("li.result").count() == 4
    page.select_option("#outlet", "Harbor Times")
    page.click("form.search-form button")
    page.wait_for_url("**outlet=Harbor+Times**")
    assert page.locator("li.result").count() == 1
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    page.click("li.result .result-title a")
    page.wait_for_url("**/articles/**")
    assert "Water deal" in page.locator("#article-title").inner_text()
    tab.clean()


def test_story_page(tab, base_url, shots, ids):
    page = tab.page
    page.goto(base_url + "/stories/s-water")
    assert page.locator("h1").inner_text() == "River water deal"
    assert page.locator("#coverage article.card").count() == 4
    assert page.locator("#coverage article.card.is-copy").count() == 1
    assert page.locator(".summary li").count() >= 1
    assert page.locator(".rewrite table.pairs tbody tr").count() == 2
    page.screenshot(path=str(shots / "story.png"), full_page=True)
    # follow the copy to its original
    page.locator("article.card.is-copy .card-rel a").click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-title").inner_text() == "Neighbours agree to share river water"
    assert "Morning Ledger" in page.locator("#article-meta").inner_text()
    tab.clean()


def test_article_and_page(tab, base_url, shots, ids):
    page = tab.page
    ledger = ids["Morning Ledger|Neighbours agree to share river water"]
    page.goto(f"{base_url}/articles/{ledger.id}")
    assert page.locator("#article-text .hl-quote").count() >= 1
    assert page.locator("#article-text .hl-event").count() >= 1
    assert page.locator("#article-text .hl-entity a").count() >= 3
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    page.locator('#article-text a[href="/entities/Amina%20Sadykova"]').click()
    page.wait_for_url("**/entities/Amina%20Sadykova")
    assert page.locator("#entity-name").inner_text() == "Amina Sadykova"
    assert page.locator("#entity-quotes li").count() == 3
    page.screenshot(path=str(shots / "entity.png"), full_page=True)
    page.goto(f"{base_url}/pages/{ledger.page_id}")
    assert "utf-8" in page.locator("#provenance").inner_text()
    with page.expect_download() as download:
        page.click("a.button[download]")
    assert Path(download.value.path()).read_bytes().startswith(b"Morning Ledger")
    page.screenshot(path=str(shots / "page.png"), full_page=True)
    grain = ids["Steppe Daily|Grain exports rise"]
    page.goto(f"{base_url}/articles/{grain.id}")
    assert "2025-04-03" in page.locator("#article-meta").inner_text()
    page.screenshot(path=str(shots / "article-ambiguous-date.png"), full_page=True)
    tab.clean()


def test_relations_chart(tab, base_url, shots):
    page = tab.page
    page.goto(base_url + "/relations")
    page.click('#pairs a[href="/relations/KAZ/UZB"]')
    page.wait_for_url("**/relations/KAZ/UZB")
    svg = page.locator("#chart svg")
    assert svg.count() == 1
    box = svg.bounding_box()
    assert box["width"] > 500 and box["height"] > 150
    points = page.locator("#chart svg a.point-link circle")
    assert points.count() == 3
    assert page.locator("#chart svg line.zero-line").count() == 1
    assert page.locator("#chart svg polygon.band").count() == 1
    page.screenshot(path=str(shots / "relations.png"), full_page=True)
    # a point is a link to its evidence
    points.nth(1).click()
    page.wait_for_url("**#p-2025-05")
    assert page.locator("#p-2025-05").is_visible()
    assert page.evaluate("location.hash") == "#p-2025-05"
    page.goto(base_url + "/relations/KAZ/UZB?freq=week")
    assert page.locator("#chart svg a.point-link circle").count() == 3
    tab.clean()


def test_entities_ingest_and_missing_pages(tab, base_url, shots):
    page = tab.page
    page.goto(base_url + "/entities")
    assert page.locator("#entities tbody tr").count() >= 5
    page.goto(base_url + "/ingest")
    assert "Ingest is off" in page.locator("main").inner_text()
    page.screenshot(path=str(shots / "ingest-off.png"), full_page=True)
    response = page.goto(base_url + "/stories/does-not-exist")
    assert response.status == 404
    assert "no such story" in page.locator("h1").inner_text()
    tab.errors.clear()  # the 404 itself is logged by the browser
    tab.clean()


def test_ingest_form_follows_the_job(browser, tmp_path, shots, monkeypatch):
    """The upload form starts a job and the bundled script follows it to the end."""
    import threading

    import newsloom.pipeline as pipeline

    release = threading.Event()

    def slow_pipeline(inputs, db, *, progress=None, **kw):
        with progress.stage("ingest", len(list(inputs))) as advance:
            release.wait(10)
            advance(1)
        return {"inputs_read": 1, "pages_new": 1}

    monkeypatch.setattr(pipeline, "run_pipeline", slow_pipeline)
    path = tmp_path / "ingest.db"
    build_store(path)
    upload = tmp_path / "page.txt"
    upload.write_text("A page to add.\n")
    tab = Watched(browser)
    try:
        with running_server(create_app(path, allow_ingest=True, token="s3cret")) as url:
            page = tab.page
            page.goto(url + "/ingest")
            page.set_input_files("#files", str(upload))
            page.fill("#token", "s3cret")
            page.click("form.ingest-form button")
            page.wait_for_url("**/ingest/jobs/**")
            expect(page.locator("#job-stage")).to_have_text(re.compile(r"^ingest: 0 / 1"))
            expect(page.locator("#job-state")).to_have_text("running")
            release.set()
            expect(page.locator("#job-state")).to_have_text("done", timeout=10000)
            expect(page.locator("#job-progress")).to_have_attribute("value", "5")
            assert "pages new" in page.locator("#job-summary").inner_text()
            page.screenshot(path=str(shots / "ingest-job.png"), full_page=True)
            tab.clean()
    finally:
        release.set()
        tab.context.close()
