"""Rows dated outside their sentence: the lead rule and context dates (docs/events.md).

The lead rule: an article's main event is a row even when its sentence has no time expression.

News puts the main event in the first sentence of the story ("The European Commission has forced
Apple to lower its prices", "Microsoft is expanding its Kinect incubator into China") and often dates
it only by the publication date. `lead_rows` adds a row for the main predicate(s) of that sentence
when no time expression already dates them:

* the first sentence of the story: after the headline and dateline lines, the first sentence of the
  first block whose main verb has a subject and which ends in final punctuation;
* its main predicates: the sentence's root verb and the verbs coordinated with it; when the root is
  an attribution after its content ("Flooding has killed 29 people, officials said"), the content;
  and those of the story's second sentence in the present perfect or a present report ("The court has
  been asked to ...", "A new report says ..."), when its main clause has no time expression;
* dated from the publication date, the only date the text gives for it: the day itself for the present
  tense ("is expanding", "plans"), the day before to the day (an interval) for the present perfect or
  the past ("has made", "rejected"): a story published on the 9th reports what happened on the 8th or
  the 9th. A future, modal or infinitive main verb gets no row (the publication date is not its date).
* only when the publication date is known (`reference_source` option, metadata or dateline), never a
  guess from the other dates of the text or today's date;
* a later row of the lead's subject dated by its own text to the first day of that interval
  ("... shares plunged in trading yesterday") settles the day (`same_day_later`, basis context).

The row's `date_basis` is `publication`, its `time_expression` empty, and `start` = `end` = the
trigger's start (an empty span: no words of the text date it). Only the first piece of a long text
has a lead (`lead=False` for the others). Nothing here is fitted to particular articles: it reads
tense and the parse only.

Context dates (`context_rows`): a sentence without a time expression that carries on a dated scene
takes its date.

"Netanyahu apologized to Erdogan on Friday for the raid. Erdogan accepted the apology." The
acceptance happened in the scene the first sentence dates; `context_rows` gives it Friday with
`date_basis` `context`. Precision matters more than reach (a wrong date is worse than none), so the
scene carries on only when all of these hold:

* the sentence has no time expression of its own (of any type, durations included);
* the sentence right before it has a row dated by its own text (or a publication-dated lead), to a
  day or a time, with status `occurred`;
* the new predicate is a main verb of the sentence (its root or a verb coordinated with it) in the
  simple past ("accepted", "was arrested"): the present perfect, the present and the future leave
  the scene, and so does the past perfect ("had warned": before it);
* its row shares an actor with the dated row (after pronoun resolution: "He" is the same person;
  "Apple" and "Apple Computer" are one); when a paragraph break lies between the two sentences, the
  new row's subject must be that actor ("Steve Jobs gave the keynote on Monday. ⏎ He announced ...").
* its row has status `occurred` (no modal, negation, plan or report of a plan).
* up to MAX_GAP undated sentences may stand between, with the same subject, when the dated row is an
  event and not a state (be/have);
* right after the dated sentence, a personal pronoun subject ("They arrested two men") goes on with
  someone it named; what follows a report is not dated by the saying; only a main clause sets a scene,
  and a date in a quotation, a reported clause or a clause modifying a noun does not close one.

"Separately, the court said ..." (`separate_rows`): another item of the day's news, dated by the
publication date as a past-tense lead is.

"Meanwhile, net at its finance arm fell 3.1%" (`meanwhile_rows`): what happened at the same time
as the sentence before, dated as it is.

"The European Commission welcomed Apple's announcement" (`mention_rows`): a definite mention of an
event the text dated earlier dates the clause it is the subject or object of, to that event's day;
"The statement caused ..." names the report of the sentence right before by another word.

"Crossland's stock plummeted. ... Friday, Crossland closed at $5.25": a Monday paper's lead takes the
Friday a later sentence gives its actor (`over_weekend`; a stock moves as its company).

The row's `time_expression`, `start` and `end` are those of the expression that dates the scene.
A lead dated by the publication date is a scene too, carried on in the simple past or the
present perfect; such a row keeps `date_basis` `publication` and the lead row's empty span.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, IDX, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import AUX, IDS, VERB

from ..records import Event, TimeExpression
from .earlier import copula_scene, told_earlier
from .habits import habitual, held_before, lifetime_phrase, long_standing, quantified_present
from .lead_causes import lead_cause_nouns, names_cause
from .lead_states import age_at_scene, passing_thought, present_state, scene_state
from .mention_states import describes_mention, joined_happenings
from .own_dates import reporter_only
from .relative_periods import timed_from_another
from .when_scenes import dated_when_scene
from .words import EventWords

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Span, Token

    from .segments import Segments

SCENE_GRANULARITIES = {"day", "time"}
# Undated sentences that may stand between a dated scene and a sentence that carries it on with the
# same subject ("Jobs has chosen to step down. ⏎ Tim Cook will succeed him. Jobs resigned in a letter").
MAX_GAP = 2

# Reference dates an article's own publication date comes from; "inferred" (from the text's other
# dates) and "today" are guesses and date no lead.
PUBLICATION_SOURCES = {"option", "metadata", "dateline"}
PRESENT_TAGS = {"VBZ", "VBP"}
FINAL = set(".!?\"'”’)")


def publication_interval(tense: str, reference_date: str) -> tuple[str, str]:
    """The days the publication date allows for a lead in `tense` ("present" or "past")."""
    if tense == "present":
        return reference_date, reference_date
    day = dt.date.fromisoformat(reference_date)
    return (day - dt.timedelta(days=1)).isoformat(), reference_date


def tense(verb: Token, words: EventWords) -> str | None:
    """"present", "past" or None (future, modal, infinitive, or not a finite clause) for a main verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in words.future_words for a in auxes):
        return None
    if any(a.lower_ in words.going for a in auxes) or any(a.lower_ in words.infinitive_markers for a in auxes):
        return None
    finite = [a for a in auxes if a.tag_ in PRESENT_TAGS | {"VBD", "MD"}]
    if finite:
        first = finite[0]
        if first.tag_ == "VBD":
            return "past"
        if first.lemma_ in words.perfect_aux and verb.tag_ in ("VBN", "VBD"):
            return "past"  # present perfect: "has made its maiden flight" ("have for the first time followed": tagged VBD)
        if first.lemma_ in words.perfect_aux and any(a.lemma_ in words.copulas and a.tag_ == "VBN" for a in auxes):
            return "past"  # "has been rejected"
        return "present" if first.tag_ in PRESENT_TAGS else None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in PRESENT_TAGS:
        return "present"
    return None


