"""Round 34b: a deadline row keeps its "until" date and its infinitive, no row ends on a preposition or
an infinitive whose object was cut, a noun made the root over its cut verb gives no row (docs/events.md,
"Round 34b")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 20)  # a Wednesday


def _events(nlp, text):
    return {e.time_expression: e.event for e in timeline_rows(nlp, text, REF)}


def _parsed(words, heads, deps, tags, pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words])


def test_deadline_on_an_infinitive_keeps_its_until_date(nlp):
    events = _events(nlp, "Tenants will have until the end of March to leave the building.")
    assert events["the end of March"] == "Tenants will have until the end of March to leave the building"


def test_deadline_keeps_its_infinitive(nlp):
    events = _events(nlp, "Farmers will have until June 30 to apply for the grant.")
    assert events["June 30"] == "Farmers will have until June 30 to apply for the grant"


def test_relative_object_gap_infinitive_gives_no_row(nlp):
    events = _events(nlp, "The city is studying a tram line it has pledged to build by 2029.")
    assert "2029" not in events
    events = _events(nlp, "The council approved a park it had promised to open by 2027.")
    assert "2027" not in events
    assert events[""] == "The council approved a park"


def test_relative_word_or_when_clause_keeps_its_row(nlp):
    events = _events(nlp, "Forecasters said the storm could reach the coast on Sunday, when the rain is expected to peak.")
    assert any(e.endswith("is expected to peak") for e in events.values())


def test_complete_descriptions_with_prepositions_stay(nlp):
    assert _events(nlp, "Oil prices rose past $90 on Monday.")["Monday"] == "Oil prices rose past $90"
    assert _events(nlp, "The talks dragged on past the deadline on Friday.")["Friday"] == \
        "The talks dragged on past the deadline"


def test_description_ending_on_a_cut_preposition():
    # "a session that ran past midnight" parsed as the thirty-first sample's: 'past' a preposition with
    # nothing under it, 'midnight' (the date) on 'ran'
    from timeline_cli.events.hanging import cut_object
    from timeline_cli.events.words import ENGLISH
    doc = _parsed(["A", "session", "ran", "past", "midnight", "."], [1, 2, 2, 2, 2, 2],
                  ["det", "nsubj", "ROOT", "prep", "npadvmod", "punct"],
                  ["DT", "NN", "VBD", "JJ", "NN", "."], ["DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"])
    assert cut_object("A session ran past", [doc[0], doc[1], doc[2], doc[3]], ENGLISH)
    assert not cut_object("A session ran past midnight", [doc[0], doc[1], doc[2], doc[3], doc[4]], ENGLISH)


def test_noun_root_over_its_cut_verb_gives_no_row():
    # "In 2021, a similar jump in prices led to protests." with 'led' read as a participle on 'prices'
    # and 'jump' the root: "A similar jump in prices" says nothing happened
    from timeline_cli.events.verbless import verbless_row
    from timeline_cli.events.words import ENGLISH
    words = ["Prices", "rose", ".", "In", "2021", ",", "a", "similar", "jump", "in", "prices", "led", "to",
             "protests", "."]
    heads = [1, 1, 1, 8, 3, 8, 8, 8, 8, 8, 9, 10, 11, 12, 8]
    deps = ["nsubj", "ROOT", "punct", "prep", "pobj", "punct", "det", "amod", "ROOT", "prep", "pobj", "acl",
            "prep", "pobj", "punct"]
    tags = ["NNS", "VBD", ".", "IN", "CD", ",", "DT", "JJ", "NN", "IN", "NNS", "VBN", "IN", "NNS", "."]
    pos = ["NOUN", "VERB", "PUNCT", "ADP", "NUM", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "NOUN", "VERB", "ADP",
           "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    tokens = [doc[i] for i in (6, 7, 8, 9, 10)]
    assert verbless_row(doc[4:5], tokens, False, (3, 15), ENGLISH)
    # the verb kept: not this rule's
    assert not verbless_row(doc[4:5], [*tokens, doc[11]], False, (3, 15), ENGLISH)
