"""Which organisation a subject "it" stands for where the nearest subject is the wrong one
(events/it_org.py, docs/events.md "Subject resolution"), on sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def row_of(nlp, text, trigger, *expressions):
    found = [r for r in rows(nlp, text, *expressions) if r.trigger == trigger]
    assert len(found) == 1, [(r.trigger, r.event) for r in rows(nlp, text, *expressions)]
    return found[0]


def test_it_in_what_a_titled_person_says_is_the_organisation_of_the_title(nlp):
    text = ("The Federal Cartel Office approved the merger last month.\n\n"
            "Nordwind Motors chief executive Tomas Weil, who will run the merged group, said it would "
            "cut about 900 jobs by 2028.")
    row = row_of(nlp, text, "cut", expr(text, "2028", "2028", "2028-01-01", granularity="year"))
    assert row.event.startswith("Nordwind Motors would cut"), row.event
    assert row.actors[:1] == ["Nordwind Motors"]
    assert "Federal Cartel Office" not in row.actors


def test_it_in_what_a_person_says_is_not_that_person(nlp):
    text = ("The merger closed on Thursday.\n\n"
            "Tomas Weil, who will lead the merged group, said it would cut about 900 jobs by 2028.")
    row = row_of(nlp, text, "cut", expr(text, "2028", "2028", "2028-01-01", granularity="year"))
    assert "Weil would" not in row.event, row.event
    assert "Tomas Weil" not in row.actors


def test_it_in_what_a_one_word_name_says_is_that_name(nlp):
    # a one-word name the tagger may call a person is most likely the company itself
    text = ("Danish brewer Kolding posted a loss on Monday.\n\n"
            "Kolding said it expected 2026 sales to fall by 3 percent.")
    row = row_of(nlp, text, "fall", expr(text, "2026", "2026", "2026-01-01", granularity="year"))
    assert row.event.startswith("Kolding expected"), row.event


def test_it_after_a_regulator_in_sight_is_not_a_company_named_before(nlp):
    text = ("The Competition Bureau blocked Halden Foods' takeover of rival Brio Snacks.\n\n"
            "Under the terms of the deal, Halden will have to pay Brio a break fee. It is the third "
            "takeover the regulator has blocked this year. In January it stopped a merger of two bakery chains.")
    row = row_of(nlp, text, "stop", expr(text, "January", "2024-01", "2024-01-01", granularity="month"))
    assert "Halden" not in row.event and "Halden" not in row.actors, (row.event, row.actors)


def test_it_after_the_company_itself_still_resolves(nlp):
    # the definite noun is of the name's own kind: nothing is unsure
    text = ("Halden Foods reported a loss on Monday.\n\n"
            "The company said sales had fallen. In January it closed two bakeries.")
    row = row_of(nlp, text, "close", expr(text, "January", "2024-01", "2024-01-01", granularity="month"))
    assert row.event.startswith("Halden Foods closed"), row.event
