"""One happening told in one sentence is one row (events/same_sentence.py), and a figure's yardstick or
a record's base is no row (events/phrases.py). Sentences are this project's own, parsed with the real
model; time expressions are written by hand, as in tests/test_events.py."""
from __future__ import annotations

from spacy.tokens import Doc

from test_events import REF, expr
from timeline_cli.events import ENGLISH, extract_events
from timeline_cli.events.phrases import record_base

# REF (2024-06-27) is a Thursday: a lead in the past is dated 2024-06-26/2024-06-27 by the publication
# date; the sentences below date their happening Tuesday, 2024-06-25, so the two dates differ.
TUESDAY = "2024-06-25"


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def tuesday(text):
    return expr(text, "Tuesday", TUESDAY, TUESDAY)


# ----------------------------------------------------------------------------- the lead and its date
def test_a_lead_dated_by_the_noun_of_its_news_is_one_row(nlp):
    text = ("Nurses at three city hospitals went on strike on Tuesday over unpaid overtime.\n\n"
            "Patients were sent to private clinics.")
    found = [r for r in rows(nlp, text, tuesday(text)) if "went on strike" in r.event]
    assert len(found) == 1, found
    assert found[0].date_basis == "text" and found[0].value == TUESDAY
    assert found[0].event.startswith("Nurses at three city hospitals went on strike")


def test_a_lead_reporting_a_figure_is_one_row_in_the_clause_words(nlp):
    text = ("Norsk Verft reported a 9 percent fall in quarterly orders on Tuesday.\n\n"
            "Its shares were little changed.")
    found = [r for r in rows(nlp, text, tuesday(text)) if "fall" in r.event]
    assert len(found) == 1, found
    row = found[0]
    assert row.event.startswith("Norsk Verft reported a 9 percent fall in quarterly orders")
    # the noun's own row already tells the reporting clause (events/clauses.py: an event noun that is
    # the object of a reporting verb is described by that verb's clause), so it is the row kept
    assert (row.trigger, row.value, row.date_basis, row.status) == ("fall", TUESDAY, "text", "occurred")
    assert row.actors[0] == "Norsk Verft"


