"""Anchoring accuracy on TimeML: does the tool date the event that gold annotation links to each time?

For every gold TLINK between an EVENT and a TIMEX3 of type DATE or TIME in the same sentence, the link
is *anchored* when the tool gives that time expression (a row whose expression overlaps the gold
TIMEX3's span) a row whose trigger (the event's head word, `trigger_start`/`trigger_end`) overlaps the
gold EVENT's word. Accuracy is anchored links over all such links; counts are also given per relation
type. DURATION and SET timexes are never rows, so their links are counted apart (`skipped_types`), as
are links whose event and timex are in different sentences.

The expressions come from the real tagger (`timeline_cli.temporal.tag`, ranges as the CLI makes them),
or with `--gold-timexes` from the gold TIMEX3s; `expressions` says which. Rows are made with
include_vague=True: the question is anchoring, not whether a vague date is worth a row.

    timeline eval --events ../shared/data/tempeval3/train [--gold-timexes] [--format json]
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .events import ENGLISH, EventWords, extract_events, segments_of
from .events.anchor import is_event_noun, is_predicate
from .records import Event, TimeExpression
from .timeml import TimeMLDocument, read_timeml

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

ANCHORED_TYPES = ("DATE", "TIME")


@dataclass
class AnchoringReport:
    expressions: str  # "tagger" or "gold"
    documents: int = 0
    links: int = 0  # same-sentence EVENT-TIMEX3 (DATE/TIME) links scored
    anchored: int = 0
    timex_found: int = 0  # links whose timex the tool found (an expression overlaps it)
    timex_with_row: int = 0  # ... and gave a row
    by_relation: dict[str, list[int]] = field(default_factory=dict)  # relation -> [anchored, links]
    skipped_types: Counter = field(default_factory=Counter)  # DURATION/SET links, not scored
    cross_sentence: int = 0
    # Per gold time expression (with at least one scored link): is the tool's row for it anchored to
    # one of the events gold links it to? The tool gives a date one row, gold often links several.
    timexes: int = 0
    timexes_anchored: int = 0
    # Covered: the gold event is the row's trigger or one of the predicates the row covers
    # (`covered_predicates`: support verb + event-noun object, aspectual verb + complement,
    # simultaneous as/while/when clause). Always reported next to the strict (trigger-only) figures.
    covered: int = 0
    covered_by_relation: dict[str, list[int]] = field(default_factory=dict)  # relation -> [covered, links]
    timexes_covered: int = 0

    @property
    def accuracy(self) -> float:
        return self.anchored / self.links if self.links else 0.0

    @property
    def accuracy_with_row(self) -> float:
        """Anchoring accuracy over the links whose timex got a row (the event layer on its own)."""
        return self.anchored / self.timex_with_row if self.timex_with_row else 0.0

    @property
    def timex_accuracy(self) -> float:
        return self.timexes_anchored / self.timexes if self.timexes else 0.0

    @property
    def covered_accuracy(self) -> float:
        return self.covered / self.links if self.links else 0.0

    @property
    def ceiling(self) -> float:
        """The link accuracy a tool giving each time expression one row could reach at best."""
        return self.timexes / self.links if self.links else 0.0

    def to_dict(self) -> dict:
        return {
            "expressions": self.expressions, "documents": self.documents, "links": self.links,
            "anchored": self.anchored, "accuracy": round(self.accuracy, 4),
            "timex_found": self.timex_found, "timex_with_row": self.timex_with_row,
            "accuracy_with_row": round(self.accuracy_with_row, 4),
            "by_relation": {k: {"anchored": v[0], "links": v[1]} for k, v in sorted(self.by_relation.items())},
            "skipped_types": dict(self.skipped_types), "cross_sentence": self.cross_sentence,
            "timexes": self.timexes, "timexes_anchored": self.timexes_anchored,
            "timex_accuracy": round(self.timex_accuracy, 4),
            "covered": self.covered, "covered_accuracy": round(self.covered_accuracy, 4),
            "covered_by_relation": {k: {"covered": v[0], "links": v[1]}
                                    for k, v in sorted(self.covered_by_relation.items())},
            "timexes_covered": self.timexes_covered,
        }

    def format(self) -> str:
        lines = [
            f"expressions: {self.expressions}; documents: {self.documents}",
            f"anchoring accuracy: {self.anchored}/{self.links} = {self.accuracy:.3f} (strict: the row's trigger)",
            f"  covered: {self.covered}/{self.links} = {self.covered_accuracy:.3f} "
            "(the trigger or a predicate the row covers)",
            f"  timex found by the tool: {self.timex_found}; given a row: {self.timex_with_row}; "
            f"accuracy over those: {self.accuracy_with_row:.3f}",
            f"per time expression: {self.timexes_anchored}/{self.timexes} = {self.timex_accuracy:.3f} "
            f"(one row per expression can reach at most {self.timexes}/{self.links} = {self.ceiling:.3f} "
            "of the links)",
            f"  covered: {self.timexes_covered}/{self.timexes} = "
            f"{self.timexes_covered / self.timexes if self.timexes else 0.0:.3f}",
            f"  not scored: {dict(self.skipped_types)} (durations/sets), {self.cross_sentence} cross-sentence",
            "  relation         strict              covered",
        ]
        for relation, (hit, total) in sorted(self.by_relation.items(), key=lambda kv: -kv[1][1]):
            cov = self.covered_by_relation.get(relation, [0, total])[0]
            lines.append(f"  {relation:<14} {hit:>5}/{total:<5} {hit / total:.3f}   {cov:>5}/{total:<5} {cov / total:.3f}")
        return "\n".join(lines)


def _gold_expressions(gold: TimeMLDocument) -> list[TimeExpression]:
    from .temporal import interval

    out = []
    for timex in gold.timexes:
        date = end = granularity = None
        try:
            date, end, granularity = interval(timex.value)
        except Exception:  # an odd gold value: no place on the calendar
            pass
        out.append(TimeExpression(timex.start, timex.end, timex.text, timex.type, timex.value, date, end,
                                  granularity, timex.mod or None))
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def anchor_document(gold: TimeMLDocument, nlp: Language, tag: Callable[..., list[TimeExpression]] | None = None
                    ) -> tuple[list[Event], list[TimeExpression]]:
    """The tool's rows (include_vague) and expressions for one TimeML document."""
    parsed = nlp(gold.text)
    reference = gold.dct_date or dt.date.today()
    expressions = tag(gold.text, reference, parsed, ranges=True) if tag else _gold_expressions(gold)
    rows = extract_events(parsed, expressions, source=gold.name, reference_date=reference.isoformat(),
                          reference_source="metadata", include_vague=True)
    # Anchoring scores where each time expression's own row went; rows dated by a scene or by the
    # publication date (events/lead.py) anchor no expression of their sentence.
    rows = [row for row in rows if row.date_basis == "text"]
    return rows, expressions, parsed


