"""A date inside a noun's phrase dates that noun, not the clause's verb (round 22; issue item 4: the
noun gets its own row or none, and here none):

- an "including ..." phrase: "has received reports of 11 crashes, including one in Ohio in April"
  dates the Ohio crash, not the receiving of the reports;
- an "after <noun> ..." phrase of a verb that has a date of its own: "After clashes along the border in
  the early 2000s, the two countries signed an agreement in 2008" dates the clashes; the signing has
  its 2008.

- the subject of a verb of putting off or calling off (round 30): "A planned launch in September was
  postponed after regulators asked for more checks", "The vote set for Tuesday was cancelled": the
  date is the thing's that did not happen then; the putting off has no date of its own there.

- the subject of a verb told as coming after (round 39): "A similar claim for another planet in 2023 was
  later withdrawn", "The 2019 ruling has since been overturned": the date is the subject's own time;
  the verb's "later" says it is not of that date.

- a possessive day of a noun under a modal verb (round 53b): "The council will have to pay the
  residents' legal costs for Thursday's hearing", on a Friday: the day is the hearing's, past; the
  paying is still to come and is not of that day.

- the topic of a written work (round 58b): "A second paper, on emissions in winter under the ice, is
  expected early next year": the winter is the emissions', the paper's topic, not the paper's time.

A year before the subject of a state ("the 1859 treaty remained valid") is anchor.py's (`anchor`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def noun_phrase_date(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int], words: EventWords) -> bool:
    """True when the date's predicate is an "including" phrase or the noun of an "after" phrase whose
    verb has a date of its own, so the date gives the clause no row."""
    if pred.lower_ in words.including_preps and pred.dep_ in ("prep", "advcl", "acl"):
        return True  # "11 crashes, including one in Ohio in April"
    prep = pred.head
    if pred.dep_ == "pobj" and pred.pos_ in ("NOUN", "PROPN") and prep.dep_ == "prep" and \
            prep.lower_ in words.after_noun_preps and prep.head.pos_ in ("VERB", "AUX"):
        verb = prep.head
        inside = set(range(span.start, span.end))
        # "After clashes in the early 2000s, the two countries signed an agreement in 2008"; not a date of
        # a conjunct verb ("collapsed after the election of 2020 and worsened after ... in 2022")
        return any(t.i in timex_tokens and t.i not in inside and not prep.is_ancestor(t) and verb_above_index(t) == verb.i
                   for t in verb.subtree)
    return False


def called_off_subject(span: Span, ahead: bool, words: EventWords) -> bool:
    """True when the date lies inside the subject of a verb of putting off or calling off and names the
    thing's own time: a subject marked as a plan ("A planned launch in September", "The vote scheduled
    for Tuesday") or a date still ahead (`ahead`: "A concert next Saturday has been called off"). "The
    hearing on Friday was delayed by two hours" is a delay of that day: its row stays."""
    for ancestor in span.root.ancestors:
        if ancestor.dep_ in ("nsubj", "nsubjpass"):
            verb = ancestor.head
            if not _calls_off(verb, words):
                return False
            return ahead or any(t.lower_ in words.planned_modifiers or t.lemma_.lower() in words.planned_modifiers
                                for t in ancestor.subtree if t.dep_ in ("amod", "acl", "compound"))
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl"):
            return False  # the date is a clause's of its own inside the subject ("what began in 2020")
    return False


def called_off_object(span: Span, pred: Token, ahead: bool, words: EventWords) -> Token | None:
    """The verb that puts off or calls off ("cancelled Saturday's meeting at Limerick and Sunday's card",
    on a Saturday) when a day still ahead (`ahead`) is the possessive of its object, or None: the day is
    the card's, which will not take place then; the calling off was not on it, and its row is not
    dated by it (round 46c). `pred` is the verb or its object; the object's conjunct may hang on the
    first object's place ("meeting at Limerick and ... card")."""
    root = span.root
    if not ahead or root.dep_ != "poss":
        return None
    verb = pred.head if pred.dep_ == "dobj" else pred
    if verb.pos_ not in ("VERB", "AUX") or not _calls_off(verb, words):
        return None
    noun = root.head
    for _ in range(6):
        if noun.dep_ != "conj":
            break
        noun = noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
    return verb if noun.dep_ == "dobj" and noun.head.i == verb.i else None


