"""A slip of the small English parser, mended before the event engine reads the parse (the pack's
`ADAPT_DOC`; the French pack mends its own, lang/fr/events.py). Hand-written: no library mends a
spaCy parse, and a larger model does not fit the speed budget.

A verb the tagger read as a noun keeps its subject: "A pipe installed in 1990 burst on Saturday"
tags "burst" NN, the clause's root with "pipe" as its subject, and the row of the burst was lost (the
twenty-second blind sample: "A 900-millimetre trunk main laid in 1904 burst under Dumbarton Road ...",
told four times as "A 900-millimetre trunk main laid, flooding shops ..."). A common noun that heads
a clause, has a subject before it and none of a noun's own words (no determiner, possessive,
adjective, number or compound) is that clause's verb. A noun completing a small clause ("declared
it a protected site", "allowed the relatives time to ...") has its own determiner or hangs on a verb
of the pack's `SMALL_CLAUSE_VERBS`, and is left as it is. When the subject is itself a participle
with the real noun hung on it ("main laid in 1904": "main" an amod of "laid"), the noun becomes the
subject and the participle its reduced relative. The same slip the other way round (the participle
read as the clause's verb, with the determiner hung on it, and a past spelt like a noun, "burst", as
its apposition) is mended the same way, for the pack's `BARE_PAST_NOUNS` only.

A list of names as a subject cut after its first name ("Malaysia, Thailand and Vietnam have raised
...", "Malaysia" parsed as an npadvmod or a second subject of the verb and "Thailand and Vietnam" its subject) gets its
first name back as the subject, the rest its conjuncts (round 28; the twenty-fifth blind sample's
"Malaysia have stepped up patrols", two of three countries lost). A clause's subject parsed as a
noun conjunct of the verb before ("when cracks were first discovered and trucks over 3.5 tonnes were
banned", "trucks" a conjunct of "discovered" and "over 3.5 tonnes" hung on it) is made the subject of
its own verb, that verb the conjunct (round 28; the twenty-fifth's "Cracks were discovered over 3.5
tonnes"). A participle right after its noun read as the clause's verb, with the real verb after the
participle's phrase parsed as its "conj" or "dep" and no comma or "and" between ("DNA tests carried
out in Madrid in the autumn showed ..."), is made the noun's reduced relative and the verb the
clause's (round 66b).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, TAG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "advcl")
_NOUN_WORDS = ("det", "poss", "amod", "nummod", "compound", "predet", "case")
_SUBJECTS = ("nsubj", "nsubjpass")

# Verbs that take an object and a noun completing it ("made Mao the leader", "declared it a site").
SMALL_CLAUSE_VERBS = {"make", "declare", "consider", "call", "name", "elect", "appoint", "deem", "find",
                      "keep", "leave", "allow", "give", "grant", "crown", "dub", "label", "brand", "proclaim"}


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in _SUBJECTS and c.i < token.i), None)


def _verb_read_as_noun(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.tag_ not in ("NN", "NNS") or token.dep_ not in _CLAUSE_DEPS:
        return False
    if _subject(token) is None or any(c.dep_ in _NOUN_WORDS for c in token.children):
        return False
    if token.i == 0 or token.text[:1].isupper() or not token.is_alpha:
        return False  # a headline's or a name's capital: no verb to mend
    if token.doc[token.i - 1].is_quote or token.doc[token.i - 1].text == "`":
        return False  # a quoted word ("`timeline` at commit ..."): a name, not a verb
    head = token.head
    return not (token.dep_ != "ROOT" and head.lemma_.lower() in SMALL_CLAUSE_VERBS)


# Past forms spelt like a noun ("the main burst", "a storm cut power"): after a noun and its reduced
# relative the small model reads the participle as the clause's verb and these as its apposition.
BARE_PAST_NOUNS = {"burst", "cut", "hit", "split", "spread", "shut", "cost", "upset", "broadcast", "forecast"}


def _misread_relative(token: Token) -> Token | None:
    """The verb of a clause whose reduced relative the parser took for it: "A trunk main laid in 1904
    burst under the road" parsed as "laid" (with the determiner and "main" hung on it, which no verb
    takes) and "burst" its apposition. Returns the bare past ("burst"), or None."""
    if token.tag_ != "VBN" or token.dep_ not in _CLAUSE_DEPS or \
            not any(c.dep_ == "det" and c.i < token.i for c in token.children):
        return None
    if not any(c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and c.i == token.i - 1 for c in token.children):
        return None
    return next((c for c in token.children if c.i > token.i and c.dep_ in ("appos", "dobj", "npadvmod")
                 and c.lower_ in BARE_PAST_NOUNS and not any(g.dep_ in _NOUN_WORDS for g in c.children)), None)


def _give_noun_its_words(participle: Token, noun: Token) -> None:
    """The words before `noun` that the parser hung on the participle it misread as the noun phrase's
    head (its determiner, possessor, number, adjectives, compounds) go back to the noun."""
    for child in list(participle.children):
        if child.i < noun.i and child.dep_ in ("det", "poss", "nummod", "amod", "compound"):
            child.head = noun


def _mend_relative(participle: Token, verb: Token) -> None:
    """"main laid ... burst": "burst" heads the clause, "main" is its subject, "laid" the main's reduced
    relative; the participle's words after the verb ("at 7:45 a.m., flooding ...") go to the verb."""
    noun = participle.doc[participle.i - 1]
    verb.head, verb.dep_ = (verb, "ROOT") if participle.dep_ == "ROOT" else (participle.head, participle.dep_)
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    _give_noun_its_words(participle, noun)
    for child in list(participle.children):
        if child.i > verb.i:
            child.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = noun, "acl"


