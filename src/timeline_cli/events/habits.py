"""A habit is no day's news (docs/events.md, "A habit in the lead"): a verb that a set modifies
("For two years, she left her house at 5:30 every morning"), or the amount of time it takes ("has
spent up to two hours a day on her motorbike"), tells what recurred, not what happened on the
publication day, so the lead rule gives it no row.

So is what a relative clause says can be done in a season named bare ("stubble, which the beetles can
use to shelter over winter", "ponds that mosquitoes can breed in during summer"): each year's habit,
no happening of one season; a row would give it this year's season. A season with its own year or
"this", "next", "last" ("which the club can fill next summer") and a main clause ("The line can open in
spring") are not this.

So is a bare season or holiday on a verb of a habit (round 50b): "had phoned him regularly and visited
at Christmas" (an adverb of a habit on the verb or the conjunct it joins), "In the 1950s it sold 8,000
tickets a week in summer" (a set on the verb or its object, or a decade or century on the verb), "the
pitches may be used only in summer" (a limit, "only", not under "will"): every year's season, no row
giving it this year's. "Christmas Day 2019", "this summer", "the summer", "It was only in spring that
..." (the cleft's date hangs on "was") and "will reopen only in spring" keep theirs.

So is a clock time or a weekday of a habit (round 51b): "at 6 a.m. and 6 p.m. every day", "on the
last Friday of each month" (a set on the time itself), "usually between 1 a.m. and 4 a.m." (an adverb
of a habit just before it), "typically lock the doors at 6 p.m." (one on its own verb): each day's or
each week's time, no row giving it one day. "at 6 a.m. on Friday" (a day of its own) and "Crews usually
arrive ..., but they reached the site at 3:40 a.m." (the adverb on the other conjunct) keep theirs.
Round 63b looks at the time's own verb whatever verb the row went to ("used grinders, and usually
struck between 2 a.m. and 5 a.m.": neither row is dated), and takes a negated present with a bare
plural subject as a general truth ("Hospitals don't close at midnight").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def habitual(predicate: Token, spans: dict) -> bool:
    """Whether a set ("every morning", "at 5:30 every morning") modifies `predicate`: a habit, which the
    lead rule does not date on the publication day ("For two years, she left her house at 5:30 every
    morning", "has spent up to two hours a day on her motorbike"). `spans`: time expression -> its span in
    the doc."""
    sets = {i for expression, span in spans.items() if expression.type == "SET" for i in range(span.start, span.end)}
    # a set on an amount of time the verb takes ("has spent up to two hours a day on ..."): a habit too
    amounts = {i for expression, span in spans.items() if expression.type == "DURATION"
               for i in range(span.start, span.end)}
    # the verbs a set of days or longer on the first of them counts too ("Every morning she unlocks the
    # school, lights the stove and writes the date": the conjuncts of one habit, round 73f); not one of
    # seconds or minutes ("Every 28 seconds the press hisses, opens and pushes out a disc": the scene)
    targets = {predicate.i}
    verb = predicate
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        targets.add(verb.i)
    for expression, span in spans.items():
        if expression.type != "SET" or len(targets) > 1 and not _daily_or_longer(expression):
            continue
        head = span.root.head
        # up through prepositions and other sets only: "daily" in "capped daily withdrawals" is the
        # object's, no habit of the verb
        while head.i not in targets and (head.pos_ == "ADP" or head.i in sets or head.i in amounts) and \
                head.head.i != head.i:
            head = head.head
        if head.i in targets:
            return True
    return False


def _daily_or_longer(expression) -> bool:
    """A set whose period is a day or longer ("every morning", "each Monday", "every year"), not one of
    seconds, minutes or hours ("Every 28 seconds", value PT28S)."""
    return not expression.value.startswith("PT")


def long_standing(predicate: Token, words: EventWords) -> bool:
    """"For three generations the family has walked the woods", "has farmed these hills for four
    generations", "For most of her life she has painted ...": a present perfect (simple or
    progressive) with a "for" phrase (`duration_preps`) whose object is a span of lives or seasons
    (`lifetime_nouns`, which the tagger reads as no duration) tells a standing habit or state, not
    the day's news: the lead rule gives it no publication date (round 29)."""
    auxes = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or auxes[0].lemma_.lower() not in words.perfect_aux or auxes[0].tag_ not in ("VBZ", "VBP") or \
            any(a.dep_ == "auxpass" for a in auxes):
        return False  # (a passive's "for" is how long a measure runs: "has been banned for three seasons")
    return lifetime_phrase(predicate, words)


