"""A subject "which"/"who" after a comma that the parser hangs on the name inside a prepositional
phrase (events/antecedents.py, docs/events.md "Subject resolution"): the row names the person beside
the title, or no one, never the wrong noun. Sentences are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows
from timeline_cli.events.unresolved import drop_unresolved_openers
from timeline_cli.events.words import ENGLISH


def _kept(nlp, text, *expressions):
    return drop_unresolved_openers(rows(nlp, text, *expressions), ENGLISH)


def test_who_after_a_title_of_an_organisation_is_the_person_the_title_stands_beside(nlp):
    text = ("The affair recalls that of Jane Roe, a former finance director of the Ruritanian Water Board, "
            "who was jailed in 2019 for taking bribes.")
    found = _kept(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert [r.event for r in found] == ["Jane Roe was jailed for taking bribes"], found


def test_which_after_the_name_in_the_phrase_of_a_noun_is_left_out_when_unsure(nlp):
    text = ("The inquiry at Northfield College, which was opened in January after a student complaint, "
            "found that grades had been altered.")
    found = _kept(nlp, text, expr(text, "January", "2025-01", "2025-01-01", "2025-01-31", granularity="month"))
    assert not any("College was opened" in r.event for r in found), found


def test_which_after_the_phrase_of_an_event_noun_is_the_happening_not_the_last_noun(nlp):
    text = ("Four people were hurt in the clashes between Ruritanian and Borduvian police officers, which broke "
            "out on Monday near the river crossing.")
    found = _kept(nlp, text, expr(text, "Monday", "2025-03-03", "2025-03-03"))
    broke = [r.event for r in found if "broke out" in r.event]
    assert broke and all(e.startswith("The clashes between") for e in broke), found


def test_which_with_an_object_stays_the_name_it_follows(nlp):
    text = "Talks with Acme Corp, which announced a merger on Tuesday, ended without a deal."
    found = _kept(nlp, text, expr(text, "Tuesday", "2025-03-04", "2025-03-04"))
    assert any(r.event.startswith("Acme Corp announced a merger") for r in found), found


def test_a_row_left_with_an_unsure_which_is_dropped_even_with_actors(nlp):
    from timeline_cli.records import Event

    def row(event, actors):
        return Event(date="2026-03-03", end_date="2026-03-03", value="2026-03-03", granularity="day",
                     time_expression="Tuesday", event=event, actors=actors, status="occurred", source="a.txt",
                     sentence=event + ".", start=0, end=7, reference_date="2026-03-04",
                     reference_source="option")

    kept = drop_unresolved_openers([row("Which is scheduled for release", ["OS X"]),
                                    row("Acme Corp announced a merger", ["Acme Corp"])], ENGLISH)
    assert [r.event for r in kept] == ["Acme Corp announced a merger"]


def test_which_after_a_period_in_a_phrase_keeps_the_period(nlp):
    text = ("Analysts expect sales to reach eight million units by the end of the current quarter, "
            "which ends on June 26.")
    found = _kept(nlp, text, expr(text, "June 26", "2025-06-26", "2025-06-26"))
    assert any(r.event.startswith("The current quarter ends") for r in found), found
