"""A relative clause of a state does not take the date after it (round 28; docs/events.md, "A
relative state's date"; the twenty-fifth blind sample's "The budget includes the fee increase" on
'later in November' for "Congress is due to vote on the budget that includes the fee increase later
in November").

A relative clause whose verb is a present-tense state (`relative_state_verbs`: includes, contains,
covers ...) says what its noun is; a date right after it, ending the clause, is the date of the verb
the noun hangs on: the vote, not the including. The parser hangs the date on the nearest verb, the
relative's. The row goes to the clause above (`relative_state_host`) when that clause has no date of
its own; otherwise the date is left where it was. A relative clause of a happening ("the train that
leaves on Friday", "the law that takes effect in May") keeps its date.

A present-tense relative clause of existence (`existence_verbs`: exists) ending in its date says which
things are meant ("it protects every job that exists today"): it gives no row
(`relative_of_existence`, round 40a), where it read "Every job exists".

A relative clause whose subject is its relative word, on a pronoun head that names no one of its own
(`relative_pronoun_heads`: everyone, anyone, those ...), holding the date, says who is meant by the
clause above: "The state will contact everyone who stayed at the campground between April 18 and May
9" is about the contacting, and "Everyone stayed at the campground" is no event
(`pronoun_relative`, round 43a). The date is the relative's, not the clause above's, so no row.
A relative on a noun ("hired a man who worked at the plant in 2019") keeps its row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .state_participles import undated_host

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def relative_state_host(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int],
                        words: EventWords) -> Token | None:
    """The verb of the clause above a present-tense state relative `pred` whose phrase ends in the
    date (module doc), or None."""
    if pred.dep_ != "relcl" or pred.tag_ not in ("VBZ", "VBP") or pred.lemma_.lower() not in words.relative_state_verbs:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in pred.children):
        return None
    return undated_host(span, pred, timex_tokens, ("VERB", "AUX"))


def relative_of_existence(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `pred` is a present-tense relative clause of existence whose phrase ends in the date
    `span` ("every job that exists today"): no event (module doc)."""
    if pred.dep_ != "relcl" or pred.tag_ not in ("VBZ", "VBP") or pred.lemma_.lower() not in words.existence_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in pred.children):
        return False
    return pred.is_ancestor(span.root) and span.end - 1 == pred.right_edge.i


def pronoun_relative(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `pred` is a relative clause on a pronoun head (`relative_pronoun_heads`) whose subject is
    the relative word and which holds the date `span` ("everyone who stayed there in May"): no event
    (module doc)."""
    if pred.dep_ != "relcl" or pred.head.lower_ not in words.relative_pronoun_heads:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in pred.children):
        return False
    return pred.left_edge.i <= span.start and span.end - 1 <= pred.right_edge.i
