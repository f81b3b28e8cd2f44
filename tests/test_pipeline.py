"""The whole path: idempotent re-runs, kill -9 at any point and resume, export."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsloom.pipeline import run_pipeline
from newsloom.store import Store


def newsloom(*args, **kw):
    return subprocess.run([sys.executable, "-m", "newsloom", *args], capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_dir):
    """Seeds, some unseen text and HTML pages, a JSONL file and one bad input."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(shared_dir / "seeds", root / "seeds")
    texts = sorted((shared_dir / "data" / "aeb" / "text").glob("*.txt"))[:6]
    for p in texts:
        shutil.copy(p, root / p.name)
    for p in sorted((shared_dir / "data" / "aeb" / "html").glob("*.html.gz"))[:3]:
        import gzip

        (root / p.name.removesuffix(".gz")).write_bytes(gzip.decompress(p.read_bytes()))
    (root / "articles.jsonl").write_text(
        json.dumps({"id": "user-42", "text": "Ministers met in Astana on Monday to discuss water.\n"
                    "They agreed to meet again.", "title": "Ministers meet", "outlet": "Test Wire",
                    "published": "2025-05-06"}) + "\n{not json\n", encoding="utf-8")
    (root / "junk.txt").write_bytes(bytes(range(256)) * 40)
    return root


def export_records(db: Path) -> list[dict]:
    out = newsloom("export", "--db", str(db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    return sorted((json.loads(line) for line in out.stdout.splitlines()), key=lambda r: r["id"])


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    out = newsloom("run", str(corpus), "--db", str(db))
    assert out.returncode == 3, out.stderr  # junk.txt and a bad JSON line are quarantined
    return db, export_records(db)


def test_run_reports_quarantine_and_keeps_the_rest(reference):
    db, records = reference
    with Store(db) as store:
        stats = store.stats()
        reasons = {q["reason"] for q in store.quarantined()}
        messages = " ".join(q["message"] for q in store.quarantined())
    assert stats["quarantined"] >= 2 and "junk.txt" in messages and "articles.jsonl" in messages
    assert {"binary", "invalid_json"} <= reasons
    assert stats["pages"] == 5 + 6 + 3 + 1
    assert stats["pages_pending"] == 0
    user = [r for r in records if r["id"] == "user-42"]
    assert user and user[0]["published"].startswith("2025-05-06") and user[0]["outlet"] == "Test Wire"
    for field in ("id", "source", "url", "title", "outlet", "published", "published_ambiguous", "author",
                  "section", "kind", "language", "text", "story", "duplicate_of", "rewrite_of",
                  "entities", "quotes", "events"):
        assert field in records[0]


def test_rerun_adds_nothing(reference, corpus, tmp_path):
    db, records = reference
    copy = tmp_path / "again.db"
    shutil.copy(db, copy)
    out = newsloom("run", str(corpus), "--db", str(copy))
    assert out.returncode == 3
    assert export_records(copy) == records
    with Store(copy) as store:
        assert store.stats()["pages"] == 5 + 6 + 3 + 1


@pytest.mark.parametrize("fraction", [0.15, 0.45, 0.8])
def test_kill_and_resume_ends_with_the_same_store(reference, corpus, tmp_path, fraction):
    db, records = reference
    # time an uninterrupted run once to pick kill points across the whole run
    started = time.monotonic()
    ref_again = tmp_path / "timed.db"
    newsloom("run", str(corpus), "--db", str(ref_again))
    total = time.monotonic() - started
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsloom", "run", str(corpus), "--db", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(total * fraction)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    out = newsloom("run", str(corpus), "--db", str(killed))
    assert out.returncode == 3, out.stderr
    assert export_records(killed) == records


def test_library_call_and_csv_parquet_export(reference, tmp_path):
    db, records = reference
    out = newsloom("export", "--db", str(db), "--format", "csv")
    assert out.returncode == 0 and out.stdout.splitlines()[0].startswith("id,source,url,title")
    pq = tmp_path / "a.parquet"
    out = newsloom("export", "--db", str(db), "--format", "parquet", "--output", str(pq))
    assert out.returncode == 0, out.stderr
    import pyarrow.parquet as papq

    table = papq.read_table(pq)
    assert table.num_rows == len(records)
    assert sorted(table.column("id").to_pylist()) == [r["id"] for r in records]


def test_stats_and_help():
    out = newsloom("--help")
    assert out.returncode == 0 and "demo" in out.stdout and "export" in out.stdout
    out = newsloom("run", "--help")
    assert "robots" in out.stdout


def test_unknown_stage_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown stage"):
        run_pipeline([], tmp_path / "x.db", stages=["extract", "teleport"])


def test_two_worker_processes_give_the_same_store(reference, corpus, tmp_path):
    db, records = reference
    parallel = tmp_path / "workers.db"
    out = newsloom("run", str(corpus), "--db", str(parallel), "--workers", "2")
    assert out.returncode == 3, out.stderr
    assert export_records(parallel) == records


def test_state_from_another_version_is_rebuilt(reference, tmp_path):
    db, records = reference
    copy = tmp_path / "old.db"
    shutil.copy(db, copy)
    with Store(copy) as store:
        with store.transaction():
            copies, stories = store.get_state("copies"), store.get_state("stories")
            copies["finder"]["near"]["version"] = -1
            stories["clusterer"]["version"] = -1
            store.set_state("copies", copies)
            store.set_state("stories", stories)
    summary = run_pipeline([], copy, stages=["copies", "stories"])
    assert summary.articles == 0
    assert [(r["id"], r["story"], r["duplicate_of"], r["rewrite_of"]) for r in export_records(copy)] == \
        [(r["id"], r["story"], r["duplicate_of"], r["rewrite_of"]) for r in records]
