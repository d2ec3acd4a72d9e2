"""What every `timeline` command does around the library: choosing the format, opening the output,
reading the inputs, one-line errors and exit codes, logging and the summary line."""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, TextIO

import typer

from .errors import ExitCode, TimelineError
from .formats import BINARY_WRITERS, EVENT_ONLY_FORMATS, FORMAT_BY_SUFFIX, FORMATS, format_for_path  # noqa: F401

if TYPE_CHECKING:
    from .documents import ReadOptions
    from .output import OutputFile
    from .timeline import RowFilter


def output_destination(output: Path | None) -> Path | None:
    """-o as given: None for stdout (no -o, or `-o -`)."""
    from .output import output_path

    return output_path(output)


def open_destination(output: Path | None, paths: list[str] | None) -> OutputFile:
    """The -o file, checked and opened before any input is read (see output.OutputFile): not one of the
    inputs (a usage error), and writable."""
    from .output import OutputFile, check_not_an_input

    check_not_an_input(output, paths or [])
    return OutputFile(output)


def choose_format(fmt: str | None, output: Path | None, events: bool = True) -> str:
    """An explicit --format wins; else the -o extension (an unknown one is a usage error); else a table
    on a terminal, JSONL in a pipe. `events=False` (rows of `timeline dates`) refuses the formats that
    only make sense for events (timelinejs, html). An -o in a folder that does not exist is a usage
    error too, found before any work is done."""
    from .storage import is_url

    if output is None and sys.stdout is None:  # `>&-`: one line, as for an unwritable stdout
        raise fail("standard output is closed; write to a file with -o FILE", ExitCode.USAGE)
    if output is not None and not is_url(output) and not Path(output).parent.is_dir():
        raise typer.BadParameter(f"the folder {str(Path(output).parent)!r} does not exist",
                                 param_hint="'-o' / '--output'")
    if not fmt and output is not None:
        fmt = format_for_path(output)
        if fmt is None:
            raise typer.BadParameter(
                f"cannot tell the format from the name {PurePath(output).name!r}; pass --format "
                f"({', '.join(FORMATS)}) or use one of: {' '.join(FORMAT_BY_SUFFIX)}",
                param_hint="'-o' / '--output'",
            )
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt in BINARY_WRITERS:
        check_binary_format(fmt, output)
    if not events and fmt in EVENT_ONLY_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is for event timelines (timeline extract); "
                                 "choose table, csv, json, jsonl, markdown or parquet", param_hint="'--format'")
    return fmt


def check_binary_format(fmt: str, output: str | Path | None) -> None:
    """Parquet is a file format: refused on stdout, and without pyarrow, before any work is done."""
    import importlib.util

    if output is None:
        raise typer.BadParameter(f"{fmt} is written to a file, not to standard output: pass -o FILE.{fmt}",
                                 param_hint="'--format'")
    if importlib.util.find_spec("pyarrow") is None:
        raise typer.BadParameter(f"{fmt} needs pyarrow; install it with: pip install 'timeline-cli[parquet]'",
                                 param_hint="'--format'")


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, so messages land above a progress display (which
    stands in for sys.stderr while it runs) instead of through it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def configure_logging(quiet: bool, verbose: bool) -> None:
    """Library warnings go to stderr as one line each, prefixed with 'warning:'."""
    handler = StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger("timeline_cli")
    root.handlers[:] = [handler]
    root.propagate = False
    root.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    logging.addLevelName(logging.WARNING, "warning")
    logging.addLevelName(logging.ERROR, "error")
    logging.addLevelName(logging.INFO, "info")


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, destination: OutputFile, fields: Sequence[str],
               csv_raw: bool = False) -> None:
    """Rows to `destination` (an output.OutputFile, opened before the inputs were read)."""
    if fmt in BINARY_WRITERS:
        with destination.writing(binary=True) as stream:
            BINARY_WRITERS[fmt](rows, stream, fields)
        return
    if fmt == "table":
        from .console import write_table as writer
    else:
        from .formats import WRITERS

        writer = WRITERS[fmt]
    if csv_raw:
        from functools import partial

        writer = partial(writer, raw=True)
    with destination.writing() as stream:
        try:
            writer(rows, stream, fields)
            # Flush here, inside cli_errors: a reader gone away (`| head`) then shows up as a
            # BrokenPipeError it handles, not as "Exception ignored" when Python flushes stdout at exit.
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            if destination.output is not None:
                raise  # OutputFile.writing names the file
            # A full disk behind `> file`, /dev/full, a device error: one line, and nothing more to
            # flush at exit (which would print a second error).
            stdout_to_devnull()
            raise TimelineError(f"cannot write to standard output: {exc.strerror or exc}") from None


