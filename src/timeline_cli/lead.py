"""The lead rule: an article's main event is a row even when its sentence has no time expression.

News puts the main event in the first sentence of the story ("The European Commission has forced
Apple to lower its prices", "Microsoft is expanding its Kinect incubator into China") and often dates
it only by the publication date. `lead_rows` adds a row for the main predicate(s) of that sentence
when no time expression already dates them:

* the first sentence of the story: after the headline and dateline lines, the first sentence of the
  first block whose main verb has a subject and which ends in final punctuation;
* its main predicates: the sentence's root verb and the verbs coordinated with it; when the root is
  an attribution after its content ("Flooding has killed 29 people, officials said"), the content;
* dated from the publication date, the only date the text gives for it: the day itself for the present
  tense ("is expanding", "plans"), the day before to the day (an interval) for the present perfect or
  the past ("has made", "rejected"): a story published on the 9th reports what happened on the 8th or
  the 9th. A future, modal or infinitive main verb gets no row (the publication date is not its date).
* only when the publication date is known (`reference_source` option, metadata or dateline), never a
  guess from the other dates of the text or today's date.

The row's `date_basis` is `publication`, its `time_expression` empty, and `start` = `end` = the
trigger's start (an empty span: no words of the text date it). Only the first piece of a long text
has a lead (`lead=False` for the others). Nothing here is fitted to particular articles: it reads
tense and the parse only.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from .records import Event, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Reference dates an article's own publication date comes from; "inferred" (from the text's other
# dates) and "today" are guesses and date no lead.
PUBLICATION_SOURCES = {"option", "metadata", "dateline"}
FUTURE_WORDS = {"will", "shall", "'ll", "wo", "would", "may", "might", "could", "should", "must", "can", "ca"}
PRESENT_TAGS = {"VBZ", "VBP"}
FINAL = set(".!?\"'”’)")
ATTRIBUTING = {"say", "tell", "report", "announce", "add", "state"}


def publication_interval(tense: str, reference_date: str) -> tuple[str, str]:
    """The days the publication date allows for a lead in `tense` ("present" or "past")."""
    if tense == "present":
        return reference_date, reference_date
    day = dt.date.fromisoformat(reference_date)
    return (day - dt.timedelta(days=1)).isoformat(), reference_date


def tense(verb: "Token") -> str | None:
    """"present", "past" or None (future, modal, infinitive, or not a finite clause) for a main verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_WORDS for a in auxes):
        return None
    if any(a.lower_ == "going" for a in auxes) or any(a.lower_ == "to" for a in auxes):
        return None
    finite = [a for a in auxes if a.tag_ in PRESENT_TAGS | {"VBD", "MD"}]
    if finite:
        first = finite[0]
        if first.tag_ == "VBD":
            return "past"
        if first.lemma_ == "have" and verb.tag_ == "VBN":
            return "past"  # present perfect: "has made its maiden flight"
        if first.lemma_ == "have" and any(a.lemma_ == "be" and a.tag_ == "VBN" for a in auxes):
            return "past"  # "has been rejected"
        return "present" if first.tag_ in PRESENT_TAGS else None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in PRESENT_TAGS:
        return "present"
    return None


def lead_sentence(doc: "Doc", segments, story_start: int) -> tuple[int, int] | None:
    """Token bounds (first, last) of the story's first sentence, or None."""
    seen = set()
    for token in doc:
        bounds = segments.span(token)
        if bounds is None or bounds in seen:
            continue
        seen.add(bounds)
        first, last = bounds
        if doc[first].idx < story_start:
            continue
        if doc[last].text[-1:] not in FINAL:
            continue  # a headline, byline or dateline line
        if any(_main(doc[i], bounds) for i in range(first, last + 1)):
            return bounds
    return None


def _main(token: "Token", bounds: tuple[int, int]) -> bool:
    """A finite main verb with a subject, heading its sentence."""
    head_outside = token.head.i == token.i or not bounds[0] <= token.head.i <= bounds[1]
    return head_outside and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def main_predicates(doc: "Doc", bounds: tuple[int, int]) -> list["Token"]:
    """The sentence's main verb and the verbs coordinated with it (each its own event)."""
    roots = [doc[i] for i in range(bounds[0], bounds[1] + 1) if _main(doc[i], bounds)]
    if not roots:
        return []
    root = roots[0]
    if root.lemma_.lower() in ATTRIBUTING:
        # "Flooding has killed 29 people, officials said": the news is what is said, before its source.
        told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ in ("VERB", "AUX")]
        if told:
            root = told[0]
    out = [root]
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(c.dep_ == "mark" for c in child.children):
            out.append(child)
    return out


def lead_rows(doc: "Doc", rows: list[Event], segments, spans: dict, make_row, *, story_start: int,
              reference_date: str, reference_source: str) -> list[Event]:
    """Rows for the lead's main predicates that no time expression dates (see the module doc).

    `make_row(span, expression, predicate)` is events._row bound to this document."""
    if reference_source not in PUBLICATION_SOURCES:
        return []
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    taken = {row.trigger_start for row in rows}
    out = []
    for predicate in main_predicates(doc, bounds):
        if predicate.idx in taken:
            continue
        when = tense(predicate)
        if when is None:
            continue
        date, end_date = publication_interval(when, reference_date)
        expression = TimeExpression(start=predicate.idx, end=predicate.idx + len(predicate.text), text="",
                                    type="DATE", value=date if date == end_date else f"{date}/{end_date}",
                                    date=date, end_date=end_date, granularity="day")
        row = make_row(doc[predicate.i:predicate.i + 1], expression, predicate)
        if row is None or row.trigger_start in taken or row.status == "expected":
            continue
        taken.add(row.trigger_start)
        out.append(dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start,
                                       date_basis="publication"))
    return out


def present_perfect(verb: "Token") -> bool:
    """"has announced", "have agreed", "has been rejected": have (present) + past participle."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and auxes[0].lemma_ == "have" and auxes[0].tag_ in PRESENT_TAGS and verb.tag_ == "VBN"
