"""Round 55d: a he/she after another person named in the reported clause is left as it is
(docs/events.md, "Subject resolution"; events/actors._named_after_verb).

"Inspector Robin Hale found that the landlord had evicted Alex Moreno ..., and that he had slept in his
car until June": the subject's gender is not told and another person stands between the finding and
"he": the row keeps "He", not "Robin Hale". "Jordan Blake said in March that he would step down" and a
person named before the verb ("Jordan Blake, who had met Sam Rivers, said ...") keep the subject.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 9, 3)


def _row(nlp, sentence: str, expression: str):
    rows = timeline_rows(nlp, f"Headline here\n\nLEEDS, Sept. 3, 2025 (Wire) - {sentence}", DAY)
    return next(r for r in rows if r.time_expression == expression)


def test_person_between_verb_and_pronoun_leaves_he(nlp):
    row = _row(nlp, "Inspector Robin Hale found that the landlord had evicted Alex Moreno without notice, and "
                    "that he had slept in his car until June.", "June")
    assert row.event.startswith("He had slept")
    assert "Robin Hale" not in row.actors


def test_no_other_person_keeps_the_subject(nlp):
    row = _row(nlp, "Jordan Blake said in March that he would step down at the end of the season.", "March")
    assert row.event.startswith("Jordan Blake said that he would step down")


def test_person_before_the_verb_keeps_the_subject(nlp):
    row = _row(nlp, "Jordan Blake, who had met Sam Rivers on Monday, said in March that he would step down.", "March")
    assert row.event.startswith("Jordan Blake said")
    assert row.actors[0] == "Jordan Blake"
