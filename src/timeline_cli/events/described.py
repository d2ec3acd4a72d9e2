"""A company named again by the description the story gave it (docs/events.md, "Subject resolution").

"The American computer company Apple has reached ... the shares of the American computer company
increased by 5 percent"; "a lawsuit against computer and electronics maker Apple Computer ... with
the young computer maker paying $80,000". News names a company once with a description beside the
name (an apposition, "Polly Peck, a British conglomerate", or the description before the name) and
later writes the description alone. A definite phrase "the ... company" (a generic organisation
noun, `words.generic_orgs`, with a modifier of its own) in a row's description names the company
whose earlier description has the same noun and shares a modifier ("computer"), when only one
company of the story was so described; the name becomes one of the row's actors (the first when
the phrase is in the subject). The description keeps the text's words. A phrase with an owner, a
name or a clause of its own, or one matching two companies' descriptions, names no one.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.symbols import NOUN

from ..records import Event
from .lead import doc_arrays, entity_at, same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

MODIFIER_DEPS = ("amod", "compound", "nmod")


def _modifiers(noun: Token, words: EventWords) -> set[str]:
    found = set()
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and child.pos_ in ("NOUN", "ADJ") and not child.ent_type_ == "ORG":
            for part in [child, *child.conjuncts]:
                lemma = part.lemma_.lower()
                if lemma not in words.vague_modifiers and part.pos_ in ("NOUN", "ADJ"):
                    found.add(lemma)
    return found


def _name_of(doc: Doc, token: Token) -> str | None:
    """The organisation `token` heads: an ORG entity, or a proper-noun phrase the tagger left untagged."""
    if token.pos_ != "PROPN":
        return None
    if token.ent_type_:
        if token.ent_type_ != "ORG":
            return None
        entity = entity_at(token)
        return entity.text if entity is not None else None
    parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
    first = parts[0].i if parts and parts[0].i + len(parts) == token.i else token.i
    return doc[first:token.i + 1].text


def _descriptions(doc: Doc, words: EventWords) -> list[tuple[int, str, set[str], str]]:
    """(token index, head lemma, modifiers, name) of each description the story gives a company."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.generic_orgs:
            continue
        mods = _modifiers(noun, words)
        if not mods:
            continue
        names = []
        if noun.dep_ == "appos":  # "Polly Peck, a fast-growing British conglomerate"
            names.append(_name_of(doc, noun.head))
        if noun.dep_ == "compound":  # "computer and electronics maker Apple Computer"
            names.append(_name_of(doc, noun.head))
        names += [_name_of(doc, c) for c in noun.children if c.dep_ == "appos"]  # "The company Apple"
        names = [n for n in names if n]
        if len(names) == 1:
            found.append((noun.i, noun.lemma_.lower(), mods, names[0]))
    return found


def _phrase_name(noun: Token, descriptions: list[tuple[int, str, set[str], str]], words: EventWords) -> str | None:
    """The one company an earlier description with the same noun and a shared modifier names."""
    mods = _modifiers(noun, words)
    if not mods:
        return None
    names: list[str] = []
    for index, lemma, described, name in descriptions:
        if index < noun.i and lemma == noun.lemma_.lower() and mods & described:
            if not any(same_actor(name, n) for n in names):
                names.append(name)
    return names[0] if len(names) == 1 else None


def _definite(noun: Token, words: EventWords) -> bool:
    """"the American computer company": a definite generic phrase with no owner, name or clause of its own."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in words.generic_determiners:
        return False
    return not any(c.dep_ in ("poss", "appos", "relcl", "acl", "prep") or c.ent_type_ == "ORG"
                   for c in noun.children) and not noun.ent_type_


def described_companies(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows`, each given the company a definite description in it stands for (module doc)."""
    if not words.generic_orgs:
        return rows
    descriptions = None
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is None:
            out.append(row)
            continue
        text = row.event.lower()
        sent, pos = token.sent, doc_arrays(doc)[0]
        # (a Token made only for the sentence's nouns, found from the per-doc POS array)
        for noun in (doc[i] for i in range(sent.start, sent.end) if pos[i] == NOUN):
            if noun.lemma_.lower() not in words.generic_orgs or noun.dep_ in ("appos", "compound"):
                continue
            if not _definite(noun, words):
                continue
            phrase = doc[min(c.i for c in noun.subtree):noun.i + 1].text.lower()
            if phrase not in text:
                continue
            if descriptions is None:
                descriptions = _descriptions(doc, words)
            name = _phrase_name(noun, descriptions, words)
            if name is None or any(same_actor(a, name) for a in row.actors):
                continue
            in_subject = any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == token.i for a in [noun, *noun.ancestors])
            actors = [name, *row.actors] if in_subject else [*row.actors, name]
            row = dataclasses.replace(row, actors=actors)
        out.append(row)
    return out
