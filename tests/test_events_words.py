"""The event engine reads its words from a language pack, and finds a document's dateline once.

Sentences are this project's own, parsed with the real model; time expressions are written by hand.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from timeline_cli.events import ENGLISH, EventWords, extract_events
from timeline_cli.lang.en import events as english_data
from timeline_cli.records import Document, TimeExpression

REF = "2024-06-27"


def _row(nlp, text: str, phrase: str, value: str, words: EventWords = ENGLISH):
    start = text.index(phrase)
    expression = TimeExpression(start, start + len(phrase), phrase, "DATE", value, value, value, "day")
    rows = [row for row in extract_events(nlp(text), [expression], source="a.txt", reference_date=REF,
                                          reference_source="option", words=words)
            if row.date_basis == "text"]
    assert len(rows) == 1, rows
    return rows[0]


def test_the_english_pack_is_built_from_its_data_module():
    assert EventWords.from_module(english_data) == ENGLISH
    assert "summit" in ENGLISH.event_nouns and ENGLISH.control_verbs["expect"] == "expected"


def test_the_engine_takes_its_words_from_the_pack(nlp):
    text = "The rebels reportedly seized the town on Tuesday."
    assert _row(nlp, text, "Tuesday", "2024-06-25").status == "reported"
    # A pack without the hedge: the seizure is told as fact.
    without = dataclasses.replace(ENGLISH, hedges=ENGLISH.hedges - {"reportedly"})
    assert _row(nlp, text, "Tuesday", "2024-06-25", without).status == "occurred"


def test_an_event_noun_is_one_because_the_pack_says_so(nlp):
    text = "North Korea's test on Wednesday looked like the launch of a missile."
    assert _row(nlp, text, "Wednesday", "2024-06-26").trigger == "test"
    without = dataclasses.replace(ENGLISH, event_nouns=ENGLISH.event_nouns - {"test"})
    assert _row(nlp, text, "Wednesday", "2024-06-26", without).trigger != "test"


def test_the_dateline_is_looked_for_once_per_document(nlp, monkeypatch):
    from timeline_cli import extract_timeline
    from timeline_cli.events import segments
    from timeline_cli.temporal import reference

    calls = []
    original = reference.dateline_span

    def counting(text):
        calls.append(text)
        return original(text)

    monkeypatch.setattr(reference, "dateline_span", counting)
    monkeypatch.setattr(segments, "dateline_span", counting)
    text = "SEOUL, June 28, 2024 — The airport closed on Wednesday after the storm."
    rows = extract_timeline([Document(id="a", text=text)], nlp=nlp, today=dt.date(2030, 1, 1))
    assert len(calls) == 1
    assert [(row.reference_date, row.reference_source) for row in rows] == [("2024-06-28", "dateline")]
    assert [row.date for row in rows] == ["2024-06-26"]
