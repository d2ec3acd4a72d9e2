"""Descriptions left hanging or with no finite verb after the parse cut a word that carries the event
(docs/events.md, "A verb left hanging, a subject with no finite verb"; the fifteenth judged sample's
"Full reopening could take", "Is expected to take", "A 5% increase backdated").

* A verb of duration ("take") whose complement was the time expression taken out: "Full
  repairs could take [until next month]" -> "Full repairs could take" says nothing; no row. So does
  a finite verb of lasting with its length cut: "A similar battle [in 2019] lasted [almost a year]"
  -> "A similar battle lasted" (but "is expected to last" still says it goes on, and "lasted
  until June", dated June, says when it ended).
* No finite verb among the description's words and none written for them, in two more shapes than
  `events/verbless.py` knows: a subject kept with a to-infinitive or a participle whose governing verb
  was cut ("the rules [allowed] prices to rise" -> "Prices to rise"; "the phone[, ...,] [was]
  delayed" -> "The phone delayed by ..."; not under a verb of causing, which says the infinitive
  happened), and a participle on the object of a verb left out ("[gives teachers] a 3% rise
  backdated to March 1" -> "A 3% rise backdated"). Who did what is lost; no row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_COMPLEMENTS = ("prep", "dobj", "npadvmod", "advmod", "attr", "oprd")


def cut_duration(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the description ends on a verb of duration whose complement was cut (module doc)."""
    written = description.rstrip(" .,;:").split()
    if not written or not tokens:
        return False
    kept = {t.i for t in tokens}
    last = max(tokens, key=lambda t: t.i)
    if last.text.lower() != written[-1].lower() or last.pos_ not in ("VERB", "AUX"):
        return False
    lemma = last.lemma_.lower()
    if lemma not in words.hanging_verbs and not (
            lemma in words.duration_verbs and
            not any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in last.children)):
        return False  # "is expected to last" still says it lasts; "A similar battle lasted" does not
    # a verb of lasting only with its length cut ("lasted [almost a year]"); "lasted until June" is
    # dated by its end, and "The truce lasted" on June says it
    deps = _COMPLEMENTS if lemma in words.hanging_verbs else ("npadvmod", "dobj")
    if not any(c.dep_ in deps and c.i > last.i and c.i not in kept for c in last.children):
        return False
    # the row's own verb, not a modifier of one of its nouns ("arrived for a tour likely to last")
    verb = last
    while verb.head.i != verb.i and verb.head.i in kept:
        if verb.dep_ in ("acl", "amod") or verb.head.pos_ == "ADJ" and verb.head.dep_ == "amod":
            return False
        verb = verb.head
    return True


def cut_object(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the description ends on a word whose object was cut: a preposition whose object was
    the date taken out ("A session ran past [midnight]"), or an infinitive whose object is the
    antecedent of its relative clause, left out ("a tram line it has pledged to build by 2029" ->
    "The city has pledged to build"). A description never ends on either."""
    written = description.rstrip(" .,;:").split()
    if not written or not tokens:
        return False
    kept = {t.i for t in tokens}
    last = max(tokens, key=lambda t: t.i)
    if last.text.lower() != written[-1].lower():
        return False
    if last.dep_ == "prep":
        # its object cut, or hung elsewhere by the parse ("ran past midnight": 'midnight' on 'ran')
        return not any(c.i in kept for c in last.children) and last.i + 1 < len(last.doc) and \
            last.i + 1 not in kept and not last.doc[last.i + 1].is_punct
    if last.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in last.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "prt") and c.i in kept for c in last.children):
        return False
    verb = last
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.i in kept:
        verb = verb.head
    # a contact clause only: "the bill, which parliament is expected to vote on", "Saturday, when the
    # heat is expected to peak" have their relative word, and the gap is no object
    return verb.dep_ == "relcl" and verb.head.i not in kept and \
        not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree)


def _nonfinite(verb: Token, subject: Token, words: EventWords) -> bool:
    """A to-infinitive or a passive participle with no auxiliary: a verb that says neither when nor
    whether by itself (a "participle" with an active subject is a past tense the tagger misread:
    "Two barges collided on the Rhine")."""
    if verb.tag_ == "VBN":
        return subject.dep_ == "nsubjpass" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in verb.children)


def subject_without_verb(tokens: list[Token], pred: Token, written: bool, words: EventWords) -> bool:
    """Whether the words (told for `pred`; `written`: a finite form was written for them) have no
    finite verb and keep a subject on a non-finite verb, or a participle on a lost verb's object
    (module doc)."""
    if written or not tokens or not words.infinitive_marks or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    kept = {t.i for t in tokens}
    if any(t.lower_ in words.future_auxiliaries for t in tokens):
        return False
    for token in tokens:
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and verb.i in kept and verb.pos_ in ("VERB", "AUX") and \
                _nonfinite(verb, token, words) and verb.head.i not in kept and verb.head.i != verb.i:
            # the subject of a verb that heads the sentence itself ("Talks to resume" as a headline)
            # is left to verbless.py; an infinitive a verb of causing says happened ("caused the
            # British to invade the island": they invaded) is the event, its finite past unwritten
            return verb.head.lemma_.lower() not in words.causing_verbs
    # "a 3% rise backdated to March 1" with "gives" cut: the object's participle ("Plans announced
    # by the universities to cut 3,500 jobs", a noun with its own infinitive, names a dated thing)
    if any(t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in t.children)
           for t in tokens):
        return False
    # a participle that says who did it names a dated act ("an agreement reached between the two
    # companies in 1991", "shares tendered by shareholders") and stays
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in words.doer_preps for c in pred.children):
        return False
    return pred.dep_ == "acl" and pred.tag_ == "VBN" and pred.head.i in kept and \
        pred.head.dep_ in ("dobj", "dative") and pred.head.head.i not in kept
