"""One happening, one row: a state dated by its start beside the start itself (docs/events.md, "The
same happening once").

"Sweden beat a record that had stood since 1947. The old record was set in June 1947": "had stood since
1947" only restates, as a lasting state, the setting that another row dates inside 1947. A row of a
verb of lasting ("stand", "last", "remain") whose date is the object of "since" goes when another row of
the document is dated within that date and tells of the same thing (its subject has the same head
noun). Without such a row the state's row stays: it is then the only record of its start.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords


def fold_standing(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    if not words.lasting_verbs or len(rows) < 2:
        return rows
    subjects = {id(row): _subject_lemma(doc, row) for row in rows}
    out = []
    for row in rows:
        lemma = subjects[id(row)]
        if lemma and row.trigger in words.lasting_verbs and _since_date(doc, row, words) and any(
                other is not row and subjects[id(other)] == lemma and other.trigger not in words.lasting_verbs
                and other.date and row.date and row.date <= other.date
                and (other.end_date or other.date) <= (row.end_date or row.date)
                for other in rows):
            continue
        out.append(row)
    return out


def _since_date(doc: Doc, row: Event, words: EventWords) -> bool:
    span = doc.char_span(row.start, row.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in words.since_preps


def _subject_lemma(doc: Doc, row: Event) -> str | None:
    """The head noun of the subject of the row's trigger; a relative clause's is its antecedent's."""
    span = doc.char_span(row.trigger_start, row.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    verb: Token = span.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
        subject = verb.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return subject.lemma_.lower()
