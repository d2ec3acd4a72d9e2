"""Garbled descriptions and dates taken from another expression (round 28; docs/events.md, "Round 28:
garbled descriptions and borrowed dates"): an apposition's reduced relative told with the name, a
list of names kept whole, a noun conjunct's words kept off the verb before, "not due to ... until"
unnegated, a date printed on things, a state relative's trailing date, a duration measuring a change,
and a gapped conjunct's own complement. Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2027, 3, 8)


def _rows(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(r.time_expression, r.event, r.status) for r in timeline_rows(nlp, text, DAY)]


def _told(nlp, text: str, expression: str) -> list[str]:
    return [event for when, event, _ in _rows(nlp, text) if when == expression]


def test_an_apposition_reduced_relative_is_told_with_the_name(nlp):
    text = "Carla Mendes, a Republican elected in 2018 and re-elected four years later, resigned on Monday."
    assert _told(nlp, text, "2018") == ["Carla Mendes was elected"]
    assert _told(nlp, text, "four years later") == ["Carla Mendes was re-elected"]


def test_a_list_of_names_as_subject_is_kept_whole(nlp):
    text = ("Belgium, Indonesia and Chile have stepped up inspections since a string of fires in 2014.\n"
            "Malaysia, Thailand and Vietnam have raised rice export quotas since a drought in 2019.")
    assert _told(nlp, text, "2019")[0].startswith("Malaysia, Thailand and Vietnam have raised")
    assert _told(nlp, text, "2014")[0].startswith("Belgium, Indonesia and Chile have stepped up")


def test_a_noun_conjunct_keeps_its_own_words(nlp):
    text = ("The old viaduct has been under close watch since 2010, when cracks were first discovered and trucks "
            "over 3.5 tonnes were banned.")
    told = _told(nlp, text, "2010")
    assert told and not any("tonnes" in e and "Cracks" in e for e in told), told


def test_not_due_until_tells_the_opening_then(nlp):
    rows = _rows(nlp, "The harbour crossing is not due to reopen until late 2027, officials said.")
    # (round 38: the "not ... until" phrase stays written)
    assert ("late 2027", "The harbour crossing is not due to reopen until late 2027", "planned") in rows, rows


def test_a_date_printed_on_things_is_no_event_date(nlp):
    text = "Ferro Motors is recalling 40,000 vans with build dates between January and May 2025, the company said on Tuesday."
    rows = _rows(nlp, text)
    assert not any("2025" in when for when, _, _ in rows), rows
    assert any(when == "Tuesday" for when, _, _ in rows), rows


def test_a_state_relative_passes_its_trailing_date_to_the_clause_above(nlp):
    text = "The senate is expected to debate a bill that includes the tax changes later in April."
    assert _told(nlp, text, "later in April") == ["The senate is expected to debate a bill"]


def test_a_happening_relative_keeps_its_date(nlp):
    assert _told(nlp, "Commuters can ride the train that leaves on Friday.", "Friday") == ["The train leaves"]


def test_a_duration_measuring_a_change_stays(nlp):
    text = "The bypass opened in May, reducing journey times by 20 minutes."
    assert _told(nlp, text, "May") == ["The bypass opened, reducing journey times by 20 minutes"]


def test_a_gapped_conjunct_tells_its_own_complement(nlp):
    text = "The bridge will open to cars in 2028, and to buses between Lyon and Geneva a year later."
    told = _told(nlp, text, "a year later")
    assert told and told[0].startswith("The bridge will open to buses between Lyon and Geneva"), told
    assert _told(nlp, text, "2028")[0].startswith("The bridge will open to cars"), _told(nlp, text, "2028")
