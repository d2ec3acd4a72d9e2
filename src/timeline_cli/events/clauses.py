"""Clauses the parse hands a description in the wrong shape, and actors it gets wrong (docs/events.md,
"Garbled descriptions and wrong actors"): "whose" written as its antecedent's possessive, a reporter's
own conjunct, "it" that cannot be a person or a mass noun, an event noun told by the verb that reports
it, a finite verb hung on a noun, what a bare "X said" said, elliptical conjuncts. Each rule reads the
parse of one row's words and leaves them as they are when its pattern is not there."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

_LEFT_DROP = ("relcl", "appos", "prep", "acl", "advcl")


def _left_phrase(noun: Token) -> str:
    """A noun with its left modifiers ("a young farmer"), lower-case article, no clauses."""
    phrase = []
    for t in noun.subtree:
        if t.i > noun.i or t.is_punct:
            continue
        up, inside = t, False
        while up.i != noun.i and up.head.i != up.i:
            inside = inside or up.dep_ in _LEFT_DROP
            up = up.head
        if not inside:
            phrase.append(t)
    phrase.sort(key=lambda t: t.i)
    # the text's own spacing between neighbours: "a children's hospital", never "children 's"
    # (whose lone apostrophe the renderer strips as a quote mark)
    return "".join((t.lower_ if t is phrase[0] and t.pos_ == "DET" else t.text) +
                   (t.whitespace_ if n + 1 < len(phrase) and phrase[n + 1].i == t.i + 1 else " " * (n + 1 < len(phrase)))
                   for n, t in enumerate(phrase))


def possessive_relative_substitutions(tokens: list[Token], words: EventWords) -> tuple[dict[int, str], str | None]:
    """"a young farmer whose tractor was swept into the river": the relative possessive is written
    as its antecedent's possessive ("A young farmer's tractor was swept into the river"), never a
    description that opens with "Whose tractor"; and the antecedent's name when it is a named actor
    ("Dana Ruiz, whose shop was robbed" -> Dana Ruiz), else None."""
    subs, name = {}, None
    for token in tokens:
        if token.lower_ not in words.possessive_relatives or token.dep_ != "poss":
            continue
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None or clause.head.i == clause.i or clause.head.pos_ not in ("NOUN", "PROPN"):
            continue
        text = _left_phrase(clause.head)
        if text:
            subs[token.i] = words.possessive.format(text.rstrip("."))
            if name is None and clause.head.pos_ == "PROPN" and clause.head.ent_type_ in ("PERSON", "ORG", "GPE"):
                from .nonactors import owns_kin_or_work
                if not owns_kin_or_work(token.head, token.i + 1, words):  # "Benali, whose son was admitted"
                    name = text
    return subs, name


def reporter_conjunct(verb: Token, words: EventWords) -> Token | None:
    """The reporting verb a conjunct really belongs to, when the parser put it on the reported clause:
    "The mayor said the city had spent 40 million dollars in March and asked residents to save
    water" -> said (the mayor asked, when she spoke; not the city in March). Only a verb of saying or
    urging (`reporting`, `speech_acts`: a second speech act of the reporter), in the simple past,
    without a subject or auxiliary of its own, after a reported clause whose verb has auxiliaries or
    the present tense, under a past reporting verb with a subject. The tagger calls a participle
    sharing "had" a past as well ("said the storm had damaged 300 homes and knocked out power"), so
    other verbs stay the reported clause's: "said the city spent 40 million in March and hired 200
    workers" is the city's hiring. A verb of the "that" clause of a past perfect report with a
    subject belongs to that report (`_pluperfect_report`, round 58). None otherwise."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
            verb.lemma_.lower() not in words.saying_verbs or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in verb.children):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.i > verb.i or reported.head.i == reported.i:
        return None
    report = reported.head
    if _pluperfect_report(report, reported, words):
        return report  # "said it had warned that the unit was close to breaking point and called on ..."
    if verb.tag_ != "VBD":
        return None
    if report.i > verb.i and any(c.dep_ == "auxpass" for c in reported.children):
        return None  # "Miners were trapped, denied water ..., the union said": a passive list, said after it
    if report.lemma_.lower() not in words.reporting or report.tag_ != "VBD" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in reported.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in reported.children) or reported.tag_ in ("VBZ", "VBP"):
        return report
    return None


