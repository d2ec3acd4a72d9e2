"""A place is no company (docs/events.md, "Subject resolution"): a generic "the company" is never
written as the name of the story's dateline city. A steelworks named after its city ("Brno foundry to close", "its Brno plant") makes the tagger call the city an
organisation, and "The government offered the company a loan guarantee" became "... offered Brno a
loan guarantee": a wrong actor, worse than "the company" left as it is. The tagger's own place
labels are no guide: it calls a company ("Orbivia") a place as readily as the reverse."""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.context import doc_text

# "BRNO, Czech Republic, March 3, 2027 (Wire) -": the capitalized place opening a line of the story's
# first lines, before a comma
# (accented capitals too: "ÖREBRO, Sweden, ...")
_DATELINE_PLACE = re.compile(r"^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+){0,3}),[ \t]", re.MULTILINE)


@lru_cache(maxsize=64)
def dateline_places(text: str) -> frozenset[str]:
    """The casefolded places of the dateline lines in the first 2,000 characters of `text`."""
    return frozenset(m.group(1).casefold() for m in _DATELINE_PLACE.finditer(text, 0, min(len(text), 2000)))


def is_place_name(name: str, doc) -> bool:
    """Whether `name` is the place of the story's dateline."""
    return name.casefold() in dateline_places(doc_text(doc))
