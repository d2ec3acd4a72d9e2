"""Whether a subject "they" tells what is done to the accused, so that the police, the prosecutors or
the court named before it cannot be who "they" stands for (docs/events.md, round 52b).

actors.py resolves "they" to the one plural agent among the subjects of its sentence and the one
before. After an arrest, that subject is often the police who acted ("The men were arrested on
Sunday. Officers seized cash and cameras. They appeared in court on Tuesday and were remanded in
custody"), and "Officers appeared in court", "Officers were remanded" say the opposite of what
happened: the men did. A verb done to the accused (the pack's `accused_passives` in the passive: "were
charged", "were remanded", "were released on bail") or one the accused does in court (the pack's
`court_verbs` with one of its `court_words`: "appeared at the district court", "pleaded not guilty")
is never the act of those who arrest, charge or try them (the pack's `custody_agents`). actors.py
then leaves "they" as written (unsure: events/dangling.py leaves such a row out) rather than finding
the accused further back; "Police said they arrested two men" (active) and "Officers appeared at the
scene" (no court) keep their resolution."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def _done_to_accused(verb: Token, words: EventWords) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in words.accused_passives:
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma not in words.court_verbs:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "conj", "cc", "punct"):
            continue
        if child.lemma_.lower() in words.court_words or \
                any(c.lemma_.lower() in words.court_words for c in child.children):
            return True  # "appeared at the District Court", "pleaded not guilty", "appeared before a judge"
    return False


def accused_they(token: Token, words: EventWords) -> bool:
    """Whether the subject "they" (`token`) is the subject of a verb done to the accused, or of a
    verb joined to one ("They appeared in court and were remanded in custody")."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i == token.i:
        return False
    return _done_to_accused(verb, words) or \
        any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _done_to_accused(c, words) for c in verb.children)


def custody_agent(candidate: Token, words: EventWords) -> bool:
    """Whether a plural subject candidate names those who arrest, charge or try ("Officers",
    "police", "Detectives", "prosecutors")."""
    return candidate.lemma_.lower() in words.custody_agents or candidate.lower_ in words.custody_agents
