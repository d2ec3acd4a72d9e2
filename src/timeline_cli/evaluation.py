"""TempEval-3 evaluation of the temporal tagger against TimeML gold.

`score(gold_docs, system)` is the scorer, a pure function: for each gold TIMEX3 in document order the
unused system expression with the largest character overlap is its relaxed match (one-to-one, the first
one wins ties); a relaxed match with the same span is a strict match. Type and value accuracy are taken
over relaxed matches, and attribute F1 = relaxed F1 x accuracy. This is the algorithm of TempEval-3's
scorer (and of ../shared/tools/te3score.py), so the numbers agree with it.

`evaluate(paths)` reads .tml files (or folders of them), tags each document's <TEXT> with its DCT as the
reference date (ranges=False, as TimeML annotates ranges part by part), and scores the result.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .records import TimeExpression
from .timeml import TimeMLDocument, TimeMLError, read_timeml

TYPES = ("DATE", "TIME", "DURATION", "SET")
CONTEXT_CHARS = 40


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _norm(value: str | None) -> str:
    return (value or "").strip().upper()


@dataclass
class Counts:
    """Counts for one slice (all expressions, or one gold type)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    @property
    def strict_p(self) -> float:
        return self.strict / self.system if self.system else 0.0

    @property
    def strict_r(self) -> float:
        return self.strict / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_p, self.strict_r)

    @property
    def relaxed_p(self) -> float:
        return self.relaxed / self.system if self.system else 0.0

    @property
    def relaxed_r(self) -> float:
        return self.relaxed / self.gold if self.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_p, self.relaxed_r)

    @property
    def type_acc(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_acc(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_acc

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_acc

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        for name in ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
                     "type_acc", "value_acc", "type_f1", "value_f1"):
            out[name] = round(getattr(self, name), 4)
        return out


@dataclass
class EvalError:
    """A miss (gold not found), a spurious expression (system not in gold) or a wrong value/type."""

    kind: str  # miss, spurious, value, type, span (overlapping but not the same extent)
    source: str
    start: int
    end: int
    text: str
    context: str
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_type: str | None = None
    system_value: str | None = None


@dataclass
class EvalReport:
    docs: int
    overall: Counts
    by_type: dict[str, Counts]  # by gold type; system counts per type are the system's own types
    errors: list[EvalError] = field(default_factory=list)
    system: dict[str, list[Any]] = field(default_factory=dict, repr=False)  # what was scored, by document

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"docs": self.docs, "overall": self.overall.as_dict(),
                               "by_type": {t: c.as_dict() for t, c in self.by_type.items()}}
        if errors:
            out["errors"] = [asdict(e) for e in self.errors]
        return out


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def score(gold_docs: Sequence[TimeMLDocument], system: dict[str, Sequence[Any]]) -> EvalReport:
    """Score system expressions (by document name) against gold documents, TempEval-3 style.

    A system expression is a TimeExpression or any object/dict with start, end, type and value.
    """
    overall = Counts()
    by_type = {t: Counts() for t in TYPES}
    errors: list[EvalError] = []

    def get(item: Any, key: str) -> Any:
        return item[key] if isinstance(item, dict) else getattr(item, key)

    for doc in gold_docs:
        sys_items = list(system.get(doc.name, ()))
        overall.gold += len(doc.timexes)
        overall.system += len(sys_items)
        used: set[int] = set()
        for g in doc.timexes:
            counts = by_type.setdefault(_norm(g.type), Counts())
            counts.gold += 1
            best, best_overlap = None, 0
            for i, s in enumerate(sys_items):
                if i in used:
                    continue
                overlap = min(g.end, int(get(s, "end"))) - max(g.start, int(get(s, "start")))
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best is None:
                errors.append(EvalError("miss", doc.name, g.start, g.end, g.text,
                                        _context(doc.text, g.start, g.end), g.type, g.value))
                continue
            used.add(best)
            s = sys_items[best]
            counts.system += 1
            s_start, s_end = int(get(s, "start")), int(get(s, "end"))
            for c in (overall, counts):
                c.relaxed += 1
            if (s_start, s_end) == (g.start, g.end):
                overall.strict += 1
                counts.strict += 1
            else:
                errors.append(EvalError("span", doc.name, g.start, g.end, g.text,
                                        _context(doc.text, min(g.start, s_start), max(g.end, s_end)),
                                        g.type, g.value, doc.text[s_start:s_end], get(s, "type"), get(s, "value")))
            value_ok = _norm(get(s, "value")) == _norm(g.value)
            type_ok = _norm(get(s, "type")) == _norm(g.type)
            if value_ok:
                overall.value_ok += 1
                counts.value_ok += 1
            if type_ok:
                overall.type_ok += 1
                counts.type_ok += 1
            if not value_ok or not type_ok:
                errors.append(EvalError("value" if not value_ok else "type", doc.name, g.start, g.end, g.text,
                                        _context(doc.text, min(g.start, s_start), max(g.end, s_end)),
                                        g.type, g.value, doc.text[s_start:s_end], get(s, "type"), get(s, "value")))
        for i, s in enumerate(sys_items):
            if i not in used:
                by_type.setdefault(_norm(get(s, "type")), Counts()).system += 1
                s_start, s_end = int(get(s, "start")), int(get(s, "end"))
                errors.append(EvalError("spurious", doc.name, s_start, s_end, doc.text[s_start:s_end],
                                        _context(doc.text, s_start, s_end), system_text=doc.text[s_start:s_end],
                                        system_type=get(s, "type"), system_value=get(s, "value")))
    # Per type, a system expression counts under the gold type of its match, or under its own type
    # when it matches nothing, so per-type precision stays a proportion (see docs/accuracy.md).
    by_type = {t: c for t, c in by_type.items() if c.gold or c.system}
    return EvalReport(len(gold_docs), overall, by_type, errors, {k: list(v) for k, v in system.items()})


