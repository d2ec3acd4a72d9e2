"""A saying dated by its reported clause (round 40b): a date inside the clause a reporting verb tells
dates the told event, which has its own row, not the saying ("Officers arrested nine people on
Thursday, the minister told reporters": the telling is not Thursday's). A date right after the verb
("said on Tuesday they had ...") or on the verb itself stays the saying's."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 28)


def _dated(nlp, text: str, trigger: str) -> list[str | None]:
    return [r.date for r in timeline_rows(nlp, text, REF) if r.trigger == trigger and r.date_basis == "text"]


@pytest.mark.parametrize("text, teller, told, date", [
    ("Officers arrested nine people in raids on Thursday and Friday, including a slaughterhouse owner,"
     " provincial security minister Ricardo Funes told reporters.", "tell", "arrest", "2026-03-26"),
    ("Customs agents seized 40 kilograms of cocaine at the port on Wednesday, the interior ministry told"
     " journalists.", "tell", "seize", "2026-03-25"),
])
def test_tag_after_a_dated_clause_takes_no_date(nlp, text, teller, told, date):
    assert _dated(nlp, text, teller) == []
    assert _dated(nlp, text, told) == [date]


@pytest.mark.parametrize("text, teller, date", [
    ("Police said on Tuesday they had arrested 14 people.", "say", "2026-03-24"),
    ("On Monday, the health minister said hospitals had treated 200 patients.", "say", "2026-03-23"),
    ("The company announced on Friday that it would cut 500 jobs.", "announce", "2026-03-27"),
])
def test_saying_with_its_own_date_keeps_it(nlp, text, teller, date):
    assert _dated(nlp, text, teller) == [date]