def _cut_list_head(token: Token) -> Token | None:
    """The subject of a list the parser cut after its first name: "Malaysia, Thailand and Vietnam have
    raised ..." parsed with "Malaysia" an npadvmod (or a second subject) of the verb and "Thailand" its
    subject, the row told
    "Thailand and Vietnam have raised" or "Malaysia signed". Returns that subject ("Thailand") when the
    name, a comma and a subject joined by a conjunction follow each other, or None."""
    doc = token.doc
    if token.tag_ not in ("NNP", "NNPS") or token.dep_ not in ("npadvmod", "nsubj") or token.i + 2 >= len(doc) or \
            doc[token.i + 1].text != "," or token.head.i == token.i:
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj" and c.left_edge.i == token.i + 2), None)
    if subject is None or subject.pos_ != "PROPN" or not any(c.dep_ == "cc" for c in subject.children):
        return None
    if token.ent_type_ in ("DATE", "TIME") or any(
            c.dep_ in ("det", "poss", "prep", "appos", "amod", "nummod", "compound") for c in token.children):
        return None  # "Last April, Mr. Drabinsky and ...": a fronted date, not the list's first name
    return subject


def _noun_conjunct_clause(noun: Token) -> Token | None:
    """The verb of a clause whose subject the parser made a conjunct of the verb before: "when cracks
    were first discovered and trucks over 3.5 tonnes were banned" parsed with "trucks" a conjunct of
    "discovered" and "over 3.5 tonnes" hung on it (the row told "Cracks were discovered over 3.5
    tonnes"). Returns the later verb ("banned") when it follows the noun's words with an auxiliary of
    its own, or None."""
    first = noun.head
    if noun.dep_ != "conj" or first.pos_ != "VERB" or first.i >= noun.i or \
            not any(c.dep_ == "cc" and first.i < c.i < noun.i for c in first.children):
        return None
    doc = noun.doc
    for token in doc[noun.i + 1:min(len(doc), noun.i + 12)]:
        if token.is_punct or token.pos_ in ("VERB", "CCONJ", "SCONJ"):
            return None
        if token.dep_ in ("aux", "auxpass") and token.head.i > token.i and token.head.pos_ == "VERB":
            verb = token.head
            between = doc[noun.i + 1:token.i]
            # the noun's own words only: hung on the first verb or inside those
            if all(t.head.i == first.i or noun.i < t.head.i < token.i for t in between):
                return verb
            return None
    return None


