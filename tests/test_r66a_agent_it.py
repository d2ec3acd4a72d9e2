"""Round 66a: a subject "it" of a verb that wants a doer is never a happening's noun (agent_it.py).

- "The recall covers ..., the firm said. It expects to finish ...": "The recall expects" was told (the
  centering rule passes over the closing attribution's speaker); the pronoun is left, and the row,
  which names no one, goes (unresolved.py) rather than name a happening the doer.
- A happening may still end, start or be held: "The strike ... It ended on Thursday" keeps the strike.
- A body the story also uses as a verb ("has funded ... The fund ... It expects") keeps its noun.
- A name whose head is a happening ("the First World War", which the tagger may call an organisation)
  is no doer either.
- A quoted "she" whose quotation goes on past its sentence is not the speaker named after it.
"""
from __future__ import annotations

import datetime as dt

from timeline_cli.events.agent_it import happening, wants_doer
from timeline_cli.events.words import ENGLISH
from timeline_rows import timeline_rows

WEDNESDAY = dt.date(2026, 5, 6)


def _events(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, WEDNESDAY)}


def test_recall_is_no_one_who_expects(nlp):
    rows = _events(nlp, "Brightkettle is recalling 8,000 electric kettles, the firm said on Monday. The recall "
                        "covers two models sold since March, the firm said. It expects to finish collecting "
                        "them by Friday.")
    assert not any(event.startswith("The recall") for event in rows)
    assert rows["Brightkettle is recalling 8,000 electric kettles"].value == "2026-05-04"


def test_happening_may_still_end(nlp):
    rows = _events(nlp, "Dock workers began a strike at the port on Monday, the union said. The strike halted "
                        "all container traffic, officials said. It ended on Thursday.")
    assert rows["The strike ended"].value == "2026-04-30"


def test_happening_may_be_expected_to_finish(nlp):
    rows = _events(nlp, "A recount of the ballots is under way in Dunmore, officials said. The recount covers "
                        "two districts, officials said. It is expected to finish on Friday.")
    assert rows["The recount is expected to finish"].status == "expected"


def test_body_used_as_a_verb_still_acts(nlp):
    rows = _events(nlp, "The Harlow Community Fund was set up in 2019 and has funded 40 projects, its trustees "
                        "said. The fund now covers three towns, a spokesman said. It expects to open a fourth "
                        "office by Friday.")
    assert rows["The fund expects to open a fourth office"].value == "2026-05-08"


def test_war_named_is_a_happening(nlp):
    doc = nlp("The First World War nearly ended it. Acme Glass expects to reopen the furnace.")
    war = next(t for t in doc if t.text == "War")
    glass = next(t for t in doc if t.text == "Glass")
    assert happening(war, ENGLISH)
    assert not happening(glass, ENGLISH)


def test_verbs_that_want_a_doer(nlp):
    doc = nlp("It expects to reopen in May. It was expected to reopen in May. It ended in May.")
    subjects = [t for t in doc if t.lower_ == "it"]
    assert [wants_doer(t, ENGLISH) for t in subjects] == [True, False, False]


# A quoted "she" whose quotation goes on past its sentence ('"She served better today. I have no
# excuses," Tan said.') is not the speaker, who would say "I": the speaker is found after the closing
# mark of the quotation, not only in the pronoun's own sentence, and the story's main person is not
# taken for the pronoun when she is that speaker.

MATCH = "Ana Ruiz beat Mei Tan 6-3, 6-4 in the final on Sunday. Tan, who won the event in 2022, said she had " \
        "hurt her wrist on Friday. "


def test_quoted_she_over_two_sentences_is_not_the_speaker(nlp):
    rows = _events(nlp, MATCH + "\"She served better today. I have no excuses,\" Tan said.")
    assert "Tan served better" not in rows
    assert rows["Tan had hurt her wrist"].value == "2026-05-01"


def test_unquoted_she_keeps_the_speaker(nlp):
    rows = _events(nlp, MATCH + "She served better today, Tan said. \"I have no excuses.\"")
    assert rows["Tan served better"].value == "2026-05-06"


def test_noun_is_a_happening_only_if_its_verb_came_first(nlp):
    # "is recalling ... The recall": the deed told first, then named; "the store ... stored" later is no deed
    recall = nlp("Norvik is recalling 9,000 heaters. The recall covers two models.")
    assert happening(next(t for t in recall if t.text == "recall"), ENGLISH)
    store = nlp("The store opened in May. It plans to hire 40 people. Farmers stored their grain there.")
    assert not happening(next(t for t in store if t.text == "store"), ENGLISH)
