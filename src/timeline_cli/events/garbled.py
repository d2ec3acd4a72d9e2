"""Parses that garble a relative clause (docs/events.md, "Garbled relative clauses"; the fifth blind
sample's "Them said the Norwegian charity" and "Supply farms on the Chaouia plain were ...").

* A subject in the object case ("the charity that employs them said on Wednesday" parsed with "them"
  the subject of "said") is a misparse: its words read "Them said the charity". No row.
* A relative clause whose relative word the parser made the object of a preposition after it ("the
  dams that supply farms on the plain were less than 15 percent full" parsed as "that ... on", with
  "supply" a noun and "farms" the subject of "were") has lost its noun: its words read "Supply farms
  on the plain were ...". No row (a true stranded preposition, "the chair that he sat on", is no
  better told: "He sat on").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")


def object_case_subject(tokens: list[Token]) -> bool:
    """Whether a subject among the description's words (`tokens`) is a pronoun in the object case."""
    return any(t.dep_ in _SUBJECTS and t.tag_ == "PRP" and "Acc" in t.morph.get("Case") for t in tokens)


def stranded_relative(pred: Token) -> bool:
    """Whether `pred` is a relative clause's verb whose relative word is the object of a preposition
    after it (module doc)."""
    if pred.dep_ != "relcl":
        return False
    return any(t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" and t.head.i > t.i
               for t in pred.subtree if t.i < pred.i)
