"""A year that names which law or ruling is meant dates that law, not the clause's verb (round 73c;
issue 10 item 4: a time expression inside a noun phrase dates that noun's event, not the clause).

"The minister used a power in a 1987 statute", "Brandt campaigned on a 2016 verdict": the year is the
statute's, the verdict's (`made_nouns`: a thing a body lays down); the using, the campaigning are of
another time the sentence does not give, so the year gives the clause no row. The noun's own row, told
as the noun ("A regulation on dust", 2014, from "fined the quarry under a 2014 regulation on dust"),
stays.

Only a year written as the modifier of such a noun with "a"/"an", the object of a preposition: "A 2017
report recommended ..." (the subject's year is its recommending's), "passed a 2019 law" (the object made
then) and "wrote in the 2016 ruling" (a definite mention, the writing in it) keep theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def made_year_noun(span: Span, words: EventWords) -> Token | None:
    """The `made_nouns` noun `span` is the year of, when that year modifies it (nummod, compound, amod),
    the noun has an indefinite article and is the object of a preposition ("in a 1999 law", "on a 2019
    ruling"); else None."""
    if len(span) != 1 or not words.made_nouns:
        return None
    year = span[0]
    noun = year.head
    if year.dep_ not in ("nummod", "compound", "amod") or not year.like_num or len(year.text) != 4 or \
            noun.dep_ != "pobj" or noun.lemma_.lower() not in words.made_nouns:
        return None
    return noun if any(c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in noun.children) else None


def told_by_clause(row_event: str, noun: Token) -> bool:
    """True when a row dated by the year of `noun` (`made_year_noun`) is told as the clause around it, not
    as the noun itself ("A regulation on dust")."""
    article = next(c for c in noun.children if c.dep_ == "det")
    return not row_event.casefold().startswith(f"{article.text} {noun.text}".casefold())
