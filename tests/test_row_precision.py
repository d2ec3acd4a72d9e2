"""Rows an analyst judges right, round 5 (issue 10): the same happening told twice is one row, a
result's report is no second event, object "it" and a plural team name resolved, a "since" phrase's
date kept on its noun, and a date kept in its own clause of two coordinated ones. Sentences are this
project's own (no corpus text), parsed with the real model; time expressions are written by hand."""
from __future__ import annotations

from test_events import REF, expr, rows
from timeline_cli.events import extract_events


def all_rows(nlp, text, *expressions, reference_source="option"):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source=reference_source)


# ----------------------------------------------------------------------------- the same happening, told twice
def test_a_later_sentence_retelling_the_quake_is_folded_into_it_with_its_finer_time(nlp):
    text = ("A strong earthquake shook northern Chile on Tuesday, cutting power to thousands of homes.\n\n"
            "The quake struck at 9:40 p.m. about 30 kilometers west of Calama, the seismological service said.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "9:40 p.m.", "2024-06-25T21:40", "2024-06-25", type="TIME", granularity="time"))
    assert [r.trigger for r in found] == ["shake"], found
    assert found[0].value == "2024-06-25T21:40" and found[0].event.startswith("A strong earthquake shook")


def test_a_lift_off_is_the_launch_told_again(nlp):
    text = ("Japan's H3 rocket launched a lunar probe on Sunday.\n\n"
            "The rocket blasted off at 9:26 a.m. from Tanegashima.")
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"),
                 expr(text, "9:26 a.m.", "2024-06-23T09:26", "2024-06-23", type="TIME", granularity="time"))
    assert [r.trigger for r in found] == ["launch"], found
    assert found[0].value == "2024-06-23T09:26"


def test_the_same_verb_with_a_new_participant_or_again_is_another_happening(nlp):
    text = "Police arrested two men on Monday.\n\nPolice arrested a third man on Monday night."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Monday night", "2024-06-24TNI", "2024-06-24", granularity="time"))
    assert len(found) == 2, found
    text = "An aftershock shook the town on Monday. The aftershock shook the town again on Monday night."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Monday night", "2024-06-24TNI", "2024-06-24", granularity="time"))
    assert len(found) == 2, found


def test_another_subject_or_a_date_outside_is_another_happening(nlp):
    text = "A storm hit the coast on Monday. The flood hit the valley at 6 p.m."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "6 p.m.", "2024-06-24T18:00", "2024-06-24", type="TIME", granularity="time"))
    assert len(found) == 2, found
    text = "An earthquake struck the island on Monday. The quake struck the harbour on Wednesday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert len(found) == 2, found


def test_a_coarser_retelling_is_dropped_and_the_lead_keeps_its_time(nlp):
    text = "The satellite landed at 4:05 a.m. on Friday. The satellite landed on Friday in a desert."
    found = rows(nlp, text, expr(text, "4:05 a.m. on Friday", "2024-06-21T04:05", "2024-06-21",
                                  type="TIME", granularity="time"),
                 expr(text, "Friday", "2024-06-21", "2024-06-21", occurrence=1))
    assert [r.value for r in found] == ["2024-06-21T04:05"], found


def test_results_showing_an_outcome_are_its_report_not_a_second_event(nlp):
    text = ("The Green Party won the most seats in Sunday's regional vote, official results showed on Monday, "
            "and its leader said she would seek a coalition.")
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"),
                 expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert not any(r.trigger == "show" for r in found), found
    assert any(r.value == "2024-06-23" for r in found), found
    # the report is kept when what it shows has no row of its own
    text = "Official figures showed on Monday that exports fell sharply."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert len(found) == 1, found


# ----------------------------------------------------------------------------- a "since" phrase's date
def test_a_date_in_a_since_phrase_dates_its_noun_not_the_clause(nlp):
    text = "The ferry has carried two million passengers since its maiden voyage in May 2019."
    row = rows(nlp, text, expr(text, "May 2019", "2019-05", "2019-05-01", "2019-05-31", granularity="month"))[0]
    assert row.trigger == "voyage"
    assert "carried" not in row.event and "maiden voyage" in row.event, row
    # a date right after "since" still dates the clause's start: "have lost half their value since May"
    text = "The shares have lost half their value since May 2019."
    row = rows(nlp, text, expr(text, "May 2019", "2019-05", "2019-05-01", "2019-05-31", granularity="month"))[0]
    assert row.event.startswith("The shares have lost")


def test_its_before_the_noun_is_the_subject_with_the_number_of_its_name(nlp):
    text = "Kestrel 5 has carried nine payloads since its first mission in June 2023."
    row = rows(nlp, text, expr(text, "June 2023", "2023-06", "2023-06-01", "2023-06-30", granularity="month"))[0]
    assert row.event == "Kestrel 5's first mission", row


