"""Normalization of durations, vague references and sets: "three days", "a two-week trip", "for some
time", "recently", "every Thursday", "twice a year". Handlers of the tagger's patterns (bound in
tagger.HANDLERS), mixed into its normalizer."""
from __future__ import annotations

import re

from .context import Context, Found
from .numbers import duration
from .timex import duration_value


class DurationHandlers(Context):
    def h_duration(self, m: re.Match[str]) -> Found | None:
        if (m["long"] or "").lower() == "-old" or self.words.age_after.match(self.text, m.end()):
            return None  # ages are not time expressions in TimeML
        unit = self.unit_of(m["unit"])
        amount = self.parse_number(m["num"])
        numtext = " ".join(m["num"].lower().split())
        if m["andhalf"] and amount is not None:  # "a minute and a half"
            amount += 0.5
        if numtext in ("one", "some") and unit == "day" and not (m["the"] or m["mod"] or m["rel"]) and self.words.modal_before.search(self.text[max(0, m.start() - 12):m.start()]):
            return Found(m.start(), m.end(), "DATE", "FUTURE_REF", calendar=False)  # "Islam will one day be ..."
        if numtext in ("a", "an") and (m["unit"].lower().endswith("s") and unit != "century"):
            return None
        before = self.text[max(0, m.start() - 12):m.start()]
        if numtext in ("a", "an") and not m["rel"] and not m["mod"] and not m["the"]:
            if self.words.rate_before.search(before):
                return Found(m.start(), m.end(), "SET", duration_value(1, unit), calendar=False)
            previous = re.search(r"([A-Za-z']+)([^A-Za-z']*)$", before)
            if (previous and previous[1].lower() not in self.words.before_bare_duration and not m["long"]
                    and re.fullmatch(r"[a-z]+s|[A-Z]+s", previous[1]) and not previous[1].endswith("ss")
                    and not re.search(r"[.!?\n\"`:;(,]", previous[2])):
                # "700 seats a week", "interviews a day": a rate, which TimeML annotates as a SET
                return Found(m.start(), m.end(), "SET", duration_value(1, unit), calendar=False)
        if m["unit"].lower() == "quarters" and self.text[m.end("num"):m.start("unit")] == "-":
            return None  # "three-quarters": a fraction
        if m["unit"].lower().startswith("quarter") and self.fraction(m, numtext, before):
            return None  # "a quarter point", "three quarters of voters": a fraction, not three months
        if numtext in ("a", "an", "one") and m["unit"].lower() in ("second",) and not m["the"]:
            return None
        if m["num2"]:
            amount2 = self.parse_number(m["num2"])
            unit2 = self.unit_of(m["unit2"])
            if amount is not None and amount2 is not None and unit == "minute" and unit2 == "second":
                return Found(m.start(), m.end(), "DURATION", f"PT{int(amount)}M{int(amount2)}S", self.mod_of(m["mod"]), calendar=False)
        mod = self.mod_of(m["mod"])
        start = m.start()
        if m["unit"].lower().rstrip("s") == "second" and amount is None and not m["the"]:
            return None
        if amount is not None and amount >= 1000 and m["unit"].lower() in self.words.units:
            return None  # "1988 quarter", "five year": a singular unit after a number is not a duration
        if m["the"] and m["mod"]:  # "over the past two years": "over" is the preposition
            start, mod = m.start("the"), None
        if m["the"] and self.text[m.end("num"):m.start("unit")] == "-":
            start = m.start("num")  # "the two-week trip": the determiner is the noun's
        return Found(start, m.end(), "DURATION", duration(amount, unit), mod, calendar=False)

    def fraction(self, m: re.Match[str], numtext: str, before: str) -> bool:
        """"quarter(s)" as a fraction: before "of" ("a quarter of the staff", "three quarters of
        voters"; not "of a century"), and "a quarter" before a noun ("a quarter point") or where no
        preposition of time leads to it ("cut by a quarter"); "for a quarter" is three months."""
        after = self.text[m.end():m.end() + 20]
        single = numtext in ("a", "an", "one") and m["unit"].lower() == "quarter"
        if (single or numtext == "three") and self.words.fraction_of_after.match(after):
            return True  # not "several quarters of losses", "two quarters of growth": stretches of time
        if not single or m["the"] or m["rel"]:
            return False
        return bool(self.words.noun_after.match(after)) or not self.words.quarter_duration_before.search(before)

    def h_duration_adj(self, m: re.Match[str]) -> Found | None:
        if (m["long"] or "").lower() == "old":
            return None  # ages are not time expressions in TimeML
        num = m["num"].lower()
        amount = 0.5 if num == "half" else self.parse_number(num)
        if amount is None:
            return None
        return Found(m.start(), m.end(), "DURATION", duration(amount, self.unit_of(m["unit"])), calendar=False)

    def h_plural_unit(self, m: re.Match[str]) -> Found | None:
        unit = self.unit_of(m["unit"])
        rel = (m["rel"] or "").lower()
        if not rel and not m["long"]:
            before = self.text[max(0, m.start() - 12):m.start()].lower()
            if not self.words.plural_unit_prep_before.search(before):
                return None
            after = self.text[m.end():m.end() + 6].lower()
            if self.words.not_duration_after.match(after) or re.match(r"\s*'", after):
                return None
        if rel == "recent" and unit in ("year", "decade") and not m["the"]:
            return Found(m.start(), m.end(), "DATE", "PAST_REF", calendar=False)
        return Found(m.start(), m.end(), "DURATION", duration(None, unit), calendar=False)

    def h_vague_duration(self, m: re.Match[str]) -> Found | None:
        if not self.words.vague_duration_prep_before.search(self.text[max(0, m.start() - 8):m.start()]):
            return None
        return Found(m.start(), m.end(), "DURATION", "PXX", calendar=False)

    def h_unit_long(self, m: re.Match[str]) -> Found | None:
        return Found(m.start(), m.end(), "DURATION", duration(1, self.unit_of(m["unit"])), calendar=False)

    def h_vague(self, m: re.Match[str]) -> Found | None:
        word = " ".join(m["word"].lower().split())
        value = self.words.vague.get(word)
        if value is None:
            return None
        if word == "future":  # as an adjective only when it modifies a noun
            if not re.match(r"\s+[a-z]", self.text[m.end():m.end() + 3]):
                return None
        if word in ("current", "recent") and not re.match(r"\s+[a-z]", self.text[m.end():m.end() + 3]):
            return None
        if word == "the past" and self.words.past_count_after.match(self.text[m.end():m.end() + 12]):
            return None
        return Found(m.start(), m.end(), "DATE", value, calendar=False)

    def h_set(self, m: re.Match[str]) -> Found | None:
        word = " ".join(m["word"].lower().split())
        if word in self.words.set_words:
            if word == "annual" or re.match(r"\s+[A-Z][a-z]", self.text[m.end():m.end() + 3]):
                return None  # "the party daily Granma": a newspaper
            return Found(m.start(), m.end(), "SET", self.words.set_words[word], calendar=False)
        if word == "a year":
            before = self.text[max(0, m.start() - 14):m.start()]
            if not self.words.year_rate_before.search(before):
                return None
            return Found(m.start(), m.end(), "SET", "P1Y", calendar=False)
        every = self.words.every.match(word)
        freq = self.words.frequency.match(word)
        if freq:
            return Found(m.start(), m.end(), "SET", duration_value(1, self.unit_of(freq[1])), calendar=False)
        if every:
            noun = every[2].lower().rstrip(".")
            day = (every[1] or "").lower().rstrip(".")
            if day in self.words.weekdays and noun in self.words.parts_of_day:
                # "every Saturday morning": that part of every such weekday, as "Saturday mornings" is
                return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{self.words.weekdays[day] + 1}T{self.words.parts_of_day[noun]}",
                             calendar=False)
            if noun in self.words.weekdays:
                return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{self.words.weekdays[noun] + 1}", calendar=False)
            if noun in self.words.months:
                return Found(m.start(), m.end(), "SET", f"XXXX-{self.words.months[noun]:02d}", calendar=False)
            if noun in self.words.seasons:
                return Found(m.start(), m.end(), "SET", f"XXXX-{self.words.seasons[noun]}", calendar=False)
            if noun in ("morning", "evening", "night", "afternoon"):
                return Found(m.start(), m.end(), "SET", f"XXXX-XX-XXT{self.words.parts_of_day[noun]}", calendar=False)
            amount = (self.words.ordinals.get(every[1].lower()) or self.parse_number(every[1])) if every[1] else 1
            if amount is None:
                return None
            if "other" in word:
                amount *= 2
            return Found(m.start(), m.end(), "SET", duration(amount, self.unit_of(noun)), calendar=False)
        days = self.words.parts_of_days.match(word)
        if days:
            if days[1] and days[1].lower().rstrip("s") in self.words.weekdays:
                wd = self.words.weekdays[days[1].lower()]
                return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{wd + 1}T{self.words.parts_of_day[days[2][:-1]]}", calendar=False)
            return None
        if word.endswith("s") and word[:-1] in self.words.weekdays and m["word"][0].isupper():
            return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{self.words.weekdays[word[:-1]] + 1}", calendar=False)
        return None


