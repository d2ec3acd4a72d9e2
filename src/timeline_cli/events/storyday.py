"""Events of the story's day with no time expression (docs/events.md, "The story's day").

Three rules, each narrow on purpose (a wrong inferred date is worse than no row):

* **a reaction to the lead's news**: "Lesotho's government said on Friday it had foiled an attempt
  to overthrow it. ... The Southern African Development Community condemned the attempt." A main verb
  in the simple past that is a reaction (`reaction_verbs`: condemn, welcome, ...) whose object is a
  definite noun for what the lead or the headline says was done ("the attempt"; not "the
  government"), or any main verb in the simple past
  placed "after"/"following" a definite report noun ("The shilling gained 0.6 percent after the
  announcement"), takes the day of the lead's row (`date_basis` `context`): the lead must be dated
  to one day by its own text and have occurred. The noun must have no phrase or clause of its own
  ("the attempt in 2014" is another one), and the sentence no time expression in its main clause.
* **the headline's event, told in the present perfect after the lead**: "Lesotho says it foiled coup
  attempt, arrests 11 soldiers ... Eleven soldiers have been arrested, Molefi said." A later
  sentence whose main verb is a present perfect (active or passive) of an event (not be/have, not
  progressive, no adverb of a tally or a habit, no since/before/until) with the lemma of a verb of
  the headline that no row tells yet, with no time expression and no quotation mark anywhere in it
  and a subject that is no pronoun and has no apposition, is dated by the publication date as a lead in that tense is (the
  day before to the publication day, `date_basis` `publication`); only when the publication date is
  known, and once per headline verb. A present perfect anywhere in the story was tried and not kept
  (mostly background: "Elian's relatives in Miami have fought to keep the boy").
* **the headline's event, told in the present progressive after a feature lead**: "UK pharmacies
  ration children's antibiotics ... By 10 a.m. on Thursday, pharmacist Samir Qureshi had turned away
  four parents. ... Pharmacies across Britain are rationing children's antibiotics after ...". A feature
  opens with a scene and gives the news a few sentences on; a main verb in the present progressive of
  a word of the headline (its verb is often tagged a noun), in the NEWS_SENTENCES sentences after the
  lead, with a noun subject, no date in its own clause and no quotation mark in the sentence, is a row
  of the publication day (status `ongoing`), its "after ..." phrase cut (an earlier event of its own).
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .anchor import is_event_noun
from .lead import (
    FINAL,
    PRESENT_TAGS,
    PUBLICATION_SOURCES,
    SCENE_GRANULARITIES,
    _expression_of,
    _sentences,
    _simple_past,
    carried_on,
    dates_main_clause,
    expression_tokens,
    lead_sentence,
    main_predicates,
    negated_subject,
    present_perfect,
    publication_interval,
    publication_row,
    take_row,
    token_starts,
)
from .linked import _dated_itself
from .perfect import _news_perfect, _ordered, _quote_indexes
from .scenes import SPECIFYING

# How many sentences after a feature lead's scene may still give the news in the present progressive
NEWS_SENTENCES = 5

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords


def reaction_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                  story_start: int, words: EventWords) -> list[Event]:
    """Rows for reactions to the lead's news (see the module doc)."""
    if not words.reaction_verbs and not words.report_nouns:
        return []
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    lead = _lead_row(doc, rows, bounds, words)
    if lead is None:
        return []
    # what the headline and the lead say was done: an event noun, or the object of a verb ("the attempt"
    # of "said it had foiled an attempt"), not a body or a person ("the government", "the bank")
    named = {t.lemma_.lower() for t in doc[:bounds[1] + 1] if t.pos_ == "NOUN" and (
        t.dep_ == "dobj" or is_event_noun(t, words))} - words.generic_orgs - words.generic_people - words.not_event_nouns
    timex_tokens = expression_tokens({e: s for e, s in spans.items() if not _noun_modifier(e, s)})
    taken = {row.trigger_start for row in rows}
    expression = _expression_of(lead, day_only=True)
    out = []
    for sentence in _sentences(doc, segments):
        if sentence[0] <= bounds[1] or dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or not _simple_past(predicate, words) or \
                    not _reacts(predicate, named, words) or negated_subject(predicate):
                continue
            made = take_row(make_row, predicate, expression, taken)
            if made is not None:
                out.append(carried_on(made, lead))
    return out


