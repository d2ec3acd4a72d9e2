"""Events: the clause each dated expression modifies, as a timeline row.

`extract_events(doc, expressions, ...)` takes a parsed spaCy Doc and the document's TimeExpressions
(character offsets into the same text) and returns plain `Event` rows; no spaCy object leaves this
module. See docs/events.md for the rules.

1. Anchoring: from the expression's head, walk up the dependency parse to the predicate it modifies
   (prep "on"/"in"/... -> the verb; npadvmod/tmod -> the verb; "test on Wednesday" -> the event noun
   "test"), never jumping to the sentence root. A relative clause with its own date is its own event.
   Control verbs ("expected to arrive", "plans to visit", "had to close") hand the row to the verb
   they control; the control verb gives the status.
2. The description is actor + verb group + complements from the parse, without the time expression,
   adverbial clauses, relative clauses and other material that belongs to other events, trimmed.
3. Status from negation, modals, control verbs, tense and the date against the reference date.
4. Actors are the named entities (GPE, ORG, PERSON, NORP) of the description, subject first.
5. Vague dates (PAST_REF, ...), durations and sets are not rows (vague ones only with include_vague).
6. `covered_predicates(token)`: the other predicates a row's date also dates (support verb + object,
   aspectual verb + complement, simultaneous clauses, a verb + the event it happens in); used by the
   anchoring evaluation's "covered" figure, not an output field.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.language import Language

from .records import Event, TimeExpression
from .temporal.reference import dateline_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VAGUE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
ROW_TYPES = {"DATE", "TIME"}
ACTOR_LABELS = {"GPE", "ORG", "PERSON", "NORP"}

# Nouns that name an event, so that a date modifying them dates them ("the test on Wednesday").
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
    "statement", "revision", "move", "power-grab", "crackdown", "blast", "bombing", "ambush",
    "airstrike", "invasion", "occupation", "evacuation", "rescue", "search", "investigation",
    "interview", "briefing", "broadcast", "address", "campaign", "outbreak", "epidemic", "spill",
    "leak", "blackout", "outage", "hijacking", "kidnapping", "siege", "standoff", "truce",
    "treaty", "accord", "pact", "ruling", "decree", "law", "budget", "plan", "strategy",
    "anniversary", "birthday", "holiday", "concert", "show", "premiere", "opening", "closing",
    "stop", "tour", "journey", "voyage", "mission", "expedition", "appearance", "performance",
    "embargo", "blockade", "ban", "boycott", "ceasefire", "revolution", "reform", "rescue",
}
# Amounts reported for a period: a date modifying one dates it ("year-earlier profit"), unless the
# amount is a subject ("third-quarter sales dropped" dates the drop). A verb with such an object keeps
# the row ("had a loss for the quarter" -> had): TimeBank links the verb nearly twice as often.
AMOUNT_NOUNS = {"result", "earnings", "profit", "sale", "revenue", "income", "loss", "charge",
                "gain", "write-down", "dividend", "deficit", "surplus"}
# Suffixes of nouns that name actions ("accession", "deployment", "arrival", "hearing"), and
# frequent nouns with those endings that do not.
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "val", "sal", "ial", "ure")
NOT_EVENT_NOUNS = {
    "nation", "station", "position", "population", "information", "institution", "administration",
    "organization", "corporation", "commission", "association", "foundation", "federation",
    "constitution", "section", "edition", "portion", "proportion", "condition", "situation",
    "question", "generation", "region", "legislation", "tradition", "jurisdiction", "location",
    "direction", "version", "division", "television", "vision", "pension", "department",
    "government", "parliament", "management", "equipment", "apartment", "document", "instrument",
    "element", "segment", "environment", "ministry", "morning", "evening", "thing", "king", "ring",
    "string", "spring", "wing", "building", "ceiling", "housing", "clothing", "funding",
    "financial", "official", "material", "potential", "capital", "total", "interval", "rival",
    "editorial", "initial", "trial", "social", "industrial", "commercial", "memorial", "serial",
    "future", "picture", "structure", "culture", "nature", "measure", "feature", "figure",
    "procedure", "temperature", "literature", "furniture", "legislature", "agriculture",
    "difference", "evidence", "confidence", "science", "audience", "presidence", "residence",
    "experience", "sentence", "insurance", "balance", "distance", "instance", "substance",
    "alliance", "finance", "ordinance", "commitment", "amendment", "element", "sentiment",
    "attention", "intention", "opinion", "union", "million", "billion", "mention", "percentage",
    "evening", "nothing", "something", "anything", "everything", "ending", "setting", "listing",
    "earning", "spending", "lending", "rating", "standing", "holding", "being",
    # Amounts a period is reported for: "third-quarter sales dropped" dates the drop.
    "result", "earnings", "profit", "sale", "revenue", "income", "figure", "estimate", "projection",
}
NOT_EVENT_NOUNS -= {"trial"}

# Verbs whose xcomp is the real event; the value is the status they give it (None: no cue).
CONTROL_VERBS = {
    "expect": "expected", "likely": "expected", "forecast": "expected", "predict": "expected",
    "anticipate": "expected", "project": "expected", "set": "planned", "plan": "planned",
    "schedule": "planned", "intend": "planned", "due": "planned", "prepare": "planned",
    "aim": "planned", "have": None, "need": None, "fail": "negated",
    "go": "expected",  # "be going to"
}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}
REPORTING = {"say", "report", "tell", "add", "state", "write", "announce", "claim", "note"}

# Dependents of a predicate that belong to its description.
KEEP_DEPS = {
    "aux", "auxpass", "neg", "prt", "dobj", "obj", "attr", "acomp", "xcomp", "ccomp", "dative",
    "oprd", "agent", "prep", "iobj", "pobj", "compound", "advmod",
}
# Dependents of a noun phrase (subject or object) left out of a description.
NP_DROP_DEPS = {"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "conj", "dep"}
MAX_TOKENS = 20
PUNCT_FINAL = set(".!?:;\"'”’)…")


# ----------------------------------------------------------------------------------- sentences
@Language.component("timeline_line_breaks")
def line_breaks(doc: "Doc") -> "Doc":
    """Start a sentence at every line block (see `line_blocks`): after a blank line, after a
    headline, and after a dateline ("MUNICH, June 3, 2024 — Thousands were ..."). Add it before the
    parser: `nlp.add_pipe("timeline_line_breaks", before="parser")`."""
    starts = {lo for lo, _ in line_blocks(doc.text)}
    dateline = _placed_dateline(doc.text)
    after_dateline = dateline[1] if dateline else _agency_dateline_end(doc.text)
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
        elif after_dateline >= 0 and token.idx >= after_dateline and not token.is_punct and not token.is_space:
            token.is_sent_start = True  # the story's first sentence, not the dateline's
            after_dateline = -1
    return doc


# "NEW YORK (AP) — ", "BEIRUT, Lebanon (Reuters) -- ": a place and an agency opening one of the first lines.
# The part after the comma may be a region or a date without a year ("KYIV, Feb. 11 (Reuters) -").
_AGENCY_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]{1,40}(?:,[ \t]+[A-Z][A-Za-z0-9. ]{1,30})?[ \t]*\([A-Za-z .&-]{2,30}\)[ \t]*(?:—|–|--|-|_)",
                              re.MULTILINE)


def _agency_dateline_end(text: str) -> int:
    """Where the story starts after an agency dateline in the first lines of `text`, else -1."""
    match = _AGENCY_DATELINE.search(text, 0, min(len(text), 2000))
    return match.end() if match else -1


def _placed_dateline(text: str) -> tuple[int, int] | None:
    """Offsets of a dateline's date that follows a place or label on its line ("MUNICH, June 3, 2024 —"):
    it dates the article, not an event. A bare date opening a line ("June 3, 2024 — Floods hit") may
    be a chronology's first entry and is not taken."""
    found = dateline_span(text)
    if found is None:
        return None
    start, end, _ = found
    return (start, end) if text[text.rfind("\n", 0, start) + 1:start].strip() else None


