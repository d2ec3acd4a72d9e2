"""A date on a gerund that tells what the agent of a passive verb was doing (round 25; docs/events.md,
"A date on the agent's gerund"): "Residents were woken by police knocking on doors shortly after
midnight": the knocking woke them, so the waking happened then too; the gerund alone ("Police knocking
on doors") has no finite verb and gave no row, so the passive verb tells it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def agent_gerund_host(pred: Token) -> Token | None:
    """The passive verb whose agent the gerund `pred` modifies ("were woken by police knocking ..."),
    or None."""
    if pred.tag_ != "VBG" or pred.dep_ != "acl" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in pred.children):
        return None
    noun, prep = pred.head, pred.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or prep.dep_ != "agent":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb
