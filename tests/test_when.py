"""Event dates in articles whose page gives no publication date."""
from newsloom.facts.when import InferredDate, event_date, infer_reference_date


def test_year_of_the_latest_written_date_carries_to_later_yearless_dates():
    text = ("Relations have been strained since the crash of a plane in December 2024.\n"
            "In June, two men were killed in a raid. Later, in July, citizens were detained.\n"
            "'Today [on 3 September], we greeted him,' the president said.")
    ref = infer_reference_date(text, upper="2026-01-01")
    assert ref == "2025-09-03" and isinstance(ref, InferredDate)
    assert event_date("In June, two men were killed in a raid.", ref) == ("2025-06", "month")
    assert event_date("Today [on 3 September], we greeted him.", ref) == ("2025-09-03", "day")


def test_words_that_need_the_publication_day_stay_unresolved():
    ref = infer_reference_date("The deal was signed on 12 March 2025. Talks went on in May and April.",
                               upper="2026-01-01")
    assert ref == "2025-04"
    for sentence in ("Yesterday the minister resigned.", "On Tuesday the talks resumed.",
                     "Last month the border closed.", "The envoy visited last December."):
        assert event_date(sentence, ref) == (None, None), sentence
    # with a real publication date the same words resolve
    assert event_date("Yesterday the minister resigned.", "2025-04-10") == ("2025-04-09", "day")


def test_no_year_anywhere_gives_no_reference():
    assert infer_reference_date("On 3 May the two leaders met in the capital.") is None
    assert infer_reference_date("") is None


def test_dates_after_the_upper_bound_are_not_anchors():
    text = "The treaty of 2019 expires in 2031. Leaders met on 4 October."
    assert infer_reference_date(text, upper="2025-01-01") == "2019-10-04"
