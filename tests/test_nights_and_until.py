"""Round 6 of the right date and status on each row (issue 10): the small hours of a night already
told of after a sentence on that night's first day; "overnight" as an adverb after an earlier day;
"overnight" meaning suddenly; "midnight on Sunday" as the end of Sunday; "not ... until X" (it
happened at X); a present-tense verb of planning or expecting; a lead row that retells a text row of
its sentence behind a few words of its subject. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli import extract_timeline
from timeline_cli.records import Document
from timeline_cli.temporal import tag


def values(nlp, text, ref, with_doc=True):
    return [(e.text, e.value) for e in tag(text, ref, nlp(text) if with_doc else None)]


@pytest.mark.parametrize("with_doc", [True, False])
def test_small_hours_after_a_sentence_on_the_nights_first_day(nlp, with_doc):
    # Sunday's report: the storm raged through Saturday night; "Saturday" names that night's first day
    text = ("A storm flooded the valley overnight, officials said on Sunday. A bridge collapsed on Saturday. "
            "Rescuers reached the village shortly after midnight.")
    found = values(nlp, text, dt.date(2026, 11, 8), with_doc)
    assert ("overnight", "2026-11-07TNI") in found
    assert ("shortly after midnight", "2026-11-08T00:00") in found


def test_small_hours_after_a_day_with_no_night_stay_on_that_day(nlp):
    text = "A bridge collapsed on Saturday. Rescuers reached the village shortly after midnight."
    assert ("shortly after midnight", "2026-11-07T00:00") in values(nlp, text, dt.date(2026, 11, 8))


@pytest.mark.parametrize("with_doc", [True, False])
def test_overnight_as_an_adverb_after_an_earlier_day_is_the_night_before_the_report(nlp, with_doc):
    # reported on Monday: the tank was drained after Saturday's tests, not on Thursday night before them
    text = ("Two workers have fallen ill, officials said on Monday. Tests on Saturday found lead in a water tank. "
            "The tank was drained and cleaned overnight.")
    assert ("overnight", "2026-11-08TNI") in values(nlp, text, dt.date(2026, 11, 9), with_doc)


def test_overnight_before_a_noun_after_an_earlier_day_is_still_the_night_before_it(nlp):
    text = "Tokyo shares closed lower on Friday. Traders were unsettled by overnight losses in Europe."
    assert ("overnight", "2026-03-05TNI") in values(nlp, text, dt.date(2026, 3, 9))


@pytest.mark.parametrize("sentence", [
    "The owners warned that the tax would wipe out small farms overnight.",
    "Such a culture does not change overnight, the minister said.",
    "The camp grew almost overnight into a town of 20,000.",
])
def test_overnight_meaning_suddenly_is_no_time(nlp, sentence):
    assert [t for t, _ in values(nlp, sentence, dt.date(2026, 3, 10))] == []


def test_a_night_that_is_a_time_stays_one(nlp):
    text = "Police said they would keep the motorway closed overnight."
    assert values(nlp, text, dt.date(2026, 3, 10)) == [("overnight", "2026-03-09TNI")]


@pytest.mark.parametrize("with_doc", [True, False])
@pytest.mark.parametrize("sentence, value", [
    ("The strike will end at midnight on Friday.", "2026-03-14T00:00"),
    ("The deadline will expire at midnight Friday.", "2026-03-14T00:00"),
    ("Polls close at midnight tonight.", "2026-03-11T00:00"),
    # after midnight: the small hours of the day named
    ("Shelling resumed shortly after midnight on Friday.", "2026-03-06T00:00"),
])
def test_midnight_on_a_day_is_the_end_of_that_day(nlp, with_doc, sentence, value):
    found = values(nlp, sentence, dt.date(2026, 3, 10), with_doc)
    assert len(found) == 1 and found[0][1] == value, found


def statuses(nlp, text, ref=dt.date(2026, 10, 20)):
    return {r.event: r.status for r in extract_timeline([Document(id="a", text=text, reference_date=ref)],
                                                         nlp=nlp, merge=False) if r.date_basis == "text"}


def test_not_until_a_date_is_what_happened_then(nlp):
    found = statuses(nlp, "Engineers had not traced the leak until this summer. The firm did not pay a dividend in 2024.")
    assert [s for e, s in found.items() if "leak" in e] == ["occurred"], found
    assert [s for e, s in found.items() if "dividend" in e] == ["negated"], found


@pytest.mark.parametrize("sentence, word, status", [
    ("It plans three new routes this year.", "plans", "planned"),
    ("The airline plans 12 more deliveries this year and expects a profit.", "expects", "expected"),
])
def test_a_present_verb_of_planning_or_expecting_is_no_happening(nlp, sentence, word, status):
    found = statuses(nlp, "Kestrel Air flew its first jet in May. " + sentence)
    assert [s for e, s in found.items() if word in e] == [status], found


def test_a_lead_row_that_retells_a_text_row_behind_its_subject_is_left_out(nlp):
    text = ("Danish startup reaches orbit\n\nESBJERG, Denmark, May 14, 2027 (Wire) - Danish rocket startup Norvik "
            "Space put a small satellite into orbit on Friday, two years after its first rocket crashed into the sea."
            "\n\nThe rocket lifted off from a barge in the North Sea.")
    found = [(r.date_basis, r.value, r.event) for r in
             extract_timeline([Document(id="a", text=text)], nlp=nlp, merge=False) if "satellite" in r.event]
    assert found == [("text", "2027-05-14", "Norvik Space put a small satellite into orbit")], found



@pytest.mark.parametrize("sentence", ["Police will guard the building overnight.",
                                      "The lights will be turned off overnight to save power."])
def test_a_night_under_a_modal_without_a_verb_of_change_stays_a_night(nlp, sentence):
    assert [t for t, _ in values(nlp, sentence, dt.date(2026, 3, 10))] == ["overnight"]
