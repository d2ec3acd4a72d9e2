"""A pronoun or possessive left in a description with nothing in the row it can stand for (docs/events.md,
"A pronoun with no owner in the row").

The resolvers (actors.py, possessives.py, plural_objects.py, thing_it.py, ...) write a pronoun as its
antecedent where the text settles it and leave it where it does not. A pronoun left is harmless when
the row itself names what it may stand for ("Hollis opened the factory in 1968 and expanded it",
"Acme cut its prices"), but one with no agreeing word before it in the row leaves out whose or what
the news is about: "Keepers met her calf" (the rhinoceros's, named the sentence before), "Hunting for
their pelts ... cut their numbers sharply" (the species'), "Visitors see her from a distance",
"Mission director Omar Nabil showed it to reporters" (the tomb). The judges count each of them wrong;
a missing row is better than a wrong one, so such a row is left out.

Agreeing, before the pronoun in the row: for "he"/"his"/"her" a person's name (or any name: the tagger
often misses a person) or a singular noun of a person ("the mother"), or another pronoun of the same
gender; for "it"/"its" a singular noun or name that is no person's, or another "it"/"its"; for
"they"/"their"/"them" a plural noun, a name (a company may be "they") or another plural pronoun. An
opening pronoun is left to unresolved.py (a row whose actors name someone stays there), an expletive
"it" ("made it clear") and "it" before its clause ("it is hard to say") are no pronoun of a thing, and a
generic "the company's" with no name before it in the row counts as a possessive left.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

def _times(word: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w']){re.escape(word)}(?![\w'])", text, flags=re.IGNORECASE))


def _person_noun(token: Token, words: EventWords) -> bool:
    """A singular noun of a person ("the mother", "the director"); a company noun ("the operator",
    "the carmaker") is none."""
    from .actors import may_be_person
    return token.tag_ == "NN" and token.lemma_.lower() not in words.generic_orgs and may_be_person(token, words)


def _named_person(token: Token, words: EventWords) -> bool:
    """A noun the pack names as a person's ("the chairman", "the widow"); an ending alone ("river",
    "water") does not tell it."""
    from .actors import _named_person_noun
    return token.lemma_.lower() not in words.generic_orgs and _named_person_noun(token, words)


def _titled(token: Token, words: EventWords) -> bool:
    """A name the row gives a person's title or role ("mission director Omar Nabil", "Mr. Fournier"):
    a person's, whatever else the tagger's kinds say."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    return before is not None and (_person_noun(before, words) or before.lemma_.lower() in words.generic_people or
                                   before.lower_ in words.gendered_words)


def _one_of(token: Token, words: EventWords) -> bool:
    """"One of the brands said it ...": a count out of a set stands for one of them."""
    return token.lower_ in words.one_pronouns and any(c.dep_ == "prep" for c in token.children)


def _agrees(pronoun: Token, before: list[Token], words: EventWords) -> bool:
    low = pronoun.lower_
    if low in words.person_pronouns:
        gender = low in words.feminine_pronouns
        # any singular noun may be a person ("The suspect was detained with his wife")
        return any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or _one_of(t, words) or
                   t.tag_ == "NN" and t.dep_ != "compound" or _person_noun(t, words) or
                   t.lower_ in words.person_pronouns and (t.lower_ in words.feminine_pronouns) == gender for t in before)
    if low in words.thing_pronouns:
        return any(t.lower_ in words.thing_pronouns or _one_of(t, words) or
                   t.pos_ == "PROPN" and not (t.ent_type_ == "PERSON" and _titled(t, words)) or
                   t.tag_ == "NN" and not _named_person(t, words) and
                   not (t.dep_ == "compound" and (_person_noun(t, words) or _person_noun(t.head, words)))
                   for t in before)
    return any(t.lower_ in words.plural_pronouns or t.tag_ in ("NNS", "NNPS") or t.pos_ == "PROPN" or
               t.lemma_.lower() in words.collective_nouns for t in before)


