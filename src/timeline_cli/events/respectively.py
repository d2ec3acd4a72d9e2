"""Dates shared out by "respectively" (docs/events.md, round 18's "... 'respectively'" section; the
fourteenth blind sample's "Lionel Messi and Cristiano Ronaldo received suspended sentences in Spain
respectively", once with 2016 and once with 2019).

"Smith and Jones won silver medals, in 2019 and 2022 respectively" gives each date to one member of
the subject (Smith 2019, Jones 2022). A row on the clause with one of the dates gives both members
that date: wrong for one of them. Splitting the clause per member would need the members matched to
the dates; the clause gives no row instead.

A count of happenings shares its dates out the same way: "The talks had collapsed twice, first in
December over a tax on bank profits and again in February" told on December as "The talks had
collapsed again twice over a tax ..." runs the two collapses into one. When the verb of the row
carries a count ("twice", "three times") and two or more of the verb's phrases after the count hold
a date, each date's row is the verb alone ("The talks had collapsed", December; and February): the
count and the listed phrases (with their "first", "again", "then") are left out. A count with one
date ("was shut twice in 2019") is left as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import expression_tokens, has_any_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def _coordinated(token: Token) -> bool:
    """A date in a coordination of dates: "in 2019 and 2022", "in March and June"."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def shared_out(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the time expression `span` is one of a coordination of dates that "respectively" on the
    row's verb `pred` shares out among the members of a list (module doc)."""
    if not has_any_word(pred.doc, words.distributive_adverbs):
        return False  # (most docs: no need to walk the verb's subtree)
    if not any(c.lower_ in words.distributive_adverbs for c in pred.children) and \
            not any(t.lower_ in words.distributive_adverbs and t.head.i in {a.i for a in span.root.ancestors}
                    for t in pred.subtree):
        return False
    root = span.root
    return _coordinated(root) or root.dep_ == "pobj" and _coordinated(root.head)


def _count_word(verb: Token, words: EventWords) -> Token | None:
    """The verb's count of happenings: "twice", or "times" with its number ("three times")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words.repeat_counts:
            return child
        if child.dep_ == "npadvmod" and child.lower_ in words.repeat_count_nouns and \
                any(c.dep_ == "nummod" for c in child.children):
            return child
    return None


def counted_listing(verb: Token, spans: dict, words: EventWords) -> set[int]:
    """The words of a listing of dated happenings after the count on `verb` ("twice, first in December
    ... and again in February"), to leave out of each date's row; empty when the verb has no count
    or fewer than two dated phrases follow it (module doc). `spans`: the time expressions' spans."""
    count = _count_word(verb, words)
    if count is None:
        return set()
    timed = expression_tokens(spans)  # (only for a verb with a count: most rows stop above)
    listed = [c for c in verb.children if c.i > count.i and c.dep_ in ("prep", "advmod", "npadvmod", "cc")]
    dated = 0
    for child in listed:
        if child.dep_ == "prep":
            # a prepositional phrase, with the phrases conjoined to it ("in May and in July")
            heads = [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")]
            dated += sum(1 for h in heads if any(t.i in timed for t in h.subtree))
    if dated < 2:
        return _latest_of_count(count, listed, timed, words)
    drop = {t.i for t in count.subtree}
    for child in listed:
        drop |= {t.i for t in child.subtree}
    if count.i + 1 < len(count.doc) and count.doc[count.i + 1].text == ",":
        drop.add(count.i + 1)
    return drop


def _latest_of_count(count: Token, listed: list[Token], timed: set[int], words: EventWords) -> set[int]:
    """The count and its "most recently" ("three times, most recently in 2011", "five times, last in
    March", "four times, the latest in 2021"): the date after it is the last happening's only, so its
    row leaves the count out ("The Pilots won the national championship", 2011), never "won the
    championship three times" in 2011 (module doc). Empty when no such word follows the count."""
    for child in listed:
        first = child.left_edge
        if first.i <= count.right_edge.i:
            continue
        marker = next((t for t in child.doc[first.i:first.i + 2] if t.lower_ in words.latest_instance_words
                       and not (t.i in timed and t.i + 1 in timed)), None)  # not "since last spring"
        if marker is None:
            continue
        if not any(t.i in timed for c in listed if c.i >= first.i for t in c.subtree) or \
                any(i in timed for i in range(count.right_edge.i + 1, first.i)):
            return set()  # "three times since 2000, the latest in 2021": the count's own date stays
        drop = {t.i for t in count.subtree} | set(range(first.i, marker.i + 1))  # "most recently", "the latest"
        comma = count.doc[count.right_edge.i + 1] if count.right_edge.i + 1 < len(count.doc) else None
        if comma is not None and comma.text == ",":
            drop.add(comma.i)
        return drop
    return set()
