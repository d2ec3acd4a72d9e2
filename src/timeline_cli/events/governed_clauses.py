"""Clauses whose verb is governed by another word the parse lost sight of (round 64b, docs/events.md).

- A "with"/"without" absolute ("landed with about a third of its fuel left"): the parser reads the
  participle as a clause under the preposition (`pcomp`) with its own subject. It tells a state the
  main verb left, not an event, so it makes no row; and a verb the parse hangs on it as a conjunct
  ("... left and flew back in the afternoon") is the main verb's conjunct: it takes the main verb's
  subject, not the absolute's noun.
- A passive infinitive set off by a comma after "<verb> N1 on N2" ("would spend 6 million on two
  new depots, to be built by May"): the parser may hang it as a relative clause on the verb's object
  N1; it belongs to the noun right before its comma, the preposition's object N2 ("Two new depots
  will be built").
- An "including <number>" phrase set off by a comma, hung on a subordinate clause's verb whose own
  subject and objects count nothing ("have been sold since the model was launched in 2020,
  including 900 in Spain"): it shares out the count of the main clause, so the subordinate clause's
  row does not tell it.
- A relative clause in a simple tense on a bare plural whose date is the limit of a condition
  ("staff who quit before May 1 will get a bonus", "offered a bonus to staff who stay until March"):
  it picks out whom the clause above is about and tells no happening of its own. The row tells the
  clause above, with the relative clause and its limit ("Workers who quit before May 1 will get a bonus"),
  not "Staff quit". Only when that clause looks ahead (a modal) or the relative is in the present
  under a past ("has offered ... to staff who stay"); "staff who left on Monday were paid" is left.
- A postposed "..., said the engineer running the trial" after a conjunct clause: the parser reads the
  speaker as the subject of a clause of saying headed by the participle ("the engineer running") and
  gives "said" the first conjunct's subject ("Scientists ... said the engineer running the trial").
  The speaker is the noun after "said" with its participle; what was said is the conjunct before the
  comma ("The engineer running the trial said the vaccine will not be ready").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")


def _absolute_host(verb: Token, words: EventWords) -> Token | None:
    """The verb a "with X left" absolute on `verb` hangs on (module doc), else None. Two parses: the
    participle under the preposition (`pcomp`) with its own subject, or the participle hung on the main
    verb (`advcl`) right after the preposition's phrase, which is then its subject."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG" or verb.head.i == verb.i:
        return None  # a gerund the preposition governs as its object: "with helping"
    if verb.dep_ == "pcomp":
        prep = verb.head
        if not any(c.dep_ in _SUBJECTS for c in verb.children):
            return None
        if any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree):
            return None  # "surrendered, with the documents signed aboard a battleship on September 2": dated, an event
    elif verb.dep_ == "advcl" and verb.tag_ == "VBN":
        if any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "mark", "dobj", "prep", "agent") for c in verb.children):
            return None  # "with a grant, funded by ...": a clause of its own
        prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.right_edge.i + 1 == verb.i), None)
        if prep is None:
            return None
    else:
        return None
    host = prep.head
    if prep.lower_ not in words.absolute_preps or host.i == prep.i or host.pos_ not in ("VERB", "AUX"):
        return None
    return host


def with_absolute(verb: Token, words: EventWords) -> bool:
    """Whether `verb` is the participle of a "with X left" absolute (module doc)."""
    return _absolute_host(verb, words) is not None


