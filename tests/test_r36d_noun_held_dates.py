"""Round 36d: a date taken from another expression. A date a noun holds after it dates that noun, not
the clause around it: a bound after a noun ("passengers on flights after March 15 would receive
vouchers": the flights' months) gives no row for that date (`attach.noun_date_other_time`, round 35a's
possessive rule extended). A conjunct that counts its times ("and loaned him out once") or a conjoined clause with
its own subject and tense ("Prices could rise in April, and retailers said ...") does not share the
first conjunct's date (`attach.own_time`, `attach.own_tense`). docs/events.md, round 36d."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 10)


def _rows(nlp, text):
    return timeline_rows(nlp, text, REF)


def _with(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_bound_after_a_noun_dates_the_noun_only(nlp):
    for text, expression in (
            ("The airline said passengers on flights after March 15 would receive vouchers.", "March 15"),
            ("Customers with contracts after 2020 kept their old tariffs, the regulator said on Monday.", "2020")):
        assert not _with(_rows(nlp, text), expression), text
    rows = _with(_rows(nlp, "Customers with contracts after 2020 kept their old tariffs, the regulator said on "
                            "Monday."), "Monday")
    assert rows and rows[0].date == "2026-03-09" and rows[0].event.startswith("Customers with contracts kept")


def test_dates_of_the_clause_stay(nlp):
    for text, expression, date, status in (
            ("The airline will resume flights after March 15.", "March 15", "2026-03-15", "expected"),
            ("Voters backed the referendum of June 2 by a wide margin.", "June 2", "2025-06-02", "occurred"),
            ("The council approved the budget of 2025 on Tuesday.", "Tuesday", "2026-03-10", "occurred")):
        rows = _with(_rows(nlp, text), expression)
        assert rows, text
        assert rows[0].date == date and rows[0].status == status, text


def test_counted_conjunct_does_not_take_the_first_date(nlp):
    rows = _rows(nlp, "The club signed the striker in January and loaned him out once.")
    january = _with(rows, "January")
    assert len(january) == 1 and january[0].event.startswith("The club signed"), [r.event for r in january]
    rows = _with(_rows(nlp, "The club signed the striker in January and loaned him out on Friday."), "Friday")
    assert rows and rows[0].date == "2026-03-06"


def test_conjoined_clause_with_its_own_subject_and_tense_keeps_its_own_time(nlp):
    for text, expression in (
            ("Prices could rise in April, and retailers said they would cut staff.", "April"),
            ("Talks will resume on Monday, and both sides say they are hopeful.", "Monday")):
        rows = _with(_rows(nlp, text), expression)
        assert len(rows) == 1, (text, [r.event for r in rows])
    for text in ("The river burst its banks on Tuesday and hundreds of families fled their homes.",
                 "The storm hit on Tuesday and power was cut to 4,000 homes."):
        rows = _with(_rows(nlp, text), "Tuesday")
        assert len(rows) == 2 and all(r.date == "2026-03-10" for r in rows), text


def test_two_past_clauses_under_a_fronted_date_share_it(nlp):
    rows = _with(_rows(nlp, "By the end of January, most troops had left the valley and the general declared "
                            "the operation over."), "the end of January")
    assert any(r.event.startswith("The general declared") for r in rows), [r.event for r in rows]


def test_own_clause_whose_auxiliary_tells_another_tense_keeps_its_own_time(nlp):
    # the auxiliary's tense counts as before round 36d, whatever the side of the report: the rewiring
    # was going on when the story happened, not "last October"
    for text, expression in (
            ("The library had shut its reading rooms last October, and painters were repairing the ceiling.",
             "last October"),
            ("Dockers walked out at 6 a.m. on Monday, and only fresh food has been unloaded since then.",
             "6 a.m. on Monday")):
        rows = _with(_rows(nlp, text), expression)
        assert len(rows) == 1, (text, [r.event for r in rows])
