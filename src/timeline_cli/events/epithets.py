"""An age used as a noun, and the "he" that follows it (docs/events.md, "Subject resolution").

"Newcastle have signed Brazilian striker Rafael Monteiro ... The 23-year-old, who scored 31 goals
last season, has agreed a five-year contract. He passed a medical on Wednesday." The centering rule
takes "he" for the subject before it, "The 23-year-old", which names no one; news writing uses such
an epithet only for a person it has just named. So a subject "he"/"she" whose sentence before has an
age epithet as its main subject (the pack's `age_epithet`) stands for the person that epithet does:
the one person, agreeing with the pronoun, named in the sentence before the epithet's, when the
epithet's own sentence names no person. Two people there, or a person beside the epithet, leave the
pronoun as it is. Role nouns ("the victim", "the striker") are not read this way: they introduce new
people as often as they recall old ones.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import _agrees, _candidates, _name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords


def epithet_antecedent(token: Token, entities, segments: Segments, words: EventWords) -> str | None:
    """The person a subject "he"/"she" stands for through an age epithet before it, or None."""
    if not words.age_epithet or token.lower_ not in words.personal_subjects:
        return None
    first = next(_candidates(token, segments, 1), None)
    if first is None or segments.same(first, token):
        return None  # a subject earlier in its own sentence: the usual rules decide
    doc = token.doc
    start = min(t.i for t in first.subtree if t.i <= first.i)
    if not re.fullmatch(words.age_epithet, doc[start:first.i + 1].text):
        return None
    lo, hi = segments.span(first)
    if any(entities.label(e) == "PERSON" for e in entities.between(lo, hi) if e.start >= lo and e.end <= hi + 1):
        return None  # "The 23-year-old was hit by Tom Hale": who "he" is is unsure
    before = segments.before(lo)
    if before is None:
        return None
    people = {}
    for ent in entities.between(before[0], before[1]):
        if ent.start >= before[0] and ent.end <= before[1] + 1 and entities.label(ent) == "PERSON":
            if not _agrees(token, ent, entities, words):
                continue
            name = _name(ent, words)
            people.setdefault(name.split()[-1].casefold(), name)
    return next(iter(people.values())) if len(people) == 1 else None
