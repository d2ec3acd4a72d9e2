"""Parses that garble a relative clause (docs/events.md, "Garbled relative clauses"; the fifth blind
sample's "Them said the Norwegian charity" and "Supply farms on the Chaouia plain were ...").

* A subject in the object case ("the charity that employs them said on Wednesday" parsed with "them"
  the subject of "said") is a misparse: its words read "Them said the charity". No row.
* A noun in the object or phrase of a verb still to come, the verb dated ("will present the results
  at the ... Conference in Toronto later this month"), is told by the verb's clause, not as a noun
  phrase `occurred` (`verb_of_dated_object`).
* A relative clause whose relative word the parser made the object of a preposition after it ("the
  dams that supply farms on the plain were less than 15 percent full" parsed as "that ... on", with
  "supply" a noun and "farms" the subject of "were") has lost its noun: its words read "Supply farms
  on the plain were ...". No row. Only a preposition inside a noun phrase: one of the verb ("which
  its members voted down in April", "which" parsed as the object of "in") leaves the clause whole.
* An adjective after a subject conjoined with a noun ("when a gate jammed and shipping stopped",
  "jammed" read as the gate's adjective, "shipping" its conjunct) runs two clauses together: the
  row would read "A gate jammed stopped". No row (`spliced_clauses`).
* A relative word left standing as an argument once its clause is told alone ("a fraud database,
  which the justice ministry said it would consider later this year" -> "Justice ministry would
  consider which"): the antecedent, what is considered, is lost; no row (`bare_relative`). Round 49:
  so too where the parser read no relative clause at all, "which" after a comma made the object of
  a verb of its own and left the description's last word ("until the audit is finished, which the
  board expects in May" -> "The audit expects which").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "oprd")


def object_case_subject(tokens: list[Token]) -> bool:
    """Whether a subject among the description's words (`tokens`) is a pronoun in the object case."""
    return any(t.dep_ in _SUBJECTS and t.tag_ == "PRP" and "Acc" in t.morph.get("Case") for t in tokens)


def spliced_clauses(tokens: list[Token]) -> bool:
    """Whether a subject among the description's words has an adjective after it conjoined with a noun:
    "when a gate jammed and shipping stopped" parsed with "jammed" an adjective of "gate" and
    "shipping" its conjunct, so the row reads "A gate jammed stopped"; or a past verb hung on it as a
    participle with a conjunct ("a sluice jammed and boating stopped": "A sluice stopped"): two
    clauses run together, the second's subject lost. No row."""
    return any(c.i > t.i and c.dep_ in ("amod", "acl") and (c.dep_ == "amod" or c.tag_ == "VBD") and any(
        g.dep_ == "conj" and (g.pos_ in ("NOUN", "PROPN") or c.dep_ == "acl" and g.tag_ == "VBG") for g in c.children)
        for t in tokens if t.dep_ in _SUBJECTS for c in t.children)  # not "founded in 1990 and based in Lyon"


def bare_relative(description: str, tokens: list[Token]) -> bool:
    """Whether the description keeps, as a word of its own, a relative word that is an argument of its
    clause ("which", "who", "that" opening a relative clause) while the noun it stands for is not among
    its words (module doc). An open question's word ("asked who would pay") opens no relative clause
    and stays."""
    written = {w.strip(".,;:!?\"'()").lower() for w in description.split()}
    kept = {t.i for t in tokens}
    for token in tokens:
        if token.tag_ not in ("WDT", "WP") or token.dep_ not in _ARGUMENTS or token.lower_ not in written:
            continue
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            # ", which the board expects": a relative clause the parser did not read as one (round 49)
            # ("which" the description's last word: "... worsened after Russia's invasion of Ukraine
            # which Minsk supported" keeps the clause it hangs on and stays)
            if token.tag_ == "WDT" and token.dep_ == "dobj" and token.i > 0 and token.i < token.head.i and \
                    token.doc[token.i - 1].text == "," and \
                    description.rstrip(" .").rsplit(" ", 1)[-1].lower() == token.lower_:
                return True
            if token.tag_ == "WDT" and token.dep_ in _SUBJECTS and 0 < token.i < token.head.i - 1 and \
                    token.doc[token.i - 1].text == "," \
                    and token.doc[token.i + 1].dep_ in _SUBJECTS:
                return True  # "..., Haworth said, which she thought unlikely": "Haworth thought which unlikely" (round 61a)
            continue
        if clause.head.i in kept:
            continue
        opener = token.head if token.dep_ == "pobj" else token
        if opener.i == clause.left_edge.i:
            return True
    return False


