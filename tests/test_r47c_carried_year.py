"""Round 47c: a count forward from a told past date ("a month later") carries that history's year to
the next partial date of its paragraph (temporal/context.py, `_carried_year`). A count back ("from a
year earlier"), a count into a coming year and a new paragraph carry nothing."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

REF = datetime.date(2025, 3, 25)


def test_a_day_after_a_week_later_keeps_the_told_year(nlp):
    text = "The museum's director was arrested in February 2020. She was released a week later and resigned on March 12."
    assert values_of(timeline_rows(nlp, text, REF), "March 12") == {"2020-03-12"}


def test_a_month_after_two_months_later_keeps_the_told_year(nlp):
    text = "The mill was flooded in April 2017. It reopened two months later, and in September the owners sold it."
    assert values_of(timeline_rows(nlp, text, REF), "September") == {"2017-09"}


def test_a_count_back_carries_nothing(nlp):
    text = "Revenue rose 4% in March from a year earlier. On Feb. 10, the company cut 200 jobs."
    assert values_of(timeline_rows(nlp, text, REF), "Feb. 10") == {"2025-02-10"}


def test_a_count_into_a_coming_year_carries_nothing(nlp):
    text = "The bridge will close in March 2027 and reopen a month later. Tolls were raised on Jan. 5."
    assert values_of(timeline_rows(nlp, text, REF), "Jan. 5") == {"2025-01-05"}


def test_a_new_paragraph_carries_nothing(nlp):
    text = "The mine closed in May 2018 and reopened two months later.\n\nOn Jan. 3, police arrested two former managers."
    assert values_of(timeline_rows(nlp, text, REF), "Jan. 3") == {"2025-01-03"}
