"""An earlier happening given the publication range, one happening told twice in one sentence, and a
record's owner in `actors` (events/earlier.py, events/same_day_twice.py, events/nonactors.py; the
twenty-first judged sample's classes). Sentences are this project's own, parsed with the real model;
time expressions are written by hand, as in tests/test_lead.py."""
from __future__ import annotations

from test_lead import expr, rows  # the lead tests' helpers: a story of Thursday 2024-06-27
from timeline_cli.records import TimeExpression


# ----------------------------------------------------------------------------- the lead's "after" clause
def test_a_ranged_leads_after_clause_gets_no_row_of_its_own(nlp):
    text = ("The state planning board has approved a large wind farm on the northern coast, after the "
            "developer agreed to move six turbines away from a bird reserve.\n\n"
            "The board said the farm would be built in three stages.")
    found = rows(nlp, text)
    got = {(r.trigger, r.date_basis) for r in found}
    assert ("approve", "publication") in got
    assert not any(r.trigger == "agree" for r in found), got


def test_a_dated_leads_after_clause_still_shares_its_date(nlp):
    text = "Nordfrakt shares fell sharply on Tuesday after the company cut its profit forecast."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert {(r.trigger, r.date) for r in found} == {("fall", "2024-06-25"), ("cut", "2024-06-25")}


# ----------------------------------------------------------------------------- a feature lead's scene
def test_a_feature_leads_copula_scene_gets_no_publication_row(nlp):
    text = ("The first clue was a plume of grey smoke above the pine ridge. By the time the ranger "
            "reached the road, the fire had crossed it.\n\n"
            "Ranger Tom Ekdahl spotted the fire on Tuesday afternoon.")
    found = rows(nlp, text, expr(text, "Tuesday afternoon", "2024-06-25TAF", "2024-06-25", granularity="time"))
    assert not any(r.date_basis == "publication" for r in found), [(r.event, r.date_basis) for r in found]
    assert any(r.trigger == "spot" for r in found)


def test_a_lead_with_someone_acting_keeps_its_publication_row(nlp):
    text = ("The regional council has rejected a plan to close the old harbour bridge.\n\n"
            "The vote was 12 to 9.")
    found = rows(nlp, text)
    assert [(r.trigger, r.date, r.end_date, r.date_basis) for r in found if r.trigger == "reject"] == \
        [("reject", "2024-06-26", "2024-06-27", "publication")]


# ----------------------------------------------------------------------------- "on the day"
def test_the_day_already_named_gives_no_second_row(nlp):
    text = "The krona ended Friday's session at 11.2 per euro, up 0.8 percent on the day."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"),
                 expr(text, "the day", "2024-06-21", "2024-06-21"))
    assert len(found) == 1, [(r.event, r.time_expression) for r in found]
    assert found[0].time_expression == "Friday"


def test_two_clauses_of_one_sentence_on_one_day_stay_two_rows(nlp):
    text = "Storms closed the airport on Friday and floods cut the main road on Friday."
    first = text.index("Friday")
    second = text.index("Friday", first + 1)
    found = rows(nlp, text, TimeExpression(first, first + 6, "Friday", "DATE", "2024-06-21", "2024-06-21",
                                           "2024-06-21", "day"),
                 TimeExpression(second, second + 6, "Friday", "DATE", "2024-06-21", "2024-06-21",
                                "2024-06-21", "day"))
    assert {r.trigger for r in found} == {"close", "cut"}


# ----------------------------------------------------------------------------- a record's owner
def test_the_owner_of_a_record_the_act_drew_on_is_no_actor(nlp):
    text = "Experts at the Hallberg Museum confirmed the find on Friday from Dalton's photographs and a video."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    confirm = [r for r in found if r.trigger == "confirm"]
    assert confirm and "Dalton" not in confirm[0].actors, [r.actors for r in confirm]
    assert "Dalton's photographs" in confirm[0].event


def test_a_possessor_who_acted_through_someone_stays(nlp):
    text = "Dalton's lawyer filed an appeal on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert any("Dalton" in r.actors for r in found), [r.actors for r in found]


# ----------------------------------------------------------------------------- the lead told again, earlier
FILED = ("Brevik Bank has filed for bankruptcy, leaving 200,000 savers waiting for their money.\n\n"
         "The regulator had been examining the lender since May. Brevik Bank filed for bankruptcy on Friday "
         "at a court in Oslo.")


def test_a_lead_told_again_later_with_an_earlier_day_takes_that_day(nlp):
    found = rows(nlp, FILED, expr(FILED, "Friday", "2024-06-21", "2024-06-21"))
    lead = [r for r in found if r.event.startswith("Brevik Bank has filed")]
    assert [(r.date, r.date_basis, r.time_expression) for r in lead] == [("2024-06-21", "context", "Friday")]


def test_a_past_perfect_or_another_actor_later_leaves_the_lead_its_range(nlp):
    for later in ("Brevik Bank had filed for bankruptcy on Friday", "Kessel Bank filed for bankruptcy on Friday"):
        text = FILED.replace("Brevik Bank filed for bankruptcy on Friday", later)
        found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
        lead = [r for r in found if r.event.startswith("Brevik Bank has filed")]
        assert [(r.date, r.end_date, r.date_basis) for r in lead] == [("2024-06-26", "2024-06-27", "publication")], later
