"""Two happenings run together as the subject of a verb the row cut (docs/events.md, "Coordinated
subjects with their verb cut").

"A 2007 Chinese anti-satellite test and the 2009 collision between an American Iridium satellite and
a retired Russian military satellite created thousands of them" was told on 2007 as "A Chinese
anti-satellite test and the 2009 collision between ...": no finite verb, what the two did ("created
thousands of them") lost, and the second happening, of another year, run in under the first's date.
A noun row ("The 2009 collision between ...") names one dated thing and is kept; a row whose words
head on coordinated subjects of a verb it does not tell is left out.

A verb whose whole subject is a date headed by a number ("Senator Alder, whose bill to raise the limit until 2030 was
defeated on Monday, ..." parsed with "2030" the subject of "was defeated", round 31) tells no one:
"2030 was defeated" has lost the noun phrase the date sat in, and the date is that noun phrase's, not
the verb's. No row (`date_subject`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token


def cut_coordinated_subject(tokens: list[Token], written: bool) -> bool:
    """Whether the description's words (`tokens`) have no finite verb (none `written` for them either)
    and head on a subject coordinated with another noun in the row, whose verb the row left out."""
    if written or not tokens or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    ids = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    if len(tops) != 1:
        return False
    top = tops[0]
    if top.pos_ not in ("NOUN", "PROPN") or \
            not any(c.dep_ == "conj" and c.i in ids and c.pos_ in ("NOUN", "PROPN") for c in top.children):
        return False
    if top.dep_ in ("nsubj", "nsubjpass"):
        return top.head.i not in ids
    # the parser made the subject the root and its verb a modifier inside it ("... a retired Russian
    # military satellite created thousands of them": "created" an acl of "satellite")
    return top.dep_ == "ROOT" and any(t.i not in ids and t.dep_ == "acl" and t.tag_ in FINITE_TAGS
                                      for t in top.subtree)


def _auxiliaries(verb: Token) -> tuple[str, ...]:
    return tuple(sorted(c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")))


def spliced_conjunct(pred: Token) -> bool:
    """Whether `pred` is a verb with no subject of its own that the parser joined to a subordinate
    clause while its tense is the main clause's: "the crew had stepped up cleaning as soon as the first
    cases appeared and had closed the buffet" ("had closed" the crew's, parsed as the cases'). Told with
    the subordinate clause's subject, the row gives the deed to the wrong doer; left out."""
    if pred.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        return False
    first = pred.head
    if first.dep_ != "advcl" or not any(c.dep_ == "mark" for c in first.children):
        return False
    own = _auxiliaries(pred)
    main = first.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # "as soon as": the clause hangs on "soon"
    return bool(own) and own != _auxiliaries(first) and own == _auxiliaries(main)


def spliced_main_conjunct(pred: Token) -> bool:
    """Whether `pred` is a verb with no subject of its own that the parser joined to the main clause
    while its form is that of an adverbial clause standing between them: "He was arrested in October,
    after investigators matched his phone's data to the spot, and found a lighter in his car" ("found"
    the investigators', parsed as the arrested man's). The mirror of `spliced_conjunct`: told with the
    main clause's subject, the row gives the deed to the wrong doer; left out."""
    if pred.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        return False
    main = pred.head
    if main.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in main.children):
        return False
    own = _auxiliaries(pred)
    if own == _auxiliaries(main) and pred.tag_ == main.tag_:
        return False  # the main clause's form: its own second deed ("was arrested ... and charged")
    return any(c.dep_ == "advcl" and main.i < c.i < pred.i and any(g.dep_ == "mark" for g in c.children)
               and any(g.dep_ == "nsubj" for g in c.children) and _auxiliaries(c) == own and c.tag_ == pred.tag_
               for c in main.children)