def lifetime_phrase(predicate: Token, words: EventWords) -> bool:
    """Whether `predicate` has a "for" phrase (`duration_preps`) whose object is a span of lives or
    seasons (`lifetime_nouns`), counted or most of one: "for three generations", "for most of its
    history"."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.duration_preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # a count of them ("three generations", "generations"), or the most of one ("for most of
            # her life"); not one of them ("won the contract for its fifth season")
            # (not a count of something else: "for the third time in a generation")
            if obj.lemma_.lower() in words.lifetime_nouns if obj.tag_ == "NNS" else part_of_lives(obj, words):
                return True
    return False


def part_of_lives(noun: Token, words: EventWords, heads: tuple[str, ...] = ("JJS", "JJ", "DT", "PDT")) -> bool:
    """Whether `noun` is a part of a span of lives or seasons ("most of its history", "all of her
    life"): a quantifier word (`heads`) whose "of" phrase is a `lifetime_nouns` noun."""
    return noun.tag_ in heads and any(o.dep_ == "pobj" and o.lemma_.lower() in words.lifetime_nouns
                                      for p in noun.children if p.dep_ == "prep" for o in p.children)


def seasonal_ability(span, pred: Token, chain: list[Token], words: EventWords) -> bool:
    """Whether the row's date is a bare season (`span` one word, "summer") and its verb, in a relative
    clause, has a modal of habit ("which the fungus can use to survive over summer"): module doc."""
    if len(span) != 1 or span[0].lower_ not in words.season_words or not words.habit_modals:
        return False
    verbs = [*chain, pred]
    while verbs[0].dep_ == "xcomp" and verbs[0].head.i != verbs[0].i and verbs[0].head.pos_ == "VERB":
        verbs.insert(0, verbs[0].head)  # "which the beetles can use to shelter over winter": the relative's verb
    if not any(v.dep_ == "relcl" for v in verbs):
        return False
    return any(c.dep_ == "aux" and c.lower_ in words.habit_modals for v in verbs for c in v.children)


def held_before(predicate: Token, spans: dict, words: EventWords) -> bool:
    """"Marta had worked nights at the depot for six years", "had been living in the flat for a
    decade": an active past perfect (simple or progressive) with a "for" phrase (`duration_preps`) whose
    object is a duration the tagger found tells a state held up to the story's time, begun long before
    it: no day's news, so the lead rule gives it no publication date, nor the day a later sentence
    gives its actor (round 45). `spans`: time expression -> its span in the doc."""
    auxes = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    if not auxes or auxes[0].lower_ not in words.past_perfect_aux or any(a.dep_ == "auxpass" for a in auxes):
        return False
    amounts = {span.root.i for expression, span in spans.items() if expression.type == "DURATION"}
    return any(prep.dep_ == "prep" and prep.lower_ in words.duration_preps and
               any(obj.dep_ == "pobj" and obj.i in amounts for obj in prep.children)
               for prep in predicate.children)


def season_habit(span, pred: Token, spans: dict, words: EventWords) -> bool:
    """Whether the row's date is a bare season or holiday ("in summer", "at Christmas") that hangs on
    `pred` in a frame of a habit, or a clock time or weekday of a habit (`clock_or_weekday`, module
    doc). `spans`: time expression -> its span in the doc."""
    if quantified_frame(span, spans, words):
        return True  # "on the Saturday night before each clock change", "every day of the year" (round 71d)
    name = span.text.lower()
    season = name in words.season_words or name in words.holiday_names
    kind = None if season else clock_or_weekday(span, spans)
    graded = not season and kind is None and _graded_season(span, words)  # "late summer"
    month = not season and kind is None and not graded and _yearless_month(span, spans, words)  # "late March"
    if not season and kind is None and not graded and not month:
        return False
    doc = span.doc
    first = span.start - 1 if span.start and doc[span.start - 1].pos_ != "ADP" else span.start - 2
    if kind == "bare" and first >= 0 and doc[first].lower_ in words.habit_adverbs:
        return True  # "had cut locks, usually between 1 a.m. and 4 a.m.", "typically at 5 a.m.": the time's
    if (season or graded or month) and first >= 0 and doc[first].lower_ in words.habit_adverbs and \
            not (pred.dep_ == "relcl" and (span.start <= pred.head.i < span.end or
                                           span.root.head.pos_ == "ADP" and pred.head.i == span.root.head.head.i)):
        # a month or season with no year of its own (round 66e): "the season's opening, normally in June,
        # was postponed", "needs more fuel before the road closes, usually in late March": each year's, no
        # one June; but "until the frosts, usually in late October, when the flies stop" dates its own
        # "when" clause, what this year's late October is expected to bring
        return True
    if month:
        return False  # (a bare month keeps its date otherwise: "will vote in June")
    inside = range(span.start, span.end)
    if kind and any(e.type == "SET" and (o.root.head.i in inside or o.root.head.head.i in inside)
                    for e, o in spans.items()):
        return True  # "at 6 a.m. and 6 p.m. every day", "on the last Friday of each month": a set, whatever verb
    if kind and _shares_set_noun(span, spans):
        return True  # "will run six buses a day from Monday to Friday": the set and the days on one noun (round 66e)
    if kind == "bare" and len(span) == 1 and _weekday_of_owned_plural(span[0]):
        return True  # "would keep her Thursday training sessions": every Thursday's (round 66e)
    prep = span.root.head
    if not season and span.root.dep_ == "prep":
        prep = span.root  # "between midnight and 5 a.m.": the preposition is the expression's
    if (season or graded) and prep.dep_ == "prep" and quantified_present(prep.head, words) and (
            prep.head.i == pred.i or pred.dep_ in ("advcl", "relcl") and
            (pred.head.i == prep.head.i or span.start <= pred.head.i < span.end)):
        return True  # "Most deaths happen in late summer, when bats are feeding": a rule, no one summer
    own = span[0] if span[0].dep_ == "prep" else prep  # (a time at the end of the text may be parsed apart)
    verb = own.head if own.dep_ == "prep" else own if own.pos_ in ("VERB", "AUX") else None
    if kind == "bare" and verb is not None and (any(
            c.dep_ == "advmod" and c.lower_ in words.habit_adverbs for c in verb.children) or
            _generic_negation(verb, words)):
        # "used grinders, and usually struck between 2 a.m. and 5 a.m.": the time's own verb tells a habit,
        # whatever verb the row went to; "Hospitals don't close at midnight": a general truth (round 63b)
        return True
    if kind == "bare" and own.dep_ == "prep" and _clock_time(span, spans) and (
            bare_plural(own.head) or verb is not None and _generic_relative(verb, words)):
        # "a bonus for shifts between 11 p.m. and 7 a.m.": the hours of a kind of thing; "the nurses who
        # start at 5 in the morning": what a kind of people do each day, no one day (round 66e)
        return True
    if kind == "bare" and span.root.dep_ in ("advmod", "npadvmod") and _clock_time(span, spans) and \
            span.root.head.pos_ in ("VERB", "AUX") and _generic_relative(span.root.head, words):
        # "nurses who work overnight", "porters, who must stay at the hotel overnight": the time an
        # adverb of the relative's verb, not a phrase, is each night's all the same (round 71d)
        return True
    if prep.dep_ != "prep" or prep.head.i != pred.i:
        return False  # the date is on another word ("It was only in spring that ...": on "was")
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if season and prep.i > 0 and doc[prep.i - 1].lower_ in words.limiting_adverbs and \
            not any(a.lower_ in words.definite_future_aux for a in auxes):
        return True  # "be used only in summer", not "will reopen only in spring" (not before spring)
    verbs = [pred, pred.head] if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") else [pred]
    if season and any(c.dep_ == "advmod" and c.lower_ in words.habit_adverbs for v in verbs for c in v.children):
        return True  # "had phoned him regularly and visited at Christmas"
    # a clock time or a bare weekday: the adverb on its own verb (or just before the time, above), not on
    # a conjunct ("Crews usually arrive ..., but they reached the site at 3:40 a.m.": that one night)
    if kind == "bare" and any(c.dep_ == "advmod" and c.lower_ in words.habit_adverbs for c in pred.children):
        return True
    for expression, other in spans.items():
        if other.start == span.start:
            continue
        head = other.root.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        if expression.type == "SET" and (head.i == pred.i or head.head.i == pred.i):
            return True  # "sold more than 8,000 tickets a week in summer", "twice a year at Easter"
        if expression.type == "DATE" and expression.granularity in ("decade", "century") and head.i == pred.i:
            return True  # "In the 1950s it sold ... in summer": each summer of the decade
    return False


def quantified_frame(span, spans: dict, words: EventWords) -> bool:
    """Whether the date is one of many that each/every counts (round 71d): a day or time with no number
    of its own told from an event that recurs ("on the Saturday night before each clock change", "at 6
    a.m. after every home match": a sequence preposition right after it, `sequence_preps`, whose object
    has "each" or "every", `every_determiners`), or the frame of a counted day or its exception ("open
    every day of the year", "each weekend of the summer", "runs every day except Sunday": the date the
    object of an "of" or "except" on a noun counted so, or on such a phrase's noun). Every such day, no
    one: no row. "on the Friday before the timetable change" (one change), "in each month of 2024",
    "every year except 2020" and "on March 3 before each vote" (a number of their own: that year, that
    day) keep theirs; so does "Every passenger on Friday" (an "on" phrase: that Friday's)."""
    if not words.every_determiners:
        return False
    doc = span.doc

    def counted(noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in words.every_determiners for c in noun.children)

    if any(t.like_num for t in span) and clock_or_weekday(span, spans) is None:
        return False
    # up through "of" and "except" phrases (`partitive_preps`, `exception_words`) to a counted noun:
    # "every day of the year", "every day except Sunday", "every day of the year except Christmas Day"
    noun = span.root
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i or \
                (prep.lower_ not in words.partitive_preps and prep.lower_ not in words.exception_words):
            break
        noun = prep.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            break
        if counted(noun):
            return True
    after = span.end
    if after < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ in words.sequence_preps:
        return any(o.dep_ == "pobj" and counted(o) for o in doc[after].children)  # "before each clock change"
    return False


def _generic_negation(verb: Token, words: EventWords) -> bool:
    """A negated present simple verb ("don't close", "doesn't run") whose subject is a bare plural
    ("Hospitals", "Night trains": no article, owner or number): what never happens at a time, a
    general truth, no one day's news (round 63b). "The depot doesn't open at 6 a.m. on Sunday" names
    a day and "Our shops do not close" has an owner."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VB" or len(auxes) != 1 or auxes[0].tag_ not in ("VBP", "VBZ") or auxes[0].lemma_ not in words.do_support or \
            not any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in subject.children)


def _yearless_month(span, spans: dict, words: EventWords) -> bool:
    """"June", "late March": a month named by its name alone (a proper noun, no number of a day or a
    year, no "this" or "next"), with only a word of its part before it (round 66e)."""
    expression = _expression_at(span, spans)
    if expression is None or expression.type != "DATE" or expression.granularity != "month":
        return False
    return span[-1].tag_ == "NNP" and not any(t.like_num for t in span) and \
        all(t.lower_ in words.degree_adverbs for t in span[:-1])


def _shares_set_noun(span, spans: dict) -> bool:
    """Whether a set and the clock time or weekdays of `span` modify one noun ("six buses a day from
    Monday to Friday": "a day" and "from Monday to Friday" both on "buses"): the noun's daily or weekly
    round, no one week (round 66e). Only a noun: on a verb the set is `season_habit`'s own loop."""
    doc = span.doc
    heads = {t.head.i for t in span if t.head.i not in range(span.start, span.end)}
    heads = {h for h in heads if doc[h].pos_ != "ADP"} | {doc[h].head.i for h in heads if doc[h].pos_ == "ADP"}
    nouns = {h for h in heads if doc[h].pos_ == "NOUN"}
    return bool(nouns) and any(e.type == "SET" and o.root.head.i in nouns for e, o in spans.items())


def _weekday_of_owned_plural(day: Token) -> bool:
    """A weekday named alone between an owner and the plural noun it names a kind of ("her Tuesday
    coaching sessions", "their Friday prayers"): the sessions of every Tuesday, no one Tuesday (round
    66e). "Sunday's elections", "the Sunday vote" and "his Monday speech" (one of them) are not this."""
    doc = day.doc
    if day.i == 0 or doc[day.i - 1].tag_ != "PRP$" or day.i + 1 >= len(doc):
        return False
    after = day.i + 1
    while after + 1 < len(doc) and doc[after].dep_ == "compound" and doc[after].head.i > after:
        after += 1  # "coaching" before "sessions"
    return doc[after].tag_ == "NNS" and all(doc[k].tag_ != "POS" for k in range(day.i + 1, after + 1))


def _clock_time(span, spans: dict) -> bool:
    """Whether `span` is a clock time (its value has an hour), not a weekday."""
    expression = _expression_at(span, spans)
    return expression is not None and "T" in (expression.value or "")


_OWN_WORDS = ("det", "poss", "nummod")


def bare_plural(noun: Token, proper: bool = False) -> bool:
    """A plural common noun with no article, owner or number ("shifts", "flights"): a kind, not some
    of them (round 66e); `proper`: a plural proper noun too ("Heaters sold before ...", which the
    tagger may tag NNPS at a sentence's start: class_participles.py)."""
    return noun.tag_ in (("NNS", "NNPS") if proper else ("NNS",)) and \
        not any(c.dep_ in _OWN_WORDS for c in noun.children)


def _generic_relative(verb: Token, words: EventWords) -> bool:
    """A relative clause's present simple verb (no auxiliary) on a plural noun ("the nurses who start
    ...", "drivers who work ..."): what such people do as a rule (round 66e); or one under a modal of a
    rule (`rule_modals`: "guards, who must stay on site overnight"), what they have to do each time
    (round 71d). "the nurses who started" and "the nurses who will start" are not this."""
    if verb.dep_ != "relcl" or verb.head.tag_ != "NNS":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBP", "VBZ")
    return verb.tag_ == "VB" and len(auxes) == 1 and auxes[0].lower_ in words.rule_modals


def _graded_season(span, words: EventWords) -> bool:
    """"late summer", "early spring": a season named bare but for a word of its part (round 56c)."""
    return len(span) > 1 and span[-1].lower_ in words.season_words and \
        all(t.lower_ in words.degree_adverbs for t in span[:-1])


def quantified_present(verb: Token, words: EventWords) -> bool:
    """A present simple verb ("happen", "arrives", no auxiliary) whose subject is counted by a word of
    many cases ("Most deaths", "Many visitors", "Few ships"): a rule of what happens, not one event
    (round 56c). "Most residents left", "Most of the staff will return" are not."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in words.habit_quantifiers or any(
        c.dep_ in ("amod", "det") and c.lower_ in words.habit_quantifiers for c in subject.children))


def _expression_at(span, spans: dict):
    """The time expression whose span is `span` (`spans`: expression -> its span), or None."""
    return next((e for e, s in spans.items() if s.start == span.start and s.end == span.end), None)


def clock_or_weekday(span, spans: dict) -> str | None:
    """"bare" when `span` is a clock time named without its day ("at 7 a.m.", "between midnight and 5
    a.m.") or a weekday named alone ("on Saturday"), "weekday" for a weekday with a word of its own
    ("on the last Friday" of each month), else None: what a habit names each day or each week (round
    51b). Not a time with a day, month or year of its own ("at 7 a.m. on Tuesday", "Saturday, May 2"):
    a proper noun, a number of a weekday or a year in it makes it one date."""
    expression = _expression_at(span, spans)
    if expression is None or expression.type == "SET":
        return None
    if span.root.tag_ == "NNP" and expression.granularity == "day" and not any(t.like_num for t in span):
        return "bare" if len(span) == 1 else "weekday"  # "Saturday"; "last Friday" (not "today")
    if expression.granularity == "day" and "/" in (expression.value or "") and "T" not in expression.value and \
            sum(t.tag_ == "NNP" for t in span) == 2 and not any(t.like_num for t in span):
        return "weekday"  # "from Monday to Saturday": two days named alone (round 66e)
    if "T" in (expression.value or "") and not any(t.tag_ == "NNP" or (t.like_num and len(t) == 4) for t in span):
        return "bare"
    return None
