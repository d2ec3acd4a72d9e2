"""Round 51c: a verbless object conjunct with its own date, and "of that year" after a year used as a
modifier (docs/events.md, "An object's conjunct with its own date"; docs/temporal.md is unchanged).

* "won the title in 2024 and a silver medal in 2023": the parser hangs the second object on the verb
  as its conjunct. The row of the second date tells the verb with the second object ("The team won a
  silver medal ..."), not the first object again, and without the first object's own phrases ("from
  the city"). A name after a named subject and an object that is no name ("Smith won the race in 2020
  and Jones in 2021") may be a second subject: left as it was. An event noun so hung ("survived a fire
  in 1912 and heavy shelling in 1944") is told with the verb, not "The foundry heavy shelling".
* "had ruled in March 2025 that ... under a 2021 change. The heirs appealed in May of that year": May
  2025; the year after an article, a noun's modifier, is not the year the text was telling when its
  sentence wrote a date with its year before it.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 5, 4)


def _rows(nlp, text: str) -> dict[str, object]:
    """{time expression: row} of the text's dated rows."""
    return {r.time_expression: r for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_second_object_with_its_date(nlp):
    rows = _rows(nlp, "The abbey survived a fire in 1890 and bomb damage in 1941, and the monks rebuilt the tower in 1950.")
    assert rows["1890"].event == "The abbey survived a fire"
    assert rows["1941"].event == "The abbey survived bomb damage"
    assert rows["1941"].value == "1941" and rows["1941"].status == "occurred"
    assert rows["1950"].event == "The monks rebuilt the tower"


def test_second_object_an_event_noun(nlp):
    # the parser takes "shelling" for the row's word: told with the verb, not "The foundry heavy shelling"
    rows = _rows(nlp, "The foundry survived a fire in 1912 and heavy shelling in 1944, and it cast new bells in 1958.")
    assert rows["1944"].event == "The foundry survived heavy shelling"
    rows = _rows(nlp, "The ministry approved the plan in 2019 and the budget in 2020.")
    assert rows["2020"].event == "The ministry approved the budget"


def test_second_object_with_its_own_phrase(nlp):
    rows = _rows(nlp, "The team won the national cup in 2024 and a bronze medal at the world games in 2022.")
    assert rows["2024"].event == "The team won the national cup"
    assert rows["2022"].event == "The team won a bronze medal at the world games"


def test_first_object_phrases_go_with_it(nlp):
    rows = _rows(nlp, "The museum received a grant from the city in 2018 and a large donation from a banker in 2021.")
    assert rows["2018"].event == "The museum received a grant from the city"
    assert rows["2021"].event == "The museum received a large donation from a banker"


def test_first_object_place_goes_with_it(nlp):
    rows = _rows(nlp, "The company opened a factory in Ohio in 2019 and a warehouse in Texas in 2021.")
    assert rows["2021"].event == "The company opened a warehouse in Texas"


def test_named_second_object_kept(nlp):
    # near-miss: a name object after a name object was already told with its own object
    rows = _rows(nlp, "Germany beat France in 2014 and Brazil in 2018.")
    assert rows["2018"].event == "Germany beat Brazil"


def test_name_after_named_subject_not_an_object(nlp):
    # near-miss: "Jones" may be who won; never "Smith won Jones"
    rows = _rows(nlp, "Smith won the race in 2020 and Jones in 2021.")
    assert "2021" not in rows or "Jones" not in rows["2021"].event


def test_conjoined_verbs_unchanged(nlp):
    # near-miss: a second verb of its own
    rows = _rows(nlp, "The club signed a striker in 2024 and sold its goalkeeper in 2025.")
    assert rows["2024"].event == "The club signed a striker"
    assert rows["2025"].event == "The club sold its goalkeeper"


def test_that_year_past_a_modifier_year(nlp):
    text = ("The agency approved the drug in June 2019 under a 2016 rule. "
            "The maker filed a second request in October of that year.")
    assert _rows(nlp, text)["October of that year"].value == "2019-10"


def test_that_year_past_a_modifier_year_same_sentence(nlp):
    text = "The union struck in 2023 over a 2020 agreement, and the talks resumed in March of that year."
    assert _rows(nlp, text)["March of that year"].value == "2023-03"


def test_that_year_after_a_told_year_unchanged(nlp):
    # near-miss: the year the text told last, no modifier
    text = "The plant opened in 2011. It closed in 2016. In March of that year the owners sold the site."
    assert _rows(nlp, text)["March of that year"].value == "2016-03"
