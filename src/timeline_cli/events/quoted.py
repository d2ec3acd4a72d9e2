"""Rows that say nothing: a verb of saying with nothing said, and a clause whose subject was the time
expression taken out (docs/events.md, "Nothing said"; the fifth blind sample's "Medisure said at the
time", "Chief executive Miriam Kessler said after ringing the opening bell" and "Today is").

* A row on a verb of saying whose description keeps nothing that is said ("The insurer said at the
  time", when what it said hung on "the time" as a relative clause and went with the time
  expression; "Berg said after cutting the ribbon", the quotation before it gone) tells no event: no
  row. What is said is the verb's clausal complement, object, a clause beside it, or a clause of
  saying the parser made adverbial (fragments.py, `said_content`).
* A clause whose subject is a time expression inside a quotation ('"Today is a day for the whole
  crew," Berg said') is a remark about that day, no event; with the expression taken out its words
  read "Today is" or, under the verb of saying, "The mayor said is a good day". No row on the
  expression, and no row that keeps a verb whose subject was another time expression taken out.
* A quoted clause with a personal pronoun for its subject and no time expression of its own, dated
  from the sentence before ('Her brother flew home on Sunday. "He came home with nothing," she
  said'), is what someone said about the event, not an event of that day: no row.
* A clause with a first-person parenthetical ('"Tonight, I think, she can pay," her coach said';
  "they will sign it, we believe") is the speaker's guess, not an event: told without it ("Vidal can
  pay") it reads as a fact. No row.
* A quoted clause whose object is a bare "that" or "this" ('"Today nobody is saying that."') answers
  what was said before it: the row cannot say what is meant. No row.
* A sentence that is all quotation, its speaker cut (named in the sentence before), whose clause has
  for its subject an indefinite or negative pronoun or a "no" noun ('"Today somebody listened."',
  '"From tomorrow, no chainsaw goes in."') restates the news the story told in its own words (the
  ruling, the ban taking effect) as a feeling: told without quotation marks or speaker it reads as a
  fact about no one. No row. With its speaker in the sentence ('"Nobody was hurt," police said') it is
  kept, and so is a quoted sentence with a named subject ('"We will close the plant on Friday."').
* A sentence that is all quotation, its speaker cut, dated only by a word of the story's own day
  inside it (the pack's `story_day_words`), whose subject is a noun under an indefinite article or a
  demonstrative ('"Today a judge looked at the evidence and said what I have always said."', '"Today
  that trust has been broken."'), when an earlier row of the story already has that day, restates the
  day's news (the ruling the story told first) in the speaker's words: told without quotation marks
  or speaker it reads as a second happening. No row. With its speaker in the sentence, on a day no
  earlier row has, or with a subject the story names ('"Today it has lost its biggest shipment"': the
  network's loss), it is kept.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .fragments import said_content
from .lead import QUOTE_ORTHS, QUOTES, doc_arrays, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Event
    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_SAID = ("ccomp", "xcomp", "dobj", "parataxis")


def said_nothing(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred` is a verb of saying with nothing said in the parse, though its sentence
    (`bounds`) says something the parser hung elsewhere: a quotation, or a "that" clause after the
    verb. A passive ("would be told by Friday") is the hearers' event; a verb with nothing said in its
    sentence is another sense ("must report to prison by July 15")."""
    if pred.lemma_.lower() not in words.reporting or any(c.dep_ == "auxpass" for c in pred.children):
        return False
    if any(c.dep_ in _SAID or said_content(pred, c, words) for c in pred.children):
        return False  # what it says is its own: left out by the description's budget or a date's phrase
    doc = pred.doc
    return inside_quotes(pred, bounds) or \
        any(t.text in QUOTES or t.lower_ in words.complementizers and t.i > pred.i
            for t in doc[bounds[0]:bounds[1] + 1])


def clipped_quotation(tokens: list[Token], words: EventWords) -> bool:
    """Whether what a verb of saying says, as the description keeps it, is a noun phrase whose
    conjoined clause was cut ('"Eighty acres, and I'll be lucky to sell half of it," said Foley' told
    "Foley said Eighty acres"): the words left are a fragment of the quotation and say nothing."""
    kept = {t.i for t in tokens}
    return any(t.dep_ in ("ccomp", "dobj") and t.pos_ in ("NOUN", "PROPN", "NUM") and
               t.head.i in kept and t.head.lemma_.lower() in words.reporting and
               any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in kept for c in t.children)
               for t in tokens)


