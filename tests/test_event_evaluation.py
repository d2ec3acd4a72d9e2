"""Anchoring accuracy on a hand-made TimeML file."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_cli.event_evaluation import evaluate_anchoring

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "anchoring.tml"


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
    assert report.expressions == "tagger"
    assert report.links == 4
    # The tagger finds the same three dates as the gold, and their rows anchor as they do with gold.
    assert (report.timexes, report.timexes_anchored, report.anchored) == (3, 3, 3)


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


COVERED_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>covered</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-27" temporalFunction="false" functionInDocument="CREATION_TIME">June 27, 2024</TIMEX3></DCT>
<TEXT>
The bank <EVENT eid="e1" class="OCCURRENCE">completed</EVENT> the <EVENT eid="e2" class="OCCURRENCE">acquisition</EVENT> of a rival <TIMEX3 tid="t1" type="DATE" value="2024-W25">last week</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei2"/>
</TimeML>
"""


def test_covered_figures_are_reported_next_to_the_strict_ones(nlp, tmp_path):
    # "announced the merger last week" (the fixture): announcing is not carrying out, no cover.
    report = evaluate_anchoring([FIXTURE], nlp, use_tagger=False)
    assert (report.anchored, report.covered, report.links) == (3, 3, 4)
    # "completed the acquisition last week": the row (trigger completed) covers its object.
    path = tmp_path / "covered.tml"
    path.write_text(COVERED_TML, encoding="utf-8")
    report = evaluate_anchoring([path], nlp, use_tagger=False)
    assert (report.anchored, report.covered, report.links) == (1, 2, 2)
    assert report.by_relation == {"IS_INCLUDED": [1, 1], "INCLUDES": [0, 1]}
    assert report.covered_by_relation == {"IS_INCLUDED": [1, 1], "INCLUDES": [1, 1]}
    assert (report.timexes, report.timexes_anchored, report.timexes_covered) == (1, 1, 1)
    data = report.to_dict()
    assert data["accuracy"] == 0.5 and data["covered_accuracy"] == 1.0
    text = report.format()
    assert "anchoring accuracy: 1/2" in text and "covered: 2/2" in text
