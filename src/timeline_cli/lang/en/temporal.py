"""English words and patterns of the temporal engine (temporal/), as plain data: the engine reads them
through `temporal.words.TemporalWords` and holds no English itself. Adding a language: a module like this
one in its own folder (lang/xx/temporal.py), read by `TemporalWords.from_module`.

Why hand-written regexes rather than a library: no Python library implements TimeML's extent rules
(which determiners, modifiers and anchors belong inside a TIMEX3: "the past two months", "nearly four
years ago", "late November", but not "in" or "on"), and dateparser's `search_dates` returns loose
spans with no TIMEX3 type. spaCy's DATE/TIME entities follow OntoNotes extents and carry no value;
measured on the 256 TempEval-3 training documents, adding the ones that overlap none of ours would
reach 42 more gold expressions (28 with the right extent) but add 122 spurious ones (mostly ages,
"44-year-old"), so they are not used (docs/accuracy.md). Every pattern is compiled once at import;
matching is linear in the text. The month and weekday names come from Python's `calendar` module (the C
locale's English names), not typed again; dateparser's English data is not read, since its tables
differ (it accepts more abbreviations) and the output must not change.
"""
from __future__ import annotations

import calendar
import re

# --- lexicon ----------------------------------------------------------------------------------

# One home for the month and weekday tables (the reference-date code reads them too).
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9, "jan": 1})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6})
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF", "mid-morning": "MO",
                "midmorning": "MO", "late-night": "NI", "daytime": "DT"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1}
SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE_AMOUNTS = {"several", "a few", "few", "some", "many", "numerous", "multiple", "a number of",
                 "the past few", "the next few", "a handful of"}
UNITS = {"second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
         "hr": "hour", "day": "day", "night": "night", "week": "week", "weekend": "weekend",
         "month": "month", "quarter": "quarter", "year": "year", "yr": "year", "decade": "decade",
         "century": "century", "centurie": "century"}
# TimeML mods for the modifiers kept inside an extent.
MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
        "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
        "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
        "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
        "no less than": "EQUAL_OR_MORE", "close to": "APPROX", "upwards of": "MORE_THAN",
        "well over": "MORE_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
        "fewer than": "LESS_THAN", "an estimated": "APPROX", "the better part of": "LESS_THAN",
        "early": "START", "late": "END", "mid": "MID", "middle": "MID", "end": "END", "beginning": "START",
        "start": "START", "earlier": None, "later": None,
        "early in": "START", "late in": "END", "later in": None, "early in the": "START", "late in the": "END",
        "later in the": None}
# the upper bounds that make an "ago" every day since then ("less than two weeks ago"); "nearly 300
# years ago" and "almost a year ago" are a point about that far back, not a span up to the story's day
AGO_SPAN_MODS = {"less than", "under", "fewer than", "just under"}
# "will be able to retire up to five years earlier", "could finish up to two weeks later": an upper bound on
# a shift is an amount (how much earlier), not a date counted back from the day the text told
SHIFT_AMOUNT_MODS = {"up to"}

# --- building blocks --------------------------------------------------------------------------

_NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
             r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one) hundred|"
             r"hundreds of|thousands of|dozens of|a dozen)")
NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2|\s*\u00bd)?|{_NUM_WORD}(?:\s+and\s+a\s+half)?|a\s+couple\s+of|couple\s+of|"
       r"a\s+few|several|a\s+number\s+of|a\s+handful\s+of|few|many|numerous|multiple|an?|"
       rf"(?:\d+|{_NUM_WORD})\s+(?:to|or|-)\s+(?:\d+|{_NUM_WORD}))")
# An ordinal after "every" ("every third morning", "every second year"): one in so many, a set (round 66e).
# ("every second" alone stays the unit; "first" and "last" count no interval.)
_EVERY_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+[a-z])"
UNIT = (r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|nights?|weeks?|weekends?|months?|quarters?|"
        r"years?|yrs?|decades?|century|centuries)")
UNIT_NOPL = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century)"
MOD_PRE = (r"(?:about|around|approximately|roughly|nearly|almost|more\s+than|over|less\s+than|fewer\s+than|"
           r"under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|close\s+to|upwards\s+of|"
           r"well\s+over|some|an\s+estimated|the\s+better\s+part\s+of)")
_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH = (rf"(?:{_MONTH_FULL}|Jan\.|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
MONTH_CAPS = MONTH.upper().replace("\\.", "\\.")
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|"
           r"Fri\.|Sat\.|Sun\.)")
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
_SPELLED_YEAR = (r"(?:(?:nineteen|eighteen|seventeen)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|two\s+thousand(?:\s+(?:and\s+)?"
                 r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|"
                 r"nine))?))?|twenty[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?))")
YEAR = rf"(?:{YEAR4}(?![\d,.]\d)|{_SPELLED_YEAR})"
POD = (r"(?:morning|afternoon|evening|night|overnight|mid-?afternoon|mid\s+afternoon|mid-?morning|"
       r"late[- ]night)")
SEASON = r"(?:spring|summer|fall|autumn|winter)"
TZ = (r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|JST|KST|IST|AEST|AEDT|HKT|SGT|local\s+time|"
      r"Eastern(?:\s+time)?|Pacific(?:\s+time)?|Central(?:\s+time)?)\b)")
# A bare "h:mm" is a clock time, but not inside "h:mm:ss" or "m:ss.hh", a race or lap time ("finished in
# 2:09:56", "won in 1:50.88").
CLOCK = (r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|a\.?m\b|p\.?m\b)|(?<![\d:])\d{1,2}:[0-5]\d(?!:?\d|[.,]\d)|noon|"
         r"midnight|\d{1,2}\s+o'clock|\d{1,2}(?=\s+in\s+the\s+(?:morning|afternoon|evening)))")
# "CE" is left out: "200 CE certified parts" is not the year 200.
ERA = r"(?-i:BCE|BC|B\.C\.(?:E\.)?|AD|A\.D\.)"
EDGE = (r"(?:(?:early|late|later)\s+in(?:\s+the)?|early|late|mid|earlier|later|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half|latter\s+half|"
        r"rest|remainder|close)\s+of|end\s+of|the\s+early|the\s+late|the\s+mid)")

# --- patterns: (name, regex). Longest match wins where they overlap; then order. -------------------

_I = re.IGNORECASE


def _c(pattern: str, flags: int = _I) -> re.Pattern:
    return re.compile(pattern, flags)


# Months are matched case-sensitively (March, May are also words); everything else ignores case.
_MONTH_CI = rf"(?-i:{MONTH}|{MONTH_CAPS})"
_WEEKDAY_CI = rf"(?:{WEEKDAY})"