def lead_sentence(doc: Doc, segments: Segments, story_start: int) -> tuple[int, int] | None:
    """Token bounds (first, last) of the story's first sentence, or None."""
    # asked about ten times per doc by the lead, "also", market, parties ... rules: found once
    return _per_doc(doc, ("lead_sentence", id(segments), story_start),
                    lambda: _lead_sentence(doc, segments, story_start))


def _lead_sentence(doc: Doc, segments: Segments, story_start: int) -> tuple[int, int] | None:
    for bounds in _sentences(doc, segments):  # in text order, each once
        first, last = bounds
        if doc[first].idx < story_start:
            continue
        if doc[last].text[-1:] not in FINAL:
            continue  # a headline, byline or dateline line
        if any(_main_at(doc, i, bounds) for i in _verbs(doc, first, last)):
            return bounds
    return None


def _verbs(doc: Doc, first: int, last: int) -> list[int]:
    """The indexes of the VERB and AUX words from `first` to `last`, read from the doc's part-of-speech
    array (shared per doc): `_main_at` holds of no other word, and a Token made per word costs."""
    pos = doc_arrays(doc)[0]
    return [i for i in range(first, last + 1) if pos[i] in _VERB_POS]


_VERB_POS = frozenset((VERB, AUX))


def doc_arrays(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The doc's POS, DEP and ORTH arrays as lists, read once per doc."""
    return _per_doc(doc, ("arrays",), lambda: tuple(doc.to_array([POS, DEP, ORTH]).T.tolist()) if len(doc)
                    else ([], [], []))


def doc_lowers(doc: Doc) -> frozenset[int]:
    """The ids of the doc's lower-case word forms (each word's LOWER), read once per doc: a rule that
    needs a rare word ("respectively") skips a doc without it before walking any row's words."""
    return _per_doc(doc, ("lowers",), lambda: frozenset(doc.to_array(LOWER).tolist()))


def has_any_word(doc: Doc, forms: frozenset[str]) -> bool:
    """Whether any word of the doc, lower-cased, is one of `forms` (lower-case strings)."""
    return any(label_id(form) in doc_lowers(doc) for form in forms)


def _main_at(doc: Doc, i: int, bounds: tuple[int, int]) -> bool:
    """Whether word `i` is a finite main verb with a subject, heading its sentence: read from the doc's
    arrays (every verb of every sentence is asked, and a Token and its children made each time cost)."""
    if doc_arrays(doc)[0][i] not in _VERB_POS:
        return False
    head = doc_heads(doc)[i]
    return (head == i or not bounds[0] <= head <= bounds[1]) and i in _subject_heads(doc)


def doc_heads(doc: Doc) -> list[int]:
    """Each word's head index, from the doc's HEAD array (offsets, stored unsigned), read once per doc."""
    return _per_doc(doc, ("heads",), lambda: [i + offset for i, offset in
                                              enumerate(doc.to_array(HEAD).astype("int64").tolist())])


def _subject_heads(doc: Doc) -> frozenset[int]:
    """The indexes of the words with a subject ("nsubj", "nsubjpass" or "expl") among their children, or
    with an earlier auxiliary child that has one ("Scientists have for the first time followed ...": the
    parser hangs the subject on "have"; round 59d)."""
    def compute() -> frozenset[int]:
        deps, heads = doc_arrays(doc)[1], doc_heads(doc)
        with_subject = {heads[i] for i in range(len(doc)) if deps[i] in _MAIN_SUBJECTS and heads[i] != i}
        return frozenset(with_subject | {heads[i] for i in with_subject
                                         if deps[i] == _AUX_DEP and heads[i] > i})
    return _per_doc(doc, ("subject_heads",), compute)


def _per_doc(doc: Doc, key: tuple, compute: Callable[[], Any]) -> Any:
    """A value computed once per doc: the lead, context, "also" and mention rules ask the same
    sentences the same questions (profiled: half of the event rules' time went to asking again)."""
    # (asked some hundred thousand times per run: no new dict made per call, one lookup when cached)
    cache = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        cache = doc.user_data[_CACHE_KEY] = {}
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = cache[key] = compute()
    return value


_MISSING = object()  # (a cached value may be None or empty)


_CACHE_KEY = "timeline_cli.events.lead"


def expression_tokens(spans: dict) -> set[int]:
    """The token indexes of the time expressions (`spans`: expression -> its span in the doc)."""
    return {i for span in spans.values() for i in range(span.start, span.end)}


def entity_at(token: Token) -> Span | None:
    """The named entity of the parse (`doc.ents`) that `token` is a word of, or None."""
    if not token.ent_type_:
        return None  # (a word of no entity: no need to build the doc's entity spans)
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def token_starts(doc: Doc) -> Mapping[int, Token]:
    """Each token by its character offset (rows point at their trigger by offset); made once per doc."""
    return _per_doc(doc, ("starts",), lambda: _TokenStarts(doc))


class _TokenStarts(Mapping):
    """Offset -> token, read from the doc's offset array: a dict of every token made each word a Token
    object although the rules ask for a few dozen (profiled: most of the time went to making them)."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._index = dict(zip(doc.to_array(IDX).tolist(), range(len(doc))))

    def __getitem__(self, offset: int) -> Token:
        return self._doc[self._index[offset]]

    def __contains__(self, offset: object) -> bool:
        return offset in self._index

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def main_predicates(doc: Doc, bounds: tuple[int, int], words: EventWords) -> list[Token]:
    """The sentence's main verb and the verbs coordinated with it (each its own event)."""
    return list(_per_doc(doc, ("main_predicates", bounds, id(words)),
                         lambda: tuple(_main_predicates(doc, bounds, words))))


def _main_predicates(doc: Doc, bounds: tuple[int, int], words: EventWords) -> list[Token]:
    roots = [doc[i] for i in _verbs(doc, *bounds) if _main_at(doc, i, bounds)]
    if not roots:
        roots = _before_quotation(doc, bounds)
    if not roots:
        return []
    root = roots[0]
    if root.lemma_.lower() in words.attributing:
        # "Flooding has killed 29 people, officials said": the news is what is said, before its source.
        told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ in ("VERB", "AUX")]
        if told:
            root = told[0]
    out = [root]
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(c.dep_ == "mark" for c in child.children):
            out.append(child)
    return out


