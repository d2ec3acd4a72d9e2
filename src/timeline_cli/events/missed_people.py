"""A person's full name the entity tagger gave no kind at all, taken for a person so that "he", "she",
"his", "her" and "him" can stand for it (docs/events.md, "Subject resolution").

"Marta Zielinska had worked nights at the depot for six years ... On Thursday, one of those robots
pinned her against a rack": the small model leaves many invented or foreign names untagged, and then
no pronoun finds its person, the row keeps a dangling "her" and is left out (the story's main event
lost). A name counts only in the shapes that are a person's far more often than anything else's:

* two or three capitalised words ("Marta Zielinska", "Tomas van Rijn" is not: only words written
  like names), proper nouns of one phrase, none tagged with any kind, none a word of an organisation
  or a public body (the pack's `org_name_words`, `public_body_words`, `generic_orgs`) or a role
  (`generic_people`), without an article or an owner before them ("the Gouden Valk", "Acme's Vega
  Pro": a named thing);
* the subject of a clause ("Marta Zielinska had worked ...") or set beside a person's role noun ("the
  driver, Tomas Verhoeven, ...");
* no other mention of its last word is tagged an organisation, a place or a thing, and no other
  untagged name of two capitalised words is in its sentence ("Ana Ruiz met Eva Soler": either may be
  "her").

Such a name is a person only where a personal pronoun looks for one (`Entities.guessed_people`, read by
genders.people_before and genders.missed_person): no actor, and the "it" rules still read it as no
entity at all (an untagged two-word name is as often a company's: "Northern Rail expects ...", "a
named thing the tagger called a person can be it"). The Doc is not changed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, TAG
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

MAX_WORDS = 3


def _name_word(token: Token) -> bool:
    text = token.text
    return token.tag_ == "NNP" and not token.ent_type_ and len(text) > 1 and text[0].isupper() and \
        text[1:].replace("-", "").isalpha() and text[1:].replace("-", "").islower()


def _barred(token: Token, words: EventWords) -> bool:
    low = token.lower_
    return low in words.org_name_words or low in words.public_body_words or low in words.generic_orgs or \
        low in words.generic_people or low in words.masculine_words or low in words.feminine_words


def _person_role(noun: Token, words: EventWords) -> bool:
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in words.generic_people


def _name_of(head: Token, words: EventWords) -> tuple[int, int] | None:
    """(start, end) of the name `head` ends, or None when it is no person's name of the module's shapes."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i and \
            _name_word(doc[start - 1]):
        start -= 1
    if not 2 <= head.i + 1 - start <= MAX_WORDS or not _name_word(head):
        return None
    if any(c.dep_ in ("det", "poss") or c.dep_ == "compound" and c.i < start for c in head.children):
        return None  # "the Gouden Valk", "Acme's Vega Pro", "Storm Team Alpha": a thing's name
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" or start > 0 and doc[start - 1].pos_ == "PROPN":
        return None  # a longer name the parse cut ("Ram Bahadur Thapa" with "Ram" tagged: not "Bahadur Thapa")
    if any(_barred(doc[i], words) for i in range(start, head.i + 1)):
        return None
    return start, head.i + 1


def _other_name_beside(head: Token, bounds: tuple[int, int]) -> bool:
    """Whether the name's sentence has another untagged name of two capitalised words ("Ana Ruiz met Eva
    Soler"): that one may be a person too, and a pronoun after them is either's."""
    sent = head.sent
    doc = head.doc
    return any(_name_word(doc[i]) and _name_word(doc[i + 1]) for i in range(sent.start, sent.end - 1)
               if not (bounds[0] <= i < bounds[1] or bounds[0] <= i + 1 < bounds[1]))


def missed_people(doc: Doc, spans: list[Span], words: EventWords) -> list[Span]:
    """A PERSON span for every untagged person's name of the module's shapes, in order; `spans`: the
    doc's actor entities."""
    if not words.generic_people:
        return []
    if not len(doc):
        return []
    found: list[tuple[int, int]] = []
    # (the few untagged proper-noun subjects, found with numpy masks on the arrays: no Token and no
    # Python number per word)
    array = doc.to_array([TAG, DEP, ENT_TYPE])
    tags, deps, kinds = array[:, 0], array[:, 1], array[:, 2]
    wanted = (tags == tags.dtype.type(doc.vocab.strings["NNP"])) & (kinds == 0)
    subject = np.zeros(len(doc), dtype=bool)
    for label in ("nsubj", "nsubjpass", "appos"):
        subject |= deps == deps.dtype.type(doc.vocab.strings[label])
    for i in np.flatnonzero(wanted & subject).tolist():
        head = doc[i]
        if head.dep_ == "appos" and not _person_role(head.head, words) or \
                head.dep_ != "appos" and head.head.pos_ not in ("VERB", "AUX"):
            continue
        bounds = _name_of(head, words)
        if bounds is not None and not _other_name_beside(head, bounds):
            found.append(bounds)
    if not found:
        return []
    other = {t.text for e in spans if e.label_ != "PERSON" for t in e}
    taken = {i for e in spans for i in range(e.start, e.end)}  # (the story's company may be untagged words)
    return [Span(doc, start, end, label="PERSON") for start, end in found
            if doc[end - 1].text not in other and not taken & set(range(start, end))]
