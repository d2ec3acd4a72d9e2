"""The agent an agentless passive leaves out, when the article says who it is (docs/events.md,
"Implied agent").

"Apple today unveiled the iPod nano. ... The iPod nano is the second model to use flash memory, after
the Shuffle was introduced in January." Nobody but Apple introduces Apple's products: in an article
whose lead is an organisation's deed, an agentless passive of a verb of bringing something out
(`words.bringing_out`: "was released", "was announced") has that organisation as its agent, and so do
the same product's release scheduled without an agent ("is scheduled for release", "is intended to
launch") and its availability ("will be available on June 24", `words.availability`). The row keeps its
description (the patient stays its subject, as the passive has it) and gains the organisation as an
actor. Nothing else is inferred: a passive with a "by" agent, a person as its subject, a subject
another name owns ("Nintendo's console was released"), another verb ("Two men were arrested": the
police, not the lead's company), or a lead with no organisation leaves the row alone.

The lead's organisation is the subject of the lead's main verb when that is an organisation ("Apple
today unveiled ..."); else the organisation the subject's own phrase names: a person's title ("Apple
CEO Steve Jobs unveiled ...", "Steve Jobs, the chief executive of Apple Inc., announced ...", "H.
Marshall Schwarz was named chairman of U.S. Trust Corp."), or the owner or the name of a common noun
("Polly Peck International Inc.'s agreement to acquire ... proves ...", "General Motors Corp.'s unit,
GM Hughes Electronics, said ...": the apposed name first).
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .company import company_amounts
from .lead import CORPORATE, entity_at, lead_sentence, main_predicates, same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords

ORG = "ORG"


def lead_organisation(doc: Doc, segments: Segments, story_start: int, words: EventWords) -> str | None:
    """The organisation the lead's main verb has as its subject ("Apple Computer today launched
    ..."), or names in its subject's phrase (see the module doc), or None."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return None
    predicates = main_predicates(doc, bounds, words)
    if not predicates:
        return None
    verb = predicates[0]
    for subject in verb.children:
        if subject.dep_ == "nsubj" and subject.ent_type_ == ORG:  # an active subject: the one who acts
            entity = entity_at(subject)
            if entity is not None:
                return _plain(entity.text, words)
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            name = _subject_organisation(doc, verb, subject, words)
            if name is not None:
                return _plain(name, words)
    return None


def _plain(name: str, words: EventWords) -> str:
    """"Apple Computer's" -> "Apple Computer"."""
    return re.sub(rf"{words.possessive_suffix}$", "", name.strip())


def _org_in(doc: Doc, token: Token) -> str | None:
    """The organisation `token` is part of, if any: an ORG entity, or a proper noun phrase ending in a
    corporate suffix the tagger left untagged ("Polly Peck International Inc.")."""
    entity = entity_at(token) if token.ent_type_ == ORG else None
    if entity is not None and entity.label_ == ORG:
        return entity.text
    if token.pos_ == "PROPN" and not token.ent_type_ and token.lower_ in CORPORATE:
        parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if parts and parts[0].i + len(parts) == token.i:  # the name's words, next to each other
            return doc[parts[0].i:token.i + 1].text
    return None


