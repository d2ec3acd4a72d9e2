"""Rows an analyst judges right (issue 10): whole phrases kept when a description is built, dates
inside a noun phrase or a figure's yardstick, one row per happening, relative clauses the parser did
not attach, and "he"/"she" resolved only when the text settles who. Sentences are this project's own
(no corpus text), parsed with the real model; time expressions are written by hand."""
from __future__ import annotations

from test_events import REF, expr, only, rows
from timeline_cli.events import extract_events


# ----------------------------------------------------------------------------- whole phrases
def test_a_number_inside_the_subject_phrase_is_kept(nlp):
    # the parser splits "A magnitude | 6.1 earthquake" into two subjects of "struck"
    text = ("A magnitude 6.1 earthquake struck southern Peru on Monday, killing at least 12 people and "
            "destroying hundreds of homes in the region.")
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.event.startswith("A magnitude 6.1 earthquake struck southern Peru")


def test_a_score_stays_whole(nlp):
    text = "Celtic beat Hearts 3-0 in the other semi-final on Saturday."
    row = only(nlp, text, expr(text, "Saturday", "2024-06-22", "2024-06-22"))
    assert "3-0" in row.event


def test_a_conjoined_verb_keeps_the_modal_it_shares(nlp):
    text = "The merged group would sell 12 cranes and close three depots by 2028."
    found = rows(nlp, text, expr(text, "2028", "2028", "2028-01-01", "2028-12-31", granularity="year"))
    assert any(r.event == "The merged group would close three depots" for r in found), found
    # a bare form the tagger reads as a past ("shut") shares the modal too, and its status
    text = "Harlow would cut 300 jobs and shut two plants by the end of 2027."
    found = rows(nlp, text, expr(text, "the end of 2027", "2027", "2027-01-01", "2027-12-31", granularity="year"))
    shut = [r for r in found if r.trigger == "shut"]
    assert shut and shut[0].event == "Harlow would shut two plants" and shut[0].status == "expected", found


def test_no_lone_preposition_is_left_where_the_time_was(nlp):
    text = "The rocket lifted off at 5:24 p.m. local time from Kourou."
    row = only(nlp, text, expr(text, "5:24 p.m. local time", "2024-06-27T17:24", "2024-06-27"))
    assert not row.event.endswith(" at")


def test_a_participle_that_only_says_when_is_described_by_its_clause(nlp):
    text = "Dealers will replace a faulty fuel pump for free starting July 8."
    row = only(nlp, text, expr(text, "July 8", "2024-07-08", "2024-07-08"))
    assert row.event.startswith("Dealers will replace a faulty fuel pump")
    assert row.trigger == "replace"


# ----------------------------------------------------------------------------- dates inside a phrase
def test_a_year_range_before_a_noun_dates_the_noun_not_the_clause(nlp):
    text = "The national grid covers 2019 to 2025 upgrades, a report said on Monday."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"),
                 expr(text, "2025", "2025", "2025-01-01", "2025-12-31", granularity="year"),
                 expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert [r.value for r in found] == ["2024-06-24"]
    assert "2019 to 2025 upgrades" in found[0].event  # the phrase is whole, never "covers to upgrades"


