"""The Ray runner runs the same stages as the local one and ends with the same store."""
import json
import subprocess
import sys

import pytest

ray = pytest.importorskip("ray", reason="the Ray runner is an optional extra: pip install 'newsloom[ray]'")


def export(db):
    out = subprocess.run([sys.executable, "-m", "newsloom", "export", "--db", str(db)],
                         capture_output=True, text=True, check=True)
    return sorted((json.loads(line) for line in out.stdout.splitlines()), key=lambda r: r["id"])


def test_ray_and_local_runners_agree(shared_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    monkeypatch.setenv("HOME", str(tmp_path))  # Ray writes its auth token under ~/.ray
    from newsloom.pipeline import run_pipeline
    from newsloom.runners.ray import RayRunner

    local, distributed = tmp_path / "local.db", tmp_path / "ray.db"
    run_pipeline([str(shared_dir / "seeds")], local)
    runner = RayRunner(num_cpus=2, max_in_flight=2)
    try:
        summary = run_pipeline([str(shared_dir / "seeds")], distributed, runner=runner)
    finally:
        runner.close()
    assert summary.articles == 9 and summary.facts_articles == 9
    assert export(distributed) == export(local)