def _before_quotation(doc: Doc, bounds: tuple[int, int]) -> list[Token]:
    """"Steve Jobs announced the phone at a conference, where he said, " we're launching ... "": when
    the parser makes a word of a closing quotation the sentence's root (no verb heads the sentence),
    the verb with a subject it hangs before the quotation is the sentence's main verb."""
    quote = next((i for i in range(bounds[0], bounds[1] + 1) if doc[i].text in QUOTES), None)
    root = next((doc[i] for i in range(bounds[0], bounds[1] + 1)
                 if doc[i].head.i == i or not bounds[0] <= doc[i].head.i <= bounds[1]), None)
    if quote is None or root is None or root.i < quote or root.pos_ in ("VERB", "AUX"):
        return []
    return [c for c in root.children if c.dep_ == "ccomp" and c.i < quote and c.pos_ == "VERB" and
            any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)][:1]


def lead_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *, story_start: int,
              reference_date: str, reference_source: str, words: EventWords) -> list[Event]:
    """Rows for the lead's main predicates that no time expression dates (see the module doc).

    `make_row(span, expression, predicate)` is rows._row bound to this document."""
    if reference_source not in PUBLICATION_SOURCES:
        return []
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    taken = {row.trigger_start for row in rows}
    out = []
    predicates = main_predicates(doc, bounds, words)
    second = next((b for b in _sentences(doc, segments) if b[0] > bounds[1]), None)
    timex_tokens = expression_tokens(spans)
    # The second sentence gives the news when the first sets a scene: dated by its own words ("attention
    # returned today to the judges") or in the present ("new opportunities are being used by ...");
    # after news in the present perfect or the past ("The Senate has rejected the plan") it goes on.
    opening = tense(predicates[0], words) if predicates else None
    if second is not None and doc[second[1]].text[-1:] in FINAL and \
            (opening != "past" or dates_main_clause(doc, bounds, timex_tokens, words)) and \
            not dates_main_clause(doc, second, timex_tokens, words):
        predicates += [p for p in main_predicates(doc, second, words) if p.pos_ == "VERB" and (
            present_perfect(p, words) or p.tag_ == "VBZ" and p.lemma_.lower() in words.attributing)]
    # "X was 71 when she first walked in": an age at a past moment, no row of the day (lead_states.py)
    predicates = [p for p in predicates if not age_at_scene(p, words)]
    # "When planners drew a ring road in 1968, the town had one traffic light": that year's (when_scenes.py)
    predicates = [p for p in predicates if not dated_when_scene(p, spans, words)]
    # "X was asleep when the hillside gave way": the clause's happening, not the state (lead_states.py)
    predicates = [scene_state(p, words) or p for p in predicates]
    # "For a moment, X thought the scoreboard was wrong": a passing thought, no happening (lead_states.py)
    predicates = [p for p in predicates if not passing_thought(p, words)]
    # "The foal is called Maartje, weighs 40 kilograms": the scene's present state (lead_states.py)
    predicates = [p for p in predicates if not present_state(p, words)]
    for predicate in predicates:
        if predicate.idx in taken:
            continue
        when = tense(predicate, words)
        if when is None or habitual(predicate, spans) or long_standing(predicate, words) or \
                quantified_present(predicate, words) or \
                held_before(predicate, spans, words) or \
                lifetime_phrase(predicate, words) and not any(c.dep_ == "auxpass" for c in predicate.children):
            continue  # a habit ("left her house at 5:30 every morning", "for most of its history sang ...") is no day's news (habits.py)
        date, end_date = publication_interval(when, reference_date)
        expression = TimeExpression(start=predicate.idx, end=predicate.idx + len(predicate.text), text="",
                                    type="DATE", value=date if date == end_date else f"{date}/{end_date}",
                                    date=date, end_date=end_date, granularity="day")
        row = make_row(doc[predicate.i:predicate.i + 1], expression, predicate)
        if row is None or row.trigger_start in taken or row.status == "expected":
            continue
        if copula_scene(predicate, row, words):
            continue  # "The first sign was a flash over the rocks": a feature's scene (earlier.py)
        taken.add(row.trigger_start)
        # "Crossland's stock plummeted. ... Friday, Crossland closed at $5.25": a stock moves as its company
        day = None if possessed_subject(predicate) and not stock_subject(predicate, words) else \
            same_day_later(doc, row, rows, doc[bounds[1]].idx, words) or \
            told_earlier(doc, row, rows, doc[bounds[1]].idx, words)
        if day is not None:
            # "Anheuser said it plans to discount its beers. ... The projection sent Anheuser shares
            # plunging in trading yesterday.": the lead happened on the day the story gives its actor.
            out.append(dated_as(row, day, "context"))
            continue
        out.append(dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start,
                                       date_basis="publication"))
    return out


def dated_as(row: Event, source: Event, basis: str) -> Event:
    """`row` with the date of the row `source` (its expression and offsets too), by `basis`."""
    return dataclasses.replace(row, date=source.date, end_date=source.end_date, value=source.value,
                               granularity=source.granularity, time_expression=source.time_expression,
                               start=source.start, end=source.end, date_basis=basis)


