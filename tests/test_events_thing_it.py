"""A subject "it" of a verb of a thing's fate ("It reopened", "It was relegated") stands for the one
fitting subject of the sentence before (events/thing_it.py, docs/events.md "A thing's fate"), on
sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def events(nlp, text, *phrases):
    found = rows(nlp, text, *(expr(text, p, v, d, e, granularity=g) for p, v, d, e, g in phrases))
    return {r.time_expression: r for r in found}


def test_it_reopened_is_the_reported_things_not_the_speakers(nlp):
    text = ("The Coastal Ports Authority said the bridge at Elm Harbour was closed at 6 a.m. after a "
            "routine check found a crack. It reopened at 2 p.m., after crews had made repairs.")
    found = events(nlp, text, ("6 a.m.", "2024-06-24T06:00", "2024-06-24", None, "time"),
                   ("2 p.m.", "2024-06-24T14:00", "2024-06-24", None, "time"))
    row = found["2 p.m."]
    assert row.event.startswith("The bridge reopened"), row.event
    assert "Coastal Ports Authority" not in row.actors, row.actors


def test_it_was_relegated_is_the_club_of_the_sentence_before(nlp):
    # the tagger calls the one-word "Morton" a person's name; "it" is still the club, not the buyer
    text = ("Harrow Capital has agreed to buy Scottish club Morton Athletic. Harrow Capital said it hoped to "
            "close the deal by July. Morton, founded in 1890, won the last of its two titles in 1958. It was "
            "relegated in 2015 after going into administration.")
    found = events(nlp, text, ("2015", "2015", "2015-01-01", "2015-12-31", "year"))
    row = found["2015"]
    assert row.event.startswith("Morton was relegated"), row.event
    assert "Harrow Capital" not in row.actors, row.actors


def test_it_with_an_object_is_an_actors_act_and_left_to_the_usual_resolvers(nlp):
    text = ("Vesta Holdings said the depot was closed in May. It closed two more depots in June.")
    found = events(nlp, text, ("June", "2024-06", "2024-06-01", "2024-06-30", "month"))
    assert not found["June"].event.startswith("The depot"), found["June"].event