PATTERNS: list[tuple[str, re.Pattern]] = [
    # clock times, optionally with a day: "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday"
    ("clock", _c(rf"\b(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
                 rf"(?P<clock>{CLOCK})(?P<tz>{TZ})?"
                 rf"(?:(?:\s+|\s*,\s*)(?:(?:on\s+)?(?P<weekday>{_WEEKDAY_CI})(?:,?\s+(?P<wmonth>{_MONTH_CI})\s+(?P<wday>{DAYNUM}))?"
                 rf"|(?P<deictic>today|yesterday|tomorrow|tonight)|(?:on\s+)?(?P<month>{_MONTH_CI})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?))?"
                 rf"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?")),
    # full and partial dates: "Thursday, June 27", "Au 7, 1998", "June 27", "late November 1999"
    # "Tuesday morning, May 6": a part of the weekday apposed to its date is that date's part (wpod)
    ("mdy", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?:(?P<weekday>{_WEEKDAY_CI})(?:\s+(?P<wpod>{POD})\s*,|,?)\s+(?:the\s+)?)?(?P<month>{_MONTH_CI})\s+"
               rf"(?P<day>{DAYNUM})(?:(?P<range>\s*(?:-|\u2013|through|to|and|until)\s*)(?P<day2>{DAYNUM}))?(?:(?:,?\s+|\s+of\s+)(?P<year>{YEAR4})(?!\d)|\s+(?P<relyear>last|this|next)\s+year\b)?"
               rf"(?:\s+(?P<pod>{POD}))?\b")),
    ("dmy", _c(rf"\b(?:(?P<weekday>{_WEEKDAY_CI})(?:\s+(?P<wpod>{POD})\s*,|,?)\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<month>{_MONTH_CI})"
               rf"(?:,?\s+(?P<year>{YEAR4})|\s+(?P<relyear>last|this|next)\s+year)?\b")),
    # the first day of "6-7 February", "13-15 April 1915" (the second is a "dmy" date)
    ("day_range_first", _c(rf"\b(?P<day>{DAYNUM})(?=\s*(?:-|\u2013)\s*(?P<day2>{DAYNUM})\s+(?P<month>{_MONTH_CI})(?:,?\s+(?P<year>{YEAR4}))?\b)")),
    ("month_year", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?P<month>{_MONTH_CI})(?:\s+of)?,?\s+(?P<year>{YEAR}|last\s+year|this\s+year|next\s+year)\b")),
    ("month", _c(rf"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+|(?P<edge>{EDGE})[- ]\s*)?(?P<month>{_MONTH_CI})\b(?!\.?\s*\d)")),
    ("iso", _c(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b")),
    ("numeric", _c(r"(?<![\d/.])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:19|20)?\d\d)(?![\d/])")),
    # years, decades, centuries
    ("year", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*|(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<theyear>the\s+year)\s+|(?P<pre>pre|post)-)?"
                rf"(?P<year>{YEAR})(?P<poss>'s)?(?!\s*(?:%|percent|people|persons|men|women|troops|soldiers|"
                rf"units|shares|cars|votes|feet|miles|meters|acres|tons|pounds|points|seats|jobs)\b)(?!-\d)")),
    ("decade", _c(rf"\b(?:(?P<edge>{EDGE}|the\s+(?:last|latter)\s+half\s+of)[- ]\s*)?(?:the\s+)?(?P<decade>(?:1[0-9]|20)?\d0|'\d0)'?s\b")),
    ("decade_word", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?the\s+(?P<dword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")),
    ("century", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?:the\s+)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|this|last|next|past)[- ]century\b(?!\s+ago)")),
    # years with an era and what is built on them: "490 BC", "April 480 BC", "autumn of 481 BC", "the
    # 470s BC", "the 4th century BC", "AD 79"; the first year of "499-493 BC" takes the second's era
    ("era_year", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?:(?P<month>{_MONTH_CI})\s+|(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?)?"
                    rf"(?:ca\.\s+|c\.\s+|circa\s+)?(?:(?P<era0>(?-i:AD|A\.D\.))\s+(?P<year0>\d{{1,4}})\b|(?P<year>\d{{1,4}})\s*(?P<era>{ERA}))(?!\w)")),
    ("era_range_first", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?P<year>\d{{1,4}})(?=\s*(?:-|\u2013|to|and|or)\s*\d{{1,4}}\s*(?P<era>{ERA})(?!\w))")),
    ("era_decade", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?:the\s+)?(?P<decade>\d{{1,3}}0)'?s\s*(?P<era>{ERA})(?!\w)")),
    ("era_century", _c(rf"\b(?:(?P<edge>{EDGE})[- ]\s*)?(?:the\s+)?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)[- ]century\s+(?P<era>{ERA})(?!\w)")),
    # a month of a year the text has named: "August of that year", "July 25 of the following year"; also
    # without "of" ("a test in September that year", round 26): the month is that year's, not this one's
    ("month_of_that_year", _c(rf"\b(?P<month>{_MONTH_CI})(?:\s+(?P<day>{DAYNUM}))?\s+(?:of\s+)?(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b")),
    # "filed for bankruptcy that April.": the month of the year the text was telling; only before a stop,
    # where "that" cannot be a conjunction ("said that May ...", "that March rally")
    ("that_month", _c(rf"\b(?P<rel>that)\s+(?P<month>{_MONTH_CI})(?P<day>)(?=\s*[.,;:](?:\s|$)|\s*$)")),
    # the first of two years joined by a dash: "1861-1863", "2007-08" (the second is a year on its own)
    ("year_range_first", _c(rf"(?<![\d$#/.,-])\b(?P<year>{YEAR4})(?=\s*(?:-|\u2013)\s*(?P<second>{YEAR4}|\d\d)\b(?![\d%-]|[.,]\d))")),
    # the second of two years written "2007-08", "1947-54": a year too (a four-digit one is a "year")
    ("year_range_second", _c(r"(?<=[-\u2013])(?P<second>\d\d)\b(?![\d%-]|[.,]\d)")),
    # quarters, halves and fiscal periods
    ("quarter", _c(rf"\b(?:(?P<yearpre>{YEAR4})'s\s+|(?P<the>the)\s+|(?P<rel>this|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+current|the\s+latest|the\s+previous|the\s+same|the\s+year-(?:ago|earlier))\s+)?"
                   rf"(?:(?P<yearmid>{YEAR4})\s+)?(?P<fiscal>fiscal\s+(?:{YEAR4}\s+)?)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:[- ]|\s+fiscal\s+)(?P<unit>quarter|half|period)"
                   rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<yearpost>{YEAR4})|\s+of\s+(?P<relyear>the|this|next|last|that)\s+(?:fiscal\s+|calendar\s+)?year)?\b")),
    # "the first two quarters of 1990": a half year
    ("two_quarters", _c(rf"\b(?:{MOD_PRE}\s+)?(?P<the>the)\s+(?P<ord>first|last|second)\s+two\s+quarters\s+of\s+(?:(?P<year>{YEAR4})|(?P<rel>this|next|last|the)\s+year)\b")),
    ("week_of_month", _c(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<unit>week(?:end)?)\s+of\s+(?P<month>{_MONTH_CI})(?:,?\s+(?P<year>{YEAR4}))?\b")),
    # "the week of March 6": the week that day is in
    ("week_of_date", _c(rf"\bthe\s+week\s+of\s+(?P<month>{_MONTH_CI})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?\b")),
    ("fy", _c(r"\bFY\s?'?(?P<y>\d{4}|\d{2})\b", 0)),
    ("year_period", _c(rf"\b(?:the\s+)?(?P<year>{YEAR4})\s+(?P<unit>period|quarter|fiscal\s+year|calendar\s+year)\b")),
    # not a code that ends in one, joined to it by a hyphen ("the gene SUB-H1", "the A-Q3 line"): a name
    ("quarter_q", _c(rf"(?<![\w-])\b(?P<q>Q[1-4]|H[12])\s*(?P<year>{YEAR4}|'\d\d)?\b(?!-[A-Za-z])", 0)),
    ("the_period", _c(r"\b(?:the\s+)?(?P<which>latest|current|full|year-ago|year-earlier|same|comparable|previous|prior|recent|most\s+recent|year-before)"
                      r"(?:\s+(?:fiscal|calendar))?\s+(?P<unit>quarter|period|year|half|week|month)\b")),
    # the same quarter a year back: "the quarter a year ago", "the corresponding period last year",
    # "last year's quarter", "the comparable year-ago quarter"
    ("year_ago_quarter", _c(r"\b(?:(?:the\s+)?(?:(?:corresponding|comparable|same|year-ago|year-earlier)\s+)?(?:quarter|period)\s+"
                            r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|of\s+the\s+(?:previous|prior)\s+year)"
                            r"|last\s+year's\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period)"
                            r"|the\s+(?:comparable|corresponding|same)\s+(?:year-ago|year-earlier|prior-year)\s+(?:quarter|period))\b")),
    ("the_quarter", _c(r"\b(?:the|that)\s+(?P<unit>quarter)\b(?!\s+(?:of|century|point|mile|hour|percent|share|stake))(?!-)")),
    ("fiscal_year", _c(r"\b(?:the\s+)?(?P<rel>current|previous|prior|last|latest|next|this|coming)?\s*fiscal\s+year\b(?!\s+(?:\d|that))")),
    # seasons: "last fall", "the winter of 1994", "summer 2024", "the spring of next year"; not a season word in a name of a
    # recurring stretch ("at the height of the summer holiday season", "the winter travel rush"): the
    # backdrop of an event told with its own day, no date of its own
    ("season", _c(rf"\b(?:(?P<rel>last|next|this(?:\s+past)?|coming|past|previous|that|(?:the\s+)?following)\s+|(?P<edge>{EDGE})[- ]\s*|(?P<the>the)\s+)?"
                  rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<relyear>this|next|last)\s+year)?\b(?!\s+(?:of\s+(?:the|his|her|their|its|our)|(?:festival|olympics|games|collection|school|session|term|fashion|wheat|crops?|semester)\b|(?:holiday|travel|tourist|tourism|vacation|driving|shopping)s?\s+(?:season|peak|rush)\b))")),
    # weekdays with optional relative word and part of day: "last Friday", "Thursday morning"
    ("weekday", _c(rf"\b(?:(?P<rel>last|next|this|coming|past|early|late|(?:the\s+)?(?:previous|preceding|following)|(?:the\s+)?day\s+(?:before|after)(?:\s+last)?)\s+)?(?P<weekday>{_WEEKDAY_CI})(?P<poss>'s)?"
                   rf"(?:,?\s+(?P<pod>{POD}))?\b"
                   # "meets on Thursday next week": that weekday of the week after the reference's own
                   # (round 65e); not "Thursday next week's vote" (a possessive opens another phrase)
                   rf"(?:\s+(?P<wrel>next|last)\s+week\b(?!'s))?")),
    # a part of a dated day: "the night of May 13", "early in the morning of 29 April 1975" (one
    # expression only in a narrative: TimeML's news gold annotates the date alone)
    ("pod_of_date", _c(rf"\b(?:(?:early|late)\s+in\s+)?the\s+(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+"
                       rf"(?P<date>(?:{_MONTH_CI}\s+{DAYNUM}|{DAYNUM}\s+{_MONTH_CI})(?:,?\s+{YEAR4})?\b"
                       rf"(?!\s*(?:-|\u2013|through|to|and|until)\s*\d{{1,2}}\b(?!\s+{_MONTH_CI}))|{DAYNUM}(?=\s*[-\u2013]\s*{DAYNUM}\s+{_MONTH_CI}))")),
    ("pod_weekday", _c(rf"\b(?P<rel>early|late|earlier|later)?\s*(?P<pod>{POD})\s+(?:of\s+)?(?P<weekday>{_WEEKDAY_CI})\b(?!,?\s+(?:the\s+)?{_MONTH_CI}\s+\d)")),
    # today, yesterday, tonight, this morning, last night, late yesterday
    ("deictic", _c(rf"\b(?:(?P<rel>early|late|earlier|later|(?:the\s+)?day\s+(?:before|after))\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?P<poss>'s)?"
                   rf"(?:\s+(?P<pod>{POD}))?\b")),
    ("pod_deictic", _c(rf"\b(?:(?P<rel>early|late|earlier|later)\s+)?(?P<pod>{POD})\s+(?P<word>yesterday|today|tomorrow)\b")),
    ("this_pod", _c(rf"\b(?:(?P<rel>early|late|earlier|later)\s+)?(?P<which>this|last|tomorrow|yesterday)\s+(?P<pod>{POD})\b")),
    ("midday", _c(r"\b(?P<word>midday|mid-day)\b")),
    # a part of a day with no day of its own: "visited the village in the afternoon", "late in the
    # evening" (the day is the one the text is telling of, or none: relative.h_pod_bare); not a
    # kind of thing ("in the morning papers", "in the afternoon session")
    ("pod_bare", _c(r"(?:\b(?P<edge>early|late|later)\s+in\s+|(?<=\bin\s))the\s+(?:(?P<edge2>early|late)\s+)?"
                    r"(?P<pod>morning|afternoon|evening)\b(?![-\w])(?!\s+(?:of|hours?|session|sessions|shift|shifts|news|rush|"
                    r"papers?|editions?|shows?|programmes?|programs?|service|services|prayers?|light|sun|sky|heat|"
                    r"traffic|peak|meeting|briefing|commute|trading|break|classes|class)\b)")),
    # "overnight" as a time (the night before the day told of), not a kind of thing: "overnight rates",
    # "an overnight success", "an overnight stay"; a route or a work shift run at night is a kind of one
    # ("cut 5 of its 12 overnight routes", "staff on the overnight shift"; round 65d); a contest's standing
    # after a day's play is a title, not a night ("overtaking the overnight leader", "held the overnight
    # lead"): the night must not become the day a later "the day" or clock time is counted on (round 70e)
    ("overnight", _c(r"\b(?-i:[Oo]vernight)\b(?!-)(?!\s+(?:interest|lending|loans?|rates?|repo|funds?|money|deposits?|index|"
                     r"success(?:es)?|sensation|star|bags?|stays?|trips?|trains?|ferry|camps?|shelters?|accommodation|"
                     r"guests?|visitors?|parking|delivery|deliveries|shipping|oats|bus(?:es)?|routes?|shifts?|"
                     r"(?:co-)?leaders?|leads?)\b)")),
    # relative units: "last week", "this year", "earlier this month", "early next year"
    ("rel_unit", _c(r"\b(?:(?P<edge>early|late|earlier|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end\s+of|the\s+balance\s+of)[- ]\s*)?"
                    r"(?P<the>the\s+)?(?P<rel>last|next|this|coming|past|previous|current|following|upcoming|same|that)\s+"
                    r"(?P<unit>week|weekend|month|year|quarter|decade|century|day)\b(?P<poss>'s)?(?P<orso>\s+or\s+so\b)?(?!\s+(?:or\s+so\s+)?(?:ago|earlier|later)\b)")),
    ("the_unit", _c(r"\b(?:(?P<edge>the\s+(?:end|beginning|start|middle|rest|remainder|balance)\s+of|(?:earlier|later)\s+in)\s+)?(?P<the>the|that)\s+(?P<unit>week|weekend|month|year|day(?!\s+(?:it|he|she|they|we|i|you)\b)(?<!since\sthe\sday)|decade)\b(?!\s+(?:of|before|after|earlier|later|ago|when|that|in\s+which)\b)(?!-)")),
    ("anaphoric", _c(r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?P<det>the\s+(?:next|following|previous|preceding|prior|same)|that(?:\s+same)?|the\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year|weekend)\b(?!\s+(?:of|before|after))")),
    ("day_before", _c(r"\b(?:the\s+)?(?P<unit>day|week|month|year|night)\s+(?P<dir>(?:before|after|earlier)\b(?!\s+(?:the|a|an|his|her|their|its|[A-Z\d]))|"
                       r"following\b(?!\s+(?:the|a|an|his|her|their|its)\b|\s+(?-i:[A-Z\d])))")),
    ("edge_unit", _c(r"\b(?P<edge>year|month|week|quarter)(?:(?:'s)?[- ](?P<which>end)|-(?P<which2>earlier|ago|before))\b")),
    # "two weeks ago", "a year earlier", "three days later", "nearly four years ago"
    ("ago", _c(rf"\b(?:(?P<mod>{MOD_PRE})\s+)?(?P<num>{NUM})[- ](?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|previously)\b(?:(?<=ago)|(?!\s+(?:than|that)\b))")),
    # durations: "three consecutive days", "the past two months", "a few days", "16-hour"
    ("duration", _c(rf"\b(?:(?P<mod>{MOD_PRE})\s+)?(?P<the>the\s+)?(?:(?P<rel>past|last|next|coming|first|previous|following|latest|final|remaining|ensuing|preceding|initial|year-earlier|year-ago|same)\s+)?"
                    rf"(?P<num>{NUM})(?:\s+(?:consecutive|straight|full|successive|more|additional|long|whole|entire|short|more\s+long|of\s+the))?[- ](?P<unit>{UNIT})(?P<long>-long|-old)?\b(?P<andhalf>\s+and\s+a\s+half\b)?(?:\s+or\s+so\b|\s+(?:and|or)\s+(?P<num2>{NUM})\s+(?P<unit2>{UNIT}))?(?!-(?!long\b|old\b))")),
    ("duration_adj", _c(rf"\b(?P<num>\d+|{_NUM_WORD}|half)-(?P<unit>{UNIT_NOPL})(?:-(?P<long>long|old))?\b")),
    ("plural_unit", _c(r"\b(?:(?P<the>the\s+)?(?P<rel>past|last|next|coming|recent|following|previous|early|first|final|ensuing)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?P<long>-long|-old)?\b")),
    # durations of no stated length after a preposition: "for some time", "after a while"
    ("vague_duration", _c(r"\b(?:some\s+time|a\s+while|a\s+long\s+time|a\s+short\s+time|"
                          r"a\s+(?:\w+\s+)?(?:lengthy|long|short|brief|extended)\s+(?:period|time|while|spell))\b")),
    ("unit_long", _c(r"\b(?P<unit>year|month|week|day|decade|hour|night)-long\b")),
    # vague references
    ("vague", _c(r"\b(?P<word>now|nowadays|currently|current|presently|recently|recent|lately|soon|previously|formerly|"
                 r"the\s+(?:near|foreseeable|distant|immediate)\s+future|the\s+future|future|the\s+(?:distant|recent)\s+past|the\s+past|"
                 r"at\s+present|these\s+days|the\s+moment|at\s+the\s+moment|"
                 r"the\s+(?:near|short|long|medium)\s+term)\b(?!-)")),
    # holidays with a fixed rule: "Thanksgiving Day", "last Christmas", "New Year's Day 2024"
    ("holiday", _c(rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<name>Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|"
                   rf"Independence\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|"
                   rf"Veterans\s+Day|Boxing\s+Day|May\s+Day|Bastille\s+Day)(?:,?\s+(?P<year>{YEAR4}))?\b(?!\s+(?:week|holiday|season|weekend|period|party|parade|tree|card|present|gift|dinner|sales?|shopping)s?\b)", 0)),
    # sets: "every week", "annually", "each Thursday", "every Saturday morning" (a part of one weekday),
    # "every third morning", "every second year" (one in so many: _EVERY_ORDINAL, round 66e)
    ("set", _c(rf"\b(?P<word>daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|semiannually|annual|"
               rf"(?:every|each)\s+{WEEKDAY}\s+(?:morning|evening|night|afternoon)|"
               rf"(?:every|each|per)\s+(?:other\s+)?(?:(?:\d+|{_NUM_WORD}|{_EVERY_ORDINAL})\s+)?(?:{UNIT}|{WEEKDAY}|{_MONTH_FULL}|{SEASON}|morning|evening|night|afternoon)|"
               rf"(?:once|twice|(?:\d+|{_NUM_WORD})\s+times)\s+(?:a|an|per|every|each)\s+{UNIT_NOPL}|a\s+year|{WEEKDAY}s|(?:{WEEKDAY}\s+)?(?:mornings|evenings|nights|afternoons)|weekends)\b")),
]