def same_day_later(doc: Doc, lead: Event, rows: list[Event], after: int,
                   words: EventWords | None = None) -> Event | None:
    """The first later row dated by its own text to one day of the lead's publication interval (not
    its last day alone: that is the publication day, "today"), an event that occurred, whose subject
    is the lead's subject (not something it owns: "Gonzalez's second letter was published Tuesday"
    is not Gonzalez): the day the story gives the lead's actor."""
    if not lead.actors or lead.date == lead.end_date:
        return None
    starts = token_starts(doc)
    lead_token = starts.get(lead.trigger_start)
    # the lead sentence's "after"/"following" nouns, once (lead_causes.py)
    causes = lead_cause_nouns(lead_token, words) if words is not None and lead_token is not None else set()
    for row in sorted(rows, key=lambda r: r.trigger_start):
        if row.trigger_start <= after or row.date_basis != "text" or row.status != "occurred" or \
                row.granularity != "day" or not row.actors:
            continue
        token = starts.get(row.trigger_start)
        if token is None or possessed_subject(token) or words is not None and had_done(token, words):
            continue  # "Hanul had denied the report on Wednesday": before the story's time, not the lead's day
        if causes and names_cause(token, causes):
            continue  # "has cancelled ... following emergency surgery. She underwent surgery on Friday" (lead_causes.py)
        if (lead.date <= row.date or over_weekend(row.date, lead.date)) and row.end_date < lead.end_date and \
                row.date == row.end_date and same_actor(row.actors[0], lead.actors[0]):
            return row
    return None


def had_done(verb: Token | None, words: EventWords) -> bool:
    """An active past perfect ("had denied"): a past participle with "had" and no passive auxiliary, a
    deed told as before the story's time (also read by earlier.py and past_perfect.py)."""
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in words.past_perfect_aux for c in aux) and \
        not any(c.dep_ == "auxpass" for c in aux)


def over_weekend(day: str, start: str) -> bool:
    """Whether only a weekend lies between `day` and the publication interval's first day `start`
    (that day included): a Monday paper's lead is Sunday-Monday, and the Friday a later sentence gives
    its actor ("In composite trading Friday, Crossland closed at $5.25") is its day."""
    first, last = dt.date.fromisoformat(day), dt.date.fromisoformat(start)
    between = [first + dt.timedelta(days=n) for n in range(1, (last - first).days + 1)]
    return first.weekday() < 5 and 0 < len(between) <= 2 and all(d.weekday() >= 5 for d in between)


def stock_subject(verb: Token, words: EventWords) -> bool:
    """"Crossland Savings Bank's stock plummeted": a company's stock (a market move told of the company)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words.stock_nouns for c in verb.children)


def present_perfect(verb: Token, words: EventWords) -> bool:
    """"has announced", "have agreed", "has been rejected": have (present) + past participle."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxes) and auxes[0].lemma_ in words.perfect_aux and auxes[0].tag_ in PRESENT_TAGS and verb.tag_ == "VBN"


