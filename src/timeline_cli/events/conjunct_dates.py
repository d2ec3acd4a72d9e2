"""A conjunct's own verb and its date (round 27; docs/events.md, "A plan's date, a date inside a noun, a
conjunct's own verb"):

- a date after a later conjunct's verb that the parser hung on the first verb, which has a date of its
  own before that conjunct: "Trading stopped at 9:07 a.m., seven minutes after the market opened, and
  resumed at 1:30 p.m." (1:30 parsed on "stopped"): 1:30 is the resuming's, never the stopping's, and
  the stopping's 9:07 is not the resuming's (`later_conjunct_owner`, `dated_after`); so is a date
  after the "and" right before the later conjunct, when the first verb has a date of its own before
  the "and": "was founded in 1927 and at its peak, in the 1980s, had more than 6,000 suppliers" (the
  1980s parsed on "founded") is the having's, and 1927 the founding's only (`_fronted_date`, round
  49b);
- a date inside the first verb's phrase does not date a later conjunct that repeats its modal: "said
  they would strike on Monday and would fight the closure under the law": the fight is not Monday's
  (`own_modal_conjunct`); nor one with an "if"/"unless" clause of its own ("would cut 200 jobs in March
  and close the base if sales did not recover", round 60b); a date before both verbs ("In 2019 a tram lost power and rolled back") or a
  conjunct with no modal of its own ("broke out on July 29 and spread") still shares it;
- a date right after the last of coordinated objects, inside the object phrase (its relative clause
  goes on after the date): "The brewery survived two world wars and a fire in 1897 that destroyed its
  malt house" (1897 parsed on "survived") is the fire's, not the surviving's, which spans the wars
  too: no row (`last_object_date`);
- a subject's reduced relative that the parser read as the clause's verb, with the real verb its
  conjunct though no "and" or comma joins them: "Samples taken from crops last week tested positive on
  Tuesday" ("tested" a conjunct of "taken"): a date before the second verb is the participle's (the
  taking, last week), a date after it the second verb's (the testing, Tuesday); neither takes the
  other's (`reduced_pair_other`, round 45);
- a "until/by <date>" phrase before ", and" and a clause with its own subject, which the parser read
  as that clause's conjunction: "will be postponed until at least Feb. 3, and about 300 operations
  are expected to be cancelled" does not date the cancelling (`date_before_clause_and`, round 63a).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_VERBS = ("VERB", "AUX")


def _later_conjuncts(pred: Token) -> list[Token]:
    return [c for c in pred.children if c.dep_ == "conj" and c.pos_ in _VERBS and c.i > pred.i]


def _dated_phrase(pred: Token, lo: int, hi: int, timex_tokens: set[int] | frozenset[int]) -> bool:
    """True when a time expression lies in one of `pred`'s own phrases (not a conjunct) that start
    between token indices `lo` and `hi` (both excluded)."""
    return any(t.i in timex_tokens for c in pred.children if lo < c.i < hi and c.dep_ not in ("conj", "cc")
               for t in c.subtree)


def later_conjunct_owner(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int]) -> Token | None:
    """The later conjunct verb a date hung on `pred` belongs to: the last one before the date, when `pred`
    has a date of its own before that conjunct (module doc)."""
    if not (span.root.head.i == pred.i or span.root.head.head.i == pred.i):
        return None  # only a date the parser hung on the first verb itself ("at 1:30 p.m." on "stopped")
    before = [c for c in _later_conjuncts(pred) if c.i < span.start]
    if not before:
        ahead = [c for c in _later_conjuncts(pred) if c.i >= span.end]
        if ahead and pred.i < span.start and _fronted_date(pred, ahead[0], timex_tokens) < span.start:
            return ahead[0]  # "founded in 1927 and at its peak, in the 1980s, had 6,000 suppliers"
        return None
    conjunct = before[-1]
    return conjunct if _dated_phrase(pred, pred.i, conjunct.i, timex_tokens) else None


def _fronted_date(pred: Token, conjunct: Token, timex_tokens: set[int] | frozenset[int]) -> int:
    """The index of the "and" joining `pred` to its later `conjunct` when a date hung on `pred` stands
    after that "and" and right before `conjunct` (nothing but commas or the conjunct's own words
    between), and `pred` has a date of its own before the "and": the later date is the conjunct's
    ("was founded in 1927 and at its peak, in the 1980s, had 6,000 suppliers"); else the length of
    the doc."""
    doc = pred.doc
    none = len(doc)
    cc = next((t for t in reversed(doc[pred.i + 1:conjunct.i]) if t.dep_ == "cc"), None)
    if cc is None or not _dated_phrase(pred, pred.i, cc.i, timex_tokens):
        return none
    phrases = [c for c in pred.children if cc.i < c.i < conjunct.i and c.dep_ not in ("conj", "cc", "punct")]
    if not phrases or not any(t.i in timex_tokens for c in phrases for t in c.subtree):
        return none
    last = max(c.right_edge.i for c in phrases)
    if not all(t.is_punct or t.head.i == conjunct.i for t in doc[last + 1:conjunct.i]):
        return none
    return cc.i


def dated_after(pred: Token, conjunct: Token, timex_tokens: set[int] | frozenset[int]) -> bool:
    """True when a date hung on `pred` lies after its later `conjunct` (that conjunct's own date, parsed
    on `pred`), so `conjunct` shares none of `pred`'s earlier dates."""
    if conjunct.i < pred.i or conjunct.head.i != pred.i:
        return False
    return _dated_phrase(pred, conjunct.i, len(pred.doc), timex_tokens) or \
        _fronted_date(pred, conjunct, timex_tokens) < len(pred.doc)  # its own date before it


