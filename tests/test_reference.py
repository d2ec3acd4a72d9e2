"""Reference dates: option > metadata > dateline > inferred from the text > today."""
import datetime as dt

import pytest

from timeline_cli.records import Document
from timeline_cli.temporal.reference import find_dateline, infer_reference_date, resolve_reference_date

TODAY = dt.date(2026, 11, 27)


def resolve(text, option=None, **kwargs):
    return resolve_reference_date(Document(id="doc", text=text, **kwargs), option, TODAY)


def test_option_wins_over_everything():
    doc_text = "June 28, 2024 - Seoul said on Thursday, June 27 that ..."
    assert resolve(doc_text, dt.date(2020, 1, 2)) == (dt.date(2020, 1, 2), "option")


def test_metadata_agreeing_with_the_dateline_stays_metadata():
    ref = resolve("June 28, 2024 - text", reference_date=dt.date(2024, 6, 28), reference_source="metadata")
    assert ref == (dt.date(2024, 6, 28), "metadata")
    assert resolve("No dateline here.", reference_date=dt.date(2024, 7, 1),
                   reference_source="metadata") == (dt.date(2024, 7, 1), "metadata")


def test_the_dateline_wins_over_metadata_that_disagrees_with_a_warning(caplog):
    # Issue 10, item 7: the text's own dateline is the article's statement of its date.
    with caplog.at_level("WARNING", logger="timeline_cli"):
        ref = resolve("June 28, 2024 - text", reference_date=dt.date(2024, 7, 1), reference_source="metadata")
    assert ref == (dt.date(2024, 6, 28), "dateline")
    assert [r.getMessage() for r in caplog.records] == [
        "doc: the metadata date 2024-07-01 and the dateline's 2024-06-28 disagree; the dateline's is used"]


def test_the_dateline_settles_an_ambiguous_day_and_month_quietly(caplog):
    # "03-02-2009" read as 3 February, for a story whose dateline says March 2: the dateline settles it.
    with caplog.at_level("WARNING", logger="timeline_cli"):
        ref = resolve("WASHINGTON, March 2, 2009 (AP) -- text", reference_date=dt.date(2009, 2, 3),
                      reference_source="metadata")
    assert ref == (dt.date(2009, 3, 2), "dateline")
    assert caplog.records == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("June 28, 2024 - Seoul said", dt.date(2024, 6, 28)),
        ("SEOUL, June 28, 2024 (AP) -- The military said", dt.date(2024, 6, 28)),
        # a place in two or three parts: city, country or state
        ("KOUROU, French Guiana, Feb. 26, 2026 \u2014 The rocket lifted off", dt.date(2026, 2, 26)),
        ("ST. PAUL, Minn., May 2, 1998 (AP) -- The governor said", dt.date(1998, 5, 2)),
        ("Headline here\n\n28 June 2024\n\nBody text.", dt.date(2024, 6, 28)),
        ("Published: 2024-06-28 10:30\nBody", dt.date(2024, 6, 28)),
        ("Friday, June 28, 2024\nBody", dt.date(2024, 6, 28)),
    ],
)
def test_dateline_on_first_lines(text, expected):
    assert find_dateline(text) == expected
    assert resolve(text) == (expected, "dateline")


def test_a_date_inside_a_sentence_is_not_a_dateline():
    assert find_dateline("The minister said on June 28, 2024 that talks would go on.") is None


def test_dateline_only_on_the_first_lines():
    text = "\n".join(f"Paragraph {i}." for i in range(10)) + "\nJune 28, 2024 -"
    assert find_dateline(text) is None


def test_weekday_fixes_the_year_of_a_month_and_day():
    # June 27 fell on a Thursday in 2024 (and 2019, 2013): the latest such year not after next year.
    text = "The agency announced on Thursday, June 27, that the test succeeded."
    assert resolve(text) == (dt.date(2024, 6, 27), "inferred")


def test_a_year_mentioned_in_the_text_is_preferred():
    text = "In 2019 the talks failed. The agency announced on Thursday, June 27, that it would retry."
    assert infer_reference_date(text, TODAY) == dt.date(2019, 6, 27)


def test_latest_weekday_date_anchors():
    text = "On Monday, June 24, talks began. They ended on Thursday, June 27."
    assert infer_reference_date(text, TODAY) == dt.date(2024, 6, 27)


def test_impossible_weekday_date_is_ignored():
    assert infer_reference_date("on Monday, February 30, nothing", TODAY) is None


def test_full_date_used_when_no_weekday_date():
    text = "The treaty of March 3, 2021 was signed; it was renewed on 5 May 2023."
    assert resolve(text) == (dt.date(2023, 5, 5), "inferred")


def test_today_only_when_nothing_else():
    assert resolve("Officials met on Wednesday to discuss the plan.") == (TODAY, "today")


def test_seed_article_reference_date():
    from pathlib import Path

    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    assert resolve(seed) == (dt.date(2024, 6, 27), "inferred")
