"""Round 52b: a pronoun or a relative given a noun that did not act (docs/events.md, round 52b).

* A subject "they" of a verb done to the accused (passive "were charged", "were remanded"; "appeared
  in court", "pleaded not guilty") is never the police, prosecutors or court named before it:
  "Officers seized cash. They appeared in court and were remanded" gave "Officers appeared",
  "Officers were remanded". "They" is left (no row) rather than the wrong noun; an active act of the
  police ("They seized ...") and an appearance with no court keep the officers.
* A comma's subject "which" with no object, hung on a place right after "a/the N at/in" ("a warming
  centre at the Grange library, which will open on Friday"), may be the thing's or the place's: no
  row, rather than "The Grange library will open". A named institution before its place ("the Nubia
  Museum in Aswan, which opened") and a clause with an object keep their rows.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 2)


def _described(nlp, text: str) -> dict[str, str]:
    """{time expression: description} of the text's dated rows."""
    return {r.time_expression: r.event for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def _events(nlp, text: str) -> list[str]:
    return [r.event for r in timeline_rows(nlp, text, DAY)]


def test_appeared_in_court_not_the_officers(nlp):
    text = ("Three men were arrested in a raid on a warehouse in Leeds on Friday, police said. Officers recovered "
            "40 stolen bicycles. They appeared before magistrates on Monday and were remanded in custody until March 20.")
    events = _events(nlp, text)
    assert not any(e.startswith("Officers") and ("appeared" in e or "remanded" in e) for e in events)
    assert any(e.startswith("Three men were arrested") for e in events)


def test_charged_not_the_police(nlp):
    text = ("Two women were detained at the border on Saturday. Police found five kilograms of cocaine in their car. "
            "They were charged on Sunday with drug trafficking.")
    events = _events(nlp, text)
    assert not any(e.startswith("Police were charged") for e in events)


def test_pleaded_not_guilty_not_the_detectives(nlp):
    text = ("Detectives searched the couple's flat in Hull last week. They pleaded not guilty at Hull Crown Court "
            "on Tuesday.")
    events = _events(nlp, text)
    assert not any(e.startswith("Detectives pleaded") for e in events)


def test_officers_acting_keep_their_name(nlp):
    rows = _described(nlp, "Officers raided a farm near Exeter on Friday. They seized 300 cannabis plants on Saturday.")
    assert rows.get("Saturday", "").startswith("Officers seized 300 cannabis plants")


def test_appearance_without_court_keeps_the_officers(nlp):
    rows = _described(nlp, "Riot officers were deployed on Saturday. They appeared at the stadium on Saturday afternoon.")
    assert rows.get("Saturday afternoon", "").startswith("Riot officers appeared at the stadium")


def test_protesters_charged_keep_their_name(nlp):
    rows = _described(nlp, "Protesters blocked the motorway near Bristol on Monday. They were charged with obstruction "
                           "on Tuesday.")
    assert rows.get("Tuesday", "").startswith("Protesters were charged")


def test_which_after_a_thing_at_a_named_place_unsure(nlp):
    for text in ("The council has set up a warming centre at the Grange library, which will open on Friday evening.",
                 "The firm built a new depot in Leeds, which closed in March."):
        events = _events(nlp, text)
        assert not any(e.startswith(("The Grange library will open", "Leeds closed")) for e in events), text


def test_named_institution_in_its_place_keeps_its_row(nlp):
    rows = _described(nlp, "Tourists visited the Nubia Museum in Aswan, which opened in 1997.")
    assert rows.get("1997", "").startswith("The Nubia Museum")


def test_which_with_an_object_keeps_the_place(nlp):
    rows = _described(nlp, "Acme opened a factory in Ohio, which elected a new governor in November.")
    assert rows.get("November", "").startswith("Ohio elected a new governor")


def test_which_of_another_verb_keeps_the_place(nlp):
    rows = _described(nlp, "The win will earn her a seeding at Wimbledon, which begins on June 28.")
    assert rows.get("June 28", "").startswith("Wimbledon begins")
