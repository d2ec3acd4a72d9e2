"""One self-contained HTML page showing the timeline, readable offline.

Inline CSS only: no scripts, no external fonts, images or stylesheets, and a Content-Security-Policy
that forbids the browser any network request. Every value from the rows is HTML-escaped.
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TextIO

from . import Row, date_range, row_sources, shown_source, source_names

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { color-scheme: light dark; --line: #8a94a6; --muted: #5b6473; --accent: #2457c5; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
header p { color: var(--muted); margin-top: 0; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1.5rem; border-left: 3px solid var(--line); }
li.event { position: relative; margin: 0 0 1.25rem; padding: .25rem 0 0 .75rem; }
li.event::before { content: ""; position: absolute; left: -2.05rem; top: .7rem; width: .9rem; height: .9rem;
                   border-radius: 50%; background: var(--accent); border: 2px solid Canvas; }
li.status-expected::before, li.status-planned::before { background: transparent; border-color: var(--accent); }
li.status-negated::before { background: #b33; }
time { font-weight: 600; font-variant-numeric: tabular-nums; }
.expression { color: var(--muted); }
p.what { margin: .15rem 0; font-size: 1.05rem; }
p.meta { margin: .15rem 0; color: var(--muted); font-size: .875rem; }
.status { display: inline-block; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .6rem; }
details { font-size: .9rem; }
blockquote { margin: .25rem 0 0; padding-left: .75rem; border-left: 2px solid var(--line); }
p.empty { color: var(--muted); font-style: italic; }
@media print { details { display: block; } li.event { break-inside: avoid; } }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _event_item(row: Row, names: dict[str, str] | None = None) -> str:
    status = str(row.get("status") or "")
    sources = row.get("sources") or ([row["source"]] if row.get("source") else [])
    meta = [f'<span class="status">{_e(status)}</span>'] if status else []
    if row.get("actors"):
        meta.append("Actors: " + _e(", ".join(row["actors"])))
    if sources:
        meta.append("Source: " + _e("; ".join(shown_source(source, names) for source in sources)))
    parts = [
        f'<li class="event status-{_e(status or "unknown")}" data-date="{_e(row.get("date") or "")}">',
        f'<time datetime="{_e(row.get("date") or "")}">{_e(date_range(row) or "undated")}</time> '
        f'<span class="expression">({_e(row.get("time_expression"))}, {_e(row.get("value"))})</span>',
        f'<p class="what">{_e(row.get("event") or row.get("time_expression"))}</p>',
        f'<p class="meta">{" · ".join(meta)}</p>' if meta else "",
    ]
    if row.get("sentence"):
        parts.append(f"<details><summary>Sentence</summary><blockquote>{_e(row['sentence'])}</blockquote></details>")
    parts.append("</li>")
    return "\n".join(part for part in parts if part)


def write_html(rows: Iterable[Row], stream: TextIO, fields: Sequence[str], title: str = "Timeline") -> None:
    """The whole page, the count in a footer. Rows are held until written: sources are shortened over
    all of them (source_names), so that two never look alike."""
    if "event" not in fields:
        raise ValueError("the html format is for event rows")
    rows = list(rows)
    names = source_names(row_sources(rows))
    stream.write(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="timeline-cli">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1></header>\n<main>\n"
    )
    count = 0
    first = last = None
    for row in rows:
        if count == 0:
            stream.write('<ol class="timeline">\n')
        stream.write(_event_item(row, names) + "\n")
        count += 1
        if row.get("date"):
            start, end = str(row["date"]), str(row.get("end_date") or row["date"])
            first = start if first is None else min(first, start)
            last = end if last is None else max(last, end)
    if count:
        stream.write("</ol>\n")
    else:
        stream.write('<p class="empty">No events.</p>\n')
    span = f", {first} to {last}" if first else ""
    stream.write(f'</main>\n<footer><p class="meta" id="summary">{count} event{"s" * (count != 1)}{span}.'
                 "</p></footer>\n</body>\n</html>\n")
