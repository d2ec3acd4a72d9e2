"""Round 72d: the main clause and an adverbial "when"/"once"/"after"/"before"/"as"/"while" clause
mixed up (docs/events.md, "Round 72d"; docs/method/literal-clause-study.md, triggers (d) and (e)).

(d) A verb joined by ", and" after an adverbial clause set off by commas ("The strike began at
5 a.m., when the first shift refused to load aircraft, and is due to last until Sunday") is the
main clause's second verb; the small parser hangs it on the adverbial clause's verb, so the
description borrowed that clause's subject ("The first shift is due to last ..."). Its subject
is the main clause's ("The strike is due to last ..."). Only for a conjunct with no subject of its
own, after a comma and a coordinating conjunction, whose head is an adverbial clause opened by one
of the pack's time subordinators that is set off from the main clause by a comma (inserted) or
comes before it (fronted); a clause of two verbs sharing the subordinator ("when the fog lifted
and the wind dropped", "when workers arrived and refused to load", no comma) keeps its own subject.

(e) A row told from the adverbial clause while the date is the main clause's: a "when" clause right
after an "in"/"at"/"during" date of the main verb, parsed as that verb's adverbial clause, dates the
main verb too (`when_clause_host`, as `anchor.when_relative_host` does for the relative parse); a main
verb the parser hung as a participle on a noun of its own subject, and a present "once" clause holding
the modal main clause's date set off at its end, are told by the main clause as written
(`literal_main_clauses`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Event
    from .segments import Segments
    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_VERBS = ("VERB", "AUX")


def _time_marks(words: EventWords) -> frozenset[str]:
    # "once", "when", "after", "before", "until"; "as", "when"; "while", "when", "as"
    return words.pending_marks | words.simultaneity_markers | words.gerund_simultaneity_marks


def _marker(clause: Token, words: EventWords) -> Token | None:
    """The time subordinator opening `clause` ("when", "once", "after" ...), or None."""
    marks = _time_marks(words)
    return next((c for c in clause.children
                 if c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ in marks), None)


def _main_verb(clause: Token) -> Token | None:
    """The verb an adverbial clause tells the time of: its head for an adverbial clause, the verb of
    the time noun for a "when" relative hung on it ("at 4 a.m., when ...")."""
    if clause.dep_ == "advcl":
        head = clause.head
    elif clause.dep_ == "relcl" and clause.head.ent_type_ in ("DATE", "TIME"):
        head = clause.head
        while head.pos_ not in _VERBS and head.head.i != head.i:
            head = head.head
    else:
        return None
    return head if head.i != clause.i and head.pos_ in _VERBS else None


def main_clause_conjunct(verb: Token, words: EventWords) -> Token | None:
    """The main clause's verb of a conjunct `verb` the parser hung on an adverbial clause set off by
    commas (module doc, (d)), else None."""
    if verb.dep_ != "conj" or verb.pos_ not in _VERBS or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    clause = verb.head
    if clause.i > verb.i or clause.pos_ not in _VERBS:
        return None
    main = _main_verb(clause)
    marker = _marker(clause, words) if main is not None else None
    if marker is None:
        return None
    doc = verb.doc
    # ", and is due to last": a comma before the conjunction that joins it
    cc = next((c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i), None)
    if cc is None or cc.i == 0 or doc[cc.i - 1].text != ",":
        return None
    start = min(marker.i, clause.left_edge.i)
    if main.i < start:
        if start == 0 or doc[start - 1].text != ",":
            return None  # "left when the fog lifted and reached the island": one clause of two verbs
    elif main.i < verb.i:
        pass  # "When the shift walked out, the strike began, and is due ...": fronted, the verb after the main one
    else:
        return None  # "When the shift walked out and refused ..., the strike began": the clause's own
    if not any(c.dep_ in _SUBJECTS for c in main.children):
        return None
    return main


def when_clause_host(pred: Token, span: Span, timex_tokens, segments: Segments, words: EventWords) -> Token | None:
    """(e) The verb a date in an "in"/"at"/"during" phrase (or a bare date) dates when the "when"
    clause right after it ("The strike began at 4 a.m., when the first trams were due to leave") was
    parsed as that verb's adverbial clause, not as a relative of the date: the same host
    `anchor.when_relative_host` finds for the relative parse, so both parses get the same rows (the
    host's row; the "when" clause's too unless it is a state, rows.py)."""
    if pred.dep_ != "advcl" or pred.pos_ not in _VERBS:
        return None
    doc = span.doc
    follower = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if follower >= len(doc) or not any(c.i == follower and c.dep_ in ("advmod", "mark") and
                                       c.lower_ in words.when_conjunctions for c in pred.children):
        return None
    root = span.root
    if any(c.dep_ == "advmod" and not span.start <= c.i < span.end for c in root.children):
        return None  # "most recently last October, when ...": one of a series
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in words.inclusion_preps:
        host = root.head.head
    elif root.dep_ in ("npadvmod", "tmod"):
        host = root.head
    else:
        return None
    if host.i != pred.head.i or host.pos_ not in _VERBS or not segments.same(host, pred) or \
            host.tag_ in ("VBG", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in host.children):
        return None
    for child in host.children:
        dated = [child, *(c for c in child.children if c.dep_ == "pobj")] if child.dep_ == "prep" else [child]
        if any(t.i in timex_tokens and not span.start <= t.i < span.end for t in dated):
            return None  # another date of its own
    return host


# (e) rows told from the wrong clause, mended by the main clause's words as written


def _misread_main_verb(participle: Token, words: EventWords) -> tuple[Token, Token] | None:
    """(subject, clause verb) when `participle`, a bare participle the parser hung on a noun of a
    subject, is the sentence's main verb and the verb that subject was given is the adverbial clause's:
    "The cinema in this town of 1,500 people reopened on Friday, 31 years after it closed, ...",
    parsed "people (that were) reopened" and "The cinema ... after it closed"; "A plan to merge three
    villages into a single municipality collapsed on Sunday after voters in one of them rejected it",
    parsed "a municipality (that was) collapsed" and "A plan ... rejected it". Only when the clause
    verb has a second subject after its time subordinator ("after it closed"), or the subordinator was
    parsed as a preposition of the participle and the clause verb's object is a pronoun that cannot be
    its own subject ("A plan ... rejected it")."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "agent", "conj") for c in participle.children):
        return None
    if participle.doc[participle.i - 1].is_punct:
        return None  # "The market, built in 1898 and closed in 2021 after ..., reopened": a participle set off
    subject = participle.head
    for _ in range(12):
        if subject.dep_ in ("nsubj", "nsubjpass") or subject.head.i == subject.i:
            break
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in _VERBS or \
            not subject.i < participle.i < verb.i or subject.left_edge.i > participle.head.i:
        return None
    marks = _time_marks(words)
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in marks and participle.i < c.i), None)
    if mark is not None:
        # "The cinema ... after it closed": two subjects, the second after the subordinator
        if any(c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < verb.i for c in verb.children):
            return subject, verb
        return None
    prep = next((c for c in participle.children if c.dep_ == "prep" and c.lower_ in marks and c.i < verb.i
                 and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)), None)
    if prep is None or any(t.pos_ in _VERBS for t in participle.doc[prep.i + 1:verb.i]):
        return None
    # "after voters ... rejected it": the clause's object "it" is not its subject "A plan"
    if any(c.dep_ == "dobj" and c.lower_ in words.neuter_pronouns | words.plural_object_pronouns
           for c in verb.children) and \
            subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in ("PERSON",):
        return subject, verb
    return None


