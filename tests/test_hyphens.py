"""Words cut at a hyphen, descriptions ending on an auxiliary, and bare demonstrative subjects (the
twenty-third blind sample's "A former shipping executive was re", "A former shipping executive was"
and "Wanjiru said that ends"): events/hyphens.py and events/demonstratives.py, on sentences written
for these tests."""
from __future__ import annotations

from test_events import day, month, rows, year


# ------------------------------------------------------------------------ hyphens
def test_a_prefix_cut_from_its_verb_is_written_back(nlp):
    text = "A former teacher who was re-elected in 2022, the mayor resigned."
    assert [r.event for r in rows(nlp, text, year(text, "2022"))] == ["A former teacher was re-elected"]


def test_a_conjunct_split_at_its_hyphen_gives_no_fragment(nlp):
    text = "A former banker, Novak was elected in 2019 and re-elected in 2023 with 60 percent of the vote."
    assert [r.event for r in rows(nlp, text, year(text, "2019"))] == ["A former banker was elected"]
    assert [r.event for r in rows(nlp, text, year(text, "2023"))] == []


def test_a_dash_without_spaces_is_no_hyphenated_word(nlp):
    text = "In 1961, Kennedy faced a three-part crisis-the failure of the invasion and the wall."
    assert [r.event for r in rows(nlp, text, year(text, "1961"))] == ["Kennedy faced a three-part crisis"]


# ------------------------------------------------------------------------ ends on an auxiliary
def test_a_description_ending_on_a_copula_is_no_row(nlp):
    text = "The payment date is Nov. 9."
    assert [r.event for r in rows(nlp, text, day(text, "Nov. 9", "2026-11-09"))] == []


# ------------------------------------------------------------------------ demonstratives
def test_a_bare_demonstrative_subject_is_no_row(nlp):
    text = "Those were sold in May, the dealer said."
    assert [r.event for r in rows(nlp, text, month(text, "May", "2026-05"))] == []


def test_a_saying_that_tells_more_than_the_pronoun_is_kept(nlp):
    text = '"This was a betrayal of every voter," the mayor said on Friday.'
    assert [r.event for r in rows(nlp, text, day(text, "Friday", "2026-03-06"))] == \
        ["The mayor said this was a betrayal of every voter"]