def evaluate_anchoring(gold_paths: Iterable[str | Path], nlp: Language, *,
                       use_tagger: bool = True) -> AnchoringReport:
    """Anchoring accuracy over TimeML files (or folders of .tml files, searched recursively)."""
    if use_tagger:
        from .temporal import tag
    else:
        tag = None
    report = AnchoringReport("tagger" if tag else "gold")
    for path in _tml_files(gold_paths):
        gold = read_timeml(path)
        rows, expressions, parsed = anchor_document(gold, nlp, tag)
        report.documents += 1
        segments = segments_of(parsed)  # the one extract_events cut
        timexes = {t.tid: t for t in gold.timexes}
        events = {e.eid: e for e in gold.events}
        per_timex: dict[str, bool] = {}
        per_timex_covered: dict[str, bool] = {}
        for link in gold.tlinks:
            timex, event = timexes.get(link.timex_id), events.get(link.event_id)
            if timex is None or event is None:
                continue
            if timex.type not in ANCHORED_TYPES:
                report.skipped_types[timex.type] += 1
                continue
            t_tok = parsed.char_span(timex.start, timex.end, alignment_mode="expand")
            e_tok = parsed.char_span(event.start, event.end, alignment_mode="expand")
            if t_tok is None or e_tok is None or not segments.same(t_tok[0], e_tok[0]):
                report.cross_sentence += 1
                continue
            report.links += 1
            counts = report.by_relation.setdefault(link.relation, [0, 0])
            counts[1] += 1
            covered_counts = report.covered_by_relation.setdefault(link.relation, [0, 0])
            covered_counts[1] += 1
            if any(_overlaps(x.start, x.end, timex.start, timex.end) for x in expressions):
                report.timex_found += 1
            candidates = [r for r in rows if _overlaps(r.start, r.end, timex.start, timex.end)]
            if candidates:
                report.timex_with_row += 1
            hit = any(r.trigger_start is not None and
                      _overlaps(r.trigger_start, r.trigger_end, event.start, event.end) for r in candidates)
            per_timex[timex.tid] = per_timex.get(timex.tid, False) or hit
            if hit:
                report.anchored += 1
                counts[0] += 1
            covered = hit or any(_overlaps(t.idx, t.idx + len(t.text), event.start, event.end)
                                 for r in candidates for t in _covered(parsed, r))
            per_timex_covered[timex.tid] = per_timex_covered.get(timex.tid, False) or covered
            if covered:
                report.covered += 1
                covered_counts[0] += 1
        report.timexes += len(per_timex)
        report.timexes_anchored += sum(per_timex.values())
        report.timexes_covered += sum(per_timex_covered.values())
    return report


