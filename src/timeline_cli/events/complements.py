"""Short complements that carry a row's news, kept in its description (docs/events.md, "News-bearing
complements").

A description is trimmed to `describe.MAX_TOKENS` words; these complements complete a noun or a verb,
and the description says little without them ("after reports" of what, "fell" by how much, "would file
a motion" against whom, "marched" to do what). They may take it up to MAX_TOKENS + EXTRA_WORDS words:
each is at most EXTRA_WORDS words long, so a kept one never makes a description much longer than any
other, and every other optional modifier is trimmed first.

Also two parse repairs around a time expression: a gerund that completes a noun ("its first report of
overheating in late 2024") is the noun's, not a participle of the date's; the words between a
preposition and a time expression that the parser hung on the date ("against her next week", "fell
by about a fifth last year") are the preposition's object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

EXTRA_WORDS = 4
AMOUNT_ENTS = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


def complement_words(token: Token, members: set[int]) -> int:
    return sum(1 for t in token.subtree if t.i in members and not t.is_punct and t.tag_ != "POS")


def _amount(noun: Token) -> bool:
    return noun.ent_type_ in AMOUNT_ENTS or noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def news_complement(token: Token, members: set[int], words: EventWords) -> bool:
    """Whether `token` heads a short complement that completes its head: an "of" phrase right after a
    noun ("reports of 43 fires"), a "by" amount of a verb ("fell by a fifth"), an "against" object
    ("a motion against her"), or a purpose infinitive ("marched to demand action")."""
    head = token.head
    if head.i == token.i or complement_words(token, members) > EXTRA_WORDS or complement_words(token, members) == 0:
        return False
    if any(t.i in members and t.tag_ in ("PRP", "PRP$") for t in token.subtree):
        return False  # a pronoun kept would be one left unresolved ("reports of it")
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj" and c.i in members]
        if not objects and token.lower_ not in words.margin_preps:
            return False
        if token.lower_ in words.genitive_preps:
            return head.pos_ == "NOUN" and token.i == head.i + 1 and head.ent_type_ not in AMOUNT_ENTS
        if token.lower_ in words.margin_preps:
            amounts = objects or [t for t in token.doc[token.i + 1:token.i + 1 + EXTRA_WORDS] if t.i in members]
            return head.pos_ == "VERB" and any(_amount(o) for o in amounts)
        return token.lower_ in words.opposing_preps
    return token.dep_ == "advcl" and purpose_infinitive(token, words)


CLAUSE_DEPS = {"advcl", "acl", "relcl", "xcomp", "ccomp", "conj", "appos", "parataxis", "csubj"}


def completes_core(token: Token, pred: Token, keep: set[int]) -> bool:
    """Whether the word `token` completes belongs to the row's own clause (the trigger, its subject or
    objects, a noun of one of its prepositions), not to another clause inside the description ("to
    discuss the return of displaced families": cut whole, never kept for its "of")."""
    node = token.head
    while node.i not in keep and node.i != pred.i:
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True


def inside_purpose(token: Token, pred: Token, words: EventWords) -> bool:
    """A word inside a purpose infinitive of the description: the infinitive is cut whole or not at
    all ("to demand action on housing", never "to demand action")."""
    return any(purpose_infinitive(a, words) and a.i != pred.i and not a.is_ancestor(pred) for a in token.ancestors)


def purpose_infinitive(verb: Token, words: EventWords) -> bool:
    """"marched through Lisbon to demand action": a to-infinitive after its verb with no subject or
    conjunction of its own says what the deed was for."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.i > verb.head.i and \
        any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks and c.i == verb.i - 1 for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children)


def kept_purpose(verb: Token, words: EventWords) -> bool:
    """A purpose infinitive the description takes in: none holding a pronoun, which would be left as it
    is ("rallied in a plaza to demand his return": whose?)."""
    return purpose_infinitive(verb, words) and not any(t.tag_ in ("PRP", "PRP$") for t in verb.subtree)


def raised_complement(verb: Token, child: Token, words: EventWords) -> bool:
    """"Two of his ewes were found on Wednesday to be infected with sheep pox": the to-infinitive of a
    passive verb of finding or believing is what was found (the parser may hang it as an adverbial
    clause, which descriptions leave out); without it "Two ewes were found" changes the news."""
    return child.dep_ in ("advcl", "xcomp") and child.i > verb.i and \
        verb.lemma_.lower() in words.raising_passives and \
        any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in child.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in child.children)


def noun_gerund(pred: Token) -> bool:
    """"its first report of overheating in late 2024": a gerund that is the object of a noun's
    preposition completes that noun; it stays in the description of the clause the date is moved to."""
    prep = pred.head
    return pred.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.i != prep.i and \
        prep.head.pos_ == "NOUN"


def stray_object(span: Span, words: EventWords) -> list[Token]:
    """The words between a preposition and a time expression that the parser hung on the date but
    that are the preposition's object: "against her next week" ('her' read as the week's owner),
    "fell by about a fifth last year" (the fraction read as the year's modifier). Only a pronoun after
    a preposition that takes no date, or an amount; [] otherwise."""
    doc, root = span.doc, span.root
    i = span.start - 1
    while i >= max(0, span.start - 1 - EXTRA_WORDS) and not (doc[i].pos_ == "ADP" and doc[i].dep_ == "prep") \
            and not doc[i].is_punct and \
            doc[i].ent_type_ not in ("DATE", "TIME"):
        i -= 1
    strays = list(doc[i + 1:span.start])
    if not strays or i < 0 or doc[i].pos_ != "ADP" or doc[i].dep_ != "prep":
        return []
    # hung on the date, or a second object of the preposition beside it ("against her next week")
    if not all(root.is_ancestor(t) or doc[i].is_ancestor(t) and root.head.i == i for t in strays):
        return []
    if len(strays) == 1 and strays[0].tag_ in ("PRP", "PRP$") and strays[0].lower_ in words.stray_object_pronouns \
            and doc[i].lower_ not in words.time_preps:
        return strays
    if doc[i].lower_ in words.margin_preps and len(strays) <= EXTRA_WORDS and strays[-1].ent_type_ in AMOUNT_ENTS and \
            strays[-1].pos_ in ("NOUN", "NUM", "ADJ"):
        return strays
    return []


def with_strays(pieces: list[list[Token]], strays: list[Token]) -> list[list[Token]]:
    """The pieces with each stray object put back after its preposition, where the preposition is kept."""
    if not strays:
        return pieces
    out = []
    for piece in pieces:
        if any(t is not None and t.i == strays[0].i - 1 for t in piece):
            have = {t.i for t in piece if t is not None}
            piece = sorted([*piece, *(s for s in strays if s.i not in have)], key=lambda t: t.i)
        out.append(piece)
    return out


def bare_cause(pred: Token, complements: list[list[Token]], segment: tuple[int, int], drop: set[int],
               words: EventWords) -> list[Token]:
    """"Telvik walked away after the Finnish government objected": a verb with nothing after it but a
    particle or adverb says little; a short "after"/"because" clause with a named subject of its own
    says why. Its words, or [] (a pronoun subject, a date or another clause inside, more than six
    words: left out, as before)."""
    if any(len(p) > 1 or p[0].dep_ not in ("advmod", "prt") for p in complements):
        return []
    for clause in pred.children:
        if clause.dep_ != "advcl" or clause.i < pred.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        tokens = list(clause.subtree)
        if len(marks) != 1 or marks[0].lower_ not in words.cause_markers or len(subjects) != 1 or \
                subjects[0].pos_ == "PRON" or any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in tokens):
            continue
        if len([t for t in tokens if not t.is_punct]) > 6 or any(t.i in drop for t in tokens) or \
                not segment[0] <= tokens[0].i <= tokens[-1].i <= segment[1] or \
                any(t.dep_ in ("advcl", "relcl", "acl", "ccomp", "conj") for t in tokens if t.i != clause.i):
            continue
        return [t for t in tokens if not t.is_punct]
    return []