# ----------------------------------------------------------------------------------- context
CORPORATE = {"co", "co.", "cos", "cos.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "s.a.", "ag"}


def _name_words(name: str) -> list[str]:
    words = [w for w in re.split(r"[\s-]+", name.casefold()) if w]
    while words and words[-1] in CORPORATE:
        words.pop()
    return words


def same_actor(a: str, b: str) -> bool:
    """"Apple" and "Apple Computer", "Jobs" and "Steve Jobs", "Anheuser" and "Anheuser-Busch Cos.": one
    name opens or ends the other (a hyphen parts words; a corporate suffix is left out)."""
    x, y = sorted((_name_words(a), _name_words(b)), key=len)
    return bool(x) and (y[:len(x)] == x or y[-len(x):] == x)


def _simple_past(verb: Token, words: EventWords) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN":
        # "was convicted of two counts and taken into custody": the conjunct shares the first verb's "was"
        return _simple_past(verb.head, words) and any(c.dep_ == "auxpass" for c in verb.head.children)
    if not auxes:
        return verb.tag_ == "VBD"
    # "was arrested": a past form of "be" as the only auxiliary; "had warned", "would go" are not.
    return len(auxes) == 1 and auxes[0].lemma_ in words.copulas and auxes[0].tag_ == "VBD" and verb.tag_ == "VBN"


def _sentences(doc: Doc, segments) -> list[tuple[int, int]]:
    return _per_doc(doc, ("sentences", id(segments)), lambda: tuple(_all_sentences(doc, segments)))


def _all_sentences(doc: Doc, segments) -> list[tuple[int, int]]:
    out, seen = [], set()
    spans = segments.bounds  # by token index: no Token object made per word
    for i in range(len(doc)):
        bounds = spans.get(i)
        if bounds is not None and bounds not in seen:
            seen.add(bounds)
            out.append(bounds)
    return out


def label_id(label: str) -> int:
    """The id a doc's arrays hold for a string: its symbol's when spaCy has one ("relcl"), else its hash."""
    return IDS.get(label, hash_string(label))


QUOTES = {'"', "“", "”", "``", "''"}
QUOTE_ORTHS = frozenset(label_id(q) for q in QUOTES)  # a word's ORTH: the id of its text


def dates_main_clause(doc: Doc, bounds: tuple[int, int], tokens: set[int], words: EventWords) -> bool:
    """Whether any of `tokens` (time expressions, or triggers of rows dated by the text) lies in the
    sentence outside quotations, clauses modifying a noun and what a main verb reports: a date in "Jobs
    also announced that QuickTime would soon be available" or in "Jobs resigned in a letter stating,
    "... that day has come."" dates what is said, not the saying, and leaves the scene open."""
    first, last = bounds
    # (set operations, not a Python loop over the words: asked of every sentence by every scene rule)
    here = tokens.intersection(range(first, last + 1))
    if not here:
        return False  # no date in the sentence: its subordinate clauses need not be found (most sentences)
    return not here <= subordinate_tokens(doc, bounds, words)


def subordinate_tokens(doc: Doc, bounds: tuple[int, int], words: EventWords) -> frozenset[int]:
    """The sentence's tokens inside quotations, clauses modifying a noun and reported clauses."""
    return _per_doc(doc, ("subordinate", bounds, id(words)), lambda: frozenset(_subordinate(doc, bounds, words)))


def _subordinate(doc: Doc, bounds: tuple[int, int], words: EventWords) -> set[int]:
    inside = set()
    for predicate in main_predicates(doc, bounds, words):
        for child in predicate.children:
            # a reported clause has a subject of its own ("... that QuickTime would be available");
            # "was found clinging to a tube on Thanksgiving Day" is one event, dated
            if child.dep_ == "ccomp" and child.i > predicate.i and \
                    any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
                inside |= {t.i for t in child.subtree}
    _, deps, orths = doc_arrays(doc)  # the words' labels from the doc's arrays: no Token made per word
    for i in range(bounds[0], bounds[1] + 1):
        # a clause that modifies a noun dates that noun's event: "also announced the update that is
        # scheduled for release in June"
        if deps[i] in _NOUN_CLAUSES and doc[i].head.i != i:
            inside |= {t.i for t in doc[i].subtree}
    quoted = False
    for i in range(bounds[0], bounds[1] + 1):
        if orths[i] in QUOTE_ORTHS:
            quoted = not quoted
        elif quoted:
            inside.add(i)
    return inside


_NOUN_CLAUSES = frozenset(map(label_id, ("relcl", "acl")))
_MAIN_SUBJECTS = frozenset(map(label_id, ("nsubj", "nsubjpass", "expl")))
_AUX_DEP = label_id("aux")


SUB_DAY = re.compile(r"PT(\d+(?:\.\d+)?)([HMS])")


def within_a_day(expression: TimeExpression) -> bool:
    """A duration of hours, minutes or seconds, less than a day ("for less than four minutes")."""
    match = expression.type == "DURATION" and SUB_DAY.fullmatch(expression.value or "")
    return bool(match) and (match.group(2) != "H" or float(match.group(1)) < 24)


def context_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, blocks: list[tuple[int, int]],
                 make_row: Callable[..., Any], words: EventWords) -> list[Event]:
    """Rows for the main predicates of undated sentences that continue the previous sentence's dated
    scene (see the module doc). `make_row(span, expression, predicate)` is rows._row bound to the doc."""
    # "They were inside for less than four minutes and fled": a span shorter than a day says how
    # long, not when, and keeps to the scene's day
    timex_tokens = expression_tokens({e: s for e, s in spans.items() if not within_a_day(e)})
    taken = {row.trigger_start for row in rows}
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    starts = token_starts(doc)
    inside: dict[tuple[int, int], set[int]] = {}
    text_triggers = set()  # a row dated by its own text gives its sentence a date of its own
    for row in rows:
        token = starts.get(row.trigger_start)
        bounds = segments.span(token) if token is not None else None
        if token is not None and row.date_basis == "text":
            text_triggers.add(token.i)
        # (a "context" row passed in is the lead or an "also" row, dated from a later or earlier sentence)
        if bounds is not None and row.status == "occurred" and \
                row.granularity in SCENE_GRANULARITIES and row.date:
            if bounds not in inside:
                inside[bounds] = subordinate_tokens(doc, bounds, words)
            if token.i not in inside[bounds]:
                # only the main clause sets a scene: "demand enjoyed by iPods during Christmas" does not
                by_sentence.setdefault(bounds, []).append(row)

    def block(bounds):
        idx = doc[bounds[0]].idx
        return next((i for i, (lo, hi) in enumerate(blocks) if lo <= idx < hi), None)

    out = []
    scene_at = None  # the sentence whose rows date the scene still open, and how many undated sentences since
    gap = 0
    for current in _sentences(doc, segments):
        previous, scene = scene_at, by_sentence.get(scene_at)
        dated_here = dates_main_clause(doc, current, timex_tokens | text_triggers, words)
        if current in by_sentence or dated_here:
            scene_at, gap = current, 0  # a sentence with a date of its own opens a scene or closes the old one
        else:
            gap += 1
        if not scene or dated_here or block(current) is None or gap > MAX_GAP + 1:
            continue
        if timed_from_another(doc, current, words):
            continue  # "in the days after the flood": a time of its own (relative_periods.py)
        # Across a paragraph break, or over undated sentences between, the scene carries on only with
        # the same subject; right after the dated sentence in its paragraph, with any shared actor.
        new_paragraph = block(previous) != block(current) or gap > 1
        # The scene is the main clause's ("The paper said Sunday that the comments last week ..." is
        # set on Sunday), else the sentence's last dated row.
        mains = {t.idx for t in main_predicates(doc, previous, words)}
        dated = next((row for row in reversed(scene) if row.trigger_start in mains), scene[-1])
        if gap > 1 and dated.trigger in words.copulas | words.perfect_aux:
            continue  # a state ("had operating profit in the year ended March 31") sets no scene to return to
        expression = TimeExpression(start=dated.start, end=dated.end, text=dated.time_expression, type="DATE",
                                    value=dated.value, date=dated.date, end_date=dated.end_date,
                                    granularity=dated.granularity)
        # "... at 5 a.m. on Thursday. Then he climbed onto his tractor": what comes later keeps the day only
        later_expression = _expression_of(dated, day_only=True) if dated.granularity == "time" else expression
        for predicate in main_predicates(doc, current, words):
            if predicate.idx in taken:
                continue
            if dated.trigger in words.attributing and predicate.lemma_.lower() not in words.attributing:
                # "GM said net fell 22% in the quarter. Net at its finance arm fell 3.1%.": what
                # follows a report goes on with what was reported, not with the day it was said.
                continue
            # A lead dated by the publication date (present perfect or past) is carried on by the
            # same tenses; a scene dated by the text only by the simple past.
            if not (_simple_past(predicate, words) or dated.date_basis != "text" and present_perfect(predicate, words)):
                continue
            if predicate.lemma_.lower() in words.copulas:
                continue  # a state ("He was one of three doctors", "They were inside") is no deed of the day
            if negated_subject(predicate):
                continue  # "Not everyone welcomed the plan": a standing view, no deed of the scene's day (round 65f)
            if gap > 1 and any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in words.demonstratives
                               for c in predicate.children):
                # "Talks broke down on Monday. The union says the plan would cut jobs. The company denied
                # that.": "that" answers the undated sentence just before, not the scene (round 65f)
                continue
            if made_by(predicate, words):
                continue  # "The cinema opened on March 20, 1926. It was built by Joseph Storr": before it
            if period_figure(predicate, words) and not period_figure(starts.get(dated.trigger_start), words):
                continue  # "Shares fell by 11:30 a.m. Revenue fell 2 percent": a year's figure, not the morning's
            saying = predicate.lemma_.lower() in words.attributing
            if saying and names_later_event(predicate, dated, rows, starts, words):
                continue  # "approved it on Nov. 12. Its rector said the vote at Vecht (Nov. 26) was ...": later
            # a saying is not at the clock time of the scene's deed ("closed the gates at 6 a.m. The
            # company said in a statement ..."): the day only; a part of the day ("visited the site on
            # Tuesday morning. She said ...") may be the saying's too
            clock = dated.granularity == "time" and ":" in (dated.value or "")
            told = later_expression if told_later(predicate, words) or saying and clock else expression
            row = occurred_row(make_row, predicate, told, taken)
            if row is None:
                continue
            if saying and dated.trigger not in words.attributing and \
                    dated.date_basis == "text" and row.actors and \
                    reporter_only(doc, previous, starts.get(dated.trigger_start), dated.start, row.actors[0],
                                  same_actor, words):
                continue  # "The government began spraying on Wednesday, X said. He said ...": X's saying is undated
            # Right after the dated sentence in its paragraph, a pronoun subject goes on with someone
            # that sentence named ("Police found explosives in a shed Sunday. They arrested two men"),
            # even when the parse names no actor for it ("they" is never resolved).
            if not new_paragraph and pronoun_subject(predicate, words):
                taken.add(row.trigger_start)
                out.append(carried_on(row, dated))
                continue
            if not row.actors:
                continue
            # Across a paragraph break the scene carries on only with the same subject ("He
            # announced ..." after "Steve Jobs gave the keynote on Monday."); within one, any shared actor.
            actors = row.actors[:1] if new_paragraph else row.actors
            # the scene's actors are those of every main-clause row of its day ("A court acquitted
            # Doucet of three charges and ordered his release on Monday. Doucet was taken into custody")
            scene_actors = [a for r in scene if r.date == dated.date and r.end_date == dated.end_date
                            for a in r.actors]
            if not (any(same_actor(a, b) for a in actors for b in scene_actors) or
                    speaks_for(predicate, scene_actors, words)) or new_paragraph and possessed_subject(predicate):
                continue
            taken.add(row.trigger_start)
            out.append(carried_on(row, dated))
    return out