def _calls_off(verb: Token, words: EventWords) -> bool:
    """Whether `verb` puts off or calls off ("postponed", "cancelled", "called off")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in words.postponing or lemma in words.cancelling or
                                             f"{lemma} {particle}" in words.cancelling)


def later_verb_subject(span: Span, words: EventWords) -> bool:
    """True when the date lies in the subject's own phrase (no verb between) of a verb with an adverb
    of what came after (`sequel_adverbs`: "A claim in 2023 was later withdrawn"). A clause inside the
    subject keeps its date ("The firm, founded in 1990, later moved": the founding's row). The caller
    leaves out days, which the parser often hangs on a subject ("Police on Monday later arrested him")."""
    for ancestor in span.root.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ in ("nsubj", "nsubjpass"):
            verb = ancestor.head
            return verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "advmod" and c.lower_ in words.sequel_adverbs for c in verb.children)
    return False


def past_possessive_under_modal(span: Span, ahead: bool) -> str:
    """The modal ("will", "could") when the date is the possessive of a noun ("Thursday's hearing",
    "last week's ruling"), not still ahead, and the nearest verb above that noun is told with a modal
    ("will have to pay ... for Thursday's hearing", "could appeal against last week's ruling", or above
    the purpose infinitive "to stay": "would ask for money to stay solvent after last month's floods"): the
    day is the noun's, past, and the modal clause that would tell its row is neither of that day nor
    something that occurred; "" otherwise. A day still ahead keeps its row ("will play in Saturday's
    final"); the caller drops only a row told by that clause with the noun's status `occurred`
    ("before he could capture that year's harvest", told as expected, stays), or, with a modal of a
    sure future ("Under Thursday's contract, the yard will build a ferry", round 55b), whatever its
    status, since what will be done cannot be of a day already past."""
    root = span.root
    if ahead or root.dep_ != "poss" or root.head.pos_ != "NOUN":
        return ""
    index = verb_above_index(root.head)
    if index is None:
        return ""
    verb = root.doc[index]
    for _ in range(4):  # "will have to pay": the modal sits on the verb the infinitive hangs on
        modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal is not None:
            return modal
        # also up from a purpose infinitive: "would ask for money to stay solvent after ..." (round 60b)
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        if verb.dep_ != "xcomp" and not purpose or verb.head is verb:
            return ""
        verb = verb.head
    return ""


def framework_possessive(span: Span, words: EventWords) -> bool:
    """True when the date is the possessive of the noun of a framework phrase (`framework_preps`: "under",
    "according to") on a verb told with a modal: "Under Thursday's contract, Coulby Marine will build an
    electric ferry", "According to Tuesday's report, the economy will grow" (round 55b). The day is the
    contract's or the report's; what will (or must) be done under it is of no day there, whichever way
    the parse resolved the bare weekday."""
    root = span.root
    if root.dep_ != "poss" or root.head.dep_ != "pobj":
        return False
    prep = root.head.head
    phrase = prep.lower_ if prep.head.dep_ != "prep" else f"{prep.head.lower_} {prep.lower_}"
    if prep.dep_ != "prep" or phrase not in words.framework_preps:
        return False
    verb = prep.head if prep.head.dep_ != "prep" else prep.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def topic_date(span: Span, words: EventWords) -> bool:
    """True when the date lies inside the topic of a written work (`study_nouns`, `topic_preps`): "a
    paper on emissions in winter", "a report about the floods of 2019". At least one noun stands
    between the date and the topic's preposition, so "a report on Monday" keeps its day; a verb on the
    way up ("a report on the floods, published in March") leaves the date to that verb. Only a date in
    a phrase of its own or a modifier ("in winter", "of 2011", "the 2019 floods"): a bare one
    ("publish a report on the bridge's first year next January") is the parser's guess, often the verb's."""
    token = span.root
    if token.dep_ not in ("pobj", "compound", "nummod"):
        return False
    for _ in range(8):
        head = token.head
        if head is token or token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in words.topic_preps and \
                head.head.pos_ == "NOUN" and head.head.lemma_.lower() in words.study_nouns:
            return token.i not in range(span.start, span.end)
        token = head
    return False


def verb_above_index(token: Token) -> int | None:
    """The index of the nearest verb above `token` (also read by after_nouns.py)."""
    return next((a.i for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
