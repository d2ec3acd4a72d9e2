"""Descriptions with no event of their own (docs/events.md, "Verbless descriptions, advice and
yardsticks"; the seventh judged sample's "Remedies starting", "Landfall expected late", "Wanjiru to run
in London or Boston", "Nobody should remain ...", "Queues were shorter").

* A description with no finite verb among its words and none written for it says neither who did
  what nor whether it happened: no row, in two shapes. A subject taken from a verb left out, before a
  gerund or a to-infinitive ("He [is suspected of] handing over ..."; "she [would rest and decide
  whether] to run in London next spring" -> "Wanjiru to run in London"); a participle on the object of
  a preposition left out ("[hearings on] remedies starting in June" -> "Remedies starting"; "[with]
  landfall expected late on Wednesday"), or a present participle on the object of a verb left out
  ("[recovered] a bronze bell bearing the company's mark and the date 1724"; a past participle there,
  "[follows] plans announced by the universities earlier this year", names a dated thing). A noun row, with its infinitive or not ("KKR's program to pay
  down $5 billion", "The peace deal between ..."), names a dated thing and is kept; a noun beside an
  infinitive that is not its own, the words between cut ("[discovered] a comet [that could become
  bright enough] to see without a telescope" -> "A comet to see without a telescope"), is no row.
* A bare noun phrase cut from a full verb's clause (round 33): no verb among the description's
  words, its head noun below a full verb of its sentence, outside the article's first sentence
  ("[blamed] a doubling of energy prices in 2022", "[learned of] the decision from a journalist on
  Friday"). The verb's news is lost; the row goes. The object of a sequence preposition ("since
  Russia's invasion of Ukraine in 2022"), a noun with its date before it ("the 1991 agreement"), a
  noun under an auxiliary ("there has been a rise in ...") and a name ("the Battle of Five Forks")
  name a dated event and stay.
  Round 35: where the cut noun is the object of a full, finite verb of its clause (directly, or
  through the verb's preposition) whose subject is a name or a noun, the row is told with that verb
  and subject instead ("[Shop owners blamed] a tripling of rents in 2023" -> "Shop owners blamed a
  tripling of rents"), dated by the noun's date (`noun_verb`). With no such verb or subject (a
  pronoun subject, an apposition, a verb above a clause), no row, as before.
* An absolute clause (round 61e): a past participle with a subject of its own and no auxiliary,
  after a comma, beside the sentence's verb ("He was carried in on Saturday, his left leg swollen to
  the knee"; the parser may tag an "-en" participle as a past tense) tells the state the sentence's
  event left, not an event: no row. "..., and his leg was swollen" (an auxiliary) stays.
* Advice to everyone ("Nobody should remain near the sea by noon", "Everyone must stay indoors"): a
  universal or negative pronoun under a modal of obligation is no happening; told with its speaker it
  is the speaker's row ("the chief minister said nobody should ...").
* A quoted verdict under a modal of obligation (round 70b): on everyone of a kind ('"Every rider should
  be reading this judgment tonight"') or on the past, with "have" ('"This recall should have happened
  in March"'): the speaker's view, no happening; told without quotation marks it reads as a plan.
* A date in the yardstick of a comparison ("they were shorter than on Wednesday", "sales were higher
  than in 2019") dates the yardstick, not the event: no row on that date.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..temporal.context import inside_quotation
from .quoted import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # a finite verb or a modal (kept.py, hanging.py, conjuncts.py too)
_NONFINITE = ("VBG", "VBN", "VB")
_SUBJECTS = ("nsubj", "nsubjpass")
_NOUNS = ("NOUN", "PRON", "NUM")  # (a name, "the Battle of Five Forks", names its event)
_PHRASE_PLACES = ("pobj", "dobj", "appos", "conj")  # where a noun phrase, not a misread clause, stands
_OBJECT_TAGS = ("DT", "PRP$", "PRP", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "JJR")


def _nonfinite(token: Token, after: Token | None, words: EventWords) -> bool:
    """A participle or a to-infinitive (not a past tense the tagger took for a participle, "Corvid
    opened the store", "The boards approved the deal", "Brandao visited the site and ordered
    inspections": a subject or an object read after it; nor a bare base form, an imperative or a slip
    left to their own rules). `after` is the description's word after `token`."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ not in _NONFINITE:
        return False
    if token.tag_ == "VBN":
        return not any(c.dep_ in ("nsubj", "dobj") for c in token.children) and \
            (after is None or after.tag_ not in _OBJECT_TAGS)
    return token.tag_ == "VBG" or _to_infinitive(token, words)


