"""Round 63e: a "would have" participle told in the story's own voice (a main or a relative clause) is
a counterfactual whatever its date ("a fare rise that would have taken effect in October" is no
forecast); an affirmative "until X" on the row's verb dated X stays written ("used the island as a
fuel depot until 1991" is no use begun in 1991). Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, told_pairs

TODAY = datetime.date(2025, 5, 14)


def rows(nlp, text):
    return timeline_rows(nlp, text, TODAY)


def told(nlp, text):
    return told_pairs(nlp, text, TODAY)


def expressions(nlp, text):
    return {r.time_expression for r in rows(nlp, text)}


# --- a "would have" in the story's own voice is a counterfactual, no forecast

def test_relative_would_have_dated_ahead_is_no_row(nlp):
    found = expressions(nlp, "The transport board on Tuesday scrapped a fare increase that would have taken effect in October.")
    assert "October" not in found
    assert "Tuesday" in found


def test_conjoined_relative_would_have_is_no_row(nlp):
    text = ("The new charges, which were approved in February and would have applied from next January, "
            "were withdrawn after protests.")
    found = told(nlp, text)
    assert not any(expression == "next January" for expression, _ in found)
    assert ("February", "The new charges were approved") in found


def test_main_clause_would_have_undone_by_but_is_no_row(nlp):
    found = expressions(nlp, "A toll on the causeway would have started in August, but the minister blocked it.")
    assert "August" not in found


def test_reported_would_have_dated_ahead_stays_a_forecast(nlp):
    found = rows(nlp, "Officials said the new terminal would have been finished by 2027 under the original plan.")
    assert [r.status for r in found if r.time_expression == "2027"] == ["expected"]


def test_would_without_have_stays_a_forecast(nlp):
    found = rows(nlp, "The board said on Monday that fares would rise in 2026.")
    assert [r.status for r in found if r.time_expression == "2026"] == ["expected"]


# --- "until X" on the row's verb stays written

def test_until_year_stays_with_the_use(nlp):
    found = told(nlp, "The air force took the airfield over in 1946 and used it as a training base until 1989.")
    assert any(expression == "1989" and event.endswith("as a training base until 1989") for expression, event in found)


def test_until_year_stays_with_a_lease(nlp):
    found = told(nlp, "A shipping firm leased the hangars until 2004.")
    assert ("2004", "A shipping firm leased the hangars until 2004") in found


def test_until_year_stays_with_a_state(nlp):
    found = told(nlp, "The museum stayed open until 2019.")
    assert ("2019", "The museum stayed open until 2019") in found


def test_other_dates_are_not_kept(nlp):
    found = told(nlp, "The airfield was built in 1938.")
    assert ("1938", "The airfield was built") in found


def test_negated_until_is_unchanged(nlp):
    found = told(nlp, "The station did not reopen until 2001.")
    assert ("2001", "The station did not reopen until 2001") in found


def test_a_take_until_stays_hanging_no_row(nlp):
    found = told(nlp, "Repairs to the pier could take until the spring, the council said.")
    assert not any(event.endswith("take until the spring") for _, event in found)


def test_second_until_in_an_until_clause_is_not_kept(nlp):
    found = told(nlp, "The ferry will stay in port until the engine is repaired, possibly until the end of the month.")
    assert not any(event.endswith("possibly until the end of the month") for _, event in found)
