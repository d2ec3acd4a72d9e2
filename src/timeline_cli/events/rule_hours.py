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
day in its sentence ("at 9 p.m. on Saturday", "this morning at 8") or none other is left alone.

Round 43b adds the hours of a regime that starts on a date: "the lights would be dimmed between midnight
and 5 a.m. from April", "shops will close at 8 p.m. starting Monday". The clock time recurs each day from
then on, so it is no day's date either; the regime's start keeps its own row.

Round 56c adds a weekend named without a figure in such a clause of a past period: "its peak in 2008,
when about 26,000 people came over the weekend" is that year's weekend, not the story's last one: no
row from it (2008 keeps its own)."""
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


# Granularities of a period longer than a day: a clock time in a clause dated only by one has no day.
_LONGER = frozenset({"week", "month", "season", "quarter", "year", "decade", "century"})


def _clause_verb(token):
    """The verb whose clause a token is in (up to four steps up the parse), or None."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def clock_of_period(span: Span, expression, spans: dict, words: EventWords) -> bool:
    """Whether the expression is a bare clock time of a clause that a longer period dates: the period
    on the same verb ("In 2019, a fire broke out at 3 a.m."), or the clause a "when" clause of the
    period ("since the 1990s, when radar studies picked up birds at noon"); not when a day dates the
    clause too, nor for a period of a noun ("slid by midday, the biggest drop since October 2022")."""
    if expression.type != "TIME" or not _bare_clock(span, expression.value or "", words):
        return False
    return _period_only(span, expression, spans)


def weekend_of_period(span: Span, expression, spans: dict, reference_date: str) -> bool:
    """Whether the expression is a weekend named without a figure ("over the weekend") in a clause that
    only a period wholly before the story dates ("its peak in 2008, when about 26,000 people came over
    the weekend", "In 2008, crowds came over the weekend"): that year's weekend, not the story's last
    one (round 56c). A weekend in a clause with no other date, or of a period still running ("This
    year, 11,000 came over the weekend"), is left alone."""
    if expression.type != "DATE" or not (expression.value or "").endswith("-WE") or \
            any(t.like_num for t in span):
        return False
    return _period_only(span, expression, spans, before=reference_date)


def _period_only(span: Span, expression, spans: dict, before: str | None = None) -> bool:
    """Whether the only other dates of the expression's clause are longer periods, on its verb or the
    period a "when" clause of it hangs on (and, with `before`, each wholly before that day)."""
    verb = _clause_verb(span.root)
    if verb is None:
        return False
    sent = span.sent
    longer = False
    for other, other_span in spans.items():
        if other is expression or not sent.start <= other_span.start < sent.end or other.type not in ("DATE", "TIME"):
            continue
        root = other_span.root
        on_verb = root.head.i == verb.i or root.head.dep_ == "prep" and root.head.head.i == verb.i
        if on_verb or \
                verb.dep_ in ("relcl", "advcl") and other_span.start <= verb.head.i < other_span.end:
            if other.granularity not in _LONGER:
                return False  # "on Saturday ... at 9 p.m.": the clause has its day
            if before is not None and not (other.end_date or other.date or before) < before:
                return False  # "This year, 11,000 came over the weekend": the story's own weekend
            longer = True
    return longer


def regime_hour(span: Span, expression, spans: dict, words: EventWords) -> bool:
    """Whether the expression is a bare clock time of a clause whose verb also has a regime's start,
    "from"/"starting" + a date ("would be dimmed between midnight and 5 a.m. from April"): the hours
    of each day from then on, not one day's (a clock range "between ... and ..." is tagged DATE)."""
    if expression.type not in ("TIME", "DATE") or not _bare_clock(span, expression.value or "", words):
        return False
    verb = _clause_verb(span.root)
    if verb is None:
        return False
    # on the verb, or on the clock's own words ("between 6 a.m. and 9 p.m. | from next week")
    starts = [c for t in (verb, *span) for c in t.children if c.dep_ in ("prep", "advcl")
              and c.lower_ in words.regime_start_preps and not span.start <= c.i < span.end]
    if not starts:
        return False
    for other, other_span in spans.items():
        if other is expression or other.type != "DATE" or "T" in (other.value or ""):
            continue
        root = other_span.root
        if any(root.head.i == c.i or root.i == c.i + 1 for c in starts):
            return True
    return False
