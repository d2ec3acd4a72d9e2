"""Whom "he" and "she" may stand for: the text's own evidence of a person's gender, and the surname
the entity tagger missed (docs/events.md, "Subject resolution").

`actors._gender` reads titles and role nouns ("Ms. Grant", "councilwoman Ana Ruiz"). Stories often
give neither and tell the gender by the pronouns they use for the person instead; this module reads
that evidence, only where the text settles who the pronoun is:

* a subject or possessive "he"/"she"/"his"/"her" whose clause hangs on a person's (the subject of
  the nearest clause above it, else the main subject of the sentence before), when that person is the only
  one named from the start of the sentence before up to the pronoun ("Reed asked for the recount. He
  has until Friday to appeal": Reed is a man); not a pronoun inside a quotation the person is
  outside of (in '"She has offered nothing," Reed said' the speaker speaks of someone else). An object ("vet her") is not read: it is as often
  someone named earlier in the story as the person just named.

A capitalized word that is the surname of a person the story names in full, with no entity of its own
("Laura Pinsent ... Pinsent told supporters", the small model tagging the second a common noun), is
that person (`missed_person`).

No first-name list is read: no well-kept offline one is on PyPI (docs/events.md).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER, ORTH, POS
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def surname(ent: Span) -> str:
    """The last word of a person's name ("Pinsent" of "Laura Pinsent's")."""
    return ent[-1].text if ent[-1].tag_ != "POS" or len(ent) < 2 else ent[-2].text


def missed_person(token: Token, entities) -> Span | None:
    """A one-word span for `token` when it is a capitalized word outside any entity that is the
    surname of a person the story names with two or more words ("Pinsent" after "Laura Pinsent")."""
    if token.ent_type_ or not token.text[:1].isupper() or not token.text[1:].islower() or \
            token.pos_ not in ("PROPN", "NOUN"):
        return None
    full = _full_names(entities)
    if token.text in full:
        return Span(token.doc, token.i, token.i + 1, label="PERSON")
    # "Marta Zielinska had worked ...", a full name the tagger gave no kind (missed_people.py)
    return next((e for e in getattr(entities, "guessed_people", ()) if e.start <= token.i < e.end), None)


def _full_names(entities) -> set[str]:
    cached = getattr(entities, "_full_surnames", None)
    if cached is None:
        cached = {surname(e) for e in entities.spans if entities.label(e) == "PERSON" and len(e) >= 2
                  and surname(e)[:1].isupper()}
        entities._full_surnames = cached
    return cached


def told_genders(ent: Span, entities, words: EventWords, besides: int | None = None) -> set[str]:
    """{"m"}, {"f"}, both or none: what the pronouns the text ties to the person say (module doc);
    `besides`: a pronoun (its index) whose own tie is not read, the one being resolved ("... said
    Cengiz Durmus. She will be honoured": that "she" tells nothing of Durmus while it is asked whom it
    stands for)."""
    cached = getattr(entities, "_told_genders", None)
    if cached is None:
        cached = _pronoun_evidence(ent.doc, entities, words)
        entities._told_genders = cached
    return {gender for gender, pronouns in cached.get(surname(ent), {}).items() if pronouns - {besides}}


def _pronoun_evidence(doc, entities, words: EventWords) -> dict[str, dict[str, set[int]]]:
    out: dict[str, dict[str, set[int]]] = {}
    # only the pronouns, found from the lowercase array (no Token made for every word of the doc)
    wanted = {get_string_id(w) for w in words.gendered_pronouns}
    for i in [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]:
        token = doc[i]
        lower = token.lower_
        gender = "m" if lower in words.masculine_pronouns else "f" if lower in words.feminine_pronouns else None
        if gender is None or token.dep_ not in (*SUBJECT_DEPS, "poss"):
            continue
        subject, start = _subject_before(token)
        if subject is None:
            continue
        if _quote_between(doc, subject.i, token.i):
            continue  # '"She has offered nothing," Dhillon said': the speaker speaks of another
        person = _person(subject, entities)
        if person is None:
            continue
        named = {surname(e) for e in entities.between(start, token.i - 1)
                 if e.start >= start and e.end <= token.i and entities.label(e) == "PERSON"}
        if named <= {surname(person)}:
            out.setdefault(surname(person), {}).setdefault(gender, set()).add(token.i)
    return out


def _quote_between(doc, first: int, last: int) -> bool:
    """Whether the pronoun at `last` is inside a quotation (the nearest quotation mark before it
    opens one) that the subject at `first` is outside of (an odd number of marks between them): the
    speaker quoted speaking of someone else. A pronoun outside a quotation ('..." she said') is not."""
    from .lead import QUOTE_ORTHS, doc_arrays
    from .quoted import _opens
    # (the marks found from the doc's ORTH array, read once per doc: no Token made per word between)
    orths = doc_arrays(doc)[2]
    low, high = min(first, last), max(first, last)
    marks = [k for k in range(low + 1, high) if orths[k] in QUOTE_ORTHS]
    if len(marks) % 2 == 0:
        return False
    before = next((k for k in range(last - 1, -1, -1) if orths[k] in QUOTE_ORTHS), None)
    return before is not None and _opens(doc[before])


