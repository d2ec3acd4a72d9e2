"""The company a person acted on, as the "it" of the next sentence (docs/events.md, "Subject resolution").

"He took Polly Peck, once a small fabric wholesaler, and built it into a conglomerate. In September,
it announced plans to acquire ...": "it" cannot be "he", so the resolver of actors.py (which follows
the subjects of the sentences before, the centering rule) finds no company and leaves "It". In
centering terms the next-ranked mention of the sentence before is its main verb's direct object: here
the one company that sentence names. `object_company` gives that company, and only when nothing else
in sight could be "it":

* the pronoun is the subject of a verb other than "be" ("It was a hard year" says nothing of a
  company) in the sentence right after the person's;
* the person is the main subject of that sentence and its verb is no verb of saying ("He told
  Reuters ..." makes no company the topic);
* the object is an organization (not a place, product or work), and that sentence names no other
  organization or place ("He left IBM for Apple. It ..." is either), and has no other singular
  thing as subject of a clause of its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .segments import Segments
    from .words import EventWords

_OWNER_LABELS = ("ORG", "GPE")


def _previous_segment(token: Token, segments: Segments) -> tuple[int, int] | None:
    """The bounds of the sentence right before `token`'s, or None."""
    bounds = segments.span(token)
    return segments.before(bounds[0]) if bounds is not None else None


def _short_name(head: Token, entities, words: EventWords) -> Span | None:
    """The proper-noun phrase `head` ends, when it is the first word(s) of a company the text names in
    full, as an ORG entity or with a company word ("Polly Peck" after "Polly Peck International Inc.",
    a name the tagger may know in neither form); else None."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == head.i:
        start -= 1
    name = [t.text for t in doc[start:head.i + 1]]
    for token in doc:
        if token.text != name[0] or token.i == start or doc[token.i:token.i + len(name)].text.split() != name:
            continue
        end = token.i + len(name)
        rest = []
        while end < len(doc) and doc[end].pos_ == "PROPN":
            rest.append(doc[end])
            end += 1
        if any(t.lower_.rstrip(".") in words.org_name_words for t in rest) or any(
                e.start == token.i and e.end > token.i + len(name) and entities.label(e) == "ORG"
                for e in entities.between(token.i, token.i)):
            return doc[start:head.i + 1]
    return None


def object_company(token: Token, candidate: Token, entities, segments: Segments,
                   words: EventWords) -> tuple[Span, Token] | None:
    """(entity, head) of the organization that person subject `candidate` acted on in the sentence
    right before pronoun `token` (an "it" subject), when that organization is the only one there."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() in words.copulas or token.tag_ != "PRP":
        return None
    verb = candidate.head
    if candidate.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in words.saying_verbs:
        return None
    before = _previous_segment(token, segments)
    if before is None or not before[0] <= candidate.i <= before[1]:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    target = next((e for e in entities.between(objects[0].i, objects[0].i)
                   if e.start <= objects[0].i < e.end), None)
    if target is None:
        target = _short_name(objects[0], entities, words)
    elif entities.label(target) != "ORG":
        return None
    if target is None:
        return None
    lo, hi = before
    others = {e.text for e in entities.between(lo, hi)
              if lo <= e.start and e.end - 1 <= hi and entities.label(e) in _OWNER_LABELS}
    if others - {target.text}:
        return None
    doc = token.doc
    for t in doc[lo:hi + 1]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i != candidate.i and t.tag_ in ("NN", "NNP") \
                and not t.ent_type_:
            return None  # "... built a conglomerate that ... The conglomerate ...": another thing in sight
    return target, objects[0]
