"""Words that reverse a row's meaning kept or the row gone, a passive to-infinitive with its verb left
out, a participle naming what a noun is of, and a main clause that picks one of a series told again by
its date's "when" clause (events/kept.py, verbless.py, finite.py, twice.py): the sixteenth judged
sample's classes, on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_cli import Document, extract_timeline
from timeline_rows import timeline_rows


def _rows(nlp, text):
    found = timeline_rows(nlp, text, datetime.date(2025, 5, 4))
    return [(r.time_expression, r.event, r.status) for r in found if r.date_basis == "text"]


def test_almost_and_nearly_are_never_cut(nlp):
    found = _rows(nlp, "The ferry had almost run aground in March. The striker nearly quit the club in 2019. "
                       "By the end of April 1942, Japan had almost fully conquered Burma.")
    assert any("almost fully conquered" in event for _, event, _ in found), found
    assert any(when == "March" and "almost run aground" in event for when, event, _ in found), found
    assert any(when == "2019" and "nearly quit" in event for when, event, _ in found), found


def test_not_until_a_date_is_told_without_its_negation(nlp):
    found = _rows(nlp, "Power did not fully return until 9 p.m. on Tuesday. The bridge had not reopened until June.")
    told = {when: (event, status) for when, event, status in found}
    # (round 38: the "not ... until" phrase stays written with its negation)
    assert told["9 p.m. on Tuesday"][0].endswith("did not fully return until 9 p.m. on Tuesday"), found
    assert told["June"][0].endswith("had not reopened until June"), found
    assert {status for _, status in told.values()} == {"occurred"}


def test_a_negation_without_until_stays(nlp):
    found = _rows(nlp, "The bridge did not reopen on Friday.")
    assert [event for _, event, _ in found] == ["The bridge did not reopen"], found


def test_a_passive_infinitive_whose_verb_is_left_out_is_no_row(nlp):
    found = _rows(nlp, "Construction is expected to begin in May and to be finished by 2030.")
    assert not any(event.startswith("Construction to be") for _, event, _ in found), found
    assert any(when == "May" for when, _, _ in found), found


def test_a_participle_naming_what_a_noun_is_of_is_no_row(nlp):
    found = _rows(nlp, "An inquiry found errors in the accounts of grants paid between 2012 and 2020.")
    assert not any(event == "Grants were paid" for _, event, _ in found), found


def test_a_main_clause_picking_one_of_a_series_is_told_by_its_when_clause(nlp):
    found = _rows(nlp, "The valley was last flooded by a big storm in 2009, when a river burst its banks near Cusco.")
    assert [event for when, event, _ in found if when == "2009"] == ["A river burst its banks near Cusco"], found
    found = _rows(nlp, "The port saw its busiest season in 2019, when 400 ships docked there.")
    assert [event for when, event, _ in found if when == "2019"] == ["400 ships docked there"], found


def test_a_main_clause_with_no_such_word_keeps_its_row(nlp):
    found = _rows(nlp, "The company was founded in 1998, when the internet boom began.")
    assert sorted(event for when, event, _ in found if when == "1998") == ["The company was founded",
                                                                          "The internet boom began"], found


def test_as_far_as_cut_mid_phrase_is_no_row(nlp):
    found = _rows(nlp, '"There was no fraud, as far as we can tell, but there was a serious lapse of oversight," '
                       "Finance Minister Rui Mota told the budget committee on Monday afternoon.")
    assert not any(event.endswith("as far") for _, event, _ in found), found


def test_a_participle_after_the_speech_tag_is_not_run_into_what_is_said(nlp):
    found = _rows(nlp, "The city will keep its free tram service until the end of 2026, Mayor Joan Pratt said on "
                       "Tuesday, resisting calls from councillors to charge fares as energy costs rise.")
    said = [event for when, event, _ in found if when == "Tuesday"]
    assert said and not any("resisting" in event for event in said), found


def test_a_relative_clause_of_what_can_be_done_is_no_row(nlp):
    found = _rows(nlp, "The bill would raise the age at which workers can retire by three months a year from 2027 "
                       "until it reaches 67 in 2040.")
    assert not any(event.startswith("Workers can") for _, event, _ in found), found
    found = _rows(nlp, "The leaders signed the accord at the hotel at which they met in 2019.")
    assert any(when == "2019" for when, _, _ in found), found


def _lead_rows(nlp, lead):
    text = f"Rower sets record\n\nLUCERNE, June 2, 2025 (Wire) - {lead}\n\nBerg, 24, won the final on Sunday."
    found = extract_timeline([Document(id="a", text=text)], merge=False, nlp=nlp)
    return [r.event for r in found if "final" not in r.event]  # the lead's rows


def test_a_leads_passing_thought_is_no_row(nlp):
    assert _lead_rows(nlp, "For a moment, Lena Berg thought the clock was broken.") == []
    assert _lead_rows(nlp, "At first, Lena Berg believed the clock was broken.") == []


def test_a_leads_happening_keeps_its_row(nlp):
    assert _lead_rows(nlp, "For a moment, Lena Berg stopped rowing.") == ["Lena Berg stopped rowing"]


def test_as_long_with_its_clause_cut_is_left_out(nlp):
    found = _rows(nlp, "On Friday, the minister said he had no objection to the merger, as long as jobs were kept.")
    said = [event for when, event, _ in found if when == "Friday"]
    assert said and all(event.endswith("no objection to the merger") for event in said), found


def test_a_last_in_the_date_picks_nothing(nlp):
    found = _rows(nlp, "Barnett Slepian was reading in his study last winter when he was struck by a stray bullet.")
    assert any("reading" in event for _, event, _ in found), found


def test_a_modal_whose_relative_subject_is_cut_is_no_row(nlp):
    found = _rows(nlp, "Earlier on Friday, Berg had qualified fastest for the final in 6:41.20, a time that would "
                       "itself have won gold at the last Games in 2024.")
    assert not any(event.startswith("Would") for _, event, _ in found), found


def test_a_selector_on_the_subject_or_a_scene_in_the_when_clause_keeps_both_rows(nlp):
    found = _rows(nlp, "The startup's best drone crashed 20 seconds after takeoff last May, when a rotor failed.")
    assert any("crashed" in event for _, event, _ in found), found
    found = _rows(nlp, "The pass was last mapped by Swiss surveyors in 1950, when both villages were still trading salt.")
    assert any("mapped" in event for _, event, _ in found), found
