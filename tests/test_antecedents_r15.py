"""Round 15: antecedents that do not agree with the pronoun (docs/events.md, "Agreement: a word
taken for a name, a speaker, a body in a 'which' aside, the speaker's company"). Sentences are this
project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows

ELECTION = ("Priya Nair has been elected president of the teachers' union. Nair won 58% of the vote, the union "
            "said on Tuesday. Her rival, deputy leader Tom Reilly, took 42%. Turnout was 27%, down from 33% "
            "at the last vote in 2021. She will take office on July 1, becoming the first woman to lead it.")


def _july(nlp, text):
    return rows(nlp, text, expr(text, "July 1", "2024-07-01", "2024-07-01", "2024-07-01"))


def test_she_is_not_a_one_word_name_nothing_shows_to_be_a_person(nlp):
    found = _july(nlp, ELECTION)
    assert found, "the row is kept for the resolver to leave open"
    assert not any(r.event.startswith("Turnout") or "Turnout" in r.actors for r in found), \
        [(r.event, r.actors) for r in found]


def test_she_still_goes_to_a_surname_of_a_person_named_in_full(nlp):
    text = ELECTION.replace("Turnout was 27%, down from 33% at the last vote in 2021.",
                            "Nair thanked her members.")
    found = _july(nlp, text)
    assert any(r.event.startswith("Nair will take office") for r in found), [r.event for r in found]


FIRE = ("Police arrested a man suspected of starting a forest fire on Evia. Officers found his car near the "
        "road, and a farmer saw him there, a police official said. The blaze, fanned by strong winds, burned "
        "for three days before crews brought it under control on Thursday.")


def test_object_it_is_not_the_speaker_of_a_closing_attribution(nlp):
    found = rows(nlp, FIRE, expr(FIRE, "Thursday", "2024-06-27", "2024-06-27", "2024-06-27"))
    assert not any("official under control" in r.event for r in found), [r.event for r in found]


ROCKET = ("Orbitra, a rocket start-up, launched its second cargo flight on Friday. The flight is a test for "
          "Orbitra, which was founded in 2018. Its first cargo flight, in 2023, failed after an engine fire. "
          "\"We learned a lot,\" Orbitra chief executive Sam Lee told reporters. He said the company hoped to "
          "fly crews in 2025.")


def test_its_is_unsure_beside_a_body_in_a_which_aside(nlp):
    found = rows(nlp, ROCKET, expr(ROCKET, "2023", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert not any(r.event.startswith("The flight's") for r in found), [r.event for r in found]


def test_the_company_in_what_its_officer_says_is_the_officer_s_company(nlp):
    text = ROCKET.replace("Orbitra chief executive", "Orbitra chief executive").replace(
        "The flight is a test for Orbitra", "The flight is a test for Orbitra and for NASA")
    found = rows(nlp, text, expr(text, "in 2025", "2025", "2025-01-01", "2025-12-31", granularity="year"))
    assert any(r.event.startswith("Orbitra hoped to fly crews") for r in found), [r.event for r in found]


def test_object_it_of_an_infinitive_is_not_the_one_who_does_it(nlp):
    text = ("Kenya and Uganda signed a deal to build a hydropower dam on the Nile. The dam will cost $4 "
            "billion. In 2021 the two governments chose Sinohydro to build it.")
    found = rows(nlp, text, expr(text, "2021", "2021", "2021-01-01", "2021-12-31", granularity="year"))
    events = [r.event for r in found]
    assert not any("to build Sinohydro" in e for e in events), events
    assert any(e.endswith("chose Sinohydro to build the dam") for e in events), events


ARREST = ("Police have arrested a man suspected of setting fire to a warehouse in Leeds in 2023. The man, a "
          "local driver, was held at his home on Monday, police spokeswoman Anna Berg said. She said "
          "detectives had linked him to two other fires in 2022.")


def test_object_him_is_the_person_noun_a_closing_attribution_reports_on(nlp):
    found = rows(nlp, ARREST, expr(ARREST, "in 2022", "2022", "2022-01-01", "2022-12-31", granularity="year"))
    assert any("linked the man to two other fires" in r.event for r in found), [r.event for r in found]


def test_a_reporter_of_the_same_gender_leaves_him_open(nlp):
    text = ARREST.replace("police spokeswoman Anna Berg said. She", "police spokesman Tom Berg said. He")
    found = rows(nlp, text, expr(text, "in 2022", "2022", "2022-01-01", "2022-12-31", granularity="year"))
    assert not any("linked the man" in r.event for r in found), [r.event for r in found]
