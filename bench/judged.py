"""How many of the rows judged in docs/accuracy.md still stand, and which rows changed.

Every blind sample from the twentieth on has an "All rows" table in
docs/accuracy.md: each row the tool gave, with a judge's verdict ("right on all
four counts" yes/no) and, for a wrong row, its class. This script runs the tool
as it stands on every judged sample folder and matches each row to a judged row
by everything the judge saw (article, expression, value, basis, status, event,
actors). A matched row keeps its verdict; an unmatched row is new and unjudged.

It prints, per sample and in all:
  rows      rows the tool gives now
  judged    of them, rows that match a judged row (their verdicts still hold)
  right     of the judged, those judged right
  new       rows that match no judged row (read them: --show-new)
  lost-ok   judged-right rows the tool no longer gives
  lost-bad  judged-wrong rows the tool no longer gives (fixed or dropped)

The verdicts are from the commit each sample was judged at; rows that changed
since then show as new (and their old versions as lost). Comparing two runs
(before and after a change) shows what the change did to about six thousand
judged rows of some five hundred and fifty stories the rules were not fitted to
one at a time.

Usage (from the repository root):
  python bench/judged.py [--rows ROWS.jsonl] [--save ROWS.jsonl] [--show-new]
                         [--show-lost] [--class TEXT] [--samples 20-74]

--rows reads rows made earlier (one `timeline extract ... --no-merge -f jsonl
--order input` over the sample folders) instead of running the tool; --save
writes the rows it made. --class lists judged rows (standing or lost) whose
"why not" starts with TEXT, e.g. --class "a wrong actor".
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCURACY = ROOT / "docs" / "accuracy.md"


def judged_samples(text: str) -> dict[str, list[dict]]:
    """Each judged blind sample's folder name -> its "All rows" table rows."""
    samples: dict[str, list[dict]] = {}
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        if not section.startswith("Judged sample"):
            continue
        folder = re.search(r"docs/examples/(en-blind\d+)/", section)
        if not folder or "\n#### All rows\n" not in section:
            continue
        table = section.split("\n#### All rows\n", 1)[1].split("\n#### ", 1)[0]
        header = None
        rows = []
        for line in table.splitlines():
            if not line.startswith("|") or set(line) <= set("|- "):
                continue
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                # An unescaped "|" inside a cell: keep the row, unmatched.
                cells = cells[: len(header) - 1] + ["|".join(cells[len(header) - 1 :])]
            rows.append(dict(zip(header, cells)))
        samples[folder.group(1)] = rows
    return samples


def judged_key(row: dict) -> tuple:
    return (row["article"], row["expression"], row["value"], row["basis"],
            row["status"], row["event"], row["actors"])


def current_key(row: dict) -> tuple:
    return (Path(row["source"]).stem, row.get("time_expression", ""), row["value"],
            row.get("date_basis", ""), row["status"], row["event"], ", ".join(row["actors"]))


def run_tool(folders: list[Path]) -> list[dict]:
    command = [sys.executable, "-m", "timeline_cli", "extract", *map(str, folders),
               "--no-merge", "-f", "jsonl", "--order", "input", "-q"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"judged.py: timeline extract failed ({done.returncode}): {done.stderr.strip()}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def sample_range(text: str) -> range:
    low, _, high = text.partition("-")
    return range(int(low), int(high or low) + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=Path, help="rows made earlier, instead of running the tool")
    parser.add_argument("--save", type=Path, help="write the rows made here")
    parser.add_argument("--samples", default="20-999", help="sample numbers, e.g. 20-74")
    parser.add_argument("--show-new", action="store_true", help="list rows no judge saw")
    parser.add_argument("--show-lost", action="store_true", help="list judged rows now gone")
    parser.add_argument("--class", dest="klass", help="list judged rows whose 'why not' starts so")
    args = parser.parse_args()

    wanted = sample_range(args.samples)
    samples = {folder: rows for folder, rows in judged_samples(ACCURACY.read_text()).items()
               if int(folder.removeprefix("en-blind")) in wanted}
    folders = [ROOT / "docs" / "examples" / name for name in samples]
    rows = (json.loads(line) for line in args.rows.open()) if args.rows else run_tool(folders)
    by_folder: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_folder[Path(row["source"]).parent.name].append(row)
    if args.save:
        with args.save.open("w") as out:
            for name in samples:
                for row in by_folder[name]:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")

    totals = Counter()
    print(f"{'sample':<12}{'rows':>6}{'judged':>8}{'right':>7}{'share':>7}{'new':>6}{'lost-ok':>9}{'lost-bad':>9}")
    listing = []
    for name, judged in samples.items():
        left = Counter(judged_key(row) for row in judged)
        verdict = {judged_key(row): row for row in judged}
        count = Counter(rows=len(by_folder[name]))
        for row in by_folder[name]:
            key = current_key(row)
            if left[key] > 0:
                left[key] -= 1
                count["judged"] += 1
                seen = verdict[key]
                good = seen["right on all four"].startswith("yes")
                count["right"] += good
                if args.klass is not None and not good and seen["why not"].startswith(args.klass):
                    listing.append(f"{name} standing #{seen['#']}: {seen['event']} | {seen['why not']}")
            else:
                count["new"] += 1
                if args.show_new:
                    listing.append(f"{name} new: {Path(row['source']).stem} | {row.get('time_expression', '')} | "
                                   f"{row['value']} | {row.get('date_basis', '')} | {row['status']} | "
                                   f"{row['event']} | {', '.join(row['actors'])}")
        for row in judged:
            key = judged_key(row)
            if left[key] > 0:
                left[key] -= 1
                good = row["right on all four"].startswith("yes")
                count["lost-ok" if good else "lost-bad"] += 1
                if args.show_lost or (args.klass is not None and not good and row["why not"].startswith(args.klass)):
                    listing.append(f"{name} lost #{row['#']} ({'right' if good else 'wrong'}): "
                                   f"{row['article']} | {row['value']} | {row['event']} | {row['why not']}")
        totals.update(count)
        share = count["right"] / count["judged"] if count["judged"] else 0.0
        print(f"{name:<12}{count['rows']:>6}{count['judged']:>8}{count['right']:>7}{share:>7.3f}"
              f"{count['new']:>6}{count['lost-ok']:>9}{count['lost-bad']:>9}")
    share = totals["right"] / totals["judged"] if totals["judged"] else 0.0
    print(f"{'all':<12}{totals['rows']:>6}{totals['judged']:>8}{totals['right']:>7}{share:>7.3f}"
          f"{totals['new']:>6}{totals['lost-ok']:>9}{totals['lost-bad']:>9}")
    for line in listing:
        print(line)


if __name__ == "__main__":
    main()
