"""Context of an expression, the second stage: the tense of its clause (from the spaCy parse when a
Doc is given, from cheap textual cues otherwise), the last calendar expression before it, the year of a
partial date and the day of a weekday, and the time a narrative has reached (`narrative_year`; the
narrative kind's overrides are in narrative.py). Handlers read it through `self`."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from .numbers import mod_of, parse_number, parse_year, unit_of
from .timex import interval, value_at
from .words import ENGLISH, TemporalWords

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How far back (characters, same paragraph) the date that set a narrated year may stand.
_TEXT_KEY = "timeline_cli.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc and kept: spaCy makes a Token of every word and joins their
    texts again on each call, and the line-breaks component and the tagger both read it. Kept only
    while its length is the doc's (as `events.layout_of` checks its layout)."""
    text = doc.user_data.get(_TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != length:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


NARRATIVE_WINDOW = 1500
_SENT_END = re.compile(r"[.!?\n]\s")
# A line opening with a year and a dash or a colon is an entry of a chronology ("2014 - Zipp launches in
# October ...", "2021: The company returns in April"): its months and days are of that year.
_ENTRY_HEADING = re.compile(r"[ \t]*(?P<year>1[5-9]\d\d|20\d\d)[ \t]*(?:-|\u2013|\u2014|:)[ \t]+[^\d\s]")


def entry_heading(text: str, pos: int) -> re.Match | None:
    """The year heading that opens the line holding `pos`, when that line is a chronology entry ("2014 -
    Zipp launches in October ..."); its "year" group is the entry's year. The tagger dates the entry's
    months by it, and the event rules leave it out of the entry's description (events/describe.py)."""
    return _ENTRY_HEADING.match(text, text.rfind("\n", 0, pos) + 1)


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    calendar: bool = True  # a place on the calendar that later anaphora may lean on
    derived: bool = False  # itself computed from an earlier expression ("a year earlier")
    year: int | None = None  # the year it names explicitly, when it is a point a narrative can stand on
    kind: str = ""  # the grammar pattern that found it
    # the days it covers when they are not its value's ("the past year" told on 2026-09-25: the value
    # 2025, as TimeBank annotates it, but the twelve months back to the report, 2025-09-25..2026-09-25)
    days: tuple[str, str] | None = None



def _particles(lemmas: frozenset[str] | set[str]) -> set[str]:
    """The particles the pack's two-word lemmas end in ("push back", "call off": back, off)."""
    return {lemma.split()[1] for lemma in lemmas if " " in lemma}


def _phrasal_lemma_in(verb, lemmas: frozenset[str] | set[str], particle_deps: tuple[str, ...]) -> bool:
    """Whether `verb`, alone or with its particle (a child of `particle_deps` that one of the two-word
    lemmas ends in: "pushed the vote back", "called the match off"), is among `lemmas`."""
    particles = _particles(lemmas)
    particle = next((c.lower_ for c in verb.children if c.dep_ in particle_deps and c.lower_ in particles), "")
    return verb.lemma_ in lemmas or f"{verb.lemma_} {particle}" in lemmas


class Tense:
    """Tense of the clause around a character offset: 'past', 'future' or None (present/unknown)."""

    def __init__(self, text: str, doc: Doc | None, words: TemporalWords = ENGLISH):
        self.text = text
        self.doc = doc
        self.words = words
        # offsets from the doc's array: iterating the doc would make a Token of every word
        self.starts = doc.to_array(IDX).tolist() if doc is not None else None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        left = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start),
                   self.text.rfind("? ", 0, start), self.text.rfind("! ", 0, start))
        match = _SENT_END.search(self.text, end)
        return left + 1, match.start() + 1 if match else len(self.text)

    def at(self, start: int, end: int) -> str | None:
        if self.words.future_right.match(self.text, end):
            return "future"  # "Tuesday's planned visit": what is planned lies ahead
        if self.words.future_left.search(self.text, max(0, start - 30), start) or self.words.deadline_left.search(
                self.text, max(0, start - 90), start):
            if self.words.past_schedule.search(self.text, max(0, start - 60), start):
                return "past"  # "it had been due to expire Friday": a plan the text looks back on
            return "future"
        if self.doc is not None:
            return self._from_doc(start, end)
        return self._from_text(start, end)

    def _deep_in_infinitive(self, token) -> bool:
        """Whether `token` sits deep in noun phrases (through prepositions only) under an infinitive
        that looks ahead: "plans to put the finds on display in an exhibition opening in October",
        where the parser reads "opening" as a noun, so no verb is found within four steps up."""
        node = token
        for _ in range(10):
            if node.dep_ not in ("pobj", "prep", "compound", "dobj") or node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return any(c.dep_ == "aux" and c.lower_ == self.words.infinitive_marker for c in node.children) \
                    and self._verb_tense(node) == "future"
        return False

    def _from_text(self, start: int, end: int) -> str | None:
        s, e = self.sentence(start, end)
        before, after = self.text[s:start], self.text[end:e]
        window = before[-80:] + " " + after[:60]
        if self.words.future_words.search(window):
            return "future"
        if self.words.past_words.search(window):
            return "past"
        return None

    def has_perfect_aux(self, verb) -> bool:
        """Whether `verb` has a past perfect's auxiliary among its children ("had begun")."""
        return any(c.lower_ in self.words.past_perfect_aux for c in verb.children)

    def _token_and_verb(self, start: int):
        """The token at `start` and the verb it hangs from (up to four steps up the parse), or None."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        token = verb = self.doc[i]
        for _ in range(4):
            if _verbal(verb) or verb.head.i == verb.i:
                break
            verb = verb.head
        return (token, verb) if _verbal(verb) else None

    def governed_by_date(self, start: int, date_start: int) -> bool | None:
        """Whether the verb the date at `date_start` hangs from governs the verb of `start` ("closed in
        2021 after the roof fell overnight"), not through an aside (`acl`/`amod`) that only describes a
        noun; None when either hangs from no verb."""
        found, told = self._token_and_verb(start), self._token_and_verb(date_start)
        if found is None or told is None:
            return None
        return told[1].dep_ not in ("acl", "amod") and told[1] in found[1].ancestors

    def finite_past(self, start: int) -> bool:
        """Whether the parse hangs `start` from a finite past verb ("changed", "was sold", "had
        said"), not from a participle alone ("a summit set for April")."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token, verb = found
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and token.dep_ == "pobj" and token.head.head.i == verb.i and \
                token.head.lower_ in self.words.past_participle_preps and not _lemma_in(verb, self.words.future_lemmas) \
                and not _lemma_in(verb, self.words.schedule_for_lemmas) \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "A report released in May found ...": a bare participle of a finite past clause tells a
            # month gone too (not "a summit set for April", nor "a vote scheduled in May")
            verb = _governing_verb(verb.head)
            if verb is None:
                return False
        return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.words.past_aux
                                         for c in verb.children)

    def prospect_object(self, start: int, of_object: bool = False) -> bool:
        """Whether `start` hangs from a past verb whose object is a prospect ("did not rule out strikes
        in July", "threatened walkouts in August", "predicted a rebound in May"): a plan, forecast or
        threat verb (`future_lemmas`, `forecast_lemmas`, `prospect_lemmas`) with an object before the
        date, not past perfect. Its month may be one still to come, though the clause is past."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token, verb = found
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        if not (_lemma_in(verb, self.words.future_lemmas) or _lemma_in(verb, self.words.forecast_lemmas)
                or f"{verb.lemma_} {particle}" in self.words.prospect_lemmas):
            return False
        if not any(c.dep_ == "dobj" and c.i < token.i for c in verb.children) and not (of_object and any(
                c.dep_ == "prep" and c.lower_ in self.words.prospect_object_preps and c.i < token.i
                and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)):
            return False
        return not self.has_perfect_aux(verb)

    def prospect_until(self, start: int) -> bool:
        """Whether `start` is the limit of a warned or forecast prospect ("warned of possible
        shortages of the drug until March"): "until" on a forecast verb (`forecast_lemmas`) with its
        prospect before it, as `prospect_object` with "of" (round 65e). The prospect runs up to a month
        still to come."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token, verb = found
        prep = token.head
        return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in self.words.until_preps
                and prep.head.i == verb.i and _lemma_in(verb, self.words.forecast_lemmas)
                and self.prospect_object(start, of_object=True))

    def perfect_plan(self, start: int) -> bool:
        """Whether `start` is in what a plan in the past perfect was for ("had planned to start the
        service in June", "the vote had been scheduled for June"): by the parse when there is one
        (an infinitive under a plan verb with "had"), else by the text just before."""
        if self.words.past_schedule.search(self.text, max(0, start - 60), start):
            return True
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        if verb.tag_ != "VB" or not any(c.lower_ == self.words.infinitive_marker for c in verb.children):
            return False
        head = verb.head
        return (head.tag_ == "VBN" and (_lemma_in(head, self.words.future_lemmas) or head.lemma_ in self.words.commit_lemmas)
                and self.has_perfect_aux(head))

    def limit_condition(self, start: int) -> bool:
        """Whether `start` is the object of a limit preposition (`limit_condition_preps`: "beyond") in a
        past relative clause with no auxiliary on the subject of a clause that looks ahead ("warned that
        staff who stayed away beyond Thursday could lose their pay"): the relative tells a condition of
        what is ahead, its past only the reporting's sequence of tenses, so the day is still to come."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token, verb = found
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in self.words.limit_condition_preps:
            return False
        if prep.head.i != verb.i and not (prep.head.dep_ in ("advmod", "prt") and prep.head.head.i == verb.i):
            return False  # the verb's own limit, or its particle's ("stayed away beyond Thursday")
        if verb.dep_ != "relcl" or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        noun = verb.head
        return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and \
            self._verb_tense(noun.head) == "future"

    def could_ahead(self, start: int) -> bool:
        """Whether the parse hangs `start` from a verb under an affirmative, not perfect "could"
        (`forecast_modal_aux`: "said the quota could be raised in the spring"): for a month or season
        already over this year, with "in" before it, a possibility still ahead (next year's); "could
        not sell the crop in the spring" and "could have" are left to the clause."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "could run a consultation and bring in an order by the spring": the first's "could"
        return self._could_verb(verb)

    def _could_verb(self, verb) -> bool:
        """Whether `verb` is under an affirmative, not perfect "could" (`could_ahead`)."""
        lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(lowers & self.words.forecast_modal_aux) and not lowers & self.words.perfect_aux and not any(
            c.dep_ == "neg" for c in verb.children)

    def _token_starting(self, start: int):
        """The token that begins exactly at character `start`, or None (no parse, or mid-word)."""
        if self.doc is None:
            return None
        i = bisect.bisect_right(self.starts, start) - 1
        return self.doc[i] if i >= 0 and self.starts[i] == start else None

    def noun_modifier(self, start: int) -> bool:
        """Whether the parse makes the word at `start` a modifier of a noun after it ("the winter | coat",
        "the summer | tyres"), a subject or object: a kind of thing, not a time."""
        token = self._token_starting(start)
        if token is None:
            return False
        head = self._modified_noun(token)
        # (not a preposition's object: "before the summer offensive" may still place a time)
        return head is not None and head.dep_ != "pobj"

    @staticmethod
    def _modified_noun(token):
        """The common noun after `token` that the parse makes it a modifier of, or None."""
        head = token.head
        return head if token.dep_ in ("compound", "amod", "nmod") and head.i > token.i and head.pos_ == "NOUN" else None

    def holiday_modifier(self, start: int, end: int) -> bool:
        """Whether the parse makes the holiday name at start:end a modifier of a noun after it ("the
        Christmas market", "Halloween costumes", "the Easter egg hunt"): a kind of thing, not the day,
        even after a preposition ("stranded at the Christmas market"). Not a part of the day ("on
        Christmas morning" is the day's morning) nor an event or a stretch of time, which the holiday
        dates ("the Boxing Day game", "the Christmas Eve concert", "the Christmas sales period")."""
        token = self._token_starting(start)
        if token is None:
            return False
        last = token
        while last.i + 1 < len(self.doc) and self.doc[last.i + 1].idx < end:
            last = self.doc[last.i + 1]
        head = self._modified_noun(last)
        if head is None:
            return False
        if token.i and self.doc[token.i - 1].tag_ == "IN" and head.dep_ in ("nsubj", "nsubjpass"):
            return False  # "By Christmas officials had agreed": the comma left out, the parse run on
        return head.lemma_.lower() not in self.words.parts_of_day and not self._dated_noun(head)

    def _dated_noun(self, noun) -> bool:
        lemma = noun.lemma_.lower()
        return lemma in self.words.event_nouns or lemma in self.words.fixture_nouns or \
            lemma in self.words.gathering_nouns or lemma in self.words.holiday_span_nouns

    def model_year(self, start: int) -> bool:
        """Whether the parse makes the year at `start` say which model or vintage a named thing is ("a
        1962 Jaguar", "whose 1969 Porsche 911", "a 1958 Gibson guitar"): a modifier of a name, of a
        number after a name or of a noun after a name, that the parser tags no event ("the 2022 World
        Cup"). Such a year tells no time of the text (round 63b)."""
        token = self._token_starting(start)
        if token is None:
            return False
        i = token.i
        head = token.head
        if token.dep_ not in ("nummod", "compound", "nmod") or not i < head.i <= i + 4 or head.ent_type_ == "EVENT" or \
                self.doc[i + 1].is_punct:  # (not a heading's year: "2015 - Taxi drivers stage ...")
            return False
        return head.pos_ == "PROPN" or head.pos_ in ("NUM", "NOUN") and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)

    def reported_could(self, start: int) -> bool:
        """Whether `start` is the verb's own day (its adverbial, bare or through a preposition) in a
        clause under an affirmative, not perfect "could" that reports what someone said ("the weather
        service said more rain could fall on Tuesday"): the reporter's "can fall", a possibility still
        ahead. "said he could not attend on Monday" and "could have left" are left to the clause."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None or not self._could_verb(found[1]):
            return False
        token, verb = found
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False  # a passive ("said the family could be located on Monday"): as likely what was done
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in self.words.report_lemmas or verb.head.i > verb.i:
            # (not with the report told after the clause: "The family could be located Wednesday, police said" may be an
            # ability the search had)
            return False
        return token.head.i == verb.i or token.head.dep_ == "prep" and token.head.head.i == verb.i

    def bare_present(self, start: int) -> bool:
        """Whether the parse hangs `start` from a present-tense verb without an auxiliary ("buys gold
        in January"): a schedule, or a headline's past."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)

    def modal(self, start: int) -> bool:
        """Whether the parse hangs `start` from a verb under a modal that is no future auxiliary (could, may, might,
        should, must; not will/would/shall), not perfect ("could be locked in their cells for most of the day"):
        what may happen on any day, not on one the text told."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        auxes = [c for c in found[1].children if c.dep_ in ("aux", "auxpass")]
        # (not "will": "will block the bridge for part of the day" may be the day the text names)
        return any(c.tag_ == "MD" and c.lower_ not in self.words.future_aux for c in auxes) and \
            not any(c.lower_ in self.words.perfect_aux for c in auxes)

    def habitual(self, start: int) -> bool:
        """Whether the parse hangs `start` from what holds time and again rather than once: a clause
        with a habit adverb ("is usually closed in winter"), or a copula with its predicate in the
        present ("beaches are crowded in summer") or in a report's past ("said the terrace was the
        club's main source of income in summer"); not under "will" or a perfect, not a due date."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        children = list(verb.children)
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in self.words.future_aux or c.lower_ in self.words.perfect_aux or c.tag_ == "MD" for c in auxes):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in self.words.habit_adverbs for c in children):
            return True
        if verb.tag_ == "VBN" and auxes and all(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes) \
                and not _lemma_in(verb, self.words.future_lemmas) and verb.dep_ in ("ROOT", "ccomp"):
            return True  # a state in the present passive: "the beaches are crowded in summer"
        if verb.lemma_ not in self.words.copulas or not any(c.dep_ == "attr" or c.dep_ == "acomp" and c.lemma_ not in self.words.past_due_heads
                                          and not _lemma_in(c, self.words.future_lemmas) for c in children):
            return False
        first = auxes[0] if auxes else verb
        if first.tag_ in ("VBZ", "VBP"):
            return True
        return first.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_ in self.words.report_lemmas

    def present_habit(self, start: int) -> bool:
        """Whether the parse hangs `start` from a verb in the simple present with no auxiliary, no
        copula and a subject that is no name ("the cabs get to 45 degrees in summer", "tourist boats
        account for most of the traffic in summer"): with a bare season, what happens every such season
        (round 70d). Not a verb of a one-off that news tells in the present for its schedule
        (`scheduled_present_lemmas`: "the museum reopens in spring", "the season begins in spring"),
        nor a plan's ("expects")."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in self.words.copulas or any(
                c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return False
        if verb.lemma_ in self.words.scheduled_present_lemmas or _lemma_in(verb, self.words.future_lemmas) \
                or verb.lemma_ in self.words.not_scheduling_lemmas:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(c.pos_ in ("NOUN", "PRON") for c in subjects)

    def past_due(self, start: int) -> bool:
        """Whether `start` is in what a plan in the simple past was due to do ("the previous waiver was
        due to expire at midnight on Sunday"): a weekday there is the one just gone, not the next."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        verb = found[1]
        head = verb.head
        if not (verb.tag_ == "VB" and any(c.lower_ == self.words.infinitive_marker for c in verb.children)
                and head.lemma_ in self.words.past_due_heads and head.dep_ == "acomp" and (
                    head.head.tag_ == "VBD" or head.head.tag_ == "VBN" and any(
                        c.dep_ == "aux" and c.lower_ in self.words.past_perfect_aux for c in head.head.children))):
            return False  # (a past perfect too, round 58c: "had been due to return on Wednesday")
        # ... but what someone said was due ("ballots were due to go to the printer on Thursday, an
        # official said") is their "are due to", put in the past by the reporting: the day lies ahead,
        # unless a past conjunct tells what became of the plan ("... but were postponed")
        copula = head.head
        reports = self.words.report_lemmas
        reported = copula.dep_ == "ccomp" and copula.head.lemma_ in reports or any(
            c.dep_ in ("parataxis", "ccomp") and c.lemma_ in reports and c.i > copula.i for c in copula.children)
        return not reported or any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") for c in copula.children)

    def moved_to(self, start: int) -> bool:
        """Whether `start` is the day a thing is moved to ("had already moved the funerals to Friday",
        "the vote was pushed back to Thursday"): the new day, which lies ahead of the moving whatever
        its tense (round 65e); not a participle's ("the final, moved to Saturday, ended 2-1": a
        modifier of what the clause tells, which may be gone)."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token = found[0]
        if token.dep_ == "compound":
            token = token.head  # "to Saturday morning": the weekday a compound of the part of day
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ not in ("prep", "dative") or prep.lower_ not in self.words.reschedule_preps:
            return False
        verb = prep.head
        if verb.lower_ in _particles(self.words.reschedule_lemmas) and verb.dep_ in ("advmod", "prt"):
            verb = verb.head  # "pushed back to Friday": the parse hangs "to" on "back"
        if verb.pos_ != "VERB" or verb.dep_ in ("acl", "amod"):
            return False
        return _phrasal_lemma_in(verb, self.words.reschedule_lemmas, ("prt", "advmod"))

    def due_before_future(self, start: int) -> bool:
        """Whether `start` is the day a thing "had been due" on, told in a relative clause of a noun
        whose own clause looks ahead ("the second load, which had been due on Friday, will go to
        Ghent"): the plan was changed before its day came, so the day is the coming one (round 65e)."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token = found[0]
        if token.dep_ == "compound":
            token = token.head
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        copula = prep.head
        if copula.lemma_ in self.words.past_due_heads and copula.dep_ == "acomp":
            copula = copula.head  # "due | on Friday": the parse may hang the day on "due"
        if copula.lemma_ not in self.words.copulas or copula.dep_ != "relcl" or not any(
                c.dep_ == "acomp" and c.lemma_ in self.words.past_due_heads for c in copula.children):
            return False
        noun = copula.head
        for _ in range(3):  # "a second load of blades, which had been due ...": the clause of "load"
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                break
            noun = noun.head.head
        main = noun.head
        return noun.dep_ in ("nsubj", "nsubjpass") and main.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in self.words.head_future_aux for c in main.children)

    def due_at(self, start: int) -> bool:
        """Whether `start` is the date a thing was said to be due at ("another shipment was due in
        December", "the payment was due on March 3"): a past copula of reported speech, whose date is
        still the coming one when it has not yet come."""
        found = self._token_and_verb(start) if self.doc is not None else None
        if found is None:
            return False
        token, verb = found
        return verb.tag_ == "VBD" and self._due_date(token, verb)

    def _due_date(self, token, verb) -> bool:
        """Whether `token` is the object of a preposition on "due" (`past_due_heads`) or on its copula
        `verb`: the parse hangs the date on "due" or on the copula right after it ("was due | in
        December")."""
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        return any(c.dep_ == "acomp" and c.lemma_ in self.words.past_due_heads and c.i < prep.i
                   and prep.head.i in (c.i, verb.i) for c in verb.children)

    def _from_doc(self, start: int, end: int) -> str | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        root = _span_root(self.doc[i], end)
        if self._foreseen_by(root):
            # "expected the first results by early June", "forecast a drop in temperature by Thursday":
            # what is foreseen by a day lies ahead of the foreseeing, however far up the verb is
            return "future"
        if self._called_off(self.doc[i]):
            return "near"  # "cancelled Sunday's card", on a Saturday: the fixture had not yet come
        found = self._token_and_verb(start)
        if found is None:
            if self._deep_in_infinitive(self.doc[i]):
                return "future"
            if _noun_with_subject(self.doc[i]):
                # "the school holidays in Saxony end on Sunday", "end" parsed a noun: a word with its own
                # subject is the clause's verb, a present one (a past would not pass for a noun), news's
                # present for a day ahead, as "the strike starts Friday" (round 70f)
                return "future"
            return self._from_text(start, end)
        token, verb = found
        verb = _reporting_verb_before(self.doc, self.doc[i], verb, self.words.report_lemmas)
        verb = _reported_clause_before(token, verb, self.words.report_lemmas)
        predicate = _misread_predicate(token)
        if predicate is not None and not predicate.i < verb.i < token.i:
            # a present-tense verb of its subject ("... host Liverpool on Sunday"), unless the parse found
            # a verb in that clause ("..., spokeswoman Ann Lee said on Tuesday")
            return None if predicate.lemma_ in self.words.not_scheduling_lemmas else "future"
        # an adverbial of the verb itself ("meets Friday", "starts on Friday"), not a noun's modifier
        # ("follows Tuesday's declaration"); also through the expression's own head word, `root` ("leaves
        # at 6:15 p.m. on Monday": the weekday hangs from "p.m.", the adverbial)
        adverbial = any(t.head.i == verb.i or (t.head.dep_ == "prep" and t.head.head.i == verb.i) for t in {token, root})
        if root.head.dep_ == "prep" and root.head.lower_ in self.words.until_preps and root.head.head.i == verb.i \
                and (self._present(verb) or self._modal_ahead(verb)):
            # "the bridge is closed until Friday", "has issued an alert until Monday", "might not be
            # reconnected until Wednesday": the state runs up to a day ahead of the report (a past "was
            # closed until Monday" is left to its clause)
            return "future"
        if self._start_ahead(root, verb):
            return "future"
        # the preposition's object is the weekday, or the expression's head word when the weekday is a
        # compound of it ("called a protest for Wednesday evening": "for" holds "evening"); "for" may hang
        # on the verb's object ("set the final vote for Thursday")
        dated = token if token.dep_ == "pobj" else root
        held = dated.head.head if dated.dep_ == "pobj" else None
        scheduled = held is not None and (held.i == verb.i and (
            dated.head.lower_ in self.words.schedule_for_preps and verb.lemma_ in self.words.schedule_for_lemmas
            or verb.lemma_ in self.words.schedule_on_lemmas and any(c.dep_ == "dobj" for c in verb.children))
            or held.dep_ == "dobj" and held.head.i == verb.i and dated.head.lower_ in self.words.schedule_for_preps
            and verb.lemma_ in self.words.schedule_for_lemmas)
        if not scheduled and held is not None and dated.head.lower_ in self.words.schedule_for_preps:
            planner = self._scheduled_object_verb(held)
            if planner is not None:
                scheduled, verb = True, planner
        if scheduled:
            # "the agency forecast heavy snow for Friday", "called a strike for Monday", "planned a
            # rally on Saturday": set for that day, ahead of the report, unless the plan is looked back
            # on ("had been scheduled for Friday")
            perfect = self.has_perfect_aux(verb)
            # ... but "said she had called a meeting for Thursday" is her "have called", put in the past
            # by the reporting: the meeting still lies ahead (a passive "had been scheduled" looks back)
            reported = verb.dep_ == "ccomp" and verb.head.lemma_ in self.words.report_lemmas and \
                not any(c.dep_ == "auxpass" for c in verb.children)
            return "past" if perfect and not reported else "future"
        if held is not None and (held.i == verb.i or held.dep_ == "dobj" and held.head.i == verb.i) \
                and self._arranged(dated, verb):
            return "future"
        inviting = self._invited_infinitive(token, verb)
        if inviting is not None:
            # "has invited both sides to meet again on Monday" (round 58c): the meeting's day, ahead of
            # the inviting; "had invited them to meet on Monday" looks back, as below
            return "past" if self.has_perfect_aux(inviting) else "future"
        if self._offered(root, verb) or self._invited_to(token, verb):
            # "offered a second meeting on Tuesday", "has invited union leaders to talks on Sunday": the
            # gathering offered or called to lies ahead; "had offered", "had invited" look back, unless it
            # is what someone "said" ("said she had invited them to talks on Thursday": her "have
            # invited", put in the past by the reporting). (Offering, inviting and forecasting verbs are
            # apart, so this goes before the forecast's rule as well as after.)
            reported = verb.dep_ == "ccomp" and verb.head.lemma_ in self.words.report_lemmas \
                or self._reported_conjunct(verb)
            return "past" if not reported and self.has_perfect_aux(verb) else "future"
        if _lemma_in(verb, self.words.forecast_lemmas) and root.dep_ == "pobj" and root.head.dep_ == "prep" \
                and root.head.head.i != verb.i and root.head.head.dep_ in ("pobj", "dobj") \
                and not self.has_perfect_aux(verb):
            # "forecast more mild weather, with rain on Friday": a day inside what is forecast (not the
            # verb's own "forecast on Monday that ...") lies ahead of the forecast
            return "future"
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and self._misparsed_plan(root.head.head, set()):
            return "future"  # "is due to finish in November", "finish" parsed a noun
        if self._due_ahead(token, verb) or self._due_ahead(root, verb) or self._deadline_ahead(root, verb):
            # (through the span's root too: "are due back on Tuesday evening", the weekday a compound)
            return "future"
        tense = self._verb_tense(verb, adverbial and token.dep_ != "poss")
        if tense is None:
            # "could fall on Saturday, when the heat is expected to peak": a day its own "when" clause
            # looks forward to lies ahead, whatever the clause the day is in
            when = self._when_clause(token)
            if when is not None and self._verb_tense(when) == "future":
                return "future"
            if self._pending(verb):
                return "future"  # "will reopen when the repairs are done on Tuesday"
        return tense

    def _scheduled_object_verb(self, held):
        """The verb of calling, setting or forecasting (`schedule_for_lemmas`) whose object holds the
        "for" phrase deep inside it, or None (round 67c): the parse may hang "for Tuesday" on a word of
        the object's own modifiers ("called a stoppage on building sites across the city for Tuesday":
        "for" on "building", read as a participle), yet the day is the stoppage's, set ahead as "called
        a stoppage for Tuesday" is. Up from that word through nouns, prepositions and participles with
        no subject or auxiliary of their own to the verb's direct object; a finite verb on the way
        ("called a meeting after the plant closed for Tuesday's inspection") stops the walk."""
        t = held
        for _ in range(6):
            if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.i != t.i and t.i != held.i:
                return t.head if t.head.lemma_ in self.words.schedule_for_lemmas else None
            if t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBG", "VBN") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children)):
                return None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _reported_conjunct(self, verb) -> bool:
        """Whether a past perfect verb with no subject of its own is a conjunct of a reporting verb that
        has a reported clause before it ("said she was disappointed and had invited both sides to talks
        on Thursday": the parse joins "had invited" to "said", yet it is her reported "have invited",
        put in the past by the reporting; round 67c). Not a conjunct of a report with no reported
        clause ("said nothing and had invited ..."), which narrates."""
        head = verb.head
        if verb.dep_ != "conj" or head.lemma_ not in self.words.report_lemmas or head.i == verb.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in head.children)

    def _arranged(self, dated, verb) -> bool:
        """Whether the date ("on"/"for" a day, hung on the verb) is the day of what an active present
        perfect of arranging has as its object ("local groups have organised a clean-up on Saturday",
        "the club has arranged a charity match for Sunday"; round 60a): a present perfect takes no past day of its
        own, so the day is the arranged event's, ahead. Not a simple past ("organised a search on
        Saturday" may be the organising's day), a passive or a particle verb ("has set up")."""
        if verb.tag_ != "VBN" or not _lemma_in(verb, self.words.arranged_on_lemmas) \
                or dated.head.lower_ not in self.words.arranged_on_preps:
            return False
        if not any(c.dep_ == "aux" and c.lower_ in self.words.perfect_aux and c.tag_ in ("VBZ", "VBP")
                   for c in verb.children):
            return False
        if any(c.dep_ in ("auxpass", "prt") for c in verb.children):
            return False
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)

    def _misparsed_plan(self, verb, lowers: set[str]) -> bool:
        """Whether a bare verb is the infinitive of a plan word that the parser read as the object of a
        preposition ("the work is due | to | finish in November", "to" a preposition, "finish" its object):
        what is due or planned to be done lies ahead, as with the infinitive parsed right; not a plan
        in the past perfect ("had been due to finish in May"). The parser may tag the verb a noun ("is due
        to | finish", NN): a bare singular noun then, with no word of its own before it (not "due to the
        strike", "due to heavy snow", a cause)."""
        if lowers or verb.dep_ != "pobj" or verb.i == 0:
            return False
        if verb.tag_ != "VB" and (verb.tag_ != "NN" or any(c.i < verb.i for c in verb.children)):
            return False
        marker = self.doc[verb.i - 1]
        if marker.lower_ != self.words.infinitive_marker or marker.dep_ != "prep":
            return False
        head = verb.head.head if verb.head.i == marker.i else verb.head
        if not (_lemma_in(head, self.words.future_lemmas) or head.lemma_ in self.words.commit_lemmas):
            return False
        copula = head.head if head.dep_ == "acomp" else head
        return not (self.has_perfect_aux(head) or self.has_perfect_aux(copula))

    def _due_ahead(self, token, verb) -> bool:
        """Whether `token` is the date a thing is due at, told in the present ("results are due on Feb.
        4", "the ruling is due in March"): ahead of the report (a past "was due on" is `due_at`'s)."""
        return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and self._due_date(token, verb)

    def _deadline_ahead(self, root, verb) -> bool:
        """Whether the date is a deadline "before"/"by" in a relative clause of the subject of a clause
        that looks ahead ("customers who signed before December 15 would keep their prices", said in
        September): what the subject may still do by then, so the date lies ahead of the report."""
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.words.deadline_preps \
                or prep.head.i != verb.i or verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if self.has_perfect_aux(verb):
            return False  # "who had signed before ..." looks back
        governing = verb.head.head
        return governing.pos_ in ("VERB", "AUX") and self._verb_tense(governing) == "future"

    def _pending(self, verb) -> bool:
        """Whether a verb heads a present "when"/"once" clause of a clause that looks ahead ("the road
        will reopen when the repairs are done on Tuesday"): its day lies ahead too. A participle or
        infinitive the clause's verb takes carries the day for it (round 57d: "When the plant starts
        making cars again on Monday, it will hire 200 workers": "starts" heads the clause)."""
        if verb.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ not in ("advcl", "relcl") or verb.head.i == verb.i or not self._present(verb):
            return False
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in self.words.pending_marks for c in verb.children):
            return False
        if any(c.lower_ in self.words.perfect_aux for c in verb.children):
            return False  # "when the list has been published": done by then, left to the clause
        # round 60a: a present "when" clause with a day of its own tells of a coming happening ("to move
        # into the top 30 when the new list is published on Tuesday": what is past would be "was
        # published"), unless the clause it hangs from is past
        governing = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.head)
        for _ in range(3):
            # up through an infinitive ("points to move ... when ..."): the tense is its head clause's
            if governing is None or not any(c.dep_ == "aux" and c.lower_ == self.words.infinitive_marker
                                            for c in governing.children):
                break
            governing = governing.head if governing.head.pos_ in ("VERB", "AUX") else _governing_verb(governing.head)
        if governing is None or governing.i == verb.i:
            return False
        tense = self._verb_tense(governing)
        return tense == "future" or tense is None and self._present(governing)

    def _called_off(self, token) -> bool:
        """Whether the date is a possessive day ("Sunday's card") of the object of a verb that calls a
        fixture off (`called_off_lemmas`: "cancelled Saturday's meeting and Sunday's card"), or of a
        conjunct of that object (which the parser may hang on the first object's place: "Saturday's
        meeting at Limerick and Sunday's card"), not in the past perfect."""
        if token.dep_ != "poss":
            return False
        noun = token.head
        for _ in range(6):
            if noun.dep_ == "conj":
                noun = noun.head
                if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                    noun = noun.head.head  # "meeting at Limerick and ... card": the conjunct of "meeting"
                continue
            break
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or self.has_perfect_aux(verb):
            return False
        return _phrasal_lemma_in(verb, self.words.called_off_lemmas, ("prt",))

    def _start_ahead(self, root, verb) -> bool:
        """Whether the date is the object of "from" (`start_preps`) on a verb under a modal that looks
        ahead, not perfect ("could ask for an advance from Friday", "can apply from Monday"): what may be
        done from that day starts on a day still ahead. The phrase hangs from the verb or from a noun of
        its object ("an advance of up to 2,000 dollars from Friday")."""
        prep = root.head
        if root.dep_ == "pobj" and prep.dep_ == "prep" and verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl", "acl") \
                and verb.lemma_ in self.words.start_participle_lemmas and prep.head.i == verb.i \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "can choose a refund or a repair starting on Monday": the participle of starting holds the day
            # as "from" would; the modal is the clause's it hangs from (round 66f)
            verb, prep = verb.head, verb
        elif root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.words.start_preps and not (
                prep.lower_ in self.words.start_by_preps and prep.head.i == verb.i):
            return False
        lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        # "has offered 4 percent from April", "proposes a rise from July": terms offered from a day
        # start after the offer, in the present or present perfect too (not "had offered", nor a bare
        # past "offered discounts from May", which may tell when the offer ran; round 68d)
        offered = prep.lower_ in self.words.start_preps and _lemma_in(verb, self.words.offer_lemmas) and \
            (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and lowers & self.words.perfect_aux) and \
            not lowers & self.words.past_perfect_aux and any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)
        if not offered and (not lowers & self.words.start_modals or lowers & self.words.perfect_aux):
            return False
        if prep.lower_ in self.words.start_by_preps and any(c.dep_ == "neg" for c in verb.children):
            return False  # "could not be reached by Friday": left to the clause
        t = prep.head
        for _ in range(4):
            if t.i == verb.i:
                return True
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def _modal_ahead(self, verb) -> bool:
        """Whether a verb's clause is under "may", "might", "will" or "would", not perfect ("might not be
        reconnected", not "might have been"): its state looks ahead, negated or not."""
        lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(lowers & (self.words.possible_aux | self.words.future_aux)) and not lowers & self.words.perfect_aux

    def _foreseen_by(self, root) -> bool:
        """Whether the date is the object of "by" in what a verb of foreseeing foresees ("expected the
        first results by early June", "forecast ..., followed by a drop ... by Thursday"): up from the
        preposition through nouns, prepositions and a participle, to a foreseeing verb that is not past
        perfect ("had expected ... by June" looks back)."""
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in self.words.foresee_by_preps or prep.dep_ != "prep":
            return False
        t = prep.head
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX"):
                if _lemma_in(t, self.words.foresee_by_lemmas):
                    return not self.has_perfect_aux(t)
                if t.tag_ not in ("VBN", "VBG") or t.dep_ not in ("advcl", "acl"):
                    return False
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    @staticmethod
    def _present(verb) -> bool:
        """Whether a verb's clause is in the present or the present perfect ("is closed", "has issued",
        "remains"): its first auxiliary, or the verb itself without one, is a present form."""
        first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
        return first.tag_ in ("VBZ", "VBP")

    def _offered(self, token, verb) -> bool:
        """Whether the date is the day of a gathering a verb offers ("offered a second meeting on Tuesday":
        the verb's object is a meeting, the date hangs from the verb or from that object); or the day of a
        fixture given to someone ("has awarded the town a World Cup race on Jan. 16", round 57d: the
        verb's dative is who gets it; "awarded the contract on Monday" is the awarding's day)."""
        given = verb.lemma_ in self.words.award_lemmas and any(c.dep_ == "dative" for c in verb.children)
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or not (given or _lemma_in(verb, self.words.offer_lemmas)):
            return False
        nouns = self.words.fixture_nouns if given else self.words.gathering_nouns
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in nouns]
        return any(token.head.head.i in (verb.i, o.i) for o in objects)

    def _invited_to(self, token, verb) -> bool:
        """Whether the date modifies what someone is invited or summoned to ("invited them to talks on
        Sunday": date <- on <- talks <- to <- invited)."""
        if verb.lemma_ not in self.words.invite_to_lemmas or token.dep_ != "pobj":
            return False
        noun = token.head.head
        if token.head.dep_ == "prep" and noun.i == verb.i:
            # the parse hangs "on Thursday" on the verb right after "to talks": still the talks' day
            noun = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children
                         if c.dep_ == "pobj" and c.right_edge.i + 1 == token.head.i), noun)
        return (token.head.dep_ == "prep" and noun.dep_ == "pobj" and noun.head.lower_ == "to"
                and noun.head.head.i == verb.i)

    def _invited_infinitive(self, token, verb):
        """The inviting verb when the date hangs on the infinitive it takes, in the active with the
        invitees as its object ("invited both sides to meet again on Monday": Monday <- on <- meet, an
        xcomp with "to", of "invited", whose object is "sides"); else None. The date is the meeting's,
        not the inviting's (round 58c)."""
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.head.i != verb.i:
            return None
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i or head.i > verb.i or head.lemma_ not in self.words.invite_to_lemmas:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == self.words.infinitive_marker for c in verb.children):
            return None
        return head if any(c.dep_ == "dobj" for c in head.children) else None

    def _when_clause(self, token):
        """A relative "when" clause hung on the date's head word ("Saturday, when ..."), or None."""
        return next((c for c in token.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "advmod" and g.lower_ in self.words.when_relatives for g in c.children)), None)

    def _verb_tense(self, verb, adverbial: bool = False) -> str | None:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {c.lower_ for c in auxes}
        if lowers & self.words.future_aux:
            return "future"
        if lowers & self.words.possible_aux and not lowers & self.words.perfect_aux and not any(
                c.dep_ == "neg" for c in verb.children):
            return "future"  # "the storm may reach the coast on Sunday": a possibility ahead
        if lowers & self.words.forecast_modal_aux and not lowers & self.words.perfect_aux and verb.dep_ == "ccomp" \
                and _lemma_in(verb.head, self.words.forecast_lemmas) and not any(c.dep_ == "neg" for c in verb.children):
            return "future"  # "forecasters warned that storms could form on Wednesday": a possibility ahead
        if lowers & self.words.obligation_aux and not lowers & self.words.perfect_aux:
            return "future"  # "must be sent to parliament by Oct. 15": an obligation ahead
        if _lemma_in(verb, self.words.future_lemmas) and verb.tag_ != "VBD":
            return "future"
        if self.words.infinitive_marker in lowers and (verb.tag_ == "VB" or verb.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.tag_ == "VB" for c in auxes)):
            # (a passive infinitive too: "are due to be tried in October", as "are due to stand trial")
            head = verb.head
            if _headline_infinitive(verb):
                return "future"  # a headline's "Princess to marry surgeon in September": what is to come
            plan = _lemma_in(head, self.words.future_lemmas) or head.lemma_ in self.words.commit_lemmas \
                or self._present_foreseen(head)
            if plan and head.tag_ == "VBN" and self.has_perfect_aux(head):
                return "past"  # "had promised to pay by December": a plan the text looks back on
            if plan or head.lower_ in self.words.going_heads or any(
                    c.lower_ in self.words.head_future_aux for c in head.children):
                return "future"
            if head.lemma_ in self.words.directive_lemmas and head.tag_ == "VBD" and not plan:
                # "ordered the schools to stay closed on Sunday": what is ordered lies at or after the
                # order, which the report tells of as recent: the nearer of the two days of that name
                return "near"
            if verb.dep_ == "conj" and head.tag_ == "VB" and any(
                    c.lower_ == self.words.infinitive_marker for c in head.children):
                # "plans to hire staff next year and to open a shop in the spring": a second infinitive
                # with its own "to" shares the first's tense, as a bare second conjunct does
                return self._verb_tense(head)
            if verb.dep_ in ("advcl", "xcomp") and head.tag_ == "VB" and any(
                    c.lower_ == self.words.infinitive_marker for c in head.children):
                # an infinitive of purpose under another infinitive ("hope to dig a shaft to lower food
                # by Friday"): the tense is that of the chain's first verb
                return self._verb_tense(head)
            if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX") \
                    and self._verb_tense(head.head) == "future":
                return "future"  # "will be free to ride again on June 6": the copula's future
            if verb.dep_ == "acl":
                # "will hear the request to suspend the strike on Thursday": an infinitive that
                # completes a noun has no tense; the clause the noun belongs to has
                governing = _governing_verb(head)
                if governing is not None:
                    return self._verb_tense(governing)
            return None
        if self._misparsed_plan(verb, lowers):
            return "future"
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and not lowers:
            # "plans to put the dagger on display in an exhibition opening in October": a present
            # participle that picks out its noun ("an exhibition that opens") is as far ahead as the
            # clause the noun belongs to, when that clause looks ahead
            governing = _governing_verb(verb.head)
            if governing is not None and governing.i != verb.i and self._verb_tense(governing) == "future":
                return "future"
        if self._reported_prospect(verb, lowers) or self._present_prospect(verb, lowers):
            return "future"
        if verb.dep_ == "conj" and not lowers and verb.tag_ in ("VBN", "VBD") and self._shares_passive(verb):
            # "will be printed over the weekend and posted to voters from Monday": a bare participle
            # (which the parser may tag a past) conjoined to a passive that looks ahead shares its "will
            # be", so its tense; not a conjunct with its own subject ("... and workers left on Monday")
            return self._verb_tense(verb.head)
        if verb.dep_ == "conj" and not lowers and verb.tag_ == "VBD" and verb.lower_ == verb.lemma_ \
                and verb.head.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")} & self.words.future_aux:
            # "would close the depot and cut 300 jobs by June": a verb whose past is its base form
            # ("cut", "put", "set"), tagged past, conjoined with no subject of its own to a base form
            # under "will"/"would", is that auxiliary's second infinitive, so shares its tense (round 64c)
            return self._verb_tense(verb.head)
        if any(c.tag_ == "VBD" or c.lower_ in self.words.past_aux for c in auxes):
            return "past"
        if verb.tag_ == "VBN" and lowers & self.words.perfect_aux:
            head = verb.head
            if self.words.infinitive_marker in lowers and (
                    _lemma_in(head, self.words.future_lemmas) or head.lemma_ in self.words.commit_lemmas) and \
                    not self.has_perfect_aux(head):
                # "expects to have updated most devices by the end of June": what a plan or hope has
                # done by a day lies ahead, as "expects to update" does (round 62d)
                return "future"
            return "past"
        if verb.tag_ == "VBD":
            return "past"
        if verb.tag_ == "VBN" and not lowers:
            if verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.pos_ in ("VERB", "AUX") and \
                    verb.head.lemma_ in self.words.participle_object_heads and verb.head.i < verb.i:
                # "will have her ankle examined on Tuesday": a participle of what is done to the
                # object of "have"/"get" has no tense; the head's is the clause's (round 68d)
                return self._verb_tense(verb.head, adverbial)
            if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
                # "applications filed before the end of March will be paid": a participle that only
                # picks out its noun has no tense; under a future clause the date may lie either side
                governing = _governing_verb(verb.head)
                if governing is not None and self._verb_tense(governing) == "future":
                    return None
            return "past"
        if verb.dep_ == "conj" and not lowers and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
            # "will hire workers and open a dock in February": a bare second conjunct shares the
            # first's auxiliary, so its tense
            return self._verb_tense(verb.head)
        # spaCy often tags a plural present without its auxiliary as the base form ("Celtic, who lost on
        # Monday, host Rangers on Sunday"); with its own subject it is finite, not an imperative
        if verb.tag_ == "VB" and not lowers and verb.head.i != verb.i and verb.head.lemma_ in self.words.bare_infinitive_heads:
            return self._verb_tense(verb.head)  # "made the players train on Sunday": the making's tense
        present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
        if adverbial and present and verb.lemma_ not in self.words.not_scheduling_lemmas and not lowers:
            return "future"  # news's present for a scheduled event: "the strike starts Friday"
        if verb.tag_ == "VBG" and not lowers and verb.dep_ in ("advcl", "pcomp", "acl", "xcomp"):
            # a participle has no tense; the clause it hangs from has ("flights would leave from March,
            # with the third departing from August")
            governing = _governing_verb(verb)
            if governing is not None:
                return self._verb_tense(governing)
        return None


    def _present_foreseen(self, head) -> bool:
        """Whether the head of an infinitive is a verb of foreseeing in a present passive ("a gale is
        forecast to reach the coast on Thursday", "prices are projected to peak in May"): what is
        foreseen now lies ahead of the report (round 70f). Not a past ("was forecast to reach ... on
        Thursday" may be a forecast the text looks back on) nor a perfect ("has been predicted")."""
        if head.tag_ != "VBN" or not _lemma_in(head, self.words.foresee_by_lemmas):
            return False
        passive = [c for c in head.children if c.dep_ == "auxpass"]
        return bool(passive) and all(c.tag_ in ("VBZ", "VBP") for c in passive) and not any(
            c.dep_ == "aux" for c in head.children)

    def _shares_passive(self, verb) -> bool:
        """Whether a conjunct verb without auxiliary or subject hangs from a passive under "will" or
        "may" ("will be printed ... and posted"): the conjunct is that passive's participle too."""
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        return any(c.dep_ == "auxpass" for c in head.children) and bool(
            head_aux & (self.words.future_aux | self.words.possible_aux)) and not head_aux & self.words.perfect_aux

    def _reported_prospect(self, verb, lowers) -> bool:
        """Whether a past copula with a predicate of likelihood (`prospect_heads`) is what a report or a
        forecast says ("forecasters said more storms were possible on Wednesday"): the reporter's "are
        possible", put in the past by the reporting, a prospect ahead of the report; not perfect ("had
        been likely")."""
        return verb.lemma_ in self.words.copulas and verb.tag_ == "VBD" and not lowers & self.words.perfect_aux \
            and verb.dep_ == "ccomp" and (verb.head.lemma_ in self.words.report_lemmas or _lemma_in(
                verb.head, self.words.forecast_lemmas)) \
            and any(c.dep_ == "acomp" and c.lemma_ in self.words.prospect_heads for c in verb.children)

    def _present_prospect(self, verb, lowers) -> bool:
        """Whether a present copula has a predicate of likelihood (`prospect_heads`: "showers are likely
        on Thursday, forecasters said", "delays are possible on Monday"): what is likely lies ahead of the
        report, as the reported "were possible" of `_reported_prospect`, negated or not ("is not likely
        on Friday"); not under an auxiliary ("has been likely")."""
        return verb.lemma_ in self.words.copulas and verb.tag_ in ("VBZ", "VBP") and not lowers \
            and any(c.dep_ == "acomp" and c.lemma_ in self.words.prospect_heads for c in verb.children)


