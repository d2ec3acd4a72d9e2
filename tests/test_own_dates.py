"""Round 18: a date belongs to the part of the sentence that holds it (a relative clause, a plan
parsed as a noun, a "but" clause with its own subject), and a dated deed sets no scene for the saying
of someone who only reported it (events/own_dates.py). Sentences are this project's own."""
from __future__ import annotations

from test_events import expr, rows
from test_lead import by_basis
from test_lead import rows as all_rows


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_main_verb(nlp):
    text = ('The Health Inspectorate, which rated the clinic "outstanding" after a visit in 2020, '
            "said it would read the findings closely.")
    found = rows(nlp, text, expr(text, "2020", "2020", "2020-01-01", "2020-12-31", granularity="year"))
    assert len(found) == 1 and "rated the clinic" in found[0].event
    assert "said" not in found[0].event


def test_a_plan_parsed_as_a_noun_does_not_date_the_first_verb(nlp):
    text = ("The city council began repairs at the clinic on Tuesday with two crews and plans to add four "
            "more by the end of the month, council leader Anna Ribe said.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "the end of the month", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))
    assert [(r.trigger, r.date) for r in found] == [("begin", "2024-06-25")]


def test_a_but_clause_with_its_own_subject_does_not_share_the_date(nlp):
    text = ("Mark Lowe paid 2 million euros to the patients in January in an attempt to settle the claims, "
            "but lawyers rejected the offer as too small.")
    found = rows(nlp, text, expr(text, "January", "2024-01", "2024-01-01", "2024-01-31", granularity="month"))
    assert [r.trigger for r in found] == ["pay"]


def test_an_and_clause_still_shares_the_date(nlp):
    text = "Police arrested two men in January and prosecutors charged them with fraud."
    found = rows(nlp, text, expr(text, "January", "2024-01", "2024-01-01", "2024-01-31", granularity="month"))
    assert sorted(r.trigger for r in found) == ["arrest", "charge"]


def test_a_saying_carries_on_a_scene_only_when_the_speaker_did_the_deed(nlp):
    reported = ("The city council began repairs at the clinic on Tuesday, council leader Anna Ribe said. "
                "She said about 40 nurses had been hired.")
    found = all_rows(nlp, reported, expr(reported, "Tuesday", "2024-06-25", "2024-06-25"))
    assert by_basis(found, "context") == []
    done = ("Anna Ribe opened the new clinic on Tuesday. She announced that 40 nurses had been hired.")
    found = all_rows(nlp, done, expr(done, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("announce", "2024-06-25")]


def test_a_relative_clause_without_its_closing_comma_keeps_the_main_verb_dated(nlp):
    text = ("National Intergroup, which owns half of the steelmaker -- National Steel -- posted net income "
            "for the second quarter of $8.6 million, or 33 cents a share.")
    found = rows(nlp, text, expr(text, "the second quarter", "2024-Q2", "2024-04-01", "2024-06-30",
                                 granularity="quarter"))
    assert [r.trigger for r in found] == ["post"]


def test_a_new_speaker_after_a_dated_disclosure_still_carries_the_scene(nlp):
    text = ("The White House on Sunday disclosed that the exiled government had asked the U.S. to enforce the "
            "embargo. Secretary of State James Baker, speaking on television, said the request gives the U.S. "
            "a legal basis for stopping ships.")
    found = all_rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"))
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("say", "2024-06-23")]


def test_a_fronted_date_or_a_second_report_still_shares_across_but(nlp):
    fronted = "In 2015, a bus caught fire near the entrance, but the passengers got out unhurt."
    found = rows(nlp, fronted, expr(fronted, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert sorted(r.trigger for r in found) == ["catch", "get"]
    reports = ("The coast guard rescued 40 migrants, officials said on Tuesday, but survivors said two "
               "people had fallen overboard.")
    found = rows(nlp, reports, expr(reports, "Tuesday", "2024-06-25", "2024-06-25"))
    assert any("survivors said" in r.event.lower() for r in found)


def test_an_until_date_under_a_past_perfect_agreement_is_no_row(nlp):
    text = "The minister said the government had agreed with insurers to cover the premiums until the end of August."
    found = rows(nlp, text, expr(text, "the end of August", "2024-08", "2024-08-01", "2024-08-31",
                                 granularity="month"))
    assert not any(r.date == "2024-08-01" for r in found)
    plan = "The council had agreed to hold a vote in August."
    found = rows(nlp, plan, expr(plan, "August", "2024-08", "2024-08-01", "2024-08-31", granularity="month"))
    assert [r.date for r in found] == ["2024-08-01"]  # the vote's own month, not an "until"


def test_the_reporter_of_a_dated_saying_keeps_the_scene(nlp):
    text = ("The accession has changed the balance in the region, Viktor Orban said here on Friday. "
            "Orban said the ceremony marked the end of the mission.")
    found = all_rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert any(r.date == "2024-06-21" and r.event.startswith("Orban said the ceremony") for r in found)


def test_the_same_doer_after_but_keeps_the_date(nlp):
    text = "The king met the rebel leader in March, but he told reporters he had no message for them."
    found = rows(nlp, text, expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", granularity="month"))
    assert sorted(r.trigger for r in found) == ["meet", "tell"]
