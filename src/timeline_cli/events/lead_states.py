"""A feature lead that sets a scene with a state ("Ram Thapa was asleep in the back of his bus when the
hillside gave way"; "The climber was unconscious as rescuers reached her"): the main clause is no event
of the publication day, the happening is in its "when"/"as" clause (docs/events.md, "The lead rule":
a scene's state). The lead rule gives no publication-dated row to a main predicate that is a copula
with an adjective (the pack's `copulas`; "was asleep", not "was killed", a passive that is itself an
event) and a clause of the pack's `simultaneity_markers` hung on it: the lead's row is that
clause's instead ("The hillside gave way"), dated as the lead, unless its own date already gives it one.

A lead's passing thought ("For a moment, Mia Carter thought the scoreboard was wrong"; "At first,
residents believed it was thunder") is a scene too: a verb of thinking (the pack's `thinking_verbs`) in
the past with a fronted phrase of a moment or of "at first" (`passing_moments`) tells what someone
briefly took to be so, most often wrongly, not a happening: no publication-dated row (`passing_thought`;
the sixteenth judged sample).

A lead that gives someone's age at a moment ("Ruth Penhallow was 71 when she first walked into the
chapel hall"; "Tomas Berg was 19 when he signed his first contract") tells neither an event of the
publication day nor when the "when" clause's happening was: the age is a state, and the clause is some
past moment the article seldom dates. No publication-dated row (`age_at_scene`): a copula whose
complement is a bare number, a person (a name or pronoun) as its subject and a "when"/"as" clause.
"The death toll was 71 when ..." (a common noun subject) is left to the other rules.

A lead that describes its scene in the present (round 65h; the sixty-ninth sample's "The pup in pen four
is called Tjalling, weighs 9 kilograms and refuses to eat herring", the seventy-first's "The mill ...
has outlived almost every industry that once surrounded it") tells how things are, not what happened on
the publication day: no publication-dated row (`present_state`) for a present passive of naming
(`naming_verbs`) with a name for complement ("is called Maartje"; not "is named chief executive", a
role: an appointment; a capitalised complement the tagger took for a verb, "is called Dalling", is a
name too), a present measure (`state_measure_verbs`: "weighs 40 kilograms", "costs 12
euros") with no auxiliary, or a present perfect of outliving (`outlasting_verbs`: "has outlived nearly
every trade").

Round 73e widens the scene's present (`_present_scene`): a thing that has something ("The blue suitcase
has a broken wheel"), somebody who knows ("nobody in the hall knows what is inside it"; the pack's
`scene_state_verbs`), or a copula with an adjective ("The old cowshed is warm, dark and quiet"), all in
the present with no auxiliary, no "when" clause (`scene_state`'s) and no "to" clause, and a common-noun
subject with no possessor and no number: "Harbour Mills has a new owner" (a name), "The city's tram has
faults" (a possessor) keep their rows. And the weather a lead opens on, going on or lasting
(`_weather_background`): a bare subject of the pack's `weather_nouns` ("The rain", "Frost"; not "Heavy
rain") with a progressive ("had been falling since dawn", "was still falling when ...") or a persisting
adverb ("Frost still lay in the furrows") is the scene's background; "The rain had emptied half the
stands" (a deed of the weather) keeps its row."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def scene_state(predicate: Token, words: EventWords) -> Token | None:
    """The verb of the "when"/"as" clause a lead predicate `predicate` that is a state sets the scene
    for ("was asleep when the hillside gave way": gave), or None (module doc)."""
    if predicate.lemma_.lower() not in words.copulas or \
            not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in predicate.children):
        return None
    return next((c for c in predicate.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in words.simultaneity_markers and m.i < c.i
        for m in c.children)), None)


def age_at_scene(predicate: Token, words: EventWords) -> bool:
    """Whether the lead predicate `predicate` gives a person's age at a "when"/"as" moment: "X was 71
    when she first walked in" (module doc)."""
    if predicate.lemma_.lower() not in words.copulas:
        return False
    children = list(predicate.children)
    if not any(c.dep_ == "attr" and c.tag_ == "CD" and not any(True for _ in c.children) for c in children) or \
            not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") for c in children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in words.simultaneity_markers
                                         and m.i < c.i for m in c.children) for c in children)


def passing_thought(predicate: Token, words: EventWords) -> bool:
    """Whether the lead predicate `predicate` is a passing thought (module doc): "For a moment, X
    thought ...", "At first, X believed ..."."""
    if predicate.lemma_.lower() not in words.thinking_verbs or predicate.tag_ != "VBD":
        return False
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    for child in predicate.children:
        if child.dep_ in ("prep", "advmod", "npadvmod") and child.i < subject.i and \
                any(t.lower_ in words.passing_moments for t in child.subtree):
            return True
    return False


def present_state(predicate: Token, words: EventWords) -> bool:
    """Whether the lead predicate `predicate` describes its scene's present state (module doc): "is
    called Maartje", "weighs 40 kilograms", "has outlived nearly every trade"."""
    lemma = predicate.lemma_.lower()
    auxes = [c for c in predicate.children if c.dep_ in ("aux", "auxpass")]
    if lemma in words.naming_verbs:
        return predicate.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
            auxes[0].tag_ in ("VBZ", "VBP") and \
            any(c.dep_ in ("oprd", "attr") and (c.pos_ == "PROPN" or c.text[:1].isupper())
                for c in predicate.children) and \
            not any(c.dep_ in ("xcomp", "ccomp") for c in predicate.children)
    if lemma in words.state_measure_verbs:
        return predicate.tag_ in ("VBZ", "VBP") and not auxes and any(
            c.dep_ in ("dobj", "npadvmod", "attr") and (c.like_num or any(n.like_num for n in c.children))
            for c in predicate.children)
    if lemma in words.outlasting_verbs:
        return predicate.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lemma_.lower() in words.perfect_aux and \
            auxes[0].tag_ in ("VBZ", "VBP")
    return _present_scene(predicate, lemma, auxes, words) or _weather_background(predicate, auxes, words)


def _present_scene(predicate: Token, lemma: str, auxes: list[Token], words: EventWords) -> bool:
    """"The blue suitcase has a broken wheel", "nobody in the hall knows what is inside it", "the
    cowshed is warm and dark": a present state of a thing the scene shows (round 73e, module doc)."""
    if predicate.tag_ not in ("VBZ", "VBP") or auxes or \
            any(c.dep_ in ("xcomp", "advcl", "neg") for c in predicate.children):
        return False
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    # a common noun ("the cowshed" the tagger may take for a participle), never a name or a pronoun
    if subject is None or subject.tag_ not in ("NN", "NNS", "VBN") or \
            any(c.dep_ == "poss" or c.tag_ == "CD" for c in subject.children):
        return False
    if lemma in words.scene_state_verbs:
        return lemma not in words.copulas and any(c.dep_ in ("dobj", "ccomp", "prep") for c in predicate.children)
    return lemma in words.copulas and any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in predicate.children)


def _weather_background(predicate: Token, auxes: list[Token], words: EventWords) -> bool:
    """"The rain had been falling since dawn", "The tide was still falling when ...", "Frost still lay
    in the furrows": the weather a feature lead opens on, lasting or going on, is its scene's
    background, no happening (round 73e, module doc)."""
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in words.weather_nouns or \
            any(c.dep_ in ("poss", "amod", "compound") for c in subject.children):
        return False
    going_on = predicate.tag_ == "VBG" and any(a.lemma_.lower() in words.copulas for a in auxes)
    return going_on or any(c.dep_ == "advmod" and c.lower_ in words.persisting_adverbs for c in predicate.children)
