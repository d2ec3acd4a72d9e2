"""A sentence timed from another happening (round 27; docs/events.md, "A plan's date, a date inside a
noun, a conjunct's own verb"): "Volunteers carried soaked documents to freezers in the days after the
flood": "in the days after X" is a time of its own, counted from X, which the tagger leaves untagged. The
sentence is not undated, so it carries on no dated scene: a context row would put it on the day of
the scene before (the flood's own day).

Round 30: so is "the <ordinal> <unit>" ("She took the lead in the third week", "scored in the 89th
minute", "on the second day of the trial"): a time counted from the start of something the story
tells, not the day of the scene before (the race's start). Every rule that dates a row from another
sentence (scenes, mentions, the same subject) leaves such a sentence alone (`untimed_context`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Event
    from .words import EventWords


def timed_from_another(doc: Doc, bounds: tuple[int, int], words: EventWords) -> bool:
    """True when the sentence `bounds` holds "the <days|weeks|...> after/following/before <X>" or "the
    <ordinal> <day|week|...>"."""
    for token in doc[bounds[0]:bounds[1]]:
        if _ordinal_period(doc, token, bounds[0], words):
            return True
        if token.lower_ in words.relative_period_units and token.i > bounds[0] and \
                doc[token.i - 1].lower_ in words.relative_period_determiners and \
                doc[token.i + 1].lower_ in words.relative_period_preps:
            return True
    return False


def _ordinal_period(doc: Doc, token, first: int, words: EventWords) -> bool:
    """True when `token` is the unit of "the <ordinal> <unit>" ("the third week", "the final days"); an
    ordinal is a number word the tagger reads as an adjective, so "the 6 weeks that it has been
    available" (a count) is none."""
    return token.lower_ in words.ordinal_period_units and token.i > first + 1 and \
        doc[token.i - 2].lower_ in words.relative_period_determiners and \
        (doc[token.i - 1].like_num and doc[token.i - 1].pos_ == "ADJ" or doc[token.i - 1].lower_ in words.ordinal_period_words)


def untimed_context(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without the context rows of a sentence timed "the <ordinal> <unit>" (module doc): the
    sentence has a time of its own that the tagger left untagged."""
    if not words.ordinal_period_units or not any(r.date_basis == "context" for r in rows):
        return rows
    out = []
    for row in rows:
        if row.date_basis == "context":
            token = doc.char_span(row.trigger_start, row.trigger_end, alignment_mode="expand")
            if token is not None:
                sent = token[0].sent
                if any(_ordinal_period(doc, t, sent.start, words) for t in sent):
                    continue
        out.append(row)
    return out
