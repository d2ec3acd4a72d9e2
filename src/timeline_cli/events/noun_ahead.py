"""A date ahead on an event noun, told by the past verb the noun hangs on (round 24; docs/events.md,
"A date on a noun of a past request"): "the union had asked for talks next week", "called for
negotiations next month". The date is the talks', which lie ahead; the asking is done. The row,
told as the asking ("The union had asked for talks") and dated next week, would put a past act in
the future: it is left out (a missing row is better than a wrong one). Not "summoned both sides to
talks on Thursday": told as the summons to that day's talks, `expected`, the row stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def _past(verb: Token, words: EventWords) -> bool:
    """A simple past ("asked") or a past perfect ("had asked")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in words.past_perfect_aux for c in verb.children)


def drop_past_verb_noun_ahead(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without those whose trigger is the object of a "for" (`request_preps`) of a past verb the row tells,
    dated after the reference date (see the module doc)."""
    starts = None
    kept = []
    for row in rows:
        if row.date and row.reference_date and row.date > row.reference_date and row.status != "planned" \
                and row.date_basis == "text":
            starts = starts or token_starts(doc)
            noun = starts.get(row.trigger_start)
            if noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
                    noun.head.lower_ in words.request_preps:
                verb = noun.head.head
                if verb.pos_ == "VERB" and _past(verb, words) and verb.text in row.event.split():
                    continue
        kept.append(row)
    return kept
