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
    if speaker.pos_ == "PRON" and speaker.lower_ in words.masculine_pronouns | words.feminine_pronouns:
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
