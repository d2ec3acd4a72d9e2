"""Round 68b: wrong actors and antecedents (general causes in the resolver).

- A comma's "which" whose verb's number rules out the noun of a phrase hung on a relative clause or
  participle ("the fees it charges for haulage, which have not changed"; "the tolls charged on the
  motorway, which have risen") stands for the noun that clause or participle hangs on.
- An object "them"/"it" of a clause joined to an earlier one of the same subject stands for that
  clause's object also when the object sits in an open complement ("began inspecting the heaters")
  and when a noun of an aside with its own subject ("when the first complaints arrived") stands
  between them.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_plural_verb_after_a_contact_relative_takes_its_noun(nlp):
    rows = _by_event(nlp, "The union criticised the fees it charges for freight haulage, which have not "
                          "changed since 2023.")
    assert rows["The fees have not changed"].value == "2023"
    assert "Freight haulage have not changed" not in rows


def test_plural_verb_after_a_participle_takes_its_noun(nlp):
    rows = _by_event(nlp, "The council praised the lamps fitted along the riverside path, which were "
                          "installed in 2021.")
    assert rows["The lamps were installed"].value == "2021"


def test_singular_verb_after_a_contact_relative_is_left_as_it_was(nlp):
    rows = _by_event(nlp, "The council praised the lamps along the riverside path, which was resurfaced in 2021.")
    assert "The lamps were resurfaced" not in rows
    assert not any(e.startswith("The lamps was") for e in rows)


def test_joined_them_passes_over_an_aside_with_its_own_subject(nlp):
    rows = _by_event(nlp, "The firm began inspecting the heaters in May, when the first complaints arrived, "
                          "and withdrew them from sale on June 2.")
    assert rows["The firm withdrew the heaters from sale"].value == "2025-06-02"
    assert "The firm withdrew the first complaints from sale" not in rows


def test_joined_it_passes_over_an_aside_with_its_own_subject(nlp):
    rows = _by_event(nlp, "The council repaved the square in April, after the market traders had left, "
                          "and reopened it on Monday.")
    assert rows["The council reopened the square"].value == "2025-06-02"


def test_joined_it_after_a_plain_phrase_is_left_as_it_was(nlp):
    rows = _by_event(nlp, "The firm began inspecting the heaters in May after complaints from customers "
                          "and withdrew them from sale on June 2.")
    assert not any("withdrew the complaints" in e or "withdrew complaints" in e for e in rows)
