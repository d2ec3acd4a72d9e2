"""A subject "it" whose verb tells a thing's fate ("It reopened at 1:40 p.m.", "It was relegated in
2019"; the pack's `thing_verbs`, used without an object) stands for the subject of the sentence
before, when that sentence has exactly one that fits (docs/events.md, "A thing's fate"):

    The airport authority said the runway was closed at 4 a.m. It reopened at 1:40 p.m.  -> the runway
    Kelburn, founded in 1886, won its last title in 1963. It was relegated in 2019.        -> Kelburn

The usual resolvers look for an organisation and pass over a name the tagger called a person's, so
"it" went to a company named further back. A reporting verb's subject is the speaker, not what the
report is about: the reported clause's subject is the candidate. A full person's name, a plural, a
pronoun or a person noun does not fit; two that fit leave "it" as it is.

A passive "it" of a verb whose subject is a happening ("held", "postponed": the pack's `held_verbs`)
is the one event noun before it in its own sentence, not the body named nearer (`held_it`, round 50):

    If the council backs a vote, officials said it could be held in May.  -> a vote, not the council
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

SUBJECT_DEPS = ("nsubj", "nsubjpass")
PHRASE_DEPS = ("det", "compound", "amod", "nmod", "poss")


def thing_subject(token: Token, entities, segments: Segments, words: EventWords) -> tuple[str, bool] | None:
    """(text, whether it is a name) for a sentence-opening subject "it" of a `thing_verbs` verb, or None."""
    if token.lower_ not in words.thing_pronouns or token.tag_ != "PRP" or token.dep_ not in SUBJECT_DEPS:
        return None
    verb = token.head
    if verb.lemma_.lower() not in words.thing_verbs or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None  # "It closed two plants": an actor's act, not a thing's fate
    roots = _roots_before(token, segments)
    if roots is None:
        return None
    verbs = roots + [c for root in roots for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    candidates = []
    for v in verbs:
        if v.lemma_.lower() in words.reporting:  # the speaker is not what reopened
            candidates += [c for child in v.children if child.dep_ == "ccomp"
                           for c in child.children if c.dep_ in SUBJECT_DEPS]
        else:
            candidates += [c for c in v.children if c.dep_ in SUBJECT_DEPS]
    fits = [c for c in candidates if _fits(c, entities, words)]
    if len(fits) != 1:
        return None
    return _text(fits[0], entities, words, token.is_sent_start)


def _fits(candidate: Token, entities, words: EventWords) -> bool:
    """A singular thing or a name that may be one: not a pronoun, a plural, a person noun or a full
    person's name (a one-word name the tagger called a person's may be a club's: "Kelburn")."""
    from .actors import _entity, _named_person_noun
    if candidate.tag_ not in ("NN", "NNP") or candidate.lemma_.lower() in words.generic_people or \
            any(c.dep_ in ("conj", "cc") for c in candidate.children):
        return False  # "The port and the airport closed. It reopened": which one is unsure
    ent = _entity(candidate, entities)
    if ent is not None:
        label = entities.label(ent)
        return label in ("ORG", "GPE", "FAC") or label == "PERSON" and len(ent) == 1 and candidate.pos_ == "PROPN"
    if candidate.pos_ == "PROPN":
        return False  # a name the tagger did not tag: what it names is unsure
    return any(c.dep_ in ("det", "poss") for c in candidate.children) and not _named_person_noun(candidate, words)


def _text(thing: Token, entities, words: EventWords, capital: bool) -> tuple[str, bool] | None:
    from .actors import _entity, _lower_article, _name
    ent = _entity(thing, entities)
    if ent is not None:
        return _name(ent, words, thing), True
    phrase = sorted((t for t in thing.subtree if t.i <= thing.i and not t.is_punct
                     and (t.i == thing.i or t.dep_ in PHRASE_DEPS and t.head.i == thing.i)), key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase) or any(t.tag_ in ("PRP$", "WDT", "WP") for t in phrase):
        return None
    text = thing.doc[phrase[0].i:thing.i + 1].text
    return (text[:1].upper() + text[1:] if capital else _lower_article(text, words)), False


def held_it(token: Token, entities, words: EventWords) -> tuple[str, bool] | bool | None:
    """What a passive subject "it" of a verb whose subject is a happening (`held_verbs`: "it could be
    held alongside the elections", "it was postponed") stands for: the one singular event noun before
    it in its own sentence ("If the government agrees to a referendum, officials said it could be held
    in October" -> a referendum; a government is not held), as (text, False). The nearest subject
    (the government) cannot be what is held. False (unsure: "it" stays) when two event nouns could
    be; None when the rule does not apply (no event noun: the usual resolvers decide)."""
    if token.lower_ not in words.thing_pronouns or token.tag_ != "PRP" or token.dep_ != "nsubjpass" or \
            token.head.lemma_.lower() not in words.held_verbs:
        return None
    from .anchor import is_event_noun
    doc = token.doc
    events = [t for t in doc[token.sent.start:token.i]
              if t.pos_ == "NOUN" and t.tag_ == "NN" and t.ent_type_ not in ("DATE", "TIME") and is_event_noun(t, words)]
    if not events:
        return None
    if len(events) > 1:
        return False  # "the vote on the merger and the meeting ... it was postponed": which one?
    return _text(events[0], entities, words, token.is_sent_start) or False


def vessel_she(token: Token, entities, segments: Segments, words: EventWords) -> tuple[str, bool] | None:
    """A sentence-opening subject "she" after a sentence whose main subject is a ship: a vessel noun
    ("The ferry left at dawn. She struck ...") or a name after "the" the story calls a vessel ("the
    Gouden Valk, a Dutch trading ship ... The Gouden Valk left ... She struck the reef"): the ship,
    (text, whether it is a name). A writer calls a ship "she"; a person's name is never one here."""
    if token.lower_ not in words.vessel_pronouns or token.dep_ not in SUBJECT_DEPS or not words.vessel_nouns:
        return None
    roots = _roots_before(token, segments)
    if roots is None:
        return None
    subjects = [c for root in roots for c in root.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None  # two ships (or a ship and a crew): which is "she" is unsure
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() in words.vessel_nouns:
        return _text(subject, entities, words, token.is_sent_start)
    det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in words.articles), None)
    if subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP") or det is None:
        return None
    name = _compound_name(subject)
    for other in token.doc:  # "the Gouden Valk, a Dutch East India Company ship": the story says it is a ship
        if other.lower_ == subject.lower_ and _compound_name(other) == name and any(
                c.dep_ == "appos" and c.lemma_.lower() in words.vessel_nouns for c in other.children):
            article = det.lower_.capitalize() if token.is_sent_start else det.lower_
            return f"{article} {name}", True
    return None


def _compound_name(token: Token) -> str:
    """"Gouden Valk" for "Valk" with its proper-noun compounds."""
    left = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    start = min([token.i, *(c.i for c in left)])
    return token.doc[start:token.i + 1].text


def _roots_before(token: Token, segments: Segments) -> list[Token] | None:
    """The roots of the segment before the one that `token` opens as its first subject, or None
    when something else is the subject first or no segment comes before."""
    doc = token.doc
    bounds = segments.span(token)
    if bounds is None or any(doc[i].dep_ in SUBJECT_DEPS for i in range(bounds[0], token.i)):
        return None
    before = segments.before(bounds[0])
    if before is None:
        return None
    lo, hi = before
    return [doc[i] for i in range(lo, hi + 1) if doc[i].head.i == doc[i].i or not lo <= doc[i].head.i <= hi]
