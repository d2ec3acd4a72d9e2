"""`timeline extract --dask`: coarse file tasks on a Dask cluster give the same rows as a local run.

Uses a 2-worker in-process LocalCluster (processes=False), so the test stays quick. Skipped only when
dask[distributed] is not installed and we are not in CI (CI installs the [dask] extra).
"""
import datetime as dt
import os
import pickle

import pytest
from typer.testing import CliRunner

try:
    import distributed  # noqa: F401
except ImportError:
    if os.environ.get("CI"):
        raise
    pytest.skip("dask[distributed] is not installed: pip install -e '.[dask]'", allow_module_level=True)

from dask.distributed import LocalCluster

from timeline_cli.cli import app
from timeline_cli.distributed import extract_timeline_on_dask, plan_tasks, process_paths
from timeline_cli.documents import iter_documents
from timeline_cli.extraction import extract_timeline

TODAY = dt.date(2025, 1, 1)

ARTICLES = {
    "a.txt": "Putin visited Pyongyang on Wednesday. The two leaders signed a pact last week.",
    "b.txt": "SEOUL, June 28, 2024 - The airport closed on Thursday after a storm. It reopened two days later.",
    "c.md": "---\ntitle: Earnings\ndate: 2023-05-02\n---\nThe company reported earnings in the first quarter. "
            "Sales rose 5% in March.",
    "d.txt": "The election is scheduled for November 5, 2024. Voters went to the polls in 2020.",
    "sub/e.txt": "On Monday the ministry said the strike, which began in May, would end tomorrow.",
    "sub/f.txt": "Officials met on Jan. 3 and again on Feb. 14, 1999. A vote followed the next day.",
    "sub/g.txt": "SEOUL, June 28, 2024 - Putin visited Pyongyang on Wednesday.",
}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    return tmp_path


def test_dask_gives_the_local_timeline(cluster, corpus):
    local_failures, dask_failures = [], []
    local = extract_timeline(iter_documents([str(corpus)], local_failures), today=TODAY)
    rows, documents = extract_timeline_on_dask([str(corpus)], cluster.scheduler_address, today=TODAY,
                                               failures=dask_failures)
    assert local, "the articles should give rows"
    assert [row.to_dict() for row in rows] == [row.to_dict() for row in local]
    assert documents == len(ARTICLES)
    assert dask_failures == local_failures and len(dask_failures) == 1


def test_cli_dask_output_is_the_local_output(cluster, corpus):
    runner = CliRunner()
    base = ["extract", str(corpus), "--format", "jsonl", "--reference-date", "2024-06-27"]
    local = runner.invoke(app, base)
    remote = runner.invoke(app, [*base, "--dask", cluster.scheduler_address])
    assert local.exit_code == remote.exit_code == 1  # broken.txt failed; the rest went on
    assert remote.stdout == local.stdout and local.stdout
    assert "broken.txt" in remote.stderr


def test_stdin_cannot_go_to_dask(cluster):
    result = CliRunner().invoke(app, ["extract", "-", "--dask", cluster.scheduler_address], input="On Monday.")
    assert result.exit_code == 2
    assert "--dask" in result.stderr


def test_tasks_are_coarse_consecutive_groups(tmp_path):
    files = []
    for i in range(20):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text("x" * 1000, encoding="utf-8")
        files.append(str(path))
    groups = plan_tasks(files, workers=2, task_bytes=5000)
    assert [name for group in groups for name in group] == files  # order kept, nothing lost
    assert all(len(group) <= 5 for group in groups)
    assert 3 <= len(plan_tasks(files, workers=1, task_bytes=10**9)) <= 4  # a few tasks per worker
    assert plan_tasks([], workers=2) == []


def test_the_task_function_pickles_by_reference():
    """Workers import process_paths; no model or closure travels with the task."""
    assert len(pickle.dumps(process_paths)) < 200
