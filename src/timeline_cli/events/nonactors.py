"""Names in a row's words that are no actor of it (docs/events.md, "Actors").

`actors` lists who acted or was acted on. Two kinds of name the tagger gives are neither:
* a score glued to a team's name ("beating Barcelona 4-3 on penalties" -> "Barcelona"): the score
  is the result, not part of who played;
* a product line named as a modifier of a model noun ("the Metro and Trail models", the pack's
  `product_line_nouns`): the name of a thing sold, not of a maker, buyer or body;
* a person named as the possessor of a kin noun or a child's age ("Samira Benali's seven-year-old was
  admitted": the child was) or of a work ("opens with Verdi's Otello", "Bizet's opera"): the mother and
  the composer did nothing in the row;
* a person named as the possessor of a record the act drew on ("confirmed the identification from
  Marsh's photographs", "using Marsh's footage"): she supplied the means, the experts confirmed.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

# A final score of a game: one or two digits each side ("4-3", "1 - 0"); "Boeing 737-800" is no score.
SCORE = re.compile(r"\s+\d{1,2}\s*[-–]\s*\d{1,2}$")


def without_score(name: str) -> str:
    """"Barcelona 4-3" -> "Barcelona"."""
    return SCORE.sub("", name)


def names_a_product_line(ent: Span, words: EventWords) -> bool:
    """Whether the entity only modifies a model noun outside it ("Trail" in "Metro and Trail models",
    "the Fold series phones" is not one: only the pack's model nouns count)."""
    if not words.product_line_nouns:
        return False
    token = ent.root
    for _ in range(3):  # "Metro and Trail models": Trail is a conjunct of the compound Metro
        if token.dep_ not in ("compound", "conj", "nmod", "amod") or token.head.i == token.i:
            return False
        token = token.head
        if not ent.start <= token.i < ent.end and token.pos_ == "NOUN":
            return token.lemma_.lower() in words.product_line_nouns
    return False


def names_a_possessor(ent: Span, words: EventWords) -> bool:
    """Whether the entity only owns a kin noun ("Benali's son", "Benali's seven-year-old") or a work
    ("Verdi's Otello", "Bizet's opera"). An unquoted title counts only as a preposition's object owned by
    a person's name ("with Verdi's Otello"): "Germany's Merkel", "from Germany's KfW" keep theirs."""
    token = ent.root
    if token.dep_ != "poss" or token.head.i == token.i:
        return False
    head = token.head
    # a title in quotation marks is a work whoever the tagger took its author for ('Bizet's "Carmen"')
    quoted = head.i > 0 and head.doc[head.i - 1].tag_ == "``" and head.pos_ == "PROPN" and len(ent) == 1
    if supplied_record(head, words) and not ent.start <= head.i < ent.end:
        return True  # whoever the tagger took the owner for ("Marsh" as an organisation), she only supplied it
    if ent.label_ not in ("PERSON", "GPE") and not quoted:
        return False
    if ent.start <= head.i < ent.end:
        return False
    after = max([ent.end, *(c.i + 1 for c in token.children if c.dep_ == "case")])
    if owns_kin_or_work(head, after, words):
        return True
    # a person's title ("with Verdi's Otello", whatever label the tagger gives "Otello"); a place's
    # name ("loans from Germany's KfW") keeps its owner
    return quoted or ent.label_ == "PERSON" and head.pos_ == "PROPN" and head.dep_ == "pobj" \
        and head.ent_type_ != "PERSON"


def owns_kin_or_work(head: Token, after: int, words: EventWords) -> bool:
    """Whether the possessed noun `head` (its phrase from token `after`) is a kin noun, a child's age
    or a work: "son", "seven-year-old", "opera". Its possessor did not act ("Benali, whose seven-year-old
    was admitted" too)."""
    if head.lemma_.lower() in words.kin_nouns or head.lemma_.lower() in words.work_nouns:
        return True
    return bool(words.age_noun) and re.fullmatch(words.age_noun, head.doc[after:head.i + 1].text.strip()) is not None


def supplied_record(head: Token, words: EventWords) -> bool:
    """Whether the possessed noun `head` is a record the act drew on: a record noun that is the object
    of a source or means word ("from Marsh's photographs", "using Marsh's footage"), itself or as the
    conjunct of one ("from Marsh's photographs and a video")."""
    if head.lemma_.lower() not in words.record_nouns:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("pobj", "dobj") and head.head.lower_ in words.source_heads
