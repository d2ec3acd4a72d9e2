"""A bare plural's participle dated by "before" names a class of things, not an event (round 67d).

"Heaters sold before June 2024 are not affected", "a cap on premiums for homes built before 2012":
the participle with its "before" date says which things are meant, and gave rows that read "Heaters
sold" or "Homes were built" on the date, the news (not affected, the cap) lost. A reduced relative
(a past participle hung on its noun as "acl") whose noun is a plural with no determiner, possessive
or number, and whose date hangs on a "before" the participle holds, dates no row. "The bridge,
built before 1900, collapsed", a singular noun, and "two towers built before 1950" (a counted
plural: those towers) keep their rows. (When the parser reads the participle as the clause's verb,
"Kettles sold before ... and other models are not affected" with "sold" a past, this is not asked.)
Round 70c: any date of such a participle dates no row when its noun is the subject of a negated
passive ("Bottles filled this year were not affected": `negated_class`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .habits import bare_plural

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def class_participle(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `span` dates `pred` only as a bare plural's "before" participle (module doc; the pack's
    `not_before_preps`, its word for "before")."""
    if misread_class_verb(pred):
        return True  # "Lamps sold this spring were not affected" with "sold" parsed a past (round 70c)
    if pred.dep_ != "acl" or pred.tag_ not in ("VBN", "VBD"):
        return False
    noun = pred.head
    if pred.i < noun.i:
        return False
    if _class_noun(noun) and negated_class(noun):
        return True  # "Lamps sold this spring are not affected" (round 70c)
    if pred.tag_ != "VBN" or not bare_plural(noun, proper=True):
        return False
    prep = span.root.head
    return prep.dep_ == "prep" and prep.lower_ in words.not_before_preps and prep.head.i == pred.i


def negated_class(noun: Token) -> bool:
    """The bare plural is the subject of a negated passive ("Lamps sold this spring are not affected",
    "Tickets bought online were not included"): the participle, whatever its date, only says which
    things the clause leaves out, and nothing happened to them (round 70c). "Tests carried out on
    Monday did not find the virus" (an active verb: the tests are news) is not this."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and verb.i != noun.i and _plural_passive(verb) and \
        any(c.dep_ == "neg" for c in verb.children)


def misread_class_verb(pred: Token) -> bool:
    """"Lamps sold this spring were not affected" parsed with "sold" the clause's past verb and "were
    not affected" its conjunct, no "and" between and no subject of its own: the participle of a
    bare plural read as a verb, the negated passive the real one (`negated_class`, round 70c)."""
    if pred.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "cc") for c in pred.children):
        return False
    subject = next((c for c in pred.children if c.dep_ == "nsubj" and c.i < pred.i), None)
    if subject is None or not _class_noun(subject):
        return False
    # (the parser hangs the real verb as a conjunct or, with no mark, an adverbial clause)
    return any(c.dep_ in ("conj", "advcl") and c.i > pred.i and _plural_passive(c) and
               any(a.dep_ == "neg" for a in c.children) and
               not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children) for c in pred.children)


def _plural_passive(verb: Token) -> bool:
    """A passive whose auxiliary is no singular ("are", "were"; not "is", "was", which the tagger marks
    Number=Sing): its subject is many."""
    return any(a.dep_ == "auxpass" and a.tag_ in ("VBP", "VBD") and "Sing" not in a.morph.get("Number")
               for a in verb.children)


def _class_noun(noun: Token) -> bool:
    """A bare plural, or a plural the tagger took for a name at a sentence's start ("Lamps sold ...",
    tagged NNP): no article, owner or number either way."""
    return bare_plural(noun, proper=True) or noun.tag_ == "NNP" and noun.i == noun.sent.start and \
        noun.lower_.endswith("s") and not noun.lower_.endswith("ss") and not any(True for _ in noun.children)
