"""Round 51a: who acted, when the parse made another word the doer (docs/events.md, "Subject resolution").

* A common noun right after a name with no comma, which the parse hung on the name as an apposition,
  is the phrase's own head: "Chile women's hockey coach Ana Ruiz resigned on Tuesday" -> "Chile
  women's hockey coach Ana Ruiz resigned" (not "Chile resigned"). An apposition set off by a comma
  stays an aside ("Portugal, the defending champion, lost": "Portugal lost").
* "The company" after a name the story calls a public body in apposition or right before it ("the
  food safety authority VKA said", the parse reading "authority" and "VKA" as two subjects) is not
  that body, nor a name further back: "The company" stays unresolved. A company named with a compound
  ("streaming service Vidora", "the retailer Norvik") is still "the company".
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 4)


def _rows(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    """{time expression: (description, actors)} of the text's dated rows."""
    return {r.time_expression: (r.event, list(r.actors)) for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_nation_before_a_role_noun_is_no_doer(nlp):
    rows = _rows(nlp, "Headline here\n\nSANTIAGO, March 4, 2026 (Wire) - Chile women's hockey coach Ana Ruiz "
                      "resigned on Tuesday, a week after the team lost the final.")
    event, actors = rows["Tuesday"]
    assert event == "Chile women's hockey coach Ana Ruiz resigned"
    assert actors != ["Chile"]


def test_dateline_nation_and_possessive_role(nlp):
    rows = _rows(nlp, "Headline here\n\nOSLO, March 4, 2026 (Wire) - Norway men's ski jumping coach Lars Berg "
                      "resigned on Tuesday.")
    assert rows["Tuesday"][0] == "Norway men's ski jumping coach Lars Berg resigned"


def test_comma_apposition_stays_an_aside(nlp):
    rows = _rows(nlp, "Headline here\n\nPortugal, the defending champion, lost on Tuesday.")
    assert rows["Tuesday"] == ("Portugal lost", ["Portugal"])


def test_company_is_not_the_authority_named_before_it(nlp):
    rows = _rows(nlp, "Headline here\n\nA Danish dairy recalled 40,000 cheeses on Monday after listeria was found "
                      "at its plant, the food safety authority VKA said. The company halted production on Tuesday.")
    event, actors = rows["Tuesday"]
    assert event == "The company halted production"
    assert "VKA" not in actors


def test_company_named_with_a_compound_still_resolves(nlp):
    rows = _rows(nlp, "Headline here\n\nThe retailer Norvik said on Monday it would close stores. "
                      "The company shut 12 stores on Tuesday.")
    assert rows["Tuesday"] == ("Norvik shut 12 stores", ["Norvik"])


def test_company_described_as_a_service_still_resolves(nlp):
    rows = _rows(nlp, "Headline here\n\nThe app was built by Medora, a drug reference service, on Monday. "
                      "The company released an update on Tuesday.")
    assert rows["Tuesday"] == ("Medora released an update", ["Medora"])
