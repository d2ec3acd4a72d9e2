"""The agent an agentless passive leaves out, when the article says who it is (docs/events.md,
"Implied agent").

"Apple today unveiled the iPod nano. ... The iPod nano is the second model to use flash memory, after
the Shuffle was introduced in January." Nobody but Apple introduces Apple's products: in an article
whose lead is an organisation's deed, an agentless passive of a verb of bringing something out
(`words.bringing_out`: "was released", "is scheduled for release", "was announced") has that
organisation as its agent. The row keeps its description (the patient stays its subject, as the
passive has it) and gains the organisation as an actor. Nothing else is inferred: a passive with a
"by" agent, a person as its subject, another verb ("Two men were arrested": the police, not the lead's
company), or a lead whose subject is not an organisation leaves the row alone.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..records import Event
from .lead import lead_sentence, main_predicates, same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords

def lead_organisation(doc: Doc, segments: Segments, story_start: int, words: EventWords) -> str | None:
    """The organisation named as the subject of the lead's main verb ("Apple Computer today launched
    ..."), or None."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return None
    predicates = main_predicates(doc, bounds, words)
    if not predicates:
        return None
    for subject in predicates[0].children:
        if subject.dep_ == "nsubj" and subject.ent_type_ == "ORG":  # an active subject: the one who acts
            entity = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
            if entity is not None:
                return entity.text
    return None


def agentless_passive(verb: Token, words: EventWords) -> bool:
    """"was introduced", "is scheduled for release", "An iOS update released last week": a passive of
    a bringing-out verb with no "by" agent and a subject that is not a person."""
    if verb.lemma_.lower() not in words.bringing_out or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return all(s.ent_type_ != "PERSON" and s.lower_ not in words.person_pronouns for s in subjects)
    # a participle modifying its patient ("An iOS update released last week")
    return verb.dep_ == "acl" and verb.head.ent_type_ != "PERSON"


def implied_agents(doc: Doc, rows: list[Event], segments: Segments, *, story_start: int,
                   words: EventWords) -> list[Event]:
    """`rows`, each agentless passive of a bringing-out verb given the lead's organisation as an
    actor (see the module doc)."""
    if not words.bringing_out:
        return rows
    organisation = lead_organisation(doc, segments, story_start, words)
    if organisation is None:
        return rows
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is not None and agentless_passive(token, words) and \
                not any(same_actor(a, organisation) for a in row.actors):
            row = dataclasses.replace(row, actors=[*row.actors, organisation])
        out.append(row)
    return out
