"""Turn paths (files, folders, `-` for stdin) into Documents: text, plus any date the input carries.

Readers, chosen by suffix (stdin is sniffed):

- `.txt`/`.text`: the text as read.
- `.md`/`.markdown`: YAML front matter (`title`, `date`, `url`) becomes metadata; offsets index the file.
- `.html`/`.htm`/`.xhtml`: main text and publication date extracted with trafilatura.
- `.jsonl`/`.ndjson`: one article per line (`text`, `id`, `date`, `title`, `url`; field names settable).
- `.tml`: TimeML; the text of <TEXT> and the document creation time.

Documents are yielded one at a time so a folder of any size is never held in memory. Whatever cannot be
read (a file, or one JSONL line) is recorded in `failures` with a warning naming it; the rest is still
read. Only a path that does not exist stops everything (InputPathError, a usage error).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import fnmatch
import functools
import io
import itertools
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from .records import Document
from .timeml import TimeMLError, parse_timeml

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".tml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Files of these kinds are read from folders; anything else only when named or matched by --include.
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

STDIN = "-"  # the path that means standard input
STDIN_NAME = "<stdin>"  # how stdin is named in rows and messages

# A text longer than this is fed to spaCy in pieces (extraction._pieces); news articles are shorter
# and stay whole. Far below spaCy's max_length (1e6): the parser's memory and the event extraction's
# time per row grow with the length of a doc.
DEFAULT_PIECE_CHARS = 20_000
# The size of those pieces: about a news article, so a batch of pieces costs the memory of a batch of
# articles (spaCy holds a whole batch of parsed docs at once, ~4 KB per character).
PIECE_CHARS = 5_000


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: which files of a folder, and the field names of JSONL records."""

    include: tuple[str, ...] = ()  # globs; when given, a folder's files are those matching any of them
    text_field: str = "text"
    date_field: str = "date"
    id_field: str = "id"


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read: a file, or one line of a JSONL file."""

    path: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class InputPathError(ValueError):
    """A path given on the command line does not exist (a usage error, not a read failure)."""


# --- paths -------------------------------------------------------------------------------------------


def _included(relative: Path, include: tuple[str, ...]) -> bool:
    if not include:
        return relative.suffix.lower() in KNOWN_SUFFIXES
    name, posix = relative.name, relative.as_posix()
    return any(fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(posix, glob) for glob in include)


def _folder_files(folder: Path, include: tuple[str, ...]) -> Iterator[Path]:
    skipped = 0
    for child in sorted(folder.rglob("*")):
        relative = child.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not child.is_file():
            continue
        if _included(relative, include):
            yield child
        else:
            skipped += 1
    if skipped and not include:
        logger.warning(
            "%s: %d file%s of other kinds skipped (read are %s; pass --include GLOB to choose)",
            folder, skipped, "s" * (skipped != 1), " ".join(sorted(KNOWN_SUFFIXES)),
        )


def iter_paths(paths: Iterable[str | Path], include: Iterable[str] = ()) -> Iterator[Path]:
    """Files named directly (always read), `-` for stdin, and files under folders: recursive, sorted,
    hidden ones skipped, only known suffixes unless `include` globs are given.

    Every path is checked before the first file is yielded, so a typo fails fast.
    """
    include = tuple(include)
    checked = [Path(raw) for raw in paths]
    for path in checked:
        if str(path) != STDIN and not path.exists():
            raise InputPathError(f"no such file or folder: {path}")
    for path in checked:
        if path.is_dir():
            yield from _folder_files(path, include)
        else:
            yield path


# --- decoding ----------------------------------------------------------------------------------------

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF",
                 b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return head.startswith(_BINARY_MAGIC)


def _text_or_binary(text: str) -> str:
    """The text, unless control characters make up a tenth of its start (then it is binary data)."""
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) / 10:
        raise ValueError("looks like a binary file, not text")
    return text


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM; other encodings fall back to cp1252, then
    Latin-1, with a warning naming the file. Binary data raises ValueError."""
    if _looks_binary(data):
        raise ValueError("looks like a binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("cannot decode as UTF-16 although it starts with a UTF-16 mark") from None
    try:
        return _text_or_binary(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = _text_or_binary(data.decode(encoding))
        except UnicodeDecodeError:
            continue
        logger.warning("%s: not UTF-8, read as %s", name, encoding)
        return text
    raise ValueError("cannot decode as text")  # unreachable: latin-1 decodes any bytes


# --- dates -------------------------------------------------------------------------------------------

# Languages dateparser may read metadata dates in. Restricting them keeps dateparser fast (it would
# otherwise try to detect the language of every string) and avoids odd readings of short strings.
DATE_LANGUAGES: tuple[str, ...] = ("en",)


@functools.lru_cache(maxsize=4096)
def _dateparser_date(text: str, languages: tuple[str, ...]) -> dt.date | None:
    """Absolute date strings in any format dateparser knows ("Jun 27th, 2024", "27/06/2024 10:00",
    "27 juin 2024" with "fr"): what that library does well. Only complete dates are accepted."""
    import dateparser  # slow to import; only metadata that is not ISO or RFC 2822 needs it

    parsed = dateparser.parse(
        text,
        languages=list(languages),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                  "STRICT_PARSING": True,
                  # metadata carries absolute dates; "yesterday" there means nothing we can trust
                  "PARSERS": ["custom-formats", "absolute-time"]},
    )
    return parsed.date() if parsed else None


def parse_date(value: object, languages: tuple[str, ...] | None = None) -> dt.date | None:
    """A date from metadata: a date/datetime, an ISO string (YYYY-MM-DD[Thh:mm...]), an RFC 2822 date
    ("Thu, 27 Jun 2024 09:00:00 +0900"), or any complete date dateparser reads in `languages`
    (default DATE_LANGUAGES). None when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return _dateparser_date(text, tuple(languages or DATE_LANGUAGES))
    except Exception:  # dateparser raises assorted errors on odd strings; metadata is then "no date"
        return None


# --- readers -----------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _scalar_metadata(items: Iterable[tuple[object, object]]) -> dict:
    return {str(k): v for k, v in items if isinstance(v, (str, int, float, bool))}


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
        raise ValueError(f"invalid YAML front matter: {str(exc).splitlines()[0]}") from exc
    if not isinstance(meta, dict):
        meta = {}
    body = re.sub(r"[^\n]", " ", text[: match.end()]) + text[match.end():]
    date = parse_date(meta.get("date"))
    if meta.get("date") is not None and date is None:
        logger.warning("%s: front matter date %r is not a date; ignored", name, str(meta.get("date")))
    return Document(
        id=name,
        text=body,
        reference_date=date,
        reference_source="metadata" if date else None,
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        metadata=_scalar_metadata(meta.items()),
    )


def _timeml_document(name: str, raw: str) -> Document:
    try:
        timeml = parse_timeml(raw, Path(name).stem)
        date = timeml.dct_date
    except RecursionError:
        raise ValueError("TimeML nested too deeply to read") from None
    return Document(
        id=name,
        text=timeml.text,
        reference_date=date,
        reference_source="metadata" if date else None,
        metadata={"dct": timeml.dct} if timeml.dct else {},
    )


def _html_fallback_text(data: bytes | str) -> str:
    """All visible text of a page, for pages trafilatura finds no main text in (very short ones)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(data)
    except (etree.ParserError, ValueError, TypeError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _html_document(name: str, data: bytes | str) -> Document:
    """Main text and metadata of a saved web page, with trafilatura. Paragraphs are separated by a
    blank line; offsets index this extracted text."""
    if isinstance(data, bytes) and _looks_binary(data):
        raise ValueError("looks like a binary file, not HTML")
    if not (data.strip() if isinstance(data, str) else data.strip()):
        return Document(id=name, text="")
    import trafilatura

    try:
        result = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # malformed beyond repair
        logger.debug("%s: trafilatura failed: %s", name, exc)
        result = None
    text = getattr(result, "text", None) or ""
    if text.strip():
        text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    else:
        text = _html_fallback_text(data)
    date = parse_date(getattr(result, "date", None))
    title = getattr(result, "title", None) or None
    url = getattr(result, "url", None) or None
    metadata = {key: value for key, value in (("author", getattr(result, "author", None)),
                                              ("sitename", getattr(result, "sitename", None))) if value}
    return Document(
        id=name,
        text=text,
        reference_date=date,
        reference_source="metadata" if date else None,
        title=title,
        url=url,
        metadata=metadata,
    )


def document_from_text(name: str, text: str, suffix: str = ".txt") -> Document:
    """Build a Document from already-decoded text, choosing the reader by file suffix (not JSONL,
    which holds many documents: see iter_jsonl)."""
    suffix = suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown_document(name, text)
    if suffix == ".tml":
        return _timeml_document(name, text)
    if suffix in HTML_SUFFIXES:
        return _html_document(name, text)
    return Document(id=name, text=text)


def _decode_line(raw: bytes, name: str, lineno: int, warned: list[bool]) -> str:
    try:
        return raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError:
        if not warned:
            logger.warning("%s: not UTF-8 from line %d on, read as cp1252/Latin-1", name, lineno)
            warned.append(True)
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def iter_jsonl(stream: BinaryIO, name: str, failures: list[ReadFailure],
               options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """One Document per line of JSON Lines, streamed. A line that is not a JSON object with a text
    field is an error naming the file and line; the other lines are still read. Blank lines are skipped.

    Ids default to `FILE:LINE` when a record has no id field.
    """
    warned: list[bool] = []
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line = _decode_line(raw, name, lineno, warned)
            if "\x00" in line:
                raise ValueError("binary data, not JSON")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:
                raise ValueError("not valid JSON (nested too deeply)") from None
            if not isinstance(record, dict):
                raise ValueError(f"expected a JSON object, got {type(record).__name__}")
            text = record.get(options.text_field)
            if not isinstance(text, str):
                problem = "has no" if text is None else "has a non-text"
                raise ValueError(f"{problem} {options.text_field!r} field (choose another with --text-field)")
        except ValueError as exc:
            failures.append(ReadFailure(name, str(exc), lineno))
            logger.error("%s:%d: %s; line skipped", name, lineno, exc)
            continue
        raw_id = record.get(options.id_field)
        doc_id = str(raw_id) if raw_id not in (None, "") else f"{name}:{lineno}"
        raw_date = record.get(options.date_field)
        date = parse_date(raw_date)
        if raw_date not in (None, "") and date is None:
            logger.warning("%s:%d: %s %r is not a date; ignored", name, lineno, options.date_field,
                           str(raw_date)[:40])
        used = {options.text_field, options.id_field, options.date_field}
        yield Document(
            id=doc_id,
            text=text,
            reference_date=date,
            reference_source="metadata" if date else None,
            title=str(record["title"]) if record.get("title") else None,
            url=str(record["url"]) if record.get("url") else None,
            metadata=_scalar_metadata((k, v) for k, v in record.items() if k not in used),
        )


def sniff_suffix(data: bytes) -> str:
    """The reader for data without a file name (stdin): .jsonl, .html, .tml, .md or .txt."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = head[:1024].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or (lower.startswith(b"<") and b"<body" in lower):
        return ".html"
    if lower.startswith(b"<?xml") and b"<timeml" in lower or lower.startswith(b"<timeml"):
        return ".tml"
    if head.startswith(b"---"):
        return ".md"
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return ".jsonl"
        except (ValueError, RecursionError):
            pass
    return ".txt"


def read_bytes(name: str, data: bytes, suffix: str, failures: list[ReadFailure],
               options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Documents from the bytes of one input. Raises ValueError when the whole input is unreadable
    (JSONL reports bad lines in `failures` and goes on)."""
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        if _looks_binary(data):
            raise ValueError("looks like a binary file, not JSON Lines")
        yield from iter_jsonl(io.BytesIO(data), name, failures, options)
        return
    if suffix in HTML_SUFFIXES:
        yield _html_document(name, data)
        return
    text = decode(data, name)
    try:
        yield document_from_text(name, text, suffix)
    except TimeMLError as exc:
        raise ValueError(str(exc)) from exc


def read_document(path: Path) -> Document:
    """Read one file holding one document (not JSONL); raises ValueError/OSError with a readable message."""
    failures: list[ReadFailure] = []
    documents = list(read_bytes(str(path), path.read_bytes(), path.suffix, failures))
    if failures:
        raise ValueError(str(failures[0]))
    return documents[0] if documents else Document(id=str(path), text="")


def _read_path(path: Path, failures: list[ReadFailure], options: ReadOptions,
               stdin: BinaryIO | None) -> Iterator[Document]:
    if str(path) == STDIN:
        if stdin is None and sys.stdin is None:
            raise ValueError("there is no standard input to read")
        data = (stdin or sys.stdin.buffer).read()
        yield from read_bytes(STDIN_NAME, data, sniff_suffix(data), failures, options)
    elif path.suffix.lower() in JSONL_SUFFIXES:
        with open(path, "rb") as stream:  # streamed line by line: JSONL exports can be large
            head = stream.read(8192)
            if _looks_binary(head):
                raise ValueError("looks like a binary file, not JSON Lines")
            stream.seek(0)
            yield from iter_jsonl(stream, str(path), failures, options)
    else:
        yield from read_bytes(str(path), path.read_bytes(), path.suffix, failures, options)


def _os_message(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _read_all(files: Iterator[Path], failures: list[ReadFailure], options: ReadOptions,
              stdin: BinaryIO | None) -> Iterator[Document]:
    for path in files:
        name = STDIN_NAME if str(path) == STDIN else str(path)
        try:
            yield from _read_path(path, failures, options, stdin)
        except (OSError, ValueError, MemoryError) as exc:
            if isinstance(exc, OSError):
                message = _os_message(exc)
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
    files = iter_paths(paths, options.include)
    first = next(files, None)  # runs the existence check of every path now
    return _read_all(itertools.chain([first] if first is not None else [], files), failures, options, stdin)


# --- long texts --------------------------------------------------------------------------------------


def split_text(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> Iterator[tuple[str, int]]:
    """(piece, offset) pairs covering `text` in order, each at most `max_chars` long.

    A piece ends at the last paragraph break (blank line) in the second half of its window, else at the
    last line break, else after the last sentence end, else at the last space; only text with none of
    these is cut mid-word. Joined, the pieces are the text; `offset` is where each starts in it.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pos, length = 0, len(text)
    while length - pos > max_chars:
        high = pos + max_chars
        low = pos + max_chars // 2
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, low, high)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= pos:
            cut = high
        yield text[pos:cut], pos
        pos = cut
    yield text[pos:], pos


def split_document(document: Document, max_chars: int = DEFAULT_PIECE_CHARS,
                   piece_chars: int | None = None) -> Iterator[Document]:
    """The document itself when at most `max_chars` long; else its pieces of at most `piece_chars`
    (default: PIECE_CHARS, or `max_chars` if smaller; see split_text) as Documents with the same id and
    metadata, and `offset` set so that offsets in their rows can be made relative to the whole text."""
    if len(document.text) <= max_chars:
        yield document
        return
    piece_chars = piece_chars or min(max_chars, PIECE_CHARS)
    for piece, offset in split_text(document.text, piece_chars):
        yield replace(document, text=piece, offset=document.offset + offset)