def absolute_conjunct_host(verb: Token, words: EventWords) -> Token | None:
    """The main verb whose subject a conjunct hung on a "with" absolute takes (module doc), else None."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    host = _absolute_host(verb.head, words)
    if host is None or any(c.dep_ in (*_SUBJECTS, "expl") for c in verb.children):
        return None  # "with prices rising and wages falling": a second absolute, its own subject
    if not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return None
    return host


def postposed_infinitive_noun(verb: Token) -> Token | None:
    """The noun a comma's passive infinitive belongs to when the parse hung it on the verb's object
    across the verb's prepositional phrase (module doc), else None."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) or \
            not any(c.dep_ == "auxpass" for c in children):
        return None
    head = verb.head
    doc = verb.doc
    comma = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if comma is None or comma.text != "," or comma.i - 1 <= head.i:
        return None
    noun = doc[comma.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or head.head.i == head.i or prep.head.i != head.head.i:
        return None  # "the cost of two depots, to be built ...": the object's own phrase, as it was
    if head.dep_ not in ("dobj", "nsubjpass", "attr") or not head.i < prep.i:
        return None
    return noun


def _counts(token: Token) -> bool:
    return any(t.like_num and t.dep_ in ("nummod", "compound", "pobj", "dobj", "nsubj", "nsubjpass", "quantmod")
               for t in token.subtree)


def shared_out_count(verb: Token, child: Token, words: EventWords) -> bool:
    """Whether `child` is a comma's "including <number>" on a subordinate clause's verb that counts
    nothing of its own, the count being the main clause's (module doc)."""
    if child.dep_ != "prep" or child.lower_ not in words.including_preps or child.i < verb.i:
        return False
    if verb.dep_ != "advcl" or verb.head.i == verb.i or child.doc[child.i - 1].text != ",":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    if not objects or not objects[0].like_num:
        return False  # "including a new ward": a thing of its own, as it was
    if any(_counts(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")):
        return False  # "since 2,000 jobs were cut, including 300 in Lyon": the clause's own count
    main = verb.head
    return any(_counts(c) for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))


def _infinitive(verb: Token, words: EventWords) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in verb.children)


def borrowed_infinitive(verb: Token, child: Token, words: EventWords) -> bool:
    """Whether `child`, an infinitive the parse hung on a relative clause's verb `verb`, is the
    infinitive of the verb whose object the relative clause's noun is ("ordered work that began in May
    to stop", "urged pupils who joined last year to apply"): an object-control verb (`object_control`)
    with no infinitive or clause of its own after its object. Its relative clause tells only what the
    clause says ("Work began"), never "Work began to stop"."""
    if child.dep_ != "xcomp" or child.i < verb.i or verb.dep_ != "relcl" or not _infinitive(child, words):
        return False
    if not any(c.tag_ in ("WDT", "WP") and c.dep_ in _SUBJECTS for c in verb.children):
        return False
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.i == noun.i:
        return False
    governor = noun.head
    if governor.lemma_.lower() not in words.object_control:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > noun.i for c in governor.children)


