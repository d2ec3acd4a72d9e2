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
* A saying of the one who only reported a dated deed ("The government began spraying on Wednesday
  ..., Secretary Peter Kiprotich said. He said 300 people had been trained") is not dated by the
  deed's day (events/lead.py `context_rows`): only a speaker who did the deed, or a new speaker,
  carries the scene on.
* A date right after a subject's relative clause, before the main verb ("A fire that broke out in
  the engine room overnight was still burning on Wednesday"), is the relative clause's: the parser
  often hangs it on the main verb. The row goes to the relative clause's verb.
* A date on a participle or infinitive with no subject of its own, told by the clause above it
  ("The league on Monday suspended a coach for six games for shoving a linesman at a cup tie in
  March" is told "The league suspended a coach for six games"), when that clause holds a date of its
  own: the date is the shoving's, and the row would give the suspending March (round 52a). No row;
  a clause with no date of its own still takes the participle's ("would happen beginning next year"),
  and a possessive date on a noun ("following last month's squeeze") is left as it was.
* A date in an open question's infinitive ("would decide next autumn whether to extend it beyond
  2027") dates what may or may not be done: no row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def relative_clause_verb(span: Span, pred: Token, words: EventWords) -> Token | None:
    """The predicate to date by `span` when the date lies in a relative clause set off by commas
    (", which ... ,") and `pred` lies outside it: the clause's own verb, or None (no row). Otherwise
    `pred` itself."""
    doc = span.doc
    sent = span.sent
    which = next((i for i in range(span.start - 1, sent.start, -1)
                  if doc[i].lower_ in words.comma_relatives or doc[i].text == ","), None)
    if which is None or doc[which].lower_ not in words.comma_relatives or doc[which - 1].text != ",":
        return pred
    close = next((i for i in range(span.end, sent.end) if doc[i].text == ","), None)
    if close is None:
        return pred
    inside = [t for t in doc[which + 1:close] if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")]
    if which < pred.i < close and (not inside or pred in inside[0].subtree):
        return pred  # the clause's own predicate, or a clause the parser did not see (phrases.py)
    if inside and inside[0].head.head.i < close:
        return pred  # "X, which owns half of Y -- Z -- posted net income for the quarter, or ...": no closing comma
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


def contrasted_clause(span: Span, pred: Token, conjunct: Token, words: EventWords) -> bool:
    """`conjunct` is a later clause joined to `pred` by "but"/"yet" with a subject of its own, and the
    date is the first clause's: after its verb ("In 2015, a bus caught fire, but all its passengers got
    out" sets the whole sentence in 2015), and not a report's day beside another report ("officials
    said on Tuesday, but survivors said ...")."""
    if conjunct.i < pred.i or conjunct.dep_ != "conj" or span.start < pred.i:
        return False
    if pred.lemma_.lower() in words.attributing and conjunct.lemma_.lower() in words.attributing:
        return False
    doc = pred.doc
    joined = any(c.dep_ == "cc" and c.lower_ in words.contrast_conjunctions for c in conjunct.head.children
                 if pred.i < c.i < conjunct.i) or \
        any(doc[i].lower_ in words.contrast_conjunctions and doc[i].dep_ == "cc" for i in range(pred.i + 1, conjunct.i))
    subject = next((c for c in conjunct.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    first = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a person pronoun after "but" is most often the first clause's doer
    if subject is None or subject.lower_ in words.personal_subjects or \
            first is not None and subject.lower_ == first.lower_:
        return False  # "met Saddam this week, but he told reporters ...": the same doer goes on
    return joined


def reporter_only(doc, previous: tuple[int, int], dated: Token | None, when: int, speaker: str, same,
                  words: EventWords) -> bool:
    """`speaker` is named in the previous sentence only as the one who reported its dated deed ("The
    government began spraying on Wednesday ..., Secretary Peter Kiprotich said"), not in the deed's
    subject: his next saying is not dated by the deed's day. A date of the saying itself ("..., Orban
    said here Friday"), at character `when`, leaves it dated."""
    reporters = [t for t in doc[previous[0]:previous[1] + 1] if t.dep_ in ("nsubj", "nsubjpass") and
                 t.head.lemma_.lower() in words.attributing and (dated is None or t.head.i != dated.i)
                 and not _dates_saying(doc, t.head, dated, when)]
    named = [" ".join(x.text for x in r.subtree) for r in reporters]
    if not any(same(speaker, n) or speaker.lower() in n.lower() for n in named):
        return False
    if dated is None:
        return True
    doer = next((c for c in dated.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return doer is None or doer.pos_ != "PRON" and speaker.lower() not in \
        " ".join(x.text for x in doer.subtree).lower()


def _dates_saying(doc, saying: Token, deed: Token | None, when: int) -> bool:
    """The date at character `when` hangs under the reporting verb, not under the deed it reports."""
    token = next((t for t in doc if t.idx <= when < t.idx + len(t.text)), None)
    if token is None:
        return False
    above = [token, *token.ancestors]
    return saying in above and (deed is None or deed not in above)


def subject_relative_verb(span: Span, pred: Token) -> Token | None:
    """The verb of `pred`'s subject's relative clause when the date follows that clause with nothing
    between ("A fire that broke out ... overnight was still burning"), else None (see the module doc)."""
    if span.root.head.i != pred.i or span.end > pred.i:
        return None
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start), None)
    if subject is None:
        return None
    relative = next((c for c in subject.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                     and c.i > subject.i), None)
    if relative is None or relative.right_edge.i + 1 != span.start:
        return None
    return relative


def open_question(pred: Token, words: EventWords) -> bool:
    """`pred` is opened by "whether", an infinitive ("decide whether to extend it") or a finite clause
    ("asked the court to rule on whether the walkout could go ahead in May"): the question is open,
    told alone it reads as a fact ("The walkout could go ahead"); no event."""
    return any(c.dep_ == "mark" and c.lower_ in words.question_marks for c in pred.children)


def misread_compound_verb(span: Span, pred: Token, words: EventWords) -> Token | None:
    """The verb whose object a compound noun ending in -ing is, when the parser read that word as a
    participle and hung the date on it ("lifted a tsunami warning for the coast on Saturday morning":
    "warning" an "-ing" participle of "tsunami"): the date is the lifting's. None otherwise; not an
    event noun ("announced a store opening on Monday": the opening's day)."""
    noun = pred.head
    if pred.tag_ != "VBG" or pred.dep_ != "acl" or noun.i != pred.i - 1 or noun.tag_ != "NN" or \
            noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or pred.lower_ in words.event_nouns:
        return None
    if not any(c.dep_ == "det" for c in noun.children) or span.root.head.head.i != pred.i:
        return None
    if any(c.dep_ not in ("prep", "punct") for c in pred.children):
        return None  # "saw a man carrying a bag": a participle with an object of its own
    return noun.head


def dated_host(span: Span, pred: Token, host: Token | None, spans, bounds: tuple[int, int]) -> bool:
    """Whether `host`, the clause that tells a row on the subjectless participle or infinitive `pred`
    (describe.clause_of_nonfinite), holds a date or time of its own, on the clause's verb itself or
    through one preposition (not a noun's, "gathered evidence in the October slaying ... to begin
    presenting it next week"): the date `span`, `pred`'s own in the same way, is then `pred`'s, not the
    clause's (module doc)."""
    if host is None or host.i == pred.i or not _participles_date(span.root, pred):
        return False  # (a noun's possessive date, "following last month's squeeze", stays as it was)
    low, high = pred.left_edge.i, pred.right_edge.i
    for expression, other in spans.items():
        if other.start == span.start or expression.type not in ("DATE", "TIME") or \
                not bounds[0] <= other.start <= bounds[1] or low <= other.start <= high:
            continue
        if _own_verb(other.root).i == host.i:
            return True  # "on Tuesday banned ...": the clause's own day (not a noun's, "the October slaying")
    return False


def _own_verb(root: Token) -> Token:
    """The word a time expression's head hangs on, through one preposition ("on Tuesday" -> the verb)."""
    head = root.head
    return head.head if head.pos_ == "ADP" and head.dep_ == "prep" else head


def _participles_date(root: Token, pred: Token) -> bool:
    """Whether a time expression (its head `root`) is the participle's: on it ("punching a referee last
    month"), through a preposition, or in a phrase of its object or of its phrase's noun ("shoving a
    linesman at a cup tie in March"); a possessive on a noun ("last month's squeeze") is the noun's."""
    token = root
    for _ in range(5):
        if token.dep_ not in ("npadvmod", "tmod", "pobj", "prep", "dobj") or token.head.i == token.i:
            return False
        token = token.head
        if token.i == pred.i:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False
