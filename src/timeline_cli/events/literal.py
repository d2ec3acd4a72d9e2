"""Round 72b: a description that reads as no clause is told by its clause as written.

The description layer rebuilds the trigger's clause from the parse (a subject found, a participle
made finite, phrases dropped or reordered). Where the parse it rebuilds from is wrong, the rebuilt
description reads as no clause: a noun read as a verb of its own ("Portugal named the cork oak its
national tree" parsed with "oak" a verb: "Portugal oak its national tree"), a relative clause read as
a clause of the verb before it ("... bark that last came off the same trees" with "came" a complement
of the verb: "The men oaks ... that last came off the same trees"), a clause in front of the verb it
hangs on told after it ("A petition gathered 4,200 signatures, after a neighbour wrote about it":
"X wrote a petition gathered 4,200 signatures"). The checks read the words the tool kept, over the
sentence's parse; only when one holds is the row told by the clause as written instead (the
trigger's own finite clause from its subject to the clause's end, its date phrase out, as the tool
leaves dates out elsewhere), or by the enclosing finite clause for a word with no subject of its own.

A literal clause is not used on every row: a paper study (docs/method/literal-clause-study.md)
found it breaks about as many right rows as it mends (a headless relative clause, a participle made
a passive), so it stands only where the rebuilt words show the rebuilding went wrong.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import SUBJECT_DEPS
from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACES = frozenset(("GPE", "LOC", "FAC", "ORG"))  # (a town the tagger took for a body: "Sligo")
_CLAUSE_PUNCT = frozenset((",", ";", ":", "—", "–", "(", "-"))


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("has been closed", "will start")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _noun_read_as_verb(kept: dict[int, Token]) -> Token | None:
    """A word of the description tagged a finite verb while it hangs on a verb as an open complement
    ("named the cork oak its national tree", "oak" an xcomp tagged VBP): a noun of the object read as
    a verb. The verb it hangs on, whose clause says it."""
    for token in kept.values():
        if token.dep_ == "xcomp" and token.tag_ in ("VBP", "VBZ") and token.head.i not in kept and \
                token.head.pos_ == "VERB" and token.i > token.head.i and \
                any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children) and \
                token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and token.doc[token.i - 1].dep_ == "dobj":
            return token.head
    return None


def _relative_read_as_complement(kept: dict[int, Token], words) -> bool:
    """A relative word ("that", "which", "who") of the description that is the subject of a clause
    the parser hung on a verb as its complement, not on the noun before it ("cutting bark that last
    came off the trees", "came" a ccomp of the main verb): told apart from its noun, the clause reads
    as none ("The men oaks ... that last came off")."""
    for token in kept.values():
        if token.tag_ not in ("WDT", "WP") or token.dep_ not in SUBJECT_DEPS or \
                token.lower_ not in words.relative_pronouns | words.wh_relatives:
            continue
        verb = token.head
        if verb.dep_ not in ("ccomp", "conj", "advcl") or verb.i not in kept or verb.head.i not in kept:
            continue
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.i not in kept:
            return True  # (its noun kept before it, "were bundling stalks that last came off ...", reads)
    return False


def _second_subject(kept: dict[int, Token], verb: Token) -> bool:
    """The verb has two subjects in the parse and the description keeps the farther one ("its lamps
    the only light on the water, and within minutes two fishermen were hauling crates": the lamps
    "were hauling crates"): a clause before it read as its subject."""
    subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2 or subjects[-1].i in kept or subjects[-2].i not in kept:
        return False
    # (two clauses joined: ", and within minutes two fishermen"; not an aside between commas, "A board
    # of 15 members, half of them nominated by councils, will be appointed")
    # ("Tatton, 81, and the residents of 37 other homes were told": one subject of two nouns)
    doc = verb.doc
    start = subjects[-1].left_edge.i
    between = doc[subjects[-2].right_edge.i + 1:start]
    joins = [t for t in doc[subjects[-2].i + 1:start] if t.dep_ == "cc" or t.pos_ == "CCONJ"]
    if joins and any(not t.is_punct for t in doc[joins[-1].i + 1:start]):
        return True  # ", and within minutes two fishermen were hauling"
    # "Only 98 stalls reopened this week; the rest are expected to be filled" (not an aside set off
    # by commas: "A board of 15 members, half of them nominated by councils, will be appointed")
    return any(t.text == ";" for t in between)


def _subjectless_complement(kept: dict[int, Token], words) -> bool:
    """A finite clause of the description opened by "that" with no subject of its own, hung on a
    verb as its complement ("had relied on a survey that did not measure ...", "on a survey" left
    out with its date): the relative clause of a noun the description lost ("had relied that did
    not measure")."""
    for token in kept.values():
        if token.dep_ not in ("ccomp", "advcl") or token.pos_ not in ("VERB", "AUX") or token.head.i not in kept:
            continue
        if any(c.dep_ in (*SUBJECT_DEPS, "expl", "csubj", "csubjpass") for c in token.children):
            continue
        if not _finite(token):
            continue
        opener = next((c for c in token.children if c.dep_ == "mark"), None)
        if opener is None or opener.i not in kept or opener.lower_ not in words.relative_pronouns:
            continue
        before = token.doc[opener.i - 1] if opener.i > 0 else None
        while before is not None and before.is_punct and before.i > 0:
            before = token.doc[before.i - 1]
        if before is not None and before.i not in kept:
            return True
    return False


def _fronted_clause_told_after(kept: dict[int, Token], words) -> bool:
    """A finite clause with its own subject that stands before the verb it hangs on ("The bus pulled
    up at 9:15 a.m., and three women were stamping snow off their boots", "pulled" parsed as a
    complement of "stamping"), while that verb has an object of its own: two clauses run
    together ("The women were stamping snow the bus pulled up"). A saying verb's fronted clause
    ('"...," Hale said') is the tool's own "Hale said ..." and stays."""
    for token in kept.values():
        if token.dep_ != "ccomp" or token.tag_ not in FINITE_TAGS or token.head.i not in kept:
            continue
        head = token.head
        if token.i > head.i or head.lemma_.lower() in words.saying_verbs:
            continue
        if not any(c.dep_ == "dobj" and c.i in kept for c in head.children):
            continue  # ("No party won a majority, final results showed": "Final results showed no party won")
        if not any(c.dep_ in SUBJECT_DEPS and c.i in kept for c in token.children):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.i in kept for c in head.children):
            continue
        return True
    return False


def _date_participle(pred: Token, span, words) -> bool:
    """A participle that opens a date and says nothing else, hung on a place ("a course at a college
    in Inverness starting in March"): told as a clause of the place ("A college in Inverness will
    start"), it gives the date to a wrong subject; the clause it dates is the enclosing one. (On
    a noun that can start, "in a trial scheme starting in March", round 52c's "A trial scheme will
    start" stays.)"""
    if pred.tag_ != "VBG" or pred.dep_ != "acl" or pred.lower_ not in words.regime_start_preps:
        return False
    noun = pred.head
    if noun.ent_type_ not in _PLACES and not any(  # (a place, or a noun set in a named place)
            c.dep_ == "prep" and c.lower_ in words.place_name_preps and c.i < pred.i and
            any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in _PLACES for o in c.children)
            for c in noun.children):
        return False
    dated = set(range(span.start, span.end))
    return bool(dated) and all(c.is_punct or all(t.i in dated or t.i == c.i for t in c.subtree)
                               for c in pred.children)


