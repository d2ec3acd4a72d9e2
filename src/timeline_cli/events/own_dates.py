"""Dates that belong to one part of a sentence, not to the verb the parse hangs them on (round 18).

* A date between the commas of a relative clause ("The inspectorate, which rated the clinic
  "outstanding" after a visit in 2020, said it would ...") is the relative clause's: the parser
  often hangs "after a visit in 2020" on the noun, and the date then climbs to the main verb
  ("said"). The row goes to the relative clause's verb, or is not made.
* A plan joined by "and" that the parser read as a noun ("began spraying on Wednesday with four
  aircraft and plans to deploy six more by the end of the week": "plans" a conjunct of "aircraft"):
  its date is the plan's, never the first verb's; the row is not made.
* A clause joined by "but" with a subject of its own ("paid the money in March, but prosecutors
  rejected the offer") does not share the first clause's date: the text does not say when it happened.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
CONTRAST = frozenset({"but", "yet"})


def relative_clause_verb(span: Span, pred: Token) -> Token | None:
    """The predicate to date by `span` when the date lies in a relative clause set off by commas
    (", which ... ,") and `pred` lies outside it: the clause's own verb, or None (no row). Otherwise
    `pred` itself."""
    doc = span.doc
    sent = span.sent
    which = next((i for i in range(span.start - 1, sent.start, -1)
                  if doc[i].lower_ in RELATIVE_PRONOUNS or doc[i].text == ","), None)
    if which is None or doc[which].lower_ not in RELATIVE_PRONOUNS or doc[which - 1].text != ",":
        return pred
    close = next((i for i in range(span.end, sent.end) if doc[i].text == ","), None)
    if close is None:
        return pred
    inside = [t for t in doc[which + 1:close] if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")]
    if which < pred.i < close and (not inside or pred in inside[0].subtree):
        return pred  # the clause's own predicate, or a clause the parser did not see (phrases.py)
    return inside[0] if inside else None


def plan_noun_conjunct(span: Span, pred: Token, control_verbs) -> bool:
    """The date hangs under "plans/hopes/aims to ..." parsed as a noun conjunct on the way to `pred`
    (see the module doc)."""
    token = span.root
    while token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ == "NOUN" and token.tag_ == "NNS" and \
                token.lemma_.lower() in control_verbs and any(c.dep_ == "xcomp" for c in token.children):
            return True
        if token.i == pred.i and token.dep_ != "xcomp":
            return False
        token = token.head
    return False


def contrasted_clause(pred: Token, conjunct: Token) -> bool:
    """`conjunct` is a later clause joined to `pred` by "but"/"yet" with a subject of its own."""
    if conjunct.i < pred.i or conjunct.dep_ != "conj":
        return False
    doc = pred.doc
    joined = any(c.dep_ == "cc" and c.lower_ in CONTRAST for c in conjunct.head.children
                 if pred.i < c.i < conjunct.i) or \
        any(doc[i].lower_ in CONTRAST and doc[i].dep_ == "cc" for i in range(pred.i + 1, conjunct.i))
    return joined and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conjunct.children)


def doer_actors(verb: Token, actors: list[str]) -> list[str]:
    """Those of a row's `actors` named in its verb's subject ("The government began spraying ...,
    Secretary Peter Kiprotich said": the government, not the speaker of the attribution); all of them
    when the subject is a pronoun or cannot be found (the row's actors then are what it resolved)."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return actors
    text = " ".join(t.text for t in subject.subtree).lower()
    return [a for a in actors if a.lower() in text]
