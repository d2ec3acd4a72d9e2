"""Round 31e: an object "it" is not the subject of a clause that has an object "it" of its own. In
"The Senate approved it last week, and the president is expected to sign it", both "it"s are one
thing that the Senate acted on, so "sign it" does not become "sign Senate" (docs/events.md, "Round 31e")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 2, 11)


def _events(nlp, text):
    return [r.event for r in timeline_rows(nlp, text, DAY)]


def test_the_body_that_approved_it_is_not_what_is_signed(nlp):
    events = _events(nlp, "The bill cleared the lower house by 112 votes to 31 on Wednesday. The Senate approved "
                          "it last week, and President Brigid Nolan is expected to sign it into law before the "
                          "end of the month.")
    assert not any("Senate into law" in e for e in events), events


def test_the_parliament_that_debated_it_is_not_vetoed(nlp):
    events = _events(nlp, "The ministry drafted the decree in May. Parliament debated it in June, and the "
                          "president is expected to veto it next week.")
    assert not any("veto Parliament" in e for e in events), events


def test_a_company_that_made_a_thing_still_stands_for_a_later_it(nlp):
    # near miss: the subject has a noun object, not an "it": the usual reading is kept
    events = _events(nlp, "The regulator fined Norvik Shipping on Monday. Investors expect it to appeal in April.")
    assert not any("expect Norvik" in e and "it" in e.split() for e in events), events
    assert any(e.startswith("The regulator fined Norvik Shipping") for e in events), events
