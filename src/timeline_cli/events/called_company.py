"""A name the story itself shows to be a company, whatever the entity tagger called it (docs/events.md,
"Subject resolution").

"Bellwether Biosciences has paused a trial ... Bellwether's shares fell ..., their lowest since the company
listed in 2021": the small model tags many invented company names a person ("Bellwether Biosciences",
"Hollandia Dranken"), and then "the company", "it" and "its" find no organisation to stand for. Two
things only a company has say what the name is, wherever in the story they come:

* its shares: the name owns a share noun (the pack's `stock_nouns`: "Bellwether's shares", "Bellwether's
  stock");
* its officers or parts: the name written right before one of the pack's `org_owned_nouns` ("Hollandia
  chief executive Marloes de Bruin", "Hollandia's board").

Every actor entity whose first word is such a name ("Bellwether Biosciences", "Hollandia Dranken", the
bare "Hollandia") is then an ORG entity for the resolver and the actors, unless a person of the story
bears the word after a first name ("Jens Halvorsen ... Halvorsen's shares": a person's shareholding, or
a family firm; unsure, so nothing changes), or the tagger called it a place or a people (a GPE's shares
are no company's). The Doc's own entities are not changed. A name the tagger called an organisation right after a
person's title ("Hollandia chief executive Marloes de Bruin": a `generic_people` noun with the name
compounded on it) is a person.

`nearest_company` is the last resort for a generic "the company" (subject or object) that found no
company subject in the sentences before it nor among the story's first sentences: the one company
the story has named before it, or, when it has named several, the nearest one that was a subject or
owns shares or officers. A company counts only where it acts or is acted on (a subject, an object,
an apposition) or owns its shares or officers; a name that only modifies a
noun ("Belgium's Renault law", "Sint-Arnold's beers") is no mention of a company at all. Never a
public body, a union or a place (`actors._public_body`, `not_company.not_a_company`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}


def _name_start(token: Token) -> Token:
    """The first word of the proper-noun name `token` ends ("Hollandia" of "Hollandia Dranken")."""
    start = token
    while start.i > 0 and token.doc[start.i - 1].pos_ == "PROPN" and token.doc[start.i - 1].dep_ in (
            "compound", "nmod", "flat") and token.doc[start.i - 1].head.i in range(start.i, token.i + 1):
        start = token.doc[start.i - 1]
    return start


def _owned_index(words: EventWords) -> dict[str, list[tuple[str, ...]]]:
    """The pack's `org_owned_nouns` as word tuples, by their first word (one dict lookup per name
    instead of building every phrase's tuple for every name: this runs on every proper noun)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words.org_owned_nouns:
        parts = tuple(phrase.split())
        index.setdefault(parts[0], []).append(parts)
    return index


def _owned_after(token: Token, owned: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether the words right after the name `token` ends (past a possessive) are a company's own."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    if i >= len(doc):
        return False
    lower, lemma = doc[i].lower_, doc[i].lemma_.lower()
    return any(tuple(t.lower_ for t in doc[i:i + len(parts)]) == parts for parts in owned.get(lower, ())) or \
        any(tuple(t.lemma_.lower() for t in doc[i:i + len(parts)]) == parts for parts in owned.get(lemma, ()))


def company_words(doc: Doc, words: EventWords) -> set[str]:
    """The first words of the names the story shows to be companies (module doc)."""
    owned = _owned_index(words)
    found = set()
    # only the proper nouns, found from the part-of-speech array (no Token made for every word)
    for i in [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN]:
        token = doc[i]
        if token.ent_type_ in _PLACE_LABELS:
            continue
        head = token.head
        shares = token.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in words.stock_nouns
        if shares or _owned_after(token, owned):
            found.add(_name_start(token).text)
    return found


def with_called_companies(doc: Doc, spans: list[Span], words: EventWords) -> list[Span]:
    """`spans` (the doc's actor entities, in order) with every person-tagged name the story shows to be
    a company an ORG entity (module doc)."""
    if not words.stock_nouns and not words.org_owned_nouns and not words.generic_people:
        return spans
    names = company_words(doc, words)
    # a one-word organisation elsewhere is the first word of a longer name tagged a person ("Norvale
    # Pharma" beside "Norvale said")
    names |= {e.text for e in spans if e.label_ == "ORG" and len(e) == 1 and e[0].pos_ == "PROPN"} & \
        {e[0].text for e in spans if e.label_ == "PERSON" and len(e) > 1}
    # a person who bears the word after a first name ("Jens Halvorsen"): the name may be theirs
    names -= {t.text for e in spans if e.label_ == "PERSON" for t in list(e)[1:] if t.pos_ == "PROPN"}
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e[0].text in names else
            Span(doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and _titled(e, words) else e
            for e in spans]


def _titled(ent: Span, words: EventWords) -> bool:
    """Whether an ORG-tagged name follows a person's title compounded on it ("chief executive Marloes de
    Bruin"): a person."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in words.generic_people and \
        before.head.i in range(ent.start, ent.end) and before.dep_ in ("compound", "nmod")


_ACTING = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative")


def _qualified_place(ent, words: EventWords) -> bool:
    """Whether a name the tagger called an organisation is a place: the object of "in"/"at" (the pack's
    `place_name_preps`) with a common adjective of its own before it ("in northern Bohemia", "at rural
    Kelso"). A company is seldom so qualified."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in words.place_name_preps:
        return False
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < ent.start and c.is_lower for c in root.children)


def nearest_company(token: Token, entities, words: EventWords) -> str | None:
    """The company a generic "the company" (`token`) stands for when nothing nearer settles it: the
    story's one company, else the nearest one named before it (module doc); None when there is none."""
    from .actors import _name, _public_body, titled_name
    from .not_company import not_a_company
    if token.lemma_.lower() not in words.umbrella_orgs or any(c.dep_ in ("amod", "compound") for c in token.children):
        return None  # "the same group", "the combined bank": a kind, or a company the story has not named
    owned = _owned_index(words)
    public = [e for e in entities.spans if _public_body(e, words)]
    public_bounds = {(e.start, e.end) for e in public}
    found = []
    for ent in entities.spans:
        if ent.end > token.i:
            continue  # only the companies named before it
        if entities.label(ent) != "ORG" or (ent.start, ent.end) in public_bounds or not_a_company(ent, words):
            continue
        root = ent.root
        if _qualified_place(ent, words):
            continue  # "The Kristalka glassworks in northern Bohemia ... The company": no company Bohemia
        if titled_name(root, words):
            continue  # "Its managing director, Elena Sastre": a person the tagger called a company
        if root.dep_ == "appos" and any(e.start <= root.head.i < e.end for e in public):
            continue  # "the ... Regulatory Agency (MHRA)": the body's initials
        shares = root.dep_ == "poss" and root.head.lemma_.lower() in words.stock_nouns
        owns = _owned_after(ent[-1], owned)
        if not (root.dep_ in _ACTING or shares or owns):
            continue
        found.append((ent, _name(ent, words, root), root.dep_ in ("nsubj", "nsubjpass") or shares or owns))
    if not found:
        return None
    if len({n.split()[0].casefold() for _, n, _ in found}) == 1:
        return max((n for _, n, _ in found), key=len)  # the one company named so far, by its fullest name
    # several: the nearest that acted or owns what only a company has ("led by Goldman, Sachs & Co."
    # in a list of offerings is no topic)
    strong = [n for _, n, acted in found if acted]
    return strong[-1] if strong else None
