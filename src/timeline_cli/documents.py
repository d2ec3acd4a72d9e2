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
import os
import re
import stat
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

# A text longer than this is fed to spaCy in pieces (extraction.split_long_documents); news articles are shorter
# and stay whole. Far below spaCy's max_length (1e6): the parser's memory and the event extraction's
# time per row grow with the length of a doc.
DEFAULT_PIECE_CHARS = 20_000
# The size of those pieces: about a news article, so a batch of pieces costs the memory of a batch of
# articles (spaCy holds a whole batch of parsed docs at once, ~4 KB per character).
PIECE_CHARS = 5_000
# --max-bytes: far above any article (a long one is ~100 kB), far below what would strain memory.
DEFAULT_MAX_BYTES = 50_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: which files of a folder, and the field names of JSONL records."""

    include: tuple[str, ...] = ()  # globs; when given, a folder's files are those matching any of them
    text_field: str = "text"
    date_field: str = "date"
    id_field: str = "id"
    # The most bytes one document (a file, stdin, or one JSONL line) may have; larger ones are a read
    # failure, found before they are read into memory (--max-bytes).
    max_bytes: int = DEFAULT_MAX_BYTES
    # Files never read from folders (the command's own -o file): paths, compared as the same file.
    skip: tuple[str, ...] = ()


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


# Characters a file name may carry that must not reach a terminal or an output raw: control characters
# (C0, DEL, C1: ESC starts terminal escape codes) and the lone surrogates Python uses for the bytes of a
# name that are not UTF-8 (os.fsdecode's surrogateescape).
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_ESCAPE_BACKSLASH = os.sep == "/"  # on Windows the backslash is the separator, and names are UTF-16


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\\":
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return "".join(f"\\x{byte:02x}" for byte in char.encode("utf-8"))


def display_name(path: str | os.PathLike) -> str:
    """A path as shown in `source`, warnings and the summary: as it is, unless it holds bytes that are
    not UTF-8 or control characters. Those names are escaped as in a Python bytes literal (`\xe9` for
    each such byte or control character, and `\\` for a backslash, so no two names look alike); the
    original name is `os.fsdecode(codecs.escape_decode(name.encode())[0])`. See docs/inputs.md."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not _UNSAFE_NAME.search(text) and not (_ESCAPE_BACKSLASH and "\\" in text):
        return text
    pattern = r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\\]" if _ESCAPE_BACKSLASH else _UNSAFE_NAME.pattern
    return re.sub(pattern, lambda match: _escape_char(match.group()), text)


def included(relative: Path, include: tuple[str, ...]) -> bool:
    """Whether a file found in a folder is read: it matches one of the --include globs (by name or
    relative path), or, with none given, has a suffix the reader knows."""
    if not include:
        return relative.suffix.lower() in KNOWN_SUFFIXES
    name, posix = relative.name, relative.as_posix()
    return any(fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(posix, glob) for glob in include)