def negated_subject(verb: Token) -> bool:
    """The verb's subject is negated ("Not everyone welcomed ...", "Not all residents agreed"): a view
    held by part of a group, no one deed of a day."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(n.dep_ == "neg" for n in c.children) for c in verb.children)


def names_later_event(verb: Token, scene: Event, rows: list[Event], starts: Mapping[int, Token],
                      words: EventWords) -> bool:
    """"Kromme Rijn's senate approved the merger on Nov. 12. Its rector said the vote at Vecht was a
    missed opportunity": a saying whose object, or its reported clause's subject or object, is a
    definite noun of an event the text tells as done and dates after the scene (a dated verb's own word:
    "the vote" of "voted on Wednesday", Nov. 26) speaks of that later event, and is no part of the
    scene (round 62)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        nouns += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    nouns = [n for n in nouns if n.pos_ == "NOUN" and len(n.lemma_) >= 4 and
             any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in n.children)]
    if not nouns:
        return False
    for row in rows:
        event = starts.get(row.trigger_start)
        if event is None or event.pos_ != "VERB" or row.date_basis != "text" or row.status != "occurred" or \
                not row.date or row.date <= (scene.end_date or scene.date):
            continue
        if any(_same_word(n.lemma_.lower(), event.lemma_.lower()) for n in nouns):
            return True
    return False


def _same_word(noun: str, verb: str) -> bool:
    """"vote" and "vote", "announcement" and "announce": a noun that is the verb's own word."""
    return noun == verb or len(noun) >= 5 and len(verb) >= 5 and noun[:5] == verb[:5]


def made_by(verb: Token, words: EventWords) -> bool:
    """"It was built by Joseph Storr", "The car was designed by a team in Turin": a passive verb of a
    thing's making (`making_verbs`) with its maker (a "by" agent) says who made the thing, which came
    before the scene the sentence follows ("The cinema opened on March 20, 1926."): no date from it
    (round 53b; the forty-first blind sample's row 71)."""
    return verb.lemma_.lower() in words.making_verbs and any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ == "agent" for c in verb.children)


def told_later(verb: Token, words: EventWords) -> bool:
    """"Then he climbed onto his tractor, drove 40 kilometres ...": the verb, or the first verb it is
    coordinated with, has an adverb of what comes next (`later_markers`)."""
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in words.later_markers for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head


def period_figure(verb: Token | None, words: EventWords) -> bool:
    """"Revenue fell 2 percent", "Net income rose": the subject is an amount of a period (`owned_amounts`:
    a year's or a quarter's sales, profit, revenue), which a scene's day or hour does not date (round 29;
    the twenty-sixth blind sample's "Alpenhaus's revenue fell" on the shares' 11:30 a.m.)."""
    if verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in words.owned_amounts or c.lemma_.lower() in words.owned_amounts)
               for c in verb.children)


