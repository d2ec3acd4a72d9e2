"""Round 58a: the actor of a row (docs/events.md, "Subject resolution"). A main verb the parser read
as a relative clause keeps the noun it tells, not the relative clause's subject; "the company" never
takes a union through its secretary's "Its". Sentences are new ones of the same shapes as the judged
rows, with near-misses that must not change."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 10)


def _by_expression(nlp, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in timeline_rows(nlp, text, DAY):
        found.setdefault(row.time_expression, []).append(row.event)
    return found


# "The X, in which N ... VERBed ..., began on Monday": X began, however the parser hangs "began".

def test_main_verb_read_as_relative_clause_keeps_its_noun(nlp):
    rows = _by_expression(nlp, "The tour, in which musicians who could not play at their own festivals performed "
                               "for patients instead, began on Tuesday with a concert in a children's ward and "
                               "ended on Sunday.")
    assert rows["Tuesday"] == ["The tour began with a concert in a children's ward"]  # not "Musicians began The tour"
    assert rows["Sunday"] == ["The tour ended"]  # not "Musicians ended"


def test_relative_clause_subject_is_not_the_main_verbs_in_the_judged_shape(nlp):
    rows = _by_expression(nlp, "The chain, in which relatives who could not donate to their own loved ones gave "
                               "to strangers instead, began on Monday with a kidney from an altruistic donor "
                               "and ended late on Thursday.")
    assert rows["Monday"] == ["The chain began with a kidney from an altruistic donor"]
    assert rows["Thursday"] == ["The chain ended"]


def test_parsed_main_verbs_and_true_relative_clauses_stay(nlp):
    rows = _by_expression(nlp, "The auction, during which bidders from nine countries competed by telephone, "
                               "closed on Tuesday.")
    assert rows["Tuesday"] == ["The auction closed"]
    rows = _by_expression(nlp, "Police searched the house in which the suspects had hidden the money on Tuesday.")
    assert rows["Tuesday"] == ["The suspects had hidden the money"]
    rows = _by_expression(nlp, "The project, which engineers designed in Oslo, began on Monday.")
    assert rows["Monday"] == ["The project began"]


# "The union said ... Its secretary said the company had promised": the company is no union.

def test_company_in_a_union_officers_words_is_not_the_union(nlp):
    text = ("Brightmill Foods will close its plant in Leeds, the company said on Monday. The Bakers Federation "
            "said it would fight the closure. Its president, Tom Reid, said the company had pledged in 2022 to "
            "keep the plant open.")
    rows = _by_expression(nlp, text)
    assert rows["2022"] == ["Brightmill Foods had pledged to keep the plant open"]  # not "Bakers Federation"


def test_company_with_only_the_union_named_stays_the_company(nlp):
    rows = _by_expression(nlp, "The pilots' union said it would appeal. Its general secretary, Omar Haddad, "
                               "said the company had agreed in 2024 to keep all routes.")
    assert rows["2024"] == ["The company had agreed to keep all routes"]



# "X said it had warned that Y was ... and called on ...": X called (it shares "had"), never Y.

def test_speech_act_after_a_pluperfect_warning_is_the_warners(nlp):
    rows = _by_expression(nlp, "The mayor said she had warned that the bridge was unsafe and urged the council "
                               "to close it in March.")
    assert rows["March"] == ["The mayor urged the council to close it"]  # not "The bridge urged"


def test_speech_act_of_an_organisation_after_its_warning(nlp):
    rows = timeline_rows(nlp, "The Coastal Rowing Club said it had warned in a letter last May that the slipway "
                              "was unsafe and asked the council for help this year.", DAY)
    asked = [r for r in rows if r.time_expression == "this year"]
    assert asked and asked[0].event.startswith("Coastal Rowing Club asked the council")
    assert asked[0].actors == ["Coastal Rowing Club"]


def test_other_verbs_after_a_warning_stay_the_clauses(nlp):
    rows = _by_expression(nlp, "The engineers had warned that the dam was leaking and needed repairs by June.")
    assert rows["June"] == ["The dam needed repairs"]
