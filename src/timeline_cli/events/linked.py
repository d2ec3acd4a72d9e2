"""Main clauses dated through a clause linked to them (docs/events.md, "Dated through a linked clause").

* **The main clause of a dated "when" or "shortly after" clause.** "Frost jammed two fuel valves
  shortly after the freighter left Bergen on Feb. 9": the date belongs to the leaving, and the
  jamming, the sentence's news, happened that day too. When a row dated by its own text (to a day or
  a time, `occurred`) is an adverbial clause opened by *when* (`same_time_marks`: the same moment) or
  by *after* with a word of a short wait before it (`later_preps` and `soon_words`: "shortly",
  "hours", "minutes" ...; the day only), the verb it modifies gets a row with that date when that verb
  is a main predicate of its sentence in the simple past with no date of its own; a count of a dozen
  units or more ("24 hours after the final on Saturday night") may run into another day and dates
  nothing (round 52a). A bare *after* says nothing of how long after ("was arrested after he robbed
  a bank on Monday") and dates nothing.
* **A clause counted in months or years from a date.** "The talks collapsed in March 2019, eight
  months after President Ruiz took office": the taking office is eight months before March 2019, in
  July 2018. As `apposed.py` counts days from a day ("Nov. 3, the day before ..."), a month-or-day
  date followed by a comma and "<count> <month or year unit> <before|after> <clause>" dates the clause
  to the month (`month_offset_units`; a year unit from a year date to the year), `date_basis`
  `context`. A vague count ("months after"), a coarser date than the unit, or a clause with a date
  of its own gets nothing.

Nothing here is fitted to particular articles: it reads the parse and the words pack only.
"""
from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .apposed import clause_after, counted_offset, dated_in_subtree
from .lead import (
    SCENE_GRANULARITIES,
    _expression_of,
    _simple_past,
    add_context_row,
    expression_tokens,
    main_predicates,
    take_row,
    token_starts,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords

# Children of a main verb that carry a date of its own (not the linked clause's).
_OWN = ("advcl", "ccomp", "relcl", "acl", "conj", "xcomp", "csubj", "parataxis")


def linked_clause_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                       words: EventWords, misread: set[int] | None = None) -> list[Event]:
    """Rows for main verbs dated by their "when" / "shortly after" clause (see the module doc).

    The trigger offsets of rows of a misread clause whose main clause got their date are added to
    `misread`: their description is no sentence ("When a line of storms was spawned ...")."""
    if not words.same_time_marks and not words.soon_words:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    out = []
    for row in sorted(rows, key=lambda r: r.trigger_start):
        if row.date_basis != "text" or row.status != "occurred" or row.granularity not in SCENE_GRANULARITIES \
                or not row.date:
            continue
        trigger = starts.get(row.trigger_start)
        clause = _misread_clause(trigger)
        if clause is None or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX") and clause is trigger:
            continue
        link = _link(clause, words)
        if link is None:
            continue
        main = clause.head
        bounds = segments.span(main)
        if main.idx in taken or main.pos_ != "VERB" or bounds is None or not _simple_past(main, words):
            continue
        mains = main_predicates(doc, bounds, words)
        if main not in mains and not (main.dep_ == "ccomp" and main.head in mains):
            continue  # a main clause, or what a main verb reports ("Investigators said frost jammed ...")
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in words.copulas for c in main.children):
            continue  # "appeared to be healthy when he appeared in court": a state, no happening
        inside = {t.i for t in clause.subtree}
        dated = [t.i for t in doc if row.start <= t.idx < row.end]
        if not dated or not all(i in inside for i in dated) or _dated_itself(main, timex_tokens):
            continue  # the date must be the clause's, and the main verb without one of its own
        expression = _expression_of(row, day_only=link == "later")
        made = take_row(make_row, main, expression, taken)
        if made is None:
            continue
        out.append(made)
        if clause is not trigger and misread is not None:
            misread.add(row.trigger_start)
        first = _gapped_first(main)
        if first is not None and first.idx not in taken and not _dated_itself(first, timex_tokens):
            # "11 people were killed and 60 injured when the train ran ...": the parser hangs the
            # clause on the gapped conjunct, but it dates the whole coordination
            made = take_row(make_row, first, expression, taken)
            if made is not None:
                out.append(made)
    return out


