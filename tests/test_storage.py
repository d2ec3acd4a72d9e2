"""Inputs and -o as fsspec URLs, on fsspec's memory and local file systems."""
import json
import uuid

import fsspec
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from timeline_cli import storage
from timeline_cli.cli import app
from timeline_cli.documents import InputPathError, ReadOptions, iter_documents

runner = CliRunner()

FILES = {
    "a.txt": "SEOUL, June 28, 2024 - The airport closed on Monday, June 3.",
    "sub/b.md": "---\ntitle: Visit\ndate: 2024-06-27\n---\nPutin visited Pyongyang on Wednesday.",
    "export.jsonl": '{"id": "wire-1", "text": "Talks resumed on Friday, May 3, 2024."}\n'
                    'not json\n'
                    '{"id": "wire-2", "text": "The vote is on July 4, 2024.", "date": "2024-06-01"}\n',
    ".hidden/c.txt": "Never read.",
    "notes.bin": "An unknown kind: skipped in a folder.",
}


@pytest.fixture()
def memory_corpus():
    fs = fsspec.filesystem("memory")
    root = f"/corpus-{uuid.uuid4().hex}"
    for name, text in FILES.items():
        fs.pipe(f"{root}/{name}", text.encode("utf-8"))
    yield f"memory://{root.lstrip('/')}", fs, root
    fs.rm(root, recursive=True)


@pytest.fixture()
def local_corpus(tmp_path):
    for name, text in FILES.items():
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "corpus"


def summary(documents, prefix):
    return [(d.id.removeprefix(prefix), d.text, d.reference_date, d.title) for d in documents]


def test_a_memory_url_reads_like_the_same_local_folder(memory_corpus, local_corpus):
    url, _, _ = memory_corpus
    url_failures, local_failures = [], []
    from_url = list(storage.iter_documents([url], url_failures))
    from_disk = list(iter_documents([str(local_corpus)], local_failures))
    assert summary(from_url, url + "/") == summary(from_disk, str(local_corpus) + "/")
    assert [d.id for d in from_url] == [f"{url}/a.txt", "wire-1", "wire-2", f"{url}/sub/b.md"]
    assert [(f.path, f.line) for f in url_failures] == [(f"{url}/export.jsonl", 2)]
    assert len(local_failures) == 1


def test_include_globs_and_single_file_urls(memory_corpus):
    url, _, _ = memory_corpus
    chosen = list(storage.iter_documents([url], [], ReadOptions(include=("*.md", "notes.*"))))
    assert [d.id for d in chosen] == [f"{url}/notes.bin", f"{url}/sub/b.md"]
    single = list(storage.iter_documents([f"{url}/a.txt"], []))
    assert [d.id for d in single] == [f"{url}/a.txt"] and single[0].text == FILES["a.txt"]


def test_file_urls_read_local_files(local_corpus):
    url = local_corpus.as_uri()
    documents = list(storage.iter_documents([url], []))
    assert [d.id for d in documents] == [f"{url}/a.txt", "wire-1", "wire-2", f"{url}/sub/b.md"]


def test_a_missing_url_fails_fast(memory_corpus, local_corpus):
    url, _, _ = memory_corpus
    with pytest.raises(InputPathError, match="no such file or folder: memory://nowhere"):
        storage.iter_documents([str(local_corpus), "memory://nowhere"], [])
    assert storage.list_files([url, str(local_corpus / "a.txt")])[-1] == str(local_corpus / "a.txt")


def test_unknown_protocol_and_missing_backend_are_usage_errors(monkeypatch, local_corpus):
    result = runner.invoke(app, ["extract", "nosuch://x/y"])
    assert result.exit_code == 2 and "Protocol not known: nosuch" in result.stderr

    def no_backend(url, **kwargs):
        raise ImportError("Install s3fs to access S3")

    monkeypatch.setattr(fsspec.core, "url_to_fs", no_backend)
    result = runner.invoke(app, ["extract", "s3://bucket/archive/"])
    assert result.exit_code == 2
    assert "no file system for s3:// is installed; install it with: pip install 'timeline-cli[s3]'" in result.stderr
    result = runner.invoke(app, ["extract", str(local_corpus), "-o", "s3://bucket/timeline.jsonl"])
    assert result.exit_code == 2 and "timeline-cli[s3]" in result.stderr


@pytest.fixture(scope="module")
def nlp():
    from timeline_cli.nlp import load_model

    return load_model()


def test_cli_reads_and_writes_memory_urls(nlp, memory_corpus, local_corpus):
    url, fs, root = memory_corpus
    args = ["--reference-date", "2024-06-28", "-q"]
    result = runner.invoke(app, ["extract", url, "-o", f"memory://{root.lstrip('/')}-out/t.jsonl", *args])
    assert result.exit_code == 1, result.stderr  # the bad JSONL line is a read failure
    written = [json.loads(line) for line in fs.cat(f"{root}-out/t.jsonl").decode("utf-8").splitlines()]
    local = runner.invoke(app, ["extract", str(local_corpus), "-f", "jsonl", *args])
    expected = [json.loads(line) for line in local.stdout.splitlines()]
    assert written, "no rows"

    def without_paths(rows, prefix):
        for row in rows:
            row["source"] = row["source"].removeprefix(prefix)
            row["sources"] = [s.removeprefix(prefix) for s in row["sources"]]
        return rows

    assert without_paths(written, url + "/") == without_paths(expected, str(local_corpus) + "/")
    fs.rm(f"{root}-out", recursive=True)


def test_cli_writes_parquet_to_a_url(nlp, memory_corpus):
    url, fs, root = memory_corpus
    out = f"memory://{root.lstrip('/')}-pq/t.parquet"
    result = runner.invoke(app, ["extract", f"{url}/a.txt", "-o", out, "-q"])
    assert result.exit_code == 0, result.stderr
    with fs.open(f"{root}-pq/t.parquet", "rb") as stream:
        rows = pq.read_table(stream).to_pylist()
    assert [row["source"] for row in rows] == [f"{url}/a.txt"]
    fs.rm(f"{root}-pq", recursive=True)


def test_dask_reads_urls_like_a_local_run(nlp, memory_corpus):
    """Workers list nothing and read their own files by URL (an in-process cluster shares the memory
    file system; on a real cluster it is s3:// or the like)."""
    import datetime as dt

    pytest.importorskip("distributed")
    from dask.distributed import LocalCluster

    from timeline_cli.distributed import extract_timeline_on_dask
    from timeline_cli.extraction import extract_timeline

    url, _, _ = memory_corpus
    today = dt.date(2025, 1, 1)
    local_failures, dask_failures = [], []
    local = extract_timeline(storage.iter_documents([url], local_failures), today=today)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        rows, documents = extract_timeline_on_dask([url], cluster.scheduler_address, today=today,
                                                   failures=dask_failures)
    assert local and [row.to_dict() for row in rows] == [row.to_dict() for row in local]
    assert documents == 4 and [f.where for f in dask_failures] == [f"{url}/export.jsonl:2"]
