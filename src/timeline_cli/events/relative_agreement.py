"""A relative clause's subject that the parse's noun cannot be (round 72c, docs/events.md).

The parser hangs a subject "which"/"that"/"who" on the nearest noun, often the one inside a
preposition's phrase of the noun the clause is about, and the row tells that nearer noun as the doer
("free entry for under-18s, which was introduced this year" -> "Under-18s was introduced"). The older
rules (antecedents.py, relative_number.py) weigh a common noun's number and a few kinds of verb; two
signs they leave are read here, each from the parse and the words as written, never from a list of
nouns:

* number, where the tagger's number is no guide: a plural written with a figure ("under-18s",
  "over-65s": tagged a singular noun or a name) or a place's singular name ("incursions into Romania,
  which were repulsed") whose verb's number ("was"/"were", "has"/"have", read from the morphology) is not
  its own. The antecedent is the one noun up the phrase that agrees, told with its whole phrase ("Free
  entry for under-18s was introduced"); with none or more than one, a figure's plural is unsure (no
  row) and a name stands. A name ending in "s" ("Eastern Airlines, which is"), a team's or a firm's
  ("fans of Arsenal, who were beaten": British news gives it a plural verb) or a coordinated noun
  ("Kenya and Tanzania, which boast") is never weighed;
* a threshold: a measure after "above"/"below" (the pack's `comparison_preps`) is where a thing
  stands, never what a clause tells of ("nest temperatures above 4 degrees Celsius, which were
  recorded on ..."): the noun right before the preposition is the antecedent, with its phrase; when
  a verb stands there instead ("closes whenever the river rises above 6 metres, which happened on 41
  days") the antecedent is the whole clause before the comma, which a row cannot name: unsure (the
  relative word is kept, and unresolved.py leaves the row out) rather than "6 metres happened".

A possessive "whose" the parser read as the subject itself, or hung on a word it took for an adverb
("a wine grower whose own well ran dry": "well" an adverb) is `misread_whose`: the words written
between "whose" and the clause's verb are what is owned, and the row reads "A wine grower's own well
ran dry", never "A wine grower ran dry".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_FIGURE_PLURAL = re.compile(r"\d'?s$")  # "under-18s", "over-65s", "the 1990s"
_MEASURES = ("QUANTITY", "PERCENT", "MONEY")


def _written_number(noun: Token) -> str | None:
    """The number a noun the tagger's number does not settle shows as written: "Plur" for a plural
    written with a figure ("under-18s", tagged a singular noun or a name), "Sing" for a place's name not
    ending in "s" ("Romania"); None for other nouns (the common noun's own number is relative_number.py's),
    for a name ending in "s" ("Eastern Airlines", "the United Nations": singular or plural) and for a
    team's or a firm's, which British news gives a plural verb ("Arsenal, who were")."""
    if _FIGURE_PLURAL.search(noun.text):
        return "Plur"
    if noun.pos_ != "PROPN" or noun.ent_type_ not in ("GPE", "LOC", "FAC") or noun.lower_.endswith("s"):
        return None  # a team's or a firm's name may take "were" ("fans of Arsenal, who were beaten")
    return "Sing"


def _coordinated(noun: Token) -> bool:
    """"Kenya and Tanzania", "the growth of the movement and church groups": a noun of a list."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)


def _agreeing_owner(noun: Token, number: str) -> Token | None:
    """The one common noun up the phrase holding `noun` whose number is `number`; None with none or
    more than one."""
    from .relative_number import _up_the_phrase
    found = [o for o in _up_the_phrase(noun) if o.pos_ == "NOUN" and not o.ent_type_ and
             o.tag_ == ("NNS" if number == "Plur" else "NN")]
    return found[0] if len(found) == 1 else None


