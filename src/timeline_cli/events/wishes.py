"""Hopes, wishes and "is due to" plans given their status (docs/events.md, "Hopes and plans").

"Kessel said she hoped to reach a deal before the end of the year": the deal is hoped for, `expected`,
never `occurred` (the past tense is the hoping's). "She is due to land at about 6 p.m. on Saturday":
a plan, `planned`, though the parser often reads "land" as a noun after the preposition "to", so the
control-verb chain (anchor.py `controlled`) never sees it. "The delay is due to the weather" (a noun
phrase after "to") is a cause and keeps the status it had.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .words import EventWords

if TYPE_CHECKING:
    from spacy.tokens import Token


def wish_status(pred: Token, chain: list[Token], words: EventWords) -> str | None:
    """`expected` for what a hope or wish takes, `planned` for "be due to" + a verb; else None."""
    verbs = [*chain, pred]
    if pred.dep_ in ("xcomp", "ccomp") and pred.head.i != pred.i:
        verbs.append(pred.head)  # "hoped to reach": the row's verb may be "reach"
    governing = _governing_verb(pred)
    if governing is not None and governing.dep_ == "xcomp" and governing.head.i != governing.i:
        verbs.append(governing.head)  # "hoped to attempt a chain of 15 operations": the row's noun
    for verb in verbs:
        if verb.lower_ in words.wishing_forms and verb.pos_ in ("VERB", "AUX") and _takes_infinitive(verb, words):
            return "expected"
    for verb in verbs:
        if verb.lemma_ in words.copulas and verb.tag_ in ("VBZ", "VBP"):
            for child in verb.children:
                if child.dep_ == "acomp" and words.control_verbs.get(child.lemma_.lower()) == "planned" \
                        and _due_to_verb(child, words):
                    return "planned"  # "is due to land", "are due to meet"
    return None


def _governing_verb(pred: Token) -> Token | None:
    """The verb whose object holds the row's noun (round 58c): "attempt" for "operations" in "hoped to
    attempt a chain of up to 15 operations later this year", through at most two object/preposition
    links, so the hope that governs that verb also governs the noun's row. None for a verb row."""
    if pred.pos_ not in ("NOUN", "PROPN"):
        return None
    token = pred
    for _ in range(4):  # noun -pobj-> prep -prep-> noun -dobj-> verb
        if token.dep_ not in ("pobj", "prep", "dobj") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token if token.i < pred.i else None
    return None


def _takes_infinitive(verb: Token, words: EventWords) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ in words.infinitive_markers
                                                     for g in c.children) for c in verb.children)


def _due_to_verb(adjective: Token, words: EventWords) -> bool:
    """Whether the adjective ("due") is followed by "to" and a bare verb, not a noun phrase."""
    doc = adjective.doc
    if adjective.i + 2 >= len(doc) or doc[adjective.i + 1].lower_ not in words.infinitive_markers:
        return False
    after = doc[adjective.i + 2]
    if after.lower_ in words.phrase_openers or after.pos_ in ("PROPN", "NUM", "DET", "PRON", "ADJ"):
        return False
    return after.tag_ in ("VB", "NN") and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                                                  for c in after.children)
