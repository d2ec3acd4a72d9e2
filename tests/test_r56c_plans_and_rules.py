"""Round 56c: a passive infinitive on a noun ("damages to be assessed later this year") is a plan, told
with a finite verb; a season on a present verb with a quantified subject ("Most deaths happen in late
summer") is a rule of every year, no row (docs/events.md). Sentences are new ones of the judged
shapes, with near-misses that must keep their rows."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression, timeline_rows

DAY = datetime.date(2025, 5, 6)
SPRING_DAY = datetime.date(2026, 3, 10)


def _by_expression(nlp, text: str, day: datetime.date = DAY) -> dict[str, list[tuple[str, str]]]:
    return {expression: [(r.event, r.status) for r in rows]
            for expression, rows in rows_by_expression(nlp, text, day).items()}


def test_passive_infinitive_on_an_object_is_a_plan_with_a_finite_verb(nlp):
    rows = _by_expression(nlp, "The tribunal ruled on Tuesday that the insurer had acted in bad faith and "
                               "ordered it to pay costs to be assessed later this year.")
    assert rows["later this year"] == [("Costs will be assessed", "planned")]


def test_passive_infinitive_between_commas_reads_will(nlp):
    rows = _by_expression(nlp, "A new ferry terminal, to be opened next spring, was approved on Tuesday.")
    assert rows["next spring"] == [("A new ferry terminal will be opened", "expected")]
    assert rows["Tuesday"] == [("A new ferry terminal was approved", "occurred")]


def test_past_passive_infinitive_and_attribute_are_left_alone(nlp):
    rows = _by_expression(nlp, "The prisoners were ordered to be released on Monday.")
    assert rows["Monday"] == [("The prisoners were ordered to be released", "occurred")]
    assert "2025" not in _by_expression(nlp, "She was the first woman to be elected to the council in 2025.")


def test_quantified_present_with_a_season_is_no_row(nlp):
    for text in ("Most collisions happen on foggy nights in late autumn, when deer are crossing the roads.",
                 "Many visitors arrive in early spring, when the orchards are blooming.",
                 "Few ships sail in winter."):
        assert timeline_rows(nlp, text, SPRING_DAY) == [], text


def test_past_or_future_with_a_season_keeps_its_row(nlp):
    rows = _by_expression(nlp, "Most residents left in late summer, when the river flooded.", SPRING_DAY)
    assert rows["late summer"]
    rows = _by_expression(nlp, "Most of the staff will return in spring.", SPRING_DAY)
    assert rows["spring"] == [("Most of the staff will return", "expected")]
    rows = _by_expression(nlp, "The museum reopens in late summer, when the new wing is finished.", SPRING_DAY)
    assert "late summer" in rows


def _values(nlp, text: str, day: datetime.date) -> dict[str, str]:
    return {row.time_expression: row.value for row in timeline_rows(nlp, text, day)}


def test_plan_told_in_the_past_takes_the_nearer_weekday(nlp):
    monday = datetime.date(2026, 9, 28)
    values = _values(nlp, "Staff at the bakery, which was due to close on Wednesday, have agreed to run it "
                          "themselves.", monday)
    assert values["Wednesday"] == "2026-09-30"  # two days ahead, not five days gone
    values = _values(nlp, "The ferry, which was due to sail on Thursday, has been cancelled.", monday)
    assert values["Thursday"] == "2026-10-01"


def test_plan_told_in_the_past_keeps_the_day_just_gone(nlp):
    values = _values(nlp, "The strike was due to begin on Saturday but was called off.", datetime.date(2026, 9, 28))
    assert values["Saturday"] == "2026-09-26"  # two days gone, not five ahead
    values = _values(nlp, "The next cruise, which was due to leave port on Tuesday evening, has been delayed.",
                     datetime.date(2026, 5, 6))
    assert values["Tuesday evening"].startswith("2026-05-05")


def test_weekend_in_a_clause_of_a_past_year_is_that_years(nlp):
    day = datetime.date(2026, 11, 7)
    rows = _by_expression(nlp, "Sales peaked in 2015, when shoppers spent 4 million euros over the weekend.", day)
    assert "the weekend" not in rows and rows["2015"]
    rows = _by_expression(nlp, "In 2019, about 9,000 fans came over the weekend.", day)
    assert "the weekend" not in rows


def test_weekend_of_the_story_keeps_its_row(nlp):
    day = datetime.date(2026, 11, 7)
    for text in ("This year, about 11,000 people came over the weekend.", "About 11,000 people came over the weekend."):
        assert _values(nlp, text, day)["the weekend"] == "2026-W44-WE", text


def test_quoted_name_read_as_a_clause_gives_no_row(nlp):
    rows = timeline_rows(nlp, 'Prosecutors said the pair opened bank accounts under the name "Manos por Valencia" '
                              'in March 2025, weeks after the fire.', datetime.date(2026, 10, 29))
    assert not any("Manos por" in r.event and "opened" not in r.event for r in rows)


def test_quoted_words_after_a_verb_are_kept(nlp):
    rows = timeline_rows(nlp, 'The singer released an album called "Going Home" in May.', datetime.date(2026, 10, 29))
    assert [r.event for r in rows if r.time_expression == "May"] == ["The singer released an album called Going Home"]


def test_passive_infinitive_with_a_past_date_keeps_its_row(nlp):
    rows = _by_expression(nlp, "All voters were registered to take part in a referendum to be held on the new "
                               "charter in September 1958.", datetime.date(2026, 10, 29))
    assert rows["September 1958"] == [("A referendum to be held on the new charter", "occurred")]
