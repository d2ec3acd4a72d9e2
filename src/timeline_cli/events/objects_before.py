""""He" for the one man the sentence before acted on (docs/events.md, "Subject resolution").

"Police have arrested a man suspected of starting the fire, a spokeswoman said. He is due to appear
before a judge on Monday": no one is named, the subjects before ("police", "a spokeswoman") cannot be
"he", and the resolver of actors.py leaves "He". In centering terms the next-ranked mention of the
sentence before is its object: here the one man. `person_object_before` gives "The man" when nothing
else in sight could be "he":

* the pronoun is a subject "he"/"she" and the first subject of its sentence, which names no person
  before it;
* the sentence before names no person (no PERSON entity), and has exactly one noun that may be "he"
  or "she": an object (direct, or of a preposition) whose own word tells the same gender (the pack's
  `masculine_words` / `feminine_words`: "a man", "a woman", "a boy"), and no other noun there that may
  be a person of that gender ("a spokesman said", "the driver"; "a spokeswoman" cannot be "he");
* the object is introduced by "a", "an" or "the" (not "his son": a pronoun inside).

A role noun without a gender ("a suspect", "a driver") is not taken: "-er" nouns are as often things
("a tanker"), and a wrong antecedent is worse than "He".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "pobj")


def person_object_before(token: Token, entities, segments: Segments, words: EventWords) -> tuple[str, bool] | None:
    """("The man", False) for a subject "he"/"she" (see the module doc), else None."""
    from .actors import _pronoun_gender, may_be_person
    from .centered import _previous_segment
    gender = _pronoun_gender(token, words)
    if gender is None or token.tag_ != "PRP" or token.dep_ not in SUBJECT_DEPS:
        return None
    doc = token.doc
    bounds = segments.span(token)
    if bounds is None or any(doc[i].dep_ in SUBJECT_DEPS for i in range(bounds[0], token.i)):
        return None
    if any(entities.label(e) == "PERSON" for e in entities.between(bounds[0], token.i - 1) if e.start >= bounds[0]):
        return None
    before = _previous_segment(token, segments)
    if before is None:
        return None
    lo, hi = before
    if any(entities.label(e) == "PERSON" for e in entities.between(lo, hi) if e.start >= lo and e.end - 1 <= hi):
        return None
    same = words.masculine_words if gender == "m" else words.feminine_words
    other = words.feminine_words if gender == "m" else words.masculine_words
    found = []
    for t in doc[lo:hi + 1]:
        if t.pos_ != "NOUN" or t.ent_type_ or t.tag_ != "NN":
            continue
        lemma = t.lemma_.lower()
        if lemma in other or t.lower_ in other:
            continue  # "a spokeswoman" is no "he"
        if lemma in same or t.lower_ in same:
            found.append(t)
        elif may_be_person(t, words):
            return None  # "the driver", "a spokesman": who "he" is would be a guess
    if len(found) != 1 or found[0].dep_ not in OBJECT_DEPS:
        return None
    noun = found[0]
    left = [c for c in noun.children if c.i < noun.i]
    if not left or left[0].dep_ != "det" or left[0].lower_ not in words.articles:
        return None
    phrase = sorted([t for c in left[1:] if c.dep_ in ("amod", "compound", "nummod") for t in c.subtree] + [noun],
                    key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase) or phrase[0].i != left[0].i + 1 or \
            any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") or t.ent_type_ == "PERSON" for t in phrase):
        return None
    text = " ".join(["the", doc[phrase[0].i:noun.i + 1].text])
    return (text[:1].upper() + text[1:] if token.is_sent_start else text), False


def plural_thing_before(token: Token, words: EventWords) -> str | None:
    """What a direct object "them" stands for when its own sentence settles it: the one plural noun
    before it, a thing (no person, group, name or count of people): "Spain asked the EU for two more
    water-bombing planes, and Italy said it would send them" -> "the water-bombing planes". Any second
    plural before it, a "they" or a pronoun in the phrase leaves "them" (a wrong thing is worse)."""
    from .actors import may_be_person
    if token.lower_ not in words.plural_object_pronouns or token.dep_ != "dobj":
        return None
    doc = token.doc
    plurals = [t for t in doc[token.sent.start:token.i] if t.tag_ in ("NNS", "NNPS") or
               t.pos_ == "PRON" and t.lower_ in words.group_pronouns]
    if len(plurals) != 1:
        return None
    noun = plurals[0]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ or may_be_person(noun, words) or \
            noun.lemma_.lower() in words.group_nouns or noun.dep_ in SUBJECT_DEPS:
        return None
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound") and c.tag_ != "JJR"
                 and not any(t.like_num or t.tag_ in ("PRP$", "JJR", "RBR") for t in c.subtree)]
    phrase = sorted([t for c in modifiers for t in c.subtree] + [noun], key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    return "the " + doc[phrase[0].i:noun.i + 1].text
