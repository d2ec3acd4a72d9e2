""""The company" told by the sentence before it, and "the bank" by a name that says it is a bank
(docs/events.md, "The company of the sentence before").

A generic "the company" (a noun of the pack's `generic_orgs`) is resolved as "it" is, from the
subjects before it (actors.py). Two ways news writes it are missed that way:

* the company is introduced in the sentence before, not as its subject but as a name described by a
  company's kind ("The loans were made to Donau Wohnbau, a developer of apartment blocks. The company
  filed for insolvency"; "... said state utility Slovenske Elektrarne. The company plans ..."): when
  that sentence names exactly one organisation that may be a company, and it is such a described
  name, "the company" is it. The pack's `umbrella_orgs` ("company", "firm") stand for any kind of
  company ("developer", "utility"); another kind ("the bank") only for the same kind;
* the noun is a word of the one name the story gave ("Austria's Alpenland Bank ... The bank is due to
  publish"): "the bank" is that bank, never a regulator or a newspaper named nearer ("Austria's
  Financial Market Authority said it ...").

Further back, the one name the story described by any company kind before "the company" stands for
it when nothing nearer does (`described_any`, after kind_named.py's same-noun rule). A public body
or an organisation that is no company (not_company.py) is never one.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kind_named import _proper_phrase, kind_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords


def _kind_fits(noun: Token, token: Token, words: EventWords) -> bool:
    lemma = noun.lemma_.lower()
    if lemma not in words.generic_orgs:
        return False
    own = token.lemma_.lower()
    return lemma == own or own in words.umbrella_orgs


def _companyish(name: str, words: EventWords) -> bool:
    from .not_company import no_company
    return not no_company(name.split(), words)


def _described(doc: Doc, lo: int, hi: int, token: Token, words: EventWords) -> dict[str, str]:
    """{folded name: name} of the names in doc[lo:hi] a company kind fitting `token` describes."""
    names = {}
    for t in doc[lo:hi]:
        if t.pos_ != "NOUN" or not _kind_fits(t, token, words):
            continue
        head = kind_head(t, lo, hi)  # "state utility Slovenske Elektrarne", "Donau Wohnbau, a developer of ..."
        if head is None and t.dep_ in ("nsubj", "nsubjpass") and t.i + 1 < hi and doc[t.i + 1].pos_ == "PROPN" and \
                doc[t.i + 1].ent_type_ not in ("DATE", "TIME"):
            end = t.i + 1  # "state utility Slovenske Elektrarne said", parsed as two subjects
            while end + 1 < hi and doc[end + 1].pos_ == "PROPN":
                end += 1
            if doc[end].dep_ in ("nsubj", "nsubjpass") and doc[end].head.i == t.head.i:
                head = doc[end]
        if head is None:
            continue
        name = _proper_phrase(head)
        if name and _companyish(name, words):
            names.setdefault(name.casefold(), name)
    return names


def _previous_sentence(token: Token, segments) -> tuple[int, int] | None:
    bounds = segments.span(token)
    return segments.before(bounds[0]) if bounds is not None else None


def _organisations(doc: Doc, lo: int, hi: int, entities) -> set[str]:
    """The folded names of the ORG entities in doc[lo:hi]."""
    return {re.sub(r"\s+", " ", e.text).casefold() for e in entities.between(lo, hi - 1)
            if e.start >= lo and e.end <= hi and entities.label(e) == "ORG"}


def kind_before(token: Token, entities, segments, words: EventWords) -> str | None:
    """The company a generic "the company" (`token`) stands for by the sentence before it or by a
    name with its noun (module doc), or None."""
    if not words.umbrella_orgs:
        return None  # (a pack without the list: the rule is off)
    doc = token.doc
    before = _previous_sentence(token, segments)
    if before is not None:
        lo, hi = before[0], before[1] + 1
        described = _described(doc, lo, hi, token, words)
        # a name as that sentence's subject is its topic ("Quimiber, which is owned by the German group
        # Halvers Chemie, said ..."): the subjects decide, as for "it"
        named_subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in doc[lo:hi])
        if len(described) == 1 and not named_subject:
            name = next(iter(described.values()))
            others = {o for o in _organisations(doc, lo, hi, entities)
                      if _companyish(o, words) and o not in name.casefold() and name.casefold() not in o}
            if not others:
                return name
    return _named_kind(token, entities, segments, words)


def _named_kind(token: Token, entities, segments, words: EventWords) -> str | None:
    """"the bank" after "Austria's Alpenland Bank": the one organisation whose name ends with
    `token`'s noun named before it, when the story's first sentence names it (the story is about it;
    an organisation named in passing, "had been working for the Mines Advisory Group", is not "the
    group" of a later paragraph)."""
    from .lead import lead_sentence
    from .segments import layout_of
    lemma = token.lemma_.lower()
    if lemma in words.umbrella_orgs:
        return None  # "the company" after "Ford Motor Company": left to the subjects
    if any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
        return None  # "the combined bank": another bank than the one named
    lead = lead_sentence(token.doc, segments, layout_of(token.doc).story_start)
    if lead is None:
        return None
    names = {}
    for ent in entities.between(lead[0], lead[1]):
        if ent.end > token.i or ent.start < lead[0] or entities.label(ent) != "ORG" or ent[-1].lemma_.lower() != lemma:
            continue
        name = re.sub(words.article_prefix, "", re.sub(r"\s+", " ", ent.text.strip()))
        if _companyish(name, words):
            names.setdefault(name.casefold(), name)
    return next(iter(names.values())) if len(names) == 1 else None


def described_any(token: Token, words: EventWords) -> str | None:
    """The one name the story described by any company kind before "the company" (`token`), or None."""
    if token.lemma_.lower() not in words.umbrella_orgs:
        return None
    names = _described(token.doc, 0, token.i, token, words)
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    # a company whose own name says its kind ("its owner, the Anandpur Jute Company"; "Nordvik Group")
    # is as much a described company as "a Dundee firm, Baxterhaugh Brothers": two of them, unsure
    for ent in token.doc.ents:
        if ent.end > token.i or ent.label_ != "ORG" or ent[-1].pos_ != "PROPN" or \
                ent[-1].lemma_.lower() not in words.generic_orgs:
            continue
        own = re.sub(words.article_prefix, "", ent.text)
        if own.casefold() not in name.casefold() and name.casefold() not in own.casefold() and _companyish(own, words):
            return None
    return name


def new_company_before(token: Token, segments, words: EventWords) -> bool:
    """Whether the sentence before an opening "it"/"its" (`token`) ends its run of organisations with
    a company it introduces unnamed ("prompting the board to hire an outside law firm. Its report
    found ..."): the pronoun most likely stands for that firm, which has no name to write, so the
    subjects further back are not looked to."""
    if not words.umbrella_orgs:
        return False
    bounds = segments.span(token)
    if bounds is None or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in token.doc[bounds[0]:token.i]):
        return False
    before = segments.before(bounds[0])
    if before is None:
        return False
    doc = token.doc
    last = None
    for t in doc[before[0]:before[1] + 1]:
        if t.ent_type_ == "ORG" or t.pos_ == "NOUN" and t.lemma_.lower() in words.generic_orgs:
            last = t
    if last is None or last.ent_type_ or last.pos_ != "NOUN" or last.tag_ != "NN" or last.dep_ != "dobj":
        return False  # an object hired, bought, set up; not "an approach from an Italian bank"
    if any(c.dep_ in ("compound", "appos", "poss") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
           for c in last.children):
        return False  # "a unit of Acme", "its law firm": not unnamed
    article = next((c for c in last.children if c.dep_ == "det"), None)
    return article is not None and words.indefinite_counts.get(article.lower_) == 1


