"""Throughput of the extraction beside spaCy's own parse. Prints figures and ratios; no pass/fail.

    python bench/throughput.py                      # everything (about 20 minutes on 2 cores)
    python bench/throughput.py --docs 500 --skip-memory --skip-nprocess   # a quick look
    python bench/throughput.py --docs 500 --rounds 5 --skip-cli --skip-memory   # issue 10's budget
    python bench/throughput.py --docs 500 --skip-library --skip-cli --skip-memory --db   # the store's cost

Corpus: the TempEval-3 training texts (TimeML, read with timeline_cli.timeml.read_timeml), repeated
to --docs documents; each keeps its document creation time as the reference date.

  (a) bare `nlp.pipe` with the same model and components (timeline_cli.nlp.load_model)
  (b) the library: extract_timeline over the same texts (parse + tagging + events + merge + order)
  (c) the CLI end to end: `timeline extract DIR --format jsonl -o FILE`, in a child process, on the
      same documents written as .tml files (startup and model load included)
  then `--n-process 1` against `--n-process 2` on (c), peak memory of the CLI for --memory-docs
  documents, and the time of `timeline --help`.
  (d) with --db: `timeline extract DIR --db FILE` against `-o FILE`, on --docs distinct documents.

Words are whitespace-separated words of the texts. Wall time is what a user waits; CPU time (user +
sys of the process, or of the child) is also shown because on a shared machine the wall clock also
counts other people's work.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = "../shared/data/tempeval3/train/"


def corpus_files(data: Path) -> list[Path]:
    files = sorted(data.rglob("*.tml"))
    if not files:
        sys.exit(f"no .tml files under {data}")
    return files


def timeml_documents(files: list[Path]) -> list:
    """The TimeML files as Documents, each with its document creation time as the reference date."""
    from timeline_cli.records import Document
    from timeline_cli.timeml import read_timeml

    documents = []
    for path in files:
        timeml = read_timeml(path)
        documents.append(Document(id=str(path), text=timeml.text, reference_date=timeml.dct_date,
                                  reference_source="metadata" if timeml.dct_date else None))
    return documents


def repeated(items: list, count: int) -> list:
    return [items[i % len(items)] for i in range(count)]


def rate(n_docs: int, n_words: int, seconds: float) -> str:
    return f"{n_docs / seconds:8.1f} docs/s {n_words / seconds:9.0f} words/s"


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


class TreeMemory:
    """Samples the resident memory of a process and its descendants (psutil), every `every` seconds."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every = pid, every
        self.peak_sum = self.peak_one = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                sizes = []
                for proc in procs:
                    try:
                        sizes.append(proc.memory_info().rss)
                    except psutil.Error:
                        pass
                self.peak_sum = max(self.peak_sum, sum(sizes))
                self.peak_one = max(self.peak_one, max(sizes, default=0))
            except psutil.Error:
                return
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# Linux carries a process's peak RSS across exec, so a child started from this (big) process would
# report at least this process's size as its ru_maxrss. A tiny launcher starts the CLI instead and
# reports the CLI's own rusage (its ru_maxrss covers the CLI and the workers it waited for).
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sys.stdout.write(str(child.pid) + "\\n"); sys.stdout.flush()
err = child.stderr.read()
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024,
           "code": os.waitstatus_to_exitcode(status), "stderr": err.decode("utf-8", "replace")[-2000:]},
          open(sys.argv[1], "w"))
