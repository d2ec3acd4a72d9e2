"""Names that are no actor of a row: a score glued to a team, a product line's name (events/nonactors.py,
docs/events.md "Actors"), on sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def test_a_score_is_not_part_of_the_beaten_teams_name(nlp):
    text = "Ajax won the Dutch Cup on Sunday, beating Feyenoord 2-1 after extra time."
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"))
    assert found and "Feyenoord" in found[0].actors
    assert not any(any(ch.isdigit() for ch in a) for a in found[0].actors), found[0].actors


def test_a_product_lines_name_is_no_actor(nlp):
    text = "Scooter maker Ostra recalled 20,000 batteries fitted to its Comet and Ranger models on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert found
    assert not {"Ranger", "Comet"} & set(found[0].actors), found[0].actors


def test_a_models_maker_named_before_it_stays_an_actor(nlp):
    text = "Nordwind Motors stopped selling two models of its truck on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert found and "Nordwind Motors" in found[0].actors, [(r.event, r.actors) for r in found]


def test_a_parent_named_as_the_possessor_of_a_child_did_not_act(nlp):
    text = "On Tuesday, Daniel Okafor's nine-year-old was taken to hospital in Leicester."
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert found and "Daniel Okafor" not in found[0].actors, [(r.event, r.actors) for r in found]
    text = "On Monday, Helen Marsh's daughter was arrested in Leeds."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert found and "Helen Marsh" not in found[0].actors, [(r.event, r.actors) for r in found]


def test_a_composer_named_with_the_work_performed_did_not_act(nlp):
    text = "The new season opens in October with Puccini's Tosca."
    found = rows(nlp, text, expr(text, "October", "2024-10", "2024-10"))
    assert found and "Puccini" not in found[0].actors, [(r.event, r.actors) for r in found]


def test_a_possessor_of_someone_who_acts_for_them_stays(nlp):
    # a lawyer is no kin: whose lawyer filed stays told by the name (the rule is narrow on purpose)
    text = "On Friday, Mark Tully's lawyer filed an appeal."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert found and "Mark Tully" in found[0].actors, [(r.event, r.actors) for r in found]


def test_a_quoted_titles_author_did_not_act_and_a_companys_owner_country_stays(nlp):
    text = 'The theatre reopens on Friday with a performance of Rossini\'s "Cenerentola".'
    found = rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert found and "Rossini" not in found[0].actors, [(r.event, r.actors) for r in found]
    text = "The bridge was approved on Monday with loans from Japan's JICA."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert found and "Japan" in found[0].actors, [(r.event, r.actors) for r in found]


def test_whose_child_gives_the_parent_no_act(nlp):
    text = ('"My son was sick all night," said Nadia Kaci, whose eight-year-old was admitted to hospital '
            'in Douai on Thursday.')
    found = [r for r in rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
             if "admitted" in r.event]
    assert found and found[0].event.startswith("Nadia Kaci's eight-year-old"), [(r.event, r.actors) for r in found]
    assert "Nadia Kaci" not in found[0].actors, found[0].actors
