"""The `timeline` command: parse and check options, call the library, hand rows to a writer.

Data goes to stdout (or -o FILE); warnings, the summary and errors go to stderr. Exit codes are in
errors.ExitCode and docs/cli.md.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from . import __version__
from .cli_io import (  # noqa: F401  (input_paths, read_inputs, write_rows: also used by tests as cli.X)
    Counter,
    build_filter,
    check_binary_format,
    choose_format,
    cli_errors,
    configure_logging,
    fail,
    input_paths,
    open_destination,
    output_destination,
    read_inputs,
    read_options,
    reserve_standard_fds,
    summary,
    write_rows,
)
from .cli_options import (
    ACTOR_OPTION,
    BATCH_SIZE_OPTION,
    CSV_RAW_OPTION,
    DASK_OPTION,
    DATE_BASIS_OPTION,
    DATE_FIELD_OPTION,
    DB_OPTION,
    DEBUG_OPTION,
    FORMAT_OPTION,
    GREP_OPTION,
    ID_FIELD_OPTION,
    INCLUDE_OPTION,
    KIND_OPTION,
    LANG_OPTION,
    MAX_BYTES_OPTION,
    MODEL_OPTION,
    N_PROCESS_OPTION,
    ORDER_OPTION,
    OUTPUT_OPTION,
    PATHS_ARGUMENT,
    QUIET_OPTION,
    REFERENCE_OPTION,
    SINCE_OPTION,
    STATUS_OPTION,
    TEXT_FIELD_OPTION,
    UNTIL_OPTION,
    VERBOSE_OPTION,
    check_csv_raw,
    check_grep,
    check_lang,
    one_of,
)
from .errors import ExitCode
from .formats import BINARY_WRITERS, EVENT_ONLY_FORMATS, FORMAT_BY_SUFFIX, FORMATS, format_for_path  # noqa: F401
from .options import RunOptions

if TYPE_CHECKING:
    from .documents import ReadOptions

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
    if output is not None and db is None and _is_folder(output):  # before output_destination: a Path drops the '/'
        lang = check_lang(lang)
        _extract_to_folder(str(output), paths, fmt, dask, no_merge, order, reference_date, model, lang, kind,
                           include_vague, n_process, batch_size, csv_raw, quiet, debug,
                           build_filter(since, until, actor, grep, status, date_basis),
                           read_options(include, text_field, date_field, id_field, max_bytes, output))
        return
    output = output_destination(output)
    run_options = RunOptions(reference_date=reference_date, lang=check_lang(lang), kind=kind, model=model,
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
    check_csv_raw(csv_raw, fmt)
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
        seen = Counter(rows)
        kept = Counter(filter_rows(seen, row_filter))
        write_rows((row.to_dict() for row in kept), fmt, destination, EVENT_FIELDS, csv_raw)
        if not dask:
            documents_read = counted.count
    summary(quiet, documents_read, kept.count, failures, "rows", filtered_out=seen.count - kept.count)
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
        check_binary_format(fmt, folder)
    check_csv_raw(csv_raw, fmt)
    failures: list = []
    with cli_errors(debug):
        from .dask_output import extract_to_folder

        documents, written, filtered = extract_to_folder(
            input_paths(paths), dask, folder, fmt=fmt, fields=EVENT_FIELDS, merge=not no_merge, order=order,
            row_filter=row_filter, workers=n_process if n_process > 1 else None, failures=failures,
            model=model, reference_date=reference_date, include_vague=include_vague, batch_size=batch_size,
            read_options=options, lang=lang, kind=kind)
    summary(quiet, documents, written, failures, "rows", filtered_out=filtered)
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

    output = output_destination(output)
    fmt = choose_format(fmt, output)
    check_csv_raw(csv_raw, fmt)
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
    grep: str | None = typer.Option(None, "--grep", metavar="REGEX", callback=check_grep,
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
    output = output_destination(output)
    fmt = choose_format(fmt, output, events=False)
    check_csv_raw(csv_raw, fmt)
    row_filter = build_filter(since, until, None, grep, None)
    run_options = RunOptions(reference_date=reference_date, lang=check_lang(lang), kind=kind, model=model,
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
    summary(quiet, counted.count, written, failures, "expressions")
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

    one_of(fmt, ("text", "json"), param_hint="'--format'")
    lang = check_lang(lang)
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


def main() -> None:
    reserve_standard_fds()
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
