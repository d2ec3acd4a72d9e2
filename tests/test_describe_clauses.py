"""Garbled descriptions and wrong actors (issue 10, item 3): the rules of events/clauses.py and the
description fixes in events/describe.py, on sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr, only, rows
from timeline_cli.events import extract_events


# ------------------------------------------------------------------------ a reporter's own conjunct
def test_a_past_conjoined_to_a_reported_perfect_is_the_reporter_s_deed(nlp):
    text = ("The mayor said on Tuesday the city had spent 40 million dollars on repairs in March and asked "
            "residents to save water.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", granularity="month"))
    by_trigger = {row.trigger: row for row in found}
    assert by_trigger["ask"].event == "The mayor asked residents to save water"
    assert by_trigger["ask"].date == "2024-06-25"  # the saying's day, not the spending's March
    assert by_trigger["spend"].event == "The city had spent 40 million dollars on repairs"


def test_a_reporter_s_speech_act_takes_no_date_from_the_reported_clause(nlp):
    text = "The weather service said more snow was expected on Friday and warned drivers to stay at home."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert [row.trigger for row in found] == ["expect"]  # not "More snow warned drivers to stay at home"


def test_a_conjunct_in_the_reported_clause_s_own_tense_stays_there(nlp):
    text = "The mayor said the city spent 40 million dollars in March and hired 200 workers."
    found = rows(nlp, text, expr(text, "March", "2024-03", "2024-03-01", "2024-03-31", granularity="month"))
    assert "The city hired 200 workers" in [row.event for row in found]
    # the tagger calls a participle sharing "had" a past too: only a speech act is the reporter's
    text = "Officials said the storm had damaged 300 homes on Sunday and knocked out power to thousands."
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"))
    assert "The storm knocked out power to thousands" in [row.event for row in found]


# ------------------------------------------------------------------------ "it"
def test_it_is_not_a_mass_noun_subject_of_another_clause_of_its_sentence(nlp):
    text = "The safety board said that snow covered the wings of the jet shortly after it landed in Oslo on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    # (the covering is a row too, dated by its "shortly after" clause: events/linked.py)
    # not "Snow landed": the jet, the one owner in the object (events/chained.py)
    assert [r.event for r in found if r.trigger == "land"] == ["The jet landed in Oslo"]


def test_it_is_not_a_name_the_story_gives_a_person(nlp):
    text = ("Martin Hale ran the Orchid fund for a decade. Hale resigned last year. The Financial Conduct "
            "Authority, which began investigating the fund after it suspended redemptions in May 2021, said it "
            "would seek damages.")
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 11, label="PERSON")]  # the tagger misses the second mention, as it may
    found = [row for row in extract_events(doc, [expr(text, "May 2021", "2021-05", "2021-05-01", "2021-05-31",
                                                      granularity="month")],
                                           source="a.txt", reference_date=REF, reference_source="option")
             if row.date_basis == "text"]
    assert [row.event for row in found] == ["It suspended redemptions"]  # not "Hale suspended redemptions"


def test_it_still_takes_the_subject_before_when_that_is_a_thing(nlp):
    text = "The new bridge will carry four lanes. It is expected to open in the spring."
    row = only(nlp, text, expr(text, "the spring", "2024-SP", "2024-03-20", "2024-06-20", granularity="season"))
    assert row.event == "The new bridge is expected to open"


# ------------------------------------------------------------------------ relative clauses
def test_whose_is_written_as_its_antecedent_s_possessive(nlp):
    text = "Six people died, including a young farmer whose tractor was swept into the river on Saturday night."
    row = only(nlp, text, expr(text, "Saturday night", "2024-06-22TNI", "2024-06-22", type="TIME"))
    assert row.event == "A young farmer's tractor was swept into the river"
    text = "Police questioned Dana Ruiz, whose shop was robbed on Monday."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.event == "Dana Ruiz's shop was robbed"
    assert row.actors[0] == "Dana Ruiz"


def test_an_event_noun_reported_in_a_relative_clause_is_told_with_its_reporter(nlp):
    text = ("Belmont Foods opened a plant on Monday. The company, which reported a 9 percent rise in "
            "first-half sales in August, is counting on exports.")
    row = only(nlp, text, expr(text, "August", "2024-08", "2024-08-01", "2024-08-31", granularity="month"))
    assert row.trigger == "rise"  # the row is still the rise's
    assert row.event == "Belmont Foods reported a 9 percent rise in first-half sales"
    assert row.actors[0] == "Belmont Foods"


# ------------------------------------------------------------------------ spliced and cut words
def test_a_clause_conjoined_to_a_subject_is_not_part_of_it(nlp):
    text = ("Leeds, who lost their captain to an ankle injury last week, host Arsenal on Saturday, but "
            "Okafor is unlikely to play until October, the club said.")
    found = rows(nlp, text, expr(text, "last week", "2024-W25", "2024-06-17", "2024-06-23", granularity="week"),
                 expr(text, "Saturday", "2024-06-29", "2024-06-29"))
    row = next(row for row in found if row.trigger == "lose")
    assert row.event == "Leeds lost their captain to an ankle injury"
    assert "Okafor" not in row.actors
    # the parser hangs both "Leeds" and "the club" on "said": the one before it says, the other is said
    # (the date the parser gives the saying, "on Saturday" of "host", is another rule's matter)
    said = next(row for row in found if row.trigger == "say")
    assert said.event.startswith("The club said Okafor is unlikely to play")


def test_an_active_verb_has_no_by_agent(nlp):
    text = ("Output fell to 3.1 million tonnes in the first quarter from 3.5 million a year earlier, below "
            "the 3.4 million forecast by analysts in a poll.")
    row = only(nlp, text, expr(text, "the first quarter", "2024-Q1", "2024-01-01", "2024-03-31", granularity="quarter"))
    assert "by analysts" not in row.event
    assert row.event.startswith("Output fell to 3.1 million tonnes")


def test_trimming_never_leaves_a_verb_without_its_only_complement(nlp):
    text = ("Sudan's army and the rival Rapid Support Forces ended a third round of indirect talks in Jeddah on "
            "Friday without agreeing on a truce.")
    row = only(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert not row.event.endswith("without agreeing")
    assert row.event.endswith("without agreeing on a truce")


# ------------------------------------------------------------------------ a clause the parser broke up
def reparsed(nlp, text, changes):
    """`text` parsed, with some words re-attached {word: (head word, label)}: the misparse the small
    model makes of some long subjects, which these rules repair, written out so the test does not
    depend on the model's mood."""
    from spacy.tokens import Doc

    doc = nlp(text)
    index = {t.text: t.i for t in doc}
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    for word, (head, dep) in changes.items():
        heads[index[word]], deps[index[word]] = index[head], dep
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], lemmas=[t.lemma_ for t in doc],
               heads=heads, deps=deps,
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


