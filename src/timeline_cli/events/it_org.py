"""Which organisation a subject "it" stands for, where the nearest named subject is the wrong one
(docs/events.md, "Subject resolution").

* **The speaker's organisation.** "Acme chief executive Jane Doe, who will run the merged group, said
  it would save $90 million": a person does not save as "it"; the organisation her title names does.
  A subject "it" of the clause a person reports, whose title (the words compounded before the name,
  or an apposition: "Jane Doe, chief executive of Acme,") names exactly one organisation, is that
  organisation, before any subject of an earlier sentence.
* **The owner of the speaker's title.** "The museum's director, Pieter Koolhoven, said it would stay
  closed until at least Tuesday": a person is no "it"; the one thing the title is of ("The museum's")
  is. A subject "it" of the clause reported by a common noun that may name a person, set beside a
  person's name, and owned by one singular common noun that may not, is that owner (not with a copula or a clause of its own after the
  verb: "said it was too early to say", "said it was unclear whether" hold an empty "it").
* **A body in sight.** "It is the second takeover the regulator has blocked this year. In February it
  stopped a merger": the regulator, named only as "the regulator", is the one who stops mergers. A
  subject "it" whose sentence, or the sentence right before it, has a definite common noun of an
  organisation's kind as a subject (the pack's `generic_orgs`, "the company", or `public_body_words`,
  "the regulator") is left unresolved when the name found for it is of the other kind (a company
  for "the regulator", a public body for "the company"): who "it" is, is unsure, and a wrong actor is
  worse than none.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords


def _reported_subject_it(token: Token, words: EventWords) -> Token | None:
    """The person who reports the clause whose subject is `token` ("it"), or None."""
    if token.pos_ != "PRON" or token.lower_ not in words.thing_pronouns or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.lemma_.lower() not in words.reporting:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "PROPN" or speaker.i > token.i:
        return None
    from .actors import _which_aside
    if _which_aside(speaker):
        return None  # "Dover Harbour Tugs, which runs ...": no person, whatever the tagger said
    # a person by a given name and a surname, or by "who"; a one-word name the tagger called a
    # person may be a company ("Halvorsen said it expected ...")
    given = [c for c in speaker.children if c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.i < speaker.i]
    person = (given and speaker.ent_type_ in ("", "PERSON")) or any(
        c.dep_ == "relcl" and any(t.tag_ == "WP" for t in c.children) for c in speaker.children)
    return speaker if person else None


def _two_word_name(name: Token, words: EventWords) -> bool:
    """"Arnaud Pelletan" beside "The cooperative's director": a given name and a surname set beside a
    title, a person's whatever the tagger called it (round 73a); a name the tagger calls a company
    only beside an office's title ("director", not "owner": "The building's owner, Moravia Estates")."""
    if name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "FAC", "LOC") or \
            not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == name.i - 1 for c in name.children):
        return False
    from .actors import _person_title
    return name.ent_type_ != "ORG" or _person_title(name.head, words)


