"""Rows whose words stand in for something told elsewhere (docs/events.md, "A pro-verb or a bare noun
for a row"; the eighteenth judged sample's "New Brunswick did on some of its bridges" and "The treaty").

* A pro-verb: the row's verb is a bare "do" with nothing done ("called for the tolls to be removed, as
  New Brunswick did on some of its bridges in the 1990s"): what was done is the verb of another clause,
  and the row cannot say it, nor with "so" ("The Soviet Union did so first"). No row. "did the work"
  with an object or a clause is kept, and so is a passive ("the work was done": the subject says what);
  an auxiliary "did" ("did not attend") is no main verb and is not touched.
* A bare noun: the row is a determiner and the common noun of a thing someone makes or signs and
  nothing else ("The treaty", from "the 1859 treaty"), or with a common noun or plain adjective of its
  kind between them (round 70b: "A state law", "The consumer law"): neither who made it nor what it
  says nor between whom. No row. A happening told bare is kept ("The earthquake", "The referendum": what happened is
  the noun itself), and so is a name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

# what a main "do" does when it does something: its object, a clause, an attribute ("did so")
_DONE = ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative")


def bare_pro_verb(pred: Token, tokens: list[Token], words: EventWords) -> bool:
    """Whether the row's verb `pred` is a pro-verb with nothing done (module doc)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in words.pro_verbs:
        return False
    if any(c.dep_ in (*_DONE, "nsubjpass", "auxpass") for c in pred.children):  # "the work was done" says what
        return False
    return pred in tokens


def bare_noun(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the `description` is a determiner and a common noun of a made thing only (module doc)."""
    written = description.strip(" .,;:").split()
    if not 2 <= len(written) <= 4:
        return False
    det = next((t for t in tokens if t.text.lower() == written[0].lower()), None)
    noun = next((t for t in tokens if t.text.lower() == written[-1].lower()), None)
    if det is None or noun is None or det.pos_ != "DET" or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in words.made_nouns:
        return False
    # round 70b: a common noun or a plain adjective between them ("A state law", "The consumer law",
    # from "under a 2014 state law") says what kind, still not who made it nor what it says; a name
    # ("the Paris agreement"), a number or a possessive says whose and is kept
    middle = written[1:-1]
    kinds = [next((t for t in noun.children if t.text.lower() == word.lower()), None) for word in middle]
    return all(t is not None and t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ") and
               not any(c.dep_ in ("poss", "nummod", "compound") for c in t.children) for t in kinds)
