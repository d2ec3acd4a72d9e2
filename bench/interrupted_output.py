"""A real Ctrl-C (SIGINT) during `timeline extract|dates -o FILE` leaves FILE as it was. Prints what it
saw; exits 1 if the previous FILE was lost or a temporary file was left behind.

    python bench/interrupted_output.py                 # dates and extract, 300 small articles each
    python bench/interrupted_output.py --after 3       # send SIGINT 3 s after the start

tests/test_hostile_inputs.py checks the same with a simulated KeyboardInterrupt; this is the real
signal, in a child process, with the spaCy model loaded (a few seconds, so not a unit test).
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = ("Officials met in Seoul on Monday to discuss the budget. Talks resumed on Wednesday, and a "
           "vote is expected next week. The plan was first proposed in March 2023.\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--after", type=float, default=6.0, help="seconds before SIGINT")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(args.docs):
            (folder / f"{i:04d}.txt").write_text(ARTICLE * 20, encoding="utf-8")
        for command, name in (("dates", "out.jsonl"), ("extract", "out.csv")):
            out = Path(tmp) / name
            out.write_text("previous run\n", encoding="utf-8")
            child = subprocess.Popen(
                [sys.executable, "-m", "timeline_cli", command, str(folder), "-o", str(out), "-q",
                 "--reference-date", "2024-06-27"],
                env=env, stderr=subprocess.PIPE, text=True,
                # a background child of a non-interactive shell ignores SIGINT: restore the default
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
            time.sleep(args.after)
            running = child.poll() is None
            temporaries_during = [p.name for p in Path(tmp).iterdir() if p.name.startswith(f".{name}.")]
            child.send_signal(signal.SIGINT)
            stderr = child.communicate()[1].strip()
            left = [p.name for p in Path(tmp).iterdir() if p.name.startswith(f".{name}.")]
            kept = out.read_text(encoding="utf-8") == "previous run\n"
            print(f"{command}: running at SIGINT {running}, temporary file during the run "
                  f"{temporaries_during}, exit {child.returncode}, stderr {stderr[-60:]!r}, "
                  f"previous {name} kept {kept}, temporaries left {left}")
            if not running:
                print("  (finished before the signal: use a smaller --after or more --docs)")
            ok &= (not running) or (kept and not left and child.returncode == 130)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