def _to_infinitive(token: Token, words: EventWords) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words.infinitive_marks for c in token.children)


def no_finite_verb(description: str, tokens: list[Token], pred: Token, written: bool, pack: EventWords) -> bool:
    """Whether the `description`'s words (`tokens`), told for `pred`, head on a participle or an
    infinitive with no finite verb among them, and no finite form was `written` for them, in one of
    the module doc's two shapes."""
    if written or not tokens or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    # the word read after each, in the description as written (a passive told as active, "the boards
    # approved the deal", puts the object after the verb)
    words = description.split()
    by_text = {}
    for token in tokens:
        by_text.setdefault(token.lower_, token)
    after = {}
    for token in tokens:
        k = next((k for k, w in enumerate(words) if w.lower().strip(",.") == token.lower_), None)
        after[token.i] = by_text.get(words[k + 1].lower().strip(",.")) if k is not None and k + 1 < len(words) else None
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in after]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "prep" and not _nonfinite(t, after[t.i], pack) for t in roots):
        return False  # "Genetic tests completed early found ...": a verb that reads as finite heads it
    # a subject taken from a verb left out, before a gerund or an infinitive: "He [is suspected of]
    # handing over ...", "she [would rest and decide whether] to run ..."
    # (an adverbial participle shares its clause's subject, "Touring the capital on Thursday, Albright
    # said ..." -> "Albright was touring the capital": kept, its "was" written by finite.py, round 66b)
    # ("Work [is expected to start ... and] to be completed by 2032": a passive to-infinitive
    # conjunct too)
    if any(t.dep_ in _SUBJECTS for t in roots) and \
            any(t.dep_ not in ("prep", "advcl") and (t.tag_ != "VBN" or t.dep_ == "conj" and _to_infinitive(t, pack)) and
                _nonfinite(t, after[t.i], pack) for t in roots):
        return True
    # a noun beside a to-infinitive whose governing words were cut, not its own ("[discovered] a comet
    # [that could become bright enough] to see without a telescope" -> "A comet to see without a
    # telescope"; "The plan to cut 6,000 jobs", the noun's own infinitive, is no root and stays):
    # only an adjective's infinitive or one whose object is that noun; one with an object of its own
    # under a verb cut ("the climate targets, which require Ireland to cut emissions" -> "The
    # government's climate targets to cut emissions") still names what the noun is for
    kept = set(after)
    if any(t.pos_ in ("NOUN", "PROPN") for t in roots) and any(
            t.tag_ == "VB" and t.dep_ in ("xcomp", "advcl", "ccomp") and _to_infinitive(t, pack) and
            (t.head.pos_ == "ADJ" or not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i in kept for c in t.children))
            for t in roots):
        return True
    # a participle on the object of a preposition left out: "[hearings on] remedies starting in June",
    # "[with] landfall expected late on Wednesday" (a noun row, "The plan to cut 6,000 jobs", stays)
    return pred.i in after and pred.dep_ == "acl" and pred.tag_ in ("VBG", "VBN") and \
        _nonfinite(pred, after[pred.i], pack) and pred.head in roots and \
        (pred.head.dep_ == "pobj" or pred.head.dep_ == "dobj" and pred.tag_ == "VBG")


