"""Round 24 (r24c): a pronoun or possessive with no owner in the row, a union taken for "the company",
a named institution's "which" clause given to its town. Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when):
    found = timeline_rows(nlp, text, datetime.date(2026, 3, 4))
    return [(r.event, r.actors) for r in found if r.time_expression == when]


FACTORY = ("CLEVELAND, March 3, 2025 (Wire) - Kestrel Tools Inc. said on Monday it would close its drill factory "
           "in Dayton and move the work to Poland, cutting about 800 jobs.\n\n"
           "The company said the plant would stop production in the third quarter.\n\n"
           "The United Machinists Union, which represents most of the workers, said it would "
           "fight the closure. The mayor of Dayton called the decision \"a blow\".\n\n"
           "The company has struggled since a price war with Chinese rivals began in 2022. Its shares fell "
           "4 percent after the announcement on Monday.")


def test_its_shares_after_the_company_are_not_a_unions(nlp):
    events = [e for e, _ in told(nlp, FACTORY, "Monday") if "shares fell" in e]
    assert events and not any("Machinists" in e or "Union" in e for e in events)
    assert any(e.startswith("Kestrel Tools Inc") for e in events)


FURNACE = ("CARDIFF, June 9, 2025 (Wire) - The last blast furnace at the Port Talbot works was shut down on "
           "Sunday, owner Tata Steel UK said.\n\n"
           "Economy Minister Rhian Jones said the European Union had given the region 300 million euros for "
           "training.\n\n"
           "Demolition of the furnace is scheduled to start in the autumn. The company plans to build an "
           "electric arc furnace on the site by 2027.")


def test_the_company_is_never_a_union_of_states(nlp):
    rows = told(nlp, FURNACE, "2027")
    assert rows and not any("European Union" in e or "European Union" in a for e, a in rows)


def test_the_company_still_takes_a_company_named_before_it(nlp):
    text = ("OSLO, June 9, 2025 (Wire) - Nordvik Shipping ASA said on Monday it would sell two ferries. "
            "The company plans to order new vessels in 2026.")
    assert any(e.startswith("Nordvik Shipping ASA plans") for e, _ in told(nlp, text, "2026"))


def test_a_which_clause_on_a_museums_town_is_the_museums(nlp):
    text = ("ASWAN, Egypt, March 4, 2026 (Wire) - Archaeologists have found a granite statue near Kom Ombo, "
            "the ministry said on Tuesday.\n\nThe statue will be moved to the Nubia Museum in Aswan, which "
            "opened fully in 1997, and cleaning work is planned for May.")
    events = [e for e, _ in told(nlp, text, "1997")]
    assert events and not any(e.startswith("Aswan") for e in events)
    assert any(e.startswith("The Nubia Museum") for e in events)


PANDA = ("BEIJING, May 5, 2025 (Wire) - For two years, keepers at the Chengdu breeding centre watched a giant "
         "panda named Mei Lan put on weight. On Sunday they finally met her cub.\n\n"
         "Fewer than 1,900 giant pandas live in the wild. Hunting for their pelts and the loss of bamboo "
         "forest cut their numbers sharply in the 1970s.\n\n"
         "The centre will hold a naming ceremony next month and expects to let visitors see her from a "
         "distance later in the year.")


def test_a_possessive_with_no_owner_in_the_row_gives_no_row(nlp):
    assert not any("her cub" in e for e, _ in told(nlp, PANDA, "Sunday"))
    assert not any("their numbers" in e for e, _ in told(nlp, PANDA, "the 1970s"))
    assert not any("see her" in e for e, _ in told(nlp, PANDA, "later in the year"))
    assert told(nlp, PANDA, "next month")  # the centre's ceremony, its own subject, stays


def test_an_object_it_with_no_thing_before_it_gives_no_row(nlp):
    text = ("The tomb, near the village of Saqqara, belonged to a priest named Ptahmose, said mission director "
            "Omar Nabil, who showed it to reporters on Monday morning.")
    assert not any("showed it" in e for e, _ in told(nlp, text, "Monday morning"))


def test_a_possessive_whose_owner_the_row_names_stays(nlp):
    text = ("Hollman Foods opened the Leeds bakery in 1968 and expanded it in 1985. Jane Roe sold her "
            "shares in the company in 2019.")
    assert any("expanded it" in e or "expanded the Leeds bakery" in e for e, _ in told(nlp, text, "1985"))
    assert any("her shares" in e for e, _ in told(nlp, text, "2019"))


def test_the_companys_plan_with_no_company_in_the_row_gives_no_row(nlp):
    text = ("OTTAWA, June 2, 2026 (Wire) - Workers at Maple Rail have voted to strike, their union said on "
            "Monday.\n\nThe union represents about 9,000 workers at Maple Rail, the national passenger "
            "operator. Talks over a new contract broke down on May 12 over pay, night shifts and the "
            "company's plan to close 40 rural stations.")
    assert not any("the company's" in e for e, _ in told(nlp, text, "May 12"))


def test_the_company_is_no_country_the_tagger_took_for_an_organisation(nlp):
    text = ("BRATISLAVA, March 15, 2026 (Wire) - The last coal plant in the country stopped generating on "
            "Sunday, state utility Slovenske Elektrarne said.\n\nSlovakia now relies mainly on nuclear power. "
            "Demolition of the cooling towers will start in the autumn. The company plans to build a "
            "battery plant on the site by 2028.")
    rows = told(nlp, text, "2028")
    assert not any(e.startswith("Slovakia") or "Slovakia" in a for e, a in rows)


def test_a_pronoun_with_an_owner_in_the_row_keeps_its_row(nlp):
    text = ("One of the brands said on Thursday it had suspended orders from the factory. The suspect was "
            "detained along with his wife on Friday.")
    assert any("suspended orders" in e for e, _ in told(nlp, text, "Thursday"))
    assert any("his wife" in e for e, _ in told(nlp, text, "Friday"))


def test_an_object_it_is_not_its_own_verbs_subject(nlp):
    text = ("The pipeline leaked 900 barrels of oil near Regina in May. In 2023 the regulator fined it "
            "C$150,000 for a smaller spill.")
    assert not any("fined it" in e for e, _ in told(nlp, text, "2023"))


def test_a_possessive_of_its_own_subject_keeps_its_row(nlp):
    text = "The valley was last flooded by a big storm in 2009, when a river burst its banks near Cusco."
    assert any(e.startswith("A river burst its banks") for e, _ in told(nlp, text, "2009"))


def test_an_object_it_may_be_its_subjects_owner(nlp):
    text = "In February 2021 problems with the LSE's telecom links forced it to stop trading for four hours."
    assert any("forced it to stop trading" in e for e, _ in told(nlp, text, "February 2021"))
