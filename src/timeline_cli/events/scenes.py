"""Undated sentences placed by what they say about an event the text dated before (docs/events.md,
"Scenes named again").

"Castro attended a rally Thursday. ... After the rally, state television showed the exiles." A main
verb in the simple past, with no time expression in its main clause, that is placed at, during or
after an event by a **definite** noun ("the rally", "the event") — a phrase of the scene prepositions
(`scene_preps`) on the verb, or an adverbial clause they open whose subject is that noun ("After the
case closed, Jobs extended an invitation") — happened on the day of the latest earlier event whose
own clause has the same noun ("attended a rally Thursday", "During a media event held at its
headquarters, Apple released ..."): `date_basis` `context`, or `publication` when that event is a
lead dated by the publication date. After "after"/"following" the event must be one day (a dated
row of a day or a time, not the publication's two days): what follows a day's event on that day is
news of that day; what follows a longer one may be months later.

The noun must be the same word (lemma) as in the dated clause, definite ("the", "this", "that") and
without a phrase or clause of its own ("the event in Paris" may be another one). Nothing here is
fitted to particular articles: it reads the parse only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event
from .earlier import ranged_lead
from .lead import (
    SCENE_GRANULARITIES,
    _expression_of,
    _sentences,
    _simple_past,
    add_context_row,
    carried_on,
    dates_main_clause,
    expression_tokens,
    lead_sentence,
    main_predicates,
    same_actor,
    take_row,
    token_starts,
)
from .lead_causes import cause_told_again, earlier_cause, subject_dated
from .relative_periods import timed_from_another
from .words import EventWords

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Token

    from .segments import Segments

# Children of a noun that make it another event than the one named before ("the event in Paris").
SPECIFYING = ("prep", "acl", "relcl", "poss", "nummod", "appos")


def scene_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
               words: EventWords) -> list[Event]:
    """Rows for undated main verbs placed at an event the text dated before (see the module doc)."""
    if not words.scene_preps:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    dated = sorted((row for row in rows if row.status == "occurred" and row.date and
                    row.date_basis in ("text", "publication") and row.granularity in SCENE_GRANULARITIES and
                    row.trigger_start in starts), key=lambda r: r.trigger_start)
    if not dated:
        return []
    out = []
    for sentence in _sentences(doc, segments):
        if dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or not _simple_past(predicate, words):
                continue
            found = _scene_noun(predicate, words)
            if found is None:
                continue
            noun, later = found
            source = next((row for row in reversed(dated) if row.trigger_start < doc[sentence[0]].idx and
                           noun.lemma_.lower() in _clause_nouns(starts[row.trigger_start], words, after=later)), None)
            if source is None or later and source.date != source.end_date:
                continue
            if timed_from_another(doc, sentence, words):
                continue  # "in the days after the flood" is not the flood's day (relative_periods.py)
            made = take_row(make_row, predicate, _expression_of(source, day_only=later), taken)
            if made is None:
                continue
            out.append(carried_on(made, source))
    return out


def _scene_noun(verb: Token, words: EventWords) -> tuple[Token, bool] | None:
    """(the definite noun, whether the clause is after it) of "At the event, ..." / "After the case
    closed, ..." on `verb`, or None."""
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "prep" and word in words.scene_preps:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.scene_preps
                                           for c in child.children):
            word = next(c.lower_ for c in child.children if c.dep_ == "mark")
            noun = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            continue
        if noun is None or noun.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in noun.children) or \
                any(c.dep_ in SPECIFYING for c in noun.children):
            continue
        return noun, word in words.later_preps
    return None


def _clause_nouns(trigger: Token, words: EventWords, *, after: bool) -> set[str]:
    """The lemmas of the nouns of a dated row's own clause that name an event of its day: the trigger
    (an event noun), the object of a phrase placing it ("During a media event held at its
    headquarters, Apple released ...", "The announcement came at a special event"). After "after",
    any noun hanging from the trigger without another verb between ("attended a rally Thursday. ...
    After the rally"): "lost its court case today. ... After the case closed" follows the day's end
    of the case, but "During the case" need not be that day."""
    out = {trigger.lemma_.lower()} if trigger.pos_ == "NOUN" else set()
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in words.scene_preps:
            out |= {c.lemma_.lower() for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"}
    if not after:
        return out
    stack = list(trigger.children)
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj"):
            continue
        if token.pos_ == "NOUN":
            out.add(token.lemma_.lower())
        stack.extend(token.children)
    return out


def immediate_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                   words: EventWords) -> list[Event]:
    """"Then yesterday, he offered a proposal ... The administration immediately said it rejects the
    proposal": a main verb in the simple past with an adverb of reacting at once (`immediate_adverbs`)
    and no date of its own follows what the sentence right before tells, on that day: the day of the
    last row dated there (by its text or by context, to a day or a time), `date_basis` `context`."""
    if not words.immediate_adverbs:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    sentences = _sentences(doc, segments)
    out = []
    for previous, sentence in zip(sentences, sentences[1:]):
        if dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        lo, hi = doc[previous[0]].idx, doc[previous[1]].idx
        before = [row for row in rows if lo <= row.trigger_start <= hi and row.trigger_start in starts and
                  row.date_basis in ("text", "context") and row.status == "occurred" and
                  row.granularity in SCENE_GRANULARITIES and row.date]
        if not before:
            continue
        source = max(before, key=lambda r: r.trigger_start)
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or not _simple_past(predicate, words) or not any(
                    c.dep_ == "advmod" and c.lower_ in words.immediate_adverbs for c in predicate.children):
                continue
            add_context_row(out, taken, make_row, predicate, _expression_of(source, day_only=True))
    return out


