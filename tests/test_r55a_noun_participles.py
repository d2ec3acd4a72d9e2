"""Round 55a: a participle or relative clause that hangs on a noun is told with that noun, or not at
all, never with another noun of the sentence as its doer (docs/events.md, "A noun's participle or
relative clause"). Sentences are new ones of the same shapes as the judged rows, with near-misses."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression, timeline_rows

DAY = datetime.date(2026, 3, 10)


def _by_expression(nlp, text: str) -> dict[str, list[str]]:
    return {expression: [r.event for r in rows] for expression, rows in rows_by_expression(nlp, text, DAY).items()}


def test_reduced_relative_parsed_as_conjunct_is_no_deed_of_the_subject(nlp):
    rows = _by_expression(nlp, "The union accepted the offer at a meeting on Thursday night, "
                               "according to minutes circulated the next morning.")
    assert "the next morning" not in rows  # not "The union circulated"
    assert rows["Thursday night"] == ["The union accepted the offer at a meeting"]


def test_described_detail_is_no_deed_of_the_finder(nlp):
    rows = _by_expression(nlp, "Kneeling in a trench beside the cricket pavilion, 71-year-old retired teacher "
                               "Margaret Hale brushed away the last of the soil on Tuesday morning and saw the "
                               "head of a dolphin, picked out in blue and white stone.")
    told = rows["Tuesday morning"]
    assert not any("picked out" in e for e in told)
    assert any(e.endswith("saw the head of a dolphin") for e in told)


def test_joined_conjunct_after_a_date_keeps_its_subject(nlp):
    rows = _by_expression(nlp, "The plant opened in 1953 and at its height in the 1980s employed 4,000 people.")
    assert rows["the 1980s"] == ["The plant employed 4,000 people"]


def test_which_on_a_count_in_another_noun_is_not_the_count(nlp):
    for text in ("Innsbruck's venue, a 2,000-seat outdoor stand at the city's climbing centre, will need "
                 "temporary seating for another 1,500 spectators, which should be installed by early July.",
                 "The airport needs parking space for another 800 cars, which will be built by next spring, "
                 "the operator said."):
        rows = timeline_rows(nlp, text, DAY)
        assert not any(e.event.startswith("Another") for e in rows)


def test_which_on_a_plural_clash_keeps_its_noun(nlp):
    rows = _by_expression(nlp, "The club signed a deal with 12 players, which was announced on Monday.")
    assert rows["Monday"] == ["A deal was announced"]


def test_which_with_a_saying_inside_and_no_antecedent_gives_no_row(nlp):
    for text, expression in (
            ("Harvesting will be banned until two consecutive weekly tests come back clean, which officials "
             "said was unlikely before mid-February.", "mid-February"),
            ("The road will stay shut until engineers declare the bridge safe, which the council said was "
             "unlikely before the end of May.", "the end of May")):
        assert expression not in _by_expression(nlp, text)


def test_participle_on_a_compared_amount_gives_no_row(nlp):
    for text, year in (
            ("The review found the cost had risen to 118 million zlotys, more than double the estimate "
             "made in 2022.", "2022"),
            ("Visitor numbers rose to 2,400, twice the number counted in 2019, the museum said on Monday.", "2019"),
            ("The company spent 40 million dollars, less than half the sum promised in 2020.", "2020")):
        assert year not in _by_expression(nlp, text)


def test_participle_of_expecting_after_an_object_is_the_object(nlp):
    text = ("The Harbour Workers Union said members had not been paid since June. Residents can comment "
            "during a public consultation, expected to begin next week.")
    rows = timeline_rows(nlp, text, DAY)
    week = [r for r in rows if r.time_expression == "next week"]
    assert [r.event for r in week] == ["A public consultation expected to begin"]
    assert week[0].status == "expected" and week[0].actors == []


def test_other_trailing_participles_keep_the_subject(nlp):
    rows = _by_expression(nlp, "The minister walked out of the meeting on Monday, angered by the vote.")
    assert rows["Monday"] == ["The minister walked out of the meeting"]