def test_a_lead_and_an_event_noun_of_another_phrase_stay_two_rows(nlp):
    # the bombing was on Monday; the arrests need not have been: the noun's row keeps its own words
    text = ("Police have arrested two men in connection with the bombing of a bank in Lyon on Monday.\n\n"
            "The bank was empty.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert [r.date_basis for r in found if r.trigger == "arrest"] == ["publication"], found
    assert any(r.trigger == "bombing" and r.value == "2024-06-24" for r in found), found


# ----------------------------------------------------------------------------- what a saying announces
def test_a_saying_coordinated_with_the_news_is_one_row_for_what_is_to_come(nlp):
    text = ("Harbour Bank cut its main rate on Tuesday and said it would cut again in September.\n\n"
            "Economists had expected the move.")
    found = rows(nlp, text, tuesday(text), expr(text, "September", "2024-09", "2024-09-01", "2024-09-30",
                                                granularity="month"))
    assert not [r for r in found if r.date_basis == "publication"], found
    [later] = [r for r in found if r.value == "2024-09"]
    assert later.event.startswith("Harbour Bank said it would cut again")
    assert later.status == "expected" and later.date_basis == "text" and later.actors[0] == "Harbour Bank"
    assert [r.value for r in found if r.trigger == "cut"] == [TUESDAY, "2024-09"]


def test_a_saying_that_is_the_news_keeps_its_own_row(nlp):
    text = ("Harbour Bank said it would cut its main rate again in September.\n\n"
            "Economists had expected the move.")
    found = rows(nlp, text, expr(text, "September", "2024-09", "2024-09-01", "2024-09-30", granularity="month"))
    assert [(r.trigger, r.date_basis) for r in found] == [("say", "publication"), ("cut", "text")]


# ----------------------------------------------------------------------------- an apposition renaming the event
def test_an_apposition_renaming_the_clause_event_is_no_row(nlp):
    text = "Harbour Bank cut its main rate by a quarter point on Tuesday, its second cut this year."
    year = expr(text, "this year", "2024", "2024-01-01", "2024-12-31", granularity="year")
    found = [r for r in rows(nlp, text, tuesday(text), year) if r.date_basis == "text"]
    assert [r.value for r in found] == [TUESDAY], found
    assert found[0].event == "Harbour Bank cut its main rate by a quarter point"


# ----------------------------------------------------------------------------- yardsticks and records
def _values(nlp, text, *phrases_values):
    expressions = []
    for phrase, value, granularity in phrases_values:
        date = {"day": value, "month": value + "-01", "year": value + "-01-01", "quarter": "2024-01-01"}[granularity]
        expressions.append(expr(text, phrase, value, date, date, granularity=granularity))
    return [r.value for r in rows(nlp, text, *expressions) if r.date_basis == "text"]


def test_the_base_of_a_change_verb_is_no_row(nlp):
    text = "Gas prices in the region rose 4.1 percent in May from a year earlier."
    assert _values(nlp, text, ("May", "2024-05", "month"), ("a year earlier", "2023-05", "month")) == ["2024-05"]
    text = "Exports dropped to 41 billion dollars in the first quarter from 44 billion a year earlier."
    assert _values(nlp, text, ("the first quarter", "2024-Q1", "quarter"),
                   ("a year earlier", "2023-Q1", "quarter")) == ["2024-Q1"]


def test_a_date_of_the_change_itself_hung_on_its_base_stays(nlp):
    # the parser hangs "on Monday" on "from 12"; the clause has no other date: Monday is the rise's
    text = "Officials in Tromso said the death toll rose to 40 from 12 on Monday."
    assert _values(nlp, text, ("Monday", "2024-06-24", "day")) == ["2024-06-24"]


def test_the_base_of_a_record_is_no_row(nlp):
    text = "Gold climbed to its highest since 2011 on Monday."
    assert _values(nlp, text, ("2011", "2011", "year"), ("Monday", "2024-06-24", "day")) == ["2024-06-24"]
    text = "The team won its first title since 1990 on Saturday."
    assert _values(nlp, text, ("1990", "1990", "year"), ("Saturday", "2024-06-22", "day")) == ["2024-06-22"]
    text = "Shares of Kessel fell 9 percent, their steepest fall since January 2020."
    assert _values(nlp, text, ("January 2020", "2020-01", "month")) == []


def test_since_without_a_record_or_before_an_event_noun_dates_it(nlp):
    text = "Shares of Kessel have lost a third of their value since January."  # a fraction, not an ordinal
    assert _values(nlp, text, ("January", "2024-01", "month")) == ["2024-01"]
    text = "Voters went to the polls on Sunday in the first election since the 2021 earthquake."
    assert "2021" in _values(nlp, text, ("Sunday", "2024-06-23", "day"), ("2021", "2021", "year"))


def test_a_record_phrase_hung_on_the_verb_is_read_through_its_preposition(nlp):
    # "since June" attached to the verb after "to their highest" (a parse the model gives in longer
    # sentences), built by hand
    words = ["Yields", "rose", "to", "their", "highest", "since", "June", "."]
    heads = [1, 1, 1, 4, 2, 1, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "poss", "pobj", "prep", "pobj", "punct"]
    tags = ["NNS", "VBD", "IN", "PRP$", "JJS", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "ADP", "PRON", "ADJ", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert record_base(doc[6:7], ENGLISH)
    doc = Doc(nlp.vocab, words=words[:4] + ["peak"] + words[5:], heads=heads, deps=deps,
              tags=tags[:4] + ["NN"] + tags[5:], pos=pos[:4] + ["NOUN"] + pos[5:])
    assert not record_base(doc[6:7], ENGLISH)