def title_owner_it(token: Token, words: EventWords) -> str | None:
    """The text of the one common noun owning the title of the speaker who reports the clause whose
    subject is `token` ("it"): "The museum" for "The museum's director ... said it would stay closed"
    (module doc), or None."""
    if token.pos_ != "PRON" or token.lower_ not in words.thing_pronouns or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.lemma_.lower() not in words.reporting:
        return None
    if clause.lemma_.lower() in words.copulas or any(c.dep_ in ("ccomp", "csubj") for c in clause.children):
        return None  # "said it was too early", "said it was unclear whether ...": no one's deed
    from .actors import may_be_person
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > token.i or speaker.pos_ != "NOUN" or not may_be_person(speaker, words):
        return None
    if not any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or _two_word_name(c, words)) for c in speaker.children):
        return None  # "The building's owner, the developer Moravia Estates, said it": the owner is "it"
    owners = [c for c in speaker.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.pos_ != "NOUN" or owner.tag_ != "NN" or owner.ent_type_ or may_be_person(owner, words):
        return None
    phrase = [t for t in owner.subtree if t.dep_ != "case"]
    if any(t.tag_ in ("PRP$", "PRP", "POS") or t.is_punct for t in phrase) or \
            phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    return token.doc[phrase[0].i:phrase[-1].i + 1].text


def not_for_speaker(token: Token, name: str | None, named: bool, words: EventWords) -> bool:
    """Whether `name`, found for subject "it" `token` of a clause a person reports, is that person
    herself ("Jane Doe, who will run the group, said it would ...": she is no "it"). A thing named
    before may well be "it" ("The heatwave ... Jane Doe said it would last")."""
    speaker = _reported_subject_it(token, words)
    if speaker is None or not name or not named:
        return False
    from .lead import same_actor
    return same_actor(name, speaker.text) or speaker.text in name.split()


def speakers_organisation(token: Token, entities, words: EventWords) -> str | None:
    """The one organisation the title of the person reporting `token`'s clause names (module doc)."""
    speaker = _reported_subject_it(token, words)
    if speaker is None:
        return None
    return title_organisation(speaker, entities, words)


def title_organisation(speaker: Token, entities, words: EventWords) -> str | None:
    """The one organisation the title of the person named by `speaker` names ("Acme chief executive
    Jane Doe"), or None."""
    titles = [c for c in speaker.children if (c.dep_ in ("compound", "amod") and c.i < speaker.i
                                               and c.ent_type_ != "PERSON") or c.dep_ == "appos"]
    tokens = {t.i for title in titles for t in title.subtree}
    if not any(speaker.doc[i].lemma_.lower() in words.generic_people for i in tokens):
        return None  # a title word ("chief executive", "spokeswoman") says whom the person speaks for
    from .actors import _name
    from .lead import same_actor
    names: list[str] = []
    for ent in entities.between(min(tokens), max(tokens)) if tokens else []:
        if entities.label(ent) == "ORG" and all(i in tokens for i in range(ent.start, ent.end)):
            name = _name(ent, words)
            if not any(same_actor(name, n) for n in names):
                names.append(name)
    if not names:
        names = _untagged_names(speaker, sorted(tokens), words)
    return names[0] if len(names) == 1 else None


def _untagged_names(speaker: Token, tokens: list[int], words: EventWords) -> list[str]:
    """"Brenner Rail chief executive": the proper nouns right before a title noun, when the small
    model tagged no organisation there (no place, nationality or person either)."""
    doc = speaker.doc
    runs: list[list[Token]] = []
    for i in tokens:
        token = doc[i]
        if token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG") and \
                token.lemma_.lower() not in words.generic_people:
            if runs and runs[-1][-1].i == i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    names = []
    for run in runs:
        after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
        if after is not None and after.i in tokens and after.pos_ in ("NOUN", "ADJ"):
            names.append(" ".join(t.text for t in run))
    return names


def _body_kind(lemma_or_name: str, words: EventWords) -> str | None:
    words_of = lemma_or_name.lower().split()
    if any(w in words.public_body_words for w in words_of):
        return "body"
    if any(w in words.generic_orgs for w in words_of):
        return "company"
    return None


def rival_body(token: Token, name: str, segments: Segments, words: EventWords) -> bool:
    """Whether a definite organisation noun of the other kind than `name` is a subject in sight of
    subject "it" `token` (module doc)."""
    if token.pos_ != "PRON" or token.lower_ not in words.thing_pronouns or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    bounds = segments.span(token)
    if bounds is None:
        return False
    doc = token.doc
    lo, hi = bounds[0], token.i - 1
    if bounds[0] > 0:
        before = segments.span(doc[bounds[0] - 1])
        if before is not None:
            lo = before[0]
    named = "body" if _body_kind(name, words) == "body" else "company"
    for noun in doc[lo:hi + 1]:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in words.generic_determiners for c in noun.children):
            continue
        if any(c.dep_ in ("compound", "poss") for c in noun.children):
            continue  # "the Acme board": a body of a named company
        kind = _body_kind(noun.lemma_, words)
        if kind is not None and kind != named:
            return True
    return False


def thing_speaks(token: Token, text: str, words: EventWords) -> bool:
    """Whether `text`, an unnamed noun phrase found for subject "it" `token` ("the trial", "the
    price"), would be made to speak: "it" is the subject of a verb of saying or asking ("the day
    before it said it was open to offers", "said it would ask the city council to end the trial"),
    and the noun names a happening or a value (the pack's `event_nouns`, `amount_nouns`,
    `owned_amounts`, `price_nouns`, `measure_nouns`). A happening or a price does not speak: the
    pronoun is left as written rather than told as "The price said". A body or a place that may
    speak ("The museum ... It said on Monday") keeps its resolution."""
    if token.lower_ not in words.thing_pronouns or token.dep_ != "nsubj":
        return False
    if token.head.lemma_.lower() not in words.saying_verbs:
        return False
    noun = text.split()[-1].lower() if text.split() else ""
    return noun in words.mute_nouns or noun.rstrip("s") in words.mute_nouns
