"""Round 54a: "the company" and "it" given the wrong organisation (docs/events.md, "Subject
resolution").

1. A company named "The Zoria Lirika Theatre" (an ORG entity) and then by its first words, "Zoria
   Lirika", which the tagger calls a person: the short name is the company (as "Sansui" for "Sansui
   Electric Co." already was), so "It has since ..." and "The company hopes ..." after it are that
   company, not another organisation named in the paragraph before (the promoter, the venue).
2. A subject "Lindqvist's shares" is the company a following "The company, which ..." stands for,
   not a subject further back (the company Lindqvist buys).
3. "The company" a person reports by surname alone ("Okafor said the company planned ...") is the
   company whose title the story gave them beside their full name ("the company's manager, Ruth
   Okafor"), not another organisation named in between.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 7, 20)


def _by_expression(nlp, text: str) -> dict[str, tuple[str, str, list[str]]]:
    return {r.time_expression: (r.event, r.status, list(r.actors))
            for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_it_after_the_short_name_is_the_company(nlp):
    rows = _by_expression(nlp, (
        "The Zoria Lirika Theatre, a troupe founded in Lviv in 2010, said on Monday it had called off its tour "
        "of Canada. Tickets will be refunded, the Canadian promoter, Bluewave Concerts, said in a statement.\n\n"
        "Zoria Lirika moved to Warsaw in 2022. It has since played in 12 countries and won a Polish theatre "
        "prize in 2024.\n"))
    assert rows["2024"][0] == "Zoria Lirika won a Polish theatre prize"
    assert "Bluewave Concerts" not in rows["2024"][2]
    assert rows["2022"][0] == "Zoria Lirika moved to Warsaw"


def test_the_company_after_the_short_name(nlp):
    rows = _by_expression(nlp, (
        "The Kora Danza Ballet said on Tuesday it had cancelled three shows in Chicago. The venue, Lakeside "
        "Hall, said the dates could not be moved.\n\n"
        "Kora Danza left Milan in 2019. The company hopes to return to Chicago in 2027.\n"))
    assert rows["2027"] == ("Kora Danza hopes to return to Chicago", "expected", ["Kora Danza", "Chicago"])


def test_the_company_after_its_shares(nlp):
    rows = _by_expression(nlp, (
        "Lindqvist Shipping agreed on Monday to buy the ferry operator Baltic Lines for 300 million euros. "
        "Baltic Lines has lost money for three years.\n\n"
        "Lindqvist's shares fell 2 percent in Stockholm on Monday. The company, which was founded in 1921 in "
        "Gothenburg, said it would pay for the deal with a loan.\n"))
    assert rows["1921"][0] == "Lindqvist Shipping was founded in Gothenburg"
    assert "Baltic Lines" not in rows["1921"][2]


def test_shares_of_no_named_company_change_nothing(nlp):
    rows = _by_expression(nlp, (
        "Orvik Foods agreed on Monday to buy the bakery chain Brodhus for 90 million euros. Brodhus has 120 "
        "shops in Denmark.\n\n"
        "Shares in Nordic food makers rose 4 percent on Monday. The company, which was founded in 1931 in "
        "Bergen, said it would pay with cash.\n"))
    assert rows["1931"][0] == "Orvik Foods was founded in Bergen"


def test_another_company_named_last_keeps_it(nlp):
    # the promoter is the subject right before "It has since": it stays the promoter's
    rows = _by_expression(nlp, (
        "The Zoria Lirika Theatre said on Monday it had called off its tour of Canada. Its promoter, "
        "Bluewave Concerts, said it would refund tickets.\n\n"
        "Bluewave Concerts was founded in Toronto in 2001. It has since organised 300 tours and won an "
        "industry award in 2020.\n"))
    assert "Zoria Lirika" not in rows.get("2020", ("", "", []))[0]


def test_the_company_the_speaker_works_for(nlp):
    # 3. "the company's manager, Ruth Okafor ... Okafor said the company planned": her own company,
    # not the ticketing firm named between
    rows = _by_expression(nlp, (
        "The Red Kite Theatre Company said on Tuesday that it would close its London venue in March. Refunds "
        "will be paid by the ticketing firm, Stagepass Ltd, the company's manager, Ruth Okafor, said.\n\n"
        "Okafor said the company planned to reopen in a new building in 2027.\n"))
    assert rows["2027"][0] == "Red Kite Theatre Company planned to reopen in a new building"
    assert "Stagepass Ltd" not in rows["2027"][2]


def test_a_speaker_with_no_company_title_changes_nothing(nlp):
    text = ("The Red Kite Theatre Company said on Tuesday that it would close its London venue in March. Refunds "
            "will be paid by the ticketing firm, Stagepass Ltd, a spokeswoman, Ruth Okafor, said.\n\n"
            "Okafor said the company planned to pay them in 2027.\n")
    # a spokeswoman of no company the story names: the title rule does not apply
    assert "Red Kite" not in _by_expression(nlp, text)["2027"][0]
