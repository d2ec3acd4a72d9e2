"""Round 52a: a verb given the date of another expression of its sentence (docs/events.md, "A date
kept to its own clause" and "Dated through a linked clause").

* "The league on Monday suspended a coach for six games for shoving a linesman at a cup tie in
  March": the row on the shoving is told by the suspending's clause, which has its own Monday; March
  is the shoving's, so no row gives the suspending March (own_dates.dated_host).
* "had failed to prepare the party for the election due in April": "due in April" dates the election,
  not the failing (anchor.py).
* "came less than 24 hours after the final on Saturday night": a wait of a dozen units or more may end
  on another day; the coming is not dated Saturday (linked.py).
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2026, 1, 20)


def _rows(nlp, text: str):
    return timeline_rows(nlp, text, DAY)


def test_participle_date_not_on_a_dated_clause(nlp):
    rows = _rows(nlp, "The league on Monday suspended a coach for six games for shoving a linesman at a cup tie in March.")
    assert values_of(rows, "Monday") == {"2026-01-19"}
    assert values_of(rows, "March") == set()
    rows = _rows(nlp, "The water board on Friday fined a farmer for dumping slurry into the river in August.")
    assert values_of(rows, "August") == set()
    assert any(r.time_expression == "Friday" and r.event.startswith("The water board fined a farmer") for r in rows)


def test_noun_date_in_clause_or_possessive_not_the_clauses(nlp):
    # a date inside a noun of the clause is no date of the clause: the participle's date stays
    rows = _rows(nlp, "With the finding of a rifle 11 days ago, the police say they have gathered enough evidence "
                      "in the October shooting to begin presenting a case to a grand jury next week.")
    assert values_of(rows, "next week") == {"2026-W05"}
    # a possessive date on the participle's object is the noun's: left as it was
    rows = _rows(nlp, "About $60 million streamed out last week alone, double the level of the week following "
                      "last month's credit squeeze.")
    assert values_of(rows, "last week") == {"2026-W03"}


def test_participle_date_on_an_undated_clause_kept(nlp):
    # the clause has no date of its own: it still takes the participle's (as before)
    rows = _rows(nlp, "The board would meet beginning next year.")
    assert values_of(rows, "next year") == {"2027"}
    rows = _rows(nlp, "Police arrested a man on Saturday after stopping his car on a motorway.")
    assert values_of(rows, "Saturday") == {"2026-01-17"}


def test_due_date_is_the_nouns(nlp):
    rows = _rows(nlp, "The MPs said Varga had failed to prepare the party for the election due in April "
                      "and had lost the confidence of voters.")
    assert values_of(rows, "April") == set()
    rows = _rows(nlp, "The firm has hired extra staff for the audit due in May.")
    assert values_of(rows, "May") == set()
    rows = _rows(nlp, "Critics said the minister had neglected the hospital ahead of the inspection due in March.")
    assert values_of(rows, "March") == set()


def test_due_as_a_state_kept(nlp):
    rows = _rows(nlp, "The rent is due in March.")
    assert values_of(rows, "March") == {"2026-03"}
    rows = _rows(nlp, "Residents complained that the council ignored them before the vote scheduled for November.")
    assert values_of(rows, "November") == {"2026-11"}


def test_long_wait_after_a_dated_clause(nlp):
    rows = _rows(nlp, "The minister resigned 48 hours after the newspaper published the photographs on Monday.")
    assert [r.event for r in rows if r.time_expression == "Monday"] == ["The newspaper published the photographs"]
    rows = _rows(nlp, "The announcement came less than 24 hours after the Comets beat the Dragons in the final "
                      "on Saturday night.")
    assert not any(r.event.startswith("The announcement") and r.time_expression for r in rows)


def test_short_wait_still_dates(nlp):
    rows = _rows(nlp, "The fire spread two hours after the storm hit the town on Monday.")
    assert {r.event for r in rows if r.time_expression == "Monday"} == {"The storm hit the town", "The fire spread"}
    rows = _rows(nlp, "The mayor resigned hours after the newspaper published the letters on Monday.")
    assert "The mayor resigned" in {r.event for r in rows if r.time_expression == "Monday"}
