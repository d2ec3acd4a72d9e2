"""Garbled and fragment descriptions (docs/events.md, "Garbled descriptions and wrong actors"): which
of a verb's dependents carry its news and which are glued on by the parse.

* An apposition the parser made a second object ("fined the bank 12 million crowns for ..., its
  biggest penalty"; "lent the club 3 million dollars in 2019, a loan that ...") is an aside: no part
  of the description.
* A clause before a colon or semicolon that the parser made the complement of the verb after it ("The
  mayor was not in the city: she had travelled to Geneva ...") is a sentence of its own: no part of
  the description.
* What a verb of saying says, when the parser hung it on the verb as an adverbial clause ("said only
  that he was looking at the options") or a purpose ("went on television to say the party was
  united"), is part of the description: never a bare "X said".
* A result participle after a comma ("collapsed on Monday, killing at least five people"; "stopped
  work, shutting wards in most hospitals") belongs to its clause's description (trimmed first when
  the description is too long), and is never a row of its own: it has no finite verb ("Nurses
  shutting wards"). A date inside it dates its clause when the clause has no date of its own, else
  it gives no row.
* The "that" clause of a cleft on "time" ("It is the first time since debates began in 1990 that a
  final debate has been cancelled"), which the parser hangs on the "since" clause's verb, is the
  cleft's, not that verb's: no part of the "since" clause's description (round 62e).
* An absolute phrase of a count or quantifier "of them" after a comma ("had fallen ill since early
  June, nine of them over the age of 70"), which the parser breaks up and hangs on the verb, is an
  aside on the subject: when the comma before it follows a dropped date phrase, the whole phrase
  goes too, never "11 people had fallen ill over the age of 70", which makes all of them over 70
  (round 63d, `absolute_partitive`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECTS = ("dobj", "dative", "attr")
_BREAKS = (":", ";")


def _bare(noun: Token, marker: Token) -> bool:
    """A partitive head: a singular noun with a determiner or an ordinal at most ("part", "the rest",
    "the first half"), not a noun of its own content ("the low levels of the early summer")."""
    return "Plur" not in noun.morph.get("Number") and \
        all(c.dep_ == "det" or c.dep_ == "amod" and c.ent_type_ == "ORDINAL" or c.i == marker.i
            for c in noun.children)


def after_comma(token: Token) -> bool:
    """Whether the phrase `token` heads is set off by a comma before it ("the yard, which ...")."""
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].text == ","


def aside_object(verb: Token, child: Token) -> bool:
    """Whether `child` is an apposition parsed as another object of `verb`: a noun object after a
    comma, when the verb already has a complement before it ("closed at $5.25, down $1.875, a 26
    percent decline"; module doc)."""
    return child.dep_ in ("dobj", "attr") and child.i > verb.i and after_comma(child) and \
        any(c.dep_ in (*_OBJECTS, "prep", "advmod", "acomp") and verb.i < c.i < child.left_edge.i
            for c in verb.children)


def spliced_clause(verb: Token, child: Token) -> bool:
    """Whether `child` is a clause before a colon or semicolon that the parser hung on the verb after
    it as its complement (module doc): the two are sentences of their own."""
    if child.dep_ == "ccomp" and child.i > verb.i:
        return _object_of_verb_before(verb, child)
    if child.dep_ not in ("ccomp", "conj") or child.i > verb.i:
        return False
    return any(t.text in _BREAKS for t in child.doc[child.right_edge.i + 1:verb.i])


def _object_of_verb_before(verb: Token, child: Token) -> bool:
    """Whether a clause the parser hung on `verb` as its complement follows, with no comma or "that",
    a verb of another clause in between that lacks an object of its own ("was found on a salt pan, 40
    kilometres from where cameras had calculated the rock would fall"): the clause is that verb's
    object, and run on after `verb` it splices the two ("was found the rock would fall")."""
    start = child.left_edge.i
    if start == 0:
        return False
    before = child.doc[start - 1]
    return before.pos_ == "VERB" and before.i > verb.i and before.head.i != verb.i and \
        not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in before.children)


