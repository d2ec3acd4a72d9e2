"""Round 64e: rows that are no happening, and a water spring read as the season.

- A passive verb of sourcing with a news outlet for agent ("seen by Reuters", "obtained by the
  newspaper", "seen by" the dateline's own agency) is no event; "obtained by investigators" stays.
- An adjective of standing leave with its to-infinitive ("are free to sign in") dated by "today" or
  "now" is no event; "were able to return today" stays.
- A pseudo-cleft's free relative ("that is what counts tonight") is no event.
- A headline's "before <date> <noun>" dates the noun, not the headline's present verb.
- "spring" the water source ("the spring's outflow", "the spring" in a text of a hot spring) is no
  season; "in the spring", "this spring", "next spring" in the same text still are.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

WEDNESDAY = dt.date(2026, 9, 16)


def _rows(nlp, text):
    return timeline_rows(nlp, text, WEDNESDAY)


def _events(nlp, text):
    return {r.event for r in _rows(nlp, text)}


def _values(nlp, text):
    return {(r.time_expression, r.value) for r in _rows(nlp, text)}


def test_memo_seen_by_a_wire_agency_is_no_event(nlp):
    text = ("The carrier knew of the fault in early August, according to a memo sent to pilots on Monday "
            "and seen by Reuters.")
    events = _events(nlp, text)
    assert not any("seen by Reuters" in e for e in events)


def test_seen_by_the_dateline_agency_is_no_event(nlp):
    text = ("GRAZ, Sept. 16, 2026 (Courier) - The mill closed its second furnace in July.\n\n"
            "Managers were warned in June, according to an email sent to the board on Monday and seen by Courier.")
    events = _events(nlp, text)
    assert not any("seen by Courier" in e for e in events)
    assert "The mill closed its second furnace" in events


def test_documents_obtained_by_investigators_stay(nlp):
    rows = _rows(nlp, "The ledgers, obtained by investigators on Monday, showed unpaid wages.")
    assert any(r.value == "2026-09-14" for r in rows)


def test_standing_leave_today_is_no_event(nlp):
    events = _events(nlp, "The firm said the contract model had changed in 2024, and that drivers today "
                          "were free to sign in whenever they wished.")
    assert not any("free to sign in" in e for e in events)


def test_able_to_return_today_stays(nlp):
    rows = _rows(nlp, "Residents of the flooded estate were able to return to their homes today.")
    assert [r.value for r in rows if r.time_expression == "today"] == ["2026-09-16"]


def test_pseudo_cleft_what_counts_is_no_event(nlp):
    events = _events(nlp, '"Every pupil got out safely, and that is what counts tonight," the head teacher said.')
    assert "What counts" not in events


def test_pseudo_cleft_subject_clause_is_no_event(nlp):
    events = _events(nlp, "He said what mattered tonight was the rescue of the crew.")
    assert "What mattered" not in events


def test_what_clause_of_saying_stays_near_miss(nlp):
    rows = _rows(nlp, "Officials said what happened on Monday would be investigated.")
    assert {(r.event, r.value) for r in rows if r.time_expression == "Monday"} == {("What happened", "2026-09-14")}


def test_headline_before_dated_noun_is_no_row(nlp):
    text = ("Plan to merge rural clinics before June referendum draws anger\n\n"
            "OSLO, Sept. 16, 2026 (Courier) - A plan to merge rural clinics drew anger on Tuesday.")
    rows = _rows(nlp, text)
    assert not any(r.value == "2027-06" or r.value == "2026-06" for r in rows)


def test_headline_dated_noun_without_before_stays(nlp):
    text = ("June referendum on clinics goes ahead\n\n"
            "OSLO, Sept. 16, 2026 (Courier) - A plan to merge rural clinics drew anger on Tuesday.")
    before = {r.value for r in _rows(nlp, text)}
    assert "2026-09-15" in before


SPRING_TEXT = ("Fuel leaked into a hot spring that feeds the spa town of Valdor, officials said on Tuesday. "
               "Engineers mapped the spring's outflow in 2019. The leak began 3 km from the spring. "
               "The town will reopen its baths in the spring, and a new filter is due next spring.")


def test_water_spring_is_no_season(nlp):
    rows = _rows(nlp, SPRING_TEXT)
    assert {(r.event, r.value) for r in rows if "outflow" in r.event} == {("Engineers mapped the spring's outflow", "2019")}
    assert not any("leak began" in r.event.lower() for r in rows)


def test_season_spring_stays_in_a_water_text(nlp):
    rows = _rows(nlp, SPRING_TEXT)
    by_event = {r.event: r.value for r in rows}
    assert by_event["The town will reopen its baths"] == "2027-SP"
    assert "2027-SP" in {r.value for r in rows if r.time_expression == "next spring"}


def test_spring_without_water_stays_a_season(nlp):
    rows = _rows(nlp, "The council said the spring had been the wettest on record, and the ferry resumed in the spring.")
    assert any(r.value == "2026-SP" for r in rows)


def test_obtained_by_a_news_agency_keeps_the_sending(nlp):
    rows = _rows(nlp, "The rules changed in March, according to a draft sent to members on Monday and "
                      "obtained by a news agency.")
    assert {(r.event, r.value) for r in rows if r.time_expression == "Monday"} == \
        {("A draft was sent to members", "2026-09-14")}


def test_reviewed_by_a_government_agency_stays(nlp):
    rows = _rows(nlp, "The samples were reviewed by the agency on Monday.")
    assert [r.event for r in rows] == ["The samples were reviewed by the agency"]


def test_seen_by_the_press_is_a_sighting(nlp):
    # "the press" may be the witnesses of a sighting, not the outlet that saw a document: the row stays.
    rows = timeline_rows(nlp, "A man was seen by the press near the house on Monday.", WEDNESDAY)
    assert [(r.value, r.event) for r in rows] == [("2026-09-14", "A man was seen by the press near the house")]
