"""Round 48a: "the company" after "said the troupe's director, Ivana Horvatek" stands for the
director's organisation (kept as "The company" when it has no name), never for the director nor for
another organisation named before her; a named owner ("Fjordline's chief executive") takes it."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

MAY = datetime.date(2026, 5, 12)


def _row(rows, expression):
    return next(r for r in rows if r.time_expression == expression)


def test_company_after_an_owned_role_is_not_another_organisation(nlp):
    rows = timeline_rows(nlp, "ZAGREB, Croatia, May 12, 2026 (Wire) - A puppet troupe that has played in the old mill since 1970 "
                              "must leave by June 30. The mill's owner, the developer Adria Homes, will not renew the lease.\n\n"
                              "\"We have survived wars and floods,\" said the troupe's director, Ivana Horvatek. \"I did not expect this.\"\n\n"
                              "The company was set up in 1962 by the fisherman Ante Bilic, who toured the islands with a cart.", MAY)
    row = _row(rows, "1962")
    assert row.event.startswith("The company was set up"), row
    assert "Adria Homes" not in row.actors and "Ivana Horvatek" not in row.actors, row


def test_named_owner_of_the_role_takes_the_company(nlp):
    rows = timeline_rows(nlp, "OSLO, Norway, May 12, 2026 (Wire) - Demand for ferry crossings has fallen, the port authority said.\n\n"
                              "\"We had no choice,\" said Fjordline's chief executive, Kari Lund.\n\n"
                              "The company was founded in 1977 by two brothers.", MAY)
    row = _row(rows, "1977")
    assert row.event.startswith("Fjordline was founded") and "Kari Lund" not in row.actors, row
