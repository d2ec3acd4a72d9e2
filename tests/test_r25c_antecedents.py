"""Round 25 (r25c): "the company" told by the sentence before or by a company's kind beside its name,
"the bank" by the one bank the story names, "Its" after a firm introduced unnamed, "the pair" as
"they", and an object "them" that is never its own clause's subject. Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when=None):
    found = timeline_rows(nlp, text, datetime.date(2026, 3, 4))
    return [(r.event, r.actors) for r in found if when is None or r.time_expression == when]


def test_the_company_is_the_described_name_of_the_sentence_before(nlp):
    text = ("LYON, March 3, 2026 (Wire) - The chief executive of France's Rhone Credit, Paul Martin, resigned "
            "on Tuesday. The board said it acted quickly.\n\n"
            "The loans went to Belcour Immobilier, a developer of holiday homes in Savoie. The company filed for "
            "bankruptcy in January.")
    rows = [e for e, _ in told(nlp, text, "January") if "bankruptcy" in e]
    assert rows and rows[0].startswith("Belcour Immobilier filed")


def test_the_company_is_the_one_utility_named_in_the_story(nlp):
    text = ("WARSAW, March 3, 2026 (Wire) - Poland's oldest lignite power station shut down on Monday, "
            "ending a century of mining in the valley, state utility Energa Zachod said.\n\n"
            "About 900 people worked at the plant in the 1980s.\n\n"
            "Demolition of the chimneys is due to start in the summer. The company plans to build a wind farm "
            "on the site by 2029.")
    rows = [e for e, _ in told(nlp, text, "2029")]
    assert rows and rows[0].startswith("Energa Zachod plans")


def test_the_bank_is_the_bank_not_a_regulator_named_nearer(nlp):
    text = ("ZURICH, March 3, 2026 (Wire) - The chief executive of Switzerland's Glarner Bank resigned on "
            "Tuesday over loans to a friend's firm.\n\n"
            "Switzerland's Financial Market Supervisory Authority said it had opened an inquiry. It can bar "
            "managers from holding senior posts.\n\n"
            "The bank is due to publish annual results on March 20.")
    rows = [e for e, _ in told(nlp, text, "March 20")]
    assert rows and rows[0].startswith("Glarner Bank is due to publish")


def test_its_after_a_firm_introduced_unnamed_is_not_an_earlier_company(nlp):
    text = ("OSLO, March 3, 2026 (Wire) - Fjord Energi ASA said on Monday that its chairman, Lars Berg, had "
            "resigned.\n\n"
            "Fjord Energi ASA hired an outside accounting firm in January. Its report, delivered on Friday, "
            "found no evidence that Berg had broken the rules.")
    rows = [e for e, _ in told(nlp, text, "Friday") if "found no evidence" in e]
    # not the company's report, and no row left opening with an "Its" that the row's Berg cannot own
    assert not any("Fjord" in e or e.startswith("Its ") for e in rows)


def test_they_after_the_pair_is_the_pair_and_them_is_not_the_rescuers(nlp):
    text = ("CHAMONIX, France, March 3, 2026 (Wire) - Two Italian skiers were flown to safety on Tuesday "
            "after a night on the glacier.\n\n"
            "The pair, both 27 and from Turin, set out from the Torino hut early on Sunday. They were caught "
            "by an avalanche on Monday afternoon.\n\n"
            "A team of five mountain rescuers tried to reach them on foot on Monday but turned back.")
    caught = [e for e, _ in told(nlp, text) if "caught by an avalanche" in e]
    assert caught and caught[0].startswith("The pair were caught")
    reach = [e for e, _ in told(nlp, text) if "tried to reach" in e]
    assert not any("reach the mountain rescuers" in e or "reach the rescuers" in e for e in reach)
    assert any("reach the pair" in e for e in reach)


def test_coordinated_subjects_whose_verb_was_cut_give_no_row(nlp):
    text = ("GENEVA, March 3, 2026 (Wire) - Space agencies warned on Tuesday that low orbit is getting crowded.\n\n"
            "About 30,000 pieces of debris are being tracked. A 2007 Chinese anti-satellite test and the 2009 "
            "collision between an American Iridium satellite and a retired Russian military satellite created "
            "thousands of them.")
    rows = [e for e, _ in told(nlp, text, "2007")]
    assert not any(e.startswith("A Chinese anti-satellite test and") for e in rows)


def test_a_main_clause_verb_spliced_onto_a_when_clause_is_not_given_its_subject(nlp):
    text = ("PALMA, March 3, 2026 (Wire) - Dozens of guests at a hotel in Majorca fell ill with food poisoning.\n\n"
            "Bluewave Resorts said the staff had stepped up cleaning as soon as the first guests fell ill and had "
            "closed the hotel restaurant on February 20.")
    rows = [e for e, _ in told(nlp, text, "February 20")]
    assert not any(e.startswith("The first guests") and "closed" in e for e in rows)


def test_a_clause_inside_a_list_of_things_is_no_row_of_its_own(nlp):
    from timeline_cli.events.cut_subjects import contact_clause_in_a_set
    doc = nlp("Hill, who has kept a list of the gulls he has photographed since 1985, said the bird was rare.")
    verb = next(t for t in doc if t.text == "photographed")
    assert contact_clause_in_a_set(verb)  # "Hill has photographed the gulls": the list is lost
    doc = nlp("The police found the car he had stolen in 1985.")
    verb = next(t for t in doc if t.text == "stolen")
    assert not contact_clause_in_a_set(verb)  # no set the clause sits in: a row of its own
    doc = nlp("Both sides kept to the terms of the agreement the two signed in October.")
    verb = next(t for t in doc if t.text == "signed")
    assert not contact_clause_in_a_set(verb)  # a deed done once: the two signed it


def test_a_possessive_before_its_reporter_is_not_the_reporters(nlp):
    text = ("PARIS, March 3, 2026 (Wire) - An old radar satellite broke apart in orbit on Monday, the space "
            "agency said.\n\n"
            "The satellite was launched in 2011 by Orbitech and retired in 2020. Its fuel tanks were never "
            "emptied, Orbitech said in a statement on Tuesday.")
    rows = [e for e, _ in told(nlp, text, "Tuesday")]
    assert not any(e.startswith("Orbitech said") and " its fuel tanks" in e for e in rows)
