"""Rows whose date is not in their own sentence (events/lead.py) and subjects named by their
antecedent (events/actors.py). Sentences are this project's own, parsed with the real model; time expressions
are written by hand, as in tests/test_events.py."""
from __future__ import annotations

import json

import pytest

from timeline_cli.events import extract_events
from timeline_cli.formats import display_cell
from timeline_cli.records import EVENT_FIELDS, TimeExpression
from timeline_cli.timeline import RowFilter, filter_rows, parse_date_bases

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


def by_basis(found, basis):
    return [row for row in found if row.date_basis == basis]


# ----------------------------------------------------------------------------- the lead
def test_field_comes_after_every_field_older_readers_know():
    # Fields are only ever added at the end: date_basis follows `sources`, the last field before it.
    assert EVENT_FIELDS.index("date_basis") == EVENT_FIELDS.index("sources") + 1


def test_a_present_perfect_lead_is_dated_the_day_before_to_the_publication_day(nlp):
    text = ("The Senate has rejected a $14 billion rescue plan for the carmakers.\n\n"
            "Senators debated the plan for hours.")
    [row] = rows(nlp, text)
    assert row.trigger == "reject" and row.date_basis == "publication"
    assert (row.date, row.end_date, row.value) == ("2024-06-26", "2024-06-27", "2024-06-26/2024-06-27")
    assert row.event == "The Senate has rejected a $14 billion rescue plan for the carmakers"
    assert row.time_expression == "" and row.start == row.end == row.trigger_start
    assert row.status == "occurred"


def test_a_present_tense_lead_is_dated_the_publication_day(nlp):
    text = "Northwind Games is expanding its studio into Brazil.\n\nThe studio employs 40 people."
    [row] = rows(nlp, text)
    assert row.trigger == "expand" and (row.date, row.end_date) == (REF, REF)
    assert row.date_basis == "publication"


def test_a_simple_past_lead_after_a_dateline_is_dated_by_the_dateline(nlp):
    text = "LIMA, June 27, 2024 (AP) -- Peru's congress approved a new mining law.\n\nThe vote was close."
    [row] = rows(nlp, text, source="dateline")
    assert row.trigger == "approve" and (row.date, row.end_date) == ("2024-06-26", "2024-06-27")


def test_a_future_lead_gets_no_publication_date(nlp):
    text = "The city will open a new bridge across the river.\n\nIt cost $30 million."
    assert rows(nlp, text) == []


def test_no_lead_row_without_a_known_publication_date(nlp):
    text = "The Senate has rejected a $14 billion rescue plan for the carmakers."
    assert rows(nlp, text, source="inferred") == []
    assert rows(nlp, text, source="today") == []


def test_a_lead_dated_by_its_own_time_expression_is_not_repeated(nlp):
    text = "Northwind Games on Tuesday released a new console."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [(r.trigger, r.date_basis) for r in found] == [("release", "text")]


def test_only_the_first_sentence_is_the_lead_and_not_in_later_pieces(nlp):
    text = "The Senate has rejected the rescue plan. Senators have gone home."
    assert [r.trigger for r in rows(nlp, text)] == ["reject"]
    assert rows(nlp, text, lead=False) == []


# ----------------------------------------------------------------------------- context dates
def test_a_sentence_carrying_on_a_dated_scene_takes_its_date(nlp):
    text = ("Netanyahu apologized to Erdogan on Friday for the raid. "
            "Erdogan accepted the apology in a phone call.")
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    [row] = by_basis(found, "context")
    assert row.trigger == "accept" and row.date == "2024-06-21"
    assert row.time_expression == "Friday" and text[row.start:row.end] == "Friday"
    assert row.event.startswith("Erdogan accepted the apology")


def test_no_context_date_without_a_shared_actor_or_in_another_tense(nlp):
    dated = "Netanyahu apologized to Erdogan on Friday for the raid. "
    for follow in ("Heavy rain flooded the streets of Ankara.",   # no shared actor
                   "Erdogan has accepted the apology.",          # present perfect leaves the scene
                   "Erdogan would accept the apology.",          # modal
                   "Erdogan accepted the apology on Saturday."): # a date of its own
        text = dated + follow
        exprs = [expr(text, "Friday", "2024-06-21", "2024-06-21")]
        if "Saturday" in text:
            exprs.append(expr(text, "Saturday", "2024-06-22", "2024-06-22"))
        assert [r.trigger for r in rows(nlp, text, *exprs) if r.date == "2024-06-21"] == ["apologize"], follow


