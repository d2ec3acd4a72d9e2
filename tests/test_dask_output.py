"""`timeline extract --dask ADDRESS -o DIR/`: the workers write part files; concatenated in name order
they are the rows of a local run. The stages of dask_output.py are checked as plain functions on random
rows (exact merge groups and order), and end to end on a 2-worker LocalCluster."""
import io
import os
import random

import pytest
from typer.testing import CliRunner

from test_merge_scaling import random_rows
from timeline_cli import dask_output
from timeline_cli.formats import write_jsonl
from timeline_cli.records import EVENT_FIELDS, Event
from timeline_cli.timeline import RowFilter, finish_timeline


def staged(rows: list[Event], tasks: int, parts: int, outputs: int, tmp_path, merge=True, order="time"):
    """dask_output's three stages, run here in order: what the cluster does, without a cluster."""
    cut = sorted(random.Random(len(rows)).sample(range(len(rows) + 1), tasks - 1)) if tasks > 1 else []
    bounds = list(zip([0, *cut], [*cut, len(rows)]))
    pieces = [[[] for _ in range(parts)] for _ in bounds]
    for number, (start, stop) in enumerate(bounds):
        for index, row in enumerate(rows[start:stop]):
            pieces[number][dask_output._partition(row.trigger, parts)].append(((number, index), Event(**row.to_dict())))
    partitions = [dask_output.merge_partition([task[part] for task in pieces], merge, order)
                  for part in range(parts)]
    samples = sorted(key for keyed in partitions for key in dask_output.sample_keys(keyed, 3))
    splitters = [samples[len(samples) * n // outputs] for n in range(1, outputs)] if samples else []
    text = ""
    for number, (low, high) in enumerate(zip([None, *splitters], [*splitters, None])):
        name = dask_output.part_name(str(tmp_path), number, "jsonl")
        dask_output.write_part(name, "jsonl", EVENT_FIELDS, RowFilter(),
                               *[dask_output.key_range(keyed, low, high) for keyed in partitions])
        with open(name, encoding="utf-8") as part:
            text += part.read()
        os.unlink(name)
    return text


def local_jsonl(rows: list[Event], merge=True) -> str:
    stream = io.StringIO()
    write_jsonl((row.to_dict() for row in finish_timeline(rows, merge=merge)), stream, EVENT_FIELDS)
    return stream.getvalue()


@pytest.mark.parametrize("seed", range(60))
def test_partitioned_merge_and_sort_give_the_local_rows(seed, tmp_path):
    rng = random.Random(seed)
    rows = random_rows(rng, rng.randint(0, 80))
    for row in rows:  # ties on every date across triggers and documents: the order must still match
        row.trigger = rng.choice(["say", "Say", "visit", "meet", "", "hit"])
    expected = local_jsonl([Event(**row.to_dict()) for row in rows])
    got = staged(rows, tasks=rng.randint(1, 5), parts=rng.randint(1, 4), outputs=rng.randint(1, 4),
                 tmp_path=tmp_path)
    assert got == expected


def test_unmerged_and_input_order(tmp_path):
    rows = random_rows(random.Random(7), 60)
    assert staged(rows, 3, 3, 2, tmp_path, merge=False) == local_jsonl(
        [Event(**row.to_dict()) for row in rows], merge=False)
    stream = io.StringIO()  # as streaming.stream_events writes them: input order, `sources` filled in
    write_jsonl(({**row.to_dict(), "sources": [row.source]} for row in rows), stream, EVENT_FIELDS)
    assert staged(rows, 3, 3, 2, tmp_path, order="input") == stream.getvalue()


def test_a_folder_is_a_trailing_slash():
    assert dask_output.is_folder("out/") and dask_output.is_folder("memory://bucket/t/")
    assert not dask_output.is_folder("out.jsonl") and not dask_output.is_folder(None)


def test_folder_output_needs_dask_and_an_empty_folder(tmp_path):
    from timeline_cli.cli import app

    runner = CliRunner()
    (tmp_path / "a.txt").write_text("Putin visited Pyongyang on Wednesday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", f"{tmp_path}/out/"])
    assert result.exit_code == 2 and "--dask" in result.stderr
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", f"{tmp_path}/out/", "--dask", "local",
                                 "--format", "csv"])
    assert result.exit_code == 2 and "jsonl or parquet" in result.stderr
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "part-00000.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(dask_output.OutputFolderError, match="not empty"):
        dask_output.prepare_folder(f"{tmp_path}/full/", "jsonl")


