"""Normalization of calendar expressions: clock times, full and partial dates, months, years, decades,
centuries, weeks of a month, seasons, weekdays and holidays. Handlers of the tagger's patterns (bound
in tagger.HANDLERS), mixed into its normalizer; they read the language's words through `self.words`."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .context import Context, Found
from .hemisphere import season_span, southern
from .timex import interval, month_value, week_value

# A clock time before this hour, told after a night, is in that night's small hours (up to dawn: "was
# spotted at about 6 a.m." after the whales "beached overnight" is the next morning's).
_EARLY_HOURS_END = 7
# A morning clock time told after a whole night ("had queued overnight ... was lifted at 8 a.m.") is the
# morning that night ends in, up to this hour (round 27).
_MORNING_END = 12
# Clock times from this hour on are a night's evening ("at 11 p.m. Monday").
_NIGHT_FROM = 21
# Clock times from this hour on are an evening's: told in the past on the report's day after the story
# told of the evening or night before, they are that evening's (round 62d).
_EVENING_FROM = 18
# Parts of a day after which a clock time in the small hours is the next day's (round 62d: "trailed
# after the session on Sunday afternoon ... said after midnight" is Monday's 00:00).
_LATE_PARTS = ("TAF", "TEV")


def _is_night(value: str) -> bool:
    """A night ("2025-08-21TNI") or a late-evening clock time ("2025-08-21T23:30")."""
    _, _, time = value.partition("T")
    return time == "NI" or time[:2].isdigit() and int(time[:2]) >= _NIGHT_FROM


# "after midnight on Sunday": the start of Sunday
_AFTER_BEFORE = re.compile(r"\b(?:after|since)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s")
# Expressions counted from another day ("the night before", "the previous evening") and a part of a day
# in a value ("2025-08-01TNI").
_COUNTED_KINDS = ("day_before", "anaphoric", "ago")
# How many words a clock time's sentence must share with the lead's to be told as the lead's scene.
_SCENE_WORDS = 2
_PART_OF_DAY = re.compile(r"T[A-Z]{2}$")
# How close (minutes) a clock time is to one told earlier for both to be one scene's (_clock_scene).
_SCENE_MINUTES = 60
# How far back (characters) a clock time in the small hours looks for the night it may belong to.
_NIGHT_WINDOW = 1500


class CalendarHandlers(Context):
    _south: bool | None = None  # is the story datelined south of the equator (read once, southern_story)
    _water_spring: bool | None = None  # does the text name a spring of water (read once, spring_water_story)

    def southern_story(self) -> bool:
        if self._south is None:
            self._south = southern(self.text, self.words)
        return self._south

    def spring_water_story(self) -> bool:
        if self._water_spring is None:
            self._water_spring = bool(self.words.water_spring.search(self.text))
        return self._water_spring

    def _night_of(self, day: dt.date, before: int) -> bool:
        """Was a night that began on `day` told of shortly before `before`?"""
        for item in reversed(self.found):
            if item.end > before:
                continue
            if before - item.end > _NIGHT_WINDOW:
                return False
            if item.type == "TIME" and _is_night(item.value) and item.value.startswith(day.isoformat()):
                return True
        return False

    def _narrated_day(self, before: int) -> Found | None:
        """The day (or clock time) the narration is on at `before`: the last one within 600 characters,
        passing over the day a report was made ("late on Friday, police said on Saturday. The train hit
        ... at 9:40 p.m." is Friday's 9:40 p.m.); with no other day, the report's is the best there is."""
        limit, report_day = before, None
        while True:
            anchor = self.last_calendar(limit, within=600 - (before - limit), grans=("day", "time"))
            if anchor is None:
                return report_day
            if anchor.kind in _COUNTED_KINDS and _PART_OF_DAY.search(anchor.value) and self.words.counted_back.search(
                    self.text, anchor.start, anchor.end) and _SENTENCE_END.search(self.text, anchor.end, before):
                # "a jaguar that had slipped out the night before. It was darted at 7:45 a.m.": a night
                # counted back from the story's day is a backgrounder's, not the day the story is on
                limit = anchor.start
                continue
            if self._in_aside(anchor, before):
                limit = anchor.start
                continue
            if self.begins_after(anchor.value) and self.tense.at(before, before + 1) == "past":
                # "inspectors are due to visit on Friday. ... Residents said the alarm sounded at 9 p.m.": a
                # day still ahead is a plan told, not the scene a past clock time is on (round 70g)
                limit = anchor.start
                continue
            if self.words.yardstick_before.search(self.text, max(0, anchor.start - 80), anchor.start) and \
                    _SENTENCE_END.search(self.text, anchor.end, before):
                # "Turnout was 58 percent, up from 52 percent in the first round a week earlier. ... she
                # told a crowd shortly after 10 p.m.": a figure's yardstick day is not the narration's
                limit = anchor.start
                continue
            if self.words.since_before.search(self.text, max(0, anchor.start - 8), anchor.start):
                # "Okafor, who had led since Friday, ... the wind had changed shortly after 3 p.m.": the
                # day a state runs from is not the day the narration is on: the story's is
                return None
            if not self.words.report_day_before.search(self.text, max(0, anchor.start - 40), anchor.start) or (
                    not _SENTENCE_END.search(self.text, anchor.end, before)):
                return anchor  # in the clock time's own sentence the report's day may be the event's too
            report_day = report_day or anchor
            limit = anchor.start

    def _clock_scene(self, anchor: Found | None, minutes: int, before: int) -> Found | None:
        """The day of a clock time told earlier within an hour of this one (`minutes` after midnight),
        when that day is later than `anchor`, a day told in between: "at 6:52 a.m. a signal came back
        [on Tuesday] ... entered lunar orbit last Wednesday. It began its final descent at about 6:40
        a.m." is Tuesday's 6:40, the scene's minutes, not the backgrounder's day."""
        if anchor is None:
            return None
        first = interval(anchor.value)[0]
        for item in self.found:
            if item.end > anchor.start:
                break
            clock = re.search(r"T(\d\d):(\d\d)$", item.value) if item.type == "TIME" else None
            if clock and item.value[:10] > (first or "") and \
                    abs(int(clock[1]) * 60 + int(clock[2]) - minutes) <= _SCENE_MINUTES:
                return item
        return anchor

    def _night_morning(self, anchor: Found | None, minutes: int, before: int) -> Found | None:
        """The story's lead, a clock time in the small hours, instead of `anchor` for a later clock time
        of that morning told in the past tense, when `anchor` is only the day a report was made or a day
        still ahead ("The first drops landed at about 2 a.m. on Thursday ... The gallery said on Saturday
        it had closed five rooms and will reopen on Tuesday ... Staff took 120 works off the walls before
        7 a.m." is Thursday's 7 a.m., the morning of the night told, not Saturday's; round 60a)."""
        if anchor is None or anchor.type == "TIME" or self.tense.doc is None:
            return anchor
        day = interval(anchor.value)[0][:10]
        if day <= self.ref.isoformat() and not self.words.report_day_before.search(
                self.text, max(0, anchor.start - 40), anchor.start):
            return anchor
        lead = self._lead_day(before)
        clock = re.search(r"T(\d\d):(\d\d)$", lead.value) if lead is not None and lead.type == "TIME" else None
        if clock is None or lead.value[:10] >= day or not int(clock[1]) < _EARLY_HOURS_END:
            return anchor
        if not int(clock[1]) * 60 + int(clock[2]) < minutes < _MORNING_END * 60:
            return anchor
        return lead if self.tense.at(before, before + 1) == "past" else anchor

    def _in_aside(self, anchor: Found, before: int) -> bool:
        """Whether `anchor` is in a relative clause set off by commas and closed before `before`, in
        the same sentence ("The capsule, which lifted off on Thursday, docked at 6:14 a.m."): the
        clause's happening, not the day of the clock time after it."""
        return bool(self.words.aside_before.search(self.text, max(0, anchor.start - 150), anchor.start)) and \
            "," in self.text[anchor.end:before] and not _SENTENCE_END.search(self.text, anchor.end, before)

    def _lead_day(self, before: int) -> Found | None:
        """With no day near a bare clock time, the story's: its first day that is neither the dateline
        nor a report's day ("the strike, carried out late on Monday ... Residents said the strike hit a
        car at about 11 p.m." is Monday's 11 p.m., not the publication day's)."""
        for item in self.found:
            if item.end > before:
                return None
            if not item.calendar or item.type not in ("DATE", "TIME") or item.derived or item.kind in _COUNTED_KINDS:
                continue  # a day named, not one counted ("the buried rifle found 11 days ago")
            if interval(item.value)[2] not in ("day", "time"):
                continue
            if item.value == self.ref.isoformat() and re.search(r"\d{4}", self.text[item.start:item.end]):
                continue  # the dateline
            if self.words.report_day_before.search(self.text, max(0, item.start - 40), item.start):
                continue
            return item
        return None

    def _scene_day(self, anchor: Found, before: int, hour: int | None = None) -> Found:
        """The lead's day instead of `anchor` when `anchor` is an earlier day told in an earlier paragraph
        (a backgrounder: "snow fell over the weekend ... the danger level was raised on Sunday") and the
        clock time's sentence shares more words with the lead's sentence than with the anchor's ("An
        avalanche swept across a ski run at the resort on Monday ... the resort said the run had been
        opened at 8:30 a.m." is Monday's 8:30)."""
        if self.tense.doc is None or "\n" not in self.text[anchor.end:before]:
            return anchor
        lead = self._lead_day(anchor.start)
        if lead is None or interval(lead.value)[0] <= interval(anchor.value)[0]:
            return anchor
        if self.tense.sentence(lead.start, lead.end) == self.tense.sentence(anchor.start, anchor.end):
            # the lead's day and an earlier one in the same sentence ("began a strike on Tuesday, after talks
            # broke down late on Monday. ... The strike started at 7 a.m."): the words cannot choose, the
            # parse can: a day in a clause under the lead's verb is a backgrounder's (round 66f); but an
            # evening hour of a day told as its evening or night ("after a tanker broke through the ice late
            # on Tuesday. ... The driver climbed out shortly after 11 p.m.") is that day's scene
            if hour is not None and hour >= _EVENING_FROM and (
                    anchor.value.endswith(("TEV", "TNI")) or self.told_late(anchor)):
                return anchor
            return lead if self.tense.governed_by_date(anchor.start, lead.start) else anchor
        own = self._content_words(*self.tense.sentence(before, before))
        shared_lead = len(own & self._content_words(*self.tense.sentence(lead.start, lead.end)))
        shared_anchor = len(own & self._content_words(*self.tense.sentence(anchor.start, anchor.end)))
        return lead if shared_lead >= _SCENE_WORDS and shared_lead > shared_anchor else anchor

    def _content_words(self, start: int, end: int) -> set[str]:
        """The lemmas of the nouns, names and verbs of the text between start and end (from the parse)."""
        return {t.lemma_.lower() for t in self.tense.doc if start <= t.idx < end and not t.is_stop and
                t.pos_ in ("NOUN", "PROPN", "VERB") and t.lemma_.lower() not in self.words.report_lemmas}

    def h_clock(self, m: re.Match[str]) -> Found | None:
        clock = m["clock"].lower().replace(" ", "")
        if clock in self.words.noon_clocks and self.words.high_before.search(self.text[max(0, m.start() - 6):m.start()]):
            return None  # "High Noon"
        if clock in self.words.noon_clocks:
            hh, mm = 12, 0
        elif clock in self.words.midnight_clocks:
            hh, mm = 0, 0
        else:
            nums = re.match(r"(\d{1,2})(?::(\d\d))?", clock)
            hh, mm = int(nums[1]), int(nums[2] or 0)
            if hh > 24:
                return None
            is_pm = "p" in clock or (m["pod"] and self.words.pm_parts.search(m["pod"]))
            if is_pm and hh < 12:
                hh += 12
            if ("a" in clock and "m" in clock) and hh == 12:
                hh = 0
            if "o'clock" not in clock and not re.search(r"[ap]", clock) and not m["pod"] and ":" not in clock:
                return None
            if clock.isdigit() and not self.words.clock_prep_before.search(self.text[max(0, m.start() - 8):m.start()]):
                return None  # "rose 4 in the morning session": a number
            if not m["pod"] and re.fullmatch(r"\d{1,2}:\d\d", clock) and self.words.race_time_before.search(
                    self.text, max(0, m.start() - 40), m.start()):
                return None  # "clocked 2:05", "won in 1:50": the time a race took
        before_midnight = clock in self.words.midnight_clocks and "before" in (m["mod"] or "").lower()
        if m["weekday"]:
            wd = self.words.weekdays[m["weekday"].lower().rstrip(".")]
            if m["wmonth"]:
                month = self.words.months[m["wmonth"].lower().rstrip(".")]
                day = int(re.match(r"\d+", m["wday"])[0])
                try:
                    d = dt.date(self.year_for(month, day, m.start(), m.end()), month, day)
                except ValueError:
                    return None
            else:
                d = self.weekday_date(wd, m.start(), m.end(), None)
        elif m["deictic"]:
            d = self.ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
        elif m["month"]:
            month = self.words.months[m["month"].lower().rstrip(".")]
            day = int(re.match(r"\d+", m["day"])[0])
            year = int(m["year"]) if m["year"] else self.year_for(month, day, m.start(), m.end())
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return None
        elif self.words.clock_some_weekday_after.match(self.text, m.end()):
            return None  # "at 4:50 p.m. on a Friday in December": a time of a day the text does not say
        elif (next_day := self._clock_next_day(m)) is not None:
            d, end = next_day
            return Found(m.start(), end, "TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}",
                         self.mod_of(m["mod"]) if m["mod"] else None)
        else:
            anchor = self._narrated_day(m.start())
            anchor = self._scene_day(anchor, m.start(), hh) if anchor is not None else self._lead_day(m.start())
            anchor = self._clock_scene(anchor, hh * 60 + mm, m.start())
            anchor = self._night_morning(anchor, hh * 60 + mm, m.start())
            d = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
            if anchor is not None and not before_midnight and (hh < _EARLY_HOURS_END and (
                    _is_night(anchor.value) or self._after_late_part(anchor, m.end()) or
                    self._night_of(d, anchor.start)) or
                    hh < _MORNING_END and anchor.value.endswith("TNI")):
                # "overnight ... shortly after midnight", "late on Monday night ... at 2 a.m.": the small
                # hours of a night belong to the day after the evening it began on; so too after a
                # sentence on that evening's day ("burned overnight ... hurt on Friday ... after midnight")
                d += dt.timedelta(days=1)
            elif self._midnight_crossed(anchor, clock, m, d):
                d += dt.timedelta(days=1)
            if d > self.ref and self.tense.at(m.start(), m.end()) == "past":
                # a clock time told in the past tense is no later than the report ("was pulled out
                # shortly before 5 a.m." in a story of that morning)
                d = self.ref
            elif self._evening_before(anchor, d, hh, m.start()):
                d -= dt.timedelta(days=1)
        mod = self.mod_of(m["mod"]) if m["mod"] else None
        if clock in self.words.midnight_clocks and m["weekday"] and self.words.midnight_run_on_before.search(
                self.text[max(0, m.start() - 30):m.start()] + (f"{m['mod']} " if m["mod"] else "")):
            # "kept the debate going until well after midnight on Wednesday": Wednesday's night, which
            # the happening ran into, not the midnight that opened Wednesday (round 60a)
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}TNI", mod)
        if before_midnight:
            # "shortly before midnight on Sept. 16": the end of that day, its night (a value of the next
            # day's 00:00 would put the event on the wrong day)
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}TNI", mod)
        if clock in self.words.midnight_clocks and (m["weekday"] or m["month"] or (m["deictic"] or "").lower() == "tonight") and not (
                "after" in (m["mod"] or "").lower() or _AFTER_BEFORE.search(self.text, max(0, m.start() - 8), m.start())):
            # "at midnight on Sunday", "midnight Friday": the midnight that ends the day named (TimeML's
            # "midnight Friday" is Friday T24), which is the next day's 00:00; "after midnight on Sunday"
            # is in Sunday's small hours
            d += dt.timedelta(days=1)
        return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}", mod)

    def _midnight_crossed(self, anchor: Found | None, clock: str, m: re.Match[str], day: dt.date) -> bool:
        """Whether a bare "after midnight" (no day of its own) is the small hours after `day`, the whole
        day (no part of it, no clock) an earlier sentence told of, not those that opened it: "Polls
        closed on Tuesday. ... results released shortly after midnight" is Wednesday's 00:00, the
        night the day's happening ran into; only when that next day is not after the report, and not in
        TimeML (round 64c)."""
        if self.timeml or anchor is None or clock not in self.words.midnight_clocks or "after" not in (m["mod"] or "").lower():
            return False
        first, _, gran = interval(anchor.value)
        if gran != "day" or first != day.isoformat() or day + dt.timedelta(days=1) > self.ref:
            return False
        return anchor.end <= self.tense.sentence(m.start(), m.end())[0]

    def _after_late_part(self, anchor: Found, end: int) -> bool:
        """Whether `anchor` is an afternoon or evening whose night a small-hours clock time ending at
        `end` is in (round 62d); not one followed by "the next day", which names its own day."""
        return anchor.value.endswith(_LATE_PARTS) and not self.words.clock_next_day_after.match(self.text, end)

    def _evening_before(self, anchor: Found | None, d: dt.date, hh: int, before: int) -> bool:
        """Whether an evening clock time (from 18:00) told in the past, that its anchor puts on the
        report's day, is the evening or night before it that the story told of within 1,500 characters,
        the anchor being only a day of an earlier sentence ("A storm swept the region on Saturday night
        [in a Sunday story] ... moved east early on Sunday. A man died when a tree fell on his car at
        about 10:30 p.m." is Saturday's 22:30: the report's day has no evening yet to tell in the past;
        round 62d). Not when the clock time's own sentence or the anchor is a time or a part of a day,
        unless the anchor is the report day's morning or small hours (round 70e): an evening told in the
        past after it goes back to the evening before, when the story told of that day at all ("landed
        late on Monday ... were released on Tuesday morning ... It touched down at 10:52 p.m." is
        Monday's 22:52); in the anchor's own sentence only in the past perfect ("was declared the
        winner at about 1:30 a.m., where the count had begun shortly after 10 p.m.")."""
        if anchor is None or d != self.ref or hh < _EVENING_FROM:
            return False
        morning = self._report_morning(anchor)
        if not morning and (anchor.type != "DATE" or "T" in anchor.value):
            return False
        if self.tense.at(before, before + 1) != "past":
            return False
        if self.tense.sentence(before, before)[0] <= anchor.start and not (morning and self._pluperfect(before)):
            return False
        night = (d - dt.timedelta(days=1)).isoformat()
        for item in reversed(self.found):
            if item.end > before:
                continue
            if before - item.end > _NIGHT_WINDOW:
                return False
            if item.value.startswith(night) and (morning or _is_night(item.value) or item.value.endswith("TEV")
                                                 or self._late_day(item)):
                return True
        return False

    def _late_day(self, item: Found) -> bool:
        """Whether `item` is a whole day told as "late on Tuesday" (its evening, round 71e): "went on
        strike late on Tuesday ... The walkout began shortly after 10 p.m." is Tuesday's 22:00."""
        return interval(item.value)[2] == "day" and self.told_late(item)

    def _report_morning(self, anchor: Found) -> bool:
        """Whether `anchor` is the report day's morning or a clock time before its noon ("on Tuesday
        morning", "at about 1:30 a.m." in a Tuesday story)."""
        day, _, time = anchor.value.partition("T")
        if day != self.ref.isoformat():
            return False
        return time == "MO" or time[:2].isdigit() and int(time[:2]) < _MORNING_END

    def _pluperfect(self, start: int) -> bool:
        """Whether the parse hangs `start` from a verb in the past perfect ("had begun")."""
        found = self.tense._token_and_verb(start) if self.tense.doc is not None else None
        return found is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.words.past_perfect_aux
                                          for c in found[1].children)

    def _clock_next_day(self, m: re.Match[str]) -> tuple[dt.date, int] | None:
        """The day and the end of "8 a.m. the next day" at `m` (a bare clock time), read as one time
        when expressions are not TimeML's (which tags the two apart): the day after the nearest date
        before it, when that date is a day ("held on Friday afternoon, and services will start at 8
        a.m. the next day" is Saturday 08:00; "from 9 a.m. on Jan. 6 until 10 a.m. the following day"
        ends on Jan. 7). Else None: no such words, or the nearest date is a month or coarser."""
        if self.timeml:
            return None
        after = self.words.clock_next_day_after.match(self.text, m.end())
        if after is None:
            return None
        anchor = self.last_calendar(m.start(), within=2000)
        if anchor is None or interval(anchor.value)[2] not in ("day", "time"):
            return None
        return dt.date.fromisoformat(interval(anchor.value)[0][:10]) + dt.timedelta(days=1), after.end()

    def _full_date(self, m, month: int, day: int, year_text: str | None):
        relyear = (m.groupdict().get("relyear") or "").lower()
        if relyear:  # "July 9 last year": one date, last year's July 9
            year = self.ref.year + {"last": -1, "this": 0, "next": 1}[relyear]
        elif year_text:
            year = int(year_text)
        else:
            year = self.year_for(month, day, m.start(), m.end())
            if m["weekday"]:  # the weekday fixes the year when the text does not give one
                wd = self.words.weekdays[m["weekday"].lower().rstrip(".")]
                for y in (year, year - 1, year + 1):
                    try:
                        if dt.date(y, month, day).weekday() == wd:
                            year = y
                            break
                    except ValueError:
                        pass
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return d

    def h_mdy(self, m: re.Match[str]) -> Found | None:
        month = self.words.months[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        d = self._full_date(m, month, day, m["year"])
        if d is None:
            return None
        mod = self.mod_of(m["edge"])
        found = self.day_found(m, d, mod=mod, pod=m["pod"] or m.groupdict().get("wpod"))
        found.year = d.year if m["year"] and self.anchors_narrative(m.start()) else None
        if m["day2"]:
            day2 = int(re.match(r"\d+", m["day2"])[0])
            try:
                d2 = dt.date(d.year, month, day2)
            except ValueError:
                return None
            if d2 > d:
                found.value = f"{d.isoformat()}/{d2.isoformat()}"
                found.range_second = (m.start("day2"), m.end("day2"), d2)  # type: ignore[attr-defined]
        return found

    def h_dmy(self, m: re.Match[str]) -> Found | None:
        month = self.words.months[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        d = self._full_date(m, month, day, m["year"])
        if d is None:
            return None
        found = self.day_found(m, d, pod=m.groupdict().get("wpod"))
        found.year = d.year if m["year"] and self.anchors_narrative(m.start()) else None
        return found

    def h_day_range_first(self, m: re.Match[str]) -> Found | None:
        """'6' in '6-7 February': that day of the month the range's second day names."""
        month = self.words.months[m["month"].lower().rstrip(".")]
        day, day2 = int(re.match(r"\d+", m["day"])[0]), int(re.match(r"\d+", m["day2"])[0])
        if not day < day2:
            return None
        year = int(m["year"]) if m["year"] else self.year_for(month, day, m.start(), m.end())
        return self.day_found(m, dt.date(year, month, day))

    def h_month_year(self, m: re.Match[str]) -> Found | None:
        month = self.words.months[m["month"].lower().rstrip(".")]
        ytext = m["year"].lower()
        if "last" in ytext:
            year = self.ref.year - 1
        elif "next" in ytext:
            year = self.ref.year + 1
        elif "this" in ytext:
            year = self.ref.year
        else:
            year = self.parse_year(ytext)
            if year is None:
                return None
            anchoring = self.words.narrative_prep.search(self.text, max(0, m.start() - 30), m.start())
            return Found(m.start(), m.end(), "DATE", month_value(year, month), self.mod_of(m["edge"]), year=year if anchoring else None)
        return Found(m.start(), m.end(), "DATE", month_value(year, month), self.mod_of(m["edge"]))

    def h_month(self, m: re.Match[str]) -> Found | None:
        word = m["month"]
        low = word.lower().rstrip(".")
        if low == "may" and not (m["rel"] or m["edge"]):
            before = self.text[max(0, m.start() - 24):m.start()].lower()
            if not self.words.may_prep_before.search(before):
                return None
        if low in ("march", "jan", "mar", "sept", "sep") and word[0].islower():
            return None
        if not (m["rel"] or m["edge"]) and self.words.name_after.match(self.text, m.end()):
            return None  # "the annual March for Life", "the March of the Combatant Mothers"
        month = self.words.months[low]
        rel = (m["rel"] or "").lower()
        if rel in ("last", "past", "previous"):
            year = self.ref.year if month < self.ref.month else self.ref.year - 1
        elif rel in ("next", "coming"):
            year = self.ref.year if month > self.ref.month else self.ref.year + 1
        elif rel == "this":
            year = self.ref.year
        else:
            year = self.year_for(month, None, m.start(), m.end())
        return Found(m.start(), m.end(), "DATE", month_value(year, month), self.mod_of(m["edge"]))

    def h_iso(self, m: re.Match[str]) -> Found | None:
        try:
            d = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None
        if m["hh"]:
            return Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}")
        return self.day_found(m, d)

    def h_numeric(self, m: re.Match[str]) -> Found | None:
        year = int(m["year"])
        if year < 100:
            year += 1900 if year > (self.ref.year % 100) + 5 else 2000
        try:
            d = dt.date(year, int(m["month"]), int(m["day"]))
        except ValueError:
            return None
        return self.day_found(m, d)

    def h_year(self, m: re.Match[str]) -> Found | None:
        year = self.parse_year(m["year"])
        if year is None:
            return None
        raw = m["year"]
        # "nineteen ninety-six": a century word then a compound tens-unit number is read as nothing but a year
        compound = self.words.spelled_year_compound.fullmatch(raw.lower())
        if not raw.isdigit() and not compound and not (m["edge"] or m["fiscal"] or m["theyear"]) and not self.words.spelled_year_prep_before.search(self.text[max(0, m.start() - 10):m.start()]):
            return None  # "twenty six of them": a spelled-out number, not a year
        if raw.isdigit():
            # a bare number is a year only in a plausible range and not inside a figure
            if not 1000 <= year <= self.ref.year + 50:
                return None
            if self.words.numbered_before.search(self.text[max(0, m.start() - 30):m.start()]):
                return None  # "budget number 1000", "Resolution No. 1500": a numbered thing, not a year
            before = self.text[max(0, m.start() - 2):m.start()]
            if self.words.figure_before.search(before) or re.match(r"\s*(?:-|\u2013)\s*\d", self.text[m.end():m.end() + 3]) and not (m["edge"] or m["fiscal"]):
                if not re.match(r"\s*(?:-|\u2013)\s*(?:19|20)\d\d", self.text[m.end():m.end() + 8]):
                    return None
        if raw.isdigit() and not (m["edge"] or m["fiscal"] or m["theyear"] or m["pre"]):
            name = re.search(r"(?:^|[^.!?\n\"`'(]\s)([A-Z][A-Za-z]+)\s+$", self.text[max(0, m.start() - 25):m.start()])
            if name and name[1].lower() not in self.words.not_a_name:
                return None  # "Orion 1980", "Windows 95": part of a name
        start = m.start()
        end = m.end() - (2 if m["poss"] else 0)
        if m["pre"]:
            start = m.start("year")
        mod = self.mod_of(m["edge"])
        value = str(year)
        half = self.words.half_edge.match(m["edge"] or "")
        if half:
            value, mod = f"{year}-H{1 if half[1].lower() == 'first' else 2}", None
        anchoring = self.words.narrative_prep.search(self.text, max(0, start - 30), start) and not m["fiscal"]
        return Found(start, end, "DATE", value, mod, year=year if anchoring else None)

    def h_decade(self, m: re.Match[str]) -> Found | None:
        raw = m["decade"]
        dec = raw.lstrip("'")
        if len(dec) == 2:
            if not raw.startswith("'") and not self.words.the_before_decade.search(self.text[max(0, m.start("decade") - 12):m.start("decade")]):
                return None  # "in his 30s": an age
            dec = ("20" if 2000 + int(dec) <= self.ref.year + 10 else "19") + dec
        if len(dec) != 4:
            return None
        return Found(m.start(), m.end(), "DATE", dec[:3], self.mod_of(m["edge"]))

    def h_decade_word(self, m: re.Match[str]) -> Found | None:
        century = self.ref.year // 100 - (1 if self.ref.year % 100 < 30 else 0)
        return Found(m.start(), m.end(), "DATE", f"{century}{self.words.dec_words[m['dword'].lower()]}", self.mod_of(m["edge"]))

    def h_century(self, m: re.Match[str]) -> Found | None:
        c = m["cent"].lower()
        if c in ("this", "last", "next", "past"):
            n = self.ref.year // 100 + {"this": 0, "last": -1, "past": -1, "next": 1}[c]
            return Found(m.start(), m.end(), "DATE", f"{n:02d}", self.mod_of(m["edge"]))
        num = re.match(r"\d+", c)
        n = int(num[0]) if num else self.words.ordinals.get(c)
        if not n or n < 1:
            return None
        return Found(m.start(), m.end(), "DATE", f"{n - 1:02d}", self.mod_of(m["edge"]))

    def h_week_of_month(self, m: re.Match[str]) -> Found | None:
        month = self.words.months[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else self.year_for(month, None, m.start(), m.end())
        ordinal = m["ord"].lower()
        if m["unit"].lower() != "week":
            # "the last weekend of September": the weekend of the month's last (or n-th) Saturday
            n = -1 if ordinal in ("last", "final") else self.words.ord_num[ordinal]
            saturday = nth_weekday(year, month, 5, n)
            return Found(m.start(), m.end(), "DATE", week_value(saturday) + "-WE")
        if ordinal in ("last", "final"):
            day = dt.date(year, month, calendar.monthrange(year, month)[1])
        else:
            day = dt.date(year, month, 1) + dt.timedelta(weeks=self.words.ord_num[ordinal] - 1)
        return Found(m.start(), m.end(), "DATE", week_value(day))

    def h_week_of_date(self, m: re.Match[str]) -> Found | None:
        month = self.words.months[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        year = int(m["year"]) if m["year"] else self.year_for(month, day, m.start(), m.end())
        return Found(m.start(), m.end(), "DATE", week_value(dt.date(year, month, day)))

    def h_season(self, m: re.Match[str]) -> Found | None:
        code = self.words.seasons[m["season"].lower()]
        rel = " ".join((m["rel"] or "").lower().split())
        if rel == "this past":
            rel = "last"
        if self.words.season_break_after.match(self.text, m.end()) and self.words.season_break_before.search(
                self.text, max(0, m.start() - 20), m.start("season")):
            return None  # "after the summer break": the event is after the season's break, not in it
        if code == "SP" and not (rel or m["edge"] or m["year"] or m.groupdict().get("relyear")) and (
                self.words.water_spring_owned_after.match(self.text, m.end())
                or self.spring_water_story() and not self.words.water_spring_time_before.search(
                    self.text, max(0, m.start() - 12), m.start())):
            # "traced the spring's catchment", "6 km from the spring" in a text of an underground
            # spring: the water source, no season ("in the spring" there is still one)
            return None
        ref = self.ref
        # a timeline of a story datelined south of the equator picks the year by the southern season's
        # days (hemisphere.py): in February the winter ahead, not the northern one ending
        south = not self.timeml and self.southern_story()

        def span(year: int) -> tuple[str, str]:
            return season_span(year, code, south)

        current_year = ref.year - 1 if (code == ("SU" if south else "WI") and ref.month <= 2) else ref.year
        if m["year"]:
            year = self.parse_year(m["year"])
            if year is None:
                return None
        elif m.groupdict().get("relyear"):  # "the spring of next year": that year's, whatever the tense
            year = ref.year + {"last": -1, "this": 0, "next": 1}[m["relyear"].lower()]
        elif code == "FA" and m["season"].lower() == "fall" and self.words.fall_noun_after.match(self.text, m.end()):
            return None  # "the fall of communism", "since the fall of Assad": a collapse, not autumn
        elif rel in ("last", "past", "previous"):
            first, _ = span(current_year)
            year = current_year if dt.date.fromisoformat(first) < ref - dt.timedelta(days=90) else current_year - 1
        elif rel in ("next", "coming"):
            first, _ = span(current_year)
            year = current_year if dt.date.fromisoformat(first) > ref else current_year + 1
        elif rel in self.words.following_rels:
            # "collected seeds over the summer of 2019 and sowed them the following winter": the first such
            # season after the date the text was telling (after a year, the next year's; round 65e)
            anchor = self.last_calendar(m.start(), within=2000, grans=("day", "time", "week", "month", "season", "year"))
            if anchor is None:
                return None
            first, _, gran = interval(anchor.value)
            if gran == "year":
                year = int(first[:4]) + 1
            else:
                year = next(y for y in range(int(first[:4]) - 1, int(first[:4]) + 2) if span(y)[0] > first)
        elif rel == "that":  # "In 1832 ... that summer": the season of the year the text was telling
            # (also after a season of a year: "in the spring of 2022 ... that summer", round 70d)
            anchor = self.last_calendar(m.start(), within=2000, grans=("day", "time", "week", "month", "season", "year"))
            if anchor is None:
                return None
            year = int(interval(anchor.value)[0][:4])
        else:
            if not (rel or m["edge"]) and self.words.name_after.match(self.text, m.end()):
                return None  # "Spring of Life demonstrations"
            if not (rel or m["edge"] or m["the"]) and m["season"].istitle() and self.words.surname_after.match(
                    self.text, m.end()) and not self.words.name_word_before.search(self.text, max(0, m.start() - 30), m.start()):
                return None  # "Canada's Summer Chen took silver": a first name
            if not (rel or m["edge"] or m["the"] or self.narrative and m["season"] != "fall") and m["season"].islower() and not self.words.season_prep_before.search(
                    self.text[max(0, m.start() - 10):m.start()]):
                return None  # "winter storms" in a report; in a story, "their summer offensive" is that year's
            if m["the"] and not (rel or m["edge"] or self.timeml) and m["season"].islower() and \
                    self.words.season_noun_after.match(self.text, m.end()) and \
                    self.words.noun_of_before.search(self.text, max(0, m.start() - 30), m.start()):
                return None  # "the first patient of the winter season": a body's season, no calendar one
            if m["the"] and not (rel or m["edge"] or self.narrative) and m["season"].islower() and \
                    not self.words.season_prep_before.search(self.text[max(0, m.start() - 10):m.start()]) and \
                    self.tense.noun_modifier(m.start("season")):
                # "The winter coat she had ordered was stolen", "bought the summer tyres": a season that
                # names a kind of thing, with no preposition of time before it, dates nothing ("over the
                # summer holidays" still does)
                return None
            if not (rel or m["the"] or self.narrative) and m["season"].islower() and (
                    self.tense.habitual(m.start("season")) or self.tense.present_habit(m.start("season"))):
                # "the pass is usually closed in winter", "said the terrace was its main source of
                # income in summer", "usually peak in early autumn", "the cabs get to 45 degrees in
                # summer": every such season (or its part), no year's (context.Tense.habitual,
                # present_habit)
                return Found(m.start(), m.end(), "SET", f"XXXX-{code}", self.mod_of(m["edge"]))
            ahead = self.words.range_year_ahead.match(self.text, m.end())
            if ahead:  # "the spring and early summer of 1943": the year the pair is of
                year = int(ahead["year"])
            else:
                narrative = self.narrative_year(m.start(), m.end())
                if narrative is None and not self.timeml and not rel:  # ("this summer" is the story's)
                    narrative = self._governing_year(m)
                year = narrative if narrative is not None else current_year
                if narrative is None and self.words.since_before.search(self.text, max(0, m.start() - 8), m.start()):
                    # "prices have fallen since the autumn", in March: "since" looks back to the last one begun
                    if span(year)[0] > ref.isoformat():
                        year -= 1
                elif narrative is None and span(year)[1] < ref.isoformat() and (
                        (self.tense.at(m.start(), m.end()) == "future" or self.tense.could_ahead(m.start()))
                        and self.words.period_prep_before.search(
                            self.text, max(0, m.start() - 20), m.start())):
                    year += 1  # "will hire 200 workers in the spring", in November: next spring
                elif narrative is None and span(year)[0] > ref.isoformat() and (
                        self.tense.at(m.start(), m.end()) == "past" and self.words.period_prep_before.search(
                            self.text, max(0, m.start() - 20), m.start())):
                    # "contacted the firm in the autumn", in January: the autumn gone; but "signalled it may
                    # hold rates for the rest of the summer", in May, is this summer (no "in" before it)
                    year -= 1
        return Found(m.start(), m.end(), "DATE", f"{year}-{code}", self.mod_of(m["edge"]))

    def _governing_year(self, m: re.Match[str]) -> int | None:
        """The past year named earlier in the sentence of a season at `m` whose clause governs the
        season's past clause ("was planted in 2019 by divers who collected the seeds over the summer":
        the summer of 2019, though commas part them); not a year of an aside ("the pier, built in 1990,
        was repaired over the summer"), whose participle governs nothing after it (round 65e)."""
        if self.tense.doc is None:
            return None
        previous = self.last_calendar(m.start(), within=400)
        if previous is None or not re.fullmatch(r"\d{4}", previous.value) or int(previous.value) >= self.ref.year:
            return None
        if previous.start < self.tense.sentence(m.start(), m.end())[0] or self.tense.at(m.start(), m.end()) != "past":
            return None
        if not self.tense.governed_by_date(m.start(), previous.start):
            return None
        return int(previous.value)

    def h_weekday(self, m: re.Match[str]) -> Found | None:
        word = m["weekday"].lower().rstrip(".")
        if "." not in m["weekday"] and len(word) <= 4:
            return None
        if m["weekday"][0].islower():
            return None
        wd = self.words.weekdays[word]
        rel = " ".join((m["rel"] or "").lower().split())
        if not rel and self.words.some_weekday_before.search(self.text, max(0, m.start() - 8), m.start()) and \
                self.words.some_weekday_after.match(self.text, m.end()):
            return None  # "on a Friday in December": some Friday of that month, which "December" dates
        mod = None
        rel_word = rel
        if rel in ("early", "late", "earlier", "later"):
            mod = {"early": "START", "late": "END"}.get(rel)
            rel_word = None
        range_start = self.range_start(m.start())
        paired = None if range_start is not None or rel else self.paired_weekday(m.start())
        if range_start is not None and not rel:  # "from Thursday to Saturday": the end follows the start
            d = range_start + dt.timedelta(days=(wd - range_start.weekday()) % 7)
        elif paired is not None:  # "rain is forecast for Thursday and Friday": the second goes the first's way
            delta = (wd - self.ref.weekday()) % 7
            d = self.ref if delta == 0 else self.ref + dt.timedelta(days=delta if paired > self.ref else delta - 7)
        elif m.groupdict().get("wrel") and not rel:
            # "meets on Thursday next week": that weekday of the week after (before) the reference's
            # own week, not the nearest Thursday (round 65e)
            week = 7 if m["wrel"].lower() == "next" else -7
            d = self.ref + dt.timedelta(days=wd - self.ref.weekday() + week)
        elif "day" in rel:  # "the day before last Tuesday"
            base = self.weekday_date(wd, m.start(), m.end(), "last" if "last" in rel else None)
            d = base + dt.timedelta(days=-1 if "before" in rel else 1)
        else:
            d = self.weekday_date(wd, m.start(), m.end(), rel_word)
        end = m.end()
        if m["poss"] and not m["pod"]:
            end -= 2
        found = self.day_found(m, d, mod=mod, pod=m["pod"])
        found.end = end
        return found

    def h_pod_weekday(self, m: re.Match[str]) -> Found | None:
        wd = self.words.weekdays[m["weekday"].lower().rstrip(".")]
        d = self.weekday_date(wd, m.start(), m.end(), None)
        return self.day_found(m, d, pod=m["pod"], mod=self.mod_of(m["rel"]))

    def h_pod_of_date(self, m: re.Match[str]) -> Found | None:
        """'the night of May 13' in a news text: TimeML's extent is the date alone (found inside it);
        a narrative's normalizer keeps the part of the day (narrative.NarrativeAnchoring)."""
        return None

    def h_holiday(self, m: re.Match[str]) -> Found | None:
        name = " ".join(m["name"].lower().split())
        rel = (m["rel"] or "").lower()

        def day_in(year: int) -> dt.date:
            return holiday_date(self.words.holidays[name.replace("\u2019", "'")], year)

        if not (rel or m["year"]) and self.tense.holiday_modifier(m.start("name"), m.end("name")):
            return None  # "the Christmas market", "the Easter egg hunt": a kind of thing, no day
        if m["year"]:
            d = day_in(int(m["year"]))
        else:
            this = day_in(self.ref.year)
            if rel in ("last", "past"):
                d = this if this < self.ref else day_in(self.ref.year - 1)
            elif rel in ("next", "coming"):
                d = this if this > self.ref else day_in(self.ref.year + 1)
            elif rel == "this":
                d = this
            else:
                d = dt.date(self.year_for(this.month, this.day, m.start(), m.end()), 1, 1)
                d = day_in(d.year)
        end = m.end()
        found = Found(m.start(), end, "DATE", d.isoformat())
        found.year = int(m["year"]) if m["year"] else None
        return found


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n < 0: last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(rule: tuple, year: int) -> dt.date:
    """The day a holiday rule (lang/en/temporal.py HOLIDAYS) gives in `year`."""
    from dateutil.easter import easter

    if rule[0] == "fixed":
        return dt.date(year, rule[1], rule[2])
    if rule[0] == "nth":
        _, month, weekday, n, after = rule
        return nth_weekday(year, month, weekday, n) + dt.timedelta(days=after)
    return easter(year) + dt.timedelta(days=rule[1])
