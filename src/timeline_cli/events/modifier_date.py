"""A date inside a participle that modifies the clause's object dates that phrase, not the clause
(docs/events.md, "A date in a modifier of the object"): "was at 24% of capacity, below the previous
low of 26% reached in 2024", "cancelled a contract signed in 2019". The row would tell the main
clause with the participle's year: no row (a wrong date is worse than none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def object_modifier_date(span: Span, pred: Token, tokens: list[Token], words: EventWords) -> bool:
    """The row's verb is a bare past participle ("reached", "signed", no subject or auxiliary of its
    own) after a noun that is the object of another verb or of a preposition, the date is in the
    participle's phrase, and the row's words tell the verb above that noun ("The firm cancelled a
    contract signed"); a row told as the noun ("A car stolen in Lyon") stays.
    Not an event noun: "upheld an agreement reached in 1991" is told as the agreement, dated then; not
    a preposition of the verb's scene or time ("during checks carried out last week")."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or pred.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return False
    noun = pred.head
    if noun.dep_ not in ("dobj", "pobj") or not pred.is_ancestor(span.root):
        return False
    if is_event_noun(noun, words) or noun.dep_ == "pobj" and noun.head.lower_ in words.modifier_scene_preps:
        return False  # "found during checks carried out last week": the checks' week is the finding's
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(t.i == verb.i for t in tokens)