def names_own_subject(found: str, token: Token, words: EventWords) -> bool:
    """Whether the phrase written for an object "them" (`token`) is a noun of its own clause's subject
    ("A team of four mountain guides tried to reach them": not the guides): an object pronoun is never
    its own clause's subject, nor a part of it."""
    from .plural_objects import _own_subject
    own = _own_subject(token)
    if own is None:
        return False
    said = [w for w in found.casefold().split() if w not in words.articles]
    subtree = {t.lower_ for t in own.subtree}
    return bool(said) and all(w in subtree for w in said)


def definite_pair(candidate: Token, words: EventWords) -> tuple[str, bool] | None:
    """("The pair", False) for a subject "the pair" / "the couple" (the pack's `pair_group_nouns`), a
    singular noun of people a later "they" stands for; None for any other subject."""
    if candidate.pos_ != "NOUN" or candidate.tag_ != "NN" or candidate.lemma_.lower() not in words.pair_group_nouns:
        return None
    left = [c for c in candidate.children if c.i < candidate.i]
    if len(left) != 1 or left[0].dep_ != "det" or left[0].lower_ not in words.generic_determiners:
        return None  # "a pair of climbers", "the young couple": kept to the plain definite phrase
    return f"{left[0].text.lower()} {candidate.text}", False


def they_before(token: Token, entities, segments, words: EventWords) -> str | None:
    """An object "them" (`token`) the nearer rules leave, for the "they" that opens the sentence before
    as its subject, when that "they" is resolved ("The pair set out ... They were caught by a storm.
    A team of guides tried to reach them" -> "reach the pair"): the topic carried on, the first-ranked
    mention of centering. None when the pronoun's own sentence has another plural noun before it than
    its clause's subject."""
    from .actors import they_antecedent
    from .plural_objects import _own_subject
    if token.tag_ != "PRP" or token.dep_ not in ("dobj", "pobj", "dative"):
        return None
    bounds = segments.span(token)
    if bounds is None:
        return None
    doc = token.doc
    own = _own_subject(token)
    skip = {t.i for t in own.subtree} if own is not None else set()
    if any(doc[i].tag_ in ("NNS", "NNPS") and i not in skip for i in range(bounds[0], token.i)):
        return None
    before = segments.before(bounds[0])
    if before is None:
        return None
    first = next((doc[i] for i in range(before[0], before[1] + 1) if doc[i].dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or first.lower_ not in words.group_pronouns:
        return None
    found = they_antecedent(first, entities, segments, words)
    if found is None:
        return None
    text, named = found
    return text if named else text[:1].lower() + text[1:]
