"""An object "it" of a clause joined to an earlier one of the same subject, whose object is one
singular thing (docs/events.md, "An object it of a joined clause"): "The regulator had been examining
the lender since May and had ordered it on Friday to preserve its records" -> "had ordered the lender
to ...". The subject of both clauses is the regulator (so never "it"), and the thing the first clause
acted on is what the second acts on again: the plural rule of chained.py ("produced 10 million doses
and would start shipping them") for "it". The earlier object must be the only noun between it and
"it" (dates aside), a thing and not a person, written with no pronoun inside; None otherwise."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_PHRASE_DEPS = ("det", "amod", "compound")


def earlier_object(first: Token) -> Token | None:
    """The object of the earlier clause `first`, or of the open complement it carries ("began testing
    the kettles", "had agreed to buy the mill"): the thing that clause acted on (round 68b)."""
    verb = first
    for _ in range(3):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
    return None


def in_own_clause(token: Token, first: Token) -> bool:
    """Whether `token` sits in a clause with a subject of its own hung inside the earlier clause `first`
    ("began testing the kettles in October, when the first reports reached it, and stopped selling
    them"): a noun of that aside is not what the joined clause acts on again, so it is no rival to
    the earlier object (round 68b)."""
    node = token
    while node.i != first.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "relcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False


def _price_phrase(token: Token, words: EventWords) -> bool:
    """An amount in a phrase of the earlier verb ("bought the building for 2.4 million euros and turned
    it into ..."): what was paid, not a thing the joined clause acts on again (round 73a)."""
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in words.price_preps and (
        token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or any(c.dep_ == "nummod" for c in token.children))


def conjunct_it(token: Token, words: EventWords) -> str | None:
    """What an object "it" stands for by the joined-clause rule (module doc), or None."""
    if token.lower_ not in words.neuter_pronouns or token.dep_ != "dobj":
        return None
    verb = token.head
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause with a subject of its own may be about anything
    first = verb.head
    obj = earlier_object(first)
    if obj is None or obj.tag_ not in ("NN", "NNP") or obj.ent_type_ in ("PERSON", "NORP", "DATE", "TIME"):
        return None
    from .actors import may_be_person
    if obj.pos_ == "NOUN" and may_be_person(obj, words) and obj.lemma_.lower() not in words.generic_orgs:
        return None  # "arrested the driver and questioned him" is not this rule's
    doc = token.doc
    between = [t for t in doc[obj.i + 1:token.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
               and t.ent_type_ not in ("DATE", "TIME") and not in_own_clause(t, first) and not _price_phrase(t, words)]
    if between:
        return None  # another noun or pronoun in between ("the driver of the lorry"): which one is unsure
    left = sorted([t for c in obj.children if c.i < obj.i for t in c.subtree], key=lambda t: t.i)
    if any(t.dep_ not in _PHRASE_DEPS and t.head.i == obj.i for t in left) or \
            any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in left):
        return None
    phrase = left + [obj]
    if phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    if phrase[0].dep_ == "det" and phrase[0].lower_ not in words.articles:
        return None  # "this route": kept as the writer chose
    if obj.pos_ == "NOUN" and phrase[0].dep_ != "det":
        return None  # a bare noun ("took control and kept it"): no one thing
    if phrase[0].lower_ in words.articles - words.definite_determiners:
        # "adopted a generational ban in 2022 but repealed it": the ban just named, now a known one
        phrase = phrase[1:]
        return "the " + " ".join(t.text for t in phrase).replace(" 's", "'s") if phrase else None
    text = " ".join(t.text for t in phrase).replace(" 's", "'s")
    return text[0].lower() + text[1:] if phrase[0].dep_ == "det" else text


def conjunct_unsure(token: Token, words: EventWords) -> bool:
    """Whether an object "it" the joined-clause rule left unresolved still has its clause's earlier
    object to go on with: a singular thing the earlier clause of the same subject acted on ("issued a
    yellow warning for storms at 4 p.m. and raised it to orange", "found the old floor under layers
    of carpet and repaired it"). The thing is that object or a noun beside it, never a subject of the
    sentence before ("The investigation ... raised the investigation to orange"): the pronoun stays
    as written (round 73a)."""
    if token.lower_ not in words.neuter_pronouns or token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    obj = earlier_object(verb.head)
    if obj is None or obj.tag_ not in ("NN", "NNP") or obj.ent_type_ in ("PERSON", "NORP", "DATE", "TIME"):
        return False
    from .actors import _named_person_noun
    return not (obj.pos_ == "NOUN" and _named_person_noun(obj, words))  # (not the endings: "the floor")
