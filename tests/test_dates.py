"""Tests of newsloom's date reading: formats, ambiguity, finding dates in text,
and the publication-date finder's figures on the dates dev set."""
from __future__ import annotations

import importlib.util
import json

import pytest

from newsloom.extract.dates import (
    date_from_url,
    find_dates,
    find_publication_date,
    parse_date,
)


def value(s, **kw):
    r = parse_date(s, **kw)
    return r.value if r else None


# --- one format each -----------------------------------------------------------

@pytest.mark.parametrize("text, expected, precision", [
    ("time22-07-2025", "2025-07-22", "day"),
    ("2025.03.11 / 17:24", "2025-03-11T17:24", "minute"),
    ("3 September 2025", "2025-09-03", "day"),
    ("Sept. 3, 2025", "2025-09-03", "day"),
    ("September 3rd, 2025", "2025-09-03", "day"),
    ("Friday, December 23, 2016", "2016-12-23", "day"),
    ("2025-03-11", "2025-03-11", "day"),
    ("2025-03-11T17:24:05+03:00", "2025-03-11T17:24", "minute"),
    ("2025-03-11T17:24:05Z", "2025-03-11T17:24", "minute"),
    ("2025-03-11 17:24", "2025-03-11T17:24", "minute"),
    ("25/03/2025", "2025-03-25", "day"),
    ("03/25/2025", "2025-03-25", "day"),
    ("3. September 2025", "2025-09-03", "day"),
    ("Veröffentlicht am 3. März 2025 um 14:05 Uhr", "2025-03-03T14:05", "minute"),
    ("3 septembre 2025", "2025-09-03", "day"),
    ("mis à jour le 5 juin 2024 à 17h24", "2024-06-05T17:24", "minute"),
    ("3 de septiembre de 2025", "2025-09-03", "day"),
    ("3 settembre 2025", "2025-09-03", "day"),
    ("3 сентября 2025 г.", "2025-09-03", "day"),
    ("Dec 23rd, 2016 10:30 pm", "2016-12-23T22:30", "minute"),
    ("22 Jul 2025 14:30 GMT", "2025-07-22T14:30", "minute"),
    ("2025年3月11日", "2025-03-11", "day"),
    ("20250311", "2025-03-11", "day"),
    ("September 2025", "2025-09", "month"),
    ("2025-03", "2025-03", "month"),
    ("2025", "2025", "year"),
])
def test_formats(text, expected, precision):
    r = parse_date(text)
    assert r is not None, text
    assert r.value == expected
    assert r.precision == precision
    assert r.alternatives[0] == r.value


@pytest.mark.parametrize("text", [
    "31.02.2025", "2025-13-01", "32 March 2025", "February 30, 2024", "version 3.6.0",
    "", "no date here", "Python 2.7.18",
])
def test_impossible_or_absent(text):
    assert parse_date(text) is None


def test_leap_day():
    assert value("29.02.2024") == "2024-02-29"
    assert parse_date("29.02.2023") is None


# --- ambiguity -------------------------------------------------------------------

def test_year_first_dotted_is_ambiguous_month_first_preferred():
    r = parse_date("2025.03.11 / 17:24")
    assert r.ambiguous
    assert r.alternatives == ["2025-03-11T17:24", "2025-11-03T17:24"]
    r = parse_date("2025/03/11")
    assert r.ambiguous and r.alternatives == ["2025-03-11", "2025-11-03"]


def test_iso_is_never_ambiguous():
    r = parse_date("2025-03-11")
    assert not r.ambiguous and r.alternatives == ["2025-03-11"]


def test_day_month_order_follows_argument_and_convention():
    r = parse_date("11/03/2025")
    assert r.ambiguous and r.value == "2025-03-11"  # day first by default
    assert set(r.alternatives) == {"2025-03-11", "2025-11-03"}
    r = parse_date("11/03/2025", day_first=False)
    assert r.ambiguous and r.alternatives == ["2025-11-03", "2025-03-11"]
    r = parse_date("03.11.2025")
    assert r.ambiguous and r.alternatives == ["2025-11-03", "2025-03-11"]
    r = parse_date("03.11.2025", day_first=False)
    assert r.value == "2025-03-11"


def test_not_ambiguous_when_one_reading_is_impossible_or_both_equal():
    r = parse_date("13/03/2025", day_first=False)
    assert not r.ambiguous and r.value == "2025-03-13"
    r = parse_date("05.05.2025")
    assert not r.ambiguous and r.alternatives == ["2025-05-05"]


def test_month_names_are_never_ambiguous():
    r = parse_date("3 September 2025")
    assert not r.ambiguous


# --- find_dates ----------------------------------------------------------------------

