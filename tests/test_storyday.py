"""Events of the story's day with no time expression (events/storyday.py): a reaction to the lead's
news takes the lead's day; the headline's event, told in the present perfect after the lead, is
dated by the publication date. Sentences are this project's own, parsed with the real model; time
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


def expr(text: str, phrase: str, value: str, date: str, end: str | None = None, granularity: str = "day",
         kind: str = "DATE") -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, kind, value, date, end or date, granularity)


def rows(nlp, text, *expressions, source="metadata"):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF, reference_source=source)


def made(found, word):
    return [(r.trigger, r.date, r.end_date, r.date_basis) for r in found if word in r.event]


LEAD = "The government of Moravia said on Wednesday it had defeated a plot against the president.\n\n"


# ----------------------------------------------------------------------------- a reaction to the lead's news
def test_a_reaction_to_what_the_lead_names_takes_the_leads_day(nlp):
    text = LEAD + "The police searched two barracks.\n\nThe African Union condemned the plot."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert made(found, "African Union") == [("condemn", "2024-06-26", "2024-06-26", "context")]


@pytest.mark.parametrize("follow", [
    "The African Union condemned the plot in 2019.",  # a date of its own
    "The African Union condemned a plot.",  # not definite: not the lead's
    "The African Union condemned the plot against the old king.",  # a phrase makes it another plot
    "The African Union condemned the violence.",  # a noun the lead does not name
    "The African Union has condemned the plot.",  # not the simple past
    "The African Union discussed the plot.",  # no reaction
    "The African Union condemned the government.",  # a body the lead names, not what it did
])
def test_no_reaction_row_without_a_definite_mention_of_the_leads_news(nlp, follow):
    text = LEAD + follow
    exprs = [expr(text, "Wednesday", "2024-06-26", "2024-06-26")]
    if "2019" in text:
        exprs.append(expr(text, "2019", "2019", "2019-01-01", "2019-12-31", "year"))
    found = rows(nlp, text, *exprs)
    assert [r for r in found if "African Union" in r.event and r.date_basis == "context"] == [], follow


def test_a_market_move_after_the_announcement_takes_the_leads_day(nlp):
    text = ("The president of Moravia on Wednesday appointed Ana Sikorska as finance minister.\n\n"
            "Sikorska, a former central banker, replaces Tomas Hruby, who resigned.\n\n"
            "The koruna rose 1.2 percent against the euro after the announcement, and ten-year bonds rallied.")
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"),
                 expr(text, "ten-year", "P10Y", "", "", "year", kind="DURATION"))
    # "ten-year bonds" says what kind of bonds, not when: it leaves the sentence undated
    assert made(found, "koruna") == [("rise", "2024-06-26", "2024-06-26", "context")]
    # A lead dated only by the publication date (two days) gives no single day to take.
    text = ("The president of Moravia has appointed Ana Sikorska as finance minister.\n\n"
            "Sikorska, a former central banker, replaces Tomas Hruby, who resigned.\n\n"
            "The koruna rose 1.2 percent against the euro after the announcement.")
    assert [r for r in rows(nlp, text) if "koruna" in r.event and r.date_basis == "context"] == []


# ----------------------------------------------------------------------------- the headline's event
HEADLINE = "Moravia foils plot, detains 14 officers\n\n"


def test_the_headlines_event_in_the_present_perfect_is_dated_by_the_publication_date(nlp):
    text = HEADLINE + LEAD + "Fourteen officers have been detained, the interior minister said."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert made(found, "officers") == [("detain", "2024-06-26", REF, "publication")]


@pytest.mark.parametrize("follow", [
    "Fourteen officers have been detained since May, the interior minister said.",  # a date of its own
    "\"Fourteen officers have been detained,\" the interior minister said.",  # a quotation
    "Fourteen officers were detained in a raid, the interior minister said.",  # not a present perfect
    "Fourteen officers have been questioned, the interior minister said.",  # not the headline's verb
])
def test_no_headline_row_for_other_tenses_verbs_or_dated_sentences(nlp, follow):
    text = HEADLINE + LEAD + follow
    exprs = [expr(text, "Wednesday", "2024-06-26", "2024-06-26")]
    if "May" in text:
        exprs.append(expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"))
    found = rows(nlp, text, *exprs)
    assert [r for r in found if "officers" in r.event and r.date_basis == "publication"] == [], follow


def test_no_headline_row_without_a_known_publication_date(nlp):
    text = HEADLINE + LEAD + "Fourteen officers have been detained, the interior minister said."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"), source="inferred")
    assert [r for r in found if "officers" in r.event and r.date_basis == "publication"] == []