def _file_id(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _entry_kind(entry: os.DirEntry) -> tuple[str, os.stat_result | None]:
    """("file"|"folder", stat) for what a folder walk reads or descends into, else (why it is skipped,
    None). Symlinks to files are read; symlinks to folders are not followed (they can loop)."""
    if entry.is_symlink():
        try:
            target = os.stat(entry.path)
        except FileNotFoundError:
            return "dangling symlink", None
        except OSError as exc:
            if exc.errno == 40:  # ELOOP
                return "symlink loop", None
            raise
        if stat.S_ISDIR(target.st_mode):
            return "symlink to a folder, not followed", None
        if stat.S_ISREG(target.st_mode):
            return "file", target
        return f"symlink to {_special_kind(target.st_mode)}", None
    if entry.is_dir(follow_symlinks=False):
        return "folder", None
    info = entry.stat(follow_symlinks=False)
    if stat.S_ISREG(info.st_mode):
        return "file", info
    return _special_kind(info.st_mode), None


def _folder_files(folder: Path, include: tuple[str, ...], failures: list[ReadFailure],
                  seen: set[tuple[int, int]], skip: set[tuple[int, int]]) -> Iterator[Path]:
    """The files of a folder to read, in sorted order (depth first, names sorted), walked with an
    explicit stack: a tree of any depth is fine. Hidden entries are left out silently; files of other
    kinds, special files, dangling or looping symlinks and symlinked folders are counted in one warning
    (named with -v); a folder or entry that cannot be looked at is a read failure."""
    other_kinds = 0
    skipped: dict[str, int] = {}

    def failed(path: str, exc: OSError) -> None:
        name = display_name(path)
        message = _os_message(exc)
        failures.append(ReadFailure(name, f"cannot read the folder: {message}" if os.path.isdir(path) else message))
        logger.warning("%s: %s; skipped", name, failures[-1].message)

    def listing(path: str) -> Iterator[os.DirEntry] | None:
        try:
            with os.scandir(path) as entries:
                return iter(sorted(entries, key=lambda entry: entry.name))
        except OSError as exc:
            failed(path, exc)
            return None

    stack = [entries for entries in [listing(str(folder))] if entries is not None]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            kind, info = _entry_kind(entry)
        except OSError as exc:
            failed(entry.path, exc)
            continue
        if kind == "folder":
            entries = listing(entry.path)
            if entries is not None:
                stack.append(entries)
            continue
        path = Path(entry.path)
        if kind != "file":
            if not include or included(path.relative_to(folder), include):
                skipped[kind] = skipped.get(kind, 0) + 1
                logger.info("%s: skipped: %s", display_name(path), kind)
            continue
        if not included(path.relative_to(folder), include):
            other_kinds += 1
            continue
        identity = _file_id(info)
        if identity in skip:
            logger.info("%s: skipped: it is the output file", display_name(path))
            continue
        if identity in seen:
            logger.info("%s: already read; read once", display_name(path))
            continue
        seen.add(identity)
        yield path
    if other_kinds and not include:
        logger.warning(
            "%s: %d file%s of other kinds skipped (read are %s; pass --include GLOB to choose)",
            display_name(folder), other_kinds, "s" * (other_kinds != 1), " ".join(sorted(KNOWN_SUFFIXES)),
        )
    if skipped:
        total = sum(skipped.values())
        reasons = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
        logger.warning("%s: %d entr%s skipped (%s); -v names them", display_name(folder), total,
                       "ies" if total != 1 else "y", reasons)


def iter_paths(paths: Iterable[str | Path], include: Iterable[str] = (),
               failures: list[ReadFailure] | None = None, *, skip: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Files named directly (always read), `-` for stdin, and files under folders: recursive, sorted,
    hidden ones skipped, only known suffixes unless `include` globs are given. A file named twice (or
    named and also under a named folder) is yielded once; `skip` files are never taken from folders.

    Every path is checked before the first file is yielded, so a typo fails fast. Folders that cannot
    be read are appended to `failures` (with a warning).
    """
    include = tuple(include)
    failures = failures if failures is not None else []
    checked = [Path(raw) for raw in paths]
    for path in checked:
        if str(path) != STDIN and not path.exists():
            raise InputPathError(f"no such file or folder: {display_name(path)}")
    skip_ids = set()
    for path in skip:
        try:
            skip_ids.add(_file_id(os.stat(path)))
        except OSError:
            pass
    seen: set[tuple[int, int]] = set()
    for path in checked:
        if str(path) == STDIN:
            yield path
            continue
        try:
            info = os.stat(path)
        except OSError:
            yield path  # the reader reports why it cannot be read (a dangling symlink, a loop, ...)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _folder_files(path, include, failures, seen, skip_ids)
        elif _file_id(info) in seen:
            logger.info("%s: named again; read once", display_name(path))
        else:
            seen.add(_file_id(info))
            yield path


# --- decoding ----------------------------------------------------------------------------------------

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF",
                 b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def looks_binary(data: bytes) -> bool:
    """Whether the start of a file is binary data (NUL bytes outside UTF-16, or a known file signature)."""
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
    if looks_binary(data):
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


class _BadTimestamp(str):
    """A YAML timestamp that is no real date or time (2024-02-30, 25:99): kept as its text."""


@functools.lru_cache(maxsize=1)
def _front_matter_loader():
    """yaml's SafeLoader, except that a timestamp that is no real date (`date: 2024-02-30`) stays a
    string instead of raising, so a bad date costs the date, not the article."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def timestamp(loader, node):
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError:
            return _BadTimestamp(loader.construct_scalar(node))

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return Loader


def _markdown_document(name: str, text: str) -> Document:
    """Markdown with optional YAML front matter (title, date, url). The body keeps its offsets: the
    front matter is blanked out with spaces rather than cut, so offsets index the file as read."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return Document(id=name, text=text)
    import yaml  # only Markdown with front matter needs it

    try:
        meta = yaml.load(match.group(1), Loader=_front_matter_loader()) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"invalid YAML front matter: {str(exc).splitlines()[0]}") from exc
    if not isinstance(meta, dict):
        meta = {}
    body = re.sub(r"[^\n]", " ", text[: match.end()]) + text[match.end():]
    raw_date = meta.get("date")
    date = parse_date(raw_date)
    if raw_date is not None and date is None:
        logger.warning("%s: front matter date %r is not a date; ignored", name, str(raw_date))
    elif isinstance(raw_date, _BadTimestamp):
        logger.warning("%s: front matter date %r is not a valid date and time; read as %s", name,
                       str(raw_date), date)
    return Document(
        id=name,
        text=body,
        reference_date=date,
        reference_source="metadata" if date else None,
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
        metadata=_scalar_metadata(meta.items()),
        lang=_metadata_lang(meta.get("lang")),
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


def _html_publication_date(data: bytes | str) -> dt.date | None:
    """The reference date of a page: from its publication-date metadata only (html_dates), never from
    a script or a footer's text."""
    from trafilatura.utils import load_html

    from .html_dates import publication_date

    try:
        tree = load_html(data)
    except (ValueError, TypeError, RecursionError):
        return None
    return publication_date(tree, parse_date)


def _metadata_lang(value: object) -> str | None:
    """A language named by metadata, as a supported code ("fr-FR" -> "fr"); None otherwise (then the
    document's language is detected from its words)."""
    from .lang import normalize

    return normalize(value)


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.I)


def _html_lang(data: bytes | str) -> str | None:
    """The `lang` attribute of a page's <html> element (looked for in its first 4 KB)."""
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "replace")
    match = _HTML_LANG.search(head)
    return _metadata_lang(match.group(1).decode("ascii")) if match else None


