"""--n-process and --batch-size: the same rows whatever the number of processes or the batch size;
input streamed, not held; only the components the extraction uses are loaded. No timings here (see
bench/throughput.py): a shared machine makes timed assertions flaky."""
import datetime as dt
import itertools
import json

import pytest
from typer.testing import CliRunner

from timeline_cli import extract_timeline, tag_dates
from timeline_cli.cli import app
from timeline_cli.errors import ExitCode, ModelNotFoundError
from timeline_cli.nlp import LINE_BREAKS, USED_COMPONENTS, pipe_records
from timeline_cli.options import RunOptions
from timeline_cli.records import Document

REF = dt.date(2024, 6, 27)
TODAY = dt.date(2025, 1, 1)

ARTICLES = [
    Document("a.txt", "Putin visited Pyongyang on Wednesday. The two leaders signed a pact last week.\n\n"
                      "South Korea will hold talks with Japan next month."),
    Document("b.txt", "SEOUL, June 28, 2024 - The airport closed on Thursday after a storm. It reopened "
                      "two days later, officials said on Friday."),
    Document("c.txt", "The company reported earnings in the first quarter of 2023. Sales rose 5% in March."),
    Document("d.md", "The election is scheduled for November 5, 2024. Voters went to the polls in 2020.",
             reference_date=dt.date(2024, 1, 10), reference_source="metadata"),
    Document("e.txt", "Nothing dated here at all."),
    Document("f.txt", "On Monday the ministry said the strike, which began in May, would end tomorrow."),
    Document("g.txt", "Officials met on Jan. 3 and again on Feb. 14, 1999. A vote followed the next day."),
]


def rows_as_dicts(rows):
    return [row.to_dict() for row in rows]


@pytest.fixture(scope="module")
def serial(nlp):
    return rows_as_dicts(extract_timeline(ARTICLES, nlp=nlp, today=TODAY))


def test_two_processes_give_the_same_timeline(serial):
    parallel = extract_timeline(ARTICLES, n_process=2, batch_size=2, today=TODAY)
    assert serial, "the articles should give rows"
    assert rows_as_dicts(parallel) == serial


@pytest.mark.parametrize("batch_size", [1, 3, 100])
def test_batch_size_does_not_change_the_timeline(nlp, serial, batch_size):
    assert rows_as_dicts(extract_timeline(ARTICLES, nlp=nlp, batch_size=batch_size, today=TODAY)) == serial


def test_two_processes_give_the_same_dates(nlp):
    serial = tag_dates(ARTICLES, nlp=nlp, reference_date=REF)
    assert serial
    assert tag_dates(ARTICLES, n_process=2, batch_size=3, reference_date=REF) == serial


def test_cli_n_process_output_is_identical(tmp_path):
    for document in ARTICLES:
        (tmp_path / document.id).write_text(document.text, encoding="utf-8")
    runner = CliRunner()
    base = ["extract", str(tmp_path), "--format", "jsonl", "--reference-date", "2024-06-27"]
    one = runner.invoke(app, base)
    two = runner.invoke(app, [*base, "--n-process", "2", "--batch-size", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, (one.stderr, two.stderr)
    assert one.stdout == two.stdout
    assert [json.loads(line)["source"] for line in one.stdout.splitlines()]


def test_n_process_must_be_positive(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials met on Wednesday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--n-process", "0"])
    assert result.exit_code == ExitCode.USAGE


def test_worker_errors_reach_the_caller():
    with pytest.raises(ModelNotFoundError):
        extract_timeline(ARTICLES[:2], model="no_such_model_xyz", n_process=2)


def test_a_given_pipeline_cannot_be_shipped_to_workers(nlp):
    with pytest.raises(ValueError, match="model="):
        extract_timeline(ARTICLES[:1], nlp=nlp, n_process=2)


@pytest.mark.parametrize("n_process", [1, 2])
def test_input_is_streamed_not_held(nlp, n_process):
    """Only a bounded window of documents is read ahead of the rows handed out."""
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Document(id=f"doc-{i}", text="The summit ended on Friday.", reference_date=REF,
                           reference_source="option")

    given = {"nlp": nlp} if n_process == 1 else {}
    results = pipe_records(endless(), options=RunOptions(n_process=n_process, batch_size=4), **given)
    try:
        first = [next(results) for _ in range(5)]
    finally:
        results.close()
    assert all(result.rows for result in first)
    assert pulled <= 4 * (2 * n_process + 1)


def test_only_used_components_are_loaded(nlp):
    assert set(nlp.component_names) <= set(USED_COMPONENTS) | {LINE_BREAKS}
    assert "senter" not in nlp.component_names
    assert nlp.pipe_names.index(LINE_BREAKS) < nlp.pipe_names.index("parser")
