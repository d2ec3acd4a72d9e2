"""French word tables for the French temporal tagger and status cues.

From dateparser's French locale data (`dateparser/data/date_translation_data/fr.py`) we take the
month and weekday names (the full forms; its abbreviations like "mar", "me", "di" are ordinary French
words in running text, so they are left out), the unit words of more than one letter, and the deictic
days of its relative-type table ("hier", "demain", "avant-hier", "après-demain", "aujourd'hui").
Everything else here (numbers, parts of day, seasons, set and vague words, tense cues) dateparser does
not ship in a form a tagger can use, and is written out.
"""
from __future__ import annotations

import re
import unicodedata

from dateparser.data.date_translation_data.fr import info as _dateparser_fr

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _full(words: list[str]) -> list[str]:
    """The full forms of a dateparser entry: the longest word and any other of 5+ letters."""
    longest = max(words, key=len)
    return [w for w in words if w == longest or len(w) >= 5]


MONTHS: dict[str, int] = {w: i for i, key in enumerate(_MONTH_KEYS, 1) for w in _full(_dateparser_fr[key])}
WEEKDAYS: dict[str, int] = {w: i for i, key in enumerate(_WEEKDAY_KEYS) for w in _full(_dateparser_fr[key])}
UNITS: dict[str, str] = {w: key for key in ("year", "month", "week", "day", "hour", "minute", "second")
                         for w in _dateparser_fr[key] if len(w) > 1 and w != "sem"}
UNITS.update({"trimestre": "quarter", "trimestres": "quarter", "semestre": "half", "semestres": "half",
              "décennie": "decade", "décennies": "decade", "siècle": "century", "siècles": "century",
              "journée": "day", "journées": "day", "nuit": "night", "nuits": "night",
              "week-end": "weekend", "week-ends": "weekend", "an": "year"})
# dateparser's relative-type table: "1 day ago": ["hier"], "in 2 day": ["après-demain"], ...
DEICTIC: dict[str, int] = {}
for _key, _words in _dateparser_fr["relative-type"].items():
    _m = re.fullmatch(r"(in )?(\d+) day( ago)?", _key)
    if _m:
        for _w in _words:
            DEICTIC[_w] = int(_m[2]) * (1 if _m[1] else -1)

NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
           "vingt-quatre": 24, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
           "quelques": None, "plusieurs": None, "des": None, "de nombreuses": None, "de nombreux": None}
ORDINALS = {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2, "seconde": 2, "2e": 2,
            "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "dernier": -1, "dernière": -1}
PARTS_OF_DAY = {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV",
                "nuit": "NI"}
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# "dernier/passé/précédent" look back, "prochain/suivant/à venir" ahead (agreeing in gender/number).
BACK = r"(?:derni[eè]re?s?|pass[ée]e?s?|précédente?s?)"
AHEAD = r"(?:prochaine?s?|suivante?s?)"
# Vague references and their values (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF).
VAGUE = {"actuellement": "PRESENT_REF", "désormais": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
         "de nos jours": "PRESENT_REF", "auparavant": "PAST_REF", "récemment": "PAST_REF",
         "naguère": "PAST_REF", "jadis": "PAST_REF", "prochainement": "FUTURE_REF",
         "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF", "actuelles": "PRESENT_REF"}
# ("quotidien(ne)" is left out: in news it is mostly the newspaper, "la presse quotidienne")
SET_WORDS = {"quotidiennement": "P1D", "hebdomadaire": "P1W",
             "mensuel": "P1M", "mensuelle": "P1M", "mensuellement": "P1M", "annuel": "P1Y", "annuelle": "P1Y",
             "annuellement": "P1Y"}
# Clause tense without a parse: futur and conditionnel endings and verbs of planning look ahead;
# auxiliaries of the passé composé, the imparfait and "hier"/"dernier" look back.
FUTURE_CUES = re.compile(
    r"\b(?:\w+(?:era|eront|erai|erons|erez|ira|iront|dra|dront|ra|ront)|sera|seront|aura|auront|fera|"
    r"feront|ira|iront|devra|devront|devrait|devraient|doit|doivent|prévu|prévue|prévus|prévues|prévoit|"
    r"prévoient|envisage|envisagent|compte|va|vont|demain|prochain|prochaine|prochains|prochaines)\b", re.I)
PAST_CUES = re.compile(
    r"\b(?:a|ont|avait|avaient|était|étaient|eut|fut|furent|hier|dernier|dernière|derniers|dernières|"
    r"\w+ait|\w+aient)\b", re.I)
# Verbs whose clause lies ahead whatever their own tense ("doit/devait signer", "prévoit de").
FUTURE_LEMMAS = {"devoir", "prévoir", "envisager", "compter", "projeter", "programmer", "attendre"}
# Status cues (events): reported speech and hedges.
REPORTING = {"selon", "annoncer", "déclarer", "affirmer", "indiquer", "expliquer", "préciser", "dire",
             "estimer", "assurer", "confirmer", "souligner", "ajouter", "rapporter"}
MODAL_CUES = {"devoir", "prévoir", "envisager", "pouvoir", "compter", "projeter"}
NEGATION = {"ne", "n'", "pas", "jamais", "plus", "aucun", "aucune"}


def fold(word: str) -> str:
    """Lower case without accents, for lookups of words written with or without them."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
