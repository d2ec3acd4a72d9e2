"""A last check on the words a description keeps from its parse (docs/events.md, "Words whose loss
changes the meaning"; the ninth and tenth judged samples' "The sol was changed", "Iceland and the Faroes
are part of Thursday's deal", "The race planned", "A summer festival planned in the park", "Municipal
court hearings scheduled", "Russia's full-scale invasion of Ukraine had been held up by Slovakia",
"Nuclear power to supply about 20% of Japan's electricity", "Police said").

A row whose description cannot keep these words goes (a wrong row is worse than none):

* a verb of saying with its speaker and nothing said ("Police said"): no event;
* a verb of saying after ", the X" that the parser made another verb of the clause before it, with the
  speaker hung on a noun of that clause ("Gunmen have kidnapped an aid worker and are holding her
  drivers, the charity's director said on Wednesday"): the row would read "Gunmen said", the clause
  before is what is said and has its own row;
* a negation on a kept word: "not", "never", "no", or a degree adverb that all but negates ("little
  changed", "hardly moved"): without it the row says the opposite;
* the "as" or "than" of a clause with no subject of its own ("would go ahead as planned on Sunday"):
  "The race planned" is no event, the plan is the comparison's yardstick;
* the first "as" of "as far as", "as long as" kept with the clause of its second cut ('"There was no
  theft, as far as we know today, ..."' -> "There was no theft, as far"): the phrase is cut mid-way;
  on an adverb (not a row that goes) both words are left out ("... no qualms about implementing the
  resolution, as long [as Israel had ...]" -> "... the resolution"; `half_comparison_cut`), on any
  other word the row goes;
* a participle on a subject whose own verb is left out ("A spring fair planned in the square [was
  cancelled]", "Court hearings scheduled for next week [have been postponed]"): the participle is the
  noun's modifier, the story is the lost verb; with a finite form written for it ("A truce agreed last
  year" -> "A truce was agreed") the row stands;
* (not a row that goes) a participle right after a noun the parser left unattached or made a second
  subject ("An avalanche swept across ..., police said"): the noun's past tense, which
  `events/finite.py` must not make passive ("An avalanche was swept"): `misread_past`;
* a participle parsed with its noun as subject right before the finite verb of that noun, cut
  ("when a rocket launched from a Boeing 747 by Virgin Orbit failed to reach orbit" -> "A rocket
  launched from a Boeing 747 by Virgin Orbit"; round 29);
* a relative word kept with its noun cut ("A supplier had installed that"): its object is lost;
* a verb the parser hung inside an apposition of a verbless sentence root ("The loan, the bank's third
  since the 2010 crisis, had been held up by Austria" parsed with "crisis" the subject of "held"): the
  verb is the root noun's, and its row would give the hold-up to the apposition's noun;
* the subject of a to-infinitive that is the object of a verb left out ("The ministry wants wind power
  to supply 30% of the energy by 2035" -> "Wind power to supply ..."): a wish or an order told as a
  plan with no one wanting or ordering it (a noun with its own infinitive, "a program to pay down
  debt", names a dated thing and stays);
* a past participle after a comma on the clause before it, with no subject, auxiliary or object of
  its own ("Spain raises minimum wage by 4.2%, backdated to January" -> "Spain backdated"): the
  participle tells what was done to the clause's object, not what its subject did;
* an object cut before a kept to-infinitive ("had used [tablets and satellite maps] to count
  households" -> "had used to count households"): "used to" reads as a past habit, the means is lost;
* (not a row that goes) the negation of "not ... until X" on a row dated X ("service did not fully
  resume until 10:20 a.m."): the row says what happened at X, so the negation is not written ("Service
  did fully resume"), as status.py calls it `occurred`: `until_unnegated`; also when the "not" hangs on
  the copula of a control adjective ("is not due to open until late 2028" -> "is due to open", round 28);
* the adjective right after a verb that it completes ("died or went missing" -> "went", "fell ill",
  "turned violent"): the verb alone says something else (the thirteenth judged sample's "About 1,700
  people went in the central Mediterranean").
* the negation of a verb left out whose complement is the row ("Analysts did not think the central
  bank would cut rates before the summer" -> "The central bank would cut rates"): the row tells what
  they doubted as expected (round 29);
* (not a row that goes) a "not ... before X" whose "not" sits with a do-support auxiliary ("Keller said
  she did not expect cocoa prices to ease before the end of the year"): "Keller did expect cocoa prices
  to ease" reads as the opposite of what she said, so the negation and the "before" phrase both stay
  written ("Keller did not expect cocoa prices to ease before the end of the year"; the twenty-sixth
  judged sample; round 29): `negated_before`. Since round 38 any "not ... before/until X" on the row's
  own verbs keeps both ("The new terminal is not expected to open until 2031"): without the "until"
  phrase "is expected to open" (or "will not open") says something else than "not before 2031".
  Since round 63e an affirmative "until X" on the row's verb dated X stays written too (`until_end`):
  "used the island as a fuel depot until 1991" is no use begun in 1991.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .status import negative_object, negative_subject, not_until
from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import TimeExpression
    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def meaning_lost(description: str, pred: Token, tokens: list[Token], written: set[int],
                 words: EventWords) -> bool:
    """Whether the `description`'s words (`tokens`, told for `pred`; `written`: the indices of words
    a finite form was written for) lost a word that carries the meaning (module doc)."""
    kept = {t.i for t in tokens} | written
    if not kept:
        return False
    told = [w.strip(",.;:").lower() for w in description.split()]  # the description's words, read once
    return _nothing_said(told, pred, tokens, words) or _speaker_parsed_apart(pred, words) or _negation_lost(tokens, kept, words) or \
        _comparison_lost(tokens, kept, words) or _half_comparison(tokens, kept, words) or _participle_of_lost_verb(told, tokens, kept, written, words) or \
        _inside_verbless_apposition(pred) or _object_infinitive(tokens, kept, words) or \
        _relative_word_left(told, tokens, kept) or _object_before_infinitive_cut(tokens, kept) or \
        _reduced_passive_after_comma(pred, words) or _complement_adjective_lost(tokens, kept) or \
        _governing_negation_lost(pred, kept) or _reduced_relative_before_verb(tokens, kept)


def until_unnegated(verbs: list[Token], expression: TimeExpression, tokens: list[Token],
                    words: EventWords) -> dict[int, str]:
    """The negations of `verbs` left out ("": substitutions by token index) when the row's date is
    the object of their "until" ("did not fully resume until 10:20 a.m."; module doc)."""
    if not not_until(verbs, expression, words) or any(
            negated_before(c, verbs, words) for v in verbs for c in v.children if c.dep_ == "prep" and
            any(expression.start <= t.idx < expression.end for t in c.subtree)):
        return {}
    kept = {t.i for t in tokens}
    return {c.i: "" for v in _with_copulas(verbs) for c in v.children if c.i in kept and _negates(c, words)}


def _with_copulas(verbs: list[Token]) -> list[Token]:
    """`verbs` and the copula of each adjective among them: "is not due to open until late 2028" has
    its "not" on the copula of the adjective "due"."""
    return [*verbs, *(v.head for v in verbs if v.dep_ == "acomp" and v.head.i != v.i)]


def _negates(child: Token, words: EventWords) -> bool:
    """Whether a verb's child negates it: "not"/"n't" ("neg") or an adverb such as "never"."""
    return child.dep_ == "neg" or child.dep_ == "advmod" and child.lower_ in words.negations