# Range connectors between two dates for ranges=True.
RANGE_BETWEEN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*$", re.I)
RANGE_FROM = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
# A connector that makes a range with no "from" before it when both ends are years or both months
# ("covers the years 2016 to 2021", "a profit for April to June"); days keep needing "from" ("moved
# Monday's vote to Friday" is no stretch).
RANGE_BARE = {"to"}
# "on Saturday and Sunday": two days running joined by this word are one stretch (timelines only).
PAIR_JOINERS = {"and"}
PAIR_BEFORE = re.compile(r"\b(?:on|over|during)\s+$", re.I)


# --- normalization words (tagger) ------------------------------------------------------------

VAGUE = {
    "now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the distant past": "PAST_REF", "the recent past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
}
# Measured on TempEval-3 and left out: "previously", "soon", "recent", adjectival "future", "the moment"
# are annotated less often than not.


SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H",
             "semiannually": "P6M"}

PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|yesterday|\w+ed)\b", re.I)
FUTURE_WORDS = re.compile(
    r"\b(?:will|'ll|shall|would|going\s+to|expected\s+to|expects?\s+to|plans?\s+to|planned\s+to|scheduled|"
    r"due\s+to|set\s+to|to\s+be\s+held|next|upcoming|coming|later\s+this|tomorrow|is\s+to|are\s+to|"
    r"intends?\s+to|aims?\s+to|hopes?\s+to)\b", re.I)
FUTURE_LEFT = re.compile(
    r"(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|(?:postponed|delayed|adjourned|put\s+off)\s+(?:until|till|to)|"
    r"\bnext|this\s+coming|until\s+at\s+least|\beffective|\bpayable|\bexpir(?:e|es|ing)|\bstarting|\bdue|"
    # what is forecast or set for a day lies ahead of the report: "more rain was forecast for Tuesday"
    r"\b(?:forecast(?:ed)?|predicted|expected|scheduled|slated|planned|set|due)\s+for)\s+$", re.I)
PAST_SCHEDULE = re.compile(
    r"\bhad\s+(?:previously\s+)?(?:been\s+)?(?:due|scheduled|set|expected|planned|supposed|promised|pledged|vowed|"
    r"undertaken|committed|agreed|intended)\s+to\s+\w+(?:\s+(?:at|on|by))?\s+(?:\S+\s+){0,3}$|"
    r"\bhad\s+(?:previously\s+)?been\s+(?:forecast(?:ed)?|predicted|expected|scheduled|slated|planned|set|due)\s+for\s+$", re.I)
