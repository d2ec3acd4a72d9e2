"""Round 30b: a date taken from another expression. A decade or year the parser split from the noun it
modifies ("leases 1970s sleeping cars") dates the noun, not the verb; a date inside the subject of a
verb of putting off ("A planned launch in September was postponed") is the thing's; a departure's clock
time does not date a later conjunct; "the third week" is a time of its own, so the sentence takes no
context date; a date after "a fifth of its size" is the yardstick's. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli.events.relative_periods import timed_from_another
from timeline_cli.events.words import ENGLISH
from timeline_rows import timeline_rows

# A Sunday
REF = dt.date(2026, 12, 13)


def told(nlp, text, ref=REF):
    return [(r.value, r.event, r.status, r.date_basis) for r in timeline_rows(nlp, text, ref)]


def dated(nlp, text, ref=REF):
    return {r.event: r.value for r in timeline_rows(nlp, text, ref)}


# A decade or year split from its noun by the parser

def test_a_decade_before_an_object_does_not_date_the_buying(nlp):
    text = "The museum bought 1950s racing bikes from a private collector."
    assert not any(v.startswith("195") for v in dated(nlp, text).values())


def test_a_decade_joined_to_its_noun_stays_the_nouns(nlp):
    text = "The city still runs 1990s diesel buses on most routes."
    assert not any(v.startswith("199") for v in dated(nlp, text).values())


def test_a_year_with_its_own_preposition_still_dates_the_verb(nlp):
    text = "The museum bought racing bikes from a private collector in 1995."
    assert dated(nlp, text).get("The museum bought racing bikes from a private collector") == "1995"


def test_a_full_date_before_a_name_still_dates_the_clause(nlp):
    text = "On August 15, 1945 Japan surrendered, with the documents signed aboard a battleship on September 2, 1945."
    assert dated(nlp, text).get("Japan surrendered with the documents signed aboard a battleship") == "1945-08-15"


# A date inside the subject of a verb of putting off

def test_a_planned_launch_date_does_not_date_the_postponement(nlp):
    text = "A planned launch in September was postponed after French regulators asked for more safety checks."
    assert not any(v.startswith("2026-09") for v in dated(nlp, text).values())


def test_a_coming_concert_called_off_is_no_row_of_its_day(nlp):
    text = "A concert on the main square next Saturday has been called off because of the storm warning."
    assert not any(v == "2026-12-19" for v in dated(nlp, text).values())


def test_a_delay_on_the_day_keeps_its_row(nlp):
    text = "The hearing on Friday was delayed by two hours after a lawyer fell ill."
    assert dated(nlp, text).get("The hearing was delayed") == "2026-12-11"


def test_a_date_of_the_postponing_itself_stays(nlp):
    text = "The council postponed the vote on Tuesday."
    assert "The council postponed the vote" in dated(nlp, text)


# A departure's clock time

def test_a_departure_time_does_not_date_the_stops_after_it(nlp):
    text = "The train left Brussels-Midi at 7:22 p.m. on Saturday and stopped in Lille, Paris and Perpignan."
    rows = dated(nlp, text)
    assert rows.get("The train left Brussels-Midi") == "2026-12-12T19:22"
    assert not any(e.startswith("The train stopped") and "T" in v for e, v in rows.items())


def test_a_ferry_departure_time_does_not_date_its_calls(nlp):
    text = "The ferry departed Dover at 6:15 a.m. on Friday and called at Calais and Dunkirk."
    rows = dated(nlp, text)
    assert rows.get("The ferry departed Dover") == "2026-12-11T06:15"
    assert not any("called at" in e and "T" in v for e, v in rows.items())


def test_a_strike_time_still_dates_what_it_did(nlp):
    text = "A tornado struck the town at 4:30 p.m. on Monday and destroyed 40 homes."
    assert dated(nlp, text).get("A tornado destroyed 40 homes") == "2026-12-07T16:30"


def test_a_departure_day_is_still_shared(nlp):
    text = "The convoy left Kyiv on Tuesday and reached Kharkiv after a long drive."
    assert "The convoy reached Kharkiv after a long drive" in dated(nlp, text)


# "The third week": a time of its own, no context date

def test_the_third_week_takes_no_context_date(nlp):
    text = "The mayor apologized to the fishermen on Friday. The fishermen accepted the apology in the third week."
    assert not any("accepted the apology" in r[1] for r in told(nlp, text))


def test_the_second_day_of_a_scene_takes_no_context_date(nlp):
    text = "The union called a strike at the port on Monday. Dockers blocked the gates on the second day."
    assert not any("blocked the gates" in r[1] for r in told(nlp, text))


def test_a_count_of_weeks_is_no_time_of_its_own(nlp):
    doc = nlp("Jobs said 2 million copies were sold in the 6 weeks that it has been available.")
    assert not timed_from_another(doc, (0, len(doc)), ENGLISH)
    doc = nlp("Jobs said 2 million copies were sold in the second week.")
    assert timed_from_another(doc, (0, len(doc)), ENGLISH)


def test_an_undated_sentence_still_takes_its_context_date(nlp):
    text = "The mayor apologized to the fishermen on Friday. The fishermen accepted the apology."
    assert ("2026-12-11", "The fishermen accepted the apology", "occurred", "context") in told(nlp, text)


# A share of its size at another date

def test_a_size_in_the_1970s_does_not_date_the_shrinking(nlp):
    text = ("Lake Ayvaz has split into two, the state water authority said on Monday, after a summer in which "
            "its surface shrank to about a fifth of its size in the 1970s.")
    assert not any(v.startswith("197") for v in dated(nlp, text).values())


def test_a_glacier_at_half_its_length_in_1900(nlp):
    text = "The glacier has shrunk to half of its length in 1900."
    assert not any(v == "1900" for v in dated(nlp, text).values())


def test_a_share_sold_keeps_its_year(nlp):
    text = "The company sold a fifth of its shares in 2019."
    assert "2019" in dated(nlp, text).values()