def _lemma_in(verb, lemmas) -> bool:
    """Whether a verb's lemma is one of `lemmas`, also when the small model lemmatized a regular form
    wrongly ("hopes", "hoped" -> "hop"): the form is then a lemma with an -s, -d, -ed or -ing ending."""
    if verb.lemma_ in lemmas:
        return True
    word = verb.lower_
    if verb.pos_ not in ("VERB", "AUX") or word == verb.lemma_:
        return False
    for ending in ("s", "es", "d", "ed", "ing"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem in lemmas or stem + "e" in lemmas or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in lemmas:
                return True
    return False


def _headline_infinitive(verb) -> bool:
    """Whether an infinitive is a headline's main verb with its own subject ("Crown Princess to marry
    surgeon", "Union to strike in March"): news headlines write what is to come so."""
    if verb.head.i != verb.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _verbal(token) -> bool:
    """Whether `token` is a verb of the parse: tagged a verb, and not a plural noun the tagger took for
    a present verb while the parser made it a subject or an object with its own determiner ("The only
    sounds in the forest on a damp morning this week were ...": "sounds" VBZ, its clause's verb
    "were"; round 71e)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return not (token.tag_ in ("VBZ", "VBP") and token.dep_ in _NOMINAL_DEPS
                and any(c.dep_ == "det" for c in token.children))


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _span_root(token, end: int):
    """The head word of the expression that starts at `token` and ends at character `end`: up from it
    while the head stays inside the expression (a few steps at most)."""
    start = token.idx
    for _ in range(4):
        head = token.head
        if head.i == token.i or not start <= head.idx < end:
            break
        token = head
    return token


def _governing_verb(noun, steps: int = 3):
    """The verb whose clause a noun belongs to (its object, its preposition's object), or None."""
    for _ in range(steps):
        if noun.head.i == noun.i:
            return None
        noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):
            return noun
    return None


def _reporting_verb_before(doc, first, verb, report_lemmas):
    """The reporting verb right before the date when the parse hung the date on the clause it reports
    ("said later on Wednesday it would cut ...": "on Wednesday" on "cut"): only adverbs and
    prepositions between the two, and the reported clause's subject after the date. The saying's
    tense resolves the date, not "would" (round 42a; events/anchor.py dates the saying too)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in report_lemmas or not head.i < first.i:
        return verb
    if not all(t.pos_ in ("ADV", "ADP") for t in doc[head.i + 1:first.i]) or first.i - head.i > 3:
        return verb
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in verb.children):
        return verb
    return head


def inside_quotation(text: str, start: int, paragraph_break: str = "\n") -> bool:
    """Whether `start` is inside a quotation of its paragraph: an odd number of double quotation marks
    between the paragraph's start (after the last `paragraph_break` before `start`) and it."""
    paragraph = text.rfind(paragraph_break, 0, start) + 1
    return sum(text.count(q, paragraph, start) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def _reported_clause_before(token, verb, report_lemmas):
    """The verb of the reported clause when the parse hung a date that ends that clause on the verb of
    saying told after it ("Four centres will stay open longer, until 8 p.m., from Wednesday, the council
    said": "from Wednesday" on "said"): nothing but commas and the sayer come between the date's phrase
    and the saying, and the clause reported comes before the date. The clause's tense resolves the date
    (the coming Wednesday), not the saying's (round 62d)."""
    if verb.lemma_ not in report_lemmas or verb.i < token.i:
        return verb
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)
    if clause is None:
        return verb
    doc = token.doc
    edge = token.head if token.dep_ == "pobj" and token.head.head.i == verb.i else token
    if edge.right_edge.i >= verb.i:
        return verb
    sayer = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for t in c.subtree}
    if not all(t.is_punct or t.i in sayer for t in doc[edge.right_edge.i + 1:verb.i]):
        return verb
    return clause


