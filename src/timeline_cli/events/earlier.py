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
  scenes.lead_cause_rows).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .words import EventWords


def copula_scene(predicate: Token, row: Event, words: EventWords) -> bool:
    """Whether the lead predicate is a copula whose row names no actor: a scene, not the day's news."""
    return predicate.lemma_.lower() in words.copulas and not row.actors


def ranged_lead(lead: Event) -> bool:
    """Whether the lead row is dated only by the publication range (its "after" clause gets no row)."""
    return lead.date_basis == "publication"