def _mend_noun_conjunct(noun: Token, verb: Token) -> None:
    """"discovered and trucks over 3.5 tonnes were banned": "trucks" the subject of "banned", its
    words its own, "banned" the conjunct of "discovered"."""
    first = noun.head
    aux = next(c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    for token in noun.doc[noun.i + 1:aux.i]:
        if token.head.i == first.i:
            token.head = noun
    if any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children):
        return  # the later verb has a subject of its own (a misparse past mending): the noun's words only
    if first.head.i == verb.i:  # "discovered" parsed as an adverbial clause of "banned": it takes its place
        if verb.head.i == verb.i:
            first.head, first.dep_ = first, "ROOT"
        else:
            first.head, first.dep_ = verb.head, verb.dep_
    verb.head, verb.dep_ = first, "conj"
    noun.head, noun.dep_ = verb, "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"


_FINITE = ("VBD", "VBZ", "VBP")
_RELATIVE_TAGS = ("WDT", "WP")


def _finite_tag(verb: Token) -> str | None:
    """The tag of the finite word of a verb's group: its own, or its first auxiliary's ("was running": VBD)."""
    if verb.tag_ in _FINITE:
        return verb.tag_
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None and aux.tag_ in _FINITE else None


def _main_clause_conjunct(verb: Token) -> Token | None:
    """The verb of the main clause a finite conjunct belongs to when the parser joined it to an
    object relative clause before it: "Ana Ruiz was running the bakery her aunt founded in 1980 and
    had no wish to sell" parsed with "had" a conjunct of "founded" (the row told "Ana Ruiz's aunt had
    no wish to sell", dated 1980). A verb inside a relative clause whose object is the relative's gap
    (the bakery) has no object of its own; a conjunct that has one ("no wish"), no subject of its own
    and the main verb's tense is no part of the relative clause. Returns the main clause's verb (the
    one the relative's noun is the object of), or None (round 65a)."""
    relative = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or relative.dep_ != "relcl" or relative.pos_ != "VERB" or \
            relative.i > verb.i:
        return None
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.tag_ not in _RELATIVE_TAGS for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return None
    if any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children) for t in verb.subtree):
        return None  # "the man she married and had two sons with": the gap is the preposition's object
    subject = next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ != "nsubj" or subject.tag_ in _RELATIVE_TAGS or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.tag_ not in _RELATIVE_TAGS for c in relative.children):
        return None  # a relative with no gap for its object ("who opened the shop"; "the day she left ...")
    noun = relative.head
    main = noun.head if noun.dep_ == "dobj" else None
    if main is None or main.pos_ not in ("VERB", "AUX") or main.i > noun.i or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    return main if _finite_tag(main) == verb.tag_ else None


# words a reduced relative's own phrase may hold between its participle and the clause's verb
# ("carried out in Madrid in the autumn", "taken further downstream on Tuesday")
_PHRASE_TAGS = ("RP", "IN", "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "RBR", "CD", "POS",
                "PRP$", "HYPH")


def _run_on_participle(verb: Token) -> Token | None:
    """The participle the parser read as a clause's verb when a finite verb follows its phrase with
    no comma or conjunction: "DNA tests carried out in Madrid in the autumn showed ...", "Readings
    taken further downstream on Tuesday were lower ..." parsed with "carried"/"taken" the verb (a
    past) and "showed"/"were" its "dep" or "conj" (round 66b; the thirty-first blind sample's "DNA
    tests carried out in Madrid", the twenty-second's "Readings taken further downstream", the news
    of both lost). Two finite verbs of one subject are joined by "and" or a comma; with neither, and
    the participle right after its noun, the first is the noun's reduced relative and the second the
    clause's verb. Returns the participle, or None."""
    participle = verb.head
    if verb.dep_ not in ("conj", "dep") or verb.tag_ not in _FINITE or participle.i > verb.i or \
            participle.tag_ not in ("VBD", "VBN") or participle.dep_ not in _CLAUSE_DEPS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children):
        return None
    noun = participle.doc[participle.i - 1] if participle.i > 0 else None
    if noun is None or noun.head.i != participle.i or noun.dep_ != "nsubj" or noun.tag_ not in ("NN", "NNS"):
        return None
    between = participle.doc[participle.i + 1:verb.i]
    if not between or any(t.tag_ not in _PHRASE_TAGS or t.dep_ in ("cc", "dobj", "attr", "dative", "oprd") or
                          t.lower_ in ("that", "which", "who") for t in between):
        return None  # "and", a comma, an object or a clause of the participle's own: two verbs
    return participle