def _is_headline(line: str, next_line: str) -> bool:
    """A line that ends without final punctuation and is followed by a capitalized line, and is short
    or title-like: a headline, not a hard-wrapped line of prose."""
    line = line.strip()
    if not line or line[-1] in PUNCT_FINAL:
        return False
    following = next_line.lstrip()
    if not following or not (following[0].isupper() or following[0].isdigit() or following[0] in "\"“'‘"):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalized = sum(w[0].isupper() for w in words if len(w) > 3)
    long_words = sum(1 for w in words if len(w) > 3)
    return len(line) < 50 or (long_words and capitalized / long_words >= 0.6)


def line_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's blocks, without surrounding whitespace: a blank line ends a
    block, and so does a headline line (see `_is_headline`); hard-wrapped prose lines do not."""
    lines = []  # (start, end) of every line, without its line break
    pos = 0
    for match in re.finditer(r"\r?\n", text):
        lines.append((pos, match.start()))
        pos = match.end()
    lines.append((pos, len(text)))
    blocks: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    for index, (lo, hi) in enumerate(lines):
        line = text[lo:hi]
        if not line.strip():
            if current:
                blocks.append((current[0][0], current[-1][1]))
                current = []
            continue
        next_line = text[slice(*lines[index + 1])] if index + 1 < len(lines) else ""
        if next_line.strip() and _is_headline(line, next_line):
            if current:  # a headline is a block of its own
                blocks.append((current[0][0], current[-1][1]))
            blocks.append((lo, hi))
            current = []
        else:
            current.append((lo, hi))
    if current:
        blocks.append((current[0][0], current[-1][1]))
    result = []
    for lo, hi in blocks:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        result.append((lo, hi))
    return result


class _Segments:
    """Sentences of a doc, cut at line blocks: token index -> (first, last) token of its sentence."""

    def __init__(self, doc: "Doc"):
        blocks = line_blocks(doc.text)
        self.bounds: dict[int, tuple[int, int]] = {}
        bi = 0
        token_block = []
        for token in doc:
            while bi < len(blocks) and blocks[bi][1] <= token.idx:
                bi += 1
            inside = bi < len(blocks) and blocks[bi][0] <= token.idx < blocks[bi][1]
            token_block.append(bi if inside else -1)
        for sent in doc.sents:
            runs: list[list[int]] = []
            for token in sent:
                if token_block[token.i] < 0 or token.is_space:
                    continue
                if not runs or token_block[token.i] != token_block[runs[-1][0]]:
                    runs.append([])
                runs[-1].append(token.i)
            for run in runs:
                for i in run:
                    self.bounds[i] = (run[0], run[-1])

    def span(self, token: "Token") -> tuple[int, int] | None:
        return self.bounds.get(token.i)

    def same(self, a: "Token", b: "Token") -> bool:
        sa = self.bounds.get(a.i)
        return sa is not None and sa == self.bounds.get(b.i)


# ----------------------------------------------------------------------------------- anchoring
def _is_predicate(token: "Token") -> bool:
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "xcomp",
                                              "acl", "parataxis"):
        return True  # a copula as main verb: "Putin was in Pyongyang"
    return token.tag_ in ("JJ", "VBN") and any(c.dep_ == "cop" for c in token.children)


def _is_event_noun(token: "Token") -> bool:
    if token.pos_ != "NOUN":
        return token.pos_ == "PROPN" and token.lemma_.lower() in EVENT_NOUNS
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS or token.lower_ in EVENT_NOUNS:
        return True
    if lemma in NOT_EVENT_NOUNS or token.lower_ in NOT_EVENT_NOUNS:
        return False
    return len(lemma) > 5 and lemma.endswith(EVENT_SUFFIXES)


def _event_subject(verb: "Token", span: "Span") -> "Token | None":
    """"North Korea's test on Wednesday looked like ...": a date between an event-noun subject and
    its verb dates the noun, not the verb."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and _is_event_noun(child) and \
                child.i < span.start and span.end <= verb.i and \
                all(t.is_punct or t.pos_ == "ADP" for t in span.doc[child.i + 1:span.start]):
            return child
    return None


def _preceding_event_object(span: "Span", verb: "Token", segments: _Segments) -> "Token | None":
    """"arrested in connection with the bombings of U.S. embassies last year": a date that follows
    an event noun in a prepositional phrase dates that noun (the bombings were last year, the arrest
    need not be), however the parser attached it."""
    doc = span.doc
    first = span.start
    if first > 0 and doc[first - 1].pos_ == "ADP" and span.root.head.i == first - 1:
        first -= 1
    if first == 0 or not segments.same(doc[first - 1], span.root):
        return None
    token = doc[first - 1]
    for _ in range(6):
        if token.i == verb.i or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return None
        if token.dep_ == "pobj" and _is_event_noun(token) and \
                max(t.i for t in token.subtree) == first - 1:
            setting = _setting_clause(token, segments)
            return None if setting is not None and setting.i == verb.i else token
        token = token.head
    return None


def _amount_subject(verb: "Token") -> "Token | None":
    """"This year's results included a gain": the results are what the date is about."""
    if verb.lemma_.lower() not in ("include", "be", "total", "come", "amount", "reach"):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in AMOUNT_NOUNS:
            return child
    return None


def _clause_head(tokens: list["Token"], after: int) -> "Token | None":
    """The first predicate after `after` that has a subject (a fronted date's clause)."""
    for token in tokens:
        if token.i > after and _is_predicate(token) and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
        ):
            return token
    for token in tokens:
        if _is_predicate(token):
            return token
    return None