# what may stand between an interposed attribution's verb and the "and" of the reported clause's
# conjunct: "..., a spokesman told reporters on Saturday, and will ..." (not a clause of its own)
_ATTRIBUTION_TAIL_DEPS = ("prep", "npadvmod", "advmod", "punct", "dobj", "dative")


def interrupted_report_conjunct(verb: Token, words: EventWords) -> Token | None:
    """The subject of the reported clause a conjunct carries on, when the parser hung the conjunct on
    an attribution set between commas: in "The inspectorate opened an inquiry on Saturday, a
    spokesman said, and will decide next month whether ..." the deciding is the inspectorate's, never
    the spokesman's (round 62c). Only a conjunct with no subject of its own and an auxiliary or a
    present tense (what the reported body will do or does), not a verb of saying or urging ("..., the
    spokesman said, and added that ...": a second speech act stays the sayer's), after a comma and "and",
    on a reporting verb whose subject follows a comma after a reported clause with a subject of its own
    before it. None otherwise (a plain past "..., a spokesman said, and declined to comment" is left)."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in words.saying_verbs or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if verb.tag_ not in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") and c.i < verb.i
                                                      for c in verb.children):
        return None
    report = verb.head
    if report.i > verb.i or report.lemma_.lower() not in words.reporting or report.pos_ != "VERB":
        return None
    sayer = next((c for c in report.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < report.i), None)
    reported = next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)
    if sayer is None or reported is None or reported.right_edge.i >= sayer.left_edge.i:
        return None
    doc = verb.doc
    cc = next((c for c in report.children if c.dep_ == "cc" and report.i < c.i < verb.i), None)
    if doc[sayer.left_edge.i - 1].text != "," or cc is None or doc[cc.i - 1].text != "," or \
            any(c.dep_ not in _ATTRIBUTION_TAIL_DEPS for c in report.children if report.i < c.i < cc.i):
        return None
    return next((c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _pluperfect_report(report: Token, reported: Token, words: EventWords) -> bool:
    """Whether `report` is a past perfect verb of saying or urging with a subject ("it had warned")
    whose "that" clause `reported` the parser gave the next speech act: "The network said it had
    warned that the unit was close to breaking point and called on the government to fund ..." is the
    network's calling, sharing "had", never the unit's (round 58)."""
    return any(c.dep_ == "mark" for c in reported.children) and report.tag_ == "VBN" and \
        report.lemma_.lower() in words.saying_verbs and \
        any(c.dep_ == "aux" and c.tag_ == "VBD" for c in report.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in reported.children)


def cannot_be_it(candidate: Token, same_sentence: bool, person_words: set[str]) -> bool:
    """Whether "it" cannot stand for `candidate`, the subject the previous-subject rule would take
    (events/actors.py): a name the document gives a person elsewhere ("Martin Hale ... Hale
    resigned. The regulator, which began investigating the fund after it suspended redemptions": not
    Hale), or, in the pronoun's own sentence, a bare mass noun that is the subject of another
    clause ("snow covered the wings of the jet shortly after it landed": the jet, not the snow).
    `person_words`: the words of the document's PERSON entities."""
    if candidate.text[:1].isupper() and candidate.text in person_words:
        return True  # the tagger may call a sentence-initial surname a common noun ("Hale faces ...")
    return same_sentence and candidate.tag_ == "NN" and candidate.pos_ == "NOUN" and \
        not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in candidate.children)


