"""An elliptical second half that gives only a number and a date ("bought about 90 tonnes last year and
102 in 2024") tells the clause with its own number, not the first half's (issue 10; docs/events.md,
`events/clauses.py` `elliptical_conjunct`). Sentences are this project's own (no corpus text), parsed
with the real model."""
from __future__ import annotations

import pytest

from test_events import expr, rows


@pytest.mark.parametrize(("text", "second"), [
    ("The mint sold about 12,000 coins last year and 9,000 in 2022.", "The mint sold 9,000 coins"),
    ("The airline carried about 4 million passengers last year and 3.5 million in 2022.",
     "The airline carried 3.5 million passengers"),
    ("The mint sold about 12,000 coins last year and 9,000 coins in 2022.", "The mint sold 9,000 coins"),
])
def test_the_second_date_s_row_takes_its_own_number(nlp, text, second):
    found = rows(nlp, text, expr(text, "last year", "2023", "2023-01-01", "2023-12-31", granularity="year"),
                 expr(text, "2022", "2022", "2022-01-01", "2022-12-31", granularity="year"))
    assert [r.event for r in found][1:] == [second], found
