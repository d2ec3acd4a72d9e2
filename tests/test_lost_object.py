"""A description ending on an active verb whose object the parse left out ("The police have
questioned", "The rebel brigades crossed") is no row (docs/events.md, "Lost objects"). Sentences are
this project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_verb_sharing_its_object_with_the_next_verb_gives_no_row_of_its_own(nlp):
    text = "In March 2025, the rebel brigades crossed and seized the provincial capital."
    found = [r.event for r in rows(nlp, text, expr(text, "March 2025", "2025-03", "2025-03-01", "2025-03-31",
                                                   granularity="month"))]
    assert "The rebel brigades crossed" not in found, found
    assert "The rebel brigades seized the provincial capital" in found, found


def test_a_verb_fired_upon_keeps_only_the_row_that_says_what_was_hit(nlp):
    text = "The navy ship fired upon and sank two fishing boats on 2 April 2025."
    found = [r.event for r in rows(nlp, text, expr(text, "2 April 2025", "2025-04-02", "2025-04-02"))]
    assert found == ["The navy ship sank two fishing boats"], found


def test_whole_clauses_ending_on_a_verb_are_kept(nlp):
    # an intransitive verb, a passive, and a verb in a side phrase with its object lost keep their row
    for text, phrase, event in (
            ("The regional army surrendered on 9 April 2025.", "9 April 2025", "The regional army surrendered"),
            ("Kim was shot on 3 April 2025.", "3 April 2025", "Kim was shot"),
            ("The union settled the strike on 5 April 2025 with the owners paying the drivers and agreeing "
             "to hire more.", "5 April 2025", "The union settled the strike with the owners paying")):
        found = [r.event for r in rows(nlp, text, expr(text, phrase, "2025-04-0" + phrase[0],
                                                       "2025-04-0" + phrase[0]))]
        assert any(e.startswith(event) for e in found), (text, found)
