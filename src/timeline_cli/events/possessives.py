"""Possessive determiners inside a description: "A parliamentary committee found that her department
had awarded contracts" -> "... that Niamh Carrow's department had awarded contracts" (docs/events.md,
"Subject resolution").

A subject's own possessive ("Its net income rose") is written by `actors.subject_substitutions`; this
module writes the others, in a reported clause or an object, when the text settles who they are:

* the antecedent is the one `actors.antecedent` finds for the possessive (the centering rule: the
  nearest subject that agrees, "his"/"her" a person, "its" an organisation);
* it is the only candidate in sight: no other person who may be "his"/"her" (by the titles that tell
  gender), or no other organisation for "its", is named from three sentences before the possessive up
  to it; two people who may both be "her" leave it as it is (a wrong name is worse than a pronoun);
* the subject of its own clause is not a pronoun or a common noun that may be what it stands for
  ("he will withdraw his troops", "The boy was placed with his uncle": the same one, twice named);
* the description does not already name it: "Fane accepted her resignation", with Fane the nearest
  subject, is most likely his own, and "Acme cut its prices" reads well as it is.

The antecedent is written in the description only; the row's actors keep their subject first.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import (
    MAX_SENTENCES,
    SUBJECT_DEPS,
    _agrees,
    _kind,
    _lower_article,
    _name,
    antecedent,
    may_be_person,
    previous_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords


def _window_start(token: Token, segments: Segments) -> int:
    """The first token of the sentence MAX_SENTENCES before `token`'s (or of the text)."""
    bounds = segments.span(token)
    start = bounds[0] if bounds else token.sent.start
    for _ in range(MAX_SENTENCES):
        previous = segments.before(start)
        if previous is None:
            break
        start = previous[0]
    return start


def _clause_owner_start(token: Token, key: str, kind: str, entities) -> int | None:
    """The start of the possessive's sentence when the subject of the nearest clause above it is the
    person the antecedent names ("Alaoui, who has sold half his goats, said two of his sons left":
    Alaoui): a "his" inside what that person says or does is theirs unless the same sentence names
    another who may be meant, whoever the sentences before named (a town the tagger took for a
    person there, "Agadir", no longer stands in the way). Else None."""
    if kind != "person":
        return None
    from .genders import _person, _subject_before, surname
    subject, start = _subject_before(token)
    if subject is None or start != token.sent.start:
        return None  # the sentence before's subject: any name in between may be meant
    person = _person(subject, entities)
    return start if person is not None and surname(person).casefold() == key.casefold() else None


def _rivals(token: Token, kind: str, entities, segments: Segments, words: EventWords,
            start: int | None = None) -> set[str]:
    """The distinct names in sight before `token` (from `start`, else from three sentences before) that
    the possessive may stand for: people who agree (by surname: "Niamh Carrow" and "Carrow" are one),
    or organisations."""
    names = set()
    for ent in entities.between(_window_start(token, segments) if start is None else start, token.i - 1):
        if ent.end > token.i:
            continue
        label = entities.label(ent)
        if kind == "person" and label == "PERSON" and _agrees(token, ent, entities, words):
            names.add(_name(ent, words).split()[-1].casefold())
        elif kind == "org" and label == "ORG":
            names.add(_name(ent, words).casefold())
    return names


def _own_subject_may_be_it(token: Token, kind: str, words: EventWords) -> bool:
    """Whether the subject of the possessive's own clause is a pronoun or common noun that may be what
    the possessive stands for: "he will withdraw his troops", "The boy was placed with his uncle" (the
    boy's uncle: writing the name there would only make two of one person)."""
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.head.i]
        if not subjects:
            continue  # no subject, or the possessive's own phrase ("her department had awarded"): go up
        subject = subjects[0]
        if subject.pos_ == "PRON":
            return _kind(subject, words) == kind or subject.lower_ in words.group_pronouns
        if subject.pos_ == "NOUN" and not subject.ent_type_:
            if kind == "person":
                return may_be_person(subject, words)
            return _kind(subject, words) is not None or subject.lemma_.lower() in words.generic_orgs
        return False
    return False


