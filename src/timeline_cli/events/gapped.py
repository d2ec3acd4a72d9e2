"""A second passive that shares the first's auxiliary (docs/events.md, "Gapped conjuncts"; the fifth
blind sample's "More than 60 injured" and "... flown to Niamey").

"At least 11 people were killed and more than 60 injured" and "were handed over to mediators and
flown to Niamey" write the auxiliary once: the second participle has none of its own, and its row,
told alone, has no finite verb ("More than 60 injured"). The row writes the auxiliary back: with the
first clause's subject, word for word ("Two sailors were taken to Porto"); with a subject of its own,
agreeing with it ("More than 60 were injured"). The tagger tells the active past from the
participle here ("was questioned and fled": "fled" is a past tense, not this case), and a participle
with a direct object or a clause is an active misread: left as it was. A regular past ("denied",
the same word as the participle) counts as one only as a middle member of a list of passives, with
no subject of its own ("were left in soiled beds, denied food and beaten": "were denied food"); as
the last verb it is an active past ("was arrested and denied the charges" is his denial; "the
exchange closed higher"), unless it has nothing of its own, no subject, object or phrase but a
date, and is no verb the subject does itself (the pack's `self_acting_pasts`: "was questioned and
fled"): "was filmed on July 14 and caught two days later" -> "The shark was caught" (round 36c; the
tagger reads "caught" as a past). A participle whose subject
the parser lost ("and more than 80 hurt" parsed with "80" as the participle's number) cannot be
told whole: no row. A number parsed as the first verb's conjunct with the participle its modifier
("were arrested and two charged") is that participle's subject: "Two were charged". A progressive
writes its "was" once too ("was sleeping on a sofa and wondering whether ..."): the second present
participle's row writes it back ("Lucia Vidal was wondering whether ...").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")
_AUXES = ("aux", "auxpass")
# what an active past has of its own after a passive ("was arrested and denied the charges")
_OWN = ("dobj", "obj", "dative", "attr", "acomp", "oprd", "ccomp", "xcomp", "prt", "expl", "advcl")


def _agreeing(auxes, many: bool, words: EventWords) -> list[str]:
    """The auxiliaries written for a subject of their own: "was" -> "were" for a plural one."""
    return [words.agreeing_auxiliaries[a.lower_][many] if a.lower_ in words.agreeing_auxiliaries else a.lower_
            for a in auxes]


def _plural(noun: Token, words: EventWords) -> bool:
    if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children):
        return True
    # "more than 60": a number other than one counts many
    numbers = [noun] if noun.tag_ == "CD" else [c for c in noun.children if c.dep_ == "nummod"]
    return any(n.lower_ not in words.singular_numbers for n in numbers)


def shared_auxiliary(verb: Token, subject_tokens: list[Token], words: EventWords) -> tuple[bool, dict[int, str]]:
    """For a row on `verb`: (whether the row goes, the substitution that writes the shared auxiliary
    before it). `subject_tokens`: the description's subject. Module doc."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in _AUXES for c in verb.children):
        return False, _counted_conjunct(verb, subject_tokens, words)
    if verb.dep_ == "conj" and verb.tag_ == "VBG":
        return False, _shared_progressive(verb, words)
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in _AUXES for c in verb.children):
        return False, {}
    head = verb.head
    # "were left in beds, denied food and beaten": the nearest member before it with a passive auxiliary
    while not any(c.dep_ == "auxpass" for c in head.children) and head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    auxes = [c for c in head.children if c.dep_ in _AUXES and c.i < head.i]
    objects = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    if head.i > verb.i or not any(c.dep_ == "auxpass" for c in auxes) or \
            objects and verb.tag_ == "VBN":
        return False, {}
    if verb.tag_ == "VBD" and (any(c.dep_ in _SUBJECTS for c in verb.children) or
                               not (_participle(verb) and _list_goes_on(verb) or _bare_last(verb, words))):
        return False, {}  # "was little changed, and the exchange closed higher", "Dozens died": active pasts
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if own is None:
        if any(c.dep_ == "nummod" and c.i < verb.i for c in verb.children) or not subject_tokens:
            return True, {}  # "and more than 80 hurt": whose participle the parse lost
        return False, {verb.i: " ".join(a.lower_ for a in auxes) + " " + verb.text}
    written = _agreeing(auxes, _plural(own, words), words)
    return False, {verb.i: " ".join(written) + " " + verb.text}


def _participle(verb: Token) -> bool:
    """A past participle, or a regular past the tagger may have read for one ("denied")."""
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed")


def _bare_last(verb: Token, words: EventWords) -> bool:
    """The last member read as a past with nothing of its own after the passive (no subject, object or
    phrase but a date): "was filmed on July 14 and caught two days later" (a transitive verb with no
    object: its subject is the one caught),
    unless the verb tells what its subject did itself ("was questioned and fled", the pack's
    `self_acting_pasts`)."""
    return verb.lemma_.lower() not in words.self_acting_pasts and \
        not any(c.dep_ in _OWN or c.dep_ == "prep" and not _dating(c) for c in verb.children) and \
        not any(c.dep_ == "conj" and c.i > verb.i for c in verb.children)


def _dating(prep: Token) -> bool:
    """A preposition that dates (its object a date: "in the 1950s"); any other ("called for help",
    "mated with a male") makes the verb's own phrase, an active past's."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _list_goes_on(verb: Token) -> bool:
    """A middle member of a list of passives, with another member after it: "were left in beds,
    denied food and beaten" (the retained object of a passive "were denied food")."""
    return any(c.dep_ in ("cc", "conj") and c.i > verb.i for c in verb.children) and \
        any(c.dep_ == "conj" and c.i > verb.i and c.tag_ == "VBN" for c in verb.children)


def _shared_progressive(verb: Token, words: EventWords) -> dict[int, str]:
    """"was sleeping on a sofa and wondering whether ...": a second present participle with no
    auxiliary or subject of its own shares the first's "was" (module doc); written back before it."""
    head = verb.head
    if head.i > verb.i or head.tag_ != "VBG" or any(c.dep_ in (*_AUXES, *_SUBJECTS) for c in verb.children):
        return {}
    auxes = [c for c in head.children if c.dep_ == "aux" and c.i < head.i]
    if not auxes or auxes[-1].lemma_ not in words.copulas:
        return {}
    return {verb.i: " ".join(a.lower_ for a in auxes) + " " + verb.text}


def _counted_conjunct(verb: Token, subject_tokens: list[Token], words: EventWords) -> dict[int, str]:
    """"Three people were arrested and two charged", parsed with "two" a conjunct of "arrested" and
    "charged" its participle: the number and the shared auxiliary before the participle ("Two were
    charged"), when the description has no subject of its own."""
    number = verb.head
    head = number.head
    if subject_tokens or number.dep_ != "conj" or number.tag_ != "CD" or number.i != verb.i - 1 or \
            head.pos_ not in ("VERB", "AUX") or head.i > number.i:
        return {}
    auxes = [c for c in head.children if c.dep_ in _AUXES and c.i < head.i]
    if not any(c.dep_ == "auxpass" for c in auxes):
        return {}
    written = _agreeing(auxes, _plural(number, words), words)
    before = [t.text for t in number.subtree if t.i < verb.i]
    return {verb.i: " ".join([*before, *written, verb.text])}
