"""Round 66d: a time expression of one phrase given to another event of the sentence.

- A date in an apposed title of the subject ("Ms Hale, mayor of the town since 2014, won ...") is the
  title's, not the clause's: no row of the clause with it.
- A later conjunct in the simple past after a modal verb ("would sign ... by the end of the year but
  refused to ...") has a tense of its own: it does not share the modal clause's date.
- A conjunct timed by a named event before or after it ("but the trade faded after the Second World
  War") does not share a date of the first conjunct.
- A date set before the verb's object as its modifier ("collected the March samples last week") is the
  object's when the verb has a date of its own: no row of the verb with it.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

FRIDAY = dt.date(2025, 6, 6)


def _rows(nlp, text):
    return [(r.time_expression, r.value, r.event) for r in timeline_rows(nlp, text, FRIDAY)]


def test_apposed_title_date_is_not_the_clause_s(nlp):
    rows = _rows(nlp, "Marta Ilves, head of a small dairy cooperative since 2017, won 61 percent of the vote "
                      "against 39 percent for Peeter Kask.")
    assert not [r for r in rows if r[0] == "2017"]


def test_apposed_event_noun_keeps_its_date(nlp):
    # near miss: an apposed event noun's date is its own row
    rows = _rows(nlp, "The ferry, the last crossing on Tuesday, carried 40 passengers.")
    assert [r for r in rows if r[0] == "Tuesday"]


def test_past_conjunct_after_modal_keeps_no_date(nlp):
    rows = _rows(nlp, "She said Norvik would open two new plants with Danish partners before the end of the year "
                      "but refused to name them.")
    assert ("the end of the year", "2025", "Norvik would open two new plants with Danish partners") in rows
    assert not [r for r in rows if "refused" in r[2]]


def test_bare_conjunct_after_modal_shares(nlp):
    # near miss: an infinitive conjunct of the modal shares its date
    rows = _rows(nlp, "Norvik would open two plants and hire 300 workers before the end of the year.")
    assert any("hire 300 workers" in r[2] and r[1] == "2025" for r in rows)


def test_conjunct_after_named_war_has_its_own_time(nlp):
    rows = _rows(nlp, "In the early 1930s a charity paid miners' widows to weave blankets for Glasgow hotels, "
                      "but the trade faded after the Second World War.")
    assert not [r for r in rows if r[0] == "the early 1930s" and "faded" in r[2]]
    assert [r for r in rows if r[0] == "the early 1930s" and "weave blankets" in r[2]]


def test_conjunct_without_own_time_shares(nlp):
    # near miss: a plain later conjunct shares the first one's date
    rows = _rows(nlp, "In the early 1930s a charity paid miners' widows to weave blankets, and the trade grew.")
    assert [r for r in rows if r[0] == "the early 1930s" and "grew" in r[2]]


def test_object_modifier_month_is_not_the_collecting(nlp):
    rows = _rows(nlp, "The traps are emptied twice a year, and volunteers counted the March samples only last week.")
    assert not [r for r in rows if r[0] == "March"]
    assert [r for r in rows if r[0] == "last week" and "counted" in r[2]]


def test_object_modifier_month_without_own_date(nlp):
    # near miss: with no date of its own, the verb keeps what anchoring gives it
    rows = _rows(nlp, "Volunteers counted the March samples in a lab in Tartu.")
    assert ("March", "2025-03", "Volunteers counted the samples in a lab in Tartu") in rows


SATURDAY = dt.date(2025, 6, 7)


def _told(nlp, text):
    return [(r.time_expression, r.value, r.date_basis, r.event) for r in timeline_rows(nlp, text, SATURDAY)]


def test_when_clause_date_under_a_participle_dates_the_reported_event(nlp):
    rows = _told(nlp, "Two dockers were killed and at least five injured when a crane collapsed aboard a cargo ship "
                      "being unloaded at the Port Amara terminal late on Friday, police said on Saturday.")
    assert ("Friday", "2025-06-06", "text", "Two dockers were killed") in rows
    assert not [r for r in rows if r[0] == "Saturday" and r[3] == "Two dockers were killed"]


def test_when_clause_date_under_a_noun_dates_the_reported_event(nlp):
    rows = _told(nlp, "Six passengers were hurt, one of them badly, when a footbridge gave way beneath a crowd of fans "
                      "waiting for a ferry ride to Inchmore on Friday evening, police said on Saturday.")
    assert ("Friday evening", "2025-06-06TEV", "text", "Six passengers were hurt badly") in rows


def test_relative_clause_year_in_when_clause_keeps_the_report_s_day(nlp):
    # near miss: a date of a relative clause in the "when" clause (and outside the publication days)
    rows = _told(nlp, "Six passengers were hurt, one of them badly, when a footbridge that was built in 1990 gave way "
                      "beneath a crowd of fans, police said on Saturday.")
    assert ("Saturday", "2025-06-07", "text", "Six passengers were hurt badly") in rows
