"""A quoted verdict on the story's day (round 66e): '"Ruby was the better player today."', '"We were
stronger today," she said'. A "be" (or "have") whose complement is graded against others (a
comparative or superlative: "the better player", "stronger", "the best team") says how someone
measured up on the day, no happening: the story's own news (the match, its score) has its rows. A
quoted deed of the day ('"Daniel tried everything this morning"') and a plain state ('"We were tired
today"') are not this."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .quoted import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

# the tags of a graded adjective or adverb: "better", "best"
_GRADED = ("JJR", "JJS", "RBR", "RBS")


def quoted_verdict(span: Span, pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether the row's date is a word of the story's day (`story_day_words`) inside quotation marks
    and its verb `pred` a state verb (`state_lemmas`) whose complement is graded (module doc)."""
    if span.text.lower() not in words.story_day_words or pred.lemma_.lower() not in words.state_lemmas:
        return False
    if not inside_quotes(pred, bounds) or not inside_quotes(span.root, bounds):
        return False
    for comp in pred.children:
        if comp.dep_ in ("acomp", "attr", "dobj") and (comp.tag_ in _GRADED or any(
                c.dep_ == "amod" and c.tag_ in _GRADED for c in comp.children)):
            return True
    return False


def quoted_state(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred` is a quoted adjective that a form of "be" joins to its subject ('"Tonight the
    basket was kind to me"', '"Nine years ago people were afraid of losing their name"', round 67a):
    the speaker's account of how someone or something was, no happening; the row, its speaker cut,
    reads as the story's own claim. The copula: the pack's `copulas`. A quoted participle ('"Tenants
    who were protected this morning"') or a quoted deed keeps its row."""
    adjective = pred
    if pred.pos_ != "ADJ":
        if pred.lemma_.lower() not in words.copulas:
            return False
        adjective = next((c for c in pred.children if c.dep_ == "acomp" and c.tag_ == "JJ"), None)
        if adjective is None:
            return False
    if adjective.tag_ != "JJ" or adjective.dep_ != "acomp" or adjective.head.lemma_.lower() not in words.copulas:
        return False
    return inside_quotes(adjective.head, bounds)
