"""Round 35b: a bare noun phrase cut from its clause is told with its full verb and a named or
nominal subject, dated by the noun's date (docs/events.md, "Verbless descriptions"); with a pronoun
subject or no verb above it, still no row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 3, 16)  # a Sunday


def _dated(nlp, text, expression):
    return [e for e in timeline_rows(nlp, text, REF) if e.time_expression == expression]


def test_object_noun_told_with_its_verb_and_named_subject(nlp):
    text = ("Two regional airlines cut flights this month. Marta Kowalski blamed a tripling of fuel "
            "costs in 2023 for the cuts.")
    rows = _dated(nlp, text, "2023")
    assert [r.event for r in rows] and all(r.event.startswith("Marta Kowalski blamed a tripling of fuel costs")
                                           for r in rows), [r.event for r in rows]
    assert rows[0].date.startswith("2023") if isinstance(rows[0].date, str) else rows[0].date.year == 2023
    assert "Marta Kowalski" in rows[0].actors


def test_object_noun_told_with_a_nominal_subject(nlp):
    text = ("Heavy rain flooded the valley on Sunday. The county council ordered the evacuation of "
            "forty farms in the lower valley on Monday night.")
    rows = _dated(nlp, text, "Monday night")
    events = [r.event for r in rows]
    assert events and all(e.startswith("The county council ordered the evacuation of forty farms") for e in events), events


def test_noun_after_a_verbs_preposition_told_with_it(nlp):
    text = ("The museum reopened its west wing. Curator Hannah Lind spoke about the restoration of "
            "the old chapel in 2019.")
    events = [r.event for r in _dated(nlp, text, "2019")]
    assert not any(e.startswith("The restoration of the old chapel") for e in events), events
    assert all(e.startswith("Curator Hannah Lind spoke about the restoration") for e in events), events


def test_pronoun_subject_still_gives_no_row(nlp):
    text = ("The club sacked its coach. The coach said he heard of his sacking from a reporter on "
            "Monday evening.")
    events = [r.event for r in timeline_rows(nlp, text, REF)]
    assert not any(e.lower().startswith(("his sacking", "the sacking")) for e in events), events
    assert not any(e.startswith("He heard of") for e in events), events


def test_apposed_noun_still_gives_no_row(nlp):
    text = ("The orchestra cancelled its tour. It will stop touring after its last concert, a new staging "
            "of an Italian opera, on October 3.")
    events = [r.event for r in timeline_rows(nlp, text, REF)]
    assert not any(e.startswith("A new staging of an Italian opera") for e in events), events