def stranded_relative(pred: Token) -> bool:
    """Whether `pred` is a relative clause's verb whose relative word is the object of a preposition
    after it inside a noun phrase (module doc). A preposition of the verb itself is a relative word
    moved to the front ("which its members voted down in April" parsed with "which" the object of
    "in"): the clause reads right without it."""
    if pred.dep_ != "relcl":
        return False
    return any(t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" and t.head.i > t.i and t.head.head.i != pred.i
               for t in pred.subtree if t.i < pred.i)


def verb_of_dated_object(span, pred: Token, words: EventWords) -> Token | None:
    """The verb a time expression dates when the row's event is a noun in that verb's object or
    phrase ("plans to apply for approval in the United States and Europe before the end of the year",
    "will present the full results at the Alzheimer's Association International Conference in Toronto
    later this month"): told alone the noun reads as a finished event ("Approval in the United States
    and Europe", `occurred`); the verb's clause says what is dated, with its status. Only a date
    attached to the verb itself (or by its preposition, or a bare date the parser hung on the noun),
    a verb above the noun, and a verb still to
    come: with a modal ("will present") or under a verb of planning or expecting ("plans to apply").
    A past verb keeps its noun ("has been arrested in connection with the bombings ... last year":
    the parser hangs the bombings' date on the arrest); None otherwise."""
    if pred.pos_ not in ("NOUN", "PROPN") or pred.dep_ not in ("pobj", "dobj") or span.start <= pred.i < span.end:
        return None  # (a noun dated by itself: "two days before the vote")
    root = span.root
    verb = root.head if root.dep_ in ("npadvmod", "advmod", "tmod") else \
        root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if verb is not None and verb.i == pred.i and root.dep_ == "npadvmod":
        # "at the ... Conference in Toronto later this month": a bare date the parser hung on the noun
        verb = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or verb.i == root.i:
        return None
    coming = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or \
        verb.dep_ == "xcomp" and words.control_verbs.get(verb.head.lemma_.lower()) in ("planned", "expected")
    return verb if coming and any(a.i == verb.i for a in pred.ancestors) else None


def headless_predicate(description: str, tokens: list[Token]) -> bool:
    """Whether the description opens with a predicate verb whose subject it does not say: "Held after
    the collapse of the islands' largest bank", "Attacked Poland and World War II broke out",
    "Launched an offensive in Mosul", "Surrendering", "Will publish the next results" (a conjunct's modal), "Is not expected to happen
    before Friday" (a finite auxiliary whose verb's subject is a relative word left out, round 68c), "May take place" (a modal's clause whose
    subject the parse lost), "Whom start work" (a relative or wh-word left as the subject of a clause
    that is a preposition's object). The subject was lost to the parse (a participle
    clause, a conjunct, a subject in another sentence) and the row cannot say who did what; a gerund or
    a participle that is itself the subject or a modifier ("Fighting between the group and the army
    has forced ...", "Frozen airspeed sensors caused ...", "Trading opened", "According to") is no predicate here."""
    first = description.split(" ", 1)[0].strip(",;:") if description else ""
    verb = next((t for t in tokens if t.text == first or t.text.lower() == first.lower()), None)
    if verb is not None and verb.tag_ == "MD" and verb.dep_ == "aux" and verb.head.pos_ in ("VERB", "AUX"):
        # "Will publish the next results": a conjunct whose first clause lost its subject to the parse;
        # "Would have won gold ...": a relative clause whose "that" (a time) is cut
        kept = {t.i for t in tokens}
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        # "May take place" ("her operation may take place", the subject parsed as the object of
        # "told"): a modal's verb with no subject at all has lost it to the parse, whatever its place
        return not subjects or not any(c.i in kept for c in subjects)
    if verb is not None and verb.tag_ in ("VBZ", "VBP") and verb.dep_ in ("aux", "auxpass") and \
            verb.head.pos_ in ("VERB", "AUX"):
        # "Is not expected to happen before Friday" ("..., which is not expected to happen before
        # Friday"), "Has not kept up with inflation" ("a pay deal that both sides say has not kept up
        # ..."): a finite auxiliary opens the row, its verb's only subject a relative word left out
        # and nothing told in its place (round 68c; a past "Was", "Had" goes below, whatever its
        # subject). A subject the parse lost altogether ("Tin, used in solder, has doubled in price":
        # 'Tin' read as an interjection) keeps its row, as before.
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        return bool(subjects) and all(c.tag_ in ("WDT", "WP") and c.i not in {t.i for t in tokens} for c in subjects)
    if verb is not None and verb.tag_ in ("WP", "WDT") and verb.dep_ in _SUBJECTS and verb.head.dep_ == "pcomp":
        # "Whom start work" ("the first of whom start work"), "What was left of the pier" ("stood on
        # what was left of the pier"): a relative or wh-word the subject of a clause that is the object of
        # a preposition: the clause names a thing or a person, and the row says no event
        return True
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBN", "VBD", "VBG"):
        return False
    if verb.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "amod", "compound", "pcomp", "pobj", "prep"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    # "Was unlikely" ("tests come back clean, which officials said was unlikely before mid-February"):
    # a relative word the verb's only subject, left out of the row with nothing told in its place
    return not subjects or all(c.tag_ in ("WDT", "WP") and c.i not in {t.i for t in tokens} for c in subjects)