def anchor(span: "Span", segments: _Segments) -> "Token | None":
    """The predicate (verb, copula or event noun) the time expression modifies."""
    inside = set(range(span.start, span.end))
    for token in span:
        for child in token.children:
            # "since November, when he was found clinging to a tube": the when-clause happened then.
            if child.dep_ == "relcl" and child.i not in inside and _is_predicate(child) and any(
                    c.lower_ in ("when", "whereupon") for c in child.children if c.dep_ == "advmod"):
                return child
    doc = span.doc
    follower = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if follower < len(doc) and doc[follower].lower_ == "when" and doc[follower].head.i > follower and \
            _is_predicate(doc[follower].head) and segments.same(doc[follower].head, span.root) and \
            span.root.dep_ == "pobj":
        # "from Oct. 13, when Wall Street's plunge sparked ...", parsed as an adverbial clause of the main
        # verb; but "The talks began earlier this month, when ...": the date is the main verb's
        return doc[follower].head
    token = span.root
    for _ in range(40):
        head = token.head
        if head.i == token.i:
            return token if _is_predicate(token) and token.i not in inside else None
        if not segments.same(head, span.root):
            break  # the parse ran across a headline or blank line
        via = token.dep_
        token = head
        if token.i in inside:
            continue
        if _is_predicate(token):
            if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.pos_ == "VERB" and \
                    segments.same(token.head, span.root):
                return token.head  # "was found clinging to a tube on Thursday": found
            return (_event_subject(token, span) or _amount_subject(token) or
                    _preceding_event_object(span, token, segments) or token)
        if token.lemma_.lower() in AMOUNT_NOUNS and via in ("compound", "amod", "nmod", "poss") and \
                token.dep_ not in ("nsubj", "nsubjpass"):
            return token  # "compared with year-earlier profit"; but "third-quarter sales dropped"
        if via in ("compound", "nummod", "nmod") and token.pos_ == "PROPN" and \
                re.fullmatch(r"\d{4}", span.root.text) and not _is_event_noun(token):
            return None  # "Kopp's 1987 Chevrolet was discovered last month": a model year, no event
        if _is_event_noun(token) and via in ("pobj", "prep", "npadvmod", "compound", "nmod", "poss",
                                             "amod", "nummod", "tmod", "obl", "appos"):
            if span.start > token.i:  # "trading Friday", not "the Oct. 23 killing": that dates the noun
                return _setting_clause(token, segments) or token
            return token
        if token.pos_ == "ADP" and token.head.i != token.i and _is_event_noun(token.head) and \
                segments.same(token.head, span.root):
            return _setting_clause(token.head, segments) or token.head
    # Fallback when the walk leaves the sentence: the clause that follows the expression.
    bounds = segments.span(span.root)
    if bounds is None:
        return None
    tokens = [t for t in span.doc[bounds[0]:bounds[1] + 1] if t.i not in inside]
    return _clause_head(tokens, span.end - 1 if span.start == bounds[0] else -1) if tokens else None


def _reporting_verb_before(span: "Span", pred: "Token", segments: _Segments) -> "Token | None":
    """"Police said on Tuesday they had arrested 14 people": a date right after a reporting verb and
    before its complement clause dates the report, however the parser attached it."""
    doc = span.doc
    first = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ in ("on", "late", "early") else 0)
    if first == 0:
        return None
    verb = doc[first - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING or not segments.same(verb, span.root):
        return None
    if pred.i == verb.i or not verb.is_ancestor(pred) or pred.i < span.end:
        return None
    if span.root.dep_ in ("compound", "poss", "amod", "nmod", "nummod"):
        return None  # "said third-quarter net income dropped": the date is the income's
    return verb


# Verbs whose to-infinitive is the event itself, whatever the date ("had to close on Wednesday").
MODAL_LIKE = {"have", "need", "go", "use", "ought", "be", "seem", "appear", "happen", "tend", "get"}


def _realized_matrix_verb(pred: "Token", expression: TimeExpression, reference_date: str) -> "Token | None":
    """"invited Sinn Fein to rejoin two weeks ago", "voted to support the republic Friday", "planned to
    apply for visas today": with a date that is not after the reference date, a to-infinitive is what
    the matrix verb aimed at, and the matrix verb is what happened then (future dates keep the
    infinitive: "are expected to arrive next month")."""
    if pred.dep_ != "xcomp" or pred.head.i == pred.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in pred.children):
        return None
    matrix = pred.head
    if matrix.pos_ != "VERB" or matrix.lemma_.lower() in MODAL_LIKE or not expression.date or \
            expression.date > reference_date or \
            any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in matrix.children):
        return None
    if matrix.lemma_.lower() in CONTROL_VERBS and not _past_plan(matrix, expression, reference_date):
        return None  # "is expected to meet later this afternoon", "was scheduled to appear at midday"
    return matrix


def _past_plan(verb: "Token", expression: TimeExpression, reference_date: str) -> bool:
    """"Last April, the investors planned to acquire ...": a plan or expectation stated in the past
    tense with a date that is over is itself the event; any other keeps the planned event."""
    end = expression.end_date or expression.date
    return CONTROL_VERBS.get(verb.lemma_.lower()) in ("expected", "planned") and verb.tag_ == "VBD" and \
        bool(end) and end < reference_date


