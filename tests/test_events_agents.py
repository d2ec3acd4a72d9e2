"""Who brought a product out when the sentence does not say (issue 10, item 3; events/agents.py,
docs/events.md "Implied agent"), on sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events

DAY = expr  # a day's expression: expr(text, phrase, value, date)


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def row_of(nlp, text, trigger, *expressions):
    found = [r for r in rows(nlp, text, *expressions) if r.trigger == trigger]
    assert len(found) == 1, [(r.trigger, r.event) for r in rows(nlp, text, *expressions)]
    return found[0]


JUNE = ("June 24", "2024-06-24", "2024-06-24")


# ------------------------------------------------------------------ the lead's organisation
def test_a_person_titled_by_an_organisation_leads_for_it(nlp):
    for lead in ("Nordwind Motors CEO John Miller unveiled an electric truck.",
                 "John Miller, the chief executive of Nordwind Motors, unveiled an electric truck.",
                 "John Miller, founder of Nordwind Motors, unveiled an electric truck."):
        text = lead + "\n\nThe truck was introduced in Oslo on June 24."
        row = row_of(nlp, text, "introduce", expr(text, *JUNE))
        assert row.event == "The truck was introduced in Oslo"  # the patient stays the subject
        assert "Nordwind Motors" in row.actors, lead


def test_the_organisation_owning_or_naming_a_common_noun_subject_leads(nlp):
    text = ("Halvorsen Shipping Inc.'s agreement to buy two ferries shows the market is recovering.\n\n"
            "The deal was announced on June 24.")
    row = row_of(nlp, text, "announce", expr(text, *JUNE))
    assert "Halvorsen Shipping Inc." in row.actors  # an owner the tagger may leave untagged


def test_a_deal_announced_is_not_the_regulators_that_blocked_it(nlp):
    # the parties announced the takeover; the body that blocked it is no actor of the announcement
    text = ("The Competition Bureau blocked Halden Foods' takeover of rival Brio Snacks.\n\n"
            "The deal was announced on June 24.")
    row = row_of(nlp, text, "announce", expr(text, *JUNE))
    assert row.event == "The deal was announced"
    assert "Competition Bureau" not in row.actors and "The Competition Bureau" not in row.actors


def test_a_person_without_an_organisations_title_leads_for_no_one(nlp):
    text = ("John Miller, a truck driver from Bergen, praised the new electric truck.\n\n"
            "The truck was introduced in Oslo on June 24.")
    row = row_of(nlp, text, "introduce", expr(text, *JUNE))
    assert row.actors == ["Oslo"]


# ------------------------------------------------------------------ scheduled, intended, available
def test_a_scheduled_release_an_intended_launch_and_availability_are_the_organisations(nlp):
    lead = "Nordwind Motors today unveiled its first electric truck.\n\n"
    for follow, trigger in (("The truck is scheduled for release on June 24.", "release"),
                            ("The service is intended to launch on June 24.", "launch"),
                            ("The truck will be available on June 24 in Norway.", "available"),
                            ("The van, which was previewed in May and is slated for release on June 24, "
                             "seats two.", "release"),
                            ("The prototypes, released on June 24, show a short cabin.", "release")):
        text = lead + follow
        row = row_of(nlp, text, trigger, expr(text, *JUNE))
        assert "Nordwind Motors" in row.actors, follow


def test_no_organisation_for_a_person_another_owner_an_agent_or_another_source(nlp):
    lead = "Nordwind Motors today unveiled its first electric truck.\n\n"
    for follow, trigger in (("John Miller is scheduled to launch a book on June 24.", "launch"),
                            ("Volta's truck is scheduled for release on June 24.", "release"),
                            ("Volta's van was introduced on June 24.", "introduce"),
                            ("The charger is scheduled by Volta for release on June 24.", "release"),
                            ("The charger will be available from Volta on June 24.", "available"),
                            ("The hotel is scheduled to open on June 24.", "open")):
        text = lead + follow
        row = row_of(nlp, text, trigger, expr(text, *JUNE))
        assert "Nordwind Motors" not in row.actors, follow


# ------------------------------------------------------------------ names beside the subject (events/named.py)
def test_people_named_in_an_aside_after_a_name_in_the_subjects_phrase_are_the_subject(nlp):
    for text in ("Two top aides to Mendel, political adviser Ruth Adler and Cabinet Secretary Omar Haddad, "
                 "left for Brussels on June 24.",  # parsed as appositions
                 "Two senior aides to Netanyahu, security adviser David Cohen and Cabinet Secretary Yossi Levy, "
                 "flew to Paris on June 24."):  # parsed as a list after the name
        row = row_of(nlp, text, "leave" if "left" in text else "fly", expr(text, *JUNE))
        assert row.actors[:2] in (["Ruth Adler", "Omar Haddad"], ["David Cohen", "Yossi Levy"]), row.actors
        assert row.actors[2] in ("Mendel", "Netanyahu")  # the name the aside follows stays an actor


def test_a_name_set_off_after_a_common_noun_subject_is_an_actor(nlp):
    text = "Meanwhile, net at the bank's insurance arm, Nordsure Insurance Ltd., fell 3% on June 24."
    row = row_of(nlp, text, "fall", expr(text, *JUNE))
    assert row.actors[0] == "Nordsure Insurance Ltd."


# ------------------------------------------------------------------ an article about one company (events/company.py)
def test_a_bare_amount_in_an_article_about_one_company_is_the_companys(nlp):
    text = ("Halvorsen Shipping Inc. named a new chairman.\n\nThe board met twice. "
            "The fleet is old. Net was $4.2 million on June 24.")
    row = row_of(nlp, text, "be", expr(text, *JUNE))
    assert row.event.startswith("Net was $4.2 million")  # the description keeps the text's words
    assert row.actors == ["Halvorsen Shipping Inc."]


def test_no_company_for_an_amount_when_another_company_is_a_subject_or_in_its_sentence(nlp):
    for middle, last in (("Nordsure Ltd. bought two ships in May. ", "Net was $4.2 million on June 24."),
                         ("", "Net was $4.2 million on June 24, twice the forecast of Nordsure Ltd."),
                         ("", "Two men were arrested on June 24.")):
        text = "Halvorsen Shipping Inc. named a new chairman.\n\n" + middle + "The fleet is old. " + last
        found = rows(nlp, text, expr(text, *JUNE))
        [row] = [r for r in found if r.date == "2024-06-24"]
        assert "Halvorsen Shipping Inc." not in row.actors, last


# ------------------------------------------------------------------ a described actor named later (events/identified.py)
def test_an_opening_described_actor_is_named_by_the_next_sentences_telling_the_same_deed(nlp):
    for follow, names in (
            ("Rep. Ana Ruiz said she subpoenaed him to testify.", ["Ana Ruiz"]),  # a reported pronoun
            ("Rep. Ana Ruiz subpoenaed the minister to testify.", ["Ana Ruiz"])):  # the same deed, done again
        text = "An opposition lawmaker subpoenaed the minister on June 24.\n\n" + follow
        row = row_of(nlp, text, "subpoena", expr(text, *JUNE))
        assert row.event == "An opposition lawmaker subpoenaed the minister"  # the text's words
        assert row.actors == names, follow
    text = ("Two rival bidders for Kessel Bank raised their offers on June 24.\n\n"
            "Nordbank AG said it would raise its bid to 40 euros a share. "
            "A bid by Westfalia Holding Inc. was raised to 39 euros.")
    row = row_of(nlp, text, "raise", expr(text, *JUNE))
    assert row.actors[:2] == ["Nordbank AG", "Westfalia Holding Inc."]  # a passive's "by" name too


def test_no_name_for_another_deed_another_day_or_more_people_than_described(nlp):
    for follow in ("Police said the gunman fled. Hamas killed two soldiers.",  # another object, plainly told
                   "Police said the gunman fled. Hamas said it killed two soldiers on June 20.",  # another day
                   "Ana Ruiz and Tom Dale said they killed him.",  # "they" for "a gunman"
                   "Maria Lopez said she killed him. John Miller said he killed him."):  # two names
        text = "A gunman killed three people in a cafe on June 24.\n\n" + follow
        found = rows(nlp, text, *(expr(text, p, v, v) for p, v in (("June 24", "2024-06-24"), ("June 20", "2024-06-20"))
                                  if p in text))
        [row] = [r for r in found if r.date == "2024-06-24"]
        assert row.actors == [], follow


# ------------------------------------------------------------------ "the two companies" (events/parties.py)
def test_the_parties_and_the_two_companies_are_the_two_organisations_the_story_opened_with(nlp):
    lead = "Nordbank AG has sued Westfalia Holding Inc. over the Nordbank trademark.\n\nThe case is old. "
    for follow, trigger in (("The parties agreed on June 24 to meet in London.", "agree"),
                            ("The two companies signed the accord on June 24.", "sign"),
                            ("The agreement between the two companies took effect on June 24.", "take")):
        text = lead + follow
        row = row_of(nlp, text, trigger, expr(text, *JUNE))
        assert row.actors[:2] == ["Nordbank AG", "Westfalia Holding Inc."], follow


def test_no_parties_for_another_count_a_bare_plural_or_a_story_opening_on_one_organisation(nlp):
    for lead, follow in (
            ("Nordbank AG has sued Westfalia Holding Inc. over the Nordbank trademark.",
             "The companies signed the accord on June 24."),
            ("Nordbank AG has sued Westfalia Holding Inc. over the Nordbank trademark.",
             "The three companies signed the accord on June 24."),
            ("Nordbank AG has sued its former chairman over a loan.",
             "The two companies signed the accord on June 24.")):
        text = lead + "\n\nThe case is old. " + follow
        row = row_of(nlp, text, "sign", expr(text, *JUNE))
        assert "Westfalia Holding Inc." not in row.actors and "Nordbank AG" not in row.actors[:1], follow
