"""The cost of `--lang auto` (metadata, else detection, per document) against `--lang en` on English
news: `timeline extract DIR -f jsonl -o FILE` on the same --docs TempEval-3 documents, both in one run,
as children; prints each run's wall and CPU time (user + sys) and the ratio. No pass/fail.

    PYTHONPATH=src python bench/lang_auto.py --docs 500
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_DATA, corpus_files, run_cli, write_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        write_corpus(corpus_files(Path(args.data)), args.docs, folder)
        out = str(Path(tmp) / "out.jsonl")
        results = {}
        for lang in ("en", "auto"):
            results[lang] = run_cli(["extract", str(folder), "-f", "jsonl", "-o", out, "--lang", lang])
            r = results[lang]
            print(f"--lang {lang:4}: wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s", flush=True)
        print(f"auto / en: CPU {results['auto']['cpu'] / results['en']['cpu']:.3f}, "
              f"wall {results['auto']['wall'] / results['en']['wall']:.3f}")


if __name__ == "__main__":
    main()
