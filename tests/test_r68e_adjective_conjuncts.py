"""Round 68e: a noun's modifier the parser read as a base-form verb conjoined with a past verb
("caught salmon and stellate sturgeon") stays in the first verb's object, with its "and"."""
from __future__ import annotations

import datetime as dt

from timeline_rows import told_pairs

THURSDAY = dt.date(2025, 6, 5)


def test_misread_modifier_stays_in_the_object(nlp):
    pairs = told_pairs(nlp, "The poachers caught salmon and stellate sturgeon in the lower Volga between 2017 "
                            "and 2019.", THURSDAY)
    assert ("between 2017 and 2019", "The poachers caught salmon and stellate sturgeon in the lower Volga") in pairs
    assert ("between 2017 and 2019", "The poachers stellate sturgeon in the lower Volga") not in pairs


def test_real_second_verb_keeps_its_own_row(nlp):
    pairs = told_pairs(nlp, "The crew caught cod and sold it at the harbour market between 2017 and 2019.", THURSDAY)
    assert ("between 2017 and 2019", "The crew sold it at the harbour market") in pairs
    assert ("between 2017 and 2019", "The crew caught cod") in pairs


def test_modal_verbs_are_left_alone(nlp):
    pairs = told_pairs(nlp, "The fishermen will catch trout and sell it at the market in June.", THURSDAY)
    assert ("June", "The fishermen will catch trout") in pairs


def test_event_noun_s_verb_keeps_its_nearly(nlp):
    pairs = told_pairs(nlp, "The collapse of the bank in 2008 almost wiped out the town's savings.", THURSDAY)
    assert ("2008", "The collapse of the bank almost wiped out the town's savings") in pairs
    assert ("2008", "The collapse of the bank wiped out the town's savings") not in pairs


def test_event_noun_s_verb_with_adverb_after_is_as_before(nlp):
    pairs = told_pairs(nlp, "The storm on Tuesday closed the road again.", THURSDAY)
    assert ("Tuesday", "The storm closed the road again") in pairs