def _mend_run_on(participle: Token, verb: Token) -> None:
    """"tests carried out ... showed": "showed" heads the clause in the participle's place, "tests" is
    its subject, "carried" the noun's reduced relative; the participle's words before its noun or after
    the verb go to the verb."""
    noun = participle.doc[participle.i - 1]
    verb.head, verb.dep_ = (verb, "ROOT") if participle.dep_ == "ROOT" else (participle.head, participle.dep_)
    for child in list(participle.children):
        if child.i > verb.i or child.i < noun.left_edge.i:
            child.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = noun, "acl"
    participle.tag_ = "VBN"
    participle.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")


def _predicate_apposition(noun: Token) -> Token | None:
    """The verb a superlative or ordinal noun completes when the parse hung it on the verb's object as
    an apposition (round 67d): "a run that made Ola Berg, 19, the youngest rider ever to win the cup"
    has "rider" an apposition of "Berg", and the row read "A run made Ola Berg", the win lost. The
    object of one of the pack's `SMALL_CLAUSE_VERBS` with no completing word of its own ("oprd",
    "ccomp", "xcomp", "acomp") and an apposition after a comma that is a common noun with "the" and a
    superlative or ordinal ("the youngest rider", "the first woman") is that verb's completing noun.
    An apposition that only renames ("named its coach, Anna Holm", "made its debut, a 2-1 win") is
    not this."""
    obj = noun.head
    verb = obj.head
    if noun.dep_ != "appos" or obj.dep_ != "dobj" or noun.i < obj.i or verb.lemma_.lower() not in SMALL_CLAUSE_VERBS \
            or verb.pos_ != "VERB" or obj.i < verb.i:
        return None
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
        return None
    mods = [c for c in noun.children if c.i < noun.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods) or \
            not any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in mods):
        return None
    before = noun.doc[noun.left_edge.i - 1]
    return verb if before.text == "," else None


def _any_of(column: np.ndarray, doc: Doc, labels: tuple[str, ...]) -> np.ndarray:
    """Which of a doc array's column (TAG or DEP ids) hold one of `labels`."""
    strings = doc.vocab.strings
    # (numpy scalars of the column's type: a uint64 hash compared with a Python int may go by float)
    mask = np.zeros(len(column), dtype=bool)
    for label in labels:
        mask |= column == column.dtype.type(strings.add(label))
    return mask


