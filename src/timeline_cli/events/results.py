"""What a happening did: a participle clause after the comma that closes it (docs/events.md,
"Descriptions").

"Pre-orders of the iPhone 4 began Tuesday, overwhelming Apple and AT&T", "The storm hit the coast on
Monday, killing 12 people": the participle's clause says what the event did to whom, often the news
itself, and the description used to stop at "began" or "hit the coast". It is kept, with its comma,
when it is an adverbial clause of the row's verb

* after the verb, set off by a comma;
* with a direct object of its own, not a pronoun (only a verb takes one: "overwhelming Apple", not
  "shortly after"; "..., bringing it" says nothing);
* of a verb that is no subordinate or relative clause itself (a participle after "shortly after it took
  off from Tromso" may well be the main clause's: the parser cannot tell);
* with no subject, marker or auxiliary of its own ("..., while prices fell", "..., to cut costs",
  "..., as shares fell" are other clauses, and a to-infinitive after an object is kept by describe.py).

The clause is kept whole or not at all: not when a time expression or other dropped word is inside
it, and the trim (describe.trim) cuts it whole, first, when the description is too long.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN = ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl")


def result_clause(verb: Token, child: Token) -> Token | None:
    """The comma before `child` when `child` is such a participle clause of `verb` (see the module
    doc), else None."""
    if child.dep_ != "advcl" or child.i <= verb.i or child.left_edge.i != child.i or child.i == 0:
        return None
    if verb.dep_ in ("advcl", "relcl", "acl") or any(c.dep_ == "mark" for c in verb.children):
        return None  # "ice blocked the tubes shortly after it took off ..., giving false readings": whose?
    comma = child.doc[child.i - 1]
    if comma.text != "," or comma.head.i != verb.i:
        return None
    if any(c.dep_ in _OWN for c in child.children) or not any(c.dep_ == "dobj" and c.pos_ != "PRON"
                                                              for c in child.children):
        return None  # "..., bringing it": a pronoun object says nothing on its own
    return comma


def whole(child: Token, drop: set[int]) -> bool:
    """Whether none of the clause's words is left out of the description (a time expression inside
    it would leave "bringing it" of "bringing it to version 5")."""
    return not any(t.i in drop for t in child.subtree)


def opens_result(piece: list) -> bool:
    """Whether a description's piece is such a clause with its comma (render keeps that comma)."""
    if len(piece) < 2 or piece[0] is None or piece[1] is None or piece[0].text != ",":
        return False
    comma = result_clause(piece[0].head, piece[1])
    return comma is not None and comma.i == piece[0].i


def inside_result(token: Token) -> bool:
    """Whether `token` is a word of such a clause below its head: the trim cuts the clause whole or
    not at all ("..., prompting the government to improve roads needed" is no description)."""
    return any(a.dep_ == "advcl" and result_clause(a.head, a) is not None for a in token.ancestors)
