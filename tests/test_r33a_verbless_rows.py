"""Round 33a: a row whose description has no finite verb, outside the article's first sentence,
gives no row (docs/events.md, "Verbless descriptions, advice and yardsticks")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 3, 16)  # a Sunday


def _events(nlp, text):
    return [e.event for e in timeline_rows(nlp, text, REF)]


def test_object_noun_phrase_gives_no_row(nlp):
    text = ("Three bakeries in the old town closed this month. Their owners blamed a tripling of rents "
            "in 2023 for the closures.")
    events = _events(nlp, text)
    assert "Three bakeries in the old town closed" in events, events  # the text is read at all
    assert not any(e.startswith("A tripling of rents") for e in events), events


def test_noun_after_since_keeps_its_row(nlp):
    text = ("The ferry company cancelled all crossings on Tuesday. Traffic has fallen since the "
            "closure of the bridge in 2021.")
    dated_2021 = [e.event for e in timeline_rows(nlp, text, REF) if e.time_expression == "2021"]
    # the closure keeps its row (or the fall since it tells the date): never no row at all
    assert dated_2021 and all(e == "The closure of the bridge" or "fallen" in e for e in dated_2021), dated_2021


def test_apposed_noun_phrase_gives_no_row(nlp):
    text = ("The orchestra cancelled its tour. It will stop touring after its last concert, a new staging "
            "of an Italian opera, on October 3.")
    events = _events(nlp, text)
    assert any(e.startswith("The orchestra will stop touring") for e in events), events  # its verb's row
    assert not any(e.startswith("A new staging of an Italian opera") for e in events), events


def test_noun_phrase_of_a_verb_of_learning_gives_no_row(nlp):
    text = ("The club sacked its coach. The coach said he heard of his sacking from a reporter on "
            "Monday evening.")
    events = _events(nlp, text)
    assert not any(e.lower().startswith(("his sacking", "the sacking")) for e in events), events


def test_date_before_its_noun_keeps_the_row(nlp):
    text = ("The two unions signed a new deal on Friday. The new deal replaces the 2019 agreement "
            "between the two unions.")
    events = [e.event for e in timeline_rows(nlp, text, REF) if e.time_expression == "2019"]
    assert any("agreement" in e for e in events), events


def test_rows_with_a_verb_stay(nlp):
    text = "The ferry company cancelled all crossings on Tuesday. Police arrested nine people in dawn raids on Saturday."
    events = _events(nlp, text)
    assert any("cancelled" in e for e in events), events
    assert any("arrested nine people" in e for e in events), events


def test_verb_read_as_a_noun_keeps_its_clause_row(nlp):
    text = ("The minister resigned on Monday. Her deputy is expected to take over before parliament "
            "returns from its recess on Oct. 14.")
    events = [e.event for e in timeline_rows(nlp, text, REF) if e.time_expression == "Oct. 14"]
    assert events, events
