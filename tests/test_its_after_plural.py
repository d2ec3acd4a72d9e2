""""its" in an object whose own clause has a plural common-noun subject (issue 10, item 3; docs/events.md
"Subject resolution"): the singular subject before it, as for a subject "it". Sentences are this
project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_its_is_the_thing_of_the_clause_before(nlp):
    text = ("The bridge had been closing early since May, and engineers lowered its weight limit on Monday "
            "after a crack was found.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"))
    assert any(r.event.startswith("Engineers lowered the bridge's weight limit") for r in found), \
        [r.event for r in found]


def test_its_is_the_subject_of_the_sentence_before(nlp):
    text = "The probe reached orbit in March. Controllers lost its signal on Sunday night, the agency said."
    found = rows(nlp, text, expr(text, "Sunday night", "2024-06-23TNI", "2024-06-23", "2024-06-23",
                                 type="TIME", granularity="part-of-day"))
    assert any(r.event.startswith("Controllers lost the probe's signal") for r in found), [r.event for r in found]


def test_its_stays_after_a_person_or_with_a_singular_subject_of_its_own(nlp):
    text = "The minister toured the plant in May. Engineers showed its turbines on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"))
    assert any(r.event.startswith("Engineers showed its turbines") for r in found), [r.event for r in found]
    text = "The volcano erupted in May. The government will decide on Monday whether to move the farms on its slopes."
    found = rows(nlp, text, expr(text, "Monday", "2024-07-01", "2024-07-01", "2024-07-01"))
    assert not any("volcano's slopes" in r.event for r in found), [r.event for r in found]
