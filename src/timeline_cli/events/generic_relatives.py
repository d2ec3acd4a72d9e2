"""A reduced relative on a pronoun or an unnamed noun gives no row of its own (docs/events.md, "A
reduced relative on anyone or on an unnamed noun"; the seventeenth judged sample's "Anyone was born",
"People were born", "A statement was posted late").

events/finite.py writes a reduced relative as a passive ("a truce agreed last year" -> "A truce was
agreed"). On a pronoun or a generic noun ("a ban on sales to anyone born after 2009", "people born in
2012 or later will never ...") the participle only says which people are meant: "Anyone was born"
is no happening. On a statement with "a"/"an" (`report_nouns`) in a prepositional phrase of a verb,
with no agent ("called the claims absurd in a statement posted late on Monday"), the participle only
says which statement: the news is the verb's clause, and "A statement was posted late" says neither
whose nor what. No row (a wrong row is worse than none). Any other noun keeps its passive: "under a
reform passed in 2011", "a request made in June", "a sample taken at his home on June 12" are
happenings of their own.

Round 63d: a full relative clause on "nobody", "anyone" or a "no" noun ("Nobody who was registered on
Dec. 31 should have any problem voting"; "No student who enrolled in September will lose a place")
only says which people the main clause is about; told alone it turns the quantifier into the
clause's subject and the meaning round ("Nobody was registered", "No student enrolled"). No row
(`drop_quantified_relatives`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def _indefinite(noun: Token, words: EventWords) -> bool:
    # "a"/"an": the determiners that count one (not "one", "two")
    return any(c.dep_ == "det" and c.tag_ == "DT" and words.indefinite_counts.get(c.lower_) == 1 for c in noun.children)


def generic_relative(verb: Token, words: EventWords) -> bool:
    """Whether `verb`, a past participle on a noun with no subject or auxiliary of its own, is a reduced
    relative on a pronoun or a generic noun, or on an indefinite noun in a verb's prepositional phrase
    with no agent (module doc)."""
    noun = verb.head
    # (a bare head only: "12 people injured in 1993" counts people hurt, a happening)
    if noun.lower_ in words.everyone_pronouns or noun.lower_ in words.generic_heads and \
            all(c.i == verb.i or c.is_punct for c in noun.children):
        return True
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in words.report_nouns or not _indefinite(noun, words):
        return False
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def drop_quantified_relatives(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without those whose verb heads a relative clause on "nobody", "anyone" or a "no" noun (module doc)."""
    if not words.negative_determiners and not words.everyone_pronouns:
        return rows
    starts = token_starts(doc)
    return [row for row in rows if not _quantified_relative(starts.get(row.trigger_start), words)]


def _quantified_relative(verb: Token | None, words: EventWords) -> bool:
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "nobody who enrolled in May and paid ...": the conjunct too
    if verb is None or verb.dep_ != "relcl":
        return False
    noun = verb.head
    return noun.lower_ in words.everyone_pronouns or noun.lower_ in words.negative_pronouns or \
        any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in noun.children)
