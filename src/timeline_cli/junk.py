"""Rows that are no events (issue: "no junk rows").

* A comparison phrase: "profit rose 5% compared with the same month a year ago", "costs, compared with
  a year ago, were boosted ...": the participle "compared" (with no subject of its own) only says what
  a figure is set against; its date is the comparison period's, and the row would read "Compared with".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

COMPARING = {"compare", "contrast"}


def is_comparison(pred: "Token") -> bool:
    """A bare participle of comparison: "compared with/to ...", "as compared with ..."."""
    if pred.lemma_.lower() not in COMPARING or pred.tag_ not in ("VBN", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return False  # "Analysts compared the two quarters", "sales were compared"
    return pred.dep_ not in ("ROOT", "conj", "ccomp")
