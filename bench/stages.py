"""CPU seconds of the stages after spaCy's parse, on documents parsed once: the reference date and
kind, the time tagging, and the event rows (what nlp._process_group runs for each document).

    python bench/stages.py                  # the 256 TempEval-3 training texts, 3 rounds
    python bench/stages.py --docs 60 --rounds 1

bench/throughput.py measures the whole run against a bare nlp.pipe, and the parse dominates it: a gain
in the rules is lost in the noise of a shared machine. Here the texts are parsed once; each round then
tags and extracts on fresh copies of the parsed docs (the rules keep per-doc caches in doc.user_data),
timed with time.process_time (CPU of this process, less sensitive to other jobs than wall time). The
first round also pays one-time setup (the tagger's patterns compiled and analysed): read the median.
Prints each round and the median per stage; compare two commits by running this file from each.
"""
from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / "../shared/data/tempeval3/train/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of TimeML (.tml) files")
    parser.add_argument("--docs", type=int, default=0, help="the first N texts (default: all)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("timeline_cli").setLevel(logging.ERROR)

    from timeline_cli import lang as languages
    from timeline_cli.events import extract_events, layout_of
    from timeline_cli.events.unresolved import drop_unresolved_openers
    from timeline_cli.nlp import kind_of, load_model
    from timeline_cli.options import RunOptions
    from timeline_cli.records import Document
    from timeline_cli.temporal.reference import checked_document, resolve_reference_date
    from timeline_cli.timeml import read_timeml

    files = sorted(args.data.rglob("*.tml"))[:args.docs or None]
    documents = []
    for path in files:
        timeml = read_timeml(path)
        documents.append(checked_document(Document(
            id=str(path), text=timeml.text, reference_date=timeml.dct_date,
            reference_source="metadata" if timeml.dct_date else None)))
    nlp, pack, options = load_model(None), languages.get("en"), RunOptions()
    cpu = time.process_time()
    parsed = list(nlp.pipe([document.text for document in documents], batch_size=64))
    print(f"parse {time.process_time() - cpu:.2f} s CPU, {len(parsed)} documents", flush=True)

    seconds: dict[str, list[float]] = {"reference+kind": [], "tagging": [], "events": []}
    for number in range(args.rounds):
        spent = dict.fromkeys(seconds, 0.0)
        count = 0
        for document, doc in zip(documents, [doc.copy() for doc in parsed]):
            start = time.process_time()
            ref, source = resolve_reference_date(document, options.reference_date, options.today, pack,
                                                 dateline=lambda doc=doc: layout_of(doc).dateline_date)
            decision = kind_of(document.text, ref.year, options.kind, pack.code)
            tagged = time.process_time()
            times = pack.tag(document.text, ref, doc, ranges=True, kind=decision.kind)
            extracted = time.process_time()
            rows = extract_events(doc, times, source=document.id, reference_date=ref.isoformat(),
                                  reference_source=source, include_vague=options.include_vague,
                                  lead=not document.offset, words=pack.event_words)
            rows = drop_unresolved_openers(rows, pack.event_words)
            end = time.process_time()
            spent["reference+kind"] += tagged - start
            spent["tagging"] += extracted - tagged
            spent["events"] += end - extracted
            count += len(rows)
        for stage, value in spent.items():
            seconds[stage].append(value)
        print(f"round {number + 1}: " + "  ".join(f"{k} {v:.2f} s" for k, v in spent.items()) + f"  ({count} rows)",
              flush=True)
    print("median: " + "  ".join(f"{k} {statistics.median(v):.2f} s" for k, v in seconds.items()))


if __name__ == "__main__":
    main()
