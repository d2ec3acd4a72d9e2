"""Ctrl-C against running commands with worker processes: how long until they stop, the exit code, the
lines on stderr and the processes left behind. Prints figures; no pass/fail (tests/test_hostile_runtime.py
has the test with a generous bound).

    python bench/signals.py                     # extract and dates with -j 2, 1 and 2 presses
    python bench/signals.py --dask              # also --dask local (needs the [dask] extra)

Each run writes a small corpus of long made-up articles, starts the command in its own process group,
waits --wait seconds (workers loaded and busy), then sends SIGINT to the whole group, as a terminal's
Ctrl-C does, once or several times 0.2 s apart.
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
SENTENCE = "The council met on Monday in Springfield and said the budget would be voted on Friday. "


def group(pgid: int) -> list[tuple[int, str]]:
    """(pid, state) of the processes of a process group."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pgid:
                    with open(f"/proc/{entry}/stat") as stat:
                        found.append((int(entry), stat.read().rsplit(")", 1)[1].split()[0]))
            except (OSError, IndexError):
                pass
    return found


def run(args: list[str], presses: int, wait: float) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    time.sleep(wait)
    if proc.poll() is not None:
        print(f"{' '.join(args[:1] + args[2:])}: finished before the signal; raise --docs")
        return
    started = time.monotonic()
    for _ in range(presses):
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.2)
    try:
        proc.wait(timeout=60)
        stopped = f"{time.monotonic() - started:5.2f} s"
    except subprocess.TimeoutExpired:
        stopped = "HUNG (killed after 60 s)"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    lines = proc.stderr.read().decode(errors="replace").splitlines()
    time.sleep(1)
    left = group(proc.pid)
    alive = [pid for pid, state in left if state not in ("Z", "X")]
    print(f"{' '.join(a for a in args if not a.startswith('/')):45} presses={presses} stop={stopped} "
          f"exit={proc.returncode} stderr_lines={len(lines)} left_alive={len(alive)} "
          f"left_zombie={len(left) - len(alive)}")
    for line in lines[:5]:
        print("    " + line[:150])
    for pid in alive:
        os.kill(pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="articles in the corpus")
    parser.add_argument("--wait", type=float, default=8.0, help="seconds before the first Ctrl-C")
    parser.add_argument("--dask", action="store_true", help="also --dask local")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for i in range(options.docs):
            Path(folder, f"doc{i:03}.txt").write_text("June 27, 2024 -\n\n" + SENTENCE * 300, encoding="utf-8")
        commands = [["extract", folder, "-j", "2", "-f", "jsonl"], ["dates", folder, "-j", "2", "-f", "jsonl"]]
        if options.dask:
            commands.append(["extract", folder, "-j", "2", "--dask", "local", "-f", "jsonl"])
        for args in commands:
            for presses in (1, 2, 5):
                run(args, presses, options.wait + (6 if "--dask" in args else 0))


if __name__ == "__main__":
    main()