def test_a_figures_period_is_no_second_event_but_a_changing_figures_is(nlp):
    text = "Orvo reported third-quarter revenue of $80 million on Tuesday."
    found = rows(nlp, text, expr(text, "third-quarter", "2024-Q3", "2024-07-01", "2024-09-30", granularity="quarter"),
                 expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [r.value for r in found] == ["2024-06-25"]
    text = "Orvo's third-quarter profit rose 4 percent."
    found = rows(nlp, text, expr(text, "third-quarter", "2024-Q3", "2024-07-01", "2024-09-30", granularity="quarter"))
    assert [r.value for r in found] == ["2024-Q3"]


def test_a_yardstick_gives_no_row(nlp):
    text = ("Output at the mines fell 12 percent in May, down from a year earlier, compared with a gain "
            "of 5 percent in the same month of 2023.")
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"),
                 expr(text, "a year earlier", "2023-05", "2023-05-01", "2023-05-31", granularity="month"),
                 expr(text, "2023", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert [r.value for r in found] == ["2024-05"]
    # the amount of the change is kept, the yardstick is not part of the event
    assert found[0].event == "Output at the mines fell 12 percent"


def test_a_year_under_the_same_period_is_a_yardstick_not_the_figure_s_date(nlp):
    text = "About 9,000 visitors have come to the island so far, roughly as many as in the same period of 2022."
    found = rows(nlp, text, expr(text, "2022", "2022", "2022-01-01", "2022-12-31", granularity="year"))
    assert found == [], found


# ----------------------------------------------------------------------------- relative clauses
def test_a_relative_clause_the_parser_did_not_attach_is_rewritten_around_its_noun(nlp):
    text = ("The offer, which Baltic's largest shareholder accepted on Monday night, values Baltic at 41 "
            "crowns a share.")
    found = rows(nlp, text, expr(text, "Monday night", "2024-06-24TNI", "2024-06-24"))
    assert found and found[0].event == "Baltic's largest shareholder accepted the offer"


def test_a_relative_pronoun_for_an_amount_is_the_thing_it_measures(nlp):
    text = "The union refused an offer of 2.8 percent, which its members rejected in a ballot in May."
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"))
    assert found and "rejected an offer of 2.8 percent" in found[0].event


# ----------------------------------------------------------------------------- one row per happening
def test_the_main_event_and_its_dated_report_are_one_row(nlp):
    text = ("Fjord Ports has agreed to buy its rival Baltic Terminals for 2.3 billion crowns, the two "
            "companies said on Tuesday.\n\nThe deal needs approval from regulators.")
    found = extract_events(nlp(text), [expr(text, "Tuesday", "2024-06-25", "2024-06-25")], source="a.txt",
                           reference_date=REF, reference_source="metadata")
    agreed = [r for r in found if "agreed to buy" in r.event]
    assert len(agreed) == 1, found
    assert agreed[0].event.startswith("Fjord Ports has agreed to buy")
    assert agreed[0].value == "2024-06-25" and agreed[0].date_basis == "text"


# ----------------------------------------------------------------------------- he / she
def test_he_skips_a_subject_the_title_says_is_a_woman(nlp):
    text = ("Ms. Laura Mendez visited the port on Monday. The police arrested a looter, Pedro Sanz, on "
            "Tuesday. He will appear in court on Friday.")
    found = rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert found[0].event == "Pedro Sanz will appear in court"


def test_he_after_a_person_noun_subject_and_a_named_object_stays_he(nlp):
    text = ("Mark Ellison ran the fund for years. The fund's former auditor testified against Ellison in "
            "May. He is due to be sentenced in November.")
    found = rows(nlp, text, expr(text, "November", "2024-11", "2024-11-01", "2024-11-30", granularity="month"))
    assert found[0].event == "He is due to be sentenced"
    assert "Ellison" not in " ".join(found[0].actors) and "Mark Ellison" not in found[0].actors


def test_he_is_unresolved_when_a_more_mentioned_man_is_named_beside_the_subject(nlp):
    text = ("Tomas Berg ran the agency. Prosecutors charged Berg with fraud. Judge Alex Moreau ordered Berg to "
            "repay the money. He must report to prison by July 15.")
    found = rows(nlp, text, expr(text, "July 15", "2024-07-15", "2024-07-15"))
    assert not found[0].event.startswith("Alex Moreau")


def test_a_date_ending_an_aside_after_the_verb_dates_no_row(nlp):
    text = ("The offer values Orvo at 12 dollars a share, a premium of 30 percent to its closing price on "
            "Friday.")
    assert rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")) == []
    # an aside that names an event keeps its date
    text = "Shares of Orvo fell sharply, the biggest drop in years on Friday."
    assert rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))


def test_a_dropped_aside_in_parentheses_leaves_no_double_space(nlp):
    text = "Harbor Foods agreed on Monday to buy a bakery chain for 90 million pounds ($114 million) in cash."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert "  " not in row.event and "()" not in row.event


def test_the_source_of_the_news_is_neither_description_nor_actor(nlp):
    text = ("The airline will cut 40 routes in March, according to a memo seen by the Daily Courier "
            "and the Transport Workers Union.")
    row = only(nlp, text, expr(text, "March", "2025-03", "2025-03-01", "2025-03-31", granularity="month"))
    assert row.event == "The airline will cut 40 routes"
    assert not any("Courier" in a or "Union" in a for a in row.actors)
