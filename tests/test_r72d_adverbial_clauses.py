"""Round 72d: the main clause and an adverbial "when"/"once"/"after" clause mixed up
(events/adverbial_conjuncts.py).

- A verb joined by ", and" after a "when" clause set off by commas is the main clause's second verb:
  its subject is the main clause's, not the "when" clause's.
- A date in an "at" phrase followed by ", when ..." parsed as the verb's adverbial clause dates the
  verb, as it does when the clause is parsed as the date's relative; a state in the clause keeps no row.
- A main verb the parser hung as a participle on a noun of its own subject ("The theatre in this
  town of 4,200 people reopened on Saturday, 19 years after it closed, ...") is told by the main
  clause as written, not by the "after" clause given that subject.
- A present "once" clause under a modal main clause holding the date set off at its end ("once it is
  safe to enter, probably next week") is told with the main clause.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression, timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _events(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_conjunct_after_when_clause_takes_the_main_subject(nlp):
    rows = _events(nlp, "The walkout began at 6 a.m., when the night crew refused to unload the ships, "
                        "and is expected to last until Wednesday, the dockers' union said.")
    assert rows["The walkout is expected to last until Wednesday"].value == "2025-06-11"
    assert not any(e.startswith("The night crew is expected") for e in rows)


def test_verbs_sharing_a_when_clause_keep_its_subject(nlp):
    # near miss: no comma before "and", the two verbs are the "when" clause's
    rows = _events(nlp, "The alarm sounded at 3 a.m. when a guard saw smoke and called the fire brigade at 3:10 a.m.")
    assert rows["A guard called the fire brigade"].value == "2025-06-05T03:10"


def test_state_in_when_clause_after_the_hour_gives_the_row_to_the_main_clause(nlp):
    rows = rows_by_expression(nlp, "The walkout began at 6 a.m., when the first ferries were due to sail, "
                                   "and is set to end on Friday night.", THURSDAY)
    assert [r.event for r in rows["6 a.m."]] == ["The walkout began"]


def test_happening_in_when_clause_after_the_hour_keeps_its_row(nlp):
    # near miss: the "when" clause tells a happening of its own, its row stays
    rows = rows_by_expression(nlp, "The walkout began at 6 a.m., when the night crew refused to unload the ships.",
                              THURSDAY)
    assert "The night crew refused to unload the ships" in [r.event for r in rows["6 a.m."]]


_THEATRE = """A river town's theatre opens again

VELLANO, Italy, June 1, 2025 (Wire) - Giulia Rossi was 20 when she first sold tickets at the Teatro Verdi, \
in 1961. On Saturday night, at 84, she was back at the door.

The theatre in this river town of 4,200 people reopened on Saturday, 19 years after it closed, with a packed \
performance of a Spanish play at 8 p.m. All 210 seats were taken."""


def test_misread_main_verb_is_told_as_written(nlp):
    rows = rows_by_expression(nlp, _THEATRE, dt.date(2025, 6, 1))
    assert [r.event for r in rows["8 p.m."]] == [
        "The theatre in this river town of 4,200 people reopened on Saturday, 19 years after it closed, "
        "with a packed performance of a Spanish play"]
    assert not any("closed with" in r.event for rs in rows.values() for r in rs)


def test_participle_of_its_own_subject_stays(nlp):
    # near miss: a true reduced relative in the subject, no second subject, no clause's "it"
    rows = _events(nlp, "A tunnel dug in 1902 after the landslide was sealed on Monday.")
    assert not any("after the landslide was sealed" in e and e.startswith("A tunnel dug") for e in rows)


def test_once_clause_holding_the_main_clause_date(nlp):
    rows = rows_by_expression(nlp, "An engineer will check the dam once the water level is lower, probably on Monday.",
                              THURSDAY)
    row, = rows["Monday"]
    assert row.event == "An engineer will check the dam once the water level is lower"
    assert row.value == "2025-06-09" and row.status == "expected"


def test_once_clause_with_its_own_date_keeps_it(nlp):
    # near miss: no comma before the date, it is the clause's own ("when the storm passes on Friday")
    rows = rows_by_expression(nlp, "The ferry will sail when the storm passes on Friday.", THURSDAY)
    assert [r.event for r in rows["Friday"]] == ["The storm passes"]
