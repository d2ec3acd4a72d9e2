"""The recognition prefilter skips a pattern only where it cannot match: the candidates a text gives
are the same with and without it (temporal/prefilter.py)."""
import re

import pytest

from timeline_cli.temporal import prefilter, recognition
from timeline_cli.temporal.words import ENGLISH

TEXTS = [
    "The plant closed in the late 1990s and reopened on Tuesday, three years after the fire of May 4, 2021.",
    "Early in the 20th century, and again in 350 BC, nothing happened every other week; FY2024 and Q3 did.",
    "It rained overnight. Talks resume next spring, officials said on Christmas Eve at about 9:40 p.m.",
    "No date at all here, just words about a harbour and a ship.",
    "The vote is on Frıday and the SEASON opens thıs ſummer",  # dotless i and long s: re folds them
    "",
]


def _all_candidates(text):
    return [(c[0], c[1], c[2]) for c in recognition.candidates(text, ENGLISH)]


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_finds_the_same_candidates(monkeypatch, text):
    filtered = _all_candidates(text)
    monkeypatch.setattr(recognition, "can_match", lambda text, words: [True] * len(words.patterns))
    assert _all_candidates(text) == filtered


def test_required_strings_come_from_the_pattern():
    pattern = re.compile(r"\b(?:(?:early|late)\s+)?(?:the\s+)?(?P<n>\d+)(?:st|th)\s+(?:century|centuries)\b", re.I)
    needed = prefilter.required(pattern)
    assert isinstance(needed, frozenset)
    for text in ("the 5th century", "early 19th centuries"):  # every match holds a required string
        assert any(s in text for s in needed)
    assert not any(s in "the 5th decade, 300 years" for s in needed)
    assert prefilter.required(re.compile(r"(?<!\d)\d{4}(?!\d)")) == prefilter.DIGIT
    assert prefilter.required(re.compile(r"\b(?:now|\w+)\b")) is None  # any word: nothing required
    assert prefilter.required(re.compile(r"\b(?:now|\w+ly)\b")) == frozenset({"now", "ly"})


def test_a_text_without_the_words_skips_the_pattern():
    possible = dict(zip(ENGLISH.pattern_names, prefilter.can_match("The harbour was quiet.", ENGLISH)))
    assert possible["century"] is False
    assert possible["season"] is False
    possible = dict(zip(ENGLISH.pattern_names, prefilter.can_match("In the 19th CENTURY.", ENGLISH)))
    assert possible["century"] is True
