"""A plan told with "was to" / "is to" (docs/events.md, "A plan told with was to").

"She was to be sworn in on Tuesday afternoon", "The two leaders are to meet in Geneva on Friday": the
copula with a "to" infinitive is an arrangement made beforehand, `planned`, not a happening told as
done (the seventeenth and twenty-fifth blind samples' rows given `occurred`). The parser hangs the
verb on the copula as its open complement. A subject that names an aim or a first or last act ("The
aim was to reach the summit", "His first act was to sack the coach"; the pack's `aim_nouns`, an
ordinal or a superlative) says what someone meant or did, no plan: left as it was. Nor is the
narrator's look ahead ("He was to become president in 1869", "The race was to be his last": the
pack's `destiny_verbs` and the copula itself), which tells what came to pass.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def was_to_plan(pred: Token, words: EventWords) -> bool:
    """Whether the row's verb is the "to" infinitive of a finite copula telling a plan (module doc)."""
    head = pred.head
    if pred.dep_ != "xcomp" or head.i == pred.i or head.lemma_.lower() not in words.copulas or \
            head.tag_ not in ("VBD", "VBZ", "VBP") or head.i > pred.i:
        return False
    if pred.lemma_.lower() in words.copulas or pred.lemma_.lower() in words.destiny_verbs:
        return False  # "The race was to be his last", "He was to become president in 1869": what came after
    if not any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers and c.i < pred.i for c in pred.children):
        return False
    if any(c.dep_ in ("acomp", "attr", "neg") for c in head.children):
        return False  # "was able to", "was the first to": no plan
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in words.aim_nouns:
        return False
    return not any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in words.aim_nouns
                   for c in subject.subtree if c.i != subject.i)
