"""Where the rows go: stdout, or an -o file written safely.

One mechanism for every command that writes a file (`extract -o`, `dates -o`, `eval --system-jsonl`):

- the destination is checked when the command starts, before any input is read, so an unwritable -o
  fails in a second, not after hours of work;
- an -o that is one of the inputs is refused (it would be overwritten, or read as an article);
- a regular file is written to a hidden temporary file in the same folder and renamed over the
  destination only when everything was written, so an interrupted run (Ctrl-C, a crash) leaves the
  previous file as it was, never a truncated one. Special files (/dev/null, a FIFO) are written directly.
- an fsspec URL (s3://..., memory://...) is handed to its file system, which writes the object when the
  file is closed (storage.open_output); only an -o named exactly like an input URL is refused.

No typer here: errors are TimelineError (exit 1) or OutputIsInputError (a usage error).
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import ExitCode, TimelineError

STDOUT = "-"  # `-o -` means standard output


class OutputIsInputError(TimelineError):
    """The output file is one of the inputs (a usage error: nothing was done)."""

    exit_code = ExitCode.USAGE


def output_path(output: str | Path | None) -> str | Path | None:
    """None (stdout) for no -o or `-o -`; an fsspec URL as the string it is; else the path."""
    from .storage import is_url

    if output is None or str(output) == STDOUT:
        return None
    return str(output) if is_url(str(output)) else Path(output)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_not_an_input(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Refuse an output file that is also a file named as input (the same file, through any name or
    link). An output inside an input folder is fine: the folder walk leaves it out."""
    from .storage import is_url

    if output is not None and is_url(str(output)):
        if str(output) in {str(raw) for raw in inputs}:
            raise OutputIsInputError(f"the output {output} is also an input; choose another -o (it would be "
                                     "overwritten)")
        return
    if output is None or not output.exists():
        return
    for raw in inputs:
        path = Path(raw)
        if str(raw) != "-" and path.is_file() and _same_file(path, output):
            from .documents import display_name

            raise OutputIsInputError(f"the output {display_name(output)} is also an input; "
                                     "choose another -o (it would be overwritten)")


def _message(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class OutputFile:
    """The destination of the rows, opened when the command starts and filled at the end.

    `OutputFile(path)` checks the destination and, for a regular file, creates the temporary file next
    to it (so any problem shows now, before the work). Used as a context manager, it renames the
    temporary file over the destination when the block ends normally and deletes it on any exception,
    Ctrl-C included. `writing()` gives the text stream (UTF-8, newline=""). `None` means stdout.
    """

    def __init__(self, output: Path | None, *, stdout: TextIO | None = None) -> None:
        self.output = output
        self._stdout = stdout
        self._temporary: str | None = None
        self._fd: int | None = None
        self._direct = False  # a special file (/dev/null, a FIFO): written as it comes, no rename
        from .storage import is_url

        self._url = output is not None and is_url(str(output))
        if output is None or self._url:
            return
        from .documents import display_name

        self._shown = display_name(output)
        self._target = Path(os.path.realpath(output))  # write through a symlink, not over it
        try:
            info = os.stat(self._target)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise self._error(exc) from exc
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise TimelineError(f"cannot write {self._shown}: Is a directory")
        if info is not None and not stat.S_ISREG(info.st_mode):
            self._direct = True
            if not os.access(self._target, os.W_OK):
                raise TimelineError(f"cannot write {self._shown}: Permission denied")
            return
        if info is not None and not os.access(self._target, os.W_OK):
            raise TimelineError(f"cannot write {self._shown}: Permission denied")
        try:
            # Hidden (a leading dot), so a walk of the same folder never reads it as an article.
            self._fd, self._temporary = tempfile.mkstemp(prefix=f".{self._target.name}.", suffix=".tmp",
                                                         dir=self._target.parent)
            if hasattr(os, "fchmod"):  # mkstemp makes it 0600: give it the mode the file would have
                os.fchmod(self._fd, stat.S_IMODE(info.st_mode) if info is not None else _new_file_mode())
        except OSError as exc:
            self.discard()
            raise self._error(exc) from exc

    def _error(self, exc: OSError) -> TimelineError:
        return TimelineError(f"cannot write {self._shown}: {_message(exc)}")

    @contextmanager
    def writing(self, binary: bool = False) -> Iterator[TextIO]:
        """The stream to write: text (UTF-8, newline=""), or bytes with `binary` (Parquet)."""
        if self.output is None:
            yield (self._stdout or sys.stdout).buffer if binary else (self._stdout or sys.stdout)
            return
        if self._url:
            from .storage import open_output as open_url

            with open_url(str(self.output), binary) as stream:
                yield stream
            return
        mode = {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": ""}
        try:
            if self._direct:
                with open(self._target, **mode) as stream:
                    yield stream
            else:
                fd, self._fd = self._fd, None
                with open(fd, **mode) as stream:
                    yield stream
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from exc

    def commit(self) -> None:
        if self._temporary is None:
            return
        if self._fd is not None:  # nothing was written: an empty file
            os.close(self._fd)
            self._fd = None
        try:
            os.replace(self._temporary, self._target)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from exc
        self._temporary = None

    def discard(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._temporary is not None:
            try:
                os.unlink(self._temporary)
            except OSError:
                pass
            self._temporary = None

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:  # Ctrl-C or an error: the previous file stays as it was
            self.discard()


@contextmanager
def open_output(output: Path | None, *, stdout: TextIO | None = None) -> Iterator[TextIO]:
    """Checks, writes and renames in one block: for writers that stream rows as they come."""
    with OutputFile(output, stdout=stdout) as destination, destination.writing() as stream:
        yield stream
