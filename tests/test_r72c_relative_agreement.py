"""Round 72c: a relative clause's subject the parse's noun cannot be (events/relative_agreement.py).

- A plural written with a figure ("under-18s") or a singular name whose verb's number is not its own:
  the one noun up the phrase that agrees, told with its whole phrase; a figure's plural with none is
  unsure (no row).
- A measure after "above"/"below" is a threshold: the noun before it is the antecedent; a verb before
  it makes the clause the antecedent, and no row names the measure as the doer.
- A "whose" hung on a word the parser took for an adverb ("whose own well ran dry") keeps what is owned.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

FRIDAY = dt.date(2026, 5, 8)


def _events(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, FRIDAY)}


def test_figure_plural_takes_the_singular_owner(nlp):
    rows = _events(nlp, "Crowds grew, helped by a discount for under-21s, which was approved in April.")
    assert rows["A discount for under-21s was approved"].value == "2026-04"
    assert "Under-21s was approved" not in rows


def test_figure_plural_with_no_agreeing_owner_is_unsure(nlp):
    rows = _events(nlp, "The club said crowds grew, helped by cheaper tickets for under-18s, which was approved "
                        "by members in April.")
    assert not any(r.value == "2026-04" for r in rows.values())


def test_figure_plural_near_miss_agreeing_owner_unchanged(nlp):
    rows = _events(nlp, "Attendance rose by a third, helped by free entry for under-16s, which was introduced "
                        "in March.")
    assert rows["Free entry for under-16s was introduced"].value == "2026-03"


def test_singular_name_with_plural_verb_takes_the_plural_owner(nlp):
    rows = _events(nlp, "The army launched raids into Varnia, which were repulsed by border troops in May.")
    assert rows["Raids into Varnia were repulsed by border troops"].value == "2026-05"
    assert "Varnia were repulsed by border troops" not in rows


def test_name_ending_in_s_is_not_weighed(nlp):
    rows = _events(nlp, "Fans praised a deal with Halden Motors, which has sponsored the team since 2019.")
    assert rows["Halden Motors has sponsored the team"].value == "2019"


def test_threshold_measure_gives_the_noun_before_it(nlp):
    rows = _events(nlp, "Researchers linked the losses to soil temperatures above 30 degrees, which were "
                        "measured on 19 days in July.")
    assert rows["Temperatures above 30 degrees were measured"].value == "2025-07"
    assert "30 degrees were measured" not in rows


def test_threshold_after_a_verb_is_the_clause_no_row(nlp):
    rows = _events(nlp, "The ferry stops whenever the wind rises above 50 knots, which happened on 12 days "
                        "last winter.")
    assert "50 knots happened" not in rows
    assert not any(r.time_expression == "last winter" for r in rows.values())


def test_than_is_no_threshold(nlp):
    rows = _events(nlp, "Shares in the firm rose above 40 dollars, which was a record, on Monday.")
    assert rows["Shares in the firm rose above 40 dollars"].value == "2026-05-04"


def test_whose_on_a_misread_adverb_keeps_what_is_owned(nlp):
    rows = _events(nlp, "Officials spoke to Tomas Veld, a beekeeper whose well ran dry in July.")
    assert rows["A beekeeper's well ran dry"].value == "2025-07"
    assert "A beekeeper ran dry" not in rows


def test_whose_in_a_second_relative_clause(nlp):
    rows = _events(nlp, "Officials spoke to Tomas Veld, a beekeeper who chairs the association and whose own "
                        "well ran dry in July.")
    assert rows["A beekeeper's own well ran dry"].value == "2025-07"


def test_whose_near_miss_noun_parsed_right(nlp):
    rows = _events(nlp, "Officials spoke to Tomas Veld, a beekeeper whose hives were stolen in July.")
    assert rows["A beekeeper's hives were stolen"].value == "2025-07"


def test_which_on_a_person_s_name_is_the_thing_s(nlp):
    rows = _events(nlp, "The paper printed a letter from Anna Lindqvist, which was written in 1944.")
    assert rows["A letter from Anna Lindqvist was written"].value == "1944"
    assert "Anna Lindqvist was written" not in rows


def test_who_on_a_body_is_the_person_s(nlp):
    rows = _events(nlp, "The court heard from a lawyer for the bank, who was appointed in January.")
    assert rows["A lawyer for the bank was appointed"].value == "2026-01"
    assert "The bank was appointed" not in rows


def test_who_near_miss_person_noun_stands(nlp):
    rows = _events(nlp, "Reporters met the sister of the victim, who was injured in March.")
    assert "The sister of the victim was injured" not in rows
