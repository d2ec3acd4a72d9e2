"""The lead's actor has done more: a later present perfect of the lead's subject (docs/events.md,
"The lead's actor has done more").

"On Wednesday, Apple introduced an iPod that plays video. ... To fill the new store, Apple and ABC
have agreed to a deal." A news story tells the rest of its main actor's news of the occasion in the
present perfect, without a date: that tense says it is news of the story's present, and the actor
says whose. A later sentence takes the lead's date (`date_basis` `context`, or `publication` for a
lead dated by the publication date) when all hold:

* its main verb (root or a verb coordinated with it) is a present perfect in the active voice
  ("have agreed", "has decided"), not progressive ("has been selling" goes on from some time), not
  be/have (states: "has had a hard year") and without an adverb of a tally or a habit
  (`cumulative_adverbs`: "So far, X has helped Russia with two million shells", "has always built");
* its subject is a name (one, or names joined by "and") one of which is the lead row's **first**
  actor ("Apple", "Apple Corps"): not a common noun ("Nearly 200 soldiers have been killed"), not a
  pronoun, not someone the actor owns;
* the sentence has no time expression at all (a "since 1985" or "for years" makes it background),
  no phrase or clause of since/before/until on the verb ("Since then, Intel has cornered the market")
  and no quotation mark (a speaker's "we have always loved ..." is no news of the day);
* the lead (the story's first sentence) has a row dated to a day by its own text or by the
  publication date, with status `occurred`, whose first actor is in its subject ("The angry crowd
  rushed at Manuel Gonzalez" is no deed of Gonzalez's).

What no rule can tell from the words is kept out by these guards, not by a list of verbs: a standing
fact of the lead's actor in the present perfect ("Acme has faced competition") still passes, and a
wrong row of that kind is the price of the rule (docs/events.md gives what it added on reading).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH, TAG

from ..records import Event
from .lead import (
    FINAL,
    QUOTE_ORTHS,
    SCENE_GRANULARITIES,
    _expression_of,
    _per_doc,
    _sentences,
    carried_on,
    expression_tokens,
    label_id,
    lead_sentence,
    main_predicates,
    present_perfect,
    same_actor,
    take_row,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords


def lead_perfect_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                      story_start: int, words: EventWords) -> list[Event]:
    """Rows for later present perfects of the lead's subject (see the module doc)."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    mains = {t.idx for t in main_predicates(doc, bounds, words)}
    lead = next((row for row in sorted(rows, key=lambda r: r.trigger_start)
                 if row.trigger_start in mains and row.date_basis in ("text", "publication", "context")
                 and row.status == "occurred" and row.granularity in SCENE_GRANULARITIES and row.date
                 and row.actors), None)
    if lead is None or not _lead_subject(doc, lead):
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    expression = _expression_of(lead)
    out = []
    quotes = _quote_indexes(doc)
    for sentence in _sentences(doc, segments):
        first, last = sentence
        opening = first > 0 and first - 1 in quotes and not doc[first - 1].whitespace_
        if first <= bounds[1] or doc[last].text[-1:] not in FINAL or opening or \
                not timex_tokens.isdisjoint(range(first, last + 1)) or not quotes.isdisjoint(range(first, last + 1)):
            continue  # (an opening quotation mark the sentence splitter left before it counts too)
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or not _news_perfect(predicate, words) or \
                    not _named_subject(predicate, lead.actors[0]) or _ordered(predicate, words):
                continue
            row = take_row(make_row, predicate, expression, taken)
            if row is None:
                continue
            out.append(carried_on(row, lead))
    return out


def _news_perfect(verb: Token, words: EventWords) -> bool:
    """"have agreed": an active present perfect of an event verb (not "has been selling", not be/have)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return present_perfect(verb, words) and len(auxes) == 1 and verb.pos_ == "VERB" and \
        verb.lemma_.lower() not in words.copulas | words.perfect_aux and \
        not any(c.dep_ == "advmod" and c.lower_ in words.cumulative_adverbs for c in verb.children)


def _named_subject(verb: Token, actor: str) -> bool:
    """The verb's subject is a name, or names joined by "and", one of them `actor`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    names = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return any(same_actor(_name(n), actor) for n in names)


def _name(token: Token) -> str:
    return " ".join(t.text for t in token.subtree if t.i == token.i or t.dep_ == "compound" and t.head.i == token.i)


def _ordered(verb: Token, words: EventWords) -> bool:
    """"Since then, Intel has cornered the market": a phrase or clause placing the verb against
    another time (since, before, until) makes it background."""
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in words.ordering_preps or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in words.ordering_preps for m in c.children) for c in verb.children)


def _quote_indexes(doc: Doc) -> frozenset[int]:
    """The indexes of the doc's quotation marks, of any spelling ('"', '“', '``', a "`" pair: a word
    among QUOTES or tagged as a quotation mark), read from its ORTH and TAG arrays: every
    later sentence is asked whether it holds one, and a Token made per word of the doc cost (profiled);
    found once per doc (the headline rules of storyday.py ask too)."""
    def compute() -> frozenset[int]:
        if not len(doc):
            return frozenset()
        orths, tags = doc.to_array([ORTH, TAG]).T.tolist()
        return frozenset(i for i, (orth, tag) in enumerate(zip(orths, tags))
                         if orth in QUOTE_ORTHS or tag in _QUOTE_TAGS)
    return _per_doc(doc, ("quote_indexes",), compute)


_QUOTE_TAGS = frozenset(map(label_id, ("``", "''")))


def _lead_subject(doc: Doc, lead: Event) -> bool:
    """Whether the lead's first actor is in its subject ("Iraq's Saddam Hussein sought ...";
    not "The angry crowd rushed at Manuel Gonzalez": the story is not Gonzalez's doing)."""
    verb = next((t for t in doc if t.idx == lead.trigger_start), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    last = lead.actors[0].split()[-1:]
    return subject is not None and bool(last) and last[0] in {t.text for t in subject.subtree}
