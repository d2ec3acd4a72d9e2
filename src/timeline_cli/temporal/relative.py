"""Normalization of relative and anaphoric expressions: today and tonight, "last week", "the same day",
"the day before", "two years ago", "three days later". Handlers of the tagger's patterns (bound in
tagger.HANDLERS), mixed into its normalizer."""
from __future__ import annotations

import datetime as dt
import re

from .context import Context, Found, inside_quotation
from .numbers import duration
from .timex import day_value, interval, month_value, shift_day, shift_value, value_at, week_value

# How far back (characters) "a year ago" in a report looks for the quarter it compares with.
YEAR_AGO_WINDOW = 1200
# How far back (characters) "overnight" looks for the day the text is telling of.
OVERNIGHT_WINDOW = 400
# the spans a night or a morning counted from the text cannot be placed in (relative._span_scene)
SPAN_SCENE_GRANS = ("year", "season", "decade")
# How far back "three months earlier" looks for the month the text told, when no date is near (_told_month)
FAR_EARLIER_WINDOW = 1200
# What stands between a year and "the year ..." in apposition to it: "in 1846, the year Britain ...".
_APPOSITION_GAP = re.compile(r"\s*(?:,|\u2014|\u2013|--)\s*")
# A clock time in a value: "2026-01-31T06:14", "2026-01-31T14".
_CLOCK_VALUE = re.compile(r"T(?P<h>\d\d)(?::(?P<m>\d\d))?")
# A day's evening: a clock time from this hour on, or "late on Friday".
_EVENING_FROM = 18
# How far back "five minutes earlier" looks, past a day of a clause that looks ahead, for the day the
# story told (round 71e): about two paragraphs
_PROSPECT_WINDOW = 1200


