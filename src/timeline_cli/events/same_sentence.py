"""One happening told in one sentence is one row (docs/events.md, "One sentence, one row per happening").

The lead rule (lead.py) dates the story's main predicates by the publication date when no row of the
sentence has that predicate as its trigger. A row of the sentence's own time expression may still
tell the same happening under another trigger:

* the noun that names the verb's news: "Thousands of nurses went on strike on Tuesday" (the row's
  trigger is "strike", its words the clause's), "Acme reported a 9 percent fall in profit on Thursday"
  ("fall", its words "A 9 percent fall in profit"). `fold_leads` keeps one row, dated by the text
  (`date_basis` `text`): the text row when it already has the lead's words, else the lead's words,
  trigger and status with the text's date;
* the content of a saying coordinated with the sentence's news: "ended the talks on Friday and said
  they would meet again next month" gave a publication row for "said" and a text row "They would meet
  again". One row: the happening to come, dated by its own words, told with its announcer ("... said
  they would meet again", its actors first). A saying that is the sentence's main verb is the
  article's news on its own ("Acme said it would hire 500 workers next year"): both rows stay.

A lead row whose words are a text row's words of the same sentence behind a few words of a subject
that hold its trigger ("German rocket startup Acme put two satellites into orbit on Thursday": the
row of "startup", dated by the publication, beside the row of "put") is that row again, left out.

`apposed_renamings` drops the row of a noun phrase set off by a comma that renames the clause's event
("cut its rate on Tuesday, its second cut this year": the count's period is no date of the cut) when
the clause has a row of its own; `renaming_tokens` leaves that phrase out of the clause's words.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .lead import dated_as, token_starts
from .phrases import NP_MODIFIER_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords

# Dependencies of a noun phrase hung on a verb after a comma that may rename the verb's event (the
# parser calls "its second cut this year" an object, an adverbial noun phrase or an apposition).
RENAMING_DEPS = {"dobj", "npadvmod", "appos", "dep", "attr", "oprd"}
FUTURE_STATUSES = {"expected", "planned"}
# At most this many words of a subject before a text row's words make a lead row that row again.
MAX_PREFIX_WORDS = 4


def fold_leads(doc: Doc, rows: list[Event], leads: list[Event], words: EventWords) -> tuple[list[Event], list[Event]]:
    """(rows, leads) with each lead row that a text row of its sentence also tells made one row, in
    the text row's place (see the module doc). `rows`: the rows dated by their own sentence."""
    starts = token_starts(doc)
    rows = list(rows)
    kept = []
    for lead in leads:
        verb = starts.get(lead.trigger_start)
        if verb is None:
            kept.append(lead)
            continue
        for n, row in enumerate(rows):
            token = starts.get(row.trigger_start)
            if row.date_basis != "text" or token is None or token.i == verb.i or token.sent.start != verb.sent.start:
                continue
            if _premodified_again(verb, token, lead, row, words):
                break  # "German rocket startup Acme put ...": the text row "Acme put ..." tells it
            told = _tells_it(verb, token, lead, row, doc)
            if told == "same words":
                break  # the text row already tells the lead's clause, dated by the sentence
            if told == "object":
                rows[n] = dated_as(lead, row, "text")
                break
            if _announced(verb, token, row, words):
                actors = [*lead.actors, *(a for a in row.actors if a.casefold() not in
                                          {b.casefold() for b in lead.actors})]
                rows[n] = dataclasses.replace(row, event=lead.event, actors=actors)
                break
        else:
            kept.append(lead)
    return rows, kept