def test_find_dates_offsets_and_kinds():
    text = "On 3 May 2025 at 10:00, he cited 2025-03-11 and March 2025; IP 192.168.1.1, v1.2.3."
    found = find_dates(text)
    values = [r.value for _, _, r in found]
    assert values == ["2025-05-03T10:00", "2025-03-11", "2025-03"]
    for start, end, r in found:
        assert text[start:end].strip() == r.text


def test_find_dates_glued_and_prefixed():
    assert [r.value for *_, r in find_dates("time22-07-2025")] == ["2025-07-22"]
    assert [r.value for *_, r in find_dates("17/11/201917/11/2019 ~ Cem")] == ["2019-11-17"]
    assert [r.value for *_, r in find_dates("November 9, 20235:01 AM ET")] == ["2023-11-09T05:01"]


def test_find_dates_does_not_cross_lines():
    found = find_dates("2023\nNovember\n8")
    assert all(r.precision != "day" for *_, r in found)


# --- publication dates ------------------------------------------------------------------

def test_crawl_header_is_not_the_publication_date():
    text = "date 2025-07-27 403\nSome headline\nA long paragraph of news text without any date at all."
    assert find_publication_date(text) is None


def test_dates_after_crawl_date_are_ignored():
    text = "Headline\nPublished: 3 March 2025\nBody text.\nNext event: 5 May 2026"
    r = find_publication_date(text, crawl_date="2025-04-01")
    assert r is not None and r.value == "2025-03-03"


def test_published_preferred_over_updated():
    text = ("Big news today\nSite menu\nBig news today\nUpdated: 12 March 2025\n"
            "Published: 10 March 2025\nThe story goes on for a while, with many words in it.")
    assert find_publication_date(text).value[:10] == "2025-03-10"


def test_copyright_and_comments_do_not_win():
    text = ("How to plant tomatoes\nHome | Garden\nHow to plant tomatoes\nPosted on 4 April 2021 by Ann\n"
            "Tomatoes like sun. " * 3 + "\nLeave a reply\nBob says: 7 June 2022 at 10:00\n"
            "Nice article!\n© 2023 Garden site. Updated 1 January 2023")
    assert find_publication_date(text).value[:10] == "2021-04-04"


def test_ambiguous_date_resolved_by_the_page():
    text = "Headline here for news\nPosted 02/11/2023\nText.\nNovember 2, 2023 is when it happened."
    r = find_publication_date(text)
    assert r.value[:10] == "2023-11-02"
    assert r.ambiguous and "2023-02-11" in r.alternatives


def test_url_dates():
    assert date_from_url("https://x.org/2019/05/12/some-title/").value == "2019-05-12"
    assert date_from_url("https://x.org/news/2019-05-12-title").value == "2019-05-12"
    assert date_from_url("https://x.org/2023/10/3-fragen-an/").precision == "month"
    assert date_from_url("https://x.org/about") is None
    assert find_publication_date("", url="https://x.org/2019/05/12/t").value == "2019-05-12"


def _load_scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score_dates", shared_dir / "eval" / "score_dates.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_publication_date_floor(shared_dir):
    """Figures on the 799 dev pages (evaluation/eval_dates.py): accuracy where the
    date is in the text 0.950, precision 0.942 with URLs; 0.935 / 0.927 without."""
    scorer = _load_scorer(shared_dir)
    gold_path = shared_dir / "data" / "dates" / "gold.jsonl"
    gold = scorer.load_gold(gold_path)
    pred = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = (shared_dir / "data" / "dates" / "text" / rec["file"]).read_text(encoding="utf-8")
        r = find_publication_date(text, url=rec["url"])
        pred[scorer.page_id(rec["file"])] = scorer.day_of(r.value if r else None, rec["file"])
    m = scorer.evaluate(gold, pred)
    assert m["accuracy_in_text"] >= 0.92
    assert m["precision"] >= 0.92


@pytest.mark.parametrize("text, expected", [
    ("03.11.25", "2025-11-03"), ("8.5.12", "2012-05-08"), ("Posted 11/03/25, 17:24", "2025-03-11T17:24"),
])
def test_short_texts_without_a_four_digit_year_read_two_digit_years(text, expected):
    """A short text without four digits in a row is only searched for two-digit years: they are found."""
    r = parse_date(text)
    assert r is not None and r.value == expected, text


def test_long_and_short_texts_find_the_same_dates():
    """The shortcut for texts without a four-digit year gives the dates a long text gives."""
    short = "on 03.11.25 and 8.5.12"
    long_text = short + "\n" + "filler line without digits\n" * 30
    want = [(s, e, r.value) for s, e, r in find_dates(long_text)]
    got = [(s, e, r.value) for s, e, r in find_dates(short)]
    assert got == want and len(got) == 2
