"""A reduced relative on an apposition told with the name the apposition describes (docs/events.md,
"An apposition's reduced relative"; the twenty-fifth blind sample's "A Democrat" for "Archuleta, a
Democrat elected in 2021 and re-elected four years later, conceded").

"Archuleta, a Democrat elected in 2021, ..." says Archuleta was elected. Told with the apposition's
noun ("A Democrat was elected") the row names no one, and a reader cannot tell who. A participle
hung on an apposition set off by a comma after a name is told with the name as its subject
(`apposition_name`). An apposition that is itself a name ("the mayor, Daniel Archuleta, elected in
...") is left to the rules it had, as is a relative clause with its own "who" (its antecedent is
chosen by antecedents.py).

A measure set after a noun with no comma ("An asteroid the size of a bus passed ...", round 31) is
that noun's apposition, but the parser often makes the measure ("the size") the subject of a clause
hung on the noun: the row's subject is the noun the measure describes (`measured_noun`), so the
description says "A comet passed close to Mars", not "The size of a mountain passed close to Mars".
(The verb parsed as a clause of the of-noun, "a bus passed", is left as it was: the noun phrase
built from the noun then takes in the sentence's other asides.)

A participle hung on a bare count that a copula's subject is said to be one of ("The box was one of
31 deposited in the vault on Wednesday", "Her son was among the four arrested on Monday") says the
subject was deposited, arrested: told with the copula's subject (`counted_member`), not with no
subject at all ("Deposited in the vault", which no row can keep). A count with its noun ("one of 40
works stolen") is left as it was ("40 works were stolen").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def apposition_name(verb: Token) -> Token | None:
    """The name an apposition describes when `verb` is a participle hung on that apposition ("X, a
    Democrat elected in 2021"); None otherwise."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i < verb.i:
        verb = verb.head  # "a Democrat elected in 2021 and re-elected in 2025": the second participle too
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    appos = verb.head
    name = appos.head
    if appos.dep_ != "appos" or name.i >= appos.i or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", ""):
        return None
    if not any(c.dep_ == "det" for c in appos.children) or appos.ent_iob_ in ("B", "I") and appos.ent_type_ == "PERSON":
        return None  # "the mayor, Daniel Archuleta, ...": a name, not a description
    # a comma between the name and the apposition: an aside, not a compound name
    return name if any(t.is_punct for t in name.doc[name.i + 1:appos.left_edge.i]) else None


def compared_amount(verb: Token, words: EventWords) -> bool:
    """Whether `verb` is a participle hung on a noun set beside an amount that it compares the amount
    with ("risen to 118 million zlotys, more than double the estimate made in 2022", "2,400 visitors,
    twice the number counted in 2019"): the participle dates the figure compared with, background to
    the news, and told alone it reads "More than double the estimate was made". No row."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    if noun.pos_ == "NOUN" and any(t.tag_ == "PDT" and t.lower_ in words.multiplier_words for t in noun.subtree if t.i < noun.i):
        # round 73d: a multiplier before the noun ("more than twice the share recorded in the city
        # three decades ago", "and more than twice the 17 percent recorded in 2024") is a yardstick
        # wherever it stands: told alone it reads "More than twice the share was recorded"
        return True
    comma = noun.left_edge.i - 1
    if noun.pos_ != "NOUN" or comma < 1 or noun.doc[comma].text != ",":
        return False
    # the amount right before the comma (the parser hangs the noun on it, on the verb or on the clause)
    amount = noun.doc[comma - 1]
    if not (amount.like_num or any(c.dep_ == "nummod" and c.like_num for c in amount.children)):
        return False
    # a predeterminer or comparative before the noun ("double", "twice", "more than", "less than half")
    return any(t.tag_ in ("PDT", "JJR", "RBR") for t in noun.subtree if t.i < noun.i)


def counted_member(verb: Token, words: EventWords) -> Token | None:
    """The subject of "X was one of 31 <participle> ..." / "X was among the four <participle> ...":
    `verb` a participle hung on a bare count (a number with no noun) that is the copula's attribute
    or the object of a preposition under it; None otherwise (module doc)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NUM":
        return None
    count = verb.head
    if count.dep_ == "pobj" and count.head.dep_ == "prep":
        count = count.head.head  # "one of 31", "among the four": the preposition's head
    if count.pos_ == "NUM" and count.dep_ == "attr":
        count = count.head
    if count.pos_ != "AUX" or count.lemma_.lower() not in words.copulas or \
            any(c.dep_ in ("neg", "aux") for c in count.children):
        # (not "was not one of ...", nor "will be one of two opened next year": no past event)
        return None
    subject = next((c for c in count.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.tag_ not in ("WDT", "WP") else None


def _measure_after(noun: Token, measure: Token, words: EventWords) -> bool:
    """Whether `measure` is a measure noun with an of-phrase ("the size of a bus") written straight
    after `noun`, no comma between."""
    return measure.lemma_.lower() in words.measure_nouns and noun.pos_ in ("NOUN", "PROPN") and \
        noun.i < measure.i and measure.left_edge.i == noun.i + 1 and \
        any(c.dep_ == "prep" and c.lower_ in words.genitive_preps for c in measure.children)


def measured_noun(subject: Token, words: EventWords) -> Token:
    """The noun a measure apposition describes when the parser took the measure as the subject ("A
    comet the size of a mountain passed": the comet); `subject` otherwise."""
    verb = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("acl", "relcl") and \
            _measure_after(verb.head, subject, words):
        return verb.head  # "A comet [the size of a mountain passed ...]"
    return subject
