"""Round 49b: a date that belongs to one part of a sentence does not date another verb of it.

* A list of dates inside a subject's relative clause ("who won the title in 2019, 2021 and 2024,")
  is the clause's: the comma between two listed dates does not close the clause, so the main verbs
  after it ("led 5-4 and missed two darts") are not dated by the second year.
* A date after the "and" that joins a dated verb to a later conjunct, right before that conjunct,
  is the conjunct's even when the parser hangs it on the first verb ("was founded in 1927 and at
  its peak, in the 1980s, had 6,000 suppliers"): each verb keeps its own date.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 1)


def _dated(rows, words):
    """The values of the rows whose description starts with `words`."""
    return {r.value for r in rows if r.event.startswith(words)}


def test_listed_years_of_a_relative_clause_stay_in_it(nlp):
    rows = timeline_rows(nlp, "The striker, who scored in the finals of 2018, 2020 and 2022, was injured in training "
                              "and missed the match.", JUNE)
    assert {"2018", "2020"} <= _dated(rows, "The striker scored")
    assert not {"2018", "2020", "2022"} & (_dated(rows, "The striker was injured") | _dated(rows, "The striker missed"))


def test_listed_months_of_a_relative_clause_stay_in_it(nlp):
    rows = timeline_rows(nlp, "The company, which was fined in March, April and May, closed its last shop and laid "
                              "off its staff.", JUNE)
    assert "2025-04" in _dated(rows, "The company was fined")
    assert not {"2025-03", "2025-04", "2025-05"} & (_dated(rows, "The company closed") |
                                                      _dated(rows, "The company laid off"))


def test_main_verb_after_a_relative_clause_keeps_its_own_date(nlp):
    rows = timeline_rows(nlp, "The mayor, who took office in 2018, cut the ribbon on Monday.", JUNE)
    assert _dated(rows, "The mayor took office") == {"2018"}
    assert _dated(rows, "The mayor cut the ribbon") == {"2025-05-26"}


def test_date_after_a_comma_closing_the_relative_clause_is_the_main_verbs(nlp):
    rows = timeline_rows(nlp, "Divers will search the hull, which lies in 30 metres of water, on Friday.", JUNE)
    row = next(r for r in rows if r.time_expression == "Friday")
    assert row.event.startswith("Divers will search the hull"), row
    assert row.status == "expected"


def test_a_conjuncts_fronted_date_is_its_own(nlp):
    rows = timeline_rows(nlp, "The dairy was founded in 1931 and at its peak, in the 1970s, had more than 4,000 "
                              "members.", JUNE)
    assert _dated(rows, "The dairy was founded") == {"1931"}
    assert _dated(rows, "The dairy had more than 4,000 members") == {"197"}


def test_a_conjuncts_fronted_deadline_is_its_own(nlp):
    rows = timeline_rows(nlp, "The plant opened in 2004 and, by 2015, employed more than 900 people.", JUNE)
    assert _dated(rows, "The plant employed") == {"2015"}


def test_conjunct_without_a_date_of_its_own_still_shares(nlp):
    rows = timeline_rows(nlp, "The storm hit the coast on Tuesday and flooded hundreds of homes.", JUNE)
    assert _dated(rows, "The storm hit the coast") == {"2025-05-27"}
    assert _dated(rows, "The storm flooded hundreds of homes") == {"2025-05-27"}


def test_a_conjunct_dated_after_its_and_keeps_it(nlp):
    rows = timeline_rows(nlp, "The suspect was arrested on Monday and on Wednesday was charged with two counts of "
                              "fraud.", JUNE)
    assert _dated(rows, "The suspect was arrested") == {"2025-05-26"}
    assert _dated(rows, "The suspect was charged") == {"2025-05-28"}


def test_a_never_conjunct_shares_no_date(nlp):
    rows = timeline_rows(nlp, "A campaign in 2017 reached most villages, but school meals were cut in 2020 and 2021 "
                              "during the lockdowns and never fully returned.", JUNE)
    assert "2020" in _dated(rows, "School meals were cut")
    assert not [r for r in rows if "never" in r.event and r.value in ("2020", "2021")]


def test_a_negated_conjunct_without_never_still_follows_its_rules(nlp):
    rows = timeline_rows(nlp, "The chairman announced the merger on Tuesday but did not disclose the price.", JUNE)
    assert "2025-05-27" in _dated(rows, "The chairman did not disclose")
