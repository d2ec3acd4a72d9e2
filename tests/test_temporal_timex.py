"""timex.interval: the days and granularity of every kind of TIMEX3 value."""
import pytest

from timeline_cli.temporal.timex import duration_value, interval, shift_value


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-06-26", ("2024-06-26", "2024-06-26", "day")),
        ("2024-W25", ("2024-06-17", "2024-06-23", "week")),
        ("2024-W26", ("2024-06-24", "2024-06-30", "week")),
        ("2024-W26-WE", ("2024-06-29", "2024-06-30", "day")),
        ("2024-07", ("2024-07-01", "2024-07-31", "month")),
        ("2024-02", ("2024-02-01", "2024-02-29", "month")),
        ("1998-Q3", ("1998-07-01", "1998-09-30", "quarter")),
        ("1998-H1", ("1998-01-01", "1998-06-30", "half")),
        ("1998-SU", ("1998-06-01", "1998-08-31", "season")),
        ("1998-WI", ("1998-12-01", "1999-02-28", "season")),
        ("1998", ("1998-01-01", "1998-12-31", "year")),
        ("199", ("1990-01-01", "1999-12-31", "decade")),
        ("19", ("1900-01-01", "1999-12-31", "century")),
        ("2024-06-27TMO", ("2024-06-27", "2024-06-27", "time")),
        ("2024-06-27T14:30", ("2024-06-27", "2024-06-27", "time")),
        ("2024-06-27/2024-06-29", ("2024-06-27", "2024-06-29", "day")),
        ("PXD", (None, None, None)),
        ("P3D", (None, None, None)),
        ("PRESENT_REF", (None, None, None)),
        ("PAST_REF", (None, None, None)),
        ("XXXX-WXX-4", (None, None, None)),
        ("2024-02-30", (None, None, None)),
    ],
)
def test_interval(value, expected):
    assert interval(value) == expected


def test_duration_values():
    assert duration_value(3, "day") == "P3D"
    assert duration_value(5, "hour") == "PT5H"
    assert duration_value(None, "day") == "PXD"
    assert duration_value(2, "year") == "P2Y"


def test_shift_value_keeps_granularity():
    assert shift_value("1989-Q3", years=-1) == "1988-Q3"
    assert shift_value("2024-07", years=-1) == "2023-07"
    assert shift_value("PXD", years=-1) is None
