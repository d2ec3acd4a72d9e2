"""Output past the client's memory: `timeline extract --dask ADDRESS -o DIR/` (see docs/scaling.md).

The workers write the timeline as numbered part files (DIR/part-00000.jsonl, ... or .parquet); the
client holds only futures, counts, read failures and a small sample of sort keys, whatever the number
of documents. Concatenated in name order, the parts are byte for byte the rows a local run writes.

Three stages, all on the cluster:

1. **Extract and split.** Each task (distributed.process_paths) extracts its files and splits its rows
   into PARTS partitions by their trigger (casefolded, crc32: the same in every process), each row
   tagged with its input position (task number, row number).
2. **Merge and sort each partition.** A partition gathers its pieces in task order, so its rows are in
   input order, and runs merge.merge_events on them. same_event requires equal triggers (a group's
   rows all share one), so a partition holds every row any of its rows could join, and the greedy
   "first group in input order" gives exactly the groups of a local run. Each merged row gets the key
   of the local sort (timeline.timeline_order) followed by the input position of its group's first
   row, which is how the local, stable sort breaks ties; the partition is sorted by it.
3. **Range-split and write.** The client takes a sample of each partition's keys and picks splitters;
   every output part gathers its key range from every partition, merges them (heapq.merge: they are
   sorted), filters them (--since, --grep, ...) and writes its file. Part n holds only keys below those
   of part n+1: the concatenation is the global order.

Decision (issue 15): the shuffle is by trigger alone, not by (trigger, date bucket). Splitting a
trigger by date bucket would cut the greedy groups: a year-long row links rows of many buckets, and
which group a row joins depends on every earlier group of its trigger, so the buckets' merges would
need a reconciliation pass to stay exact. The cost of the exact choice: the rows of the busiest
trigger ("say": a fifth of a news archive's rows) are merged by one task, so they must fit one
worker's memory (about 1 GiB per million rows, bench/merge.py).
"""
from __future__ import annotations

import bisect
import heapq
import operator
import os
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import ExitCode, TimelineError

PARTS_PER_WORKER = 2
SAMPLES_PER_PART = 64
FOLDER_FORMATS = ("jsonl", "parquet")


class OutputFolderError(TimelineError):
    """-o DIR/ that cannot take the parts (not empty, or a format that is not partitioned)."""

    exit_code = ExitCode.USAGE


def is_folder(output: Any) -> bool:
    """-o names a folder of parts: it ends with '/' (a local path or an fsspec URL)."""
    return output is not None and str(output).endswith(("/", os.sep))


def part_name(folder: str, number: int, fmt: str) -> str:
    return f"{folder.rstrip('/').rstrip(os.sep)}/part-{number:05d}.{fmt}"


def prepare_folder(folder: str, fmt: str) -> None:
    """Create the folder; refuse a non-empty one (old parts would mix with the new) and formats other
    than JSONL and Parquet (a JSON array or an HTML page does not split into parts)."""
    from .storage import filesystem, is_url

    if fmt not in FOLDER_FORMATS:
        raise OutputFolderError(f"-o {folder} writes parts in jsonl or parquet, not {fmt}")
    try:
        if is_url(folder):
            fs, path = filesystem(folder)
            entries = fs.ls(path) if fs.exists(path) else []
            fs.makedirs(path, exist_ok=True)
        else:
            entries = os.listdir(folder) if os.path.isdir(folder) else []
            os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise TimelineError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    if entries:
        raise OutputFolderError(f"the output folder {folder} is not empty; give a new or empty folder")


def _partition(trigger: Any, parts: int) -> int:
    return zlib.crc32(str(trigger or "").casefold().encode("utf-8")) % parts


def _sort_key(row: dict[str, Any]) -> tuple:
    """timeline.timeline_order's key, on a row dict."""
    date = row.get("date")
    return (date is None, date or "", row.get("end_date") or date or "")


def split_task(paths: Sequence[str], number: int, parts: int, options: dict[str, Any]) -> tuple[Any, list[list]]:
    """Stage 1, on a worker: (the task's result without its rows, rows by partition as (position,
    row) pairs)."""
    from .distributed import process_paths

    result = process_paths(paths, mode="events", **options)
    pieces: list[list] = [[] for _ in range(parts)]
    for index, row in enumerate(result.rows):
        pieces[_partition(row.trigger, parts)].append(((number, index), row))
    result.rows = []
    return result, pieces


def _piece(split, part: int) -> list:
    return split[1][part]


def _result(split):
    return split[0]


def merge_partition(pieces: Sequence[list], merge: bool, order: str = "time") -> list[tuple[tuple, dict[str, Any]]]:
    """Stage 2, on a worker: one partition's rows (pieces in task order), merged as a local run merges
    them, as (sort key, row dict) sorted by key. order="input": unmerged, keyed by input position only
    (as streaming.stream_events writes them)."""
    from .merge import merge_events_with_positions

    positions, events = [], []
    for piece in pieces:
        for position, row in piece:
            positions.append(position)
            event = row  # an Event (process_paths's rows are typed)
            event.sources = event.sources or [event.source]  # as timeline.with_sources
            events.append(event)
    del pieces
    merged = merge_events_with_positions(events) if merge and order == "time" else enumerate(events)
    keyed = []
    for index, event in merged:
        row = event.to_dict()
        keyed.append(((*_sort_key(row), positions[index]) if order == "time" else (positions[index],), row))
    keyed.sort(key=operator.itemgetter(0))
    return keyed


