"""Normalization of fiscal and report periods: quarters and halves, fiscal years, "the quarter", "the
year-ago quarter", "the latest period", "year-end". Handlers of the tagger's patterns (bound in
tagger.HANDLERS), mixed into its normalizer."""
from __future__ import annotations

import datetime as dt
import re

from .context import Context, Found
from .timex import add_months, add_quarters, interval, month_value, quarter_of, week_value


class PeriodHandlers(Context):
    def _anchor_quarter(self, start: int, reported: bool = False) -> tuple[int, int] | None:
        item = self.last_calendar(start, within=3000, grans=("quarter",), reported=reported)
        if item:
            return int(item.value[:4]), int(item.value[-1])
        return None

    def h_quarter(self, m: re.Match[str]) -> Found | None:
        unit = m["unit"].lower()
        ordinal = m["ord"].lower()
        rel = " ".join((m["rel"] or "").lower().split())
        n = self.words.ord_num.get(ordinal, 4 if unit == "quarter" else 2)
        if unit == "period" or (unit == "half" and n > 2):
            return None
        fiscal_year = re.search(r"\d{4}", m["fiscal"] or "")
        year_text = m["yearmid"] or m["yearpre"] or m["yearpost"] or (fiscal_year[0] if fiscal_year else None)
        relyear = (m["relyear"] or "").lower()
        if not (year_text or relyear or rel) and (self.words.game_period_after.match(self.text, m.end()) or (
                unit == "half" and self.words.game_words.search(self.text))):
            return None  # "into the second half of the match", "a goalless first half" in a game's story
        if year_text:
            year = int(year_text)
        elif relyear in ("the", "this", "that"):
            anchor = self.last_calendar(m.start(), within=600, grans=("year",)) if relyear == "that" else None
            year = int(anchor.value[:4]) if anchor else self.ref.year
        elif relyear in ("next", "last"):
            year = self.ref.year + (1 if relyear == "next" else -1)
        elif rel.startswith("this") or rel == "the current":
            year = self.ref.year
        elif rel.startswith("last") or rel == "the previous":
            year = self.ref.year - 1
        elif rel.startswith("next"):
            year = self.ref.year + 1
        elif "year-" in rel:
            anchor = self._anchor_quarter(m.start(), reported=True)
            year = (anchor[0] if anchor else self.ref.year) - 1
        else:
            narrative = self.narrative_year(m.start(), m.end())
            year = narrative if narrative is not None else self.ref.year
            if narrative is None and not rel.startswith("this"):
                first_month = 3 * n - 2 if unit == "quarter" else 6 * n - 5
                tense = self.tense.at(m.start(), m.end())
                if dt.date(year, first_month, 1) > self.ref and tense == "past":
                    year -= 1
                elif interval(f"{year}-Q{n}" if unit == "quarter" else f"{year}-H{n}")[1] < self.ref.isoformat() and (
                        tense == "future" and self.words.period_prep_before.search(
                            self.text, max(0, m.start() - 20), m.start())):
                    year += 1  # "is expected to list before the end of the first quarter", in November
        value = f"{year}-Q{n}" if unit == "quarter" else f"{year}-H{n}"
        start = m.start()
        if m["the"] and not m["yearmid"] and self.text[m.end("ord"):m.start("unit")] == "-":
            start = m.start("fiscal") if m["fiscal"] else m.start("ord")  # "the third-quarter profit"
        return Found(start, m.end(), "DATE", value)

    def h_year_period(self, m: re.Match[str]) -> Found | None:
        year = int(m["year"])
        if m["unit"].lower() in ("period", "quarter"):
            # "the 1988 period" / "the 1988 quarter" in a report: the reported quarter of that year; a
            # report names the quarter it is about first ("third-quarter net rose ..."), so that one
            # wins over quarters mentioned in passing ("after a flat second quarter")
            reported = next((f for f in self.found if f.type == "DATE" and not f.derived and f.calendar
                             and interval(f.value)[2] == "quarter" and interval(f.value)[1] <= self.ref.isoformat()), None)
            anchor = (int(reported.value[:4]), int(reported.value[-1])) if reported else self._anchor_quarter(m.start())
            if anchor:
                # a year other than the reported quarter's is the comparison period, which "the quarter"
                # later does not refer back to
                return Found(m.start(), m.end(), "DATE", f"{year}-Q{anchor[1]}", derived=year != anchor[0])
        return Found(m.start(), m.end(), "DATE", str(year))

    def h_two_quarters(self, m: re.Match[str]) -> Found | None:
        rel = (m["rel"] or "").lower()
        year = int(m["year"]) if m["year"] else self.ref.year + {"next": 1, "last": -1}.get(rel, 0)
        # a modifier before it ("through at least the first two quarters") is the clause's, not the date's
        return Found(m.start("the"), m.end(), "DATE", f"{year}-H{1 if m['ord'].lower() == 'first' else 2}")

    def h_fy(self, m: re.Match[str]) -> Found | None:
        y = m["y"]
        year = int(y) if len(y) == 4 else (2000 + int(y) if 2000 + int(y) <= self.ref.year + 20 else 1900 + int(y))
        return Found(m.start(), m.end(), "DATE", str(year))

    def h_quarter_q(self, m: re.Match[str]) -> Found | None:
        n = int(m["q"][1])
        y = m["year"]
        year = (int(y) if y and len(y) == 4 else (2000 + int(y[1:]) if y else self.ref.year))
        return Found(m.start(), m.end(), "DATE", f"{year}-{m['q'][0].upper()}{n}")

    def _previous_quarter(self) -> tuple[int, int]:
        return add_quarters(self.ref.year, quarter_of(self.ref), -1)

    def h_the_period(self, m: re.Match[str]) -> Found | None:
        which = " ".join(m["which"].lower().split())
        unit = m["unit"].lower()
        if unit in ("quarter", "period"):
            anchor = self._quarter_ended(m.end()) or self._anchor_quarter(
                m.start(), reported=which in ("year-ago", "year-earlier", "year-before", "latest", "most recent", "recent"))
            if which in ("year-ago", "year-earlier", "year-before"):
                base = anchor or self._previous_quarter()
                return Found(m.start(), m.end(), "DATE", f"{base[0] - 1}-Q{base[1]}", derived=True)
            if which in ("latest", "most recent", "recent"):
                base = anchor or self._previous_quarter()
                return Found(m.start(), m.end(), "DATE", f"{base[0]}-Q{base[1]}")
            if which == "current":
                return Found(m.start(), m.end(), "DATE", f"{self.ref.year}-Q{quarter_of(self.ref)}")
            if which in ("same", "comparable") and anchor:
                return Found(m.start(), m.end(), "DATE", f"{anchor[0]}-Q{anchor[1]}")
            if which in ("previous", "prior"):
                base = anchor or (self.ref.year, quarter_of(self.ref))
                y, q = add_quarters(base[0], base[1], -1)
                return Found(m.start(), m.end(), "DATE", f"{y}-Q{q}")
            return None
        if unit == "year":
            if which in ("current", "full"):
                return Found(m.start(), m.end(), "DATE", str(self.ref.year))
            if which in ("latest", "most recent") and "fiscal" in m.group().lower():
                # "the latest fiscal year": the last one whose results are in, the year before
                return Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
            if which in ("previous", "prior", "year-ago", "year-earlier"):
                return Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
            return None
        if unit == "week" and which in ("previous", "prior"):
            return Found(m.start(), m.end(), "DATE", week_value(self.ref - dt.timedelta(days=7)))
        if unit == "month" and which in ("previous", "prior"):
            y, mo = add_months(self.ref.year, self.ref.month, -1)
            return Found(m.start(), m.end(), "DATE", month_value(y, mo))
        return None

    def _quarter_ended(self, end: int) -> tuple[int, int] | None:
        """'the quarter ended Sept. 30': the quarter of the date that follows."""
        ended = self.words.ended_date.match(self.text, end)
        if not ended:
            return None
        month = self.words.months[ended["month"].lower().rstrip(".")]
        day = int(ended["day"]) if ended["day"] else None
        year = int(ended["year"]) if ended["year"] else self.year_for(month, day, ended.start("month"), ended.end())
        # a (fiscal) quarter ending on the last day of a month covers that month and the two before it:
        # it is the calendar quarter holding most of them, the one of its middle month ("the quarter
        # ended July 31" is May-July: Q2; "ended Sept. 30": Q3)
        if day is None or day >= 25:
            year, month = add_months(year, month, -1)
        return year, (month - 1) // 3 + 1

    def h_year_ago_quarter(self, m: re.Match[str]) -> Found | None:
        anchor = self._quarter_ended(m.end()) or self._anchor_quarter(m.start(), reported=True) or self._previous_quarter()
        return Found(m.start(), m.end(), "DATE", f"{anchor[0] - 1}-Q{anchor[1]}", derived=True)

    def h_the_quarter(self, m: re.Match[str]) -> Found | None:
        base = self._quarter_ended(m.end()) or self._anchor_quarter(m.start()) or self._previous_quarter()
        return Found(m.start(), m.end(), "DATE", f"{base[0]}-Q{base[1]}")

    def h_fiscal_year(self, m: re.Match[str]) -> Found | None:
        if self.words.ended_date.match(self.text, m.end()) or self.words.ended_deictic.match(self.text, m.end()) or (
                m.group().lower().startswith("the ") and self.words.stretch_before.search(self.text[max(0, m.start() - 12):m.start()])):
            # "the fiscal year ended Jan. 31", "throughout the fiscal year": a stretch of time
            return Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
        rel = (m["rel"] or "").lower()
        year = self.ref.year + {"previous": -1, "prior": -1, "last": -1, "latest": -1, "next": 1, "coming": 1}.get(rel, 0)
        return Found(m.start(), m.end(), "DATE", str(year))

    def h_edge_unit(self, m: re.Match[str]) -> Found | None:
        unit = m["edge"].lower()
        which = (m["which"] or m["which2"]).lower()
        if which == "end":
            if unit == "year":
                return Found(m.start(), m.end(), "DATE", str(self.ref.year), "END")
            return None
        anchor = self._anchor_quarter(m.start(), reported=True)
        if anchor:
            return Found(m.start(), m.end(), "DATE", f"{anchor[0] - 1}-Q{anchor[1]}", derived=True)
        if unit == "year":
            return Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
        return None

