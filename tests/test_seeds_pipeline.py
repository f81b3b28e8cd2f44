"""Floors for the whole pipeline on the seed pages (score_seeds.py on `newsloom run` + export).

These figures may only rise.  The seeds are five pages: passing here is
necessary, not sufficient; each stage also has its own evaluation on larger data.
"""
import importlib.util

import pytest


@pytest.fixture(scope="module")
def figures(repo_dir, shared_dir):
    spec = importlib.util.spec_from_file_location("eval_seeds", repo_dir / "evaluation" / "eval_seeds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.summary(module.run(shared_dir))


def ratio(value: str) -> tuple[int, int]:
    hit, total = value.split(" ")[0].split("/")
    return int(hit), int(total)


def test_extraction_floors(figures):
    assert float(figures["body_f1"]) >= 0.99
    assert figures["articles"].startswith("9/9") and figures["articles"].endswith("9")
    for name in ("titles", "outlets", "dates", "opinion", "ambiguous_date_flagged"):
        hit, total = ratio(figures[name])
        assert hit == total, (name, figures[name])
    assert ratio(figures["boilerplate_leaked"])[0] == 0
    assert figures["repeated_sentences"] == "0"


def test_copies_and_stories_floors(figures):
    assert float(figures["story_pairs_f1"]) == 1.0
    assert ratio(figures["rewrites_found"]) == (1, 1)


def test_facts_floors(figures):
    assert ratio(figures["entities_found"])[0] >= 34
    assert ratio(figures["quotes_attributed"])[0] >= 17
    assert ratio(figures["events_found"])[0] >= 13