def _covered(parsed, row: Event) -> list:
    """The predicates a row covers besides its trigger (see `covered_predicates`)."""
    if row.trigger_start is None:
        return []
    span = parsed.char_span(row.trigger_start, row.trigger_end, alignment_mode="expand")
    return covered_predicates(span.root) if span is not None and len(span) else []


# ----------------------------------------------------------------------------------- covered
def covered_predicates(trigger: Token, words: EventWords = ENGLISH) -> list[Token]:
    """Other predicates that a row's date dates along with its trigger word, from the parse:

    * a support verb (`support_verbs`: complete, hold, stage, sign, post, report, ...) and its
      event-noun (or amount) object are one occurrence: "completed the acquisition earlier this
      month" covers completed and acquisition; "posted a net loss in the third quarter" (trigger
      loss) covers posted; "condemned the bombings Tuesday" covers nothing;
    * an aspectual or implicative verb and its complement: "began notifying customers on Friday",
      "declined to comment Saturday" (either one the trigger covers the other);
    * a simultaneous adverbial clause of the trigger: "was shot on Oct. 23 as he stood in the
      kitchen" covers stood (as/when), and the other way round ("perished when their boat sank
      in late November": sank covers perished), and so does a participle clause without a conjunction
      ("headed Tuesday to East Africa, seeking to demonstrate support" covers seeking; not one that
      only relates things: "exercises on Wednesday involving 30 aircraft");
    * a past participle that describes an event-noun trigger: "the Feb. 23 accord signed by Annan"
      covers signed;
    * a verb and the event noun it happens in/during/at/amid: "In composite trading yesterday, the
      shares rose" (trigger rose) covers trading; "were killed in an explosion on Friday" covers
      explosion ("charged with murder Thursday" does not: the murder was before).

    Not covered: the event a reporting verb reports ("said Monday it had sold ...": the sale is
    usually before the saying), a control verb's expectation or plan ("expected to arrive next
    month": the arrival only), other adverbial clauses ("after the Netherlands gave its go-ahead")
    and nouns in prepositional phrases ("charged with murder Thursday"). Coordinated predicates are
    rows of their own (`events.anchor.sharing_conjuncts`). The trigger itself is not in the list."""
    out: list[Token] = []

    def add(token: Token) -> None:
        if token.i != trigger.i and all(token.i != t.i for t in out):
            out.append(token)

    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in words.support_verbs:
        for child in trigger.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and (
                    is_event_noun(child, words) or child.lemma_.lower() in words.amount_nouns):
                add(child)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.lower() in words.support_verbs:
        add(trigger.head)
    if trigger.lemma_.lower() in words.aspectual:
        for child in trigger.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                add(child)
    if trigger.dep_ == "xcomp" and trigger.head.i != trigger.i and trigger.head.lemma_.lower() in words.aspectual:
        add(trigger.head)
    for child in trigger.children:
        if child.dep_ == "advcl" and _simultaneous_clause(child, words):
            add(child)
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and not any(m.dep_ == "mark" for m in child.children) \
                and child.lemma_.lower() not in words.relational_participles:
            add(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and trigger.pos_ == "NOUN" and is_event_noun(trigger, words):
            add(child)
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in words.inclusion_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and is_event_noun(pobj, words) and \
                            pobj.lemma_.lower() not in words.fixed_pp_nouns and trigger.lemma_.lower() not in words.result_verbs:
                        add(pobj)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and \
            trigger.head.lower_ in words.inclusion_preps and trigger.head.head.pos_ == "VERB" and \
            trigger.lemma_.lower() not in words.fixed_pp_nouns and trigger.head.head.lemma_.lower() not in words.result_verbs:
        add(trigger.head.head)
    if trigger.dep_ == "advcl" and trigger.head.i != trigger.i and is_predicate(trigger.head) and \
            _simultaneous_clause(trigger, words):
        add(trigger.head)
    return sorted(out, key=lambda t: t.i)


def _simultaneous_clause(verb: Token, words: EventWords) -> bool:
    """An as/when clause with a subject of its own ("as he stood", "when their boat sank"; not
    "as expected")."""
    return is_predicate(verb) and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in words.simultaneity_markers and m.i < verb.i
        for m in verb.children) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _tml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.rglob("*.tml")) if path.is_dir() else [path])
    return files


def run_cli(paths: Iterable[str | Path], nlp: Language, *, gold_timexes: bool = False,
            fmt: str = "text") -> str:
    """What `timeline eval --events GOLD...` prints: the report as text, or as JSON (`--format json`)."""
    import json

    report = evaluate_anchoring(paths, nlp, use_tagger=not gold_timexes)
    return json.dumps(report.to_dict(), ensure_ascii=False) if fmt == "json" else report.format()
