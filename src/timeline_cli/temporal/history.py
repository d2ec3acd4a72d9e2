"""Normalization of historical calendar expressions, for every kind of text: years with an era ("490
BC", "AD 79"), their decades and centuries, the first year of "1861-1863", "August of that year".
Handlers of the tagger's patterns (bound in tagger.HANDLERS), mixed into its normalizer. A BC year is
computed as its far-future proxy (narrative.BC_PROXY) and written back by `narrative.bc_value`."""
from __future__ import annotations

import datetime as dt
import re

from .context import Context, Found
from .narrative import BC_PROXY
from .timex import interval, month_value


class HistoryHandlers(Context):
    """Handlers of the historical patterns (years with an era, their decades and centuries),
    mixed into the tagger's normalizer. BC values have no ISO days in the rows (date is None)."""

    def h_era_year(self, m: re.Match[str]) -> Found | None:
        value = self.era_year(m["year"] or m["year0"], m["era"] or m["era0"])
        if value is None:
            return None
        if m["month"]:
            value = f"{value}-{self.words.months[m['month'].lower().rstrip('.')]:02d}"
        elif m["season"]:
            value = f"{value}-{self.words.seasons[m['season'].lower()]}"
        found = Found(m.start(), m.end(), "DATE", value, self.mod_of(m["edge"]))
        found.year = int(value[:4])
        return found

    def h_era_range_first(self, m: re.Match[str]) -> Found | None:
        """'499' in '499-493 BC': the first year of a range takes the era written after the second."""
        second = re.match(r"\s*(?:-|\u2013|to|and|or)\s*(\d+)", self.text[m.end():], re.I)
        bc = bool(self.words.era_bc.match(m["era"]))
        if second is None or (int(m["year"]) < int(second[1])) == bc and int(m["year"]) != int(second[1]):
            return None  # BC years count down, AD years up
        value = self.era_year(m["year"], m["era"])
        found = Found(m.start(), m.end(), "DATE", value, self.mod_of(m["edge"])) if value else None
        if found is not None:
            found.year = int(value[:4])
        return found

    def h_month_of_that_year(self, m: re.Match[str]) -> Found | None:
        """'August of that year': the month of the year the text was telling, or the one after/before."""
        anchor = self.last_calendar(m.start(), within=2000, grans=("day", "time", "week", "month", "season", "year"))
        if anchor is None:
            return None
        anchor = self.told_year(anchor, m.start())  # not "the frame of 1951" after "By 2019, ..."
        anchor = self._past_modifier_year(anchor)  # not "a 2021 change" after "in March 2025"
        rel = " ".join(m["rel"].lower().split())
        year = int(interval(anchor.value)[0][:4]) + {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        month = self.words.months[m["month"].lower().rstrip(".")]
        if m["day"]:
            d = dt.date(year, month, int(re.match(r"\d+", m["day"])[0]))
            return Found(m.start(), m.end(), "DATE", d.isoformat())
        return Found(m.start(), m.end(), "DATE", month_value(year, month))

    def _past_modifier_year(self, anchor: Found) -> Found:
        """The date "of that year" leans on instead of `anchor` when `anchor` is a year used as a noun's
        modifier ("under a 2021 change to the law", an article before it, not a stated point) after a
        date of its own sentence that writes its year ("had ruled in March 2025 that ... under a 2021 change. The
        heirs appealed in May of that year": May 2025, round 51c). Else `anchor`."""
        if anchor.kind != "year" or anchor.year is not None or \
                not self.words.article_before_year.search(self.text, max(0, anchor.start - 6), anchor.start):
            return anchor
        s, _ = self.tense.sentence(anchor.start, anchor.end)
        for item in reversed(self.found):
            if item.end > anchor.start:
                continue
            if item.start < s:
                return anchor
            if item.calendar and item.type == "DATE" and not item.derived and \
                    self.words.year_in_figures.search(self.text, item.start, item.end) and \
                    not self.words.article_before_year.search(self.text, max(0, item.start - 6), item.start):
                return item  # (a date that writes its year, itself no modifier: "in March 2025")
        return anchor

    def h_year_range_first(self, m: re.Match[str]) -> Found | None:
        """'1861' in '1861-1863' or '2007-08': a year, when the second year follows it."""
        year, second = int(m["year"]), m["second"]
        later = int(second) if len(second) == 4 else year - year % 100 + int(second)
        if not (1000 <= year <= self.ref.year + 50) or not year < later <= year + 100:
            return None
        if not self.words.before_year_range.search(self.text, max(0, m.start() - 20), m.start()):
            return None  # "budget lines 1200-1250", "number 1000-1100": figures, not years
        found = Found(m.start(), m.end(), "DATE", str(year))
        found.year = year
        return found

    def h_year_range_second(self, m: re.Match[str]) -> Found | None:
        """'08' in '2007-08': the year after the first one's century, when the first was a year."""
        first = self.found[-1] if self.found else None
        if first is None or first.kind != "year_range_first" or not re.fullmatch(
                r"\s*(?:-|\u2013)\s*", self.text[first.end:m.start()]):
            return None
        year = int(first.value[:4])
        later = year - year % 100 + int(m["second"])
        if not year < later <= year + 99:
            return None
        return Found(m.start(), m.end(), "DATE", str(later))

    def h_era_decade(self, m: re.Match[str]) -> Found | None:
        year = self.era_year(m["decade"], m["era"])
        if year is None:
            return None
        decade = int(m["decade"]) // 10
        bc = "BC" if self.words.era_bc.match(m["era"]) else ""
        return Found(m.start(), m.end(), "DATE", f"{bc}{decade:03d}", self.mod_of(m["edge"]))

    def h_era_century(self, m: re.Match[str]) -> Found | None:
        c = m["cent"].lower()
        num = re.match(r"\d+", c)
        n = int(num[0]) if num else self.words.ordinals.get(c)
        if not n or n < 1:
            return None
        bc = "BC" if self.words.era_bc.match(m["era"]) else ""
        return Found(m.start(), m.end(), "DATE", f"{bc}{n - 1:02d}", self.mod_of(m["edge"]))

    def era_year(self, number: str, era: str | None) -> str | None:
        """'490', 'BC' -> '8510' (the proxy of BC0490); '1066', 'AD' -> '1066'."""
        year = int(number)
        if year <= 0 or year > 4000:
            return None
        if era and self.words.era_bc.match(era.strip()):
            return f"{BC_PROXY - year:04d}"
        return f"{year:04d}"