def speaks_for(verb: Token, actors: list[str], words: EventWords) -> bool:
    """"Steve Jobs, the Apple chief executive, announced ...", "Acme CEO Jane Doe said ...": the
    subject is a person whose title (an apposition, or compounds before the name) names one of
    `actors` with a role noun (`generic_people`): the person acts for that actor."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    titles = [c for c in subject.children if c.dep_ == "appos"]
    titles += [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
    for title in titles:
        tokens = list(title.subtree)
        if not any(t.lemma_.lower() in words.generic_people for t in tokens):
            continue
        names = [t.text for t in tokens if t.pos_ == "PROPN" and t.lemma_.lower() not in words.generic_people]
        if any(same_actor(name, actor) for name in names for actor in actors):
            return True
    return False


def pronoun_subject(verb: Token, words: EventWords) -> bool:
    """A personal pronoun subject ("They arrested two men"); "it" may stand for a thing or a clause.
    A coordinated verb with no subject of its own shares the first verb's ("They stayed ... and fled")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words.personal_subject_pronouns for c in verb.children)


def possessed_subject(verb: Token) -> bool:
    """"Mr. Schwarz's great-grandfather founded ...": the named actor is only the subject's owner,
    so the subject is not that actor (a name or pronoun subject is)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ not in ("PROPN", "PRON")
               and any(p.dep_ == "poss" for p in c.children) for c in verb.children)


def thing_passive(verb: Token, words: EventWords) -> bool:
    """A passive without a by-agent whose subject is one singular common noun, not a person ("The price
    of the phone has been reduced"; not "Taylor was named a director", "Six people were also killed",
    "The chairman was also replaced")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].tag_ == "NN" and \
        subjects[0].ent_type_ == "" and subjects[0].lemma_.lower() not in words.generic_people and \
        not any(c.dep_ == "agent" for c in verb.children) and \
        not any(t.ent_type_ in ("PERSON", "NORP") for t in subjects[0].subtree)


def carried_on(row: Event, source: Event) -> Event:
    """`row`, dated by the row `source` whose scene it carries on: a publication date stays one (with
    no expression of its own: start = end = the trigger), any other date is the context's."""
    if source.date_basis == "publication":
        return dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start, date_basis="publication")
    return dataclasses.replace(row, date_basis="context")


