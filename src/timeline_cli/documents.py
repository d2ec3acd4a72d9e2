"""Turn paths (files, folders) into Documents: text exactly as read, plus any date the file carries.

Documents are yielded one at a time so a folder of any size is never held in memory. A file that cannot
be read is recorded in `failures` and skipped; the rest are still read.
"""
from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import Document
from .timeml import TimeMLError, parse_timeml

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".tml"}


@dataclass(frozen=True)
class ReadFailure:
    path: str
    message: str


class InputPathError(ValueError):
    """A path given on the command line does not exist (a usage error, not a read failure)."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and files under folders (recursive, sorted, hidden ones skipped).

    Every path is checked before the first file is yielded, so a typo fails fast.
    """
    checked = [Path(raw) for raw in paths]
    for path in checked:
        if not path.exists():
            raise InputPathError(f"no such file or folder: {path}")
    for path in checked:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    if child.suffix.lower() in TEXT_SUFFIXES:
                        yield child
        else:
            yield path


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM); other encodings fall back to cp1252, then Latin-1, with a warning."""
    if b"\x00" in data[:8192]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        logger.warning("%s: not UTF-8, read as %s", name, encoding)
        return text
    raise ValueError("cannot decode as text")  # unreachable: latin-1 decodes any bytes


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def parse_date(value: object) -> dt.date | None:
    """A date from metadata: a date/datetime object or an ISO string (YYYY-MM-DD[Thh:mm...])."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


def _markdown_document(name: str, text: str) -> Document:
    """Markdown with optional YAML front matter (title, date, url). The body keeps its offsets: the
    front matter is blanked out with spaces rather than cut, so offsets index the file as read."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return Document(id=name, text=text)
    import yaml  # only Markdown with front matter needs it

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"invalid YAML front matter: {exc}") from exc
    if not isinstance(meta, dict):
        meta = {}
    body = re.sub(r"[^\n]", " ", text[: match.end()]) + text[match.end():]
    date = parse_date(meta.get("date"))
    return Document(
        id=name,
        text=body,
        reference_date=date,
        reference_source="metadata" if date else None,
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        metadata={k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool))},
    )


def _timeml_document(name: str, raw: str) -> Document:
    timeml = parse_timeml(raw, Path(name).stem)
    date = timeml.dct_date
    return Document(
        id=name,
        text=timeml.text,
        reference_date=date,
        reference_source="metadata" if date else None,
        metadata={"dct": timeml.dct} if timeml.dct else {},
    )


def document_from_text(name: str, text: str, suffix: str = ".txt") -> Document:
    """Build a Document from already-decoded text, choosing the reader by file suffix."""
    suffix = suffix.lower()
    if suffix in (".md", ".markdown"):
        return _markdown_document(name, text)
    if suffix == ".tml":
        return _timeml_document(name, text)
    return Document(id=name, text=text)


def read_document(path: Path) -> Document:
    """Read one file; raises ValueError/OSError with a readable message when it cannot be read."""
    data = path.read_bytes()
    text = decode(data, str(path))
    try:
        return document_from_text(str(path), text, path.suffix)
    except TimeMLError as exc:
        raise ValueError(str(exc)) from exc


def iter_documents(paths: Iterable[str | Path], failures: list[ReadFailure]) -> Iterator[Document]:
    """Documents from files and folders, in order. Unreadable files go to `failures`; the rest go on.

    Raises InputPathError at once (on the call, before any model loads) for a path that does not exist.
    """
    files = iter_paths(paths)
    first = next(files, None)  # runs the existence check of every path now
    return _read_all(itertools.chain([first] if first else [], files), failures)


def _read_all(files: Iterator[Path], failures: list[ReadFailure]) -> Iterator[Document]:
    for path in files:
        try:
            yield read_document(path)
        except (OSError, ValueError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            failures.append(ReadFailure(str(path), message))
            logger.warning("%s: %s; skipped", path, message)
