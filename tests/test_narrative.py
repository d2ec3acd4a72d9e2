"""Narrative time (issue 11): document kinds, story anchoring, historical calendar expressions.

Every text here is made up for the test; none comes from WikiWars or TempEval-3.
"""
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from timeline_cli.cli import app
from timeline_cli.temporal import tag
from timeline_cli.temporal.narrative import detect_kind

REF = dt.date(2021, 3, 15)  # the day a history page was saved

HISTORY = (
    "The Harbour Strike\n\n"
    "In 1911 the dockers of the northern port formed a union. On 14 June the union called its first strike, "
    "and eight days later the shipowners locked the gates. In August the army was sent in.\n\n"
    "The following year the strike spread to the railways. During the spring of 1912 the union split. By "
    "1914 it had been dissolved, and in December the last leaders were tried. On 20 December 1914 they were "
    "jailed; in January they were freed."
)

NEWS = (
    "The port authority said on Monday that the strike would end this week. In 1911 dockers formed the "
    "first union here, and in 1955 and 1980 there were long strikes. The union will vote in May."
)


def values(text, kind, ref=REF):
    return {e.text: e.value for e in tag(text, ref, kind=kind)}


# --- document kind ---------------------------------------------------------------------------------

def test_a_history_told_through_its_years_is_a_narrative():
    decision = detect_kind(HISTORY, REF.year)
    assert decision.kind == "narrative", decision.reason


def test_a_news_report_with_a_history_paragraph_stays_news():
    decision = detect_kind(NEWS, REF.year)
    assert decision.kind == "news", decision.reason


def test_a_report_whose_opening_speaks_of_its_own_days_is_news_even_with_old_years():
    text = ("The museum reopened on Tuesday. It was founded in 1890, burned in 1921 and was rebuilt "
            "in 1930. In May it was flooded; in June it closed.")
    assert detect_kind(text, REF.year).kind == "news"


# --- narrative anchoring -----------------------------------------------------------------------------

def test_partial_dates_take_the_story_year_across_paragraphs():
    found = values(HISTORY, "narrative")
    assert found["14 June"] == "1911-06-14"
    assert found["August"] == "1911-08"
    assert found["December"] == "1914-12"


def test_the_same_text_as_news_counts_from_the_reference_date():
    found = values(HISTORY, "news")
    assert found["August"] != "1911-08"


def test_auto_detects_the_narrative():
    assert values(HISTORY, "auto") == values(HISTORY, "narrative")


def test_anaphoric_expressions_are_dates_on_the_story_time():
    found = values(HISTORY, "narrative")
    assert found["eight days later"] == "1911-06-22"
    assert found["The following year"] == "1912"


def test_a_month_well_before_a_stated_date_is_the_next_year():
    assert values(HISTORY, "narrative")["January"] == "1915-01"


def test_a_year_mentioned_in_passing_does_not_move_the_story():
    text = "In 1911 the dockers struck. The quay, built in 1850, was closed. In May the army came."
    assert values(text, "narrative")["May"] == "1911-05"


@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("In 1832 the canal opened. That summer the first barges passed.", "That summer", "1832-SU"),
        ("On 3 May 1849 the bridge fell. The next day the mayor resigned.", "The next day", "1849-05-04"),
        ("On 3 May 1849 the bridge fell. Two weeks later it was rebuilt.", "Two weeks later", "1849-05-17"),
        ("On 9 October 1870 the council met. Four days after the vote, the mayor resigned.",
         "Four days after the vote", "1870-10-13"),
        ("In 1870 the town grew. The previous year had been dry.", "The previous year", "1869"),
        ("In March 1901 the mill closed. By the end of the month the workers had left.", "the end of the month",
         "1901-03"),
        ("In 1795 the treaty was signed. At Christmas the envoys went home.", "Christmas", "1795-12-25"),
        ("In 1902 the line opened. A few weeks later it closed.", "A few weeks later", "FUTURE_REF"),
        ("In 1788 the fort was begun. In August of that year the walls rose.", "August of that year", "1788-08"),
        ("On 2 May 1788 the fort was begun. On July 25 of the following year it fell.",
         "July 25 of the following year", "1789-07-25"),
        ("On 2 May 1788 the fort was begun. The wall fell the same day.", "the same day", "1788-05-02"),
        ("On 2 May 1788 the fort fell. The day following saw a truce.", "The day following", "1788-05-03"),
        ("On 2 May 1788 the fort fell. The envoy died early the next morning.", "early the next morning",
         "1788-05-03TMO"),
        ("In 1820 the pier was built. Fifteen months later it washed away.", "Fifteen months later", "1821"),
    ],
)
def test_narrative_expression_classes(text, extent, value):
    found = values(text, "narrative")
    assert found.get(extent) == value, found


