"""The date goes on the event it modifies (issue 10, item 4; events/attach.py): of two happenings in
one sentence, the one the time expression belongs to gets the row. Sentences are this project's own,
parsed with the real model; time expressions are written by hand (REF is 2024-06-27)."""
from __future__ import annotations

from test_events import expr, rows


def test_a_date_in_a_before_clause_dates_that_clause_even_when_its_verb_is_tagged_a_noun(nlp):
    text = "The chairman is expected to appoint a new coach before parliament returns from recess on July 14."
    found = rows(nlp, text, expr(text, "July 14", "2024-07-14", "2024-07-14"))
    assert [(r.trigger, r.status) for r in found] == [("return", "expected")], found
    assert found[0].event == "Parliament returns from recess"  # no "Before", not the appointing


def test_a_conjunct_in_another_tense_does_not_share_the_date(nlp):
    text = "The union signed a wage deal in March and has not called a single strike since."
    found = rows(nlp, text, expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", granularity="month"))
    assert [r.trigger for r in found] == ["sign"], found
    text = "The shipyard delivered the hull in 2022 and will fit the engines."
    found = rows(nlp, text, expr(text, "2022", "2022", "2022-01-01", "2022-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["deliver"], found


def test_conjuncts_in_the_same_tense_still_share_the_date(nlp):
    text = "The storm flattened 40 houses and damaged the harbour on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert sorted(r.trigger for r in found) == ["damage", "flatten"], found
    text = "The suspect was arrested on Monday and was charged with fraud."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert sorted(r.trigger for r in found) == ["arrest", "charge"], found


def test_a_conjunct_with_a_time_of_its_own_does_not_share_the_date(nlp):
    text = "She joined the orchestra in 2015 and led it on tour in her third season."
    found = rows(nlp, text, expr(text, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["join"], found
    text = "He founded the firm in 2001 and later sold it to a rival."
    found = rows(nlp, text, expr(text, "2001", "2001", "2001-01-01", "2001-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["found"], found


def test_a_possessive_date_in_a_comparison_dates_only_its_noun(nlp):
    text = "The brewer priced the lager 20 percent below last year's brand."
    found = rows(nlp, text, expr(text, "last year", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert found == [], found
    # a possessive date of an event noun, or outside a comparison, stays with anchoring
    text = "The minister attended Tuesday's summit."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert len(found) == 1, found


def test_a_present_state_aimed_at_a_time_to_come_leaves_the_date_to_the_infinitive(nlp):
    text = "The retailer is counting on the holiday season to lift profits in the second half."
    found = rows(nlp, text, expr(text, "the second half", "2024-H2", "2024-06-01", "2024-12-31",
                                 granularity="half"))
    assert [(r.trigger, r.status) for r in found] == [("lift", "expected")], found
    # a past matrix verb with a date that is over is still what happened then
    text = "The council voted to close the library on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert [r.trigger for r in found] == ["vote"], found


def test_a_date_a_hearing_is_set_for_is_the_hearings(nlp):
    text = "Judge Ellen Park set a retrial for Dec. 2."
    found = rows(nlp, text, expr(text, "Dec. 2", "2024-12-02", "2024-12-02"))
    assert [(r.trigger, r.status) for r in found] == [("retrial", "planned")], found
    assert found[0].event == "Judge Ellen Park set a retrial"
    text = "The committee scheduled a vote on the bill for next Wednesday."
    found = rows(nlp, text, expr(text, "next Wednesday", "2024-07-03", "2024-07-03"))
    assert [(r.trigger, r.status) for r in found] == [("vote", "planned")], found
    text = "The court set a trial date for Nov. 3."
    found = rows(nlp, text, expr(text, "Nov. 3", "2024-11-03", "2024-11-03"))
    assert [(r.trigger, r.status) for r in found] == [("trial", "planned")], found


def test_a_later_conjunct_with_its_own_auxiliary_keeps_its_date(nlp):
    # a date at the end of "... and would meet ..." is the meeting's, not the earlier "would not resign"
    text = "The mayor said she would not resign and would meet the governor in Albany next week."
    found = rows(nlp, text, expr(text, "next week", "2024-W27", "2024-07-01", "2024-07-07", granularity="week"))
    assert [r.trigger for r in found] == ["meet"], found
    text = "The dockers were paid in full and were sent home on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert [r.trigger for r in found] == ["send"], found
    # a gapped conjunct still shares it
    text = "Nine people were killed and 40 wounded on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert sorted(r.trigger for r in found) == ["kill", "wound"], found


def test_a_since_date_sets_no_scene_for_a_later_full_clause(nlp):
    text = "The republic has been independent since 1921, but it still recognizes the king as head of state."
    found = rows(nlp, text, expr(text, "1921", "1921", "1921-01-01", "1921-12-31", granularity="year"))
    assert "recognize" not in [r.trigger for r in found], found
    text = "Two drugs have been sold in Europe since 2023, but their price has been cut by half."
    found = rows(nlp, text, expr(text, "2023", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert "cut" not in [r.trigger for r in found], found
