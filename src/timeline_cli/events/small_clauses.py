"""An object "it" the "it" rule of subjects left as it is (docs/events.md, "An object it after a
plural subject").

* "it" as the subject of a small clause after a verb ("declared it safe", "kept it open") is an
  object like "approved it"; "made it clear that ...", "found it hard to ..." are not: there "it" stands
  for the clause that follows the adjective, and no antecedent is sought. An adjective of what its
  subject can or will do ("left it unable to repay savers", "left it free to", the pack's
  `agent_adjectives`) is the other kind: "it" does the infinitive's act and stands for an agent.
* the subject a pronoun "it" would be given cannot be a plural ("Divers cleared the channel in January,
  and the navy declared it open on Monday"; "The ferry left ... A tug reached it"): when that plural's
  verb acted on one singular thing, that thing is what "it" stands for ("the channel"). Two such things,
  a person, or a phrase with a pronoun inside leave "it" to the other rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")


def small_clause_object(token: Token, words: EventWords) -> bool:
    """Whether "it" is the subject of an adjective small clause of a verb ("declared it safe")."""
    adjective = token.head
    if token.lower_ not in words.neuter_pronouns or token.dep_ != "nsubj" or adjective.pos_ != "ADJ" or \
            adjective.dep_ not in ("ccomp", "oprd", "xcomp") or adjective.i != token.i + 1:
        return False
    verb = adjective.head
    return verb.pos_ == "VERB" and verb.i == token.i - 1 and \
        not any(c.dep_ in _CLAUSE_DEPS for c in adjective.children)  # "made it clear that ..."


def agent_small_clause(token: Token, words: EventWords) -> bool:
    """Whether an object "it" is the doer of an agent adjective's infinitive ("a run on deposits left
    it unable to repay savers"), so an object the "it" rule may resolve (module doc)."""
    if token.lower_ not in words.neuter_pronouns or token.dep_ != "dobj":
        return False
    return any(c.pos_ == "ADJ" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.i == token.i + 1 and
               c.lower_ in words.agent_adjectives and any(x.dep_ == "xcomp" for x in c.children)
               for c in token.head.children)


def object_of_plural(candidate: Token, token: Token, words: EventWords) -> str | None:
    """The one singular thing a plural subject `candidate` acted on before `token` ("Divers cleared
    the channel" -> "the channel"), or None."""
    from .actors import may_be_person
    if candidate.tag_ not in ("NNS", "NNPS") or candidate.pos_ not in ("NOUN", "PROPN"):
        return None
    # a plural object is no "it" either (a garbled parse may hang a later noun there too)
    objects = [c for c in candidate.head.children if c.dep_ == "dobj" and c.i < token.i and c.tag_ not in ("NNS", "NNPS")]
    if len(objects) != 1:
        return None
    noun = objects[0]
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or noun.ent_type_ or may_be_person(noun, words) or \
            any(c.dep_ in ("cc", "conj") for c in noun.children):
        return None
    left = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ not in ("det", "amod", "compound") for c in left) or \
            any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.ent_type_ for c in left for t in c.subtree):
        return None
    tokens = sorted([t for c in left for t in c.subtree] + [noun], key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    if tokens[0].dep_ == "det":
        if tokens[0].lower_ not in words.articles:
            return None  # "this route": kept as the writer chose
        tokens = tokens[1:]
    return "the " + " ".join(t.text for t in tokens)
