"""A pronoun's antecedent the text itself contradicts: the pronoun is left as written (round 72a).

The resolvers (actors.py, antecedents.py, possessives.py, plural_objects.py, ...) write a pronoun as
the noun phrase it stands for. Where their choice is wrong the row is judged a wrong actor ("A
coastguard helicopter was in a stable condition" for "he was in a stable condition"), while the
pronoun left as written ("He was in a stable condition") is judged borderline right. This module
reads the antecedent a resolver wrote back in the text (its nearest mention before the pronoun) and
keeps the pronoun where the text shows a disagreement:

- a negation or a quantifier taken for the antecedent ("No train ... had crossed it");
- "he"/"she"/"his"/"her" for a happening or an amount (the pack's `mute_nouns`), or for a noun or name
  with a nearer person of the pronoun's gender between them, the antecedent's own kin or one told anew
  ("a helicopter flew the injured sailor, a 58-year-old man, to hospital, where he ...", "X's grandson
  ... since his grandfather died");
- "it"/"its" for a person (a name set beside a person's noun or title: "Ana Ruiz, a marine biologist,
  ... since it was founded"), or for a plural common noun;
- "it" as the one who speaks ("It said it had changed the supplier", "it did not say whether") for a
  common noun that was itself what a speaker said ("The problem lies in a part, the company said");
- "it" for the subject of a clause whose own object is another "it" ("a company that bought the
  building failed to make it pay. It closed in 2017": two things in play, the company not the likelier).

Each check runs only on a pronoun a resolver rewrote (a few per story) and returns early; a text the
antecedent cannot be found in as written is trusted as before.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..temporal.context import doc_text
from .actors import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords

# a verb's own persons: "pulled a 67-year-old man out", not "the longest throw by a Finnish woman"
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj", "dative")
_WALK_UP = ("xcomp", "ccomp")  # a clause of the same subject's verb ("failed to make it pay")


def distrusted(subs: dict[int, str], doc: Doc, words: EventWords) -> set[int]:
    """The token indices of `subs` (a resolver's {token index: text}) that are pronouns whose written
    antecedent the text contradicts (module doc): their substitutions are to be undone."""
    out = set()
    for i, text in subs.items():
        if not text:
            continue
        pronoun = doc[i]
        low = pronoun.lower_
        if pronoun.pos_ != "PRON" and pronoun.tag_ != "PRP$":
            continue
        if low not in words.gendered_pronouns and low not in words.thing_pronouns:
            continue
        mention = _mention(pronoun, text, words)
        if mention is not None and _disagrees(pronoun, mention, words):
            out.add(i)
    return out


def _mention(pronoun: Token, text: str, words: EventWords) -> Span | None:
    """The nearest mention before `pronoun` of the noun phrase `text` a resolver wrote for it (its
    possessive ending off), or None when the text does not hold it as written."""
    name = re.sub(rf"{words.possessive_suffix}$", "", text.strip()).strip()
    if len(name) < 2:
        return None
    doc = pronoun.doc
    full = doc_text(doc)
    # the nearest, its first letter either case ("the problem" written "The problem" opening a sentence)
    at = max(full.rfind(name[:1].lower() + name[1:], 0, pronoun.idx),
             full.rfind(name[:1].upper() + name[1:], 0, pronoun.idx))
    if at < 0:
        return None
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    if span is None or not len(span) or span.end > pronoun.i:
        return None
    return span


def _disagrees(pronoun: Token, mention: Span, words: EventWords) -> bool:
    head = mention.root
    if _negative(mention, head, words):
        return True  # "No train ... had crossed it": no train is no antecedent
    from .possessive_guards import company_beside, noun_owner_above
    if noun_owner_above(pronoun, mention, words):
        return True  # "A climber fell ... when his rope parted": the climber's (possessive_guards.py)
    low = pronoun.lower_
    if low in words.gendered_pronouns:
        return company_beside(head, words) or _not_that_person(pronoun, mention, head, words)
    if low in words.thing_pronouns:
        return _person(head, words) or head.tag_ == "NNS" and not head.ent_type_ and \
            head.lemma_.lower() not in words.collective_nouns or \
            _said_thing_speaks(pronoun, mention, head, words) or _other_it(pronoun, mention, head, words)
    return False


def _negative(mention: Span, head: Token, words: EventWords) -> bool:
    """A noun phrase that names no one or every one: "No train", "None of the buyers", "Nobody"."""
    first = mention[0].lower_
    return first in words.negative_determiners or first in words.negative_pronouns or \
        first in words.everyone_pronouns or any(
            c.dep_ == "det" and c.lower_ in words.negative_determiners for c in head.children)


def _not_that_person(pronoun: Token, mention: Span, head: Token, words: EventWords) -> bool:
    """"he"/"she" (or "his"/"her") for a happening or an amount, or for a noun or name while a nearer
    person of the pronoun's gender ("man", "grandson") stands between them: one the antecedent owns
    ("X's grandson, Declan, ... since his grandfather died"), one described anew in apposition to a
    noun ("flew the injured sailor, a 58-year-old man, to hospital, where he ...") or as a verb's
    subject or object with an indefinite article ("a surfer pulled a 67-year-old man out of the water.
    He ..."); not the antecedent's own apposition or title."""
    feminine = pronoun.lower_ in words.feminine_pronouns
    if feminine and head.lemma_.lower() in words.vessel_nouns:
        return False  # "She" for a ship (thing_it.py)
    if head.pos_ == "NOUN" and head.lemma_.lower() in words.mute_nouns:
        return True  # "The win ... he": no person
    gendered = words.feminine_words if feminine else words.masculine_words
    if head.lower_ in gendered or head.lemma_.lower() in gendered:
        return False  # "a 58-year-old man": the antecedent is such a person itself
    own = {head.i} | {c.i for c in head.children if c.dep_ == "appos"} | \
        ({head.head.i} if head.dep_ == "appos" else set())
    inside = range(mention.start, mention.end)
    for token in mention.doc[mention.end:pronoun.i]:
        if token.pos_ != "NOUN" or token.lower_ not in gendered or token.i in own or token.head.i in own:
            continue
        if any(c.dep_ == "poss" and c.i in inside for c in token.children):
            return True  # "Garrahy's grandson": not Garrahy
        if token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.i not in own:
            return True  # "the injured sailor, a 58-year-old man": a person nearer
        if token.dep_ in _PARTICIPANTS and any(c.dep_ == "det" and c.lower_ in words.indefinite_articles
                                               for c in token.children):
            return True  # "a surfer pulled a 67-year-old man out of the water ... He": a person told anew
    return False


def _person(head: Token, words: EventWords) -> bool:
    """A person's name for "it": a name the tagger calls a person, set beside a noun of a person ("Ana
    Ruiz, a marine biologist", "biologist Ana Ruiz")."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("PERSON", ""):
        return False
    from .actors import _named_person_noun
    near = [c for c in head.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        near.append(head.head)
    # (only a noun that is surely a person's: "a marine biologist", not "a builder" or "the dredger Hendrika")
    return any(n.lemma_.lower() not in words.generic_orgs and (
        _named_person_noun(n, words) or n.lemma_.lower().endswith(tuple(words.sure_person_suffixes)))
        for n in near)


def _saying(verb: Token, words: EventWords) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words.saying_verbs


def _said_thing_speaks(pronoun: Token, mention: Span, head: Token, words: EventWords) -> bool:
    """"it" made the one who speaks ("It said it had changed the supplier", "it did not say whether")
    for a common noun that was what a speaker said ("The problem lies in a part, the company said",
    "The company has said that the investment depends on ...")."""
    if pronoun.dep_ != "nsubj" or head.pos_ != "NOUN" or head.ent_type_:
        return False
    from .actors import may_be_person
    lemma = head.lemma_.lower()
    if lemma in words.generic_orgs or lemma in words.collective_nouns or may_be_person(head, words):
        return False  # "The union ... it said": a body speaks
    verb = pronoun.head
    if not _saying(verb, words):
        # "It said it had changed": the reported clause's "it" is the speaker's own
        if verb.dep_ != "ccomp" or not _saying(verb.head, words) or not any(
                c.dep_ == "nsubj" and c.lower_ in words.thing_pronouns for c in verb.head.children):
            return False
    return _speaker_over(pronoun, mention, head, words)


def _speaker_over(pronoun: Token, mention: Span, head: Token, words: EventWords) -> bool:
    """Whether the sentence of `head` has a verb of saying, not the pronoun's own, whose subject is a
    noun or name other than `head`'s phrase, with `head` in what it says: its clause ("has said that the
    investment depends on ...") or the clause the saying is hung on after it ("The problem lies in a
    part, the company said")."""
    if head.dep_ in SUBJECT_DEPS and _according_to(head.head, mention, words):
        return True  # "The fault lies in a switch, according to Halden. It said it had changed": Halden's (round 73a)
    for verb in head.sent:
        if not _saying(verb, words) or verb.i == pronoun.head.i:
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") and not mention.start <= c.i < mention.end
                   for c in verb.children):
            continue
        if any(head.i in {t.i for t in c.subtree} for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            return True
        if verb.dep_ in ("ccomp", "parataxis") and verb.i > head.i and head.dep_ in SUBJECT_DEPS and \
                verb.head.i == head.head.i:
            return True
    return False


def _according_to(verb: Token, mention: Span, words: EventWords) -> bool:
    """Whether `verb` has an attribution "according to X" whose X is a noun or name outside `mention`:
    a source that tells what its clause says, as a speaker's "X said" does (round 73a)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.source_preps:
            continue
        if any(t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN") and not mention.start <= t.i < mention.end
               for t in prep.subtree):
            return True
    return False


def _other_it(pronoun: Token, mention: Span, head: Token, words: EventWords) -> bool:
    """A subject "it" taken for the subject of a clause whose own object is another "it", after the
    mention and before the pronoun ("a company that bought the building failed to make it pay. It
    closed"): that "it" cannot be the subject (it would be "itself"), so another thing is in play. Only
    through verbs with no subject of their own ("failed to make"); "expects the recall to cost it" may
    be the subject's own."""
    if pronoun.dep_ not in SUBJECT_DEPS or head.dep_ not in SUBJECT_DEPS:
        return False
    verb = head.head
    for token in mention.doc[mention.end:pronoun.i]:
        if token.lower_ not in words.neuter_pronouns or token.pos_ != "PRON":
            continue
        up = token.head
        if token.dep_ in SUBJECT_DEPS and up.dep_ == "ccomp" and up.tag_ == "VB" and up.head.pos_ == "VERB" and \
                not any(c.dep_ in ("aux", "auxpass", "mark") for c in up.children):
            up = up.head  # "make it pay": the subject of a bare infinitive is its verb's object
        elif token.dep_ not in ("dobj", "dative") or up.pos_ != "VERB":
            continue
        while up.i != verb.i and up.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in up.children):
            up = up.head
        if up.i == verb.i:
            return True
    return False