# Scenes carried by the same subject to the very next sentence of their paragraph: a week too (the
# context rule carries days and times only, with any shared actor).
SUBJECT_SCENES = {"week", "day", "time"}


def same_subject_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, blocks: list[tuple[int, int]],
                      make_row: Callable[..., Any], *, words: EventWords) -> list[Event]:
    """"The Supreme Court took a detour this week from ... By a 6-3 vote, the court upheld a law.": a
    scene dated by a day, a time or a week (the context rule carries days and times only) goes on in
    the very next sentence of its paragraph when that sentence, with no date of its own in its main
    clause, tells in the simple past what the **same subject** did: the same name, or a definite noun
    phrase with the same head noun ("the court" after "The Supreme Court", which names no actor for
    the context rule). The dated row may be a reported clause ("The paper said Saturday: The Supreme
    Court took a detour this week"); after a report, only another report goes on with its day.
    `date_basis` `context`."""
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    sentences = _sentences(doc, segments)

    def block(bounds):
        idx = doc[bounds[0]].idx
        return next((i for i, (lo, hi) in enumerate(blocks) if lo <= idx < hi), None)

    out = []
    for previous, sentence in zip(sentences, sentences[1:]):
        if block(previous) != block(sentence) or block(sentence) is None or \
                dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        lo, hi = doc[previous[0]].idx, doc[previous[1]].idx
        scenes = [(row, _subject(starts[row.trigger_start])) for row in rows
                  if lo <= row.trigger_start <= hi and row.trigger_start in starts and row.date_basis == "text"
                  and row.status == "occurred" and row.granularity in SUBJECT_SCENES and row.date]
        scenes = [(row, subject) for row, subject in scenes if subject is not None and subject.pos_ != "PRON"]
        if not scenes:
            continue
        for predicate in main_predicates(doc, sentence, words):
            subject = _subject(predicate)
            if predicate.idx in taken or subject is None or not _simple_past(predicate, words) or \
                    _placed_elsewhere(predicate, words):
                continue
            source = next((row for row, before in reversed(scenes) if _same_subject(subject, before, words)), None)
            if source is None or source.trigger in words.attributing and predicate.lemma_.lower() not in words.attributing:
                continue  # what follows a report goes on with what was reported (as in the context rule)
            add_context_row(out, taken, make_row, predicate, _expression_of(source))
    return out


def _placed_elsewhere(verb: Token, words: EventWords) -> bool:
    """"During the case, the label showed ...", "Before the vote, the court heard ...": a phrase or
    clause that places the verb at another event than the scene's."""
    preps = words.scene_preps | words.ordering_preps
    return any(c.dep_ == "prep" and c.lower_ in preps or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in preps for m in c.children) for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _same_subject(subject: Token, before: Token, words: EventWords) -> bool:
    """"the court" after "The Supreme Court", "Acme" after "Acme": a definite noun phrase with the
    same head noun, or the same name."""
    if subject.pos_ == "PROPN":
        return before.pos_ == "PROPN" and same_actor(_name(subject), _name(before))
    return subject.pos_ == "NOUN" and subject.lemma_.lower() == before.lemma_.lower() and \
        any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in subject.children) and \
        not any(c.dep_ == "poss" for c in subject.children)


def _name(token: Token) -> str:
    return " ".join(t.text for t in token.subtree if t.pos_ == "PROPN" and (t.i == token.i or t.dep_ == "compound"))


def lead_cause_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                    story_start: int, words: EventWords) -> list[Event]:
    """"Crossland's stock plummeted after management recommended a suspension of dividends.": what
    the lead says its main event followed is news of the same occasion. An adverbial clause of a lead
    row's verb opened by "after" (`later_preps`), in the simple past with a subject of its own and no
    date of its own, takes the lead row's date (`date_basis` `context`, or `publication` for a lead
    dated by the publication date)."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None or not words.later_preps:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    mains = {t.idx for t in main_predicates(doc, bounds, words)}
    out = []
    for lead in rows:
        if lead.trigger_start not in mains or lead.status != "occurred" or not lead.date or \
                lead.granularity not in SCENE_GRANULARITIES or ranged_lead(lead):
            continue  # "has approved ..., after the developer agreed ...": background (earlier.py)
        for clause in starts[lead.trigger_start].children:
            if clause.dep_ != "advcl" or clause.pos_ != "VERB" or clause.idx in taken or \
                    not any(c.dep_ == "mark" and c.lower_ in words.later_preps for c in clause.children) or \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or \
                    not _simple_past(clause, words) or _dated_itself(clause, timex_tokens) or \
                    subject_dated(clause, timex_tokens):
                continue
            if clause.lemma_.lower() in words.finding_verbs or earlier_cause(clause, words):
                continue  # "dismissed ... on Tuesday after an audit found ...": the finding came before
            if cause_told_again(clause, lead, rows, starts):
                continue  # "after talks broke down. ... Talks broke down on Monday evening": its own day
            made = take_row(make_row, clause, _expression_of(lead), taken)
            if made is None:
                continue
            out.append(carried_on(made, lead))
    return out


def _dated_itself(verb: Token, timex_tokens: set[int]) -> bool:
    """Whether a time expression modifies the verb itself (a child, or a child phrase's object):
    "recommended a suspension because it may not meet criteria effective Dec. 7" is not dated."""
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj", "xcomp"):
            continue
        if any(t.i in timex_tokens for t in child.subtree if t.head.i in (verb.i, child.i) or t.i == child.i):
            return True
    return False
