"""Round 56a: a subject "it" of a clause a speaker reports is the speaker's organisation when the
speaker is a common noun that says so of itself ("The trust said it would hire ...") or a person
titled as some thing's ("The museum's director ... said it would stay closed"): the dated row is told
with that organisation instead of being left out as an unresolved "It ..." (docs/events.md, "Subject
resolution"). Sentences are new ones of the judged rows' shapes, with near-misses."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 3, 12)


def _rows(nlp, text: str) -> dict[str, tuple[str, str, str]]:
    return {r.time_expression: (r.event, r.value, r.status) for r in timeline_rows(nlp, text, DAY)}


def test_common_noun_speaker_doing_an_organisation_deed(nlp):
    rows = _rows(nlp, "The hospital said it would hire 30 nurses next month.")
    assert rows["next month"] == ("The hospital would hire 30 nurses", "2025-04", "expected")


def test_common_noun_speaker_with_two_dated_conjuncts(nlp):
    rows = _rows(nlp, "The council said it would hire 40 wardens by December and open a new depot "
                      "in the autumn.")
    assert rows["December"][0] == "The council would hire 40 wardens"
    assert rows["the autumn"][0] == "The council would open a new depot"


def test_organisation_deed_after_another_subject_stays_unresolved(nlp):
    # "it" here is not the speaker's own clause subject: no organisation is read into it
    rows = _rows(nlp, "The storm hit the coast on Monday. It will hire no one, the mayor said on Tuesday.")
    assert not any(event.startswith(("The storm will hire", "The mayor will hire")) for event, _, _ in rows.values())


def test_owner_of_the_speakers_title(nlp):
    rows = _rows(nlp, "The zoo's director, Anna Berg, said on Monday it would reopen in April.")
    assert rows["April"] == ("The zoo would reopen", "2025-04", "expected")
    rows = _rows(nlp, "The museum's director, Pieter Koolhoven, said it would stay closed until at least Tuesday.")
    assert rows["Tuesday"][0] == "The museum would stay closed until at least Tuesday"  # round 63e


def test_no_owner_for_an_empty_it_or_a_persons_title(nlp):
    rows = _rows(nlp, "The hospital's spokeswoman said it was unclear whether the ward would reopen in May.")
    assert not any(event.startswith("The hospital was") for event, _, _ in rows.values())
    rows = _rows(nlp, "The mayor's spokesman said it would be cleaned next week.")
    assert "next week" not in rows  # "the mayor" is a person: no "it"
    rows = _rows(nlp, "Helen Ward's lawyer said it would appeal in June.")
    assert "June" not in rows


def test_no_owner_when_the_title_holder_is_a_company(nlp):
    rows = _rows(nlp, "The building's owner, the property developer Moravia Estates, has said it will not "
                      "renew the lease and plans to replace the hall with flats, with construction due to start in 2027.")
    assert not any(event.startswith(("The building will", "The building plans")) for event, _, _ in rows.values())