def _person(token: Token, entities) -> Span | None:
    for ent in entities.between(token.i, token.i):
        if ent.start <= token.i < ent.end:
            return ent if entities.label(ent) == "PERSON" else None
    return missed_person(token, entities)


def _subject_before(token: Token) -> tuple[Token | None, int]:
    """The subject the pronoun's clause hangs on: of the nearest clause above it that has one outside
    the pronoun's own phrase ("Reed said he would appeal": Reed; "Kopp's stepmother, who married
    Kopp's father when Kopp was young, said from her home": the stepmother, not the Kopp of the
    clause in between), else the main subject of the sentence before (a clause joined to the root
    first); and where the window of named people starts."""
    doc = token.doc
    sent = token.sent
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.i
                    and not c.left_edge.i <= token.i <= c.right_edge.i]
        if subjects:
            subject = subjects[0]
            if subject.tag_ == "WP" and subject.head.dep_ == "relcl":
                subject = subject.head.head  # "Achieng, who had travelled with her son": Achieng
            return subject, sent.start
    if sent.start == 0:
        return None, 0
    before = doc[sent.start - 1].sent
    root = before.root
    verbs = [*reversed([c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]), root]
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0], before.start
    return None, before.start


def holds_role(noun: Token, ent: Span, entities) -> bool:
    """Whether the story gives the person `ent` names the role `noun` heads ("the prime minister",
    "the chairman"): a mention of their surname with the role's words in the title before it or in
    an apposition ("Prime Minister Ana Ruiz", "Ruiz, the company's chairman"). "The president" after
    "Police Chief Anna Berg" is someone else."""
    role = {noun.lower_, noun.lemma_.lower()}
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
    doc = noun.doc
    name = surname(ent)
    for other in entities.spans:
        if entities.label(other) != "PERSON" or not any(t.text == name for t in other):
            continue
        near = list(doc[max(0, other.start - 4):other.end])
        for appos in [c for c in other.root.children if c.dep_ == "appos"] + \
                ([other.root.head] if other.root.dep_ == "appos" else []):
            near += list(appos.subtree)
        words = {t.lower_ for t in near} | {t.lemma_.lower() for t in near}
        if role & words and modifiers <= words:
            return True
    return False


def people_before(token: Token, entities, words: EventWords | None = None) -> list[Span]:
    """The mentions of people before `token`: PERSON entities, and surnames the tagger missed; with
    `words`, not the names the text shows to be companies (`_owning_org_names`)."""
    mentions = getattr(entities, "_person_mentions", None)
    if mentions is None:  # read once per document
        mentions = [e for e in entities.spans if entities.label(e) == "PERSON"]
        mentions += getattr(entities, "guessed_people", [])  # untagged full names (missed_people.py)
        full = _full_names(entities)
        if full:
            # only the words written as a full name's surname can be one (missed_person): found from
            # the ORTH array, not a Token made for every word of the doc
            doc = token.doc
            orths = {get_string_id(name) for name in full}
            mentions += [span for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in orths
                         and (span := missed_person(doc[i], entities)) is not None]
        mentions.sort(key=lambda e: e.start)
        entities._person_mentions = mentions
    companies = _owning_org_names(token.doc, words) if words is not None else set()
    return [e for e in mentions if e.end <= token.i and e.text not in companies]


def _owning_org_names(doc, words: EventWords) -> set[str]:
    """Names the text gives something only an organisation has ("Norrsken's headquarters", "Norrsken's
    chief executive": the pack's `org_owned_nouns`), however the tagger labelled them: no person who
    may be "he" or "she"."""
    cached = doc.user_data.get("timeline_owning_orgs")
    if cached is None:
        cached = set()
        # only the proper nouns, found from the part-of-speech array (no Token made for every word)
        for i in [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN]:
            token = doc[i]
            if token.dep_ != "poss" or token.head.pos_ != "NOUN":
                continue
            noun = token.head
            if noun.lemma_.lower() in words.org_owned_nouns or noun.lower_ in words.org_owned_nouns or \
                    any(f"{c.lower_} {noun.lower_}" in words.org_owned_nouns for c in noun.children if c.dep_ == "amod"):
                cached.add(token.text)
        doc.user_data["timeline_owning_orgs"] = cached
    return cached