def _setting_clause(noun: "Token", segments: _Segments) -> "Token | None":
    """"In composite trading Friday, Aetna closed at $60", "said in an interview Monday": a dated
    in/at/during phrase sets the scene of its clause, and the clause is the event an analyst writes
    down (Aetna closed, Clark said). TimeBank's own links split between the two words here."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in INCLUSION_PREPS:
        return None
    verb = prep.head
    if verb.i == prep.i or not _is_predicate(verb) or not segments.same(verb, noun) or \
            verb.lemma_.lower() == "result" or noun.lemma_.lower() in FIXED_PP_NOUNS:
        return None  # "resulting in a net loss for the quarter": the loss is the event
    return verb


# Aspectual and implicative verbs: their complement happens when they do ("began notifying customers
# on Friday", "declined to comment Saturday", "failed to enforce a court order in 1992").
ASPECTUAL = {"begin", "start", "continue", "resume", "stop", "cease", "finish", "quit", "keep",
             "decline", "refuse", "fail", "manage", "try", "attempt", "neglect"}
SIMULTANEITY_MARKERS = {"as", "when"}  # not "while": often concessive ("While she keeps her distance, ...")
INCLUSION_PREPS = {"in", "during", "at", "amid", "throughout"}
# Verbs that carry out, hold or report the event their object names, so both share its date
# ("completed the acquisition", "held a news conference", "posted a loss"); not verbs that react to
# or refer to an event ("condemned the bombings", "remembers the uprising", "follows two decisions").
SUPPORT_VERBS = {
    "complete", "finish", "hold", "stage", "conduct", "carry", "make", "take", "give", "launch",
    "begin", "start", "resume", "continue", "end", "undertake", "mount", "host", "organize", "perform",
    "sign", "ratify", "approve", "win", "lose", "attend", "deliver", "file", "issue", "place",
    "post", "report", "have", "record", "book", "suffer", "incur", "show", "achieve",
}
# Prepositional phrases that are fixed expressions, not events ("in addition", "in response to").
FIXED_PP_NOUNS = {"addition", "response", "connection", "exchange", "return", "turn", "order",
                  "contrast", "comparison", "particular", "general", "fact", "part", "accordance"}
# Participles that relate things rather than name an event ("exercises ... involving 30 aircraft").
RELATIONAL_PARTICIPLES = {"include", "involve", "accord", "follow", "concern", "regard", "exclude",
                          "compare", "base", "contain", "mean", "represent", "total", "amount"}


def covered_predicates(trigger: "Token") -> list["Token"]:
    """Other predicates that a row's date dates along with its trigger word, from the parse:

    * a support verb (SUPPORT_VERBS: complete, hold, stage, sign, post, report, ...) and its
      event-noun (or amount) object are one occurrence: "completed the acquisition earlier this
      month" covers completed and acquisition; "posted a net loss in the third quarter" (trigger
      loss) covers posted; "condemned the bombings Tuesday" covers nothing;
    * an aspectual or implicative verb and its complement: "began notifying customers on Friday",
      "declined to comment Saturday" (either one the trigger covers the other);
    * a simultaneous adverbial clause of the trigger: "was shot on Oct. 23 as he stood in the
      kitchen" covers stood (as/when), and the other way round ("perished when their boat sank
      in late November": sank covers perished), and so does a participle clause without a conjunction
      ("headed Tuesday to East Africa, seeking to demonstrate support" covers seeking; not one that
      only relates things: "exercises on Wednesday involving 30 aircraft");
    * a past participle that describes an event-noun trigger: "the Feb. 23 accord signed by Annan"
      covers signed;
    * a verb and the event noun it happens in/during/at/amid: "In composite trading yesterday, the
      shares rose" (trigger rose) covers trading; "were killed in an explosion on Friday" covers
      explosion ("charged with murder Thursday" does not: the murder was before).

    Not covered: the event a reporting verb reports ("said Monday it had sold ...": the sale is
    usually before the saying), a control verb's expectation or plan ("expected to arrive next
    month": the arrival only), other adverbial clauses ("after the Netherlands gave its go-ahead")
    and nouns in prepositional phrases ("charged with murder Thursday"). Coordinated predicates are
    rows of their own (`_sharing_conjuncts`). The trigger itself is not in the list."""
    out: list["Token"] = []

    def add(token: "Token") -> None:
        if token.i != trigger.i and all(token.i != t.i for t in out):
            out.append(token)

    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in SUPPORT_VERBS:
        for child in trigger.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and (
                    _is_event_noun(child) or child.lemma_.lower() in AMOUNT_NOUNS):
                add(child)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.lower() in SUPPORT_VERBS:
        add(trigger.head)
    if trigger.lemma_.lower() in ASPECTUAL:
        for child in trigger.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                add(child)
    if trigger.dep_ == "xcomp" and trigger.head.i != trigger.i and trigger.head.lemma_.lower() in ASPECTUAL:
        add(trigger.head)
    for child in trigger.children:
        if child.dep_ == "advcl" and _simultaneous_clause(child):
            add(child)
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and not any(m.dep_ == "mark" for m in child.children) \
                and child.lemma_.lower() not in RELATIONAL_PARTICIPLES:
            add(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN" and trigger.pos_ == "NOUN" and _is_event_noun(trigger):
            add(child)
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in INCLUSION_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and _is_event_noun(pobj) and \
                            pobj.lemma_.lower() not in FIXED_PP_NOUNS and trigger.lemma_.lower() != "result":
                        add(pobj)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and \
            trigger.head.lower_ in INCLUSION_PREPS and trigger.head.head.pos_ == "VERB" and \
            trigger.lemma_.lower() not in FIXED_PP_NOUNS and trigger.head.head.lemma_.lower() != "result":
        add(trigger.head.head)
    if trigger.dep_ == "advcl" and trigger.head.i != trigger.i and _is_predicate(trigger.head) and \
            _simultaneous_clause(trigger):
        add(trigger.head)
    return sorted(out, key=lambda t: t.i)


def _simultaneous_clause(verb: "Token") -> bool:
    """An as/when clause with a subject of its own ("as he stood", "when their boat sank"; not
    "as expected")."""
    return _is_predicate(verb) and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in SIMULTANEITY_MARKERS and m.i < verb.i
        for m in verb.children) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


SCHEDULING = {"set", "schedule", "plan", "slate", "expect", "due", "date"}


def _scheduled_noun(pred: "Token") -> "Token | None":
    """"a NATO summit set for April", "the closing, which is expected in December", "shootings
    dating to 1994": the date is the event noun's, the verb only schedules or dates it."""
    if pred.lemma_.lower() not in SCHEDULING or any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in pred.children):
        return None
    if pred.dep_ in ("acl", "relcl") and pred.head.pos_ == "NOUN":
        noun = pred.head
        for _ in range(3):  # "shootings of doctors dating to 1994": the shootings
            if _is_event_noun(noun):
                return noun
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
                break
            noun = noun.head.head
    if any(c.dep_ == "auxpass" for c in pred.children):
        for child in pred.children:
            if child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and _is_event_noun(child):
                return child
    return None


def _controlled(pred: "Token") -> tuple["Token", list["Token"]]:
    """Descend from a control verb to the verb it controls: ("expected", "to arrive") -> arrive;
    the chain is the control verbs above the event, outermost first."""
    chain = []
    up = pred
    while (up.dep_ == "xcomp" or up.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in up.children)) \
            and up.head.i != up.i and up.head.lemma_.lower() in CONTROL_VERBS:
        # "expected the rain to ease": an infinitive with its own subject is parsed as ccomp.
        up = up.head
        chain.insert(0, up)
    for _ in range(4):
        lemma = pred.lemma_.lower()
        if lemma not in CONTROL_VERBS:
            break
        if lemma == "have" and not any(c.dep_ == "aux" and c.text.lower() == "to"
                                       for x in pred.children if x.dep_ == "xcomp" for c in x.children):
            break
        xcomps = [c for c in pred.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not xcomps:
            break
        chain.append(pred)
        pred = xcomps[0]
    return pred, chain


def _trigger_word(pred: "Token") -> "Token":
    """The word that names the event: the predicate, except for a copula, where it is the predicate
    adjective or noun ("was ill") or the event noun it places the subject in ("was ... on a visit")."""
    if pred.lemma_ != "be":
        return pred
    for child in pred.children:
        if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "NOUN", "PROPN"):
            return child
    for child in pred.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _is_event_noun(pobj):
                    return pobj
    return pred


