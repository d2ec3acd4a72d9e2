"""A date inside a participle that modifies the clause's object dates that phrase, not the clause
(docs/events.md, "A date in a modifier of the object"): "was at 24% of capacity, below the previous
low of 26% reached in 2024", "cancelled a contract signed in 2019"; so does a year after "from" or "of" behind the object ("showed
internal emails from 2019"), and so does a date set before the object as its modifier when the verb
has a date of its own ("collected the July images last week", round 66d). The row would tell the main clause with the object's year: no row (a wrong
date is worse than none)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def object_modifier_date(span: Span, pred: Token, tokens: list[Token], words: EventWords) -> bool:
    """The row's verb is a bare past participle ("reached", "signed", no subject or auxiliary of its
    own) after a noun that is the object of another verb or of a preposition, the date is in the
    participle's phrase, and the row's words tell the verb above that noun ("The firm cancelled a
    contract signed"); a row told as the noun ("A car stolen in Lyon") stays.
    Not an event noun: "upheld an agreement reached in 1991" is told as the agreement, dated then; not
    a preposition of the verb's scene or time ("during checks carried out last week")."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or pred.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in pred.children):
        return False
    noun = pred.head
    if noun.dep_ not in ("dobj", "pobj") or not pred.is_ancestor(span.root):
        return False
    if is_event_noun(noun, words) or noun.dep_ == "pobj" and noun.head.lower_ in words.modifier_scene_preps:
        return False  # "found during checks carried out last week": the checks' week is the finding's
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in words.keeping_verbs:
        return False  # "winds kept helicopters grounded all of Friday": the keeping's days (a small clause)
    return verb is not None and any(t.i == verb.i for t in tokens)


def object_year(span: Span, pred: Token, words: EventWords) -> bool:
    """The date, naming a year, is the object of "from" or "of" after a common noun that is the direct
    object or the subject of the row's verb: "his lawyers showed internal emails from 2019" (shown at
    the trial, in 2026), "cited a study of 2018", "the iron frame of 1951 had rusted" (a noun's own
    year never dates its clause's verb). Not an event noun: "won the election of 2019" is dated then."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.object_date_preps:
        return False
    if prep.head.i == pred.i:
        # the parse hangs "from 2019" on the verb right after its object: "showed emails from 2019";
        # not a start ("raised fees from 2019 to 2021", "will charge tolls from 2027")
        noun = next((c for c in pred.children if c.dep_ == "dobj" and c.i < prep.i and all(
            t.i in range(c.left_edge.i, c.right_edge.i + 1) for t in span.doc[c.i:prep.i])), None)
        if noun is None or pred.tag_ != "VBD" or range_end(span, words):
            return False
    else:
        noun = prep.head
    # the subject's too (round 42a): "the iron frame of 1951 had rusted" (found rusted in 2019)
    if noun.dep_ in ("nsubj", "nsubjpass") and (range_end(span, words) or not re.fullmatch(r"\d{4}", span.text)):
        # "Imports from 2019 to 2021 rose": the stretch of the rise; "The oil price shock of October
        # 1973 caused ...": a month names a happening's time, a bare year a thing's
        return False
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or noun.head.i != pred.i or \
            is_event_noun(noun, words):
        return False
    return re.search(r"\b\d{4}\b", span.text) is not None


def object_modifier_ahead(span: Span, pred: Token, spans: dict, words: EventWords) -> bool:
    """The date is a modifier set before the row's verb's direct object, a noun that names no event
    ("rangers collected the July images only last week", "sold its 2024 stock on Monday"), and the verb
    has a time expression of its own elsewhere in its phrase: the modifier says which things, the
    verb's own date says when; no row of the verb with the object's date (round 66d). Without a date
    of its own the verb keeps it ("shipped the May orders"), which anchoring decides."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "amod", "nmod", "nummod") or noun.i < span.end or noun.pos_ != "NOUN" or \
            noun.dep_ != "dobj" or noun.head.i != pred.i or is_event_noun(noun, words):
        return False
    # the verb's own date: a dated day, month or year ("last week"), not an undated name or period
    # ("cancelled its August programme during the Festival Fringe" keeps August)
    own = {t.i for e, s in spans.items() if s.start != span.start and e.type in ("DATE", "TIME") and e.date
           for t in s}
    return any(t.i in own for c in pred.children if c.i != noun.i for t in c.subtree)


def range_end(span: Span, words: EventWords) -> bool:
    """ "from 2019 to 2021", "from 2027 onwards": the date starts a stretch ("to the jury" does not)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in words.range_ends:
        return False
    nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return doc[span.end].lower_ in words.open_range_ends or nxt is not None and (nxt.like_num or nxt.ent_type_ == "DATE")