def _subject_organisation(doc: Doc, verb: Token, subject: Token, words: EventWords) -> str | None:
    """The organisation a subject's own phrase names as who it speaks for (module doc)."""
    if subject.ent_type_ == "PERSON":
        # the title: "Apple CEO Steve Jobs" (compounds), "Steve Jobs, the chief executive of Apple
        # Inc." / "founder of Apple" / "an Apple Inc. executive" (apposition), "was named chairman
        # of U.S. Trust Corp." (the passive's predicate noun)
        titles = [c for c in subject.children if c.dep_ == "compound" and c.ent_type_ != "PERSON"]
        titles += [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if subject.dep_ == "nsubjpass":
            titles += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        for title in titles:
            found = _org_in(doc, title) or _title_organisation(doc, title, words)
            if found is not None:
                return found
        return _compound_organisation(doc, subject) or _story_company(doc, verb, subject, titles, words)
    if subject.lower_ in words.generic_people and not subject.ent_type_:
        # "Apple CEO Steve Jobs Apple Computer CEO and co-founder Steve Jobs gave ...": a caption run
        # into the lead, parsed as one title; the organisation in its words is the one it speaks for
        return _compound_organisation(doc, subject)
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None  # a pronoun or another name: nothing to read
    for dep in ("appos", "poss"):  # "the unit, GM Hughes Electronics"; "Polly Peck Inc.'s agreement"
        for child in subject.children:
            if child.dep_ == dep:
                found = _org_in(doc, child)
                if found is not None:
                    return found
    return None


def _compound_organisation(doc: Doc, subject: Token) -> str | None:
    """The one organisation among the words compounded into the subject's name or title ("Apple CEO
    ... Jobs" however deep the parser nested the compounds), else None."""
    found: list[str] = []
    stack = [c for c in subject.children if c.dep_ == "compound"]
    while stack:
        token = stack.pop()
        stack += [c for c in token.children if c.dep_ == "compound"]
        name = _org_in(doc, token)
        if name is not None and not any(n == name for n in found):
            found.append(name)
    return found[0] if len(found) == 1 else None


def _story_company(doc: Doc, verb: Token, subject: Token, titles: list[Token], words: EventWords) -> str | None:
    """"company CEO Steve Jobs unveiled ... for Apple mobile devices": a title owned by a generic
    organisation noun ("company", "firm") is the one organisation the lead sentence names elsewhere."""
    owners = [c for t in titles for c in t.children if c.dep_ == "compound"]
    if not any(t.lemma_.lower() in words.generic_orgs and not t.ent_type_ for t in [*titles, *owners]):
        return None
    inside = {t.i for t in subject.subtree}
    names: list[str] = []
    for entity in verb.sent.ents:
        if entity.label_ == ORG and entity.start not in inside:
            if not any(same_actor(entity.text, n) for n in names):
                names.append(entity.text)
            elif len(entity.text) < len(next(n for n in names if same_actor(entity.text, n))):
                names = [entity.text if same_actor(entity.text, n) else n for n in names]
    return names[0] if len(names) == 1 else None


def _title_organisation(doc: Doc, title: Token, words: EventWords) -> str | None:
    """"CEO" in "Apple CEO", "executive" in "an Apple Inc. executive", "officer of Apple Inc."."""
    for child in title.children:
        if child.dep_ in ("compound", "poss"):
            found = _org_in(doc, child)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in words.genitive_preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _org_in(doc, pobj)
                    if found is not None:
                        return found
    return None


def _person(token: Token, words: EventWords) -> bool:
    if token.lower_ in words.relative_pronouns | {"which", "that", "who"} and token.head.dep_ == "relcl":
        token = token.head.head  # "the software, which will be available": the antecedent
    return token.ent_type_ == "PERSON" or token.lower_ in words.person_pronouns


def _owned_by_another(subject: Token, organisation: str) -> bool:
    """"Nintendo's console": a subject a name other than the organisation owns."""
    for child in subject.children:
        if child.dep_ == "poss" and child.ent_type_ in ("PERSON", ORG):
            owner = entity_at(child)
            if owner is not None and not same_actor(owner.text, organisation):
                return True
    return False


def _thing_subjects(verb: Token, deps: tuple[str, ...], words: EventWords, organisation: str) -> bool | None:
    """True when `verb` has subjects of `deps` and none is a person or owned by another name; False
    when one is; None when it has none."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "the update that was released ... and is scheduled for release": the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ in deps]
    if not subjects:
        return None
    return all(not _person(s, words) and not _owned_by_another(s, organisation) for s in subjects)


def _lemmas(verb: Token) -> set[str]:
    """The verb's lemma, and for a participle the forms its "-d"/"-ed" may come off: the model
    lemmatizes "slated" as "slat"."""
    lemma, text = verb.lemma_.lower(), verb.lower_
    if verb.tag_ in ("VBN", "VBD") and text.endswith("ed"):
        return {lemma, text[:-1], text[:-2]}
    return {lemma}


def agentless_passive(verb: Token, words: EventWords, organisation: str = "") -> bool:
    """"was introduced", "An iOS update released last week": a passive of a bringing-out verb with
    no "by" agent and a subject that is not a person."""
    if not _lemmas(verb) & words.bringing_out or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    # "conceptual drawings, released this month, show ...": a participle the parser gave a subject
    # but no auxiliary is a passive too (an active past would be "released", VBD)
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if _happening_announced(verb, words, organisation):
        return False
    things = _thing_subjects(verb, ("nsubjpass", "nsubj") if bare else ("nsubjpass",), words, organisation)
    if things is not None:
        return things
    # a participle modifying its patient ("An iOS update released last week")
    return verb.dep_ == "acl" and verb.head.ent_type_ != "PERSON" and \
        not _owned_by_another(verb.head, organisation)


def _happening_announced(verb: Token, words: EventWords, organisation: str) -> bool:
    """"The deal was announced last June", "a merger announced in May" in a story led by a public body
    (the pack's `public_body_words`: "The Competition Bureau blocked ..."): the happening's parties
    announced it, not the body that blocked, approved or regulated it. A company's own deal stays its
    own ("Halvorsen Inc.'s agreement ... The deal was announced")."""
    if not any(w.lower() in words.public_body_words for w in organisation.split()):
        return False
    patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if verb.dep_ == "acl":
        patients.append(verb.head)
    return any(p.lemma_.lower() in words.event_nouns and not p.ent_type_ for p in patients)


def _scheduled_passive(verb: Token, words: EventWords, organisation: str) -> bool:
    """"is scheduled", "is slated", "is intended": a plan in the passive with no "by" agent and a
    subject that is not a person."""
    planning = any(lemma in words.scheduling or words.control_verbs.get(lemma) == "planned" for lemma in _lemmas(verb))
    if not planning or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return bool(_thing_subjects(verb, ("nsubjpass",), words, organisation))


def _thing_owner(noun: Token, words: EventWords, organisation: str) -> bool:
    """An event noun of bringing out whose owner is a product, not a name: "the phone launches" (a
    compound), "the store's launch" (a possessor). "Its launch" is `_resolved_thing_owner`'s."""
    if any(c.dep_ == "prep" and c.lower_ in words.agent_preps for c in noun.children):
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    if len(owners) != 1 or owners[0].i > noun.i:
        return False
    owner = owners[0]
    if owner.pos_ != "NOUN" or owner.ent_type_ or _owned_by_another(owner, organisation):
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children) and \
        not (owner.dep_ == "compound" and noun.lemma_.lower() in words.notice_nouns)


def _price_changed(verb: Token, words: EventWords, organisation: str) -> bool:
    """"The price for the iPhone has also been reduced to $199": an agentless passive of a price change
    whose subject is a price no other name owns (the seller sets its prices)."""
    if verb.lemma_.lower() not in words.price_changes or verb.tag_ != "VBN" or \
            any(c.dep_ == "agent" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return len(subjects) == 1 and subjects[0].lemma_.lower() in words.price_nouns and \
        not _owned_by_another(subjects[0], organisation)


def _product_goes_out(verb: Token, words: EventWords, organisation: str) -> bool:
    """"before the phone launches", "The update ships in May": a bringing-out verb used without an
    object, its subject the product (a common noun, no name, no pronoun: "it" may be a company)."""
    if verb.tag_ == "VBN" or any(c.dep_ in ("dobj", "agent", "auxpass", "nsubjpass", "ccomp", "xcomp")
                                 for c in verb.children):
        return False
    if verb.lemma_.lower() in words.particle_bringing_out and not any(c.dep_ == "prt" for c in verb.children):
        return False  # "the tanks rolled into town"; only "roll out" brings out
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and not subjects[0].ent_type_ and \
        not _owned_by_another(subjects[0], organisation) and \
        subjects[0].lemma_.lower() not in words.generic_orgs | words.generic_people


def _resolved_thing_owner(noun: Token, row: Event, words: EventWords, organisation: str) -> bool:
    """"since its launch in 2003", written "The iTunes store's launch" by the subject resolver: "its"
    stood for a product, not a name (the row has no actor), and the product's launch is the lead
    organisation's. An unresolved "its" may stand for another company's product: nothing."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.bringing_out or row.actors:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].lower_ not in words.thing_pronouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.agent_preps for c in noun.children):
        return False
    written = re.search(rf"(\S+){words.possessive_suffix}\s+{re.escape(noun.text)}\b", row.event)
    return written is not None and written.group(1).lower() not in words.thing_pronouns


def released_by_organisation(token: Token, words: EventWords, organisation: str) -> bool:
    """Whether the row's trigger is a product's bringing out with no agent named (module doc)."""
    if agentless_passive(token, words, organisation) or _price_changed(token, words, organisation):
        return True
    lemma = token.lemma_.lower()
    if lemma in words.bringing_out and token.pos_ == "NOUN" and _thing_owner(token, words, organisation):
        return True  # "two days before the phone launches", "the store's launch"
    if lemma in words.bringing_out and token.pos_ == "NOUN":
        # "The update is scheduled for public release", "It is slated for a U.S. release"
        prep = token.head
        return token.dep_ == "pobj" and prep.dep_ == "prep" and _scheduled_passive(prep.head, words, organisation)
    if lemma in words.going_out and token.pos_ == "VERB" and _product_goes_out(token, words, organisation):
        return True
    if lemma in words.bringing_out and token.pos_ == "VERB" and token.dep_ == "xcomp":
        # "The service is intended to launch in the fall" (the product launches: no object)
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in token.children):
            return False
        return _scheduled_passive(token.head, words, organisation)
    if lemma in words.availability and token.dep_ == "acomp":
        # "iPhone 4 will be available on June 24"; not "available from Nintendo"
        if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("PERSON", ORG) for g in c.children)
               and c.lower_ in words.supplier_preps for c in token.children):
            return False
        return bool(_thing_subjects(token.head, ("nsubj",), words, organisation))
    return False


def implied_agents(doc: Doc, rows: list[Event], segments: Segments, *, story_start: int,
                   words: EventWords) -> list[Event]:
    """`rows`, each product's bringing out with no agent named given the lead's organisation as an
    actor (see the module doc)."""
    if not words.bringing_out:
        return rows
    organisation = lead_organisation(doc, segments, story_start, words)
    if organisation is None:
        return _maker_before(doc, rows, segments, words)
    rows = company_amounts(doc, rows, organisation, words)  # "Net was $10.5 million" (events/company.py)
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        if token is not None and (released_by_organisation(token, words, organisation)
                                  or _resolved_thing_owner(token, row, words, organisation)) and \
                not any(same_actor(a, organisation) for a in row.actors):
            row = dataclasses.replace(row, actors=[*row.actors, organisation])
        out.append(row)
    return out


def _maker_before(doc: Doc, rows: list[Event], segments: Segments, words: EventWords) -> list[Event]:
    """A lead with no organisation: "The newest iPhone, iPhone 4 was introduced by Apple CEO Steve
    Jobs ... It is slated for a U.S. release on June 24". A product's bringing out with no agent
    named takes the organisation that brought a product out in the sentence right before it (an
    organisation subject, or the organisation of a "by" agent or of a person's title)."""
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        maker = None
        if token is not None and released_by_organisation(token, words, ""):
            bounds = segments.span(token)
            before = segments.span(doc[bounds[0] - 1]) if bounds is not None and bounds[0] > 0 else None
            maker = _maker_in(doc, before, words) if before is not None else None
        if maker is not None and not any(same_actor(a, maker) for a in row.actors):
            row = dataclasses.replace(row, actors=[*row.actors, maker])
        out.append(row)
    return out


def _maker_in(doc: Doc, bounds: tuple[int, int], words: EventWords) -> str | None:
    """The one organisation that brings something out in the sentence of `bounds` (`_maker_before`)."""
    found: list[str] = []
    for verb in doc[bounds[0]:bounds[1] + 1]:
        if verb.pos_ != "VERB" or not _lemmas(verb) & words.bringing_out:
            continue
        agents = [c for c in verb.children if c.dep_ == "nsubj" and verb.tag_ != "VBN"]
        agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for agent in agents:
            name = _org_in(doc, agent)
            if name is None and agent.ent_type_ == "PERSON":
                titles = [c for c in agent.children if c.dep_ == "compound" and c.ent_type_ != "PERSON"]
                name = next((n for n in (_org_in(doc, t) or _title_organisation(doc, t, words) for t in titles) if n), None) \
                    or _compound_organisation(doc, agent)
            if name is not None and not any(same_actor(name, n) for n in found):
                found.append(_plain(name, words))
    return found[0] if len(found) == 1 else None
