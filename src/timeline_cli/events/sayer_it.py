"""A subject "it" of what a named body says is that body (round 73a, docs/events.md): "Kessler Haus,
the family firm that ..., said it would move its sales online" -> "Kessler Haus would move ...".

The resolvers in actors.py take a subject pronoun for the topic before it; a speaker's name the
small model tags a person's ("Kessler Haus", "Torre Verde") is passed over as no "it", and the
subject of the sentence before was made the mover ("The scene would move its sales online", "The
regional government had filed complaints"). A body speaks of itself with "it" far more often than of
anything else, and a person never is "it": so when the sayer is a name the story calls an
organisation -- an organisation by the entity tagger, or a name the story gives an organisation's
kind ("the environmental group Torre Verde", "Kessler Haus, the family firm") -- the "it" that
opens what it says (or a clause joined to it: "said the lions would not ... and that it hoped") is
the sayer. A nearer singular subject between them ("X said the agency, which ..., it") or a sayer
with no organisation's description (a person's name, a one-word name the tagger calls a person's)
leaves the usual resolvers to choose.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .kind_named import kind_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def sayer_it(pronoun: Token, entities, words: EventWords) -> str | None:
    """The sayer's name for a subject "it" of what a named organisation says (module doc), or None."""
    if pronoun.tag_ != "PRP" or pronoun.lower_ not in words.neuter_pronouns or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    from .dangling import _thing_it
    if not _thing_it(pronoun, words):
        return None  # "said it was too early to tell": no one's
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "said the lions would not be returned and that it hoped": the first clause's
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    saying = verb.head
    if saying.pos_ not in ("VERB", "AUX") or saying.lemma_.lower() not in words.saying_verbs or saying.i > pronoun.i:
        return None
    sayer = next((c for c in saying.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if sayer is not None and sayer.tag_ == "WDT" and saying.dep_ == "relcl" and saying.head.i < sayer.i:
        sayer = saying.head  # "Allergy Aid, which said it had received ...": the name the clause is on
    if sayer is None or sayer.pos_ != "PROPN":
        return None
    inside = {t.i for t in sayer.subtree}
    for t in pronoun.doc[sayer.i + 1:pronoun.i]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in inside and t.tag_ in ("NN", "NNP"):
            return None  # another one thing between them: the usual resolvers' to weigh
    from .actors import _entity, _name, titled_name
    ent = _entity(sayer, entities)
    label = entities.label(ent) if ent is not None else None
    # the entity's own name as the other resolvers write it ("National Bank of Hungary"), else the
    # name's proper nouns up to its head
    if any(c.dep_ == "conj" for c in sayer.children) and not _ampersand(sayer):
        return None  # "Acme and Brio said it": which one?
    phrase = _written_name(sayer)
    name = _name(ent, words, sayer) if ent is not None else phrase
    if name and name in phrase and len(phrase) > len(name):
        name = phrase  # "Quiet Skies Toowoomba" for the tagger's "Skies Toowoomba"; "Kragh & Mollerup"
    if not name:
        return None
    if label == "ORG" and len(name.split()) > 1 or _described_body(sayer, words):
        if titled_name(sayer, words):
            return None  # "union delegate Odile Parmentier said it": a person
        return name
    return None


def _written_name(sayer: Token) -> str:
    """The name's proper nouns up to its head, and on to the last word joined by an ampersand."""
    doc = sayer.doc
    start = sayer.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and any(a.i == sayer.i for a in doc[start - 1].ancestors):
        start -= 1
    end = sayer.i + 1
    if _ampersand(sayer):
        end = max(c.i for c in sayer.children if c.dep_ == "conj") + 1
    return doc[start:end].text


def _ampersand(sayer: Token) -> bool:
    """"Kragh & Mollerup": one name, its words joined by an ampersand."""
    return any(c.dep_ == "cc" and c.text == "&" for c in sayer.children) and \
        any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in sayer.children)


def _described_body(sayer: Token, words: EventWords) -> bool:
    """Whether the story gives the sayer's name an organisation's kind: a `generic_orgs` noun, a
    body's noun (union, council, ...) compounded on or apposed to the name ("the environmental group
    Torre Verde", "Kessler Haus, the family firm") anywhere in it."""
    kinds = words.generic_orgs | words.not_company_words | (words.body_collectives & words.collective_nouns)
    last = sayer.text
    for t in sayer.doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds:
            continue
        head = kind_head(t)
        if head is not None and head.text == last:
            return True
    return False
