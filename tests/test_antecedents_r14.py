"""Round 14: a subject "it" after a plural subject in its own sentence (the thing between them), a
relative "which" that only dates something, and a quotation's "it" (docs/events.md, "A nearer thing",
"A clause that only dates", "A quotation's 'it'"). Sentences are this project's own (no corpus text),
parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_it_after_a_plural_subject_is_the_thing_between_not_the_subject_before(nlp):
    text = ("A court in Bergen cleared the restart of the smelter on Monday. Workers began heating the main "
            "furnace at 9 a.m., and it was expected to reach full output late on Wednesday.")
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26", "2024-06-26"))
    events = [r.event for r in found]
    assert any(e.startswith("The main furnace was expected to reach full output") for e in events), events
    assert not any(e.startswith("A court") for e in events), events


def test_it_stays_unsure_with_two_things_between(nlp):
    text = ("The ministry approved the plan on Monday. Engineers moved the pump from the barge to the pier, "
            "and it was expected to open on Wednesday.")
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26", "2024-06-26"))
    assert not any(r.event.startswith(("The ministry", "The pump", "The barge", "The pier")) for r in found), \
        [r.event for r in found]


def test_which_that_only_dates_a_thing_is_not_the_things(nlp):
    text = ("The tariffs will apply once they are printed in the bloc's legal gazette, which is expected on "
            "Thursday.")
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27", "2024-06-27"))
    assert not any("gazette is expected" in r.event.lower() for r in found), [r.event for r in found]


def test_which_with_more_to_say_keeps_its_noun_or_event(nlp):
    text = "Talks with the unions, which are expected to last until April, begin on Friday."
    found = rows(nlp, text, expr(text, "April", "2025-04", "2025-04-01", "2025-04-30", granularity="month"))
    assert any(r.event.startswith("Talks with the unions are expected to last") for r in found), \
        [r.event for r in found]


def test_a_quotations_it_is_no_row_but_its_is_kept(nlp):
    text = ('Ski patroller Ana Ruiz said the bowl was risky after storms. "Everybody up here was worried '
            'about it this morning," she said. "The resort will close its lifts on Friday," she said.')
    found = rows(nlp, text, expr(text, "this morning", "2024-06-24TMO", "2024-06-24", "2024-06-24",
                                 type="TIME", granularity="part-of-day"),
                 expr(text, "Friday", "2024-06-28", "2024-06-28", "2024-06-28"))
    events = [r.event for r in found]
    assert not any("worried about it" in e for e in events), events
    assert any(e.startswith("The resort will close its lifts") for e in events), events


def test_it_after_a_person_is_the_thing_between_not_a_body_named_before(nlp):
    text = ("The Water Agency renewed the licence of the incinerator on Wednesday. Farmer Sean Byrne said "
            "he had campaigned against the incinerator since it opened in 1994.")
    found = rows(nlp, text, expr(text, "1994", "1994", "1994-01-01", "1994-12-31", granularity="year"))
    events = [r.event for r in found]
    assert any(e.startswith("The incinerator opened") for e in events), events
    assert not any("Agency opened" in e for e in events), events


def test_it_after_another_it_is_unsure(nlp):
    text = ("A fire gutted a shoe factory on Thursday. Firefighters brought it under control shortly after "
            "3 a.m., but it took until noon to cool the building.")
    found = rows(nlp, text, expr(text, "noon", "2024-06-27T12:00", "2024-06-27", "2024-06-27", type="TIME",
                                 granularity="time"))
    assert not any(r.event.startswith(("Control", "A fire", "A shoe factory")) for r in found), \
        [r.event for r in found]


def test_a_lead_state_gives_its_row_to_the_when_clause(nlp):
    from test_lead import by_basis
    from test_lead import rows as lead_rows
    text = ("Marta Keller was unconscious when rescuers reached her at the bottom of a crevasse below the "
            "Matterhorn.\n\nKeller had fallen into the crevasse, police said.")
    found = by_basis(lead_rows(nlp, text), "publication")
    events = [r.event for r in found]
    assert not any("was unconscious" in e for e in events), events
    assert any(e.startswith("Rescuers reached") for e in events), events


def test_a_passive_lead_with_a_when_clause_keeps_its_row(nlp):
    from test_lead import by_basis
    from test_lead import rows as lead_rows
    text = "Two soldiers were killed when a roadside bomb exploded near their convoy in the north."
    events = [r.event for r in by_basis(lead_rows(nlp, text), "publication")]
    assert any(e.startswith("Two soldiers were killed") for e in events), events


def test_a_which_that_is_due_keeps_its_noun(nlp):
    text = "The proceeds from the sale of the bonds, which will be due on Nov. 1, 2030, will cut debt."
    found = rows(nlp, text, expr(text, "Nov. 1, 2030", "2030-11-01", "2030-11-01", "2030-11-01"))
    assert any(r.event.startswith("The bonds will be due") for r in found), [r.event for r in found]


def test_it_acting_on_an_object_is_not_a_bare_flow_noun_of_the_sentence_before(nlp):
    text = ("Trading stopped at 9:10 a.m. and resumed at 12:20 p.m., the exchange said. It extended the "
            "session by one hour, to 5 p.m., to let brokers settle their trades.")
    found = rows(nlp, text, expr(text, "5 p.m.", "2024-06-24T17:00", "2024-06-24", "2024-06-24", type="TIME",
                                 granularity="time"))
    assert not any(r.event.startswith("Trading extended") for r in found), [r.event for r in found]


def test_it_after_a_thing_of_the_sentence_before_stays_that_thing(nlp):
    text = "The storm came ashore near Galveston, the weather service said. It weakened on Tuesday."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25", "2024-06-25"))
    assert any(r.event.startswith("The storm weakened") for r in found), [r.event for r in found]