def own_modal_conjunct(span: Span, pred: Token, conjunct: Token, condition_marks: frozenset[str]) -> bool:
    """True when the date lies inside the first verb's phrase (after it, before `conjunct`) and
    `conjunct` repeats a modal of its own ("would strike on Monday and would fight ..."), or has a
    condition of its own ("would hold a strike next Wednesday and challenge the law in court if it was
    passed": the challenge waits on the law, not on Wednesday; round 60b)."""
    if conjunct.i < pred.i or not pred.i < span.start or span.end > conjunct.i:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in condition_marks for m in c.children) for c in conjunct.children)


def date_before_clause_and(span: Span, pred: Token) -> bool:
    """The date ends a "until/by <date>" phrase of the clause before an ", and" that opens a clause
    with its own subject, where the parser read the preposition as the later clause's conjunction:
    "Surgery will be postponed until at least Feb. 3, and about 300 operations are expected to be
    cancelled" (`until` parsed as the mark of "expected", the "and" hung on the date). The date is the
    postponement's; the later clause has none of its own: no row (round 63a)."""
    root = span.root
    mark = root.head
    if root.dep_ != "pobj" or mark.dep_ != "mark" or mark.i >= span.start:
        return False
    clause = mark.head
    if clause.i != pred.i and not clause.is_ancestor(pred):
        return False
    joint = next((c for c in root.children if c.dep_ == "cc" and c.i >= span.end), None)
    return joint is not None and any(c.dep_ in ("nsubj", "nsubjpass") and joint.i < c.i < clause.i
                                     for c in clause.children)


def last_object_date(span: Span, pred: Token) -> bool:
    """True when the date follows the last of `pred`'s coordinated objects and the object phrase goes
    on after it (module doc)."""
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > span.start or obj.right_edge.i < span.end:
        return False
    last = obj
    while True:
        conj = next((c for c in last.children if c.dep_ == "conj" and c.i < span.start), None)
        if conj is None:
            break
        last = conj
    if last.i == obj.i:
        return False  # one object: "bought a house in 2010 that had belonged to ..." is the buying's
    prep = span.root.head if span.root.dep_ == "pobj" else None
    start = prep.i if prep is not None and prep.i < span.start else span.start
    return start == last.i + 1


def reduced_pair_other(span: Span, predicate: Token, timex_tokens: set[int] | frozenset[int]) -> bool:
    """Whether `predicate` is one of a subject's bare participle and the past verb the parser hung on
    it as a conjunct with nothing joining them ("Samples taken ... last week tested positive on
    Tuesday"), and the date `span` lies on the other one's side of the second verb (module doc); or
    `predicate` is the verb of a subject with such a participle ("Swabs taken ... last month tested
    positive on Monday", parsed right) and the date, hung on the verb, lies inside the participle's
    words while the verb has a date of its own after it."""
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i < span.start and span.end <= predicate.i and \
            span.root.head.i == predicate.i and any(t > predicate.i for t in _phrase_timex(predicate, timex_tokens)):
        participle = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                           not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
        return participle is not None and participle.i < span.start and \
            not any(t.is_punct for t in predicate.doc[participle.i:span.start])
    if predicate.dep_ == "conj":
        participle, verb = predicate.head, predicate
    else:
        participle = predicate
        verb = next((c for c in predicate.children if c.dep_ == "conj" and c.i > predicate.i), None)
        if verb is None:
            return False
    # (the parser tags "taken" a past too: two past verbs with nothing joining them are one clause)
    if verb.tag_ != "VBD" or participle.tag_ not in ("VBN", "VBD") or participle.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "cc", "preconj", "dobj") or c.dep_ == "punct" and c.i < verb.i
           for c in participle.children):
        return False  # "were taken and tested", "taken, tested", "arrested two men": two verbs indeed
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < participle.i for c in participle.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "punct" and c.i < verb.i for c in verb.children):
        return False  # "... and on April 15 the coalition declared": a clause of its own
    edge = verb.left_edge.i
    if edge > 0 and (participle.doc[edge - 1].dep_ == "cc" or participle.doc[edge - 1].is_punct):
        return False  # "... the next day and the day following saw": joined after all
    if participle.i < span.start and span.end <= verb.i:
        return predicate.i == verb.i  # the participle's date
    if span.start > verb.i:
        return predicate.i == participle.i  # the verb's date
    return False


def _phrase_timex(verb: Token, timex_tokens: set[int] | frozenset[int]) -> list[int]:
    """The time expression tokens among `verb`'s words."""
    return [t for t in range(verb.i + 1, verb.right_edge.i + 1) if t in timex_tokens]
