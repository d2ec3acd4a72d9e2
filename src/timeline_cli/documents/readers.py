"""The per-format readers: Markdown front matter, TimeML, HTML, plain text and JSON Lines."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Document
from ..timeml import parse_timeml
from .dates import parse_date, warn_ambiguous_date
from .decoding import looks_binary
from .paths import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    ReadFailure,
    ReadOptions,
)

# The package's logger: warnings keep the name they had before documents.py became a package.
logger = logging.getLogger(__package__)

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
    warn_ambiguous_date(name, raw_date, date, body)
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

    from ..html_dates import publication_date

    try:
        tree = load_html(data)
    except (ValueError, TypeError, RecursionError):
        return None
    return publication_date(tree, parse_date)


def _metadata_lang(value: object) -> str | None:
    """A language named by metadata, as a supported code ("fr-FR" -> "fr"); None otherwise (then the
    document's language is detected from its words)."""
    from ..lang import normalize

    return normalize(value)


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.I)


def _html_lang(data: bytes | str) -> str | None:
    """The `lang` attribute of a page's <html> element (looked for in its first 4 KB)."""
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "replace")
    match = _HTML_LANG.search(head)
    return _metadata_lang(match.group(1).decode("ascii")) if match else None


def html_document(name: str, data: bytes | str) -> Document:
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
        return html_document(name, text)
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


class Utf8Lines:
    """A UTF-16 text stream (with its byte-order mark) seen as UTF-8 lines, for iter_jsonl."""

    def __init__(self, stream: BinaryIO) -> None:
        # lines end at "\n" only, as in UTF-8 JSON Lines: a lone "\r" is no line break there either
        self.text = io.TextIOWrapper(stream, encoding="utf-16", newline="\n")

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
        warn_ambiguous_date(f"{name}:{lineno}", raw_date, date, text)
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