def reporting_support(noun: Token, segment: tuple[int, int], words: EventWords) -> Token | None:
    """The verb whose clause describes an event noun that is its object: "The company, which
    reported a 9 percent rise in sales in August, ..." is "The company reported a 9 percent rise in
    sales" (who reported it), not the bare "A 9 percent rise in sales". Only a support or reporting
    verb (report, post, hold, sign, ...: it tells or carries out the noun's event) with a subject of
    its own, or a relative clause's antecedent for one; None otherwise."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i or verb.pos_ != "VERB" or not segment[0] <= verb.i <= segment[1]:
        return None
    if verb.lemma_.lower() not in words.support_verbs | words.reporting:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return verb
    relative = verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    if relative:
        return verb
    # "FIS said it was looking for a venue and would announce a decision by Tuesday": a second
    # conjunct with no subject shares its first verb's (describe.subject_of reads it there)
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        first = first.head
    shared = first.i != verb.i and segment[0] <= first.i <= segment[1] and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in first.children)
    return verb if shared else None


_FINITE = ("VBD", "VBZ", "VBP")


def misattached_finite_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on a noun inside a relative clause: "A crew
    that had not been trained to handle the leak caused the crash" is parsed with "caused" as a
    modifier of "leak"; a finite verb (no participle) with an object modifies no noun, and its
    subject is the relative clause's antecedent, with the nouns conjoined before it ("Cracked fuel
    lines and a crew that ... caused the crash"). None when the verb is not such a misparse or no
    relative clause is above it."""
    if verb.dep_ != "acl" or verb.tag_ not in _FINITE or verb.head.i == verb.i or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children) or \
            not any(c.dep_ == "dobj" for c in verb.children):
        return None  # a past the tagger may have read for a participle ("a car bought in 2019") has no object
    clause = next((a for a in verb.head.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i == clause.i or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    antecedent = clause.head
    while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i and antecedent.head.pos_ in ("NOUN", "PROPN"):
        antecedent = antecedent.head
    return antecedent if antecedent.i < verb.i else None


def reported_clause(verb: Token, subject: Token | None, segment: tuple[int, int], words: EventWords) -> Token | None:
    """The predicate of what a reporting verb reports when the parser did not make it the verb's
    complement: "Cracked fuel lines and a crew that ... caused the crash ..., investigators said on
    Thursday" (the clause hung on "said" as an unlabelled dependent) gives "caused", so the row
    tells what was said, not a bare "Investigators said". The first finite verb, not in a relative
    or adverbial clause (unless `misattached_finite_subject` repairs it), in a dependent of the verb
    before it (other than its subject); None when there is none."""
    if verb.lemma_.lower() not in words.reporting or verb.pos_ != "VERB":
        return None
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in ("dep", "npadvmod", "nsubj") or \
                subject is not None and child.i == subject.i:
            continue
        inside = {t.i for t in child.subtree}
        for token in child.subtree:
            if not segment[0] <= token.i <= segment[1] or token.pos_ not in ("VERB", "AUX") or \
                    token.tag_ not in _FINITE:
                continue
            subordinate = any(a.dep_ in ("relcl", "advcl") for a in [token, *token.ancestors] if a.i in inside)
            if not subordinate or misattached_finite_subject(token) is not None:
                return token
    return None


def elliptical_conjunct(span: Span, pred: Token, pieces: list[list[Token]], others: list[Span]) \
        -> list[list[Token]] | None:
    """The pieces of a row dated by the second half of an elliptical coordination: "goes on sale in
    Japan on Oct. 3 and in Europe two weeks later" is, for "two weeks later", "The console goes on
    sale in Europe", not the first half's place again. The conjunct (a prepositional phrase or a noun,
    without a verb, that the parser coordinates with the other date's phrase) takes the place of its
    counterpart in the clause: the nearest phrase before the other date with the same preposition
    ("in Japan"), or, for a noun, the verb's object ("visited Paris on Monday and Berlin on
    Tuesday" -> "visited Berlin"). None when the row's date follows no such conjunct."""
    members = {t.i for p in pieces for t in p}
    for other in others:
        if other.end > span.start or other.start == span.start:
            continue
        marker = other.root.head if other.root.dep_ == "pobj" else other.root
        if not _attaches_to(marker, pred):
            stray = _stray_conjunct(span, marker, other)
            if stray is not None:  # "open to freight trains in 2030, and to passenger services a year later"
                return _replaced(stray, _counterpart(stray, marker.head, other, members), pieces, span, others)
            continue
        # "sold about 12,000 coins last year and 9,000 in 2022": the parser hangs the number on the verb
        numbers = [c for c in pred.children if c.pos_ == "NUM" or c.pos_ == "NOUN" and
                   any(n.dep_ == "nummod" for n in c.children)]  # "... and 102 tonnes in 2024"
        # "won the title in 2024 and a silver medal in 2023": the object's conjunct the parser hangs on
        # the verb itself, after the verb's object (round 51c); not a name after a named subject and an
        # object no name ("Smith won the race in 2020 and Jones in 2021": Jones may be who won)
        objects = [c for c in pred.children if second_object(c, pred)]
        for conj in [*marker.children, *other.root.children, *numbers, *objects]:
            if conj.dep_ != "conj" or not other.end <= conj.i < span.start or \
                    any(t.pos_ in ("VERB", "AUX") for t in conj.subtree):
                continue
            # (None when there is no phrase the conjunct stands in for: the row is left as it is)
            counterpart = _counterpart(conj, pred, other, members)
            # (an object's conjunct on the verb: the first object's own phrases, between it and the
            # "and", go with it: not "received a donation from a banker from the city")
            first = range(counterpart.right_edge.i + 1, conj.left_edge.i) \
                if counterpart is not None and conj in objects else range(0)
            return _replaced(conj, counterpart, pieces, span, others, keep_own=True, first=first)
    return None


def second_object(conj: Token, pred: Token) -> bool:
    """Whether the noun `conj`, hung on the verb `pred` as its conjunct, is a second object after the
    first: the verb has an object before it and no clause or object after it ("hears the case in October
    and rules on Tuesday that ...": "rules" a verb the parser took for a noun)."""
    return conj.pos_ in ("NOUN", "PROPN") and conj.dep_ == "conj" and \
        any(c.dep_ == "dobj" and c.i < conj.i for c in pred.children) and \
        not any(c.i > conj.i and c.dep_ in _AFTER_OBJECT for c in pred.children) and not _subject_like(conj, pred)


# what a verb may not have after a second object of its own: a clause or another object
_AFTER_OBJECT = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "dative")


def _subject_like(conj: Token, pred: Token) -> bool:
    """Whether the name `conj` may be a second subject with the verb and object left out: the verb's
    subject is a name and its object is not."""
    return conj.pos_ == "PROPN" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in pred.children) and \
        not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in pred.children)


