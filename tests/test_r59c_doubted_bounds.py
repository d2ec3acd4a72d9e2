"""Round 59c: a "before"/"until" date under a doubt keeps its preposition phrase in the description
(docs/events.md, "Negated bounds"). "The court was unlikely to hear the appeal before next year" told as
"The court was unlikely to hear the appeal" on next year says the opposite of the news; so does "had
received no complaints" on the day before which none came. Sentences are new ones of the judged shapes,
with near-misses that must not change."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression

DAY = datetime.date(2026, 3, 10)


def _told(nlp, text: str) -> dict[str, list[str]]:
    return {k: [r.event for r in v] for k, v in rows_by_expression(nlp, text, DAY).items()}


def test_unlikely_keeps_its_before_phrase(nlp):
    rows = rows_by_expression(nlp, "Engineers said the new runway was unlikely to open before the summer of 2027.", DAY)
    row, = rows["the summer of 2027"]
    assert row.event == "The new runway was unlikely to open before the summer of 2027"
    assert row.value == "2027-SU"
    # the saying's own row on the story's day keeps the bound too: "unlikely to open" alone is not the news
    said, = rows[""]
    assert said.event.endswith("was unlikely to open before the summer of 2027")


def test_unlikely_keeps_its_until_phrase(nlp):
    rows = _told(nlp, "The museum is unlikely to reopen until next spring, its director said on Friday.")
    assert rows["next spring"] == ["The museum is unlikely to reopen until next spring"]
    assert rows["Friday"][0].endswith("is unlikely to reopen until next spring")


def test_no_object_keeps_its_bound(nlp):
    rows = rows_by_expression(nlp, "The ferry operator sold no tickets before March 3.", DAY)
    row, = rows["March 3"]
    assert row.event == "The ferry operator sold no tickets before March 3"
    assert row.status == "negated"
    assert _told(nlp, "The clinic reported no new cases until the end of April.")["the end of April"] == [
        "The clinic reported no new cases until the end of April"]


def test_likely_and_plain_objects_and_other_bounds_unchanged(nlp):
    assert _told(nlp, "Officials are likely to finish the bridge before 2028.")["2028"] == [
        "Officials are likely to finish the bridge"]
    assert _told(nlp, "The clinic reported two new cases before the end of April.")["the end of April"] == [
        "The clinic reported two new cases"]
    assert _told(nlp, "The ferry operator sold no tickets after March 3.")["March 3"] == [
        "The ferry operator sold no tickets"]


def test_plain_negation_still_keeps_its_bound(nlp):
    assert _told(nlp, "The school will not reopen until next month.")["next month"] == [
        "The school will not reopen until next month"]
