"""The store: migrations, content-hash ids, atomic writes, search."""
import sqlite3

import pytest

from newsloom.records import Article, Entity, Event, Quote, RawPage, content_hash
from newsloom.store import Store, StoreError, fts_query
from newsloom.store.migrations import MIGRATIONS


def page(text: str, source: str = "a.txt") -> RawPage:
    data = text.encode()
    return RawPage(id=content_hash(data), source=source, kind="text", content=data)


def article(pid: str, pos: int, text: str, **kw) -> Article:
    return Article(id=f"{pid[:8]}-{pos}", page_id=pid, source="a.txt", position=pos, text=text, **kw)


def test_new_store_is_migrated_and_uses_wal(tmp_path):
    store = Store(tmp_path / "s.db")
    assert store.schema_version == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"pages", "articles", "articles_fts", "quarantine", "entities", "stories"} <= names


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    con.close()
    with pytest.raises(StoreError, match="newer newsloom"):
        Store(path)


def test_pages_are_kept_byte_for_byte_once_with_every_source(tmp_path):
    store = Store(tmp_path / "s.db")
    raw = "Заголовок\nbody ü".encode("cp1251", errors="replace")
    p1 = RawPage(id=content_hash(raw), source="one.txt", kind="text", content=raw, crawl_date="2025-07-27",
                 http_status=403)
    p2 = RawPage(id=content_hash(raw), source="two.txt", kind="text", content=raw)
    assert store.add_page(p1) is True
    assert store.add_page(p2) is False
    assert store.get_page(p1.id).content == raw
    info = store.page_info(p1.id)
    assert info["http_status"] == 403 and info["crawl_date"] == "2025-07-27"
    assert [s["source"] for s in info["sources"]] == ["one.txt", "two.txt"]
    assert store.stats()["pages"] == 1


def test_extraction_is_stored_atomically(tmp_path):
    store = Store(tmp_path / "s.db")
    p = page("x")
    store.add_page(p)
    good = article(p.id, 0, "first")
    bad = article(p.id, 1, "second")
    bad.flags = object()  # cannot be stored: the whole page's write must roll back
    with pytest.raises(TypeError):
        store.put_extraction(p.id, [good, bad])
    assert store.count_articles() == 0
    assert store.count_pending_pages() == 1
    store.put_extraction(p.id, [good], flags=["error_notice: only a 404 banner"])
    assert store.count_pending_pages() == 0
    assert store.page_info(p.id)["flags"] == ["error_notice: only a 404 banner"]


def test_facts_round_trip_and_search_filters(tmp_path):
    store = Store(tmp_path / "s.db")
    p = page("y")
    store.add_page(p)
    a = article(p.id, 0, "Kremlin spokesman Dmitry Peskov spoke in Moscow about Baku.",
                title="Peskov on Baku", outlet="Wire One", published="2025-07-22")
    b = article(p.id, 1, "Flooding closed roads in the north.", title="Floods", outlet="Other Wire",
                published="2025-08-01")
    store.put_extraction(p.id, [a, b])
    a.entities = [Entity("Dmitry Peskov", "PERSON", 19, 32, canonical="Dmitry Peskov", country="RUS",
                         role="Kremlin spokesman"),
                  Entity("Baku", "GPE", 52, 56, canonical="Baku", country="AZE")]
    a.quotes = [Quote("We hope", "Peskov", 0, 7, speaker_canonical="Dmitry Peskov")]
    a.events = [Event("CONSULT", "RUS", "AZE", "cooperation", 1.0, a.text, 0, len(a.text), date="2025-07-22")]
    store.put_facts(a)
    back = store.get_article(a.id)
    assert back.entities == a.entities and back.quotes == a.quotes and back.events == a.events
    assert store.search("peskov")[0] == 1
    assert store.search("")[0] == 2
    assert store.search("", country="aze")[0] == 1
    assert store.search("", entity="Dmitry Peskov")[1][0]["id"] == a.id
    assert store.search("", since="2025-07-30")[1][0]["id"] == b.id
    assert store.search("", outlet="Wire One", until="2025-07-22")[0] == 1
    # hostile query syntax is read as words, never as FTS5 syntax
    assert store.search('peskov" OR "x* NEAR(')[0] == 0
    assert fts_query('a"b c') == '"a" "b" "c"'
    assert store.entity_names("Baku")["countries"] == ["AZE"]
    assert len(store.events_between("AZE", "RUS")) == 1