def _clause_on_noun(pred: Token, chain: list[Token]) -> Token | None:
    """A clause the parser hung on a noun as an adverbial clause, the noun the sentence's root ("The
    last World Cup race before the Olympics is scheduled for next weekend", no main verb found: "The
    Olympics is scheduled"): the noun, whose phrase is the subject as written."""
    top = chain[0] if chain else pred
    head = top.head
    if top.dep_ == "advcl" and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "ROOT" and head.i < top.i and \
            any(c.dep_ == "mark" for c in top.children) and any(c.dep_ in SUBJECT_DEPS for c in top.children):
        return head
    return None


def _clause_end(verb: Token, bounds: tuple[int, int]) -> int:
    """The last token index of the verb's clause as written: its subtree's end within the segment,
    cut before the first comma (or dash, semicolon) that hangs on the verb after it or opens a
    conjoined or subordinate clause ("... in 2016, and that will not be ready again": up to 2016)."""
    end = min(verb.right_edge.i, bounds[1])
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.left_edge.i <= end:
            end = child.left_edge.i - 1  # ("would introduce body cameras ... and would double the fines")
            break
    for i in range(verb.i + 1, end + 1):
        token = doc[i]
        if token.text not in _CLAUSE_PUNCT:
            continue
        following = doc[i + 1] if i + 1 <= end else None
        if token.head.i == verb.i or following is None or following.dep_ in ("cc", "mark") or \
                following.pos_ == "SCONJ":
            return i - 1  # (", and had never considered ...": another clause's)
    return end


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, the nearest before it ("its headlights ..., and within a minute three
    women were stamping": the women)."""
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ in SUBJECT_DEPS), None) or \
        next((c for c in verb.rights if c.dep_ in SUBJECT_DEPS), None)


