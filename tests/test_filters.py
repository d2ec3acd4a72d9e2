"""Filters over timeline rows (timeline.py): interval overlap, actors, regex, status. No model needed."""
import datetime as dt
import re

import pytest

from timeline_cli.records import DateRow, Event
from timeline_cli.timeline import (
    RowFilter,
    filter_rows,
    matches,
    mentions_actor,
    overlaps,
    parse_statuses,
    shift_offsets,
)


def row(date, end=None, event="talks resume", actors=(), status="occurred", sentence="Talks resumed."):
    return Event(date=date, end_date=end or date, value=date or "PAST_REF", granularity="day",
                 time_expression="x", event=event, actors=list(actors), status=status, source="s",
                 sentence=sentence, start=0, end=1, reference_date="2024-06-27", reference_source="option")


D = dt.date


@pytest.mark.parametrize(
    "start, end, since, until, kept",
    [
        ("2024-06-10", "2024-06-10", D(2024, 6, 1), D(2024, 6, 30), True),
        ("2024-05-31", "2024-05-31", D(2024, 6, 1), None, False),
        ("2024-06-01", "2024-06-01", D(2024, 6, 1), None, True),  # bounds are inclusive
        ("2024-06-30", "2024-06-30", None, D(2024, 6, 30), True),
        ("2024-07-01", "2024-07-01", None, D(2024, 6, 30), False),
        # A range is kept when it overlaps the window at all.
        ("2024-05-01", "2024-05-31", D(2024, 5, 31), None, True),
        ("2024-05-01", "2024-05-31", D(2024, 6, 1), None, False),
        ("2024-01-01", "2024-12-31", D(2024, 6, 1), D(2024, 6, 2), True),
        ("2024-07-01", "2024-07-31", None, D(2024, 7, 1), True),
        ("2024-07-01", "2024-07-31", None, D(2024, 6, 30), False),
    ],
)
def test_overlap(start, end, since, until, kept):
    assert overlaps(row(start, end), since, until) is kept


def test_undated_rows_only_pass_without_date_bounds():
    undated = row(None)
    assert overlaps(undated)
    assert not overlaps(undated, D(2024, 1, 1))
    assert not overlaps(undated, None, D(2024, 1, 1))


def test_missing_end_date_means_one_day():
    r = row("2024-06-10")
    r.end_date = None
    assert overlaps(r, D(2024, 6, 10), D(2024, 6, 10)) and not overlaps(r, D(2024, 6, 11))


def test_actor_matches_actors_or_description_case_insensitively():
    r = row("2024-06-10", event="Seoul suspend military agreement", actors=["South Korea"])
    assert mentions_actor(r, "south korea")
    assert mentions_actor(r, "KOREA")
    assert mentions_actor(r, "seoul")  # in the description
    assert not mentions_actor(r, "Pyongyang")


def test_grep_searches_event_and_sentence():
    r = row("2024-06-10", event="airport close", sentence="Incheon Airport had to close because of balloons.")
    assert matches(r, "balloon")
    assert matches(r, re.compile("AIRPORT", re.I))
    assert matches(r, r"^airport\b")
    assert not matches(r, "missile")


def test_grep_searches_text_of_date_rows():
    date_row = DateRow("s", 0, 9, "Wednesday", "DATE", "2024-06-26", "2024-06-26", "2024-06-26", "day",
                       "2024-06-27", "option")
    assert matches(date_row, "wednes")


def test_statuses_from_repeats_and_comma_lists():
    assert parse_statuses(["occurred,expected", "planned", " Expected "]) == ("occurred", "expected", "planned")
    assert parse_statuses([]) == ()
    with pytest.raises(ValueError, match="'done' is not a status"):
        parse_statuses(["occurred,done"])


def test_filters_combine_and_keep_order():
    rows = [
        row("2024-06-01", event="Seoul close airport", actors=["Seoul"], status="occurred"),
        row("2024-06-15", event="Pyongyang launch missile", actors=["North Korea"], status="occurred"),
        row("2024-07-01", end="2024-07-31", event="troops arrive", actors=["North Korean soldiers"], status="expected"),
        row("2024-08-01", event="Seoul hold drills", actors=["South Korea"], status="planned"),
    ]
    keep = RowFilter(since=D(2024, 6, 10), actors=("north korea",), statuses=("occurred", "expected"))
    assert [r.event for r in filter_rows(rows, keep)] == ["Pyongyang launch missile", "troops arrive"]
    assert [r.event for r in filter_rows(rows, pattern=re.compile("seoul", re.I))] == [
        "Seoul close airport", "Seoul hold drills"]
    assert list(filter_rows(rows, RowFilter())) == rows
    assert [r.event for r in filter_rows(rows, actors=("Seoul", "soldiers"))] == [
        "Seoul close airport", "troops arrive", "Seoul hold drills"]


def test_filters_work_on_dicts_too():
    rows = [row("2024-06-01").to_dict(), row("2024-07-01").to_dict()]
    assert len(list(filter_rows(rows, until=D(2024, 6, 30)))) == 1


def test_shift_offsets_moves_every_offset_field():
    r = row("2024-06-01")
    r.trigger_start, r.trigger_end = 5, 9
    (shifted,) = shift_offsets([r], 1000)
    assert (shifted.start, shifted.end, shifted.trigger_start, shifted.trigger_end) == (1000, 1001, 1005, 1009)
    r.trigger_start = None
    assert shift_offsets([r], 10)[0].trigger_start is None
    assert shift_offsets([r], 0) == [r]
