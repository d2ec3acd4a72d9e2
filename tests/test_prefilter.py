"""The recognition prefilter skips a pattern only where it cannot match, and runs it only in windows
around the words it needs: the candidates a text gives are the same with and without either
(temporal/prefilter.py)."""
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
    # windows: matches that reach far from the word they need, several spaces, a lookahead at the edge
    "It lasted the better part of the past twenty-five   years, and   about three\n\nweeks ago it ended.",
    "Some " + "x" * 60 + " more than four hundred years later, nearly two decades before 1990.",
    "Every other Tuesday, each quarter; in the early 1990s; weekly; "
    "the first half of next year" + " filler" * 40 + " three years ago and five days later.",
    "In nineteen ninety-one, at noon and at 9 o'clock, in the '80s and the 1980s, 44 BC and 2024.",
    "Wide gaps:" + " " * 80 + "three days ago, then two years.",  # a run of spaces too long for windows
    # strings inside words ("today", "minister", "three", "security") and at a word's start after a
    # hyphen, an underscore, a letter or a digit
    "Today the minister said three-day talks, a 3-day-long halt and x3 days, _2 days or é2 weeks ago.",
]


def _all_candidates(text):
    return [(c[0], c[1], c[2]) for c in recognition.candidates(text, ENGLISH)]


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_finds_the_same_candidates(monkeypatch, text):
    filtered = _all_candidates(text)
    # the filter and the windows off: every pattern over the whole text
    monkeypatch.setattr(recognition, "windows", lambda text, words: [None] * len(words.patterns))
    assert _all_candidates(text) == filtered


def test_a_pattern_runs_only_near_the_words_it_needs():
    text = "The talks went on. " * 40 + "They ended three weeks ago." + " Nothing else happened." * 40
    where = dict(zip(ENGLISH.pattern_names, prefilter.windows(text, ENGLISH)))
    (start, end), = where["ago"]  # one window, around "ago", far shorter than the text
    assert start <= text.index("three weeks ago") and end >= text.index("ago.") + 3
    assert end - start < len(text) / 4
    assert where["season"] == []  # no season's name: nowhere


def test_long_runs_of_spaces_turn_windows_off():
    text = "Wide gaps:" + " " * 80 + "three days ago."
    # every pattern that can match runs over the whole text; the others not at all
    possible = prefilter.can_match(text, ENGLISH)
    assert prefilter.windows(text, ENGLISH) == [None if ok else [] for ok in possible]
    assert possible[ENGLISH.pattern_names.index("ago")] and not possible[ENGLISH.pattern_names.index("season")]


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
    # a year in digits or in words: a digit or one of the words
    either = prefilter.required(re.compile(r"\b(?:\d{4}|Nineteen[- ]\w+)\b", re.I))
    assert either == frozenset({prefilter.ANY_DIGIT, "nineteen"})


def test_a_text_without_the_words_skips_the_pattern():
    possible = dict(zip(ENGLISH.pattern_names, prefilter.can_match("The harbour was quiet.", ENGLISH)))
    assert possible["century"] is False
    assert possible["season"] is False
    possible = dict(zip(ENGLISH.pattern_names, prefilter.can_match("In the 19th CENTURY.", ENGLISH)))
    assert possible["century"] is True
    years = [prefilter.can_match(text, ENGLISH)[ENGLISH.pattern_names.index("year")]
             for text in ("No year here.", "In 1990.", "In nineteen ninety.")]
    assert years == [False, True, True]


def test_a_unit_inside_a_word_opens_no_window():
    # "duration" needs its unit after "[- ]": the "day" of "today", the "min" of "administrator" and the
    # "hr" of "three" are no place for one; its window is around "two days" alone
    text = "Today the administrator met three envoys." + " The talks went on." * 20 + " It took two days."
    (start, end), = dict(zip(ENGLISH.pattern_names, prefilter.windows(text, ENGLISH)))["duration"]
    assert start > text.index("envoys") and end >= len(text) - 1