def sample_keys(keyed: list, count: int = SAMPLES_PER_PART) -> list[tuple]:
    if not keyed:
        return []
    step = max(1, len(keyed) // count)
    return [keyed[i][0] for i in range(0, len(keyed), step)]


def key_range(keyed: list, low: tuple | None, high: tuple | None) -> list:
    """The rows with low <= key < high (None: no bound)."""
    keys = [key for key, _ in keyed]
    start = 0 if low is None else bisect.bisect_left(keys, low)
    stop = len(keyed) if high is None else bisect.bisect_left(keys, high)
    return keyed[start:stop]


def write_part(name: str, fmt: str, fields: Sequence[str], row_filter: Any, *ranges: list) -> tuple[int, int]:
    """Stage 3, on a worker: one part file from sorted ranges. Returns (rows written, filtered out)."""
    from .formats import write_jsonl
    from .storage import is_url, open_output
    from .timeline import filter_rows

    seen = kept = 0

    def rows() -> Iterable[dict[str, Any]]:
        nonlocal seen, kept
        merged = (row for _, row in heapq.merge(*ranges, key=operator.itemgetter(0)))

        def counted(items):
            nonlocal seen
            for item in items:
                seen += 1
                yield item

        for row in filter_rows(counted(merged), row_filter):
            kept += 1
            yield row

    binary = fmt == "parquet"
    mode = {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": ""}
    with open_output(name, binary) if is_url(name) else open(name, **mode) as stream:
        if binary:
            from .formats.parquet import write_parquet

            write_parquet(rows(), stream, fields)
        else:
            write_jsonl(rows(), stream, fields)
    return kept, seen - kept


def extract_to_folder(paths: Iterable[str], address: str, folder: str, *, fmt: str = "jsonl",
                      fields: Sequence[str], merge: bool = True, order: str = "time", row_filter: Any = None,
                      workers: int | None = None, failures: list | None = None,
                      task_bytes: int | None = None, **options: Any) -> tuple[int, int, int]:
    """The timeline of the files under `paths`, computed on Dask and written by the workers as part
    files in `folder`. Returns (documents read, rows written, rows filtered out). `options` are
    distributed.process_paths's (model, reference_date, today, include_vague, read_options, ...)."""
    import datetime as dt
    import logging

    from .distributed import TASK_BYTES, close_cluster, dask_client, plan_tasks
    from .documents import STDIN, InputPathError, ReadOptions
    from .storage import list_files
    from .timeline import RowFilter

    logger = logging.getLogger("timeline_cli.distributed")
    paths = list(paths)
    if STDIN in paths:
        raise InputPathError("--dask reads files on the workers; standard input (-) cannot be sent")
    read_options = options.get("read_options", ReadOptions())
    files = list_files(paths, read_options.include, failures, skip=read_options.skip)
    options["today"] = options.get("today") or dt.date.today()  # one "today" for every worker
    row_filter = row_filter or RowFilter()
    prepare_folder(folder, fmt)
    client, cluster = dask_client(address, workers)
    finished = False
    tag = os.urandom(4).hex()
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        parts = max(1, n_workers * PARTS_PER_WORKER)
        groups = plan_tasks(files, n_workers, task_bytes or TASK_BYTES)
        splits = [client.submit(split_task, group, number, parts, options, pure=False, retries=2,
                                key=f"timeline-split-{number}-{tag}") for number, group in enumerate(groups)]
        pieces = [[client.submit(_piece, split, part, key=f"timeline-piece-{number}-{part}-{tag}")
                   for number, split in enumerate(splits)] for part in range(parts)]
        partitions = [client.submit(merge_partition, part_pieces, merge, order, key=f"timeline-merge-{part}-{tag}")
                      for part, part_pieces in enumerate(pieces)]
        documents = 0
        for split in splits:  # only the small part comes back; the rows stay on the workers
            done = client.submit(_result, split, key=f"timeline-result-{split.key}").result()
            documents += done.documents
            if failures is not None:
                failures.extend(done.failures)
            if done.pid != os.getpid():
                for message in done.warnings:
                    logger.warning("%s", message)
        del splits, pieces
        samples = sorted(key for keys in client.gather(
            [client.submit(sample_keys, partition, key=f"timeline-sample-{i}-{tag}")
             for i, partition in enumerate(partitions)]) for key in keys)
        outputs = parts
        splitters = [samples[len(samples) * n // outputs] for n in range(1, outputs)] if samples else []
        bounds = list(zip([None, *splitters], [*splitters, None]))
        writes = []
        for number, (low, high) in enumerate(bounds):
            ranges = [client.submit(key_range, partition, low, high, key=f"timeline-range-{number}-{i}-{tag}")
                      for i, partition in enumerate(partitions)]
            writes.append(client.submit(write_part, part_name(folder, number, fmt), fmt, list(fields),
                                        row_filter, *ranges, key=f"timeline-write-{number}-{tag}"))
        written = filtered = 0
        for kept, dropped in client.gather(writes):
            written += kept
            filtered += dropped
        finished = True
        return documents, written, filtered
    finally:
        close_cluster(client, cluster, finished)


__all__ = ["FOLDER_FORMATS", "OutputFolderError", "extract_to_folder", "is_folder", "merge_partition",
           "part_name", "prepare_folder"]
