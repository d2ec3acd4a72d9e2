"""A quotation told with its speech tag reads as the speaker saying it (docs/events.md, "A quotation
run into its speech tag"; the sixteenth judged sample's "Culture Minister Ana Paula Freitas told
parliament's culture committee There was no theft", the seventeenth's "... Solberg told reporters
Their activities were ...", "Galli told state broadcaster RAI There is a law").

'"The accounts were closed without warning," Hughes told reporters after the hearing on Tuesday'
and 'Kane told the BBC on Wednesday: "There is a deadline ..."': the row of the tag ran the tag's own
words (whom it was told to, the scene) into the quotation and kept the quotation's capital:
"Hughes told reporters after the hearing The accounts were ...". A verb of saying whose clause said
(`ccomp`) stands inside quotation marks is told with its speaker, the plain verb of saying and the
clause, its first word in lower case unless a name or "I": "Hughes said the accounts were closed
without warning".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_QUOTE_MARKS = ('"', "“", "”", "``", "''")
_SUBJECTS = ("nsubj", "nsubjpass")


def quoted_clause(pred: Token, words: EventWords) -> Token | None:
    """The clause said by `pred`, a verb of saying with its own subject and a plain saying form for its
    tense, when the clause is a quotation (module doc); None otherwise."""
    if pred.lemma_.lower() not in words.reporting or pred.tag_ not in words.plain_saying or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in pred.children) or \
            not any(c.dep_ in _SUBJECTS for c in pred.children):
        return None
    doc = pred.doc
    for clause in (c for c in pred.children if c.dep_ == "ccomp"):
        first = next((t for t in clause.subtree if not t.is_punct), None)  # (the parser may hang the mark on it)
        if first is None:
            continue
        opened = any(doc[k].text in _QUOTE_MARKS for k in range(max(first.i - 2, 0), first.i))
        if opened and first.text[:1].isupper():
            return clause
    return None


def said_pieces(pieces: list[list], pred: Token, clause: Token, subject_tokens: list[Token],
                words: EventWords) -> tuple[list[list], dict[int, str]]:
    """`pieces` cut to the speaker, the verb and the quoted `clause`, and the substitutions that write
    the plain verb of saying and the clause's first word in lower case (module doc)."""
    keep = {t.i for t in subject_tokens} | {pred.i} | {t.i for t in clause.subtree}
    cut = [[t for t in p if t is None or t.i in keep] for p in pieces]
    cut = [p for p in cut if any(t is not None for t in p)]
    finite = {pred.i: words.plain_saying[pred.tag_]}
    first = next((t for t in clause.subtree if not t.is_punct), None)
    if first is not None and not first.ent_type_ and first.pos_ != "PROPN" and first.text not in words.capital_pronouns:
        finite[first.i] = first.text.lower()
    return cut, finite
