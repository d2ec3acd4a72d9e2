"""The story's company: the organisation a business story is about, when the entity tagger does not
know its name (docs/events.md, "Subject resolution").

"Corvana Electronics unveiled its third folding smartphone ... The company plans to launch a cheaper
version": an invented or rare name may be tagged a person, a place or nothing at all, and then "the
company", "it" and "its" find no organisation to stand for. A news lead names its actor in full and
says what it is, so the lead's subject is taken as the story's company when

* it is a proper-noun phrase (its head a proper noun), with no title in it ("Finance Minister ...");
* it says it is a company: a word of a company's own name after its first word (`org_name_words`:
  "Corvana Electronics", "Halvorsen Inc."), or a common noun of the pack's `generic_orgs` in compound
  or apposition ("Danish brewer Halvorsen", "electronics maker Corvana", "Halvorsen, the brewer");
* it is not a person with a first name: a name of two or more words tagged PERSON counts only with a
  company word of its own; nor a place or nationality, unless a common noun says it is a company;
* no person in the story bears the name as a surname ("Jens Halvorsen"): then "Halvorsen said" is
  unsure, and nothing is changed.

Each mention of the name, in full or by its first word(s) ("Corvana" for "Corvana Electronics"), is
then an ORG entity for the resolver and the actors (`with_story_company`), whatever the tagger said:
so "Halvorsen said it expected ..." and "Its shares slid" name Halvorsen, and "The company will
publish" names it as the company the story is about. The Doc's own entities are not changed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .lead import entity_at, lead_sentence, main_predicates
from .segments import layout_of, segments_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

NON_ORG_LABELS = {"GPE", "LOC", "NORP", "FAC"}  # a place or people: a company only if a noun says so
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".")


def _is_org_noun(token: Token, words: EventWords) -> bool:
    """A common noun that says what kind of company a name is: "brewer", "bank", "electronics maker"
    (also a compound ending in one of the pack's longer nouns: "chipmaker", "drugmaker")."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    return lemma in words.generic_orgs or any(len(g) >= 5 and lemma.endswith(g) for g in words.generic_orgs)


def _title(token: Token, words: EventWords) -> bool:
    lower = _bare(token)
    return lower in words.generic_people or lower in words.masculine_words or lower in words.feminine_words


def _name_tokens(head: Token) -> list[Token]:
    """The proper-noun phrase `head` ends: the ORG entity it is in, else its head and the proper nouns
    right before it that modify it, with a hyphen or possessive inside the name ("Integra-A Hotel
    Co.", "Hudson's Bay Co.")."""
    doc = head.doc
    if head.ent_type_ == "ORG":
        ent = entity_at(head)
        if ent is not None:
            tokens = [t for t in ent]
            while len(tokens) > 1 and tokens[-1].tag_ == "POS":
                tokens.pop()
            return tokens
    start = head.i
    while start > 0:
        left = doc[start - 1]
        inside = start <= left.head.i <= head.i
        if left.pos_ == "PROPN" and inside and left.dep_ in ("compound", "flat", "poss"):
            start -= 1
        elif left.tag_ in ("HYPH", "POS") and start > 1 and not doc[start - 2].whitespace_ and \
                (left.tag_ == "POS" or not left.whitespace_) and doc[start - 2].pos_ == "PROPN" and \
                start - 1 <= doc[start - 2].head.i <= head.i:
            start -= 2  # "Integra-A", "Hudson's Bay"
        else:
            break
    return list(doc[start:head.i + 1])


def _misparsed_kind(predicate: Token, words: EventWords) -> Token | None:
    """The name's head when the parser took a company noun for the lead's verb ("German rocket startup
    Helix Orbital put two satellites into orbit": "startup" a verb, the clause after it its object):
    the subject of that clause, a proper-noun phrase right after the noun. Only a noun that cannot
    name a person ("startup", "airline", not "brewer" or "developer", whose name may be a person's)."""
    lower = predicate.lower_
    if predicate.pos_ not in ("VERB", "AUX") or lower not in words.generic_orgs or \
            lower.endswith(tuple(words.person_suffixes)):
        return None
    for clause in (c for c in predicate.children if c.dep_ in ("ccomp", "conj") and c.i > predicate.i):
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN"), None)
        if subject is not None and _name_tokens(subject)[0].i == predicate.i + 1:
            return subject
    return None


def shares_owner(subject: Token, words: EventWords) -> Token | None:
    """The company whose shares a subject names ("Shares in drone maker Aerovia", "Stock of Acme"): the
    object of the share noun's preposition, or None."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in words.stock_nouns:
        return None
    owner = next((g for p in subject.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"), None)
    if owner is None or owner.pos_ != "NOUN" or owner.i + 1 >= len(owner.doc):
        return owner
    after = owner.doc[owner.i + 1]
    if after.pos_ == "PROPN" and after.dep_ in SUBJECT_DEPS and after.head.i == subject.head.i and \
            not any(c.pos_ == "PROPN" for c in owner.children):
        return after  # "Shares in drone maker Aerovia rose" parsed with the name a second subject of "rose"
    return owner


def story_company(doc: Doc, words: EventWords) -> tuple[str, ...] | None:
    """The words of the company the lead's subject names (see the module doc), or None."""
    if not words.org_name_words and not words.generic_orgs:
        return None
    segments = segments_of(doc)
    bounds = lead_sentence(doc, segments, layout_of(doc).story_start)
    if bounds is None:
        return None
    predicates = main_predicates(doc, bounds, words)
    if not predicates:
        return None
    subject = next((c for c in predicates[0].children if c.dep_ in SUBJECT_DEPS), None)
    described = False
    kind_noun = _misparsed_kind(predicates[0], words)
    if kind_noun is not None:
        subject, described = kind_noun, True
    if subject is None:
        return None
    owner = shares_owner(subject, words)  # "Shares in drone maker Aerovia rose ...": Aerovia
    if owner is not None:
        subject = owner
        described = owner.pos_ == "PROPN" and owner.i > 0 and _is_org_noun(doc[owner.i - 1], words)
    if subject.pos_ == "NOUN" and _is_org_noun(subject, words):
        # "Norwegian insurer Tverrdal" parsed with the noun as head and the name in apposition to it
        described = True
        subject = next((c for c in subject.children if c.dep_ in ("appos", "compound") and c.i > subject.i
                        and c.pos_ == "PROPN"), None)
        if subject is None:
            return None
    if subject.pos_ != "PROPN":
        return None
    name = _name_tokens(subject)
    if any(_title(t, words) for t in name):
        return None  # "Finance Minister Ewa Lasota"
    own_word = any(_bare(t) in words.org_name_words for t in name[1:])
    described = described or any(c.dep_ in ("compound", "appos", "nmod") and _is_org_noun(c, words)
                                 for c in subject.children)
    described = described or _called_company(predicates[0], words)
    label = subject.ent_type_
    if not (own_word or described):
        return None
    if label in NON_ORG_LABELS and not described:
        return None  # "the West Bank": a place's name, whatever its last word
    if label == "PERSON" and len(name) > 1 and not own_word and kind_noun is None:
        return None  # "brewer Jens Halvorsen": a person with a first name
    return tuple(t.text for t in name)


def _called_company(predicate: Token, words: EventWords) -> bool:
    """Whether the lead says its subject is a company by a predicate noun: "Kestrel Space flew ...,
    becoming the third company to offer such flights" (an attribute of the main verb, or of a
    participle hung on it with no subject of its own)."""
    verbs = [predicate, *(c for c in predicate.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                          and not any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    return any(c.dep_ == "attr" and _is_org_noun(c, words) for v in verbs for c in v.children)


def mentions(doc: Doc, name: tuple[str, ...], words: EventWords) -> list[tuple[int, int]] | None:
    """Token spans (start, end) naming the company, in full or by its first word(s); None when a
    person bears the name ("Jens Halvorsen", or "Halvorsen Foundation": another body)."""
    found = []
    n = len(name)
    for token in doc:
        if token.text != name[0]:
            continue
        i = token.i
        length = 1
        while length < n and i + length < len(doc) and doc[i + length].text == name[length]:
            length += 1
        end = i + length
        while end - i > 1 and doc[end - 1].tag_ in ("POS", "HYPH"):
            end -= 1  # "Hudson's" of "Hudson's Bay Co.": the name stops before its own possessive
        before = doc[i - 1] if i > 0 else None
        after = doc[end] if end < len(doc) else None
        if before is not None and before.pos_ == "PROPN" and before.head.i in range(i, end) and \
                before.lemma_.lower() not in words.generic_orgs and not _title(before, words):
            if before.ent_type_ == "PERSON":
                return None  # "Jens Halvorsen": a person of that name
            continue  # "Nordic Halvorsen": a longer name
        if after is not None and after.pos_ == "PROPN" and doc[end - 1].head.i == after.i:
            continue  # "Corvana Bank", "Halvorsen Foundation": another name that starts the same
        found.append((i, end))
    return found


def with_story_company(doc: Doc, spans: list[Span], words: EventWords) -> list[Span]:
    """`spans` (the doc's actor entities, in order) with every mention of the story's company an ORG
    entity (see the module doc); unchanged when there is no such company."""
    name = story_company(doc, words)
    if name is None:
        return spans
    found = mentions(doc, name, words)
    if not found:
        return spans
    out = list(spans)
    for start, end in found:
        overlapping = [s for s in out if s.start < end and start < s.end]
        if any(s.label_ == "ORG" and s.start <= start and s.end >= end for s in overlapping):
            continue  # already the company
        if any(t.pos_ == "PROPN" and not start <= t.i < end and not _title(t, words) and
               t.lemma_.lower() not in words.generic_orgs for s in overlapping for t in s):
            continue  # a longer name that contains it ("Halvorsen Foundation"): another body
        out = [s for s in out if s not in overlapping]
        out.append(Span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda s: (s.start, s.end))
