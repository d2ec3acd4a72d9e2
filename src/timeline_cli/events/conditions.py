"""A condition is no happening (docs/events.md, "A condition given as a fact"). The clause of "if" or
"unless" under a pledge, a threat or a plan ("She ran on a pledge to ballot drivers if operators did
not improve their pay offer by the autumn"; "would strike unless the company raised its offer") says
what may or may not happen, not what did: a row whose verb is that clause's, dated by a time
expression inside it, would tell a condition as a fact (and a negated one as a thing that did not
happen). Such rows are left out; the pledge or threat keeps its own row where it has a date.

The main clause of a past counterfactual is no happening either: "would (not) have" with a past
participle ("If the council had listened, it would not have closed the library in March") tells what
did not happen, or, negated, gives what did happen as not done. Such a row goes when its clause has
an "if"/"unless" clause or an inverted "Had ..." clause of its own, or a condition told with no
"if" before the verb ("Without the loan, the airline would have stopped flying in March"; "but for
...", "would otherwise have"), or when its date is before the
article's day ("The bank would have collapsed in 2008"), or when it is told in the story's own voice,
a main or relative clause whatever its date ("the notices, which would have taken effect at the end
of September, were unlawful", round 63e); one dated ahead and reported ("said the bridge would have
been built by 2027") is a forecast and stays.

Round 63d: the parser may hang the "if" on the clause's subject ("would pay for dredging if surveys
this autumn showed the channel had narrowed", "if" parsed as the mark of "surveys" and "showed" a
conjunct of "pay"): a clause whose own subject carries the condition's mark is a condition too. An
event noun that is a condition clause's subject ("promised to resign if the vote in June went
against her") is told by that clause, so its row goes with it.

A clause of "until" or "once" (`words.limit_marks`) told in the present tense ("is expected to stay
at the quay until the wreckage is cleared, possibly until the end of the month") names a time still
to come, whatever the tense of the clause it bounds: its row is never `occurred`, but `expected`
(`coming_limits`). Past tense ("stayed shut until the fire was put out on Monday") is left alone."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .lead import token_starts

_PRESENT = ("VBZ", "VBP")
_NOUN_SUBJECTS = ("nsubj", "nsubjpass")
_LONGEST = 4  # words in the longest of `condition_openers` ("on the condition that")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def drop_conditions(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without those whose verb heads an adverbial clause opened by a condition's subordinator
    (`words.condition_marks`), module doc."""
    if not words.condition_marks and not words.condition_openers:
        return rows
    starts = token_starts(doc)
    return [row for row in rows if not _condition(starts.get(row.trigger_start), words) and
            not _counterfactual(starts.get(row.trigger_start), row, words)]


def coming_limits(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` with those told `occurred` whose verb heads a present-tense "until"/"once" clause made
    `expected` (module doc)."""
    if not words.limit_marks:
        return rows
    starts = token_starts(doc)
    return [dataclasses.replace(row, status="expected") if row.status == "occurred" and
            _coming_limit(starts.get(row.trigger_start), words) else row for row in rows]


def _coming_limit(verb: Token | None, words: EventWords) -> bool:
    """Whether `verb` (or the clause an event noun is the subject of) is a present-tense clause of
    `words.limit_marks`: "until the wreckage is cleared", "once the league confirms the ban"."""
    verb = _clause_of_subject(verb)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.dep_ != "advcl" or \
            not any(c.dep_ == "mark" and c.lower_ in words.limit_marks for c in verb.children):
        return False
    return verb.tag_ in _PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)


def _clause_of_subject(token: Token | None) -> Token | None:
    """The verb whose subject `token` is, when `token` is an event noun told as its clause's subject
    ("if the vote in June went against her": the vote's row is told by "went"), else `token`."""
    if token is not None and token.dep_ in _NOUN_SUBJECTS and token.pos_ in ("NOUN", "PROPN") and \
            token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _counterfactual(verb: Token | None, row: Event, words: EventWords) -> bool:
    """Whether `verb` is told with "would have" and a past participle in a past counterfactual
    (module doc): a condition clause of its own, or a date before the article's day."""
    if verb is None or not words.counterfactual_modals:
        return False
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head  # "would not have refused to release his calendar last month": the refusing's
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in words.counterfactual_modals for a in auxes) or \
            not any(a.lemma_.lower() in words.perfect_aux and a.tag_ == "VB" for a in auxes):
        return False
    if any(c.dep_ == "advcl" and (_condition(c, words) or _inverted_perfect(c, words)) or
           _opener(c, verb, words) for c in verb.children):
        return True
    if _untold(verb):
        return True
    value, reference = row.value or "", (row.reference_date or "")[:10]
    return bool(value[:4].isdigit() and reference) and value[:len(reference)] < reference[:len(value)]


def _untold(verb: Token) -> bool:
    """Whether the clause of `verb` (a "would have" participle) is the story's own, a main clause or a
    relative one, not a clause that someone is told to say: "a fare rise that would have taken effect
    in October", "The toll would have started in August, but the minister blocked it" tell what will
    not happen now, whatever the date; "said the bridge would have been finished by 2027" is a
    forecast reported (round 63e)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ROOT", "relcl")


def _opener(child: Token, verb: Token, words: EventWords) -> bool:
    """Whether `child`, a preposition or adverb before `verb`, opens a condition told with no "if":
    "Without the loan, ...", "But for the loan, ...", "would otherwise have" (module doc)."""
    if child.dep_ not in ("prep", "advmod") or child.i > verb.i:
        return False
    before = child.nbor(-1).lower_ if child.i > 0 else ""
    return child.lower_ in words.counterfactual_openers or f"{before} {child.lower_}" in words.counterfactual_openers


def _inverted_perfect(verb: Token, words: EventWords) -> bool:
    """"Had the club paid its debts, ...": a condition told by "had" before its subject, no "if"."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in words.past_perfect_aux), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subject is not None and aux.i < subject.i and \
        not any(c.dep_ == "mark" for c in verb.children)


def _condition(verb: Token | None, words: EventWords) -> bool:
    """Whether `verb` is the verb of an "if"/"unless" clause, itself or as a conjunct of one
    ("if talks fail and workers walk out"), or of a clause that a condition's opener
    (`words.condition_openers`) comes just before."""
    verb = _clause_of_subject(verb)
    if verb is not None and any(c.dep_ in _NOUN_SUBJECTS and c.left_edge.dep_ == "mark" and
                                c.left_edge.head.i == c.i and c.left_edge.lower_ in words.condition_marks
                                for c in verb.children):
        return True  # "if surveys this autumn showed ...": the parser hung "if" on the subject
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb is None:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in verb.children):
        return True
    return _opened(verb, words)


def _opened(verb: Token, words: EventWords) -> bool:
    """Whether a condition's opener ends just before the clause of `verb`, that clause having a
    subject of its own: "only on condition that building work started before the end of the year",
    "provided the farm was sold by March", "as long as the company pays the bonus in June". The
    parser hangs such a clause anywhere (a noun's acl, a ccomp, an advcl), so the words are read, not
    the label; a clause at the sentence's start ("Provided that ..., the race will start") is the main
    one and keeps its row."""
    if not words.condition_openers or verb.dep_ == "ROOT" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    edge, first = verb.left_edge, 0  # a sentence before ends in its punctuation, which no opener holds
    for end in (edge.i + 1, edge.i):  # the opener's last word is the clause's own mark ("as") or before it
        for length in range(1, _LONGEST + 1):
            if end - length < first:
                break
            if " ".join(t.lower_ for t in verb.doc[end - length:end]) in words.condition_openers:
                return True
    return False