def advice_to_everyone(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is advice to everyone (module doc): a modal of obligation and a subject such as
    "nobody" or "no one"."""
    if not any(c.dep_ == "aux" and c.lower_ in words.obligation_modals for c in pred.children):
        return False
    for subject in (c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in words.everyone_pronouns:
            return True
        if subject.lower_ in words.one_pronouns and any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in subject.children):
            return True
    return False


def _quoted_in_paragraph(token: Token) -> bool:
    """Whether `token` stands inside a quotation opened in an earlier sentence of its paragraph ('said
    its director. "The first reports were in January. This recall should have happened in March."'):
    an odd count of double quotation marks from the paragraph's start (only read for the few rows
    under a modal)."""
    return inside_quotation(token.doc.text, token.idx)


def quoted_obligation(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred`, inside quotation marks, is a speaker's verdict under a modal of obligation
    (round 70b): on everyone of a kind ('"Every rider should be reading this judgment tonight"', a
    subject under "every" or "each"), or on the past ('"This recall should have happened in March"', the
    modal with "have": what did not happen, or a guess, '"someone must have left the gate open"'). Told
    as a row, its speaker cut, it reads as a plan or a fact. A quoted "should" on one named thing's
    coming ('"The bridge should reopen in May"') is a forecast and stays, and so does a verdict told
    outside quotation marks with its speaker ("the court said the council should have consulted")."""
    modals = [c for c in pred.children if c.dep_ == "aux" and c.lower_ in words.obligation_modals]
    if not modals or not (inside_quotes(pred, bounds) or _quoted_in_paragraph(pred)):
        return False
    if any(c.dep_ == "aux" and c.i > modals[0].i and c.lemma_.lower() in words.perfect_aux for c in pred.children) \
            and pred.tag_ == "VBN":
        return True
    return any(d.dep_ == "det" and d.lower_ in words.every_determiners
               for s in pred.children if s.dep_ in _SUBJECTS for d in s.children)


def yardstick_date(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the time expression `span` stands in the "than" phrase of a comparison below `pred`
    ("were shorter than on Wednesday"): it dates the yardstick (module doc)."""
    for ancestor in span.root.ancestors:
        if ancestor.i == pred.i:
            return False
        if ancestor.lower_ in words.comparative_conjunctions:
            return True
    return False


def verbless_row(span: Span, tokens: list[Token], written: bool, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether a description (`tokens`, no finite form `written` for it) is a bare noun phrase cut
    from a clause whose verb it leaves out (module doc, round 33): no verb among its words, its
    head a noun (or a name, a pronoun) below a verb of the sentence, and not the object of a sequence
    preposition ("since Russia's invasion of Ukraine in 2022", "after the 2015 earthquake": a dated
    event of its own). "[blamed] a doubling of energy prices in 2022", "[learned of] the decision from a
    journalist on Friday", "[after] the final performance of its spring season, a new production of a
    Scottish comedy, on June 27". The article's first sentence, a headline or the lead, keeps its row,
    and so does a noun with no verb above it."""
    if not tokens or written or bounds[0] == 0:
        return False
    inside = {t.i for t in tokens}
    head = _phrase_head(tokens)
    if head is None or head.pos_ not in _NOUNS:
        return False
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if verbs and (head.dep_ not in _PHRASE_PLACES or not all(_noun_modifier_verb(t, head, inside, words) for t in verbs)):
        # (a verb of its own, even read as a participle, "An avalanche swept across ...", "The bill
        # passed by 63 votes": left to the rules above; the parser's misread verb leaves its subject
        # the sentence's root, a subject or a loose "dep", so a participle is read as a modifier only
        # on a noun that stands as an object, an apposition or a conjunct)
        return False
    if head.dep_ == "pobj" and head.head.lower_ in words.sequence_preps:
        return False
    if head.dep_ == "advcl" or any(c.dep_ == "mark" for c in head.children):
        return False  # "before parliament returns from its recess": a verb the tagger read as a noun
    if span.root.head.i == head.i and span.start < head.i:
        return False  # "replaces the 1991 agreement between the two companies": a named, dated thing
    # (the nearest verb a full one: not "there has been a dramatic rise in the growth of ...", which
    # says it happened)
    nearest = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if nearest is None and head.dep_ == "ROOT":
        # the sentence's verb read as a participle under the noun the parse made its root ("a
        # similar rise in costs led to delays": 'led' on 'costs') and cut: what the noun did is lost
        return any(t.pos_ == "VERB" and t.i not in inside for t in head.subtree)
    return nearest is not None and nearest.pos_ == "VERB"


def _noun_modifier_verb(verb: Token, head: Token, inside: set[int], words: EventWords) -> bool:
    """Whether `verb`, a word of a noun phrase headed by `head` (its words `inside`), only describes
    one of the phrase's nouns (round 49): a to-infinitive or a participle before or after a noun, with
    no subject or object of its own ("the third man in the district to drown at sea", "a place to
    compete at the national final", "a sponsored swim"). A past participle after its noun, a reduced
    relative ("an agreement reached between the two companies in 1991"), tells a dated deed and
    keeps the phrase its row. A verb with an object ("the plan to cut 6,000 jobs", "a
    bell bearing the company's mark"), a scheduling participle ("a summit set for April") and a plan's
    infinitive ("plans to travel to ... next week") name a dated plan and keep the phrase its row."""
    if verb.i == head.i or verb.head.i not in inside or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # (the participle's form less its "d" too: the tagger's lemma of "slated" is "slat")
    if (verb.lemma_.lower() in words.scheduling or verb.lower_[:-1] in words.scheduling
            or verb.head.lemma_.lower() in words.intention_nouns):
        return False  # "a NATO summit set for Washington in April", "plans to travel to ... next week": a dated plan
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return False  # "an agreement reached between the two companies in 1991": a reduced relative, a dated deed
    if verb.dep_ not in ("acl", "relcl", "amod") or verb.tag_ not in _NONFINITE:
        return False
    if verb.tag_ == "VB" and not _to_infinitive(verb, words):
        return False
    if any(c.dep_ in (*_SUBJECTS, "dobj", "ccomp", "xcomp", "dative", "auxpass") or
           c.dep_ == "aux" and c.lower_ not in words.infinitive_marks for c in verb.children):
        return False
    return True


def noun_verb(span: Span, tokens: list[Token]) -> Token | None:
    """The full verb that tells a cut noun phrase (`tokens`, one `verbless_row` drops) with its
    subject (module doc, round 35): the noun its object, directly ("blamed a tripling of rents") or
    through its preposition ("learned of the decision"); a finite verb (or one with a finite
    auxiliary) whose subject is a name or a noun. None: no such verb, the row stays dropped; nor
    where the date (`span`) is a modifier's of the noun ("declared a dividend, payable Dec. 15"), or
    the noun a second complement after an object ("charged eight men with the murders ... in
    2005", "invited her to a reception on Wednesday"): the noun's date is not the verb's there."""
    head = _phrase_head(tokens)
    if head is None:
        return None
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
        if any(c.dep_ == "dobj" for c in verb.children):
            return None
    else:
        return None
    for ancestor in span.root.ancestors:
        if ancestor.i in (head.i, verb.i):
            break
        if ancestor.pos_ in ("ADJ", "VERB", "AUX"):
            return None  # "a 10% stock dividend, payable Dec. 15": the payment's date
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return verb if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The description's head word: the first of its words whose head is outside it (or itself)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i == t.i or t.head.i not in inside), None)


# what a finite verb of a clause of its own may have after it that a participle of an absolute does not
_CLAUSE_COMPLEMENTS = ("dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "prt")


def _objectless_conjunct(pred: Token, children: list[Token], words: EventWords) -> bool:
    """Whether a past form the parser read as a finite conjunct (`pred`, VBD) is rather the participle
    of an absolute (round 70b: "..., woollen hats pulled over their ears, towels left on the rocks"):
    joined by a comma alone (no "and" anywhere in its list of conjuncts, "sales fell, profits rose and
    ..." is a list of clauses), no object or complement ("pulled" a thing), no verb of saying ("...,
    police said at a news conference"), and one subject, not a list ("his mother, stepfather and
    others died")."""
    if pred.dep_ == "ROOT" or pred.lemma_.lower() in words.saying_verbs or pred.dep_ == "ccomp" and (
            pred.i < pred.head.i or pred.head.lemma_.lower() in words.saying_verbs):
        return False  # "Standing on the bank, Ruth watched ...": the sentence's own verb; "the plant will
        # close, the company said": what was said, a clause of its own
    if any(c.dep_ in _CLAUSE_COMPLEMENTS or c.dep_ == "cc" for c in children) or \
            any(c.dep_ == "cc" for c in pred.head.children):
        return False
    return not any(c.dep_ in ("conj", "cc") for s in children if s.dep_ in _SUBJECTS for c in s.children)


def absolute_clause(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is the participle of an absolute clause after a comma ("..., his left leg
    swollen to the knee"): its own subject, no auxiliary, no conjunction, hung on another verb (module doc)."""
    if pred.dep_ == "ROOT":
        # the parser may hang the sentence's clause on the participle ("[The boy was carried in]
        # <- swollen"): a verb before the participle's subject, its own clause
        if not any(c.dep_ in ("ccomp", "advcl", "conj") and c.pos_ in ("VERB", "AUX") and c.i < pred.i
                   for c in pred.children):
            return False
    elif pred.dep_ not in ("conj", "advcl", "ccomp") or pred.head.pos_ not in ("VERB", "AUX"):
        return False  # (a clause the parser made the verb's complement, "[lifting] <- caps pulled": round 70b)
    if not words.participle_only_endings:
        return False
    children = list(pred.children)
    if not (pred.tag_ in ("VBN", "VBD") and pred.dep_ != "ccomp" and pred.lower_.endswith(tuple(words.participle_only_endings))
            or pred.tag_ == "VBN" and pred.dep_ != "ccomp" or pred.tag_ == "VBD" and _objectless_conjunct(pred, children, words)):
        return False
    if any(c.dep_ in ("aux", "auxpass", "cc", "mark") for c in children) or \
            any(c.dep_ == "cc" for c in pred.head.children if c.i < pred.i and c.i > pred.head.i and pred.dep_ == "conj"):
        return False
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ == "PRON":
        return False
    first = subjects[0].left_edge.i
    return first > 0 and pred.doc[first - 1].is_punct and pred.doc[first - 1].lower_ == ","
