"""Round 57b: "N days later" after a month that only looks back from a day the text has told
(temporal/relative.py `h_ago`, `_day_before_flashback`) counts from that day, not from the month:
"was hurt at 3 p.m. on June 2, 2025 ... a ladder he had reported broken in March 2025 ... died
three days later" is June 5, 2025, not March 2025. Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 2, 10)

FALL = ("LEEDS, Feb. 10, 2026 (Wire) - A building firm was fined on Tuesday over a worker's death.\n\n"
        "The court heard that Peter Hale, 58, fell at about 3 p.m. on June 2, 2025, from a ladder that he "
        "had reported broken in March 2025. Hale died in hospital three days later.")


def test_days_later_after_a_look_back_month_count_from_the_day_told(nlp):
    rows = timeline_rows(nlp, FALL, REF)
    assert values_of(rows, "three days later") == {"2025-06-05"}, [(r.time_expression, r.value) for r in rows]


def test_days_later_after_a_month_with_no_day_before_it_keep_the_month(nlp):
    text = ("LEEDS, Feb. 10, 2026 (Wire) - A building firm was fined on Tuesday over a worker's death.\n\n"
            "Peter Hale, 58, was hurt in October 2025. He died in hospital three days later.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "three days later") == {"2025-10"}


def test_days_later_after_a_month_that_follows_the_day_keep_the_month(nlp):
    text = ("LEEDS, Feb. 10, 2026 (Wire) - A building firm was fined on Tuesday over a worker's death.\n\n"
            "The site opened on June 2, 2024. Peter Hale was hurt there in October 2025. He died in "
            "hospital three days later.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "three days later") == {"2025-10"}