# --- end to end, on a 2-worker LocalCluster (as tests/test_dask.py) ----------------------------------

ARTICLES = {
    "a.txt": "Putin visited Pyongyang on Wednesday. The two leaders signed a pact last week.",
    "b.txt": "SEOUL, June 28, 2024 - The airport closed on Thursday after a storm. It reopened two days later.",
    "c.txt": "The election is scheduled for November 5, 2024. Voters went to the polls in 2020.",
    "sub/d.txt": "On Monday the ministry said the strike, which began in May, would end tomorrow.",
    "sub/e.txt": "SEOUL, June 28, 2024 - Putin visited Pyongyang on Wednesday. Kim met Putin on Wednesday.",
    "sub/f.txt": "Officials met on Jan. 3 and again on Feb. 14, 1999. A vote followed the next day.",
}


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed") if not os.environ.get("CI") else __import__("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "in"


def parts(folder, suffix):
    return sorted(name for name in os.listdir(folder) if name.endswith(suffix))


def test_cli_parts_concatenated_are_the_local_output(cluster, corpus, tmp_path):
    from timeline_cli.cli import app

    runner = CliRunner()
    base = ["extract", str(corpus), "--reference-date", "2024-06-27"]
    local = runner.invoke(app, [*base, "--format", "jsonl"])
    remote = runner.invoke(app, [*base, "--dask", cluster.scheduler_address, "-o", f"{tmp_path}/out/"])
    assert local.exit_code == remote.exit_code == 0, remote.stderr
    names = parts(tmp_path / "out", ".jsonl")
    assert names[0] == "part-00000.jsonl" and len(names) == 4  # 2 per worker
    text = "".join((tmp_path / "out" / name).read_text(encoding="utf-8") for name in names)
    assert text == local.stdout and '"sources": ["' in text
    assert sum(len((tmp_path / "out" / name).read_text()) > 0 for name in names) > 1  # really split
    assert f"{local.stdout.count(chr(10))} rows" in remote.stderr


def test_cli_parquet_parts_hold_the_local_rows(cluster, corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from timeline_cli.cli import app

    runner = CliRunner()
    base = ["extract", str(corpus), "--reference-date", "2024-06-27", "--format", "parquet", "--since", "2024-01-01"]
    local = runner.invoke(app, [*base, "-o", str(tmp_path / "local.parquet")])
    remote = runner.invoke(app, [*base, "--dask", cluster.scheduler_address, "-o", f"{tmp_path}/out/"])
    assert local.exit_code == remote.exit_code == 0, remote.stderr
    expected = pq.read_table(tmp_path / "local.parquet").to_pylist()
    got = [row for name in parts(tmp_path / "out", ".parquet")
           for row in pq.read_table(tmp_path / "out" / name).to_pylist()]
    assert got == expected and expected
    assert "filtered out" in remote.stderr


def test_parts_go_to_an_fsspec_folder():
    fsspec = pytest.importorskip("fsspec")
    folder = f"memory://timeline-parts-{os.getpid()}/out/"
    dask_output.prepare_folder(folder, "jsonl")
    name = dask_output.part_name(folder, 0, "jsonl")
    assert name == folder + "part-00000.jsonl"
    row = random_rows(random.Random(1), 1)[0].to_dict()
    assert dask_output.write_part(name, "jsonl", EVENT_FIELDS, RowFilter(), [((0,), row)]) == (1, 0)
    stream = io.StringIO()
    write_jsonl([row], stream, EVENT_FIELDS)
    assert fsspec.filesystem("memory").cat(name.removeprefix("memory://")).decode() == stream.getvalue()
    with pytest.raises(dask_output.OutputFolderError, match="not empty"):
        dask_output.prepare_folder(folder, "jsonl")