def misparsed_saying(pred: Token, bounds: tuple[int, int], expressions: set[int], words: EventWords) -> list[Token]:
    """The words of what a verb of saying says when the parser made it a relative clause of a noun in
    the verb's phrase ("announced in an internal memo that he would be on leave", "said at the time
    that it had found no evidence"): a clause opened by "that" as a subordinator (not its subject or
    object), with a subject of its own. Its time expressions are left out. [] when there is none."""
    for prep in (c for c in pred.children if c.dep_ == "prep" and c.i > pred.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i <= bounds[1]):
                first = clause.doc[clause.left_edge.i]
                if first.lower_ in words.complementizers and first.head.i == clause.i and \
                        first.dep_ in ("mark", "advmod") and any(c.dep_ in _SUBJECTS for c in clause.children):
                    out = [t for t in clause.subtree if t.i not in expressions and not t.is_punct]
                    return [t for t in out if not (t.dep_ == "prep" and t.n_rights and
                                                   all(c.i in expressions for c in t.rights))]
    return []


def quoted_time_subject(span: Span, pred: Token, expressions: set[int], bounds: tuple[int, int]) -> bool:
    """Whether the time expression `span`, or another one that is the subject of the row's verb
    `pred`, is the subject of a clause inside quotation marks (`expressions`: the time expressions'
    tokens)."""
    if span.root.dep_ in _SUBJECTS:
        subject = span.root
    else:
        subject = next((c for c in pred.children if c.dep_ in _SUBJECTS and c.i in expressions), None)
        if subject is None:
            return False
    return inside_quotes(subject, bounds)


def context_quotations(doc: Doc, rows: list[Event], segments) -> list[Event]:
    """`rows` without those dated from another sentence (`date_basis` context) whose verb is a quoted
    clause with a personal pronoun for its subject ('"He came home with nothing," she said', after a
    dated sentence): a remark, no event of that day (module doc)."""
    starts = token_starts(doc)
    out = []
    for row in rows:
        verb = starts.get(row.trigger_start) if row.date_basis == "context" else None
        bounds = segments.span(verb) if verb is not None else None
        if bounds is not None and inside_quotes(verb, bounds) and \
                any(c.dep_ in _SUBJECTS and c.tag_ == "PRP" for c in verb.children):
            continue
        out.append(row)
    return out


def restated_in_quotes(doc: Doc, rows: list[Event], segments, words: EventWords) -> list[Event]:
    """`rows` without a row of a sentence that is all quotation, its speaker cut, dated only by a word
    of the story's day inside the quotation, whose day an earlier row of the text already has (module
    doc)."""
    if not words.story_day_words:
        return rows
    starts = token_starts(doc)
    dated = [(row.start, row.value) for row in rows if row.date_basis == "text"]
    out = []
    for row in rows:
        if row.date_basis == "text" and row.time_expression.lower() in words.story_day_words and \
                any(value == row.value and start < row.start - len(row.sentence) for start, value in dated) and _speakerless_quote(row, starts, segments, rows, words):
            continue
        out.append(row)
    return out


def _speakerless_quote(row: Event, starts, segments, rows: list[Event], words: EventWords) -> bool:
    """Whether `row`'s sentence is all quotation, with its time expression and its verb inside, its
    verb's subject a noun under an indefinite article or a demonstrative ("a judge", "that trust": no
    one the story names), and no other date of that sentence dates a row."""
    verb, when = starts.get(row.trigger_start), starts.get(row.start)
    bounds = segments.span(verb) if verb is not None else None
    if when is None or bounds is None or not inside_quotes(verb, bounds) or not inside_quotes(when, bounds):
        return False
    if any(other.sentence == row.sentence and other.time_expression.lower() not in words.story_day_words
           for other in rows):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in words.indefinite_articles | words.demonstratives
                                  for c in subject.children):
        return False  # '"Today it has lost its biggest shipment"': the actor's own loss, told of it
    return _all_quoted(verb.doc, bounds)


def inside_quotes(token: Token, bounds: tuple[int, int]) -> bool:
    """Whether `token` is inside quotation marks, counted from its sentence's start (`bounds`)."""
    doc = token.doc
    start = bounds[0]
    while start > 0 and (doc[start - 1].is_space or doc[start - 1].text in QUOTES and _opens(doc[start - 1])):
        start -= 1  # a quotation that opens the sentence, left out of its segment after a dateline
    orths = doc_arrays(doc)[2]  # (the words' ORTH ids: no Token made per word of the sentence)
    return start <= token.i and sum(1 for i in range(start, token.i) if orths[i] in QUOTE_ORTHS) % 2 == 1


