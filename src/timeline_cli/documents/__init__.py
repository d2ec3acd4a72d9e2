"""Turn paths (files, folders, `-` for stdin) into Documents: text, plus any date the input carries.

Readers, chosen by suffix (stdin is sniffed):

- `.txt`/`.text`: the text as read.
- `.md`/`.markdown`: YAML front matter (`title`, `date`, `url`) becomes metadata; offsets index the file.
- `.html`/`.htm`/`.xhtml`: main text extracted with trafilatura; the publication date from metadata only (html_dates).
- `.jsonl`/`.ndjson`: one article per line (`text`, `id`, `date`, `title`, `url`; field names settable).
- `.tml`: TimeML; the text of <TEXT> and the document creation time.

Documents are yielded one at a time so a folder of any size is never held in memory. Whatever cannot be
read (a file, or one JSONL line) is recorded in `failures` with a warning naming it; the rest is still
read. Only a path that does not exist stops everything (InputPathError, a usage error).

This module reads (files, stdin, the checks before reading); the package holds the rest: paths (the
folder walk, names, read options and failures), decoding (binary sniffing, text decoding), dates
(metadata dates), readers (one per format) and longtext (long texts cut into pieces).
"""
from __future__ import annotations

import io
import itertools
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Document
from ..timeml import TimeMLError
from .dates import DATE_LANGUAGES, parse_date
from .decoding import decode, looks_binary, sniff_suffix
from .longtext import DEFAULT_PIECE_CHARS, PIECE_CHARS, split_document, split_text
from .paths import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    KNOWN_SUFFIXES,
    MARKDOWN_SUFFIXES,
    STDIN,
    STDIN_NAME,
    TEXT_SUFFIXES,
    InputPathError,
    ReadFailure,
    ReadOptions,
    display_name,
    included,
    iter_paths,
    os_message,
    special_kind,
)
from .readers import Utf8Lines, document_from_text, html_document, iter_jsonl

logger = logging.getLogger(__name__)