def possessive_substitutions(tokens: list[Token], subs: dict[int, str], entities, segments: Segments,
                             words: EventWords) -> dict[int, str]:
    """{token index: "Name's"} for the possessive determiners of a description that are not yet
    rewritten (`subs`: the rewrites already made), when the text settles who they are (module doc)."""
    out = {}
    # a name written for an object "it" is no sign of its own: "a run on its deposits left it unable to
    # repay" has one owner for both pronouns, found by the same rule
    objects_it = {t.i for t in tokens if t.pos_ == "PRON" and t.lower_ in words.neuter_pronouns and t.dep_ != "nsubj"}
    said = " ".join([t.text for t in tokens if t.i not in subs] +
                    [s for i, s in subs.items() if s and i not in objects_it]).casefold()
    for token in tokens:
        if token.i in subs or token.tag_ != "PRP$" or token.dep_ != "poss":
            continue
        kind = _kind(token, words)
        if kind not in ("person", "org"):
            continue
        from .conjoined_owner import conjoined_owner
        repeated = conjoined_owner(token, words) if kind == "org" else None
        if repeated:  # "the ferry's owner and its master": the ferry's (conjoined_owner.py)
            out[token.i] = words.possessive.format(repeated)
            continue
        if _own_subject_may_be_it(token, kind, words):
            continue
        name = antecedent(token, entities, segments, words)
        if not name and kind == "person":  # "the only route left open to him": the story's one man
            from .main_person import main_person
            name = main_person(token, entities, segments, words)
        if not name:
            thing = _thing_before_plural(token, entities, segments, words) if kind == "org" else None
            if thing:
                out[token.i] = words.possessive.format(thing.rstrip("."))
                said += " " + thing.casefold()
            continue
        key = name.split()[-1] if kind == "person" else name.split()[0]
        if re.search(rf"(?<!\w){re.escape(key.casefold())}(?!\w)", said):
            continue  # the description names it already: "Fane accepted her resignation" may be his own
        rivals = _rivals(token, kind, entities, segments, words, _clause_owner_start(token, key, kind, entities))
        mine = key.casefold() if kind == "person" else name.casefold()
        if rivals - {mine}:
            continue  # another person or company in sight may be the one meant
        out[token.i] = words.possessive.format(name.rstrip("."))
        said += " " + name.casefold()  # "through Slepian's kitchen window and into his back": named once
    return out


def apposed_owners(tokens: list[Token], subs: dict[int, str], entities, words: EventWords) -> dict[int, str]:
    """A possessive's phrase written as the person's name set beside it, when the description has cut
    the name: "Her husband, Derek Lane, who was working nights, brought the lawsuit" -> "Derek Lane
    brought the lawsuit" (the apposition is the same person, whoever "her" is; it overrides the
    resolvers' guess at "her"). Only a subject's: "founded it with her brother, Pieter" keeps "her
    brother", whose owner is the row's own subject. `subs`: rewrites that stand (none are passed: the name is surer)."""
    present = {t.i for t in tokens}
    out: dict[int, str] = {}
    for token in tokens:
        head = token.head
        if token.i in subs or token.tag_ != "PRP$" or token.dep_ != "poss" or head.i not in present or head.i in subs \
                or head.pos_ != "NOUN" or head.dep_ not in SUBJECT_DEPS:
            continue  # an object's "with her brother, Pieter" reads well as it is: only a subject
        appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        if appos is None or appos.i in present:
            continue
        ent = next((e for e in entities.between(appos.i, appos.i) if e.start <= appos.i < e.end), None)
        if ent is None or entities.label(ent) != "PERSON":
            continue
        for t in head.subtree:
            if t.i < head.i and t.i in present:
                out[t.i] = ""
        out[head.i] = _name(ent, words)
        doc, j = head.doc, head.i
        while j + 1 < len(doc) and not doc[j].whitespace_ and j + 1 in present and \
                (doc[j + 1].tag_ == "HYPH" or doc[j + 1].is_alpha and doc[j].tag_ == "HYPH"):
            out[j + 1] = ""  # "His brother-in-law, Paul Andrade": the name stands for the whole word
            j += 1
    return out


def _own_subject(token: Token) -> Token | None:
    """The subject of the clause the possessive is in (outside its own phrase)."""
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.head.i]
        if subjects:
            return subjects[0]
    return None


def _thing_before_plural(token: Token, entities, segments: Segments, words: EventWords) -> str | None:
    """An object "its" whose own clause has a plural common-noun subject, which cannot be "its": the
    singular subject before it that `actors.previous_subject` gives ("The bridge had been closing
    early since May, and engineers raised its weight limit" -> "the bridge's weight limit"; "The
    probe reached orbit in March. Controllers lost its signal" -> "The probe's signal"). A name, a
    person or a pronoun there, or a subject of the possessive's own clause that is not a plain plural
    noun, leave "its"."""
    if token.lower_ not in words.neuter_possessives:
        return None
    subject = _own_subject(token)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or subject.ent_type_ \
            or subject.i > token.i:
        return None
    found = previous_subject(token, entities, segments, words)
    if not found:
        return None
    text, _named = found
    return _lower_article(text, words)


def named_owners(owner_subs: dict[int, str], owner: str | None, tokens: list[Token], entities,
                 segments: Segments, words: EventWords) -> tuple[dict[int, str], str | None]:
    """A relative "whose" written as its antecedent's possessive (`clauses.possessive_relative_
    substitutions`) names the one the antecedent stands for when that is a generic noun the
    resolver settles: "The company, whose shares have lost a third of their value, laid off ..."
    gives "Corvane Inc's shares have lost ..." as the main clause's row gives "Corvane Inc laid off"
    (not "The company's shares"). Returns the substitutions and the owner's name for the actors."""
    out = dict(owner_subs)
    for token in (t for t in tokens if t.i in owner_subs):
        i = token.i
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None or clause.head.i == clause.i or clause.head.pos_ != "NOUN" or \
                _kind(clause.head, words) not in ("org-generic", "person"):
            continue
        name = antecedent(clause.head, entities, segments, words)
        if name:
            out[i] = words.possessive.format(name.rstrip("."))
            owner = owner or name
    return out, owner
