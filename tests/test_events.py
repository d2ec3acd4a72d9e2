"""Event rows from parsed sentences: anchoring, description, trigger, status, actors, vague dates.

The time expressions are written by hand (offsets found in the text), so these tests exercise the
event layer alone; the sentences are parsed with the real model.
"""
from __future__ import annotations

import pytest

from timeline_cli.events import extract_events, line_blocks
from timeline_cli.records import Event, TimeExpression

REF = "2024-06-27"  # a Thursday


def expr(text: str, phrase: str, value: str, date: str | None = None, end: str | None = None, *,
         type: str = "DATE", granularity: str | None = "day", occurrence: int = 0) -> TimeExpression:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return TimeExpression(start, start + len(phrase), phrase, type, value, date, end or date,
                          granularity if date else None)


def day(text: str, phrase: str, value: str, occurrence: int = 0) -> TimeExpression:
    """A day's expression; `value` is its ISO date."""
    return expr(text, phrase, value, value, occurrence=occurrence)


def month(text: str, phrase: str, value: str) -> TimeExpression:
    """A month's expression; `value` is "YYYY-MM" (its end date is the 28th: no test needs the last day)."""
    return expr(text, phrase, value, f"{value}-01", f"{value}-28", granularity="month")


def year(text: str, phrase: str, value: str | None = None) -> TimeExpression:
    """A year's expression; `value` is "YYYY", the phrase itself when it is the year ("in 2022")."""
    value = value or phrase
    return expr(text, phrase, value, f"{value}-01-01", f"{value}-12-31", granularity="year")


def rows(nlp, text: str, *expressions: TimeExpression, include_vague: bool = False) -> list[Event]:
    """The rows the given time expressions date (`date_basis` text). The rows a lead or a dated scene
    gives undated sentences are tested in tests/test_lead.py."""
    return [row for row in extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                                          reference_source="option", include_vague=include_vague)
            if row.date_basis == "text"]


def only(nlp, text, *expressions, **kw) -> Event:
    found = rows(nlp, text, *expressions, **kw)
    assert len(found) == 1, found
    return found[0]


# ----------------------------------------------------------------------------- anchoring
def test_prepositional_date_anchors_the_verb_it_modifies(nlp):
    text = "Officials said that Putin visited Pyongyang on Wednesday."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.trigger == "visit"  # not the sentence root "said"
    assert text[row.trigger_start:row.trigger_end] == "visited"
    assert (row.date, row.end_date, row.value) == ("2024-06-26", "2024-06-26", "2024-06-26")
    assert (row.start, row.end, row.time_expression) == (text.index("Wednesday"), text.index("Wednesday") + 9, "Wednesday")


