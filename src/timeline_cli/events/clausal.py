"""A conjoined clause with a subject the parser read as a clause (docs/events.md, "Subject
resolution"): "X told staff that the cuts would fall on sales, and that affected employees would be
told by Friday". The small model sometimes parses "that affected employees" as a clausal subject
("that" its subject, "affected" its verb, "employees" its object); the conjunct then seemed to have
no subject of its own and took the first conjunct's, and the row read "X would be told". A clausal
subject is the conjunct's own subject; when it is that misparse (a participle with "that" before it
and an object noun after it) the object noun is the subject meant: "Employees ... would be told"."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

CLAUSAL_SUBJECTS = ("csubj", "csubjpass")


def clausal_subject(verb: Token, words: EventWords) -> Token | None:
    """The subject a clausal subject of `verb` gives (module doc), or None when it has none."""
    clause = next((c for c in verb.children if c.dep_ in CLAUSAL_SUBJECTS), None)
    if clause is None:
        return None
    if clause.tag_ in ("VBN", "VBD") and clause.i > 0 and clause.doc[clause.i - 1].lower_ in words.complementizers:
        noun = next((c for c in clause.children if c.dep_ == "dobj" and c.i == clause.i + 1
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            return noun  # "that affected employees would be told": the employees
    return clause