CRASH = ("Cracked fuel lines and a crew that had not been trained to handle the leak caused the crash of a "
         "cargo plane in southern Chile last year that killed all five people on board, investigators said on "
         "Thursday.")


def test_a_finite_verb_hung_on_a_noun_of_a_relative_clause_has_the_antecedent_as_subject(nlp):
    doc = reparsed(nlp, CRASH, {"lines": ("said", "dep"), "caused": ("leak", "acl"), "killed": ("leak", "relcl")})
    found = extract_events(doc, [expr(CRASH, "last year", "2023", "2023-01-01", "2023-12-31", granularity="year"),
                                 expr(CRASH, "Thursday", "2024-06-27", "2024-06-27")],
                           source="a.txt", reference_date=REF, reference_source="option")
    by_trigger = {row.trigger: row for row in found if row.date_basis == "text"}
    # not "The leak caused the crash", and not "Investigators said" with nothing said
    assert by_trigger["cause"].event == "Cracked fuel lines and a crew caused the crash of a cargo plane in southern Chile"
    assert by_trigger["say"].event == ("Investigators said cracked fuel lines and a crew caused the crash of a "
                                       "cargo plane in southern Chile")


def test_a_participle_hung_on_a_noun_still_describes_that_noun(nlp):
    text = "Police found a car stolen in Lyon on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    # a participle (not a finite verb) is never told as "A car was stolen"; with "found" cut the
    # row "A car stolen in Lyon" has no finite verb and goes (round 19, events/hanging.py)
    assert not any("was stolen" in row.event or row.event == "A car stolen in Lyon" for row in found)


# ------------------------------------------------------------------------ elliptical conjuncts
def test_the_second_half_of_an_elliptical_coordination_has_its_own_place(nlp):
    text = "The ferry will stop in Bergen on Monday and in Stavanger on Wednesday."
    found = rows(nlp, text, expr(text, "Monday", "2024-07-01", "2024-07-01"),
                 expr(text, "Wednesday", "2024-07-03", "2024-07-03"))
    assert [row.event for row in found] == ["The ferry will stop in Bergen", "The ferry will stop in Stavanger"]
    text = "The minister visited Paris on Monday and Berlin on Tuesday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert [row.event for row in found] == ["The minister visited Paris", "The minister visited Berlin"]
    text = ("The new console goes on sale in Japan on Oct. 3 and in Europe and Australia two weeks later, "
            "the company said.")
    found = rows(nlp, text, expr(text, "Oct. 3", "2024-10-03", "2024-10-03"),
                 expr(text, "two weeks later", "2024-10-17", "2024-10-17"))
    assert [row.event for row in found] == ["The new console goes on sale in Japan",
                                            "The new console goes on sale in Europe and Australia"]


# ------------------------------------------------------------------------ words cut or spliced (r13b)
def test_a_preposition_whose_duration_is_cut_does_not_run_into_the_next_clause(nlp):
    text = ("Sweden has closed its main railway between Malmo and Lund for at least two weeks after a freight "
            "train caught fire inside a tunnel, trapping hundreds of passengers for several hours, officials "
            "said on Thursday.")
    found = rows(nlp, text, expr(text, "at least two weeks", "P2W", type="DURATION"),
                 expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    events = [row.event for row in found]
    assert not any(" for after " in event for event in events), events
    assert any(event.startswith("Sweden has closed its main railway") for event in events), events


def test_a_deadline_date_stays_the_object_of_have(nlp):
    text = ("Deputy Minister Anna Berg told a news conference that companies that had signed supply contracts "
            "before the decree would have until June 30 to complete their shipments.")
    row = only(nlp, text, expr(text, "June 30", "2024-06-30", "2024-06-30"))
    # cut, the date leaves "would have to complete" (a duty) or "would have that to complete"
    assert row.event == "Companies would have until June 30 to complete their shipments"


def test_a_whose_antecedent_keeps_its_own_possessive_apostrophe(nlp):
    text = ("Among the victims was a children's clinic whose computers were locked for six days "
            "in March 2023.")
    row = only(nlp, text, expr(text, "March 2023", "2023-03", "2023-03-01", "2023-03-31", granularity="month"))
    assert row.event.startswith("A children's clinic's computers"), row.event