def _stray_conjunct(span: Span, marker: Token, other: Span) -> Token | None:
    """The prepositional phrase of the row's date when the parser hung it on the clause above instead
    of coordinating it with the other date's verb: "is due to open to freight trains in 2030, and to
    passenger services a year later" ("to passenger services" a phrase of "is", the "and" left on
    "open"). The phrase right after the "and" whose head is the other date's verb, else None."""
    root = span.root
    phrase = root.head if root.dep_ in ("advmod", "npadvmod", "pobj") else None
    if phrase is None or phrase.dep_ != "prep" or phrase.pos_ != "ADP" or phrase.i <= other.end or phrase.i < 2:
        return None
    doc = span.doc
    joiner = doc[phrase.i - 1]
    verb = marker.head
    if joiner.dep_ != "cc" or joiner.head.i != verb.i or verb.pos_ not in ("VERB", "AUX") or \
            phrase.head.i == verb.i or not phrase.left_edge.i == phrase.i:
        return None
    return phrase


def _replaced(conj: Token, counterpart: Token | None, pieces: list[list[Token]], span: Span,
              others: list[Span], keep_own: bool = False, first: range = range(0)) -> list[list[Token]] | None:
    """`pieces` with the conjunct's phrase (without its date) put in place of its counterpart, and its
    own place left empty (with `keep_own`, for a conjunct coordinated in the clause, the other pieces
    are left as they are, and the tokens at `first`, the counterpart's own phrases, go with it); None
    when there is no counterpart."""
    if counterpart is None:
        return None
    gone = {t.i for t in counterpart.subtree} | set(first)
    dates = {i for o in (*others, span) for i in range(o.start, o.end)}
    markers = {t.head.i for t in conj.subtree if t.i in dates and t.dep_ == "pobj" and t.head.dep_ == "prep"}
    phrase = [t for t in conj.subtree if t.i not in dates | markers and not t.is_punct]
    own = {t.i for t in conj.subtree}
    out = []
    for piece in pieces:
        if any(t.i in gone for t in piece) and phrase:
            at = next(k for k, t in enumerate(piece) if t.i in gone)
            piece = [t for t in piece[:at] if t.i not in gone] + phrase + \
                [t for t in piece[at:] if t.i not in gone]
            phrase = []  # (put in once: the first object's phrases may be pieces of their own)
        elif any(t.i in gone for t in piece):
            piece = [t for t in piece if t.i not in gone]
        elif not keep_own:
            piece = [t for t in piece if t.i not in own]
        if piece:
            out.append(piece)
    return out


