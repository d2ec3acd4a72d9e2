"""Pronouns whose antecedent the text gives through another mention (docs/events.md, "Subject
resolution"; issue 10, round 5).

* An unlabelled name with a "which" clause: "Scheldt Gateway Terminals, which handles a fifth of the
  port's containers, said it detected the intrusion". The small model tags no entity on many invented
  names, and reads a name ending in a plural word ("Terminals", "Holdings", "Systems") as a plural, so
  "it" passed it over. A relative "which" set off by commas says the writer takes the name for a thing
  or a body, and a singular verb in it says it is one.
* "They" after "they": "Burglars entered a shop on Sunday. They smashed a case ... They escaped on a
  motorbike". The rule for "they" takes the one plural subject in sight; an earlier "they" was a rival
  that left every later one unresolved. When the nearest subject before a "they" is another subject
  "they" of the sentence before (or of its own sentence), and that sentence names no other plural
  that could act (a plural subject, object or apposition), the later "they" is the earlier one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

# Where a plural noun could be what a later "they" stands for: an actor or what was acted on.
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "appos", "conj", "oprd"})


def which_named(candidate: Token, words: EventWords) -> str | None:
    """The name a proper-noun subject without an entity gives "it", when a "which" clause set off by
    a comma hangs on it with a singular verb ("Scheldt Gateway Terminals, which handles ..."), else
    None."""
    from .actors import _which_aside
    if candidate.pos_ != "PROPN" or not candidate.text[:1].isupper() or not _which_aside(candidate):
        return None
    if candidate.tag_ == "NNPS" and not any(c.dep_ == "relcl" and _singular(c, words) for c in candidate.children):
        return None  # "the Alps, which rise ...": a plural name is no "it"
    doc = candidate.doc
    start = candidate.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and \
            doc[start - 1].head.i == candidate.i:
        start -= 1
    parts = [t.text for t in doc[start:candidate.i + 1]]
    return " ".join(parts) if all(w[:1].isupper() for w in parts) else None


def _singular(verb: Token, words: EventWords) -> bool:
    """A verb (or its auxiliary) in the third person singular: "handles", "has run", "was"."""
    return verb.tag_ == "VBZ" or verb.lower_ in words.singular_past_forms or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ in words.singular_past_forms) for c in verb.children)


def earlier_they(token: Token, subjects: list[Token], segments: Segments, words: EventWords) -> Token | None:
    """The subject "they" a later subject "they" (`token`) repeats: the nearest subject before it
    (`subjects`, nearest first), when it is "they" and its sentence names no other plural that could
    act; else None."""
    if not subjects:
        return None
    earlier = subjects[0]
    if earlier.lower_ not in words.group_pronouns or earlier.dep_ not in ("nsubj", "nsubjpass"):
        return None
    bounds = segments.span(earlier)
    if bounds is None:
        return None
    doc = token.doc
    for t in doc[bounds[0]:max(bounds[1], token.i - 1) + 1]:
        if t.i == token.i:
            break
        if t.i == earlier.i or t.lower_ in words.group_pronouns:
            continue  # the chain itself ("They ... they ... themselves")
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in _RIVAL_DEPS:
            return None  # "They took six watches. They ...": the watches may be "they"
        if t.pos_ == "PRON" and t.lower_ in words.other_group_pronouns:
            return None
    return earlier


def owner_in_object(first: Token, token: Token, words: EventWords) -> tuple[str, bool] | None:
    """What a subject "it" stands for when the subject before it in its own sentence is a bare mass
    noun, which it cannot be (`clauses.cannot_be_it`): "ice blocked two of the aircraft's three pitot
    tubes shortly after it took off" -> "The aircraft". Only when "it" is the subject of a clause that
    hangs on that noun's verb ("after", "when", "as" ...), and the verb's object is a plural (or a
    count of one) whose phrase names one singular thing as its owner, by a possessive or an "of"
    phrase: that thing. A singular object ("frost covered the runway after it closed": either may be
    "it"), two owners, a name or a person leave "it". Returns (text, False) or None."""
    verb = first.head
    if first.dep_ != "nsubj" or first.tag_ != "NN" or first.pos_ != "NOUN" or \
            any(c.dep_ in ("det", "poss", "nummod", "compound") for c in first.children):
        return None
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.i != verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ == "CD":  # "two of the aircraft's three pitot tubes"
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ in words.genitive_preps
                    for p in c.children if p.dep_ == "pobj"), None)
    if obj is None or obj.tag_ != "NNS":
        return None
    owners = [c for c in obj.children if c.dep_ == "poss"]
    owners += [p for c in obj.children if c.dep_ == "prep" and c.lower_ in words.genitive_preps for p in c.children if p.dep_ == "pobj"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.tag_ != "NN" or owner.pos_ != "NOUN" or owner.ent_type_ or \
            not any(c.dep_ == "det" and c.lower_ in words.definite_articles for c in owner.children):
        return None
    from .actors import may_be_person
    if may_be_person(owner, words):
        return None  # "the driver's": a person is no "it"
    phrase = sorted([t for c in owner.children if c.dep_ in ("det", "amod", "compound") for t in c.subtree] + [owner],
                    key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    text = " ".join(t.text for t in phrase)
    return text[:1].upper() + text[1:], False


def conjunct_object(token: Token, words: EventWords) -> str | None:
    """What an object "them" (of a verb or of its preposition) stands for when its clause is joined
    to an earlier one of the same subject whose object is a plural: "had already produced 10 million
    doses and would start shipping them" -> "the 10 million doses"; "is investigating two former
    managers, and will decide whether to act against them" -> "the two former managers". The earlier object must be the only plural noun between it and
    "them", with no possessive pronoun of its own ("their staff"); None otherwise."""
    if token.lower_ not in words.plural_object_pronouns or token.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head
    if token.dep_ == "pobj":  # "and will decide whether to act against them"
        if verb.dep_ != "prep" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and verb.i > verb.head.i:
        verb = verb.head  # "would start shipping them": the starting
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause with a subject of its own may be about anything
    first = verb.head
    from .conjunct_it import earlier_object, in_own_clause
    obj = earlier_object(first)  # "began testing the kettles ... and stopped selling them" (round 68b)
    if obj is None or obj.tag_ != "NNS" or obj.ent_type_ not in ("", "CARDINAL", "QUANTITY"):
        return None
    doc = token.doc
    if any((t.tag_ in ("NNS", "NNPS") or t.lower_ in words.plural_personal_pronouns) and not in_own_clause(t, first)
           for t in doc[obj.i + 1:token.i]):
        return None  # another plural in between: which one is unsure
    modifiers = [t for c in obj.children if c.i < obj.i and c.dep_ in ("amod", "compound", "nummod", "poss", "det")
                 for t in c.subtree]
    if any(t.tag_ in ("PRP$", "PRP", "WDT") for t in modifiers):
        return None
    phrase = sorted([t for t in modifiers if t.dep_ != "det" or t.head.i != obj.i] + [obj], key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    text = " ".join(t.text for t in phrase).replace(" 's", "'s")
    return text if any(t.dep_ == "poss" for t in phrase) else "the " + text


def _bare_clause_part(child: Token) -> bool:
    """A part of a clause that tells only when it happened: its subject, conjunction, auxiliaries,
    an adverb or a time phrase ("after it opened in June 2023"), no object or argument ("after it
    merged with a rival")."""
    if child.dep_ == "prep":
        return all(p.ent_type_ in ("DATE", "TIME") or p.tag_ == "CD" for p in child.children if p.dep_ == "pobj")
    return child.dep_ in ("nsubj", "mark", "advmod", "aux", "neg", "punct", "npadvmod")


def thing_before_it(token: Token, words: EventWords) -> bool:
    """Whether a subject "it" of a clause hung on the main verb ("after", "when", "once" ...), whose
    verb takes no object, follows a singular thing the main clause acts on, between the main
    subject and it: "Solenta moved the case to the new court after it opened in June 2023" (the
    court, not Solenta); "The firm sold the plant when it closed". The main subject is the centre of
    the sentence, the thing the nearer noun that fits: either may be "it", and a wrong name is worse
    than "it". A verb with an object ("cut the price after it lost market share") keeps the subject
    rule, as does one with an argument ("after it merged with a rival") or a thing that is a name, a
    person or owned ("its plant")."""
    clause = token.head
    if token.dep_ != "nsubj" or token.tag_ != "PRP" or clause.dep_ != "advcl" or \
            not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children) or \
            not all(_bare_clause_part(c) for c in clause.children):
        return False
    main = clause.head
    head = main
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "Solenta sued in 2022, but moved the case ...": Solenta
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > token.i:
        return False
    from .actors import may_be_person
    stack = [c for c in main.children if c.i != clause.i and subject.i < c.i < token.i]
    while stack:  # the main verb's objects and their prepositions' objects, not the clause itself
        noun = stack.pop()
        if noun.dep_ == "prep":
            stack += [c for c in noun.children if c.dep_ == "pobj" and c.i < token.i]
            continue
        if noun.dep_ not in ("dobj", "pobj"):
            continue
        stack += [c for c in noun.children if c.dep_ == "prep" and c.i < token.i]
        if noun.tag_ == "NN" and noun.pos_ == "NOUN" and not noun.ent_type_ and \
                any(c.dep_ == "det" for c in noun.children) and \
                not any(c.dep_ == "poss" for c in noun.children) and not may_be_person(noun, words):
            return True
    return False


