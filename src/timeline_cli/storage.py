"""Inputs and outputs as fsspec URLs: `s3://bucket/archive/`, `gs://...`, `az://...`, `file:///...`,
`memory://...` (tests). Needs fsspec (`pip install 'timeline-cli[urls]'`); object stores need their
fsspec backend too, which the extras `[s3]`, `[gs]`, `[az]` install (s3fs, gcsfs, adlfs).

A URL is read like a local path: a "folder" (a prefix) is listed recursively in sorted order with
hidden names skipped and the same suffix rules and `--include` globs, a file of one document is read
whole, a JSONL file line by line. Documents are named by the URL as given plus the path below it
(`s3://bucket/archive/2024/a.txt`). Plain paths keep going through documents.py unchanged.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from .documents import (
    JSONL_SUFFIXES,
    STDIN,
    InputPathError,
    ReadFailure,
    ReadOptions,
    included,
    iter_jsonl,
    looks_binary,
    read_bytes,
)
from .errors import ExitCode, TimelineError
from .records import Document

if TYPE_CHECKING:  # fsspec is optional
    from fsspec import AbstractFileSystem

logger = logging.getLogger(__name__)

_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# The extra that installs each protocol's fsspec backend, for the error message when it is missing.
EXTRAS = {"s3": "s3", "s3a": "s3", "gs": "gs", "gcs": "gs", "az": "az", "abfs": "az", "abfss": "az"}


class StorageError(TimelineError):
    """A URL that cannot be used here: no fsspec, no backend for its protocol, unknown protocol."""

    exit_code = ExitCode.USAGE


def is_url(path: Any) -> bool:
    """Whether a path names a file system by protocol (`s3://...`), rather than a local path."""
    return isinstance(path, str) and _URL.match(path) is not None


def filesystem(url: str) -> tuple[AbstractFileSystem, str]:
    """(fsspec file system, path inside it) for a URL; StorageError saying what to install."""
    protocol = _URL.match(url).group(1).lower()
    try:
        import fsspec.core
    except ImportError as exc:
        raise StorageError(f"{url}: URLs need fsspec; install it with: pip install 'timeline-cli[urls]'") from exc
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:
        extra = EXTRAS.get(protocol)
        hint = f"pip install 'timeline-cli[{extra}]'" if extra else str(exc)
        raise StorageError(f"{url}: no file system for {protocol}:// is installed; install it with: {hint}") from exc
    except ValueError as exc:  # fsspec: "Protocol not known: foo"
        raise StorageError(f"{url}: {exc}") from exc


def _listing(url: str, include: tuple[str, ...]) -> list[tuple[str, str]]:
    """(document name, path in the file system) of the files under a URL, as iter_paths lists a folder."""
    fs, root = filesystem(url)
    try:
        if not fs.exists(root):
            raise InputPathError(f"no such file or folder: {url}")
        if not fs.isdir(root):
            return [(url, root)]
        found = sorted(fs.find(root))
    except InputPathError:
        raise
    except (OSError, ValueError) as exc:  # permissions, network: the whole URL cannot be listed
        raise StorageError(f"cannot list {url}: {exc}") from exc
    files = []
    skipped = 0
    prefix = root.rstrip("/") + "/"
    for path in found:
        relative = PurePosixPath(path[len(prefix):] if path.startswith(prefix) else PurePosixPath(path).name)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if included(Path(relative), include):
            files.append((url.rstrip("/") + "/" + relative.as_posix(), path))
        else:
            skipped += 1
    if skipped and not include:
        logger.warning("%s: %d file%s of other kinds skipped (pass --include GLOB to choose)",
                       url, skipped, "s" * (skipped != 1))
    return files


def list_files(paths: Iterable[str], include: Iterable[str] = (), failures: list[ReadFailure] | None = None,
               *, skip: Iterable[str] = ()) -> list[str]:
    """Every input file, local paths and URLs, in order (see documents.iter_paths: unreadable folders go
    to `failures`, `skip` files are never taken from folders, a file named twice is listed once); each
    path and URL is checked before any is listed, so a typo fails fast."""
    from .documents import iter_paths

    paths, include = [str(path) for path in paths], tuple(include)
    for path in paths:
        if not is_url(path) and path != STDIN and not Path(path).exists():
            raise InputPathError(f"no such file or folder: {path}")
    listings = {path: _listing(path, include) for path in paths if is_url(path)}
    files: list[str] = []
    for path in paths:
        if is_url(path):
            files.extend(name for name, _ in listings[path])
        else:
            files.extend(str(found) for found in iter_paths([path], include, failures, skip=skip))
    return list(dict.fromkeys(files))


def _read_url(name: str, fs, path: str, failures: list[ReadFailure], options: ReadOptions) -> Iterator[Document]:
    suffix = PurePosixPath(path).suffix
    with fs.open(path, "rb") as stream:
        if suffix.lower() in JSONL_SUFFIXES:  # line by line: JSONL exports can be large
            if looks_binary(stream.read(8192)):
                raise ValueError("looks like a binary file, not JSON Lines")
            stream.seek(0)
            yield from iter_jsonl(stream, name, failures, options)
        else:
            yield from read_bytes(name, stream.read(), suffix, failures, options)


def _read_one(name: str, failures: list[ReadFailure], options: ReadOptions) -> Iterator[Document]:
    fs, path = filesystem(name)
    try:
        yield from _read_url(name, fs, path, failures, options)
    except (OSError, ValueError, MemoryError) as exc:
        message = "too large to read into memory" if isinstance(exc, MemoryError) else (
            getattr(exc, "strerror", None) or str(exc))
        failures.append(ReadFailure(name, message))
        logger.warning("%s: %s; skipped", name, message)


def iter_documents(paths: Iterable[str], failures: list[ReadFailure], options: ReadOptions = ReadOptions(),
                   *, stdin: BinaryIO | None = None) -> Iterator[Document]:
    """documents.iter_documents for paths that may be URLs: documents in order, failures recorded and
    skipped. Raises InputPathError at once for a path or URL that does not exist."""
    from . import documents

    paths = [str(path) for path in paths]
    if not any(is_url(path) for path in paths):
        return documents.iter_documents(paths, failures, options, stdin=stdin)
    for path in paths:  # fail fast, before any model loads
        if not is_url(path) and path != STDIN and not Path(path).exists():
            raise InputPathError(f"no such file or folder: {path}")
    listings = {path: _listing(path, options.include) for path in paths if is_url(path)}

    def read() -> Iterator[Document]:
        for path in paths:
            if is_url(path):
                for name, _ in listings[path]:
                    yield from _read_one(name, failures, options)
            else:
                yield from documents.iter_documents([path], failures, options, stdin=stdin)

    return read()


def read_documents(names: Iterable[str], failures: list[ReadFailure], options: ReadOptions = ReadOptions()
                   ) -> Iterator[Document]:
    """Documents of files already listed (list_files): local paths and URLs; for Dask workers."""
    from . import documents

    for name in names:
        if is_url(name):
            yield from _read_one(name, failures, options)
        else:
            yield from documents.iter_documents([name], failures, options)


def size(name: str) -> int:
    """Bytes in a file or URL; 0 when unknown (the reader then reports the problem)."""
    try:
        if is_url(name):
            fs, path = filesystem(name)
            return int(fs.size(path) or 0)
        return Path(name).stat().st_size
    except (OSError, ValueError, TimelineError):
        return 0


def open_output(url: str, binary: bool = False) -> IO:
    """A file object to write an output URL (a context manager; the object is written on close)."""
    fs, path = filesystem(url)
    try:
        if binary:
            return fs.open(path, "wb")
        return fs.open(path, "w", encoding="utf-8", newline="")
    except (OSError, ValueError) as exc:
        raise TimelineError(f"cannot write {url}: {exc}") from exc


__all__ = ["StorageError", "filesystem", "is_url", "iter_documents", "list_files", "open_output",
           "read_documents", "size"]