def test_across_a_paragraph_the_scene_carries_on_only_with_the_same_subject(nlp):
    text = ("Dana Whitfield opened the trade fair in Lyon on Monday.\n\n"
            "She announced a partnership with Renault.\n\n"
            "Renault shares rose in Paris.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("announce", "2024-06-24")]
    assert by_basis(found, "context")[0].event.startswith("Dana Whitfield announced")


def test_the_scene_carries_over_undated_sentences_only_with_the_same_subject(nlp):
    # An undated sentence between ("Ruth Adler will succeed him") does not end the scene for its subject.
    text = ("Marco Bellini stepped down as chief executive of Ferrante on Tuesday. "
            "Ruth Adler will succeed him in September. "
            "Analysts praised the choice. "
            "Marco Bellini announced the decision in a letter to the board.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "September", "2024-09", "2024-09-01", "2024-09-30", "month"), source="inferred")
    # "in September" dates Adler's sentence: it is a new scene, so nothing after it is dated Tuesday.
    assert by_basis(found, "context") == []
    text = ("Marco Bellini stepped down as chief executive of Ferrante on Tuesday. "
            "Ruth Adler will succeed him. "
            "Analysts praised the choice. "
            "Marco Bellini announced the decision in a letter to the board.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("announce", "2024-06-25")]
    # Another subject after the undated sentences does not carry the scene on.
    other = text.replace("Marco Bellini announced", "Ruth Adler announced")
    assert by_basis(rows(nlp, other, expr(other, "Tuesday", "2024-06-25", "2024-06-25"),
                         source="inferred"), "context") == []
    # Three undated sentences between are too many.
    far = text.replace("Analysts praised the choice. ", "Analysts praised the choice. Shares rose. ")
    assert by_basis(rows(nlp, far, expr(far, "Tuesday", "2024-06-25", "2024-06-25"),
                         source="inferred"), "context") == []


def test_a_state_sets_no_scene_to_return_to(nlp):
    text = ("Ferrante Group had operating profit of $50 million on March 31. "
            "Analysts praised the spinoff. "
            "Ferrante Group said the moves are logical.")
    found = rows(nlp, text, expr(text, "March 31", "2024-03-31", "2024-03-31"), source="inferred")
    assert by_basis(found, "context") == []
    # An event does: "Ferrante Group sold its textile unit on March 31. ... Ferrante Group said ..."
    text = text.replace("had operating profit of $50 million", "sold its textile unit")
    found = rows(nlp, text, expr(text, "March 31", "2024-03-31", "2024-03-31"), source="inferred")
    assert [r.trigger for r in by_basis(found, "context")] == ["say"]


def test_the_leads_actor_also_doing_something_takes_the_leads_date(nlp):
    text = ("Nordwind Motors today unveiled its first electric truck in Oslo.\n\n"
            "The truck has a range of 500 kilometres. Production starts in March. "
            "Nordwind Motors also announced a battery plant in Sweden and hired 300 engineers.")
    found = rows(nlp, text, expr(text, "today", "2024-06-27", "2024-06-27"),
                 expr(text, "in March", "2025-03", "2025-03-01", "2025-03-31", "month"), source="inferred")
    also = by_basis(found, "context")
    assert [(r.trigger, r.date) for r in also] == [("announce", "2024-06-27"), ("hire", "2024-06-27")]
    assert also[0].event.startswith("Nordwind Motors announced a battery plant")
    assert also[0].time_expression == "today"


def test_no_also_date_for_another_actor_a_date_of_its_own_or_without_also(nlp):
    lead = ("Nordwind Motors today unveiled its first electric truck in Oslo.\n\n"
            "The truck is heavy. It seats two. It costs $90,000. ")  # too far for a scene carried on
    for follow in ("Volvo also announced a battery plant in Sweden.",            # another actor
                   "Nordwind Motors also announced a battery plant in 2019.",    # a date of its own
                   "Nordwind Motors announced a battery plant in Sweden.",       # no "also"
                   "Nordwind Motors will also build a battery plant in Sweden."):  # not past
        text = lead + follow
        exprs = [expr(text, "today", "2024-06-27", "2024-06-27")]
        if "2019" in text:
            exprs.append(expr(text, "2019", "2019", "2019-01-01", "2019-12-31", "year"))
        found = rows(nlp, text, *exprs, source="inferred")
        assert [r.trigger for r in found if r.date == "2024-06-27"] == ["unveil"], follow


# ----------------------------------------------------------------------------- subjects
def test_it_is_the_company_the_previous_sentence_is_about(nlp):
    text = ("Chrysler LLC filed for bankruptcy protection last week. "
            "It asked a judge on Thursday to let it close 789 dealers.")
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"), source="inferred")
    [row] = [r for r in found if r.time_expression == "Thursday"]
    assert row.event.startswith("Chrysler LLC asked a judge")
    assert row.actors[0] == "Chrysler LLC"


def test_the_company_and_its_are_named(nlp):
    text = ("Acme Corp. cut 300 jobs in Ohio. The company said on Monday that sales fell. "
            "Acme Corp. said that its profit rose in the second quarter.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "the second quarter", "2024-Q2", "2024-04-01", "2024-06-30", "quarter"),
                 source="inferred")
    said = next(r for r in found if r.time_expression == "Monday")
    assert said.event.startswith("Acme Corp. said") and said.actors[0] == "Acme Corp."
    rose = next(r for r in found if r.time_expression == "the second quarter")
    assert rose.event.startswith("Acme Corp's profit rose")


def test_it_standing_for_a_thing_names_the_thing_and_no_actor(nlp):
    text = "The new bridge cost $30 million. It opened to traffic on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    [row] = [r for r in found if r.time_expression == "Monday"]
    assert row.event.startswith("The new bridge opened") and row.actors == []


def test_he_is_not_a_company(nlp):
    text = "Maria Lopez joined Acme Corp. in 2019. He resigned on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"), source="inferred")
    [row] = [r for r in found if r.time_expression == "Friday"]
    assert not row.event.startswith("Acme")


def test_an_object_relative_clause_is_written_around_its_antecedent(nlp):
    text = "Keep, which Google launched on Tuesday, syncs notes between phones."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"), source="inferred")
    [row] = [r for r in found if r.time_expression == "Tuesday"]
    assert row.event == "Google launched Keep"
    text = "The drug, which Helix bought from Novagen in 2021, failed a trial."
    found = rows(nlp, text, expr(text, "2021", "2021", "2021-01-01", "2021-12-31", "year"), source="inferred")
    assert next(r for r in found if r.time_expression == "2021").event == "Helix bought the drug from Novagen"


# ----------------------------------------------------------------------------- filter and display
def test_date_basis_filter_keeps_the_old_behaviour():
    rows_ = [{"date": "2024-06-26", "date_basis": "text"}, {"date": "2024-06-26", "date_basis": "publication"},
             {"date": "2024-06-26"}]
    kept = list(filter_rows(rows_, RowFilter(date_bases=parse_date_bases(["text"]))))
    assert kept == [rows_[0], rows_[2]]  # a row without the field is dated by its text
    assert len(list(filter_rows(rows_, date_bases=parse_date_bases(["context,publication"])))) == 1
    with pytest.raises(ValueError, match="'guess' is not a date basis"):
        parse_date_bases(["guess"])


def test_the_table_marks_dates_that_are_not_in_the_text():
    row = {"date": "2024-06-26", "end_date": "2024-06-27", "date_basis": "publication"}
    assert display_cell(row, "_dates") == "2024-06-26 – 2024-06-27 (publication)"
    assert display_cell({**row, "date_basis": "text"}, "_dates") == "2024-06-26 – 2024-06-27"


def test_cli_date_basis(tmp_path):
    from typer.testing import CliRunner

    from timeline_cli.cli import app

    path = tmp_path / "story.txt"
    path.write_text("The Senate has rejected the rescue plan.\n\nSenators voted 52 to 35 on Thursday.\n",
                    encoding="utf-8")
    runner = CliRunner()
    base = ["extract", str(path), "-f", "jsonl", "--reference-date", "2024-06-28", "-q"]
    every = [json.loads(line) for line in runner.invoke(app, base).stdout.splitlines()]
    assert {(r["trigger"], r["date_basis"]) for r in every} >= {("reject", "publication"), ("vote", "text")}
    text_only = [json.loads(line) for line in runner.invoke(app, base + ["--date-basis", "text"]).stdout.splitlines()]
    assert [r["date_basis"] for r in text_only] == ["text"] * len(text_only) and text_only
    bad = runner.invoke(app, base + ["--date-basis", "guess"])
    assert bad.exit_code == 2 and "is not a date basis" in bad.output


# ----------------------------------------------------------------------------- status reported
@pytest.mark.parametrize("text, phrase, trigger", [
    ("Prosecutors allege that the two men smuggled weapons into the port on Monday.", "Monday", "smuggle"),
    ("The rebels reportedly seized the airport on Monday.", "Monday", "seize"),
    ("Police accused the mayor of taking bribes on Monday.", "Monday", "take"),
])
def test_an_alleged_or_claimed_event_is_reported(nlp, text, phrase, trigger):
    found = rows(nlp, text, expr(text, phrase, "2024-06-24", "2024-06-24"), source="inferred")
    row = next(r for r in found if r.date_basis == "text")
    assert (row.trigger, row.status) == (trigger, "reported")


def test_a_neutral_report_keeps_its_content_occurred(nlp):
    text = "Police said the two men smuggled weapons into the port on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    row = next(r for r in found if r.date_basis == "text")
    assert row.status == "occurred"


# ----------------------------------------------------------------------------- junk rows
def test_a_comparison_phrase_is_no_row(nlp):
    text = "Sales rose 5% in May, compared with a year ago."
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"),
                 expr(text, "a year ago", "2023-06-27", "2023-06-27"), source="inferred")
    assert "compare" not in [r.trigger for r in found]
    assert "rise" in [r.trigger for r in found]