def negated_before(marker: Token, verbs: list[Token], words: EventWords) -> bool:
    """Whether `marker` is a "before"/"until" on a negated verb, itself or a verb above it among the
    row's `verbs` ("did not expect prices to ease before May", "is not expected to open until 2031";
    module doc): its phrase stays written with the "not" (round 38). A negated verb the row leaves out
    is not this row's."""
    if marker.lower_ not in words.bound_preps:
        return False
    # (a fronted "Until Thursday, they had not called Kopp a suspect" is read as before round 38: only
    # a "before" with do-support stays)
    fronted = marker.i < marker.head.i
    if fronted and (marker.lower_ not in words.not_before_preps or not words.do_support):
        return False
    told = {v.i for v in _with_copulas(verbs)} | {v.head.i for v in verbs if v.dep_ in ("nsubj", "nsubjpass")}
    verb = marker.head
    if not fronted and verb.dep_ == "dobj" and verb.head.i in told and negative_object(verb, verb.head, verb.head, words):
        return True  # "expect no significant rain before October": the bound on the "no" object (round 61b)
    while verb.i in told:
        children = list(verb.children)
        if any(_negates(c, words) for c in children):
            return not fronted or any(c.dep_ == "aux" and c.lemma_.lower() in words.do_support for c in children)
        if not fronted and _doubted_or_none(verb, marker, children, words):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _doubted_or_none(verb: Token, marker: Token, children: list[Token], words: EventWords) -> bool:
    """Whether `verb` is doubted ("was unlikely to hear the appeal before next year": the verb under the
    adjective) or its own object is "no" something ("had received no complaints before Sept. 10"): told
    without the "before" phrase, the row says the opposite (the hearing unlikely next year; round 59c)."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in words.doubting_adjectives:
        return True
    if _denied_by_subject(verb, children, words):
        return True
    return marker.head.i == verb.i and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in words.negative_determiners for d in c.children)
        for c in children)


def _denied_by_subject(verb: Token, children: list[Token], words: EventWords) -> bool:
    """Whether `verb`'s subject says nobody did it ("nobody will come until December", "no trains will
    run before Monday", "neither is expected to be working before 2028", its "neither" parsed on the verb
    with no subject; round 61b): told without the bound, the row says it happens then."""
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return any(c.dep_ == "preconj" and c.lower_ in words.negations and c.i < verb.i for c in children)
    return any(negative_subject(s, verb, words) for s in subjects)


def until_end(marker: Token, verbs: list[Token], words: EventWords) -> bool:
    """Whether `marker` is an "until" after one of the row's `verbs`, its object the row's date ("used
    the island as a fuel depot until 1991"): the date is where the act ends, not when it was done, so
    the phrase stays written (round 63e; a negated one is `negated_before`'s). Not the complement of a
    verb that needs one ("could take until next month": hanging.py's, no row), nor a second "until"
    on a verb of an "until" clause ("stay until the wreckage is cleared, possibly until the end of the
    month": the stay's bound said again)."""
    return marker.lower_ in words.until_preps and marker.dep_ == "prep" and marker.i > marker.head.i and \
        any(v.i == marker.head.i for v in verbs) and marker.head.lemma_.lower() not in words.hanging_verbs and \
        not any(c.dep_ == "mark" and c.lower_ in words.until_preps for c in marker.head.children)


def negated_bound_told(marker: Token, pred: Token, words: EventWords) -> bool:
    """Whether `marker` is the "before"/"until" of another date on a negated verb told in `pred`'s
    clause below it ("Officials said on Monday the line will not carry passengers until 2031" dated
    Monday): the phrase stays with its "not", as "will not carry passengers" alone says never (round 38)."""
    if marker.lower_ not in words.bound_preps or marker.dep_ != "prep" or \
            marker.i < marker.head.i:
        return False
    verb = marker.head
    while True:
        if any(_negates(c, words) for c in verb.children) or _doubted_or_none(verb, marker, list(verb.children), words):
            return any(a.i == pred.i for a in verb.ancestors)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _nothing_said(told: list[str], pred: Token, tokens: list[Token], words: EventWords) -> bool:
    """A verb of saying told with its speaker and nothing else: "Police said" (what they said was
    parsed as another subject of "said"). Words written into the description (an object put back,
    what is said parsed apart) are something said."""
    if pred.lemma_.lower() not in words.reporting:
        return False
    speaker = set()
    for subject in (c for c in pred.children if c.dep_ in _SUBJECTS and c.i < pred.i):
        # the speaker's own noun phrase ("the club"), not a clause the parser hung on it
        speaker |= {t.i for t in subject.subtree}
        for child in subject.children:
            if child.dep_ in ("conj", "cc", "relcl", "acl", "appos"):
                speaker -= {t.i for t in child.subtree}
    if not all(t.i == pred.i or t.i in speaker or t.is_punct or t.dep_ in ("aux", "advmod") for t in tokens):
        return False
    kept = {t.lower_ for t in tokens}
    return all(w in kept for w in told)


def _speaker_parsed_apart(pred: Token, words: EventWords) -> bool:
    """A verb of saying coordinated with a verb before it, with no subject or anything said of its own,
    right after a noun of the clause before ("..., the ship's manager said"): the noun is its speaker,
    the clause before what it says (module doc). A verb after "and" or a comma is a coordination."""
    if pred.lemma_.lower() not in words.reporting or pred.dep_ != "conj" or pred.head.i > pred.i:
        return False
    if any(c.dep_ in (*_SUBJECTS, "ccomp", "xcomp", "dobj", "parataxis") for c in pred.children):
        return False
    before = pred.doc[pred.left_edge.i - 1] if pred.left_edge.i > 0 else None
    return before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != pred.i and \
        not before.is_ancestor(pred)


def _negation_lost(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    for token in tokens:
        for child in token.children:
            if child.i in kept or any(g.dep_ == "det" for g in child.children):
                continue  # (kept, or "a little": a small amount, no negation)
            if child.dep_ == "neg" or child.dep_ in ("advmod", "preconj") and child.lower_ in words.meaning_negators or \
                    child.dep_ == "det" and child.lower_ in words.negative_determiners or \
                    child.dep_ == "preconj" and token.pos_ in ("VERB", "AUX") and child.lower_ in words.negations:
                return True  # (a "neither" on a verb is its subject: "but neither is expected to be working")
    return False


def _governing_negation_lost(pred: Token, kept: set[int]) -> bool:
    """The row's clause is the complement of a negated verb it leaves out ("Analysts did not think the
    central bank would cut rates before the summer" -> "The central bank would cut rates"): the row
    tells as expected what was denied or doubted (module doc)."""
    clause = pred
    while clause.head.i in kept and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.i > clause.i:
        return False  # (a clause before its "verb" is the parser's: "Forecasts show ..., so I would not expect")
    return any(c.dep_ == "neg" for c in clause.head.children)


def _comparison_lost(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    """A kept verb with no subject whose "as"/"than" is cut: "[as] planned", "[as] scheduled"."""
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in token.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in words.comparing_marks and c.i not in kept for c in token.children):
            return True
    return False


def _half_comparisons(tokens: list[Token], kept: set[int], words: EventWords,
                      expression: TimeExpression | None = None) -> list[tuple[Token, Token]]:
    """Each kept word with its kept "as" whose own "as" clause is cut: "as far [as we know today]"
    (not one that holds the row's date, "as early as a year ago": the date was taken out)."""
    found = []
    for token in tokens:
        first = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ in words.comparing_marks
                      and c.i in kept), None)
        if first is None:
            continue
        if any(child.i not in kept and child.dep_ in ("advcl", "prep", "pcomp") and (
                child.lower_ in words.comparing_marks or
                any(g.dep_ == "mark" and g.lower_ in words.comparing_marks for g in child.children)) and
               not (expression is not None and any(expression.start <= t.idx < expression.end for t in child.subtree))
               for child in token.children):
            found.append((first, token))
    return found


def _half_comparison(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    return any(token.pos_ != "ADV" for _, token in _half_comparisons(tokens, kept, words))


def half_comparison_cut(tokens: list[Token], expression: TimeExpression, words: EventWords) -> dict[int, str]:
    """The "as" and the adverb of each "as far"/"as long" whose second "as" clause is cut, left out
    ("" by token index; module doc)."""
    kept = {t.i for t in tokens}
    return {t.i: "" for pair in _half_comparisons(tokens, kept, words, expression) if pair[1].pos_ == "ADV"
            for t in pair}


def _participle_of_lost_verb(told: list[str], tokens: list[Token], kept: set[int], written: set[int],
                             pack: EventWords) -> bool:
    """A kept participle (the row's or its scheduler's, "hearings scheduled for next week") on a kept
    subject whose own verb is cut, with no finite form written for it. A past form followed by its
    object in the description reads as finite ("the boards approved the deal", a relative clause the
    parser took for a participle) and stays."""
    for token in tokens:
        if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG") or token.i in written or misread_past(token):
            continue
        at = told.index(token.lower_) if token.lower_ in told else None
        if at is not None and at + 1 < len(told) and told[at + 1] in pack.object_determiners:
            continue
        if any(c.dep_ in ("aux", "auxpass", *_SUBJECTS) for c in token.children):
            continue
        noun = token.head
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.i in kept and noun.head.i not in kept and \
                noun.head.pos_ in ("VERB", "AUX"):
            return True
    return False


def _reduced_relative_before_verb(tokens: list[Token], kept: set[int]) -> bool:
    """A participle parsed with its noun as subject, right before the finite verb that noun is the
    subject of, cut ("when a rocket launched from a Boeing 747 by Virgin Orbit [failed to reach
    orbit]" -> "A rocket launched from a Boeing 747 by Virgin Orbit"): the participle is the noun's
    modifier, the news is the lost verb (module doc)."""
    for token in tokens:
        # (a participle the tagger read as a past tense, "an anchor dragged by a vessel tore ...", has
        # no object of its own and no finite verb of its own would stand right before another)
        if token.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in token.children) or \
                not any(c.dep_ == "nsubj" and c.i in kept for c in token.children):
            continue
        if token.tag_ == "VBD" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "acomp") for c in token.children):
            continue
        after = token.right_edge.i + 1
        if after >= len(token.doc):
            continue
        verb = token.doc[after]
        # (a subject of the verb before the participle's clause is another clause's, hung there by a repair)
        if verb.i not in kept and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.pos_ == "VERB" and \
                not any(c.dep_ in _SUBJECTS and c.i >= token.left_edge.i for c in verb.children):
            return True
    return False


def _relative_word_left(told: list[str], tokens: list[Token], kept: set[int]) -> bool:
    """A relative "that"/"which"/"who" kept as it is, its noun cut: "A supplier had installed that"."""
    words = set(told)
    for token in tokens:
        if token.tag_ in ("WDT", "WP") and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and \
                token.lower_ in words and token.head.dep_ in ("relcl", "acl") and token.head.head.i not in kept:
            return True
    return False


def _object_before_infinitive_cut(tokens: list[Token], kept: set[int]) -> bool:
    """A kept verb whose object is cut while its to-infinitive after the object is kept: "had used
    [tablets and satellite maps] to count households" -> "had used to count households"."""
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        # (not an object that is the row's own date: "had spent the spring organizing an army")
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i and c.i not in kept and
                   c.ent_type_ not in ("DATE", "TIME")]
        if objects and any(c.dep_ == "xcomp" and c.i in kept and c.i > objects[0].i for c in token.children):
            return True
    return False