# ----------------------------------------------------------------------------------- description
def _subject(pred: "Token", chain: list["Token"]) -> "Token | None":
    if chain and pred.dep_ == "ccomp":
        return _subject(chain[0], [])  # "it expected the rain to ease": it
    for verb in [pred, *reversed(chain)]:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.i != verb.i:
                    return verb.head  # "South Korea, which ... announced": South Korea
                return child
    top = chain[0] if chain else pred
    if top.dep_ in ("relcl", "acl") and top.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return top.head  # "South Korea, which ... announced": South Korea
    if top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
        return _subject(top.head, [])
    if top.dep_ == "advcl" and top.tag_ in ("VBG", "VBN") and top.head.i != top.i and \
            top.head.pos_ in ("VERB", "AUX"):
        # "Touring the capital on Friday, Albright said ...": Albright toured.
        subject = _subject(top.head, [])
        return subject if subject is not None and subject.tag_ not in ("WDT", "WP") else None
    if top.dep_ == "pcomp" and top.tag_ == "VBG" and top.head.pos_ == "ADP" and \
            top.head.head.pos_ in ("VERB", "AUX"):
        # "After touring the capital on Thursday, the FBI chief said ...": the chief toured.
        subject = _subject(top.head.head, [])
        return subject if subject is not None and subject.tag_ not in ("WDT", "WP") else None
    return None


def _naming_appos(noun: "Token", appos: "Token") -> bool:
    """"the Danish lender Fyn Sparekasse": a name right after a common noun, with no comma, names it
    (and carries the news); "Incheon Airport, Seoul's main hub," is an aside and is dropped."""
    return noun.pos_ == "NOUN" and appos.pos_ == "PROPN" and appos.i > noun.i and \
        not any(t.is_punct for t in noun.doc[noun.i + 1:appos.left_edge.i + 1])


def _np_tokens(noun: "Token", segment: tuple[int, int], drop: set[int]) -> list["Token"]:
    """A noun phrase without relative clauses, appositions, conjoined clauses and punctuation."""
    out = []

    def visit(token: "Token") -> None:
        if token.i in drop or not segment[0] <= token.i <= segment[1]:
            return
        out.append(token)
        for child in token.children:
            if child.dep_ == "appos" and _naming_appos(token, child):
                visit(child)
                continue
            if child.dep_ in NP_DROP_DEPS and child.tag_ != "HYPH" and not (child.dep_ in ("cc", "conj") and token.pos_ in
                                                   ("NOUN", "PROPN") and child.pos_ != "VERB"):
                continue
            if (child.dep_ == "punct" and child.tag_ != "HYPH") or child.tag_ in ("WDT", "WP"):
                continue
            visit(child)

    visit(noun)
    return out


def _tree(token: "Token", segment: tuple[int, int], drop: set[int], depth: int = 0) -> list["Token"]:
    """A complement's subtree without adverbial/relative clauses, parataxis and dropped tokens."""
    out = []
    if token.i in drop or not segment[0] <= token.i <= segment[1]:
        return out
    out.append(token)
    for child in token.children:
        if child.dep_ == "appos" and _naming_appos(token, child):
            out.extend(_tree(child, segment, drop, depth + 1))
            continue
        if child.dep_ in ("advcl", "relcl", "parataxis", "appos", "dep", "meta", "intj"):
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and depth == 0:
            continue
        out.extend(_tree(child, segment, drop, depth + 1))
    return out


def _describe(pred: "Token", chain: list["Token"], subject: "Token | None",
              segment: tuple[int, int], drop: set[int], scheduler: "Token | None" = None,
              ) -> tuple[list[list["Token"]], list["Token"]]:
    """Pieces of the description (subject, verb group, complements) and the subject's tokens."""
    subject_tokens = _np_tokens(subject, segment, drop) if subject is not None else []
    if subject is not None and subject.pos_ == "PRON" and subject.tag_ == "WDT":
        subject_tokens = []
    pieces: list[list[Token]] = []
    if subject_tokens:
        pieces.append(sorted(subject_tokens, key=lambda t: t.i))
    taken = {t.i for t in subject_tokens}

    if pred.pos_ in ("NOUN", "PROPN"):
        noun = _np_tokens(pred, segment, drop | taken)
        pieces.append(sorted(noun, key=lambda t: t.i))
        if scheduler is not None and scheduler.lemma_.lower() != "date":
            # "A NATO summit set for Washington", "The closing is expected".
            group = [scheduler, *(c for c in scheduler.children if c.dep_ in ("aux", "auxpass", "neg"))]
            pieces.append(sorted(group, key=lambda t: t.i))
            pieces.extend(_verb_pieces(scheduler, segment, drop | {t.i for t in noun}))
        if scheduler is not None:
            return pieces, subject_tokens
        # "North Korea's test looked like ...": the clause the event noun is the subject of.
        if pred.dep_ in ("nsubj", "nsubjpass") and pred.head.i != pred.i and \
                segment[0] <= pred.head.i <= segment[1]:
            verb = pred.head
            pieces.append(sorted([verb, *(c for c in verb.children if c.dep_ in
                                          ("aux", "auxpass", "neg", "prt"))], key=lambda t: t.i))
            pieces.extend(_verb_pieces(verb, segment, drop | {t.i for t in noun}))
        return pieces, subject_tokens

    verbs = [*chain, pred]
    group = []
    for verb in verbs:
        group.append(verb)
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass", "neg", "prt") and child.i not in drop:
                group.append(child)
            elif verb is pred and chain and pred.dep_ == "ccomp" and child.dep_ in ("nsubj", "nsubjpass"):
                group.extend(_np_tokens(child, segment, drop))  # "expected [the rain] to ease"
            elif child.dep_ == "advmod" and child.lower_ in NEGATIONS | {"successfully", "again"}:
                group.append(child)
    pieces.append(sorted(group, key=lambda t: t.i))
    used = {t.i for t in group} | taken
    pieces.extend(_verb_pieces(pred, segment, drop | used))
    top = chain[0] if chain else pred
    if top.dep_ == "acl" and subject is not None and subject.i == top.head.i and \
            subject.dep_ in ("nsubj", "nsubjpass") and segment[0] <= subject.head.i <= segment[1]:
        # "The exercises, taking place from Thursday to Saturday, include ...": what they include.
        used |= {t.i for p in pieces for t in p}
        pieces.append([subject.head])
        pieces.extend(_verb_pieces(subject.head, segment, drop | used))
    return pieces, subject_tokens


