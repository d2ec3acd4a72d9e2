"""Round 53b: a thing's making told with its maker after a dated scene of the thing ("The cinema
opened on March 20, 1926. It was built by Joseph Storr, a fish merchant.") came before that scene: the
context rule gives it no date (lead.made_by, the pack's `making_verbs`). Other passives with a doer
carry the scene on as before."""
from __future__ import annotations

import datetime

from timeline_cli.lang.en.events import MAKING_VERBS
from timeline_cli.lang.fr.events import MAKING_VERBS as FR_MAKING_VERBS
from timeline_rows import timeline_rows

DAY = datetime.date(2026, 1, 23)


def _rows(nlp, text: str):
    return timeline_rows(nlp, text, DAY)


def test_making_with_its_maker_takes_no_scene_date(nlp):
    rows = _rows(nlp, "The Palace Theatre in Leeds opened on May 1, 1911. It was built by Samuel Hart, a cotton trader.")
    assert [r.event for r in rows if r.trigger == "build"] == []
    assert [(r.event, r.date) for r in rows if r.trigger == "open"] == \
        [("The Palace Theatre in Leeds opened", "1911-05-01")]


def test_making_dated_by_its_own_year_stays(nlp):
    rows = _rows(nlp, "The concert hall reopened on Friday. It was built by the city in 1931.")
    assert [(r.event, r.date, r.date_basis) for r in rows if r.trigger == "build"] == \
        [("The concert hall was built by the city", "1931-01-01", "text")]


def test_pack_words():
    assert {"build", "design", "found"} <= MAKING_VERBS
    assert FR_MAKING_VERBS == frozenset()
