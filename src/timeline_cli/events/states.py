"""Rows that tell no happening of their date (docs/events.md, "A state from another clause, a
duration cut"):

* A present state in a conjunct, dated by the other conjunct's expression: "SpaceX has launched more
  than 8,000 satellites since 2019 and has millions of customers" gave "SpaceX has millions of
  customers", 2019. A row whose verb is a present-tense state verb (`state_lemmas`: "have", "be" as
  main verbs) and whose time expression is outside the verb's own phrase is left out.
* A verb whose duration was cut out with the time expressions: "The last major strike, in 2018,
  lasted three weeks" gave "The last major strike lasted" (the 2018 row keeps "led to fuel shortages").
  A row whose description ends on its verb while a DURATION expression hangs on that verb says
  nothing of what happened: left out.
* A state in a "when" clause hung on a date whose own predicate is dated too ("The first mill was
  built in 1802, when the town was part of the Kingdom of Bohemia"): the state (a verb of
  `state_lemmas` with no passive: "was part of", "had 200 staff") is no happening of 1802; the
  main clause's row stays (`when_state`, the thirteenth judged sample's "The area was part of the
  Austrian Empire").
* An age ("The children, aged between six and 11, developed ... on Wednesday evening", "a man aged
  34"): a verb of age (`age_verbs`) with a number for its measure tells how old someone is, no
  happening of the row's date; told alone it reads "The children were aged between six and 11": no
  row (`age_state`, the seventeenth judged sample's rows 58 and 59). A verb of age with an object or
  a place ("whisky aged in oak casks") is left as it is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords

_PRESENT = ("VBZ", "VBP")


def drop_stateless(doc: Doc, rows: list[Event], spans: dict, words: EventWords) -> list[Event]:
    """`rows` without a conjunct's present state dated from elsewhere or a verb whose duration was cut."""
    if not words.state_lemmas:
        return rows
    starts = token_starts(doc)
    durations = {i for expression, span in spans.items() if expression.type == "DURATION"
                 for i in range(span.start, span.end)}
    out = []
    for row in rows:
        verb = starts.get(row.trigger_start)
        if verb is not None and (_state_elsewhere(verb, row, words) or _duration_cut(verb, row, durations)):
            continue
        out.append(row)
    return out


def _state_elsewhere(verb: Token, row: Event, words: EventWords) -> bool:
    if verb.tag_ not in _PRESENT or verb.lemma_.lower() not in words.state_lemmas or verb.dep_ != "conj":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    left, right = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    return not (left <= row.start < right)


def _duration_cut(verb: Token, row: Event, durations: set[int]) -> bool:
    # only a row dated by another expression of its sentence: a count from a date ("four years before
    # he died", `context`) is the row's own date, not a measure cut from it
    words = row.event.rstrip(" .").split()
    return row.date_basis == "text" and bool(words) and words[-1] == verb.text and any(
        c.i in durations and c.dep_ in ("npadvmod", "dobj", "obj", "advmod") for c in verb.children)


def when_state(pred: Token, words: EventWords) -> bool:
    """Whether `pred`, a "when" clause given the row of a date that its host predicate also takes,
    is a state (module doc)."""
    return pred.lemma_.lower() in words.state_lemmas and \
        not any(c.dep_ in ("auxpass", "xcomp", "ccomp") for c in pred.children)


def age_state(pred: Token, dated: range, words: EventWords) -> bool:
    """Whether `pred` is a verb of age measured by a number (module doc): "aged 34", "aged between six
    and 11", "aged from 2 to 5"; not by the row's own date (token indexes `dated`: "aged ... in 2010")."""
    if pred.lemma_.lower() not in words.age_verbs and pred.lower_ not in words.age_verbs:
        return False
    for child in pred.children:
        if child.i in dated:
            continue
        if child.tag_ == "CD" and child.dep_ in ("npadvmod", "dobj", "nummod", "attr", "oprd"):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ == "CD" and g.i not in dated for g in child.children):
            return True
    return False
