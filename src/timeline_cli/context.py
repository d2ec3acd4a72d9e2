"""Context dates: a sentence without a time expression that carries on a dated scene takes its date.

"Netanyahu apologized to Erdogan on Friday for the raid. Erdogan accepted the apology." The
acceptance happened in the scene the first sentence dates; `context_rows` gives it Friday with
`date_basis` `context`. Precision matters more than reach (a wrong date is worse than none), so the
scene carries on only when all of these hold:

* the sentence has no time expression of its own (of any type, durations included);
* the sentence right before it has a row dated by its own text (or a publication-dated lead), to a
  day or a time, with status `occurred`;
* the new predicate is a main verb of the sentence (its root or a verb coordinated with it) in the
  simple past ("accepted", "was arrested"): the present perfect, the present and the future leave
  the scene, and so does the past perfect ("had warned": before it);
* its row shares an actor with the dated row (after pronoun resolution: "He" is the same person;
  "Apple" and "Apple Computer" are one); when a paragraph break lies between the two sentences, the
  new row's subject must be that actor ("Steve Jobs gave the keynote on Monday. ⏎ He announced ...").
* its row has status `occurred` (no modal, negation, plan or report of a plan).

The row's `time_expression`, `start` and `end` are those of the expression that dates the scene.
A lead dated by the publication date (lead.py) is a scene too, carried on in the simple past or the
present perfect; such a row keeps `date_basis` `publication` and the lead row's empty span.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .lead import main_predicates, present_perfect
from .records import Event, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCENE_GRANULARITIES = {"day", "time"}


def same_actor(a: str, b: str) -> bool:
    """"Apple" and "Apple Computer", "Jobs" and "Steve Jobs": one name opens or ends the other."""
    x, y = sorted((a.casefold().split(), b.casefold().split()), key=len)
    return bool(x) and (y[:len(x)] == x or y[-len(x):] == x)


def _simple_past(verb) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ == "VBD"
    # "was arrested": a past form of "be" as the only auxiliary; "had warned", "would go" are not.
    return len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ == "VBD" and verb.tag_ == "VBN"


def _sentences(doc: "Doc", segments) -> list[tuple[int, int]]:
    out, seen = [], set()
    for token in doc:
        bounds = segments.span(token)
        if bounds is not None and bounds not in seen:
            seen.add(bounds)
            out.append(bounds)
    return out


def context_rows(doc: "Doc", rows: list[Event], segments, spans: dict, blocks: list[tuple[int, int]],
                 make_row) -> list[Event]:
    """Rows for the main predicates of undated sentences that continue the previous sentence's dated
    scene (see the module doc). `make_row(span, expression, predicate)` is events._row bound to the doc."""
    timex_tokens = {i for span in spans.values() for i in range(span.start, span.end)}
    taken = {row.trigger_start for row in rows}
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    starts = {token.idx: token for token in doc}
    for row in rows:
        token = starts.get(row.trigger_start)
        bounds = segments.span(token) if token is not None else None
        if bounds is not None and row.date_basis in ("text", "publication") and row.status == "occurred" and \
                row.granularity in SCENE_GRANULARITIES and row.date:
            by_sentence.setdefault(bounds, []).append(row)

    def block(bounds):
        idx = doc[bounds[0]].idx
        return next((i for i, (lo, hi) in enumerate(blocks) if lo <= idx < hi), None)

    out = []
    sentences = _sentences(doc, segments)
    for previous, current in zip(sentences, sentences[1:]):
        scene = by_sentence.get(previous)
        if not scene or block(current) is None:
            continue
        new_paragraph = block(previous) != block(current)
        if any(i in timex_tokens for i in range(current[0], current[1] + 1)):
            continue
        dated = scene[-1]
        expression = TimeExpression(start=dated.start, end=dated.end, text=dated.time_expression, type="DATE",
                                    value=dated.value, date=dated.date, end_date=dated.end_date,
                                    granularity=dated.granularity)
        for predicate in main_predicates(doc, current):
            if predicate.idx in taken:
                continue
            # A lead dated by the publication date (present perfect or past) is carried on by the
            # same tenses; a scene dated by the text only by the simple past.
            if not (_simple_past(predicate) or dated.date_basis == "publication" and present_perfect(predicate)):
                continue
            row = make_row(doc[predicate.i:predicate.i + 1], expression, predicate)
            if row is None or row.trigger_start in taken or row.status != "occurred" or not row.actors:
                continue
            # Across a paragraph break the scene carries on only with the same subject ("He
            # announced ..." after "Steve Jobs gave the keynote on Monday."); within one, any shared actor.
            actors = row.actors[:1] if new_paragraph else row.actors
            if not any(same_actor(a, b) for a in actors for b in dated.actors):
                continue
            taken.add(row.trigger_start)
            if dated.date_basis == "publication":
                out.append(dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start,
                                               date_basis="publication"))
            else:
                out.append(dataclasses.replace(row, date_basis="context"))
    return out
