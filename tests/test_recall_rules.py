"""Rows for key events the text dates only through what it says around them (issue 10, recall):
an event noun counted in days from a date (events/apposed.py) and a clause placed at an event named
again (events/scenes.py). Sentences are this project's own, parsed with the real model; time
expressions are written by hand, as in tests/test_lead.py."""
from __future__ import annotations

import pytest

from timeline_cli.events import extract_events
from timeline_cli.records import TimeExpression

REF = "2024-06-27"  # a Thursday


@pytest.fixture(scope="session")
def nlp():
    from timeline_cli.nlp import load_model

    return load_model()


def expr(text: str, phrase: str, value: str, date: str, end: str | None = None,
         granularity: str = "day") -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, "DATE", value, date, end or date, granularity)


def rows(nlp, text, *expressions, source="metadata", **kw):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source=source, **kw)


# ----------------------------------------------------------------------------- "<date>, two days before the vote"
def test_an_event_noun_counted_in_days_from_a_date_gets_that_day(nlp):
    text = "The results will be published on June 10, two days before the vote."
    found = rows(nlp, text, expr(text, "June 10", "2024-06-10", "2024-06-10"))
    assert [(r.trigger, r.date, r.date_basis) for r in found if r.trigger == "vote"] == \
        [("vote", "2024-06-12", "context")]


def test_a_noun_that_is_no_event_is_not_counted(nlp):
    text = "The results will be published on June 10, two days before the deadline."
    found = rows(nlp, text, expr(text, "June 10", "2024-06-10", "2024-06-10"))
    assert [r.trigger for r in found] == ["publish"]