def date_held_genitives(marker: Token, date: Token, words: EventWords) -> list[Token]:
    """The 'of' phrases the parser hung on a date that splits them from the noun before it ("was the
    scene in 2003 of one of the largest thefts in history": 'of ...' on '2003'): a year or a named day
    owns no such phrase, the object or attribute right before the date's preposition (`marker`) does,
    and the phrase stays when the date goes ("was the scene of one of ..."). A duration keeps its own
    ("over 14 hours of observation")."""
    if marker.i == 0 or date.pos_ not in ("NUM", "PROPN"):
        return []
    before = marker.doc[marker.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("attr", "dobj") or \
            before.head.i != marker.head.i or before.ent_type_ in ("DATE", "TIME"):
        return []
    return [c for c in date.children if c.dep_ == "prep" and c.lower_ in words.genitive_preps and c.i > date.i]


def said_content(verb: Token, child: Token, words: EventWords) -> bool:
    """Whether `child` is what `verb`, a verb of saying, says though the parser made it an adverbial
    clause: "said only that ..." (a complementizer), or "went on radio to say ..." (a to-infinitive of
    saying with its own complement, no subject). Module doc."""
    if child.dep_ != "advcl" or child.i < verb.i:
        return False
    marks = [c for c in child.children if c.dep_ == "mark"]
    if verb.lemma_.lower() in words.reporting and marks and all(m.lower_ in words.complementizers for m in marks):
        return True
    return child.lemma_.lower() in words.reporting and not marks and \
        any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in child.children) and \
        not any(c.dep_ in _SUBJECTS for c in child.children) and \
        any(c.dep_ in ("ccomp", "dobj") for c in child.children)


def result_participle(verb: Token, child: Token) -> bool:
    """Whether `child` is a participle clause after a comma that tells the result of `verb`'s clause
    ("collapsed, killing five people"): a present participle with no subject, auxiliary or
    subordinator of its own, after a verb (module doc)."""
    # an adjective with a direct object is a participle the tagger missed ("began Tuesday, overwhelming
    # Apple and AT&T")
    # "ice blocked the tubes shortly after it took off, giving the pilots false readings": after a
    # subordinate clause the parser cannot tell which clause the participle tells the result of
    return _trailing_participle(verb, child) and verb.dep_ not in ("advcl", "relcl", "acl", "pcomp") and \
        not any(c.dep_ == "mark" for c in verb.children)


def _trailing_participle(verb: Token, child: Token) -> bool:
    """A participle after a comma, with no subject, auxiliary or subordinator of its own, after `verb`."""
    # an adjective with a direct object is a participle the tagger missed ("began Tuesday, overwhelming
    # Apple and AT&T")
    participle = child.tag_ == "VBG" or child.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in child.children)
    return child.dep_ == "advcl" and participle and child.i > verb.i and child.head.i == verb.i and \
        verb.pos_ in ("VERB", "AUX") and after_comma(child) and child.left_edge.i == child.i and \
        not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "mark") for c in child.children)


def inside_result(token: Token) -> bool:
    """Whether `token` is a word of a result participle's clause (not the participle itself) that
    trimming must leave: the clause is trimmed whole or by its verbs' own phrases ("killing 12 people
    in the region"), never left as "sending a column and forcing people to leave"."""
    head = token.head
    if token.dep_ == "prep" and (result_participle(head.head, head) or head.dep_ == "conj" and
                                 head.head.i != head.i and result_participle(head.head.head, head.head)):
        return False  # a phrase of the result's own verbs, not of a verb inside it ("roads needed [for ...]")
    return any(result_participle(a.head, a) for a in token.ancestors if a.head.i != a.i)


def further_results(child: Token) -> list[Token]:
    """The participles conjoined to a result participle ("sending two cars into the water and killing
    three people"): part of the same result (their conjunction is the first participle's child)."""
    return [conj for conj in child.children if conj.dep_ == "conj" and conj.tag_ == "VBG" and
            not any(c.dep_ in _SUBJECTS for c in conj.children)]


