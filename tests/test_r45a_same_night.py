"""Round 45a: "the same night" (or evening) is the night of the day the story told, not of the
publication day that a later sentence named for a state of affairs: "On Wednesday a ferry struck a boat
... The captain was still being questioned on Saturday ... The company suspended crossings the same
night", published on Saturday, is Wednesday night. The publication day stays when it is named in the
same sentence, when no earlier day was told, and for "the same day" (a past day of the report is often
the day itself)."""
from __future__ import annotations

import datetime

from timeline_cli import tag_dates
from timeline_rows import timeline_rows, values_of

SATURDAY = datetime.date(2026, 3, 14)
THURSDAY = datetime.date(2026, 3, 12)


def test_the_same_night_after_a_publication_day_state_is_the_told_day(nlp):
    text = ("On Wednesday, a ferry struck a fishing boat in the harbour, injuring three crew members. "
            "The captain was still being questioned by police on Saturday, his lawyer said. The company "
            "suspended all crossings the same night and said on Thursday they would resume next week.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert values_of(rows, "the same night") == {"2026-03-11TNI"}, rows
    assert any(r.time_expression == "the same night" and "suspended all crossings" in r.event for r in rows), rows


def test_the_same_evening_after_a_publication_day_state_is_the_told_day(nlp):
    text = ("On Monday, floodwater broke through a levee south of the town. Some 200 residents remained in "
            "shelters on Thursday, officials said. Engineers closed the river road the same evening.")
    rows = timeline_rows(nlp, text, THURSDAY)
    assert values_of(rows, "the same evening") == {"2026-03-09TEV"}, rows


def test_the_same_night_after_another_past_day_is_unchanged(nlp):
    text = ("On Tuesday, a gas leak forced the evacuation of a school. On Thursday, the mayor visited the "
            "site. Crews sealed the pipe the same night.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert values_of(rows, "the same night") == {"2026-03-12TNI"}, rows


def test_the_publication_day_in_the_same_sentence_is_kept(nlp):
    text = ("On Wednesday, fans clashed outside the stadium. Police arrested the club's captain on "
            "Saturday and released him the same night.")
    assert _tagged(nlp, text, "the same night", SATURDAY) == {"2026-03-14TNI"}


def test_no_earlier_day_keeps_the_publication_day(nlp):
    text = "Dock workers were still on strike on Saturday. Managers locked the gates the same night."
    assert _tagged(nlp, text, "the same night", SATURDAY) == {"2026-03-14TNI"}


def test_the_same_day_is_unchanged(nlp):
    text = ("On Wednesday, a tanker ran aground off the cape. The harbour master reached the scene on "
            "Saturday. Divers inspected the hull the same day.")
    assert _tagged(nlp, text, "the same day", SATURDAY) == {"2026-03-14"}


def _tagged(nlp, text: str, expression: str, ref: datetime.date) -> set[str]:
    return {row.value for row in tag_dates([text], nlp=nlp, reference_date=ref) if row.text == expression}
