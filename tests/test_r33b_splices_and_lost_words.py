"""Round 33b: a verb of saying left without its speaker, a clause spliced onto the wrong verb, an 'of'
phrase kept with its noun past a date, a relative on the last noun of a participle's phrase, a
quotation cut to a noun (docs/events.md, "Round 33b")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 20)  # a Wednesday


def _events(nlp, text):
    return {e.time_expression: e.event for e in timeline_rows(nlp, text, REF)}


def _parsed(words, heads, deps, tags, pos, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_noun_misread_as_a_second_speaker_of_said():
    # "A storm swept Chad on Sunday, police said" parsed as the thirtieth sample's: 'storm' and
    # 'police' both subjects of 'said', 'swept' a participle on 'storm'
    from timeline_cli.events.describe import _misread_speaker
    from timeline_cli.events.words import ENGLISH
    doc = _parsed(["A", "storm", "swept", "Chad", "on", "Sunday", ",", "police", "said", "."],
                  [1, 8, 1, 2, 2, 4, 8, 8, 8, 8],
                  ["det", "nsubj", "acl", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                  ["DT", "NN", "VBD", "NNP", "IN", "NNP", ",", "NNS", "VBD", "."],
                  ["DET", "NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"],
                  ["a", "storm", "sweep", "Chad", "on", "Sunday", ",", "police", "say", "."])
    assert _misread_speaker(doc[1], ENGLISH)
    # "The exercises, taking place on Sunday, include drills": no verb of saying, the clause stays
    doc = _parsed(["Exercises", "taking", "place", "on", "Sunday", "include", "drills"],
                  [5, 0, 1, 1, 3, 5, 5], ["nsubj", "acl", "dobj", "prep", "pobj", "ROOT", "dobj"],
                  ["NNS", "VBG", "NN", "IN", "NNP", "VBP", "NNS"],
                  ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "NOUN"],
                  ["exercise", "take", "place", "on", "Sunday", "include", "drill"])
    assert not _misread_speaker(doc[0], ENGLISH)


def test_result_participle_before_a_speaker_unchanged(nlp):
    rows = _events(nlp, "A fire tore through a warehouse in Lyon on Friday, destroying stock worth millions, police said.")
    assert rows["Friday"] == "A fire tore through a warehouse in Lyon, destroying stock worth millions"


def test_clause_after_a_bare_verb_of_another_clause_is_not_spliced(nlp):
    text = ("The boat was recovered on Monday near the reef where divers from the coast guard had "
            "predicted the wreck would lie.")
    rows = _events(nlp, text)
    assert "would lie" not in rows["Monday"] and rows["Monday"].startswith("The boat was recovered")


def test_said_with_its_clause_unchanged(nlp):
    assert _events(nlp, "The minister said on Friday the budget would be cut.")["Friday"] == \
        "The minister said the budget would be cut"


def test_of_phrase_hung_on_a_year_stays_with_its_noun(nlp):
    rows = _events(nlp, "The small harbour became the site in 1998 of a notorious oil spill that closed the beaches for a year.")
    assert rows["1998"] == "The small harbour became the site of a notorious oil spill"


def test_a_duration_keeps_its_own_of_phrase_out(nlp):
    rows = _events(nlp, "The map, drawn last Tuesday over six weeks of survey work, shows the old river bed.")
    assert all(" of survey work" not in e for e in rows.values()), rows


def test_dates_own_of_phrase_unchanged(nlp):
    assert _events(nlp, "The mayor opened the new bridge in June of last year.")["June of last year"] == \
        "The mayor opened the new bridge"


def test_relative_on_the_last_noun_of_a_participle_phrase_gives_no_row(nlp):
    text = ("Dairy farmers said the price paid for milk, which has fallen by a third since January, "
            "no longer covers their costs.")
    events = list(_events(nlp, text).values())
    assert not any(e.startswith("Milk has fallen") for e in events), events


def test_relative_on_an_event_noun_in_a_participle_phrase_kept(nlp):
    text = "The bank booked costs linked to the planned takeover, which was abandoned on Monday."
    rows = _events(nlp, text)
    assert rows.get("Monday") == "The planned takeover was abandoned"


def test_quotation_cut_to_a_noun_gives_no_row(nlp):
    text = ('"Two hundred sheep, and I\'ll be lucky to keep half of them," said Brennan, whose family '
            'has farmed the hill since the 1950s.')
    events = list(_events(nlp, text).values())
    assert not any(e == "Brennan said Two hundred sheep" for e in events), events
    assert any(e.startswith("Brennan's family has farmed") for e in events), events
