"""The French temporal tagger: recognition by the patterns of patterns.py, normalization by the shared
calendar functions (`temporal/calendar.py`), tense from the French parse.

Extents follow the French TimeBank's conventions (measured on its development half): the article
"le/les" and a weekday belong to a date ("le mercredi 1er mai"), "dernier/prochain" too; a
preposition does not ("en", "depuis", "vers" before a clock time). In TimeML mode (`ranges=False`,
for `eval`) "il y a trois jours" and "dans deux semaines" are the DURATION "trois jours", as the
French TimeBank annotates them; for timelines (`ranges=True`) they are the DATE they point to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...records import TimeExpression
from ...temporal import calendar as cal
from . import words as w
from .patterns import APOSTROPHE, MODS, NUMBER, PATTERNS, VAGUE_AMOUNT, WEEKDAY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ROMAN = {"I": 1, "V": 5, "X": 10}
# Ages ("une fillette de 6 ans", "Jean, 45 ans,") are not durations: "ans" after "de" or a comma,
# except after the nouns that do take a duration ("une période de trois ans").
_AGE_BEFORE = re.compile(r"(?:(?<!terme )(?<!période )(?<!durée )(?<!peine )(?<!plus )(?<!moins )(?<!près )"
                         r"(?<!bout )(?<!espace )(?<!cours )(?<!âge )\bde\s+|,\s*|âgée?s?\s+de\s+)$", re.I)
_DAY_AFTER = re.compile(rf",?\s*(?:(?P<word>hier|demain|aujourd{APOSTROPHE}hui|avant-hier)|(?P<wd>{WEEKDAY}))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _number(text: str) -> float | None:
    text = text.lower().strip()
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    return w.NUMBERS.get(text) if text in w.NUMBERS else w.NUMBERS.get(w.fold(text))


def lookup(table: dict[str, Any], word: str) -> Any:
    """A word's entry in a word table of words.py, found with or without its accents."""
    word = word.lower()
    if word in table:
        return table[word]
    folded = {w.fold(k): v for k, v in table.items()}
    return folded.get(w.fold(word))


def _rel(word: str | None) -> int | None:
    if not word:
        return None
    if re.fullmatch(w.BACK, word, re.I):
        return -1
    if re.fullmatch(w.AHEAD, word, re.I):
        return 1
    return 0


def _year2(text: str) -> int:
    n = int(text.strip("'’"))
    return 1900 + n if n >= 40 else 2000 + n


class _Tense:
    """The tense of the clause around an offset: 'past', 'future' or None (present/unknown)."""

    def __init__(self, text: str, doc: Doc | None):
        self.text = text
        self.doc = doc
        self.starts = [t.idx for t in doc] if doc is not None else None

    def at(self, start: int, end: int) -> str | None:
        if self.doc is not None:
            i = bisect.bisect_right(self.starts, start) - 1
            if i >= 0:
                tense = self._from_doc(self.doc[i])
                if tense is not None:
                    return tense
        return self._from_text(start, end)

    def _from_text(self, start: int, end: int) -> str | None:
        left = max(m.end() for m in [*_SENTENCE_END.finditer(self.text, max(0, start - 160), start)] or [None]) \
            if _SENTENCE_END.search(self.text, max(0, start - 160), start) else max(0, start - 160)
        right = _SENTENCE_END.search(self.text, end)
        window = self.text[left:start] + " " + self.text[end:right.start() if right else len(self.text)][:100]
        if w.FUTURE_CUES.search(window):
            return "future"
        if w.PAST_CUES.search(window):
            return "past"
        return None

    @staticmethod
    def _from_doc(token) -> str | None:
        verb = token
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return verb_tense(verb)