def _thing_it(token: Token, words: EventWords) -> bool:
    """An "it" that stands for a thing: not an expletive or the subject of an extraposed clause
    ("it is hard to say", "made it clear that")."""
    if token.dep_ == "expl":
        return False
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in words.copulas:
        return False  # "it is just a matter of days": the situation, no thing
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i and
                                                    c.pos_ in ("VERB", "AUX") for c in head.children) and \
            any(c.dep_ == "acomp" for c in head.children):
        return False  # "it is hard to say"
    if token.dep_ in ("dobj", "nsubj") and any(c.dep_ in ("acomp", "oprd") for c in head.children) and \
            any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
        return False  # "made it clear that ...", "found it hard to ..."
    return True


def _reporters_words(pronoun: Token, words: EventWords) -> set[int]:
    """The token indices of the reporting clause that follows the clause `pronoun` is in ("Its
    batteries were never emptied, Halcyon said in a statement": "Halcyon said in a statement"), which
    the pronoun, told before them, does not stand for. A clause fronted on another verb may point
    ahead ("Their morale boosted, the Allied marines fought"): only a reporting verb's (`reporting`)."""
    clause = next((a for a in pronoun.ancestors if a.dep_ in ("ccomp", "parataxis")), None)
    if clause is not None and clause.i < clause.head.i and clause.head.lemma_.lower() in words.reporting:
        inside = {t.i for t in clause.subtree}
        return {t.i for t in clause.head.subtree if t.i > pronoun.i and t.i not in inside}
    # the parser's other way: the reporting verb hung on the reported clause's root
    root = next((a for a in pronoun.ancestors if a.head.i == a.i), None)
    said = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i > pronoun.i] if root is not None else []
    if len(said) == 1 and said[0].lemma_.lower() in words.reporting and any(c.dep_ in ("nsubj", "nsubjpass") for c in said[0].children) and \
            said[0].left_edge.i > pronoun.i:
        return {t.i for t in said[0].subtree}
    return set()


def dangling_pronoun(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the row's description keeps a third-person pronoun (or a generic "the company's") that
    no word before it in the row can stand for (module doc). `tokens`: the description's tokens."""
    ordered = [t for t in tokens if t is not None]  # the order the row tells them in
    if not ordered or not words.plural_pronouns:
        return False  # (a pack without the pronoun lists: the rule is off)
    pronouns = words.person_pronouns | words.thing_pronouns | words.plural_pronouns
    for k, token in enumerate(ordered):
        low = token.lower_
        if k == 0:
            continue  # an opening pronoun: unresolved.py
        if low in pronouns:
            if low in words.thing_pronouns and low not in words.neuter_possessives and not _thing_it(token, words):
                continue
            same = [t for t in ordered if t.lower_ == low]
            if _times(low, description) < len(same):
                continue  # written as its antecedent somewhere: which one is unsure, leave the row
            # a reporter put first ("Its batteries were never emptied, Halcyon said" told "Halcyon said
            # its batteries ...") came after the pronoun of the clause it reports, which stands for
            # something named before it; a phrase of the reporter's own verb may point ahead ("In its
            # statement, Acme said ...")
            reporters = _reporters_words(token, words)
            before = [t for t in ordered[:k] if t.i not in reporters]
            if token.dep_ in ("dobj", "dative") and low not in words.reflexive_pronouns:
                # an object is not its own verb's subject ("The regulator fined it": not the regulator),
                # though it may be the subject's owner ("Problems with the NSE's links forced it to stop")
                own = {t.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
                owners = {t.i for i in own if token.doc[i].dep_ == "poss" for t in token.doc[i].subtree}
                before = [t for t in before if t.i not in own - owners]
            if not _agrees(token, before, words):
                return True
        elif token.dep_ == "poss" and token.lemma_.lower() in words.generic_object_orgs and \
                any(c.dep_ == "det" and c.lower_ in words.definite_articles for c in token.children) and \
                not any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):  # "the towing company's": a kind told
            found = re.search(rf"(?<!\w){re.escape(token.text)}'s", description, flags=re.IGNORECASE)
            # a name before it in the row, or an owner written for a pronoun ("Du Pont Co's profit"):
            # a capitalised word after the first
            if found and not re.search(r"\s[A-Z]", description[:found.start()]) and \
                    not any(t.pos_ == "PROPN" or t.lower_ in words.thing_pronouns for t in ordered[:k]):
                return True  # "... over the company's plan", no company named in the row
    return False
