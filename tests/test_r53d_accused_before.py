"""Round 53d: a "they" done to the accused, with the police the nearer subject, written as the accused
named plainly in the sentences before; and a custody's "until" date kept off the remanding
(docs/events.md, round 53d).

* "The suspects were arrested ... Detectives seized two shotguns. They appeared at Tralee District
  Court on Monday" -> "The suspects appeared at Tralee District Court" (round 52b left "they" and
  lost the row). A count ("Two brothers"), or two accused nouns ("the drivers ... the owners") leave
  "they" as written: no row, never "Officers appeared".
* "were remanded in custody until June 4" dates the next hearing, not the remanding: no row on
  June 4; "The hearing was adjourned until June 4" and "was jailed on May 2" keep theirs.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 5, 6)


def _described(nlp, text: str) -> dict[str, str]:
    """{time expression: description} of the text's dated rows."""
    return {r.time_expression: r.event for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_appeared_in_court_is_the_suspects(nlp):
    text = ("The suspects were arrested at a farmhouse near Tralee early on Saturday, police said. Detectives "
            "seized two shotguns and a van. They appeared at Tralee District Court on Monday.")
    rows = {r.time_expression: r for r in timeline_rows(nlp, text, DAY) if r.time_expression}
    assert rows["Monday"].event.startswith("The suspects appeared at Tralee District Court")
    assert rows["Monday"].value == "2026-05-04"
    assert rows["Monday"].status == "occurred"


def test_pleaded_not_guilty_is_the_protesters(nlp):
    text = ("The protesters were charged with trespass at the airport on Thursday. Prosecutors dropped a second "
            "count. They pleaded not guilty at Southwark Crown Court on Friday.")
    assert _described(nlp, text)["Friday"].startswith("The protesters pleaded not guilty")


def test_two_accused_nouns_leave_they(nlp):
    text = ("The drivers were fined on Monday and the owners were charged with negligence. Officers impounded "
            "the lorries. They appeared at Bristol Magistrates Court on Wednesday.")
    events = [r.event for r in timeline_rows(nlp, text, DAY)]
    assert not any("appeared" in e for e in events)


def test_a_count_leaves_they(nlp):
    text = ("Two brothers were arrested in Cork on Sunday. Officers seized 9,000 euros in cash. They appeared "
            "at Cork District Court on Tuesday.")
    events = [r.event for r in timeline_rows(nlp, text, DAY)]
    assert not any("appeared" in e for e in events)


def test_police_acts_keep_the_police(nlp):
    text = ("The suspects were arrested in Galway on Friday. Officers searched the house. They seized "
            "phones and cash on Saturday.")
    assert not _described(nlp, text).get("Saturday", "").startswith("The suspects")


def test_remanded_until_is_no_date_of_the_remanding(nlp):
    text = "A man was remanded in custody until June 4 by magistrates in Leeds, police said."
    assert "June 4" not in _described(nlp, text)


def test_adjourned_until_and_jailed_on_keep_their_rows(nlp):
    assert "June 4" in _described(nlp, "The hearing was adjourned until June 4 by the judge in Leeds.")
    assert "May 2" in _described(nlp, "A former mayor of Leeds was jailed on May 2 for fraud.")
