"""Whether a subject "they" tells what is done to the accused, so that the police, the prosecutors or
the court named before it cannot be who "they" stands for (docs/events.md, round 52b).

actors.py resolves "they" to the one plural agent among the subjects of its sentence and the one
before. After an arrest, that subject is often the police who acted ("The men were arrested on
Sunday. Officers seized cash and cameras. They appeared in court on Tuesday and were remanded in
custody"), and "Officers appeared in court", "Officers were remanded" say the opposite of what
happened: the men did. A verb done to the accused (the pack's `accused_passives` in the passive: "were
charged", "were remanded", "were released on bail") or one the accused does in court (the pack's
`court_verbs` with one of its `court_words`: "appeared at the district court", "pleaded not guilty")
is never the act of those who arrest, charge or try them (the pack's `custody_agents`). actors.py
then looks for the accused further back (round 53d): the one plural noun that is the subject of such a
verb in the passive in the three sentences before ("The men, aged 24 to 41, were arrested on Sunday"
-> "The men appeared in court"); a count or an owner on it ("Two men", "their sons"), a name, or two
such nouns ("The drivers were fined ... the owners were charged") leave "they" as written (unsure:
events/dangling.py leaves such a row out). "Police said they arrested two men" (active) and
"Officers appeared at the scene" (no court) keep their resolution."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

ACCUSED_SENTENCES = 3  # how far back the accused are looked for


def _done_to_accused(verb: Token, words: EventWords) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in words.accused_passives:
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma not in words.court_verbs:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "conj", "cc", "punct"):
            continue
        if child.lemma_.lower() in words.court_words or \
                any(c.lemma_.lower() in words.court_words for c in child.children):
            return True  # "appeared at the District Court", "pleaded not guilty", "appeared before a judge"
    return False


def accused_they(token: Token, words: EventWords) -> bool:
    """Whether the subject "they" (`token`) is the subject of a verb done to the accused, or of a
    verb joined to one ("They appeared in court and were remanded in custody")."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i == token.i:
        return False
    return _done_to_accused(verb, words) or \
        any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _done_to_accused(c, words) for c in verb.children)


def custody_agent(candidate: Token, words: EventWords) -> bool:
    """Whether a plural subject candidate names those who arrest, charge or try ("Officers",
    "police", "Detectives", "prosecutors")."""
    return candidate.lemma_.lower() in words.custody_agents or candidate.lower_ in words.custody_agents


def accused_before(token: Token, segments: Segments, words: EventWords) -> str | None:
    """The text of the accused that a "they" done to the accused stands for, when a custody agent is
    the nearer plural subject: the one plural common noun that is the subject of a passive verb of
    the pack's `accused_passives` in the sentences before ("The men ... were arrested"), written with
    its article and adjectives; None when there is none, more than one (any other plural subject of a
    passive counts: "The drivers were fined", whose verb the lemmatizer may misread), or it carries a
    count, an owner or a name."""
    doc = token.doc
    bounds = segments.span(token)
    found: dict[str, str] = {}
    for _ in range(ACCUSED_SENTENCES):  # nearest sentence first; the first that names one settles it
        if bounds is None or found:
            break
        bounds = segments.before(bounds[0])
        if bounds is None:
            break
        lo, hi = bounds
        for i in range(lo, hi + 1):
            if doc[i].dep_ != "nsubjpass":
                continue
            candidate = doc[i]
            verb = candidate.head
            if custody_agent(candidate, words) or candidate.pos_ == "PRON":
                continue
            if verb.lemma_.lower() not in words.accused_passives:
                if candidate.tag_ in ("NNS", "NNPS"):
                    return None  # "The drivers were fined": another plural done to, whatever the verb
                continue
            if candidate.tag_ != "NNS" or candidate.pos_ != "NOUN" or candidate.ent_type_:
                return None  # "Kovac and Reyes were charged": not a plain plural noun, unsure
            modifiers = [c for c in candidate.children if c.i < candidate.i]
            if any(c.dep_ not in ("det", "amod", "compound") or c.tag_ in ("PRP$", "CD") or c.ent_type_
                   for c in modifiers) or any(c.dep_ == "conj" for c in candidate.children):
                return None  # "four men", "their sons", "the Dublin men": a count, an owner or a name
            phrase = sorted([t for m in modifiers for t in m.subtree] + [candidate], key=lambda t: t.i)
            if phrase[-1].i - phrase[0].i + 1 != len(phrase):
                return None  # a gap inside the phrase: no clean text
            text = " ".join(t.text for t in phrase)
            if phrase[0].pos_ != "PROPN":
                text = text[:1].lower() + text[1:]
            found.setdefault(candidate.lemma_.lower(), text)
    if len(found) != 1:
        return None
    text = next(iter(found.values()))
    return text[:1].upper() + text[1:] if token.is_sent_start else text


def custody_until(span, pred: Token, words: EventWords) -> bool:
    """Whether the expression `span` is the end of a custody or bail the passive verb `pred` of the
    pack's `accused_passives` sets ("were remanded in custody until Dec. 16", "was bailed until
    March 3"): the day of the next hearing, not of the remanding, which the row would be given with
    the wrong status (expected) and date (round 53d)."""
    if pred.lemma_.lower() not in words.accused_passives or not any(c.dep_ == "auxpass" for c in pred.children):
        return False
    prep = span.root.head
    if prep.dep_ != "prep" or prep.lower_ not in words.up_to_preps:
        return False
    return prep.head.i == pred.i or prep.head.head.i == pred.i and prep.head.dep_ == "pobj"


def trying_speaker(token: Token, words: EventWords) -> Token | None:
    """The speaker who tries or arrests the accused that a "he"/"she" (`token`) stands for, or None:
    the pronoun is the subject of a verb done to the accused ("would be sentenced", "was remanded"),
    in the clause reported by a person titled with one of the pack's `custody_agents` ("Judge Ann
    Moss said he would be sentenced on Dec. 12", "Detective Inspector Ruth Vale said she was
    charged"). The judge is not the one sentenced, whatever the pronoun's gender: actors.py gives
    the pronoun no name of the speaker's."""
    if token.lower_ not in words.person_pronouns or not accused_they(token, words):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in words.reporting:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > token.i:
        return None
    titles = [t for t in speaker.subtree if t.i <= speaker.i or t.head.dep_ == "appos" and t.head.head.i == speaker.i]
    return speaker if any(custody_agent(t, words) for t in titles) else None
