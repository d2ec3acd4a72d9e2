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

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event

WEEK = 7


def own_day(doc: Doc, event: Token, lead: Event, report: Event, rows: list[Event],
            when_words: frozenset[str], spans: dict | None = None) -> tuple[Event, str] | None:
    """The row whose date is the reported `event`'s own (see the module doc) and the basis it dates it
    by, or None when only the report dates it."""
    starts = token_starts(doc)
    inside = {t.i for t in event.subtree}
    saying = starts.get(report.trigger_start)
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is None or token.i == event.i or not _dated_occurred(row):
            continue
        if not lead.date <= row.date <= row.end_date <= lead.end_date:
            continue
        if token.i in inside and (_subject_relative(token, event) or _when_clause(token, event, when_words)):
            return row, "text"
        if saying is not None and _in_told_when_clause(token, event, saying, when_words):
            return row, "text"
    for expression, span in (spans or {}).items():
        # a date deep in the event's "when" clause that made no row of its own ("when a fire broke out
        # aboard a tanker being dismantled at the yard late on Monday": hung on the participle)
        if expression.type not in ("DATE", "TIME") or not expression.date or saying is None or \
                not lead.date <= expression.date <= (expression.end_date or expression.date) <= lead.end_date:
            continue
        if _in_when_clause(span.root, event, saying, when_words):
            return dataclasses.replace(lead, date=expression.date, end_date=expression.end_date or expression.date,
                                       value=expression.value, granularity=expression.granularity,
                                       time_expression=expression.text, start=expression.start,
                                       end=expression.end), "text"
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
    return token.dep_ == "advcl" and token.head.i == event.i and _opened_by_when(token, when_words)


def _opened_by_when(clause: Token, when_words: frozenset[str]) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in when_words for c in clause.children)


def _when_verb_between(clause: Token, event: Token, saying: Token, when_words: frozenset[str]) -> bool:
    """Whether `clause` is the verb of a "when" clause standing between the event and the report."""
    return clause.dep_ == "advcl" and _when_verb_between_any(clause, event, saying, when_words)


def _in_told_when_clause(token: Token, event: Token, saying: Token, when_words: frozenset[str]) -> bool:
    """The row's word is in a "when" clause the parser hung on the report that tells the event, the
    clause standing between the event and the report ("Eleven people were injured when a jetty collapsed
    beneath tourists waiting for a boat trip on Saturday afternoon, police said on Sunday": the clause
    tells when the injuring was, not when the police spoke), on the clause's own verb or on a phrase
    of it with no subject of its own (round 66d)."""
    clause = token
    while clause.head.i != saying.i:
        if clause.head.i == clause.i or clause.i != token.i and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                 for c in clause.children):
            return False
        if _aside_when_clause(clause, event, saying, when_words):
            return True
        clause = clause.head
    return _when_verb_between(clause, event, saying, when_words)


def _aside_when_clause(clause: Token, event: Token, saying: Token, when_words: frozenset[str]) -> bool:
    """Whether `clause` is a "when" clause the parser hung as a relative clause on the number or pronoun
    of an aside between the event and the report ("Nine people were hurt, three of them badly, when a
    stand gave way at a stadium on Friday evening, police said on Saturday": "gave way" a relative
    clause of "three"); a number or pronoun has no "when" of its own, so the clause tells when the
    event was (round 70e). Not a relative clause of a noun ("the day when ...")."""
    return clause.dep_ == "relcl" and clause.head.pos_ in ("NUM", "PRON") and \
        clause.head.head.i in (event.i, saying.i) and _when_verb_between_any(clause, event, saying, when_words)


def _when_verb_between_any(clause: Token, event: Token, saying: Token, when_words: frozenset[str]) -> bool:
    """Whether `clause` is the verb of a clause opened by "when", between the event and the report."""
    return event.i < clause.i < saying.i and clause.pos_ in ("VERB", "AUX") and _opened_by_when(clause, when_words)


def _in_when_clause(token: Token, event: Token, saying: Token, when_words: frozenset[str]) -> bool:
    """The date's word is in a "when" clause of the event (or of a conjunct of it: "were killed and nine
    injured when ...") or of the report between the two (`_in_told_when_clause`), with no subject of
    its own between it and the clause's verb (not "when a bus that left Lima on Friday crashed")."""
    clause = token
    while clause.head.i != clause.i:
        up = clause.head
        if up.i in (event.i, saying.i) or up.dep_ == "conj" and up.head.i == event.i and up.i < saying.i:
            return _when_verb_between(clause, event, saying, when_words)
        if _aside_when_clause(clause, event, saying, when_words):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.i != token.i:
            return False
        clause = up
    return False


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