def test_stories_span_and_counts(tmp_path):
    store = Store(tmp_path / "s.db")
    p = page("z")
    store.add_page(p)
    arts = [article(p.id, i, f"text {i}", outlet=o, published=d)
            for i, (o, d) in enumerate([("A", "2025-07-22"), ("B", "2025-07-23"), ("A", "2025-07-21")])]
    store.put_extraction(p.id, arts)
    with store.transaction():
        for a in arts:
            store.assign_story(a.id, "s1")
    store.refresh_stories({"s1": "A label"})
    story = store.get_story("s1")
    assert (story["first"], story["last"], story["n_articles"], story["n_outlets"]) == \
        ("2025-07-21", "2025-07-23", 3, 2)
    assert [a.published for a in story["articles"]] == ["2025-07-21", "2025-07-22", "2025-07-23"]
    assert store.list_stories()[1][0]["label"] == "A label"
    # a refresh limited to some stories leaves the others as they were
    with store.transaction():
        store.assign_story(arts[2].id, "s2")
    store.refresh_stories({"s2": "Other"}, ids=["s2"])
    assert store.get_story("s2")["n_articles"] == 1
    assert store.get_story("s1")["n_articles"] == 3  # not recomputed
    store.refresh_stories(ids=["s1"])
    assert store.get_story("s1")["n_articles"] == 2 and store.get_story("s1")["label"] == "A label"


def test_search_can_leave_out_flagged_sources(tmp_path):
    store = Store(tmp_path / "s.db")
    p = page("flags")
    store.add_page(p)
    junk = article(p.id, 0, "Water talks resume in the capital.", flags=["machine_junk: sidebar asks for an article to translate"])
    clean = article(p.id, 1, "Water talks resume after a pause.", flags=["http_status: crawler saw 403"])
    store.put_extraction(p.id, [junk, clean])
    assert store.search("water")[0] == 2
    total, rows = store.search("water", skip_flags=("machine_junk", "error_notice"))
    assert total == 1 and rows[0]["id"] == clean.id


def test_two_inputs_with_the_same_article_ids_lose_nothing(tmp_path):
    store = Store(tmp_path / "s.db")
    first, second = page("first file"), page("second file")
    for p in (first, second):
        store.add_page(p)
    a = Article(id="1", page_id=first.id, source="a.jsonl", text="one")
    b = Article(id="1", page_id=second.id, source="b.jsonl", text="another one")
    assert store.put_extraction(first.id, [a]) == 1
    assert store.put_extraction(second.id, [b]) == 1
    assert store.count_articles() == 2
    kept = store.get_article(f"1~{second.id[:8]}")
    assert kept.text == "another one" and kept.flags[0].startswith("id_conflict")
    assert store.get_article("1").text == "one"


def test_read_only_store_with_odd_characters_in_its_path(tmp_path):
    folder = tmp_path / "a#b?c%d"
    folder.mkdir()
    Store(folder / "x.db").close()
    with Store(folder / "x.db", readonly=True) as store:
        assert store.count_articles() == 0


def test_a_store_of_the_first_schema_is_migrated_and_keeps_its_facts(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    p = page("z")
    store.add_page(p)
    a = article(p.id, 0, "Yesterday Putin awarded the speaker an order.", published="2025-03-11",
                published_ambiguous=True, published_alternatives=["2025-11-03"])
    store.put_extraction(p.id, [a])
    a.events = [Event("SUPPORT", "RUS", "AZE", "cooperation", 3.5, a.text, 0, len(a.text), date="2025-03-10",
                      date_precision="day", date_alternatives=["2025-11-02"])]
    store.put_facts(a)
    assert store.get_article(a.id).events == a.events
    assert store.events_between("RUS", "AZE")[0]["date_alternatives"] == '["2025-11-02"]'

