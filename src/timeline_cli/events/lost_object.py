"""A description that ends on a verb whose object or complement the parse left out (docs/events.md,
"Lost objects"): "The FBI has interviewed" (and released one of two men), "The troops entered" (and
occupied the city), "... and the effects led" (to the failure). The row says that someone did
something without saying what: it cannot say who did what. No row.

Only an active verb (a passive "Lincoln was shot" is whole) of the description's own clause or of a
clause it reports ("said that he wants diplomats to meet his son and check"): a verb in a side phrase
("settled with the maker paying $80,000 and agreeing to stay", "release soldiers captured") leaves the
clause whole. Only an object, complement or phrase after the verb in its sentence that the
description lacks, and not a phrase holding the row's date ("followed in 1979": the row's own date).
A verb that shares its object with a following conjunct ("invaded and occupied the Baltic States",
the object parsed on the second verb) counts as lost too when the conjunct has no subject of its own,
and so does a bare number object the parser hung on the date after it ("hired 120 last year", "120"
parsed as a count of "year": "ENAV hired").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "dative", "oprd", "prep")
# a verb inside a phrase that modifies a noun or the clause: the clause says who did what without it
_MODIFIERS = ("acl", "relcl", "advcl", "pcomp", "pobj", "prep", "npadvmod", "amod")


def lost_object(description: str, tokens: list[Token], dates: set[int]) -> bool:
    """Whether the `description`, made of the words `tokens`, ends on an active verb whose object,
    complement or phrase after it is missing from them (module doc); `dates` are the time expressions'
    token indexes."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    kept = {t.i for t in tokens}
    last = max(words, key=lambda t: t.i)
    if not description.rstrip(" .,;:").endswith(last.text):
        return False  # (words put in another order: "..., the government reported" told first)
    if last.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in last.children):
        return False
    from .finite import apposed_participle

    if apposed_participle(last):
        return False  # "The Matterhorn, first climbed in 1865, claims ...": told passive, no object lost
    verb = last
    while verb.head.i != verb.i and verb.head.i in kept:
        if verb.dep_ in _MODIFIERS:
            return False  # "settled with the maker paying $80,000 and agreeing to stay": a side phrase
        verb = verb.head

    def lost(verb: Token) -> bool:
        # (a bare preposition right before a date the parser hung elsewhere is that date's: "resumed at
        # 1:30 p.m." with "p.m." on the first verb, round 27)
        return any(c.i > verb.i and c.dep_ in _COMPLEMENTS and c.i not in kept and
                   not any(t.i in dates for t in c.subtree) and not (c.dep_ == "prep" and c.i + 1 in dates)
                   for c in verb.children)

    if lost(last) or _number_on_date(last, kept, dates):
        return True
    # "invaded and occupied the neutral Baltic States": the object parsed on the second verb; not a
    # conjunct with a modal of its own after a phrase of the first verb ("would strike on Monday and
    # would fight the closure": two plans, round 27)
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in last.children) and \
        any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in kept and
            not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and
            not (any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children) and
                 any(last.i < g.i < c.i and g.dep_ not in ("cc", "punct") for g in last.children)) and
            any(g.dep_ == "dobj" for g in c.children) for c in last.children)


def _number_on_date(verb: Token, kept: set[int], dates: set[int]) -> bool:
    """A number after `verb`, outside the date, that the parser made a count of the date's noun ("hired
    120 last year"): the verb's object, lost with the date."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(g.dep_ == "nummod" and g.tag_ == "CD" and g.i > verb.i and g.i not in dates and g.i not in kept
               for c in verb.children if c.i in dates for g in c.children)


def bare_saying(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the `description` is only a subject and an active verb of saying, showing or planning
    (round 66c): "A study showed" ("Deer have started using the bridge, a study released on Tuesday
    showed"), "A rockfall said" (the speaker misread), "Veltron planned" ("the opening of a plant,
    originally planned for January"). What was said, shown or planned is the news and is not among
    the words, which the parse hung elsewhere or not at all. No row. A passive is whole ("The deal
    was announced"), and so is a participle told on the noun it follows ("First production
    expected"); a verb of planning whose cue is no plan ("go", as in "be going to") is left out."""
    said = [t for t in tokens if not t.is_punct]
    if not said:
        return False
    last = max(said, key=lambda t: t.i)
    if not description.rstrip(" .,;:").endswith(last.text) or last.pos_ != "VERB":
        return False
    lemma = last.lemma_.lower()
    planning = words.control_verbs.get(lemma) in ("planned", "expected") and lemma not in words.modal_like
    # (not a request or a complaint, "The union asked", "The heirs appealed", nor a verb of finding,
    # "The process concluded on Wednesday": often whole without an object)
    if lemma not in words.reporting and lemma not in words.result_reports and not planning:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "aux" and c.lemma_ in words.copulas and last.tag_ == "VBN"
           for c in last.children):
        return False  # "The deal was announced", "Full capacity was expected"
    kept = {t.i for t in said}
    written = description.rstrip(" .,;:").split()
    before = max((t for t in said if t.i < last.i), key=lambda t: t.i, default=None)
    if before is None or len(written) < 2 or \
            before.pos_ != "PRON" and written[-2].strip(",;:") != before.text:
        # a word put in by a rewrite, "Full capacity was expected" (finite.py): told passive (a
        # pronoun subject is written as its antecedent: "it planned" -> "Veltron planned")
        return False
    if last.tag_ == "VBN" and not any(c.dep_ == "aux" for c in last.children) and (
            last.head.i in kept or any(c.dep_ in ("auxpass", "nsubjpass") for c in last.head.children)):
        # "First production expected": a reduced passive told on its noun; "Longhorn is expected to
        # ... when it is released, expected in late 2006": on a passive's subject, told passive too
        # (an active verb's subject is the doer: "it would postpone the opening, originally planned
        # for January" -> "Veltron planned")
        return False
    group = {c.i for c in last.children if c.dep_ in ("aux", "neg", "advmod")} | {last.i}
    # every other word a noun phrase's (the subject): no verb, no complement of the verb kept
    return all(t.i in group or t.pos_ not in ("VERB", "AUX") and t.head.i != last.i or
               t.dep_ in ("nsubj", "csubj", "expl") and t.head.i == last.i for t in said)
