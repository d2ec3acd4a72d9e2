"""Rows that tell no happening (docs/events.md, "Round 64e"; the sixty-seventh and sixty-eighth judged
samples' "A letter was seen by Wire", "Couriers were free to log on", "What matters" and "Vote draws
protest").

* An outlet's sourcing: "according to a memo sent to staff on Monday and seen by Reuters" gave "A memo
  was seen by Reuters", Monday. A passive participle of a verb of sourcing (`sourcing_verbs`: see,
  obtain, review, view) whose agent is a news outlet (a noun of `outlet_nouns`, a "news" noun ("a news
  agency"), a wire agency of `wire_agencies`, or the agency the dateline names, "(Wire)") tells how the story was sourced: no
  row ("documents obtained by investigators in May" is the investigators' act and stays).
* A standing leave or right: "it said riders today are free to sign in when they like": an adjective
  of leave (`standing_leave_adjectives`: free, entitled, eligible, welcome) after a copula with its
  to-infinitive, dated by a present-state word ("today", "now"), is a standing condition, not an
  event of that day; "able"/"unable" only with a present copula ("are able to", not "were able to
  return today", which happened).
* A pseudo-cleft's free relative: "and that is what counts tonight" gave "What counts": a clause whose
  subject or object is "what" and that is itself the complement or subject of "be" names a thing,
  not a happening.
* An "as" clause of conformity (round 65h; the seventieth sample's "as a 2018 law requires" told as
  "A law requires", 2018): a clause marked "as" (`conformity_marks`) on a verb of requiring or letting
  (`conformity_verbs`) with no object or clause of its own names the standard that the main clause
  meets or breaks; it tells no happening, and the date on its subject is the standard's. "as the
  treaty requires members to report" (an object) and "as prices rose" (another verb) stay.
* A headline's "before <date> <noun>": "Plan to shut clinics before June vote draws anger" is parsed
  with "before" marking "draws" and the date on the subject "vote": the date is the noun's (the vote
  is in June), the present verb is the headline's news of the publication day; no row from that date.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .segments import layout_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

_PRESENT = ("VBZ", "VBP")


def _dateline_agency(doc) -> str | None:
    """The agency a dateline names ("LJUBLJANA, May 20 (Wire) -" -> "wire"), lower case, or None
    (read by the dateline's layout, segments.py)."""
    agency = layout_of(doc).agency  # None exactly when the layout found no agency (agency_end -1)
    return agency.strip().lower() if agency else None


def outlet_sourcing(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is a passive verb of sourcing with a news outlet for agent (module doc)."""
    if pred.tag_ != "VBN" or pred.lemma_.lower() not in words.sourcing_verbs:
        return False
    agents = [o for c in pred.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not agents:
        return False
    agent = agents[0]
    if agent.lemma_.lower() in words.outlet_nouns or agent.lower_ in words.wire_agencies or \
            any(c.dep_ == "compound" and c.lower_ in words.outlet_compounds for c in agent.children):
        return True  # "seen by the newspaper", "by Reuters", "by a news agency"
    if agent.pos_ != "PROPN":
        return False
    name = " ".join(t.lower_ for t in agent.subtree if t.pos_ == "PROPN")
    return bool(name) and name == _dateline_agency(pred.doc)


def standing_leave(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `pred` is an adjective of standing leave with its to-infinitive, dated by a
    present-state word (module doc)."""
    if span.text.lower() not in words.present_state_words:
        return False
    if pred.pos_ in ("AUX", "VERB") and pred.lemma_.lower() in words.copulas:  # the row may be the copula's
        pred = next((c for c in pred.children if c.dep_ == "acomp"), pred)
    if pred.pos_ != "ADJ" or pred.dep_ != "acomp":
        return False
    lemma = pred.lemma_.lower()
    copula = pred.head
    if copula.lemma_.lower() not in words.copulas or not any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in pred.children):
        return False
    if lemma in words.standing_leave_adjectives:
        return True
    return lemma in words.ability_adjectives and copula.tag_ in _PRESENT


def pseudo_cleft(pred: Token, words: EventWords) -> bool:
    """Whether `pred` heads a free relative ("what matters") that is the complement or subject of
    "be" (module doc)."""
    if pred.dep_ not in ("ccomp", "attr", "csubj") or pred.head.lemma_.lower() not in words.copulas:
        return False
    return any(c.dep_ in ("nsubj", "dobj") and c.lower_ in words.free_relative_words and c.i < pred.i
               for c in pred.children)


def headline_noun_date(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the date is a headline's "before <date> <noun>", the subject's modifier (module doc)."""
    noun = span.root.head
    if span.root.dep_ not in ("compound", "nmod", "amod") or noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return False
    if pred.i == noun.i:  # the row may be the dated noun's ("Vote draws protest")
        pred = noun.head
    elif noun.head.i != pred.i:
        return False
    if pred.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return False
    marks = [c for c in pred.children if c.dep_ == "mark" and c.lower_ in words.sequence_preps]
    if not marks or marks[0].i != noun.left_edge.i - 1:
        return False
    return pred.idx < layout_of(pred.doc).story_start


def conformity_clause(pred: Token, words: EventWords) -> bool:
    """Whether the row is an "as" clause of conformity, "as a 2018 rule requires" (module doc); the
    row may be told on the clause's subject noun."""
    verb = pred.head if pred.dep_ in ("nsubj", "nsubjpass") and pred.pos_ in ("NOUN", "PROPN") else pred
    if verb.lemma_.lower() not in words.conformity_verbs or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words.conformity_marks and c.i < verb.i for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "oprd") for c in verb.children)