def unjoined_conjunct(pred: Token) -> bool:
    """Whether `pred` is a verb the parser made a conjunct of the main clause, with no subject of its
    own, though no "and" or comma comes before it: a noun right before it is its real subject, read as
    a preposition's object ("postponed them after one of the capsule's engines failed to ignite": "after
    one of ..." a phrase, "failed" joined to "planned"). Told with the main clause's subject, the row
    gives the failure to the company; left out. So is a reduced relative so parsed ("according to
    minutes released the following morning": the minutes released, not the board), and a bare past
    participle after a comma and such a noun ("saw the head of a dolphin, picked out in blue and white
    stone": the head picked out, not the finder). A date's noun before a joined conjunct ("opened in
    1953 and at its height in the 1980s employed") is no subject; "minutes", tagged a time, with no
    "and" before the verb, is."""
    if pred.dep_ != "conj" or pred.pos_ != "VERB" or pred.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        return False
    doc = pred.doc
    before = doc[pred.i - 1]
    joined = any(c.dep_ == "cc" and pred.head.i < c.i < pred.i for c in pred.head.children)
    if before.ent_type_ in ("DATE", "TIME") and joined:
        return False  # "opened in 1953 and at its height in the 1980s employed ...": a date, no subject
    if before.is_punct and before.text == "," and pred.i > 1 and _described_by(pred, joined):
        before = doc[pred.i - 2]  # "saw the head of a dolphin, picked out in blue stone": the head's
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("pobj", "dobj") and pred.head.i < before.i


def _described_by(pred: Token, joined: bool) -> bool:
    """Whether `pred`, after a comma, is a bare past participle (no auxiliary, no "and" before it)
    joined to a verb of another, finite form: a participle describing the noun before the comma
    ("the head of a dolphin, picked out in blue and white stone"), not a second deed of the
    verb's subject ("was arrested, charged and released" shares its form)."""
    return not joined and pred.tag_ == "VBN" and pred.head.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("aux", "auxpass") for c in pred.children)


def subject_read_as_object(pred: Token) -> bool:
    """Whether `pred` is a noun the parser made the object of a subordinator read as a preposition,
    though it is the subject of the verb right after its phrase ("struggled since a fire in August 2013
    destroyed the arrivals hall": "since a fire" a phrase, "destroyed" a clause with no subject). Told
    alone, the row is the noun ("A fire"), what it did lost; left out."""
    if pred.pos_ != "NOUN" or pred.dep_ != "pobj" or pred.head.pos_ != "SCONJ":
        return False
    doc = pred.doc
    after = pred.right_edge.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def contact_clause_in_a_set(pred: Token) -> bool:
    """Whether `pred` heads a present-perfect relative clause with no relative word ("the birds she has
    seen") on a noun that is what another noun is made of ("a list of the birds she has seen since
    1979"): told as a row ("Marsh has seen the birds") the clause loses the noun that holds it (the
    list) and says another thing; left out."""
    if pred.dep_ != "relcl" or any(c.tag_.startswith("W") or c.dep_ == "mark" for c in pred.children):
        return False
    # a present perfect: what has built up ("the birds she has seen since 1979"), not a deed done once
    # ("the terms of the agreement the two signed in October" is the two's signing)
    if pred.tag_ != "VBN" or not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in pred.children):
        return False
    noun = pred.head
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
        noun.head.head.pos_ == "NOUN" and noun.head.i == noun.head.head.i + 1


def date_subject(pred: Token) -> bool:
    """Whether `pred`'s only subject is a date or time headed by a number and nothing else ("2030 was
    defeated")."""
    if pred.pos_ == "AUX":
        return False  # "2007 was the year of the iPhone": a copula says what the date was
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False  # "This autumn, X says, they have come home": they (describe.subject_of)
    if subjects[0].dep_ != "nsubjpass":
        return False  # "2007 saw a sharp increase in bombings": a year may be what an active verb tells of
    words = [t for t in subjects[0].subtree if not t.is_punct]
    # a year or figure heads it ("2030"): "The season opened", "Last winter was ..." name a time that
    # can be a subject and are kept
    return bool(words) and subjects[0].tag_ == "CD" and all(t.ent_type_ in ("DATE", "TIME") for t in words)
