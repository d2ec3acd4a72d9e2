"""Inputs: suffixes, read options and failures, safe display names, and the walk through folders."""

from __future__ import annotations

import fnmatch
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# The package's logger: warnings keep the name they had before documents.py became a package.
logger = logging.getLogger(__package__)


TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".tml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Files of these kinds are read from folders; anything else only when named or matched by --include.
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

STDIN = "-"  # the path that means standard input
STDIN_NAME = "<stdin>"  # how stdin is named in rows and messages
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


def special_kind(mode: int) -> str:
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
        return f"symlink to {special_kind(target.st_mode)}", None
    if entry.is_dir(follow_symlinks=False):
        return "folder", None
    info = entry.stat(follow_symlinks=False)
    if stat.S_ISREG(info.st_mode):
        return "file", info
    return special_kind(info.st_mode), None


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
        message = os_message(exc)
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


def os_message(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