def _tells_it(verb: Token, noun: Token, lead: Event, row: Event, doc: Doc) -> str | None:
    """How the text row, whose trigger is a noun of the verb's clause (no clause between), tells the
    lead's happening: "same words" when it is already described by the verb's clause ("went on
    strike", "North Korea's test looked like a launch"); "object" when its trigger is in the verb's
    object ("reported a 9 percent fall in profit", "ended a third round of talks"): the lead's words
    are the row's; or None. Only a row dated by an adverbial of the sentence, not by a premodifier of
    a noun ("recalled the 2019 floods": the floods' year), and of the lead's status."""
    if noun.pos_ not in ("NOUN", "PROPN") or row.status != lead.status:
        return None
    top = _phrase_child(verb, noun)
    if top is None:
        return None
    span = doc.char_span(row.start, row.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ in NP_MODIFIER_DEPS and span.root.head.i >= span.end:
        return None
    if row.event == lead.event:
        return "same words"
    return "object" if top.dep_ == "dobj" else None


def _premodified_again(lead_token: Token, token: Token, lead: Event, row: Event, words: EventWords) -> bool:
    """The lead row tells the text row's clause again behind a few words of its subject, its trigger
    among them ("German rocket startup Acme put two satellites into orbit on Thursday": the small model
    may parse "startup" as the verb whose clause "Acme put ..." is), with the same status. Not a saying
    ("Police said Acme put ..."): that is an event of its own."""
    if lead.status != row.status or lead_token.i >= token.i or lead_token.lemma_.lower() in words.reporting:
        return False
    told, again = row.event.casefold(), lead.event.casefold()
    return again.endswith(" " + told) and len(again[:-len(told)].split()) <= MAX_PREFIX_WORDS


def _phrase_child(verb: Token, noun: Token) -> Token | None:
    """The child of `verb` whose phrase holds `noun` through nouns and prepositions only (no clause
    between), or None."""
    if not verb.is_ancestor(noun):
        return None
    token = noun
    while token.head.i != verb.i:
        token = token.head
        if token.pos_ not in ("NOUN", "PROPN", "ADP", "NUM"):
            return None
    return token


def _announced(verb: Token, event: Token, row: Event, words: EventWords) -> bool:
    """The text row is a happening to come in the content of a saying coordinated with the sentence's
    news: "..., and said they would meet again next month"."""
    if verb.lemma_.lower() not in words.announcing or verb.dep_ != "conj" or row.status not in FUTURE_STATUSES:
        return False
    if not verb.is_ancestor(event):
        return False
    top = next(t for t in [event, *event.ancestors] if t.head.i == verb.i)
    return top.dep_ == "ccomp"


def renaming_phrase(pred: Token, words: EventWords) -> Token | None:
    """The head of a noun phrase after a comma that renames `pred`'s event ("cut its rate by a
    quarter point on Tuesday, its second cut this year" -> cut): an event noun hung on the verb, after
    another object of it or after the verb's other words, set off by a comma."""
    from .anchor import is_event_noun

    if pred.pos_ not in ("VERB", "AUX"):
        return None
    doc = pred.doc
    for child in pred.rights:
        edge = child.left_edge.i
        if child.dep_ not in RENAMING_DEPS or child.pos_ != "NOUN" or edge - 1 <= pred.i or doc[edge - 1].text != ",":
            continue
        if child.dep_ in ("dobj", "attr", "oprd") and not any(
                c.dep_ == child.dep_ and c.i < edge for c in pred.children):
            continue  # the verb's only object, after an aside: "bought, after long talks, a stake"
        if is_event_noun(child, words):
            return child
    return None


def renaming_tokens(pred: Token, words: EventWords) -> set[int]:
    """The tokens of the phrase that renames `pred`'s event, with its comma (none when there is none):
    not words of the clause's description."""
    noun = renaming_phrase(pred, words)
    if noun is None:
        return set()
    return {noun.left_edge.i - 1, *(t.i for t in noun.subtree)}


def apposed_renamings(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without the rows of a phrase that renames its clause's event, when the clause has a row
    of its own dated by another expression ("its second cut this year" beside the cut on Tuesday)."""
    starts = token_starts(doc)
    by_trigger: dict[int, list[Event]] = {}
    for row in rows:
        by_trigger.setdefault(row.trigger_start, []).append(row)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        verb = token.head if token is not None else None
        renamed = renaming_phrase(verb, words) if verb is not None and verb.i != token.i else None
        if renamed is not None and renamed.i == token.i and any(
                other.start != row.start for other in by_trigger.get(verb.idx, [])):
            continue
        out.append(row)
    return out