def verb_tense(verb: Token) -> str | None:
    """'past', 'future' or None for a French verb token of a spaCy parse (its auxiliaries and the verb
    it depends on included): futur, conditionnel and devoir/prévoir/aller + infinitive look ahead;
    passé composé, plus-que-parfait, imparfait and passé simple look back."""
    morph = verb.morph
    # with a copula or the unlabelled verb before a participle: "étaient privés", "resteront fermées"
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop" or
             c.dep_ == "dep" and c.pos_ in ("VERB", "AUX") and c.i == verb.i - 1]
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return "future"
    if "Part" in morph.get("VerbForm") and any("Cnd" in a.morph.get("Mood") for a in auxes if a.dep_ != "cop"):
        return "past"  # the conditionnel passé of the press, "aurait pris dimanche": hearsay about the past
    if any("Fut" in a.morph.get("Tense") or "Cnd" in a.morph.get("Mood") for a in auxes):
        return "future"
    if verb.lemma_ in w.FUTURE_LEMMAS:
        return "future"
    if "Inf" in morph.get("VerbForm") and (verb.head.lemma_ in w.FUTURE_LEMMAS or verb.head.lemma_ == "aller"):
        return "future"
    if any(set(a.morph.get("Tense")) & {"Imp", "Past"} for a in auxes):
        return "past"
    if "Part" in morph.get("VerbForm"):
        return "past"
    if set(morph.get("Tense")) & {"Imp", "Past"}:
        return "past"
    return None


