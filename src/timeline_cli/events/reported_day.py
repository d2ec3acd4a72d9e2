"""The day of a reported lead event when its sentence or the story gives one of its own.

`phrases.merge_reported_leads` puts the date of a report ("..., state media said on Thursday") on the
event it reports. The report's day is only the day it was told, and the text often says more:

* the reported clause dates itself through a clause of its own, a relative clause of its subject or a
  "when" clause ("A fire that swept through a factory on Wednesday night killed 14 workers, ... said
  on Thursday"; "11 people were killed when a train hit a wagon late on Friday, police said on
  Saturday"): the event took place then, when that day lies in the lead's publication interval (a
  date outside it is the subject's past: "a man who was convicted in 2019 has been freed");
* a later sentence tells the same event, the same verb about the same person or thing, dated by its
  own text to a day up to a week before the report ("An Irish university has suspended its head of
  admissions, the university said on Friday. ... The head of admissions was suspended on Thursday";
  "a girl has died, officials said on Monday. The girl died on Saturday"): that day is its day.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event

WEEK = 7


def own_day(doc: Doc, event: Token, lead: Event, report: Event, rows: list[Event],
            when_words: frozenset[str]) -> tuple[Event, str] | None:
    """The row whose date is the reported `event`'s own (see the module doc) and the basis it dates it
    by, or None when only the report dates it."""
    starts = token_starts(doc)
    inside = {t.i for t in event.subtree}
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is None or token.i == event.i or token.i not in inside or not _dated_occurred(row):
            continue
        if not lead.date <= row.date <= row.end_date <= lead.end_date:
            continue
        if _subject_relative(token, event) or _when_clause(token, event, when_words):
            return row, "text"
    earliest = (dt.date.fromisoformat(report.date) - dt.timedelta(days=WEEK)).isoformat()
    for row in sorted(rows, key=lambda r: r.trigger_start):
        token = starts.get(row.trigger_start)
        if token is None or token.sent.start <= event.sent.start or not _dated_occurred(row):
            continue
        if not _same_event(event, token):
            continue
        if earliest <= row.date and row.end_date <= report.date and row.granularity in ("day", "time"):
            return row, "context"
    return None


def _dated_occurred(row: Event) -> bool:
    return row.date_basis == "text" and row.status == "occurred" and bool(row.date) and bool(row.end_date)


def _subject_relative(token: Token, event: Token) -> bool:
    """"A fire that swept through a factory on Wednesday night killed ...": a relative clause of the
    event's subject."""
    return token.dep_ == "relcl" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.i == event.i


def _when_clause(token: Token, event: Token, when_words: frozenset[str]) -> bool:
    """"were killed when a train hit a wagon late on Friday": a "when" clause of the event."""
    return token.dep_ == "advcl" and token.head.i == event.i and \
        any(c.dep_ in ("mark", "advmod") and c.lower_ in when_words for c in token.children)


def _same_event(lead: Token, later: Token) -> bool:
    """The same verb about the same person or thing: the one it happens to (object, passive subject or
    the subject of a verb without object) is headed by the same noun, and two doers, where both verbs
    name one, are the same too ("A firm has dismissed its engineer" / "A rival firm dismissed its
    auditors" are two events)."""
    if later.lemma_.lower() != lead.lemma_.lower():
        return False
    undergoer = _nouns(lead, _undergoer_role(lead))
    if not undergoer or not undergoer & _nouns(later, _undergoer_role(later)):
        return False
    doers = [_nouns(v, ("nsubj",)) if _undergoer_role(v) == ("dobj",) else set() for v in (lead, later)]
    return not all(doers) or bool(doers[0] & doers[1])


def _undergoer_role(verb: Token) -> tuple[str, ...]:
    deps = {c.dep_ for c in verb.children}
    return ("dobj",) if "dobj" in deps else ("nsubjpass",) if "nsubjpass" in deps else ("nsubj",)


def _nouns(verb: Token, roles: tuple[str, ...]) -> set[str]:
    """The nouns (not pronouns) heading the verb's arguments in `roles`: "suspended its head of
    admissions" -> {"head"}; "The head of admissions ... was suspended" -> {"head"}."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in roles and c.pos_ in ("NOUN", "PROPN")}