def test_a_finite_comparison_is_no_row_but_comparing_things_is(nlp):
    # "compares with" sets a figure against its yardstick; "compared the two bids" is a deed
    text = "The wheat harvest reached 2.1 million tonnes. The figure compares with 3.4 million tonnes last year."
    found = rows(nlp, text, expr(text, "last year", "2023", "2023-01-01", "2023-12-31", "year"), source="inferred")
    assert [r for r in found if r.date_basis == "text"] == [], found
    text = "The panel compared the two bids on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    assert [r.trigger for r in found if r.date_basis == "text"] == ["compare"], found


def test_a_name_right_after_its_noun_is_kept_and_an_aside_is_not(nlp):
    text = "Nordbank agreed on Monday to buy the Danish lender Fyn Sparekasse for 2.1 billion euros."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    assert "the Danish lender Fyn Sparekasse" in next(r for r in found if r.date_basis == "text").event
    text = "Incheon Airport, Seoul's main hub, had to close on Wednesday."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"), source="inferred")
    assert next(r for r in found if r.date_basis == "text").event == "Incheon Airport had to close"


def test_an_amount_without_an_owner_is_the_reporting_company_s(nlp):
    text = "Acme Corp. reported that net income rose 5% in the third quarter."
    found = rows(nlp, text, expr(text, "the third quarter", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
                 source="inferred")
    row = next(r for r in found if r.date_basis == "text")
    assert row.trigger == "rise" and row.event.startswith("Acme Corp's net income rose")
    text = "Sales dropped 11% in the third quarter."  # no owner in the sentence: left alone
    found = rows(nlp, text, expr(text, "the third quarter", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
                 source="inferred")
    assert next(r for r in found if r.date_basis == "text").event.startswith("Sales dropped")


def test_the_sentence_after_a_publication_dated_lead_carries_it_on(nlp):
    text = ("Acme Corp. has agreed to buy Widget Inc. for $2 billion. Acme Corp. also named a new chief "
            "executive. Analysts doubted the price.")
    found = rows(nlp, text)
    assert [(r.trigger, r.date_basis, r.date, r.end_date) for r in found] == [
        ("agree", "publication", "2024-06-26", REF), ("name", "publication", "2024-06-26", REF)]


def test_a_lead_attributed_after_its_content_is_the_content(nlp):
    text = "Flooding in southern Brazil has killed at least 29 people, officials said.\n\nRescuers are searching."
    [row] = rows(nlp, text)
    assert row.trigger == "kill" and row.event == "Flooding in southern Brazil has killed at least 29 people"
    assert (row.date, row.end_date) == ("2024-06-26", REF)


def test_an_agency_dateline_with_a_date_but_no_year_is_not_the_lead(nlp):
    text = "KYIV, Feb. 11 (Reuters) - Ukraine's parliament has approved a new defence budget.\n\nIt passed easily."
    found = rows(nlp, text, expr(text, "Feb. 11", "2024-02-11", "2024-02-11"))
    assert [(r.trigger, r.date_basis) for r in found] == [("approve", "publication")]
    assert found[0].event.startswith("Ukraine's parliament has approved")


def test_a_name_in_apposition_to_a_common_noun_subject_is_the_actor(nlp):
    text = "The family's lawyer, Greg Craig, asked for a visa on Thursday."
    [row] = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"), source="inferred")
    assert row.actors[0] == "Greg Craig" and row.event.startswith("The family's lawyer asked for a visa")
    # A name subject keeps its own name; the apposition only describes it.
    text = "Zenith Corp., the family's favourite firm, cut prices on Thursday."
    [row] = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"), source="inferred")
    assert row.actors[0] == "Zenith Corp."


def test_it_after_a_report_may_be_the_reported_clauses_subject(nlp):
    day = ("Friday", "2024-06-28", "2024-06-28")
    # The reporters are plural, so "it" is what they report on.
    text = "Analysts say Zenith Corp. is a special case. It expects to post a loss on Friday."
    [row] = rows(nlp, text, expr(text, *day), source="inferred")
    assert row.event.startswith("Zenith Corp. expects to post a loss") and row.actors[0] == "Zenith Corp."
    # A singular company that reports stays the nearer candidate.
    text = "Acme Corp. said Zenith Corp. cut prices. It expects to post a loss on Friday."
    [row] = rows(nlp, text, expr(text, *day), source="inferred")
    assert row.actors[0] == "Acme Corp."
    # A reported subject that is not a name stops the search: "it" is most likely that thing.
    text = "Analysts say the bank is weak. It expects to post a loss on Friday."
    [row] = rows(nlp, text, expr(text, *day), source="inferred")
    assert row.event.startswith("It expects") and row.actors == []



def test_a_date_inside_what_is_reported_or_quoted_leaves_the_scene_open(nlp):
    # "in 2026" dates the opening, not the announcing: the announcement carries on Monday's scene.
    text = ("Dana Whitfield opened the trade fair in Lyon on Monday. "
            "Dana Whitfield also announced that the fair would move to Nantes in 2026.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "2026", "2026", "2026-01-01", "2026-12-31", "year"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("announce", "2024-06-24")]
    # So does a date inside a quotation.
    text = ('Dana Whitfield opened the trade fair in Lyon on Monday. '
            'Dana Whitfield thanked the exhibitors, saying "tomorrow we start again."')
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "tomorrow", "2024-06-25", "2024-06-25"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("thank", "2024-06-24")]
    # A date of the main clause still closes the scene.
    text = ("Dana Whitfield opened the trade fair in Lyon on Monday. "
            "Dana Whitfield announced in 2023 that the fair would move to Nantes.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "2023", "2023", "2023-01-01", "2023-12-31", "year"), source="inferred")
    assert by_basis(found, "context") == []


def test_an_actors_relative_is_not_the_actor(nlp):
    # The subject across a paragraph must be the named actor, not someone the actor owns.
    text = ("Dana Whitfield opened the trade fair in Lyon on Monday.\n\n"
            "Dana Whitfield's grandfather founded the fair.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    assert by_basis(found, "context") == []


def test_a_later_sentence_giving_the_leads_actor_a_day_dates_the_lead(nlp):
    # Published on the 27th, the lead is the 26th or the 27th; "yesterday" for its actor settles it.
    text = ("Ferrante Group said it will close two plants in Dayton.\n\n"
            "Ferrante Group announced the closures at a meeting with unions yesterday.")
    found = rows(nlp, text, expr(text, "yesterday", "2024-06-26", "2024-06-26"))
    lead = next(r for r in found if r.trigger == "say")
    assert (lead.date, lead.end_date, lead.date_basis, lead.time_expression) == \
        ("2024-06-26", "2024-06-26", "context", "yesterday")
    # Another actor's day (also something the actor owns), or the publication day itself, leaves
    # the interval.
    for later in ("Union leaders announced a strike at a meeting yesterday.",
                  "Ferrante Group's pension fund sold its shares yesterday.",
                  "Ferrante Group announced the closures at a meeting with unions today."):
        text = "Ferrante Group said it will close two plants in Dayton.\n\n" + later
        phrase = "yesterday" if "yesterday" in later else "today"
        day = "2024-06-26" if phrase == "yesterday" else REF
        found = rows(nlp, text, expr(text, phrase, day, day))
        lead = next(r for r in found if r.trigger == "say")
        assert (lead.date, lead.end_date, lead.date_basis) == ("2024-06-26", REF, "publication"), later


def test_what_follows_a_report_is_not_dated_by_the_saying(nlp):
    text = ("Ferrante Group said on Tuesday that its sales fell in May. "
            "Ferrante Group cut its prices.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"), source="inferred")
    assert by_basis(found, "context") == []
    # Another report carries the saying's day on.
    text = text.replace("cut its prices", "said it would cut its prices")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("say", "2024-06-25")]


def test_a_short_name_is_the_same_actor_as_the_full_company_name():
    from timeline_cli.events.lead import same_actor

    assert same_actor("Ferrante-Busch Cos.", "Ferrante")
    assert same_actor("Ferrante Group Inc.", "Ferrante Group")
    assert not same_actor("Ferrante-Busch Cos.", "Busch Gardens")
    assert not same_actor("Co.", "Ferrante")


def test_the_second_sentence_is_news_in_the_present_perfect_or_a_present_report(nlp):
    first = "After a week of protests, attention returned to the courts today.\n\n"
    for second, trigger, day in (
            ("The appeals court has been asked by the government to lift the ban.", "ask", "2024-06-26"),
            ("A new report says hate groups grew sharply.", "say", REF)):
        text = first + second
        found = rows(nlp, text, expr(text, "today", REF, REF))
        [row] = by_basis(found, "publication")
        assert (row.trigger, row.date, row.end_date) == (trigger, day, REF), second
    # The past tense (background), a state and later sentences are not.
    for second in ("The appeals court was asked by the government to lift the ban.",
                   "The government has been reluctant to appeal.",
                   "Judges heard the case.\n\nThe appeals court has been asked to lift the ban."):
        text = first + second
        assert by_basis(rows(nlp, text, expr(text, "today", REF, REF)), "publication") == [], second


def test_a_pronoun_subject_right_after_the_dated_sentence_carries_the_scene_on(nlp):
    text = ("Police found 600 kilograms of explosives in a barn near Tralee on Sunday. "
            "They arrested two men at the farm.")
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("arrest", "2024-06-23")]
    # Not across a paragraph break, and not "it" (a thing or a clause may be meant).
    for follow in ("\n\nThey arrested two men at the farm.", " It contained detonators."):
        text = "Police found 600 kilograms of explosives in a barn near Tralee on Sunday." + follow
        found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"), source="inferred")
        assert by_basis(found, "context") == [], follow


def test_a_span_of_minutes_keeps_the_scene_and_a_conjunct_shares_the_pronoun(nlp):
    def duration(text, phrase, value):
        start = text.index(phrase)
        return TimeExpression(start, start + len(phrase), phrase, "DURATION", value, None, None, None)

    text = ("Two men robbed a jeweller in Turin on Tuesday. "
            "They stayed in the shop for six minutes and escaped on a motorbike.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 duration(text, "six minutes", "PT6M"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [
        ("stay", "2024-06-25"), ("escape", "2024-06-25")]
    # "were inside" is a state, no deed of the day; "fled", its conjunct, is.
    text = ("Two men robbed a jeweller in Turin on Tuesday. "
            "They were inside for six minutes and fled on a motorbike.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 duration(text, "six minutes", "PT6M"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("flee", "2024-06-25")]
    # A span of days or years takes the deed off the scene's day: no context date.
    for phrase, value in (("six years", "P6Y"), ("48 hours", "PT48H")):
        text = ("Two men robbed a jeweller in Turin on Tuesday. "
                f"They stayed in the shop for {phrase} and escaped on a motorbike.")
        found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                     duration(text, phrase, value), source="inferred")
        assert by_basis(found, "context") == [], phrase


def test_also_for_any_actor_of_the_lead_and_the_scene_goes_on_from_it(nlp):
    text = ("Nordwind Motors chief Dana Whitfield today unveiled the company's first electric truck in Oslo.\n\n"
            "The truck is heavy. It seats two. It costs $90,000. "
            "Dana Whitfield also announced that a battery plant would open in 2026. "
            "Dana Whitfield said the plant would employ 300 people.")
    found = rows(nlp, text, expr(text, "today", "2024-06-27", "2024-06-27"),
                 expr(text, "2026", "2026", "2026-01-01", "2026-12-31", "year"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == \
        [("announce", "2024-06-27"), ("say", "2024-06-27")]


def test_the_scene_is_the_main_clauses_date_not_a_reported_one(nlp):
    text = ("Dana Whitfield said on Sunday that she had met Renault executives on Tuesday. "
            "Dana Whitfield told reporters the talks went well.")
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"),
                 expr(text, "Tuesday", "2024-06-18", "2024-06-18"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("tell", "2024-06-23")]


def test_separately_tells_another_item_of_the_days_news(nlp):
    text = ("Ferrante Group said it will close two plants in Dayton.\n\n"
            "The plants employ 900 people. Analysts expect more cuts next year.\n\n"
            "Separately, the Ohio Supreme Court said it will postpone a ruling on the company's pension plan.")
    found = rows(nlp, text, expr(text, "next year", "2025", "2025-01-01", "2025-12-31", "year"))
    court = [r for r in by_basis(found, "publication") if "Court" in r.event]
    assert [(r.trigger, r.date, r.end_date) for r in court] == [("say", "2024-06-26", REF)]
    # Without the adverb it is background the story does not date; with a date of its own it keeps it.
    for follow in ("The Ohio Supreme Court said it will postpone a ruling on the company's pension plan.",
                   "Separately, the Ohio Supreme Court on Monday said it will postpone a ruling."):
        text = "Ferrante Group said it will close two plants in Dayton.\n\nThe plants employ 900 people.\n\n" + follow
        exprs = [expr(text, "Monday", "2024-06-24", "2024-06-24")] if "Monday" in text else []
        found = rows(nlp, text, *exprs)
        assert not [r for r in by_basis(found, "publication") if "Court" in r.event], follow


def test_a_date_in_a_clause_modifying_a_noun_neither_dates_nor_sets_the_scene(nlp):
    # "in December" dates the launch, not the announcing: "also" still dates the announcing today.
    text = ("Nordwind Motors today unveiled its first electric truck in Oslo.\n\n"
            "The truck is heavy. It seats two. It costs $90,000. "
            "Nordwind Motors also announced a van that is scheduled for launch in December.")
    found = rows(nlp, text, expr(text, "today", REF, REF),
                 expr(text, "December", "2024-12", "2024-12-01", "2024-12-31", "month"), source="inferred")
    assert [(r.trigger, r.date) for r in by_basis(found, "context")] == [("announce", REF)]
    # A row inside such a clause sets no scene for the next sentence.
    text = ("Analysts praised the demand enjoyed by Nordwind Motors trucks on Monday. "
            "Nordwind Motors hired 300 engineers.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"), source="inferred")
    assert by_basis(found, "context") == []


# ----------------------------------------------------------------------------- implied agent (events/agents.py)
def test_an_agentless_passive_of_bringing_out_names_the_leads_organisation(nlp):
    text = ("Sony Corp. on Monday unveiled a smaller PlayStation console.\n\n"
            "It is the second slim model, after the original slim model was introduced in 2009.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "2009", "2009", "2009-01-01", "2009-12-31", "year"))
    [row] = [r for r in found if r.trigger == "introduce"]
    assert row.event == "The original slim model was introduced"  # the patient stays the subject
    assert "Sony Corp." in row.actors


def test_no_implied_agent_for_other_verbs_a_by_agent_a_person_or_a_lead_led_by_a_person(nlp):
    for text, trigger in (
            ("Sony Corp. on Monday unveiled a smaller PlayStation console.\n\n"
             "Two men were arrested outside the Tokyo store in 2009.", "arrest"),
            ("Sony Corp. on Monday unveiled a smaller PlayStation console.\n\n"
             "A cheaper console was released by Nintendo in 2009.", "release"),
            ("Kazuo Hirai on Monday unveiled a smaller PlayStation console.\n\n"
             "The original slim model was introduced in 2009.", "introduce")):
        found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                     expr(text, "2009", "2009", "2009-01-01", "2009-12-31", "year"))
        [row] = [r for r in found if r.trigger == trigger]
        assert "Sony Corp." not in row.actors and "Kazuo Hirai" not in row.actors, text


# ----------------------------------------------------------------------------- a dated event mentioned again
def test_a_definite_mention_of_a_dated_event_dates_the_clause_it_is_an_argument_of(nlp):
    text = ("Sony Corp. announced on Monday that it will cut prices in Europe. "
            "The company opened a plant in Kyoto in 2009. "
            "The European Commission welcomed Sony's announcement. The announcement came at a press conference.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "2009", "2009", "2009-01-01", "2009-12-31", "year"))
    got = {(r.trigger, r.date, r.date_basis) for r in by_basis(found, "context")}
    assert got == {("welcome", "2024-06-24", "context"), ("come", "2024-06-24", "context")}


def test_no_date_for_an_indefinite_another_owners_or_a_modified_mention(nlp):
    for follow in ("The European Commission welcomed an announcement.",
                   "The European Commission welcomed Nintendo's announcement.",
                   "The European Commission had welcomed the announcement.",
                   "The European Commission welcomed the announcement of a new console."):
        text = "Sony Corp. announced on Monday that it will cut prices in Europe. " + follow
        found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
        assert "welcome" not in [r.trigger for r in found if r.date == "2024-06-24"], follow


# ----------------------------------------------------------------------------- "meanwhile"
def test_meanwhile_takes_the_date_the_sentence_before_gives_even_a_reported_quarter(nlp):
    text = ("Acme Corp. said net income fell 12% in the second quarter.\n\n"
            "Meanwhile, revenue at its Canadian unit rose 4%.")
    found = rows(nlp, text, expr(text, "the second quarter", "2024-Q2", "2024-04-01", "2024-06-30", "quarter"))
    [row] = by_basis(found, "context")
    assert (row.trigger, row.value, row.time_expression) == ("rise", "2024-Q2", "the second quarter")


def test_meanwhile_needs_a_dated_sentence_right_before_and_a_simple_past(nlp):
    quarter = "Acme Corp. said net income fell 12% in the second quarter. "
    for follow in ("The unit employs 300 people. Meanwhile, revenue at its Canadian unit rose 4%.",
                   "Meanwhile, revenue at its Canadian unit will rise 4%.",
                   "Meanwhile, revenue at its Canadian unit rose 4% in 2022."):
        text = quarter + follow
        exprs = [expr(text, "the second quarter", "2024-Q2", "2024-04-01", "2024-06-30", "quarter")]
        if "2022" in text:
            exprs.append(expr(text, "2022", "2022", "2022-01-01", "2022-12-31", "year"))
        assert [r.trigger for r in rows(nlp, text, *exprs) if r.value == "2024-Q2" and r.trigger == "rise"] == [], follow


# ----------------------------------------------------------------------------- "the day before" (events/apposed.py)
def test_a_clause_counted_in_days_from_a_date_gets_that_day(nlp):
    text = ("He was last seen June 3, the day before police issued a warrant for his arrest. "
            "The talks collapsed on June 12, the day after the minister resigned. "
            "She arrived in Paris on June 20, two days before the summit opened.")
    found = rows(nlp, text, expr(text, "June 3", "2024-06-03", "2024-06-03"),
                 expr(text, "June 12", "2024-06-12", "2024-06-12"), expr(text, "June 20", "2024-06-20", "2024-06-20"))
    got = {(r.trigger, r.date) for r in by_basis(found, "context")}
    assert got == {("issue", "2024-06-04"), ("resign", "2024-06-11"), ("open", "2024-06-22")}


def test_no_count_no_day_unit_or_a_date_of_its_own_gives_no_row(nlp):
    for follow, phrase in ((", weeks before police issued a warrant.", None),
                           (", the week before police issued a warrant.", None),
                           (", the day before police issued a warrant on June 5.", "June 5")):
        text = "He was last seen June 3" + follow
        exprs = [expr(text, "June 3", "2024-06-03", "2024-06-03")]
        if phrase:
            exprs.append(expr(text, phrase, "2024-06-05", "2024-06-05"))
        assert [r for r in rows(nlp, text, *exprs) if r.trigger == "issue" and r.date == "2024-06-04"] == [], follow
