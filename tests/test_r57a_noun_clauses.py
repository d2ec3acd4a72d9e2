"""Round 57a: a participle, infinitive or relative clause that hangs on a noun is told with that noun,
or not at all, never with another noun of the sentence (docs/events.md, "A noun's participle or
relative clause"). Sentences are new ones of the same shapes as the judged rows, with near-misses."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression, timeline_rows

DAY = datetime.date(2026, 3, 10)


def _by_expression(nlp, text: str) -> dict[str, list[str]]:
    return {expression: [r.event for r in rows] for expression, rows in rows_by_expression(nlp, text, DAY).items()}


# A past participle between commas after the object of an opening preposition is that object's.

def test_participle_after_fronted_object_is_the_objects(nlp):
    rows = _by_expression(nlp, "Despite the ban, introduced in 2019, fishermen still landed 300 tonnes of eel "
                               "last year.")
    assert rows["2019"] == ["The ban was introduced"]  # not "Fishermen were introduced"
    assert rows["last year"] == ["Fishermen landed 300 tonnes of eel"]


def test_participle_after_fronted_object_with_a_later_subject(nlp):
    rows = _by_expression(nlp, "With the new law, passed on Friday, landlords must register every tenancy by June.")
    assert rows["Friday"] == ["The new law was passed"]
    rows = _by_expression(nlp, "After the merger, completed in March, the bank cut 400 jobs.")
    assert rows["March"] == ["The merger was completed"]
    rows = _by_expression(nlp, "The two firms agreed a merger. After the merger, completed in March, the bank cut "
                               "400 jobs.")
    assert rows["March"] == ["The merger was completed"]  # not the first sentence of the text


def test_participle_before_the_subject_with_no_fronted_object_stays_the_subjects(nlp):
    rows = _by_expression(nlp, "Under pressure from investors, Smith resigned on Monday.")
    assert rows["Monday"] == ["Smith resigned"]
    rows = _by_expression(nlp, "At the briefing, asked about the deal on Monday, the minister declined to comment.")
    assert not any(e.startswith("The briefing") for e in rows.get("Monday", []))


# A relative word that is the object of the clause a verb of saying reports.

def test_object_relative_around_a_saying_gives_no_row(nlp):
    for text, expression in (
            ("Residents want a ban on night flights, a measure that the airport said on Monday it would oppose.",
             "Monday"),
            ("The union rejected the pay offer, which the company said last week it would not improve.", "last week"),
            ("Campaigners demanded a new bridge, a project that the mayor said in May the city could not afford.",
             "May")):
        assert expression not in _by_expression(nlp, text), text  # not "The airport said a measure it would oppose"


def test_subject_relative_of_saying_and_plain_object_relative_stay(nlp):
    rows = _by_expression(nlp, "The company, which said on Monday it would cut 300 jobs, is based in Leeds.")
    assert rows["Monday"] == ["The company said it would cut 300 jobs"]
    rows = _by_expression(nlp, "They criticised the plan that the minister announced in May.")
    assert rows["May"] == ["The minister announced the plan"]


# A restrictive passive relative on an indefinite noun inside another indefinite noun's phrase.

def test_passive_relative_in_an_indefinite_owner_is_unsure(nlp):
    for text, expression in (
            ("The museum will reopen thanks to a grant from a local charity that was agreed in May.", "May"),
            ("The clinic bought a scanner with a subsidy from a state fund that was approved last week.",
             "last week")):
        assert expression not in _by_expression(nlp, text), text  # never "A local charity was agreed"


def test_relative_after_of_or_a_definite_noun_keeps_its_noun(nlp):
    rows = _by_expression(nlp, "Police found a copy of a report that was published in May.")
    assert rows["May"] == ["A report was published"]
    rows = _by_expression(nlp, "They borrowed from the bank that was founded in 1890.")
    assert rows["1890"] == ["The bank was founded"]
    rows = _by_expression(nlp, "The firm won a contract from a city council that awarded it to the lowest bidder "
                               "on Monday.")
    assert rows["Monday"] == ["A city council awarded it to the lowest bidder"]


# A passive infinitive after a comma and the verb's object says what is to be done to the object.

def test_passive_infinitive_after_the_object_is_the_objects(nlp):
    rows = timeline_rows(nlp, "The council will hire an outside auditor, to be appointed in June.", DAY)
    june = [r for r in rows if r.time_expression == "June"]
    assert [r.event for r in june] == ["An outside auditor is to be appointed"]
    assert june[0].status != "occurred"
    rows = _by_expression(nlp, "The club will get a new coach, to be named by the board next month.")
    assert rows["next month"] == ["A new coach is to be named by the board"]



# An object relative on "one of N" keeps the count whole.

def test_one_of_a_count_keeps_the_count(nlp):
    rows = _by_expression(nlp, "Dhillon's school was one of 46 that the Okanagan Valley school district closed "
                               "on Tuesday.")
    assert rows["Tuesday"] == ["The Okanagan Valley school district closed one of 46"]
    rows = _by_expression(nlp, "The Elm Street bridge is one of nine bridges that the county repaired in 2024.")
    assert rows["2024"] == ["The county repaired nine bridges"]
