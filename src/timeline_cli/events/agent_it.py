"""Whether the noun found for a subject "it" can do what the pronoun's verb says (docs/events.md, "Round
66a"): a verb of intending, hoping, saying, deciding or an organisation's deed ("It expects to remove
all stock", "it plans to move", "It said", "it would hire") wants a doer, and a happening's noun is
none:

    Acme is recalling 8,000 kettles. The recall covers two models, the firm said. It expects to
    finish by Friday.                -> "It expects to finish" (not "The recall expects to finish")

The centering rule (actors.py `previous_subject`) takes the nearest earlier singular subject, and the
subject of a closing attribution is passed over, so the happening the reported clause is about ("The
recall") was made the one who expects. When the noun found cannot act, the pronoun is left as written,
and a row that names no one is then dropped (unresolved.py): no row is better than "The recall expects
to ...".

A happening is a common noun of the pack's `event_nouns` (or `mute_nouns`: amounts, prices), a
name whose head is one ("the First World War", tagged an organisation), or a noun the story itself
uses as a verb's lemma ("is recalling ... The recall", "was fined ... The fine"); a body that may
act (antecedents.py `_can_act`: "the fund", even where the story says "funded") never is. Other
verbs keep the resolution: a happening may start, end, spread or be held ("The strike ... It ended
on Friday").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def wants_doer(pronoun: Token, words: EventWords) -> bool:
    """Whether `pronoun` is the subject of an active verb only a doer does: the pack's `intent_verbs`
    ("expect", "plan"), `wishing_forms` ("hopes"), `saying_verbs`, `acting_verbs` ("decide", "vote")
    or `organisation_deeds` ("hire", "report")."""
    if pronoun.dep_ != "nsubj":
        return False
    verb = pronoun.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in words.intent_verbs or verb.lower_ in words.wishing_forms or lemma in words.saying_verbs or \
        lemma in words.acting_verbs or lemma in words.organisation_deeds


def happening(noun: Token, words: EventWords) -> bool:
    """Whether `noun` names a happening, no doer (module doc)."""
    from .antecedents import _can_act
    if noun.pos_ == "PROPN":
        return is_event_noun(noun, words)  # "the First World War"
    if noun.pos_ != "NOUN" or _can_act(noun, words):
        return False
    lemma = noun.lemma_.lower()
    if lemma in words.event_nouns or lemma in words.mute_nouns:
        return True  # (not the suffix alone: "the opposition", "the administration" may act)
    if noun.tag_ == "NN" and bare_noun(noun):
        return True  # a bare activity or flow ("Work on the line began ... It had planned to"; round 69)
    # "Acme is recalling 8,000 kettles ... The recall": a deed the story told with the noun's verb
    # before the noun names it (not "the store" after "stored its grain" somewhere in the story)
    return noun.tag_ == "NN" and any(t.pos_ == "VERB" and t.lemma_.lower() == lemma for t in noun.doc[:noun.i])


def bare_noun(noun: Token) -> bool:
    """Whether `noun` has no determiner, possessive, compound, number or adjective of its own ("Work",
    "Trading", "Traffic"): an activity or a flow, not a thing or body the story singles out."""
    return not any(c.dep_ in ("det", "poss", "compound", "nummod", "amod") for c in noun.children)


def cannot_act(noun: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether the noun `noun` found for the subject "it" `pronoun` is a happening made the doer of a
    verb that wants one: the pronoun is better left as written."""
    return pronoun.lower_ in words.thing_pronouns and wants_doer(pronoun, words) and happening(noun, words)