def _lead_row(doc: Doc, rows: list[Event], bounds: tuple[int, int], words: EventWords) -> Event | None:
    """The lead's row dated to one day by its own text, a main predicate's first, or None."""
    lo, hi = doc[bounds[0]].idx, doc[bounds[1]].idx
    mains = {t.idx for t in main_predicates(doc, bounds, words)}
    dated = sorted((r for r in rows if lo <= r.trigger_start <= hi and r.status == "occurred" and
                    r.date_basis == "text" and r.granularity in SCENE_GRANULARITIES and r.date and
                    r.date == r.end_date), key=lambda r: (r.trigger_start not in mains, r.trigger_start))
    return dated[0] if dated else None


def _noun_modifier(expression, span) -> bool:
    """"two-year government bonds", "a four-year term": a duration that only says what kind of thing
    a noun is dates nothing."""
    root = span.root
    return expression.type == "DURATION" and root.dep_ in ("compound", "amod", "nmod") and \
        root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end


def _reacts(verb: Token, named: set[str], words: EventWords) -> bool:
    """"condemned the attempt" (a reaction verb, a definite object the lead names) or "gained ... after
    the announcement" (a definite report noun after a later-preposition)."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() in words.reaction_verbs:
            noun, nouns = child, named
        elif child.dep_ == "prep" and child.lower_ in words.later_preps:
            noun, nouns = next((c for c in child.children if c.dep_ == "pobj"), None), words.report_nouns
        else:
            continue
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and \
                any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in noun.children) and \
                not any(c.dep_ in SPECIFYING for c in noun.children):
            return True
    return False


def headline_perfect_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict,
                          make_row: Callable[..., Any], *, story_start: int, reference_date: str,
                          reference_source: str, words: EventWords) -> list[Event]:
    """Rows for the headline's event told in the present perfect after the lead (see the module doc)."""
    # the headline's verbs that no row tells yet: "Lesotho says it foiled coup attempt, arrests 11 soldiers"
    found = _headline_lemmas(doc, rows, segments, story_start, reference_source, verbs_only=True)
    if found is None:
        return []
    bounds, headline = found
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    date, end_date = publication_interval("past", reference_date)
    out = []
    quotes = _quote_indexes(doc)  # (from the doc's arrays, once per doc: no Token made per word)
    for first, last in _sentences(doc, segments):
        if first <= bounds[1] or doc[last].text[-1:] not in FINAL or \
                not timex_tokens.isdisjoint(range(first, last + 1)) or not quotes.isdisjoint(range(first, last + 1)):
            continue
        for predicate in main_predicates(doc, (first, last), words):
            if predicate.idx in taken or predicate.lemma_.lower() not in headline or \
                    not _news(predicate, words) or _ordered(predicate, words):
                continue
            row = publication_row(doc, predicate, date, end_date, make_row, taken)
            if row is not None:
                headline.discard(predicate.lemma_.lower())  # the headline's event is one row
                out.append(row)
    return out