def _reduced_passive_after_comma(pred: Token, words: EventWords) -> bool:
    """A past participle after a comma that the parser hung on the verb before it as an adverbial
    clause, with no subject, auxiliary or object of its own: "Spain raises minimum wage by 4.2%,
    backdated to January" is the wage's rise backdated; told with the clause's subject it reads as
    an active past ("Spain backdated"). A participle of expecting or planning ("when it is released,
    expected in late 2006") is the status of the clause's event, left to the status rules."""
    if pred.tag_ != "VBN" or pred.dep_ != "advcl" or pred.head.i > pred.i or pred.left_edge.i == 0 or \
            pred.lemma_.lower() in words.control_verbs:
        return False
    if pred.doc[pred.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "dobj", "mark") for c in pred.children)


def _inside_verbless_apposition(pred: Token) -> bool:
    """A verb the parser hung on a verbless sentence root, its subordinator ("since") inside the root's
    apposition: "The loan, the bank's third since the 2010 crisis, had been held up" read as "since the
    crisis had been held up"."""
    # the row's own clause: its first verb (a relative clause below, "Slovakia, which dropped its veto",
    # is a clause of its own)
    node = next((t for t in (pred, *pred.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if node is None:
        return False
    root = node.head if node.head.dep_ == "ROOT" else node.head.head if node.head.dep_ == "appos" else None
    if root is None or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i < node.i]
    marks = [c for c in node.children if c.dep_ == "mark"]
    return any(a.i < m.i < node.i for a in appositions for m in marks) and \
        any(c.dep_ in _SUBJECTS for c in node.children)


def _object_infinitive(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    if any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    for token in tokens:
        if token.dep_ != "dobj" or token.head.i in kept or token.head.lemma_.lower() not in words.object_control:
            continue
        if any(c.dep_ in ("acl", "relcl", "xcomp", "ccomp") and c.i in kept and
               any(g.dep_ == "aux" and g.lower_ in words.infinitive_marks for g in c.children) for c in token.children):
            return True
    return False


def _complement_adjective_lost(tokens: list[Token], kept: set[int]) -> bool:
    """A kept verb whose adjective complement, the word right after it, is cut: "went [missing]"."""
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.i + 1 >= len(token.doc):
            continue
        after = token.doc[token.i + 1]
        if after.i not in kept and after.tag_ == "JJ" and after.head.i == token.i and \
                after.dep_ in ("acomp", "advcl", "oprd", "xcomp"):
            return True
    return False


def misread_past(verb: Token) -> bool:
    """Whether `verb`, parsed as a participle on a noun, is the noun's past tense: the noun left
    unattached (`dep`) or made a second subject of a verb that has one ("An avalanche swept across a
    ski run ..., police said" parsed as "avalanche [swept ...] said", "police said"). The parse lost
    the clause, not the tense: the row tells it as written, never "An avalanche was swept"."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    if verb.i != noun.i + 1:
        return False  # a participle set off by commas ("Lodge, frustrated by the end of the year, ...") is one
    if noun.dep_ == "dep":
        return True
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)
