"""Round 50a: "it" and "which" given a noun that did not act (docs/events.md, "Subject resolution").

* A passive "it" of a verb whose subject is a happening ("held", "postponed": the pack's
  `held_verbs`) is the one event noun before it in its own sentence, not the body named nearer: "If
  the council backs a ballot, the mayor said it would be held in the spring" -> "A ballot would be
  held" (no council is held); two event nouns leave "it" (no row).
* A subject "it" of a "when" clause with an object, hung on a verb a body was asked to do, is that
  body when people asked: "Campaigners asked the regulator to consider the complaint when it reviews
  the licence in June" -> "The regulator reviews the licence"; when the one who asks may be a body
  too ("Acme asked the regulator ... when it files its accounts") "it" is unsure: no row.
* A comma's object "which" hung on a place's name right after "a/the N in/at" ("a warehouse in
  Rotterdam, which customs agents raided") may be the thing or the place: no row, rather than
  "Customs agents raided Rotterdam". A place named alone ("Kyiv, which drones attacked") keeps it.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 2)


def _described(nlp, text: str) -> dict[str, str]:
    """{time expression: description} of the text's dated rows."""
    return {r.time_expression: r.event for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_held_it_is_the_event_noun(nlp):
    rows = _described(nlp, "If the council approves a ballot, the mayor said it would be held in the spring of 2027.")
    assert rows["the spring of 2027"].startswith("A ballot would be held")


def test_held_it_not_the_government(nlp):
    text = ("If the government agrees to a referendum, officials have said it could be held alongside the "
            "municipal elections in October 2027.")
    rows = timeline_rows(nlp, text, DAY)
    row = next(r for r in rows if r.time_expression == "October 2027")
    assert row.event.startswith("A referendum could be held")
    assert row.value == "2027-10" and row.status == "expected"


def test_held_it_two_events_unsure(nlp):
    rows = _described(nlp, "Acme said the summit and the meeting were planned, but it was postponed on Monday.")
    assert "Monday" not in rows


def test_other_passive_keeps_its_subject(nlp):
    # "fined" is no happening's verb: the club is fined (near-miss, unchanged)
    rows = _described(nlp, "The club signed a striker, and it was fined on Friday.")
    assert rows["Friday"] == "The club was fined"


def test_asked_body_it(nlp):
    rows = _described(nlp, "Campaigners asked the regulator to consider the complaint when it reviews the licence in June.")
    assert rows["June"] == "The regulator reviews the licence"


def test_asked_body_it_after_an_earlier_thing(nlp):
    text = ("The trial was heard over nine days last November. The lawyers said the award was among the largest "
            "made to a whistleblower in Australia, and that they would ask the government to use the case when "
            "it reviews whistleblower protections later this year.")
    rows = _described(nlp, text)
    assert rows["later this year"].startswith("The government reviews")


def test_asked_by_a_body_unsure(nlp):
    rows = _described(nlp, "Acme asked the regulator to approve the deal when it files its accounts in May.")
    assert "May" not in rows


def test_which_after_thing_in_place_unsure(nlp):
    for text in ("The stolen paintings were taken to a warehouse in Rotterdam, which customs agents raided on Friday.",
                 "Police said the converters were sold to a scrapyard in the Midlands, which officers searched on Wednesday.",
                 "The company moved its archive to a depot at Crewe, which inspectors visited on Monday."):
        rows = timeline_rows(nlp, text, DAY)
        assert not any(r.time_expression in ("Friday", "Wednesday", "Monday") for r in rows), text


def test_which_after_a_place_alone_stays(nlp):
    rows = _described(nlp, "The minister travelled to Kyiv, which Russian drones attacked on Tuesday.")
    assert rows["Tuesday"] == "Russian drones attacked Kyiv"
    rows = _described(nlp, "The firm bought a factory, which it closed on Monday.")
    assert rows["Monday"] == "The firm closed a factory"
