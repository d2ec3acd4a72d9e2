"""Who said so: a reported clause's row that names nobody keeps its named reporter (docs/events.md,
"Subject resolution").

"The change in policy will occur within the next six months, Apple announced this morning" gives a
row dated by "within the next six months" whose own words name nobody ("The change in policy will
occur"): the analyst cannot tell whose change it is, nor who says it will happen. The clause is what
Apple announced, so the row reads "Apple announced the change in policy will occur" (the trigger,
date and status stay the reported clause's). Only when

* the row's own clause is the complement of a verb of saying (the pack's `reporting`) in the same
  sentence, before or after it;
* that verb's subject is a name the tagger calls an organization, a person or a country (not
  "officials", "forecasters" or a pronoun: an unnamed source adds nothing an analyst can use);
* the row's own description names no actor: "Kenmore said Harlow would close the plant" keeps
  "Harlow would close the plant", which says who acts.

The reporter is not made an actor of the event ("The storm will hit the coast, the weather service
said": the service does not hit anything); the description says who said so.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

REPORTER_LABELS = ("ORG", "PERSON", "GPE")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DASHES = ("--", "—", "–")


def named_reporter_verb(top: Token, bounds: tuple[int, int], entities, words: EventWords) -> Token | None:
    """The verb of saying whose complement is the clause headed by `top`, when a name says it (see
    the module doc); else None."""
    verb = top.head
    if top.dep_ != "ccomp" or verb.i == top.i or not bounds[0] <= verb.i <= bounds[1]:
        return None
    if verb.lemma_.lower() not in words.reporting or verb.pos_ != "VERB":
        return None
    own = [c for c in top.children if c.dep_ in SUBJECT_DEPS]
    if not own:
        return None  # a reported clause without a subject of its own is a garbled parse
    if any(c.lower_ in words.person_pronouns | words.thing_pronouns | words.group_pronouns for c in own):
        return None  # "it", "he", "they": the resolver names them (a quotation's "we" and "I" stay)
    if any(c.dep_ in ("dobj", "ccomp") and c.i != top.i for c in verb.children):
        return None  # "...; Apple announced no new hardware products": the verb says something else
    lo, hi = sorted((top.i, verb.i))
    if any(t.text in (";", ":") for t in top.doc[lo:hi]):
        return None  # a clause across a semicolon is the parser's join, not what was said
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    subject = subjects[0]
    named = next((e for e in entities.between(subject.i, subject.i) if e.start <= subject.i < e.end), None)
    if named is None or entities.label(named) not in REPORTER_LABELS:
        return None
    return verb


def asides(top: Token) -> set[int]:
    """Token indices of the asides set off by punctuation inside the reported clause headed by
    `top` ("its new strategy -- started in some markets last month -- will mean ..."): with the
    reporter in front, the description has no room for them."""
    out: set[int] = set()
    for token in top.subtree:
        if token.dep_ in ("acl", "relcl", "appos") and token.left_edge.i > 0 and \
                token.doc[token.left_edge.i - 1].is_punct and token.doc[token.left_edge.i - 1].text != "(":
            out |= {t.i for t in token.subtree}
    doc = top.doc
    dashes = [t.i for t in doc[top.left_edge.i:top.right_edge.i + 1] if t.text in DASHES]
    if len(dashes) == 2 and not dashes[0] < top.i < dashes[1]:
        out |= set(range(dashes[0], dashes[1] + 1))  # "its new strategy -- started in May -- will mean"
    return out


def _reporter_start(verb: Token) -> int:
    """Where the reporter's words start: its subject or its verb ("..., says Mr. Litvack")."""
    subject = [c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return min([verb.i, *subject])


def reporter_first(pieces: list[list], verb: Token, pred: Token) -> list[list]:
    """The description's pieces with the reporter and its verb before the clause reported ("The
    change will occur ..., Apple announced" -> "Apple announced the change will occur"); the
    reporter's other words ("said in response to ...", "said Friday in its final report") are left
    out: the row is the clause's."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    pieces = [p for p in pieces if any(t is not None and (t.i == verb.i or t.i == pred.i or t.i in subject)
                                       for t in p)]
    start = _reporter_start(verb)
    before = [p for p in pieces if p and p[0] is not None and p[0].i < start]
    return [p for p in pieces if not any(p is b for b in before)] + before


def lower_first(description: str, pieces: list[list], verb: Token, words: EventWords) -> str:
    """The reported clause's first word in lower case after the reporter ("Mr. Schwarz says we will
    have ...", from a quotation's "We"), unless it is a name or "I"."""
    start = _reporter_start(verb)
    content = sorted((t for p in pieces for t in p if t is not None and t.i < start and not t.is_punct and t.pos_ != "PUNCT"),
                     key=lambda t: t.i)
    said = f" {verb.text}, "
    if said in description:  # '"..., you have strong redemptions," says Mr. Litvack': no comma after "says"
        description = description.replace(said, f" {verb.text} ", 1)
    if not content or content[0].ent_type_ or content[0].pos_ == "PROPN" or content[0].text in words.capital_pronouns or \
            not content[0].text[:1].isupper():
        return description
    word = content[0].text
    at = description.find(" " + word + " ")
    return description if at < 0 else description[:at + 1] + word[:1].lower() + description[at + 2:]
