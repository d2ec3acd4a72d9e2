"""A thing moved to a new date is not done on that date (docs/events.md, "The date goes on the event it
modifies"): "Immigration officials postponed until Tuesday morning any action on revoking ...", "The
judge adjourned the trial to March 3". The date after "until"/"to" is the postponed thing's; the
postponing, told in the past, happened by the time the story was written. Such a row keeps its words
and is dated as the lead rule dates a past event without a date of its own (the day before the
publication date to that day, `date_basis` publication); with no publication date to go by it is no
row, since its only date would be wrong. A new date already past ("the launch was delayed until June
3" in a July story) is left alone: the thing may well have happened then."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .lead import PUBLICATION_SOURCES, publication_interval, tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import Event, TimeExpression
    from .words import EventWords


def moved_to(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the time expression is the new date of a verb of postponing in the past ("postponed
    ... until Tuesday")."""
    if pred.lemma_.lower() not in words.postponing | words.suspending or tense(pred, words) != "past":
        return False
    marker = span.root.head
    return span.root.dep_ == "pobj" and marker.dep_ == "prep" and marker.head.i == pred.i and \
        marker.lower_ in words.new_date_preps


def postponed_row(row: Event, expression: TimeExpression, reference_date: str,
                  reference_source: str) -> Event | None:
    """`row` dated by the publication date instead of the new date it names (see the module doc)."""
    if not expression.date or expression.date <= reference_date[:len(expression.date)]:
        return row
    if reference_source not in PUBLICATION_SOURCES:
        return None
    start, end = publication_interval("past", reference_date[:10])
    return dataclasses.replace(row, date=start, end_date=end, value=f"{start}/{end}", granularity="day",
                               time_expression="", start=row.trigger_start, end=row.trigger_start,
                               status="occurred", date_basis="publication")


def moved_thing_row(row: Event, span: Span, pred: Token, expression: TimeExpression,
                    words: EventWords) -> Event | None:
    """The postponed thing on its new date, `planned`: "postponed until Tuesday morning any action on
    revoking ..." gives "Any action on revoking ..." on Tuesday morning, beside the postponing's own
    row. The thing is the verb's object, or the subject of a passive ("the vote was postponed until
    Tuesday"), told as set for the new date in the pack's words (`rescheduled`: "Any action on
    revoking ... is now set for Tuesday morning"); a pronoun names nothing and gives no row. A thing suspended until a date ("suspended
    elective surgery until Wednesday") resumes then: no row of its own."""
    if pred.lemma_.lower() not in words.postponing or not words.rescheduled:
        return None
    thing = next((c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    # the new date's phrase, and a clause set off by a comma ("..., which would allow ...") go
    left_out = {t.i for t in span.root.head.subtree} | {t.i for c in thing.subtree if c.dep_ in ("relcl", "acl")
                                                          and c.doc[c.left_edge.i - 1].text == ","
                                                          for t in c.subtree}
    kept = [t for t in thing.subtree if t.i not in left_out]
    text = "".join(t.text_with_ws for t in kept).strip(" ,;")
    if not text:
        return None
    # a noun phrase alone reads as a fragment: say that the thing is now due then, in the pack's words
    singular, plural = words.rescheduled
    text = f"{text[0].upper() + text[1:]} {plural if thing.tag_ in ('NNS', 'NNPS') else singular} {expression.text}"
    return dataclasses.replace(row, date=expression.date, end_date=expression.end_date or expression.date,
                               value=expression.value, granularity=expression.granularity,
                               time_expression=expression.text, start=expression.start, end=expression.end,
                               event=text, status="planned", date_basis="text", trigger=thing.lemma_.lower(),
                               trigger_start=thing.idx, trigger_end=thing.idx + len(thing.text))