"""


def run_cli(args: list[str], sample_memory: bool = False) -> dict:
    """Run `timeline ARGS` as a child: wall time, its CPU time (user + sys, workers included) and its
    peak RSS (ru_maxrss: the largest single process); with sample_memory also the sampled peaks of the
    whole process tree (psutil, every 0.2 s), workers included."""
    exe = shutil.which("timeline", path=os.path.dirname(sys.executable)) or shutil.which("timeline")
    command = [exe, *args] if exe else [sys.executable, "-m", "timeline_cli", *args]
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        launcher = subprocess.Popen([sys.executable, "-c", LAUNCHER, report.name, *command],
                                    stdout=subprocess.PIPE, text=True)
        pid = int(launcher.stdout.readline())
        sampler = TreeMemory(pid) if sample_memory else None
        launcher.wait()
        if sampler:
            sampler.stop()
        import json

        result = json.load(open(report.name))
    if result["code"] not in (0, 1):
        sys.exit(f"timeline {' '.join(args)} failed ({result['code']}):\n{result['stderr']}")
    result["tree_sum"] = sampler.peak_sum if sampler else None
    result["tree_one"] = sampler.peak_one if sampler else None
    return result


def write_corpus(files: list[Path], count: int, folder: Path) -> None:
    """`count` .tml files (links to the originals where the filesystem allows, else copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, source in enumerate(repeated(files, count)):
        target = folder / f"{i // len(files):03d}_{source.name}"
        try:
            os.symlink(source.resolve(), target)
        except OSError:
            shutil.copyfile(source, target)


def gib(n: float) -> str:
    return f"{n / 2**30:.2f} GiB ({n / 2**20:.0f} MiB)"


def load() -> str:
    """Load averages: how busy the machine was (other people's work counts in wall times)."""
    try:
        return "load average " + " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return ""


def machine() -> None:
    import spacy

    print(f"machine: {platform.platform()}, nproc={os.cpu_count()}, python {platform.python_version()}, "
          f"spaCy {spacy.__version__}")
    try:
        print(subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip())
    except OSError:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help=f"folder of .tml files, relative to the repository root (default {DEFAULT_DATA})")
    parser.add_argument("--docs", type=int, default=2000, help="documents for (a), (b), (c) and -j 1/2")
    parser.add_argument("--memory-docs", type=int, default=10_000, help="documents for the memory run")
    parser.add_argument("--rounds", type=int, default=1, help="(a) then (b), this many times over; the best of each")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=None)
    parser.add_argument("--skip-library", action="store_true", help="skip (a) and (b)")
    parser.add_argument("--skip-cli", action="store_true", help="skip (c) and the -j 1/2 comparison")
    parser.add_argument("--skip-nprocess", action="store_true", help="skip the --n-process 2 run")
    parser.add_argument("--skip-memory", action="store_true", help="skip the memory run")
    parser.add_argument("--db", action="store_true",
                        help="also time `extract --db` against `extract -o FILE` on --docs distinct documents")
    parser.add_argument("--memory-n-process", default="1,2", metavar="N[,N]",
                        help="--n-process values for the memory run (default 1,2)")
    args = parser.parse_args()

    data = Path(args.data)
    if not data.is_absolute():
        data = (REPO / data).resolve()
    files = corpus_files(data)
    machine()
    import logging

    logging.getLogger("timeline_cli").setLevel(logging.ERROR)  # no per-document warnings here

    documents = repeated(timeml_documents(files), args.docs)
    texts = [d.text for d in documents]
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(files)} TimeML texts from {data}, repeated to {len(documents)} documents, "
          f"{n_words} words ({n_words / len(documents):.0f} per document); batch size {args.batch_size}")
    model = ["--model", args.model] if args.model else []

    if not args.skip_library:
        from timeline_cli import extract_timeline
        from timeline_cli.nlp import load_model

        (nlp, load_s, _) = timed(lambda: load_model(args.model))
        print(f"model: {nlp.meta.get('name')} {nlp.meta.get('version')}, pipeline {nlp.pipe_names}, "
              f"loaded in {load_s:.2f} s")
        for _ in nlp.pipe(texts[:16]):  # warm up
            pass
        extract_timeline(documents[:16], nlp=nlp)
        # Rounds alternate (a) and (b) so that a burst of other people's work on this shared machine
        # falls on both; the best of each (as timeit takes) is the figure least inflated by that work.
        a_walls, a_cpus, b_walls, b_cpus = [], [], [], []
        for round_no in range(1, args.rounds + 1):
            _, a_wall, a_cpu = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size)))
            print(f"(a) bare nlp.pipe     {rate(len(texts), n_words, a_wall)}  ({a_wall:.1f} s, CPU {a_cpu:.1f} s; "
                  f"{load()})")
            rows, b_wall, b_cpu = timed(lambda: extract_timeline(documents, nlp=nlp, batch_size=args.batch_size))
            print(f"(b) extract_timeline  {rate(len(texts), n_words, b_wall)}  ({b_wall:.1f} s, CPU {b_cpu:.1f} s, "
                  f"{len(rows)} rows; {load()})")
            print(f"round {round_no}: b/a = {a_wall / b_wall:.2f} by wall time, {a_cpu / b_cpu:.2f} by CPU time: extract = "
                  f"{b_wall / a_wall:.2f}x the parse (our work = {100 * (b_cpu - a_cpu) / a_cpu:.0f}% of the parse's CPU time)")
            a_walls.append(a_wall), a_cpus.append(a_cpu), b_walls.append(b_wall), b_cpus.append(b_cpu)
        if args.rounds > 1:
            print(f"best of {args.rounds} rounds: extract = {min(b_walls) / min(a_walls):.2f}x the parse by wall time "
                  f"({min(b_walls):.1f} s / {min(a_walls):.1f} s), {min(b_cpus) / min(a_cpus):.2f}x by CPU time; "
                  f"median of the rounds' wall ratios "
                  f"{statistics.median(b / a for a, b in zip(a_walls, b_walls)):.2f}x")

    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        tmp = Path(tmp)
        if not args.skip_cli:
            folder = tmp / "corpus"
            write_corpus(files, args.docs, folder)
            out = tmp / "out.jsonl"
            c1 = run_cli(["extract", str(folder), "--format", "jsonl", "-o", str(out), "-q",
                          "--batch-size", str(args.batch_size), *model])
            print(f"(c) CLI -j 1          {rate(args.docs, n_words, c1['wall'])}  ({c1['wall']:.1f} s, "
                  f"CPU {c1['cpu']:.1f} s, startup and model load included; {load()})")
            if not args.skip_nprocess:
                out2 = tmp / "out2.jsonl"
                c2 = run_cli(["extract", str(folder), "--format", "jsonl", "-o", str(out2), "-q",
                              "--batch-size", str(args.batch_size), "--n-process", "2", *model])
                print(f"(c) CLI -j 2          {rate(args.docs, n_words, c2['wall'])}  ({c2['wall']:.1f} s, CPU {c2['cpu']:.1f} s; {load()})")
                same = out.read_bytes() == out2.read_bytes()
                print(f"--n-process 2 / 1 = {c1['wall'] / c2['wall']:.2f}x; output identical: {same}")
            shutil.rmtree(folder)
        if args.db:
            # The store skips a text it already holds, so the repeated corpus is made distinct: each
            # copy gets one more sentence with no date (no row), "(Copy N.)", at the end of its TEXT.
            folder = tmp / "distinct"
            folder.mkdir()
            for i, source in enumerate(repeated(files, args.docs)):
                xml = source.read_text(encoding="utf-8")
                at = xml.rfind("</TEXT>")
                (folder / f"{i:05d}_{source.name}").write_text(xml[:at] + f"\n(Copy {i}.)\n" + xml[at:],
                                                               encoding="utf-8")
            common = ["--batch-size", str(args.batch_size), "-q", *model]
            # In the order A B B A, each on a new store, summed: the second of two runs of the same
            # command was seen to be faster here (warm caches), which a single A B pair charges to B.
            runs: dict[str, list[dict]] = {"plain": [], "stored": []}
            for number, which in enumerate(("plain", "stored", "stored", "plain")):
                if which == "plain":
                    runs[which].append(run_cli(["extract", str(folder), "--format", "jsonl", "-o",
                                                str(tmp / "d.jsonl"), *common]))
                else:
                    runs[which].append(run_cli(["extract", str(folder), "--db", str(tmp / f"d{number}.db"),
                                                *common]))
            plain, stored = ({key: sum(run[key] for run in runs[which]) / 2 for key in ("wall", "cpu")}
                             for which in ("plain", "stored"))
            print(f"(d) CLI -o FILE       {rate(args.docs, n_words, plain['wall'])}  ({plain['wall']:.1f} s, "
                  f"CPU {plain['cpu']:.1f} s; {load()})")
            print(f"(d) CLI --db FILE     {rate(args.docs, n_words, stored['wall'])}  ({stored['wall']:.1f} s, "
                  f"CPU {stored['cpu']:.1f} s; {load()})")
            print(f"--db / -o = {stored['wall'] / plain['wall']:.3f} by wall time, "
                  f"{stored['cpu'] / plain['cpu']:.3f} by CPU time (target <= 1.05)")
            shutil.rmtree(folder)
        if not args.skip_memory:
            folder = tmp / "memory"
            write_corpus(files, args.memory_docs, folder)
            for jobs in args.memory_n_process.split(","):
                m = run_cli(["extract", str(folder), "--format", "jsonl", "-o", str(tmp / "m.jsonl"), "-q",
                             "--n-process", jobs, *model], sample_memory=True)
                print(f"memory, {args.memory_docs} documents, -j {jobs}: peak RSS (ru_maxrss, largest "
                      f"process) {gib(m['maxrss'])}; sampled: largest process {gib(m['tree_one'])}, all "
                      f"processes together {gib(m['tree_sum'])} ({m['wall']:.0f} s, "
                      f"{args.memory_docs / m['wall']:.1f} docs/s; {load()})")

    help_times = [run_cli(["--help"])["wall"] for _ in range(7)]
    print(f"timeline --help: median {statistics.median(help_times):.3f} s, best {min(help_times):.3f} s "
          f"(7 runs)")


if __name__ == "__main__":
    main()
