"""Round 71c: a date inside a noun's phrase dates that noun, not the clause, when the parser hangs it
on the clause's verb.

- A date phrase right after a title or role noun set beside a name by a comma ("the Riga Foxes,
  winners in 2022 and 2023, 4-2") is the title's: the clause gets no row from it.
- A date on an event noun marked as an earlier one of its kind ("at the previous election in 2023",
  "recorded at the last election, in 2020") is that earlier happening's, when the noun sits under a
  figure's yardstick or a participle: the clause gets no row from it.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression

THURSDAY = dt.date(2026, 3, 5)


def _rows(nlp, text):
    return rows_by_expression(nlp, text, THURSDAY)


def test_years_of_an_apposed_title_give_the_match_no_row(nlp):
    rows = _rows(nlp, "On Tuesday the Harbour Gulls defeated the Riga Foxes, winners in 2022 and 2023, 4-2.")
    assert "2022" not in rows and "2023" not in rows
    assert [(r.value, r.event) for r in rows["Tuesday"]] == [("2026-03-03", "The Harbour Gulls defeated the Riga Foxes")]


def test_relative_year_of_an_apposed_title_gives_no_row(nlp):
    rows = _rows(nlp, "On Tuesday the Harbour Gulls defeated the Riga Foxes, champions last year, by two goals.")
    assert "last year" not in rows
    assert rows["Tuesday"][0].value == "2026-03-03"


def test_date_after_the_apposition_s_closing_comma_stays(nlp):
    rows = _rows(nlp, "Police arrested Tom Hale, a teacher, on Monday.")
    assert [(r.value, r.event) for r in rows["Monday"]] == [("2026-03-02", "Police arrested Tom Hale")]


def test_relative_clause_in_an_apposition_keeps_its_date(nlp):
    rows = _rows(nlp, '"It was huge," said Hale, a retired nurse who saw the whale near the pier on Friday morning.')
    assert [(r.value, r.event) for r in rows["Friday morning"]] == [
        ("2026-02-27TMO", "A retired nurse saw the whale near the pier")]


def test_previous_election_under_a_yardstick_gives_no_row(nlp):
    rows = _rows(nlp, "The Linden Party won 17 of the 51 seats in parliament, down from 21 at the previous "
                      "election in 2023.")
    assert "2023" not in rows


def test_last_election_after_a_comma_gives_the_turnout_no_row(nlp):
    rows = _rows(nlp, "Turnout was 61 percent, well above the 40 percent recorded at the last election, in 2020.")
    assert "2020" not in rows


def test_last_vote_beside_the_clause_s_own_day(nlp):
    rows = _rows(nlp, "Turnout was 61 percent on Sunday, against 40 percent at the last vote in 2020.")
    assert "2020" not in rows
    assert rows["Sunday"][0].value == "2026-03-01"


def test_participle_of_the_last_election_keeps_its_row(nlp):
    rows = _rows(nlp, "The analyst said the ruling could push turnout below the 41 percent recorded in the last "
                      "city election in 2022.")
    assert [(r.value, r.event) for r in rows["2022"]] == [("2022", "The 41 percent was recorded in the last city election")]


def test_verb_s_own_phrase_of_a_previous_vote_keeps_its_date(nlp):
    rows = _rows(nlp, "Mr Ruiz resigned after the previous vote in May.")
    assert [(r.value, r.event) for r in rows["May"]] == [("2025-05", "Mr Ruiz resigned after the previous vote")]


def test_last_match_as_the_verb_s_object_keeps_its_day(nlp):
    rows = _rows(nlp, "Ms Hale played her last match on Sunday.")
    assert [(r.value, r.event) for r in rows["Sunday"]] == [("2026-03-01", "Ms Hale played her last match")]


def test_previous_election_as_subject_keeps_its_year(nlp):
    rows = _rows(nlp, "The previous election, in 2022, drew a turnout of 40 percent.")
    assert [(r.value, r.event) for r in rows["2022"]] == [("2022", "The previous election drew a turnout of 40 percent")]


def test_later_conjunct_follows_the_time_of_the_conjunct_before_it(nlp):
    rows = _rows(nlp, "The last barge passed through the canal in the summer of 1952, and after the Second World War "
                      "the basin was drained and a car park was laid over the wharf.")
    assert [r.event for r in rows["the summer of 1952"]] == ["The last barge passed through the canal"]


def test_conjunct_after_a_war_s_own_time_shares_no_year(nlp):
    rows = _rows(nlp, "The firm was founded in 1952, and during the Korean War it made boots and sold them to the army.")
    assert [r.event for r in rows["1952"]] == ["The firm was founded"]


def test_conjuncts_with_no_time_of_their_own_share_the_date(nlp):
    rows = _rows(nlp, "Prices rose 4 percent in May and fell back and closed lower.")
    assert [r.event for r in rows["May"]] == ["Prices rose 4 percent", "Prices fell back", "Prices closed lower"]


def test_past_date_after_a_relative_clause_is_not_the_present_verb_s(nlp):
    rows = _rows(nlp, "Hale heads a unit that investigates the attacks which killed 31 people, including four Danes, "
                      "on May 3, 2019.")
    assert [(r.value, r.event) for r in rows["May 3, 2019"]] == [
        ("2019-05-03", "The attacks killed 31 people, including four Danes")]


def test_present_verb_s_own_day_stays(nlp):
    rows = _rows(nlp, "The committee meets on Tuesday to discuss the plan.")
    assert [(r.value, r.status) for r in rows["Tuesday"]] == [("2026-03-10", "expected")]


def test_conjunct_after_a_count_shares_the_morning(nlp):
    rows = _rows(nlp, "At ten to eight on Monday morning, driver Tom Reyes parked his van in a side street, read the "
                      "notice twice and called his office.")
    assert [r.event for r in rows["Monday morning"]] == ["Driver Tom Reyes parked his van in a side street",
                                                         "Driver Tom Reyes called his office"]
