"""A standing rule's hour is no day's date (round 41a; docs/events.md, "A rule's hour").

"ordered the bar to close its terrace at midnight", "a ban on terraces after midnight", "pubs must shut
at 11 p.m.", "shutting it at 10 p.m. would cost jobs": the clock time says when something is required,
allowed or would be done, day after day, not when anything happened. The tagger gives a bare clock time
the story's day, so a row from it would date a rule on the day it was reported (the ruling keeps its own
row, from its own date). Only a bare clock time is read so: "close at midnight on Friday", "at 9 a.m.
today" name their day, and a clock time on a happening told as such ("The fire broke out at 3 a.m.")
is left alone.

Round 42c adds a clock time of another period's sentence: "since the 1990s, when radar studies picked
up birds at noon", "In 2019 a fire broke out at 3 a.m.". The clock time names no day, and the only
date its sentence gives is a longer period (a decade, a year, a month), so the story's day the tagger
gives it is no day of the event: no row from it (the period keeps its own row). A clock time with a
day in its sentence ("at 9 p.m. on Saturday", "this morning at 8") or none other is left alone."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def _bare_clock(span: Span, value: str, words: EventWords) -> bool:
    """Whether the expression is a clock time alone ("midnight", "11 p.m."), no day in its words."""
    if ":" not in value.partition("T")[2]:
        return False  # "this morning", a part of a day, or no time at all
    return not any(t.pos_ in ("PROPN", "DET") or t.lower_ in words.story_day_words for t in span)


def _ruled(verb: Token, words: EventWords) -> bool:
    """Whether `verb` is what a rule requires or allows: under "must", or the infinitive (or its
    conjunct) of a verb of ordering ("ordered the club to install insulation and close ...")."""
    if any(c.dep_ == "aux" and c.lower_ in words.rule_modals for c in verb.children):
        return True
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_ in words.rule_verbs


def rule_hour(span: Span, expression, words: EventWords) -> bool:
    """Whether the expression is a rule's hour: a bare clock time on a noun of a rule ("a ban ...
    after midnight", "a 10 p.m. curfew"), on a verb a rule requires ("must close at midnight",
    "ordered it to close at midnight") or on a gerund subject of a modal ("closing it at midnight
    could cost 20 jobs")."""
    if expression.type != "TIME" or not _bare_clock(span, expression.value or "", words):
        return False
    head = span.root.head
    owner = head.head if head.pos_ == "ADP" and head.i != span.root.i else head
    if owner.pos_ == "NOUN":
        return owner.lemma_ in words.rule_nouns
    if owner.pos_ not in ("VERB", "AUX"):
        return False
    if owner.dep_ == "csubj" and owner.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in owner.head.children)
    return _ruled(owner, words)


# Granularities of a period longer than a day: a clock time in a sentence dated only by one has no day.
_LONGER = frozenset({"week", "month", "season", "quarter", "year", "decade", "century"})


def clock_of_period(span: Span, expression, spans: dict, words: EventWords) -> bool:
    """Whether the expression is a bare clock time in a sentence whose other dates are all periods
    longer than a day, at least one of them ("since the 1990s, when radar picked up birds at noon")."""
    if expression.type != "TIME" or not _bare_clock(span, expression.value or "", words):
        return False
    sent = span.sent
    others = [e for e, s in spans.items() if e is not expression and sent.start <= s.start < sent.end
              and e.type in ("DATE", "TIME")]
    return bool(others) and all(e.granularity in _LONGER for e in others)
