"""Round 39a: a row whose subject the parse lost (docs/events.md, round 39a): a modal's clause with no
subject at all ("was told her transplant may go ahead in June" -> "May go ahead") and a relative or
wh-word left as the subject of a clause that is a preposition's object ("the second of whom arrive in
June" -> "Whom arrive", "walked through what remained of the village on Monday") give no row; the
same clauses with their subject kept still do."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 19)


def _rows(nlp, text):
    return timeline_rows(nlp, "Town news\n\nLYON, May 19, 2026 (Wire) - " + text, REF)


def _dated(nlp, text, expression):
    return [r for r in _rows(nlp, text) if r.time_expression == expression]


def _opens(rows, words):
    return [r for r in rows if r.event.lower().startswith(words)]


def _has(rows, words):
    return [r for r in rows if words in r.event.lower()]


def test_modal_without_subject_gives_no_row(nlp):
    for text, expression, opening in (
            ("Okafor, meanwhile, has been told his transplant may go ahead in June.", "June", "may "),
            ("The farmers were warned their barley could be lost in September.", "September", "could "),
            ("Residents have been assured the bridge will reopen in October.", "October", "will ")):
        assert not _opens(_dated(nlp, text, expression), opening), text


def test_modal_with_its_subject_keeps_the_row(nlp):
    for text, expression, opening in (
            ("The transplant may go ahead in June, the hospital said.", "June", "transplant may go ahead"),
            ("The council said the bridge will reopen in October.", "October", "bridge will reopen")):
        assert _has(_dated(nlp, text, expression), opening), text


def test_wh_word_subject_of_a_prepositions_clause_gives_no_row(nlp):
    for text, expression, opening in (
            ("The club will sign four new coaches from overseas, the second of whom arrive in June.", "June", "whom"),
            ("Volunteers walked through what remained of the village on Monday and cleared the roads.",
             "Monday", "what")):
        assert not _opens(_dated(nlp, text, expression), opening), text


def test_free_relative_as_subject_keeps_the_row(nlp):
    rows = _dated(nlp, "What began as a sit-in became a national strike in March.", "March")
    assert any("became" in r.event for r in rows)
