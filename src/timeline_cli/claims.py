"""Status `reported`: a claim attributed to someone that the text does not confirm.

"Police allege that the men smuggled weapons", "North Korea claims to have tested a missile",
"prosecutors accused him of taking bribes", "the rebels reportedly seized the town": the smuggling,
the test, the bribes and the seizure are what someone says happened, not what the article reports as
fact. Their rows get status `reported` instead of `occurred`. The claim itself ("Police allege") is
an event that occurred and keeps its status. Neutral reporting verbs (say, tell, announce) do not
make their content `reported`: news reports most events through them, and "Apple said it released
..." is the article's own account.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ALLEGING = {"allege", "claim", "accuse", "purport", "contend", "charge"}
HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}


def is_reported(pred: "Token", chain: list["Token"]) -> bool:
    """Whether the event `pred` (with its control-verb chain) is only alleged or claimed."""
    verbs = [*chain, pred]
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for verb in verbs for c in verb.children):
        return True
    top = chain[0] if chain else pred
    head = top.head
    if top.dep_ in ("ccomp", "xcomp") and head.i != top.i and head.lemma_.lower() in ALLEGING:
        return True  # "alleged that they smuggled", "claims to have tested"
    if top.dep_ == "pcomp" and head.lower_ == "of":
        # "accused him of taking bribes" (the parser may hang "of" on "him")
        up = head.head
        if up.lemma_.lower() not in ("accuse", "suspect") and up.dep_ == "dobj":
            up = up.head
        return up.lemma_.lower() in ("accuse", "suspect")
    return False
