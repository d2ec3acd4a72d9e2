"""Round 32c: a "he"/"she" inside a quotation tells nothing of the speaker's gender. In '"She has
offered nothing," Varga said' the speaker speaks of someone else; read as Varga's own pronoun it made
Varga a woman (and a man elsewhere: "unsure"), so "Varga said he would call a vote" went to the one
woman named before (docs/events.md, "Round 32c")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

MAY = datetime.date(2025, 5, 2)

LEVY = (
    "WELLMOOR, England, May 2, 2025 - Mayor Clara Ostrowski vetoed the parking levy on Friday. "
    "She called it unfair to shop owners.\n\n"
    "Council leader Tomas Varga said he would call a new vote on May 20. "
    "\"She has ignored every warning from the traders,\" Varga said.\n"
)

BAN = (
    "Striker Lena Hoff was suspended for three matches on Monday after a red card. "
    "She denied the charge.\n\n"
    "Club director Piet Aalders said he would appeal the ban by June 3. "
    "\"She did nothing wrong, and she will play again,\" Aalders told reporters.\n"
)


def _row(rows, expression):
    return next(r for r in rows if r.time_expression == expression)


def test_speaker_of_a_quote_about_a_woman_keeps_his_he(nlp):
    row = _row(timeline_rows(nlp, LEVY, MAY), "May 20")
    assert row.actors == ["Tomas Varga"], row
    assert "Ostrowski" not in row.event


def test_other_topic_same_class(nlp):
    row = _row(timeline_rows(nlp, BAN, MAY), "June 3")
    assert "Hoff" not in row.event and "Hoff" not in row.actors, row
    assert row.actors == ["Piet Aalders"], row


def test_pronoun_outside_quotes_still_tells_gender(nlp):
    # near-miss: the unquoted "she" of the sentence after a name still says who she is
    text = ("Judge Rosa Imbert fined the operator on Tuesday. She said the fine would be paid by July 1.\n")
    rows = timeline_rows(nlp, text, MAY)
    row = _row(rows, "July 1")
    assert "operator" not in row.actors
    fined = _row(rows, "Tuesday")
    assert fined.actors == ["Rosa Imbert"], fined
