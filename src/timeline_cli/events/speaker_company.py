""""The company" in what a company's officer says (docs/events.md, "Subject resolution"): "Halcyon
chief executive Daniel Kroll told reporters ... He said the company hoped to fly ..." -> "Halcyon
hoped to fly ...". The subject "the company" of a clause reported by a person whose title names
exactly one organisation (it_org.py's rule for "it") is that organisation; the person may be named in
the reporting clause itself or, as "he"/"she", be the one person the sentence before names. Without
this, the nearest-name rules give "the company" another organisation in sight (a client or a public
body: "NASA hoped to fly its first NASA crew"), which is worse than no name."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def reported_company(token: Token, entities, words: EventWords) -> str | None:
    """The organisation the speaker's title names, for a subject "the company" `token` (module doc)."""
    from .actors import _kind, _public_body
    if token.pos_ != "NOUN" or _kind(token, words) != "org-generic" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.lemma_.lower() not in words.reporting:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > token.i:
        return None
    if speaker.pos_ == "NOUN":
        if any(c.dep_ != "det" for c in token.children):
            return None  # "the combined bank", "the new company": another body than the speaker's own
        return _titled_noun_company(speaker, entities, words)  # "Acme's chief executive, Jane Doe, said"
    if speaker.pos_ == "PRON" and speaker.lower_ in words.gendered_pronouns:
        speaker = _one_person_before(speaker, entities, words)
    elif speaker.ent_type_ != "PERSON":
        speaker = None
    if speaker is None:
        return None
    from .it_org import title_organisation
    name = title_organisation(speaker, entities, words) or _known_in_title(speaker, entities, words)
    if name is None:
        return None
    body = next((e for e in entities.spans if e.text == name or e.text.startswith(name)), None)
    return None if body is not None and _public_body(body, words) else name


def _one_person_before(pronoun: Token, entities, words: EventWords) -> Token | None:
    """The head of the one person named in the sentence before the pronoun's, or None."""
    doc = pronoun.doc
    if pronoun.sent.start == 0:
        return None
    before = doc[pronoun.sent.start - 1].sent
    people = [e for e in entities.between(before.start, before.end - 1) if entities.label(e) == "PERSON"
              and before.start <= e.start and e.end <= before.end]
    if len({e[-1].text for e in people}) != 1:
        return None
    if any(doc[i].lower_ in words.personal_subjects for i in range(before.end, pronoun.i)):
        return None
    return people[0].root


def _known_in_title(speaker: Token, entities, words: EventWords) -> str | None:
    """An organisation the story names elsewhere whose name opens the speaker's title though the tagger
    took it for a common noun here ("Halcyon chief executive Daniel Kroll")."""
    title = [t for c in speaker.children if c.dep_ == "compound" and c.ent_type_ != "PERSON" and c.i < speaker.i
             for t in c.subtree]
    if not any(t.lemma_.lower() in words.generic_people for t in title):
        return None
    orgs = {e.text for e in entities.spans if entities.label(e) == "ORG" and len(e) == 1}
    found = {t.text for t in title if t.text in orgs and t.text[:1].isupper() and not t.is_sent_start}
    return found.pop() if len(found) == 1 else None


def _titled_noun_company(title: Token, entities, words: EventWords) -> str | None:
    """The one company a title noun speaking for it names, with the person beside it ("Acme's chief
    executive, Jane Doe, said the company had lost ...", "The chief executive of Acme, Jane Doe,
    said"): the company's possessive or "of" phrase, a name the tagger called a person's counting when
    the role is one only an organisation has ("chief executive"). A title with no person in apposition, or naming
    no organisation or two, gives None (the usual rules then weigh "the company")."""
    from .actors import _name, _public_body
    # any role noun a named person stands beside ("finance director", "lawyer"): the pack's title
    # words are too few to list every role
    inside = {t.i for t in title.subtree}
    if not any(entities.label(e) == "PERSON" and e.root.dep_ == "appos" and e.root.i in inside
               for e in entities.between(title.left_edge.i, title.right_edge.i)):
        return None
    owners = [c for c in title.children if c.dep_ == "poss"] + \
        [g for p in title.children if p.dep_ == "prep" and p.lower_ in words.genitive_preps for g in p.children if g.dep_ == "pobj"]
    # a role only an organisation has ("chief executive", the pack's `org_owned_nouns`): its owner is
    # one whatever the tagger called the name ("Carga Iberica's" tagged a person)
    owned = title.lemma_.lower() in words.org_owned_nouns or any(
        f"{c.lower_} {title.lower_}" in words.org_owned_nouns for c in title.children if c.dep_ == "amod")
    found = []
    for owner in owners:
        ent = next((e for e in entities.between(owner.left_edge.i, owner.i) if e.start <= owner.i < e.end), None)
        if ent is None or _public_body(ent, words):
            continue
        if entities.label(ent) == "ORG" or owned and owner.pos_ == "PROPN" and entities.label(ent) == "PERSON":
            found.append(_name(ent, words, owner))
    return found[0] if len(found) == 1 else None


def speaker_title_owner(token: Token, entities, words: EventWords) -> Token | None:
    """"The company's artistic director, Oksana Melnyk, said ... Melnyk said the company hoped ...": for
    a subject "the company" of a clause a person reports by their surname alone, the generic owner
    ("the company's") of the title set beside the person's full name earlier in the story, whose
    antecedent is then the speaker's own organisation, or None. Round 54a: without it, "the company"
    took the nearest organisation subject, another body (the promoter) named in between."""
    from .actors import _kind
    if token.pos_ != "NOUN" or _kind(token, words) != "org-generic" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in words.reporting:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > token.i or speaker.pos_ != "PROPN" or speaker.ent_type_ != "PERSON":
        return None
    here = next((e for e in entities.between(speaker.i, speaker.i) if e.start <= speaker.i < e.end), None)
    if here is None or len(here) != 1:
        return None
    fuller = [e for e in entities.spans if e.end <= speaker.i and len(e) > 1 and e[-1].text == speaker.text
              and entities.label(e) == "PERSON"]
    if len({e.text for e in fuller}) != 1:
        return None  # no full name, or two people of that surname
    root = fuller[0].root
    title = root.head
    if root.dep_ != "appos" or title.pos_ != "NOUN" or title.i > root.i:
        return None
    owners = [c for c in title.children if c.dep_ == "poss"]
    if len(owners) != 1 or _kind(owners[0], words) != "org-generic":
        return None
    return owners[0]
