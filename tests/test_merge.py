"""Cross-document merging of rows that report the same event."""
from __future__ import annotations

import dataclasses

import pytest

from timeline_cli.events import extract_events
from timeline_cli.merge import merge_events, same_event
from timeline_cli.records import Event, TimeExpression


def event(source="a.txt", date="2024-06-26", end=None, trigger="test", actors=("North Korea",),
          description="North Korea tested a missile", **kw) -> Event:
    return Event(date=date, end_date=end or date, value=date or "PAST_REF", granularity="day",
                 time_expression="Wednesday", event=description, actors=list(actors), status="occurred",
                 source=source, sentence=description + ".", start=0, end=9, reference_date="2024-06-27",
                 reference_source="option", trigger=trigger, trigger_start=12, trigger_end=18,
                 sources=[source], **kw)


def test_same_event_from_two_documents_is_one_row_listing_both():
    a, b = event("a.txt"), event("b.txt", description="Pyongyang says North Korea tested a new missile")
    merged = merge_events([a, b])
    assert len(merged) == 1
    assert merged[0].source == "a.txt" and merged[0].sources == ["a.txt", "b.txt"]
    assert merged[0].event == a.event
    assert a.sources == ["a.txt"] and b.sources == ["b.txt"]  # inputs untouched


def test_overlapping_intervals_merge_disjoint_do_not():
    week = event("b.txt", date="2024-06-24", end="2024-06-30")
    assert same_event(event("a.txt"), week)
    assert not same_event(event("a.txt"), event("b.txt", date="2024-06-25"))


def test_different_trigger_or_no_shared_actor_is_not_merged():
    assert not same_event(event("a.txt"), event("b.txt", trigger="launch"))
    assert not same_event(event("a.txt"), event("b.txt", actors=["South Korea"]))
    assert same_event(event("a.txt", actors=["the United States"]), event("b.txt", actors=["United States", "Japan"]))


def test_rows_without_actors_merge_only_when_descriptions_are_similar():
    a = event("a.txt", actors=(), description="The airport had to close because of the balloons")
    b = event("b.txt", actors=(), description="The airport had to close because of balloons")
    c = event("c.txt", actors=(), description="Schools were told to close early")
    assert same_event(a, b) and not same_event(a, c)


def test_rows_without_actors_that_only_share_a_phrase_are_not_merged():
    a = event("a.txt", trigger="compare", actors=(), description="Sales compared with the same month a year ago")
    b = event("b.txt", trigger="compare", actors=(), description="Profit compared with the same month last year")
    assert not same_event(a, b)


def test_same_document_rows_are_never_merged():
    a, b = event("a.txt"), event("a.txt")
    merged = merge_events([a, b])
    assert [m.sources for m in merged] == [["a.txt"], ["a.txt"]]


def test_undated_rows_are_not_merged():
    assert not same_event(event("a.txt", date=None), event("b.txt", date=None))


def test_unmerged_rows_get_their_own_source_and_order_is_kept():
    rows = [event("a.txt"), event("a.txt", trigger="launch"), event("b.txt", trigger="visit", actors=["Putin"])]
    for row in rows:
        row.sources = []
    merged = merge_events(rows)
    assert [(m.trigger, m.sources) for m in merged] == [("test", ["a.txt"]), ("launch", ["a.txt"]),
                                                        ("visit", ["b.txt"])]


def test_actors_are_united_first_row_first():
    merged = merge_events([event("a.txt", actors=["North Korea"]), event("b.txt", actors=["North Korea", "KCNA"])])
    assert merged[0].actors == ["North Korea", "KCNA"]


def test_merge_is_deterministic():
    rows = [event("a.txt"), event("b.txt"), event("c.txt", trigger="launch"), event("d.txt", trigger="launch")]
    first = [dataclasses.asdict(r) for r in merge_events(rows)]
    assert first == [dataclasses.asdict(r) for r in merge_events(rows)]
    assert [r["sources"] for r in first] == [["a.txt", "b.txt"], ["c.txt", "d.txt"]]


ARTICLE = ("Putin visited Pyongyang on Wednesday. South Korea announced sanctions against Russia on Thursday. "
           "The airport had to close on Wednesday because of the balloons.")


@pytest.fixture(scope="module")
def two_copies(nlp):
    doc = nlp(ARTICLE)
    expressions = []
    for phrase, value in (("Wednesday", "2024-06-26"), ("Thursday", "2024-06-27")):
        start = -1
        while (start := ARTICLE.find(phrase, start + 1)) >= 0:
            expressions.append(TimeExpression(start, start + len(phrase), phrase, "DATE", value, value, value, "day"))
    return [
        extract_events(doc, expressions, source=name, reference_date="2024-06-27", reference_source="option")
        for name in ("first.txt", "copy.txt")
    ]


def test_two_copies_of_one_article_become_one_set_of_rows(two_copies):
    first, copy = two_copies
    assert len(first) == 3
    merged = merge_events(first + copy)
    assert [m.event for m in merged] == [r.event for r in first]
    assert all(m.sources == ["first.txt", "copy.txt"] and m.source == "first.txt" for m in merged)


def test_without_merging_both_copies_stay(two_copies):
    # The --no-merge path simply does not call merge_events: every row keeps its own source.
    first, copy = two_copies
    rows = first + copy
    assert len(rows) == 6 and all(r.sources == [r.source] for r in rows)