def relative_of_dated_noun(span, pred: Token) -> Token | None:
    """The verb of the relative clause that tells what a noun dated by its own modifier did (round 46b;
    the thirty-ninth blind sample's "The epidemic" for "bred after the 1973 epidemic, which cost
    farmers an estimated 200 million Australian dollars at the time"): the noun told alone has no verb;
    its relative clause, a past verb whose subject is the relative pronoun, says what happened on that
    date ("The 1973 epidemic cost farmers an estimated 200 million Australian dollars"). Only a date
    before the noun that modifies it ("the 1973 epidemic", "last year's flood") and a relative clause
    after a comma with no date of its own; None otherwise."""
    if pred.pos_ != "NOUN" or not span.end <= pred.i or span.root.head.i != pred.i or \
            span.root.dep_ not in ("nummod", "compound", "amod", "npadvmod", "poss"):
        return None
    verb = next((c for c in pred.children if c.dep_ == "relcl" and c.i > pred.i), None)
    if verb is None or verb.tag_ != "VBD" or verb.left_edge.i < 1 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("WDT", "WP") or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    return verb


def date_read_as_clause(tokens: list[Token], timex: set[int], words: EventWords) -> bool:
    """Whether a subject among the description's words is a date alone that opens right after a
    preposition of time the parser read as a conjunction ("a spell of frost since New Year had cracked
    the pipes" parsed as "since [New Year had cracked the pipes]"): the row would read "New Year had
    cracked the pipes", the date made the doer and the real one ("a spell of frost") lost. No row
    (round 50). Only a subject that is one of the time expressions (`timex`: their token indices)
    and a verb with an object: "since the season opened" is a clause of its own."""
    for t in tokens:
        if t.dep_ not in _SUBJECTS or t.i not in timex or t.i == 0:
            continue
        if not any(c.dep_ == "dobj" for c in t.head.children):
            continue  # "since the season opened on Sept. 21": a clause whose subject names a time
        left = t.left_edge
        before = t.doc[left.i - 1] if left.i > 0 else None
        if before is None or before.dep_ != "mark" or before.head.i != t.head.i or \
                before.lower_ not in words.sequence_preps:
            continue
        if all(w.i in timex for w in t.subtree if not w.is_punct):
            return True
    return False


def relative_as_second_object(pred: Token, tokens: list[Token]) -> bool:
    """Whether a relative word ("that", "which") is read as the object of a verb that has an object of
    its own ("a storm front that forecasters expect to hit the coast on Monday" parsed with "that" the
    object of "hit" beside "the coast"): the relative word is the subject of the infinitive ("expect
    the front to hit the coast"), and told with its noun in the object's place the row reads
    "Forecasters expect to hit a storm front the coast". No row (round 50)."""
    verbs = {pred.i: pred} | {t.i: t for t in tokens if t.pos_ in ("VERB", "AUX")}
    for verb in verbs.values():
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # ("that" may be tagged a conjunction, IN: no object either way)
        if len(objects) > 1 and any(c.tag_ in ("WDT", "WP", "IN") and c.i < verb.i for c in objects):
            return True
    return False


