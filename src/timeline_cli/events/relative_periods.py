"""A sentence timed from another happening (round 27; docs/events.md, "A plan's date, a date inside a
noun, a conjunct's own verb"): "Volunteers carried soaked documents to freezers in the days after the
flood": "in the days after X" is a time of its own, counted from X, which the tagger leaves untagged. The
sentence is not undated, so it carries on no dated scene: a context row would put it on the day of
the scene before (the flood's own day).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .words import EventWords


def timed_from_another(doc: Doc, bounds: tuple[int, int], words: EventWords) -> bool:
    """True when the sentence `bounds` holds "the <days|weeks|...> after/following/before <X>"."""
    for token in doc[bounds[0]:bounds[1]]:
        if token.lower_ in words.relative_period_units and token.i > bounds[0] and \
                doc[token.i - 1].lower_ in words.relative_period_determiners and \
                doc[token.i + 1].lower_ in words.relative_period_preps:
            return True
    return False
