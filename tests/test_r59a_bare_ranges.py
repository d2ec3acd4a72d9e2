"""Round 59a: "A to B" with no "from" before it is one span when both ends are years or both months
("the licence covers the seasons 2018 to 2023", "a loss for July to September"), not two rows of one
happening, each cut to one end. Days still need "from" (temporal/recognition.merge_ranges,
`RANGE_BARE`). Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_cli.temporal import tag
from timeline_rows import rows_by_expression

DAY = datetime.date(2026, 3, 4)


def _values(text: str) -> list[str]:
    return [e.value for e in tag(text, DAY, ranges=True)]


def test_two_years_joined_by_to_are_one_span():
    assert _values("The audit reviewed the accounts for the years 2018 to 2023.") == ["2018/2023"]


def test_two_months_joined_by_to_are_one_span():
    assert _values("The retailer posted a loss of 12 million pounds for July to September.") == ["2025-07/2025-09"]


def test_two_days_joined_by_to_stay_apart_without_from():
    assert _values("Officials moved Monday's vote to Friday.") != ["2026-03-02/2026-03-06"]


def test_a_later_year_before_an_earlier_one_is_no_span():
    assert "2024/2019" not in _values("The price of 2024 to 2019 buyers was cut.")


def test_from_a_to_b_is_unchanged():
    assert _values("The strike lasted from May to July 2025.") == ["2025-05/2025-07"]


def test_the_span_gives_one_row(nlp):
    text = ("The mining company said on Tuesday that it earned 85 million dollars for April to June, "
            "up from 60 million a year earlier.")
    found = rows_by_expression(nlp, text, DAY)
    assert "April" not in found and "June" not in found
    (row,) = found["April to June"]
    assert (row.date, row.end_date) == ("2025-04-01", "2025-06-30")


def test_a_span_of_years_dates_the_clause_once(nlp):
    found = rows_by_expression(nlp, "The bank cut 300 jobs in 2019 to 2021, the union said.", DAY)
    assert "2019" not in found and "2021" not in found
    (row,) = found["2019 to 2021"]
    assert row.value == "2019/2021" and row.event == "The bank cut 300 jobs"


def test_a_span_of_model_years_before_a_noun_gives_no_row(nlp):
    found = rows_by_expression(nlp, "The recall covers 2019 to 2021 models of the Vantor pickup.", DAY)
    assert not any("2019" in expression or "2021" in expression for expression in found)
