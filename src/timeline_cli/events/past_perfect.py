"""A past perfect dated ahead (docs/events.md, "A past perfect dated ahead"): "Opposition councillors
had called on him to step down and planned to hold a vote next week". An active past perfect ("had
called") tells what happened before the story's time; a date that lies wholly after the publication
day is another verb's (here the planned vote's), taken through the conjunction, and the row would put a
past call in the coming week as `expected`. Such rows are left out; a plan ("had been scheduled for
next week", status `planned`) keeps its row."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import had_done, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def drop_past_perfect_ahead(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without those telling an active past perfect whose date starts after the reference date."""
    starts = token_starts(doc)
    return [row for row in rows if not (
        row.status != "planned" and row.date and row.reference_date and row.date > row.reference_date
        and (_told_past_perfect(starts.get(row.trigger_start), row.event, words) or
             _until_under_past_perfect(doc, row, starts.get(row.trigger_start), words) or
             _plan_of_dated_past_perfect(row, starts.get(row.trigger_start), rows, words)))]


def _until_under_past_perfect(doc: Doc, row: Event, verb: Token | None, words: EventWords) -> bool:
    """"had agreed with insurers to cover the premiums until the end of March": an "until" date bounds
    what the past perfect's "to" clause covers; the agreeing, already made, is not its event, and the
    row (`expected` for a past act) is left out."""
    if verb is None or verb.dep_ != "xcomp" or not had_done(verb.head, words) or \
            verb.head.text not in row.event.split():
        return False
    before = [t for t in doc if t.idx < row.start][-1:]
    return bool(before) and before[0].lower_ in words.up_to_preps


def _plan_of_dated_past_perfect(row: Event, verb: Token | None, rows: list[Event], words: EventWords) -> bool:
    """"Members had voted in August to walk out from Oct. 6": a date ahead on the "to" clause of an
    active past perfect that the text dates itself dates the planned act, not the vote; the row tells
    the vote (its verb in the description) and is left out, the vote keeping its own row."""
    # the parser hangs the infinitive as a complement or as an adverbial clause of purpose
    if verb is None or verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or not had_done(verb.head, words) or \
            verb.head.text not in row.event.split():
        return False
    return any(other.trigger_start == verb.head.idx and other.date_basis == "text" and other.date
               and other.date <= other.reference_date for other in rows)


def _told_past_perfect(verb: Token | None, event: str, words: EventWords) -> bool:
    """Whether the row of the dated `verb` tells an active past perfect above it, across a conjunction
    (the date is another conjunct's: "had called on him to step down and planned to hold a vote to
    remove him next week", told as "... had called on him to step down"): the past perfect's verb is
    in the description `event`."""
    crossed = False
    while verb is not None and verb.head.i != verb.i:
        crossed = crossed or verb.dep_ == "conj"
        verb = verb.head
        if crossed and had_done(verb, words) and verb.text in event.split():
            return True
    return False
