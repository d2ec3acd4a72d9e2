"""Lead happenings the publication range would date wrongly (docs/events.md, "The lead rule"; the
twenty-first judged sample's rows 18 and 54).

The lead rule dates the first sentence's main predicates by the publication range. Two kinds of lead
clause tell something earlier than the story's day, which the range would misdate:
* a feature lead's scene, a copula with no one acting ("The first sign was a flash of white over the
  rocks"): the story dates the scene in a later paragraph ("spotted the eagle on Thursday morning"),
  if at all; a copula names no deed of the day;
* what the lead's news followed, its "after" clause, when the news itself is dated only by the range
  ("has approved the plans ..., after the developer agreed to spare the trees"): the agreeing is
  background, often months before; the clause is no main event and gets no row of its own (a lead
  dated by the text, "plummeted after management recommended ...", still gives its clause that date,
  scenes.lead_cause_rows);
* the lead's happening told again later in the story with an earlier day of its own (the same verb
  and actor: "Brevik Bank has filed for bankruptcy ... Brevik Bank filed for bankruptcy on Friday"):
  the lead takes that day (`date_basis` `context`), as it takes a day inside the range (lead.py,
  `same_day_later`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def copula_scene(predicate: Token, row: Event, words: EventWords) -> bool:
    """Whether the lead predicate is a copula whose row names no actor: a scene, not the day's news."""
    return predicate.lemma_.lower() in words.copulas and not row.actors


def ranged_lead(lead: Event) -> bool:
    """Whether the lead row is dated only by the publication range (its "after" clause gets no row)."""
    return lead.date_basis == "publication"


def told_earlier(doc: Doc, lead: Event, rows: list[Event], after: int, words: EventWords) -> Event | None:
    """The first later row that tells the lead's happening again with a day of its own before the
    publication range: the same verb (lemma), the same first actor, dated by its own text to a day or a
    time, `occurred`, no saying (each saying says something of its own) and no past perfect ("had
    agreed" is before the story's time, not the lead's). "Brevik Bank has filed for bankruptcy. ...
    Brevik Bank filed for bankruptcy on Friday": the filing was Friday, not the range's Monday-Tuesday."""
    from .lead import had_done, possessed_subject, same_actor, token_starts

    if not lead.actors or lead.trigger in words.reporting:
        return None
    starts = token_starts(doc)
    for row in sorted(rows, key=lambda r: r.trigger_start):
        if row.trigger_start <= after or row.date_basis != "text" or row.status != "occurred" or \
                not row.actors or row.granularity not in ("day", "time") or \
                not row.end_date or row.end_date >= lead.date:
            continue
        token = starts.get(row.trigger_start)
        verb = token if token is None or token.pos_ in ("VERB", "AUX") else _verb_of_noun(token)
        if verb is None or verb.lemma_.lower() != lead.trigger or possessed_subject(verb) or \
                had_done(verb, words):
            continue
        if same_actor(row.actors[0], lead.actors[0]):
            return row
    return None


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb whose object or prepositional object an event noun is ("filed for bankruptcy on
    Friday": the row's trigger is "bankruptcy", its verb "filed"), or None."""
    token = noun
    for _ in range(2):
        if token.dep_ not in ("dobj", "pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None
