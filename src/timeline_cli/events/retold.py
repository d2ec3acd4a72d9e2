"""One row per happening, continued (docs/events.md, "One row per happening"): phrases.py merges the
article's main event with the dated report that tells it; this module folds two more kinds of
double rows into one.

* **The lead's happening told again**: news states its main event, then re-tells it with detail within
  the next few sentences ("A magnitude
  6.8 earthquake struck Peru early Monday ... The quake hit at 4:12 a.m."; "The rocket launched a
  satellite on Thursday. The rocket lifted off at 5:24 p.m."). A later row is the earlier row's
  happening when its verb is of the same class (the same lemma, or `retelling_verbs`), its subject is
  a definite mention of the earlier subject (the same head noun, or one ending the other:
  "quake"/"earthquake"), it brings no new participant (an object that is a pronoun or a definite
  mention of the earlier object: "the storm hit Georgia" after "a storm hit Florida" is another
  landfall), no "again"/"also" makes it another occurrence, both have
  the same status, and its date lies inside the earlier row's. The earlier row stays; it takes the
  later date when that is finer (a time on the day).
* **A result's report** ("Labour lost its majority in Monday's election, final results showed on
  Tuesday"): a verb by which a result or a document shows something (`result_reports`), whose subject
  is no actor, is only the source of what it shows: when what it shows is a row of its own, the
  report is no second row.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .lead import dated_as, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .segments import Segments
    from .words import EventWords

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RETELL_SENTENCES = 3  # news re-tells its lead in the next paragraph or two
GRAIN = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5, "year": 6}


def fold_retold(doc: Doc, rows: list[Event], words: EventWords, segments: Segments | None = None,
                lead: tuple[int, int] | None = None) -> list[Event]:
    """`rows` without the reports of results that are rows of their own and, when the story's lead
    sentence is given (token bounds), without the re-tellings of its happening in the RETELL_SENTENCES
    sentences after it (the lead takes their finer date, if any). Only the lead's happening is
    folded: news re-tells its main event right after stating it, and a window near the lead keeps a
    long text read in pieces giving the rows it gives whole."""
    starts = token_starts(doc)
    tokens = [starts.get(row.trigger_start) for row in rows]
    gone: set[int] = set()
    for n, verb in enumerate(tokens):
        if verb is not None and rows[n].date_basis == "text" and _result_report(verb, words):
            shown = [c for c in verb.children if c.dep_ == "ccomp"]
            if any(m != n and t is not None and any(_in_clause(t, c) for c in shown) for m, t in enumerate(tokens)):
                gone.add(n)  # "final results showed the party lost": the loss is the row
    out = list(rows)
    if lead is None or segments is None:
        return [row for n, row in enumerate(out) if n not in gone]
    last = _window_end(doc, segments, lead)
    for n, later in enumerate(tokens):
        if later is None or n in gone or rows[n].date_basis != "text" or not lead[1] < later.i <= last:
            continue
        for m in sorted(range(len(rows)), key=lambda k: -(tokens[k].i if tokens[k] is not None else -1)):
            first = tokens[m]
            if m == n or m in gone or first is None or not lead[0] <= first.i <= lead[1]:
                continue
            if _retells(later, rows[n], first, out[m], words):
                gone.add(n)
                if _finer(rows[n], out[m]):
                    out[m] = dated_as(out[m], rows[n], "text" if out[m].date_basis == "text" else "context")
                break
    return [row for n, row in enumerate(out) if n not in gone]


def _window_end(doc: Doc, segments: Segments, lead: tuple[int, int]) -> int:
    """The last token of the RETELL_SENTENCES sentences after the lead sentence."""
    seen: list[tuple[int, int]] = []
    last = lead[1]
    for token in doc[lead[1] + 1:]:
        bounds = segments.span(token)
        if bounds is None or bounds in seen:
            continue
        if len(seen) == RETELL_SENTENCES:
            break
        seen.append(bounds)
        last = bounds[1]
    return last


def _result_report(verb: Token, words: EventWords) -> bool:
    """"results showed", "figures indicate": a verb of showing with a clause, whose subject is a
    common noun that is no actor (not a name, a person or a group: "Police confirmed" is a report)."""
    if verb.lemma_.lower() not in words.result_reports or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and not subject.ent_type_ and lemma not in words.group_nouns and \
        lemma not in words.generic_people and not lemma.endswith(tuple(words.person_suffixes))


def _in_clause(token: Token, head: Token) -> bool:
    """`token` is `head` or a word of its own clause ("lost its majority in Monday's election"), not
    of its subject ("evidence suggests that last month's explosion and the bombings are related": the
    explosion is not what is shown) nor of a clause below it."""
    while token.i != head.i:
        if token.dep_ in ("nsubj", "nsubjpass", "csubj") or token.head.i == token.i or \
                token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return False
        token = token.head
    return True


def _key(verb: Token, words: EventWords) -> str:
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{lemma} {particle}" if particle else lemma
    return words.retelling_verbs.get(phrase) or words.retelling_verbs.get(lemma) or phrase


def _subject(verb: Token) -> Token | None:
    while True:
        # "A magnitude | 6.8 earthquake struck": a subject split in several heads is its last one
        found = next((c for c in reversed(list(verb.children)) if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if found is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return found
        verb = verb.head  # "... and released the satellite": the first conjunct's subject


def _same_head(a: Token, b: Token) -> bool:
    """"quake" and "earthquake", "rocket" and "rocket": one lemma ends the other."""
    x, y = sorted((a.lemma_.lower(), b.lemma_.lower()), key=len)
    return x == y or len(x) >= 4 and y.endswith(x)


def _definite_mention(token: Token, earlier: Token, words: EventWords) -> bool:
    """`token` names `earlier` again: the same name, or "the"/"this" + the same head noun."""
    if token.pos_ == "PROPN" or earlier.pos_ == "PROPN":
        return token.pos_ == earlier.pos_ and token.lower_ == earlier.lower_
    det = next((c for c in token.children if c.dep_ == "det"), None)
    return token.pos_ == "NOUN" and det is not None and det.lower_ in words.definite_determiners and _same_head(token, earlier) \
        and token.tag_ == earlier.tag_


def _retells(later: Token, row: Event, first: Token, lead: Event, words: EventWords) -> bool:
    if later.pos_ != "VERB" or first.pos_ != "VERB" or row.status != lead.status or not lead.date or not row.date:
        return False
    if later.lemma_.lower() in words.reporting:
        return False  # each statement has its own content: "Castro said ... Castro said Sunday ..."
    if not (lead.date <= row.date and row.end_date <= lead.end_date):
        return False  # a date outside the first telling's: another occasion
    if _key(later, words) != _key(first, words):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.new_occasion_adverbs for c in later.children):
        return False  # "struck again"
    mine, theirs = _subject(later), _subject(first)
    if mine is None or theirs is None or not _definite_mention(mine, theirs, words):
        return False
    objects = [c for c in first.children if c.dep_ == "dobj"]
    for obj in (c for c in later.children if c.dep_ in ("dobj", "dative")):
        if obj.pos_ == "PRON":
            continue  # "hit it": no new participant
        if not any(_definite_mention(obj, o, words) for o in objects):
            return False  # "arrested a third man", "the storm hit Georgia" after Florida: another one
    return True


def _finer(row: Event, lead: Event) -> bool:
    """The later telling's date says more: a shorter interval, or a time on the same day."""
    width = _days(row)
    lead_width = _days(lead)
    if width is None or lead_width is None:
        return False
    if width != lead_width:
        return width < lead_width
    return GRAIN.get(row.granularity or "", 9) < GRAIN.get(lead.granularity or "", 9)


def _days(row: Event) -> int | None:
    try:
        return (dt.date.fromisoformat(row.end_date[:10]) - dt.date.fromisoformat(row.date[:10])).days
    except (TypeError, ValueError):
        return None
