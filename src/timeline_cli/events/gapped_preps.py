"""A gapped conjunct's own complement (round 28; docs/events.md, "A gapped conjunct's complement";
the twenty-fourth blind sample's "The tunnel is due to open to freight trains to passenger services
between Pau and Zaragoza" for "... due to open to freight trains in 2030, and to passenger services
between Pau and Zaragoza a year later").

"will open to cars in 2028, and to buses a year later": the second conjunct repeats the verb's
preposition with a new object and its own date; the parser hangs it on the verb as a conjunct. Its
row tells the verb with the second object: the first conjunct's object is written as the second's
("The bridge will open to buses"), not both (a splice) and not the first (another happening's
words on this date). `gapped_object` gives the substitutions; none when the date is not inside such
a conjunct or the verb has no earlier complement with the same preposition.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def gapped_object(pred: Token, span: Span, tokens: list[Token]) -> dict[int, str]:
    """Substitutions (token index -> text) writing the earlier complement of `pred` as the gapped
    conjunct's that holds the date `span` (module doc)."""
    conj = next((c for c in pred.children if c.dep_ == "conj" and c.pos_ == "ADP" and
                 c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i), None)
    if conj is None:
        return {}
    first = next((c for c in pred.children if c.dep_ == "prep" and c.i < conj.i and c.lower_ == conj.lower_), None)
    objects = [c for c in conj.children if c.dep_ == "pobj"]
    if first is None or not objects:
        return {}
    kept = {t.i for t in tokens}
    old = [t for c in first.children if c.dep_ == "pobj" for t in c.subtree if t.i in kept]
    new = [t for c in objects for t in c.subtree if not span.start <= t.i < span.end and not t.is_punct]
    if not old or not new or any(span.start <= t.i < span.end for t in old):
        return {}
    text = "".join(t.text_with_ws for t in new).strip()
    return {old[0].i: text, **{t.i: "" for t in old[1:]}}


# the words a gapped subject may have besides the phrase that holds its date ("the last [in 2035]")
_SUBJECT_WORDS = ("det", "amod", "compound", "nummod", "poss", "case", "cc", "punct")


def gapped_subject(pred: Token, chain: list[Token], span: Span, tokens: list[Token],
                   subject: list[Token]) -> tuple[dict[int, str], list[Token]]:
    """Substitutions (token index -> text), and the new subject's tokens (for its actors), writing the gapped subject that holds the date `span` in
    place of the first clause's subject (round 29; the twenty-sixth blind sample's "The first ship
    is due to be delivered" on 2035 for "... delivered in 2031 and the last in 2035").

    "The first phase will open in 2028 and the second in 2030": the second conjunct is a subject
    and a date with the verb left out; the parser hangs the subject on the verb as a conjunct. The
    row of its date tells that subject's happening ("The second phase will open"), not the first's
    words again. An adjective or number standing for the noun ("the last", "the second") takes the
    first subject's noun. Only a conjunct with nothing else of its own (a figure or an object of its
    own, "and profit 3 percent", cannot be told) and, after a verb with an object, only the
    adjective kind ("visited Paris in 2010 and Rome in 2012": Rome is the object's)."""
    if not subject or not all(t in tokens for t in subject):
        return {}, []
    subject = sorted(subject, key=lambda t: t.i)
    head = next((t for t in subject if t.head not in subject), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return {}, []
    verbs = [pred, *chain]
    if pred.dep_ == "xcomp":  # "is due to be delivered": the conjunct may hang on either verb
        verbs.append(pred.head)
    for verb in verbs:
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and
                     c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i), None)
        if conj is None:
            conj = _misparsed(verb, span)
            if conj is None:
                continue
            # "Kessler resigned in 2010 and Moreau in 2014", parsed with Moreau as 2010's conjunct and
            # "in 2014" on the verb: the same gapped subject
            if any(c.dep_ not in _SUBJECT_WORDS for c in conj.children) or _object_kind(conj, head, verbs):
                return {}, []
            return _substitutions(conj, [], head, tokens, subject)
        if conj.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
            return {}, []
        holder = next((c for c in conj.children if c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i), None)
        if holder is None or holder.dep_ not in ("prep", "npadvmod") or \
                any(c.i != holder.i and c.dep_ not in _SUBJECT_WORDS for c in conj.children):
            return {}, []
        if _object_kind(conj, head, verbs):
            return {}, []
        return _substitutions(conj, list(holder.subtree), head, tokens, subject)
    return {}, []


def untold_gapped_subject(pred: Token, chain: list[Token], span: Span) -> bool:
    """"Exports fell 3 percent in May and imports 5 percent in June": the gapped conjunct holding the
    date `span` has a subject and a figure of its own, which the first clause's words cannot tell
    ("Exports fell 3 percent" on June is the other figure's): no row. After a verb with an object the
    figure is the object's ("hired 200 people in 2024 and another 300 in 2025", elliptical figures)."""
    verbs = [pred, *chain]
    if pred.dep_ == "xcomp":
        verbs.append(pred.head)
    if any(c.dep_ in ("dobj", "attr", "dative") for v in verbs for c in v.children):
        return False
    for verb in verbs:
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("NOUN", "PROPN") or \
                    not conj.left_edge.i <= span.start <= span.end - 1 <= conj.right_edge.i:
                continue
            own = [c for c in conj.children if c.dep_ not in _SUBJECT_WORDS and
                   not c.left_edge.i <= span.start <= span.end - 1 <= c.right_edge.i]
            return any(c.dep_ in ("npadvmod", "dobj") and any(t.like_num for t in c.subtree) for c in own)
    return False


def _object_kind(conj: Token, head: Token, verbs: list[Token]) -> bool:
    """After a verb with an object the gapped word may be the object's ("sold 12,000 coins last year
    and 9,000 in 2022", "visited Paris in 2010 and Rome in 2012"): only an adjective standing for
    the subject's noun, which the subject has a modifier of and the object has none ("The first
    plant made cars in 2020 and the second in 2022"), is the subject's."""
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "attr", "dative")]
    if not objects:
        return False
    return conj.pos_ != "ADJ" or not any(c.dep_ == "amod" for c in head.children) or \
        any(c.dep_ in ("amod", "nummod") for o in objects for c in o.children)


def _misparsed(verb: Token, span: Span) -> Token | None:
    """The gapped subject the parser hung on the first date as its conjunct, right before the
    preposition of the second date, which hangs on `verb`."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.head.i != verb.i or prep.i == 0:
        return None
    conj = prep.doc[prep.i - 1]
    first = conj.head
    if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON") or conj.ent_type_ in ("DATE", "TIME") \
            or first.dep_ != "pobj" or first.head.head.i != verb.i or first.ent_type_ not in ("DATE", "TIME"):
        return None
    return conj


def _substitutions(conj: Token, holder: list[Token], head: Token, tokens: list[Token],
                   subject: list[Token]) -> tuple[dict[int, str], list[Token]]:
    """The first subject's words written as the gapped `conj`'s (without the phrase `holder` that holds
    its date), and the conjunct's own words left out where the row kept them."""
    held = {t.i for t in holder}
    words = [t for t in conj.subtree if t.i not in held and t.dep_ not in ("cc", "punct")]
    if not words:
        return {}, []
    text = "".join(t.text_with_ws for t in words).strip()
    if conj.pos_ in ("ADJ", "NUM") and head.pos_ == "NOUN":
        text = f"{text} {head.text}"  # "the last" -> "the last ship"
    kept = {t.i for t in tokens}
    return {subject[0].i: text, **{t.i: "" for t in subject[1:]},
            **{t.i: "" for t in conj.subtree if t.i in kept}}, words
