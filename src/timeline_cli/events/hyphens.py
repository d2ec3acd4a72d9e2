"""Words cut at a hyphen (docs/events.md, "Words cut at a hyphen"; the twenty-third blind sample's "A
former shipping executive was re" and "... elected with 58 percent" for "re-elected").

The parser splits a hyphenated word into its halves and the hyphen ("re", "-", "elected"). A
description that keeps the second half alone says another word ("was elected" for "was re-elected",
"host" for "co-host"): the first half is written back (`rejoined`). A participle so rejoined with no
finite verb among the words ("A former shipping executive re-elected with 58 percent ...", the
conjunct's "was" left behind) says nobody did it: no row (`rejoined_participle`). One that keeps the first half
alone ("was re") or the hyphen without a half is cut mid-word: no row (`cut_at_hyphen`). Not a
hyphenated word: a hyphen with a space on either side or a function word on one side (a dash,
"a three-part crisis-the failure of ..."), a name ("Anheuser-Busch" told "Anheuser"), or a date
("mid-February", whose halves are the time expression's).

A description that ends on an auxiliary or a copula ("A former shipping executive was", left when the
parser split the conjunct "and re-elected in 2024" off "was elected in 2020"; "The record date is")
has lost its verb or its complement: no row (`ends_on_auxiliary`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

from .verbless import FINITE_TAGS

_HYPHENS = ("-", "\u2010", "\u2011")
_FUNCTION = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM")
_DATES = ("DATE", "TIME")


def _word_half(token: Token) -> bool:
    return token.is_alpha and token.pos_ not in (*_FUNCTION, "PROPN") and token.ent_type_ not in _DATES


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a hyphen written with no space on either side, between two halves of a word."""
    if i < 1 or i + 1 >= len(doc) or i not in _hyphen_indexes(doc):
        return False
    return not doc[i - 1].whitespace_ and not doc[i].whitespace_ and \
        _word_half(doc[i - 1]) and _word_half(doc[i + 1])


def _hyphen_indexes(doc: Doc) -> frozenset[int]:
    """The indexes of the doc's hyphens, read once per doc from its ORTH array: the descriptions ask
    of every word and its neighbours whether they are one (profiled: a Token made per question)."""
    found = doc.user_data.get(_HYPHENS_KEY)
    if found is None:
        orths = {get_string_id(h) for h in _HYPHENS}
        found = frozenset(i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in orths)
        doc.user_data[_HYPHENS_KEY] = found
    return found


_HYPHENS_KEY = "timeline_cli.events.hyphens"


def _whole(doc: Doc, hyphen: int) -> str:
    return doc[hyphen - 1].text + doc[hyphen].text + doc[hyphen + 1].text


def _word(text: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)


def rejoined(description: str, tokens: list[Token]) -> str:
    """`description` with the first half written back on each hyphenated word whose second half alone
    it keeps, once in the description ("was elected" -> "was re-elected")."""
    kept = {t.i for t in tokens}
    for token in tokens:
        hyphen = token.i - 1
        if not _joined_hyphen(token.doc, hyphen) or hyphen in kept or hyphen - 1 in kept:
            continue
        pattern = _word(token.text)
        found = pattern.findall(description)
        if len(found) != 1:
            continue
        whole = _whole(token.doc, hyphen)
        if found[0][:1].isupper():
            whole = whole[:1].upper() + whole[1:]
        description = pattern.sub(lambda _m, w=whole: w, description)
    return description


def rejoined_participle(tokens: list[Token], written: bool) -> bool:
    """Whether a participle `rejoined` heads the description's words (`tokens`) with no finite verb
    among them and none `written` for them (module doc)."""
    if written or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    kept = {t.i for t in tokens}
    return any(t.tag_ == "VBN" and t.dep_ not in ("amod", "acl") and _joined_hyphen(t.doc, t.i - 1) and
               t.i - 1 not in kept for t in tokens)


def cut_at_hyphen(description: str, tokens: list[Token]) -> bool:
    """Whether the description (its text and words, `tokens`) keeps part of a hyphenated word and
    not the whole word."""
    kept = {t.i for t in tokens}
    seen = set()
    for token in tokens:
        doc = token.doc
        for hyphen in (token.i - 1, token.i, token.i + 1):
            if hyphen in seen or not _joined_hyphen(doc, hyphen):
                continue
            seen.add(hyphen)
            # both halves kept is the whole word, however the description spaces it ("counter -
            # offensives", "Pre orders")
            # (a half whose words the description rewrote, "the consumer-products company" told by
            # its name, is not cut)
            half = doc[hyphen - 1] if hyphen - 1 in kept else doc[hyphen + 1]
            if (hyphen - 1 in kept) != (hyphen + 1 in kept) and _word(half.text).search(description) and \
                    not _word(_whole(doc, hyphen)).search(description):
                return True
    return False


def ends_on_auxiliary(description: str, tokens: list[Token]) -> bool:
    """Whether the description's last word is an auxiliary or a copula with nothing after it ("A former
    shipping executive was")."""
    text = description.rstrip(" .,;:").split()
    if len(text) < 2:
        return False
    same = [t for t in tokens if t.text == text[-1]]
    if not same and tokens:  # a form written for the words ("was" shared from a first conjunct)
        same = [t for t in tokens[0].sent if t.text == text[-1]]
    return bool(same) and max(same, key=lambda t: t.i).pos_ == "AUX"


def word_of_half(pred: Token) -> Token:
    """The second half of a word split at a hyphen when the parser made the hyphen or the first half
    the event's verb ("re", "-", "elected" with "-" a conjunct of the verb before): the word is the
    verb ("re-elected", round 28); any other token as it is."""
    doc = pred.doc
    hyphen = pred.i if pred.text in _HYPHENS else pred.i + 1
    if not _joined_hyphen(doc, hyphen) or pred.i not in (hyphen - 1, hyphen):
        return pred
    second = doc[hyphen + 1]
    return second if second.pos_ in ("VERB", "AUX") else pred