def mend_parse(doc: Doc) -> Doc:
    """The parse with each verb read as a noun made a verb (module doc); the same Doc when there is
    none, a mended copy otherwise (the temporal tagger's parse is left as it read it)."""
    # only nouns and past participles can be mended: found from the tag array, not token by token
    # (a Token per word costs more than the whole check on the few candidates)
    # (the word masks with numpy: no Python number made per word either)
    array = doc.to_array([TAG, DEP])
    tags, deps = array[:, 0], array[:, 1]
    nouns = _any_of(tags, doc, ("NN", "NNS"))
    candidates = [doc[i] for i in np.flatnonzero(nouns | _any_of(tags, doc, ("VBN",))).tolist()]
    found = [t.i for t in candidates if _verb_read_as_noun(t)]
    relatives = [(t.i, verb.i) for t in candidates if (verb := _misread_relative(t)) is not None]
    listed = _any_of(deps, doc, ("npadvmod", "nsubj")) & _any_of(tags, doc, ("NNP", "NNPS"))
    lists = [(i, subject.i) for i in np.flatnonzero(listed).tolist()
             if (subject := _cut_list_head(doc[i])) is not None]
    conjuncts = _any_of(deps, doc, ("conj",)) & nouns
    clauses = [(i, verb.i) for i in np.flatnonzero(conjuncts).tolist()
               if (verb := _noun_conjunct_clause(doc[i])) is not None]
    joined = _any_of(deps, doc, ("conj",)) & _any_of(tags, doc, _FINITE)
    mains = [(i, main.i) for i in np.flatnonzero(joined).tolist()
             if (main := _main_clause_conjunct(doc[i])) is not None]
    run_on = (joined | _any_of(deps, doc, ("dep",))) & _any_of(tags, doc, _FINITE)
    run_ons = [(i, participle.i) for i in np.flatnonzero(run_on).tolist()
               if (participle := _run_on_participle(doc[i])) is not None]
    appositions = _any_of(deps, doc, ("appos",)) & nouns
    predicates = [(i, verb.i) for i in np.flatnonzero(appositions).tolist()
                  if (verb := _predicate_apposition(doc[i])) is not None]
    if not found and not relatives and not lists and not clauses and not mains and not run_ons and not predicates:
        return doc
    doc = doc.copy()
    for noun, verb in predicates:  # "made Ola Berg, 19, the youngest rider": the rider completes "made"
        doc[noun].head, doc[noun].dep_ = doc[verb], "oprd"
        for child in doc[noun].rights:
            if child.dep_ == "relcl" and child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in child.children):
                child.dep_ = "acl"  # "the youngest rider ever to win the cup": the infinitive is the noun's own
    for verb, participle in run_ons:  # "DNA tests carried out in Madrid ... showed": showed's clause
        _mend_run_on(doc[participle], doc[verb])
    for conjunct, main in mains:  # "was running the bakery her aunt founded and had no wish": running's
        verb, relative = doc[conjunct], doc[conjunct].head
        for child in list(relative.children):
            if child.dep_ in ("cc", "punct") and child.i > relative.i and child.right_edge.i < verb.i and \
                    not any(c.i < child.i and c.dep_ == "conj" for c in relative.children):
                child.head = doc[main]  # the "and" before the conjunct goes with it
        verb.head = doc[main]
    for noun, verb in clauses:
        _mend_noun_conjunct(doc[noun], doc[verb])
    for first, rest in lists:  # "Malaysia, Thailand and Vietnam": the list's first name is the subject
        doc[first].dep_ = "nsubj"
        doc[rest].head, doc[rest].dep_ = doc[first], "conj"
        doc[first + 1].head = doc[first]
    for participle, verb in relatives:
        _mend_relative(doc[participle], doc[verb])
    for i in found:
        verb = doc[i]
        subject = _subject(verb)
        plural = "Plur" in subject.morph.get("Number")
        if verb.tag_ == "NNS":
            verb.tag_, morph = "VBZ", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"  # "remains", "exists"
        elif any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
            verb.tag_, morph = "VB", "VerbForm=Inf"  # "would supply", "to evacuate"
        elif any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            verb.tag_, morph = "VBN", "Aspect=Perf|Tense=Past|VerbForm=Part"  # "has burst"
        elif any(c.dep_ == "aux" for c in verb.children):
            verb.tag_, morph = "VBG", "Aspect=Prog|Tense=Pres|VerbForm=Part"  # "is supplying"
        elif plural:
            verb.tag_, morph = "VBP", "Tense=Pres|VerbForm=Fin"  # "the pipes burst": read as now
        else:
            # a singular subject with a bare form: only a past ("the main burst"), a present needs -s
            verb.tag_, morph = "VBD", "Tense=Past|VerbForm=Fin"
        verb.pos_ = "VERB"
        verb.set_morph(morph)
        for child in verb.children:
            if child.dep_ == "appos" and child.i > verb.i and \
                    not any(t.is_punct for t in doc[verb.i + 1:child.left_edge.i]):
                child.dep_ = "dobj"  # "evacuate Anhui and Jiangsu": a noun's apposition, now the verb's object
        if subject.tag_ == "VBN":
            noun = next((c for c in subject.children if c.dep_ in ("amod", "compound", "nsubj")
                         and c.pos_ in ("NOUN", "PROPN") and c.i < subject.i), None)
            if noun is not None:
                _give_noun_its_words(subject, noun)  # "A 900-millimetre trunk [main]": the noun's own words
                noun.head, noun.dep_ = verb, subject.dep_
                subject.head, subject.dep_ = noun, "acl"
    return doc