class _Normalizer:
    def __init__(self, text: str, reference: dt.date, doc: Doc | None, timeml: bool):
        self.text = text
        self.ref = reference
        self.timeml = timeml
        self.tense = _Tense(text, doc)
        self.found: list[TimeExpression] = []

    def ex(self, m: re.Match, type_: str, value: str, mod: str | None = None, group: str | None = None,
           start: int | None = None) -> TimeExpression:
        s = m.start(group) if group else m.start() if start is None else start
        e = m.end(group) if group else m.end()
        return cal.expression(self.text, s, e, type_, value, mod)

    def tense_at(self, m: re.Match) -> str | None:
        return self.tense.at(m.start(), m.end())

    def anchor_day(self, start: int) -> str:
        """The day the text was talking about (a day named in the last ~400 characters), else the
        reference date: the day a bare clock time ("à 20 h 30") falls on."""
        for found in reversed(self.found):
            if found.end <= start and start - found.end < 400 and found.granularity in ("day", "time") \
                    and found.type in ("DATE", "TIME") and found.date:
                return found.date
        return self.ref.isoformat()

    # --- handlers -----------------------------------------------------------------------------

    def h_date(self, m):
        month = lookup(w.MONTHS, m["month"])
        day = 1 if m["day"].lower() in ("1er", "premier") else int(m["day"])
        if m["year"]:
            year = int(m["year"])
        elif m["year2"]:
            year = _year2(m["year2"])
        else:
            year = cal.year_for(self.ref, month, day, self.tense_at(m), _rel(m["rel"]))
        start = m.start()
        if m["det"] and m["det"].lower() == "les":
            start = m.start("wd") if m["wd"] else m.start("day")
        return self.ex(m, "DATE", dt.date(year, month, day).isoformat(), start=start)

    def h_day_list(self, m):
        month = lookup(w.MONTHS, m["month"])
        day = 1 if m["day"].lower() in ("1er", "premier") else int(m["day"])
        year = int(m["year"]) if m["year"] else cal.year_for(self.ref, month, day, self.tense_at(m))
        return self.ex(m, "DATE", dt.date(year, month, day).isoformat())

    def h_numeric(self, m):
        year = int(m["year"]) if len(m["year"]) == 4 else _year2(m["year"])
        return self.ex(m, "DATE", dt.date(year, int(m["month"]), int(m["day"])).isoformat())

    def h_month(self, m):
        month = lookup(w.MONTHS, m["month"])
        before = self.text[max(0, m.start() - 12):m.start()].lower()
        explicit = m["year"] or m["year2"] or m["rel"] or m["mod"] or m["moisde"]
        if not explicit and not re.search(r"(?:\b(?:en|de|depuis|dès|jusqu['’]en|avant|après|entre|et|à|au)\s+|d['’])$", before):
            return None  # "Mars" the planet, "mai" in a name: a bare month needs a preposition
        if m["year"]:
            year = int(m["year"])
        elif m["year2"]:
            year = _year2(m["year2"])
        else:
            year = cal.year_for(self.ref, month, None, self.tense_at(m), _rel(m["rel"]))
        mod = MODS.get(m["mod"].lower()) if m["mod"] else None
        start = m.start("moisde") if m["moisde"] else m.start()
        return self.ex(m, "DATE", f"{year:04d}-{month:02d}", mod, start=start)

    def h_year(self, m):
        year = int(m["year"])
        if year < 1800 and not m["lannee"]:
            return None
        return self.ex(m, "DATE", str(year))

    def h_decade(self, m):
        dec = m["dec"]
        century = dec[:2] if len(dec) == 4 else "19"
        mod = MODS.get(m["mod"].lower()) if m["mod"] else None
        return self.ex(m, "DATE", f"{century}{dec[-2]}X", mod)

    def h_century(self, m):
        total, prev = 0, 0
        for ch in reversed(m["roman"].upper()):
            value = _ROMAN[ch]
            total += -value if value < prev else value
            prev = max(prev, value)
        return self.ex(m, "DATE", f"{total - 1:02d}XX") if 1 <= total <= 21 else None

    def h_deictic(self, m):
        offset = lookup(w.DEICTIC, m["word"])
        if offset is None:
            return None
        day = self.ref + dt.timedelta(days=offset)
        if m["pod"]:
            return self.ex(m, "TIME", f"{day.isoformat()}T{w.PARTS_OF_DAY[m['pod'].lower()]}")
        return self.ex(m, "DATE", day.isoformat())

    def h_the_pod(self, m):
        if not self.before(m, "dans|de|pendant|durant|au\\s+cours\\s+de|où|tard\\s+dans"):
            return None
        pod = {"nuit": "NI", "soirée": "EV", "matinée": "MO", "journée": "DT"}.get(m["pod"].lower().split()[0])
        pod = pod or w.PARTS_OF_DAY.get(m["pod"].lower().split()[0])
        return self.ex(m, "TIME", f"{self.anchor_day(m.start())}T{pod}")

    def h_this_pod(self, m):
        return self.ex(m, "TIME", f"{self.ref.isoformat()}T{w.PARTS_OF_DAY[m['pod'].lower()]}")

    def h_weekday(self, m):
        weekday = lookup(w.WEEKDAYS, m["wd"])
        det = (m["det"] or "").lower()
        if det == "le" and not m["rel"]:
            # "le lundi" with no date after it is a habit: every Monday
            return self.ex(m, "SET", cal.weekday_set(weekday))
        rel = _rel(m["rel"]) if m["rel"] else None
        day = cal.weekday_date(self.ref, weekday, self.tense_at(m), rel)
        if m["pod"]:
            return self.ex(m, "TIME", f"{day.isoformat()}T{w.PARTS_OF_DAY[m['pod'].lower()]}")
        return self.ex(m, "DATE", day.isoformat())

    def h_weekday_set(self, m):
        return self.ex(m, "SET", cal.weekday_set(lookup(w.WEEKDAYS, m["wd1"] or m["wd2"])))

    def h_unit_set(self, m):
        word = m["unit"].lower().rstrip("s")
        unit = {"jour": "day", "semaine": "week", "moi": "month", "mois": "month", "an": "year", "année": "year",
                "matin": "day", "soir": "day"}.get(word, "day")
        return self.ex(m, "SET", cal.unit_set(unit))

    def h_set_word(self, m):
        return self.ex(m, "SET", w.SET_WORDS[m["word"].lower()])

    def h_rel_unit(self, m):
        unit = lookup(w.UNITS, m["unit"])
        if m["the"] and not m["rel"]:
            return None  # "la semaine", "l'année" alone: no particular one
        rel = m["rel"] or ""
        n = _rel(rel) if rel and not rel.lower().startswith("en") else 0
        if unit == "weekend":
            if not rel and self.ref.weekday() < 5 and self.tense_at(m) == "past":
                n = -1  # "ils se sont rendus ce week-end à ...", written on a Tuesday: the one just gone
            monday = self.ref - dt.timedelta(days=self.ref.weekday()) + dt.timedelta(weeks=n)
            year, week, _ = monday.isocalendar()
            return self.ex(m, "DATE", f"{year}-W{week:02d}-WE")
        return self.ex(m, "DATE", cal.relative_value(self.ref, unit, n))

    def h_edge_year(self, m):
        n = _rel(m["rel"]) or 0
        start = m.start() if (m["la"] or "").lower() == "la" else m.start("mod")
        return self.ex(m, "DATE", str(self.ref.year + n), MODS[m["mod"].lower()], start=start)

    def h_quarter(self, m):
        unit = "quarter" if m["unit"].lower() == "trimestre" else "half"
        count = 4 if unit == "quarter" else 2
        n = lookup(w.ORDINALS, m["ord"])
        if n is None:
            return None
        n = count if n == -1 else n
        if n > count:
            return None
        if m["year"]:
            year = int(m["year"])
        else:
            year = self.ref.year + (_rel(m["rel"]) or 0)
            current = (self.ref.month - 1) // (12 // count) + 1
            if not m["rel"] and self.tense_at(m) == "past" and n > current:
                year -= 1
        return self.ex(m, "DATE", f"{year}-{'Q' if unit == 'quarter' else 'H'}{n}")

    def _amount_unit(self, m) -> tuple[float | None, str] | None:
        unit = lookup(w.UNITS, m["unit"])
        amount = _number(m["num"]) if m["num"] else None
        return amount, unit

    def _duration_value(self, amount, unit) -> str:
        if unit == "half":
            return cal.duration(None if amount is None else amount * 6, "month")
        return cal.duration(amount, unit)

    def h_ago(self, m):
        num = re.match(rf"(?P<num>{NUMBER}|{VAGUE_AMOUNT})\s", m["dur"] + " ", re.I)
        amount = _number(num["num"]) if num else None
        unit = lookup(w.UNITS, m["unit"])
        if self.timeml or amount is None or unit not in cal.UNITS:
            return self.ex(m, "DURATION", self._duration_value(amount, unit), group="dur")
        day = cal.shifted_day(self.ref, unit, -int(amount))
        return self.ex(m, "DATE", day)

    def h_ahead(self, m):
        amount = _number(m["num"])
        unit = lookup(w.UNITS, m["unit"])
        if self.timeml or amount is None or unit not in cal.UNITS:
            return self.ex(m, "DURATION", self._duration_value(amount, unit), group="dur")
        return self.ex(m, "DATE", cal.shifted_day(self.ref, unit, int(amount)))

    def h_duration(self, m):
        amount, unit = self._amount_unit(m)
        if unit == "year" and re.search(r"(?:\d\s*-\s*|\b(?:les|des)\s+(?:moins|plus)\s+de\s+)$",
                                        self.text[max(0, m.start() - 16):m.start()], re.I):
            return None  # "les 6-16 ans", "les moins de 17 ans": age groups
        if unit == "year" and _AGE_BEFORE.search(self.text, max(0, m.start() - 20), m.start()) and not m["mod"]:
            return None
        if unit in ("hour", "minute") and amount is not None and re.search(r"\b(?:à|vers|dès|jusqu'à)\s+$",
                                                                           self.text[max(0, m.start() - 10):m.start()]):
            return None
        mod = {"environ": "APPROX", "presque": "LESS_THAN", "quelque": "APPROX"}.get((m["mod"] or "").lower())
        if m["mod"] and m["mod"].lower().startswith(("près", "plus", "moins")):
            # "plus de trois ans": the modifier stays outside the extent, as in the French TimeBank
            return self.ex(m, "DURATION", self._duration_value(amount, unit), group=None, start=m.start("num"))
        return self.ex(m, "DURATION", self._duration_value(amount, unit), mod)

    def h_past_units(self, m):
        unit = lookup(w.UNITS, m["unit"])
        return self.ex(m, "DURATION", cal.duration(None, unit))

    def before(self, m: re.Match, regex: str) -> bool:
        return re.search(rf"\b(?:{regex})\s+$", self.text[max(0, m.start() - 12):m.start()], re.I) is not None

    def h_since_vague(self, m):
        if not self.before(m, "depuis|pendant|durant"):
            return None
        return self.ex(m, "DURATION", cal.duration(None, lookup(w.UNITS, m["unit"])))

    def h_quarter_century(self, m):
        return self.ex(m, "DURATION", "P25Y")

    def h_term(self, m):
        return self.ex(m, "DURATION", {"quinquennat": "P5Y", "septennat": "P7Y"}[m["word"].lower()])

    def h_clock(self, m):
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if not m["m"] and not re.search(r"\b(?:à|vers|dès|de|jusqu['’]à|avant|après|et|entre|dans|pour)\s+$",
                                        self.text[max(0, m.start() - 12):m.start()], re.I) \
                and not re.match(r"\s*(?:[,:;]|du|au|et|à)", self.text[m.end():]):
            return None  # "5 h" alone may be a count of hours; a clock time has a preposition or minutes
        return self.ex(m, "TIME", cal.time_value(self.day_after(m) or self.anchor_day(m.start()), hour, minute))

    def day_after(self, m: re.Match) -> str | None:
        """The day named right after a clock time ("vers 0 h 40, jeudi", "à 15 h 30, hier")."""
        after = _DAY_AFTER.match(self.text, m.end())
        if not after:
            return None
        if after["wd"]:
            return cal.weekday_date(self.ref, lookup(w.WEEKDAYS, after["wd"]), self.tense_at(m)).isoformat()
        return (self.ref + dt.timedelta(days=lookup(w.DEICTIC, after["word"]))).isoformat()

    def h_clock_heures(self, m):
        if not self.before(m, "à|vers|dès|de|jusqu['’]à"):
            return None
        return self.ex(m, "TIME", cal.time_value(self.anchor_day(m.start()), int(m["h"]), int(m["m"] or 0)))

    def h_noon(self, m):
        if not self.before(m, "à|vers|dès|avant|après"):
            return None
        hour = 12 if m["word"].lower() == "midi" else 0
        return self.ex(m, "TIME", cal.time_value(self.anchor_day(m.start()), hour))

    def h_season(self, m):
        season = w.SEASONS.get(m["season"].lower()) or w.SEASONS.get("été")
        prep = (m["prep"] or "").lower()
        if prep.startswith("d"):
            return None  # "les Jeux d'hiver", "l'heure d'été": a name, not a season of the calendar
        if season == "SU":
            # "été" is mostly the participle ("a été"): a season only after a determiner or a
            # preposition, or opening a sentence
            before = self.text[max(0, m.start() - 2):m.start()]
            if not (m["det"] or prep or m["season"][0] in "EÉ" and re.search(r"(?:^|[.!?»\n]\s*)$", before)):
                return None
        if m["year"]:
            year = int(m["year"])
        elif m["rel"]:
            year = self.ref.year + _rel(m["rel"])
        elif m["det"]:
            year = self.ref.year
        else:
            year = None
        start = m.start() if m["det"] else m.start("season")
        if prep and not m["det"] and not m["year"] and not m["rel"]:
            year = None
        return self.ex(m, "DATE", cal.season_value(season, year), start=start)

    def h_vague(self, m):
        word = " ".join(m["word"].lower().split()).replace("’", "'")
        value = w.VAGUE.get(word)
        return self.ex(m, "TIME", value) if value else None