def it_in_relative(token: Token, words: EventWords) -> bool:
    """Whether a subject "it" is that of a "since/until/when" clause hung on a relative clause's verb
    ("The garage, which housed the town's buses from 1931 until it closed in 1994"; "a party that had
    run the region since it was founded in 1975"): "it" is the relative's noun or a thing inside the
    relative clause, never a name from a sentence before, which the rules of the main clause would take
    ("The charity closed"). Unsure (round 65g): a wrong name is worse than "it"."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "PRP" or token.lower_ not in words.neuter_pronouns or \
            clause.dep_ != "advcl" or \
            not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children):
        return False
    relative = clause.head
    return relative.dep_ == "relcl" and relative.head.i < relative.i and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in relative.children)


def asked_body_it(token: Token, entities, words: EventWords) -> tuple[str, bool] | bool | None:
    """What a subject "it" of a "when"/"if" clause with an object stands for when that clause hangs on
    a verb whose doer is a body asked or told to do it: "they would ask the government to use the case
    when it reviews whistleblower protections" (the government reviews; the nearest earlier subject,
    "the award", is no doer). The body is the object of the verb above ("ask the government to use"),
    an organisation: (text, whether a name), when the one who asks is people ("they", "campaigners",
    a person). When it may be a body or a thing ("Acme asked the regulator to act when it files its
    accounts") either may be meant: False (unsure, "it" stays). None when the rule does not apply
    (round 50)."""
    clause = token.head
    if token.dep_ != "nsubj" or token.tag_ != "PRP" or token.lower_ not in words.thing_pronouns or \
            clause.dep_ != "advcl" or \
            not any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children) or \
            not any(t.dep_ == "dobj" and t.head.i in (clause.i, *(c.i for c in clause.children)) for t in clause.subtree):
        return None  # "when it closes": what the verb acts on may be meant (thing_before_it)
    main = clause.head
    if main.dep_ != "xcomp" or main.head.i == main.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    above = main.head
    body = next((c for c in above.children if c.dep_ == "dobj" and c.i < main.i), None)
    if body is None or not _body(body, words):
        return None
    if not any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "PERSON" or
                                      c.tag_ == "PRP" and c.lower_ not in words.thing_pronouns)
               for c in above.children):
        return False  # "Acme asked the regulator to approve it when it files its accounts": which one?
    from .thing_it import _text
    return _text(body, entities, words, token.is_sent_start) or None


def _body(noun: Token, words: EventWords) -> bool:
    """A singular organisation: a name tagged one, or a body's or a company's common noun."""
    if noun.tag_ not in ("NN", "NNP") or any(c.dep_ in ("conj", "cc") for c in noun.children):
        return False
    if noun.ent_type_ == "ORG":
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and (lemma in words.public_body_words or lemma in words.generic_orgs)
