"""Round 34a: the article's main event is a row when a feature lead opens with a scene and the news
follows in the present progressive (storyday.py), and when a "when" clause misread as a noun and its
participle dates the main clause (linked.py) (docs/events.md)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 3, 16)  # a Sunday

BAKERIES = ("Dutch bakeries cut bread output as flour prices soar\n\n"
            "ROTTERDAM, March 16, 2025 (Wire) - Before dawn on Sunday, baker Ans de Vries had already sent "
            "two delivery vans back empty. She had flour for one more batch.\n\n"
            "\"We have never seen anything like this,\" said de Vries, who runs a shop near the harbour.\n\n")


def _rows(nlp, text):
    return [(r.event, r.value, r.date_basis, r.status) for r in timeline_rows(nlp, text, REF)]


def test_feature_lead_news_in_present_progressive_is_a_row(nlp):
    text = BAKERIES + ("Bakeries across the Netherlands are cutting bread output after a strike at Belgian "
                       "mills halted deliveries in February, the bakers' union said.")
    rows = timeline_rows(nlp, text, REF)
    main = [r for r in rows if r.event == "Bakeries across the Netherlands are cutting bread output"]
    assert len(main) == 1
    assert (main[0].value, main[0].date_basis, main[0].status) == ("2025-03-16", "publication", "ongoing")
    assert "Belgian" not in main[0].actors  # the cut "after" clause's actors go with it
    assert any(r.time_expression == "February" for r in rows)  # the halting keeps its own row


def test_feature_lead_second_paragraph(nlp):
    text = ("Greek ferry firms suspend island crossings in fuel dispute\n\n"
            "PIRAEUS, Greece, March 16, 2025 (Wire) - Maria Kostas sat on her suitcase at gate E7 on Sunday "
            "morning, watching the empty quay.\n\n"
            "Ferry companies in Greece are suspending crossings to dozens of islands, the shipowners' union said.")
    assert ("Ferry companies in Greece are suspending crossings to dozens of islands", "2025-03-16",
            "publication", "ongoing") in _rows(nlp, text)


def test_progressive_with_its_own_date_keeps_it(nlp):
    text = BAKERIES + "Bakeries across the Netherlands are cutting bread output this week, the bakers' union said."
    rows = [r for r in timeline_rows(nlp, text, REF) if r.event.startswith("Bakeries across")]
    assert [(r.date_basis, r.time_expression) for r in rows] == [("text", "this week")]


def test_progressive_of_no_headline_verb_gets_no_publication_row(nlp):
    text = BAKERIES + "Bakers across the Netherlands are worrying about the summer, the bakers' union said."
    assert not any(r.date_basis == "publication" and r.event.startswith("Bakers across")
                   for r in timeline_rows(nlp, text, REF))


def test_without_headline_no_publication_row(nlp):
    text = ("Before dawn on Sunday, baker Ans de Vries had already sent two delivery vans back empty.\n\n"
            "Bakeries across the Netherlands are cutting bread output, the bakers' union said.")
    assert not any(r.date_basis == "publication" and r.event.startswith("Bakeries")
                   for r in timeline_rows(nlp, text, REF))


def test_misread_when_clause_dates_main_clause(nlp):
    text = ("At least five people were killed and 30 injured when a wall of mud buried two villages in the "
            "hills above Cusco on Saturday night, police said.")
    rows = _rows(nlp, text)
    assert ("At least five people were killed", "2025-03-15TNI", "text", "occurred") in rows
    assert not any(e.startswith("When") for e, *_ in rows)


def test_misread_when_clause_intransitive(nlp):
    text = "Four people died when a bus carrying pilgrims overturned on a mountain road on Saturday, police said."
    rows = _rows(nlp, text)
    assert ("Four people died", "2025-03-15", "text", "occurred") in rows
    assert not any(e.startswith("When") for e, *_ in rows)


def test_well_parsed_when_clause_keeps_both_rows(nlp):
    text = ("Eleven workers were hurt and two killed when a column of fire engulfed the refinery's storage "
            "area on Thursday morning, the company said.")
    events = [e for e, *_ in _rows(nlp, text)]
    assert "Eleven workers were hurt" in events
    assert "A column of fire engulfed the refinery's storage area" in events


def test_coordinated_adjectives_stay(nlp):
    text = "A team of Chilean and Peruvian engineers said on Friday they had mapped a new fault line."
    assert any(r.event.startswith("A team of Chilean and Peruvian engineers said")
               for r in timeline_rows(nlp, text, REF))