def for_infinitive_noun(verb: Token, words: EventWords) -> Token | None:
    """The noun of "for <noun> to be done" when the parse hung the passive infinitive on the verb the
    "for" phrase belongs to ("offered to pay for the roofs of both halls to be mended next year"): the
    infinitive's own subject, which the description must not take from the verb above; else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not _infinitive(verb, words) or \
            not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in words.infinitive_subject_preps
                 and c.right_edge.i < verb.left_edge.i), None)
    if prep is None or any(t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ")
                           for t in verb.doc[prep.right_edge.i + 1:verb.left_edge.i]):
        return None  # only the noun's own phrases between ("for hedgehogs in both counties to be ...")
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def quoted_relative_conjunct_host(verb: Token) -> Token | None:
    """The verb above a quoted relative clause whose conjunct lies past the closing quotation mark
    ('said the dams were "at a height that alarms us" and could fail'): the quotation is a fragment
    that ends the relative clause, so the conjunct after it joins the verb the quoted phrase hangs on
    (the dams could fail), not the relative clause (not "A height could fail"). None otherwise."""
    relative = verb.head
    if verb.dep_ != "conj" or relative.dep_ != "relcl" or relative.i >= verb.i or \
            any(c.dep_ in (*_SUBJECTS, "expl") for c in verb.children):
        return None
    if not any(c.tag_ in ("WDT", "WP") and c.dep_ in _SUBJECTS for c in relative.children):
        return None
    cc = next((c for c in relative.children if c.dep_ == "cc" and relative.i < c.i < verb.i), None)
    if cc is None or not any(t.tag_ == "''" for t in verb.doc[relative.i + 1:cc.i]):
        return None
    noun = relative.head
    opening = next((t for t in verb.doc[noun.left_edge.i - 2:noun.i] if t.tag_ == "``"), None) \
        if noun.left_edge.i >= 2 else None
    if opening is None:
        return None  # the quotation opens before the phrase the relative clause is part of
    host = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("attr", "dobj") else None
    if host is None or host.pos_ not in ("VERB", "AUX") or not any(c.dep_ in _SUBJECTS for c in host.children):
        return None
    return host


def condition_relative_host(pred: Token, chain: list[Token], drop: set[int], segment,
                            words: EventWords) -> tuple[Token, set[int]] | None:
    """The verb whose clause tells a condition's relative clause (module doc) and the limit's words
    to keep in it, else None."""
    if chain or pred.dep_ != "relcl" or pred.pos_ != "VERB" or pred.tag_ not in ("VBD", "VBP", "VBZ"):
        return None
    children = list(pred.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children) or \
            not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children):
        return None
    limit = next((c for c in pred.subtree if c.dep_ == "prep" and c.lower_ in words.relative_condition_preps
                  and c.i > pred.i and next(a for a in c.ancestors if a.pos_ in ("VERB", "AUX")).i == pred.i and any(g.dep_ == "pobj" and (g.i in drop or g.ent_type_ == "DATE") for g in c.children)), None)
    if limit is None:
        return None
    noun = pred.head
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return None  # "the 40 workers who left before Friday": those workers, a happening
    host = noun.head
    if noun.dep_ == "pobj":
        while host.dep_ in ("prep", "dative", "pobj", "dobj") and host.pos_ not in ("VERB", "AUX") and \
                host.head.i != host.i:  # "offered a bonus above the minimum to staff who ...": the offer
            host = host.head
    elif noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
        return None
    if host.pos_ not in ("VERB", "AUX") or not segment[0] <= host.i <= segment[1]:
        return None
    auxes = [c for c in host.children if c.dep_ in ("aux", "auxpass")]
    ahead = any(c.tag_ == "MD" for c in auxes)
    past = host.tag_ == "VBD" or host.tag_ == "VBN" and any(c.lemma_.lower() in words.perfect_aux for c in auxes)
    if not (ahead or pred.tag_ in ("VBP", "VBZ") and past):
        return None
    if noun.dep_ != "nsubj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
        return None
    return host, {t.i for t in limit.subtree}



def inverted_speaker(pred: Token, chain: list[Token], segment, words: EventWords) -> tuple[Token, Token, Token] | None:
    """For a postposed "..., said the N Ving ..." misread as a clause of saying (module doc): (the
    speaker noun, its participle, the verb of the clause said), else None."""
    if chain or pred.dep_ != "conj" or pred.pos_ != "VERB" or pred.lemma_.lower() not in words.reporting:
        return None
    if pred.i == 0 or pred.doc[pred.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in pred.children):
        return None
    participle = next((c for c in pred.children if c.dep_ == "ccomp" and c.i > pred.i), None)
    if participle is None or participle.tag_ != "VBG" or \
            any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
        return None  # "said the plant was closing": a clause said, not a speaker
    speaker = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i != pred.i + 1 or \
            speaker.i + 1 != participle.i:
        return None
    said = max([pred.head, *(c for c in pred.head.children if c.dep_ == "conj" and c.i < pred.i)], key=lambda t: t.i)
    if said.pos_ not in ("VERB", "AUX") or not segment[0] <= said.i <= segment[1] or \
            not any(c.dep_ in _SUBJECTS for c in said.children):
        return None
    return speaker, participle, said
