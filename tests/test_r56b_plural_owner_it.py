"""Round 56b: "it" after a subject owned by a plural common noun ("The pilots' union said it would
strike next week") stands for that subject: a plural owner is no "it" (docs/events.md, "Subject
resolution"). Before, the owner made the subject unsure and the row, opening "It would ...", was left
out. A singular owner ("Acme's board said it would ...") stays unsure. Sentences are new ones of the
shape of the judged row (453-8), with near-misses."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression

DAY = datetime.date(2026, 3, 4)


def _by_expression(nlp, text: str) -> dict[str, list]:
    return rows_by_expression(nlp, text, DAY)


def test_it_after_a_plural_owners_union_is_the_union(nlp):
    rows = _by_expression(nlp, "The pilots' union said it would strike next week.")
    [row] = rows["next week"]
    assert row.event == "The pilots union would strike"
    assert row.value == "2026-W11"
    assert row.status == "expected"


def test_it_after_an_association_with_a_plural_owner(nlp):
    rows = _by_expression(nlp, "The growers' association said it had filed a complaint on Monday.")
    [row] = rows["Monday"]
    assert row.event == "The growers association had filed a complaint"
    assert row.value == "2026-03-02"


def test_it_in_the_next_sentence_after_a_plural_owners_union(nlp):
    rows = _by_expression(nlp, "The teachers' union met the minister on Monday. "
                               "It said it would ballot members in April.")
    assert [r.event for r in rows["April"]] == ["The teachers union would ballot members"]


def test_singular_owner_stays_unsure(nlp):
    rows = _by_expression(nlp, "Acme's board said it would sell the plant next week.")
    assert "next week" not in rows  # Acme's or the board's: no "It would sell" row, no guess


def test_they_is_not_read_as_it(nlp):
    rows = _by_expression(nlp, "The nurses' union said they would strike next week.")
    assert not any(r.event.startswith("The nurses union") for r in rows.get("next week", []))
