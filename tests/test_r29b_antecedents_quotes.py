"""Antecedents of relative clauses and quotation fragments (round 29b; docs/events.md, "Round 29b:
relatives after a restrictive clause, a named person's 'who', quoted fragments"): a comma's "which"
after a restrictive relative clause, a "who" hung on the organisation in a person's "of" phrase, and
a sentence all quotation, its speaker cut, whose subject is an indefinite or "no" pronoun. Sentences
are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 7, 24)


def _told(nlp, text: str, expression: str) -> list[str]:
    return [r.event for r in timeline_rows(nlp, text, DAY) if r.time_expression == expression]


def test_a_which_after_a_restrictive_clause_is_the_outer_nouns(nlp):
    text = ("A flood warning service that sends alerts by text message, which the council set up in 2019, "
            "will be expanded next year.")
    assert _told(nlp, text, "2019") == ["The council set up a flood warning service"]
    text = ("A camera network that reads number plates at high speed, which was installed in 2021, will be "
            "switched off in March.")
    assert _told(nlp, text, "2021") == ["A camera network was installed"]


def test_a_which_after_a_place_or_a_happening_keeps_the_near_noun(nlp):
    text = "A team that won in the final, which was played in May, was honoured on Monday."
    assert _told(nlp, text, "May") == ["The final was played"]


def test_a_who_on_a_persons_group_is_the_person(nlp):
    text = ('"We have waited for this," said Gabriel Stanciu of the group Forest Watch Romania, who has '
            "campaigned for a ban since 2005.")
    assert _told(nlp, text, "2005") == [
        "Gabriel Stanciu of the group Forest Watch Romania has campaigned for a ban"]
    text = "Maria Lopez of the union Unite, who was elected in 2019, said on Friday the strike would go ahead."
    assert _told(nlp, text, "2019") == ["Maria Lopez of the union Unite was elected"]


def test_a_who_after_a_person_in_the_phrase_is_left(nlp):
    text = "A friend of John Smith, who was arrested in 2021, spoke on Monday."
    assert _told(nlp, text, "2021") == ["John Smith was arrested"]


QUOTED = """VANCOUVER, July 24, 2025 (Wire) - A court on Thursday quashed the permit for the pipeline.

Chief Ruth Alexis wept as the ruling was read. "Our parents said no fifty years ago," she said. "Today somebody listened."

"These hills took ages to grow," the minister said. "From tomorrow, no truck leaves the forest."

The mayor spoke on Wednesday. "Tomorrow nothing will be the same."

"Nobody was hurt," police said on Thursday.
"""


def test_a_quoted_fragment_with_an_indefinite_subject_gives_no_row(nlp):
    rows = timeline_rows(nlp, QUOTED, DAY)
    told = [r.event for r in rows]
    assert "Somebody listened" not in told
    assert "No truck leaves the forest" not in told
    assert "Nothing will be the same" not in told


def test_a_quotation_with_its_speaker_is_kept(nlp):
    told = [r.event for r in timeline_rows(nlp, QUOTED, DAY)]
    assert "Police said nobody was hurt" in told
    assert "A court quashed the permit for the pipeline" in told



STORY = """LISBON, July 24, 2025 (Wire) - Maria Santos swam her last race on Thursday and retired from the sport.

Santos, who won a world title in 2019, has struggled with a shoulder injury since 2023. She missed most of last season.

Santos said she would stay in swimming. She will work as a television commentator at the world championships in January.

"Our sport will miss a true champion," said federation president Rui Tavares, who announced that the national pool would be named after her.

She will be honoured at a gala next Sunday.
"""


def test_she_after_an_untold_speaker_is_the_storys_woman(nlp):
    told = [(r.event, r.actors) for r in timeline_rows(nlp, STORY, DAY) if r.time_expression == "next Sunday"]
    assert told == [("Santos will be honoured at a gala", ["Santos"])]


def test_a_role_is_kept_with_its_own_subject(nlp):
    told = [r.event for r in timeline_rows(nlp, STORY, DAY) if r.time_expression == "January"]
    assert told == ["Santos will work as a television commentator at the world championships"]


POSSESSED = """LONDON, July 24, 2025 (Wire) - The regulator on Tuesday approved the merger of the two water companies.

Not everyone welcomed Tuesday's decision. Several consumer groups said they would appeal.

Parents who packed Monday's meeting said the libraries must stay open.

Netanyahu apologized on Wednesday for a 2010 commando raid.
"""


def test_a_dates_possessive_on_one_noun_gives_no_row(nlp):
    told = [r.event for r in timeline_rows(nlp, POSSESSED, DAY)]
    assert "Tuesday's decision" not in told
    assert "Monday's meeting" not in told
    assert "The regulator approved the merger of the two water companies" in told


def test_a_dated_noun_with_words_of_its_own_is_kept(nlp):
    told = [r.event for r in timeline_rows(nlp, POSSESSED, DAY) if r.time_expression == "2010"]
    assert told == ["A commando raid"]
    text = "LONDON, July 24, 2025 (Wire) - Tuesday's vote on the budget was postponed until Friday."
    assert "Tuesday's vote on the budget was postponed" in [r.event for r in timeline_rows(nlp, text, DAY)]
