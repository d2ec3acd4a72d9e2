"""A state's participle does not take its clause's date (round 27; docs/events.md, "A plan's date, a
date inside a noun, a conjunct's own verb"): "Ilie and Popa steered contracts to two companies
controlled by businessman Sorin Marin between 2022 and 2025": a reduced relative of a state
(`STATE_PARTICIPLES`: controlled, owned, run ...) says who the companies belong to; the date at its
end is the steering's, whose clause has no other. Alone it read "Two companies were controlled by
businessman Sorin Marin", the steering lost. A participle of a happening ("a contract signed in
2019") keeps its date (modifier_date.py), and so does a state whose clause has a date of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def state_participle_host(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int],
                          words: EventWords) -> Token | None:
    """The verb of the clause whose noun a state participle `pred` modifies, when the date ends that
    participle's phrase and the verb has no other date (module doc), or None."""
    if pred.tag_ != "VBN" or pred.dep_ != "acl" or pred.lemma_.lower() not in words.state_participles or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in pred.children):
        return None
    verb = undated_host(span, pred, timex_tokens, ("VERB",))
    return verb if verb is not None and verb.tag_ in ("VBD", "VBN") else None


def undated_host(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int],
                 host_pos: tuple[str, ...]) -> Token | None:
    """The nearest verb above `pred` (of a part of speech in `host_pos`) when the date `span` ends
    `pred`'s phrase and that verb's clause has no other date; None otherwise. The date of a state's
    participle or relative clause goes to it (here and relative_states.py)."""
    if not pred.is_ancestor(span.root) or span.end - 1 != pred.right_edge.i:
        return None
    verb = next((a for a in pred.ancestors if a.pos_ in host_pos), None)
    if verb is None:
        return None
    inside = set(range(span.start, span.end))
    if any(t.i in timex_tokens and t.i not in inside for t in verb.subtree):
        return None  # the clause has a date of its own
    return verb