# A deadline set or moved ("extended the offer until Friday", "has given them until 9 a.m. Tuesday",
# "has extended loans through January")
# lies ahead of the act that set it, whatever the tense of that act.
DEADLINE_LEFT = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|given|gave|giv(?:es|ing)|deadline)\b[^.;!?]{0,60}?\b(?:until|till|through)\s+(?:at\s+)?$|"
    # a time left to someone ("she has until Friday to appeal", "they have only until noon Monday"): a
    # deadline ahead of the report; "had until" is left out, as it may be a deadline long gone
    r"\b(?:has|have|gets?)\s+(?:only\s+|just\s+)?(?:until|till)\s+(?:at\s+)?$|"
    # the start or deadline of what is declared, asked or ordered lies ahead of it: "declared three days
    # of mourning starting on Wednesday", "asked the exchange to explain the failure by Monday"; a warning
    # issued is for what comes: "has issued a wind warning for the coast from Tuesday" (round 27)
    r"\b(?:declared|declares|announced|announces|ordered|orders|asked|asks|told|tells|urged|urges|instructed|issued|issues|"
    r"directed|requested|demanded|decreed|proclaimed|called\s+on|called\s+for)\b[^.;!?]{0,80}?"
    r"\b(?:starting|beginning|effective|from|by)\s+(?:on\s+|from\s+)?$", re.I)
# A date that owns a planned or upcoming event ("Tuesday's planned visit", "Friday's scheduled vote").
FUTURE_RIGHT = re.compile(r"(?:(?<=['’]s)|(?<=s['’])|['’]s?)\s+(?:planned|scheduled|upcoming|proposed|expected|forthcoming)\b",
                           re.I)
# What one agrees, decides or offers to do comes after it: "agreed to buy the unit in February"
# (a head of "to" + verb only; "the deal agreed on Friday" is not ahead).
COMMIT_LEMMAS = {"agree", "decide", "offer", "undertake", "consent"}
# "ordered schools to stay closed on Sunday", "asked employers to let staff work from home until
# Wednesday": what is ordered or asked lies ahead of the order (context.Tense._verb_tense)
DIRECTIVE_LEMMAS = {"order", "ask", "tell", "urge", "instruct", "direct", "advise", "request", "command"}
# "the road will reopen when the repairs are done on Tuesday": a present "when"/"once" clause under a
# clause that looks ahead is ahead too (context.Tense._from_doc)
PENDING_MARKS = {"once", "when", "after", "before", "until", "till"}
# ("ready"/"willing" to meet the unions this week: a readiness for what lies ahead)
FUTURE_LEMMAS = {"expect", "plan", "schedule", "intend", "aim", "hope", "prepare", "due", "propose", "promise", "threaten", "vow", "pledge",
                 "ready", "willing", "recommend"}
# Heads of "to" + verb that, after a simple past copula, tell a plan the text looks back on: "the previous
# waiver was due to expire at midnight on Sunday" in a Monday story is the Sunday just gone.
PAST_DUE_HEADS = {"due"}
# Predicates of likelihood: a past copula with one in what is reported ("forecasters said more storms
# were possible on Wednesday", said on Monday) is the reporter's "are possible", a prospect ahead of the
# report: its weekday is the coming one (context.Tense._reported_prospect).
PROSPECT_HEADS = {"possible", "likely", "unlikely", "probable"}
# Phrasal verbs whose object is a prospect, besides the plan and forecast verbs: "did not rule out
# strikes in July", said in June, is this July, though the clause is past (context.Tense.prospect_object).
PROSPECT_LEMMAS = {"rule out"}
# Tense from the parse (context.Tense): auxiliaries of the future, of the past and of the perfect; the
# infinitive marker; heads of "to" + verb that make it future ("going to", "is to"), and auxiliaries
# of such a head; lemmas whose present tense is not a scheduled event ("the strike starts Friday" is).
FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
# Those of them that are past forms: "the army would attack in June" is a past story's own future, where
# "the contract will be awarded in the summer" looks ahead from the narrator's present (round 70d)
PAST_FUTURE_AUX = {"would", "'d"}
PAST_AUX = {"was", "were", "had", "did"}
# Modals of what may yet happen ("the storm may reach the coast on Sunday", "might vote on Monday"):
# a day they date lies ahead, unless negated ("may not have met on Sunday") or perfect ("may have left
# on Sunday"). Not "could", also the past of "can" ("the family could be located Wednesday").
POSSIBLE_AUX = {"may", "might"}
# ... but "could" in what a forecast or a warning says ("forecasters warned that storms could form on
# Wednesday afternoon", "analysts predicted the index could fall on Friday") is a possibility ahead of
# the warning, not a past ability (context.Tense).
FORECAST_MODAL_AUX = {"could"}
FORECAST_LEMMAS = {"warn", "forecast", "predict", "caution"}
# A modal of obligation: what must be done lies ahead ("the budget must be sent to parliament by Oct.
# 15", in March: this October), unless perfect ("must have left on Monday", a guess about the past).
# "Should" is the same expectation ahead ("the second line should follow in April", said in October:
# next April), unless perfect ("should have been paid in March").
OBLIGATION_AUX = {"must", "should"}
# "Until" a day in a present or present-perfect clause: the state runs up to a day still ahead ("the
# bridge is closed until Friday", "has issued an alert until Monday morning"); a past one is left to
# its clause ("the road was closed until Monday").
UNTIL_PREPS = {"until", "till", "til"}
# "From" a day under a modal that looks ahead: what may be done from then starts on a day still ahead
# ("staff could ask for an advance from Friday", "residents can apply from Monday", said on a Thursday:
# the coming Friday, the coming Monday); not perfect ("could have applied from Monday"). context.Tense.
START_PREPS = {"from"}
START_MODALS = {"can", "could", "may", "might", "will", "would", "'ll", "shall"}
# ... so too a day a participle of starting carries ("can choose a refund or a repair starting on Monday",
# "could apply beginning Friday"), and the day "by" which what such a modal allows may be done ("the
# road could reopen by Saturday"): a day still ahead (context.Tense._start_ahead, round 66f).
START_PARTICIPLE_LEMMAS = {"start", "begin"}  # (also the events pack's PLAN_STARTS)
# Verbs of a one-off that news tells in the simple present for its schedule ("the museum reopens in
# spring", "the rule takes effect in autumn", "the season begins in spring"): with a bare season they
# are no habit, unlike "the cabs get to 45 degrees in summer" (context.Tense.present_habit, round 70d)
SCHEDULED_PRESENT_LEMMAS = START_PARTICIPLE_LEMMAS | {
    "open", "reopen", "close", "resume", "end", "finish", "launch", "return", "take", "come", "go",
    "expire", "enter", "kick", "move", "leave", "arrive", "retire", "step", "stand", "run", "hold", "face"}
START_BY_PREPS = {"by"}  # (also FORESEE_BY_PREPS below)
# The copula's lemma: a state or a prospect told by "be" ("the beaches are crowded in summer", "more
# storms were possible on Wednesday", "which had been due on Friday"): context.Tense. (Also the events
# pack's COPULAS.)
COPULAS = {"be"}
# The clock words of the day's two fixed hours (dates.h_clock): "noon" is 12:00, "midnight" 00:00 (and,
# after a named day, the midnight that ends it).
NOON_CLOCKS = {"noon"}
MIDNIGHT_CLOCKS = {"midnight"}
# A weekday or season counted from the date the text was telling, not from the report ("the following
# Friday", "down 4.5% from the previous Friday", "sowed them the following winter"): context and dates.
FOLLOWING_RELS = {"following", "the following"}
PRECEDING_RELS = {"previous", "the previous", "preceding", "the preceding"}
# A day's fixture called off ("cancelled Saturday's meeting and Sunday's card", said on a Saturday): what
# is called off had not yet taken place, so its day is the nearer one ahead (context.Tense).
# (Putting off is both calling off the day and moving the fixture: PUT_OFF_LEMMAS are in both lists.)
PUT_OFF_LEMMAS = {"postpone", "delay"}
CALLED_OFF_LEMMAS = {"cancel", "scrap", "abandon", "axe", "call off"} | PUT_OFF_LEMMAS
# Verbs that move a fixture to another day ("some families had moved the funerals to Friday", "the
# vote was pushed back to Thursday"): the weekday after their "to" is the new day, the coming one,
# whatever the tense of the moving (context.Tense.moved_to, round 65e). "push", "put", "bring" only
# with "back"/"forward" ("put the case to Friday's meeting" moves nothing).
RESCHEDULE_LEMMAS = {"move", "defer", "reschedule", "shift", "adjourn", "push back", "put back", "bring forward",
                     "move back", "move forward"} | PUT_OFF_LEMMAS
RESCHEDULE_PREPS = {"to"}
# "closed in October 2021 after part of the roof fell overnight": a subordinator that makes the clause of
# "overnight" part of an earlier dated act's story (relative.h_overnight, round 65e)
OVERNIGHT_AFTER_MARK = re.compile(r"\b(?:after|when|because|as)\b", re.I)
# What is foreseen "by" a day lies ahead of the foreseeing, whatever its tense ("expected the first
# results by early June", "forecast a drop in temperature by Thursday"): context.Tense.
FORESEE_BY_LEMMAS = {"expect", "forecast", "predict", "project", "anticipate"}
FORESEE_BY_PREPS = START_BY_PREPS
# A deadline a relative clause of the subject sets, under a clause that looks ahead ("customers who sign
# before December 15 will keep their prices", also with a past "signed"): the date may lie ahead of the
# report, so the clause's past tense does not put it back (context.Tense._deadline_ahead).
DEADLINE_PREPS = {"before", "by"}
# A bare season ("in summer", no "this", "last" or year) of what holds every year: under one of these
# adverbs ("the pass is usually closed in winter") or a copula's predicate told in the present ("beaches
# are crowded in summer") or reported ("said the terrace was its main source of income in summer"): no
# particular year, XXXX-SU (context.Tense.habitual, dates.h_season).
HABIT_ADVERBS = {"usually", "often", "typically", "normally", "generally", "always", "traditionally",
                 "regularly", "routinely", "mostly"}