# ----------------------------------------------------------------------------------- "also"
def also_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
              story_start: int, words: EventWords) -> list[Event]:
    """"Apple today unveiled the iPod nano. ... Apple also announced a cell phone": a later undated
    sentence whose subject is the lead's subject and whose main verb says "also" (simple past or
    present perfect) tells another deed of the same occasion, and takes the lead's date (see
    docs/events.md, "Also")."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    starts = token_starts(doc)
    lead = None
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is not None and bounds[0] <= token.i <= bounds[1] and row.date_basis in ("text", "publication") \
                and row.status == "occurred" and row.granularity in SCENE_GRANULARITIES and row.date and row.actors \
                and token.dep_ in ("ROOT", "conj", "ccomp"):
            lead = row
            break
    if lead is None:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    expression = TimeExpression(start=lead.start, end=lead.end, text=lead.time_expression, type="DATE",
                                value=lead.value, date=lead.date, end_date=lead.end_date,
                                granularity=lead.granularity)
    out = []
    for sentence in _sentences(doc, segments):
        if sentence[0] <= bounds[1] or dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        predicates = main_predicates(doc, sentence, words)
        if not predicates or not any(c.dep_ == "advmod" and c.lower_ in words.additive_adverbs
                                     for c in predicates[0].children):
            continue
        for predicate in predicates:
            if predicate.idx in taken or not (_simple_past(predicate, words) or present_perfect(predicate, words)):
                continue
            row = occurred_row(make_row, predicate, expression, taken)
            if row is None:
                continue
            # "The price of the phone has also been reduced": an agentless passive of a thing names
            # no doer; "also" puts it on the lead's occasion all the same
            if not thing_passive(predicate, words) and (not row.actors or not any(
                    same_actor(row.actors[0], a) for a in lead.actors) or possessed_subject(predicate)):
                continue
            taken.add(row.trigger_start)
            out.append(carried_on(row, lead))
    return out


# ----------------------------------------------------------------------------------- "separately"
def separate_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                  story_start: int, reference_date: str, reference_source: str, words: EventWords) -> list[Event]:
    """"Separately, the Ontario Supreme Court said it will postpone its ruling.": a sentence opened by
    such an adverb tells another item of the day's news; with no date in its main clause, its main
    predicates in the simple past or the present perfect are dated by the publication date, as a
    lead is (docs/events.md, "Separately")."""
    if reference_source not in PUBLICATION_SOURCES or not words.separate_markers:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    out = []
    for sentence in _sentences(doc, segments):
        first = doc[sentence[0]]
        if first.idx < story_start or first.lower_ not in words.separate_markers or first.dep_ != "advmod" or \
                doc[sentence[1]].text[-1:] not in FINAL or dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or first.head.i != predicate.i or \
                    not (_simple_past(predicate, words) or present_perfect(predicate, words)):
                continue
            row = publication_row(doc, predicate, *publication_interval("past", reference_date), make_row, taken)
            if row is not None:
                out.append(row)
    return out


# ----------------------------------------------------------------------------------- "the announcement"
MENTION_DEPS = ("nsubj", "nsubjpass", "dobj")


def mention_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                 words: EventWords) -> list[Event]:
    """"Apple announced the change this morning. ... The European Commission welcomed Apple's
    announcement.": a main verb in the simple past whose subject or object is a definite mention of
    an event the text dated before it (the noun is the dated verb's own word: "announcement" of
    "announced"; its owner, if named, that row's actor) happened on that day (docs/events.md,
    "Mentions of a dated event")."""
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    dated = sorted((row for row in rows if row.date_basis == "text" and row.status == "occurred" and
                    row.granularity in SCENE_GRANULARITIES and row.trigger_start in starts and
                    starts[row.trigger_start].pos_ == "VERB"), key=lambda r: r.trigger_start)
    if not dated:
        return []
    out = []
    sentences = _sentences(doc, segments)
    for number, sentence in enumerate(sentences):
        if dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        previous = sentences[number - 1] if number else None
        predicates = main_predicates(doc, sentence, words)
        for predicate in predicates:
            if predicate.idx in taken or not _simple_past(predicate, words):
                continue
            source = None
            for noun in (c for c in predicate.children if c.dep_ in MENTION_DEPS and c.pos_ == "NOUN"):
                if len(noun.lemma_) < 5:
                    continue
                # the latest dated event of the noun's verb: the one a definite mention points back to
                row = next((r for r in reversed(dated) if r.trigger_start < doc[sentence[0]].idx and
                            starts[r.trigger_start].lemma_.lower()[:5] == noun.lemma_.lower()[:5]), None)
                if row is None and previous is not None and noun.lemma_.lower() in words.report_nouns:
                    # "Jobs announced Monday that he would be on leave. The statement caused a sharp
                    # decrease of Apple's share price": a report named by another word, right after it
                    row = next((r for r in reversed(dated) if doc[previous[0]].idx <= r.trigger_start <= doc[previous[1]].idx
                                and starts[r.trigger_start].lemma_.lower() in words.attributing), None)
                if row is None:
                    continue
                verb = starts[row.trigger_start]
                owners = [c for c in noun.children if c.dep_ == "poss"]
                definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiners for c in noun.children) or owners
                same_word = noun.lemma_.lower()[:5] == verb.lemma_.lower()[:5] or \
                    noun.lemma_.lower() in words.report_nouns and verb.lemma_.lower() in words.attributing
                if not definite or not same_word or \
                        any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in noun.children):
                    continue
                if owners and not (owners[0].pos_ == "PRON" or any(
                        same_actor(owners[0].text, a) for a in row.actors)):
                    continue
                source = row
                break
            if source is None:
                continue
            if describes_mention(predicate, noun, words):
                # "The march was mostly peaceful, but clashes broke out": the clashes, not the state
                for verb in joined_happenings(predicate, list(predicates)):
                    if verb.idx not in taken and _simple_past(verb, words):
                        add_context_row(out, taken, make_row, verb, _expression_of(source, day_only=True))
                continue
            # the day only: a reaction to "this morning's" announcement need not be that morning
            add_context_row(out, taken, make_row, predicate, _expression_of(source, day_only=True))
    return out


def _expression_of(source: Event, *, day_only: bool = False) -> TimeExpression:
    """The time expression of the row `source`, to date another row by (its day only, if asked)."""
    if day_only:
        return TimeExpression(start=source.start, end=source.end, text=source.time_expression, type="DATE",
                              value=source.date, date=source.date, end_date=source.date, granularity="day")
    return TimeExpression(start=source.start, end=source.end, text=source.time_expression, type="DATE",
                          value=source.value, date=source.date, end_date=source.end_date,
                          granularity=source.granularity)


def occurred_row(make_row: Callable[..., Any], predicate: Token, expression: TimeExpression,
                 taken: set[int]) -> Event | None:
    """`predicate`'s row dated by `expression`, or None when it is no event, already a row (its trigger
    in `taken`) or not one that took place: what every rule that dates a row from elsewhere checks."""
    row = make_row(predicate.doc[predicate.i:predicate.i + 1], expression, predicate)
    if row is None or row.trigger_start in taken or row.status != "occurred":
        return None
    return row


def take_row(make_row: Callable[..., Any], predicate: Token, expression: TimeExpression,
             taken: set[int]) -> Event | None:
    """`occurred_row`, its trigger recorded in `taken` when there is one."""
    row = occurred_row(make_row, predicate, expression, taken)
    if row is not None:
        taken.add(row.trigger_start)
    return row


def add_context_row(out: list[Event], taken: set[int], make_row: Callable[..., Any], predicate: Token,
                     expression: TimeExpression) -> None:
    """`predicate`'s row dated by `expression` (date_basis context), added to `out` unless it is no
    event, already a row, or not one that took place."""
    made = take_row(make_row, predicate, expression, taken)
    if made is not None:
        out.append(dataclasses.replace(made, date_basis="context"))


# ----------------------------------------------------------------------------------- "meanwhile"
MEANWHILE_GRANULARITIES = {"time", "day", "week", "month", "quarter"}


def meanwhile_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                   words: EventWords) -> list[Event]:
    """"GM Hughes said net income fell 22% in the third quarter. ⏎ Meanwhile, net at its finance arm
    fell 3.1%.": a sentence opened by such an adverb, with no date in its main clause, tells what
    happened at the same time as the sentence right before it; its main predicates in the simple past
    take the date of the last row that sentence's own text dates (a reported clause's too), to a
    quarter at most (docs/events.md, "Meanwhile")."""
    if not words.meanwhile_markers:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    starts = token_starts(doc)
    sentences = _sentences(doc, segments)
    out = []
    for previous, sentence in zip(sentences, sentences[1:]):
        first = doc[sentence[0]]
        if first.lower_ not in words.meanwhile_markers or first.dep_ != "advmod" or \
                dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        lo, hi = doc[previous[0]].idx, doc[previous[1]].idx
        dated = [row for row in rows if row.date_basis == "text" and lo <= row.trigger_start <= hi and
                 row.trigger_start in starts and row.status == "occurred" and
                 row.granularity in MEANWHILE_GRANULARITIES and row.date]
        if not dated:
            continue
        expression = _expression_of(max(dated, key=lambda r: r.trigger_start))
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or first.head.i != predicate.i or not _simple_past(predicate, words):
                continue
            add_context_row(out, taken, make_row, predicate, expression)
    return out


def publication_row(doc: Doc, predicate: Token, date: str, end_date: str, make_row, taken: set[int]) -> Event | None:
    """A row for `predicate` dated by the interval `date`/`end_date` the publication date gives
    (`date_basis` `publication`), or None when no row is made, its trigger already has one (`taken`,
    updated) or it did not occur."""
    expression = TimeExpression(start=predicate.idx, end=predicate.idx + len(predicate.text), text="",
                                type="DATE", value=f"{date}/{end_date}", date=date, end_date=end_date,
                                granularity="day")
    row = take_row(make_row, predicate, expression, taken)
    if row is None:
        return None
    return dataclasses.replace(row, start=row.trigger_start, end=row.trigger_start, date_basis="publication")