def quoted_name_verb(verb: Token) -> bool:
    """Whether `verb` is a word of a short quoted name right after a noun ('under the name "Manos por
    Valencia"', 'the slogan "Vote Now"'), which the parser read as a clause: a name says no deed, and a
    row on it reads "Manos por Valencia days after the floods" (round 56c). The name: at most six
    words between quotation marks, its first capitalized, the word before the opening mark a common
    noun."""
    doc = verb.doc
    left = next((doc[i] for i in range(verb.i - 1, max(verb.i - 7, -1), -1) if doc[i].text in QUOTES), None)
    if left is None or not _opens(left) or left.i == 0 or doc[left.i - 1].pos_ != "NOUN":
        return False
    right = next((doc[i] for i in range(left.i + 1, min(left.i + 8, len(doc))) if doc[i].text in QUOTES), None)
    if right is None or right.i < verb.i or right.i - left.i < 2:
        return False
    inside = doc[left.i + 1:right.i]
    return inside[0].is_title and not any(t.is_punct for t in inside)


def _opens(mark: Token) -> bool:
    """Whether the quotation mark `mark` opens a quotation: a curly opening mark, or a straight one
    with a space or the text's start before it. The closing mark that ends the paragraph before
    ('... we are ready."' then a new paragraph) is attached to its last word."""
    if mark.text in ("“", "``"):
        return True
    if mark.text in ("”", "''"):
        return False
    return mark.i == 0 or mark.doc[mark.i - 1].is_space or bool(mark.doc[mark.i - 1].whitespace_)


def lost_subject(tokens: list[Token], expressions: set[int]) -> bool:
    """Whether a verb of the description had a time expression for its subject, taken out of it (a
    verb with a subject of its own kept besides is whole: "In mid-February, ..., the Germans launched",
    the month parsed as a second subject; round 29)."""
    kept = {t.i for t in tokens}
    return any(c.dep_ in _SUBJECTS and c.i in expressions and c.i not in kept and
               not any(o.dep_ in _SUBJECTS and o.i in kept for o in t.children)
               for t in tokens if t.pos_ in ("VERB", "AUX") for c in t.children) or \
        any(_date_read_as_adverb(t, expressions, kept) for t in tokens if t.pos_ in ("VERB", "AUX"))


def _date_read_as_adverb(verb: Token, expressions: set[int], kept: set[int]) -> bool:
    """Whether `verb` is a finite clause's verb with no subject at all whose first word is a time
    expression parsed as its adverb and taken out: "Next year will be harder for farmers, the minister
    said" -> "Will be harder for farmers" (the year is what will be harder)."""
    if verb.dep_ not in ("ROOT", "ccomp", "parataxis") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # an imperative or a bare infinitive has no subject to lose
    first = verb.left_edge
    return first.dep_ == "npadvmod" and first.head.i == verb.i and first.i in expressions and \
        first.i not in kept or first.head.dep_ == "npadvmod" and first.head.head.i == verb.i and \
        first.head.i in expressions and first.head.i not in kept


def speaker_guess(pred: Token, words: EventWords) -> bool:
    """Whether `pred` carries a first-person parenthetical, "I think" or "we believe" set off by commas
    with nothing of its own but its subject (module doc)."""
    for aside in (c for c in pred.children if c.dep_ == "parataxis"):
        subjects = [c for c in aside.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1 or subjects[0].lower_ not in words.speaker_pronouns or subjects[0].i > aside.i:
            continue
        if all(c.dep_ in ("nsubj", "punct", "advmod", "neg", "aux") for c in aside.children):
            return True
    return False


def demonstrative_object(pred: Token, bounds: tuple[int, int]) -> bool:
    """Whether `pred`, inside a quotation, has for its object a bare demonstrative pronoun, "that" or
    "this" with nothing of its own (module doc)."""
    return inside_quotes(pred, bounds) and any(
        c.dep_ == "dobj" and c.i > pred.i and "Dem" in c.morph.get("PronType") and not list(c.children)
        for c in pred.children)


def unattributed_indefinite(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred` is the clause of a sentence that is all quotation, with no speaker in it, and
    has for its subject an indefinite or negative pronoun or a noun under "no" (module doc)."""
    subjects = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    indefinite = subject.lower_ in words.someone_pronouns | words.everyone_pronouns | words.negative_pronouns or \
        any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in subject.children)
    if not indefinite or not inside_quotes(pred, bounds):
        return False
    return _all_quoted(pred.doc, bounds)


def _all_quoted(doc: Doc, bounds: tuple[int, int]) -> bool:
    """Whether every word of the sentence (`bounds`) but its punctuation is inside quotation marks: a
    sentence that is all quotation, with no speaker in it."""
    return all(t.is_punct or t.is_space or inside_quotes(t, bounds) for t in doc[bounds[0]:bounds[1]])