def _ahead_once_clause(verb: Token, span: Span, words: EventWords) -> Token | None:
    """The main verb of a present-tense "once"/"when"/"after"/"before" clause `verb` that holds the
    row's date, under a main clause with a modal ("an expert will examine the site once it is safe to
    enter, probably next week", the date parsed in the "once" clause): the date is the main clause's
    time, the clause only says what it waits for."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or not \
            verb.left_edge.i <= span.start <= span.end - 1 <= verb.right_edge.i:
        return None
    marks = words.pending_marks - words.limit_marks | {"once"}
    if not any(c.dep_ in ("mark", "advmod") and c.i < verb.i and c.lower_ in marks for c in verb.children):
        return None
    main = verb.head
    if main.pos_ not in _VERBS or main.i > verb.i or not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in main.children):
        return None
    # the date set off at the clause's end (", probably next week"), no phrase of a noun inside it
    doc = verb.doc
    before = span.start - 1
    if span.root.dep_ == "pobj" and span.root.head.i == before:
        before -= 1  # ", probably on Monday"
    while before > verb.i and doc[before].pos_ == "ADV":
        before -= 1
    if doc[before].text != "," or verb.right_edge.i > span.end - 1 and not doc[span.end].is_punct:
        return None
    return main


def _subject_token(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


_MOST_WORDS = 32  # a literal clause longer than this is no row's description
_LATER = ("advcl", "conj", "parataxis", "ccomp", "cc", "punct")


def _literal(subject: Token, verb: Token, last: int, span: Span | None) -> str | None:
    """The words as written from `subject`'s first word to token `last`, without the row's own date
    (and its preposition, with the comma and adverb before a date set off at the end); None when it
    would be too long to read as one row."""
    doc = verb.doc
    gone = set(range(span.start, span.end)) if span is not None else set()
    if span is not None:
        root = span.root
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i == span.start - 1:
            gone.add(root.head.i)  # "at 9 p.m.", "on Monday": the date's own preposition
        start = min(gone)
        while start - 1 > subject.i and doc[start - 1].pos_ == "ADV":
            start -= 1
        if doc[start - 1].text == ",":  # ", probably next week"
            gone |= set(range(start - 1, min(gone)))
    tokens = [t for t in doc[subject.left_edge.i:last + 1] if t.i not in gone]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    if not tokens or sum(not t.is_punct for t in tokens) > _MOST_WORDS or any(t.text in ('"', "\u201c", "\u201d") for t in tokens):
        return None
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _clause_end(verb: Token) -> int:
    """The last token of `verb`'s clause without a later clause of its own set off after it (", even
    though ...", ", and ...")."""
    last = verb.i
    for child in verb.children:
        if child.i > verb.i and child.dep_ in _LATER:
            continue
        last = max(last, child.right_edge.i)
    return last