def _attaches_to(token: Token, pred: Token) -> bool:
    """Whether a date's phrase modifies `pred` (directly, or through the noun it dates)."""
    return token.head.i == pred.i or token.i == pred.i


def _counterpart(conj: Token, pred: Token, other: Span, members: set[int]) -> Token | None:
    """The phrase of the clause an elliptical conjunct stands in for (see `elliptical_conjunct`)."""
    phrases = [t for t in pred.subtree if t.i in members and t.i < other.start and not conj.left_edge.i <= t.i]
    if conj.pos_ == "ADP":
        same = [t for t in phrases if t.dep_ == "prep" and t.lower_ == conj.lower_]
        return same[-1] if same else None
    if conj.pos_ in ("NOUN", "PROPN"):
        return next((t for t in phrases if t.dep_ == "dobj" and t.head.i == pred.i), None)
    if conj.pos_ == "NUM":  # "bought about 90 tonnes last year and 102 in 2024": the object's number
        obj = next((t for t in phrases if t.dep_ == "dobj" and t.head.i == pred.i), None)
        return next((c for c in obj.children if c.dep_ == "nummod"), None) if obj is not None else None
    return None


def attribution_subject(verb: Token, words: EventWords) -> Token | None:
    """The subject of a closing attribution the parser gave two subjects: in "Leeds, who lost their
    captain last week, host Arsenal on Saturday, but Okafor is unlikely to play, the club said" both
    "Leeds" and "the club" hang on "said" as subjects; the one right before the verb, after a comma,
    is who said it (the other holds what was said: `reported_clause`). None otherwise."""
    if verb.lemma_.lower() not in words.reporting or verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) < 2:
        return None
    last = subjects[-1]
    if last.right_edge.i + 1 != verb.i or last.left_edge.i == 0 or last.doc[last.left_edge.i - 1].text != ",":
        return None
    return last


# a first conjunct's words that tell only how or how often its happening went ("closed twice", "fell
# sharply"), not what happened: the second conjunct's row leaves them out
_HOW_DEPS = ("advmod", "npadvmod")