def test_counted_days_stay_durations_in_news():
    found = values("The talks began on Monday. Eight days later they failed.", "news")
    assert found.get("Eight days") == "P8D"


# --- historical calendar expressions (every kind) -----------------------------------------------------

@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("The colony was founded in 612 BC by traders.", "612 BC", "BC0612"),
        ("The colony was founded in 612 BCE by traders.", "612 BCE", "BC0612"),
        ("The siege began in April 331 BC.", "April 331 BC", "BC0331-04"),
        ("The fleet sailed in autumn of 415 BC.", "autumn of 415 BC", "BC0415-FA"),
        ("The fleet sailed in the spring of 415 BC.", "the spring of 415 BC", "BC0415-SP"),
        ("Trade flourished in the 540s BC.", "the 540s BC", "BC054"),
        ("The temple dates from the 6th century BC.", "the 6th century BC", "BC05"),
        ("The town was buried in AD 79.", "AD 79", "0079"),
        ("The kingdom was founded by 1066 and lasted long.", "1066", "1066"),
        ("The reforms of the 1960s changed the port.", "the 1960s", "196"),
        ("The mill closed early in 1862 for good.", "early in 1862", "1862"),
    ],
)
def test_historical_expressions(text, extent, value):
    found = values(text, "news")
    assert found.get(extent) == value, found


def test_a_bc_range_gives_both_years_their_era():
    found = values("The league lasted (431-404 BC) in all.", "news")
    assert found == {"431": "BC0431", "404 BC": "BC0404"}


def test_a_year_range_gives_both_years():
    found = values("The Eastern campaign (1861-1863) was long.", "news")
    assert found == {"1861": "1861", "1863": "1863"}


def test_a_range_of_figures_is_not_a_range_of_years():
    found = values("The audit covered budget lines 1200-1250 only.", "news")
    assert "1200" not in found


def test_a_bc_story_counts_on_in_bc_years():
    found = values("In 480 BC the fleet gathered. In the spring it sailed. The following year it returned.",
                   "narrative")
    assert found["the spring"] == "BC0480-SP"
    assert found["The following year"] == "BC0479"


def test_a_bc_story_counts_decades_and_centuries_in_bc():
    found = values("In 489 BC the general died. In the following decade the city grew. It undid the gains of the "
                   "previous century.", "narrative")
    assert found["the following decade"] == "BC048"
    assert found["the previous century"] == "BC05"


def test_a_plan_told_in_a_story_does_not_move_it():
    found = values("On 3 October 1907 the council met. It promised elections next summer. In December the "
                   "mayor resigned.", "narrative")
    assert found["next summer"] == "1908-SU"
    assert found["December"] == "1907-12"


def test_years_far_from_the_reference_date_are_kept_as_written():
    found = values("The abbey was built by 1150 and rebuilt until 1420.", "news", ref=dt.date(2024, 6, 27))
    assert found == {"1150": "1150", "1420": "1420"}


def test_bc_rows_have_no_iso_days():
    (e,) = tag("It fell in 612 BC.", REF, kind="news")
    assert (e.value, e.date, e.end_date) == ("BC0612", None, None)


# --- CLI ----------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_kind_option_and_document_kind_field(tmp_path):
    path = tmp_path / "history.txt"
    path.write_text(HISTORY, encoding="utf-8")
    rows = {}
    for kind in ("auto", "news"):
        result = runner.invoke(app, ["dates", str(path), "--reference-date", "2021-03-15", "--format", "jsonl",
                                     "--kind", kind, "-v"])
        assert result.exit_code == 0, result.stderr
        rows[kind] = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["document_kind"] for r in rows["auto"]} == {"narrative"}
    assert {r["document_kind"] for r in rows["news"]} == {"news"}
    by_text = {r["text"]: r["value"] for r in rows["auto"]}
    assert by_text["August"] == "1911-08"
    assert list(rows["auto"][0])[-1] == "document_kind"


def test_cli_verbose_reports_the_kind_and_why(tmp_path):
    path = tmp_path / "history.txt"
    path.write_text(HISTORY, encoding="utf-8")
    result = runner.invoke(app, ["dates", str(path), "--reference-date", "2021-03-15", "--format", "jsonl", "-v"])
    assert result.exit_code == 0
    assert "history.txt: narrative (" in result.stderr


def test_cli_rejects_an_unknown_kind(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("It rained on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(path), "--kind", "novel"])
    assert result.exit_code == 2
    assert "novel" in result.stderr
