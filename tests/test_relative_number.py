"""Round 28a: antecedents, statuses and states (events/relative_number.py, was_to.py,
complement_subject.py, mention_states.py, not_company.py's `described_no_company`), on sentences
written for these tests: a "which" the nearest noun cannot be, "was to" plans, a definite "the
carrier" never a union, a second "it" never a complement's subject, and a state told of an event named
again."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def rows(nlp, text):
    return timeline_rows(nlp, text, datetime.date(2026, 5, 6))


def told(nlp, text, when):
    return [r.event for r in rows(nlp, text) if r.time_expression == when]


def test_a_plural_noun_is_no_subject_of_a_singular_which_verb(nlp):
    text = ("Output fell, as the company struggled with power cuts and a long row with the Chilean government "
            "over fees, which was settled in 2022.")
    found = told(nlp, text, "2022")
    assert not any(e.startswith("Fees") for e in found), found
    assert any(e.startswith("A long row") and e.endswith("was settled") for e in found), found


def test_a_plural_noun_with_a_plural_which_verb_keeps_its_row(nlp):
    text = "The minister praised the talks with the unions, which were held on Monday."
    assert "The talks with the unions were held" in told(nlp, text, "Monday")


def test_a_plural_noun_is_no_subject_of_a_singular_who_verb(nlp):
    text = "Police detained a spokesman for the protesters, who was released on Friday."
    found = told(nlp, text, "Friday")
    assert not any(e.startswith("The protesters") for e in found), found
    assert "A spokesman for the protesters was released" in found, found


def test_two_singular_nouns_up_the_phrase_leave_the_which_unsure(nlp):
    text = "She met the head of the union of dockers, which was founded in 1901."
    assert told(nlp, text, "1901") == []


def test_a_place_in_a_possessed_nouns_in_phrase_is_not_what_was_shut(nlp):
    text = ("Brenner Steel halted output on Monday. The fault was found in a furnace at the group's factory in "
            "Graz, which has been closed since Thursday.")
    found = told(nlp, text, "Thursday")
    assert not any(e.startswith("Graz") for e in found), found
    assert any("factory in Graz has been closed" in e for e in found), found


def test_was_to_with_an_infinitive_is_a_plan(nlp):
    text = ("Under the rules, deputy chairman Tom Reyes becomes acting chief until a vote. "
            "He was to be sworn in on Thursday morning.")
    statuses = [r.status for r in rows(nlp, text) if r.time_expression == "Thursday morning"]
    assert statuses == ["planned"], statuses


def test_was_to_after_an_aim_noun_is_no_plan(nlp):
    text = "The aim was to reach the summit on Friday."
    statuses = [r.status for r in rows(nlp, text) if r.time_expression == "Friday"]
    assert "planned" not in statuses, statuses


def test_was_to_become_looks_ahead_to_what_came_to_pass(nlp):
    text = "Ulysses Grant took command of the Union army in March 1864. Grant was to become president in 1869."
    statuses = [r.status for r in rows(nlp, text) if r.time_expression == "1869"]
    assert statuses == ["occurred"], statuses


def test_the_carrier_is_never_a_name_its_phrase_calls_a_union(nlp):
    text = ("Cabin crew at Greek carrier Skyline Air walked out on Monday, forcing the cancellation of 200 "
            "flights.\n\nThe cabin crew union UNITEL called the strike earlier this month after talks broke "
            "down. Crews say shifts have grown longer since the carrier added 12 routes last year.")
    found = told(nlp, text, "last year")
    assert not any("UNITEL" in e for e in found), found
    assert "Skyline Air added 12 routes" in found, found


def test_a_second_it_is_the_first_not_the_complements_subject(nlp):
    text = ("Harbor Foods recalled 40,000 cans of soup on Monday after glass was found in two of them.\n\n"
            "Harbor Foods, founded in 1961, sold about 9 million cans last year. It expects the recall to cost "
            "5 million dollars and said it would reopen the Dover plant after an inspection, probably in March.")
    found = told(nlp, text, "March")
    assert not any(e.startswith("The recall") for e in found), found
    assert any(e.startswith("Harbor Foods would reopen the Dover plant") for e in found), found


def test_a_state_of_a_dated_event_named_again_gives_its_joined_happening_the_row(nlp):
    text = ("Thousands of farmers marched through Madrid on Sunday against cuts to subsidies.\n\n"
            "The march was largely peaceful, but clashes broke out near parliament, and police used tear gas.")
    found = told(nlp, text, "Sunday")
    assert not any("peaceful" in e for e in found), found
    assert "Clashes broke out near parliament" in found, found
