"""The TempEval-3 scorer on a hand-made TimeML document with hand-computed numbers."""
import importlib.util
import json
import os
from pathlib import Path

import pytest

from timeline_cli.evaluation import format_report, score, system_jsonl
from timeline_cli.records import TimeExpression
from timeline_cli.timeml import read_timeml

FIXTURE = Path(__file__).parent / "fixtures" / "timeml" / "made_up_news.tml"
TE3SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "te3score.py"


@pytest.fixture(scope="module")
def gold():
    return read_timeml(FIXTURE)


def expr(text, phrase, type_, value, occurrence=0, grow_left=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return TimeExpression(start - grow_left, start + len(phrase), text[start - grow_left:start + len(phrase)], type_, value)


@pytest.fixture(scope="module")
def system(gold):
    t = gold.text
    return [
        expr(t, "Wednesday", "DATE", "2024-06-26"),  # strict, right
        expr(t, "today", "DATE", "2024-06-26"),  # strict, wrong value
        expr(t, "three weeks", "DURATION", "P3W", grow_left=5),  # "take three weeks": relaxed only, right
        # "next month": missed
        expr(t, "daily", "DATE", "P1D"),  # strict, right value, wrong type
        expr(t, "2019", "DATE", "2019"),  # strict, right
        expr(t, "second quarter", "DATE", "2024-Q2"),  # relaxed only ("the" left out), right
        expr(t, "a year earlier", "DATE", "2023-Q2"),  # strict, right
        expr(t, "officials", "DATE", "PRESENT_REF"),  # spurious
    ]


def test_fixture_reads_as_expected(gold):
    assert gold.dct_date.isoformat() == "2024-06-27"
    assert [x.text for x in gold.timexes] == ["Wednesday", "today", "three weeks", "next month", "daily", "2019",
                                              "the second quarter", "a year earlier"]


def test_scores_by_hand(gold, system):
    report = score([gold], {gold.name: system})
    c = report.overall
    assert (c.gold, c.system, c.strict, c.relaxed, c.value_ok, c.type_ok) == (8, 8, 5, 7, 6, 6)
    assert c.strict_p == pytest.approx(5 / 8) and c.strict_r == pytest.approx(5 / 8)
    assert c.strict_f1 == pytest.approx(0.625)
    assert c.relaxed_f1 == pytest.approx(0.875)
    assert c.value_acc == pytest.approx(6 / 7) and c.value_f1 == pytest.approx(0.75)
    assert c.type_acc == pytest.approx(6 / 7) and c.type_f1 == pytest.approx(0.75)
    # per gold type: the DURATION was found (relaxed), the SET has the wrong type
    assert (report.by_type["DURATION"].relaxed, report.by_type["DURATION"].strict) == (1, 0)
    assert report.by_type["SET"].type_ok == 0
    assert report.by_type["DATE"].gold == 6 and report.by_type["DATE"].relaxed == 5
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["miss", "span", "span", "spurious", "type", "value"]
    miss = next(e for e in report.errors if e.kind == "miss")
    assert (miss.text, miss.gold_value) == ("next month", "2024-07")
    assert "[next month]" in miss.context
    text = format_report(report, errors=True)
    assert "MISS" in text and "SPURIOUS" in text


def test_one_to_one_matching(gold):
    """Two system expressions over one gold TIMEX3: one matches, the other is spurious."""
    t = gold.text
    system = [expr(t, "Wednesday", "DATE", "2024-06-26"), expr(t, "Wednes", "DATE", "2024-06-26")]
    c = score([gold], {gold.name: system}).overall
    assert (c.relaxed, c.strict, c.system) == (1, 1, 2)


def test_empty_system(gold):
    c = score([gold], {}).overall
    assert (c.relaxed, c.strict_f1, c.relaxed_f1, c.value_f1) == (0, 0.0, 0.0, 0.0)


def test_agrees_with_te3score(gold, system, tmp_path):
    """The reference scorer gives the same numbers (skipped when ../shared is not beside the clone)."""
    if not TE3SCORE.exists():
        if os.environ.get("CI"):  # CI lays ../shared beside the clone: its absence is a failure there
            pytest.fail(f"reference scorer missing: {TE3SCORE}")
        pytest.skip("te3score.py not available (../shared is not beside this clone)")
    spec = importlib.util.spec_from_file_location("te3score", TE3SCORE)
    te3 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(te3)
    sys_file = tmp_path / "system.jsonl"
    sys_file.write_text("\n".join(json.dumps(r) for r in system_jsonl({gold.name: system})), encoding="utf-8")
    ref, _ = te3.score(FIXTURE.parent, sys_file)
    ours = score([gold], {gold.name: system}).overall
    for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1", "value_acc", "type_acc"):
        assert getattr(ours, key) == pytest.approx(ref[key]), key


def test_tagger_on_the_fixture(gold):
    from timeline_cli.evaluation import tag_documents

    system = tag_documents([gold], use_parse=False)
    c = score([gold], system).overall
    assert (c.gold, c.relaxed, c.strict, c.value_ok) == (8, 8, 8, 8)


def test_evaluate_names_a_broken_gold_file(tmp_path):
    from timeline_cli.evaluation import evaluate
    from timeline_cli.timeml import TimeMLError

    bad = tmp_path / "broken.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(TimeMLError, match="broken.tml"):
        evaluate([tmp_path], use_parse=False)


def test_evaluate_reads_folders_recursively(tmp_path):
    from timeline_cli.evaluation import evaluate

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "made_up_news.tml").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    report = evaluate([tmp_path], use_parse=False)
    assert report.docs == 1 and report.overall.gold == 8
