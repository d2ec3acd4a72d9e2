"""Two more signs that a pronoun's written antecedent is wrong (round 73b; read by distrusted.py,
which then leaves the pronoun as written, docs/events.md):

* a possessive ("his", "her", "its") below a clause whose subject, before it, is a common noun of the
  possessive's kind with an indefinite article (one told anew, so no one named before), which the
  written antecedent is not: "A 31-year-old climber fell
  ... when his rope parted" is the climber's rope, not the rope of a person the story named before
  ("Andrea Hollaus's rope"). For "his"/"her" a singular noun that may be a person
  (`actors.may_be_person`), for "its" a singular noun that may not. The possessive's own subject
  phrase ("a fault in its engine froze orders") is no such clause, nor is a definite subject, which
  may be the name told again ("The company said its earnings": the company named before);
* a "he"/"his"/"she"/"her" written as a name the text sets beside an organisation's noun (the pack's
  `generic_orgs`, less `person_trade_orgs`): "the property company Rhodanie Invest", a name the tagger
  called a person's, is never "his".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def _subject_above(token: Token) -> Token | None:
    """The subject of the nearest clause above `token` whose subject phrase does not hold it."""
    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.left_edge.i <= token.i <= subject.right_edge.i:
            continue  # the possessive's own subject phrase: "when his rope parted", "a fault in its engine"
        return subject
    return None


def noun_owner_above(pronoun: Token, mention: Span, words: EventWords) -> bool:
    """Whether a possessive has a common noun subject above it that may be its owner, other than the
    written antecedent `mention` (module doc)."""
    if pronoun.tag_ != "PRP$":
        return False
    from .actors import _pronoun_gender, may_be_person
    subject = _subject_above(pronoun)
    if subject is None or subject.i > pronoun.i or subject.pos_ != "NOUN" or subject.ent_type_ or \
            subject.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in subject.children) or \
            mention.start <= subject.i < mention.end:
        return False
    person = may_be_person(subject, words)
    if _pronoun_gender(pronoun, words) is not None:
        return person
    return pronoun.lower_ in words.neuter_possessives and not person and \
        mention.root.lemma_.lower() != subject.lemma_.lower()


def company_beside(head: Token, words: EventWords) -> bool:
    """Whether a name is set beside an organisation's noun ("the property company Rhodanie Invest",
    "Rhodanie Invest, a property company"): no person's."""
    if head.pos_ != "PROPN":
        return False
    near = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in words.generic_orgs and
               n.lemma_.lower() not in words.person_trade_orgs for n in near)