def test_its_outside_the_subject_is_not_resolved_past_a_nearer_thing(nlp):
    text = ("Harbor Books passed Lumen Stores as the largest seller last year. More than 90 million books "
            "have been sold through the Harbor website since its launch in 2015.")
    found = rows(nlp, text, expr(text, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert [r.event for r in found] == ["The Harbor website's launch"], found
    text = ("More than 90 million books have been sold through the website to the capital since its launch "
            "in 2015.")
    found = rows(nlp, text, expr(text, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert [r.event for r in found] == ["Its launch"], found  # the website's or the capital's: unsure


# ----------------------------------------------------------------------------- a date stays in its own clause
def test_a_date_ending_the_second_of_two_full_clauses_does_not_date_the_first(nlp):
    text = "Most of the new trains will run on the northern line, and older carriages will be scrapped by 2027."
    found = rows(nlp, text, expr(text, "2027", "2027", "2027-01-01", "2027-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["scrap"], found
    # a gapped clause ("1,000 wounded") and a shared subject still share the date
    text = "The storm flattened 40 houses and damaged the harbour on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert sorted(r.trigger for r in found) == ["damage", "flatten"], found


def test_a_date_ending_a_later_full_clause_does_not_date_the_conjuncts_of_the_first(nlp):
    # "built" shares the survivors of the first clause; the year is the arrival's alone
    text = ("About 70 sailors reached the island and built a raft, and a few of them arrived in Lisbon the "
            "following year.")
    found = rows(nlp, text, expr(text, "the following year", "2025", "2025-01-01", "2025-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["arrive"], found


# ----------------------------------------------------------------------------- "they" for a plural team name
def test_they_is_a_team_whose_name_takes_a_plural(nlp):
    text = ("The county title went to Harriers on Sunday.\n\n"
            "Harriers last won the title in 2009, when they lost only one match all season.")
    found = rows(nlp, text, expr(text, "2009", "2009", "2009-01-01", "2009-12-31", granularity="year"))
    lost = [r for r in found if r.trigger == "lose"]
    assert lost and lost[0].event.startswith("Harriers lost") and lost[0].actors[:1] == ["Harriers"], found
    # a plural common noun opening sentences is no name: "Officials ... they" stays a group noun's rule
    text = ("Officials closed the bridge on Monday.\n\nResidents said on Tuesday that they had not been "
            "warned.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert not any("Residents had" in r.event or "Officials had" in r.event for r in found), found


def test_a_score_before_the_opponent_stays_whole(nlp):
    text = "Dunmore last reached the final in 2011, when they lost 4-2 to Ashford."
    found = rows(nlp, text, expr(text, "2011", "2011", "2011-01-01", "2011-12-31", granularity="year"))
    assert any("lost 4-2 to Ashford" in r.event for r in found), found


# ----------------------------------------------------------------------------- object "it"
def test_an_object_it_is_the_thing_the_sentence_before_was_about(nlp):
    text = ("The deal still awaits a ruling from regulators in Brussels.\n\n"
            "The two airlines expect it to be completed in March.")
    found = rows(nlp, text, expr(text, "March", "2025-03", "2025-03-01", "2025-03-31", granularity="month"))
    # two singular things before ("the deal", "a ruling"): unsure, "it" stays, and since round 24 a
    # row left with it is given no row (events/dangling.py)
    assert not any("expect the deal" in r.event or "expect a ruling" in r.event for r in found), found
    text = ("The deal was announced in May.\n\n"
            "The two airlines expect it to be completed in March.")
    found = rows(nlp, text, expr(text, "March", "2025-03", "2025-03-01", "2025-03-31", granularity="month"))
    assert found[0].event.startswith("The two airlines expect the deal to be completed"), found


def test_an_object_it_is_a_company_its_sentence_is_about_not_its_own_clauses_subject(nlp):
    text = ("Corvant Holdings missed a debt payment on Friday. It has shrunk since heavy losses forced it to "
            "sell its shipping arm in 2019.")
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert any("forced Corvant Holdings to sell" in r.event for r in found), found
    # "it" cannot be its own clause's subject: "Corvant Holdings said it would fight it" keeps the second it
    text = ("Regulators blocked the sale of Corvant Holdings on Monday. Corvant Holdings said on Tuesday it "
            "would fight it in court.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert not any("fight Corvant" in r.event for r in found), found


def test_an_object_it_of_a_participle_is_not_the_subject_the_participle_shares(nlp):
    # "pricing it": Lumora prices, so "it" is not Lumora (here the tablet, which the rule does not name)
    text = "Lumora Electronics revealed a new tablet, pricing it on Tuesday about 10 percent below its rivals."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert found and not any("pricing Lumora" in r.event for r in found), found
    # the participle is no row of its own (fragments.py): its date dates the clause it tells the result of
    assert [r.event for r in found] == ["Lumora Electronics revealed a new tablet"], found


def test_an_it_that_stands_for_nothing_stays(nlp):
    text = ("Orvo Shipping lost the case on Monday. The ruling made it clear on Tuesday that the firm must pay "
            "the fine.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert found and all("made Orvo" not in r.event for r in found), found


def test_an_object_it_after_a_sentence_with_a_thing_as_object_is_unsure(nlp):
    text = "Hale Group rejected the offer on Monday. Analysts criticized it on Tuesday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert not any("criticized Hale" in r.event for r in found), found


def test_evidence_suggesting_a_link_between_dated_events_is_news_not_their_report(nlp):
    text = ("New tests suggested on Friday that the fire in the depot and last month's blast at the refinery "
            "were connected.")
    found = rows(nlp, text, expr(text, "last month", "2024-05", "2024-05-01", "2024-05-31", granularity="month"),
                 expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert any(r.value == "2024-06-21" for r in found), found


def test_two_statements_of_one_speaker_on_one_day_stay_two_rows(nlp):
    text = ("Mayor Ana Ruiz said on Monday the bridge would reopen.\n\n"
            "The city will pay for the repairs, Ruiz said Monday.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Monday", "2024-06-24", "2024-06-24", occurrence=1))
    assert len([r for r in found if r.trigger == "say"]) == 2, found


def test_only_the_leads_happening_is_folded(nlp):
    text = ("Stocks in Tokyo rose on Friday as exporters gained.\n\n"
            "In Frankfurt, the DAX fell 2 percent on Friday. Traders said the DAX fell on Friday on a lack of "
            "buying interest.")
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"),
                 expr(text, "Friday", "2024-06-21", "2024-06-21", occurrence=1),
                 expr(text, "Friday", "2024-06-21", "2024-06-21", occurrence=2))
    assert len([r for r in found if r.trigger == "fall"]) == 2, found


def test_the_same_storm_hitting_another_place_is_another_happening(nlp):
    text = "A storm hit Florida on Monday.\n\nThe storm hit Georgia on Monday night."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Monday night", "2024-06-24TNI", "2024-06-24", granularity="time"))
    assert len(found) == 2, found


def test_a_plural_word_inside_a_longer_name_is_not_that_name(nlp):
    text = ("Trade with the Solomon Islands resumed on Monday.\n\n"
            "The Solomon Islands sent two envoys in May, when they met the foreign minister.")
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"))
    assert not any(r.event.startswith("Islands") for r in found), found


# ----------------------------------------------------------------------------- who "it" and "the company" are
def test_the_company_is_no_public_body_named_nearer(nlp):
    text = ("Halden Pharma won approval for its flu drug on Monday. The European Commission must still sign off. "
            "The company said on Tuesday it would start selling the drug in May.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert found and not any("European Commission" in r.event for r in found), found


def test_a_clause_joined_to_the_sentence_before_gives_its_subject(nlp):
    # "Stravo said" is the second clause of its sentence: it is what "the company" recalls, not Ponta,
    # named only in the sentence before
    text = ("The deal was signed with Ponta Group on Monday. The contract was insured, and Stravo Holdings said "
            "on Tuesday it would claim its full value. The company plans to sell the unit in 2026.")
    found = rows(nlp, text, expr(text, "2026", "2026", "2026-01-01", "2026-12-31", granularity="year"))
    assert any(r.event.startswith("Stravo Holdings plans to sell") for r in found), found


def test_an_object_it_after_a_thing_in_its_own_sentence_is_unsure(nlp):
    text = ("Norvik Shipping said on Monday it had sold two ferries. Norvik Shipping lost another ferry in 2019, "
            "when a fire gutted it at sea.")
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert found and not any("gutted Norvik" in r.event for r in found), found


def test_a_clock_time_ending_an_after_clause_dates_that_clause_not_the_telling(nlp):
    # the parser hangs a sentence-final "a.m." on the main verb as punctuation
    text = ('"Their conduct was incompatible with their status," Interior Minister Rosa Vidal told reporters '
            'after the Peruvian ambassador was summoned to the ministry at 11 a.m. "Chile will not accept this."')
    found = rows(nlp, text, expr(text, "11 a.m.", "2024-06-21T11:00", "2024-06-21", type="TIME", granularity="time"))
    assert [r.trigger for r in found] == ["summon"], found


def test_an_apposed_year_with_a_relative_clause_dates_that_clause_not_the_main_verb(nlp):
    text = "Last week divers recovered a cannon marked with the date 1690, the year the fort was built."
    found = rows(nlp, text, expr(text, "the year", "1690", "1690-01-01", "1690-12-31", granularity="year"))
    assert [r.trigger for r in found] == ["build"], found
    # after a preposition the day is the main verb's too
    text = "Sales fell sharply on the day the strike ended."
    found = rows(nlp, text, expr(text, "the day", "2024-06-21", "2024-06-21"))
    assert "fall" in [r.trigger for r in found], found