def _verb_pieces(verb: "Token", segment, drop) -> list[list["Token"]]:
    """The complements of a verb (objects, prepositional phrases, clausal complements), each a piece,
    in text order; a clausal complement that precedes its verb ("X claims ..., KCNA announced") goes
    after it. Subjects, auxiliaries and fronted background phrases are not complements here."""
    placed = []
    for child in verb.children:
        if child.i in drop or child.dep_ not in KEEP_DEPS:
            continue
        if child.dep_ in ("aux", "auxpass", "neg", "prt", "nsubj", "nsubjpass"):
            continue
        if child.dep_ in ("advmod", "prep") and child.i < verb.i:
            continue  # fronted "In response to ...,": background, not the event
        if child.dep_ == "ccomp" and child.i > verb.i and child.lemma_.lower() in REPORTING and \
                child.doc[child.i - 1].is_punct:
            continue  # ", reports RFE/RL": attribution, not content
        tokens = _tree(child, segment, drop)
        if tokens:
            moved = child.dep_ == "ccomp" and child.i < verb.i
            placed.append(((moved, child.i), sorted(tokens, key=lambda t: t.i)))
    return [piece for _, piece in sorted(placed, key=lambda pair: pair[0])]


def _trim(pieces: list[list["Token"]], pred: "Token", limit: int = MAX_TOKENS) -> list[list["Token"]]:
    """Drop the deepest, right-most optional modifiers until the description is short enough."""
    def count(ps):
        return sum(1 for p in ps for t in p if not t.is_punct)

    pieces = [list(p) for p in pieces]
    keep = {pred.i}
    for _ in range(60):
        if count(pieces) <= limit:
            break
        members = {t.i for p in pieces for t in p}
        candidates = []
        for p in pieces:
            for t in p:
                if t.i in keep or t.dep_ not in ("prep", "acl", "relcl", "advcl", "conj", "appos",
                                                 "npadvmod", "ccomp", "xcomp", "advmod", "dobj",
                                                 "pobj", "amod", "compound", "nummod", "cc",
                                                 "quantmod", "poss", "det"):
                    continue
                if t.dep_ in ("dobj", "pobj", "amod", "compound", "nummod", "poss", "det",
                              "quantmod", "cc", "advmod", "xcomp", "ccomp") and count(pieces) - \
                        len(list(t.subtree)) < limit // 2:
                    continue
                if t.dep_ == "npadvmod" and (t.head.pos_ != "VERB" or t.head.dep_ == "amod"):
                    continue
                depth = sum(1 for _ in t.ancestors)
                priority = {"prep": 0, "acl": 0, "relcl": 0, "advcl": 0, "appos": 0, "npadvmod": 0,
                            "conj": 1, "cc": 1}.get(t.dep_, 3)
                candidates.append((priority, -t.i, -depth, t))
        if not candidates:
            break
        candidates.sort(key=lambda c: (c[0], c[1]))
        victim = candidates[0][3]
        gone = {t.i for t in victim.subtree} & members
        if victim.dep_ == "conj":
            gone |= {c.i for c in victim.head.children if c.dep_ == "cc" and c.i < victim.i}
        pieces = [[t for t in p if t.i not in gone] for p in pieces]
        pieces = [p for p in pieces if p]
    if count(pieces) > limit:
        flat, n = [], 0
        for p in pieces:
            cut = []
            for t in p:
                if n >= limit:
                    break
                cut.append(t)
                n += not t.is_punct
            if cut:
                flat.append(cut)
        flat[-1] = flat[-1] + [None]  # an ellipsis marker
        return flat
    return pieces


def _tidy(pieces: list[list["Token"]]) -> list[list["Token"]]:
    """No dangling conjunction, preposition or determiner at the end of a piece."""
    out = []
    for piece in pieces:
        piece = list(piece)
        while piece and piece[-1] is not None and piece[-1] is not piece[0] and \
                piece[-1].dep_ != "prt" and (piece[-1].pos_ in ("CCONJ", "ADP", "DET", "PUNCT", "SCONJ", "PART")
                or piece[-1].dep_ in ("cc", "prep", "det", "mark", "case")):
            piece.pop()
        if piece:
            out.append(piece)
    return out


QUOTES = re.compile(r"[\"“”«»]|(?<!\w)'|'(?!\w)")


def _render(pieces: list[list["Token"]], substitutions: dict[int, str] | None = None) -> str:
    """The description's text; `substitutions` rewrites tokens by index (coref.py: an antecedent for
    a pronoun, "" to leave a token out)."""
    substitutions = substitutions or {}
    parts = []
    for piece in pieces:
        text = ""
        previous = None
        for token in piece:
            if token is None:
                text = text.rstrip() + " …"
                continue
            if substitutions.get(token.i) == "":
                continue
            if previous is not None:
                text += previous.whitespace_ if token.i == previous.i + 1 else " "
            word = substitutions.get(token.i, token.text)
            if (parts or previous is not None) and token.is_sent_start and token.pos_ != "PROPN" and \
                    word[:1].isupper() and word[1:].islower():
                word = word.lower()  # "Touring the capital ..., Albright said": "Albright touring"
            text += word
            previous = token
        parts.append(text.strip(" ,;:"))
    text = " ".join(part for part in parts if part)
    text = QUOTES.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"(,\s*)+,", ",", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = text.strip(" ,;:-–—").strip()
    return text[:1].upper() + text[1:]


def _resolved_render(pieces, subject_tokens, pred, entities, segments) -> tuple[str, str | None]:
    """The description with a pronoun or generic subject written as its antecedent, and a relative
    pronoun object as the noun it stands for (coref.py); and the antecedent's name, or None."""
    from .coref import relative_substitutions, subject_substitutions

    tokens = [t for p in pieces for t in p if t is not None]
    if not subject_tokens and pred.pos_ in ("NOUN", "PROPN") and pieces:
        # an event noun's own phrase: "The company's new labor pact" -> "Bethlehem Steel's new labor pact"
        subject_tokens = [t for t in pieces[0] if t is not None and (t.i == pred.i or pred.i in
                                                                      [a.i for a in t.ancestors])]
    subs, name = subject_substitutions(subject_tokens, entities, segments)
    subs.update(relative_substitutions(pred, tokens))
    return _render(pieces, subs), name


# ----------------------------------------------------------------------------------- status
def _reported(status: str, pred: "Token", chain: list["Token"]) -> str:
    """An `occurred` event that is only alleged or claimed is `reported` (claims.py)."""
    from .claims import is_reported

    return "reported" if status == "occurred" and is_reported(pred, chain) else status


