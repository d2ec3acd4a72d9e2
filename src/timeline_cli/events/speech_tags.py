"""A speech tag the parser hung on a noun of the clause it tells (docs/events.md, "A speech tag run
into its clause"; the fifteenth judged sample's "... will marry the heart surgeon Jonas Weyland the
royal palace announced", "Albers said a move installers said could wipe out ...").

"..., will marry the violinist Clara Ostby in June, the royal household announced on Friday" is
parsed with "the royal household" an apposition of the object and "announced" a participle on it;
", a step librarians said could cost dozens of jobs" with "a step" a loose noun of the verb before
and "said" a relative clause on it. The tag (or the aside) is not part of what happened:

* `spliced_tag` gives the words of such a noun (set off by a comma, an apposition or a loose noun,
  with a verb of saying on it) for leaving out of any other row's description;
* `tag_row` says whether the row's own verb is that verb of saying: told alone it reads "The royal
  household was announced"; no row (the clause it tells has its own).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import doc_arrays, label_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

_TAG_NOUNS = ("appos", "npadvmod")
_TAG_NOUN_IDS = frozenset(map(label_id, _TAG_NOUNS))


def _tag_verb(noun: Token, words: EventWords) -> Token | None:
    """The verb of saying on a comma-set noun (module doc), or None."""
    if noun.dep_ not in _TAG_NOUNS or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i == 0:
        return None
    if noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and \
                child.tag_ in ("VBD", "VBN") and child.lemma_.lower() in words.reporting:
            return child
    return None


def spliced_tag(pred: Token, bounds: tuple[int, int], words: EventWords) -> set[int]:
    """Indices of the tag nouns' words in the sentence `bounds` (module doc), but never the words of
    the phrase `pred` stands in."""
    out: set[int] = set()
    for phrase, comma in _tag_phrases(pred.doc, bounds, words):
        if pred.i not in phrase:
            out |= phrase | {comma}
    return out


def _tag_phrases(doc: Doc, bounds: tuple[int, int], words: EventWords) -> tuple[tuple[frozenset[int], int], ...]:
    """Each tag noun's phrase in the sentence `bounds` and the comma before it, found once per sentence:
    every row of the sentence asks (profiled: a Token made per word of the sentence per row)."""
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    key = (bounds, id(words))
    if key not in cache:
        # (only a word labelled "appos" or "npadvmod" can be a tag noun: found from the doc's DEP array,
        # no Token made for the sentence's other words)
        deps = doc_arrays(doc)[1]
        cache[key] = tuple((frozenset(t.i for t in token.subtree), token.left_edge.i - 1)
                           for token in (doc[i] for i in range(bounds[0], bounds[1] + 1) if deps[i] in _TAG_NOUN_IDS)
                           if _tag_verb(token, words) is not None)
    return cache[key]


_CACHE_KEY = "timeline_cli.events.speech_tags"


def tag_row(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is the verb of saying of a tag noun (module doc)."""
    verb = _tag_verb(pred.head, words) if pred.dep_ == "acl" else None
    return verb is not None and verb.i == pred.i
