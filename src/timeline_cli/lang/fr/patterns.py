"""The French recognition patterns: one regex per kind of expression, in the order they are tried;
tagger.py binds each name to its `h_<name>` handler."""
from __future__ import annotations

import re

from . import words as w

APOSTROPHE = r"['’]"
_A = APOSTROPHE  # short, for the patterns below


def _alt(words) -> str:
    forms = set()
    for word in words:
        forms.add(re.escape(word))
        forms.add(re.escape(w.fold(word)))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


MONTH = _alt(w.MONTHS)
WEEKDAY = _alt(w.WEEKDAYS)
DAY = r"(?:1er|premier|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# a two-digit year after a month ("octobre 98"), not a count ("juin 12 personnes")
YEAR2 = r"(?:['’]?\d\d(?![\d,.]\d|\s*(?:%|h\b|[a-zàâçéèêëîïôûù])))"
NUMBER = _alt(k for k, v in w.NUMBERS.items() if v is not None) + r"|\d+(?:,\d+)?"
VAGUE_AMOUNT = r"(?:quelques|plusieurs|de\s+nombreuses|de\s+nombreux)"
UNIT = _alt(w.UNITS)
POD = r"(?:matin|matinée|après-midi|soir|soirée|nuit)"
BACK, AHEAD = w.BACK, w.AHEAD
MOD = r"(?:début|fin|mi-|milieu|courant)"
MODS = {"début": "START", "fin": "END", "mi-": "MID", "milieu": "MID", "courant": None}
NUM_BEFORE_UNIT = rf"(?:{NUMBER})"

PATTERNS: list[tuple[str, re.Pattern]] = []


def _p(name: str, regex: str) -> None:
    PATTERNS.append((name, re.compile(regex, re.I)))


_p("date", rf"\b(?:(?P<det>les?)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\b"
           rf"(?:\s+(?P<year>{YEAR})\b|\s+(?P<year2>{YEAR2}))?(?:\s+(?P<rel>{BACK}|{AHEAD})\b)?")
_p("day_list", rf"\b(?P<det>les)\s+(?P<day>{DAY})(?=\s+et\s+{DAY}\s+(?P<month>{MONTH})\b(?:\s+(?P<year>{YEAR}))?)")
_p("numeric", r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>\d{4}|\d\d)\b")
_p("month", rf"\b(?:(?P<mod>{MOD})\s*(?:de\s+|d['’])?|(?P<moisde>mois\s+d(?:e\s+|['’])))?(?P<month>{MONTH})\b"
            rf"(?:\s+(?P<year>{YEAR})\b|\s+(?P<year2>{YEAR2})|\s+(?P<rel>{BACK}|{AHEAD})\b)?")
_p("year", rf"(?:\b(?P<lannee>l{_A}ann[ée]e|l{_A}an)\s+)?\b(?P<year>{YEAR})\b(?!\s*(?:%|€|euros?|francs?|dollars?|habitants|personnes|km|m\b|tonnes|[.,]\d))")
_p("decade", r"\b(?:(?P<mod>début|fin|milieu)\s+des\s+)?ann[ée]es\s+(?P<dec>(?:19|20)?\d0)\b")
_p("century", r"\b(?P<roman>[XVI]+)e\s+siècle\b")
_p("deictic", rf"\b(?P<word>aujourd{_A}hui|avant-hier|après-demain|hier|demain)\b(?:\s+(?P<wd>{WEEKDAY})\b)?"
               rf"(?:\s+(?P<pod>{POD})\b)?")
_p("this_pod", r"\b(?:ce|cette|cet)\s+(?P<pod>matin|soir|nuit|après-midi)\b")
# "dans la nuit", "au cours de la soirée": a part of the day the text is talking about
_p("the_pod", r"\b(?:la|le)\s+(?P<pod>nuit|soirée|matinée|journée|matin\s+même|soir\s+même)\b")
_p("weekday", rf"\b(?:(?P<det>ce(?:\s+même)?|le)\s+)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<rel>{BACK}|{AHEAD})\b)?"
               rf"(?:\s+(?P<pod>{POD})\b)?")
_p("weekday_set", rf"\b(?:chaque\s+(?P<wd1>{WEEKDAY})|tous\s+les\s+(?P<wd2>{WEEKDAY})s?)\b")
_p("unit_set", r"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?P<unit>jours?|semaines?|mois|ans|années?|matins?|soirs?)\b")
_p("set_word", r"\b(?P<word>quotidiennement|hebdomadaire|mensuel(?:le)?|mensuellement|annuel(?:le)?|annuellement)\b")
_p("rel_unit", rf"\b(?:(?P<this>cette|ce|cet)\s+|(?P<the>la|le|l{_A})\s*)(?P<unit>semaine|mois|année|an|trimestre|semestre|week-end)"
               rf"(?P<ci>-ci)?\b(?:\s+(?P<rel>{BACK}|{AHEAD}|en\s+cours)\b)?")
_p("edge_year", rf"\b(?:(?P<la>la|en)\s+)?(?P<mod>début|fin|milieu)\s+(?:de\s+l{_A}|d{_A})(?P<unit>année|an)\b(?:\s+(?P<rel>{BACK}|{AHEAD})\b)?")
_p("quarter", rf"\b(?:(?P<det>le|ce)\s+)?(?P<ord>premier|deuxième|second|troisième|quatrième|dernier|1er|2e|3e|4e)\s+"
              rf"(?P<unit>trimestre|semestre)\b(?:\s+(?:de\s+)?(?P<year>{YEAR})\b|\s+(?P<rel>{BACK}|{AHEAD})\b)?")
_p("ago", rf"\bil\s+y\s+a\s+(?P<dur>(?:{NUMBER}|{VAGUE_AMOUNT})\s+(?P<unit>{UNIT}))\b")
_p("ahead", rf"\bdans\s+(?P<dur>(?P<num>{NUMBER})\s+(?P<unit>{UNIT}))\b")
_p("duration", rf"\b(?:(?P<mod>environ|près\s+de|plus\s+de|moins\s+de|presque|quelque)\s+)?"
               rf"(?P<num>{NUMBER}|{VAGUE_AMOUNT})\s+(?P<unit>{UNIT})\b")
_p("past_units", r"\b(?:ces|les)\s+(?:derni[eè]re?s|prochaine?s)\s+(?P<unit>jours|semaines|mois|années|ans)\b")
_p("since_vague", r"\b(?P<num>des)\s+(?P<unit>années|mois|semaines|jours|siècles)\b")
_p("quarter_century", r"\bun\s+quart\s+de\s+siècle\b")
_p("term", r"\b(?P<word>quinquennat|septennat)\b")
_p("clock", r"\b(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<m>[0-5]\d)?(?![\w])(?:\s+(?P<local>locales?))?")
_p("clock_heures", r"\b(?P<h>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<m>[0-5]\d))?\b")
_p("noon", r"\b(?P<word>midi|minuit)\b")
_p("season", rf"\b(?:(?P<det>cet|ce)\s+|(?P<prep>en\s+|l{_A}|d{_A}|comme\s+))?(?P<season>printemps|[ée]t[ée]|automne|hiver)\b"
             rf"(?:\s+(?P<year>{YEAR})\b|\s+(?P<rel>{BACK}|{AHEAD})\b)?")
_p("vague", rf"\b(?P<word>actuellement|désormais|auparavant|récemment|naguère|jadis|prochainement|"
            rf"à\s+l{_A}heure\s+actuelle|de\s+nos\s+jours|actuel(?:le)?s?)\b")
