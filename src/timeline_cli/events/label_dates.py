"""A date printed on things is no event's date (round 28; docs/events.md, "Dates printed on things";
the twenty-fifth blind sample's "... was withdrawing all jars of its vegetable purees with best-before
dates" on 'between March and June 2026').

"withdrew all jars with best-before dates between March and June 2026", "recalls cars with build
dates from 2019 to 2021": the date says which things (their labels), not when the withdrawing or the
recall happens. Hung on the noun `label_date_nouns` ("dates") of a "with" phrase
(`label_date_preps`), the date gives no row (`label_date`); the clause keeps its own date if it has
one. "set a new date in March" (no "with") is a plan and is left as it was.

Round 43b adds a count's "since" in a "with" phrase: "had spread to 14 schools, with 312 confirmed cases
since Jan. 12" (`with_count_since`). The date says since when the cases are counted, not when the
spreading happened; the clause keeps its own date. A "since" on the verb itself ("has spread since
Jan. 12") is left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .words import EventWords


def label_date(span: Span, words: EventWords) -> bool:
    """Whether the time expression `span` is the value of a "with ... dates" phrase (module doc)."""
    # (a date's own words skipped: "between May and August 2027" read as "August 2027" hangs on "May")
    noun = next((a for a in span.root.ancestors if a.pos_ in ("NOUN", "PROPN", "VERB", "AUX")
                 and a.ent_type_ not in ("DATE", "TIME")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in words.label_date_nouns:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in words.label_date_preps


def with_count_since(span: Span, words: EventWords) -> bool:
    """Whether the time expression `span` is the "since" date of a noun in a "with" phrase ("with 312
    confirmed cases since Jan. 12"): the noun's count runs from it (module doc)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words.since_preps or prep.dep_ != "prep":
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in words.label_date_preps
