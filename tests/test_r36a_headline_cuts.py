"""Round 36a: words of a headline the parse hangs on as an aside are words of the phrase (docs/events.md,
"Descriptions", round 36a): a trailing noun read as a clause ("after losing its federal arts funding")
and a name joined by a hyphen read as an apposition ("Buenos Aires-Rosario") stay in the description;
an aside between commas is still left out."""
from __future__ import annotations

import datetime

from spacy.tokens import Doc

from timeline_cli.events.describe import _glued
from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 10)
DATELINE = "\n\nLISBON, March 10, 2026 (Wire) - The weather was mild, officials said.\n"


def _rows(nlp, headline):
    return [r for r in timeline_rows(nlp, headline + DATELINE, REF) if "weather" not in r.event]


def test_trailing_noun_of_a_headline_stays(nlp):
    for headline, ending in (
            ("Leeds museum to shut in April after losing its lottery funding", "losing its lottery funding"),
            ("Germany's Hamburg museum to reopen in May after losing its federal arts funding",
             "losing its federal arts funding")):
        rows = _rows(nlp, headline)
        assert rows and rows[0].event.endswith(ending), (headline, [r.event for r in rows])
        assert rows[0].status == "expected"


def test_aside_between_commas_still_left_out(nlp):
    rows = _rows(nlp, "Incheon Airport, Seoul's main hub, will close a runway in May")
    assert rows and rows[0].event == "Incheon Airport will close a runway"
    rows = _rows(nlp, "The mayor will open the new bridge in May, smiling")
    assert rows and rows[0].event == "The mayor will open the new bridge, smiling"


def test_hyphen_joined_name_is_part_of_the_name(nlp):
    # the parse of "Buenos Aires-Rosario": "Rosario" an apposition of "Aires" through the hyphen
    words = ["the", "Santa", "Fe", "-", "Cordoba", "train"]
    spaces = [True, True, False, False, True, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[5, 2, 5, 2, 2, 5],
              deps=["det", "compound", "nmod", "punct", "appos", "ROOT"],
              tags=["DT", "NNP", "NNP", "HYPH", "NNP", "NN"], pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "NOUN"])
    assert _glued(doc[2], doc[4])
    spaced = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False], heads=[5, 2, 5, 2, 2, 5],
                 deps=["det", "compound", "nmod", "punct", "appos", "ROOT"],
                 tags=["DT", "NNP", "NNP", "HYPH", "NNP", "NN"], pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "NOUN"])
    assert not _glued(spaced[2], spaced[4])  # "Santa Fe - Cordoba": a dash aside, not one name