def relative_object_of_saying(pred: Token, tokens: list[Token]) -> bool:
    """Whether the row tells a relative clause whose verb of saying has both the relative word as its
    object and a clause of what was said ("a proposal that the government said in September it would
    consider", "the offer, which the firm said last week it would not improve"): the relative word is
    the object of the said clause's verb, the parser hung it on the saying. Told on the saying, the
    row puts the noun where the said clause should be ("The airport said a measure it would oppose");
    told on the said verb, it loses what was considered and takes the saying's date ("The government
    would consider" in September). No row (round 57a); a subject relative ("the firm, which said on
    Monday it would cut 300 jobs") is the noun's own saying and stays."""
    for verb in [pred, pred.head, *tokens]:
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
            continue
        children = list(verb.children)
        if any(c.dep_ == "ccomp" for c in children) and \
                any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP", "IN") and c.i < verb.i for c in children) and \
                (verb.i == pred.i or verb.i in {t.i for t in tokens} or pred.dep_ == "ccomp" and pred.head.i == verb.i):
            return True
    return False


def unread_relative_object(pred: Token, tokens: list[Token]) -> bool:
    """Whether a relative clause among the row's words has a subject of its own while its relative
    word hangs loose on the noun ("the permit, which the two councils expect by March" parsed with
    "which" a bare `dep` of "permit", outside the clause "the two councils expect"): the noun is what
    the clause's verb is about, not its doer, yet the row tells the noun as the subject and drops the
    clause's own one: "The permit expect". No row (round 50)."""
    for verb in [pred, *tokens]:
        if verb.dep_ != "relcl" or verb.head.i > verb.i:
            continue
        noun = verb.head
        if not any(c.dep_ == "dep" and c.tag_ in ("WDT", "WP") and noun.i < c.i < verb.i for c in noun.children):
            continue
        if any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in verb.children):
            return True
    return False


def question_read_as_subject(pred: Token) -> bool:
    """Whether the subject of the row's verb `pred` holds an embedded question the parser split
    into two objects of its preposition ("a plan of which classrooms will be rebuilt next summer"
    parsed with "which" and "classrooms" both objects of "of", and "plan" the subject of "rebuilt"):
    the row would read "A plan of classrooms will be rebuilt", the plan made what is rebuilt. No row
    (round 50); the question's noun told as its clause's subject ("Classrooms will be rebuilt") is
    the other parse and stays, as does the row of a verb above ("will meet to show parents a plan of
    which classrooms will be rebuilt")."""
    for t in pred.children:
        if t.dep_ not in _SUBJECTS:
            continue
        for prep in t.children:
            if prep.dep_ != "prep":
                continue
            for w in prep.children:
                if w.dep_ == "pobj" and w.tag_ in ("WDT", "WP") and w.i + 1 < len(w.doc):
                    after = w.doc[w.i + 1]
                    if after.dep_ == "pobj" and after.head.i == prep.i:
                        return True
    return False



def dropped_conjunctions(tokens: list[Token]) -> list[tuple[Token, Token]]:
    """The conjunctions a description leaves out between two verbs it keeps as conjuncts (round 66c):
    "The panel would review the pilot in the autumn and decide whether to ..." told "The panel would
    review the pilot decide whether to ...", "and" gone with the date phrase before it; the row
    runs two clauses together unless the conjunction is put back. For each such pair, the
    conjunction ("and", "or", "but") the parse hangs on either verb, nearest the second, with the
    second verb; none when
    a conjunction between them is kept, or when there is none ("rose, fell and rose again": the
    comma's pair is not asked)."""
    kept = {t.i for t in tokens if t is not None}
    found = []
    for verb in tokens:
        if verb is None or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.i not in kept \
                or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            continue
        joins = [c for side in (verb.head, verb) for c in side.children
                 if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
        if joins and not any(c.i in kept for c in joins):
            found.append((max(joins, key=lambda c: c.i), verb))
    return found
