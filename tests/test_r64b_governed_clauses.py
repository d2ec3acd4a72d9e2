"""Round 64b: an event inside a subordinate clause whose governing word the parse lost sight of.

- A "with X left" absolute is a state, no row; a verb the parse hangs on it as a conjunct takes the
  main verb's subject.
- A comma's passive infinitive after "spend N1 on N2" belongs to N2, not to the verb's object N1.
- A comma's "including <number>" on a subordinate clause whose own words count nothing shares out
  the main clause's count: the subordinate clause's row does not tell it.
- A relative clause on the object of an object-control verb ("ordered X that began ... to stop") does
  not take the order's infinitive.
- "for <noun> to be done": the passive infinitive is not the subject's of the verb above; the row
  tells the clause that governs it.
- A conjunct after a quoted relative clause's closing mark joins the verb the quotation hangs on.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_with_absolute_is_no_row_and_its_conjunct_is_the_main_subject_s(nlp):
    rows = _by_event(nlp, "The drone took off at noon on Monday. It landed in Bergen with about a third "
                          "of its charge left and flew back in the afternoon.")
    assert rows["The drone flew back"].value == "2025-06-02TAF"
    assert not any(e.startswith("About a third") for e in rows)
    rows = _by_event(nlp, "The drone took off at noon on Monday. It landed in Bergen with a quarter of "
                          "its battery gone and returned in the evening.")
    assert rows["The drone returned"].value == "2025-06-02TEV"
    assert "The drone gone" not in rows


def test_with_phrase_without_participle_keeps_its_rows(nlp):
    rows = _by_event(nlp, "The ferry docked in Portree on Tuesday with 40 passengers and sailed home in the evening.")
    assert rows["The ferry docked in Portree with 40 passengers"].value == "2025-06-03"
    assert rows["The ferry sailed home"].value == "2025-06-03TEV"


def test_comma_infinitive_belongs_to_the_noun_before_it(nlp):
    rows = _by_event(nlp, "Boateng said the society would also spend 8 million cedis on two new drying "
                          "sheds, to be finished by next March, and on seedlings.")
    assert rows["Two new drying sheds will be finished"].value == "2026-03"
    assert "8 million cedis will be finished" not in rows


def test_including_a_count_stays_with_the_main_clause(nlp):
    rows = _by_event(nlp, "About 12,000 Vega scooters have been sold since the model was launched in 2021, "
                          "including about 900 in Spain, the firm said.")
    assert rows["The model was launched"].value == "2021"
    assert not any("including" in e for e in rows)


def test_including_on_a_clause_with_its_own_count_stays(nlp):
    rows = _by_event(nlp, "Officials said 2,000 posts were cut after 500 managers were hired in 2022, "
                          "including 300 in Lyon.")
    assert rows["500 managers were hired including 300 in Lyon"].value == "2022"


def test_relative_clause_does_not_take_the_order_s_infinitive(nlp):
    rows = _by_event(nlp, "A judge ruled on Friday that the permits were invalid, ordering drilling that "
                          "started last week to halt at once.")
    assert rows["Drilling started"].value == "2025-W22"
    assert "Drilling started to halt at once" not in rows


def test_order_with_its_own_infinitive_keeps_the_relative_s(nlp):
    rows = _by_event(nlp, "The union urged members who joined in March to vote.")
    assert "Members joined to vote" in rows  # (the parse hangs "to vote" elsewhere: left as it was)
    rows = _by_event(nlp, "Analysts said prices that began to fall in March would recover.")
    assert any(e.startswith("Prices began to fall") for e in rows)


def test_for_infinitive_is_told_by_its_governing_clause(nlp):
    rows = _by_event(nlp, "The ministry has offered to pay for hedgehogs in both counties to be vaccinated "
                          "from next spring instead.")
    row = rows["The ministry has offered to pay for hedgehogs in both counties to be vaccinated instead"]
    assert row.value == "2026-SP"
    assert "The ministry to be vaccinated instead" not in rows


def test_infinitive_with_its_own_subject_is_left_as_it_was(nlp):
    rows = _by_event(nlp, "The council has offered to pay for swans on both lakes to be ringed from next spring instead.")
    assert rows["Swans on both lakes will be ringed instead"].value == "2026-SP"


def test_conjunct_after_a_quoted_relative_joins_the_clause_above(nlp):
    rows = _by_event(nlp, 'Anna Petrova, a hydrologist at the agency, said at least three dams in the valley '
                          'were "at a height that alarms us" and could fail before the end of the winter.')
    assert rows["At least three dams in the valley could fail"].status == "expected"
    assert "A height could fail" not in rows


def test_unquoted_relative_conjunct_is_left_as_it_was(nlp):
    rows = _by_event(nlp, "Petrova said the dams were at \"a height that alarms us and could fail before the winter\".")
    assert "At least three dams could fail" not in rows
    assert not any(e.startswith("The dams could fail") for e in rows)


def test_with_absolute_dated_on_its_own_is_an_event(nlp):
    # A "with" absolute whose participle has its own date tells an event of its own, not a state the
    # main verb left: the signing keeps its row on its own day.
    rows = _by_event(nlp, "On August 3, 1921 the rebels surrendered, with the peace documents finally signed "
                          "aboard the deck of the British cruiser Tarrant on August 19, 1921, ending the revolt.")
    signed = [r for r in rows.values() if r.event.startswith("The peace documents signed")]
    assert [r.value for r in signed] == ["1921-08-19"]