def _status(pred: "Token", chain: list["Token"], expression: TimeExpression,
            reference_date: str) -> str:
    verbs = [*chain, pred]
    words = set()
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("neg",) or (child.dep_ in ("advmod", "det") and child.lower_ in NEGATIONS):
                return "negated"
            words.add(child.lower_)
    for verb in chain:
        cue = CONTROL_VERBS.get(verb.lemma_.lower())
        if cue:
            return cue
    if pred.pos_ in ("NOUN", "PROPN"):
        head = pred.head
        if pred.dep_ in ("pobj", "dobj") and head.lemma_.lower() in CONTROL_VERBS:
            cue = CONTROL_VERBS[head.lemma_.lower()]
            if cue:
                return cue
        modifiers = {w for c in pred.children if c.dep_ in ("amod", "compound", "acl")
                     for w in (c.lower_, c.lemma_.lower())}
        if modifiers & {"planned", "scheduled", "proposed", "plan", "schedule", "propose"}:
            return "planned"  # "Tuesday's planned visit" (the lemma of "planned" is "plan")
        if modifiers & {"expected", "upcoming", "possible", "likely", "expect"}:
            return "expected"
    auxes = {c.lower_ for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUX:
        return "expected"
    date, end = expression.date, expression.end_date or expression.date
    future = date is not None and date > reference_date
    covers_reference = date is not None and date <= reference_date <= (end or date)
    if pred.tag_ == "VBG":
        be = [c for c in pred.children if c.dep_ == "aux" and c.lemma_ == "be"]
        present = any(c.tag_ in ("VBP", "VBZ") for c in be)
        if (present or (pred.dep_ in ("acl", "advcl") and not be)) and covers_reference:
            return "ongoing"
        if present and future:
            return "expected"
    if future:
        past = pred.tag_ in ("VBD", "VBN") and not auxes & {"will", "shall"}
        return "occurred" if past and pred.tag_ == "VBD" else "expected"
    return "occurred"


# ----------------------------------------------------------------------------------- actors
class _Entities:
    """The doc's actor entities, read once per document: `doc.ents` builds new spans on every access,
    and asking it per row made long documents quadratic."""

    def __init__(self, doc: "Doc"):
        self.spans = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
        self.starts = [e.start for e in self.spans]

    def between(self, first: int, last: int) -> list:
        """Entities that start at or before token `last` and end after token `first`, in order."""
        lo = bisect.bisect_left(self.starts, first - MAX_ENTITY_TOKENS)
        hi = bisect.bisect_right(self.starts, last)
        return [e for e in self.spans[lo:hi] if e.end > first]


MAX_ENTITY_TOKENS = 32  # longer named entities are not looked back for


def _with_antecedent(doc: "Doc", subject_tokens: list["Token"], actors: list[str],
                     entities: _Entities) -> list[str]:
    """A "he"/"she" subject becomes the last person named in the three sentences before it (or
    earlier in its own): cheap, and only for singular personal pronouns."""
    if len(subject_tokens) != 1 or subject_tokens[0].lower_ not in ("he", "she"):
        return actors
    pronoun = subject_tokens[0]
    window = pronoun.sent.start
    for _ in range(3):
        if window == 0:
            break
        window = doc[window - 1].sent.start
    people = [e for e in entities.between(window, pronoun.i) if e.label_ == "PERSON"
              and window <= e.start and e.end <= pronoun.i]
    if not people:
        return actors
    name = re.sub(r"['’]s?$", "", people[-1].text.strip())
    return [name, *(a for a in actors if a.casefold() != name.casefold())]


def _actors(subject_tokens: list["Token"], tokens: list["Token"], entities: _Entities) -> list[str]:
    subject_ids = {s.i for s in subject_tokens}
    ordered = sorted(subject_tokens, key=lambda t: t.i) + sorted(
        (t for t in tokens if t.i not in subject_ids), key=lambda t: t.i)
    ids = {t.i for t in ordered}
    if not ids:
        return []
    ents = [e for e in entities.between(min(ids), max(ids))
            if any(i in ids for i in range(e.start, e.end))]
    # "Russian President Vladimir Putin": the nationality of a named actor is not an actor itself.
    named = {i for e in ents if e.label_ != "NORP" for i in range(e.start, e.end)}

    def modifies_named(ent) -> bool:
        token = ent.root
        for _ in range(3):
            if token.dep_ not in ("amod", "compound", "nmod") or token.head.i == token.i:
                return False
            token = token.head
            if token.i in named:
                return True
        return False

    ents = [e for e in ents if e.label_ != "NORP" or not modifies_named(e)]
    first = {}
    for pos, token in enumerate(ordered):
        for ent in ents:
            if ent.start <= token.i < ent.end and ent.start not in first:
                first[ent.start] = (pos, ent)
    actors = []
    seen = set()
    for _, ent in sorted(first.values(), key=lambda pair: pair[0]):
        name = re.sub(r"(['’]s?|\s+)$", "", ent.text.strip())
        name = re.sub(r"^(the|The)\s+", "", name)
        if name.count("(") != name.count(")"):
            name = name.replace("(", "").replace(")", "").strip()
        name = re.sub(r"\s+", " ", name)
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            actors.append(name)
    return actors


# ----------------------------------------------------------------------------------- rows
def _is_row_expression(expression: TimeExpression) -> bool:
    return expression.type in ROW_TYPES


def _is_vague(expression: TimeExpression) -> bool:
    return expression.value in VAGUE_VALUES or not expression.date


def extract_events(
    doc: "Doc",
    expressions: Iterable[TimeExpression],
    *,
    source: str,
    reference_date: str,
    reference_source: str,
    include_vague: bool = False,
    lead: bool = True,
) -> list[Event]:
    """One row per dated expression (DATE or TIME) that modifies a predicate, in text order; plus
    (docs/events.md, "Dates not in the sentence") rows for undated sentences that carry on a dated
    scene (`date_basis` context) and, when `lead`, for the article's main event (publication): pass
    lead=False for a piece of a long text that is not its beginning."""
    expressions = sorted(expressions, key=lambda e: (e.start, e.end))
    segments = _Segments(doc)
    entities = _Entities(doc)
    spans = {}
    for expression in expressions:
        span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is not None and len(span):
            spans[expression] = span
    all_timex_tokens = {i for span in spans.values() for i in range(span.start, span.end)}
    dateline = _placed_dateline(doc.text)

    rows: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for expression in expressions:
        if not _is_row_expression(expression):
            continue
        if _is_vague(expression) and not include_vague:
            continue
        span = spans.get(expression)
        if span is None or dateline and expression.start < dateline[1] and dateline[0] < expression.end:
            continue
        pred = anchor(span, segments)
        if pred is None:
            continue
        pred = _reporting_verb_before(span, pred, segments) or pred
        pred = _realized_matrix_verb(pred, expression, reference_date) or pred
        pred = _period_end_clause(pred, spans, segments, include_vague)
        if pred is None:
            continue
        for predicate in [pred, *_sharing_conjuncts(pred, all_timex_tokens, segments)]:
            row = _row(doc, span, expression, segments, spans, entities, predicate, source=source,
                       reference_date=reference_date, reference_source=reference_source,
                       descend=not _past_plan(predicate, expression, reference_date))
            if row is None:
                continue
            key = (row.trigger_start, expression.value)
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
    # Rows whose date is not in their own sentence: a dated scene carried on (context.py), and the
    # article's main event dated by the publication date (lead.py).
    from .context import context_rows
    from .lead import lead_rows

    def make_row(span, expression, predicate):
        return _row(doc, span, expression, segments, spans, entities, predicate, source=source,
                    reference_date=reference_date, reference_source=reference_source)

    story_start = dateline[1] if dateline else max(_agency_dateline_end(doc.text), 0)
    inferred = []
    if lead:
        inferred += lead_rows(doc, rows, segments, spans, make_row, story_start=story_start,
                              reference_date=reference_date, reference_source=reference_source)
    inferred += context_rows(doc, rows + inferred, segments, spans, line_blocks(doc.text), make_row)
    if inferred:
        rows = sorted(rows + inferred, key=lambda row: row.start)
    return rows


PERIOD_END = {"end", "close"}


def _period_end_clause(pred: "Token", spans: dict, segments: _Segments, include_vague: bool) -> "Token | None":
    """"For the year ended Sept. 30, Ralston earned $422.5 million": the date ends a period, so it
    dates no "ended" event; when the period makes no row of its own (a duration, "the six months",
    or an undated one), the period-end date dates the clause the period phrase modifies (earned).
    When the period is a row ("the quarter ended Sept. 30" → the quarter's row), `_row` makes none
    for the end date. Any other predicate is returned as it is."""
    if pred.dep_ != "acl" or pred.lemma_.lower() not in PERIOD_END:
        return pred
    period = next((e for e, sp in spans.items() if sp.start <= pred.head.i < sp.end), None)
    if period is None:
        return pred
    if _is_row_expression(period) and (include_vague or not _is_vague(period)):
        return pred  # the period's own row dates the clause; `_row` drops this one
    clause = anchor(spans[period], segments)
    if clause is None or clause.i == pred.i or clause.dep_ == "acl" and clause.lemma_.lower() in PERIOD_END:
        return None
    return clause


def _sharing_conjuncts(pred: "Token", timex_tokens: set[int], segments: _Segments) -> list["Token"]:
    """Predicates coordinated with `pred` that have no date of their own: "100 people were killed
    and 1,000 wounded on Friday" dates both the killing and the wounding."""
    first = pred
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, stack = [], [first]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj" and _coordinated(token, c))
    verbal = _is_predicate(pred) and pred.pos_ != "NOUN"
    out = []
    for token in sorted(members, key=lambda t: t.i):
        if token.i == pred.i or not segments.same(token, pred):
            continue
        if verbal != (_is_predicate(token) and token.pos_ != "NOUN"):
            continue
        if verbal and (token.pos_ != "VERB" or any(c.dep_ == "mark" for c in token.children)):
            continue  # "... and that the contents were not dangerous": another report
        if not verbal and not _is_event_noun(token):
            continue
        own = [t for c in token.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
        if any(t.i in timex_tokens for t in own):
            continue  # it has a date of its own
        out.append(token)
    return out


def _coordinated(head: "Token", conj: "Token") -> bool:
    """A conjunct the text really coordinates: a conjunction or comma between the two ("killed and
    wounded"); the parser sometimes calls a clause a conjunct without one ("were evacuated after
    heavy rain swelled rivers")."""
    return any(t.dep_ in ("cc", "preconj") or (t.text in {",", ";"} and t.head.i in (head.i, conj.i))
               for t in head.doc[head.i + 1:conj.i])


def _row(doc, span, expression, segments, spans, entities, pred, *, source, reference_date,
         reference_source, descend=True) -> Event | None:
    pred, chain = _controlled(pred) if descend else (pred, [])
    top = chain[0] if chain else pred
    from .junk import is_comparison

    if is_comparison(pred):
        return None  # "compared with a year ago": a figure's yardstick, not an event
    if top.dep_ == "acl" and any(top.head.i in range(o.start, o.end) for o in spans.values()):
        return None  # "for the quarter ended Sept. 30": the date bounds a period, no event
    cue = scheduler = None
    scheduled = _scheduled_noun(pred) if not chain else None
    if scheduled is not None:
        cue = CONTROL_VERBS.get(pred.lemma_.lower())
        scheduler, pred = pred, scheduled
    bounds = segments.span(pred) or segments.span(span.root)
    if bounds is None:
        return None
    # Leave out the expression itself (with its preposition), and other expressions' phrases.
    drop = set()
    for other in spans.values():
        if other.end <= bounds[0] or other.start > bounds[1]:
            continue  # only this sentence's words are described; other sentences' expressions don't matter
        drop |= set(range(other.start, other.end))
        marker = other.root.head
        if marker.pos_ in ("ADP", "SCONJ") and marker.dep_ in ("prep", "pcomp") and other.root.dep_ == "pobj":
            drop |= {t.i for t in marker.subtree}
            if marker.head.dep_ == "advmod" and marker.head.head.i != marker.head.i and \
                    marker.head.lower_ in ("early", "late", "soon"):
                drop |= {t.i for t in marker.head.subtree}  # "as early as July"
    drop -= {pred.i}
    subject = _subject(pred, chain)
    pieces, subject_tokens = _describe(pred, chain, subject, bounds, drop, scheduler)
    pieces = _tidy(_trim(pieces, pred))
    description, resolved = _resolved_render(pieces, subject_tokens, pred, entities, segments)
    if pred.dep_ == "pobj" and scheduler is None and len(description.split()) < 5:
        # "A bombing" says little: "The minister was killed in a bombing" (the trigger stays bombing).
        verb = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)
        if verb is not None and segments.same(verb, pred):
            pieces, subject_tokens = _describe(verb, [], _subject(verb, []), bounds, drop)
            pieces = _tidy(_trim(pieces, verb))
            description, resolved = _resolved_render(pieces, subject_tokens, verb, entities, segments)
    tokens = [t for p in pieces for t in p if t is not None]
    actors = _actors(subject_tokens, tokens, entities)
    if resolved:
        actors = [resolved, *(a for a in actors if a.casefold() != resolved.casefold())]
    else:
        actors = _with_antecedent(doc, subject_tokens, actors, entities)
    head = _trigger_word(pred)
    sentence_text = re.sub(r"\s+", " ", doc[bounds[0]:bounds[1] + 1].text).strip()
    return Event(
        date=expression.date,
        end_date=expression.end_date or expression.date,
        value=expression.value,
        granularity=expression.granularity,
        time_expression=expression.text,
        event=description,
        actors=actors,
        status=cue or _reported(_status(pred, chain, expression, reference_date), pred, chain),
        source=source,
        sentence=sentence_text,
        start=expression.start,
        end=expression.end,
        reference_date=reference_date,
        reference_source=reference_source,
        trigger=head.lemma_.lower() if head.pos_ != "PROPN" else head.lemma_,
        trigger_start=head.idx,
        trigger_end=head.idx + len(head.text),
        sources=[source],
    )
