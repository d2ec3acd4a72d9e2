"""Round 71b: garbled descriptions from relative clauses with no relative word or with "whose".

- A second object the parser gave a preposition ("according to numbers the museum published on
  Tuesday", "museum" a second object with "published" its participle) opens a relative clause with no
  relative word: the museum published the numbers, never "The museum was published".
  So does a noun with a pointing word the parser hung on a verb as a bare adverb ("the gains these
  issues made last week").
- A relative word inside the clause leaves no object gap: "The club, whose coach quit in March, ..." is
  "The club's coach quit", never "The club's coach quit the club"; "six ferries, four of which retire
  ..." is "Four retire"; a fronted preposition goes with its noun ("with whom the bishop met" -> "The
  bishop met with the governor").
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import told_pairs

FRIDAY = dt.date(2025, 9, 12)


def test_second_object_of_according_to_is_a_relative_clause(nlp):
    told = told_pairs(nlp, "Ticket sales at the harbour ferry rose by a fifth over the summer, according to "
                           "numbers the port authority published on Tuesday.", FRIDAY)
    assert ("Tuesday", "The port authority published numbers") in told
    assert ("Tuesday", "The port authority was published") not in told


def test_plain_reduced_relative_after_according_to_keeps_its_passive(nlp):
    # near miss: no second noun, the participle is the numbers' own ("Numbers were published")
    told = told_pairs(nlp, "Ticket sales at the harbour ferry rose by a fifth over the summer, according to "
                           "numbers published on Tuesday.", FRIDAY)
    assert ("Tuesday", "Numbers were published") in told


def test_whose_clause_with_no_object_is_not_given_its_owner(nlp):
    told = told_pairs(nlp, "The cooperative, whose shares fell 4 percent on Monday, said it would close two "
                           "dairies.", FRIDAY)
    assert ("Monday", "The cooperative's shares fell 4 percent") in told


def test_whose_clause_with_intransitive_verb(nlp):
    told = told_pairs(nlp, "The mayor, whose term ends in October, will not stand again.", FRIDAY)
    assert ("October", "The mayor's term ends") in told


def test_contact_relative_still_takes_its_noun_back(nlp):
    # near miss: no "whose", the clause's object is the noun before it
    told = told_pairs(nlp, "Auditors checked the permits the agency has granted since 2021.", FRIDAY)
    assert ("2021", "The agency has granted the permits") in told



def test_pointing_word_opens_a_contact_relative(nlp):
    # "issues" parsed a bare adverb of "stayed", "made" a participle on it
    told = told_pairs(nlp, "Fund managers stayed cautious about the big gains these issues made last week, a "
                           "Tokyo broker said.", FRIDAY)
    assert ("last week", "These issues made the big gains") in told
    assert ("last week", "These issues were made") not in told


def test_contact_relative_with_a_pointing_word_parsed_right_is_left_alone(nlp):
    # near miss: the parser reads the clause as a relative, the rows are told as before
    told = told_pairs(nlp, "Dealers, who were worried about the sharp losses these stocks suffered this week, "
                           "stayed away.", FRIDAY)
    assert ("this week", "These stocks suffered the sharp losses") in told


def test_fronted_preposition_goes_with_its_noun(nlp):
    told = told_pairs(nlp, "The courier brought a note from the governor, with whom the bishop met on Sunday.",
                      FRIDAY)
    assert ("Sunday", "The bishop met with the governor") in told


def test_partitive_relative_has_no_object_gap(nlp):
    told = told_pairs(nlp, "The region runs six ferries, four of which retire between 2031 and 2034.", FRIDAY)
    assert not any("retire six ferries" in event or "retire the ferries" in event for _, event in told)
    assert ("between 2031 and 2034", "Four retire") in told