def _noun_with_subject(token) -> bool:
    """Whether `token` hangs by a preposition ("on") from a lower-case noun that the parser gave its own
    nominal subject and made the root ("The school holidays ... end on Sunday", "end" a NN): that noun
    is a misparsed plural present verb."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    return noun.tag_ == "NN" and noun.is_lower and noun.dep_ == "ROOT" and noun.i < prep.i and any(
        c.dep_ == "nsubj" and c.tag_ == "NNS" for c in noun.children)


def _misread_predicate(token):
    """The verb the parser read as a noun in "Newcastle, who lost on Monday, host Liverpool on Sunday"
    ("host" a compound of "Liverpool"), when `token` is in its clause; else None. After the comma that
    closes a relative clause of a noun ("N, who ...,"), a lower-case word is N's verb, and a present one:
    a past form would not pass for a noun."""
    doc = token.doc
    for w in doc[token.sent.start:token.i]:
        if not (w.is_lower and w.pos_ == "NOUN" and w.dep_ == "compound" and w.i >= 2 and doc[w.i - 1].text == ","):
            continue
        relcl = next((a for a in (doc[w.i - 2], *doc[w.i - 2].ancestors) if a.dep_ == "relcl"), None)
        if (relcl is None or relcl.right_edge.i != w.i - 2 or relcl.left_edge.tag_ not in ("WP", "WDT")
                or relcl.head.i > relcl.i):
            continue
        if not any(t.is_punct for t in doc[w.i:token.i]):  # the weekday is in that clause
            return w
    return None


class Context:
    """What a handler knows besides its match: the text, the reference date, the tense of clauses,
    the expressions found so far (left to right), and the language's words. Handlers (the
    normalization modules) are mixed into a subclass of it and bound to patterns by tagger.HANDLERS."""

    handlers: Mapping[str, Callable] = MappingProxyType({})  # pattern name -> handler(self, m)
    narrative = False  # a story told in its own years (narrative.NarrativeAnchoring), not news

    def __init__(self, text: str, reference: dt.date, doc: Doc | None, timeml: bool = True,
                 words: TemporalWords = ENGLISH):
        self.words = words
        self.text = text
        self.ref = reference
        # TimeML extents (TempEval): "three days later" is the DURATION "three days". Otherwise (ranges
        # for timelines) it is the DATE three days after the date the text was talking about.
        self.timeml = timeml
        self.tense = Tense(text, doc, words)
        self.found: list[Found] = []

    # --- context ---------------------------------------------------------------------------

    def begins_after(self, value: str, day: dt.date | None = None) -> bool:
        """Whether the TIMEX3 `value` begins after `day` (the reference date unless given): a time
        still ahead of the report, a prospect or a plan, not a time the story has reached. Read by the
        backgrounder's story point (narrative.py), a clock time's scene (dates.py) and a coming span
        (relative.py)."""
        first = interval(value)[0]
        return bool(first) and first[:10] > (day or self.ref).isoformat()

    def told_late(self, item: Found) -> bool:
        """Whether `item` is written "late on Tuesday", "late Monday": that day's evening."""
        return bool(self.words.late_before.search(self.text, max(0, item.start - 10), item.start))

    def last_calendar(self, before: int, within: int = 10_000, grans: tuple[str, ...] | None = None,
                      skip_derived: bool = False, reported: bool = False) -> Found | None:
        """The nearest preceding calendar expression (of one of `grans`) within `within` characters.

        `skip_derived`: not one itself computed from an earlier one ("a year earlier"). `reported`: not
        one that ends after the reference date (a period a report can look back on: "the fourth
        quarter" in a forecast is not the quarter "the latest quarter" or "a year earlier" refer to)."""
        for item in reversed(self.found):
            if item.end > before:
                continue
            if before - item.end > within:
                return None
            if item.derived and (skip_derived or grans == ("quarter",)):
                continue
            if item.calendar and item.type in ("DATE", "TIME"):
                _, last, gran = interval(item.value)
                if reported and last and last > self.ref.isoformat():
                    continue
                if gran and (grans is None or gran in grans):
                    return item
        return None

    def narrative_year(self, start: int, end: int) -> int | None:
        """The year a history being told has reached, for a partial date at start:end, else None.

        That is the year of the nearest preceding calendar expression when it names a year explicitly
        ("In 1936 ...", "on July 3, 1936 ...") other than the reference year, in the same paragraph, and
        the partial date is not in a future-tense clause. A relative expression in between ("last week",
        "Monday") brings the text back to the reference date.
        """
        previous = self.last_calendar(start, within=NARRATIVE_WINDOW)
        while previous is not None and previous.kind == "year" and self.tense.model_year(previous.start):
            # "found a 1962 Jaguar taken from a museum in August": the car's year sets no year
            previous = self.last_calendar(previous.start, within=NARRATIVE_WINDOW - (start - previous.start))
        if previous is None:
            return None
        coming = self._coming_plan_year(previous, start, end)
        if coming is not None:
            return coming
        previous = self.told_year(previous, start)
        year = previous.year if previous.year is not None else self._carried_year(previous)
        if year is None or year == self.ref.year:
            return self.sentence_year(previous, start, end)
        if self.text.rfind("\n\n", previous.end, start) != -1:
            return None
        if self.tense.at(start, end) == "future":
            return None
        s, e = self.tense.sentence(start, end)
        if previous.start < s and len(self.text[s:start].split()) > 1 and \
                self.words.trailing_attribution.match(self.text, end, e):
            # "The ferry passed its last inspection in March, the ministry said": a statement of now,
            # after the history sentence; not a date opening its sentence ("In March, ..."), the
            # history's next step
            return None
        return year

    def _coming_plan_year(self, previous: Found, start: int, end: int) -> int | None:
        """The coming year an earlier month or day of the same sentence names in figures, for a partial
        date after "until" (`until_preps`) when both are in clauses that look ahead (round 70d):
        "production will stop in March 2027, but the shop will stay open until the summer" is the
        summer of 2027, what goes on past the plan's day. Not a date "in" or "by" a partial date ("the
        switch is planned for January 1, 2027, and the coins will be minted in the spring": the spring
        before it), nor after a year alone ("a plan to build flats by 2030 ... in the spring")."""
        if previous.type != "DATE" or self.text.rfind("\n", previous.end, start) != -1 or \
                interval(previous.value)[2] not in ("day", "month"):
            return None
        before = self.text[max(0, start - 12):start].split()
        if not before or before[-1].lower() not in self.words.until_preps or self.words.deictic_start.match(self.text, start):
            return None  # ("until this autumn" is this autumn)
        figures = self.words.year_in_figures.search(self.text, previous.start, previous.end)
        if figures is None or not self.ref.year < int(figures[0]) <= self.ref.year + 50 or \
                interval(previous.value)[0][:4] != figures[0]:
            return None
        if previous.start < self.tense.sentence(start, end)[0]:
            return None
        if self.tense.at(start, end) != "future" or self.tense.at(previous.start, previous.end) != "future":
            return None
        return int(figures[0])

    def _carried_year(self, previous: Found) -> int | None:
        """The year of a date counted from a narrated one (round 47c; the fortieth judged sample's "she
        reported the matter ... in June of that year. She was suspended a month later and dismissed on
        Aug. 20": August of 2021, not of the story's year): "a month later" names no year, but it
        was counted from a told date and carries that history's year on to the next partial date. Only
        a count forward ("later") to a month or day of a past year: "rose 4% from a year earlier" looks
        back from the story's time and carries nothing."""
        if not previous.derived or previous.type != "DATE" or \
                not self.words.later_count.search(self.text, previous.start, previous.end):
            return None
        first, _, gran = interval(previous.value)
        if gran not in ("day", "month") or not first[:4].isdigit() or int(first[:4]) >= self.ref.year:
            return None
        return int(first[:4])

    def told_year(self, previous: Found, start: int) -> Found:
        """The date a partial date at `start` leans on instead of `previous` when `previous` is a year that
        names which thing a noun is ("the iron frame of 1951") in the partial date's own sentence, and
        that sentence opened with a year the text tells ("By 2019, engineers found that the iron frame of
        1951 had rusted, and the carillon was closed that October": October 2019). Else `previous`."""
        if previous.kind != "year" or previous.year is not None or not self.words.noun_of_year_before.search(
                self.text, max(0, previous.start - 40), previous.start):
            return previous
        s, _ = self.tense.sentence(start, start)
        if previous.start < s:
            return previous
        for item in reversed(self.found):
            if item.end > previous.start:
                continue
            if item.start < s:
                return previous
            if item.year is not None and item.calendar and item.type == "DATE" and not item.derived:
                return item
        return previous

    def sentence_year(self, previous: Found, start: int, end: int) -> int | None:
        """The year an earlier date of the same clause names in figures, for a partial date at start:end.

        "A smaller ice storm in December 2013 cut power to thousands of homes over Christmas", "the 2003
        theft, when a gang emptied the vault over a weekend in February": the month or holiday is of
        that year, not the story's, though the year is a modifier and not a date the text stands on. Only
        when nothing breaks the clause between them (a comma, unless a "when" clause follows it: "the
        firm, founded in 1990, said in March" is the story's March) and the partial date's clause is past.
        """
        if previous.type != "DATE" or self.text.rfind("\n", previous.end, start) != -1 or \
                self.words.deictic_start.match(self.text, start):
            return None
        figures = self.words.year_in_figures.search(self.text, previous.start, previous.end)
        if figures is None:
            return self._when_clause_year(previous, start, end)
        if int(figures[0]) == self.ref.year or not self.ref.year - 200 <= int(figures[0]) < self.ref.year:
            return None
        if interval(previous.value)[0][:4] != figures[0]:
            return None
        s, _ = self.tense.sentence(start, end)
        if previous.start < s or self.tense.at(start, end) != "past":
            return None
        gap = self.text[previous.end:start]
        if self.words.clause_break.search(gap) and not self.words.when_clause_gap.search(gap):
            return None
        return int(figures[0])

    def _when_clause_year(self, previous: Found, start: int, end: int) -> int | None:
        """The past year a relative expression names ("last year"), for a partial date in a "when" clause
        right after it (round 39b): "survived a first crisis last year, when the Greens threatened to
        leave but stayed after a compromise in May" is May of last year. Only across ", when" (in a
        plain conjunct, "cut jobs last year and hired staff in March", March is the story's)."""
        if previous.type != "DATE" or not re.fullmatch(r"\d{4}", previous.value) or int(previous.value) >= self.ref.year:
            return None
        s, _ = self.tense.sentence(start, end)
        if previous.start < s or self.tense.at(start, end) != "past" or self.text.rfind("\n", previous.end, start) != -1:
            return None
        return int(previous.value) if self.words.when_clause_gap.search(self.text[previous.end:start]) else None

    def anchors_narrative(self, start: int) -> bool:
        """A full date opening its sentence, or introduced by "on" ("was founded on July 3, 1936, and on
        August 5 ...") or "on the night of" (round 62d), sets the time the text is telling; one used as a modifier ("the Dec. 21, 1988,
        bombing") does not."""
        return bool(self.words.narrative_prep.search(self.text, max(0, start - 30), start)
                    or self.words.on_before.search(self.text[max(0, start - 4):start])
                    or self.words.on_part_of_day_before.search(self.text, max(0, start - 30), start))

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int:
        ahead = self.words.range_year_ahead.match(self.text, end)
        if ahead:  # "from March to May 2023", "June 3 to July 5, 2023": the range's year
            return int(ahead["year"])
        range_start = self.range_start(start, ("mdy", "dmy", "month", "numeric", "iso"))
        if range_start is not None:  # "from Dec. 30 to Jan. 2": the end follows the start
            year = range_start.year
            return year + 1 if dt.date(year, month, day or 28) < range_start else year
        heading = entry_heading(self.text, start)
        if heading and heading.end() <= start:  # (a heading written before the month)
            return int(heading["year"])
        narrative = self.narrative_year(start, end)
        if narrative is not None:
            return narrative
        year = self.ref.year
        try:
            candidate = dt.date(year, month, day or 15)
        except ValueError:
            return year
        if candidate > self.ref and self.tense.due_at(start):
            # "another shipment was due in December", said in September: what was said to be due is
            # still to come when its month has not begun
            return year
        if day is None and self.tense.prospect_until(start):
            # "warned of possible shortages until March": the month the prospect runs to is the coming
            # one (round 65e)
            return year if month >= self.ref.month else year + 1
        tense = self.tense.at(start, end)
        if day is None and tense != "past" and self.words.deadline_before.search(self.text[max(0, start - 14):start]):
            # "repay the loan by February": a deadline ahead; "it had promised to repay the loan by
            # December": a deadline the text looks back on
            past = self.words.past_schedule.search(self.text, max(0, start - 60), start)
            tense = "past" if past else "future"
        if self.tense.perfect_plan(start) and not self.words.deadline_before.search(self.text[max(0, start - 14):start]):
            # a plan the text looks back on, for a month and not by it ("which the company had planned to
            # start in June"): whether it is still ahead or long missed, the text does not say; the
            # occurrence of that month nearest the reference is the likeliest
            return min((year - 1, year, year + 1), key=lambda y: abs((dt.date(y, month, min(day or 15, 28)) - self.ref).days))
        gap = (candidate - self.ref).days
        if (tense == "future" or self.tense.could_ahead(start)) and day is None and (year, month) < (self.ref.year, self.ref.month) and \
                self.words.period_prep_before.search(self.text, max(0, start - 20), start) and \
                not self.tense.bare_present(start):
            # "will go up to 800 euros from January", in March: a month already over in a future clause,
            # after a preposition of time, is the next one; not in a bare present, which may be a
            # headline's past ("Central bank buys 40 tonnes of gold in January", in February)
            return year + 1
        # a past-tense clause cannot tell of a month that has not begun ("changed its fiscal year in
        # December", written in October, is last December)
        unbegun = day is None and dt.date(year, month, 1) > self.ref and self.tense.finite_past(start) \
            and not self.tense.prospect_object(start)
        if tense == "past" and (gap > 60 or unbegun) or tense != "future" and gap > 120:
            return year - 1
        if tense == "future" and gap < -60:
            return year + 1
        return year

    def weekday_date(self, weekday: int, start: int, end: int, rel: str | None) -> dt.date:
        ref = self.ref
        delta = weekday - ref.weekday()
        rel = (rel or "").lower()
        if rel == "this":
            return ref + dt.timedelta(days=delta)
        if rel == "next" and delta == 1:
            # "by next Friday", written on a Thursday: the Friday of the week after; tomorrow would be
            # "Friday" or "tomorrow". (On a Sunday, "next Monday" is tomorrow, the next week's Monday.)
            # (round 69)
            return ref + dt.timedelta(days=8)
        if rel in ("next", "coming"):
            return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
        if rel in ("last", "past"):
            return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)
        if rel in self.words.following_rels or rel in self.words.preceding_rels:
            # counted from the day the text was talking about: "down 4.5% from the previous Friday"
            anchor = self.last_calendar(start, within=1500, grans=("day", "time"))
            base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else ref
            if rel in self.words.following_rels:
                return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
            return base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)
        if delta == 0:
            return ref
        tense = self.tense.at(start, end)
        if tense == "past" and self.tense.limit_condition(start):
            tense = "future"  # "staff who stayed away beyond Thursday could lose their pay" (round 64c)
        if tense != "future" and (self.tense.moved_to(start) or self.tense.due_before_future(start)):
            tense = "future"  # "had moved the funerals to Friday"; "which had been due on Friday, will ..." (65e)
        if tense == "near" and 0 < delta % 7 <= 3:
            return ref + dt.timedelta(days=delta % 7)  # "ordered ... to stay closed on Sunday", on a Saturday
        if tense == "future" and (not self.tense.past_due(start) or delta % 7 <= 3) or \
                tense is None and self.tense.reported_could(start):
            # a plan told in the past ("a factory that was due to close on Wednesday") is of the nearer
            # of the two weekdays: on a Monday the coming Wednesday, not the one five days gone; on a
            # Wednesday "was due to leave on Tuesday" is yesterday (round 56c)
            return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
        return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)

    def run(self, name: str, m: re.Match) -> Found | None:
        handler = self.handlers[name]
        try:
            return handler(self, m)
        except (ValueError, OverflowError, TypeError):  # a day that cannot exist (Feb. 30, year 0)
            return None

    def day_found(self, m: re.Match, d: dt.date, gran: str = "day", type_: str = "DATE", mod: str | None = None,
                  pod: str | None = None) -> Found:
        value = value_at(d, gran)
        if pod:
            code = self.words.parts_of_day.get(" ".join(pod.lower().split()), None)
            if code:
                value = f"{value}T{code}"
        return Found(m.start(), m.end(), type_, value, mod)

    def range_start(self, start: int, kinds: tuple[str, ...] = ("weekday", "deictic", "pod_weekday", "clock")) -> dt.date | None:
        """The day a range ends from, when `start` follows "A to|through|until|-|and" right after a day A."""
        if not self.found:
            return None
        previous = self.found[-1]
        if previous.kind not in kinds:
            return None
        gap = self.text[previous.end:start]
        if len(gap) > 12 or not self.words.range_between.match(gap):
            return None
        if gap.strip().lower() == "and" and not self.words.between_before.search(self.text[max(0, previous.start - 9):previous.start]):
            return None
        first, _, gran = interval(previous.value)
        return dt.date.fromisoformat(first) if first and gran in ("day", "time") else None

    def paired_weekday(self, start: int) -> dt.date | None:
        """The day of a weekday right before `start` joined to it by "and" ("Thursday and Friday"), when
        that day is not the reference's: the second weekday of the pair lies on the same side of it."""
        if not self.found:
            return None
        previous = self.found[-1]
        if previous.kind != "weekday" or self.text[previous.end:start].strip().lower() not in self.words.pair_joiners:
            return None
        first, _, gran = interval(previous.value)
        day = dt.date.fromisoformat(first) if first and gran in ("day", "time") else None
        return day if day is not None and day != self.ref else None

    def title_case(self, m: re.Match, group: str) -> bool:
        """A capitalized word in mid-sentence ("ABC's This Week", "VOA Today"): part of a name."""
        word = m[group]
        if not word or not word[0].isupper():
            return False
        return not re.search(r"(?:^|[.!?:]\s+|\n\s*|[\"`']\s*)$", self.text[max(0, m.start() - 3):m.start()]) or (
            group != "rel" and m.start(group) > m.start())

    # --- the language's words, for the handlers --------------------------------------------------

    def parse_number(self, phrase: str) -> float | None:
        return parse_number(phrase, self.words)

    def parse_year(self, phrase: str) -> int | None:
        return parse_year(phrase, self.words)

    def unit_of(self, word: str) -> str:
        return unit_of(word, self.words)

    def shift_amount(self, m: re.Match[str], direction: str) -> bool:
        """Whether "N units earlier/later" tells how much earlier or later, not when: "will be able to
        retire up to five years earlier" (a bound on the shift, `shift_amount_mods`) is no date."""
        return direction in ("earlier", "later") and bool(m["mod"]) and \
            " ".join(m["mod"].lower().split()) in self.words.shift_amount_mods

    def mod_of(self, phrase: str | None) -> str | None:
        return mod_of(phrase, self.words)