def literal_main_clauses(doc: Doc, rows: list[Event], spans: dict, words: EventWords) -> list[Event]:
    """`rows` with a description told from the wrong clause of a sentence with a time subordinator
    ((e): a misread main verb, a "once" clause holding the main clause's date) replaced by the main
    clause's words as written."""
    if not rows:
        return rows
    by_start = {}
    for expression, span in spans.items():
        by_start.setdefault(expression.start, span)
    starts = token_starts(doc)
    out = []
    for row in rows:
        span = by_start.get(row.start) if row.date_basis == "text" else None
        token = starts.get(row.trigger_start)
        text = None
        if token is not None and token.dep_ in ("acomp", "attr") and token.head.pos_ in _VERBS:
            token = token.head  # "is safe to enter": the copula's clause
        if token is not None and token.pos_ in _VERBS:
            text = _literal_for(token, span, words)
        out.append(replace(row, event=text) if text else row)
    return out


def _literal_for(token: Token, span: Span | None, words: EventWords) -> str | None:
    """The main clause as written for the row of `token` dated by `span` (None: a row of the
    publication date, told only for a misread main verb), or None."""
    if token.dep_ == "acl":
        participles = [token]
    else:
        subject = _subject_token(token)
        participles = [t for t in subject.subtree if t.dep_ == "acl" and t.i > subject.i] if subject is not None else []
    for participle in participles:
        found = _misread_main_verb(participle, words)
        if found is not None:
            subject, verb = found
            return _literal(subject, verb, _clause_end(verb), span) if token.i in (participle.i, verb.i) else None
    main = _ahead_once_clause(token, span, words) if span is not None else None
    if main is not None:
        subject = _subject_token(main)
        if subject is None or subject.i > main.i:
            return None
        return _literal(subject, main, token.right_edge.i, span)
    return None