def result_clause(pred: Token, span: Span, spans, sentence: tuple[int, int]) -> tuple[Token | None, bool]:
    """For a row on a result participle: (the clause's verb, whether the row is to go). The row goes
    when the clause has a date of its own in the sentence (outside the participle): "walked off the
    job on Tuesday, closing most schools for the day" is the walkout's row; otherwise the clause
    takes the participle's date ("A storm hit the coast, cutting power to 20,000 homes on Sunday").
    A participle after a subordinate clause, whose clause is unsure, gives no row: it has no finite
    verb ("confirmed that Pinsent had unseated Doyle, ending a six-week dispute over the Nov. 4
    election" is no row "Pinsent ending a six-week dispute"). (None, False) when `pred` is no such
    participle."""
    verb = pred.head
    if pred.head.i == pred.i or not _trailing_participle(verb, pred):
        return None, False
    if not result_participle(verb, pred):
        return None, True
    inside = {t.i for t in pred.subtree}
    clause = {t.i for t in verb.subtree} - inside
    for other in spans.values():
        if other.start != span.start and sentence[0] <= other.start <= sentence[1] and other.start in clause:
            return verb, True
    return verb, False


def intact_result(tokens: list[Token], drop: set[int]) -> bool:
    """Whether a result participle's words (`tokens`) read whole: no pronoun to resolve ("pricing it
    ...") and no hole where a time expression inside a noun phrase was taken out ("below last year's
    model" -> "below model"); a dated phrase of its verb may go ("closing schools for the day")."""
    kept = {t.i for t in tokens}
    for token in tokens:
        if token.tag_ in ("PRP", "PRP$"):
            return False
        if any(c.i in drop and c.i not in kept and c.dep_ not in ("prep", "npadvmod", "advmod", "punct")
               for c in token.children):
            return False
    return True



def object_time(span: Span, kind: str, words: EventWords) -> bool:
    """Whether a time expression is its verb's object, which the description keeps (taking it out
    garbles the verb: "took six months off" -> "took off", "spent part of Sunday night with protesters"
    -> "spent part with protesters", "will spend the rest of the week in workshops" -> "will spend in
    workshops"): a duration or a partitive ("the rest of the week") that is the direct object, or the
    partitive phrase right after a bare object noun ("part of"). `kind`: the expression's TIMEX3 type.
    A date parsed as an object ("se prononcer le mois prochain") is no object. The row keeps its date
    either way."""
    root = span.root
    partitive = any(c.dep_ == "prep" and c.lower_ in words.partitive_preps for c in root.children)
    if root.dep_ == "dobj" and root.head.pos_ in ("VERB", "AUX") and (kind == "DURATION" or partitive):
        # a second object is the real one, the date only parsed as one ("a présenté lundi un projet")
        return not any(c.dep_ == "dobj" and c.i != root.i for c in root.head.children)
    marker = root.head
    if root.dep_ != "pobj" or marker.dep_ != "prep" or marker.lower_ not in words.partitive_preps:
        return False
    noun = marker.head
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and marker.i == noun.i + 1 and \
        _bare(noun, marker) and not _misread_object(noun)


def _misread_object(noun: Token) -> bool:
    """Whether a partitive head parsed as its verb's object cannot be one: the verb has another
    object ("searched the area all of Saturday") or is a passive participle ("kept helicopters
    grounded all of Friday"), so "all of Saturday" is when, not what."""
    verb = noun.head
    if any(c.dep_ == "dobj" and c.i != noun.i for c in verb.children):
        return True
    auxes = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBN" and ("auxpass" in auxes or "aux" not in auxes)  # "were / had been grounded"


