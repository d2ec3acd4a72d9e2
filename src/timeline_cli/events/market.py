"""A share price move told without a date: the latest trading session (docs/events.md, "Share
prices").

"Courtaulds PLC announced plans to spin off its textiles operations. ... Investors welcomed the
move. Courtaulds' shares rose 15 pence to 362 pence." A news story gives the market's answer to its
news with the latest close and seldom dates it. A main verb of a price moving (`price_moves`: rose,
fell, closed, ...) in the simple past or the present perfect, whose subject is a company's stock
(`stock_nouns`: shares, stock), with no time expression in its main clause, is dated by the
publication date as a lead in the past is: the day before to the publication day, `date_basis`
`publication` — from the Friday for a Monday (or Sunday) paper, markets being shut at the weekend;
only when the publication date is known. The stock must be the story's company's:
its owner ("Courtaulds' shares", "Bethlehem shares", "shares of Acme") is an actor of a row of the
story's first sentence or a name that sentence or the headline gives (not a place, a people or a date) ("... approved a vaccine made by Valmora Bio.
... Valmora shares jumped 9 percent": the lead's news is about Valmora even when its row names only
the regulator, or when the lead has no row), or a generic company noun ("the shares of the company"), or not given
("Shares rose 5 percent"). A move with a date of its own ("shares fell 30% this year", "in 1987")
or told in a clause of another verb ("Analysts said shares could fall") gets nothing here.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..records import Event
from .lead import (
    FINAL,
    PUBLICATION_SOURCES,
    _sentences,
    _simple_past,
    dates_main_clause,
    expression_tokens,
    lead_sentence,
    main_predicates,
    present_perfect,
    publication_row,
    same_actor,
    token_starts,
)
from .words import EventWords

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Token

    from .segments import Segments


def market_rows(doc: Doc, rows: list[Event], segments: Segments, spans: dict, make_row: Callable[..., Any], *,
                story_start: int, reference_date: str, reference_source: str, words: EventWords) -> list[Event]:
    """Rows for undated price moves of the story's company's stock (see the module doc)."""
    if reference_source not in PUBLICATION_SOURCES or not words.stock_nouns:
        return []
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return []
    starts = token_starts(doc)
    lead_actors = [a for row in rows if row.trigger_start in starts and
                   bounds[0] <= starts[row.trigger_start].i <= bounds[1] for a in row.actors]
    lead_actors += _names(doc, bounds)
    headline = _sentences(doc, segments)[0]
    if doc[headline[0]].idx < story_start and headline[0] < bounds[0]:
        lead_actors += _names(doc, headline)
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    date, end_date = last_session(reference_date)
    out = []
    for sentence in _sentences(doc, segments):
        if doc[sentence[0]].idx < story_start or doc[sentence[1]].text[-1:] not in FINAL or \
                dates_main_clause(doc, sentence, timex_tokens, words):
            continue
        for predicate in main_predicates(doc, sentence, words):
            if predicate.idx in taken or predicate.lemma_.lower() not in words.price_moves or \
                    not (_simple_past(predicate, words) or present_perfect(predicate, words)) or \
                    not _companys_stock(predicate, lead_actors, words):
                continue
            row = publication_row(doc, predicate, date, end_date, make_row, taken)
            if row is not None:
                out.append(row)
    return out


def last_session(reference_date: str) -> tuple[str, str]:
    """The days from the last weekday before the publication day to that day: a Monday paper's
    market moves are Friday's (or Monday's own, in a later edition), not Sunday's."""
    day = dt.date.fromisoformat(reference_date)
    start = day - dt.timedelta(days=1)
    while start.weekday() >= 5:
        start -= dt.timedelta(days=1)
    return start.isoformat(), reference_date


NOT_COMPANIES = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"}


def _names(doc: Doc, bounds: tuple[int, int]) -> list[str]:
    """The runs of proper nouns of the story's first sentence or headline ("Danish biotech company
    Valmora Bio" gives "Valmora Bio"): the companies its news is about. A place, a people or a date
    is none ("London shares", "European shares" are a market's)."""
    out, run = [], []
    for token in doc[bounds[0]:bounds[1] + 1]:
        if token.pos_ == "PROPN" and token.ent_type_ not in NOT_COMPANIES:
            run.append(token.text)
            continue
        if run:
            out.append(" ".join(run))
        run = []
    if run:
        out.append(" ".join(run))
    return out


def _companys_stock(verb: Token, lead_actors: list[str], words: EventWords) -> bool:
    """Whether the verb's subject is the stock of the story's company (see the module doc)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in words.stock_nouns:
        return False
    owners = [c for c in subject.children if c.dep_ in ("poss", "compound")]
    owners += [o for p in subject.children if p.dep_ == "prep" and p.lower_ in words.genitive_preps
               for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        if owner.pos_ == "PROPN":
            name = " ".join(t.text for t in owner.subtree if t.pos_ == "PROPN")
            if not any(same_actor(name, actor) for actor in lead_actors):
                return False
        elif owner.lemma_.lower() not in words.generic_orgs:
            return False
    return True
