"""Round 22 of the right date on each row: a clock time dates only its own conjunct; a date inside an
"including" phrase, an "after <noun>" phrase or behind a recalled object dates that noun; a dated
subject of a state; a day before a "when" clause dates the passive it follows; "after the summer
break"; seasons of a southern dateline. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag


def rows(nlp, text):
    from timeline_cli import extract_timeline
    from timeline_cli.records import Document
    return [(r.event, r.time_expression, r.value, r.date, r.end_date)
            for r in extract_timeline([Document(id="a", text=text)], nlp=nlp, merge=False)]


def _dated(found, word):
    return [r for r in found if word in r[0]]


def test_a_clock_time_of_the_first_conjunct_does_not_date_the_second(nlp):
    text = ("HALIFAX, May 9, 2026 (Wire) - The parade, organised by veterans and their families, started at "
            "10 a.m. near the harbour and finished with a concert in the park.")
    found = rows(nlp, text)
    assert [r[2] for r in _dated(found, "started")] == ["2026-05-09T10:00"]
    assert all(r[1] != "10 a.m." for r in _dated(found, "finished"))


def test_a_clock_time_still_dates_a_later_conjunct_of_the_same_moment(nlp):
    text = ("LIMA, May 9, 2026 (Wire) - The fire broke out at about 10:15 p.m. in the warehouse and spread "
            "quickly through the stock.")
    assert [r[2] for r in _dated(rows(nlp, text), "spread")] == ["2026-05-09T22:15"]


def test_a_date_of_an_after_phrase_of_a_conjunct_still_dates_its_noun(nlp):
    text = ("MINSK, May 9, 2026 (Wire) - Relations collapsed after the disputed election of 2020 and worsened "
            "after the invasion of the north in February 2022.")
    assert any(r[1] == "2020" for r in rows(nlp, text))


def test_a_date_inside_an_including_phrase_dates_no_receiving(nlp):
    text = ("TOKYO, March 3, 2026 (Wire) - The maker has received complaints about 40 fires, including two "
            "in Texas in January in which homes were damaged.")
    assert all(r[1] != "January" for r in _dated(rows(nlp, text), "received"))


def test_a_date_inside_an_after_phrase_does_not_date_a_verb_with_its_own_date(nlp):
    text = ("QUITO, March 3, 2026 (Wire) - Following protests in the capital in the 1990s, the government "
            "adopted a new constitution in 2001.")
    assert [r[1] for r in _dated(rows(nlp, text), "adopted")] == ["2001"]


def test_a_date_of_an_after_phrase_still_dates_a_verb_without_its_own(nlp):
    text = "GENEVA, March 3, 2026 (Wire) - After talks in Geneva on Monday, the ministers announced a ceasefire."
    assert [r[1] for r in _dated(rows(nlp, text), "announced")] == ["Monday"]


def test_a_dated_subject_of_a_state_does_not_date_the_state(nlp):
    text = ("GENEVA, March 3, 2026 (Wire) - The judges ruled on Tuesday that the 1921 accord between the two "
            "states remained binding.")
    found = rows(nlp, text)
    assert all(r[1] != "1921" for r in found)
    assert [r[1] for r in _dated(found, "ruled")] == ["Tuesday"]


def test_a_day_before_a_when_clause_dates_the_passive_before_it(nlp):
    text = ("LIMA, June 9, 2026 (Wire) - Five miners were trapped on Monday when a tunnel collapsed near the "
            "town of Puno, officials said.")
    found = rows(nlp, text)
    assert [r[2] for r in _dated(found, "trapped")] == ["2026-06-08"]
    assert [r[2] for r in _dated(found, "collapsed")] == ["2026-06-08"]


def test_after_the_summer_break_is_no_summer(nlp):
    text = "The plan goes to parliament after the summer break. Farmers planted wheat in the summer."
    found = [e.start for e in tag(text, dt.date(2027, 3, 3), nlp(text)) if e.granularity == "season"]
    assert found == [text.index("the summer.")]


def test_a_season_of_a_southern_dateline_has_southern_days(nlp):
    text = ("SYDNEY, Oct. 15, 2027 (Wire) - A late spring storm has flattened crops across the state, "
            "farmers said on Friday.")
    spring = [r for r in rows(nlp, text) if r[1] == "late spring"]
    assert spring and all((r[2], r[3], r[4]) == ("2027-SP", "2027-09-01", "2027-11-30") for r in spring)


def test_a_southern_season_keeps_its_timeml_value(nlp):
    text = "SYDNEY, Oct. 15, 2027 (Wire) - A late spring storm has flattened crops across the state."
    found = [(e.text, e.value, e.date) for e in tag(text, dt.date(2027, 10, 15), nlp(text))]
    assert ("late spring", "2027-SP", "2027-03-01") in found  # TimeML: only the value counts


def test_a_northern_dateline_keeps_northern_seasons(nlp):
    text = "OSLO, Oct. 15, 2027 (Wire) - A late spring storm flattened crops across the region, farmers said."
    spring = [r for r in rows(nlp, text) if r[1] == "late spring"]
    assert all(r[3] == "2027-03-01" for r in spring)
