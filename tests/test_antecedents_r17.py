"""Round 17: pronouns and possessives left anywhere in a description (events/actors.py,
events/plural_objects.py, events/possessives.py, events/place_names.py; docs/events.md "Subject
resolution"). Sentences are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows

Y2019 = dict(granularity="year")


def _events(nlp, text, phrase, value, date, end=None, **kw):
    return [r.event for r in rows(nlp, text, expr(text, phrase, value, date, end, **kw))]


def test_object_it_after_a_closing_attribution_is_what_was_reported(nlp):
    text = ("The fire broke out shortly after 2 a.m. in the warehouse and spread quickly through the roof, "
            "the fire service said. About 40 firefighters brought it under control on Tuesday.")
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    assert any("brought the fire under control" in e for e in found), found


def test_object_it_stays_when_its_own_sentence_has_a_thing_before_it(nlp):
    text = ("Uptake of the vaccine fell after a flawed study, but it has recovered since, officials said. "
            "The country lost its measles-free status in 2019 and regained it on Tuesday.")
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    assert not any("regained Uptake" in e or "regained uptake" in e for e in found), found


def test_object_it_is_the_same_it_as_the_sentence_subject(nlp):
    text = ("After the war, the mill was rebuilt and its workforce doubled. It was privatised in 1988 and "
            "bought by a Dutch investment fund, which sold it to its current owners in 2015.")
    found = _events(nlp, text, "2015", "2015", "2015-01-01", "2015-12-31", **Y2019)
    assert any("sold the mill" in e for e in found), found


def test_subject_it_after_a_joined_clause_with_its_is_the_owner(nlp):
    text = ("After the war, the mill was rebuilt and its workforce doubled. It was privatised in 1988.")
    found = _events(nlp, text, "1988", "1988", "1988-01-01", "1988-12-31", **Y2019)
    assert any(e.startswith("The mill was privatised") for e in found), found


def test_object_them_is_the_nearest_plural_object(nlp):
    text = ("Survivors said a wave had swept three men into the sea during the night. A search by a navy "
            "helicopter found no trace of them on Tuesday.")
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    assert any("no trace of the three men" in e for e in found), found


def test_object_them_stays_when_the_nearest_plural_is_a_modifier(nlp):
    text = ("The satellites separated from the rocket in batches, and on Tuesday ground stations in Norway "
            "had made contact with all of them.")
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    assert found and not any("batches" in e.split("contact")[-1] for e in found), found


def test_object_them_after_a_clause_with_two_plurals_stays(nlp):
    text = "Export quotas broke trade rules, and on Tuesday the ministry scrapped them."
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    # "them" stays unresolved; since round 24 a row left with it is given no row (events/dangling.py)
    assert not any("scrapped trade rules" in e or "scrapped them" in e for e in found), found


def test_possessive_subject_with_an_apposed_name_is_the_name(nlp):
    text = ("Laura Hale, 41, died in the crash near her home in Dover. Her husband, Mark Hale, who was "
            "driving the second car, filed the lawsuit on Tuesday.")
    found = _events(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")
    assert any(e.startswith("Mark Hale filed the lawsuit") for e in found), found


def test_the_company_is_never_the_dateline_city(nlp):
    text = ("Trinec steelworks to shut blast furnaces after 180 years\n\n"
            "TRINEC, Czech Republic, March 3, 2027 (Wire) - Trinecke Hute said on Tuesday it would shut "
            "the last two blast furnaces at its Trinec plant.\n\n"
            "The company, known as MZ, said about 900 of its 1,400 workers would lose their jobs.\n\n"
            "The government offered the company a loan guarantee in 2026, but talks broke down.")
    found = _events(nlp, text, "2026", "2026", "2026-01-01", "2026-12-31", **Y2019)
    assert found and not any("offered Trinec" in e for e in found), found
