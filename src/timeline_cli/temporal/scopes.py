"""A superlative's scope is no date (docs/dates.md, round 73f): "its coldest weather of the winter", "the
busiest holiday weekend of the summer", "the top eight teams of the year", "the first bus of the day"
name the stretch a ranking is counted over, not when anything happens; a row given "the winter" or "the
year" from them puts the bracing, the walk-off or the ranking's rule on a season or year the story never
meant. For timelines (tag(ranges=True)) such a bare "the winter", "the year" loses its time expression.
Kept: "the first quarter of the year" (a tagged span of its own), "the first week of the summer" (an
ordinal of a unit of time: that week), "the first snow of the winter" (an ordinal of a thing: this
winter's), "the end of the year", and the scope of a past happening ("a fault shut down the system on
one of the busiest weekends of the year": it happened within it)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import TimeExpression
    from .words import TemporalWords


def superlative_scopes(text: str, expressions: list[TimeExpression], doc: Doc | None,
                       words: TemporalWords) -> list[TimeExpression]:
    """`expressions` without each bare "the year", "the summer", "the day" (words.scope_object) that is
    the object of an "of" on a noun ranked by a superlative or "top" ("coldest weather of the winter",
    "top eight teams of the year"), or ranked by an ordinal (words.scope_ranks) when the noun is no unit
    of time and the object is "the day" ("the first bus of the day")."""
    if doc is None:
        return expressions
    out = []
    for e in expressions:
        if e.type == "DATE" and words.scope_object.fullmatch(e.text) and words.scope_of_before.search(text, 0, e.start) \
                and _ranked_scope(doc, e, words):
            continue
        out.append(e)
    return out


def _ranked_scope(doc: Doc, e: TimeExpression, words: TemporalWords) -> bool:
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    of = doc[span.start - 1]
    noun = of.head
    if of.lower_ != "of" or span.root.head.i != of.i or noun.i == of.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ == "VBD" and verb.pos_ == "VERB":
        return False  # "a fault shut down the system on one of the busiest weekends of the year": a past
        # happening inside the ranked stretch, which holds it (a coarse date, but true)
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod", "nummod", "compound") and c.i < noun.i]
    mods += [g for c in mods for g in c.children if g.dep_ == "advmod"]  # "most" in "the most visited"
    if any(m.tag_ == "JJS" or m.lower_ in words.scope_superlatives for m in mods):
        return True
    return span.root.lower_ == "day" and noun.lemma_.lower() not in words.scope_units and \
        any(m.lower_ in words.scope_ranks for m in mods)
