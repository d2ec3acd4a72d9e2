"""Round 53e: a "he"/"she" in or around a quotation given the speaker or a name the quotation speaks
of (docs/events.md, "Round 53e"). A speaker is never a third-person subject named inside their own
quotation; a quoted "he" is not its speaker; a quoted "he" in a new paragraph takes no one from the
paragraph before."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 5, 6)


def _rows(nlp, text):
    return [(r.time_expression, r.event, r.actors) for r in timeline_rows(nlp, text, DAY)]


def test_speaker_after_two_sentence_quote_is_not_the_name_inside(nlp):
    text = ("The union's spokeswoman, Helen Ward, spoke to reporters on Monday. \"Marco has waited two "
            "years. On Friday he finally got his pension,\" she said. She said the union would appeal on Tuesday.")
    rows = _rows(nlp, text)
    said = [r for r in rows if "said the union would appeal" in r[1]]
    assert said and all(r[1].startswith("Helen Ward said") and r[2][0] == "Helen Ward" for r in said)
    assert not any(r[1].startswith("Marco said") for r in rows)


def test_quoted_he_takes_the_name_in_the_quote_not_the_speaker(nlp):
    text = ("His lawyer, Priya Nandakumar, said outside court that the family had waited three years. "
            "\"Daniel has never had an apology. Today he has the next best thing,\" she said. "
            "She said damages could exceed 2 million pounds.")
    rows = _rows(nlp, text)
    assert not any(r[1].startswith("Priya Nandakumar has") for r in rows)
    assert not any(r[1].startswith("Daniel said") for r in rows)
    assert not any("Priya Nandakumar" in r[2] and "next best thing" in r[1] for r in rows)


def test_quoted_he_is_not_the_speaker(nlp):
    text = ("The coach, Lena Fischer, praised her striker Jonas Brandt on Sunday. "
            "\"He scored twice on Saturday,\" she said.")
    rows = _rows(nlp, text)
    assert not any("Lena Fischer scored" in r[1] for r in rows)
    assert not any(r[0] == "Saturday" and "Lena Fischer" in r[2] for r in rows)


def test_quoted_he_in_new_paragraph_takes_no_one_from_paragraph_before(nlp):
    text = ("The inquiry into the flood was opened on Monday, Inspector Paul Grady said.\n\n"
            "Maria Lopez said her flat was ruined. \"He moved in with friends on Saturday,\" she said.")
    rows = _rows(nlp, text)
    assert not any("Paul Grady moved" in r[1] for r in rows)
    assert not any(r[0] == "Saturday" and "Paul Grady" in r[2] for r in rows)
    assert any(r[0] == "Monday" for r in rows)


def test_quoted_he_in_same_paragraph_keeps_the_person_named_before(nlp):
    text = "Kurt Weber left the club on Friday. \"He signed for a Spanish side on Saturday,\" his agent said."
    rows = _rows(nlp, text)
    assert any(r[0] == "Saturday" and r[1] == "Kurt Weber signed for a Spanish side" for r in rows)


def test_unquoted_he_after_paragraph_break_keeps_the_person(nlp):
    text = "Kurt Weber left the club on Friday.\n\nHe signed for a Spanish side on Saturday, his agent said."
    rows = _rows(nlp, text)
    assert any(r[0] == "Saturday" and r[1] == "Kurt Weber signed for a Spanish side" for r in rows)