def _html_document(name: str, data: bytes | str) -> Document:
    """Main text and metadata of a saved web page, with trafilatura. Paragraphs are separated by a
    blank line; offsets index this extracted text."""
    if isinstance(data, bytes) and looks_binary(data):
        raise ValueError("looks like a binary file, not HTML")
    if not (data.strip() if isinstance(data, str) else data.strip()):
        return Document(id=name, text="")
    import trafilatura

    try:
        # The date trafilatura finds is not used (see html_dates): its cheapest search is asked for.
        result = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                             date_extraction_params={"extensive_search": False,
                                                                     "original_date": True})
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:  # malformed beyond repair
        logger.debug("%s: trafilatura failed: %s", name, exc)
        result = None
    text = getattr(result, "text", None) or ""
    if text.strip():
        text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    else:
        text = _html_fallback_text(data)
    date = _html_publication_date(data)
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
        lang=_html_lang(data),
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


def _capped_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream, each read with at most `limit` bytes in memory; None for a line
    longer than that (it is read past in pieces, never held whole)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(limit + 1)
            yield None
        else:
            yield raw


class _Utf8Lines:
    """A UTF-16 text stream (with its byte-order mark) seen as UTF-8 lines, for iter_jsonl."""

    def __init__(self, stream: BinaryIO) -> None:
        self.text = io.TextIOWrapper(stream, encoding="utf-16", newline="")

    def readline(self, limit: int = -1) -> bytes:
        try:
            return self.text.readline(limit).encode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("cannot decode as UTF-16 although it starts with a UTF-16 mark") from None


def iter_jsonl(stream: BinaryIO, name: str, failures: list[ReadFailure],
               options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """One Document per line of JSON Lines, streamed. A line that is not a JSON object with a text
    field is an error naming the file and line; the other lines are still read. Blank lines are skipped.

    Ids default to `FILE:LINE` when a record has no id field.
    """
    warned: list[bool] = []
    for lineno, raw in enumerate(_capped_lines(stream, options.max_bytes), start=1):
        if raw is not None and not raw.strip():
            continue
        try:
            if raw is None:
                raise ValueError(f"line longer than --max-bytes ({options.max_bytes} bytes)")
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
            lang=_metadata_lang(record.get("lang")),
        )


def sniff_suffix(data: bytes) -> str:
    """The reader for data without a file name (stdin): .jsonl, .html, .tml, .md or .txt."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: sniff its start as UTF-8
        data = data[:4096].decode("utf-16", "ignore").encode("utf-8")
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
        yield from _read_jsonl(io.BytesIO(data), name, failures, options)
        return
    if suffix in HTML_SUFFIXES:
        yield _html_document(name, data)
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
        raise ValueError(f"not a regular file ({_special_kind(info.st_mode)})")
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
        lines = _Utf8Lines(lines)  # type: ignore[assignment]
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


def _os_message(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _read_all(files: Iterator[Path], failures: list[ReadFailure], options: ReadOptions,
              stdin: BinaryIO | None) -> Iterator[Document]:
    for path in files:
        name = STDIN_NAME if str(path) == STDIN else display_name(path)
        try:
            yield from _read_path(path, name, failures, options, stdin)
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
    files = iter_paths(paths, options.include, failures, skip=options.skip)
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