# The relative adverb of a clause hung on a date ("on Saturday, when the heat is expected to peak").
WHEN_RELATIVES = {"when"}
# The auxiliary of the past perfect: a plan in it ("had promised to pay by December") is looked back on.
PAST_PERFECT_AUX = {"had", "'d"}
PERFECT_AUX = {"has", "have", "'ve", "'s"}
# Verbs that set or foresee something for a day ("forecast rain for Tuesday", "called a strike for
# Monday"): that day lies ahead of them whatever their tense (context.Tense).
SCHEDULE_FOR_LEMMAS = {"forecast", "predict", "expect", "schedule", "slate", "set", "plan", "call", "book", "fix"}
SCHEDULE_FOR_PREPS = {"for"}
# Verbs followed by a bare infinitive with its own subject ("made the players train", "saw the men
# leave"): that base form is no present tense.
BARE_INFINITIVE_HEADS = {"make", "let", "have", "see", "watch", "hear", "help", "feel", "notice", "bid"}
# Verbs with a past participle of what is done to their object ("will have her wrist X-rayed on
# Monday", "is getting the roof repaired"): the participle has no tense of its own, the head's is the
# clause's (context.Tense._verb_tense, round 68d).
PARTICIPLE_OBJECT_HEADS = {"have", "get"}
# Verbs whose object is an event set on the day they name ("planned a rally on Saturday").
SCHEDULE_ON_LEMMAS = {"plan", "schedule"}
# Verbs whose object is an event they arrange, in the present perfect ("have organised a clean-up on
# Saturday"): the day is the event's, ahead (a present perfect takes no past day of its own). A simple
# past ("organised a search on Saturday") is left to its clause: the organising may be that day's.
ARRANGED_ON_LEMMAS = {"organise", "organize", "arrange", "convene"}
ARRANGED_ON_PREPS = {"on", "for"}
# Verbs that call someone to a gathering ("has invited union leaders to talks on Sunday"): the day of the
# gathering lies ahead of the calling, unless the text looks back on it ("had invited").
INVITE_TO_LEMMAS = {"invite", "summon", "call"}
# Verbs that offer or propose a gathering, and the gatherings ("offered a second meeting on Tuesday",
# "proposed talks on Friday"): the gathering's day lies ahead of the offer (not "offered his resignation
# on Tuesday", which is the offer's own day).
OFFER_LEMMAS = {"offer", "propose", "suggest"}
# Nouns that name an event, so that a date modifying them dates them ("the test on Wednesday"; the
# event engine's, events/), and a holiday's name before one is its day ("the Boxing Day game";
# context.Tense.holiday_modifier).
EVENT_NOUNS = {
    "accident", "agreement", "announcement", "arrest", "arrival", "assault", "attack", "auction",
    "ballot", "battle", "bombing", "ceasefire", "celebration", "ceremony", "clash", "closure",
    "collapse", "conference", "congress", "convention", "coup", "crash", "crisis", "deal", "death",
    "debate", "decision", "defeat", "departure", "deployment", "disaster", "drill", "earthquake",
    "election", "eruption", "execution", "exercise", "explosion", "festival", "fire", "flight",
    "flood", "funeral", "game", "hearing", "hurricane", "inauguration", "incident", "invasion",
    "killing", "landing", "launch", "landslide", "massacre", "match", "meeting", "merger", "murder",
    "negotiation", "offensive", "operation", "parade", "primary", "protest", "quake", "raid",
    "rally", "referendum", "release", "resignation", "riot", "round", "sanction", "session",
    "shooting", "shutdown", "speech", "storm", "strike", "summit", "talk", "test", "trial",
    "tournament", "trip", "uprising", "verdict", "visit", "vote", "walkout", "war", "wedding",
    # Reported results and changes, which news dates as events ("third-quarter earnings").
    "loss", "gain", "decline", "drop", "rise", "increase", "fall",
    "jump", "growth", "cut", "cutback", "slump", "surge", "rebound", "recession", "recovery",
    "bankruptcy", "takeover", "buyout", "bid", "offer", "payment", "shipment",
    "statement", "revision", "move", "power-grab", "crackdown", "blast", "ambush",
    "airstrike", "occupation", "evacuation", "rescue", "search", "investigation",
    "interview", "briefing", "broadcast", "address", "campaign", "outbreak", "epidemic", "spill",
    "leak", "blackout", "outage", "hijacking", "kidnapping", "siege", "standoff", "truce",
    "treaty", "accord", "pact", "ruling", "decree", "law", "budget", "plan", "strategy",
    "anniversary", "birthday", "holiday", "concert", "show", "premiere", "opening", "closing",
    "stop", "tour", "journey", "voyage", "mission", "expedition", "appearance", "performance",
    "embargo", "blockade", "ban", "boycott", "revolution", "reform",
}
# Nouns of a stretch of time: a holiday's name before one is that holiday's time ("during the Christmas
# and New Year sales period", "the Easter break"), not a kind of thing (context.Tense.holiday_modifier)
HOLIDAY_SPAN_NOUNS = {"period", "season", "holiday", "break", "recess", "vacation", "rush", "week", "weekend",
                      "fortnight", "time"}
GATHERING_NOUNS = {"meeting", "talks", "talk", "summit", "session", "hearing", "debate", "negotiation",
                   "conference", "round", "vote", "ballot", "referendum", "consultation", "visit", "call"}
# "has awarded the run a World Cup race on Jan. 16 and 17": a fixture given to someone (the verb's
# dative) is held on that day, ahead of the award (context.Tense._offered, round 57d)
AWARD_LEMMAS = {"award", "grant", "give", "allocate", "allot"}
FIXTURE_NOUNS = {"race", "match", "game", "fixture", "final", "semifinal", "tournament", "championship",
                 "championships", "concert", "festival", "stage", "leg", "event", "show", "test", "tie"}
INFINITIVE_MARKER = "to"
# ("has to", "have to" + verb: an obligation ahead, "the firm has to repay the loan by Friday"; not
# "had to", which is past)
GOING_HEADS = {"going", "set", "is", "are", "am", "has", "have"}
HEAD_FUTURE_AUX = {"will", "would", "'ll"}
# Verbs that undo or confirm an earlier decision: their present tense tells the news of the ruling, not
# a scheduled event, so a date beside them is the earlier decision's ("The ruling overturns a decision
# by the regional court in March", in September: last March, not next; round 26).
RULING_LEMMAS = {"overturn", "reverse", "quash", "uphold", "overrule", "annul", "rescind"}
NOT_SCHEDULING_LEMMAS = {"be", "have", "say"} | RULING_LEMMAS
# A year or full date that opens a sentence as its time adverbial ("In 1936, ...", "On July 3, 1936 ...")
# sets the time a narrative has reached; one used attributively ("the 1988 bombing") does not.
NARRATIVE_PREP = re.compile(r"(?:^|[.!?]\s+|\n|[\"'`]\s*)(?:(?:And|But|Then|Later|By|Since)\s+)?(?:in|on|during|by|until|throughout)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
LATER_COUNT = re.compile(r"\blater$", re.I)
RANGE_YEAR_AHEAD = re.compile(
    rf"\s*(?:-|\u2013|/|to|through|until|till|and)\s*(?:(?:the\s+)?(?:early\s+|late\s+)?{SEASON}\s+(?:of\s+)?)?(?:{MONTH}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*)?(?:{MONTH}\s*)?,?\s*(?P<year>{YEAR4})\b")
ENDED_DATE = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended|to)\s+(?:on\s+)?(?P<month>{MONTH})(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>{YEAR4}))?\b")
# "the year ending tomorrow": a reporting period too
ENDED_DEICTIC = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended)\s+(?:on\s+)?(?:today|tomorrow|yesterday|{WEEKDAY})\b", re.I)
# Words after which "a week", "an hour" is a stretch of time (elsewhere it is mostly a rate).
BEFORE_BARE_DURATION = {
    "for", "in", "within", "after", "than", "over", "about", "nearly", "almost", "of", "lasting", "took",
    "take", "takes", "taking", "spent", "spend", "spends", "last", "lasted", "lasts", "to", "only", "just",
    "least", "half", "barely", "around", "under", "some", "roughly", "approximately", "another", "by",
    "during", "once", "past", "next", "up", "most", "less", "more", "and", "or", "been",
}
# "March for Life", "Spring of Life": a capitalized name continues after the month or season.
NAME_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]")
# Capitalized words before a year that do not make it part of a name.
NOT_A_NAME = ({name for name in MONTHS} | set(WEEKDAYS) | set(SEASONS)
               | {"in", "since", "until", "by", "from", "through", "during", "before", "after", "of", "and", "or",
                  "fiscal", "late", "early", "mid", "circa", "year", "the", "to", "between", "around", "about", "but",
                  "spring", "summer", "fall", "autumn", "winter", "christmas", "easter", "thanksgiving", "for"})
# Nouns after "today's" that make it the present age, not the day ("today's world", "in today's dollars")
GENERIC_AFTER_TODAY = re.compile(
    r"\s+(?:(?:young|modern|global|fast-paced|complex)\s+)?(?:world|society|youth|young\s+people|generations?|children|kids|"
    r"teenagers|standards|dollars|terms|culture|economy)\b", re.I)
AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b|-old\b", re.I)
ORD_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
DEC_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
              "eighties": 8, "nineties": 9}

# Holidays with a fixed calendar rule (US rules for Thanksgiving, Labor and Memorial Day), by the
# lower-case name the "holiday" pattern finds: ("fixed", month, day); ("nth", month, weekday, n, days
# after) for the n-th (n < 0: last) weekday of a month; ("easter", days after Easter Sunday).
HOLIDAYS = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25), "christmas eve": ("fixed", 12, 24),
    "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31), "independence day": ("fixed", 7, 4),
    "halloween": ("fixed", 10, 31), "valentine's day": ("fixed", 2, 14), "veterans day": ("fixed", 11, 11),
    "boxing day": ("fixed", 12, 26), "may day": ("fixed", 5, 1), "bastille day": ("fixed", 7, 14),
    "thanksgiving": ("nth", 11, 3, 4, 0), "thanksgiving day": ("nth", 11, 3, 4, 0),
    "labor day": ("nth", 9, 0, 1, 0), "memorial day": ("nth", 5, 0, -1, 0),
    "election day": ("nth", 11, 0, 1, 1),  # the Tuesday after the first Monday of November
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
}

