"""Who a story's opening describes and names only later (docs/events.md, "Subject resolution").

"An opposition lawmaker subpoenaed the minister on Friday. ⏎ Rep. Ana Ruiz said she subpoenaed him
to testify ..." News often opens with a description of its actor ("a lawmaker", "two rival
bidders") and names it in the next sentences, telling the same deed again with the same verb. The
opening's row gets those names as its first actors (its description keeps the text's words) when
**all** hold:

* the row is the main verb of one of the story's first two sentences, in the active voice, and its
  subject is an indefinite description: a common noun with "a"/"an" or a number, naming no one;
* one of the next two sentences has the same verb (lemma) with a named agent: a person or
  organisation as its subject; a pronoun subject of a clause reported by one ("Rep. Ana Ruiz said
  she subpoenaed him" → Ana Ruiz); or, in the passive, the "by" names of the verb or of its subject
  ("A bid by Acme Corp. and Widget Inc. was extended");
* the names found are as many as the description says: one for "a"/"an", at most the number for
  "two rival bidders" (which may be named in two sentences, one each).

Anything else — a definite subject ("the lawmaker", left to events/actors.py), a later sentence
telling another deed, a sentence further on, more names than the description counts — names no one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .lead import entity_at, same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .segments import Segments
    from .words import EventWords

NAMES = ("PERSON", "ORG")
WINDOW = 2  # sentences after the opening's own that may name its actor
OPENING = 2  # the story's first sentences whose described actor may be named later


def identified_later(doc: Doc, rows: list[Event], segments: Segments, *, story_start: int,
                     words: EventWords) -> list[Event]:
    """`rows`, each opening row with a described actor given the names the next sentences give it
    (module doc)."""
    if not words.indefinite_counts:
        return rows
    sentences = _story_sentences(doc, segments, story_start)
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        other_days = {r.trigger_start for r in rows if not _overlap(r, row)}
        names = _names(doc, token, sentences, words, other_days) if token is not None else []
        if names:
            rest = [a for a in row.actors if not any(same_actor(a, n) for n in names)]
            row = dataclasses.replace(row, actors=[*names, *rest])
        out.append(row)
    return out


def _overlap(a: Event, b: Event) -> bool:
    """Whether two rows' dates may be the same day (an undated row may be)."""
    if not (a.date and b.date):
        return True
    return a.date <= (b.end_date or b.date) and b.date <= (a.end_date or a.date)


def _story_sentences(doc: Doc, segments: Segments, story_start: int) -> list[tuple[int, int]]:
    """The story's first sentences; a piece without a verb ("In" cut off a sentence, a headline
    phrase) is none."""
    out: list[tuple[int, int]] = []
    asked: set[tuple[int, int]] = set()  # a sentence's answer is the same for each of its words: asked once
    for i in range(len(doc)):
        bounds = segments.bounds.get(i)
        if bounds is None or bounds in asked:
            continue
        asked.add(bounds)
        if doc[bounds[0]].idx < story_start:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[bounds[0]:bounds[1] + 1]):
            out.append(bounds)
            if len(out) > OPENING + WINDOW:
                break
    return out


def _described(verb: Token, words: EventWords) -> tuple[Token, int] | None:
    """The verb's subject and how many it counts, when it is an indefinite description."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subject = subjects[0]
    if subject.pos_ != "NOUN" or subject.ent_type_ in NAMES:
        return None
    if any(c.dep_ in ("compound", "poss", "appos") and c.ent_type_ in NAMES for c in subject.children):
        return None  # "an Acme lawyer", "Mendel's aide": the description names someone already
    for child in subject.children:
        count = words.indefinite_counts.get(child.lower_) if child.dep_ in ("det", "nummod") else None
        if count is not None and (count == 1) == (subject.tag_ == "NN"):  # "a lawmaker", "two bidders"
            return subject, count
    return None


def _names(doc: Doc, verb: Token, sentences: list[tuple[int, int]], words: EventWords,
           other_days: set[int]) -> list[str]:
    where = next((n for n, (a, b) in enumerate(sentences) if a <= verb.i <= b), None)
    if where is None or where >= OPENING or verb.head.i != verb.i and verb.dep_ not in ("conj", "ccomp"):
        return []
    described = _described(verb, words)
    if described is None:
        return []
    count = described[1]
    inside = {t.i for t in described[0].subtree}
    names: list[str] = []
    objects = _objects(verb)
    for first, last in sentences[where + 1:where + 1 + WINDOW]:
        for token in doc[first:last + 1]:
            if token.pos_ != "VERB" or token.lemma_.lower() != verb.lemma_.lower():
                continue
            if token.idx in other_days:
                continue  # a row of its own on another day: another occasion
            same_object = bool(objects & _objects(token))
            for entity in _agents(doc, token, words, same_object, count):
                    if any(t.i in inside for t in entity):
                        continue  # "Two aides to Mendel left. ... Mendel left": Mendel is not an aide
                    name = _plain(entity.text, words)
                    if not any(same_actor(name, n) for n in names):
                        names.append(name)
    return names if 0 < len(names) <= count else []


def _objects(verb: Token) -> set[str]:
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}


def _plain(name: str, words: EventWords) -> str:
    name = re.sub(rf"{words.possessive_suffix}$", "", name.strip())
    return re.sub(words.article_prefix, "", name)


def _entity(doc: Doc, token: Token) -> Span | None:
    if token.ent_type_ not in NAMES:
        return None
    return entity_at(token)


def _with_conjuncts(doc: Doc, token: Token) -> list[Span]:
    """The names of `token` and its conjuncts; none when one of them is no name (a partial list would
    name the wrong number)."""
    found = [_entity(doc, t) for t in [token, *(c for c in token.children if c.dep_ == "conj")]]
    return [e for e in found if e is not None] if all(found) else []


def _agents(doc: Doc, verb: Token, words: EventWords, same_object: bool, count: int) -> list[Span]:
    """Who does `verb`, by name: the reporter of a pronoun subject; the "by" names; its subject, when
    `same_object` (the deed told again is done to the same thing)."""
    found: list[Span] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words.reporting \
                    and (count > 1 or child.lower_ not in words.group_pronouns):
                # "Rep. Ana Ruiz said she subpoenaed him": the pronoun is the reporter
                for reporter in (c for c in verb.head.children if c.dep_ == "nsubj"):
                    found += _with_conjuncts(doc, reporter)
            elif same_object:  # a plain "Hamas killed two soldiers" may be another deed
                found += _with_conjuncts(doc, child)
        elif child.dep_ == "agent":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found += _with_conjuncts(doc, pobj)
        elif child.dep_ == "nsubjpass":  # "A bid by Acme Corp. ... was extended"
            for prep in (c for c in child.children if c.dep_ in ("prep", "agent") and c.lower_ in words.agent_preps):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found += _with_conjuncts(doc, pobj)
    return found
