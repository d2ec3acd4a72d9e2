"""One happening given two rows by the words of its own date (docs/events.md, "A day and its clock
time, a year in a name"; the thirteenth judged sample's distress call "on Monday at about 4:30 a.m."
in a Monday row and a 4:30 row, and "The budget will be delayed" dated by "the 2028 budget").

* A day and a clock time on that day, both dating one verb ("sent a distress call on Monday at about
  4:30 a.m."), are one date: the row of the clock time says it all, the day's row is that row again
  with a coarser date. Only the same trigger with the same words, a text date each.
* A bare year inside the name of a verb's subject or object ("The 2028 budget ... will now be delayed
  until next year") names which budget, season or election; beside a row of the same trigger dated
  by another expression of its sentence it is no date of the verb, only that row again. Alone it
  stays: "The 1991 agreement was that ..." is the agreement's only row, dated by its year.
* A main clause that picks one of a series ("was last hit by a major earthquake", "saw its worst
  stranding", "most severely") dated by an expression whose "when" clause tells that one ("in 1995,
  when a magnitude 8.0 quake killed three people"): the two rows of the one date are one happening,
  the "when" clause's row says what happened; the main clause's row goes (the fourteenth, fifteenth
  and sixteenth judged samples). Without such a word on the verb or its object ("was founded in
  1998, when the boom began"; "The company's first rocket broke apart ..., when a valve failed") the
  two clauses are two happenings and both rows stay; so they do when the "when" clause is a scene
  going on ("when both countries were still looking to Kariba") or not `occurred`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Event
    from .words import EventWords

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAMED = ("nsubj", "nsubjpass", "dobj")
_CLAUSES = ("VERB", "AUX")
_OBJECTS = ("dobj", "attr")


def drop_coarser_day(rows: list[Event]) -> list[Event]:
    """`rows` without a day's row beside the same trigger's row of a clock time on that day."""
    clocks = {(r.trigger_start, r.event, r.value[:10]) for r in rows
              if r.trigger_start is not None and r.date_basis == "text" and _DAY.fullmatch(r.value[:10])
              and re.fullmatch(r"T\d{2}(:\d{2})?", r.value[10:])}
    return [r for r in rows if not (r.date_basis == "text" and _DAY.fullmatch(r.value)
                                    and (r.trigger_start, r.event, r.value) in clocks)]


def drop_named_year(doc: Doc, rows: list[Event]) -> list[Event]:
    """`rows` without a row dated by a year in a name beside a row, dated by another expression, whose
    trigger is the named noun or its verb (module doc)."""
    kept = []
    for row in rows:
        span = doc.char_span(row.start, row.end, alignment_mode="expand")
        noun = _named_by_year(span) if span is not None else None
        if noun is not None:
            told = {noun.idx, noun.head.idx}
            if any(o is not row and o.start != row.start and o.trigger_start in told for o in rows):
                continue
        kept.append(row)
    return kept


def _named_by_year(span: Span) -> Token | None:
    """The noun of a verb's subject or object whose name holds `span`, a bare year ("the 2028
    budget"), or None."""
    if len(span) != 1 or not re.fullmatch(r"\d{4}", span.text):
        return None
    year, noun = span.root, span.root.head
    if year.dep_ not in ("nummod", "compound", "amod", "nmod") or noun.i < year.i:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _NAMED:
        return None
    return noun if any(c.dep_ in ("det", "poss") and c.i < year.i for c in noun.children) else None


def drop_told_by_when(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without a main clause's row that picks one of a series beside the row of its date's
    "when" clause (module doc)."""
    triggers = {}
    for row in rows:
        if row.trigger_start is not None and row.date_basis == "text":
            token = _token_at(doc, row.trigger_start)
            if token is not None:
                triggers[id(row)] = token
    dropped = set()
    for row in rows:
        main = triggers.get(id(row))
        if main is None or main.pos_ not in _CLAUSES:
            continue
        for other in rows:
            told = triggers.get(id(other))
            if other is row or told is None or (other.start, other.end) != (row.start, row.end):
                continue
            if other.status == "occurred" and not _progressive(told) and _when_clause(told, main, words) and \
                    _picks_one(main, told, row, words):
                dropped.add(id(row))
    return [r for r in rows if id(r) not in dropped]


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _progressive(verb: Token) -> bool:
    """"when both countries were still looking to Kariba": a scene going on, not the happening."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)


def _when_clause(told: Token, main: Token, words: EventWords) -> bool:
    """Whether `told` heads a "when" clause below `main`'s date: on the date's noun or on `main`."""
    if told.pos_ not in _CLAUSES or not any(c.lower_ in words.same_time_marks and c.dep_ == "advmod"
                                            for c in told.children):
        return False
    return told.dep_ in ("relcl", "advcl") and main in told.ancestors and told.i > main.i


def _picks_one(main: Token, told: Token, row: Event, words: EventWords) -> bool:
    """Whether `main` is told with a word that picks one of a series: "last" or "most" on
    the verb ("was last hit", "most severely"), or such a word or a superlative on its object ("saw
    its worst stranding"); not one on its subject ("The company's first rocket broke apart", "At
    least 11 people"), in the "when" clause `told` or in the date of `row` ("last fall")."""
    def picks(token: Token) -> bool:
        return not row.start <= token.idx < row.end and token.i not in {t.i for t in told.subtree} and \
            (token.lower_ in words.instance_selectors or token.tag_ in ("JJS", "RBS"))
    for child in main.children:
        if child.dep_ == "advmod" and (picks(child) or any(g.dep_ == "advmod" and picks(g) for g in child.children)):
            return True  # "was last hit", "most severely"
        if child.dep_ in _OBJECTS and any(g.dep_ == "amod" and picks(g) for g in child.children):
            return True  # "saw its worst mass stranding", "suffered its deadliest wildfire"
    return False
