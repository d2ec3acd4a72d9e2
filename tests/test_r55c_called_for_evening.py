"""A day something is called, set or booked for lies ahead whatever the verb's tense (docs/dates.md):
also when the weekday is a compound of the preposition's object ("for Wednesday evening") and when
"for" hangs on the verb's object ("set the final vote for Thursday morning"). A weekday owned by a
noun ("for Saturday's victims") and a verb that sets nothing keep the past."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2026, 3, 2)  # a Monday


def test_protest_called_for_an_evening_lies_ahead(nlp):
    rows = timeline_rows(nlp, "Fans have called a protest outside the town hall for Wednesday evening.", DAY)
    assert values_of(rows, "Wednesday evening") == {"2026-03-04TEV"}


def test_strike_called_for_an_afternoon_lies_ahead(nlp):
    rows = timeline_rows(nlp, "The union has called a strike for Friday afternoon.", DAY)
    assert values_of(rows, "Friday afternoon") == {"2026-03-06TAF"}


def test_for_on_the_object_of_a_setting_verb_lies_ahead(nlp):
    rows = timeline_rows(nlp, "Organisers have set the final vote for Thursday morning.", DAY)
    assert values_of(rows, "Thursday morning") == {"2026-03-05TMO"}


def test_a_weekday_owned_by_a_noun_keeps_the_past(nlp):
    rows = timeline_rows(nlp, "The club fined the player for Saturday night's fight.", DAY)
    assert values_of(rows, "Saturday night") == {"2026-02-28TNI"}
    rows = timeline_rows(nlp, "Police called a minute's silence for Saturday's victims.", DAY)
    assert values_of(rows, "Saturday") == {"2026-02-28"}
