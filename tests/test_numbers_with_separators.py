"""A time expression never starts inside a number written with a thousands separator or a decimal
point: "more than 3,300 years ago" is not "300 years ago" (the twentieth blind sample read a tomb of
3,300 years as one of 1727), and "3.5 years" holds no "5 years". Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag

SATURDAY = dt.date(2027, 2, 27)


def values(text):
    return [(e.text, e.value) for e in tag(text, SATURDAY)]


def test_a_separated_thousand_is_not_read_from_its_last_digits():
    found = values("The chapel was carved more than 3,300 years ago, the team said on Saturday.")
    assert ("300 years ago", "1727") not in found
    assert ("Saturday", "2027-02-27") in found


def test_a_decimal_is_not_read_from_its_fraction():
    assert not any(text.startswith("5 years") for text, _ in values("Prices rose 3.5 years running."))


def test_a_plain_number_of_years_ago_stays():
    assert ("300 years ago", "1727") in values("The ship sank 300 years ago.")


def test_a_year_after_a_comma_and_space_stays():
    assert ("Jan. 5, 2024", "2024-01-05") in values("The plant closed on Jan. 5, 2024.")
