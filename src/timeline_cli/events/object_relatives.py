"""Round 73d: an object relative clause the parser read as a participle on its subject.

"The court annulled a permit that the state mining authority granted in March 2023": the relative
clause's verb "granted" (its object the relative "that", standing for "a permit") is parsed as a
past participle hung on "authority", as if "the state mining authority granted in March 2023" were
"an authority [that was] granted in March 2023". The row is then told as a passive of its subject,
"The state mining authority was granted": the granter made the one granted and the permit lost
(the hundredth judged sample's row 12; the hundred-and-sixth's "The lower house was approved" for
"A pension reform bill that the lower house approved last month").

The detector: the trigger a past participle hung on a noun as a reduced relative, with no auxiliary,
agent or object of its own; right before the noun's phrase a relative word the tagger took for a
relative pronoun ("that" tagged WDT or parsed as an object, subject or loose dependent, not the
complementizer of "said that the plan approved in May ..."; "which", "whom"), itself right after a
noun (the antecedent, a comma between allowed). Told instead by the clause as its words mean it:
the subject's phrase, the verb as written (a past tense), the antecedent's phrase as its object
(from the noun above a prepositional object: "a permit for a quarry that the board granted" -> "The
board granted a permit for a quarry"), then the verb's other words: "The state mining authority
granted a permit". A noun that is the subject of a full verb after the participle ("300 that no
one born after 1960 could remember hearing": "born" a true participle of "no one") is left as it
was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_OWN_WORDS = ("aux", "auxpass", "agent", "dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd")


def _relative_before(noun: Token, words: EventWords) -> Token | None:
    """The relative word right before the noun's phrase, when the tagger read it as a relative
    pronoun (not the complementizer "that" of "said that the plan approved in May ...")."""
    start = noun.left_edge.i
    word = noun.doc[start]
    if word.lower_ not in words.relative_pronouns or word.i == noun.i:  # ("that" may be parsed into the phrase)
        if start == 0:
            return None
        word = noun.doc[start - 1]
    if word.lower_ not in words.relative_pronouns:
        return None
    if word.lower_ in words.complementizers and word.tag_ != "WDT" and word.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "dep"):
        return None
    return word


def _antecedent(relative: Token) -> Token | None:
    """The noun right before the relative word (a comma between allowed): the relative's antecedent."""
    i = relative.i - 1
    doc = relative.doc
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].dep_ == "compound":
        return None
    noun = doc[i]
    # "a permit for a quarry that the authority granted": which noun the relative stands for the
    # parse cannot say; the phrase from the noun above tells it either way
    # (one step up only: "a dispute over a deficit that the university reported" is the deficit)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") and \
            noun.head.head.i < noun.i:
        noun = noun.head.head
    return noun


def object_relative_clause(pred: Token, dated: set[int], bounds: tuple[int, int],
                           words: EventWords) -> tuple[list[Token], list[Token]] | None:
    """The tokens telling an object relative clause misread as a participle on its subject (module
    doc), in the order to tell them, and the subject's tokens; else None. `dated`: the indices of
    the row's time expression."""
    if pred.tag_ != "VBN" or pred.dep_ != "acl" or pred.head.i >= pred.i:
        return None
    if any(c.dep_ in _OWN_WORDS for c in pred.children):
        return None
    noun = pred.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    relative = _relative_before(noun, words)
    if relative is None:
        return None
    above = noun.head
    if noun.dep_ == "nsubj" and above.pos_ == "VERB" and above.i > pred.i:
        return None  # "300 that no one born after 1960 could remember": "born" is the noun's own
    antecedent = _antecedent(relative)
    if antecedent is None or antecedent.i < bounds[0] or relative.i > bounds[1]:
        return None
    doc = noun.doc
    subject = [t for t in doc[relative.i + 1:pred.i] if not t.is_punct]
    if not subject or any(t.i in dated for t in subject):
        return None
    start = max(antecedent.left_edge.i, bounds[0])
    object_words = [t for t in doc[start:relative.i] if not (t.is_punct and t.i == relative.i - 1)]
    if any(t.i in dated or t.lower_ in words.relative_pronouns for t in object_words):
        return None
    particles = [c for c in pred.children if c.dep_ == "prt"]
    rest = [t for t in doc[pred.i + 1:min(pred.right_edge.i, bounds[1]) + 1]
            if t.i not in dated and t.dep_ != "prt" and not t.is_punct]
    # (a preposition left with nothing but the date: "in" of "in March 2023")
    rest = [t for t in rest if not (t.dep_ == "prep" and all(o.i in dated for o in t.subtree if o.i != t.i))]
    return [*subject, pred, *particles, *object_words, *rest], subject


def opening_article(tokens: list[Token], words: EventWords) -> dict[int, str]:
    """The sentence's opening article told inside the description ("The lower house approved A
    pension reform bill"): lowered, as render lowers a longer opening word."""
    return {t.i: t.lower_ for t in tokens[1:] if t.is_sent_start and t.text[:1].isupper() and
            t.lower_ in words.indefinite_articles}
