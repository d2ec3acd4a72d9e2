"""Bytes to text: binary sniffing, decoding, and the reader chosen for data without a name."""

from __future__ import annotations

import json
import logging
import re

# The package's logger: warnings keep the name they had before documents.py became a package.
logger = logging.getLogger(__package__)


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