def renamed_change(noun: Token, segment: tuple[int, int]) -> Token | None:
    """The verb whose clause an event noun in apposition renames: "Apple shares rose to $373.72, a
    drop of only $2.46 since Wednesday's close" is told with its clause (whose shares dropped), not as
    the bare "A drop of only $2.46". Only a noun after a comma, in apposition to an amount the verb's
    phrase reached, in a clause with a subject; None otherwise."""
    amount = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or amount.i == noun.i or not after_comma(noun) or \
            not amount.like_num and amount.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") and \
            not any(c.dep_ == "nummod" for c in amount.children):
        return None
    verb = next((a for a in amount.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not segment[0] <= verb.i <= segment[1] or \
            not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb


def partitive_phrase(span: Span, words: EventWords) -> Token | None:
    """The prepositional phrase a partitive time expression completes, which goes with it: "may hold
    borrowing costs steady for the rest of the summer" -> "may hold borrowing costs steady", never
    "... steady for the rest". Only the partitive phrase right after a partitive head (`_bare`)
    that is a preposition's object, or a verb's dependent that is not its object (`_misread_object`:
    the head itself); None otherwise."""
    root = span.root
    marker = root.head
    if root.dep_ != "pobj" or marker.dep_ != "prep" or marker.lower_ not in words.partitive_preps:
        return None
    noun = marker.head
    if marker.i != noun.i + 1 or not _bare(noun, marker):
        return None
    if noun.dep_ in ("dobj", "oprd", "npadvmod") and noun.head.pos_ in ("VERB", "AUX") and \
            (noun.dep_ != "dobj" or _misread_object(noun)):
        return noun  # "searched the area all of Saturday", "had been kept in port all of Sunday": all of it
    if noun.dep_ != "pobj":
        return None
    return noun.head if noun.head.dep_ == "prep" else None


def trailing_participle(verb: Token) -> bool:
    """Whether `verb` is a participle after a comma with no subject of its own (`_trailing_participle`):
    a clause without a finite verb, which describes no row by itself."""
    return verb.head.i != verb.i and _trailing_participle(verb.head, verb)


def passive_infinitive_marks(verb: Token, words: EventWords) -> tuple[Token, Token] | None:
    """The "to" and "be" of a passive infinitive on `verb` ("damages to be assessed", "a bridge to be
    opened"): its last infinitive-marker `aux` and its last base-form copula `auxpass`; None when either
    is missing. Shared by the status rule (a plan) and the finite-verb rule ("will be assessed")."""
    marker = be = None
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in words.infinitive_markers:
            marker = c
        elif c.dep_ == "auxpass" and c.lemma_ in words.copulas and c.tag_ == "VB":
            be = c
    return (marker, be) if marker is not None and be is not None else None


def cleft_that_clause(verb: Token, words: EventWords) -> set[int]:
    """The words of a cleft's "that" clause hung on `verb`, the clause of a noun that a copula with an
    "it" subject renames ("It is the first time since televised debates began in 1990 that a final
    debate has been cancelled": not "Debates began that a final debate has been cancelled"); empty when
    `verb` is no such clause or a verb of saying, whose own "that" clause it may be."""
    noun = verb.head
    if verb.dep_ not in ("advcl", "relcl") or noun.dep_ != "attr" or noun.i >= verb.i or \
            verb.lemma_.lower() in words.saying_verbs or noun.head.lemma_.lower() not in words.copulas:
        return set()
    if not any(c.dep_ in ("nsubj", "expl") and c.tag_ == "PRP" and c.i < noun.i for c in noun.head.children):
        return set()
    return {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and
            any(m.dep_ == "mark" and m.i < c.i for m in c.children) for t in c.subtree}


def absolute_partitive(doc: Doc, drop: set[int], bounds: tuple[int, int], words: EventWords) -> set[int]:
    """The words of an absolute "nine of them ..." phrase after a comma that follows dropped words, up to the next punctuation
    or the sentence's end (module doc); an empty set when there is none."""
    if not words.partitive_preps:
        return set()
    out: set[int] = set()
    for i in sorted({j + 1 for j in drop} - drop):  # the comma just after a dropped phrase
        if not bounds[0] < i <= bounds[1] - 3 or not doc[i].is_punct:
            continue
        count, prep, pronoun = doc[i + 1], doc[i + 2], doc[i + 3]
        if (count.tag_ == "CD" or count.lower_ in words.quantifier_subjects) and \
                prep.lower_ in words.partitive_preps and pronoun.tag_ == "PRP":
            end = i + 1
            while end <= bounds[1] and not doc[end].is_punct:
                end += 1
            out |= set(range(i, end))
    return out