def _number_clash(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The noun up the phrase a relative clause's verb agrees with, when the parse's noun is a plural
    written with a figure or a singular name that the verb's number rules out (module doc)."""
    from .relative_number import verb_number
    noun = clause.head
    if _coordinated(noun):
        return None
    number = _written_number(noun)
    verb = verb_number(clause, words)
    if number is None or verb is None or number == verb:
        return None
    owner = _agreeing_owner(noun, verb)
    if owner is None and number == "Plur":
        return pronoun  # "cheaper tickets for under-18s, which was approved": neither; unsure
    return owner  # (a name with a plural verb and no noun to take it: "a win over Leeds, who were" is theirs)


def _threshold(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a thing's relative word (the tag WDT: "which", "that") hung on a measure after "above"/"below":
    the noun right before the preposition, or `pronoun` (unsure) when a verb stands there (the clause
    is the antecedent); None otherwise."""
    noun = clause.head
    prep = noun.head
    if pronoun.tag_ != "WDT" or prep.dep_ != "prep" or prep.lower_ not in words.comparison_preps or \
            not (noun.ent_type_ in _MEASURES or any(c.dep_ == "nummod" for c in noun.children)):
        return None
    if prep.i == 0:
        return None
    before = noun.doc[prep.i - 1]
    if before.pos_ == "NOUN" and not before.ent_type_ and before.dep_ not in ("compound", "amod") and \
            before.tag_ in ("NN", "NNS"):
        from .relative_number import number_clash, verb_number
        if number_clash(verb_number(clause, words), before):
            return pronoun  # "pushed prices above $5, which was a record": the pushing, unsure
        return before  # "nest temperatures above 4 degrees Celsius, which were recorded": the temperatures
    if prep.head.i == before.i and before.pos_ in ("VERB", "AUX"):
        return pronoun  # "the river rises above 6 metres, which happened on 41 days": the rising, unsure
    return None


def _agrees(noun: Token, number: str | None) -> bool:
    return number is None or (number == "Plur") == (noun.tag_ in ("NNS", "NNPS"))


def _animacy_clash(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The noun up the phrase a "which" or "who" stands for when the parse's noun is of the other kind:
    a "which" hung on a person's name ("a letter from Anna Lindqvist, which was written in 1944") is the
    nearest thing's before it (only a full name, given name and surname, in the phrase of that thing
    itself: the tagger calls many a one-word town a person, "made for Garkem, which was captured"), a "who" hung on a body's noun (the pack's `generic_orgs`, `acting_bodies`,
    `public_body_words`: "a lawyer for the bank, who was appointed") the nearest person's; None when that noun is not of the right kind or number. A "which" clause with
    an object of its own is left as parsed: a company may bear a person's name ("a deal with Philip
    Morris, which makes ...")."""
    from .actors import may_be_person
    from .relative_number import _up_the_phrase, verb_number
    noun = clause.head
    if _coordinated(noun):
        return None
    up = _up_the_phrase(noun)
    if not up:
        return None
    owner = up[0]
    number = verb_number(clause, words)
    if pronoun.lower_ in words.thing_relatives:
        if noun.pos_ != "PROPN" or noun.ent_type_ != "PERSON" or owner.pos_ != "NOUN" or owner.ent_type_ or \
                noun.head.head.i != owner.i or \
                not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in noun.children) or \
                any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "dative") for c in clause.children):
            return None  # (only a full name, given and family: the tagger calls many a town a person)
        return owner if _agrees(owner, number) and owner.i < noun.i else None
    if pronoun.lower_ in words.person_relatives:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.ent_type_ or may_be_person(noun, words) or lemma in words.generic_people or \
                lemma not in words.generic_orgs | words.acting_bodies | words.public_body_words:
            return None  # only a body's noun is surely no person ("the wife of the victim, who": either)
        person = owner.pos_ == "NOUN" and not owner.ent_type_ and may_be_person(owner, words) or \
            owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON"
        if not (person and _agrees(owner, number) and owner.i < noun.i):
            return None
        if owner.pos_ == "NOUN" and owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and owner.head.ent_type_ == "PERSON":
            return owner.head  # "Marco Ruiz, the leader of the gang, who was convicted": the name (round 73b)
        return owner
    return None


def agreeing_antecedent(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The antecedent of a relative clause's subject word `pronoun` when the parse's noun cannot be it
    by number or as a threshold (module doc): a better noun, `pronoun` itself when unsure, or None when
    these signs say nothing."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.tag_ not in ("WDT", "WP") or \
            clause.head.dep_ != "pobj" or clause.head.head.dep_ != "prep" or clause.head.i > pronoun.i:
        return None
    return _threshold(clause, pronoun, words) or _number_clash(clause, pronoun, words) or \
        _animacy_clash(clause, pronoun, words)


def misread_whose(verb: Token) -> Token | None:
    """The word a relative clause's possessive "whose" hangs on, as its subject, when the clause's verb
    has no subject and the "whose" stands before it on a word the parser did not read as a noun ("a
    wine grower whose well ran dry": "well" an adverb of "ran"); None otherwise."""
    if verb.dep_ not in ("relcl", "conj") or verb.dep_ == "conj" and verb.head.dep_ != "relcl" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None  # (a second clause "who leads the collective and whose own well ran dry" too)
    whose = next((t for t in verb.lefts for t in t.subtree if t.tag_ == "WP$"), None)
    if whose is None or whose.dep_ != "poss" or whose.head.head.i != verb.i or whose.head.i >= verb.i:
        return None
    return whose.head


def owned_words(subject_tokens: list[Token], verb: Token, words: EventWords) -> list[Token]:
    """The words written between a possessive relative word of the subject and its clause's verb group
    that the subject's phrase lacks ("whose own well ran dry": "well", read as an adverb of "ran"): what
    is owned is told whole (module doc)."""
    whose = next((t for t in subject_tokens if t.lower_ in words.possessive_relatives), None)
    if whose is None or whose.i >= verb.i:
        return []
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > whose.i)])
    if start - whose.i > 4:
        return []
    have = {t.i for t in subject_tokens}
    between = [verb.doc[i] for i in range(whose.i + 1, start)]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PRON") for t in between):
        return []
    return [t for t in between if t.i not in have and t.head.i == verb.i and t.dep_ == "advmod"]


def threshold_words(subject: Token | None, verb: Token, words: EventWords) -> list[Token]:
    """The threshold's phrase ("above 4 degrees Celsius") a relative clause's antecedent chosen by
    `_threshold` is told with when the parser hung that phrase elsewhere (on a verb): "Nest
    temperatures above 4 degrees Celsius were recorded", not "Temperatures were recorded"."""
    if subject is None or verb.dep_ != "relcl" or subject.i >= verb.head.i or subject.i + 1 >= len(subject.doc):
        return []
    prep = subject.doc[subject.i + 1]
    noun = verb.head
    if noun.head.i != prep.i or prep.head.i == subject.i:
        return []
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")), None)
    chosen = agreeing_antecedent(verb, pronoun, words) if pronoun is not None else None
    if chosen is None or chosen.i != subject.i:
        return []
    return [prep, *(t for t in noun.subtree if t.i < noun.i or t.i == noun.i)]