# --- reference dates (temporal/reference.py) -------------------------------------------------------

_REF_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_REF_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REF_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_REF_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Full dates with a year, in the orders news uses.
FULL_DATE = re.compile(
    rf"\b(?:{_REF_MONTH}\s+{_REF_DAY},?\s+{_REF_YEAR}|{_REF_DAY.replace('day>', 'day2>')}\s+{_REF_MONTH.replace('month>', 'month2>')},?\s+{_REF_YEAR.replace('year>', 'year2>')}"
    rf"|(?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))\b"
)
# "Thursday, June 27" / "Thursday (June 27)" / "Thursday 27 June": a weekday next to a month and day.
WEEKDAY_DATE = re.compile(
    rf"\b{_REF_WEEKDAY},?\s+\(?(?:{_REF_MONTH}\s+{_REF_DAY}|{_REF_DAY.replace('day>', 'day2>')}\s+{_REF_MONTH.replace('month>', 'month2>')})\b(?!,?\s*(?:1[89]|20)\d\d)"
)
# A dateline: at the start of one of the first lines, after an optional place and agency, a full date
# followed by the end of the line or a dash ("June 28, 2024 -", "SEOUL, June 28, 2024 (AP) --"). The place
# may have up to three parts: "KOUROU, French Guiana, Feb. 26, 2026", "ST. PAUL, Minn., May 2, 1998".
# A place may be written with accented capitals ("ÖREBRO, Sweden, ...", "MÁLAGA, Spain, ..."): missed,
# the dateline stayed in the lead's sentence and its country became the lead's subject.
DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted|Date|Dated)\s*:?\s*)?(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]{1,40},\s+){0,3}"
    r"(?:\([A-Za-z .-]+\)\s*)?"
    rf"(?:{_REF_WEEKDAY.replace('weekday>', 'dl_weekday>')},?\s+)?$"
)
DATELINE_SUFFIX = re.compile(r"^\s*(?:$|[-\u2013\u2014(|]|\d{1,2}:\d\d|at\b)")

# --- narrative time (temporal/narrative.py, temporal/history.py) ------------------------------------

# An explicit year written as a time adverbial or a date's year: "in 1939", "by 1945", "March 1916",
# "28 March 1939", "June 5, 1987", "490 BC". A year used as a figure ("1,939", "$1939") is not one.
EXPLICIT_YEAR = re.compile(
    rf"(?:\b(?:in|of|since|until|till|by|during|from|to|through|before|after|early|late|mid-?)\s+|"
    rf"(?-i:{MONTH})\s+(?:\d{{1,2}},?\s+)?|\b\d{{1,2}}\s+(?-i:{MONTH})\s+)"
    rf"(?P<year>\d{{3,4}})\b(?![,.]\d|\s*%|\s*percent)(?P<bc>\s*(?:BCE?|B\.C\.E?\.?))?", re.I)
# A date without its year: "in May", "on 28 March", "June 10", "the spring", "that summer".
PARTIAL_DATE = re.compile(
    rf"(?:\b(?:in|on|by|until|during|of|early|late|mid-?)\s+(?-i:{MONTH})\b(?!,?\s+\d{{3,4}})|"
    rf"(?-i:{MONTH})\s+\d{{1,2}}\b(?!,?\s+\d{{3,4}}|\d)|\b\d{{1,2}}\s+(?-i:{MONTH})\b(?!,?\s+\d{{3,4}}))", re.I)
# What a report about its own days says: "yesterday", "on Tuesday", "last week", "this month".
OWN_DAYS = re.compile(
    rf"\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year|weekend)|"
    rf"(?-i:{WEEKDAY})|(?:\w+\s+)?(?:days|weeks|months)\s+ago)\b", re.I)
ERA_BC = re.compile(r"B\.?C\.?(?:E\.?)?$", re.I)
# What may stand before the first year of "1861-1863": a line or clause break, a preposition, a
# determiner or conjunction, a word of time ("the war 1864-1865", "active 1911-1920") or a name ("the
# Eastern Theater 1861-1863"); another lowercase word ("lines 1200-1250") makes them a range of figures.
BEFORE_YEAR_RANGE = re.compile(
    r"(?:(?:^|\n|[(,:;])\s*|\b(?:in|from|of|between|during|the|and|or|for|since|until|till|to|by|over|"
    r"throughout|after|before|early|late|mid|years?|wars?|era|period|reign|active|born|lived|ruled|served|"
    r"[A-Z][\w'’]*)\s+)$")
# "four days after the vote", "a year after Marathon": the event a count of days leads from, when
# it is a short noun phrase (a name, or "the" and a noun) that ends the clause.
AFTER_EVENT = re.compile(rf"\s+(?!(?:{MONTH}|{WEEKDAY}|Christmas|Easter|Thanksgiving)\b)(?:the\s+[a-z]+|"
                         r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})(?=\s*[,.;:)]|\s+[a-z])")

# --- cues the handlers read around an expression (temporal/context.py, dates.py, periods.py,
# relative.py, durations.py; numbers.py, recognition.py, tagger.py) ---------------------------------

ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# "on the night of Feb. 3, 2023": a full date a story stands on, as "on Feb. 3, 2023" is (round 62d)
ON_PART_OF_DAY_BEFORE = re.compile(r"\bon\s+the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+$", re.I)
DEADLINE_BEFORE = re.compile(r"\b(?:by|through|until|till)\s+(?:early\s+|mid-?|late\s+)?$", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)
PM_PARTS = re.compile(r"afternoon|evening|night", re.I)
CLOCK_PREP_BEFORE = re.compile(r"\b(?:at|by|until|till|around|about|before|after|from|to)\s+$", re.I)
# (read on lower-cased text) "May" is the month after a preposition of time, or as the second end of a span
# of months ("between March and May", "from April to May")
MAY_PREP_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|from|through|during|early|late|mid|last|next|this|before|after|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december)\s+(?:and|to|through|until|till))\s+$")
SPELLED_YEAR_COMPOUND = re.compile(r"(?:nineteen|eighteen)[- ](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)")
SPELLED_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|of|since|until|by|from|to|through|during|and|early|late|mid)\s+$", re.I)
# A number after a word that numbers things is no year: "budget number 1000", "Resolution No. 1500", and
# a batch, lot, flight or route number ("batches 2210 to 2245", "Flight 1549"); the second number of such a
# range ("routes 1801 to 1830") is numbered too.
NUMBERED_BEFORE = re.compile(r"\b(?:[Nn]umbers?|[Nn]os?\.|[Nn]r\.|[Bb]atch(?:es)?|[Ll]ots?|[Ff]lights?|[Rr]outes?)"
    r"(?:\s+\d+\s*(?:-|\u2013|to|and|through))?\s*$")
# What may stand between a clock time and the set that makes it a habit (temporal/habits.py): nothing
# ("at 5:30 every morning") or a preposition of the set ("until 2 a.m. at weekends", "at 9 on Sundays").
HABIT_CLOCK_LINK = re.compile(r"\s*(?:(?:at|on)\s+)?", re.I)
# A clock time right before "at weekends" / "on weekends" (no time expression of its own here, so a
# description keeps the words) is the hour of a weekly habit: "open until 2 a.m. at weekends".
HABIT_CLOCK_AFTER = re.compile(r"\s+(?:at|on)\s+weekends\b", re.I)
# The times a set next to them counts (temporal/habits.set_neighbours, round 73f): what stands between a
# set and the clock time after it ("Every morning at 7:40"), between a set's weekday and the weekdays listed
# with it ("every Monday and Thursday"), between a yearly set and the month or season after it ("every year
# after the winter storms"); a word that makes a month or season one date all the same ("each year since
# last March").
SET_CLOCK_LINK = re.compile(r"\s*,?\s*at\s+", re.I)
SET_LIST_LINK = re.compile(r"\s*(?:,|and|or|&)\s*(?:(?:and|or)\s+)?", re.I)
YEARLY_SET_LINK = re.compile(r"\s+(?:(?:in|on|at|during|after|before|from|through|until|over|around)\s+)?", re.I)
SET_FRAME_DEICTIC = re.compile(r"\b(?:this|next|last|past|coming|previous|following|that)\b", re.I)
# A superlative's scope (temporal/scopes.py, round 73f): a bare "the year", "the winter" after "of" on a noun
# ranked by a superlative (tag JJS) or one of these ("its coldest weather of the winter", "the top eight
# teams of the year"), or by an ordinal on a noun that is no unit of time ("the first bus of the day").
SCOPE_OBJECT = re.compile(r"the\s+(?:year|day|summer|winter|spring|autumn|fall|season)", re.I)
SCOPE_OF_BEFORE = re.compile(r"\bof\s+\Z", re.I)
SCOPE_SUPERLATIVES = {"top", "most"}
SCOPE_RANKS = {"first", "last", "final", "earliest", "latest"}
SCOPE_UNITS = {"day", "night", "morning", "afternoon", "evening", "hour", "minute", "week", "weekend", "month",
               "quarter", "half", "season", "year", "time"}
FIGURE_BEFORE = re.compile(r"[$\u00a3\u20ac#/.:]$|No\.\s?$")
HALF_EDGE = re.compile(r"the\s+(first|second|latter)\s+half", re.I)
# A game's periods (temporal/periods.py): "into the second half of the match", "a goalless first half" in
# a story about a game are the match's halves, not the calendar's; words that say a game is being told.
GAME_PERIOD_AFTER = re.compile(r"\s+of\s+(?:the|their|a|an|this|that|our|his|its)\s+(?:[\w'-]+\s+){0,2}?"
                               r"(?:match|game|final|semi-?final|derby|contest|fixture|tie|clash)\b", re.I)
GAME_WORDS = re.compile(r"\b(?:(?:the|a|league|cup|football|soccer|rugby|hockey|basketball)\s+match|kick-?off|kicked\s+off|"
                        r"half-?time|full-?time|referee|goalkeeper|striker|midfielder|stoppage\s+time|extra\s+time|"
                        r"shoot-?out|touchdown|innings|equali[sz]er|scored\s+(?:a|the|his|her|their|twice)\b)", re.I)