def repeated_conjunct(span: Span, pred: Token, pieces: list[list[Token]], dates: list[Span],
                      words: EventWords) -> list[list[Token]] | None:
    """The pieces of a row when its verb is told twice, the second time by a conjunct of modifiers with no
    verb of its own (round 46b; the thirty-ninth blind sample's "The station closed twice" on 'this
    summer' for "closed twice in 2024 and again for six weeks this summer"). The row of a date inside
    the conjunct (the words after "and", up to a comma, no verb and no "then" or "later" among them,
    the first an adverb or a preposition, no comma between the verb and the "and", and a date of the
    first conjunct before it) tells the verb with the conjunct's own words, its date and the date's
    preposition out ("The station closed again for six weeks"), and without the first conjunct's
    manner, count, dated phrase or the phrase the conjunct's preposition repeats ("twice", "by fog"
    when the conjunct says "by a strike"); the row of a date before it leaves the conjunct out ("The
    shares fell sharply", not "... fell again sharply by 12 percent" on 2023). With no date before it
    the "and" joins one happening's two paths ("tore through his window and into his back Friday
    night"): left as it is. None when there is no such conjunct."""
    doc = pred.doc
    right = pred.right_edge.i
    if not (pred.i < span.start and span.end - 1 <= right and any(pred.i < o.start <= right for o in dates)):
        return None  # (two dates after the verb, in its clause, first: integers only, for most rows)
    after = doc[pred.i + 1:right + 1]
    if not words.additive_conjunctions.intersection(after.text.lower().split()):
        return None  # (a string test next: no Token built)
    own = {t.i for t in pred.subtree}
    cc = next((t for t in after if t.dep_ == "cc" and
               t.lower_ in words.additive_conjunctions and t.i + 1 in own), None)
    if cc is None or not _joined_to(cc, pred):
        return None
    first = doc[cc.i + 1]
    if first.pos_ not in ("ADV", "ADP"):
        return None
    region = []
    for t in doc[cc.i + 1:pred.right_edge.i + 1]:
        if t.is_punct or t.i not in own:
            break
        region.append(t)
    if not region or any(t.pos_ in ("VERB", "AUX") or t.lower_ in words.later_markers for t in region) or \
            any(t.is_punct for t in doc[pred.i + 1:cc.i]):
        return None  # (not "..., first in 2019 ... and again in 2022", a list; nor "and then in June")
    held = {t.i for t in region}
    if span.start >= cc.i:
        if not (span.start in held and span.end - 1 in held):
            return None
        return _told_again(span, pred, pieces, dates, cc, region)
    if not any(o.start in held for o in dates):
        return None  # the conjunct holds no date of its own: it may be this row's
    return _pieces_without(pieces, held | {cc.i})


def _joined_to(cc: Token, pred: Token) -> bool:
    """Whether the "and" hangs on `pred` or on one of its phrases (not inside a noun of its object)."""
    up = cc.head
    while up.i != pred.i:
        if up.pos_ in ("VERB", "AUX") or up.dep_ not in ("prep", "pobj", "advmod", "npadvmod", "agent") or \
                up.head.i == up.i:
            return False
        up = up.head
    return True


def _told_again(span: Span, pred: Token, pieces: list[list[Token]], dates: list[Span], cc: Token,
                region: list[Token]) -> list[list[Token]] | None:
    """`repeated_conjunct`'s row of a date inside the conjunct `region` after `cc`."""
    doc = pred.doc
    if not any(pred.i < o.start and o.end <= cc.i for o in dates):
        return None  # one happening's two paths ("tore through his window and into his back Friday night")
    dated = {i for o in (*dates, span) for i in range(o.start, o.end)}
    # (the conjunct's other expressions, "for six weeks", are its own words)
    markers = {t.head.i for t in region if span.start <= t.i < span.end and t.dep_ == "pobj" and t.head.dep_ == "prep"}
    phrase = [t for t in region if not span.start <= t.i < span.end and t.i not in markers]
    if not phrase:
        return None
    repeated = {t.lower_ for t in region if t.pos_ == "ADP"}
    gone = {cc.i, *(t.i for t in region)}
    for t in doc[pred.i + 1:cc.i]:
        child = t
        while child.head.i != pred.i and child.head.i != child.i:
            child = child.head
        if child.head.i != pred.i:
            continue
        if child.dep_ in _HOW_DEPS or child.pos_ == "ADP" and (
                child.lower_ in repeated or any(d.i in dated and d.i < cc.i for d in child.subtree)):
            gone.add(t.i)
    kept = [[t for t in piece if t is None or t.i not in gone] for piece in pieces]
    # the phrase goes after the clause's last word kept before the "and" ("burst its banks again")
    last = max(((p, k) for p, piece in enumerate(kept) for k, t in enumerate(piece) if t is not None and t.i < cc.i),
               key=lambda pk: kept[pk[0]][pk[1]].i, default=None)
    if last is None:
        return None
    p, k = last
    kept[p] = kept[p][:k + 1] + phrase + kept[p][k + 1:]
    return [piece for piece in kept if piece]


def _pieces_without(pieces: list[list[Token]], gone: set[int]) -> list[list[Token]]:
    out = []
    for piece in pieces:
        kept = [t for t in piece if t is None or t.i not in gone]
        if kept:
            out.append(kept)
    return out
