"""Round 65b: dates taken from another expression (events/taken_dates.py).

- A date of a bare noun the parser made a conjunct of a verb after "and" ("would sit on Monday and rule
  by Friday", "rule" tagged a noun) is not a second date of the first verb.
- A date hung on an apposed comment after its relative clause (", something that has happened only
  twice, in 2009") dates nothing of the main clause.
- A date after "and again" dates a repeat: the first happening, told with its undated phrase ("after the
  Second World War"), keeps no date from it.
- A "since" date of a perfect verb does not date a simple-past conjunct ("has struggled ... since March
  but refused to ...").
- A day a naming verb makes an occasion ("declared Monday a public holiday") is its object: it dates
  neither the verb nor its conjuncts.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, told_pairs, values_of

THURSDAY = dt.date(2025, 6, 5)


def test_noun_conjunct_date_is_not_the_sitting_s(nlp):
    rows = timeline_rows(nlp, "The league said its tribunal would sit on Monday and rule by Friday at the latest.",
                         THURSDAY)
    assert values_of(rows, "Friday") == set()
    assert values_of(rows, "Monday") == {"2025-06-09"}


def test_noun_conjunct_of_the_date(nlp):
    # "rule" parsed as a conjunct of "Monday"
    rows = timeline_rows(nlp, "The federation said its disciplinary board would convene on Monday and rule by "
                              "Thursday at the latest.", THURSDAY)
    assert values_of(rows, "Thursday") == set()
    assert values_of(rows, "Monday") == {"2025-06-09"}


def test_verb_conjunct_keeps_its_own_date(nlp):
    pairs = told_pairs(nlp, "The federation said its board would convene on Monday and issue a decision by "
                            "Thursday.", THURSDAY)
    assert ("Thursday", "The federation's board would issue a decision") in pairs


def test_apposed_comment_date_dates_nothing(nlp):
    rows = timeline_rows(nlp, "If the protest is upheld, the titles could be reallocated, something that has "
                              "happened only twice at a world cup, in 2009.", THURSDAY)
    assert values_of(rows, "2009") == set()


def test_main_clause_date_before_a_comment_stays(nlp):
    pairs = told_pairs(nlp, "The titles were reallocated in 2009, something that rarely happens.", THURSDAY)
    assert ("2009", "The titles were reallocated") in pairs


def test_and_again_dates_a_repeat(nlp):
    rows = timeline_rows(nlp, "Membership dropped after the Second World War and again in the 1980s.", THURSDAY)
    assert values_of(rows, "the 1980s") == set()


def test_and_again_with_a_when_clause(nlp):
    pairs = told_pairs(nlp, "Orders fell after the Second World War, when tastes changed, and again in the "
                            "1980s, when cheaper rugs from abroad arrived.", THURSDAY)
    assert not any(event.startswith("Orders fell") for expression, event in pairs if expression == "the 1980s")


def test_and_again_after_a_dated_phrase_stays(nlp):
    pairs = told_pairs(nlp, "Membership dropped in 1946 and again in the 1980s.", THURSDAY)
    assert ("the 1980s", "Membership dropped again") in pairs
    assert ("1946", "Membership dropped") in pairs


def test_since_of_a_perfect_does_not_date_a_past_conjunct(nlp):
    rows = timeline_rows(nlp, "Moreau, who won the race in 2021, has struggled with a knee injury since March "
                              "but refused to blame it.", THURSDAY)
    march = {r.event for r in rows if r.time_expression == "March"}
    assert march == {"Moreau has struggled with a knee injury"}


def test_since_of_a_perfect_dates_a_perfect_conjunct(nlp):
    pairs = told_pairs(nlp, "Moreau has struggled with a knee injury since March and has missed three races.",
                       THURSDAY)
    assert ("March", "Moreau has missed three races") in pairs


def test_day_declared_an_occasion_dates_nothing(nlp):
    rows = timeline_rows(nlp, "The council declared Monday a public holiday and promised free transport for "
                              "visitors.", THURSDAY)
    assert values_of(rows, "Monday") == set()


def test_day_of_a_reporting_verb_stays(nlp):
    pairs = told_pairs(nlp, "The company reported Monday a loss of 3 million dollars.", THURSDAY)
    assert ("Monday", "The company reported a loss of 3 million dollars") in pairs


def test_since_of_a_lasting_verb_dates_its_state_conjunct(nlp):
    pairs = told_pairs(nlp, "The old record of 8.12 metres had stood since 2009, and belonged to his trainer, "
                            "Anton Varga.", THURSDAY)
    assert any(expression == "2009" and "belonged to his trainer" in event for expression, event in pairs)


def test_named_a_new_chief_executive_keeps_the_naming_s_day(nlp):
    # "named Tuesday a new chief executive": news style puts the naming's own day after the verb; only
    # declare / proclaim / designate make the day an occasion.
    rows = timeline_rows(nlp, "Acme named Tuesday a new chief executive, Dana Whitlow, who joins from a rival.",
                         THURSDAY)
    assert ("2025-06-03", "Acme named a new chief executive") in {(r.value, r.event) for r in rows}