def read_bytes(name: str, data: bytes, suffix: str, failures: list[ReadFailure],
               options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Documents from the bytes of one input. Raises ValueError when the whole input is unreadable
    (JSONL reports bad lines in `failures` and goes on)."""
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(io.BytesIO(data), name, failures, options)
        return
    if suffix in HTML_SUFFIXES:
        yield html_document(name, data)
        return
    text = decode(data, name)
    try:
        yield document_from_text(name, text, suffix)
    except TimeMLError as exc:
        raise ValueError(str(exc)) from exc


_SNIFF_BYTES = 8192  # what the binary check looks at, read before anything else


def _binary_message(suffix: str) -> str:
    suffix = suffix.lower()
    what = "JSON Lines" if suffix in JSONL_SUFFIXES else "HTML" if suffix in HTML_SUFFIXES else "text"
    return f"looks like a binary file, not {what}"


def _open_input(path: Path, max_bytes: int | None) -> BinaryIO:
    """The file opened for reading, after the checks that need no reading: only regular files (and
    pipes named on the command line, such as `<(zcat a.gz)`) are read, never a device (/dev/zero) or a
    socket; a regular file larger than `max_bytes` (None: no limit) is refused from its size alone."""
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise ValueError("is a folder")
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        raise ValueError(f"not a regular file ({special_kind(info.st_mode)})")
    if max_bytes is not None and info.st_size > max_bytes:
        raise ValueError(_too_large(max_bytes, info.st_size))
    return open(path, "rb")


def _too_large(max_bytes: int, size: int | None = None) -> str:
    size_text = f"{size} bytes, " if size is not None else ""
    return f"too large ({size_text}more than --max-bytes {max_bytes}; pass a larger --max-bytes to read it)"


def _read_capped(stream: BinaryIO, suffix: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of a stream, the first few KB checked for binary data before the rest is read
    (so /dev/zero or a large binary is refused after 8 KB). A longer stream raises ValueError."""
    head = stream.read(_SNIFF_BYTES)
    if looks_binary(head):
        raise ValueError(_binary_message(suffix))
    data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    if len(data) > max_bytes:
        raise ValueError(_too_large(max_bytes))
    return data


def _read_jsonl(stream: BinaryIO, name: str, failures: list[ReadFailure], options: ReadOptions
                ) -> Iterator[Document]:
    """A JSON Lines stream, line by line (exports can be large); UTF-16 with a byte-order mark too."""
    head = stream.read(_SNIFF_BYTES)
    if looks_binary(head):
        raise ValueError(_binary_message(".jsonl"))
    lines: BinaryIO = io.BufferedReader(_Prefixed(head, stream))  # no seek: a pipe cannot
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines = Utf8Lines(lines)  # type: ignore[assignment]
    yield from iter_jsonl(lines, name, failures, options)


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file holding one document (not JSONL); raises ValueError/OSError with a readable message."""
    failures: list[ReadFailure] = []
    with _open_input(path, max_bytes) as stream:
        data = _read_capped(stream, path.suffix, max_bytes)
    documents = list(read_bytes(display_name(path), data, path.suffix, failures))
    if failures:
        raise ValueError(str(failures[0]))
    return documents[0] if documents else Document(id=display_name(path), text="")


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of a stream: stdin sniffed, then streamed."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size], self.head = self.head[:size], self.head[size:]
            return size
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_path(path: Path, name: str, failures: list[ReadFailure], options: ReadOptions,
               stdin: BinaryIO | None) -> Iterator[Document]:
    if str(path) == STDIN:
        if stdin is None and sys.stdin is None:
            raise ValueError("there is no standard input to read")
        stream = stdin or sys.stdin.buffer
        head = stream.read(_SNIFF_BYTES)
        suffix = sniff_suffix(head)
        rest = io.BufferedReader(_Prefixed(head, stream))
        if suffix in JSONL_SUFFIXES:  # streamed line by line, as a JSONL file is
            yield from _read_jsonl(rest, name, failures, options)
            return
        data = _read_capped(rest, suffix, options.max_bytes)
        yield from read_bytes(name, data, suffix, failures, options)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        with _open_input(path, None) as stream:  # any size: only each line is capped
            yield from _read_jsonl(stream, name, failures, options)
        return
    with _open_input(path, options.max_bytes) as stream:
        data = _read_capped(stream, path.suffix, options.max_bytes)
    yield from read_bytes(name, data, path.suffix, failures, options)



def _read_all(files: Iterator[Path], failures: list[ReadFailure], options: ReadOptions,
              stdin: BinaryIO | None) -> Iterator[Document]:
    for path in files:
        name = STDIN_NAME if str(path) == STDIN else display_name(path)
        try:
            yield from _read_path(path, name, failures, options, stdin)
        except (OSError, ValueError, MemoryError) as exc:
            if isinstance(exc, OSError):
                message = os_message(exc)
            elif isinstance(exc, MemoryError):
                message = "too large to read into memory"
            else:
                message = str(exc)
            failures.append(ReadFailure(name, message))
            logger.warning("%s: %s; skipped", name, message)


def iter_documents(paths: Iterable[str | Path], failures: list[ReadFailure],
                   options: ReadOptions = ReadOptions(), *, stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents from files, folders and `-` (stdin), in order. What cannot be read goes to `failures`
    (with a warning naming it); the rest go on.

    Raises InputPathError at once (on the call, before any model loads) for a path that does not exist.
    """
    files = iter_paths(paths, options.include, failures, skip=options.skip)
    first = next(files, None)  # runs the existence check of every path now
    return _read_all(itertools.chain([first] if first is not None else [], files), failures, options, stdin)


# What `from timeline_cli.documents import X` offers: the names of the modules of the package.
__all__ = [
    "DATE_LANGUAGES", "DEFAULT_MAX_BYTES", "DEFAULT_PIECE_CHARS", "HTML_SUFFIXES", "InputPathError",
    "JSONL_SUFFIXES", "KNOWN_SUFFIXES", "MARKDOWN_SUFFIXES", "PIECE_CHARS", "ReadFailure",
    "ReadOptions", "STDIN", "STDIN_NAME", "TEXT_SUFFIXES", "Utf8Lines", "decode", "display_name",
    "document_from_text", "html_document", "included", "iter_documents", "iter_jsonl", "iter_paths",
    "looks_binary", "os_message", "parse_date", "read_bytes", "read_document", "sniff_suffix",
    "special_kind", "split_document", "split_text",
]
