"""Anchoring accuracy on a hand-made TimeML file."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_cli.event_evaluation import evaluate_anchoring, main

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "anchoring.tml"


@pytest.fixture(scope="session")
def nlp():
    from timeline_cli.nlp import load_model

    return load_model()


def test_anchoring_with_gold_timexes(nlp):
    report = evaluate_anchoring([FIXTURE], nlp, use_tagger=False)
    assert report.expressions == "gold"
    assert report.documents == 1
    # visited/Wednesday, announced/last week, merger/last week, protested/Monday; the duration is
    # not scored and "marched ... north." is in another sentence than Monday.
    assert report.skipped_types == {"DURATION": 1}
    assert report.cross_sentence == 1
    assert report.links == 4
    # One row per date: "last week" dates the announcement, not also the merger.
    assert report.anchored == 3
    assert report.accuracy == pytest.approx(0.75)
    assert report.by_relation == {"IS_INCLUDED": [3, 3], "INCLUDES": [0, 1]}
    assert (report.timexes, report.timexes_anchored) == (3, 3)
    assert report.timex_accuracy == 1.0
    assert report.to_dict()["accuracy"] == 0.75
    assert "3/4" in report.format()


def test_folder_is_searched_and_the_tagger_used_when_present(nlp):
    report = evaluate_anchoring([FIXTURE.parent], nlp)
    assert report.documents == 1
    assert report.expressions in ("tagger", "gold")
    assert report.links == 4


def test_command_line(capsys):
    assert main([str(FIXTURE), "--gold-timexes"]) == 0
    out = capsys.readouterr().out
    assert "anchoring accuracy: 3/4" in out and "expressions: gold" in out


def test_timeline_eval_events():
    import json

    from typer.testing import CliRunner

    from timeline_cli.cli import app

    result = CliRunner().invoke(app, ["eval", "--events", str(FIXTURE), "--gold-timexes"])
    assert result.exit_code == 0, result.output
    assert "anchoring accuracy: 3/4" in result.output and "IS_INCLUDED" in result.output
    result = CliRunner().invoke(app, ["eval", "--events", str(FIXTURE.parent), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["links"] == 4 and data["documents"] == 1
    assert set(data["by_relation"]) == {"IS_INCLUDED", "INCLUDES"}


def test_covered_figures_are_reported_next_to_the_strict_ones(nlp):
    report = evaluate_anchoring([FIXTURE], nlp, use_tagger=False)
    # "announced the merger last week": the row (trigger announced) covers its event-noun object.
    assert (report.anchored, report.covered, report.links) == (3, 4, 4)
    assert report.covered_by_relation == {"IS_INCLUDED": [3, 3], "INCLUDES": [1, 1]}
    assert report.timexes_covered == 3
    data = report.to_dict()
    assert data["accuracy"] == 0.75 and data["covered_accuracy"] == 1.0
    text = report.format()
    assert "anchoring accuracy: 3/4" in text and "covered: 4/4" in text
