"""The seed article (reference 2024-06-27, a Thursday): what `timeline extract` leans on."""
import datetime as dt
from pathlib import Path

import pytest

from timeline_cli.temporal import tag

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_17d23c1497de228f.txt"
REF = dt.date(2024, 6, 27)


@pytest.fixture(scope="module")
def text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(text, nlp):
    return nlp(text)


def by_text(expressions):
    out = {}
    for e in expressions:
        out.setdefault(e.text, []).append(e)
    return out


@pytest.mark.parametrize("with_doc", [True, False])
def test_seed_expectations(text, parsed, with_doc):
    found = tag(text, REF, parsed if with_doc else None, ranges=True)
    got = by_text(found)
    assert [e.value for e in got["Wednesday"]] == ["2024-06-26"] * 4
    assert [e.value for e in got["Thursday"]] == ["2024-06-27"]
    assert got["Thursday, June 27"][0].value == "2024-06-27"
    morning = got["Thursday morning"][0]
    assert (morning.value, morning.date) == ("2024-06-27TMO", "2024-06-27")
    for e in got["last week"]:
        assert (e.value, e.date, e.end_date, e.granularity) == ("2024-W25", "2024-06-17", "2024-06-23", "week")
    assert [e.value for e in got["this week"]] == ["2024-W26", "2024-W26"]
    assert got["Next month"][0].value == "2024-07"
    assert got["July"][0].value == "2024-07"
    span = got["from Thursday to Saturday"][0]
    assert (span.type, span.value, span.date, span.end_date) == ("DATE", "2024-06-27/2024-06-29", "2024-06-27", "2024-06-29")
    recent = got["recent years"][0]
    assert (recent.value, recent.date) == ("PAST_REF", None)
    assert (got["three consecutive days"][0].type, got["three consecutive days"][0].value) == ("DURATION", "P3D")
    assert (got["a few days"][0].type, got["a few days"][0].value) == ("DURATION", "PXD")
    for e in found:
        assert text[e.start:e.end] == e.text
        if e.date:  # nothing outside June-July 2024 except vague expressions and durations
            assert "2024-06-01" <= e.date <= e.end_date <= "2024-07-31", e


def test_seed_wednesdays_are_past_even_in_present_perfect_context(text, parsed):
    wednesdays = [e for e in tag(text, REF, parsed) if e.text == "Wednesday"]
    contexts = [text[e.start - 40:e.start] for e in wednesdays]
    assert any("had to close on" in c for c in contexts)
    assert all(e.value == "2024-06-26" for e in wednesdays)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The 24-hour strike starts on Friday.", "2024-06-28"),  # present for a scheduled event
        ("The committee met on Friday.", "2024-06-21"),
        ("The committee will meet on Friday.", "2024-06-28"),
        ("Troops are expected to arrive on Monday.", "2024-07-01"),
        ("The GM move follows Tuesday's declaration by Ford.", "2024-06-25"),  # a noun's modifier
    ],
)
def test_weekday_tense_from_the_parse(nlp, sentence, value):
    doc = nlp(sentence)
    weekdays = [e for e in tag(sentence, REF, doc) if e.granularity == "day"]
    assert [e.value for e in weekdays] == [value]
