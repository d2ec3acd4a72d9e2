"""CPU time of the tool's own work alone, the spaCy parse done beforehand. Prints figures; no pass/fail.

    PYTHONPATH=SRC python bench/our_work.py LABEL [RUNS]    # run once per source tree to compare

bench/throughput.py compares the whole extract stage with a bare parse; on a noisy machine the parse's
own spread hides a small change in our work. This parses the TempEval-3 training texts once, then
times extract_timeline over fresh copies of the parsed Docs (nlp.pipe replaced by the copies), so
only the time expressions, events, merge and order are timed. Run it alternately on two source trees
(e.g. two git worktrees) and compare the best of each.
"""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from timeline_cli import extract_timeline
from timeline_cli.nlp import load_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DATA, REPO, corpus_files, timeml_documents  # noqa: E402  (bench/throughput.py)


def main() -> None:
    label = sys.argv[1] if len(sys.argv) > 1 else "run"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    logging.getLogger("timeline_cli").setLevel(logging.ERROR)
    documents = timeml_documents(corpus_files((REPO / DEFAULT_DATA).resolve()))
    nlp = load_model(None)
    parsed = list(nlp.pipe([document.text for document in documents], batch_size=32))
    seconds = []
    for run in range(runs + 1):  # the first run warms caches and is not counted
        copies = [doc.copy() for doc in parsed]
        # extract_timeline calls nlp.pipe once per batch: each call takes the next len(texts) copies
        # (a fresh iter(copies) per call gave every batch the first batch's Docs beside other texts)
        remaining = iter(copies)
        nlp.pipe = lambda texts, batch_size=None, remaining=remaining: [next(remaining) for _ in texts]
        start = time.process_time()
        extract_timeline(documents, nlp=nlp)
        if run:
            seconds.append(time.process_time() - start)
    print(f"{label}: {len(documents)} documents, our work {' '.join(f'{s:.2f}' for s in seconds)} s CPU, "
          f"best {min(seconds):.2f} s")


if __name__ == "__main__":
    main()
