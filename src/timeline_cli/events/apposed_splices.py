"""An apposition the parser took for the sentence's main clause (docs/events.md, "Garbled
descriptions").

"Crews met under the Pyrenees on Thursday, completing the tunnel, a project first proposed more than
four decades ago": the closing apposition ("a project first proposed ...") is parsed as the main
clause, "a project" its subject and "proposed" its verb, with the whole sentence before it the
verb's clausal object, as in "..., a spokesman said". Told as a row it reads "A project proposed crews
met under the Pyrenees": two clauses spliced, the proposal given a deed it never did. A verb of
saying or finding keeps its clause ("Prices rose in May, a survey showed"); any other verb whose
indefinite subject follows a comma after its own clausal object is such a splice. No row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def apposed_splice(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is the verb of a closing apposition parsed as the main clause (module doc)."""
    if pred.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return False
    lemma = pred.lemma_.lower()
    if lemma in words.reporting or lemma in words.result_reports or lemma in words.finding_verbs:
        return False
    subject = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i > pred.i:
        return False
    start = subject.left_edge
    if start.i == 0 or start.lower_ not in words.indefinite_articles or start.doc[start.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.right_edge.i < start.i for c in pred.children)
