"""Rows that differ between two bench/all_rows.sh outputs, folder by folder.

    python bench/compare_rows.py BEFORE AFTER [-q]

Each folder's rows are compared as a multiset of JSON lines: "-" rows only BEFORE has, "+" rows only
AFTER has (each shown as file, expression, value, status | event, unless -q). The last line is
"total changed N"; 0 means the two trees give the same rows byte for byte.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def shown(line: str) -> str:
    row = json.loads(line)
    return (f"{Path(row['source']).name} {row.get('time_expression')} {row['value']} {row['status']} "
            f"| {row['event']}")


def main() -> None:
    args = [arg for arg in sys.argv[1:] if arg != "-q"]
    if len(args) != 2:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    before, after = map(Path, args)
    quiet = "-q" in sys.argv
    total = 0
    for old_file in sorted(before.glob("*.jsonl")):
        new_file = after / old_file.name
        if not new_file.exists():
            print(f"{old_file.name}: missing in {after}")
            continue
        old = Counter(old_file.read_text().splitlines())
        new = Counter(new_file.read_text().splitlines())
        gone, added = old - new, new - old
        if not gone and not added:
            continue
        total += sum(gone.values()) + sum(added.values())
        print(f"{old_file.name}: -{sum(gone.values())} +{sum(added.values())}")
        if not quiet:
            for line in gone:
                print("  -", shown(line))
            for line in added:
                print("  +", shown(line))
    print("total changed", total)


if __name__ == "__main__":
    main()
