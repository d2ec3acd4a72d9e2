"""Past one machine: the same extraction on a Dask cluster (`pip install 'timeline-cli[dask]'`).

Paths in, rows out. The client lists the input files and groups them into coarse tasks (many
documents, up to TASK_BYTES of input each). A worker reads its files itself, runs the very same
per-document work as a local run (extraction._results -> nlp.process_batch) with the model loaded
once per worker process (nlp.load_model's cache), and sends back plain row dicts, read failures and
warnings. The client then merges and sorts all rows exactly as a local run does
(extraction.finish_timeline), so the output is the same.

Nothing here captures a spaCy object: `process_paths` is a module-level function taking strings,
dates and numbers, so it pickles by reference and the model never travels. The same function serves
Ray (`ray.remote(process_paths)`) and Spark (`rdd.mapPartitions`); see docs/scaling.md.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .documents import STDIN, InputPathError, ReadFailure, ReadOptions, iter_paths
from .errors import TimelineError

logger = logging.getLogger(__name__)

# Input bytes per task. Tens of MB of text keep the per-task overhead (scheduling, model lookup,
# result transfer) negligible; smaller inputs are split so that every worker gets a few tasks.
TASK_BYTES = 32 * 1024 * 1024
TASKS_PER_WORKER = 3

# One extraction at a time per worker process: spaCy pipelines are not meant to be shared between
# threads. Run workers with one thread each (`dask worker --nthreads 1`) and use processes to scale.
_PROCESS_LOCK = threading.Lock()


class DaskUnavailableError(TimelineError):
    """--dask was given but dask[distributed] is not installed."""


@dataclass
class TaskResult:
    """What one task sends back: plain data only."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    failures: list[ReadFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    pid: int = 0  # the worker's process: its warnings were already shown when it is the client's


def plan_tasks(files: Sequence[str], workers: int = 1, task_bytes: int = TASK_BYTES) -> list[list[str]]:
    """Consecutive groups of files, each at most `task_bytes` of input (a bigger file is a task of its
    own), and at least TASKS_PER_WORKER groups per worker when there are enough files."""
    sizes = []
    for name in files:
        try:
            sizes.append(os.path.getsize(name))
        except OSError:
            sizes.append(0)  # the worker will report it as a read failure
    total = sum(sizes)
    wanted = max(1, workers * TASKS_PER_WORKER)
    limit = max(1, min(task_bytes, -(-total // wanted)))
    groups: list[list[str]] = []
    current: list[str] = []
    current_bytes = 0
    for name, size in zip(files, sizes):
        if current and current_bytes + size > limit:
            groups.append(current)
            current, current_bytes = [], 0
        current.append(name)
        current_bytes += size
    if current:
        groups.append(current)
    return groups


class _TaskLog(logging.Handler):
    """Collects the warnings the library logs in this thread, to be shown by the client."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


def process_paths(
    paths: Sequence[str],
    *,
    mode: str = "events",
    model: str | None = None,
    reference_date: dt.date | None = None,
    today: dt.date | None = None,
    include_vague: bool = False,
    read_options: ReadOptions = ReadOptions(),
    batch_size: int = 32,
    kind: str = "auto",
) -> TaskResult:
    """One task, run on a worker: read the files, extract, return rows as plain dicts (in input order)."""
    from .documents import iter_documents
    from .extraction import _results
    from .timeline import OFFSET_FIELDS

    result = TaskResult()
    package_logger = logging.getLogger("timeline_cli")
    capture = _TaskLog()
    package_logger.addHandler(capture)
    try:
        with _PROCESS_LOCK:
            documents = iter_documents(list(paths), result.failures, read_options)

            def counted():
                for document in documents:
                    result.documents += 1
                    yield document

            for document, done in _results(counted(), mode, reference_date, None, model, batch_size, 1,
                                           today, include_vague, kind):
                for row in done["rows"]:
                    if document.offset:  # a piece of a long text: offsets into the whole text
                        row.update({name: row[name] + document.offset for name in OFFSET_FIELDS
                                    if isinstance(row.get(name), int)})
                    result.rows.append(row)
    finally:
        package_logger.removeHandler(capture)
    result.warnings = capture.messages
    result.pid = os.getpid()
    return result


def _client(address: str, workers: int | None = None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskUnavailableError(
            "--dask needs dask[distributed]; install it with: pip install 'timeline-cli[dask]'"
        ) from exc
    if address == "local":
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError) as exc:
        raise TimelineError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def run_on_dask(
    paths: Iterable[str],
    address: str,
    *,
    mode: str = "events",
    model: str | None = None,
    reference_date: dt.date | None = None,
    today: dt.date | None = None,
    include_vague: bool = False,
    read_options: ReadOptions = ReadOptions(),
    batch_size: int = 32,
    task_bytes: int = TASK_BYTES,
    workers: int | None = None,
    failures: list | None = None,
    kind: str = "auto",
) -> tuple[list[dict[str, Any]], int]:
    """(row dicts in input order, number of documents read) for the files under `paths`, on Dask.

    `address` is a scheduler address (tcp://host:8786) or "local" for a LocalCluster of `workers`
    processes. Read failures are appended to `failures`; workers' warnings are logged here.
    """
    paths = list(paths)
    if STDIN in paths:
        raise InputPathError("--dask reads files on the workers; standard input (-) cannot be sent")
    files = [str(path) for path in iter_paths(paths, read_options.include)]
    today = today or dt.date.today()  # one "today" for every worker, whatever their clocks say
    client, cluster = _client(address, workers)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        groups = plan_tasks(files, n_workers, task_bytes)
        futures = client.map(
            process_paths, groups, pure=False, retries=2,
            key=[f"timeline-{i}-{os.urandom(4).hex()}" for i in range(len(groups))],
            mode=mode, model=model, reference_date=reference_date, today=today,
            include_vague=include_vague, read_options=read_options, batch_size=batch_size, kind=kind,
        )
        rows: list[dict[str, Any]] = []
        documents = 0
        for future in futures:  # in task order, which is input order
            done: TaskResult = future.result()
            future.release()
            rows.extend(done.rows)
            documents += done.documents
            if failures is not None:
                failures.extend(done.failures)
            if done.pid != os.getpid():
                for message in done.warnings:
                    logger.warning("%s", message)
        return rows, documents
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_timeline_on_dask(paths: Iterable[str], address: str, *, merge: bool = True, **options):
    """The timeline of the files under `paths`, computed on Dask: the same rows, in the same order, as
    extraction.extract_timeline over the same documents. Returns (rows, number of documents)."""
    from .extraction import finish_timeline
    from .records import Event

    rows, documents = run_on_dask(paths, address, mode="events", **options)
    return finish_timeline([Event(**row) for row in rows], merge=merge), documents


__all__ = ["TASK_BYTES", "TaskResult", "extract_timeline_on_dask", "plan_tasks", "process_paths",
           "run_on_dask"]
