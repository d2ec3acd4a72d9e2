"""A conjoined clause with a subject the parser read as a clause (docs/events.md, "Subject
resolution"): "X told staff that the cuts would fall on sales, and that affected employees would be
told by Friday". The small model sometimes parses "that affected employees" as a clausal subject
("that" its subject, "affected" its verb, "employees" its object); the conjunct then seemed to have
no subject of its own and took the first conjunct's, and the row read "X would be told". A clausal
subject is the conjunct's own subject; when it is that misparse (a participle with "that" before it
and an object noun after it) the object noun is the subject meant: "Employees ... would be told".
A quantifier read as the conjunct's adverb ("and by 1960 most had been closed") is its subject too."""
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


def quantifier_subject(verb: Token, words: EventWords) -> Token | None:
    """"The city opened dozens of baths, and by 1960 most had been closed": the small model reads the
    conjunct's subject "most" as an adverb of the verb, and the conjunct then took the first
    conjunct's subject ("The city had been closed"). A bare quantifier (the pack's
    `quantifier_subjects`) hung as an adverb before the verb and its auxiliaries, on a verb with no
    subject, is the conjunct's own subject: the row says "Most had been closed"."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
    for child in verb.children:
        if child.dep_ == "advmod" and child.i < first and child.lower_ in words.quantifier_subjects and \
                not any(True for _ in child.children) and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return child
    return None
