"""The lead's cause told later with its own day (round 27; docs/events.md, "A plan's date, a date
inside a noun, a conjunct's own verb"): "Valeria Montes has cancelled the four Spanish concerts ...
after doctors ordered her to rest her voice following emergency surgery. ... She underwent surgery ...
on Friday." The surgery is what the cancelling followed: its Friday is not the day of the lead's news,
which `same_day_later` (lead.py) would give the lead (a Monday story's Friday, over the weekend).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from ..records import Event
    from .words import EventWords


def lead_cause_nouns(lead: Token, words: EventWords) -> set[str]:
    """The nouns (lemmas) of the "after"/"following" phrases of the lead's sentence (the sentence of
    the lead's predicate `lead`): the happenings the lead followed."""
    return {t.lemma_.lower() for marker in lead.sent if marker.lower_ in words.after_noun_preps
            for t in marker.subtree if t.pos_ == "NOUN"}


def names_cause(verb: Token, causes: set[str]) -> bool:
    """True when `verb` or its object names one of the lead's `causes` (`lead_cause_nouns`)."""
    told = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.pos_ == "NOUN")]
    return any(t.lemma_.lower() in causes for t in told)


def earlier_cause(clause: Token, words: EventWords) -> bool:
    """True when a lead's "after" clause tells what came before the lead's day: a test's result
    ("after six horses tested positive for equine flu"), or a trend that many report ("after hospitals
    reported a sharp rise in injuries": a plural subject with no determiner or number, a verb of
    reporting or showing, a change for its object), or the end of a long story ("after the coalition
    agreed to back it following months of pressure": an "after"/"following" phrase of its own whose
    object is a span of time, `relative_period_units`; round 62). Such a clause takes no date from the lead
    (events/scenes.py, `lead_cause_rows`); "after the company reported a fall in profit" still does."""
    if any(c.dep_ in ("acomp", "oprd", "advmod", "dobj") and c.lower_ in words.test_results
           for c in clause.children):
        return True
    if series_or_complaint(clause, words):
        return True
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]  # "agreed to back it following ..."
    if any(c.dep_ == "prep" and c.lower_ in words.later_preps and
           any(o.dep_ == "pobj" and o.lower_ in words.relative_period_units for o in c.children)
           for verb in verbs for c in verb.children):
        return True  # "after the coalition agreed to back it following months of pressure": a long story's end
    if clause.lemma_.lower() not in words.reporting | words.result_reports:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and subject.ent_type_ == "" and \
        not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children) and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in words.change_verbs for c in clause.children)


def series_or_complaint(clause: Token, words: EventWords) -> bool:
    """True when a lead's "after" clause tells what built up before the lead's day (round 73c): a counted
    plural subject ("after six children were hurt", "after two collisions left a swimmer injured": several
    happenings, no one day's), or a report of harm by an indefinite subject ("after customers reported
    swollen tins", "after a visitor complained": `complaint_verbs`). "after the company reported a
    loss" and "after water flooded the shafts" are not."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num and c.lower_ not in words.singular_numbers
                                     for c in subject.children):
        return True
    return clause.lemma_.lower() in words.complaint_verbs and \
        not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in words.indefinite_articles for c in subject.children)


def subject_dated(clause: Token, timex_tokens: set[int]) -> bool:
    """True when a time expression sits in the subject of a lead's "after" clause ("after two collisions
    in August left ..."): the clause has a time of its own, not the lead's (round 73c)."""
    return any(t.i in timex_tokens for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree)


def cause_told_again(clause: Token, lead: Event, rows: list[Event], starts: Mapping[int, Token]) -> bool:
    """True when a lead's "after" clause is told again elsewhere with a day of its own ("were locked
    out on Wednesday after talks over pay broke down. ... Talks at the conciliation service broke
    down on Monday evening."): a row dated by its text, of the clause's verb (lemma) and the head noun
    of its subject, on another day than the lead's. That day is the clause's; the lead's is not
    (round 62; `lead_cause_rows` in events/scenes.py gives such a clause no row)."""
    subject = _subject_lemma(clause)
    if subject is None:
        return False
    for row in rows:
        verb = starts.get(row.trigger_start)
        if verb is None or verb.i == clause.i or row.date_basis != "text" or not row.date or \
                row.date == lead.date or verb.lemma_.lower() != clause.lemma_.lower():
            continue
        if _subject_lemma(verb) == subject:
            return True
    return False


def _subject_lemma(verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subject is None or subject.pos_ == "PRON" else subject.lemma_.lower()
