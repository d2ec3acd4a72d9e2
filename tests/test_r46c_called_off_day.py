"""Round 46c: a day named as the possessive of what was called off ("cancelled Saturday's meeting and
Sunday's card", "called off Sunday's marathon", said on a Saturday) is the nearer day ahead: the fixture
had not yet taken place. That day is the fixture's, not the calling off's: the cancelling is no row
dated by it (it is dated as a past event of the story, by the publication date)."""
from __future__ import annotations

import datetime

from timeline_cli import tag_dates
from timeline_rows import timeline_rows

SATURDAY = datetime.date(2025, 10, 4)


def _values(nlp, text: str, expression: str) -> set[str]:
    return {row.value for row in tag_dates([text], nlp=nlp, reference_date=SATURDAY) if row.text == expression}


def test_a_cancelled_fixture_of_tomorrow_is_ahead(nlp):
    text = ("The board cancelled Saturday's meeting at Limerick and Sunday's card at Listowel, and said "
            "no horse would run.")
    assert _values(nlp, text, "Sunday") == {"2025-10-05"}


def test_a_called_off_fixture_is_ahead(nlp):
    text = "Organisers called off Sunday's marathon because of the storm, the city said."
    assert _values(nlp, text, "Sunday") == {"2025-10-05"}


def test_the_cancelling_is_not_dated_by_the_fixture_day(nlp):
    text = ("DUBLIN, Oct. 4, 2025 (Wire) - Organisers called off Sunday's marathon because of the storm, "
            "the city said.")
    rows = timeline_rows(nlp, text, SATURDAY)
    called = [r for r in rows if "called off" in r.event]
    assert called and all(r.date != "2025-10-05" and r.date_basis == "publication" for r in called), rows


def test_a_postponed_match_keeps_its_own_row_ahead(nlp):
    text = ("LONDON, Oct. 4, 2025 (Wire) - The league postponed Monday's match between the two clubs after "
            "a water main burst under the pitch.")
    rows = timeline_rows(nlp, text, SATURDAY)
    match = [r for r in rows if r.event.startswith("Monday's match")]
    assert match and match[0].date == "2025-10-06" and match[0].status == "expected", rows


def test_a_past_perfect_calling_off_keeps_the_day_gone(nlp):
    text = "Fans had cancelled Thursday's rally before the police stepped in."
    assert _values(nlp, text, "Thursday") == {"2025-10-02"}


def test_a_fixture_played_keeps_the_day_gone(nlp):
    text = "The club won Sunday's match against the league leaders."
    assert _values(nlp, text, "Sunday") == {"2025-09-28"}