def _misread_clause(trigger: Token | None) -> Token | None:
    """The adverbial clause a row's trigger heads; "when a line of storms spawned 14 tornadoes" misread
    as a noun clause ("line", advcl, with the "when") and a participle modifying it ("spawned", acl):
    the noun stands for its clause. Any other trigger is itself."""
    if trigger is None or trigger.dep_ != "acl" or trigger.tag_ not in ("VBD", "VBN"):
        return trigger
    head = trigger.head
    if head.dep_ == "advcl" and head.pos_ == "NOUN":  # a noun is no clause: its participle is the verb
        return head
    return trigger


def _gapped_first(verb: Token) -> Token | None:
    """The first conjunct whose auxiliary a gapped participle shares ("were killed and 60 injured")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.tag_ != "VBN" or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return head if any(c.dep_ == "auxpass" for c in head.children) else None


def _link(clause: Token, words: EventWords) -> str | None:
    """"same" for a clause opened by "when", "later" for "shortly/hours after", else None."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    if any(m.lower_ in words.same_time_marks for m in marks):
        return "same"
    after = next((m for m in marks if m.dep_ == "mark" and m.lower_ in words.later_preps), None)
    if after is not None and after.i > 0 and clause.doc[after.i - 1].lower_ in words.soon_words:
        count = clause.doc[after.i - 2] if after.i > 1 else None
        if count is not None and count.text.isdigit() and int(count.text) >= 12:
            return None  # "came less than 24 hours after ... on Saturday night": maybe the next day (round 52a)
        return "later"  # "shortly after", "hours after" (the parser hangs the wait word anywhere)
    return None


def _dated_itself(verb: Token, timex_tokens: set[int]) -> bool:
    """Whether a time expression sits in the verb's own clause, outside its subordinate clauses."""
    stack = [c for c in verb.children if c.dep_ not in _OWN]
    while stack:
        token = stack.pop()
        if token.i in timex_tokens:
            return True
        stack.extend(c for c in token.children if c.dep_ not in _OWN)
    return False


def counted_clause_rows(doc: Doc, rows: list[Event], spans: dict, make_row: Callable[..., Any], *,
                        words: EventWords) -> list[Event]:
    """Rows for clauses counted in months or years from a date right before them (see the module doc)."""
    if not words.month_offset_units or not words.day_offset_markers:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    out = []
    for expression, span in spans.items():
        if expression.granularity not in ("day", "month", "year") or not expression.date:
            continue
        found = _counted(span, timex_tokens, words)
        if found is None:
            continue
        verb, months = found
        if verb.idx in taken or months % 12 and expression.granularity == "year":
            continue  # "in 2019, six months after ..." may be either year
        year, month = (int(x) for x in expression.date[:7].split("-"))
        total = year * 12 + month - 1 + months
        if months % 12 == 0 and expression.granularity == "year":
            value = f"{total // 12:04d}"
            date, end, granularity = f"{value}-01-01", f"{value}-12-31", "year"
        else:
            value = f"{total // 12:04d}-{total % 12 + 1:02d}"
            date, end, granularity = f"{value}-01", _month_end(total // 12, total % 12 + 1), "month"
        dated = TimeExpression(start=expression.start, end=expression.end, text=expression.text, type="DATE",
                               value=value, date=date, end_date=end, granularity=granularity)
        add_context_row(out, taken, make_row, verb, dated)
    return out


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _counted(span, timex_tokens: set[int], words: EventWords) -> tuple[Token, int] | None:
    """(the clause's verb, months from the date) for "<date>, eight months after <clause>", or None."""
    found = counted_offset(span, words.month_offset_counts, words.month_offset_units, words.day_offset_markers)
    if found is None:
        return None
    marker, months, counted = found
    verb = clause_after(marker)
    if verb is None or not _simple_past(verb, words) or dated_in_subtree(verb, timex_tokens, counted):
        return None  # (a date of its own)
    return verb, months