def headline_present_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict,
                          make_row: Callable[..., Any], *, story_start: int, reference_date: str,
                          reference_source: str, words: EventWords) -> list[Event]:
    """Rows for the headline's event told in the present progressive after a feature lead (see the
    module doc): "UK pharmacies ration antibiotics ... By 10 a.m., pharmacist Samir Qureshi had turned
    away four parents. ... Pharmacies across Britain are rationing children's antibiotics after ..."."""
    # any word of the headline: its verbs are often parsed as nouns ("UK pharmacies ration ...")
    found = _headline_lemmas(doc, rows, segments, story_start, reference_source, verbs_only=False)
    if found is None:
        return []
    bounds, headline = found
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    day = reference_date[:10]
    later = [b for b in _sentences(doc, segments) if b[0] > bounds[1]][:NEWS_SENTENCES]
    quotes = _quote_indexes(doc)
    for first, last in later:
        if doc[last].text[-1:] not in FINAL or not quotes.isdisjoint(range(first, last + 1)):
            continue
        for predicate in main_predicates(doc, (first, last), words):
            if predicate.idx in taken or predicate.lemma_.lower() not in headline or \
                    not _present_progressive(predicate, words) or _dated_itself(predicate, timex_tokens):
                continue
            expression = TimeExpression(start=predicate.idx, end=predicate.idx + len(predicate.text), text="",
                                        type="DATE", value=day, date=day, end_date=day, granularity="day")
            row = make_row(doc[predicate.i:predicate.i + 1], expression, predicate)
            if row is None or row.trigger_start in taken or row.status not in ("occurred", "ongoing"):
                continue
            event = _without_cause(row.event, predicate, words)
            actors = [a for a in row.actors if a in event]  # not those of the cut clause ("India")
            return [dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start, date_basis="publication",
                                        event=event, actors=actors)]  # the headline's event is one row
    return []


def _headline_lemmas(doc: Doc, rows: list[Event], segments: Segments, story_start: int,
                     reference_source: str, *, verbs_only: bool) -> tuple[tuple[int, int], set[str]] | None:
    """The lead sentence's bounds and the lemmas of the headline's words (its verbs only, or every
    word) that no row tells yet; None when the date is not the publication's, there is no lead or
    nothing is left. The headline is the lines before the lead: headline, byline and dateline."""
    if reference_source not in PUBLICATION_SOURCES:
        return None
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return None
    starts = token_starts(doc)
    done = {starts[r.trigger_start].lemma_.lower() for r in rows if r.trigger_start in starts}
    headline = {t.lemma_.lower() for t in doc[:bounds[0]]
                if (t.pos_ == "VERB" if verbs_only else t.is_alpha)} - done
    return (bounds, headline) if headline else None


def _without_cause(description: str, verb: Token, words: EventWords) -> str:
    """The description cut before the verb's "after ..." phrase: its clause is another, earlier event
    (its own row), and the parser often leaves only its subject ("are rationing antibiotics after a
    factory in India" for "... after a factory in India stopped production")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.later_preps), None)
    if prep is None:
        return description
    head, sep, _ = description.partition(f" {prep.text} ")
    return head if sep and head.split() else description


def _present_progressive(verb: Token, words: EventWords) -> bool:
    """"are rationing": a present of be + the -ing form of an event verb, whose subject is a noun (no
    pronoun, no apposition: "Millbrook, a city of 48,000, is ..." opens background)."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB" or verb.lemma_.lower() in words.copulas:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return len(auxes) == 1 and auxes[0].lemma_ in words.copulas and auxes[0].tag_ in PRESENT_TAGS and \
        subject is not None and subject.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ == "appos" for c in subject.children)


def _news(verb: Token, words: EventWords) -> bool:
    """A present perfect of an event, active ("have opened") or passive ("have been arrested"), whose
    subject is no pronoun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Millbrook, a city of 48,000, has been divided over ...": a subject described by an apposition
    # opens background, not news
    if subject is None or subject.pos_ == "PRON" or any(c.dep_ == "appos" for c in subject.children):
        return False
    if _news_perfect(verb, words):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "have been arrested": have + been + a participle; "has been divided over a plan" is a state too,
    # which the words cannot tell: the copula's participle must be a verb, not an adjective
    return present_perfect(verb, words) and len(auxes) == 2 and auxes[1].lemma_ in words.copulas and \
        auxes[1].dep_ == "auxpass" and verb.pos_ == "VERB" and \
        not any(c.dep_ == "advmod" and c.lower_ in words.cumulative_adverbs for c in verb.children)
