"""An organisation that is no company: "the company" never stands for it (docs/events.md, "A union
is no company").

The generic "the company" (and a company's "Its shares", which reads through it) takes the nearest
organisation named before it. A union of workers ("The United Steelworkers, which represents most of
the workers, said ...") or of states ("the European Union had given the region 450 million euros")
named between the company and "the company" took it: "United Steelworkers's shares rose". Such a
name, told by the pack's `not_company_words` or `not_company_endings`, is passed over as a public body
is, so the resolvers look further back for the company. So is a country or a region the tagger took
for an organisation ("Slovakia now relies mainly on nuclear power" tagged ORG, then "The company plans
to build ..." -> "Slovakia plans ..."): the territory names of the pack's `territory_locale`, from
Babel's CLDR data.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


@lru_cache(maxsize=4)
def _territories(locale: str) -> frozenset[str]:
    """The CLDR names of countries and regions in `locale`, case-folded."""
    if not locale:
        return frozenset()
    from babel import Locale
    return frozenset(name.casefold() for name in Locale.parse(locale).territories.values())


def not_a_company(name_words, words: EventWords) -> bool:
    """Whether an organisation's name (its tokens or words) says it is no company."""
    name_words = list(name_words)
    text = " ".join(getattr(w, "text", None) or str(w) for w in name_words)
    if text.casefold() in _territories(words.territory_locale):
        return True  # a country taken for an organisation
    for w in name_words:
        low = getattr(w, "lower_", None) or str(w).lower()
        if low in words.not_company_words or (words.not_company_endings and low.endswith(words.not_company_endings)):
            return True
    return False


def no_company(name_words, words: EventWords) -> bool:
    """Whether an organisation's name (its tokens or words) says "the company" cannot stand for it: a
    public body (the pack's `public_body_words`: "European Commission", "Aarhus University") or no
    company at all (`not_a_company`)."""
    name_words = list(name_words)
    return any((getattr(w, "lower_", None) or str(w).lower()) in words.public_body_words for w in name_words) or \
        not_a_company(name_words, words)


def described_no_company(name: Token, words: EventWords) -> bool:
    """Whether a name's own phrase calls it no company: "the pilots' union SPAC", "SPAC, the pilots'
    union" (a word of the pack's `not_company_words` set before or beside it). "The airline added 30
    routes" never stands for the union (the twenty-fifth blind sample's "SPAC added 30 routes")."""
    near = [c for c in name.children if c.dep_ in ("compound", "appos")]
    if name.dep_ in ("compound", "appos"):
        near.append(name.head)
    return any(t.lower_ in words.not_company_words or t.lemma_.lower() in words.not_company_words for t in near)


def described_public_body(name: Token, words: EventWords) -> bool:
    """Whether a name's own phrase calls it a public body (the pack's `public_body_words`) in
    apposition, or right before it where the parse split the phrase ("the food safety authority NVWA
    said": "authority" and "NVWA" both read as subjects of "said"). "The company stopped deliveries"
    after it is not the authority, and another name further back is no surer (round 51). Not a word
    of the pack's `company_body_words`: "streaming service Vidora", "epocrates, a drug reference
    service" are companies."""
    doc = name.doc
    beside = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    before = doc[name.i - 1] if name.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and (
            before.dep_ == name.dep_ and before.head.i == name.head.i or
            before.dep_ == "compound" and before.head.i == name.i):
        beside.append(before)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words.public_body_words and
               t.lemma_.lower() not in words.company_body_words for t in beside)
