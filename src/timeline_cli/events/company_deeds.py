"""A subject "it" that acts on what only a company has (docs/events.md, "Round 64d"): "The firm said
the recall would cost 90 million crowns and that it would cut its profit forecast" was told "The recall
would cut its profit forecast". The nearest earlier subject of the sentence ("the recall", the first
reported clause's) was taken for "it", but a happening or a thing owns no profit, dividend or shares:
the object phrase of the pronoun's verb, owned by "its" and holding a noun of the pack's
`company_role_nouns` ("its profit forecast", "its dividend"), makes "it" an organisation. It is then
the organisation that reports the clause (the common-noun subject of the verb of saying: "The firm"
-> its own antecedent), or, with none, "it" is left as it is (a missing row beats a wrong doer)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def company_object(token: Token, words: EventWords) -> bool:
    """Whether the subject "it" `token` acts on an object owned by "its" that names what only a company
    has ("cut its profit forecast", "raised its dividend"; module doc)."""
    if token.dep_ != "nsubj":
        return False
    obj = next((c for c in token.head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    left = [t for t in obj.subtree if t.i <= obj.i]
    return any(t.dep_ == "poss" and t.head.i == obj.i and t.lower_ in words.thing_pronouns for t in left) and \
        any(t.lemma_.lower() in words.company_role_nouns for t in left if t.dep_ in ("compound", "dobj"))


def reporting_body(token: Token, words: EventWords) -> Token | None:
    """The common-noun subject of the verb of saying whose reported clause (or a joined "and that ..."
    clause of it) the subject "it" opens, when it names an organisation (`generic_orgs`): "The firm
    said ... and that it would cut" -> "firm". None otherwise."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in words.reporting:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in words.generic_orgs:
        return None
    return subject
