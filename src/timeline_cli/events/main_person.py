"""A "his"/"her"/"him" the nearest-subject rules leave open, written as the person the story is about
(docs/events.md, "Subject resolution"): "Belgian cyclist Tom Aerts was banned ... Aerts said in a
statement. His lawyer, Eva Wils, said they would appeal. The agency said ... His team suspended him"
-> "Aerts's team suspended Aerts". A row with the pronoun left as it is does not say who did what.

Only where no other reading is in sight:

* the story's main person: the person named in its first sentences whose surname the text gives at
  least `MIN_MENTIONS` times and more than twice as often as any other person's;
* the text shows that person's gender (a title, a pronoun tied to them: genders.py) and it is the
  pronoun's;
* the person is named within the three sentences before the pronoun (or in its own sentence), and
  every person named after that mention up to the pronoun is shown to be of the other gender, or is
  introduced as a possessive pronoun's relation ("His lawyer, Eva Wils": someone's lawyer is not
  the one whose lawyer they are), and no singular noun that may be a person ("the driver", "a
  man") is between: any of these may be the one meant.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .segments import Segments
    from .words import EventWords

MIN_MENTIONS = 3


def main_person(token: Token, entities, segments: Segments, words: EventWords, untold: bool = False,
                depth: int = 0) -> str | None:
    """The name of the story's main person when the pronoun `token` can only be them (module doc);
    `untold`: a person named since whose gender the text does not tell (only the pronoun being
    resolved would) does not stand in the way ("Kaya said she would stay ... said federation
    president Cengiz Durmus. She will be honoured": the story's woman, not the speaker in between).
    `depth`: how deep in the antecedent search the call is (actors.antecedent), passed on to the
    speaker check so that its own search does not start over at 0."""
    from .actors import TOPIC_SENTENCES, _gender, _name, _pronoun_gender, may_be_person
    from .genders import people_before, surname
    want = _pronoun_gender(token, words)
    if want is None:
        return None
    doc = token.doc
    everyone = people_before(doc[len(doc) - 1], entities, words)
    counts: dict[str, int] = {}
    for person in everyone:
        counts[surname(person)] = counts.get(surname(person), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    lead = 1 if untold else 2  # (untold: a rival of the pronoun's gender is already shown in sight)
    if not ranked or ranked[0][1] < MIN_MENTIONS or (len(ranked) > 1 and ranked[0][1] <= lead * ranked[1][1]):
        return None
    key = ranked[0][0]
    mentions = [p for p in everyone if surname(p) == key]
    if _sentence_number(mentions[0].start, segments, doc) >= TOPIC_SENTENCES:
        return None  # not named in the story's first sentences: not what it is about
    if _gender(mentions[0], entities, words) != want:
        return None
    before = [p for p in people_before(token, entities, words)]
    last = max((p for p in before if surname(p) == key), key=lambda p: p.start, default=None)
    if last is None or last.start < _window_start(token):
        return None
    for other in (p for p in before if p.start >= last.end):
        if surname(other) == key or _relation(other, want, words):
            continue
        if _gender(other, entities, words, besides=token.i) in (("?", want) if untold else (None, "?", want)):
            return None
    if any(t.tag_ == "NN" and t.pos_ == "NOUN" and not t.ent_type_ and may_be_person(t, words)
           and not _owned_by(t, want, words) and not _role(t, words) for t in doc[last.end:token.i]):
        return None  # "the driver", "a man": may be the one meant
    name = _name(last, words)
    from .actors import _quote_speaker_named
    if _quote_speaker_named(token, name, entities, segments, words, depth):
        return None  # '"She played better today," Lin said': a speaker of herself says "I" (round 66a)
    return name


def _window_start(token: Token) -> int:
    """The first token of the sentence MAX_SENTENCES before `token`'s, by the parser's sentences (a
    quotation is one sentence with its attribution: '"I will appeal," Aerts said.')."""
    from .actors import MAX_SENTENCES
    doc = token.doc
    start = token.sent.start
    for _ in range(MAX_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _owned_by(noun: Token, want: str, words: EventWords) -> bool:
    """Whether a noun has a possessive pronoun of the wanted gender: "his lawyer" is not "he"."""
    from .actors import _pronoun_gender
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and _pronoun_gender(c, words) == want for c in noun.children)


def _sentence_number(i: int, segments: Segments, doc) -> int:
    """How many sentences (of `segments`) start before the one of token `i`."""
    starts = set()
    for t in doc[:i + 1]:
        bounds = segments.span(t)
        if bounds is not None:
            starts.add(bounds)
    return len(starts) - 1 if starts else 0


def _relation(person: Span, want: str, words: EventWords) -> bool:
    """Whether `person` is named as a possessive pronoun's relation of the wanted gender: "His lawyer,
    Eva Wils", "his brother Jonas"."""
    root = person.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "NOUN"]
    nouns += [root]
    return any(_owned_by(noun, want, words) for noun in nouns)


def _role(noun: Token, words: EventWords) -> bool:
    """Whether a noun is a role its clause's subject takes ("will work as a television commentator",
    "is a coach") or the title of a person named ("federation president Rui Tavares": Tavares, whom
    the names are read for), no other person who may be meant."""
    return noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.lower_ in words.role_preps or \
        noun.dep_ in ("compound", "appos") and noun.head.ent_type_ == "PERSON"
