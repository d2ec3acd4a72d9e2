"""The lead's cause told later with its own day (round 27; docs/events.md, "A plan's date, a date
inside a noun, a conjunct's own verb"): "Valeria Montes has cancelled the four Spanish concerts ...
after doctors ordered her to rest her voice following emergency surgery. ... She underwent surgery ...
on Friday." The surgery is what the cancelling followed: its Friday is not the day of the lead's news,
which `same_day_later` (lead.py) would give the lead (a Monday story's Friday, over the weekend).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

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
    reporting or showing, a change for its object). Such a clause takes no date from the lead
    (events/scenes.py, `lead_cause_rows`); "after the company reported a fall in profit" still does."""
    if any(c.dep_ in ("acomp", "oprd", "advmod", "dobj") and c.lower_ in words.test_results
           for c in clause.children):
        return True
    if clause.lemma_.lower() not in words.reporting | words.result_reports:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and subject.ent_type_ == "" and \
        not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children) and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in words.change_verbs for c in clause.children)
