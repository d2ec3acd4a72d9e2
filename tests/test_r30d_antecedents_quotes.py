"""Round 30d (the twenty-seventh judged sample's rows 14, 21 and 99; the twenty-sixth's rows 5 and 43):
a relative clause's verb whose number rules out the nearest noun, a relative clause parsed on the noun
whose phrase holds the comma's noun, an object "him"/"her" that stands for the main clause's person
noun, a speakerless quotation dated "today" restating the day's news, "the company" never a public
body, and "that April" in the year the text was telling. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

REF = dt.date(2026, 5, 20)  # a Wednesday
THURSDAY = dt.date(2026, 1, 22)


def told(nlp, text, ref=REF):
    return [(r.time_expression, r.value, r.event) for r in timeline_rows(nlp, text, ref)]


def events(nlp, text, ref=REF):
    return [e for *_, e in told(nlp, text, ref)]


# a singular noun with a plural verb: the one plural noun up the phrase (relative_number.py)

def test_a_plural_verb_skips_the_singular_noun_for_the_plural_up_the_phrase(nlp):
    text = "The council bought forty electric buses from a German maker, which were delivered in March."
    assert ("March", "2026-03", "Forty electric buses were delivered") in told(nlp, text)


def test_a_present_plural_verb_likewise(nlp):
    text = "The museum borrowed three paintings from a private collector, which have been restored since January."
    assert "Three paintings have been restored" in events(nlp, text)
    assert not any("collector have" in e.lower() for e in events(nlp, text))


def test_a_plural_verb_after_a_plural_noun_keeps_it(nlp):
    # near miss: the nearest noun is plural, the parse stands
    text = "Police arrested a spokesman for the protesters, who were released on Tuesday."
    assert "The protesters were released" in events(nlp, text)


def test_a_plural_verb_with_no_plural_up_the_phrase_keeps_the_parse(nlp):
    # near miss: a collective noun may take a plural verb; no other noun to choose
    text = "Fans of the club, who were furious, marched on Saturday."
    assert "Fans of the club marched" in events(nlp, text)


# a relative clause parsed on the noun whose phrase holds the comma's noun (phrases.py)

def test_a_clause_on_the_trial_keeps_the_trial(nlp):
    text = ("The government would extend a trial of flexible season tickets, which began last spring, "
            "to another 40 stations.")
    assert events(nlp, text) == ["A trial of flexible season tickets began"]


def test_a_clause_on_the_trial_inside_a_longer_sentence(nlp):
    text = ("Ashdown said the government would freeze fares on some routes for a year and would extend a trial "
            "of flexible season tickets, which began last spring, to another 40 stations in September.")
    assert ("last spring", "2025-SP", "A trial of flexible season tickets began") in told(nlp, text)


def test_a_clause_on_the_trial_of_scooters(nlp):
    text = ("Ministers said they would widen a trial of electric scooters, which began last autumn, "
            "to ten more cities in May.")
    autumn = [e for t, _, e in told(nlp, text) if t == "last autumn"]
    assert autumn == ["A trial of electric scooters began"]


def test_a_clause_a_comma_sets_off_on_its_own_noun_is_unchanged(nlp):
    text = "The board praised the deal, which the unions approved on Monday, as fair."
    assert "The unions approved the deal" in events(nlp, text)


# an object him/her under a main clause whose subject is a gendered person noun (genders.py)

def test_him_in_a_when_clause_is_the_main_clauses_man(nlp):
    text = ("A former health minister won his libel case against a tabloid on Thursday, when a judge ruled "
            "that the newspaper had falsely accused him of steering a contract to a friend.")
    rows = [e for e in events(nlp, text) if "ruled" in e]
    assert rows and all("accused the former health minister" in e for e in rows)


def test_him_under_an_agreeing_clause(nlp):
    text = "A local farmer celebrated his victory on Friday, when the council agreed to pay him compensation for the flood."
    assert "The council agreed to pay the local farmer compensation for the flood" in events(nlp, text)


def test_him_in_the_main_clause_itself_is_not_its_subject(nlp):
    text = "The minister praised him on Monday."
    assert not any("praised the minister" in e for e in events(nlp, text))


def test_him_after_another_he_is_left_alone(nlp):
    text = "A nurse thanked the doctor on Monday after he had saved him."
    assert not any("the nurse" in e for e in events(nlp, text))


# a speakerless quotation dated "today" restating the day's news (quoted.py)

def test_a_quoted_today_restating_the_ruling_gives_no_row(nlp):
    text = ("A former minister won his libel case against a tabloid on Thursday, when a judge ruled that the "
            "paper had lied. \"For two years I have been called corrupt,\" Pryce told reporters. \"Today a judge "
            "looked at the evidence and said what I have always said: it was a lie.\"")
    assert not any("looked at the evidence" in e for e in events(nlp, text, THURSDAY))
    assert "A judge ruled that the paper had lied" in events(nlp, text, THURSDAY)


def test_a_quoted_today_with_a_demonstrative_subject_gives_no_row(nlp):
    text = ("The club sacked its coach on Thursday. Fans gathered outside the ground. "
            "\"Today this club finally listened to us.\"")
    assert events(nlp, text, THURSDAY) == ["The club sacked its coach"]


def test_a_quoted_today_whose_subject_the_story_names_is_kept(nlp):
    # near miss: the network's own loss, told of it (the thirteenth sample's key event)
    text = ("Police seized four tonnes of cocaine at the port on Thursday. \"This gang moved drugs across Europe,\" "
            "the minister told reporters. \"Today it has lost its biggest shipment.\"")
    assert any(t == "Today" for t, *_ in told(nlp, text, THURSDAY))


def test_a_quoted_tomorrow_on_a_day_no_row_has_is_kept(nlp):
    text = ("Workers at the Leipzig plant ended their strike on Friday. Their union leader was pleased. "
            "\"Tomorrow the machines will run again.\"")
    assert ("Tomorrow", "2026-01-23", "The machines will run again") in told(nlp, text, THURSDAY)


def test_a_quoted_today_with_no_earlier_row_that_day_is_kept(nlp):
    text = ("The plant was shut last week after a fire. Its manager spoke to staff. "
            "\"Today the plant opened its gates again.\"")
    assert any(t == "Today" for t, *_ in told(nlp, text, THURSDAY))


# "the company" is no public body (actors.py); "that April" (temporal)

def test_the_company_is_not_the_authority_before_it(nlp):
    text = ("The Civil Aviation Authority said on Tuesday that it had issued the licence to Sutherland Space Hub "
            "after a review. The first rocket, built by the Edinburgh company Caledon Launch Systems, is "
            "expected to lift off in December. The company said it would move the rocket to the site next month.")
    moved = [e for e in events(nlp, text) if "move the rocket" in e]
    assert moved and not any("Authority" in e for e in moved)


def test_that_april_is_the_month_of_the_year_told(nlp):
    text = ("The mission ended in failure in January 2023, when the rocket failed to reach orbit. "
            "The company filed for bankruptcy that April.")
    rows = [r for r in told(nlp, text) if "bankruptcy" in r[2]]
    assert rows and rows[0][1] == "2023-04" and not rows[0][2].endswith("that")


def test_said_that_may_is_no_month_of_that_year(nlp):
    text = "The mayor said that May would be busy in 2019."
    assert not any(v == "2019-05" for _, v, _ in told(nlp, text))
