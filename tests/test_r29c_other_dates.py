"""Round 29c: a gapped subject's date, a period figure outside a scene's hour, a standing habit of
generations (docs/events.md, "Round 29c")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 5, 14)


def _by_year(nlp, text):
    return {r.date[:4]: r.event for r in timeline_rows(nlp, text, DAY) if r.date}


def test_gapped_ordinal_subject_gets_its_own_date(nlp):
    rows = _by_year(nlp, "The first phase of the line will open in 2028 and the second in 2030.")
    assert rows["2028"] == "The first phase of the line will open"
    assert rows["2030"] == "The second phase will open"


def test_gapped_last_subject_takes_the_first_subjects_noun(nlp):
    rows = _by_year(nlp, "The first ship is due to be delivered in 2031 and the last in 2035.")
    assert rows["2031"] == "The first ship is due to be delivered"
    assert rows["2035"] == "The last ship is due to be delivered"


def test_gapped_passive_subject(nlp):
    rows = _by_year(nlp, "The old terminal was closed in 2015 and the second in 2017.")
    assert rows["2015"] == "The old terminal was closed"
    assert rows["2017"] == "The second terminal was closed"


def test_one_subject_two_dates_is_unchanged(nlp):
    rows = _by_year(nlp, "The bridge was closed in 2015 and reopened in 2017.")
    assert rows["2015"].startswith("The bridge was closed")


def _events(nlp, text):
    return [r.event for r in timeline_rows(nlp, text, DAY)]


def test_period_figure_takes_no_hour_from_the_scene(nlp):
    text = ("Shares in Norvik fell 6 percent by noon on Tuesday after the company cut its forecast. "
            "Norvik's revenue rose 3 percent to 2 billion euros.")
    assert not any("revenue" in e for e in _events(nlp, text))


def test_a_deed_still_carries_the_scene_on(nlp):
    text = "Police arrested Tom Hale in Leeds on Sunday. Hale's lawyer denied the charges."
    rows = [r for r in timeline_rows(nlp, text, DAY) if r.event.startswith("Hale's lawyer")]
    assert rows and rows[0].date == "2026-05-10" and rows[0].date_basis == "context"


def test_habit_of_generations_gets_no_publication_date(nlp):
    for text in ("For three generations the Moretti family has fished the lake at dawn.",
                 "The Rossi family has farmed these hills for four generations.",
                 "For most of her life Anna Keller has painted the same mountain.",
                 "For three seasons the club has played its home games at the old stadium."):
        assert _events(nlp, text) == [], text


def test_one_season_is_no_habit(nlp):
    events = _events(nlp, "Acme has won the contract for its fifth season.")
    assert events == ["Acme has won the contract for its fifth season"]


def test_a_count_of_times_or_a_ban_is_no_habit(nlp):
    for text in ("Voters in the Nordoy Islands have rejected independence for the third time in a generation.",
                 "The striker has been banned for three seasons after a doping test."):
        rows = timeline_rows(nlp, text, DAY)
        assert len(rows) == 1 and rows[0].status == "occurred", text


def test_what_clearing_the_way_allows_is_expected(nlp):
    text = "The council approved the plan on Tuesday, paving the way for the opening of a new library in March."
    rows = {r.time_expression: r for r in timeline_rows(nlp, text, DAY)}
    assert rows["March"].status == "expected"
    assert rows["Tuesday"].status == "occurred"


def test_on_the_way_to_is_no_forecast(nlp):
    rows = timeline_rows(nlp, "Crews worked all night on the way to the summit on Monday.", DAY)
    assert [r.status for r in rows] == ["occurred"]


def test_gapped_name_subject_parsed_on_the_first_date(nlp):
    rows = {r.date[:4]: r for r in timeline_rows(nlp, "Kessler resigned in 2010 and Moreau in 2014.", DAY)}
    assert rows["2010"].event == "Kessler resigned" and rows["2010"].actors == ["Kessler"]
    assert rows["2014"].event == "Moreau resigned" and rows["2014"].actors == ["Moreau"]


def test_gapped_object_after_a_transitive_verb_is_not_a_subject(nlp):
    events = _events(nlp, "Kessler won the title in 2010 and the cup in 2014.")
    assert not any(e.startswith("The cup") for e in events)


def test_gapped_subject_with_a_figure_of_its_own_gets_no_row(nlp):
    rows = timeline_rows(nlp, "Revenue rose 5 percent in 2025 and profit 3 percent in 2026.", DAY)
    assert [(r.date[:4], r.event) for r in rows] == [("2025", "Revenue rose 5 percent")]


def test_a_second_verb_keeps_its_row(nlp):
    events = {r.time_expression: r.event for r in
              timeline_rows(nlp, "Prices rose 4 percent in January and fell in March.", DAY)}
    assert events["March"] == "Prices fell"
