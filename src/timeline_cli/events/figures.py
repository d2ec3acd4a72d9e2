"""A figure of speech is no event (docs/events.md, "A figure of speech"; round 62e).

"it closed a chapter that began more than 130 years ago", "Today we close a chapter", "closing a long
chapter in which hundreds of kilns were pulled down": the chapter is a manner of speaking about the
news told beside it (the conversion announced, the vote taken), and its opening or closing happened on
no day of its own. A row "Southland Rail closed a chapter" or "A chapter began" in 1896 repeats the
news as a picture, or dates a picture. So the row whose own verb closes or turns a figure noun
(`figure_nouns`, `figure_verbs`: "closed a chapter"), or whose figure noun, as its subject or the
antecedent of its relative clause, begins or ends (`figure_subject_verbs`: "A chapter began", "a
chapter that began ..."), is none. A numbered chapter ("filed for Chapter 11"), a named or owned one
(the club's "Boston chapter", a branch) and a book's chapter begun ("The author began a chapter": no
closing verb) are things, not figures, and keep their rows; so does a figure's beginning told with
what it stands for ("A new chapter began on Friday with the signing of a treaty").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def figure_of_speech(pred: Token, words: EventWords) -> bool:
    """Whether the row's verb `pred` opens, closes or begins a figure noun ("closed a chapter", "A
    chapter began", "a chapter that began more than 130 years ago")."""
    if not words.figure_nouns:
        return False
    lemma = pred.lemma_.lower()
    if lemma in words.figure_verbs and any(c.dep_ == "dobj" and _figure(c, words) for c in pred.children):
        return True  # "it closed a chapter"
    if lemma not in words.figure_subject_verbs or _news_beside(pred):
        return False
    if pred.dep_ == "relcl" and _figure(pred.head, words) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in pred.children):
        return True  # "a chapter that began ...": the relative's subject is the chapter
    return any(c.dep_ in ("nsubj", "nsubjpass") and _figure(c, words) for c in pred.children)


def _news_beside(verb: Token) -> bool:
    """A phrase on the verb that tells what the figure stands for ("A new chapter began on Friday with
    the signing of a treaty"): the row carries that news and stays. Dates do not count ("on Friday")."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                        for g in c.children) for c in verb.children)


def _figure(noun: Token, words: EventWords) -> bool:
    """A figure noun with no number, name or owner of its own ("a chapter", "a long chapter"; not
    "Chapter 11", "its Boston chapter")."""
    return noun.lemma_.lower() in words.figure_nouns and not any(
        c.dep_ in ("nummod", "compound", "appos", "poss") or c.like_num for c in noun.children)
