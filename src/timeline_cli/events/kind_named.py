""""The company" after "Swiss drug company Helvex Pharma" (docs/events.md, "Subject resolution").

News introduces a company with its kind beside its name, before it ("made by Swiss drug company
Helvex Pharma") or in apposition ("Kessel Foods, a Dutch company"), and later writes the kind alone.
When "the company" (a noun of the pack's `generic_orgs`) finds no organisation subject near it nor
a company the story's first sentences are about, it is the one name the story gave that same noun
before it, whatever the entity tagger called the name (the small model tags many invented company
names a person). Two such names, or a public body ("the agency" after "the European Medicines
Agency"), name no one."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def described_org(token: Token, words: EventWords) -> str | None:
    """The one name the story gave `token`'s noun as its kind before `token`, or None."""
    lemma = token.lemma_.lower()
    names = {}
    for t in token.doc[:token.i]:
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        head = kind_head(t)
        if head is None:
            continue
        name = _proper_phrase(head)
        if name and not any(w.lower() in words.public_body_words for w in name.split()):
            names.setdefault(name.casefold(), name)
    return next(iter(names.values())) if len(names) == 1 else None


def same_kind_named(token: Token, words: EventWords) -> str | None:
    """The one company the story called by `token`'s own specific kind before it (round 55d):
    "Clearview Opticians, a chain of 240 stores, ... had been owned by the firm Larchmont Capital.
    Larchmont had been negotiating ... The chain did not pay suppliers" is Clearview, not the last
    organisation named. Only a kind that is not any company's (`umbrella_orgs`: "the company" may be the
    owner just as well), and only one company so described; a shorter name inside a longer one
    ("chain Clearview" in a headline, "Clearview Opticians, a chain") is the same company."""
    lemma = token.lemma_.lower()
    if lemma in words.umbrella_orgs:
        return None
    from .lead import doc_arrays
    doc = token.doc
    forms = {doc.vocab.strings.add(form) for form in (lemma, lemma.capitalize(), lemma.upper())}
    orths = doc_arrays(doc)[2]  # the doc's ORTH array, shared per doc: no Token made per word
    names: list[str] = []
    for i in [i for i in range(token.i) if orths[i] in forms]:
        t = doc[i]
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        head = kind_head(t)
        name = _proper_phrase(head) if head is not None else None
        if name and not any(w.lower() in words.public_body_words for w in name.split()):
            names.append(name)
    folded = [set(n.casefold().split()) for n in names]
    longest = max(names, key=len, default=None)
    if longest is None or not all(f <= set(longest.casefold().split()) for f in folded):
        return None  # none, or two companies of that kind
    return longest


def kind_head(noun: Token, lo: int = 0, hi: int | None = None) -> Token | None:
    """The head of the name a kind noun describes: the name it is compounded on or apposed to ("drug
    company Helvex Pharma", "Kessel Foods, a Dutch company") when that name lies in doc[lo:hi], else a
    name apposed after it; None when it describes no name."""
    hi = len(noun.doc) if hi is None else hi
    if noun.dep_ in ("compound", "appos") and noun.head.pos_ == "PROPN" and lo <= noun.head.i < hi:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)


def _proper_phrase(head: Token) -> str | None:
    """The proper nouns of a name up to its head ("Helvex Pharma", "Rally's Inc.")."""
    doc = head.doc
    start = head.i
    # the name's own words before its head: "Helvex Pharma", "Rally's Inc." (a possessive inside it)
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "POS") and \
            any(a.i == head.i for a in doc[start - 1].ancestors):
        start -= 1
    if doc[start].tag_ == "POS":
        return None
    text = head.doc[start:head.i + 1].text
    return re.sub(r"\s+", " ", text).strip() or None
