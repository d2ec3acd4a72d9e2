"""An object "them" the clause-structure rules leave (docs/events.md, "Subject resolution"): the
nearest plural noun phrase before it, in its own sentence or the one before. "Survivors said a wave
had swept three men into the sea. A search found no trace of them" -> "no trace of the three men";
"The centre held about 1,300 people. Authorities plan to transfer 500 of them" -> "500 of the 1,300
people"; "Analysts said the size of the purchase surprised them" -> "surprised analysts".

A pronoun left as it is makes the row wrong every time, so the nearest agreeing phrase (the
centering preference for the most recent mention) is taken, but only a clean one:

* a plural common noun (no name, no date, amount or count of time: "three years" is no "them");
* but a number standing as a noun before it in its own sentence is taken first ("The seven will appear
  before a judge, who will decide whether to hold them": the seven, not the police of the sentence
  before), or nothing when it cannot be written as a phrase;
* not the subject of the pronoun's own clause ("Authorities plan to transfer them": not themselves);
* not inside an "of" modifier ("one of the biggest lenders"), a quotation, or a modifier of another
  noun; not one of a list ("costs, imports and permits": which?), which leaves "them" as it is;
* its phrase is its determiners, adjectives, compounds and numbers, with no pronoun inside.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

PHRASE_DEPS = ("nsubj", "nsubjpass", "dobj")
NOT_THINGS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")
MODIFIER_DEPS = ("det", "amod", "compound", "nummod")


def nearest_plural(token: Token, segments: Segments, words: EventWords, shown: set[int]) -> str | None:
    """The text an object "them" is written as (module doc), or None to leave it; also None when the
    phrase is among the description's own tokens (`shown`: "Analysts said ... surprised them" reads
    well as it is)."""
    from .centered import _previous_segment
    from .quoted import inside_quotes
    if token.lower_ not in words.plural_object_pronouns or token.tag_ != "PRP" or token.dep_ not in ("dobj", "pobj", "dative"):
        return None
    bounds = segments.span(token)
    if bounds is None:
        return None
    own = _own_subject(token)
    skip = {t.i for t in own.subtree} if own is not None else set()
    doc = token.doc
    spans = [(bounds[0], token.i - 1)]
    before = _previous_segment(token, segments)
    if before is not None:
        spans.append(before)
    for lo, hi in spans:
        for noun in (doc[i] for i in range(hi, lo - 1, -1)):
            if noun.pos_ == "NUM" and noun.dep_ in PHRASE_DEPS and noun.i not in skip and lo == bounds[0] and \
                    not noun.is_ancestor(token):  # not the count of "500 of them
                # "The seven will appear before a judge, who will decide whether to hold them": a set named
                # by its number in the pronoun's own sentence ("the seven"), not a plural of the one before
                return _phrase(noun, words)
            if noun.i in skip or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_ in NOT_THINGS:
                continue
            if noun.lemma_.lower() in words.time_unit_nouns and noun.dep_ == "pobj":
                continue  # "in the weeks that followed": a time, never what "them" stands for
            if noun.dep_ == "pobj" and _partitive(token, words) and noun.head.head.pos_ in ("VERB", "AUX"):
                continue  # "coins began washing up on local beaches, and a farmer found 2,000 of them": a
                # place or circumstance of a verb is not the set counted out of
            # the nearest plural decides: a subject or direct object is taken; one inside an "of" or
            # other modifier, a quotation, a list, or the object of a clause with a plural subject
            # ("quotas broke trade rules, and Beijing scrapped them": which?) leaves "them"
            if noun.dep_ not in PHRASE_DEPS or inside_quotes(noun, (lo, hi)) or noun.i in shown or \
                    any(c.dep_ in ("conj", "cc") for c in noun.children) or noun.dep_ == "conj" or \
                    noun.dep_ == "dobj" and not (_partitive(token, words) and _counted(noun)) and \
                    any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for c in noun.head.children):
                return None
            return _phrase(noun, words, token.head.lower_ in words.genitive_preps)
    return None


def _partitive(token: Token, words: EventWords) -> bool:
    """Whether "them" is counted out of: "two of them", "500 of them", "a handful of them" (the pack's
    `quantity_words`)."""
    of = token.head
    return of.lower_ in words.genitive_preps and of.head.i != of.i and (
        of.head.pos_ == "NUM" or of.head.lemma_.lower() in words.quantity_words)


def _counted(noun: Token) -> bool:
    """Whether the noun has a number: "five workers" is the set "two of them" is counted out of, rather
    than the clause's plural subject ("Police arrested five workers ... two of them")."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _own_subject(token: Token) -> Token | None:
    """The subject of the clause "them" is in, or of the clause that clause completes ("Authorities
    plan to transfer 500 of them": the authorities)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _phrase(noun: Token, words: EventWords, definite: bool = False) -> str | None:
    """"the three men" for "three men", "the 1,300 people" for "about 1,300 people": the noun with its
    left modifiers (a number's "about" left out), "the" put before a phrase with no determiner that has
    a number or follows "of" (`definite`: "all of them" -> "all of the satellites")."""
    left = [c for c in noun.children if c.i < noun.i and c.dep_ in MODIFIER_DEPS]
    tokens = sorted([t for c in left for t in c.subtree if t.dep_ not in ("advmod", "quantmod") or t.i == c.i] + [noun],
                    key=lambda t: t.i)
    if any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.ent_type_ in ("PERSON", "ORG", "GPE") for t in tokens) or \
            tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    text = noun.doc[tokens[0].i:tokens[-1].i + 1].text  # "twenty-two people" keeps its hyphen
    det = tokens[0].dep_ == "det"
    if det and tokens[0].lower_ not in words.articles:
        return None  # "these men", "some people": the writer's own choice of which, kept as it is
    if det:
        return "the " + noun.doc[tokens[1].i:tokens[-1].i + 1].text
    if definite or any(t.dep_ == "nummod" for t in tokens):  # "all of them": "all of the satellites"
        return "the " + (text.lower() if tokens[0].is_sent_start else text)
    return text.lower() if tokens[0].is_sent_start else text


def partitive_subjects(subject_tokens: list[Token], subs: dict[int, str], segments: Segments, words: EventWords,
                       shown: set[int]) -> dict[int, str]:
    """A subject counted out of "them" ("two of them were convicted"), written as the nearest plural
    noun phrase `nearest_plural` finds: "Police arrested five workers ..., and two of them were
    convicted" -> "Two of the five workers were convicted"; "About 70 survivors reached the shore, and a
    handful of them arrived" -> "a handful of the 70 survivors". The subject resolvers leave "them" there."""
    out = {}
    for token in subject_tokens:
        if token.i not in subs and token.lower_ in words.plural_object_pronouns and _partitive(token, words):
            found = nearest_plural(token, segments, words, shown)
            if found:
                out[token.i] = found
    return out