class RelativeHandlers(Context):
    def h_deictic(self, m: re.Match[str]) -> Found | None:
        if self.title_case(m, "word") and m.start("word") == m.start():
            return None
        word = m["word"].lower()
        if word in ("today", "tomorrow") and not m["rel"] and not m["pod"] and (
                m["poss"] and self.words.generic_after_today.match(self.text, m.end())
                or not m["poss"] and self.words.noun_of_before.search(self.text[max(0, m.start() - 30):m.start()])
                and word == "tomorrow"):
            return None  # "today's youth", "the cars of tomorrow": the present or future age, generic
        d = self.ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word])
        if word == "tonight" and not m["rel"] and not m["pod"] and self._quoted_last_night(m.start()):
            d -= dt.timedelta(days=1)
        rel = (m["rel"] or "").lower()
        if "day before" in rel:
            d -= dt.timedelta(days=1)
        elif "day after" in rel:
            d += dt.timedelta(days=1)
        pod = m["pod"] or ("night" if word == "tonight" else None)
        found = self.day_found(m, d, pod=pod, mod=self.mod_of(rel) if rel in ("early", "late") else None)
        if m["poss"] and not m["pod"]:
            found.end -= 2
        if word == "tonight" and not m["pod"]:
            found.value = d.isoformat() + "TNI"
        if m["pod"] or word == "tonight":
            found.type = "TIME"
        return found

    def _quoted_last_night(self, start: int) -> bool:
        """Whether "tonight" at `start` is inside a quotation of a story about the night before the
        publication day ("launched late on Friday ... lifted off at 10:23 p.m. on Friday", published on
        Saturday): what was said "tonight" was said that night, as the event it speaks of."""
        if not inside_quotation(self.text, start, "\n\n"):
            return False
        eve = (self.ref - dt.timedelta(days=1)).isoformat()
        for item in self.found:
            if item.end > start or not item.calendar or not item.value.startswith(eve):
                continue
            if self.tense.at(item.start, item.end) != "past":
                # "guards who must stay at a site overnight": a night of a rule or a habit, not the night
                # the story tells of; what is said "tonight" after it is said on the report's day (round 71e)
                continue
            _, _, time = item.value.partition("T")
            if time in ("EV", "NI") or time[:2].isdigit() and int(time[:2]) >= _EVENING_FROM or \
                    self.told_late(item):
                return True
        return False

    def h_pod_deictic(self, m: re.Match[str]) -> Found | None:
        word = m["word"].lower()
        d = self.ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
        found = self.day_found(m, d, pod=m["pod"], type_="TIME", mod=self.mod_of(m["pod"].split("-")[0]) if m["pod"].lower().startswith("mid") else self.mod_of(m["rel"]))
        return found

    def h_this_pod(self, m: re.Match[str]) -> Found | None:
        which = m["which"].lower()
        pod = m["pod"].lower()
        d = self.ref + dt.timedelta(days={"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[which])
        if which == "last" and pod not in ("night", "evening", "overnight"):
            return None
        mod = self.mod_of(m["rel"])
        return self.day_found(m, d, pod=pod, type_="TIME", mod=mod)

    def h_midday(self, m: re.Match[str]) -> Found | None:
        return Found(m.start(), m.end(), "TIME", f"{self.ref.isoformat()}T12:00")

    def h_pod_bare(self, m: re.Match[str]) -> Found | None:
        """A part of a day with no day of its own ("two of them were released in the afternoon", "late
        in the evening"): the day last named in its own sentence, in any tense ("will meet on Friday and
        vote in the afternoon"); else, in a past clause, the day last named earlier in its paragraph; else,
        in a past clause of news, the reference day unless the last day the text told of is an earlier
        one. Otherwise no expression: a habit ("usually swam in the morning"), a plan ("will be
        announced in the morning", most often the next morning) or a part of a day after an earlier
        day, a year or a month has no day the reader can tell."""
        pod = m["pod"].lower()
        start = m.start("pod")
        left = self.tense.sentence(m.start(), m.end())[0]
        paragraph = self.text.rfind("\n", 0, m.start()) + 1
        anchor = self.last_calendar(m.start(), within=m.start() - min(left, paragraph))
        mod = self.mod_of(m["edge"] or m["edge2"])
        if anchor is not None and anchor.start >= left:
            day = self._anchor_day(anchor)
            return None if day is None else self.day_found(m, day, type_="TIME", mod=mod, pod=pod)
        if self.tense.at(start, m.end()) != "past" or self.tense.habitual(start):
            return None
        if anchor is not None:
            day = self._anchor_day(anchor)
            return None if day is None else self.day_found(m, day, type_="TIME", mod=mod, pod=pod)
        if self.narrative:
            return None
        told = self.last_calendar(m.start(), within=3000, grans=("day", "time"))
        if told is not None and interval(told.value)[0][:10] < self.ref.isoformat():
            return None  # "On Sunday the storm hit ... Rescuers arrived in the afternoon": which day?
        return self.day_found(m, self.ref, type_="TIME", mod=mod, pod=pod)

    @staticmethod
    def _anchor_day(anchor: Found) -> dt.date | None:
        """The day of a day or clock-time expression, else None (a week, a month, a year)."""
        first, _, gran = interval(anchor.value)
        if gran not in ("day", "time") or not first:
            return None
        try:
            return dt.date.fromisoformat(first[:10])
        except ValueError:
            return None

    def h_overnight(self, m: re.Match[str]) -> Found | None:
        """"overnight": the night before the day told of (TimeML: "overnight losses" on a Friday is
        Thursday night). That day is the reference date, unless the text was just telling of an earlier
        day than the day before it ("closed lower Friday", in a report of Monday: Thursday night); a
        day before the reference ("collapsed late on Monday", reported Tuesday) has its own night. As an
        adverb after a sentence that named an earlier day ("Tests on Friday found ... The tank was shut
        overnight", reported Sunday) it is the night just before the report, not a night before the
        earlier event."""
        if self.manner_overnight(m):
            return None
        base = self.ref
        anchor = self.last_calendar(m.start(), within=OVERNIGHT_WINDOW, grans=("day", "time"))
        span = self._span_scene(m.start())  # nearer than any day, when found
        if span is not None and span.end <= self.tense.sentence(m.start(), m.end())[0] and \
                self.tense.at(m.start(), m.end()) == "past":
            # "tracked the birds in the summers of 2021 and 2022. When they moved the feeders overnight":
            # a night of those years, told in a later sentence of the paragraph (not "the depot, built
            # in 2019, burned overnight", the night before the report); which night, the text does not
            # say (round 64c)
            return None
        scene = span or self.last_calendar(m.start(), within=OVERNIGHT_WINDOW, grans=("month",))
        if scene is not None and (anchor is None or anchor.end <= scene.start):
            if self._span_clause(m, scene):
                # "closed in October 2021 after pieces of the roof fell overnight", "was brought in 2024 by
                # a student who said his fees rose overnight": a night of that past span, told in a clause
                # under it; which night, the text does not say (round 65e)
                return None
        elif anchor is not None and self._joined_day_night(m, anchor):
            # "the leak was found on Monday, and the line was shut overnight": that day's own night,
            # told in a clause joined to the day's by "and" (round 65e)
            return Found(m.start(), m.end(), "TIME", interval(anchor.value)[0][:10] + "TNI")
        if anchor:
            day = dt.date.fromisoformat(interval(anchor.value)[0])
            if day < self.ref - dt.timedelta(days=1) and (
                    not self.words.overnight_adverb_after.match(self.text, m.end())
                    or anchor.start >= self.tense.sentence(m.start(), m.end())[0]):
                base = day
        return Found(m.start(), m.end(), "TIME", day_value(base - dt.timedelta(days=1)) + "TNI")

    def _span_clause(self, m: re.Match[str], span: Found) -> bool:
        """Whether "overnight" at `m` is in a past clause under the clause of a past date coarser than a
        day in its own sentence (`span`, or the nearest month): the date's verb governs the overnight's
        ("was brought in 2024 by a student who said his fees rose overnight"), or a subordinator with
        no comma joins them ("closed in October 2021 after the roof fell overnight"). Not "the depot,
        built in 2019, burned overnight", whose year dates an aside: the night before the report."""
        if self.timeml or self.tense.doc is None:
            return False
        left = self.tense.sentence(m.start(), m.end())[0]
        if span.start < left or interval(span.value)[2] == "day" or \
                interval(span.value)[1] >= (self.ref - dt.timedelta(days=7)).isoformat():
            return False
        if self.tense.at(m.start(), m.end()) != "past":
            return False
        governed = self.tense.governed_by_date(m.start(), span.start)
        if governed is None:
            return False
        if governed:
            return True
        between = self.text[span.end:m.start()]
        return not any(c in between for c in ",;:") and bool(self.words.overnight_after_mark.search(between))

    def _joined_day_night(self, m: re.Match[str], anchor: Found) -> bool:
        """Whether "overnight" at `m` is an adverb of a past clause joined by "and" to the clause of the
        past day `anchor` in the same sentence ("was found on Monday ..., and production was stopped
        overnight"): the night after that day, not the one before it; not a past perfect ("had been
        shut overnight"), which looks back before the day."""
        if self.timeml or self.tense.doc is None or anchor.start < self.tense.sentence(m.start(), m.end())[0]:
            return False
        if interval(anchor.value)[2] != "day" or interval(anchor.value)[0] >= (self.ref - dt.timedelta(days=1)).isoformat():
            return False
        found, told = self.tense._token_and_verb(m.start()), self.tense._token_and_verb(anchor.start)
        if found is None or told is None:
            return False
        token, verb = found
        dated = told[1]
        # (the parser may hang the second clause on the verb that reports the first: "said the leak was
        # found on Friday, and the wing was shut overnight")
        joined = verb.head.i == dated.i or dated.dep_ == "ccomp" and verb.head.i == dated.head.i and \
            dated.head.lemma_ in self.words.report_lemmas
        return (token.head.i == verb.i and verb.dep_ == "conj" and joined and verb.i > dated.i
                and any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
                and self.tense.at(m.start(), m.end()) == "past"
                and not self.tense.has_perfect_aux(verb))

    def manner_overnight(self, m: re.Match[str]) -> bool:
        """"overnight" meaning "suddenly": "almost overnight", "would kill new investment overnight"."""
        if self.words.overnight_manner_before.search(self.text, max(0, m.start() - 12), m.start()):
            return True
        left = self.tense.sentence(m.start(), m.end())[0]
        clause = self.text[max(left, m.start() - 120):m.start()]
        clause = re.split(r"[;:]|,\s+(?:and|but)\s", clause)[-1]
        return bool(self.words.overnight_manner_clause.search(clause))

    def _relative_unit(self, unit: str, rel: str, base: dt.date) -> str | None:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
                "upcoming": 1}.get(rel, 0)
        if unit == "day":
            return day_value(base + dt.timedelta(days=step))
        if unit == "weekend":
            saturday = base + dt.timedelta(days=5 - base.weekday() + 7 * step)
            return week_value(saturday) + "-WE"
        if unit in ("week", "month", "quarter", "year", "decade", "century"):
            return value_at(shift_day(base, unit, step), unit)
        return None

    def h_rel_unit(self, m: re.Match[str]) -> Found | None:
        if self.title_case(m, "unit"):
            return None
        unit = m["unit"].lower()
        rel = m["rel"].lower()
        edge = m["edge"]
        rel_from_report = False  # counted back or on from the report's day itself
        if rel == "that":
            anchor = self.last_calendar(m.start(), within=2000)
            if not anchor:
                return None
            first = dt.date.fromisoformat(interval(anchor.value)[0])
            value = value_at(first, unit) if unit != "weekend" else week_value(first) + "-WE"
        elif rel == "same":
            return None
        else:
            if rel in ("current",):
                rel = "this"
            if rel in ("last", "final") and m["the"] and self.words.span_of_after.match(self.text, m.end()):
                return None  # "the last year of the sentence": a year of the sentence's, no calendar year
            if rel in ("past", "last") and m["the"] and unit in ("decade", "century", "day"):
                # "the past decade": a stretch of time up to now ("the past year", "the last week" are, as
                # TimeBank annotates them, the previous year and week, below)
                return Found(m.start(), m.end(), "DURATION", duration(1, unit), self.mod_of(edge) if edge else None, calendar=False)
            if rel in ("next", "coming") and m["the"] and (unit == "decade" or unit in ("month", "year") and (
                    self.words.span_ahead_before.search(self.text, max(0, m.start() - 6), m.start()))):
                # "fighting continued for the next year": a stretch of time, as "the past decade" is; "the
                # next decade" always is (the ten years ahead of the report, not the calendar 2030s)
                return Found(m.start(), m.end(), "DURATION", duration(1, unit), self.mod_of(edge) if edge else None, calendar=False)
            if unit == "day" and rel in ("this", "last", "past"):
                return None
            if unit == "day" and rel in ("next", "following") and not m["the"]:
                return None
            if unit == "day" or (rel == "following" and m["the"]) or (rel == "next" and m["the"]):
                # from the last date the text mentioned, no coarser than the unit ("In March, ... The
                # following month" is April)
                # ("the next day" after "at 6 p.m. on Oct. 3" or "on Friday afternoon" counts from that
                # day: a clock time or a part of a day is a day too)
                order = ("day", "time", "week", "month", "quarter", "year")
                grans = order[:max(order.index(unit), 1) + 1] if unit in order else ("day", "time")
                anchor = self.last_calendar(m.start(), within=2000, grans=grans)
                if rel == "next" and unit in ("week", "month", "year") and self._ahead_of_report(m, anchor):
                    # "Ito sued in May 2023. ... She said the firm would appeal within the next month":
                    # a clause that looks ahead, with no date of its own sentence to count from, counts
                    # from the report, not from a past date of an earlier sentence (round 64c)
                    return Found(m.start(), m.end(), "DATE", self._relative_unit(unit, "next", self.ref),
                                 self.mod_of(edge))
                year = self._year_told(m.start(), anchor) if unit in ("week", "month") else None
                if year is not None:
                    # "The inquiry began in 2024 ... filed a complaint the next month": a month of that
                    # year, not the month after the publication day's
                    return Found(m.start(), m.end(), "DATE", year, self.mod_of(edge))
                scene = self._month_scene(m.start(), anchor) if unit == "day" else None
                base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
                value = self._relative_unit(unit, "next", base) if scene is None else self._day_of(scene)
            else:
                rel_from_report = True
                value = self._relative_unit(unit, rel, self.ref)
                if (unit == "week" and rel == "this" and not self.timeml and self.ref.weekday() == 6
                        and self.tense.at(m.start(), m.end()) == "future"):
                    # told on a Sunday, the week ending that day is all but over: "will meet the
                    # unions this week" is the week that starts the next day
                    value = self._relative_unit(unit, "next", self.ref)
        if value is None:
            return None
        mod = self.mod_of(edge) or ("APPROX" if m["orso"] else None)
        end = m.end() - (2 if m["poss"] and not m["orso"] else 0)
        found = Found(m.start(), end, "DATE", value, mod)
        if rel in ("past", "last") and m["the"] and unit == "year" and not edge and rel_from_report and \
                self.ref.month > 3:
            # "over the past year" told in September: the twelve months up to the report, not the
            # calendar year before it; told in the first quarter it is the year just ended, as annual
            # figures count it ("hate groups grew 20 percent over the past year", March 1998: 1997)
            found.days = (shift_day(self.ref, unit, -1).isoformat(), self.ref.isoformat())
        return found

    def h_the_unit(self, m: re.Match[str]) -> Found | None:
        found = self._the_unit(m)
        if found is not None and m["edge"]:
            found.mod = self.mod_of(m["edge"])
        return found

    def _the_unit(self, m):
        unit = m["unit"].lower()
        if unit == "day":
            if self.words.day_share_before.search(self.text, max(0, m.start() - 12), m.start()) and \
                    (self.tense.bare_present(m.start("unit")) or self.tense.habitual(m.start("unit"))
                     or self.tense.modal(m.start("unit"))):
                # "now uses a wheelchair for most of the day": a share of every day; "could be locked in
                # their cells for most of the day": of any day that may come
                return None
            anchor = self.last_calendar(m.start(), within=400, grans=("day", "time"))
            if anchor is None:
                return None
            return Found(m.start(), m.end(), "DATE", interval(anchor.value)[0])
        if unit == "year":
            if self.text.startswith(("'s", "\u2019s"), m.end()) and \
                    self.words.year_share_before.search(self.text, max(0, m.start() - 16), m.start()) and \
                    (self.tense.bare_present(m.start("unit")) or self.tense.habitual(m.start("unit"))):
                return None  # "half the year's methane comes out in two weeks": a share of every year
            if self.words.ended_date.match(self.text, m.end()) or self.words.ended_deictic.match(self.text, m.end()):
                # "the year ended March 31", "the year ending tomorrow": a reporting period
                return Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
            before = self.text[max(0, m.start() - 12):m.start()].lower()
            if self.words.stretch_before_lower.search(before):
                return Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
            apposed = self._apposed_year(m.start())
            if apposed is not None:
                # "in 1846, the year Britain asserted sovereignty": the year apposed is the one named
                return Found(m.start(), m.end(), "DATE", apposed, derived=True)
            if m["the"].lower() == "that":
                anchor = self.last_calendar(m.start(), within=2000)
                if anchor:
                    return Found(m.start(), m.end(), "DATE", interval(anchor.value)[0][:4])
            return Found(m.start(), m.end(), "DATE", str(self.ref.year))
        if unit in ("week", "weekend"):
            if unit == "weekend":
                base = self.ref
                tense = self.tense.at(m.start(), m.end())
                if tense == "past" and self.tense.prospect_object(m.start(), of_object=True):
                    # "warned of more delays over the weekend", told on a Friday: the warning is past, what
                    # it warns of is not; the weekend is the one nearest the report (round 64c)
                    tense = None
                offset = -1 if tense == "past" or base.weekday() < 4 and tense != "future" else 0
                if tense == "past" and base.weekday() == 6 and not self.timeml:
                    # "attended over the weekend", told on a Sunday: the weekend ending that day, not the
                    # one a week before it (round 70f)
                    offset = 0
                if tense != "past" and self.words.weekend_ahead_before.search(self.text, max(0, m.start() - 8), m.start()):
                    offset = 0  # "to be working by the weekend": a deadline ahead
                saturday = base + dt.timedelta(days=5 - base.weekday() + 7 * offset)
                return Found(m.start(), m.end(), "DATE", week_value(saturday) + "-WE")
            if not m["edge"] and self.words.week_within_before.search(self.text, max(0, m.start() - 8), m.start()) \
                    and self._week_of_habit(m):
                return None  # "showed films only at weekends, and bingo during the week": any week's weekdays
            if not self.timeml and self.ref.weekday() == 6 and (
                    self.tense.at(m.start(), m.end()) == "future" or self.tense.could_ahead(m.start())):
                # told on a Sunday, the week ending that day is all but over: "could remain cut off until
                # the end of the week" is the coming week's end, as "this week" is (round 62d)
                return Found(m.start(), m.end(), "DATE", week_value(self.ref + dt.timedelta(days=1)))
            return Found(m.start(), m.end(), "DATE", week_value(self.ref))
        if unit == "month":
            return Found(m.start(), m.end(), "DATE", month_value(self.ref.year, self.ref.month))
        if unit == "decade" and m["edge"]:  # "by the end of the decade"
            return Found(m.start(), m.end(), "DATE", str(self.ref.year // 10))
        return None

    def _week_of_habit(self, m: re.Match[str]) -> bool:
        """Whether "during the week" at `m` is opposed in its sentence to weekends in the plural or to a
        repeated time ("every morning"), or hangs from a clause of habit ("usually trains during the week")."""
        start, end = m.start(), m.end()
        left = max(self.text.rfind(".", max(0, start - 160), start), self.text.rfind("\n", max(0, start - 160), start))
        left = left + 1 if left >= 0 else max(0, start - 160)
        right = min((i for i in (self.text.find(".", end, end + 160), self.text.find("\n", end, end + 160)) if i >= 0),
                    default=min(len(self.text), end + 160))
        if self.words.week_habit_contrast.search(self.text, left, right):
            return True
        return self.tense.habitual(m.start("unit"))

    def _apposed_year(self, start: int) -> str | None:
        """The year of a year expression right before ", the year ..." (an apposition), else None."""
        previous = self.found[-1] if self.found else None
        if previous is None or previous.type != "DATE" or not _APPOSITION_GAP.fullmatch(self.text, previous.end, start):
            return None
        first, _, gran = interval(previous.value)
        return first[:4] if gran == "year" and first else None

    def h_anaphoric(self, m: re.Match[str]) -> Found | None:
        det = " ".join(m["det"].lower().split())
        unit = m["unit"].lower()
        step = 0
        if any(w in det for w in ("next", "following")):
            step = 1
        elif any(w in det for w in ("previous", "preceding", "prior")):
            step = -1
        pod = unit if unit in ("morning", "afternoon", "evening", "night") else None
        base_unit = "day" if pod else unit
        anchor = self.last_calendar(m.start(), within=3000)
        if step == 0 and pod in ("evening", "night") and anchor is not None:
            anchor = self._narrated_night(m, anchor)
        if base_unit == "day" and anchor and interval(anchor.value)[2] == "month" and \
                self._month_scene(m.start(), None) is anchor:
            # "in October 2023 ... the following morning": a day of that month; timelines keep the month
            return Found(m.start(), m.end(), "DATE", self._day_of(anchor), self.mod_of(m["edge"]))
        if base_unit == "day" and anchor is not None and self._span_scene(m.start()) is anchor:
            # "in the summers of 2021 and 2022 ... found them gone the next morning": a day of those
            # years the text does not say; not the day after their first day (round 64c)
            return None
        if base_unit == "day" and anchor is not None and not self.timeml and self._ahead_span(anchor):
            # "will need 1,900 more workers by 2030. On the same day, the firm said ...": a year (or a
            # quarter, a season) still ahead is no day a story narrates; the day is the one told before
            # it (round 70f)
            told = self.last_calendar(anchor.start, within=3000, grans=("day", "time"))
            if told is not None:
                anchor = told
        base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
        if base_unit == "weekend":
            value = week_value(base + dt.timedelta(days=5 - base.weekday() + 7 * step)) + "-WE"
        else:
            value = value_at(shift_day(base, base_unit, step), base_unit)
            if anchor and step == 0 and base_unit == "day" and interval(anchor.value)[2] == "month":
                value = value[:7] + "-XX"  # "in October ... that same day": a day of that month
        if pod:
            value += "T" + self.words.parts_of_day[pod]
        mod = self.mod_of(m["edge"])
        return Found(m.start(), m.end(), "DATE", value, mod)

    def _ahead_span(self, anchor: Found) -> bool:
        """Whether `anchor` is coarser than a month (a year, a quarter, a season) and begins after the
        reference date: a prospect ("by 2030", "in 2027"), not a time the story tells of."""
        return interval(anchor.value)[2] not in (None, "day", "time", "week", "month") and self.begins_after(anchor.value)

    def _narrated_night(self, m: re.Match[str], anchor: Found) -> Found:
        """The day whose evening or night "the same night" at `m` is, when the nearest date (`anchor`)
        is the publication day named in an earlier sentence: a past evening of the publication day is
        seldom told on that day, so the night is the day the story told before it. "On Thursday, a robot
        pinned her ... She was in a stable condition on Saturday. The firm switched off its robots the
        same night", published on Saturday, is Thursday night. Else `anchor`."""
        if interval(anchor.value)[0] != self.ref.isoformat() or self.tense.at(m.start(), m.end()) == "future":
            return anchor
        if anchor.start >= self.tense.sentence(m.start(), m.end())[0]:
            return anchor  # "arrested on Saturday and released the same night": that Saturday's
        told = self.last_calendar(anchor.start, within=3000, grans=("day", "time"))
        if told is None or interval(told.value)[0] >= self.ref.isoformat():
            return anchor
        return told

    def _ahead_of_report(self, m: re.Match[str], anchor: Found | None) -> bool:
        """Whether "the next month/week/year" at `m` is in a clause that looks ahead (future or modal
        tense) while every date it could count from lies in an earlier paragraph and the past: the
        year or month of a lawsuit told a paragraph before cannot be what "would appeal within the
        next month" counts from. In the same paragraph it can ("In March 2019 the court ruled. The
        union said it would appeal the next month": 2019-04). Only checked on "the next <unit>"."""
        paragraph = self.text.rfind("\n", 0, m.start()) + 1
        year = self.last_calendar(m.start(), within=2000, grans=("year",))
        told = [f for f in (anchor, year) if f is not None]
        if not told or any(f.end > paragraph or interval(f.value)[1] >= self.ref.isoformat() for f in told):
            return False
        return self.tense.at(m.start(), m.end()) == "future"

    def _span_scene(self, start: int) -> Found | None:
        """The past span coarser than a month (`SPAN_SCENE_GRANS`: a year, a season, a decade) that is
        the nearest date before `start` in its paragraph, when not reading TimeML: a night or a morning
        counted from the text after it ("overnight", "the next morning") is a day of that span the text
        does not say, not the day before the report nor the day after the span's first day; else None."""
        if self.timeml:
            return None
        span = self.last_calendar(start, within=1500)
        if span is None or interval(span.value)[2] not in SPAN_SCENE_GRANS:
            return None
        if self.text.rfind("\n", span.end, start) != -1 or interval(span.value)[1] >= self.ref.isoformat():
            return None
        return span

    def _year_told(self, start: int, anchor: Found | None) -> str | None:
        """The past year the text has just told of, nearer to `start` than `anchor` (the nearest finer
        date) and in the same paragraph: "the next month" after "began in 2024" is a month of 2024,
        whose month the text does not say; else None."""
        year = self.last_calendar(start, within=2000, grans=("year",))
        if year is None or (anchor is not None and anchor.end > year.start):
            return None
        if self.text.rfind("\n\n", year.end, start) != -1 or interval(year.value)[1] >= self.ref.isoformat():
            return None
        return year.value[:4]

    def _month_scene(self, start: int, day: Found | None) -> Found | None:
        """The past month the text has just told of, when a day counted from the text ("the next day",
        "that evening") at `start` follows it in its paragraph with no day (`day`, the nearest day
        before `start`) after it: "The bridge was closed in October 2023, when a ship hit it. Engineers
        found cracks the next day" is a day of October 2023, not the day after the publication day."""
        month = self.last_calendar(start, within=2000)
        if month is None or interval(month.value)[2] != "month" or (day is not None and day.end > month.start):
            return None
        if self.text.rfind("\n\n", month.end, start) != -1 or interval(month.value)[1] >= self.ref.isoformat():
            return None  # another paragraph, or the month the story is told in (its days are the story's)
        return month

    def _day_of(self, month: Found) -> str:
        """A day of `month` whose day is not known: "2023-10-XX" in TimeML, the month for a timeline."""
        return month.value[:7] + "-XX" if self.timeml else month.value[:7]

    def h_day_before(self, m: re.Match[str]) -> Found | None:
        unit = m["unit"].lower()
        step = 1 if m["dir"].lower() in ("after", "following") else -1
        anchor = self.last_calendar(m.start(), within=1500, grans=("day", "time"))
        base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
        if unit == "night":
            return Found(m.start(), m.end(), "TIME", day_value(base + dt.timedelta(days=step)) + "TNI")
        return Found(m.start(), m.end(), "DATE", value_at(shift_day(base, unit, step), unit))

    def h_ago(self, m: re.Match[str]) -> Found | None:
        unit = self.unit_of(m["unit"])
        direction = " ".join(m["dir"].lower().split())
        amount = self.parse_number(m["num"])
        mod = self.mod_of(m["mod"])
        if direction in ("before", "after") or (direction == "later" and self.timeml):
            # "two days after the attack": the duration alone is the TIMEX3
            return None
        if self.shift_amount(m, direction):
            return None
        if direction in ("earlier", "later", "previously"):
            # relative to the time the text is talking about, which for news is mostly the reference
            anchor = self.last_calendar(m.start(), within=400, skip_derived=True)
            if anchor is None and direction != "later" and unit in ("month", "year"):
                anchor = self._told_month(m.start())
        else:
            anchor = None
        sign = 1 if direction in ("later", "from now", "hence") else -1
        if amount is None:
            value = "FUTURE_REF" if sign > 0 else "PAST_REF"
            return Found(m.start(), m.end(), "DATE", value, mod, calendar=False)
        n = int(amount) if amount == int(amount) else amount
        if unit in ("hour", "minute", "second"):
            if anchor is not None and self._dateline_day(anchor):
                # "TULSA, April 28, 2026 - ... When it stopped, about a minute later": the dateline is the
                # day of the report, not the moment the lead's story is at; no time is known
                return None
            if anchor is not None and interval(anchor.value)[0][:10] > self.ref.isoformat() and \
                    self.tense.at(m.start(), m.end()) == "past":
                # "would ask the council on Thursday ... said he had been standing there ten minutes
                # earlier": a past moment is never counted from a day still to come (round 57b)
                return None
            if anchor is not None and self._prospect_anchor(anchor, m):
                # "collapsed on Thursday evening ... was expected to be released on Friday. 'Five minutes
                # earlier a family had walked there'": the day of a clause that looks ahead is not the
                # moment a past clause counts from; the day told before it is (round 71e)
                anchor = self.last_calendar(anchor.start, within=_PROSPECT_WINDOW, skip_derived=True)
                if anchor is None or self.tense.at(anchor.start, anchor.end) == "future":
                    return None
            counted = self._from_clock(anchor, unit, sign * n) if anchor is not None else None
            if counted is not None:
                return Found(m.start(), m.end(), "TIME" if "T" in counted else "DATE", counted, mod, derived=True)
            if unit == "hour" and isinstance(n, int):
                return Found(m.start(), m.end(), "TIME", (dt.datetime.combine(self.ref, dt.time(12)) + sign * dt.timedelta(hours=n)).strftime("%Y-%m-%dT%H"), mod)
            return None
        if not isinstance(n, int):
            return None
        gran = {"night": "day", "weekend": "week"}.get(unit, unit)
        if (mod == "LESS_THAN" and " ".join(m["mod"].lower().split()) in self.words.ago_span_mods
                and direction == "ago" and not self.timeml and gran in ("day", "week", "month", "year")):
            # "less than two weeks ago" (timelines): any day since then, not the week two weeks back
            first, last = shift_day(self.ref, gran, -n) + dt.timedelta(days=1), self.ref - dt.timedelta(days=1)
            if first <= last:
                return Found(m.start(), m.end(), "DATE", f"{first.isoformat()}/{last.isoformat()}", mod)
        if direction == "later" and anchor is None:
            # "was not reported until two days later", with no day told in the 400 characters before:
            # counted from a point the text did not date nearby, never from the report's day, which
            # nothing "later" in a report can follow
            return None
        if direction == "later" and anchor is not None and self._dateline_day(anchor):
            # "Seven years later, she was standing in the front row on Saturday": with no date told since
            # the dateline, the point counted from is one the text never dated (she first asked ...), not
            # the report's day, which nothing "later" can follow in a report
            return None
        if anchor is not None and direction in ("earlier", "later", "previously"):
            shifted = None
            agran = interval(anchor.value)[2]
            if agran in ("quarter", "half") and unit in ("year",) and sign < 0:
                if not self._period_since(anchor, m.start()):
                    shifted = shift_value(anchor.value, years=-n)
            elif agran in ("day", "time"):
                first = dt.date.fromisoformat(interval(anchor.value)[0])
                if self.text[anchor.end:m.start()].strip() == ",":
                    # "until the afternoon of Nov. 6, three days later": in apposition to the day just
                    # told, the count restates that day (counted from an earlier one), not a day after it
                    return Found(m.start(), m.end(), "DATE", value_at(first, "day"), mod, derived=True)
                # from a day, "a week later" is a day too; "two years earlier" stays a year
                shifted = value_at(shift_day(first, gran, sign * n), "day" if gran in ("day", "week") else gran)
            elif agran in ("year", "month") and gran in ("year", "month") and not (agran == "year" and gran == "month"):
                # "in 1984 the Macintosh was released. One year later he was fired": counted from the
                # year (or month) the text has reached, not from the publication date
                shifted = shift_value(anchor.value, unit=gran, n=sign * n)
            elif agran in ("year", "month") and gran in ("day", "week") and sign > 0 and \
                    (told := self._day_before_flashback(anchor, m.start())) is not None:
                # "was attacked on Aug. 19, 2024 ... a gate he had been told to repair in May 2024 ...
                # died two days later": the month looks back from the day told; the count goes on
                # from that day (round 57b)
                shifted = value_at(shift_day(told, gran, n), "day")
            elif agran in ("year", "month") and gran in ("day", "week"):
                # "was seized in October 2024 ... released three days later": counted from the month
                # the text has reached, which is all it knows (not three days after the story's day)
                shifted = coarse_shift(anchor.value, agran, gran, sign * n)
                if shifted is None:
                    return None
            if shifted:
                return Found(m.start(), m.end(), "DATE", shifted, mod, derived=True)
            if direction == "later":
                # "tagged in the autumn of 2023 ... surfaced 14 months later": counted from a point the
                # text told (a season, a quarter, a year for months) that no rule above counts on from;
                # never from the report's day, which nothing "later" in a report can follow (round 59a)
                return None
        if unit == "year" and sign < 0:
            anchor = self._year_ago_quarter(m.start())
            if anchor is not None:
                return Found(m.start(), m.end(), "DATE", shift_value(anchor.value, years=-n), mod, derived=True)
        d = shift_day(self.ref, gran, sign * n)
        return Found(m.start(), m.end(), "DATE", value_at(d, gran), mod)

    def _day_before_flashback(self, coarse: Found, start: int) -> dt.date | None:
        """The day told just before `coarse` (a month or a year that ended before that day: a look
        back), in the paragraph of `start`, else None."""
        day = self.last_calendar(coarse.start, within=400, grans=("day", "time"), skip_derived=True)
        if day is None or self.text.rfind("\n\n", day.end, start) != -1:
            return None
        first = interval(day.value)[0][:10]
        if not first or interval(coarse.value)[1] >= first:
            return None
        return dt.date.fromisoformat(first)

    def _told_month(self, start: int) -> Found | None:
        """The month the text last told, further back than the nearest-date window ("had fired Raman in
        August 2021 ... noting that she had received a bonus three months earlier", some 500 characters
        on): the nearest date within `FAR_EARLIER_WINDOW` (not one counted from another), when it is a
        month ended before the report's month (not a year, nor a day). "Three months earlier" of a news story counts back from the
        past it tells, not from the story's day, which it would have called "three months ago"."""
        anchor = self.last_calendar(start, within=FAR_EARLIER_WINDOW, skip_derived=True)
        if anchor is None or interval(anchor.value)[2] != "month" or \
                interval(anchor.value)[1] >= self.ref.replace(day=1).isoformat():
            return None
        return anchor

    def _prospect_anchor(self, anchor: Found, m: re.Match[str]) -> bool:
        """Whether `anchor`, a day from the report's on, is dated in a clause that looks ahead ("was
        expected to be released on Friday") while the clause at `m` is past: a plan's day is not the
        moment the story has reached."""
        first = interval(anchor.value)[0]
        if not first or first[:10] < self.ref.isoformat():
            return False
        return self.tense.at(anchor.start, anchor.end) == "future" and self.tense.at(m.start(), m.end()) == "past"

    def _dateline_day(self, anchor: Found) -> bool:
        """Whether `anchor` is the dateline's date of the report ("TULSA, April 28, 2026 - ..."): a full
        date with its year near the top of the text, on the reference day."""
        return anchor.start < 200 and anchor.value == self.ref.isoformat() and bool(
            re.search(r"\d{4}", self.text[anchor.start:anchor.end]))

    def _from_clock(self, anchor: Found, unit: str, amount: float) -> str | None:
        """Hours or minutes "later"/"earlier" counted from the time the text has just told: from its
        clock time ("docked at 6:14 a.m. ... the hatches opened about two hours later" is about 08:14),
        or its day when it gave no clock ("on Saturday ... three hours later" is that Saturday), not
        from the publication day's noon. None for a coarser anchor or seconds."""
        if unit == "second":
            return None
        first, _, gran = interval(anchor.value)
        if gran not in ("day", "time") or not first:
            return None
        clock = _CLOCK_VALUE.search(anchor.value)
        if clock is None:
            return first
        at = dt.datetime.combine(dt.date.fromisoformat(first), dt.time(int(clock["h"]), int(clock["m"] or 0)))
        at += dt.timedelta(hours=amount) if unit == "hour" else dt.timedelta(minutes=amount)
        return at.strftime("%Y-%m-%dT%H:%M" if clock["m"] or unit == "minute" else "%Y-%m-%dT%H")

    def _period_since(self, anchor: Found, start: int) -> bool:
        """A longer reporting period ("the nine months", "the year") named between anchor and start."""
        return any(item.type == "DURATION" and re.fullmatch(r"P(?:[6-9]M|1Y)", item.value)
                   for item in self.found if anchor.end <= item.start and item.end <= start)

    def _year_ago_quarter(self, start: int) -> Found | None:
        """The quarter a report's "a year ago" / "a year earlier" compares with: the quarter last
        discussed within a few paragraphs, not a future one ("expects a fourth-quarter charge"), unless a
        longer reporting period ("the nine months", "the year") was named after it: then the comparison
        is with that period, whose calendar value is the year."""
        for item in reversed(self.found):
            if item.end > start:
                continue
            if start - item.end > YEAR_AGO_WINDOW:
                return None
            if item.type == "DURATION" and re.fullmatch(r"P(?:[6-9]M|1Y)", item.value):
                return None
            if item.derived or item.type != "DATE" or not item.calendar:
                continue
            _, last, gran = interval(item.value)
            if gran == "quarter" and last <= self.ref.isoformat():
                return item
        return None



def coarse_shift(value: str, agran: str, gran: str, n: int) -> str | None:
    """A month or year `value` moved by `n` days or weeks: the same month or year while the step is
    at most a quarter of it (three days after some day of October is most likely still October), else
    None (the text does not say which month or year the step lands in)."""
    first, last, _ = interval(value)
    if first is None or last is None:
        return None
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    days = abs(n) * (7 if gran == "week" else 1)
    return value if days * 4 <= span else None