HANDLERS: dict[str, Callable] = {name: getattr(_Normalizer, "h_" + name) for name, _ in PATTERNS}


def _select(candidates):
    chosen, taken = [], []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(not (cand[1] <= s or cand[0] >= e) for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand[0], cand[1]))
    return sorted(chosen)


def tag(text: str, reference: dt.date, doc: Doc | None = None, *, ranges: bool = False,
        kind: str = "news") -> list[TimeExpression]:
    """French temporal expressions in `text`, normalized against `reference` (the article's date).
    `kind` is accepted for the pack interface; French texts are anchored as news (narrative anchoring
    reads English words, temporal/narrative.py).

    `doc`, a spaCy French Doc of exactly `text`, gives the tense of clauses; without it, textual cues.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if doc is not None and doc.text != text:
        doc = None
    candidates = [(m.start(), m.end(), index, m) for index, (_, pattern) in enumerate(PATTERNS)
                  for m in pattern.finditer(text) if m.end() > m.start()]
    normalizer = _Normalizer(text, reference, doc, timeml=not ranges)
    out: list[TimeExpression] = []
    # Longest first; a candidate its handler rejects leaves room for shorter ones inside it.
    rejected: set[int] = set()
    while True:
        live = [c for c in candidates if id(c) not in rejected]
        chosen = _select(live)
        results = []
        retry = False
        for cand in chosen:
            name = PATTERNS[cand[2]][0]
            normalizer.found = results  # anaphora lean on what came before, in text order
            try:
                found = HANDLERS[name](normalizer, cand[3])
            except (ValueError, OverflowError, KeyError, TypeError):
                found = None
            if found is None or not found.value:
                rejected.add(id(cand))
                retry = True
                continue
            results.append(found)
        if not retry:
            out = results
            break
    return out