def iter_timeml_paths(paths: Iterable[str | Path]) -> list[Path]:
    """.tml files named directly or found (recursively, sorted) under folders."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*.tml") if p.is_file()))
        elif path.exists():
            out.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return out


def tag_documents(docs: Sequence[TimeMLDocument], nlp: Any = None, use_parse: bool = True, lang: str = "en",
                  model: str | None = None, kind: str = "auto") -> dict[str, list[TimeExpression]]:
    """Run the tagger over each document's text with its DCT (or today) as reference date.

    `lang`: a language code, or "auto" to detect each document's language; each language's tagger
    and model (`nlp` for English when given, else its pack's, or `model`) are loaded when first needed.
    """
    from . import lang as languages

    codes = [languages.detect(doc.text) if lang == "auto" else lang for doc in docs]
    out: dict[str, list[TimeExpression]] = {doc.name: [] for doc in docs}
    for code in dict.fromkeys(codes):
        group = [doc for doc, c in zip(docs, codes) if c == code]
        tag = languages.get(code).tag
        model_nlp = None
        if use_parse:
            from .nlp import model_for

            model_nlp = nlp if nlp is not None and (code == "en" or lang != "auto") else model_for(code, model)
        texts = [doc.text for doc in group]
        parsed = model_nlp.pipe(texts, batch_size=16) if model_nlp is not None else (None for _ in texts)
        for doc, sdoc in zip(group, parsed):
            reference = doc.dct_date or dt.date.today()
            out[doc.name] = tag(doc.text, reference, sdoc, ranges=False, kind=_kind(kind, code))
    return out


def _kind(kind: str, code: str) -> str:
    """Narrative detection reads English words (nlp.kind_of): in auto, other languages are news."""
    return "news" if kind == "auto" and code != "en" else kind


def evaluate(paths: Iterable[str | Path], nlp: Any = None, use_parse: bool = True, lang: str = "en",
             model: str | None = None, kind: str = "auto") -> EvalReport:
    """Tag every .tml under `paths` and score against its gold TIMEX3s (`lang`: see tag_documents)."""
    docs = []
    for path in iter_timeml_paths(paths):
        try:
            docs.append(read_timeml(path))
        except (TimeMLError, OSError, UnicodeDecodeError) as exc:
            raise TimeMLError(f"{path}: {exc}") from exc
    system = tag_documents(docs, nlp, use_parse, lang, model, kind)
    return score(docs, system)


def system_jsonl(system: dict[str, Sequence[TimeExpression]]) -> list[dict[str, Any]]:
    """Rows in te3score.py's SYSTEM.jsonl shape: {"source", "start", "end", "value", "type"}."""
    return [{"source": name, "start": e.start, "end": e.end, "value": e.value, "type": e.type}
            for name, items in system.items() for e in items]


def format_report(report: EvalReport, errors: bool = False) -> str:
    """A plain-text report: overall and per-type scores, then (optionally) every error with context."""
    lines = [f"documents: {report.docs}   gold: {report.overall.gold}   system: {report.overall.system}", ""]
    header = f"{'':10} {'gold':>5} {'sys':>5} {'strict P':>8} {'R':>6} {'F1':>6} {'relax P':>8} {'R':>6} {'F1':>6} {'type acc':>8} {'F1':>6} {'value acc':>9} {'F1':>6}"
    lines.append(header)
    rows = [("overall", report.overall)] + list(report.by_type.items())
    for name, c in rows:
        lines.append(f"{name:10} {c.gold:5d} {c.system:5d} {c.strict_p:8.3f} {c.strict_r:6.3f} {c.strict_f1:6.3f} "
                     f"{c.relaxed_p:8.3f} {c.relaxed_r:6.3f} {c.relaxed_f1:6.3f} {c.type_acc:8.3f} {c.type_f1:6.3f} "
                     f"{c.value_acc:9.3f} {c.value_f1:6.3f}")
    if errors:
        lines.append("")
        for e in report.errors:
            if e.kind == "miss":
                lines.append(f"MISS     {e.source}:{e.start}  {e.gold_type} {e.gold_value}  | {e.context}")
            elif e.kind == "spurious":
                lines.append(f"SPURIOUS {e.source}:{e.start}  {e.system_type} {e.system_value}  | {e.context}")
            else:
                lines.append(f"{e.kind.upper():8} {e.source}:{e.start}  gold {e.gold_type} {e.gold_value} "
                             f"{e.text!r}, got {e.system_type} {e.system_value} {e.system_text!r}  | {e.context}")
    return "\n".join(lines)
