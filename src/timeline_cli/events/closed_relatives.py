"""A date after the comma that closes a relative clause dates the clause around it (docs/events.md,
"Coordination", round 12).

"Divers will search the hull, which lies in 30 metres of water, on Friday": the parser may hang "on
Friday" on "lies", the verb of the relative clause set off by commas; but the comma before the date
closes that clause, so the date is the searching's. The date's phrase moves to the verb that governs
the relative clause's noun when the clause opens with a comma before it and a comma stands right
before the date's phrase.

A relative clause's date also closes it (round 40): "Delft won, beating a German eight that won the
world championship last year by three-quarters of a length": the parser hangs the margin on the
relative's "won", and the row for 'last year' read "A German eight won the world championship by
three-quarters of a length", the main clause's margin spliced onto the 2024 title. When the
relative clause, not set off by a comma, hangs on a verb's object (the clause around it goes on after it) and its date is its verb's
own bare or prepositional phrase with no other phrase of the verb before it, a prepositional phrase of that verb after the date is left out of
the row (`after_relative_date`): "A German eight won the world championship".

A comma between two dates of a list inside the clause does not close it (round 49b): "Visser, who won
the title in 2019, 2021 and 2024, led 5-4 and missed two darts" gave "Visser led 5-4" 2021; the listed
years are the titles', the leading has no date of its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_predicate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .segments import Segments


def closed_relative_host(span: Span, pred: Token, segments: Segments) -> Token | None:
    """The verb outside a comma-closed relative clause `pred` when the date follows its closing comma."""
    if pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    doc = span.doc
    opening = pred.left_edge.i - 1
    if opening < 0 or doc[opening].text != "," or not doc[opening + 1].tag_.startswith("W"):
        return None  # no comma and relative pronoun opens it ("the wreck that lies ... on Monday")
    first = span.start
    if span.root.head.dep_ == "prep" and span.root.dep_ == "pobj" and span.root.head.i < span.start:
        first = span.root.head.i
    if first - 1 <= pred.i or doc[first - 1].text != ",":
        return None  # no comma closes the clause before the date
    if span.root.dep_ == "conj" and pred.left_edge.i <= span.root.head.i < span.start and \
            pred in span.root.head.ancestors:
        return None  # a list of the clause's own dates: "who won the title in 2019, 2021 and 2024, led 5-4"
    noun = pred.head
    host = noun.head
    if noun.dep_ == "pobj" and host.dep_ == "prep":
        host = host.head
    if host.i == noun.i or not is_predicate(host) or host.pos_ not in ("VERB", "AUX") or \
            not segments.same(host, pred):
        return None
    return host


def after_relative_date(span: Span, own: Token) -> set[int]:
    """The words of the prepositional phrases after the date `span` of a relative clause `own` on an
    object: the clause around it goes on there (module doc)."""
    if own.dep_ != "relcl" or own.head.dep_ != "dobj" or own.head.head.i > own.head.i or \
            own.left_edge.i == 0 or own.doc[own.left_edge.i - 1].is_punct:
        return set()  # a relative set off by a comma ends at its own comma (closed_relative_host)
    root = span.root
    if not (root.dep_ == "npadvmod" and root.head.i == own.i or
            root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == own.i):
        return set()
    rights = [c for c in own.rights if c.dep_ == "prep"]
    if any(c.i < span.start and c.i != root.head.i for c in rights):  # not the date's own "in"
        return set()  # "a safeguard that was added in committee in November after pressure": mid-clause
    return {t.i for c in rights if c.i >= span.end for t in c.subtree}


def misread_main_verb(verb: Token) -> Token | None:
    """The noun a sentence's main verb tells, when the parser read that verb as a relative clause
    (round 58): "The chain, in which relatives ... gave to strangers instead, began on Monday" hangs
    "began" on "chain" as a relative clause whose subject is "relatives", and the row read "Relatives
    began The chain". When the noun is the sentence's root, a comma and a prepositional relative
    ("in which", "during which") follow it, and a comma closes that clause right before the verb group
    whose subject stands inside it, the verb is the main clause's and the noun is its subject."""
    head = verb.head
    if verb.dep_ != "relcl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    if head.i + 3 >= verb.i or doc[head.i + 1].text != ",":
        return None
    opener = doc[head.i + 2]
    if opener.dep_ != "prep" or opener.head.i != verb.i or \
            not any(c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") for c in opener.children):
        return None
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)])
    if doc[start - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not opener.i < subject.i < start - 1:
        return None
    return head