# ----------------------------------------------------------------------------- scenes named again
def test_after_the_rally_dates_the_clause_on_the_rallys_day(nlp):
    text = ("The president attended a rally on Tuesday in the capital. Thousands of farmers waved flags. "
            "After the rally, state radio broadcast the speech.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    got = [(r.trigger, r.date, r.date_basis) for r in found if r.trigger == "broadcast"]
    assert got == [("broadcast", "2024-06-25", "context")]


def test_at_the_event_carries_a_publication_dated_lead(nlp):
    text = ("During a media event at its headquarters, Northwind Games released a new console.\n\n"
            "The console costs $300. At the event, several studios demonstrated their games.")
    found = rows(nlp, text)
    got = {(r.trigger, r.date, r.end_date, r.date_basis) for r in found}
    assert ("demonstrate", "2024-06-26", "2024-06-27", "publication") in got


def test_an_indefinite_plural_specified_or_other_noun_is_no_mention(nlp):
    for follow in ("After a rally, state radio broadcast the speech.",
                   "After the rally in Lyon, state radio broadcast the speech.",
                   "After the match, state radio broadcast the speech.",
                   "After the rally, state radio had broadcast the speech."):
        text = "The president attended a rally on Tuesday in the capital. " + follow
        found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
        assert [r for r in found if r.trigger == "broadcast"] == [], follow


def test_during_a_process_the_day_of_its_end_is_not_its_date(nlp):
    # "lost its case" ends the case that day; "during the case" may be weeks before.
    text = ("The label lost its court case against the studio on Monday. "
            "During the case, the label showed the court a typical download.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert [r for r in found if r.trigger == "show"] == []


def test_after_a_longer_event_lends_no_date(nlp):
    text = ("The union held a strike in March. After the strike, the company raised wages.")
    found = rows(nlp, text, expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", "month"))
    assert [r for r in found if r.trigger == "raise"] == []


# ----------------------------------------------------------------------------- share prices (events/market.py)
def test_an_undated_price_move_of_the_storys_company_is_the_latest_session(nlp):
    text = ("Kessel Chemicals PLC announced plans to spin off its paint business.\n\n"
            "Investors welcomed the plan. Kessel's shares rose 15 pence to 362 pence.")
    found = rows(nlp, text)
    got = [(r.trigger, r.date, r.end_date, r.date_basis) for r in found if r.trigger == "rise"]
    assert got == [("rise", "2024-06-26", "2024-06-27", "publication")]


def test_another_companys_a_dated_or_a_reported_move_gets_no_publication_date(nlp):
    for follow in ("Shares of Ostara Paints fell 20 pence.",
                   "Kessel's shares rose 40 percent in 2021.",
                   "Analysts said Kessel's shares rose too little.",
                   "Kessel's profit rose 15 percent."):
        text = "Kessel Chemicals PLC announced plans to spin off its paint business.\n\n" + follow
        exprs = [expr(text, "2021", "2021", "2021-01-01", "2021-12-31", "year")] if "2021" in text else []
        found = rows(nlp, text, *exprs)
        assert [r for r in found if r.trigger == "rise" and r.date_basis == "publication"
                or r.trigger == "fall"] == [], follow


def test_a_company_the_headline_or_lead_names_but_no_row_names_is_the_storys_company(nlp):
    # The lead's row names only the agency; the maker is named in the headline or the lead's object.
    for opening in ("Agency clears Bellaria Pharma inhaler\n\n"
                    "GENEVA, June 27, 2024 (Wire) - A drug agency on Wednesday cleared a new asthma inhaler.",
                    "GENEVA, June 27, 2024 (Wire) - A drug agency on Wednesday cleared a new asthma inhaler"
                    " for children, a common cause of illness in schools, made by Swiss company Bellaria Pharma."):
        text = (opening + "\n\nA trial of 3,000 patients ended in March.\n\n"
                "Bellaria shares climbed 12 percent in Zurich. Ostara shares slid 3 percent.")
        found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"),
                     expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", "month"))
        got = [(r.trigger, r.date, r.end_date, r.date_basis) for r in found if r.trigger in ("climb", "slide")]
        # Ostara, named nowhere before, is not the story's company.
        assert got == [("climb", "2024-06-26", "2024-06-27", "publication")], opening


def test_no_publication_date_no_price_row(nlp):
    text = ("Kessel Chemicals PLC announced plans to spin off its paint business.\n\n"
            "Kessel's shares rose 15 pence to 362 pence.")
    assert rows(nlp, text, source="inferred") == []


# ----------------------------------------------------------------------------- a report named again, a reaction at once
def test_the_statement_right_after_a_dated_report_is_that_days(nlp):
    text = ("Dana Whitfield announced on Monday that she would step down. "
            "The statement caused a sharp fall in the share price.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert [(r.trigger, r.date, r.date_basis) for r in found if r.trigger == "cause"] == \
        [("cause", "2024-06-24", "context")]


def test_a_statement_two_sentences_later_or_after_no_report_is_not_dated(nlp):
    for text in ("Dana Whitfield announced on Monday that she would step down. The board met. "
                 "The statement caused a sharp fall in the share price.",
                 "Dana Whitfield visited the plant on Monday. "
                 "The statement caused a sharp fall in the share price."):
        found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
        assert [r for r in found if r.trigger == "cause"] == [], text


def test_immediately_follows_the_sentence_before_on_its_day(nlp):
    text = ("The rebels offered a ceasefire on Tuesday. "
            "The government immediately said it rejects the offer.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [(r.trigger, r.date, r.date_basis) for r in found if r.trigger == "say"] == \
        [("say", "2024-06-25", "context")]


def test_without_immediately_or_after_an_undated_sentence_no_date(nlp):
    for text in ("The rebels offered a ceasefire on Tuesday. The government said it rejects the offer.",
                 "The rebels offered a ceasefire on Tuesday. The talks stalled. "
                 "The government immediately said it rejects the offer."):
        found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
        assert [r for r in found if r.trigger == "say"] == [], text


# ----------------------------------------------------------------------------- "also" in an agentless passive
def test_also_with_an_agentless_passive_of_a_thing_takes_the_leads_date(nlp):
    text = ("Acme Corp. on Tuesday launched a new console.\n\n"
            "The console has a faster chip. The price of the older model has also been cut to $199.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [(r.trigger, r.date, r.date_basis) for r in found if r.trigger == "cut"] == \
        [("cut", "2024-06-25", "context")]


def test_also_with_a_passive_of_a_person_or_with_an_agent_needs_the_leads_actor(nlp):
    for follow in ("Dana Whitfield was also named a director.",
                   "The price of the older model has also been cut by Ostara Retail."):
        text = "Acme Corp. on Tuesday launched a new console.\n\nThe console has a faster chip. " + follow
        found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
        assert [r for r in found if r.trigger in ("name", "cut")] == [], follow


# ----------------------------------------------------------------------------- "in 2000, when ..."
def test_a_when_clause_on_the_date_leaves_the_date_to_its_own_verb_too(nlp):
    text = "Ostara Paints bought the brand in 2019, when the company took over Lumen Coatings."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", "year"))
    assert {r.trigger for r in found} == {"buy", "take"}


def test_since_or_another_date_of_the_verb_keeps_the_when_clause_alone(nlp):
    for text, phrase in (("Her relatives have cared for her since 2019, when she was found in a boat.", None),
                         ("Net income this year has risen over comparable periods in 2019, when sales fell.",
                          "this year")):
        exprs = [expr(text, "2019", "2019", "2019-01-01", "2019-12-31", "year")]
        if phrase:
            exprs.append(expr(text, phrase, "2024", "2024-01-01", "2024-12-31", "year"))
        found = rows(nlp, text, *exprs)
        assert [r.trigger for r in found if r.value == "2019"] in (["find"], ["fall"]), text


# ----------------------------------------------------------------------------- the same subject goes on
def test_the_same_subject_carries_a_week_scene_to_the_next_sentence(nlp):
    text = ("The paper said in an editorial on Saturday: The Supreme Court took a wrong turn this week. "
            "By a 5-4 vote, the court upheld a tax on small farms.")
    found = rows(nlp, text, expr(text, "Saturday", "2024-06-22", "2024-06-22"),
                 expr(text, "this week", "2024-W25", "2024-06-17", "2024-06-23", "week"))
    got = [(r.trigger, r.value, r.date_basis) for r in found if r.trigger == "uphold"]
    assert got == [("uphold", "2024-W25", "context")]


def test_another_subject_a_gap_or_a_new_paragraph_carries_no_week(nlp):
    for follow in ("By a 5-4 vote, the senate upheld a tax on small farms.",
                   "Farmers protested. By a 5-4 vote, the court upheld a tax on small farms.",
                   "\n\nBy a 5-4 vote, the court upheld a tax on small farms."):
        text = "The Supreme Court took a wrong turn this week. " + follow
        found = rows(nlp, text, expr(text, "this week", "2024-W25", "2024-06-17", "2024-06-23", "week"))
        assert [r for r in found if r.trigger == "uphold"] == [], follow


# ----------------------------------------------------------------------------- a Monday paper, what the lead followed
MONDAY = "2024-07-01"


def test_a_monday_papers_lead_takes_the_friday_a_later_sentence_gives_its_company(nlp):
    text = ("Kessel Bank's stock plummeted after management recommended a suspension of dividends.\n\n"
            "In composite trading Friday, Kessel closed at $5.25, down $1.875.")
    found = extract_events(nlp(text), [expr(text, "Friday", "2024-06-28", "2024-06-28")], source="a.txt",
                           reference_date=MONDAY, reference_source="metadata")
    got = {(r.trigger, r.date, r.date_basis) for r in found}
    assert ("plummet", "2024-06-28", "context") in got
    assert ("recommend", "2024-06-28", "context") in got


def test_a_tuesday_paper_does_not_reach_back_to_friday(nlp):
    text = ("Kessel Bank's stock plummeted.\n\n"
            "In composite trading Friday, Kessel closed at $5.25, down $1.875.")
    found = extract_events(nlp(text), [expr(text, "Friday", "2024-06-28", "2024-06-28")], source="a.txt",
                           reference_date="2024-07-02", reference_source="metadata")
    assert [(r.date, r.date_basis) for r in found if r.trigger == "plummet"] == [("2024-07-01", "publication")]


def test_the_clause_a_lead_followed_shares_its_date_unless_dated_itself(nlp):
    text = "Acme Corp. shares plunged on Tuesday after the company warned of a loss."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert {(r.trigger, r.date) for r in found} == {("plunge", "2024-06-25"), ("warn", "2024-06-25")}
    text = "Acme Corp. shares plunged on Tuesday after the company warned in May of a loss."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"))
    assert ("warn", "2024-06-25") not in {(r.trigger, r.date) for r in found}


# ----------------------------------------------------------------------------- "has been striking for three weeks"
def duration(text: str, phrase: str, value: str) -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, "DURATION", value)


def test_an_activity_going_on_for_a_count_is_dated_the_day_it_began(nlp):
    text = "The talks ended.\n\nDock workers at the port have been striking for three weeks now."
    found = rows(nlp, text, duration(text, "three weeks", "P3W"))
    assert [(r.trigger, r.date, r.date_basis, r.time_expression) for r in found if r.trigger == "strike"] == \
        [("strike", "2024-06-06", "text", "three weeks")]
    text = "The talks ended.\n\nThe firm has been selling the drug for two years."
    found = rows(nlp, text, duration(text, "two years", "P2Y"))
    assert [(r.value, r.granularity) for r in found if r.trigger == "sell"] == [("2022", "year")]


def test_no_start_for_a_simple_perfect_a_past_a_vague_count_or_an_unknown_present(nlp):
    for follow, value in (("The union has lived with the rules for three weeks.", "P3W"),
                          ("Dock workers were striking for three weeks.", "P3W"),
                          ("Dock workers have been striking for weeks.", "PXW")):
        text = "The talks ended.\n\n" + follow
        phrase = "three weeks" if "three" in follow else "weeks"
        found = rows(nlp, text, duration(text, phrase, value))
        assert [r for r in found if r.trigger in ("live", "strike")] == [], follow
    text = "The talks ended.\n\nDock workers have been striking for three weeks."
    assert rows(nlp, text, duration(text, "three weeks", "P3W"), source="inferred") == []


def test_a_future_within_a_count_runs_from_the_publication_day_to_its_end(nlp):
    text = "The talks ended.\n\nThe new fares will take effect within the next six months, the airline said."
    found = rows(nlp, text, duration(text, "the next six months", "P6M"))
    assert [(r.trigger, r.value, r.status, r.date_basis) for r in found if r.trigger == "take"] == \
        [("take", "2024-06-27/2024-12-27", "expected", "text")]


def test_no_within_row_for_a_past_or_a_sentence_dated_on_another_day(nlp):
    for text in ("The talks ended.\n\nThe new fares took effect within six months.",
                 "The talks ended.\n\nThe airline said in May the new fares will take effect within six months."):
        exprs = [duration(text, "six months", "P6M")]
        if "May" in text:
            exprs.append(expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"))
        found = rows(nlp, text, *exprs)
        assert [r for r in found if r.trigger == "take"] == [], text


def test_a_monday_papers_price_move_runs_from_friday(nlp):
    text = ("Kessel Chemicals PLC announced plans to spin off its paint business.\n\n"
            "Kessel's shares rose 15 pence to 362 pence.")
    found = extract_events(nlp(text), [], source="a.txt", reference_date=MONDAY, reference_source="metadata")
    assert [(r.date, r.end_date) for r in found if r.trigger == "rise"] == [("2024-06-28", MONDAY)]


def test_also_with_a_plural_or_a_persons_passive_needs_the_leads_actor(nlp):
    for follow in ("Six people were also killed in the blast.", "The chairman was also replaced."):
        text = "Acme Corp. on Tuesday launched a new console.\n\nThe console has a faster chip. " + follow
        found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
        assert [r for r in found if r.trigger in ("kill", "replace")] == [], follow


def test_no_when_host_for_a_bare_participle(nlp):
    text = "The minister said he was in Kansas City working with the union in 1968, when troops entered Prague."
    found = rows(nlp, text, expr(text, "1968", "1968", "1968-01-01", "1968-12-31", "year"))
    assert "work" not in {r.trigger for r in found}
