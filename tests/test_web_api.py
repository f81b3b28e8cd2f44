"""The web app's JSON API and its HTML pages agree, page, refuse and protect.

A synthetic store (tests/web_store.py) is built through the Store API; every
HTML page is checked against its JSON twin, which is rendered from the same
dict.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newsloom.store import Store
from newsloom.web import create_app
from newsloom.web.app import CONTENT_SECURITY_POLICY
from web_store import STORY_LABELS, WATER, build_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def articles(store_path):
    with Store(store_path) as store:
        return {a.title + "|" + (a.outlet or ""): a for a in store.iter_articles()}


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as c:
        yield c


def html(client, url: str, status: int = 200) -> HTMLParser:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return HTMLParser(r.text)


def api(client, url: str, status: int = 200):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def by_outlet(articles, outlet, word):
    return next(a for k, a in articles.items() if k.endswith("|" + outlet) and word in k)


# -- home, stories list and pagination ------------------------------------------
def test_home_lists_the_stories_of_its_twin(client):
    data = api(client, "/api/stories")
    page = html(client, "/")
    shown = [n.attributes["data-story"] for n in page.css("li.story-item")]
    assert shown == [s["id"] for s in data["stories"]]
    assert {s["label"] for s in data["stories"]} == set(STORY_LABELS.values())
    assert data["paging"]["total"] == 2
    for item, story in zip(page.css("li.story-item"), data["stories"]):
        assert item.css_first(".story-title").text() == story["label"]
        assert item.css_first(".n-articles").text().startswith(str(story["n_articles"]))
        assert item.css_first(".n-outlets").text().startswith(str(story["n_outlets"]))
    water = next(s for s in data["stories"] if s["id"] == "s-water")
    assert (water["n_articles"], water["n_outlets"]) == (4, 3)
    assert page.css_first("form.big-search input[name=q]") is not None


def test_pagination_of_stories(client):
    first = api(client, "/api/stories?limit=1")
    second = api(client, "/api/stories?limit=1&offset=1")
    assert first["paging"] == {"total": 2, "limit": 1, "offset": 0, "first": 1, "last": 1,
                               "next_offset": 1, "prev_offset": None}
    assert second["paging"]["next_offset"] is None and second["paging"]["prev_offset"] == 0
    ids = [first["stories"][0]["id"], second["stories"][0]["id"]]
    assert sorted(ids) == ["s-border", "s-water"]
    page = html(client, "/?limit=1&offset=1")
    assert [n.attributes["data-story"] for n in page.css("li.story-item")] == ids[1:]
    assert "2–2 of 2" in page.css_first(".pager").text()
    assert api(client, "/api/stories?limit=0", 422)
    assert api(client, "/api/stories?offset=-1", 422)
    html(client, "/?limit=100000", 400)


# -- search ------------------------------------------------------------------------
def test_search_matches_its_twin_and_filters(client):
    data = api(client, "/api/search?q=water")
    page = html(client, "/search?q=water")
    assert data["paging"]["total"] == 4
    assert [n.attributes["data-article"] for n in page.css("li.result")] == [r["id"] for r in data["results"]]
    assert page.css_first("#result-count strong").text() == "4"

    only = api(client, "/api/search?q=water&outlet=Harbor%20Times")
    assert [r["outlet"] for r in only["results"]] == ["Harbor Times"]
    dated = api(client, "/api/search?since=2025-05&until=2025-05-31")
    assert {r["published"][:7] for r in dated["results"]} == {"2025-05"}
    assert dated["paging"]["total"] == 2
    named = api(client, "/api/search?entity=Amina%20Sadykova")
    assert named["paging"]["total"] == 3
    assert api(client, "/api/search?country=uzb")["paging"]["total"] == 5  # Tashkent or Uzbekistan named
    paged = api(client, "/api/search?q=water&limit=3&offset=3")
    assert len(paged["results"]) == 1 and paged["paging"]["first"] == 4
    assert "Harbor Times" in data["outlets"]
    assert "since" in api(client, "/api/search?since=last%20week", 400)["detail"]
    assert api(client, "/api/search?country=Russia", 400)
    html(client, "/search?until=yesterday", 400)
    assert api(client, "/api/search?q=zzzzqqq")["paging"]["total"] == 0


# -- story ----------------------------------------------------------------------------
def test_story_page_shows_exactly_its_twin(client):
    data = api(client, "/api/stories/s-water")
    page = html(client, "/stories/s-water")
    ids = {a["id"] for a in data["articles"]}
    shown = [n.attributes["data-article"] for n in page.css("#coverage article.card")]
    assert sorted(shown) == sorted(ids) and len(shown) == 4
    assert [n.text() for n in page.css("#outlets li")] == data["all_outlets"] == data["outlets"]
    assert data["outlets"] == ["Harbor Times", "Morning Ledger", "Valley Courier"]
    header = [n.text() for n in page.css("#coverage thead th.outlet-col")]
    assert header == data["outlets"]
    assert page.css_first("#n-articles").text() == "4" and page.css_first("#n-outlets").text() == "3"
    # each article sits in the column of its outlet and the row of its day
    rows = page.css("#coverage tbody tr")
    assert len(rows) == len(data["grid"]) == 3
    for row, grid_row in zip(rows, data["grid"]):
        cells = row.css("td")
        for cell, expected in zip(cells, grid_row["cells"]):
            assert [c.attributes["data-article"] for c in cell.css("article.card")] == expected


def test_story_marks_copies_rewrites_and_holds_facts(client, articles):
    data = api(client, "/api/stories/s-water")
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    courier = by_outlet(articles, "Valley Courier", "Neighbours")
    harbor = by_outlet(articles, "Harbor Times", "Water deal")
    assert data["duplicates"] == [{"id": courier.id, "duplicate_of": ledger.id}]
    [rw] = data["rewrites"]
    assert (rw["copy_id"], rw["original_id"]) == (harbor.id, ledger.id)
    assert rw["pairs"][0]["original"] == WATER and rw["pairs"][0]["similarity"] == 0.78
    page = html(client, "/stories/s-water")
    pairs = page.css(".rewrite table.pairs tbody tr")
    assert len(pairs) == 2 and WATER in pairs[0].text()
    assert page.css_first(f'article.card[data-article="{courier.id}"]').attributes["class"].endswith("is-copy")
    # a quote carried by three outlets is shown once, with all three
    quote = next(q for q in data["quotes"] if q["speaker"] == "Amina Sadykova")
    assert {c["outlet"] for c in quote["carried_by"]} == {"Morning Ledger", "Valley Courier", "Harbor Times"}
    assert len(page.css(".quote-list li")) == len(data["quotes"]) == 2
    # the two reports of one agreement are one event row
    assert len(data["events"]) == 1 and data["events"][0]["reports"] == 2
    assert {e["name"] for e in data["entities"]} >= {"Amina Sadykova", "Syr Darya", "Tashkent"}
    # the summary is made of sentences found in the story's articles
    texts = " ".join(a.text for a in articles.values() if a.story == "s-water")
    assert 1 <= len(data["summary"]) <= 3
    for line in data["summary"]:
        assert line["sentence"] in texts
        assert line["article_id"] in {a["id"] for a in data["articles"]}
        assert line["article_id"] != courier.id  # copies are not summarised
    assert len(page.css(".summary li")) == len(data["summary"])


def test_missing_things_are_404(client):
    for url in ("/stories/nope", "/articles/nope", "/pages/nope", "/entities/Nobody%20Atall",
                "/pages/nope/raw", "/no/such/page"):
        r = client.get(url)
        assert r.status_code == 404, url
        if not url.endswith("/raw"):
            assert "text/html" in r.headers["content-type"]
    for url in ("/api/stories/nope", "/api/articles/nope", "/api/pages/nope", "/api/entities/Nobody"):
        assert api(client, url, 404)["detail"].startswith("no such")


# -- article and page ----------------------------------------------------------------
def test_article_highlights_from_offsets_and_matches_its_twin(client, articles):
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    data = api(client, f"/api/articles/{ledger.id}")
    page = html(client, f"/articles/{ledger.id}")
    assert page.css_first("#article-title").text() == ledger.title
    # the segments rebuild the text exactly
    rebuilt = "\n\n".join("".join(s["text"] for s in para) for para in data["paragraphs"])
    assert rebuilt == ledger.text
    assert [p.text() for p in page.css("#article-text p")] == ["".join(s["text"] for s in para)
                                                              for para in data["paragraphs"]]
    quoted = "".join(n.text() for n in page.css("#article-text .hl-quote"))
    assert quoted == data["quotes"][0]["text"]
    assert {n.text() for n in page.css("#article-text .hl-entity a")} >= {"Amina Sadykova", "Syr Darya", "Tashkent"}
    event_text = "".join(n.text() for n in page.css("#article-text .hl-event"))
    assert event_text == WATER
    link = page.css_first('#article-text a[href="/entities/Tashkent"]')
    assert link is not None
    meta = page.css_first("#article-meta").text()
    assert "Dana Reyes" in meta and "2025-03-11T09:30" in meta and "minute" in meta
    assert page.css_first(f'a[href="/pages/{ledger.page_id}"]') is not None
    assert {c["id"] for c in data["copies"]} == {by_outlet(articles, "Valley Courier", "Neighbours").id,
                                                 by_outlet(articles, "Harbor Times", "Water").id}


def test_article_shows_date_ambiguity_flags_and_drops_script_urls(client, articles):
    grain = by_outlet(articles, "Steppe Daily", "Grain")
    data = api(client, f"/api/articles/{grain.id}")
    assert data["article"]["published_ambiguous"] is True
    page = html(client, f"/articles/{grain.id}")
    meta = page.css_first("#article-meta").text()
    assert "2025-03-04" in meta and "2025-04-03" in meta and "Ambiguous" in meta
    flags = [n.text() for n in page.css("ul.flags li")]
    assert flags == ["short: fewer than 40 words", "listing: page held several teasers"]
    harbor = by_outlet(articles, "Harbor Times", "Water")
    assert api(client, f"/api/articles/{harbor.id}")["article"]["url"] is None
    r = client.get(f"/articles/{harbor.id}")
    assert "javascript:" not in "".join(a.attributes.get("href") or "" for a in HTMLParser(r.text).css("a"))
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    external = HTMLParser(client.get(f"/articles/{ledger.id}").text).css_first("a.external")
    assert external.attributes["href"] == "https://ledger.example/world/river-deal"
    assert external.attributes["rel"] == "noopener noreferrer nofollow"


def test_page_provenance_and_raw_bytes(client, articles, store_path):
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    data = api(client, f"/api/pages/{ledger.page_id}")["page"]
    assert data["http_status"] == 200 and data["encoding"] == "utf-8" and data["crawl_date"] == "2025-06-30"
    assert [a["id"] for a in data["articles"]] == [ledger.id]
    assert data["sources"][0]["source"] == "synthetic/water-ledger.txt"
    page = html(client, f"/pages/{ledger.page_id}")
    prov = page.css_first("#provenance").text()
    for value in ("200", "utf-8", "2025-06-30", "2025-07-01T08:00:00+00:00", ledger.page_id):
        assert value in prov
    r = client.get(f"/pages/{ledger.page_id}/raw")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["content-disposition"].startswith("attachment")
    assert r.headers["x-content-type-options"] == "nosniff"
    with Store(store_path) as store:
        assert r.content == store.get_page(ledger.page_id).content


# -- entities ----------------------------------------------------------------------------
def test_entity_page_by_name_and_spelling(client):
    data = api(client, "/api/entities/Amina%20Sadykova")
    assert data["name"] == "Amina Sadykova"
    assert {s["text"] for s in data["spellings"]} == {"Amina Sadykova", "Sadykova"}
    assert [s["id"] for s in data["stories"]] == ["s-water"]
    assert data["n_quotes"] == 3 and data["labels"] == ["PERSON"]
    assert api(client, "/api/entities/Sadykova")["name"] == "Amina Sadykova"
    page = html(client, "/entities/Amina%20Sadykova")
    assert page.css_first("#entity-name").text() == "Amina Sadykova"
    assert len(page.css("#entity-quotes li")) == 3
    assert [n.text().split()[0] for n in page.css("#spellings li")] == [s["text"].split()[0] for s in data["spellings"]]
    # an entity never merged is found by its text
    assert api(client, "/api/entities/Aral%20Grain%20Exchange")["n_articles"] == 1
    listing = api(client, "/api/entities")
    assert listing["entities"][0]["name"] == "Kazakhstan"
    assert len(html(client, "/entities").css("#entities tbody tr")) == len(listing["entities"])


# -- relations ----------------------------------------------------------------------------
def test_relations_index_chart_and_events(client):
    data = api(client, "/api/relations/KAZ/UZB")
    assert [p["period"] for p in data["series"]] == ["2025-03", "2025-05", "2025-06"]
    signs = [p["index"] > 0 for p in data["series"]]
    assert signs == [True, False, True]
    assert len(data["events"]) == 4  # the copied agreement counts once
    assert [e["date"] for e in data["events"]] == sorted(e["date"] for e in data["events"])
    assert api(client, "/api/relations/uzb/kaz")["series"] == data["series"]
    page = html(client, "/relations/KAZ/UZB")
    svg = page.css_first("#chart svg")
    circles = svg.css("a.point-link circle")
    assert [c.attributes["data-period"] for c in circles] == [p["period"] for p in data["series"]]
    assert svg.css_first("line.zero-line") is not None
    for link in svg.css("a.point-link"):
        target = link.attributes["href"].lstrip("#")
        anchor = page.css_first(f"#{target}")
        assert anchor is not None and anchor.tag == "tr"
    assert len(page.css("#relation-events tbody tr:not(.period-row)")) == len(data["events"])
    r = client.get("/relations/KAZ/UZB/chart.svg")
    assert r.headers["content-type"].startswith("image/svg+xml") and "<circle" in r.text
    week = api(client, "/api/relations/KAZ/UZB?freq=week")
    assert week["freq"] == "week" and len(week["series"]) == 3  # 2 and 3 May share a week
    assert api(client, "/api/relations/KAZ/UZBEK", 400)
    html(client, "/relations/K1Z/UZB", 400)
    assert api(client, "/api/relations/KAZ/UZB?freq=year", 422)
    pairs = api(client, "/api/relations")["pairs"]
    assert pairs[0]["a"] == "KAZ" and pairs[0]["b"] == "UZB" and pairs[0]["events"] == 5
    r = client.get("/relations/go?a=kaz&b=uzb", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/relations/KAZ/UZB"
    empty = api(client, "/api/relations/FRA/DEU")
    assert empty["series"] == [] and empty["events"] == []
    assert "No dated events" in html(client, "/relations/FRA/DEU").css_first("#chart svg").text()


# -- safety headers, openapi -----------------------------------------------------------------
def test_security_headers_on_every_response(client, articles):
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    for url in ("/", "/api/stories", "/static/style.css", "/stories/nope", "/api/stories/nope",
                f"/pages/{ledger.page_id}/raw", "/relations/KAZ/UZB/chart.svg", "/api/openapi.json",
                "/search?since=bad"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, url
        assert r.headers["x-content-type-options"] == "nosniff", url
        assert r.headers["referrer-policy"] == "no-referrer", url


def test_openapi_lists_the_json_twins(client):
    spec = api(client, "/api/openapi.json")
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/articles/{article_id}",
                 "/api/pages/{page_id}", "/api/entities/{name}", "/api/relations/{a}/{b}", "/api/ingest"):
        assert path in spec["paths"], path
    assert "/stories/{story_id}" not in spec["paths"]  # HTML pages are not API


def test_no_inline_script_or_style_in_pages(client, articles):
    ledger = by_outlet(articles, "Morning Ledger", "Neighbours")
    for url in ("/", "/search?q=water", "/stories/s-water", f"/articles/{ledger.id}", "/relations/KAZ/UZB",
                "/entities/Tashkent", "/ingest"):
        tree = HTMLParser(client.get(url).text)
        for script in tree.css("script"):
            assert script.attributes.get("src", "").startswith("/static/"), url
        assert not tree.css("style"), url
        for node in tree.css("*"):
            assert "style" not in node.attributes, (url, node.tag)
            assert not any(k.startswith("on") for k in node.attributes), (url, node.tag)


# -- ingest ---------------------------------------------------------------------------------
TOKEN = "test-token-1234"


def test_ingest_is_off_by_default(client):
    page = html(client, "/ingest")
    assert "Ingest is off" in page.text() and page.css_first("form.ingest-form") is None
    r = client.post("/api/ingest", json={"urls": ["https://example.org/a"]},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "off" in r.json()["detail"]
    assert client.post("/ingest", data={"urls": "https://example.org/a", "token": TOKEN}).status_code == 403
    assert client.get("/api/ingest/whatever").status_code == 403


@pytest.fixture()
def ingest_client(tmp_path):
    path = tmp_path / "ingest.db"
    build_store(path)
    with TestClient(create_app(path, allow_ingest=True, token=TOKEN)) as c:
        yield c, path


def test_ingest_needs_the_token(ingest_client):
    client, _ = ingest_client
    assert html(client, "/ingest").css_first("form.ingest-form input[name=token]") is not None
    body = {"urls": ["https://example.org/a"]}
    r = client.post("/api/ingest", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/ingest", json=body, headers={"Authorization": TOKEN}).status_code == 401
    r = client.post("/ingest", data={"urls": "https://example.org/a", "token": "nope"})
    assert r.status_code == 401 and "token" in HTMLParser(r.text).css_first(".notice-error").text()
    r = client.post("/api/ingest", json={"urls": ["javascript:alert(1)"]},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "http" in r.json()["detail"]
    r = client.post("/api/ingest", json={"urls": []}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400


def _wait(client, status_url: str, seconds: float = 60.0) -> dict:
    deadline = time.time() + seconds
    while time.time() < deadline:
        job = client.get(status_url).json()["job"]
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"ingest job did not finish: {job}")


def test_ingest_job_runs_the_pipeline_with_progress(ingest_client, monkeypatch):
    """The job machinery: uploads saved, pipeline called with progress, state reported."""
    import newsloom.pipeline as pipeline

    seen = {}

    def fake_run_pipeline(inputs, db, *, progress=None, **kw):
        seen["inputs"] = list(inputs)
        seen["contents"] = [Path(i).read_bytes() for i in inputs if not i.startswith("http")]
        seen["db"] = db
        with progress.stage("ingest", len(seen["inputs"])) as advance:
            advance(len(seen["inputs"]))
        return {"inputs_read": len(seen["inputs"])}

    monkeypatch.setattr(pipeline, "run_pipeline", fake_run_pipeline)
    client, path = ingest_client
    r = client.post("/ingest", data={"urls": "https://example.org/news/1", "token": TOKEN},
                    files=[("files", ("../../etc/a page.txt", b"Some page text", "text/plain"))],
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/ingest/jobs/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    job = _wait(client, f"/api/ingest/{job_id}")
    assert job["state"] == "done", job
    assert job["summary"] == {"inputs_read": 2}
    assert job["stages_done"] == [{"name": "ingest", "total": 2, "done": 2}]
    assert seen["inputs"][0] == "https://example.org/news/1"
    assert seen["contents"] == [b"Some page text"]
    saved = Path(seen["inputs"][1])
    assert ".." not in saved.name and "/" not in saved.name and not saved.exists()  # cleaned up
    assert Path(seen["db"]) == path
    page = html(client, f"/ingest/jobs/{job_id}")
    assert page.css_first("#job-state").text() == "done"
    assert page.css_first('script[src="/static/job.js"]') is not None
    assert client.get("/api/ingest/not-a-job").status_code == 404


def test_real_ingest_adds_articles(ingest_client):
    client, path = ingest_client
    with Store(path) as store:
        before = store.count_articles()
    text = ("Morning Ledger\n\nFerry service resumes across the lake\n\n12 June 2025\n\n"
            "The ferry between the two lake towns resumed on Thursday after a month of repairs, "
            "the operator said. Passengers queued from early morning to board the first crossing.\n\n"
            "The operator said the new engines would cut the crossing time by a quarter and that "
            "fares would stay the same until the end of the summer season.\n")
    r = client.post("/api/ingest", files=[("files", ("ferry.txt", text.encode(), "text/plain"))],
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 202, r.text
    job = _wait(client, r.json()["status_url"], seconds=120)
    assert job["state"] == "done", job
    assert job["summary"]["pages_new"] == 1
    with Store(path) as store:
        assert store.count_articles() > before
    found = client.get("/api/search?q=ferry").json()
    assert found["paging"]["total"] >= 1


def test_bad_ingest_bodies_and_huge_offsets_are_clear_errors(tmp_path):
    from fastapi.testclient import TestClient

    from newsloom.store import Store
    from newsloom.web import create_app

    Store(tmp_path / "w.db").close()
    client = TestClient(create_app(tmp_path / "w.db", allow_ingest=True, token="s3cret"))
    json_type = {"content-type": "application/json"}
    assert client.post("/api/ingest", content=b"{not json", headers=json_type).status_code == 401
    r = client.post("/api/ingest", content=b"{not json",
                    headers={**json_type, "authorization": "Bearer s3cret"})
    assert r.status_code == 400 and "not JSON" in r.text
    assert client.get("/api/stories", params={"offset": 10**20}).status_code == 422


def test_ingest_refuses_urls_into_this_machine_or_a_private_network(tmp_path):
    from fastapi.testclient import TestClient

    from newsloom.store import Store
    from newsloom.web import create_app

    Store(tmp_path / "w.db").close()
    client = TestClient(create_app(tmp_path / "w.db", allow_ingest=True, token="s3cret"))
    auth = {"authorization": "Bearer s3cret"}
    for url in ("http://127.0.0.1:8000/x", "http://localhost/x", "http://169.254.169.254/latest",
                "http://10.0.0.7/", "http://[::1]/x", "http://192.168.1.1/"):
        r = client.post("/api/ingest", json={"urls": [url]}, headers=auth)
        assert r.status_code == 400 and "private network" in r.text, url


def test_store_connections_are_closed_at_shutdown(store_path):
    import sqlite3

    app = create_app(store_path)
    with TestClient(app) as c:
        assert c.get("/api/stories").status_code == 200
        opened = list(app.state.open_stores)
        assert opened
    assert app.state.open_stores == []
    for s in opened:
        with pytest.raises(sqlite3.ProgrammingError):
            s.db.execute("SELECT 1")
    with TestClient(app) as c:  # started again, it opens fresh connections
        assert c.get("/api/stories").status_code == 200


def test_large_story_comes_a_page_at_a_time(client):
    whole = api(client, "/api/stories/s-water")
    ids = [a["id"] for a in whole["articles"]]
    assert whole["paging"]["total"] == len(ids) == 4
    first = api(client, "/api/stories/s-water?limit=3")
    second = api(client, "/api/stories/s-water?limit=3&offset=3")
    assert [a["id"] for a in first["articles"]] + [a["id"] for a in second["articles"]] == ids
    assert first["paging"]["next_offset"] == 3 and second["paging"]["next_offset"] is None
    assert first["all_outlets"] == second["all_outlets"] == whole["all_outlets"]
    page = html(client, "/stories/s-water?limit=3")
    assert len(page.css("#coverage article.card")) == 3
    assert page.css_first("#n-articles").text() == "4"  # the story's count, not the page's
    nxt = page.css_first('nav.pager a[rel="next"]')
    assert nxt is not None and "offset=3" in nxt.attributes["href"]
    assert client.get("/api/stories/s-water?limit=0").status_code in (400, 422)
