"""Round 24b: a deed told bare, news cut from its clause, a subject borrowed by a verb with no tense,
"It took ... until", a conjunct after a time clause (events/lost_news.py), and "the day <clause>" as no
date (lang/en/temporal.py), on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def rows(nlp, text):
    found = timeline_rows(nlp, text, datetime.date(2024, 6, 3))
    return [(r.time_expression, r.event) for r in found]


def told(nlp, text, when):
    return [e for t, e in rows(nlp, text) if t == when]


def test_a_deed_told_bare_gives_no_row(nlp):
    text = ("Tunisia has promoted a series of festivals since 2016 as it tries to win back visitors after years "
            "of turmoil that followed the 2011 revolution.")
    assert "The revolution" not in told(nlp, text, "2011")


def test_a_happening_with_no_doer_told_bare_is_kept(nlp):
    text = ("Tunisia has promoted a series of festivals since 2016 as it tries to win back visitors after years "
            "of hardship that followed the 2011 earthquake.")
    assert told(nlp, text, "2011") == ["The earthquake"]


def test_a_copula_whose_relative_clause_is_cut_gives_no_row(nlp):
    text = ("PRAGUE, March 15, 2026 (Wire) - Jan Novak has driven trains at the Brno depot for 20 years, and on "
            "Sunday he was one of the drivers who stopped the last steam engine.")
    assert not any("one of the drivers" in e for e in told(nlp, text, "Sunday"))


def test_a_borrowed_subject_on_a_bare_verb_or_a_participle_gives_no_row(nlp):
    text = ("LIMA, June 3, 2024 (Wire) - The transport minister visited the depot on Tuesday afternoon. He said "
            "the cabinet would send a bill to parliament next week requiring GPS speed monitoring on all school "
            "buses by the end of 2027.")
    assert told(nlp, text, "the end of 2027") == []
    assert told(nlp, text, "next week") == ["The cabinet would send a bill to parliament"]
    text = ("The minister said the cabinet would send a bill to parliament next week requiring speed cameras on "
            "all highways by the end of 2027.")
    assert told(nlp, text, "the end of 2027") == []


def test_a_subject_read_as_the_root_keeps_its_verb(nlp):
    text = "The striker, who scored 40 goals in Spain, left for Qatar in 2022 and now plays in Dubai."
    assert told(nlp, text, "2022") == ["The striker left for Qatar"]


def test_it_took_until_gives_no_garbled_row(nlp):
    text = ("ATHENS, June 3, 2024 (Wire) - Archaeologists opened a shrine on Monday.\n\nThe team, a joint "
            "Greek-Italian mission, found the gate in November while clearing sand from a courtyard of a larger "
            "villa first excavated in 1931. It took until last week to reach the inner hall.")
    assert told(nlp, text, "last week") == []
    assert told(nlp, text, "November") == ["The team found the gate"]


def test_a_conjunct_after_a_time_clause_gives_no_row(nlp):
    text = ("GDANSK, June 3, 2024 (Wire) - The city tested its new sea wall on Monday.\n\nConstruction began in "
            "2020, two years after a storm surge flooded parts of the harbour district and caused damage "
            "estimated at 90 million euros.")
    assert not any(e.startswith("Construction caused") for e in told(nlp, text, "2020"))


def test_the_day_of_a_clause_is_no_date(nlp):
    text = ('ATHENS, June 3, 2024 (Wire) - Divers opened a sealed vault on Saturday.\n\n"Nobody has entered the '
            'vault since the day it was locked," the curator said.')
    found = rows(nlp, text)
    assert [t for t, _ in found if t == "the day"] == []
    assert not any("since the day" in e for _, e in found)
    assert found == [("Saturday", "Divers opened a sealed vault")]