def test_bare_noun_date_anchors_its_verb(nlp):
    text = "The company announced the merger last week."
    row = only(nlp, text, expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23", granularity="week"))
    assert row.trigger == "announce"
    assert text[row.trigger_start:row.trigger_end] == "announced"


def test_date_of_an_event_noun_dates_the_noun(nlp):
    text = "South Korea's military said that North Korea's test on Wednesday looked like the launch of a hypersonic missile."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.trigger == "test"
    assert text[row.trigger_start:row.trigger_end] == "test"
    assert row.event.startswith("North Korea's test")
    assert "Wednesday" not in row.event


def test_relative_clause_with_its_own_date_is_its_own_event(nlp):
    text = ("South Korea, which last week announced it would reconsider its policy on weapons supplies, "
            "announced on Thursday that it would impose sanctions against four Russian ships.")
    found = rows(nlp, text,
                 expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23", granularity="week"),
                 expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert [(r.value, r.trigger) for r in found] == [("2024-W25", "announce"), ("2024-06-27", "announce")]
    relcl, main = found
    assert text[relcl.trigger_start:relcl.trigger_end] == "announced"
    assert relcl.trigger_start == text.index("announced")
    assert main.trigger_start == text.index("announced", relcl.trigger_start + 1)
    # Each description holds its own clause only, with the antecedent as actor.
    assert "reconsider" in relcl.event and "sanctions" not in relcl.event
    assert "sanctions" in main.event and "reconsider" not in main.event
    assert main.event.startswith("South Korea announced")
    assert relcl.actors[0] == "South Korea" and main.actors[0] == "South Korea"
    assert "last week" not in relcl.event and "Thursday" not in main.event


def test_control_verb_hands_the_row_to_the_event_it_controls(nlp):
    text = "Incheon Airport had to close on Wednesday because of the balloons."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.trigger == "close"
    assert row.event.startswith("Incheon Airport had to close")


# ----------------------------------------------------------------------------- description
def test_description_is_actor_verb_object_without_the_date_or_other_clauses(nlp):
    text = ("Russian President Vladimir Putin was in Pyongyang last week on a high-level state visit, "
            "highlighting his growing ties with leader Kim Jong Un.")
    row = only(nlp, text, expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23", granularity="week"))
    assert row.event == "Russian President Vladimir Putin was in Pyongyang on a high-level state visit"
    assert row.sentence == text


def test_long_description_is_trimmed(nlp):
    text = ("South Korea announced on Thursday that it would impose unilateral sanctions against four Russian "
            "ships and eight North Korean individuals for weapons deliveries and oil transfers between the "
            "two countries.")
    row = only(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert row.event.startswith("South Korea announced that it would impose unilateral sanctions")
    assert len(row.event.split()) <= 20
    assert "Thursday" not in row.event


def test_report_dates_the_announcement_not_the_reported_test(nlp):
    text = ('North Korea claims to have "successfully conducted a test of individual mobile warheads," the '
            "state-run Korean Central News Agency announced on Thursday, June 27. South Korea's military said "
            "that North Korea's test on Wednesday looked like the launch of a hypersonic missile.")
    found = rows(nlp, text, expr(text, "Thursday, June 27", "2024-06-27", "2024-06-27"),
                 expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    by_date = {r.date: r for r in found}
    assert by_date["2024-06-27"].trigger == "announce"
    assert by_date["2024-06-27"].actors[0] == "Korean Central News Agency"
    assert by_date["2024-06-26"].trigger == "test"
    assert by_date["2024-06-26"].trigger_start == text.index("test on Wednesday")
    assert not [r for r in found if r.trigger in ("test", "conduct", "claim") and r.date == "2024-06-27"]


# ----------------------------------------------------------------------------- status
@pytest.mark.parametrize(
    "text, phrase, value, date, end, status, trigger",
    [
        ("Russia attacked the city on Monday.", "Monday", "2024-06-24", "2024-06-24", None, "occurred", "attack"),
        ("The minister will visit Paris next week.", "next week", "2024-W27", "2024-07-01", "2024-07-07", "expected", "visit"),
        ("The summit opens in Geneva next Tuesday.", "next Tuesday", "2024-07-02", "2024-07-02", None, "expected", "open"),
        ("North Korean soldiers are expected to arrive in Ukraine next month.", "next month", "2024-07",
         "2024-07-01", "2024-07-31", "expected", "arrive"),
        ("The company plans to open a factory in Texas next year.", "next year", "2025", "2025-01-01",
         "2025-12-31", "planned", "open"),
        ("The talks are scheduled to resume on Friday.", "Friday", "2024-06-28", "2024-06-28", None, "planned", "resume"),
        ("The two leaders did not meet on Monday.", "Monday", "2024-06-24", "2024-06-24", None, "negated", "meet"),
        ("Kim never visited Seoul in 2019.", "2019", "2019", "2019-01-01", "2019-12-31", "negated", "visit"),
        ("Allied navies are holding exercises this week near the border.", "this week", "2024-W26",
         "2024-06-24", "2024-06-30", "ongoing", "hold"),
        # An obligation or a counterfactual is not something that happened (issue 10, item 6).
        ("Under the ruling, the company must pay the fine on Monday.", "Monday", "2024-06-24", "2024-06-24",
         None, "expected", "pay"),
        ("The board should have approved the merger on Monday.", "Monday", "2024-06-24", "2024-06-24",
         None, "expected", "approve"),
    ],
)
def test_status(nlp, text, phrase, value, date, end, status, trigger):
    granularity = "day" if len(value) == 10 else "other"
    row = only(nlp, text, expr(text, phrase, value, date, end, granularity=granularity))
    assert (row.trigger, row.status) == (trigger, status)


def test_participle_over_the_reference_period_is_ongoing(nlp):
    text = "The exercises, taking place from Thursday to Saturday, include an aircraft carrier."
    row = only(nlp, text, expr(text, "from Thursday to Saturday", "2024-06-27/2024-06-29", "2024-06-27",
                               "2024-06-29"))
    assert row.status == "ongoing"
    assert (row.date, row.end_date) == ("2024-06-27", "2024-06-29")
    assert "Thursday" not in row.event and row.event.startswith("The exercises")


# ----------------------------------------------------------------------------- actors
def test_actors_subject_first_deduplicated_possessive_stripped(nlp):
    text = "South Korea's military and Japan held joint drills with the United States on Monday, Japan said."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.actors[:2] == ["South Korea", "Japan"]
    assert "United States" in row.actors
    assert len(row.actors) == len({a.casefold() for a in row.actors})
    assert not any(a.endswith("'s") for a in row.actors)


def test_object_actor_comes_after_subject(nlp):
    text = "Germany signed a trade agreement with Japan on Monday."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.actors == ["Germany", "Japan"]


# ----------------------------------------------------------------------------- what is a row
def test_vague_dates_are_dropped_unless_asked_for(nlp):
    text = "The government announced new measures recently."
    vague = expr(text, "recently", "PAST_REF")
    assert rows(nlp, text, vague) == []
    kept = rows(nlp, text, vague, include_vague=True)
    assert len(kept) == 1 and kept[0].date is None and kept[0].trigger == "announce"


def test_durations_and_sets_are_never_rows(nlp):
    text = "North Korea has been sending balloons for three days and holds drills every week."
    found = rows(nlp, text,
                 expr(text, "three days", "P3D", type="DURATION"),
                 expr(text, "every week", "P1W", type="SET"), include_vague=True)
    assert found == []


def test_undated_events_get_no_row_from_a_time_expression(nlp):
    text = "Pyongyang is intensifying weapons testing. Seoul resumed broadcasts on Wednesday."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert [r.trigger for r in found] == ["resume"]


def test_headline_without_full_stop_is_a_sentence_boundary(nlp):
    text = ("North Korea is militarily supporting Russia in its invasion of Ukraine\n\n"
            "Next month, North Korean soldiers are expected to arrive in Ukraine, Pyongyang announced.")
    row = only(nlp, text, expr(text, "Next month", "2024-07", "2024-07-01", "2024-07-31", granularity="month"))
    assert row.trigger == "arrive" and row.status == "expected"
    assert row.sentence.startswith("Next month, North Korean soldiers")
    assert "supporting" not in row.sentence and "supporting" not in row.event


def test_sentence_is_whitespace_collapsed(nlp):
    text = "The ministry   confirmed\nthe  closure on Wednesday."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.sentence == "The ministry confirmed the closure on Wednesday."


def test_rows_are_plain_records(nlp):
    text = "Putin visited Pyongyang on Wednesday."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    for value in row.to_dict().values():
        assert value is None or isinstance(value, (str, int, list))
    assert row.sources == ["a.txt"] and row.source == "a.txt"
    assert (row.reference_date, row.reference_source) == (REF, "option")


def test_line_blocks_split_at_blank_lines_and_headlines():
    text = "Flash Balloons\n\nFor three days, balloons fell.\nThey landed.\nA headline\nBody text."
    blocks = [text[a:b] for a, b in line_blocks(text)]
    assert blocks == ["Flash Balloons", "For three days, balloons fell.\nThey landed.", "A headline",
                      "Body text."]


def test_line_break_component_sets_sentence_starts():
    import spacy

    import timeline_cli.events  # noqa: F401  (registers the component)

    nlp = spacy.blank("en")
    nlp.add_pipe("timeline_line_breaks")
    doc = nlp("North Korea Supports Russia\nNext month, troops arrive.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Next" in starts


def test_fronted_participle_takes_the_main_clause_subject(nlp):
    text = "Touring the capital on Thursday, Albright said the embassy would reopen."
    row = only(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert row.trigger == "tour"
    assert row.event.startswith("Albright was touring the capital")  # "was" written back (round 66b)
    assert row.actors[0] == "Albright"


def test_a_date_that_bounds_a_period_is_no_row(nlp):
    text = "The company posted a loss for the quarter ended Sept. 30."
    found = rows(nlp, text, expr(text, "the quarter", "2024-Q3", "2024-07-01", "2024-09-30", granularity="quarter"),
                 expr(text, "Sept. 30", "2024-09-30", "2024-09-30"))
    assert [r.time_expression for r in found] == ["the quarter"]
    assert found[0].trigger == "loss"  # a light verb is named by the amount it reports


def test_trimmed_description_does_not_end_on_a_conjunction(nlp):
    text = ("The FBI and Kenyan police said on Monday that a suspect had not admitted any role in the crimes "
            "or in the planning of the attacks on the two embassies in Nairobi and Dar es Salaam last month.")
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.trigger == "say"
    assert not row.event.endswith((" or", " and", " in", " the", ","))
    assert len(row.event.split()) <= 21


def test_when_clause_on_a_date_is_the_event_of_that_date(nlp):
    text = "The index fell 6.8% from Oct. 13, when Wall Street's plunge sparked the current weakness."
    row = only(nlp, text, expr(text, "Oct. 13", "1989-10-13", "1989-10-13"))
    assert row.trigger in ("spark", "plunge")
    assert "sparked" in row.event and "fell" not in row.event


def test_he_is_resolved_to_the_last_person_named(nlp):
    text = "Pat Ryder is the Pentagon spokesman. He visited Seoul on Monday."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.actors[0] == "Pat Ryder"
    assert row.event.startswith("Pat Ryder visited Seoul")  # the description names him too (events/actors.py)


def test_they_is_not_resolved(nlp):
    text = "Kim met Putin. They signed an agreement on Wednesday."
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.actors == []


def test_a_model_year_is_not_the_date_of_the_clause(nlp):
    text = "Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark airport, the FBI said."
    found = rows(nlp, text, expr(text, "1987", "1987", "1987-01-01", "1987-12-31", granularity="year"),
                 expr(text, "last month", "2024-05", "2024-05-01", "2024-05-31", granularity="month"))
    assert [(r.time_expression, r.trigger) for r in found] == [("last month", "discover")]


def test_a_scheduled_event_noun_is_the_event(nlp):
    text = "The issue is expected to dominate a NATO summit set for Washington in April."
    row = only(nlp, text, expr(text, "April", "2025-04", "2025-04-01", "2025-04-30", granularity="month"))
    assert (row.trigger, row.status) == ("summit", "planned")
    assert row.event == "A NATO summit set for Washington" and row.actors == ["NATO", "Washington"]


def test_an_expected_event_noun_is_expected(nlp):
    text = "Shareholders will receive $3,500 a share at the closing, which is expected in December."
    row = only(nlp, text, expr(text, "December", "2024-12", "2024-12-01", "2024-12-31", granularity="month"))
    assert (row.trigger, row.status) == ("closing", "expected")


def test_date_after_an_event_noun_in_a_prepositional_phrase_dates_the_noun(nlp):
    text = ("Another man has been arrested in connection with the bombings of U.S. embassies in Kenya "
            "and Tanzania last year, police said.")
    row = only(nlp, text, expr(text, "last year", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert row.trigger == "bombing"
    assert row.event.startswith("The bombings of U.S. embassies") and "arrested" not in row.event


def test_a_dated_in_at_during_phrase_sets_the_scene_and_the_clause_is_the_event(nlp):
    text = "The minister was killed in a bombing in 1995."
    row = only(nlp, text, expr(text, "1995", "1995", "1995-01-01", "1995-12-31", granularity="year"))
    assert (row.trigger, row.event) == ("kill", "The minister was killed in a bombing")
    text = "In over-the-counter trading Friday, Acme closed at $21.25, down 50 cents."
    row = only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert (row.trigger, row.event) == ("close", "Acme closed at $21.25 down 50 cents")
    text = "The senator said in a radio interview Monday that the bill was dead."
    assert only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24")).trigger == "say"


def test_a_date_before_its_event_noun_still_dates_the_noun(nlp):
    # "the Oct. 23 killing": the date is the killing's, not the involvement's.
    text = "Officials played down the chance that he was involved in the Oct. 23 killing of the doctor."
    row = only(nlp, text, expr(text, "Oct. 23", "2023-10-23", "2023-10-23"))
    assert row.trigger == "killing"


# ----------------------------------------------------------------------------- covered predicates
def covered_words(nlp, text: str, *expressions: TimeExpression) -> dict[str, list[str]]:
    """trigger word -> the words of the predicates its row covers."""
    from timeline_cli.event_evaluation import covered_predicates

    doc = nlp(text)
    out = {}
    for row in extract_events(doc, list(expressions), source="a.txt", reference_date=REF,
                              reference_source="option"):
        if row.date_basis != "text":
            continue
        token = doc.char_span(row.trigger_start, row.trigger_end).root
        out[token.text] = [t.text for t in covered_predicates(token)]
    return out


def test_support_verb_and_its_event_noun_object_are_covered_together(nlp):
    text = "The bank completed the acquisition of a rival last week."
    assert covered_words(nlp, text, expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23",
                                         granularity="week")) == {"completed": ["acquisition"]}
    text = "The company posted a net loss in the third quarter."
    found = covered_words(nlp, text, expr(text, "the third quarter", "2024-Q3", "2024-07-01", "2024-09-30",
                                          granularity="quarter"))
    assert found == {"posted": ["loss"]}  # the verb keeps the row; its amount object is covered


def test_aspectual_verb_and_its_complement_are_covered_together(nlp):
    text = "Intel began notifying customers on Friday."
    assert covered_words(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")) == {"began": ["notifying"]}
    text = "Police officials declined to comment on Saturday."
    assert covered_words(nlp, text, expr(text, "Saturday", "2024-06-22", "2024-06-22")) == {"declined": ["comment"]}


def test_a_date_right_after_a_reporting_verb_dates_the_report(nlp):
    text = "Police said on Tuesday they had arrested 14 people in the port."
    assert only(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25")).trigger == "say"
    text = "The airline said third-quarter net income dropped 8% to $33 million."
    row = only(nlp, text, expr(text, "third-quarter", "2024-Q3", "2024-07-01", "2024-09-30", granularity="quarter"))
    assert row.trigger != "say"


def test_a_past_dated_infinitive_is_what_its_verb_aimed_at(nlp):
    text = "The governments invited the party to rejoin the talks two weeks ago."
    row = only(nlp, text, expr(text, "two weeks ago", "2024-06-13", "2024-06-13"))
    assert row.trigger == "invite"
    text = "Three ministers voted to support the republic on Friday."
    assert only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")).trigger == "vote"
    text = "Last April, the investors planned to acquire a third of the company."
    row = only(nlp, text, expr(text, "Last April", "2024-04", "2024-04-01", "2024-04-30", granularity="month"))
    assert (row.trigger, row.status) == ("plan", "occurred")


def test_a_past_dated_infinitive_after_an_object_is_what_the_verb_aimed_at(nlp):
    # The parser reads "to buy" as the object's clause or as a purpose clause; the offers were
    # improved on Friday, the purchase did not happen then.
    text = "Two rival bidders improved their offers to buy the Ohio steel maker Friday."
    assert only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")).trigger == "improve"
    text = "The union sent organizers to visit the plant on Friday."
    assert only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")).trigger == "send"
    # A future date keeps the aim: "improved their offers to buy the company next month".
    text = "Two rival bidders improved their offers to buy the Ohio steel maker next month."
    row = only(nlp, text, expr(text, "next month", "2024-07", "2024-07-01", "2024-07-31", granularity="month"))
    assert row.trigger == "buy"


def test_a_future_or_modal_infinitive_keeps_its_own_row(nlp):
    text = "Thousands of troops are expected to arrive next month."
    row = only(nlp, text, expr(text, "next month", "2024-07", "2024-07-01", "2024-07-31", granularity="month"))
    assert (row.trigger, row.status) == ("arrive", "expected")
    text = "The airport had to close on Wednesday."
    assert only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26")).trigger == "close"
    text = "The offer is scheduled to expire at the end of the month."
    row = only(nlp, text, expr(text, "the end of the month", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))
    assert row.trigger == "expire"


def test_a_simultaneous_clause_is_covered_but_not_an_after_clause(nlp):
    text = "The doctor was shot on Friday as he stood in his kitchen."
    assert covered_words(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")) == {"shot": ["stood"]}
    text = "The process concluded on Wednesday after the Netherlands gave its approval."
    assert covered_words(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26")) == {"concluded": []}


def test_reported_events_and_expectations_are_not_covered(nlp):
    text = "The company said on Monday that it had sold the unit."
    assert covered_words(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24")) == {"said": []}
    text = "The ministers are expected to arrive next month."
    assert covered_words(nlp, text, expr(text, "next month", "2024-07", "2024-07-01", "2024-07-31",
                                         granularity="month")) == {"arrive": []}


def test_a_participle_clause_and_a_participle_describing_the_event_noun_are_covered(nlp):
    text = "Albright headed to East Africa on Tuesday, seeking support for the embassies."
    assert covered_words(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25")) == {"headed": ["seeking"]}
    text = "The sites are covered by the Feb. 23 accord signed by the two leaders."
    found = covered_words(nlp, text, expr(text, "Feb. 23", "2024-02-23", "2024-02-23"))
    assert found == {"accord": ["signed"]}


def test_a_period_end_date_dates_the_clause_when_the_period_makes_no_row(nlp):
    # "the year" is a duration (no row): the end date dates what the period phrase modifies.
    text = "For the year ended Sept. 30, Ralston earned $422.5 million."
    row = only(nlp, text, expr(text, "the year", "P1Y", type="DURATION"),
               expr(text, "Sept. 30", "2024-09-30", "2024-09-30"))
    assert row.trigger == "earn" and row.time_expression == "Sept. 30"
    assert row.event.startswith("Ralston earned")
    # "the quarter" is a row of its own: it dates the increase, the end date makes no second row.
    text = "Sales increased in the quarter ended Sept. 30."
    row = only(nlp, text, expr(text, "the quarter", "2024-Q3", "2024-07-01", "2024-09-30", granularity="quarter"),
               expr(text, "Sept. 30", "2024-09-30", "2024-09-30"))
    assert row.trigger == "increase" and row.time_expression == "the quarter"


def test_a_when_clause_with_the_date_covers_the_clause_it_depends_on(nlp):
    text = "A woman was killed when two robbers fired their pistols on Thursday evening."
    found = covered_words(nlp, text, expr(text, "Thursday evening", "2024-06-27TEV", "2024-06-27"))
    # the killing is a row of its own too, dated by its "when" clause (events/linked.py)
    assert found == {"fired": ["killed"], "killed": ["fired"]}


def test_a_verb_and_the_event_noun_it_happens_in_are_covered_together(nlp):
    text = "At least four people were killed on Friday in an explosion near the embassy."
    assert covered_words(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")) == {"killed": ["explosion"]}
    text = "At least four people were killed in an explosion on Friday."  # the clause is the row
    assert covered_words(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")) == {"killed": ["explosion"]}
    text = "In composite trading yesterday, the shares rose 50 cents."
    assert covered_words(nlp, text, expr(text, "yesterday", "2024-06-26", "2024-06-26")) == {"rose": ["trading"]}
    text = "The man was charged with murder on Thursday."
    found = covered_words(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert "charged" not in [w for words in found.values() for w in words] and "murder" not in found.get("charged", [])


def test_a_relational_participle_is_not_covered(nlp):
    text = "South Korea and the US organized joint air exercises on Wednesday involving around 30 aircraft."
    found = covered_words(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert "organized" in found  # the date's row is the organizing...
    assert "involving" not in [w for words in found.values() for w in words]  # ...which covers no participle


def test_a_verb_that_reacts_to_an_event_does_not_cover_it(nlp):
    text = "The president condemned the bombings of the embassies on Tuesday."
    found = covered_words(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert "bombings" not in [w for words in found.values() for w in words]
    text = "In addition, the company reported third-quarter net income on Monday."
    found = covered_words(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert "addition" not in [w for words in found.values() for w in words]


def test_as_expected_is_no_simultaneous_clause(nlp):
    text = "As expected, Kellogg reported lower earnings on Monday."
    found = covered_words(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert "reported" in found  # Monday dates the report...
    assert "expected" not in [w for words in found.values() for w in words]  # ...and "As expected" is no clause of it


# ----------------------------------------------------------------------------- unseen-news fixes
def test_a_placed_dateline_is_no_row_and_does_not_join_the_first_sentence(nlp):
    text = ("MUNICH, June 3, 2024 — Thousands of residents were evacuated on Sunday after heavy rain, "
            "officials said on Monday.")
    found = rows(nlp, text, expr(text, "June 3, 2024", "2024-06-03", "2024-06-03"), expr(text, "Sunday", "2024-06-02", "2024-06-02"),
                 expr(text, "Monday", "2024-06-03", "2024-06-03"))
    assert [r.time_expression for r in found] == ["Sunday", "Monday"]
    said = found[1]
    assert said.trigger == "say" and said.event.startswith("Officials said") and "MUNICH" not in said.event


def test_the_agency_after_a_placed_dateline_is_not_the_first_sentences_subject(nlp):
    text = ("Wildfire spreads near Athens\n\n"
            "ATHENS, July 23, 2025 (Reuters) \u2014 Firefighters battled a wildfire near Athens on Wednesday.")
    row = only(nlp, text, expr(text, "Wednesday", "2025-07-23", "2025-07-23"))
    assert row.event.startswith("Firefighters battled") and "Reuters" not in row.actors


def test_a_bare_date_opening_a_line_may_be_a_chronology_entry_and_keeps_its_row(nlp):
    text = "June 3, 2024 — Floods forced thousands of residents from their homes."
    assert only(nlp, text, expr(text, "June 3, 2024", "2024-06-03", "2024-06-03")).trigger == "force"


def test_a_planned_event_noun_is_planned(nlp):
    text = "Officials declined to comment on the minister's planned visit on Tuesday."
    row = only(nlp, text, expr(text, "Tuesday", "2024-07-02", "2024-07-02"))
    assert (row.trigger, row.status) == ("visit", "planned")


def test_a_conjunct_without_a_conjunction_is_a_parse_error_and_shares_no_date(nlp):
    # The parser sometimes calls a clause a conjunct with no "and" or comma between the two (seen on
    # "... were evacuated on Sunday after days of heavy rain swelled rivers ..." behind a dateline).
    from spacy.tokens import Doc

    from timeline_cli.events.anchor import coordinated

    words = ["residents", "were", "evacuated", "after", "rain", "swelled", "rivers"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2, 5, 2, 5],
              deps=["nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "conj", "dobj"])
    assert not coordinated(doc[2], doc[5])
    words = ["people", "were", "killed", "and", "wounded"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj"])
    assert coordinated(doc[2], doc[4])
    text = "100 people were killed and 1,000 wounded on Friday."
    assert sorted(r.trigger for r in rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))) == ["kill", "wound"]


def test_a_noun_after_a_prepositional_participle_is_described_by_its_clause(nlp):
    text = "The insurer paid out 1.2 billion euros following floods in 2021."
    row = only(nlp, text, expr(text, "2021", "2021", "2021-01-01", "2021-12-31", granularity="year"))
    assert row.event.startswith("The insurer paid out")


def test_an_infinitive_with_its_own_subject_keeps_the_verb_that_expects_it(nlp):
    text = "The weather service expected the rain to ease by Wednesday."
    row = only(nlp, text, expr(text, "Wednesday", "2024-07-03", "2024-07-03"))
    assert (row.trigger, row.status) == ("ease", "expected")
    assert row.event == "The weather service expected the rain to ease"


def test_an_agency_dateline_does_not_join_the_first_sentence(nlp):
    text = "NEW YORK (AP) — Acme Corp. said Tuesday that it lost $45 million in the third quarter."
    row = rows(nlp, text, expr(text, "Tuesday", "2024-10-22", "2024-10-22"))[0]
    assert row.trigger == "say" and row.event.startswith("Acme Corp. said") and row.actors[0] == "Acme Corp."


def test_a_since_phrase_leaves_no_dangling_since(nlp):
    text = "The shares have lost nearly half their value since January."
    row = only(nlp, text, expr(text, "January", "2024-01", "2024-01-01", "2024-01-31", granularity="month"))
    assert row.event == "The shares have lost nearly half their value"


def test_a_when_clause_after_an_adverbial_date_does_not_take_the_main_verbs_date(nlp):
    text = ("The talks began earlier this month, when both delegations arrived in the capital on Nov. 3.")
    found = rows(nlp, text, expr(text, "earlier this month", "2023-11", "2023-11-01", "2023-11-30", granularity="month"),
                 expr(text, "Nov. 3", "2023-11-03", "2023-11-03"))
    assert [(r.time_expression, r.trigger) for r in found] == [("earlier this month", "begin"), ("Nov. 3", "arrive")]


def test_a_date_on_an_event_before_or_after_the_clause_does_not_describe_the_clause(nlp):
    # Issue 10, item 4: "Before Friday's announcement, the minister said ..." does not date the saying.
    for text, day in (("Before Friday's announcement, the minister said the plan was ready.", "Friday"),
                      ("Ahead of Monday's meeting, the union said it would strike.", "Monday")):
        row = only(nlp, text, expr(text, day, "2024-06-21", "2024-06-21"))
        assert row.trigger in ("announcement", "meeting") and "said" not in row.event, text
    # A noun the clause happens in is still described by its clause.
    text = "The minister was killed in a bombing on Friday."
    assert only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21")).event.startswith(
        "The minister was killed")


def test_a_quoted_request_is_no_row(nlp):
    # Issue 10, items 4 and 5: a date inside a quoted order or request is not the article's present.
    for text, day in (('In an e-mail sent last year, Hale wrote: "Call me Sunday night at 8 PM."', "Sunday night"),
                      ('"Meet me at the station on Sunday," the letter said.', "Sunday")):
        assert rows(nlp, text, expr(text, day, "2024-06-23", "2024-06-23")) == [], text
    # A quoted statement with a subject keeps its row ("I" is the named speaker; "we", whom the row
    # cannot name, is no row: events/finite.py).
    text = '"I will vote on Sunday," Hale said.'
    assert only(nlp, text, expr(text, "Sunday", "2024-06-30", "2024-06-30")).trigger == "vote"



def test_a_when_clause_right_after_the_date_happened_then_too(nlp):
    text = "The pharmacist was closing his shop last winter when he was robbed at gunpoint."
    found = rows(nlp, text, expr(text, "last winter", "2023-WI", "2023-12-01", "2024-02-29", granularity="season"))
    assert {(r.trigger, r.value) for r in found} == {("close", "2023-WI"), ("rob", "2023-WI")}


@pytest.mark.parametrize("text, earlier, later, trigger", [
    ("Economists expect prices to keep rising into the spring and through the summer of 2025, when demand will ease.",
     "the spring", "the summer of 2025", "ease"),
    ("Sales fell in the third quarter and in the fourth quarter, when the plant closed.",
     "the third quarter", "the fourth quarter", "close"),
    ("In contrast to Monday, when two men were arrested, protesters were calmer on Tuesday.", "Monday", "Tuesday", "arrest"),
])
def test_a_when_clause_belongs_to_the_date_right_before_it_only(nlp, text, earlier, later, trigger):
    found = rows(nlp, text, expr(text, earlier, "2024-03", "2024-03-01", "2024-03-31", granularity="month"),
                 expr(text, later, "2024-06", "2024-06-01", "2024-06-30", granularity="month"))
    (when,) = [r.value for r in found if r.trigger == trigger]
    assert when == ("2024-03" if trigger == "arrest" else "2024-06")