def object_person(token: Token, entities, segments, words: EventWords) -> str | None:
    """Who an object "him"/"her" ("The committee will question her next week") stands for, when the
    text leaves one person only: of the people named from three sentences before it up to it, one
    may be it, and the text shows that one's gender (a title, a pronoun tied to them); every other is
    shown to be of the other gender. Never the subject of its own clause ("Ms. Ruiz praised her" is
    someone else). Else None: an object pronoun is as often someone named long before."""
    from .actors import SUBJECT_DEPS as SUBJECTS
    from .actors import _agrees, _gender, _name, _pronoun_gender
    from .possessives import _window_start
    want = _pronoun_gender(token, words)
    if want is None or token.tag_ != "PRP" or token.dep_ not in ("dobj", "pobj", "dative"):
        return None
    start = _window_start(token, segments)
    seen = [p for p in people_before(token, entities, words) if p.start >= start]
    agreeing = {surname(p): p for p in seen if _agrees(token, p, entities, words)}
    if len(agreeing) != 1:
        return None
    (key, person), = agreeing.items()
    gender = _gender(person, entities, words)
    if gender != want and not (gender is None and _only_person(key, token, entities, words) and
                               not _person_noun_between(person, token, words)):
        return None
    verb = token.head if token.dep_ != "pobj" else token.head.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and (any(t.text == key for t in subject.subtree) or
                                _pronoun_gender(subject, words) == want):
        return None  # "Ms. Ruiz praised her", "she told her": not the same person
    return _name(person, words)


def main_clause_person(token: Token, words: EventWords) -> str | None:
    """Who an object "him"/"her" in a clause under its sentence's main clause stands for when that
    main clause's subject is a person told by a common noun whose gender the main clause shows (a
    possessive of the pronoun's gender after it, or a gendered role noun): "A former minister won his
    libel case when a judge ruled that the paper had accused him" -> "the former minister". Never in the
    main clause itself ("The minister praised him" is someone else), never with a name or a pronoun of
    that gender before it in the sentence (another person it may be). The phrase is written definite."""
    from .actors import SUBJECT_DEPS as SUBJECTS
    from .actors import _pronoun_gender
    want = _pronoun_gender(token, words)
    if want is None or token.tag_ != "PRP" or token.dep_ not in ("dobj", "pobj", "dative") or \
            len(words.definite_articles) != 1:
        return None
    root = token.sent.root
    verb = token.head if token.dep_ != "pobj" else token.head.head
    if verb.i == root.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_ or subject.i > token.i:
        return None
    gendered = words.masculine_words if want == "m" else words.feminine_words
    other = words.feminine_words if want == "m" else words.masculine_words
    if subject.lemma_.lower() in other:
        return None
    doc = token.doc
    clause = {t.i for t in verb.subtree}
    before = doc[token.sent.start:token.i]
    if any(t.ent_type_ == "PERSON" or t.i != subject.i and t.lemma_.lower() in gendered for t in before):
        return None  # a named person or another man (woman) it may be
    owners = [t for t in before if t.tag_ == "PRP$" and _pronoun_gender(t, words) == want]
    others = [t for t in before if t.tag_ == "PRP" and _pronoun_gender(t, words) == want]
    if others or any(t.i in clause for t in owners):
        return None  # "after he ...", "praised his deputy before firing him": who is who, unsure
    if not (owners or subject.lemma_.lower() in gendered):
        return None
    phrase = sorted((t for t in subject.subtree if t.i <= subject.i and not t.is_punct and
                     not any(a.dep_ in ("relcl", "appos", "prep", "acl", "advcl", "poss")
                             for a in [t, *t.ancestors] if subject.is_ancestor(a))),
                    key=lambda t: t.i)
    if not phrase or phrase[0].dep_ != "det" or any(t.dep_ == "poss" for t in phrase):
        return None
    article = next(iter(words.definite_articles))
    return " ".join([article, *(t.text for t in phrase[1:])])


def _person_noun_between(person: Span, token: Token, words: EventWords) -> bool:
    """Whether a singular noun that may be a person stands between the last mention `person` and the
    object pronoun `token` ("Ingrid Solheim ... a boy slipped from the pier, and she pulled him out"):
    the one the text leaves the gender of untold is then no safer a guess than that noun (round 46)."""
    from .actors import may_be_person
    return any(t.tag_ == "NN" and t.pos_ == "NOUN" and not t.ent_type_ and may_be_person(t, words)
               for t in token.doc[person.end:token.i])


def _only_person(key: str, token: Token, entities, words: EventWords) -> bool:
    """Whether the story names no person but the one of surname `key` before `token`: an object
    "him" or "her" with no one else it could be ("Prosecutors detained deputy minister Ion Popa ...
    They will ask a court to place him under arrest"), whatever gender the text leaves untold."""
    return {surname(p) for p in people_before(token, entities, words)} == {key}
