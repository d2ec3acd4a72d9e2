"""Round 19 of the right date on each row: a headline's "X to do Y in September" and a participle
that picks out its noun under a future clause ("permits bought before the end of April will be
valid") are not told in the past; a clock time up to dawn after a night is the next morning's.
Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag


def values(nlp, text, ref):
    return [(e.text, e.value) for e in tag(text, ref, nlp(text))]


def test_a_headline_infinitive_looks_forward(nlp):
    # a story of May 2027: the tour is this October, not last October
    text = "Singer Mara Holt to tour Japan in October"
    assert ("October", "2027-10") in values(nlp, text, dt.date(2027, 5, 3))


def test_a_past_headline_verb_still_looks_back(nlp):
    text = "Singer Mara Holt toured Japan in October"
    assert ("October", "2026-10") in values(nlp, text, dt.date(2027, 5, 3))


def test_a_participle_under_a_future_clause_is_not_read_as_past(nlp):
    # a report of January 2026: the end of March still lies ahead
    text = "Permits bought before the end of March will still be valid until they expire."
    assert ("the end of March", "2026-03") in values(nlp, text, dt.date(2026, 1, 8))


def test_a_participle_under_a_past_clause_stays_past(nlp):
    text = "Permits bought in November were cancelled."
    assert ("November", "2025-11") in values(nlp, text, dt.date(2026, 1, 8))


def test_a_dawn_clock_time_after_a_night_is_the_next_morning(nlp):
    text = ("A fire gutted a warehouse in the harbour district overnight, police said on Saturday. "
            "The blaze was reported by a guard at about 6:15 a.m.")
    found = values(nlp, text, dt.date(2026, 3, 14))
    assert ("overnight", "2026-03-13TNI") in found
    assert ("about 6:15 a.m.", "2026-03-14T06:15") in found


def rows(nlp, text):
    from timeline_cli import extract_timeline
    from timeline_cli.records import Document
    return [(r.event, r.time_expression, r.value, r.date_basis)
            for r in extract_timeline([Document(id="a", text=text)], nlp=nlp, merge=False)]


def test_a_later_past_perfect_does_not_date_the_lead(nlp):
    # the denial came before the story's news: its Wednesday is not the day of the postponement
    text = ("Daito delays electric van\n\nTOKYO, March 6, 2025 (Wire) - Japanese carmaker Daito Motors has "
            "delayed the launch of its electric van by three months after engineers found a fault in the "
            "battery, the company said on Thursday.\n\nThe van was due to go on sale on March 20.\n\n"
            "The announcement came a day after a newspaper reported that the company had stopped production "
            "at its plant in Nagoya. Daito had denied the report on Wednesday.")
    delayed = [r for r in rows(nlp, text) if "delayed" in r[0]]
    assert delayed and all(value != "2025-03-05" for _, _, value, _ in delayed)
    assert ("Daito had denied the report", "Wednesday", "2025-03-05", "text") in rows(nlp, text)


def test_a_date_ahead_on_a_dated_past_perfects_to_clause_is_not_the_vote(nlp):
    text = ("DUBLIN, Sept. 30, 2026 (Wire) - Bus drivers have won a pay rise, a tribunal ruled on Wednesday.\n\n"
            "Drivers had voted in August to strike from Oct. 12.")
    voted = [(expr, value) for event, expr, value, _ in rows(nlp, text) if "voted" in event]
    assert ("August", "2026-08") in voted
    assert all(value != "2026-10-12" for _, value in voted)


def test_a_misread_conjunct_keeps_its_clock_time_off_the_first_clause(nlp):
    # "slid" is read as an adjective: its 7:30 is the third house's, not the first two houses'
    text = ("MILTON, April 19, 2026 (Wire) - Within about an hour, two houses on Elm Court had collapsed into "
            "the hole, and a third slid in at around 7:30 a.m., county officials said.")
    assert not [r for r in rows(nlp, text) if "collapsed" in r[0] and r[1] == "around 7:30 a.m."]