# "the fall of communism", "the fall of Saigon": the noun "fall" (a collapse), not autumn, when "of" and no
# year follow (temporal/dates.py; "the fall of 2019" is autumn).
FALL_NOUN_AFTER = re.compile(r"\s+of\s", re.I)
# "spring" the water source, not the season (round 64e): a text that names one ("an underground spring",
# "hot springs", "spring water", "the spring's catchment") reads its other "the spring" as the source
# too, unless a preposition of time stands before it ("in the spring", "by the spring", "until the
# spring"); "this spring", "next spring", "the spring of 2027" and a text with no water source are
# untouched (temporal/dates.py h_season).
WATER_SPRING = re.compile(
    r"\b(?:underground|hot|thermal|mineral|karst|karstic|natural|freshwater|fresh-water|artesian|sulph?ur|sulfur|"
    r"saline|salt|geothermal|limestone|mountain|holy|sacred|spa)\s+springs?\b|"
    r"\bsprings?(?:'s)?\s+(?:water|waters|catchment|outlet|intake|basin|pool|aquifer|source|discharge|"
    r"bottling|mouth|head)\b", re.I)
# what makes "the spring" a time in such a text: a preposition of time or an edge word right before it
WATER_SPRING_TIME_BEFORE = re.compile(
    r"\b(?:in|during|by|until|till|since|over|through|throughout|before|after|for|into|early|late|mid)\s+$", re.I)
# "the spring's catchment": the season's possessive before one of the water words
WATER_SPRING_OWNED_AFTER = re.compile(r"'s\s+(?:water|waters|catchment|outlet|intake|basin|pool|aquifer|source|"
                                      r"discharge|flow|mouth|head)\b", re.I)
# "goes to the Bundestag after the summer break": a season's break, recess or holidays after "after" or
# "before" dates nothing: the event comes after (or before) the break, not in the season.
SEASON_BREAK_AFTER = re.compile(r"\s+(?:break|recess|holidays?|vacation)\b", re.I)
# A dateline south of the equator ("MENDOZA, Argentina, Oct. 15" or "SYDNEY, Oct. 15"): its seasons are
# the southern ones (temporal/hemisphere.py)
_SOUTHERN_COUNTRIES = (r"Argentina|Chile|Uruguay|Paraguay|Bolivia|Peru|Brazil|Australia|New\s+Zealand|South\s+Africa|"
                       r"Namibia|Botswana|Zimbabwe|Mozambique|Zambia|Malawi|Madagascar|Lesotho|Eswatini|Angola|"
                       r"Mauritius|Fiji|Samoa|Tonga|Papua\s+New\s+Guinea|Antarctica")
_SOUTHERN_CITIES = (r"BUENOS\s+AIRES|SANTIAGO|MONTEVIDEO|ASUNCION|ASUNCIÓN|LA\s+PAZ|LIMA|SAO\s+PAULO|SÃO\s+PAULO|"
                    r"RIO\s+DE\s+JANEIRO|BRASILIA|BRASÍLIA|SYDNEY|MELBOURNE|BRISBANE|PERTH|ADELAIDE|CANBERRA|HOBART|"
                    r"DARWIN|AUCKLAND|WELLINGTON|CHRISTCHURCH|JOHANNESBURG|CAPE\s+TOWN|PRETORIA|DURBAN|HARARE|"
                    r"MAPUTO|LUSAKA|WINDHOEK|GABORONE|ANTANANARIVO|LUANDA|MENDOZA|CORDOBA|CÓRDOBA|VALPARAISO|SUVA")
SOUTHERN_DATELINE = re.compile(rf"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,\s+(?:{_SOUTHERN_COUNTRIES})\b|(?:{_SOUTHERN_CITIES}),)", re.M)
SEASON_BREAK_BEFORE = re.compile(r"\b(?:after|before|until|till)\s+(?:the\s+|this\s+|next\s+|its\s+|their\s+)?$", re.I)
# "Canada's Summer Chen", "Autumn Peltier": a capitalised season before a capitalised word (not a year
# or a month) is a first name (temporal/dates.py); "Summer 2024" and "the Summer Olympics" are dealt with
# by the season pattern itself.
SURNAME_AFTER = re.compile(r" (?!(?:Of|In|And|For|The|On|At|To|By)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'][A-Z]?[a-z]+)?\b")
# A capitalised word (no preposition opening a sentence) right before such a season makes it part of a
# name of something else: "the Iraq Spring Fighting of 2004" is that spring.
NAME_WORD_BEFORE = re.compile(r"\b(?!(?:In|On|At|By|For|And|But|As|With|From|During|Since|After|Before)\b)[A-Z][\w-]*\s+$")
# "the next day" right after a clock time, "at 8 a.m. the next day": one time, on the day after the day
# the text has just told (the clock's own day), read as one expression by `extract`.
# The words before "midnight on <day>" that carry a happening on through that day's midnight ("kept the
# debate going until well after midnight on Wednesday", "the talks ran past midnight on Friday"): the
# night that ends the day named, not the small hours that open it (round 60a; a bare "shortly after
# midnight on Friday" stays in Friday's small hours).
MIDNIGHT_RUN_ON_BEFORE = re.compile(
    r"(?:\b(?:until|till)\s+(?:(?:well|long|just|shortly|far|some\s+time)\s+)?(?:after|past)|\bpast)\s+$", re.I)
CLOCK_NEXT_DAY_AFTER = re.compile(r"\s*,?\s+the\s+(?:next|following)\s+day\b(?!\s+(?:of|before|after)\b)", re.I)
# "a Friday in December", "one Sunday in March": some weekday of a month, which the text does not say
# (the month dates the event; no Friday counted from the publication day). SOME_WEEKDAY_BEFORE is read
# right before the weekday, SOME_WEEKDAY_AFTER right after it, CLOCK_SOME_WEEKDAY_AFTER right after a
# bare clock time ("at 4:50 p.m. on a Friday in December": a time of no known day).
SOME_WEEKDAY_BEFORE = re.compile(r"\b(?:a|one)\s+$", re.I)
SOME_WEEKDAY_AFTER = re.compile(rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in|of)\s+(?:early\s+|late\s+|mid-?)?{_MONTH_CI}\b")
CLOCK_SOME_WEEKDAY_AFTER = re.compile(
    rf"\s+on\s+(?:a|one)\s+{_WEEKDAY_CI}(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in|of)\s+(?:early\s+|late\s+|mid-?)?{_MONTH_CI}\b")
# Words right before a bare "h:mm" that make it a time taken by a race or a run, not a time of day
# ("clocked 2:05", "won in 1:50", "a time of 3:41", "finished in 2:09"; "at 1:50" stays a clock time).
RACE_TIME_BEFORE = re.compile(
    r"\b(?:clock(?:ed|s|ing)?|(?:finish(?:ed|es|ing)?|won|wins|win|ran|runs|run|swam|swims|swim|raced|races|completed|"
    r"completes|qualified|qualifies|came\s+home|touched\s+(?:the\s+wall\s+)?)(?:\s+(?:in|with))?|"
    r"(?:time|times|record|best|mark|timing)\s+of|timed\s+at)\s+$", re.I)

THE_BEFORE_DECADE = re.compile(r"\bthe\s+(?:early\s+|late\s+|mid-?)?$", re.I)
SEASON_PREP_BEFORE = re.compile(r"\b(?:in|this|last|next|during|by|until|since|over|the)\s+$", re.I)
NOUN_OF_BEFORE = re.compile(r"\b[a-z]+s?\s+of\s+$")
# "the first patient of the winter season", "the last match of the summer season": a season a body keeps
# (a club's, a rescue centre's, a resort's), begun and ended on its own days, no calendar season
# (dates.h_season, timelines only; "this winter season", "the winter season of 2024" keep theirs).
SEASON_NOUN_AFTER = re.compile(r"\s+season\b", re.I)
STRETCH_BEFORE_LOWER = re.compile(r"\b(?:over|throughout|through)\s+$")
# "for the next year", "for the coming decade": a stretch of time ahead, not the year after (TimeBank has
# "closed over the next year or so" as the year)
SPAN_AHEAD_BEFORE = re.compile(r"\bfor\s+$", re.I)
STRETCH_BEFORE = re.compile(r"\b(?:over|throughout|through)\s+$", re.I)
# "expect the bypass to be working by the weekend", said on a Wednesday: a deadline, so the coming
# weekend (not the one just gone, as a bare "the weekend" early in the week is)
WEEKEND_AHEAD_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.I)
RATE_BEFORE = re.compile(r"(?:\d|\$|cents?|percent|%|times|once|twice|million|billion|thousand|dollars?|euros?|pounds?|yen)\s*$", re.I)
FRACTION_OF_AFTER = re.compile(r"\s+of\b(?!\s+(?:a|an|the)\s+(?:century|hour|year)\b)")
# "the last year of the sentence", "the final week of the campaign": the last unit of something's span, not
# the calendar unit before the report's; not "of" a date ("the last week of June", "of 2025", "of last year")
SPAN_OF_AFTER = re.compile(r"\s+of\s+(?:the|his|her|its|their|this|that)\s+(?!(?:year|month|week|decade|century|"
                           r"season|summer|winter|spring|autumn|fall)\b|\d)[a-z]", re.I)
# "a quarter" is a stretch of three months only after a preposition of time ("for a quarter", "in a
# quarter", "took a quarter") and not before a noun it measures ("a quarter point", "a quarter mile");
# a word that starts no noun phrase may follow it ("in a quarter that ...", "for a quarter or more").
QUARTER_DURATION_BEFORE = re.compile(
    r"\b(?:for|in|over|within|during|after|than|another|past|next|take|takes|took|taking|last|lasts|lasted|"
    r"lasting|spent|spend|only|just)\s+$", re.I)
NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|which|when|where|while|and|or|but|nor|to|in|on|at|of|for|from|with|by|into|ago|earlier|later|"
    r"before|after|ended|ending|than|as|so|is|was|were|are|be|been|has|had|have|will|would|could|the|a|an|this|its|"
    r"their|his|her|our|we|they|it|he|she)\b)[a-z]")
PLURAL_UNIT_PREP_BEFORE = re.compile(r"\b(?:for|in|over|within|took|take|takes|taking|last|lasted|lasts|spent|spend|after)\s+$")
NOT_DURATION_AFTER = re.compile(r"\s+(?:of|ago|earlier|later|before|after|old)\b")
VAGUE_DURATION_PREP_BEFORE = re.compile(r"\b(?:for|in|after|within|over)\s+$", re.I)
PAST_COUNT_AFTER = re.compile(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decade|year|month|week|day|century)", re.I)
YEAR_RATE_BEFORE = re.compile(r"(?:\d|\$|cents?|percent|%|times|once|twice|billion|million)\s*$", re.I)
EVERY = re.compile(r"(?:every|each|per)\s+(?:other\s+)?(?:(\S+)\s+)?(\S+)$")
FREQUENCY = re.compile(r"(?:once|twice|\S+\s+times)\s+(?:a|an|per|every|each)\s+(\S+)$")
PARTS_OF_DAYS = re.compile(r"(?:(\w+)\s+)?(mornings|evenings|nights|afternoons)$")
NUMBER_RANGE = re.compile(r"\b(?:to|or)\b|\d\s*-\s*\d")
RANGE_DASH_BEFORE = re.compile(r"\s*(?:-|\u2013|through|to|and|until)\s*$")
ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]{1,3}|[ap]\.m)\.$")
MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|'ll|hope\s+to|hopes\s+to)\s+$", re.I)
# "overnight" as a manner ("suddenly"), not a night: "almost overnight", and a change under a modal or a
# negation in the same clause: "would kill new investment overnight", "it did not happen overnight"
OVERNIGHT_MANNER_BEFORE = re.compile(r"\b(?:almost|virtually|practically|literally|seemingly|nearly|as\s+if)\s+$", re.I)
OVERNIGHT_MANNER_CLAUSE = re.compile(
    r"\b(?:will|would|could|can|cannot|may|might|should|won't|wouldn't|couldn't|can't|not|never|n't)\b"
    r"(?=.*\b(?:happen|change|disappear|vanish|transform|kill|become|evaporate|fix|solve|cure|go\s+away|"
    r"wipe|collapse|double|triple|emerge|appear|destroy|reverse|undo)(?:s|es|d|ed|ing)?\b)", re.I | re.S)
# Words after "overnight" that show it is no premodifier of a noun ("disinfected overnight and ...")
OVERNIGHT_ADVERB_AFTER = re.compile(
    r"\s*(?:[^\w\s]|$|(?:and|or|but|on|in|at|to|from|after|before|as|while|when|amid|into|with|by|for|so|because|"
    r"the|a|an|its|their|his|her|until|near|across|outside|inside)\b)", re.I)
# Words before a day that make it the day a report was made ("police said on Saturday", "told reporters
# Friday"), not a day the narration is on: a bare clock time after it takes the day before it.
REPORT_DAY_BEFORE = re.compile(
    r"\b(?:said|says|added|announced|reported|confirmed|told\s+(?:\w+\s+){1,2}?)\s*(?:on\s+)?$", re.I)
# A day or part of a day counted back from the story's day ("the night before", "the previous evening"):
# a backgrounder's time, not the day the narration is on, for a bare clock time in a later sentence.
COUNTED_BACK = re.compile(r"\b(?:before|earlier|previous|preceding|prior)\b", re.I)
# A figure's yardstick before a day ("Turnout was 58 percent, up from 52 percent in the first round a
# week earlier"): the day the figure is compared with, not a day the narration is on; a bare clock time
# in a later sentence passes over it (temporal/dates.py, _narrated_day).
YARDSTICK_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|(?:more|less|fewer|higher|lower)\s+than)\b[^.;:!?]*$", re.I)
# An aside's opening before a day in it (", which lifted off on Thursday, docked at 6:14 a.m."): a
# relative clause of another happening, whose day is not the one a later clock time of the sentence is on.
ASIDE_BEFORE = re.compile(r",\s+(?:which|who)\b[^,.;:]*$", re.I)
# "since" right before a day: the day a state runs from ("Okafor, who had led since Friday, ..."), not a
# day the narration is on: a bare clock time after it takes the scene's day (temporal/dates.py).
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# "late (on)" right before a day: that day's evening ("launched late on Friday"; temporal/relative.py,
# a quoted "tonight" in a story of the night before).
LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", re.I)
# Verbs of reporting, which tie no sentence to the scene of another (temporal/dates.py, _scene_day).
REPORT_LEMMAS = {"say", "tell", "add", "report", "announce", "confirm", "state"}
# A preposition of time before a quarter or season ("before the end of the first quarter", "in the
# spring"): such a period dated by a future clause lies ahead.
# A share of "the day" ("now uses a wheelchair for most of the day", "is closed for part of the day"):
# in a present clause with no auxiliary, a share of every day, no date (relative._the_unit).
DAY_SHARE_BEFORE = re.compile(r"\b(?:most|much|part|all|some)\s+of\s+$", re.I)
# A share of "the year's" something ("half the year's methane comes out in two or three weeks", "most
# of the year's rain falls in March"): in a present clause with no auxiliary, every year's, no date.
YEAR_SHARE_BEFORE = re.compile(
    r"\b(?:(?:most|much|part|all|some|(?:a|one|two)\s+(?:third|quarter|fifth)s?)\s+of\s+|half\s+(?:of\s+)?)$", re.I)
PERIOD_PREP_BEFORE = re.compile(
    r"\b(?:in|by|before|during|until|till|through|throughout|over|from|(?:end|start|beginning|middle|close)\s+of)\s+$", re.I)
# A bare participle's preposition of a month gone in a finite past clause ("A report released in May
# found ..."): context.Tense.finite_past; "a summit set for April" looks ahead
PAST_PARTICIPLE_PREPS = {"in"}
# A sentence's closing attribution (", the ministry said.", ", officials told reporters."), matched on the
# rest of the sentence after a partial date: a present-day source's statement, dated from the reference
# year, not from a history sentence's year before it ("In December 2021, a fire killed 40. The ferry
# passed its last inspection in March, the ministry said.": this March; round 26).
TRAILING_ATTRIBUTION = re.compile(
    r"[^.!?;\n]*,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'-]+\s+){0,3}?(?:said|says|told\s+\w+|added|reported|announced|"
    r"confirmed|stated)\s*[.!]?\s*$", re.I)
# "A smaller ice storm in December 2013 cut power to thousands of homes over Christmas": a month or holiday
# after a date with a year in figures in the same clause is of that year (temporal/context.sentence_year);
# a comma ends the clause ("the firm, founded in 1990, said in March"), but not before "when" ("the 2003
# theft, when a gang emptied the vault over a weekend in February"; round 32).
YEAR_IN_FIGURES = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
# ("but" opens another clause: "reported overheating in late 2024 but had not found a pattern until this
# summer"); a date that points from now ("this summer", "next March") is never the clause's year
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|although|though)\b", re.I)
DEICTIC_START = re.compile(r"(?:this|these|next|last|coming|past)\b", re.I)
WHEN_CLAUSE_GAP = re.compile(r"^[^,;:()\u2013\u2014]*,\s+when\s[^,;:()\u2013\u2014]*$", re.I)
# "the iron frame of 1951", "the flood law of 1998": a year that names which thing a noun is, not a time the
# text tells; a month after it in the same sentence takes the year the sentence opened with ("By 2019,
# engineers found that the iron frame of 1951 had rusted, and the carillon was closed that October":
# October 2019; context.told_year). Not a time noun's "of" ("the summer of 1951", "the end of 1951").
# "under a 2021 change to the law": an article before a year in figures used as a noun's modifier; "May of
# that year" after it leans on the sentence's earlier date of a happening ("had ruled in March 2025 that
# ... under a 2021 change. The heirs appealed in May of that year": May 2025; history.h_month_of_that_year)
ARTICLE_BEFORE_YEAR = re.compile(r"\b(?:a|an|the)\s+$", re.I)
NOUN_OF_YEAR_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:end|start|beginning|middle|close|turn|spring|summer|autumn|fall|winter|year|years|month|months|"
    r"half|quarter|part|course|rest)\s)[a-z-]+\s+of\s+$")
# The preposition of a limit in a past relative clause on the subject of a clause that looks ahead
# ("warned that staff who stayed away beyond Thursday could lose their pay": the relative's past is the
# reporting's sequence of tenses, the limit a day still to come; context.Tense.limit_condition). Only
# "beyond": "after" and "until" also tell days gone ("fans who arrived after Friday will get refunds")
LIMIT_CONDITION_PREPS = {"beyond"}
# The preposition that takes a forecast verb's prospect as a direct object does ("warned of more
# delays over the weekend", as "predicted delays"): what is warned of lies ahead of the warning
# (context.Tense.prospect_object, for "the weekend" only; relative.py)
PROSPECT_OBJECT_PREPS = {"of"}
# "during the week" / "in the week" beside a habit is the weekdays of any week, no date: opposed in the same
# sentence to weekends in the plural ("shows films only at weekends, and hosts bingo during the week") or to a
# repeated time ("every morning"), or in a clause a habit adverb marks (relative._the_unit, with
# context.Tense.habitual). The preposition that makes "the week" a stretch within it, and the opposed words;
# "the weekend" in the singular may be a dated one ("talks stalled over the weekend and resumed during the week").
WEEK_WITHIN_BEFORE = re.compile(r"\b(?:during|in)\s+$", re.I)
WEEK_HABIT_CONTRAST = re.compile(
    r"\bweekends\b|\bevery\s+(?:other\s+)?(?:day|morning|afternoon|evening|night|weekday|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