def stdout_to_devnull() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def fail(message: str, code: ExitCode) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(int(code))


@contextmanager
def cli_errors(debug: bool) -> Iterator[None]:
    """Library errors become one line on stderr with their exit code; a closed pipe exits quietly."""
    from .documents import InputPathError

    try:
        yield
    except InputPathError as exc:
        raise fail(str(exc), ExitCode.USAGE) from None
    except TimelineError as exc:
        if debug:
            raise
        raise fail(str(exc), exc.exit_code) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
        stdout_to_devnull()
        raise typer.Exit(int(ExitCode.OK)) from None
    except KeyboardInterrupt:
        # Workers are already stopped (nlp.pipe_records, distributed.run_on_dask); main() ignores
        # further Ctrl-C while the process exits.
        raise fail("interrupted", ExitCode.INTERRUPTED) from None


def input_paths(paths: list[str] | None) -> list[str]:
    """The paths to read: those given; else stdin when it is piped; else a usage error."""
    from .documents import STDIN

    if paths:
        return list(paths)
    if sys.stdin is not None and not sys.stdin.isatty():
        return [STDIN]
    raise typer.BadParameter("give files or folders to read, or '-' / a pipe for stdin", param_hint="PATH")


def read_options(include: list[str] | None, text_field: str, date_field: str, id_field: str,
                 max_bytes: int | None = None, output: Path | None = None) -> ReadOptions:
    """The ReadOptions of the input options; the -o file is never read from an input folder."""
    from .documents import DEFAULT_MAX_BYTES, ReadOptions

    return ReadOptions(tuple(include or ()), text_field, date_field, id_field,
                       max_bytes=max_bytes or DEFAULT_MAX_BYTES, skip=(str(output),) if output else ())


def read_inputs(paths: list[str] | None, failures: list, include: list[str] | None = None,
                text_field: str = "text", date_field: str = "date", id_field: str = "id",
                quiet: bool = False, options: ReadOptions | None = None) -> Counter:
    """Documents from the command's inputs, counted, with a progress bar on a terminal's stderr.

    Raises InputPathError (exit 2 through cli_errors) at once for a path that does not exist.
    """
    from .documents import STDIN, ReadOptions
    from .storage import iter_documents  # documents.iter_documents, and fsspec URLs

    paths = input_paths(paths)
    options = options or ReadOptions(tuple(include or ()), text_field, date_field, id_field)
    documents = iter_documents(paths, failures, options)
    if not quiet and sys.stderr is not None and sys.stderr.isatty() and paths != [STDIN]:
        from .console import track_documents

        documents = track_documents(documents)
    return Counter(documents)


def build_filter(since: dt.date | None = None, until: dt.date | None = None,
                 actors: list[str] | None = None, grep: str | None = None,
                 statuses: list[str] | None = None, date_bases: list[str] | None = None) -> RowFilter:
    """The RowFilter of the filter options (already checked by their callbacks)."""
    from .timeline import RowFilter, compile_pattern

    if since and until and since > until:
        raise typer.BadParameter(f"--since {since} is after --until {until}", param_hint="'--since'")
    return RowFilter(since=since, until=until, actors=tuple(a for a in actors or () if a.strip()),
                     pattern=compile_pattern(grep) if grep else None, statuses=tuple(statuses or ()),
                     date_bases=tuple(date_bases or ()))


def summary(quiet: bool, documents: int, rows: int, failures: list, noun: str, filtered_out: int = 0) -> None:
    """One line on stderr: documents read, rows written, and the inputs that failed, by name."""
    if quiet:
        return
    noun = noun[:-1] if rows == 1 and noun.endswith("s") else noun
    line = f"timeline: {documents} document{'s' * (documents != 1)} read, {rows} {noun}"
    if filtered_out:
        line += f" ({filtered_out} filtered out)"
    line += f", {len(failures)} failed"
    if failures:
        names = [getattr(failure, "where", str(failure)) for failure in failures]
        shown = names[:10] + ([f"and {len(names) - 10} more"] if len(names) > 10 else [])
        line += ": " + ", ".join(shown)
    typer.echo(line, err=True)


class Counter:
    """Counts the documents that pass through, without holding them."""

    def __init__(self, items: Iterable) -> None:
        self.items = items
        self.count = 0

    def __iter__(self):
        for item in self.items:
            self.count += 1
            yield item


def reserve_standard_fds() -> None:
    """Put /dev/null on a closed stdin, stdout or stderr (`2>&-`). Python then leaves sys.stderr etc.
    as None, which the commands check; and no file opened later can take descriptor 1 or 2, where
    worker processes and C libraries would write into it."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)  # the lowest free descriptor: this one
            if opened != fd:
                os.close(opened)
