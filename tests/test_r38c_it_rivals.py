"""Two wrong antecedents of "it" left unsure (events/actors.py `previous_subject`, `_embedded_rival`):
a one-word name the tagger called a person that says "that it ..." is never replaced by the sentence
before's subject, and an "it" opening a "when" clause on an indirect question ("how the fund is run")
may be the asker's as well as the question's subject. Sentences written for these tests (round 38)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def _told(nlp, text):
    return [(r.time_expression, r.event) for r in timeline_rows(nlp, text, datetime.date(2026, 11, 3))
            if r.date_basis == "text"]


def test_a_speaker_tagged_a_person_is_not_replaced_by_the_sentence_before(nlp):
    found = _told(nlp, "Brennholt, the country's largest furniture maker, said on Monday it would close two "
                       "plants. The labour ministry said it had not been told of the plan. Brennholt said last "
                       "week that it had not cut any jobs this year.")
    assert not any("labour ministry had not cut" in event.lower() for _, event in found), found


def test_a_when_it_on_an_indirect_question_is_unsure(nlp):
    found = _told(nlp, "He said the board should ask how the fund is run when it meets in May.")
    assert not any(event.startswith("The fund meets") for _, event in found), found


def test_near_misses_keep_their_antecedent(nlp):
    found = _told(nlp, "The company knows the product sells well when it is cheap this winter. "
                       "The council said the plant was closed when it flooded in June.")
    assert ("this winter", "The product is cheap") in found, found