def _clause_start(verb: Token, bounds: tuple[int, int]) -> int:
    """The first token index of the verb's clause from its subject: the subject's left edge (or the
    verb's left edge), within the segment, past an opening conjunction or comma."""
    subject = _subject(verb)
    start = subject.left_edge.i if subject is not None else verb.i
    start = max(start, bounds[0])
    doc = verb.doc
    while start < verb.i and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")):
        start += 1
    return start


def _dated_words(tokens: list[Token], dated: set[int]) -> set[int]:
    """The row's time expression's words among `tokens`, with a preposition left with nothing but
    the date ("in 2011", "on Sunday evening"), as the tool leaves the date out of its description."""
    out = {t.i for t in tokens if t.i in dated}
    for token in tokens:
        if token.dep_ in ("prep", "agent") and token.pos_ == "ADP" and token.i not in out:
            objects = [t for t in token.subtree if t.i != token.i]
            if objects and all(t.i in out for t in objects):
                out.add(token.i)
    return out


def literal_clause(span, pred: Token, chain: list[Token], tokens: list[Token], bounds: tuple[int, int],
                   words) -> tuple[list[Token], list[Token]] | None:
    """The tokens of the clause as written (and its subject's tokens) to tell the row by, when the
    description built from `tokens` reads as no clause (module doc); else None."""
    if not tokens:
        return None
    kept = {t.i: t for t in tokens}
    noun = _clause_on_noun(pred, chain)
    if noun is not None:  # "The last World Cup race before the Olympics is scheduled in Oberhof"
        top = chain[0] if chain else pred
        end = _clause_end(top, bounds)
        dated = _dated_words([*top.subtree], set(range(span.start, span.end)))
        clause = [t for t in noun.doc[max(noun.left_edge.i, bounds[0]):end + 1] if t.i not in dated]
        return _trimmed(clause, top, [t for t in clause if t.i < top.i and t.i in {s.i for s in noun.subtree}])
    participle = pred.i if _date_participle(pred, span, words) else None
    verb = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX")), None) if participle is not None \
        else _noun_read_as_verb(kept)
    if verb is None:
        if _relative_read_as_complement(kept, words) or _subjectless_complement(kept, words) or \
                _fronted_clause_told_after(kept, words) or _second_subject(kept, chain[0] if chain else pred):
            verb = chain[0] if chain else pred
        else:
            return None
    while verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        # a participle or infinitive with no subject of its own: the enclosing finite clause
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "acl", "advcl", "conj", "relcl", "ccomp"):
            return None
        verb = verb.head
    if not bounds[0] <= verb.i <= bounds[1]:
        return None
    start, end = _clause_start(verb, bounds), _clause_end(verb, bounds)
    frame = verb.head
    if verb.dep_ == "ccomp" and frame.i < verb.i and frame.i in kept and frame.lemma_.lower() in words.saying_verbs:
        start = min(start, _clause_start(frame, bounds))  # "Judge X said the council had relied on ..."
    clause = [verb.doc[i] for i in range(start, end + 1)]
    dated = _dated_words(clause, set(range(span.start, span.end)) - {verb.i}) \
        if not span.start <= verb.i < span.end else set()
    clause = [t for t in clause if t.i not in dated and t.i != participle]
    subject = _subject(verb)
    return _trimmed(clause, verb, [t for t in clause if subject is not None and t.i in {s.i for s in subject.subtree}])


def _trimmed(clause: list[Token], verb: Token, subject_tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """The clause without a closing comma, conjunction or bare preposition, and its subject's tokens;
    None for a clause of less than three words or without its verb."""
    while clause and (clause[-1].is_punct or clause[-1].dep_ in ("cc", "mark", "prep", "agent")):
        clause.pop()
    if len(clause) < 3 or not any(t.i == verb.i for t in clause):
        return None
    return clause, subject_tokens
