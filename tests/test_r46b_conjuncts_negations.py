"""Round 46b: a verb told again by a verbless conjunct keeps the conjunct's own words
(clauses.py `repeated_conjunct`); a noun dated by its own modifier is told through its relative
clause, or not at all (garbled.py `relative_of_dated_noun`); a modal's "not ... before" a coming date is
`negated` (status.py `_not_before_ahead`). Sentences written for these tests."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 1, 14)


def _told(nlp, text):
    return {r.time_expression: (r.event, r.status) for r in timeline_rows(nlp, text, REF) if r.date_basis == "text"}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The plant shut down for a week in March and again for ten days in June.",
     ("March", "The plant shut down"), ("June", "The plant shut down again for ten days")),
    ("The shares fell sharply in 2023 and again by 12 percent last month.",
     ("2023", "The shares fell sharply"), ("last month", "The shares fell again by 12 percent")),
    ("The river burst its banks twice in 2019 and again in February.",
     ("2019", "The river burst its banks"), ("February", "The river burst its banks again")),
    ("The festival was cancelled in 2020 and again in 2021.",
     ("2020", "The festival was cancelled"), ("2021", "The festival was cancelled again")),
])
def test_a_repeated_verb_keeps_each_conjuncts_words(nlp, text, first, second):
    told = _told(nlp, text)
    assert told[first[0]][0] == first[1], told
    assert told[second[0]][0] == second[1], told


@pytest.mark.parametrize(("text", "expression", "event"), [
    ("The console goes on sale in Japan on Oct. 3 and in Europe two weeks later.", "two weeks later",
     "The console goes on sale in Europe"),
    ("Prices rose in May and then fell in June.", "June", "Prices fell"),
    ("Police arrested two men on Monday and a third suspect on Wednesday.", "Wednesday",
     "Police arrested a third suspect"),
    ("The bridge will open to cars in 2028, and to buses a year later.", "a year later",
     "The bridge will open to buses"),
])
def test_other_conjuncts_are_unchanged(nlp, text, expression, event):
    assert _told(nlp, text)[expression][0] == event


def test_a_dated_noun_is_told_through_its_relative(nlp):
    told = _told(nlp, "The town was rebuilt after the 1953 flood, which killed more than 300 people. "
                      "Engineers studied last year's landslide, which buried two farms.")
    assert told["1953"] == ("The flood killed more than 300 people", "occurred"), told
    assert told["last year"] == ("Last year's landslide buried two farms", "occurred"), told


def test_a_dated_noun_whose_relative_cannot_name_it_has_no_verbless_row(nlp):
    told = _told(nlp, "Stem rust was kept largely at bay for decades by resistant varieties bred after the "
                      "1973 epidemic, which cost farmers an estimated 200 million Australian dollars at the time.")
    assert all(event.split()[-1] != "epidemic" and not event.startswith("Cost") for event, _ in told.values()), told


@pytest.mark.parametrize(("text", "expression", "event"), [
    ("The museum said the new wing would not open before April.", "April", "The new wing would not open before April"),
    ("Officials said the new bridge will not be finished before 2029.", "2029",
     "The new bridge will not be finished before 2029"),
    ("The council will not decide before the end of the year whether to sell the site.", "the end of the year",
     "The council will not decide before the end of the year whether to sell the site"),
])
def test_a_modal_not_before_a_coming_date_is_negated(nlp, text, expression, event):
    assert _told(nlp, text)[expression] == (event, "negated")


@pytest.mark.parametrize(("text", "expression", "status"), [
    ("The ferry will not sail until Friday.", "Friday", "expected"),
    ("The ferry did not sail until Friday.", "Friday", "occurred"),
    ("The new ferry terminal is not expected to open before 2031, port officials said.", "2031", "expected"),
])
def test_not_until_and_a_past_or_unmodal_not_before_keep_their_status(nlp, text, expression, status):
    assert _told(nlp, text)[expression][1] == status
