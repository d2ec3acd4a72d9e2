"""Round 46c: "from" a weekday under a modal that looks ahead ("can", "could", "may", "would") is the
coming day: what may be done from then starts ahead of the report ("staff could ask for an advance from
Friday", said on a Thursday, is the next day). A perfect modal ("could have claimed ... from Monday")
and a past clause ("took in 40 families from Monday") keep the day gone."""
from __future__ import annotations

import datetime

from timeline_cli import tag_dates

THURSDAY = datetime.date(2025, 5, 8)


def _values(nlp, text: str, expression: str) -> set[str]:
    return {row.value for row in tag_dates([text], nlp=nlp, reference_date=THURSDAY) if row.text == expression}


def test_from_a_weekday_under_could_is_the_coming_day(nlp):
    text = ("It said a correcting payment would be made by Monday, and that staff facing hardship could ask "
            "for an emergency advance of up to 2,000 dollars from Friday.")
    assert _values(nlp, text, "Friday") == {"2025-05-09"}


def test_from_a_weekday_under_can_is_the_coming_day(nlp):
    text = "Residents of the flooded streets can apply for a grant from Monday, the council said on Thursday."
    assert _values(nlp, text, "Monday") == {"2025-05-12"}


def test_a_refund_from_saturday_is_the_coming_day(nlp):
    text = "Shoppers could claim a refund at any branch from Saturday, the chain said."
    assert _values(nlp, text, "Saturday") == {"2025-05-10"}


def test_a_perfect_modal_keeps_the_day_gone(nlp):
    text = "Staff could have claimed the bonus from Monday, but few did."
    assert _values(nlp, text, "Monday") == {"2025-05-05"}


def test_a_past_clause_keeps_the_day_gone(nlp):
    text = "The shelter took in 40 families from Monday, officials said."
    assert _values(nlp, text, "Monday") == {"2025-05-05"}
