"""Round 53b: a later conjunct that is a saying with a subject of its own does not take the date of an
earlier conjunct that is no saying ("Engineers found in September that the trusses had corroded, and
the council's own report said repairs would cost 14 million euros": the finding's September, not the
report's; anchor.sharing_conjuncts). A subjectless saying ("cut 500 jobs on Monday and said ...") and
two deeds ("flooded 300 homes on Tuesday, and the fire brigade rescued 40 people") still share it."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 1, 23)
OPENING = "The velodrome in Ghent will close next month. "


def _rows(nlp, text: str):
    return timeline_rows(nlp, OPENING + text, DAY)


def _dated(rows, trigger: str) -> list[tuple[str, str]]:
    return [(r.time_expression, r.date) for r in rows if r.trigger == trigger and r.date_basis == "text"]


def test_saying_with_its_own_subject_keeps_no_date(nlp):
    rows = _rows(nlp, "Inspectors found cracks in the dam wall in March, and the water authority said the "
                      "reservoir would be drained.")
    assert _dated(rows, "find") == [("March", "2025-03-01")]
    assert _dated(rows, "say") == []


def test_subjectless_saying_shares_the_date(nlp):
    rows = _rows(nlp, "The company cut 500 jobs on Monday and said it would close two plants.")
    assert _dated(rows, "say") == [("Monday", "2026-01-19")]


def test_two_deeds_share_the_date(nlp):
    rows = _rows(nlp, "The storm flooded 300 homes on Tuesday, and the fire brigade rescued 40 people.")
    assert _dated(rows, "rescue") == [("Tuesday", "2026-01-20")]


def test_passive_telling_shares_the_date(nlp):
    rows = _rows(nlp, "Clinics in several towns ran out of vaccine in July, and some patients who were bitten "
                      "were told to come back later.")
    assert _dated(rows, "tell") == [("July", "2025-07-01")]


def test_fronted_date_sets_the_scene_for_the_saying(nlp):
    rows = _rows(nlp, "In 2024, protesters took to the streets for 10 days, and rights groups said more than a "
                      "dozen people were killed.")
    assert _dated(rows, "say") == [("2024", "2024-01-01")]


def test_the_same_doer_named_again_shares_the_date(nlp):
    rows = _rows(nlp, "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an economic "
                      "cooperation plan on Friday, and Yeltsin claimed they resolved even more nagging problems.")
    assert _dated(rows, "claim") == [("Friday", "2026-01-23")]


def test_a_day_may_be_the_sayings_too(nlp):
    rows = _rows(nlp, "Two container ships were waiting at anchor off the coast on Thursday afternoon, and one "
                      "shipping line said it would divert a vessel to Rotterdam.")
    assert [r.time_expression for r in rows if r.trigger == "say"] == ["Thursday afternoon"]
