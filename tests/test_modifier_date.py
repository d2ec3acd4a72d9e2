"""A date inside a participle modifying the clause's object dates that phrase, not the clause (issue
10; docs/events.md "A date in a modifier of the object", `events/modifier_date.py`). Sentences are this
project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_year_in_a_participle_after_a_prepositional_object_dates_no_clause(nlp):
    text = "The lake stood at 31% of capacity, below the previous low of 33% recorded in 2019."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert found == [], found


def test_a_year_in_a_participle_after_a_direct_object_dates_no_clause(nlp):
    text = "The firm cancelled a contract signed in 2019."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert found == [], found


def test_an_event_noun_s_participle_keeps_its_row(nlp):
    text = "The court upheld an agreement reached between the two companies in 1991."
    found = rows(nlp, text, expr(text, "1991", "1991", "1991-01-01", "1991-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["reach"], found


def test_the_clause_s_own_date_keeps_its_row(nlp):
    text = "On Monday the firm cancelled a contract signed in 2019."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"),
                 expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"))
    assert [r.time_expression for r in found] == ["Monday"], found


def test_a_participle_after_a_preposition_of_the_scene_keeps_the_row(nlp):
    # the letter's week is the saying's
    text = "Gomez said in a letter published last week that he would resign."
    found = rows(nlp, text, expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23", granularity="week"))
    assert len(found) == 1, found


def test_a_year_after_from_behind_the_object_dates_no_clause(nlp):
    # the parse hangs "from 2018" on the verb: the memos are 2018's, the showing is the trial's
    text = "At the hearing, the union's lawyers showed internal memos from 2018 in which a manager admitted the risk."
    found = rows(nlp, text, expr(text, "2018", "2018", "2018-01-01", "2018-12-31", granularity="year"))
    assert found == [], found


def test_a_year_after_of_behind_the_object_dates_no_clause(nlp):
    text = "The minister cited a survey of 2017 in her speech."
    found = rows(nlp, text, expr(text, "2017", "2017", "2017-01-01", "2017-12-31", granularity="year"))
    assert found == [], found


def test_a_stretch_from_a_year_keeps_its_row(nlp):
    text = "The firm paid dividends from 2016 to 2020."
    found = rows(nlp, text, expr(text, "from 2016 to 2020", "2016/2020", "2016-01-01", "2020-12-31",
                                 granularity="year"))
    assert len(found) == 1, found


def test_an_event_noun_s_year_keeps_its_row(nlp):
    text = "The party won the election of 2015 by a wide margin."
    found = rows(nlp, text, expr(text, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert len(found) == 1, found
