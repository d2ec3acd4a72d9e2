"""Past one machine: the same extraction on a Dask cluster (`pip install 'timeline-cli[dask]'`).

Paths in, rows out. The client lists the input files and groups them into coarse tasks (many
documents, up to TASK_BYTES of input each). A worker reads its files itself, runs the very same
per-document work as a local run (extraction.document_results -> nlp.process_batch) with the model
loaded once per worker process (nlp.load_model's cache), and sends back its rows (Event or DateRow
records), read failures and warnings. The client then merges and sorts all rows exactly as a local
run does (timeline.finish_timeline), so the output is the same.

Nothing here captures a spaCy object: `process_paths` is a module-level function taking paths and
plain settings (options.RunOptions), so it pickles by reference and the model never travels. The same
function serves Ray (`ray.remote(process_paths)`) and Spark (`rdd.mapPartitions`); see docs/scaling.md.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .documents import STDIN, InputPathError, ReadFailure, ReadOptions
from .errors import ExitCode, TimelineError
from .options import RunOptions
from .records import Document, Event

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


class DaskAddressError(TimelineError):
    """--dask names no scheduler address Dask can use (a usage error)."""

    exit_code = ExitCode.USAGE


# What Client() accepts: `local` (ours), or PROTOCOL://HOST[:PORT] / HOST:PORT.
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://\S+|[^\s:/]+:\d+|\[[0-9a-fA-F:.]+\]:\d+)")


def check_address(address: str) -> str:
    """`address` if it looks like a scheduler address or is `local`, else DaskAddressError. Checked
    before any work, without importing Dask."""
    if address != "local" and not _ADDRESS.fullmatch(address):
        raise DaskAddressError(f"{address!r} is not a Dask scheduler address: give tcp://HOST:PORT, "
                               "HOST:PORT or local")
    return address


@dataclass
class TaskResult:
    """What one task sends back: plain records only."""

    rows: list[Any] = field(default_factory=list)  # Event (mode "events") or DateRow records
    failures: list[ReadFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents: int = 0
    pid: int = 0  # the worker's process: its warnings were already shown when it is the client's


def plan_tasks(files: Sequence[str], workers: int = 1, task_bytes: int = TASK_BYTES) -> list[list[str]]:
    """Consecutive groups of files, each at most `task_bytes` of input (a bigger file is a task of its
    own), and at least TASKS_PER_WORKER groups per worker when there are enough files."""
    from . import storage

    sizes = [storage.size(name) for name in files]  # 0 when unknown: the worker reports a read failure
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
    options: RunOptions | None = None,
    read_options: ReadOptions = ReadOptions(),
    **settings: Any,
) -> TaskResult:
    """One task, run on a worker: read the files, extract, return the rows (in input order).
    `options` and/or its fields by name, as for extraction.iter_events; the task runs in one process."""
    from .extraction import document_results
    from .storage import read_documents  # local paths and fsspec URLs

    options = replace(RunOptions.of(options, **settings), n_process=1)
    result = TaskResult()
    package_logger = logging.getLogger("timeline_cli")
    capture = _TaskLog()
    package_logger.addHandler(capture)
    try:
        with _PROCESS_LOCK:
            documents = read_documents(list(paths), result.failures, read_options)

            def counted() -> Iterator[Document]:
                for document in documents:
                    result.documents += 1
                    yield document

            for _, done in document_results(counted(), mode, options, failures=result.failures):
                result.rows.extend(done.rows)
    finally:
        package_logger.removeHandler(capture)
    result.warnings = capture.messages
    result.pid = os.getpid()
    return result


def dask_client(address: str, workers: int | None = None) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskUnavailableError(
            "--dask needs dask[distributed]; install it with: pip install 'timeline-cli[dask]'"
        ) from exc
    if address == "local":
        cluster = _local_cluster(LocalCluster, workers)
        try:
            return Client(cluster), cluster
        except BaseException:
            stop_cluster(cluster)
            raise
    check_address(address)
    try:
        return Client(address, timeout="20s"), None
    except ValueError as exc:  # an address Dask cannot parse after all
        raise DaskAddressError(f"{address!r} is not a Dask scheduler address: {exc}") from exc
    except (OSError, TimeoutError) as exc:
        raise TimelineError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _local_cluster(LocalCluster, workers: int | None):
    """A LocalCluster of `workers` processes whose workers never see the terminal's Ctrl-C: it is the
    client's to handle, and a worker hit by it printed a traceback. The workers are forked by a
    multiprocessing fork server started with SIGINT ignored, so they inherit that; this process keeps
    its own Ctrl-C throughout (a press while the cluster starts stops what has started). Dask's own
    log lines below errors are chatter for a command-line user (a screenful on Ctrl-C)."""
    import multiprocessing.forkserver

    import dask
    from distributed.deploy.spec import SpecCluster
    from distributed.utils import get_mp_context

    from .nlp import cap_workers, sigint_ignored, usable_cpus

    options = dict(n_workers=cap_workers(workers) if workers else usable_cpus(), threads_per_worker=1,
                   processes=True, dashboard_address=None, silence_logs=logging.ERROR)
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    get_mp_context()  # Dask's preload list for the fork server
    with sigint_ignored(), _stderr_to_devnull():
        multiprocessing.forkserver.ensure_running()
    before = set(SpecCluster._instances)
    try:
        return LocalCluster(**options)
    except BaseException:
        for cluster in set(SpecCluster._instances) - before:
            stop_cluster(cluster)
        raise


@contextlib.contextmanager
def _stderr_to_devnull():
    """Descriptor 2 on /dev/null for the duration, for the fork server started meanwhile and the
    workers it forks: Dask's and Python's messages from a worker cut short at its start (a Ctrl-C
    just then) would otherwise be tracebacks on the user's terminal. Failures reach the client as
    errors of their tasks or from the nanny, in this process."""
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def close_cluster(client: Any, cluster: Any, finished: bool) -> None:
    """After a run: close the client and a cluster we started; after Ctrl-C or an error (not `finished`),
    stop the cluster at once (stop_cluster) instead of waiting for it."""
    if not finished and cluster is not None:
        stop_cluster(cluster, client)
        return
    client.close()
    if cluster is not None:
        cluster.close()


def stop_cluster(cluster: Any, client: Any = None) -> None:
    """Ctrl-C or an error: stop a LocalCluster at once. Its worker processes are killed first (their
    work is not wanted, and Dask would give a busy one 4 s, or wait for a starting one to be up);
    then the cluster is closed, best effort. A second Ctrl-C must not cut that short, and Dask's
    complaints about what was cut short are not for the user."""
    import signal

    from .nlp import sigint_ignored

    for handler in logging.getLogger("distributed").handlers:
        handler.setLevel(logging.CRITICAL + 1)
    with sigint_ignored():
        for nanny in list(getattr(cluster, "workers", {}).values()):
            pid = getattr(getattr(getattr(nanny, "process", None), "process", None), "pid", None)
            if pid:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:  # already gone
                    pass
        for close in ([client.close] if client is not None else []) + [cluster.close]:
            try:
                close(timeout=1)
            except BaseException:  # half-started or already closing: nothing more to do
                pass
        try:  # and Dask's exit handler must not try again, for 10 s more
            from distributed.deploy.spec import SpecCluster

            SpecCluster._instances.discard(cluster)
        except Exception:
            pass


def run_on_dask(
    paths: Iterable[str],
    address: str,
    *,
    mode: str = "events",
    options: RunOptions | None = None,
    read_options: ReadOptions = ReadOptions(),
    task_bytes: int = TASK_BYTES,
    workers: int | None = None,
    failures: list[ReadFailure] | None = None,
    **settings: Any,
) -> tuple[list[Any], int]:
    """(rows in input order, number of documents read) for the files under `paths`, on Dask.

    `address` is a scheduler address (tcp://host:8786) or "local" for a LocalCluster of `workers`
    processes (default: options.n_process when above 1, else one per CPU). `options` and/or its fields
    by name, as for extraction.iter_events. Read failures are appended to `failures`; workers' warnings
    are logged here.
    """
    options = RunOptions.of(options, **settings)
    if workers is None and options.n_process > 1:
        workers = options.n_process
    paths = list(paths)
    if STDIN in paths:
        raise InputPathError("--dask reads files on the workers; standard input (-) cannot be sent")
    from .storage import list_files

    # local paths and fsspec URLs
    files = list_files(paths, read_options.include, failures, skip=read_options.skip)
    # one "today" for every worker, whatever their clocks say
    options = replace(options, today=options.today or dt.date.today())
    client, cluster = dask_client(address, workers)
    finished = False
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        groups = plan_tasks(files, n_workers, task_bytes)
        futures = client.map(
            process_paths, groups, pure=False, retries=2,
            key=[f"timeline-{i}-{os.urandom(4).hex()}" for i in range(len(groups))],
            mode=mode, options=options, read_options=read_options,
        )
        rows: list[Any] = []
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
        finished = True
        return rows, documents
    finally:
        close_cluster(client, cluster, finished)


def extract_timeline_on_dask(paths: Iterable[str], address: str, *, merge: bool = True,
                             order: str = "time", **options: Any) -> tuple[list[Event], int]:
    """The timeline of the files under `paths`, computed on Dask: the same rows, in the same order, as
    extraction.extract_timeline over the same documents. Returns (rows, number of documents).
    Other arguments: see run_on_dask.

    order="input" gives the rows unmerged in input order, as streaming.stream_events does locally (but
    only once every task is done)."""
    from .timeline import finish_timeline, with_sources

    rows, documents = run_on_dask(paths, address, mode="events", **options)
    if order == "input":
        return list(with_sources(rows)), documents
    return finish_timeline(rows, merge=merge), documents


__all__ = ["TASK_BYTES", "TaskResult", "extract_timeline_on_dask", "plan_tasks", "process_paths",
           "run_on_dask"]
