"""Round 70d: dates given the wrong year, and habitual times read as one date.

- In a narrative (a backgrounder told through its years), a partial date in a clause of the
  narrator's present that looks ahead ("will be signed in the spring", "is due to open on May 4",
  "is expected to rule by July") counts from the reference date, not from the story's time, which
  may be a coming year named just before ("due to open in 2030"). A past story's own future ("would
  reopen in the spring") and a quotation keep the story's time.
- In news, a partial date in a clause that looks ahead, after a coming year of a plan of its own
  sentence ("assembly will end in April 2028, but the outlet will stay open until the summer"), is of
  that year.
- A bare season under a verb in the simple present with a common-noun subject ("the trams get to 40
  degrees in summer") is every such season (a SET), no row's date; a one-off's schedule ("the
  museum reopens in spring") keeps its year.
- "That summer" after "the spring of 2021" is the summer of 2021.
"""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows, values_of

FEB_9 = dt.date(2026, 2, 9)

BACKGROUNDER = (
    "Backgrounder: Tarnow's old tram depot to be turned into a library\n\n"
    "TARNOW, Poland, Feb. 9, 2026 (Wire) - The old tram depot of Tarnow, which has stood empty for "
    "decades, will be rebuilt as the city's main library, the council said. The rebuilding will cost "
    "about 90 million zlotys, and the library is due to open in 2030 with a reading garden. The bus "
    "workshop will move to a hangar near the airport, which is due to open on May 4.\n\n"
    "The depot was built in 1911, when Tarnow was part of Austria-Hungary. Trams ran from it until "
    "1942, when the occupying army took the rails for scrap. In March 1945 a fire gutted its west "
    "wing. On June 12, 1950, the city bus company moved in.\n\n"
    "The building was listed as a monument in 1987. Its roof was repaired in 1998 and again in 2009.\n\n"
    "The conservation office is expected to rule on the design by July. If it agrees, the contract "
    "will be signed in the spring and building work is expected to start in the autumn.\n")


def _values(nlp, text, reference=FEB_9):
    return {f.text: f.value for f in tag(text, reference, nlp(text), ranges=True)}


def test_backgrounder_coming_dates_count_from_the_dateline(nlp):
    rows = timeline_rows(nlp, BACKGROUNDER, FEB_9)
    assert rows and rows[0].document_kind == "narrative"
    assert values_of(rows, "May 4") == {"2026-05-04"}
    assert values_of(rows, "July") == {"2026-07"}
    assert values_of(rows, "the spring") == {"2026-SP"}
    assert values_of(rows, "the autumn") == {"2026-FA"}


def test_backgrounder_past_story_keeps_its_own_future(nlp):
    text = BACKGROUNDER.replace(
        "The building was listed", "The company said the depot would reopen in the spring. The building was listed")
    rows = timeline_rows(nlp, text, FEB_9)
    assert "1950-SP" in values_of(rows, "the spring")


def test_coming_plan_year_of_the_sentence(nlp):
    rows = timeline_rows(nlp, "Assembly will end in April 2028, but the outlet will stay open until the summer, "
                              "the firm said on Monday.", FEB_9)
    assert values_of(rows, "the summer") == {"2028-SU"}


def test_coming_plan_year_near_misses(nlp):
    rows = timeline_rows(nlp, "Assembly will end in April 2028. The outlet will stay open until the summer, "
                              "the firm said on Monday.", FEB_9)
    assert values_of(rows, "the summer") == {"2026-SU"}
    values = _values(nlp, "The plant closed in 2019, and it will reopen in the summer, the firm said.")
    assert values["the summer"] == "2026-SU"
    values = _values(nlp, "The changeover is planned for March 1, 2027, and the first coins will be struck in the autumn.")
    assert values["the autumn"] == "2026-FA"
    values = _values(nlp, "The minister said the city would build 8,000 homes by 2031 and would publish the details in the autumn.")
    assert values["the autumn"] == "2026-FA"
    values = _values(nlp, "Assembly will end in April 2028, but the outlet will stay open until this autumn.")
    assert values["this autumn"] == "2026-FA"


def test_bare_season_in_a_present_habit_is_a_set(nlp):
    values = _values(nlp, "But the cabins of the older trams get to 40 degrees in summer, drivers say.")
    assert values["summer"] == "XXXX-SU"
    values = _values(nlp, "Pleasure boats now make up most of the crossings in summer.")
    assert values["summer"] == "XXXX-SU"


def test_bare_season_of_a_schedule_keeps_its_year(nlp):
    assert _values(nlp, "The museum reopens in spring after repairs.")["spring"] == "2026-SP"
    assert _values(nlp, "The breeding season begins in earnest in spring.")["spring"] == "2026-SP"
    assert _values(nlp, "Vasquez travels to Lisbon in summer.")["summer"] == "2026-SU"


def test_that_season_after_a_season_of_a_year(nlp):
    values = _values(nlp, "Novak put up the fence in the spring of 2021, after his dog ran off. The Horvats said "
                          "they first saw the fence that summer, when Novak invited them over.", dt.date(2025, 3, 4))
    assert values["that summer"] == "2021-SU"


def test_that_season_after_a_year_near_miss(nlp):
    values = _values(nlp, "Novak put up the fence in 2021. The Horvats said they first saw it that summer.",
                     dt.date(2025, 3, 4))
    assert values["that summer"] == "2021-SU"
