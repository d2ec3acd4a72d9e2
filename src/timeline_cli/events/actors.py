"""Actors: the named entities of a row's description, subject first (docs/events.md); and a small
antecedent resolver over the parse and named entities, who "he", "it" or "the company" is.

A row whose subject is a pronoun or a generic noun phrase does not say who did what ("It wants to
eliminate 789 dealers"); `antecedent(token, ...)` names the actor it stands for, or returns None when
the text does not settle it (precision first: a wrong name is worse than a pronoun).

The rule is a centering one: a subject pronoun continues the topic, the subject of the clause before
it. Candidates are the subjects of the preceding clauses of the same sentence (nearest first), then
the main subjects of up to MAX_SENTENCES sentences before it:

* he/she/his/her/him: the nearest candidate that is a PERSON entity; common nouns and "it"/"they"
  are passed over (they cannot be "he"), pronouns are followed back to their own antecedent, and any
  other proper name ends the search unresolved (the tagger may have missed a person: "Kopp" as GPE).
* it/its: the nearest candidate; it must be an ORG or GPE entity (or a generic company noun or "it"
  resolved in turn). A candidate that is a person or plural is passed over; any other singular noun
  ends the search unresolved (the pronoun most likely stands for that thing: "The store ... It sells").
* "the company" / "the firm" / ... (the pack's `generic_orgs`) is "it" restricted to ORG entities, passing over
  other nouns, up to GENERIC_SENTENCES sentences back; failing that, the company that is the subject
  of one of the story's first TOPIC_SENTENCES sentences (the company the story is about); "the Iraqi leader" / "the chairman" / ... (`generic_people`) is "he" for people.
* they (a subject): the one plural agent (a group noun such as "authorities", or a name given a
  plural verb: "Apple have released") among the subjects of its sentence and the one before; none
  when another plural is in sight. their/them and anything else are not resolved.

Entity labels are first made consistent with the document's fuller names (`Entities.label`): "Kopp"
tagged GPE after "James Kopp" is a person.

Nothing here is fitted to particular articles; `coreferee` and spaCy's experimental coref were
considered and not used (docs/events.md, "Subject resolution").
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..temporal.context import doc_text
from .centered import object_company
from .clauses import cannot_be_it
from .closed_relatives import misread_main_verb
from .complement_subject import complement_subject
from .fragments import after_comma
from .it_org import not_for_speaker, rival_body, speakers_organisation, thing_speaks
from .lead import doc_arrays, doc_heads, label_id
from .nonactors import names_a_possessor, names_a_product_line, without_score
from .not_company import described_no_company, described_public_body, no_company, not_a_company
from .small_clauses import agent_small_clause, object_of_plural, small_clause_object
from .words import EventWords

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

    from .segments import Segments

ACTOR_LABELS = {"GPE", "ORG", "PERSON", "NORP"}

MAX_SENTENCES = 3
QUOTE_REACH = 40  # words after the pronoun's sentence in which its quotation may close (round 66a)
TOPIC_SENTENCES = 3  # "the company" with no company subject nearer: the first sentences' company
GENERIC_SENTENCES = 8  # "the company" names its kind, so it may look further back than "it"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_SUBJECT_IDS = frozenset(map(label_id, SUBJECT_DEPS))  # as the doc's DEP array holds them
ORG_LABELS = {"ORG", "GPE"}


def _kind(token: Token, words: EventWords) -> str | None:
    """"person" or "org" for a pronoun or generic noun phrase head that may be resolved, else None."""
    lower = token.lower_
    if token.pos_ == "PRON" or token.tag_ == "PRP$":
        if lower in words.person_pronouns:
            return "person"
        if lower in words.thing_pronouns:
            return "org"
        return None
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_:
        return None
    determiners = [c for c in token.children if c.dep_ == "det"]
    if not determiners or determiners[0].lower_ not in words.generic_determiners:
        return None
    if any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in token.children):
        return None  # "the Apple company" names itself
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") and not _aside(c) for c in token.children):
        return None  # "the company that makes ...": a new referent described, not an old one
    lemma = token.lemma_.lower()
    if lemma in words.generic_orgs:
        return "org-generic"
    if lemma in words.generic_people:
        return "person"
    return None


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("The company, which reported a loss in July, is ..."):
    it adds to a referent already known, it does not pick a new one out."""
    return clause.dep_ == "relcl" and after_comma(clause)


def is_resolvable(token: Token, words: EventWords) -> bool:
    return _kind(token, words) is not None


def _entity(token: Token, entities) -> Span | None:
    """The actor entity the noun phrase headed by `token` names (its head or a compound of it)."""
    for ent in entities.between(token.i, token.i):
        if ent.start <= token.i < ent.end:
            return ent
    if token.pos_ == "NOUN":
        # "the computer company Apple": a name in apposition or compound to a common noun
        for child in token.children:
            if child.dep_ in ("appos", "compound", "npadvmod") and child.pos_ == "PROPN" and child.i > token.i:
                for ent in entities.between(child.i, child.i):
                    if ent.start <= child.i < ent.end:
                        return ent
    return None


def _name(ent: Span, words: EventWords, head: Token | None = None) -> str:
    """The entity's name, widened to the proper-noun compounds of the phrase it heads (the tagger
    sometimes labels only "LLC" of "Chrysler LLC")."""
    span = ent
    if head is not None and ent.label_ == "ORG":
        start = min([ent.start] + [c.i for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                                   and all(t.pos_ == "PROPN" or t.is_punct for t in head.doc[c.i:head.i])])
        span = head.doc[start:max(ent.end, head.i + 1)]
    name = re.sub(rf"({words.possessive_suffix}|\s+)$", "", span.text.strip())
    name = re.sub(words.article_prefix, "", name)
    return re.sub(r"\s+", " ", name)


def _candidates(token: Token, segments, max_sentences: int = MAX_SENTENCES, reporting=frozenset()):
    """Subjects before `token`: its own sentence's (nearest first), then each earlier sentence's main
    subject(s), up to `max_sentences` sentences back; after the subject of a reporting verb (`reporting`
    lemmas), the subject of what it reports ("Analysts say Sansui is a special case. It expects ...")."""
    doc = token.doc
    bounds = segments.span(token)
    if bounds is None:
        return
    # the words' labels and heads from the doc's arrays (shared per doc): a Token is made only for a
    # subject or a root, not for every word of the sentences walked back
    deps, heads = doc_arrays(doc)[1], doc_heads(doc)
    first = bounds[0]
    for i in range(token.i - 1, first - 1, -1):
        if deps[i] in _SUBJECT_IDS and not _inside(token, doc[i]):
            yield doc[i]
    for _ in range(max_sentences):
        previous = segments.before(first)
        if previous is None:
            return
        lo, hi = previous
        roots = [doc[i] for i in range(lo, hi + 1) if heads[i] == i or not lo <= heads[i] <= hi]
        # a clause joined to the root ("The satellite was insured, and Orbivia said ...") has a main
        # subject too, nearer than the root's
        roots = [conj for root in roots for conj in reversed([c for c in root.children if c.dep_ == "conj"
                                                               and c.pos_ in ("VERB", "AUX")])] + roots
        for root in roots:
            subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and root.pos_ in ("VERB", "AUX"):
                # "X said ...": the topic may be the reported clause's subject when the root has none
                subjects = [c for child in root.children if child.dep_ == "ccomp"
                            for c in child.children if c.dep_ in SUBJECT_DEPS]
            elif subjects and root.lemma_.lower() in reporting:
                subjects += [c for child in root.children if child.dep_ == "ccomp"
                             for c in child.children if c.dep_ in SUBJECT_DEPS]
            yield from subjects
        first = lo


def _reports_on_thing(candidate: Token, token: Token, segments, words: EventWords) -> Token | None:
    """Whether `candidate` is the reporter of an attribution that closes an earlier sentence ("...,
    the weather service said.") whose reported clause has a singular thing, no organisation or person,
    as its subject: a later "it" is far more likely that thing (the storm, the fire) than the one who
    reports on it, and a wrong actor is worse than none. Returns that subject, or None."""
    verb = candidate.head
    if candidate.dep_ != "nsubj" or segments.same(candidate, token) or verb.lemma_.lower() not in words.reporting:
        return None
    if token.head.lemma_.lower() in words.reporting:
        return None  # "..., Telvik said. It did not say how much": the one who reports goes on reporting
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < candidate.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" and not subject.ent_type_ \
                and _kind(subject, words) is None and not may_be_person(subject, words) \
                and subject.lemma_.lower() not in words.generic_orgs:
            return subject
    return None


def _reported_subject_owner(token: Token, entities, words: EventWords) -> str | None:
    """The organisation or place a speaker's "its" stands for when the speaker comes after what it
    says: "The Harbour Theatre will close in March after its landlord raised the rent, its owners
    said" -> the Harbour Theatre's owners. The possessive belongs to the subject of the reported
    clause, not to the nearer subject of a clause inside it (the landlord), which the centering rule
    would try first. Only a named subject (an ORG or GPE entity) is taken; None otherwise."""
    speaker = token.head
    if token.dep_ != "poss" or speaker.dep_ != "nsubj" or speaker.head.lemma_.lower() not in words.reporting:
        return None
    clause = next((c for c in speaker.head.children if c.dep_ == "ccomp" and c.i < token.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    ent = _entity(subject, entities)
    if ent is None or entities.label(ent) not in ("ORG", "GPE"):
        return None
    return _name(ent, words, subject)


def _reporter_of_level(candidate: Token, token: Token, segments, words: EventWords) -> bool:
    """Whether `candidate`, the subject of a verb of saying in an earlier sentence whose reported clause
    has a thing as its subject ("The ministry said the water had risen 2.4 metres"), is taken for a
    subject "it" `token` of a verb of level or flow (`level_verbs`: "By Monday it had stopped rising"):
    a body that reports does not rise or flow; the thing may, and which one is meant is unsure (round 43a)."""
    verb = token.head
    lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    if not lemmas & words.level_verbs or segments.same(candidate, token) or candidate.dep_ != "nsubj" or \
            candidate.head.lemma_.lower() not in words.reporting:
        return False
    return any(s.pos_ == "NOUN" and not s.ent_type_ and _kind(s, words) is None
               and s.lemma_.lower() not in words.generic_people for c in candidate.head.children if c.dep_ == "ccomp"
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


def _subordinate_rival(candidate: Token, token: Token, inside: bool = False) -> bool:
    """Whether same-sentence subject `candidate` is the subject of an adverbial clause the pronoun
    `token` is not in, hung from a clause whose own subject, before it, is another singular noun:
    "Take-up of the pass fell after a review linked it to tracking, but it has recovered". The main
    subject is the centre of the sentence, the subordinate one the nearer: either may be "it".
    `inside`: also when the pronoun is in that clause, as an object's "its" may be either's ("An
    institute fired its head after a review found that students were admitted to its school")."""
    verb = candidate.head
    while verb.dep_ != "advcl":
        if verb.dep_ not in ("conj", "ccomp", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    if not inside and any(t.i == token.i for t in verb.subtree) or verb.head.i == verb.i:
        return False
    head = verb.head
    main = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while main is None and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "A college fired its head and asked police to act after a review found ...": the college
        main = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return main is not None and main.i < candidate.i and main.i != candidate.i and \
        main.tag_ in ("NN", "NNP") and main.pos_ in ("NOUN", "PROPN")


def _embedded_rival(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether same-sentence subject `candidate` is the subject of an indirect question ("how the fund is
    run") of a verb that is no verb of saying and has its own singular noun subject before it, while the
    pronoun `token` opens an adverbial clause hung on the candidate's clause: "The board should ask how
    the fund is run when it meets in May" may be the board's meeting as well as the fund's (round 38).
    After a verb of saying ("The council said the plant closed when it flooded") the candidate stays."""
    verb = candidate.head
    if candidate.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" or clause.head.i != verb.i:
        return False
    above = verb.head
    if above.lemma_.lower() in words.reporting or not any(
            c.tag_ in ("WRB", "WP", "WDT") and c.i < candidate.i for c in verb.children):
        return False  # only an indirect question ("how the fund is run"): "knows the product sells" stays
    main = next((c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return main is not None and main.i < candidate.i and main.tag_ in ("NN", "NNP") and \
        main.pos_ in ("NOUN", "PROPN")


def _inside_first_conjunct(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether same-sentence subject `candidate` is the subject of a clause inside the first of two
    joined clauses whose second has the subject "it" (`token`), while that first clause has a singular
    noun or name subject of its own before it: "The union said a stoppage would begin unless the
    company returned to the table, and it did not rule out a strike" -- the joined clause goes on with
    the first clause's subject (the union), and the subjects of what it said or of its conditions (the
    stoppage, the company) are no rivals (round 71a). Only for a doer's deed: an active verb with an
    object or complement, or of the pack's `acting_verbs`; "The ministry said the bridge was shut, and
    it will reopen in May" is the bridge's, maybe, and keeps the nearer subjects."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "conj" or candidate.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or not (
            verb.lemma_.lower() in words.acting_verbs or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    main = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.i == candidate.i or main.i > candidate.i or main.tag_ not in ("NN", "NNP") or \
            main.pos_ not in ("NOUN", "PROPN"):
        return False
    return candidate.head.i != first.i and first.left_edge.i <= candidate.i < verb.left_edge.i and \
        any(a.i == first.i for a in candidate.ancestors)


def _article_name(candidate: Token, words: EventWords) -> bool:
    """A proper name with an article of its own ("the Rhône", "the Gouden Valk"): a ship's, a
    building's or a work's, whatever the tagger's kind; a person's name takes none."""
    return candidate.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in words.articles for c in candidate.children)


def _acts_on_it(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether `candidate`'s own clause has an earlier "it" as an object ("a campaign by residents raised
    the money to restore it, and it returned to service"): the subject acted on that thing, and a later
    "it" continues the thing, not the one who acted on it."""
    if _it_object_before(candidate, token, words):
        return True
    # "a crew has won the event ..., since it was first raced in 1839": a passive "it" may be the
    # singular thing the subject acted on as well as the subject
    # (round 61d) also an object of the subject's open complement: "the railway company considered
    # closing the route, but it was saved" -- the route, or unsure; never the company for certain
    verbs = [candidate.head, *(c for c in candidate.head.children if c.dep_ == "xcomp")]
    return token.dep_ == "nsubjpass" and token.sent == candidate.sent and any(
        c.dep_ == "dobj" and c.tag_ == "NN" and not c.ent_type_ and not may_be_person(c, words) and c.i < token.i
        for verb in verbs for c in verb.children)


def _it_object_before(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether `candidate`'s own clause has an earlier "it" as an object, before `token` (the first
    half of `_acts_on_it`; not its passive half, which only makes the subject unsure: "the company had
    passed its inspection ... since it was founded" is still the company)."""
    return any(True for _ in _it_objects_before(candidate, token, words))


def _it_objects_before(candidate: Token, token: Token, words: EventWords):
    """The object "it"s (direct or of a preposition, anywhere in the clause, not "itself") of
    `candidate`'s clause after it and before `token`, in order: the "earlier object it" of
    `_it_object_before` (the subject acted on a thing, so a later "it" is not the subject) and of
    `previous_subject` (which takes the first direct object of the subject's own verb among them as the
    thing the later "it" goes on with: an "it" under a preposition or another verb ("raised money to
    restore it") stops the subject all the same, but is less surely the thing that verb acted on)."""
    return (t for t in candidate.head.subtree if candidate.i < t.i < token.i and t.dep_ in ("dobj", "pobj") and
            t.tag_ == "PRP" and t.lower_ in words.thing_pronouns and "Yes" not in t.morph.get("Reflex"))


def _inside(token: Token, subject: Token) -> bool:
    """Whether `token` lies in `subject`'s phrase ("its" in "its net income")."""
    return any(a.i == subject.i for a in token.ancestors)


def antecedent(token: Token, entities: Sequence[Span], segments: Segments, words: EventWords, depth: int = 0,
               kind: str | None = None) -> str | None:
    """The name a pronoun or generic noun phrase (headed by `token`) stands for, or None; `kind`
    treats another phrase as one ("org": an amount without an owner is read as "its" amount). A
    generic "the company" is never a place's name (place_names.py)."""
    kind = kind or _kind(token, words)
    name = _antecedent(token, entities, segments, words, depth, kind)
    if name and kind == "person" and _quote_speaker_named(token, name, entities, segments, words, depth):
        return None  # '"Today he played the best game of his life," she said': not her
    if name and kind == "org-generic":
        from .place_names import is_place_name
        if is_place_name(name, token.doc):
            return None
    return name


def _no_company_name(token: Token, name: str, words: EventWords) -> bool:
    """Whether the generic `token` ("the company", "the group") cannot stand for the organisation `name`:
    a union or a federation (not_company.py), or a public body for an umbrella word."""
    return not_a_company(name.split(), words) or token.lemma_.lower() in words.umbrella_orgs and \
        no_company(name.split(), words)


def _antecedent(token: Token, entities: Sequence[Span], segments: Segments, words: EventWords, depth: int,
                kind: str | None) -> str | None:
    if kind is None or depth > 3:
        return None
    window = GENERIC_SENTENCES if kind == "org-generic" else MAX_SENTENCES
    if kind == "org" and (token.pos_ == "PRON" or token.tag_ == "PRP$"):
        from .kind_before import new_company_before
        if new_company_before(token, segments, words):
            return None  # "... to hire an outside law firm. Its report": the firm's, which has no name
    if kind == "org-generic":
        from .kind_before import kind_before
        found = kind_before(token, entities, segments, words)  # "Donau Wohnbau, a developer ... The company"
        if found:
            return found
        from .kind_named import same_kind_named
        found = same_kind_named(token, words)  # "Clearview, a chain of 240 stores ... The chain" (round 55d)
        if found:
            return found
    if kind == "org" and token.tag_ == "PRP$":
        owner = _reported_subject_owner(token, entities, words)
        if owner:
            return owner  # "X will close in March after its landlord raised the rent, its owners said": X's
    if kind == "org" and token.pos_ == "PRON":
        from .chained import thing_before_it
        if thing_before_it(token, words):
            return None  # "Solenta moved the case to the new court after it opened": the court, maybe
    if kind == "person" and token.pos_ == "PRON":
        named = _person_in_own_sentence(token, entities, segments, words)
        if named:
            return named
    for candidate in _candidates(token, segments, window, words.reporting):
        if kind == "person" and candidate.tag_ == "WP" and candidate.head.dep_ == "relcl" and \
                candidate.head.head.i < candidate.i:
            candidate = candidate.head.head  # "Keating, who put the issue ... in his campaign": Keating
        ent = _entity(candidate, entities)
        candidate_kind = _kind(candidate, words)
        if kind == "org-generic" and described_no_company(candidate, words):
            continue  # "the pilots' union SPAC ... the airline added": not the union (not_company.py)
        if kind == "org-generic" and candidate.pos_ == "PROPN" and described_public_body(candidate, words):
            return None  # "the food safety authority NVWA said. The company stopped ...": unsure (not_company.py)
        if kind == "org-generic" and not segments.same(candidate, token) and _owned_role(candidate, words):
            return None  # "said the theatre's director, Petra Novakova. The company was founded": not her
        if kind == "org" and candidate.dep_ in SUBJECT_DEPS and segments.same(candidate, token) and \
                _it_object_before(candidate, token, words):
            # "The Moreaus sold it in 1979, and it changed hands twice": they acted on the thing, so they
            # are not what the later "it" stands for, whatever the tagger calls them (round 64d)
            return None
        if complement_subject(candidate, token):
            continue  # "It expects the recall to cost ... and said it would": the first "it" (complement_subject.py)
        if kind == "org" and _inside_first_conjunct(candidate, token, words):
            continue  # "The union said a stoppage would begin unless the company returned, and it did not rule out ...": the union
        if kind == "org" and _reports_on_thing(candidate, token, segments, words) is not None:
            return None  # "The storm came ashore at dawn, the weather service said. It had weakened": the storm
        if kind == "person" and candidate.pos_ == "NOUN" and (not may_be_person(candidate, words) or
                                                              token.tag_ == "PRP$" and not segments.same(candidate, token)):
            own = next((c for c in candidate.children if c.dep_ == "poss" and c.tag_ == "PRP$" and
                        _pronoun_gender(c, words) == _pronoun_gender(token, words) is not None), None)
            if own is not None:  # "His club, Delta, said it had ended his contract": his own, not the club
                return antecedent(own, entities, segments, words, depth + 1)
        if kind == "org-generic" and candidate.pos_ == "NOUN" and segments.same(candidate, token):
            own = next((c for c in candidate.children if c.dep_ == "poss" and _kind(c, words) == "org"), None)
            if own is not None:  # "Its drug failed in 2019, and the company cut ...": the company is its owner
                name = antecedent(own, entities, segments, words, depth + 1)
                if name and not _no_company_name(token, name, words):
                    return name  # (round 58: "The union said ... Its secretary said the company had promised": not the union)
        if kind == "org-generic" and candidate.pos_ == "NOUN" and candidate.lemma_.lower() in words.stock_nouns:
            owner = _share_owner_org(candidate, entities, words)
            if owner is not None:  # "Helvapharm's shares rose ... The company, which ...": Helvapharm
                return owner
        if kind == "person" and _quoted_from_paragraph_before(candidate, token):
            return None  # 'Rousseau said. [new paragraph] ... "He got a voucher instead," she said': unsure
        if kind == "person" and _quoted_before_speaker(candidate, token, words):
            continue  # '"If the minister had nothing to hide, he would not have refused," she said': not them
        if kind == "person":
            if ent is None:
                from .genders import missed_person
                ent = missed_person(candidate, entities)  # "Laura Pinsent ... Pinsent told": tagged a noun
            if ent is not None and entities.label(ent) == "PERSON":
                if not _agrees(token, ent, entities, words):
                    continue  # "Ms. Park ... He must report": not her
                if _bare_word_person(token, ent, entities, words):
                    return None  # "Turnout was 31%. She will take office": a word the tagger took for a name
                if token.pos_ == "NOUN":
                    from .genders import holds_role
                    if not holds_role(token, ent, entities):
                        return None  # "Police Chief Anna Berg said ... The president was not": not her
                if _rival_person(token, candidate, ent, entities, segments, words):
                    return None  # "Judge Park ordered Kaminski to repay ... He must": who is unsure
                if _named_after_verb(token, candidate, ent, entities, segments, words):
                    return None  # "Judge Park found that doctors failed Sam Kerr ... and that he": unsure
                if _rival_in_sight(token, ent, entities, segments, words):
                    # "Kaya said she would stay ... said Cengiz Durmus. She will be honoured": the story's
                    # woman when only this "she" would tell Durmus's gender (main_person.py); else unsure
                    earlier = _told_before_named(token, ent, entities, segments, words) \
                        if token.dep_ in ("nsubj", "nsubjpass") else None
                    if earlier is not None:
                        # "Her coach, Ian Moss, said she had ...": whom "Her" stands for, else unsure
                        name = antecedent(earlier, entities, segments, words, depth + 1)
                        return name if name and name != _name(ent, words, candidate) else None
                    from .main_person import main_person
                    return main_person(token, entities, segments, words, untold=True, depth=depth) \
                        if token.dep_ in ("nsubj", "nsubjpass") else None
                return _name(ent, words, candidate)
            if candidate_kind == "person":
                genders = {_pronoun_gender(candidate, words), _pronoun_gender(token, words)}
                if candidate.pos_ == "PRON" and len(genders) == 2 and None not in genders:
                    # '"If the minister had nothing to hide, he would not have refused," she said': a
                    # "he" is no "she"'s antecedent, as a name of the other gender is none (round 46)
                    continue
                name = antecedent(candidate, entities, segments, words, depth + 1)
                if name and token.pos_ == "NOUN" and candidate.pos_ == "PRON":
                    # "Senator Mendez ... she said. The president's office said": a role noun is the
                    # person a pronoun stands for only when the story gives that person the role
                    from .genders import holds_role
                    people = [e for e in entities.spans if entities.label(e) == "PERSON" and _name(e, words) == name]
                    if not any(holds_role(token, e, entities) for e in people):
                        return None
                return name
            if candidate.pos_ == "PROPN":
                return None  # a name the tagger did not call a person (or missed) may well be one
            if candidate.pos_ == "NOUN" and not segments.same(candidate, token):
                named = _people_named(candidate, token, entities, segments, words)
                plural = candidate.tag_ == "NNS"
                if named and (plural or may_be_person(candidate, words)):
                    # "Police arrested a looter, Pedro Sanz. He will appear ...": "police" cannot be he, the one
                    # person the sentence names can; beside a singular noun that may be a person ("The
                    # owner testified against Kaminski. He is due ...") it is unsure.
                    return named[0] if plural and len(named) == 1 else None
            continue  # not a person: it cannot be "he"
        # "it", "its", "the company"
        if kind == "org" and ent is not None and entities.label(ent) == "PERSON" and len(ent) == 1 and \
                candidate.i == getattr(_reporter(token, words), "i", None) and not _surname_of_named(ent, entities):
            return None  # "Austria said it would ...", the one word tagged a person: it may be "it" after all
        if kind == "org" and (candidate_kind == "person" or ent is not None and entities.label(ent) == "PERSON"
                              and not _which_aside(candidate)):
            found = object_company(token, candidate, entities, segments, words)  # "He took Acme ... It"
            if found is not None:
                return _name(found[0], words, found[1])
        if ent is not None and kind in ("org", "org-generic") and candidate.pos_ == "NOUN" and \
                _person_title(candidate, words) and not ent.start <= candidate.i < ent.end:
            # "said its president, Odile Chappuis. The company's ...", "Its managing director, Elena
            # Sastre (tagged a company), said the company would ...": a person's title, no company
            continue
        if ent is not None and kind == "org" and entities.label(ent) == "PERSON" and _article_name(candidate, words):
            return _name(ent, words, candidate)  # "the Rhône was carried ... It carried soldiers": a named thing, no person
        if ent is not None:
            if entities.label(ent) == "PERSON" and kind in ("org", "org-generic") and _which_aside(candidate):
                return _name(ent, words, candidate)  # "Dover Harbour Tugs, which runs ..., said it": no person
            if entities.label(ent) == "PERSON" or entities.label(ent) == "NORP":
                continue
            if titled_name(ent.root, words):
                continue  # "union delegate Odile Parmentier said. The company announced": a person, tagged a company
            if kind == "org-generic" and no_company(ent, words):
                continue  # "the company" is no agency, ministry or court: "The European Commission"
            if kind == "org" and entities.label(ent) == "ORG" and _gendered_owner(candidate, words):
                return None  # "Lenka Dvorakova dropped her bow ... since it was first contested": a person (round 61d)
            if entities.label(ent) == "ORG" and candidate.pos_ == "PROPN":
                from .agent_it import cannot_act, happening
                if kind == "org-generic" and happening(candidate, words):
                    continue  # "The First World War nearly ended it ... the firm lost": no company (agent_it.py)
                if kind == "org" and cannot_act(candidate, token, words):
                    return None  # "The First World War ... It expects to": a happening expects nothing
            if entities.label(ent) == "ORG" or entities.label(ent) == "GPE" and kind == "org":
                return _name(ent, words, candidate)
            if kind == "org":
                return None  # a product, a work, a place: "it" is that thing
            continue
        if kind == "org":
            from .chained import which_named
            name = which_named(candidate, words)  # "Scheldt Gateway Terminals, which handles ..., said it": no entity
            if name:
                return name
        if candidate_kind in ("org", "org-generic"):
            name = antecedent(candidate, entities, segments, words, depth + 1)
            if name and kind == "org-generic" and _no_company_name(token, name, words):
                # "The union said it would fight ... The company has struggled": not the union; "The Civil
                # Aviation Authority said it had issued ... The company said": no public body either
                continue
            if name and kind == "org-generic" and any(entities.label(e) == "PERSON" and _name(e, words) == name
                                                      for e in entities.spans):
                continue  # "It carried soldiers ... The company said": "it" was the ship "the Rhône", no company
            if name or kind != "org-generic":
                return name
            continue
        if candidate.pos_ == "PRON" or candidate.tag_ in ("NNS", "NNPS") or candidate_kind == "person":
            continue  # "they", people, plurals: not what "it" stands for
        if kind == "org-generic":
            continue  # "the company" names its kind: other things are passed over
        return None  # another singular thing is the topic: "it" is most likely that
    if kind != "org-generic":
        return None
    from .called_company import nearest_company
    from .kind_before import described_any
    from .kind_named import described_org
    return _topic(token, entities, segments, words) or described_org(token, words) or \
        described_any(token, words) or \
        nearest_company(token, entities, words)  # "drug company Helvex Pharma"; "state utility Slovenske Elektrarne"


def _gendered_owner(subject: Token, words: EventWords) -> bool:
    """Whether the subject `subject` owns a thing of its own clause by "his" or "her" ("Lenka Dvorakova
    dropped her bow", a name the tagger called an organisation): a person, who is never an "it"."""
    gendered = words.gendered_pronouns
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == subject.i:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in gendered for c in o.children)
               for v in verbs for o in v.children)


def _share_owner_org(shares: Token, entities, words: EventWords) -> str | None:
    """The company a subject share noun names as its owner ("Helvapharm's shares", "Shares in
    Helvapharm"): the one organisation (no public body) its possessive or "in"/"of" phrase is, or None.
    A later "the company" is that company, as its "its" would be, not a subject further back."""
    from .story_company import shares_owner
    owner = next((c for c in shares.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or \
        shares_owner(shares, words)
    if owner is None or owner.pos_ != "PROPN":
        return None
    ent = _entity(owner, entities)
    if ent is None or entities.label(ent) != "ORG" or no_company(ent, words):
        return None
    name = _name(ent, words, owner)
    # the fuller name the story gave the company before ("Corbel Genomics ... Corbel's shares")
    fuller = [full for e in entities.spans if e.end <= ent.start and entities.label(e) == "ORG"
              for full in [_name(e, words)] if full.startswith(name + " ")]
    return fuller[-1] if fuller else name


def _bare_word_person(token: Token, ent: Span, entities, words: EventWords) -> bool:
    """Whether a "he"/"she" would be given a one-word PERSON mention that nothing shows to be a
    person: not the surname of someone the story names in full, no title or gendered word tied to
    it, opening its sentence, and the word nowhere else in the text ("Turnout was 31%": a capitalised
    word the tagger took for a name). A person a story goes on about by one name ("Elian", "Saddam") is named again; a
    capitalised common word met once most likely is no one."""
    return _pronoun_gender(token, words) is not None and len(ent) == 1 and \
        not _surname_of_named(ent, entities) and _gender(ent, entities, words, told=False) is None and \
        ent[0].is_sent_start and sum(t.text == ent[0].text for t in ent.doc) == 1


def _surname_of_named(ent: Span, entities) -> bool:
    """Whether a one-word PERSON mention is the surname of a person the story names in full
    ("Almeida" after "Beatriz Almeida"): then surely a person."""
    return any(entities.label(e) == "PERSON" and len(e) > 1 and e[-1].text == ent[0].text for e in entities.spans)


def _which_aside(candidate: Token) -> bool:
    """A name with a relative clause set off by a comma whose relative pronoun is a WDT ("which"):
    the writer takes it for a thing or a body, whatever the entity tagger said ("Dover Harbour
    Tugs, which runs the port's boats": no person)."""
    return any(c.dep_ == "relcl" and _aside(c) and any(t.tag_ == "WDT" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                                                      for t in c.children) for c in candidate.children)


def _public_body(ent: Span, words: EventWords) -> bool:
    """Whether an organisation's name says it is a public body (the pack's `public_body_words`:
    "European Commission", "Food and Drug Administration", "Aarhus University"), which "the company"
    does not stand for."""
    return any(t.lower_ in words.public_body_words for t in ent)


def may_be_person(noun: Token, words: EventWords) -> bool:
    """A singular common noun that may name a person ("the owner", "the auditor", "the chairman"), by
    the pack's role nouns and agent suffixes; "the announcement" or "the storm" may not."""
    lemma = noun.lemma_.lower()
    return lemma in words.generic_people or lemma in words.gendered_words or \
        lemma.endswith(tuple(words.person_suffixes))


def _owned_role(name: Token, words: EventWords) -> bool:
    """Whether a name is, or is set beside, a role noun of some thing's ("the theatre's director, Petra
    Novakova"): the role noun may name a person, its owner is a common noun that is no company word
    ("the company's chief executive" is the company's), and a name with no article is in apposition
    to it ("the ship's operator, the Leman Navigation Company" is a company). Whose such a person is,
    the text does not name, so "the company" after it is left as it is."""
    head = name.head if name.dep_ == "compound" and name.head.pos_ == "PROPN" else name
    near = [head] + [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        near.append(head.head)
    return any(n.pos_ == "NOUN" and may_be_person(n, words) and
               any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() not in words.generic_orgs
                   for c in n.children) and
               any(c.dep_ == "appos" and c.pos_ == "PROPN" and not any(d.dep_ == "det" for d in c.children)
                   for c in n.children) for n in near)


def _named_person_noun(noun: Token, words: EventWords) -> bool:
    """A noun the pack names as a person's ("the owner", "the widow"), its ending not counted."""
    lemma = noun.lemma_.lower()
    return lemma in words.generic_people or lemma in words.gendered_words


def _person_title(noun: Token, words: EventWords) -> bool:
    """A noun of a person's office ("the president", "its managing director"): the pack's person nouns
    and `office_titles`."""
    return _named_person_noun(noun, words) or noun.lemma_.lower() in words.office_titles


def titled_name(name: Token, words: EventWords) -> bool:
    """A name set beside a person's office ("Its managing director, Elena Sastre") or after it ("union
    delegate Odile Parmentier said"): a person, even when the tagger calls the name a company, so no
    company "the company" may stand for."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and _person_title(name.head, words):
        return True
    # "by the brothers Anders and Nils Tornqvist", "the sisters Ana and Eva Lund": kin set before joined
    # names, people the tagger called a company (round 70a), however the parser hung the names
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and first.head.tag_ == "NNS" and \
            first.head.lemma_.lower() in words.kin_nouns:
        return True
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.tag_ == "NN" and _person_title(c, words) or
               c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.tag_ == "NNS" and
               c.lemma_.lower() in words.kin_nouns
               for c in [*name.lefts, *(first.lefts if first.i != name.i else ())])


def _gender(ent: Span, entities, words: EventWords, told: bool = True, besides: int | None = None) -> str | None:
    """"m" or "f" when a title or role noun before or in apposition to any mention of the person's
    surname says so ("Mr. Dahl", "Ms. Grant", "the chairwoman, Ana Ruiz"), "?" when mentions disagree,
    else None (first names are not read: no well-kept offline list of them)."""
    surname = ent[-1].text if ent[-1].tag_ != "POS" or len(ent) < 2 else ent[-2].text
    found = set(_title_genders(ent.doc, surname, entities, words))
    from .genders import told_genders
    if told:  # (not when the pronoun being resolved may be what "tells")
        found |= told_genders(ent, entities, words, besides)  # "Reed asked for a recount. He has until Friday"
    return found.pop() if len(found) == 1 else ("?" if found else None)


def _title_genders(doc: Doc, surname: str, entities, words: EventWords) -> frozenset[str]:
    """The genders that titles and role nouns at the mentions of `surname` say; read once per surname
    and document (profiled: every pronoun walked every entity of the document again)."""
    cache = entities.title_genders
    key = (surname, id(words))
    if key in cache:
        return cache[key]
    found = set()
    for other in entities.persons_by_word.get(surname, ()):
        near = [doc[other.start - 1]] if other.start > 0 else []
        near += [t for t in other if t.lower_ in words.gendered_words]
        near += [c for c in other.root.children if c.dep_ == "appos"] + \
            ([other.root.head] if other.root.dep_ == "appos" else [])
        for t in near:
            if t.lower_ in words.masculine_words:
                found.add("m")
            elif t.lower_ in words.feminine_words:
                found.add("f")
    cache[key] = frozenset(found)
    return cache[key]


def _pronoun_gender(token: Token, words: EventWords) -> str | None:
    lower = token.lower_
    return "m" if lower in words.masculine_pronouns else "f" if lower in words.feminine_pronouns else None


def _agrees(token: Token, ent: Span, entities, words: EventWords) -> bool:
    """Whether a pronoun may stand for the person `ent` names: no title or role noun says otherwise."""
    want = _pronoun_gender(token, words)
    have = _gender(ent, entities, words)
    return want is None or have in (None, want)


def _other_gender(token: Token, ent: Span, entities, words: EventWords) -> bool:
    """Whether a title or role noun shows the person `ent` names to be of the other gender than the
    pronoun `token` ("spokeswoman Eleni Papadaki" for "him")."""
    want = _pronoun_gender(token, words)
    have = _gender(ent, entities, words, told=False)
    return want is not None and have in ("m", "f") and have != want


def _people_named(candidate: Token, token: Token, entities, segments, words: EventWords) -> list[str]:
    """The persons `candidate`'s sentence names (outside the candidate) who agree with the pronoun."""
    bounds = segments.span(candidate)
    if bounds is None:
        return []
    people = {}
    for ent in entities.between(bounds[0], bounds[1]):
        if ent.start >= bounds[0] and ent.end <= bounds[1] + 1 and entities.label(ent) == "PERSON" and \
                not ent.start <= candidate.i < ent.end and _agrees(token, ent, entities, words):
            name = _name(ent, words)
            people.setdefault(name.split()[-1].casefold(), name)
    return list(people.values())


def _mentions(ent: Span, entities) -> int:
    surname = ent[-1].text
    return sum(1 for e in entities.spans if e.start < ent.start and entities.label(e) == "PERSON"
               and any(t.text == surname for t in e))


def _rival_person(token: Token, candidate: Token, ent: Span, entities, segments, words: EventWords) -> bool:
    """A subject person whose gender the text does not tell, in a sentence that also names another
    person the pronoun may stand for who the story mentioned more often before ("Judge Helen Park
    ordered Ronald Kaminski to repay $412,000. He must report ...": the story is Kaminski's): the
    pronoun is left unresolved (a wrong name is worse than "he"). The subject wins otherwise."""
    if segments.same(candidate, token) or _pronoun_gender(token, words) is None or \
            _gender(ent, entities, words) is not None:
        return False
    bounds = segments.span(candidate)
    if bounds is None:
        return False
    from .genders import _owning_org_names
    mine = _mentions(ent, entities)
    surname = ent[-1].text
    companies = _owning_org_names(token.doc, words)  # "Norrsken's chief executive, Jussi Lehtola": no rival
    for other in entities.between(bounds[0], bounds[1]):
        if other.start < bounds[0] or other.end > bounds[1] + 1 or entities.label(other) != "PERSON" or \
                any(t.text == surname for t in other) or not _agrees(token, other, entities, words) or \
                other.text in companies:
            continue
        if _mentions(other, entities) > mine:
            return True
    return False


def _named_after_verb(token: Token, candidate: Token, ent: Span, entities, segments, words: EventWords) -> bool:
    """A subject person whose gender the text does not tell, and, in the pronoun's own sentence between
    the subject's verb and the pronoun, another person the pronoun may stand for (round 55d): "Judge
    Margaret Elwood found that doctors should have operated on Daniel Creasey ..., but that he did not
    reach the theatre" is the patient's, not the judge's: both in what the verb reports (its clausal
    complements). The pronoun is left unresolved (a wrong name is worse than "he"). A person named
    before the verb ("Reed, who met Park, said he ..."), none ("Reed said he ...") or a pronoun outside
    a reported clause ("When Zapata met Madero ..., he was ...") leaves the subject."""
    if not segments.same(candidate, token) or candidate.i > token.i or _pronoun_gender(token, words) is None \
            or _gender(ent, entities, words) is not None:
        return False
    verb = candidate.head if candidate.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or not verb.i < token.i:
        return False
    # what the verb reports ("found that ..., and that he ..."): its clausal complements and their conjuncts
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    reported += [j for c in reported for j in c.conjuncts if j.i > verb.i]

    def inside(first: int, last: int) -> bool:
        return any(c.left_edge.i <= first and last <= c.right_edge.i for c in reported)

    if not inside(token.i, token.i):
        return False  # "When Zapata met President Madero ..., he was": the pronoun is no reported clause's
    surname = ent[-1].text
    return any(other.start > verb.i and other.end <= token.i and entities.label(other) == "PERSON" and
               inside(other.start, other.end - 1) and not any(t.text == surname for t in other) and
               _agrees(token, other, entities, words)
               for other in entities.between(verb.i + 1, token.i - 1))


def _rival_in_sight(token: Token, ent: Span, entities, segments, words: EventWords) -> bool:
    """Another person in sight who may be "he"/"she" as well as the nearest one, whose gender the
    text does not tell: one the text shows to agree (a title, a pronoun tied to them), or one named
    more often before the pronoun, from MAX_SENTENCES sentences before it ("Njoroge will replace
    Ouma. His deputy, Kiprono, has run the bank since then. ... She would then take office": not
    Kiprono, whom nothing shows to be a woman, while Njoroge is the story's). A wrong name is worse
    than "she"."""
    want = _pronoun_gender(token, words)
    if want is None or _gender(ent, entities, words, besides=token.i) is not None:
        return False
    if any(segments.same(token, ent.doc[i]) for i in (ent.start, ent.end - 1)):
        # a person of the pronoun's own sentence is the nearer topic: "Ruiz said she ...", unless
        # someone else was "she" right before Ruiz was first named
        return _told_before_named(token, ent, entities, segments, words) is not None
    from .genders import people_before, surname
    from .possessives import _window_start
    mine = surname(ent)
    people = people_before(token, entities, words)
    counts: dict[str, int] = {}
    for other in people:
        counts[surname(other)] = counts.get(surname(other), 0) + 1
    start = _window_start(token, segments)
    for other in people:
        if other.start < start or surname(other) == mine:
            continue
        if _gender(other, entities, words, besides=token.i) == want or \
                _agrees(token, other, entities, words) and counts.get(surname(other), 0) > counts.get(mine, 0):
            return True
    return False


def _told_before_named(token: Token, ent: Span, entities, segments, words: EventWords) -> Token | None:
    """A pronoun of `token`'s gender in the sentence before the one where `ent`, a person whose gender
    the text does not tell, is first named: that pronoun is someone else's, who may be the "she" of
    `ent`'s own clause as well ("... lift her into the top 40, her club said. The club's president,
    Gabor Somlai, said she would be considered": the athlete, not the president). A wrong name is
    worse than "she" (round 62c). The nearest such pronoun, or None."""
    from .genders import people_before, surname
    mine = surname(ent)
    if any(surname(p) == mine and p.start < ent.start for p in people_before(token, entities, words)):
        return None  # named before: the earlier pronoun may be theirs ("Ruiz ... She ... Ruiz said she")
    bounds = segments.span(ent.doc[ent.start])
    if bounds is None:
        return None
    previous = segments.before(bounds[0])
    start = previous[0] if previous is not None else bounds[0]
    doc = token.doc
    gender = words.feminine_pronouns if _pronoun_gender(token, words) == "f" else words.masculine_pronouns
    earlier = next((doc[i] for i in range(ent.start - 1, start - 1, -1)
                    if doc[i].lower_ in gender and doc[i].pos_ == "PRON"), None)
    # the sentence before only: "Her coach, Ian Moss, said she ..." in one sentence is left as it was
    # (two such rows of the judged samples were counted right with the coach among the actors)
    return earlier if earlier is not None and earlier.i < bounds[0] else None


def _quoted_before_speaker(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether `candidate` is a subject inside a quotation that closes, in the same sentence, before the
    pronoun `token` that says who spoke it ('"If the minister had nothing to hide, he would not have
    refused," she said'): the speaker is not someone the quotation speaks of, and the one meant is
    named before the quotation (round 46). The quotation may have opened in a sentence before ('"Daniel
    has never had an apology. Today he has the next best thing," she said': not Daniel; round 53)."""
    from .lead import QUOTES
    from .quoted import _opens
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in words.reporting or candidate.i >= token.i:
        return False
    if candidate.sent.start != token.sent.start:
        between = [k for k in range(candidate.i + 1, token.i) if token.doc[k].text in QUOTES]
        return len(between) == 1 and between[0] >= token.sent.start and not _opens(token.doc[between[0]])
    marks = [k for k in range(candidate.sent.start, token.i) if token.doc[k].text in QUOTES]
    inside = [k for k in marks if k < candidate.i]
    return len(marks) % 2 == 0 and len(inside) % 2 == 1 and _opens(token.doc[inside[-1]])


def _quoted_from_paragraph_before(candidate: Token, token: Token) -> bool:
    """Whether the subject "he"/"she" `token` is inside a quotation (the nearest quotation mark before
    it, in its paragraph, opens one) and `candidate` is named in an earlier paragraph: a speaker
    quoted in a new paragraph speaks of someone of their own ('Fontaine said she had a refund. "He got
    a voucher instead," she said': her son, not the prosecutor of the paragraph before; round 53)."""
    from .lead import QUOTES
    from .quoted import _opens
    doc = token.doc
    if token.pos_ != "PRON" or token.dep_ not in SUBJECT_DEPS or "\n\n" not in doc_text(doc)[candidate.idx:token.idx]:
        return False
    for k in range(token.i - 1, candidate.i, -1):
        if "\n\n" in doc[k].text:
            return False
        if doc[k].text in QUOTES:
            return _opens(doc[k])
    return False


def _opening_quote(token: Token) -> int | None:
    """The index of the quotation mark nearest before `token` (back to 60 words before its sentence)
    when that mark opens a quotation, else None: the quotation `token` stands in."""
    from .lead import QUOTES
    from .quoted import _opens
    doc = token.doc
    k = next((k for k in range(token.i - 1, max(token.sent.start - 60, -1), -1) if doc[k].text in QUOTES), None)
    return k if k is not None and _opens(doc[k]) else None


def _quote_speaker(token: Token, words: EventWords) -> Token | None:
    """The subject of the verb of saying after the quotation a subject "he"/"she" `token` is in,
    when that quotation closes in the pronoun's sentence ('"Today he has the next best thing," she
    said': "she"), else None."""
    from .lead import QUOTES
    from .quoted import _opens
    doc = token.doc
    if token.pos_ != "PRON" or token.dep_ not in SUBJECT_DEPS:
        return None
    if _opening_quote(token) is None:
        return None
    # (round 66a) the quotation may go on past the pronoun's sentence ('"She played better today. That
    # is all," Lin said.'): its closing mark in the same paragraph, a few sentences on at most
    last = min(len(doc), token.sent.end + QUOTE_REACH)
    closing = next((k for k in range(token.i + 1, last) if doc[k].text in QUOTES or "\n\n" in doc[k].text_with_ws), None)
    if closing is None or doc[closing].text not in QUOTES or _opens(doc[closing]):
        return None
    end = doc[closing + 1].sent.end if closing + 1 < len(doc) else len(doc)  # the attribution's sentence
    return next((t for t in doc[closing + 1:end] if t.dep_ == "nsubj" and t.head.i > closing and
                 t.head.lemma_.lower() in words.reporting), None)


# Dependents that open a clause of their own: a first person inside one is not the pronoun's clause's.
_OWN_CLAUSES = ("ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj")


def _first_person_beside(token: Token, words: EventWords) -> bool:
    """Whether the clause of the subject "he"/"she" `token` also holds a first-person "I"/"me" ("when
    she came to me"): inside a quotation the "me" is the speaker, so the "she" is someone else."""
    verb = token.head
    stack = [c for c in verb.children if c.i != token.i and c.dep_ not in _OWN_CLAUSES]
    while stack:
        t = stack.pop()
        if t.lower_ in words.first_person_singular and t.pos_ == "PRON":
            return True
        stack.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSES)
    return False


def _quote_speaker_before(token: Token, words: EventWords) -> Token | None:
    """The speaker told right before a quotation that a subject "he"/"she" `token` is in, when the
    pronoun's own clause has a first-person "I"/"me" ('"She broke my record," Moss said. "I told her in
    2018, when she came to me, ..."': the "she" is not Moss, who says "me"): the subject of the
    verb of saying that ends the words before the quotation's opening mark, in the same paragraph
    ('Moss said. "...', 'Moss said: "...', 'said Moss. "...'); else None (round 65a)."""
    from .lead import QUOTES
    doc = token.doc
    if token.pos_ != "PRON" or token.dep_ not in SUBJECT_DEPS or not _first_person_beside(token, words):
        return None
    opening = _opening_quote(token)
    if opening is None:
        return None
    last = next((doc[k] for k in range(opening - 1, max(opening - 4, -1), -1)
                 if not doc[k].is_punct and not doc[k].is_space), None)
    if last is None or any("\n\n" in t.text_with_ws for t in doc[last.i:opening]):
        return None
    verb = next((v for v in (last, *last.ancestors) if v.lemma_.lower() in words.reporting and v.pos_ == "VERB"), None)
    if verb is None or any(doc[k].text in QUOTES for k in range(verb.i, opening)):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _quote_speaker_named(token: Token, name: str, entities, segments, words: EventWords, depth: int) -> bool:
    """Whether `name`, found for a subject "he"/"she" inside a quotation, is the quotation's speaker: a
    speaker quoted speaking of a "he" is not him (they would say "I"), so the pronoun stays unsure
    ('The coach, Lena Fischer, praised her striker. "He scored twice," she said': not Fischer; round 53)."""
    speaker = _quote_speaker(token, words) or _quote_speaker_before(token, words)
    if speaker is None or depth > 2:
        return False
    from .lead import same_actor
    if speaker.pos_ == "PRON":
        said = antecedent(speaker, entities, segments, words, depth + 1)
    else:
        ent = _entity(speaker, entities)
        # a surname the tagger left untagged when told again ('"Yesterday she was brilliant," Price said')
        said = _name(ent, words, speaker) if ent is not None else speaker.text if speaker.pos_ in ("PROPN", "NOUN") \
            and speaker.is_title and not speaker.is_sent_start else None
    return bool(said) and same_actor(said, name)


def _person_in_own_sentence(token: Token, entities, segments, words: EventWords) -> str | None:
    """The one person named earlier in the pronoun's own sentence, when no subject there is a person:
    "Elian's relatives have cared for him since November, when he was found ..." is Elian, not the
    person the sentence before was about. Two people named there: no answer from this rule."""
    bounds = segments.span(token)
    if bounds is None:
        return None
    doc = token.doc
    for i in range(bounds[0], token.i):
        t = doc[i]
        if t.dep_ in SUBJECT_DEPS:
            ent = _entity(t, entities)
            if ent is not None and entities.label(ent) == "PERSON" or _kind(t, words) == "person":
                return None  # a person subject: the usual centering rule decides
    people = {}
    for ent in entities.between(bounds[0], token.i - 1):
        if ent.start >= bounds[0] and ent.end <= token.i and entities.label(ent) == "PERSON":
            name = _name(ent, words)
            people.setdefault(name.casefold(), name)
    return next(iter(people.values())) if len(people) == 1 else None


def _topic(token: Token, entities, segments, words: EventWords) -> str | None:
    """The story's topic company: the ORG subject of its first sentences (a news story's "the
    company" far from any other company is the one it is about)."""
    doc = token.doc
    seen = []
    for t in doc[:token.i]:
        bounds = segments.span(t)
        if bounds is None or bounds in seen:
            continue
        seen.append(bounds)
        if len(seen) > TOPIC_SENTENCES:
            return None
        lo, hi = bounds
        for root in (doc[i] for i in range(lo, hi + 1) if doc[i].head.i == doc[i].i or not lo <= doc[i].head.i <= hi):
            clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]  # "X expects ..., officers said"
            for subject in (c for clause in clauses for c in clause.children if c.dep_ in SUBJECT_DEPS):
                from .story_company import shares_owner
                subject = shares_owner(subject, words) or subject  # "Shares in drone maker Aerovia rose"
                ent = _entity(subject, entities)
                if ent is not None and entities.label(ent) == "ORG" and not no_company(ent, words) and \
                        not described_no_company(subject, words) and not titled_name(ent.root, words):
                    return _name(ent, words, subject)
    return None


def _plural_agent(candidate: Token, entities, words: EventWords) -> tuple[str, bool] | None | bool:
    """What a plural subject candidate is for "they": (text, whether it is a name) for an agent,
    False for another plural thing (a rival referent), None for a singular (passed over)."""
    lower = candidate.lower_
    if candidate.pos_ == "PRON":
        return False if lower in words.group_pronouns or lower in words.group_speaker_pronouns else None
    from .kind_before import definite_pair
    pair = definite_pair(candidate, words)  # "The pair, both 31, set out ... They were caught"
    if pair is not None:
        return pair
    from .pairs import coordinated
    pair = coordinated(candidate, entities, words)  # "Solberg and her colleague Harouna were freed"
    if pair is not None:
        return pair
    if plural_name(candidate, entities):
        return candidate.text, True  # "Rovers ... they lost": a team or group named in the plural
    ent = _entity(candidate, entities)
    verb = candidate.head
    plural_verb = verb.tag_ == "VBP" or verb.lower_ in words.plural_past_forms or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBP" or c.lower_ in words.plural_past_forms) for c in verb.children)
    if ent is not None:
        label = entities.label(ent)
        if label in ("ORG", "GPE") and plural_verb or label == "NORP" and candidate.tag_ in ("NNS", "NNPS"):
            return _name(ent, words, candidate), True  # "Apple have released ...", "Palestinians"
        return False if candidate.tag_ in ("NNS", "NNPS") else None
    if candidate.tag_ not in ("NNS", "NNPS") and not (plural_verb and candidate.lemma_.lower() in words.group_nouns):
        return None
    if candidate.lemma_.lower() not in words.group_nouns:
        return False  # "Kopp's whereabouts remain unknown": plural, but no one who acts
    modifiers = [t for c in candidate.children if c.i < candidate.i and c.dep_ in
                 ("det", "amod", "compound", "nmod", "poss", "nummod") for t in c.subtree]
    phrase = sorted([*modifiers, candidate], key=lambda t: t.i)
    return " ".join(t.text for t in phrase if not t.is_punct).replace(" 's", "'s"), False


def plural_name(candidate: Token, entities) -> bool:
    """A plural noun that is a name ("Rovers", "Harriers", "the Rangers"): capitalized, and tagged a
    name somewhere in the document (an ORG, GPE or NORP entity of that word) or written capitalized
    inside a sentence of ordinary prose (not at its start; not in a title-case line where every word
    is)."""
    if candidate.tag_ not in ("NNS", "NNPS") or not candidate.text[:1].isupper() or candidate.text.isupper():
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") for c in candidate.children) or \
            any(len(e) > 1 for e in entities.between(candidate.i, candidate.i)):
        return False  # "the United States": the word is part of a longer name (the other rules decide)
    text = candidate.text
    if any(len(e) == 1 and e.text == text and entities.label(e) in ("ORG", "GPE", "NORP") for e in entities.spans):
        return True
    for token in candidate.doc:
        if token.text != text or token.is_sent_start or token.i == candidate.i:
            continue
        if token.i > 0 and token.doc[token.i - 1].is_punct and token.doc[token.i - 1].text in "\"'“‘(":
            continue  # a quotation's first word
        if any(t.is_alpha and t.is_lower and len(t) > 3 for t in token.sent):
            return True
    return False


def they_antecedent(token: Token, entities, segments: Segments, words: EventWords,
                    depth: int = 0) -> tuple[str, bool] | None:
    """Who "they" is: the one plural agent among the subjects of its own sentence before it and of
    the sentence before ("... the day before authorities issued a warrant. Until Thursday, they had
    not called Kopp a suspect" -> authorities), or None when there is none or more than one."""
    doc = token.doc
    bounds = segments.span(token)
    if bounds is None:
        return None
    reporter = _reporter(token, words)
    if reporter is not None:
        agent = _plural_agent(reporter, entities, words)
        if agent:  # "Prosecutors said they would ask ...": the prosecutors, whoever the sentence before named
            return agent
    if _group_noun_over(token, words):
        return None  # "Staff at the bank found the theft when they opened the vault": the staff, not the thieves before
    subjects = [doc[i] for i in range(token.i - 1, bounds[0] - 1, -1) if doc[i].dep_ in SUBJECT_DEPS]
    before = segments.before(bounds[0])
    if before is not None:
        lo, hi = before
        subjects += [doc[i] for i in range(hi, lo - 1, -1) if doc[i].dep_ in SUBJECT_DEPS or
                     doc[i].dep_ == "ROOT" and doc[i].pos_ == "NOUN" and  # "The pair, both 31, set out": a
                     any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") for c in doc[i].children)]  # verb parsed a modifier
    from .chained import earlier_they
    earlier = earlier_they(token, subjects, segments, words)
    if earlier is not None and depth < 3:
        return they_antecedent(earlier, entities, segments, words, depth + 1)  # "They cut ... They fled"
    from .accused_they import accused_before, accused_they, custody_agent
    accused = accused_they(token, words)
    found = {}
    for candidate in subjects:
        agent = _plural_agent(candidate, entities, words)
        if agent and accused and custody_agent(candidate, words):
            # "The men were arrested ... Officers seized cash. They appeared in court": the accused,
            # not the officers, when the sentences before name them plainly (accused_they.py)
            before_text = accused_before(token, segments, words)
            return (before_text, False) if before_text else None
        if not agent and any(c.dep_ == "conj" for c in candidate.children):
            return None  # "He and a woman ... were taken to hospital, where they ...": two joined, no one name
        if agent is False:
            return _plain_plural(token, subjects, entities, words)  # another plural in sight
        if agent:
            found.setdefault(agent[0].casefold(), agent)
    return next(iter(found.values())) if len(found) == 1 else None


def _group_noun_over(token: Token, words: EventWords) -> bool:
    """Whether "they" opens a clause hung on a verb whose own subject, before it, is a singular group
    noun ("Staff at the bank discovered the theft when they opened the vault", "The crew ... after they
    landed"): that group is who "they" most likely are, though it is no plural the resolver names, so a
    plural subject of the sentence before ("Thieves broke in ...") is not taken for them (round 61d)."""
    clause = token.head
    if token.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
        return False
    # (a sentence's first word may be tagged a name: "Staff" NNP; an entity is a name indeed)
    return any(c.dep_ in SUBJECT_DEPS and c.i < token.i and c.tag_ in ("NN", "NNP") and not c.ent_type_ and
               c.lower_ in words.collective_nouns for c in clause.head.children)


def _reporter(token: Token, words: EventWords) -> Token | None:
    """The subject of the verb of saying whose reported clause "they" opens, said before it
    ("Prosecutors said they would ask ..."): who speaks of themselves. None otherwise."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    saying = verb.head
    if saying.lemma_.lower() not in words.reporting or saying.i > token.i:
        return None
    return next((c for c in saying.children if c.dep_ == "nsubj" and c.i < token.i), None)


def _speaks_of_itself(token: Token, text: str, words: EventWords) -> bool:
    """Whether `text`, the antecedent found for the subject "it" `token`, is the common-noun subject of
    the verb of saying whose reported clause "it" opens ("The trust said it would hire 140 paramedics"):
    what says so of itself is an organisation, not a thing or a happening, whatever its noun."""
    reporter = _reporter(token, words)
    return reporter is not None and reporter.pos_ == "NOUN" and reporter.tag_ == "NN" and \
        text.split()[-1] == reporter.text


def _plain_plural(token: Token, subjects: list[Token], entities, words: EventWords) -> tuple[str, bool] | None:
    """"They" for a plural common noun that is no group agent ("Thieves broke into a museum, police
    said. They cut through a skylight" -> "Thieves cut ..."; "decide which branches close; they are
    expected to shut" -> "The branches are expected ..."): the one plural subject in sight once the
    reporter of an attribution that follows its clause ("..., police said") is passed over, as that
    reporter is no topic. A pronoun, a name or a second plural leaves "they" (precision first)."""
    plurals = []
    for candidate in subjects:
        verb = candidate.head
        if (verb.lemma_.lower() in words.reporting and token.head.i != verb.i
                and any(c.dep_ == "ccomp" and c.i < candidate.i for c in verb.children)):
            continue  # "..., police said": the attribution's reporter
        if candidate.pos_ == "PRON":
            if candidate.lower_ in words.group_pronouns or candidate.lower_ in words.group_speaker_pronouns:
                return None
            continue
        agent = _plural_agent(candidate, entities, words)
        if agent is None:
            continue
        if agent is not False or candidate.pos_ != "NOUN" or candidate.tag_ != "NNS" or candidate.ent_type_:
            return None  # a group agent or a name beside it: two referents
        plurals.append(candidate)
    if len({c.lemma_.lower() for c in plurals}) != 1:
        return None
    candidate = plurals[0]
    modifiers = [t for c in candidate.children if c.i < candidate.i and c.dep_ in
                 ("det", "amod", "compound", "nmod", "poss", "nummod") for t in c.subtree]
    phrase = [t for t in sorted([*modifiers, candidate], key=lambda t: t.i) if not t.is_punct]
    if any(t.tag_ in ("PRP$", "PRP") or t.dep_ in ("nummod", "poss") for t in phrase):
        return None  # "their staff", "the suspect's whereabouts" (no one who acts), "two men" (a count)
    texts = [t.text for t in phrase]
    if phrase[0].tag_ == "WDT":  # "which branches close": the branches
        texts[0] = "the"
    elif candidate.i > 0 and candidate.doc[phrase[0].i - 1].tag_ == "WDT":
        texts.insert(0, "the")  # parsed as a bare noun beside its "which"
    if phrase[0].pos_ != "PROPN":
        texts[0] = texts[0].lower()  # "Thieves" opened its sentence; "they" may not
    text = " ".join(texts).replace(" 's", "'s")
    return text[:1].upper() + text[1:] if token.is_sent_start else text, False


def subject_substitutions(subject_tokens: list[Token], entities: Sequence[Span], segments: Segments,
                          words: EventWords) -> tuple[dict[int, str], str | None]:
    """How to write a description's subject with its antecedent: {token index: text} ("" drops the
    token) and the name put first among the actors, or ({}, None). "It wants ..." -> "Chrysler wants
    ...", "The company earned ..." -> "Westinghouse earned ...", "Its net income rose" -> "Compaq's
    net income rose"."""
    if not subject_tokens:
        return {}, None
    ids = {t.i for t in subject_tokens}
    ordered = sorted(subject_tokens, key=lambda t: t.i)
    head = next((t for t in ordered if t.head.i not in ids or t.head.i == t.i), ordered[0])
    if len(ordered) == 1 and head.lower_ in words.group_pronouns:
        found = they_antecedent(head, entities, segments, words)
        if not found:
            return {}, None
        text, named = found
        return {head.i: text}, (text if named else None)  # a group noun is no named actor
    if head.dep_ == "ROOT" and head.pos_ == "NOUN" and any(
            c.dep_ == "relcl" and misread_main_verb(c) is not None for c in head.children):
        return {}, None  # "The chain, in which relatives ... gave, began": told in place, no company (round 58)
    if head.pos_ == "NOUN" and _singled_out(head, words):
        return {}, None  # "after the only regular supplier halted deliveries": described, not named before
    if is_resolvable(head, words) and head.tag_ != "PRP$":
        if len(ordered) == 1 and head.tag_ == "PRP":
            from .sayer_it import sayer_it
            sayer = sayer_it(head, entities, words)  # "Kessler Haus, the family firm, said it would": Kessler Haus
            if sayer:
                return {head.i: sayer}, sayer
            from .relative_it import two_owners
            if two_owners(head, words):
                return {}, None  # "stripped the club of the title it won": the league's or the club's (relative_it.py)
            from .chained import it_in_relative
            if it_in_relative(head, words):
                return {}, None  # "The depot, which served trams until it closed in 1997": the depot, maybe
            from .thing_it import held_it, thing_subject, vessel_she  # "... the runway was closed. It reopened"
            held = held_it(head, entities, words)  # "agrees to a referendum, ... it could be held": the referendum
            if held is None:
                from .chained import asked_body_it  # "ask the government to use the case when it reviews"
                held = asked_body_it(head, entities, words)
            if held is False:
                return {}, None
            thing = held or thing_subject(head, entities, segments, words) or vessel_she(head, entities, segments, words)
            if thing:  # a named thing is an actor without its article ("The Gouden Valk" -> "Gouden Valk")
                return {head.i: thing[0]}, (re.sub(words.article_prefix, "", thing[0]) if thing[1] else None)
            # "Engineers began withdrawing rods from the reactor, and it was expected to ...": the
            # reactor, not the subject of the sentence before (docs/events.md, "A nearer thing")
            nearer = nearer_thing(head, words, as_subject=True)
            if nearer is False:
                return {}, None
            if nearer:
                return {head.i: nearer[0]}, (nearer[0] if nearer[1] else None)
        if len(ordered) == 1:  # "The museum's director ... said it would stay closed": the museum (it_org.py)
            from .it_org import title_owner_it
            owner = title_owner_it(head, words)
            if owner:
                return {head.i: owner if head.is_sent_start else _lower_article(owner, words)}, None
        # "Acme chief executive Jane Doe said it would ...": Acme; "the regulator has blocked ... it
        # stopped": not a company named before (it_org.py)
        spoken_for = speakers_organisation(head, entities, words)
        if spoken_for is None and head.pos_ == "NOUN":  # "Acme's chief ... He said the company hoped": Acme
            from .speaker_company import reported_company
            spoken_for = reported_company(head, entities, words)
        if spoken_for is None and head.pos_ == "NOUN":  # "the company's director, Ann Lund ... Lund said the company"
            from .speaker_company import speaker_title_owner
            owner = speaker_title_owner(head, entities, words)
            if owner is not None:
                spoken_for = antecedent(owner, entities, segments, words)
        name = spoken_for or antecedent(head, entities, segments, words)
        if name and spoken_for is None and (
                rival_body(head, name, segments, words) or not_for_speaker(head, name, True, words)):
            return {}, None
        from .accused_they import trying_speaker
        judge = trying_speaker(head, words) if len(ordered) == 1 else None
        if name and judge is not None and judge.text in name:
            name = None  # "Judge Ann Moss said he would be sentenced": not the judge (accused_they.py)
        if not name and len(ordered) == 1:  # "The 23-year-old ... He passed a medical" (epithets.py)
            from .epithets import epithet_antecedent
            name = epithet_antecedent(head, entities, segments, words)
        if name:
            subs = {t.i: "" for t in ordered}
            subs[ordered[0].i] = name
            return subs, name
        found = previous_subject(head, entities, segments, words) if len(ordered) == 1 else None
        if not found and len(ordered) == 1:  # "Police arrested a man ... He is due": the man (objects_before.py)
            from .objects_before import person_object_before
            found = person_object_before(head, entities, segments, words)
        if not found and len(ordered) == 1 and head.tag_ == "PRP" and _pronoun_gender(head, words):
            from .main_person import main_person  # "Turnout was 31%. She will take office": the story's one woman
            name = main_person(head, entities, segments, words)
            found = (name, True) if name else None
        if found and (not_for_speaker(head, found[0], found[1], words) or judge is not None and judge.text in found[0]):
            return {}, None
        if found and not found[1] and thing_speaks(head, found[0], words):
            return {}, None  # "the day before it said it was open to offers": no "The price said" (it_org.py)
        if found and not found[1] and head.head.lemma_.lower() in words.organisation_deeds and \
                found[0].split()[-1].lower() not in words.generic_orgs and not _speaks_of_itself(head, found[0], words):
            return {}, None  # "when it reports results" is no "the recall"'s: an organisation's (stand_ins.py)
        if found and not found[1] and head.lower_ in words.thing_pronouns and \
                found[0].split()[-1].lower() not in words.generic_orgs:
            from .company_deeds import company_object, reporting_body
            if company_object(head, words):  # "the recall would cost ... and that it would cut its profit forecast"
                body = reporting_body(head, words)
                name = antecedent(body, entities, segments, words) if body is not None else None
                if not name:
                    return {}, None
                return {head.i: name}, name
        if found and not found[1] and _own_deed(head, found[0]):
            return {}, None  # "The fine is the largest ... It fined a firm": the office, not "The fine fined"
        if found:
            text, named = found
            return {head.i: text if head.is_sent_start else _lower_article(text, words)}, (text if named else None)
        return {}, None
    owner = _amount_owner(head, entities, segments, words)
    if owner:
        first = ordered[0]
        subs = {first.i: words.possessive.format(owner.rstrip('.')) + " " +
                (first.text.lower() if first.is_sent_start else first.text)}
        if first.lower_ in words.owner_determiners:
            subs[first.i] = words.possessive.format(owner.rstrip('.'))
        return subs, owner
    for token in ordered:
        if token.dep_ == "poss" and token.head.i == head.i and is_resolvable(token, words):
            nearer = nearer_thing(token, words)
            if nearer is False:
                return {}, None  # two things before it: unsure
            if nearer:  # "sold through the website since its launch": the website's launch
                text, named = nearer
                return {token.i: words.possessive.format(text.rstrip("."))}, (text if named else None)
            from .company_owner import company_of_its  # "The bill ... Its majority shareholder": not the bill's
            owner = company_of_its(token, entities, segments, words) if token.i == ordered[0].i else None
            if owner is False:
                return {}, None
            name = owner[0] if owner else antecedent(token, entities, segments, words)
            if not name and token.pos_ == "PRON" and token.i == ordered[0].i:
                found = previous_subject(token, entities, segments, words)
                if found:  # "Its members rejected ..." after "The union said ...": "The union's members"
                    text, named = found
                    text = text if token.is_sent_start else _lower_article(text, words)
                    return {token.i: words.possessive.format(text.rstrip("."))}, (text if named else None)
            if not name and _pronoun_gender(token, words):  # "His team suspended him": the story's one man
                from .main_person import main_person
                name = main_person(token, entities, segments, words)
            if not name:
                return {}, None
            phrase = [t for t in token.subtree if t.i in ids]
            subs = {t.i: "" for t in phrase}
            subs[phrase[0].i] = words.possessive.format(name.rstrip("."))  # "Acme Corp's", not "Acme Corp.'s"
            return subs, (None if owner else name)  # a shareholder's company is only its owner, no actor
    return {}, None


def _singled_out(noun: Token, words: EventWords) -> bool:
    """Whether a subject noun is singled out by an adjective of the pack's `singling_adjectives` or a
    superlative ("the only regular supplier", "the largest buyer"): a referent described anew, which no
    earlier name stands for (round 61d)."""
    # (an owner's "its only spare vessel" is the owner's: resolved as before)
    return not any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words.singling_adjectives) for c in noun.children)


def _own_deed(pronoun: Token, text: str) -> bool:
    """Whether the noun phrase `text` taken for a subject pronoun ends on the noun of the pronoun's own
    verb ("The fine ... It fined a firm", "The ban ... It banned"): a thing named after a deed is not
    the one who did it again, the doer is someone else (round 61d)."""
    verb = pronoun.head
    last = text.split()[-1].lower() if text.split() else ""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or len(last) < 3:
        return False
    form = verb.lower_  # the tagger's lemma may be off ("fined" -> "fin"): the written form, one ending on
    extra = len(form) - len(last)
    return last == verb.lemma_.lower() or form.startswith(last) and 0 <= extra <= 2 or \
        form.startswith(last + last[-1]) and extra == 3  # "The ban ... It banned"


def object_substitutions(tokens: list[Token], subject_tokens: list[Token], entities, segments: Segments,
                         words: EventWords) -> dict[int, str]:
    """An object "it" of the description written as what it stands for, where the text settles it:
    "losses forced it to cut its dividend" -> "forced Kessel to cut ..." (a company its sentence is
    about), "The banks expect it to close" -> "expect the takeover to close" (the one thing the
    sentence before was about). {token index: text}; an expletive ("made it clear") stays."""
    ids = {t.i for t in subject_tokens}
    out = {}
    for token in tokens:
        if token.i not in ids and token.pos_ == "PRON" and token.lower_ in words.gendered_pronouns:
            from .genders import object_person
            found = object_person(token, entities, segments, words)  # "will question her": the one woman in sight
            if not found:
                from .genders import main_clause_person
                found = main_clause_person(token, words)  # "A minister won his case when ... accused him"
            if not found and token.tag_ == "PRP" and token.dep_ in ("dobj", "pobj", "dative") and \
                    not _same_gender_subject(token, words):
                from .main_person import main_person
                found = main_person(token, entities, segments, words)  # "suspended him": the story's one man
                if not found and _no_subject_of_gender(token, words):
                    # "The man ... was detained, spokeswoman Eleni Papadaki said. She said investigators had
                    # linked him to ...": the person noun the sentence before is about
                    before = previous_subject(token, entities, segments, words)
                    found = _lower_article(before[0], words) if before and not before[1] else None
            if found:
                out[token.i] = found
            continue
        if token.i not in ids and token.lower_ in words.plural_object_pronouns:
            # Two readings, the clause structure's first: the object of the earlier conjunct of the same
            # subject ("produced 10 million doses and would start shipping them", chained.py), then the
            # one plural thing of the sentence ("asked for two more planes, and Italy will send them",
            # objects_before.py).
            from .chained import conjunct_object
            from .objects_before import plural_thing_before
            found = conjunct_object(token, words) or (plural_thing_before(token, words) if token.pos_ == "PRON" else None)
            from .kind_before import names_own_subject
            if found and names_own_subject(found, token, words):
                found = None  # "A team of four mountain guides tried to reach them": not the guides
            if not found:
                from .plural_objects import nearest_plural
                found = nearest_plural(token, segments, words, {t.i for t in tokens})  # "found no trace of them": the nearest plural
            if not found and token.lower_ in words.plural_pronouns:
                from .kind_before import they_before
                found = they_before(token, entities, segments, words)  # "They were caught ... reach them"
            if found:
                out[token.i] = found
            continue
        if token.i in ids or token.lower_ not in words.neuter_pronouns or token.pos_ != "PRON" or not _object_position(token, words):
            continue
        # "examining the lender ... and had ordered it": the lender
        from .conjunct_it import conjunct_it, conjunct_unsure
        found = conjunct_it(token, words)
        if not found and conjunct_unsure(token, words):
            continue  # "issued a warning for storms ... and raised it": that thing, not the sentence before's (round 73a)
        found = found or object_antecedent(token, entities, segments, words)
        if found:
            out[token.i] = found
    return out


def _reported_person_noun(reporter: Token, token: Token, words: EventWords) -> Token | None:
    """The singular person noun that is the subject of what a closing attribution reports ("The man,
    a local farm worker, was detained at his home, spokeswoman Eleni Papadaki said"), when the
    reporter is a named person of the other gender than the pronoun `token` or no person pronoun
    could be the reporter: what the sentence is about. None otherwise."""
    clause = next((c for c in reporter.head.children if c.dep_ == "ccomp" and c.i < reporter.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or not _named_person_noun(subject, words):
        return None
    lemma = subject.lemma_.lower()
    want = _pronoun_gender(token, words)
    if want == "m" and lemma in words.feminine_words or want == "f" and lemma in words.masculine_words:
        return None
    if reporter.tag_ == "PRP" and _pronoun_gender(reporter, words) in (None, want) or \
            reporter.ent_type_ == "PERSON" and not _reporter_other_gender(reporter, want, words):
        return None  # "The driver was hurt, Tom Dahl said. He ...": either may be "he"
    return subject


def _reporter_other_gender(reporter: Token, want: str | None, words: EventWords) -> bool:
    """Whether the title right before a reporter's name says the other gender ("spokeswoman Eleni
    Papadaki" for "he")."""
    doc = reporter.doc
    i = reporter.i
    while i > 0 and doc[i - 1].ent_type_ == "PERSON":
        i -= 1
    before = doc[i - 1].lower_ if i > 0 else ""
    have = "m" if before in words.masculine_words else "f" if before in words.feminine_words else None
    return want is not None and have is not None and have != want


def _no_subject_of_gender(token: Token, words: EventWords) -> bool:
    """Whether every subject before an object "him"/"her" in its sentence is a plural or a pronoun of
    the other gender ("She said investigators had linked him"): none of them can be who is meant."""
    want = _pronoun_gender(token, words)
    doc = token.doc
    for t in doc[token.sent.start:token.i]:
        if t.dep_ not in SUBJECT_DEPS:
            continue
        if t.tag_ in ("NNS", "NNPS"):
            continue
        if t.tag_ == "PRP" and _pronoun_gender(t, words) not in (None, want):
            continue
        return False
    return True


def _same_gender_subject(token: Token, words: EventWords) -> bool:
    """Whether the clause of an object "him"/"her" has a subject that is a name or a pronoun of its
    gender ("Ms. Ruiz praised her", "she told her": someone else, or a reflexive reading)."""
    verb = token.head if token.dep_ != "pobj" else token.head.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and (subject.ent_type_ == "PERSON" or
                                    _pronoun_gender(subject, words) == _pronoun_gender(token, words))


def _object_position(token: Token, words: EventWords) -> bool:
    """A direct object ("approved it"), or the subject of a to-infinitive after a verb ("expect it to
    close", "forced it to cut"); not "made it clear", "found it hard to ...", where "it" is no one."""
    verb = token.head
    if token.dep_ == "dobj":
        return agent_small_clause(token, words) or \
            not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ" for c in verb.children)
    if small_clause_object(token, words):
        return True  # "declared it safe", "kept it open" (small_clauses.py)
    return token.dep_ in SUBJECT_DEPS and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ccomp", "xcomp") and \
        any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in verb.children)


def _coargument(token: Token) -> Token | None:
    """The subject of the clause the object pronoun is an argument of ("Acme would fight it": Acme;
    "the banks expect it to close": the banks; "Acme unveiled a phone, pricing it below ...": Acme,
    the participle's understood subject; "Acme had no plans to sell it": Acme, the subject of the verb
    whose object the infinitive's noun is): it cannot be what "it" stands for."""
    verb = token.head
    if token.dep_ in SUBJECT_DEPS:
        verb = verb.head  # "expect it to close": the expecting
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and verb.dep_ == "acl" and verb.pos_ == "VERB" and verb.head.dep_ == "dobj" and \
                any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            verb = verb.head.head  # "had no plans to reintroduce it": the having
            continue
        if subject is not None or verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return subject
        verb = verb.head


def object_antecedent(token: Token, entities, segments: Segments, words: EventWords) -> str | None:
    """What an object "it" stands for, or None: the "it" rule of subjects (the nearest subject before
    it that is a company or a place, passing over people and plurals), never the subject of its own
    clause, and from the sentence before only when its main clause has no singular thing as object
    beside its subject ("Hale Group rejected the offer. Analysts criticized it" is unsure); failing a
    name, that sentence's subject when it is a singular thing ("The deal was announced in May. The
    airlines expect it to be completed in March")."""
    nearer = nearer_thing(token, words)
    if nearer is False:
        return None
    if nearer:
        return nearer[0]
    coargument = _coargument(token)
    bound = None
    if coargument is not None:
        ent = _entity(coargument, entities)
        bound = _name(ent, words, coargument) if ent is not None else \
            antecedent(coargument, entities, segments, words) if is_resolvable(coargument, words) else None
    for candidate in _candidates(token, segments, 1):
        if coargument is not None and candidate.i == coargument.i:
            continue
        if _acted_on_it(candidate, token, words):
            continue  # "The Senate approved it, and the president will sign it": the Senate is no "it"
        if _closing_speaker(candidate, words) and not segments.same(candidate, token) and \
                not _thing_before(token, coargument, segments):
            # "The blaze spread through the roof, the fire service said. Firefighters brought it under
            # control": what the sentence before reports on, not its reporter (as previous_subject)
            candidate = _reports_on_thing(candidate, token, segments, words)
            if candidate is None:
                return None
        acted_on = object_of_plural(candidate, token, words)
        if acted_on is not None:
            # "Divers cleared the channel, and the navy declared it open": a plural subject is no
            # "it"; the one singular thing it acted on is (small_clauses.py)
            return acted_on if acted_on != bound else None
        if _no_one(candidate, words):
            continue  # "No train was on the bridge. The last train had crossed it": no train is no "it"
        if any(c.dep_ in ("dobj", "attr", "dative") and _object_thing(c, words) and c.i < token.i
               for c in candidate.head.children):  # ("offer" is a thing, whatever its suffix)
            # "Hale Group rejected the offer. Analysts criticized it", "The company lost a satellite
            # when a leak crippled it": which one?
            return None
        if any(c.dep_ in ("relcl", "acl") and any(o.dep_ == "dobj" and o.tag_ in ("NN", "NNP") and o.ent_type_ != "PERSON"
                                                  for o in c.children)
               for c in candidate.children) and candidate.pos_ == "NOUN" and not segments.same(candidate, token):
            # "the private company that ran the line went bankrupt. A cooperative bought it": the line,
            # maybe, which the subject's own relative clause names
            return None
        ent = _entity(candidate, entities)
        if ent is not None:
            label = entities.label(ent)
            if label in ("PERSON", "NORP"):
                continue
            name = _name(ent, words, candidate) if label in ORG_LABELS else None
            return name if name and name != bound else None
        kind = _kind(candidate, words)
        if kind in ("org", "org-generic"):
            name = antecedent(candidate, entities, segments, words)
            if not name and candidate.tag_ == "PRP" and segments.same(candidate, token):
                # "It was privatised in 1998 and bought by a fund, which sold it": the same "it" as the
                # sentence's subject, written as that subject is (the thing the sentence before is about)
                found = previous_subject(candidate, entities, segments, words)
                name = _lower_article(found[0], words) if found else None
            return name if name and name != bound else None
        if candidate.pos_ == "PRON" or candidate.tag_ in ("NNS", "NNPS") or kind == "person" or \
                may_be_person(candidate, words):
            continue
        if segments.same(candidate, token) or candidate.pos_ != "NOUN" or candidate.tag_ != "NN":
            return None
        if any(c.dep_ in ("cc", "conj") for c in candidate.children) or _closing_speaker(candidate, words):
            return None
        phrase = [t for t in candidate.subtree if t.i <= candidate.i and not t.is_punct and
                  all(a.dep_ in ("det", "compound", "amod", "nmod", "poss") or a.i == candidate.i
                      for a in _path(t, candidate))]
        phrase = sorted(phrase, key=lambda t: t.i)
        if not phrase or any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in phrase) or \
                phrase[-1].i - phrase[0].i + 1 != len(phrase):
            return None
        return _lower_article(token.doc[phrase[0].i:candidate.i + 1].text, words)
    return None


def _object_thing(noun: Token, words: EventWords) -> bool:
    """Whether the object of a subject's verb is a singular thing an object "it" after it may stand for:
    a singular common noun no person's (the tagger's person label on a common noun is often wrong:
    "cracked the fort's seaward wall" tagged a person) or a name no person's, also a plural-looking
    name of a place or body ("closed the Drovers")."""
    lemma = noun.lemma_.lower()
    if lemma in words.generic_people or lemma in words.gendered_words:
        return False
    if noun.tag_ == "NN":
        return noun.ent_type_ != "PERSON" or noun.pos_ == "NOUN" and not may_be_person(noun, words)
    if noun.tag_ == "NNP":
        return noun.ent_type_ != "PERSON"
    return noun.tag_ == "NNPS" and noun.ent_type_ in ("ORG", "GPE", "FAC", "LOC")


def _no_one(candidate: Token, words: EventWords) -> bool:
    """Whether a subject is denied ("No train was on the bridge", "Neither plane ..."): it names nothing a
    later pronoun can stand for."""
    return any(c.dep_ == "det" and c.lower_ in words.negative_determiners for c in candidate.children)


def _acted_on_it(candidate: Token, token: Token, words: EventWords) -> bool:
    """Whether a subject before an object "it" has an object "it" of its own ("The Senate approved it
    last week, and the president is expected to sign it"): both "it"s are one thing, which the
    subject acted on, so that subject is not what "it" stands for."""
    if candidate.dep_ not in SUBJECT_DEPS:
        return False
    # the subject's own verb and the verbs joined to it that share its subject ("Harrowgill closed the
    # pub in 2023 and put it up for sale. Residents had registered it": the pub, not Harrowgill)
    verbs = [candidate.head] + [c for c in candidate.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    return any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in words.neuter_pronouns and c.i != token.i
               for v in verbs for c in v.children)


def _thing_before(token: Token, coargument: Token | None, segments: Segments) -> bool:
    """Whether a singular common noun stands before the object pronoun in its own sentence (outside
    its clause's subject): "lost its status in 2019, regained it", "The blaze, fanned by winds, burned
    for days before firefighters brought it under control" (a parse with no subject there): the
    sentence before is then no safe place to look."""
    bounds = segments.span(token)
    if bounds is None:
        return True
    inside = {t.i for t in coargument.subtree} if coargument is not None else set()
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.i not in inside and not t.ent_type_
               for t in token.doc[bounds[0]:token.i])


def _rival_which_body(first: Token, token: Token, entities, segments) -> bool:
    """Whether the sentence of `first` (a common-noun subject an "it"/"its" would be given) also names
    an organisation the writer goes on about in a "which" aside ("The mission is a test for Halcyon,
    which was founded in 2019"), or the possessed noun is `first`'s own ("Its first flight" after "The
    flight ..."): that body may be "it" as well, so who is meant is unsure."""
    if token.tag_ == "PRP$" and token.head.lemma_.lower() == first.lemma_.lower():
        return True
    bounds = segments.span(first)
    if bounds is None:
        return False
    return any(entities.label(e) in ORG_LABELS and _which_aside(e.root) and e.root.i != first.i
               for e in entities.between(bounds[0], bounds[1]))


def _closing_speaker(candidate: Token, words: EventWords) -> bool:
    """Whether `candidate` is the speaker of a closing attribution ("..., a police official said"):
    the sentence is about what was said, not about who said it, so an "it" after it is not them."""
    verb = candidate.head
    return candidate.dep_ == "nsubj" and verb.lemma_.lower() in words.reporting and candidate.i < verb.i and \
        any(c.dep_ in ("ccomp", "parataxis") and c.i < candidate.i for c in verb.children)


def _controls(noun: Token, token: Token) -> bool:
    """Whether `noun`, the object of a verb, is the understood subject of that verb's infinitive the
    pronoun `token` is in ("chose Sinohydro to build it", "hired a firm to repair it"): the doer of
    building is not what is built."""
    if noun.dep_ not in ("dobj", "dative"):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > noun.i and c.left_edge.i <= token.i <= c.right_edge.i
               for c in noun.head.children)


def nearer_thing(token: Token, words: EventWords, as_subject: bool = False) -> tuple[str, bool] | bool | None:
    """What a thing pronoun ("it", "its") outside any subject stands for when its own sentence
    settles it: the subject before it cannot be "it" (a plural: "More than 90 million books have been
    sold through the website since its launch") and one singular noun phrase (not a person, not a
    modifier) stands between them -- the website: (text, whether it is a name). False when two or more
    do (unsure: the pronoun stays); None when the rule does not apply (a singular subject before it is
    the usual resolvers' to weigh: "The company moved the plant to Ohio in its first year").
    `as_subject`: the same for a subject "it", after a plural or a "he"/"she" (docs/events.md, "A
    nearer thing")."""
    if token.lower_ not in words.thing_pronouns or \
            not as_subject and any(a.dep_ in SUBJECT_DEPS for a in [token, *token.ancestors]):
        return None
    doc = token.doc
    start = token.sent.start
    subject = next((doc[i] for i in range(token.i - 1, start - 1, -1) if doc[i].dep_ in SUBJECT_DEPS), None)
    # a person is no "it" either ("Mori said he had protested against the plant since it opened")
    if subject is None or subject.tag_ not in ("NNS", "NNPS") and not (
            as_subject and subject.tag_ == "PRP" and subject.lower_ in words.person_pronouns):
        return None
    if as_subject and _conjoined_singular_subject(token, subject):
        return None  # "Nordhav said its profit fell as new ships flooded the market, and it cut ...": Nordhav's to weigh
    # a noun inside the subject's own phrase ("officers from the fraud unit would examine it") only
    # says which subject, it is not what the subject acts on
    inside = {t.i for t in subject.subtree}
    # for a subject "it" an ending alone ("the plant", "the reactor") does not make a person
    person = _named_person_noun if as_subject else may_be_person
    # the noun phrases between: objects, attributes, appositions, not dates or counts
    nouns = [t for t in doc[subject.i + 1:token.i]
             if t.i not in inside and t.tag_ in ("NN", "NNP") and t.dep_ in ("pobj", "dobj", "attr", "appos", "dative")
             and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")]
    things = [t for t in nouns if not person(t, words) and t.ent_type_ != "PERSON" and not _controls(t, token)]
    if as_subject:
        # a subject "it" after another pronoun ("brought it under control, but it took until noon") or
        # a bare noun of a set phrase ("under control") is no one thing's: unsure
        if any(t.tag_ == "PRP" for t in doc[subject.i + 1:token.i]):
            return False
        things = [t for t in things if t.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in t.children)]
        # another noun phrase left out above ("the owner", a name the tagger called a person's) makes
        # the choice unsure: no antecedent
        chosen = {t.i for t in things}
        if any(t.i not in chosen and any(c.dep_ in ("det", "poss") for c in t.children) for t in nouns):
            return False
    if len(things) != 1:
        return False if things else None
    thing = things[0]
    phrase = [t for t in thing.subtree if t.i <= thing.i and not t.is_punct and
              all(a.dep_ in ("det", "compound", "amod", "nmod", "poss") or a.i == thing.i for a in _path(t, thing))]
    if any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in phrase):
        return False
    phrase = sorted(phrase, key=lambda t: t.i)
    if phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return False
    text = _lower_article(doc[phrase[0].i:thing.i + 1].text, words)
    return text, thing.pos_ == "PROPN" and not any(t.dep_ == "det" for t in phrase)


def _conjoined_singular_subject(token: Token, plural: Token) -> bool:
    """Whether a subject "it" belongs to a verb conjoined to an earlier verb whose own subject is one
    singular noun phrase other than the plural subject nearest before the pronoun: "Nordhav Line said
    that its profit fell as new ships flooded the market, and it cut its forecast" -- "it" goes on
    with Nordhav Line, the subject of "said", and the plural "ships" of a clause inside "said" does
    not make "the market" what "it" stands for."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj":
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    first = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return first is not None and first.i != plural.i and first.i < plural.i and first.tag_ in ("NN", "NNP")


def _participle_phrase_noun(candidate: Token, words: EventWords) -> bool:
    """Whether `candidate` is the "subject" the parser gave a bare past participle under a word of the
    pack's `participle_phrase_marks` ("sorry for the hurt caused", "with the work finished"): no
    clause opens with those words and a subject, so the noun is a phrase's object with its participle
    (a reduced relative or an absolute phrase), no subject for a later "it"/"its" to go on with
    (round 67b)."""
    verb = candidate.head
    return candidate.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        any(c.dep_ == "mark" and c.lower_ in words.participle_phrase_marks and c.i < candidate.i for c in verb.children)


def previous_subject(token: Token, entities, segments: Segments, words: EventWords,
                     chained: bool = False) -> tuple[str, bool] | None:
    """What a subject "it"/"he"/"she" (or "its"/"his"/"her" opening the subject) that names no entity
    stands for: the nearest earlier singular subject of its own sentence (plurals and pronouns there
    passed over), else the main subject of the sentence before; a noun phrase that agrees ("The
    satellite will measure ... It is expected to" -> "The
    satellite"; "The towing company's owner pleaded guilty ... He is due to be sentenced" -> the owner;
    "Northern Rail cancelled ... It expects" -> "Northern Rail", a name the entity tagger missed).
    Hand-written: the centering preference of a subject pronoun for the previous subject, which no
    offline coreference library for this spaCy version gives us (docs/events.md). Returns (text, whether
    it is a name, for the actors) or None."""
    kind = _kind(token, words)
    if kind not in ("person", "org") or token.pos_ not in ("PRON", "DET") and token.tag_ != "PRP$":
        return None
    if kind == "org":
        from .chained import thing_before_it
        if thing_before_it(token, words):
            return None  # "Harlow Mining sold the smelter when it closed": the smelter, maybe
    first = _relative_speaker(token, words) if kind == "org" else None
    for candidate in ([] if first is not None else _candidates(token, segments, 1)):
        if not segments.same(candidate, token) and candidate.head.lemma_.lower() in words.reporting and \
                any(c.dep_ == "ccomp" and c.i < candidate.i for c in candidate.head.children):
            reported = _reports_on_thing(candidate, token, segments, words) if kind == "org" else None
            if reported is not None:  # "The storm came ashore ..., the weather service said. It had weakened"
                first = reported
                break
            reported = _reported_person_noun(candidate, token, words) if kind == "person" else None
            if reported is not None:  # "The man was detained ..., spokeswoman Eleni Papadaki said. ... him"
                first = reported
                break
            continue  # "The ministry hired a driver, a spokesman said. He ...": the attribution's reporter is no topic
        if segments.same(candidate, token):
            if kind == "org" and candidate.tag_ == "NNS" and _singular_verb(candidate):
                return None  # "The works was founded in 1838, and its first kiln": the works', not the sentence before's
            if candidate.tag_ in ("NNS", "NNPS") or candidate.pos_ == "PRON" or complement_subject(candidate, token):
                continue  # "The union said the operators refused an offer, which its members rejected": not them
            if kind == "org" and _inside_first_conjunct(candidate, token, words):
                continue  # "The union said a stoppage would begin unless the company returned, and it ...": the union
            if _participle_phrase_noun(candidate, words):
                continue  # "the club was sorry for the hurt caused, and its committee": the club's, not the hurt's
            if any(c.dep_ == "poss" and not (kind == "org" and c.tag_ == "NNS") for c in candidate.children):
                # (a plural common owner is no "it": "The pilots' union said it would strike" is the union's)
                return None  # "Anheuser's share rose, while its rival ...": "its" is more likely the owner's
            if _subordinate_rival(candidate, token, token.tag_ == "PRP$" and token.dep_ == "poss"
                                  and not any(a.dep_ in SUBJECT_DEPS for a in token.ancestors)):
                return None  # "Take-up fell after a review linked it to ..., but it has recovered": which one?
            if kind == "org" and _embedded_rival(candidate, token, words):
                return None  # "The board should ask how the fund is run when it meets in May": which one?
            if kind == "org" and candidate.i == getattr(_reporter(token, words), "i", None) and \
                    _entity(candidate, entities) is not None and entities.label(_entity(candidate, entities)) == "PERSON":
                ent = _entity(candidate, entities)
                if len(ent) == 1 and not _surname_of_named(ent, entities):
                    # "Velmora said last week that it had ...": a one-word name the tagger called a person
                    # may be the company that speaks of itself; never the sentence before's subject (round 38)
                    return None
                continue  # "Almeida said it would sell ...": the speaker is no "it"
        first = candidate
        break
    if first is not None and kind == "org" and _acts_on_it(first, token, words):
        earlier = next((c for c in _it_objects_before(first, token, words) if c.dep_ == "dobj" and
                        c.head.i == first.head.i), None) if first.dep_ == "nsubj" and not chained else None
        # "The Moreaus sold it in 1979, and it changed hands twice": the later "it" goes on with the
        # thing the subject acted on, the earlier object "it", whatever that stands for (round 64d)
        text = object_antecedent(earlier, entities, segments, words) if earlier is not None else None
        return (text, False) if text else None  # "a campaign raised money to restore it, and it returned": the thing, not the campaign
    if first is not None and kind == "org" and _reporter_of_level(first, token, segments, words):
        return None  # "The ministry said the water had risen. It stopped rising": not the ministry
    if first is not None and kind == "org" and not segments.same(first, token):
        first = _owner_of_its(first, words)
    if first is not None and not chained and kind == "org" and first.tag_ == "PRP" and \
            first.lower_ in words.neuter_pronouns and first.dep_ in ("nsubj", "nsubjpass") and \
            first.head.lemma_.lower() not in words.copulas and not segments.same(first, token):
        # (not a copula's "it": "It is the second time that ...")
        # "The vault opened in 2008. It now holds 1.3 million samples. Its only withdrawals came in
        # 2015": the sentence before's "it" is what its own sentence before was about (round 45c)
        return previous_subject(first, entities, segments, words, chained=True)
    if first is None or first.tag_ not in ("NN", "NNP"):
        return None
    if kind == "org" and _bare_flow(first, token, segments):
        return None  # "Trading stopped ..., the exchange said. It extended the session": not trading
    if any(c.dep_ == "cc" for c in first.children) or any(c.dep_ == "conj" for c in first.children):
        return None  # "Apple and Google ...": not one thing
    ent = _entity(first, entities)
    label = entities.label(ent) if ent is not None else None
    if kind == "person":
        if first.pos_ != "NOUN" or label is not None or not may_be_person(first, words):
            return None  # names are the name resolver's; "the storm" is no "he"
        lo, hi = segments.span(first)
        if any(entities.label(e) == "PERSON" and not _other_gender(token, e, entities, words)
               for e in entities.between(lo, hi)):
            return None  # "The auditor testified against Ellison. He is due ...": either may be "he"
        gender = _pronoun_gender(token, words)
        lemma = first.lemma_.lower()
        if gender == "m" and lemma in words.feminine_words or gender == "f" and lemma in words.masculine_words:
            return None
    else:
        if label is not None or may_be_person(first, words) or first.ent_type_:
            return None  # an entity the name resolver passed over, or a person: not "it"
        if not segments.same(first, token) and _rival_which_body(first, token, entities, segments):
            return None  # "The mission is a test for Halcyon, which was founded in 2019. Its first flight": whose?
        people = {w for e in entities.spans if entities.label(e) == "PERSON" for w in e.text.split()}
        if cannot_be_it(first, segments.same(first, token), people):
            from .chained import owner_in_object  # "ice blocked the aircraft's tubes after it took off"
            return owner_in_object(first, token, words)  # else a person's name, or unsure: "it" stays
    # ("240-metre"; the apostrophe of a plural owner, "The pilots' union", is part of the phrase)
    phrase = [t for t in first.subtree if t.i <= first.i and (not t.is_punct or t.tag_ in ("HYPH", "POS"))
              and not any(a.dep_ in ("relcl", "acl", "appos", "prep") and a.i != first.i
                          for a in t.ancestors if a.i >= first.left_edge.i and a.i < first.i)]
    # "A group of residents said it would ...": an "of" phrase right after the head is part of what
    # it names (not "A group would ..."); one with a clause or a comma inside is left out
    of = [c for c in first.children if c.dep_ == "prep" and c.lower_ in words.genitive_preps and c.i == first.i + 1]
    if of and not any(t.dep_ in ("relcl", "acl", "appos", "conj") or t.is_punct or t.tag_ in ("PRP$", "PRP")
                      for t in of[0].subtree) and len(list(of[0].subtree)) <= 4:
        phrase += list(of[0].subtree)
    if not phrase or any(t.tag_ in ("PRP", "PRP$", "WDT", "WP") for t in phrase):
        return None
    from .defining import defining_clause
    clause = defining_clause(first, phrase)
    if clause is False:
        return None  # "The union representing porters ... it" after "their union": which union is unsure
    phrase += clause or []
    # "Ariane 6", "Apollo 11": a number right after a capitalized head is part of its name
    phrase += [c for c in first.children if c.dep_ == "nummod" and c.i == first.i + 1 and first.text[:1].isupper()]
    start, end = min(t.i for t in phrase), max(t.i for t in phrase) + 1
    if end - start != len(phrase):
        return None  # the phrase has a gap (a clause inside it): no clean text to put in
    text = token.doc[start:end].text
    named = first.pos_ == "PROPN" and not any(t.dep_ == "det" for t in phrase)  # "Northern Rail", not "The newest iPhone"
    from .agent_it import cannot_act
    if kind == "org" and cannot_act(first, token, words):
        return None  # "The recall covers ..., the firm said. It expects to": no "The recall expects" (agent_it.py)
    return text, named


def _singular_verb(subject: Token) -> bool:
    """A plural-looking subject whose verb is singular ("The works was founded", "The news is"): one
    thing, which a later "its" may stand for, so not to be passed over for the sentence before's."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.i == subject.i:
        return False
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    return finite[0].morph.get("Number") == ["Sing"]


def _relative_speaker(token: Token, words: EventWords) -> Token | None:
    """"The levy needs approval from a national agency, which has said it will decide by the end of
    the year": a subject "it" of what a relative clause's "which" says speaks of the noun the clause
    describes (the agency), not of the sentence's subject (the levy). That noun, else None."""
    reporter = _reporter(token, words)
    if reporter is None or reporter.tag_ != "WDT" or reporter.head.dep_ != "relcl":
        return None
    noun = reporter.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < reporter.i else None


def _owner_of_its(first: Token, words: EventWords) -> Token:
    """The subject of the clause before when `first`, the subject of a clause joined to it, is owned by
    an "its" ("the plant was split up and its workforce cut sharply. It was privatised"): that "its"
    is the earlier subject, the topic a later "it" goes on about, not the thing it owns."""
    verb = first.head
    if first.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or \
            not any(c.dep_ == "poss" and c.lower_ in words.thing_pronouns for c in first.children):
        return first
    owner = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    return owner if owner is not None and owner.pos_ == "NOUN" and owner.tag_ == "NN" else first


def _bare_flow(first: Token, token: Token, segments) -> bool:
    """Whether `first`, a subject of an earlier sentence, is a bare common noun (no determiner, no
    possessive, no compound: "Trading", "Traffic", a flow or an activity) and subject "it" `token` acts
    on an object ("It extended the session"): such a noun does not act, the one who runs it does, who
    is unsure (docs/events.md, "A nearer thing")."""
    from .agent_it import bare_noun
    if segments.same(first, token) or first.pos_ != "NOUN" or not bare_noun(first):
        return False
    return any(c.dep_ == "dobj" for c in token.head.children)


def _lower_article(text: str, words: EventWords) -> str:
    """"The satellite" inside a sentence: "the satellite"."""
    match = re.match(words.article_prefix, text)
    return text[:match.end()].lower() + text[match.end():] if match else text


def relative_substitutions(verb: Token, tokens: list[Token], words: EventWords) -> dict[int, str]:
    """"Keep, which Google launched this week": the relative pronoun of an object relative clause
    is written as its antecedent ("Google launched Keep")."""
    top = verb
    while top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
        top = top.head
    if top.dep_ != "relcl" or top.head.i == top.i:
        return {}
    if any(t.tag_ in ("WDT", "WP") and t.dep_ == "dobj" and t.head.lemma_.lower() in words.clause_pro_verbs
           for t in tokens):
        return {}  # "..., which she expected to do later this month": a clause's stand-in, no noun's (garbled.py)
    from .antecedents import (
        object_phrase_owner,
        outer_antecedent,
        place_after_thing,
        reference_point,
        thing_near_place,
        time_after_object,
    )
    noun = outer_antecedent(top, words) or top.head  # "a system that tracks ... in real time, which X launched"
    if noun.i == top.head.i and (place_after_thing(top, words) or time_after_object(top, words) or
                                 reference_point(top, words) or thing_near_place(top, words) is not None):
        return {}  # "a scrapyard in the Midlands, which officers searched": the yard or the place? (antecedents.py)
    proposal = _proposal_of(top, noun, words) if noun.i == top.head.i else None
    if proposal is not None or \
            noun.dep_ == "pobj" and noun.head.lower_ in words.genitive_preps and noun.head.head.pos_ == "NOUN" and \
            (noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or any(c.dep_ == "nummod" for c in noun.children)) \
            or noun.i == top.head.i and object_phrase_owner(top, words) is not None:
        # "an offer of 3.5 percent, which its members rejected": the offer, with its amount; "the
        # approval of the ministry, which the council expects": the approval, with its phrase; "a
        # plan to merge the three hospitals, which the cabinet approved": the plan, with its aim
        offer = proposal if proposal is not None else noun.head.head
        phrase = [t for t in offer.subtree if t.i <= noun.i and not t.is_punct and
                  not any(x.dep_ in ("relcl", "appos", "acl", "advcl") and not (proposal is not None and x.dep_ == "acl"
                                                                                and x.head.i == offer.i)
                          for x in _path(t, offer))]
        phrase = sorted(phrase, key=lambda t: t.i)
        text = " ".join(t.lower_ if t is phrase[0] and t.pos_ == "DET" else t.text for t in phrase)
        return {t.i: text for t in tokens
                if t.tag_ in ("WDT", "WP") and t.dep_ in ("dobj", "pobj") and t.lower_ in words.relative_pronouns}
    # The antecedent's own words: the noun and its left modifiers ("the new MacBook line"), not its
    # relative clauses, appositions or prepositional phrases.
    phrase = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct and
              not any(x.dep_ in ("relcl", "appos", "prep", "acl", "advcl") for x in _path(t, noun))]
    if noun.tag_ == "CD":
        # "was one of 46 that the district closed": "closed one of 46", never "closed one" (round 57a)
        part = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.genitive_preps and
                     c.i < top.i and any(p.dep_ == "pobj" for p in c.children)), None)
        if part is not None:
            phrase += [t for t in part.subtree if not t.is_punct and
                       not any(x.dep_ in ("relcl", "appos", "acl", "advcl") for x in _path(t, part))]
    phrase = sorted(phrase, key=lambda t: t.i)
    text = " ".join(t.lower_ if t is phrase[0] and t.pos_ == "DET" else t.text for t in phrase)
    return {t.i: text for t in tokens
            if t.tag_ in ("WDT", "WP") and t.dep_ in ("dobj", "pobj") and t.lower_ in words.relative_pronouns}


def _proposal_of(clause: Token, noun: Token, words: EventWords) -> Token | None:
    """The proposal's noun ("plan", "proposal") whose infinitive's object a comma's object "which" is
    hung on, when the clause's verb is one done to proposals ("a plan to merge the canton's three
    hospitals, which the outgoing cabinet approved": the plan was approved, not the hospitals; round
    65g); None otherwise ("a plan to buy three trams, which the city ordered": the trams)."""
    if clause.lemma_.lower() not in words.proposal_verbs or not after_comma(clause) or noun.dep_ != "dobj" or \
            not any(c.dep_ == "dobj" and c.lower_ in words.thing_relatives for c in clause.children):
        return None
    aim = noun.head
    if aim.dep_ not in ("acl", "relcl") or aim.pos_ != "VERB" or \
            not any(c.dep_ == "aux" and c.tag_ == "TO" for c in aim.children):
        return None
    owner = aim.head
    return owner if owner.pos_ == "NOUN" and owner.lemma_.lower() in words.proposal_nouns else None


def _path(token: Token, top: Token) -> list[Token]:
    """Tokens from `token` up to (not including) `top`."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _amount_owner(head: Token, entities, segments, words: EventWords) -> str | None:
    """Whose figure an amount subject without an owner is, when its own sentence says: "Anheuser-Busch
    reported net income rose 5%" (the reporting company's), "At EDS, profit jumped 16%" (the place
    phrase's company). Never guessed from other sentences: a wrong owner is worse than none."""
    if head.lemma_.lower() not in words.owned_amounts and head.lower_ not in words.owned_amounts:
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None
    verb = head.head
    if head.dep_ in SUBJECT_DEPS and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "final results showed the party lost": the figures are a source here, no one's amount
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.amount_place_preps and c.i < verb.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = _entity(pobj, entities)
            if ent is not None and entities.label(ent) == "ORG":
                return _name(ent, words, pobj)
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:
        for subject in (c for c in verb.head.children if c.dep_ in SUBJECT_DEPS):
            ent = _entity(subject, entities)
            if ent is not None and entities.label(ent) == "ORG":
                return _name(ent, words, subject)
            if is_resolvable(subject, words):
                name = antecedent(subject, entities, segments, words)
                if name:
                    return name
    if head.dep_ in SUBJECT_DEPS and verb.dep_ == "ROOT" and not any(c.dep_ == "prep" for c in head.children):
        # "Net was $10.5 million": a main clause's amount without an owner is "its" amount, the
        # company the sentences before are about (the "it" rule: any other thing there stops it)
        return antecedent(head, entities, segments, words, kind="org")
    return None


# ----------------------------------------------------------------------------------- actors
class Entities:
    """The doc's actor entities, read once per document: `doc.ents` builds new spans on every access,
    and asking it per row made long documents quadratic."""

    def __init__(self, doc: Doc, words: EventWords | None = None):
        self.spans = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
        # people's names the tagger gave no kind (missed_people.py): for "he"/"she" only, no actors
        self.guessed_people: list[Span] = []
        if words is not None:  # the story's company, a name the tagger may not know (story_company.py)
            from .story_company import with_story_company
            self.spans = with_story_company(doc, self.spans, words)
            from .called_company import with_called_companies  # "Bellwether's shares": a company (called_company.py)
            self.spans = with_called_companies(doc, self.spans, words)
            from .missed_people import missed_people  # "Marta Zielinska had worked": untagged (missed_people.py)
            self.guessed_people = missed_people(doc, self.spans, words)
        self.starts = [e.start for e in self.spans]
        self._labels = _name_labels(self.spans)
        self._label_of: dict[tuple[int, int, int], str] = {}
        # {(surname, id(words)): genders} that titles at the surname's mentions say (`_title_genders`)
        self.title_genders: dict[tuple[str, int], frozenset[str]] = {}
        self._persons_by_word: dict[str, list[Span]] | None = None
        self._words = words

    @property
    def persons_by_word(self) -> dict[str, list[Span]]:
        """{word: the PERSON entities with that word, in order}, read once per document: `_title_genders`
        asks it per surname (each surname walked every entity's words again)."""
        if self._persons_by_word is None:
            index: dict[str, list[Span]] = {}
            for other in self.spans:
                if self.label(other) == "PERSON":
                    for text in dict.fromkeys(t.text for t in other):
                        index.setdefault(text, []).append(other)
            self._persons_by_word = index
        return self._persons_by_word

    def label(self, ent: Span) -> str:
        """The entity's label, made consistent with the document's fuller mentions of the same name:
        the tagger calls "Kopp" a GPE after "James Kopp" (PERSON), or "Sansui" a PERSON after
        "Sansui Electric Co." (ORG); the fuller name is the better evidence."""
        # (memoized by the span's place: a Span's text is joined anew on every read, and the person
        # and gender rules ask for the same entities' labels thousands of times per document)
        key = (ent.start, ent.end, ent.label)
        label = self._label_of.get(key)
        if label is None:
            label = self._labels.get((ent.text, ent.label_), ent.label_)
            if label == "PERSON" and self._words is not None and _company_kind_beside(ent, self._words):
                label = "ORG"  # "An insurer, Rijnwaard Verzekeringen, said": a company, whatever the tagger says
            self._label_of[key] = label
        return label

    def between(self, first: int, last: int) -> list:
        """Entities that start at or before token `last` and end after token `first`, in order."""
        lo = bisect.bisect_left(self.starts, first - MAX_ENTITY_TOKENS)
        hi = bisect.bisect_right(self.starts, last)
        return [e for e in self.spans[lo:hi] if e.end > first]


MAX_ENTITY_TOKENS = 32  # longer named entities are not looked back for


def _company_kind_beside(ent: Span, words: EventWords) -> bool:
    """Whether a name the tagger called a person's is set beside a company's kind with commas ("An
    insurer, Rijnwaard Verzekeringen, said that ..."; "a Dundee firm, Baxterhaugh Brothers"): the
    writer says what it is, and a person's name is never set beside "an insurer" (round 71a: its "it"
    went to a ministry named before, the name being passed over as a person). Kinds that also name a
    person's trade ("a producer, Ann Lee") are left out (the pack's `person_trade_orgs`)."""
    root = ent.root
    noun = root.head
    if root.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i > ent.start or noun.tag_ != "NN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in words.generic_orgs and lemma not in words.person_trade_orgs and \
        ent.start > 0 and ent.doc[ent.start - 1].text == ","


def _name_labels(spans: list) -> dict[tuple[str, str], str]:
    """{(text, label): better label} for short mentions the tagger labelled differently from the
    fuller name they abbreviate: a person is shortened to the surname ("James Kopp" -> "Kopp"), a
    company to its first word(s) ("Sansui Electric Co." -> "Sansui"). Only unambiguous evidence
    counts: a mention that abbreviates both a person and a company keeps its label."""
    def words(ent) -> tuple[str, ...]:
        # without a leading determiner: "The Nova Scena Ballet" is abbreviated "Nova Scena"
        out = tuple(t.text for t in (ent[1:] if len(ent) > 1 and ent[0].pos_ == "DET" else ent))
        return out[:-1] if len(out) > 1 and out[-1] in ("'s", "'") else out

    names = [words(ent) for ent in spans]  # (read by both loops: each entity's words made once)
    surnames: dict[tuple[str, ...], set[str]] = {}
    first_words: dict[tuple[str, ...], set[str]] = {}
    for ent, name in zip(spans, names):
        for n in range(1, len(name)):
            surnames.setdefault(name[-n:], set()).add(ent.label_)
            first_words.setdefault(name[:n], set()).add(ent.label_)
    out = {}
    for ent, name in zip(spans, names):
        as_surname, as_first = surnames.get(name, set()), first_words.get(name, set())
        if ent.label_ != "PERSON" and as_surname == {"PERSON"} and "ORG" not in as_first:
            out[ent.text, ent.label_] = "PERSON"  # "Kopp" (GPE) after "James Kopp"
        elif ent.label_ == "PERSON" and as_first == {"ORG"} and "PERSON" not in as_surname:
            out[ent.text, ent.label_] = "ORG"  # "Sansui" (PERSON) beside "Sansui Electric Co."
    return out


def apposed_name(subject_tokens: list[Token], entities: Entities, words: EventWords) -> str | None:
    """"Gonzalez's lawyer, Greg Craig, asked ...": a common-noun subject with a person or organization
    named in apposition is that name (the description keeps the noun phrase, the actors name it)."""
    ids = {t.i for t in subject_tokens}
    for head in subject_tokens:
        if head.head.i in ids and head.head.i != head.i or head.pos_ != "NOUN" or head.ent_type_:
            continue
        for child in head.children:
            if child.dep_ != "appos" or child.i < head.i:
                continue
            for ent in entities.between(child.i, child.i):
                if ent.start <= child.i < ent.end and entities.label(ent) in ("PERSON", "ORG"):
                    return _name(ent, words, child)
    return None


def with_antecedent(doc: Doc, subject_tokens: list[Token], actors: list[str],
                    entities: Entities, words: EventWords, segments: Segments | None = None) -> list[str]:
    """A "he"/"she" subject becomes the last person named in the three sentences before it (or
    earlier in its own): cheap, and only for singular personal pronouns."""
    if len(subject_tokens) != 1 or subject_tokens[0].lower_ not in words.personal_subjects:
        return actors
    pronoun = subject_tokens[0]
    window = pronoun.sent.start
    for _ in range(3):
        if window == 0:
            break
        window = doc[window - 1].sent.start
    people = [e for e in entities.between(window, pronoun.i) if entities.label(e) == "PERSON"
              and window <= e.start and e.end <= pronoun.i and _agrees(pronoun, e, entities, words)
              and not _bare_word_person(pronoun, e, entities, words)]
    if not people or _quoted_from_paragraph_before(doc[people[-1].start], pronoun):
        return actors
    from .accused_they import trying_speaker
    judge = trying_speaker(pronoun, words)
    if judge is not None and people[-1].start <= judge.i < people[-1].end:
        return actors  # "Judge Ann Moss said he would be sentenced": not the judge (accused_they.py)
    if _quote_speaker(pronoun, words) is not None or _quote_speaker_before(pronoun, words) is not None:
        return actors  # a quoted "he" with its speaker after it: only the antecedent rules may name him
    before = list(_candidates(pronoun, segments, 1)) if segments is not None else []
    if before and before[0].tag_ == "NN" and not before[0].ent_type_ and may_be_person(before[0], words):
        return actors  # "The company's owner testified against Kaminski. He ...": the owner, maybe
    rival = _subject_rival(pronoun, people[-1], entities, segments, words) if segments is not None else None
    if rival:  # the subject before it, a full name the tagger missed (round 49)
        return [rival, *(a for a in actors if a.casefold() != rival.casefold())]
    if segments is not None and (previous_subject(pronoun, entities, segments, words) or rival is not None or
                                 _rival_in_sight(pronoun, people[-1], entities, segments, words)):
        # the description already names a role ("The prime minister returned", not Ntlaba's act),
        # or another person in sight may be "he" as well
        return actors
    name = re.sub(rf"{words.possessive_suffix}$", "", people[-1].text.strip())
    return [name, *(a for a in actors if a.casefold() != name.casefold())]


def _subject_rival(pronoun: Token, person: Span, entities: Entities, segments: Segments,
                   words: EventWords) -> str | None:
    """Who else than `person`, the last person named, the nearest subject before `pronoun` that may
    be a person names: None when it names `person`, is a tagged person (left to _rival_person and
    _rival_in_sight), or no such subject is nearer than `person`'s sentence; "" when it is a name the
    tagger did not call a person, or the owner of the subject ("Brel's coach took her to a club when
    she was 9": Brel or the coach); the name itself when it is such a full name written after
    `person` ("Former nurse Brel beats Okafor ... A year ago Ana Brel [untagged] was teaching in
    Lyon. On Sunday she won the title": Brel, not Okafor of the headline). A subject pronoun
    continues the subject before it (the module doc), and the tagger's misses hide such subjects from
    the cheap rule; a wrong person in `actors` is worse than none. Pronouns, common nouns and
    organisations are passed over (round 49)."""
    from .genders import surname
    mine = surname(person)
    for candidate in _candidates(pronoun, segments, MAX_SENTENCES):
        if candidate.i < person.start and not segments.same(candidate, person.doc[person.start]):
            return None  # the person was named in a sentence after that subject's: nearer than it
            # ("Valdmaa won ... The vote was called after the previous speaker, Toomas Kask, resigned.
            # He said ..."); the subject of the person's own sentence still outranks an object there
        if candidate.pos_ == "PRON":
            continue
        for name in (candidate, *(c for c in candidate.children if c.dep_ == "poss")):
            ent = _entity(name, entities)
            if ent is not None:
                label = entities.label(ent)
                if label == "PERSON":
                    # a named subject before the last-named person is left to the rules above ("Judge
                    # Helen Park ordered Kaminski to repay $412,000. He must report ...": the story's
                    # Kaminski, _rival_person); a possessor is no surer than the person named after it
                    return "" if name is not candidate and surname(ent) != mine else None
                if label == "GPE" and name.pos_ == "PROPN" and len(ent) > 1 and name.i == candidate.i and \
                        candidate.dep_ == "nsubj" and candidate.head.pos_ in ("VERB", "AUX"):
                    # a person's full name the tagger called a place ("Tunde Okafor" GPE)
                    return _name(ent, words) if ent.start >= person.end else ""
                if name.i == candidate.i and _told_as_person(candidate, pronoun, words):
                    return _name(ent, words)  # "Dobrescu [ORG] ... at her first senior championships. She had won"
                continue
            if name.tag_ == "NNP" and name.text[:1].isupper() and name.text[1:].islower() and \
                    name.text != mine and not _untagged_org(name, words) and \
                    not any(c.dep_ == "det" for c in name.children):
                first = [c for c in name.children if c.dep_ == "compound" and c.i == name.i - 1 and
                         c.tag_ == "NNP" and c.text[:1].isupper() and c.text[1:].islower()]
                if first and name.i == candidate.i and candidate.i > person.end:
                    return f"{first[0].text} {name.text}"  # "Rhys Pritchard", untagged
                return ""
    return None


def _told_as_person(subject: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether a one-word proper name the tagger did not call a person is told as one by its own
    clause, with a possessive or object of the pronoun's gender on its verb ("Dobrescu [ORG], 17, was
    competing at her first senior championships. She had won ...": Dobrescu is "she", not the coach
    named the paragraph before; round 62c). Read only on the subject's verb's own words, before the
    next clause of its own and outside quotation marks."""
    gender = words.feminine_pronouns if pronoun.lower_ in words.feminine_pronouns else words.masculine_pronouns
    verb = subject.head
    if subject.pos_ != "PROPN" or subject.dep_ not in ("nsubj", "nsubjpass") or verb.i == subject.i or \
            any(c.dep_ == "compound" for c in subject.children):
        return False
    for token in verb.subtree:
        if token.lower_ in gender and token.dep_ in ("poss", "dobj", "pobj") and token.i > subject.i and \
                token.lower_ not in words.personal_subjects:
            up = token
            while up.i != verb.i and up.dep_ not in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
                up = up.head
            if up.i == verb.i and '"' not in subject.doc[subject.i:token.i].text:
                return True
    return False


def _untagged_org(name: Token, words: EventWords) -> bool:
    """An untagged proper name written with an organisation's or a public body's word ("Northern Rail")."""
    return any(t.lower_ in words.org_name_words or t.lower_ in words.public_body_words or
               t.lower_ in words.generic_orgs for t in (name, *(c for c in name.children if c.dep_ == "compound")))


def _apposed_entities(token: Token, ids: set[int], entities: Entities) -> list:
    """Person and organization names in apposition to a common noun of the description, outside it."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return []
    found = []
    for child in token.children:
        if child.dep_ != "appos" or child.i < token.i or child.i in ids:
            continue
        for ent in entities.between(child.i, child.i):
            if ent.start <= child.i < ent.end and entities.label(ent) in ("PERSON", "ORG"):
                found.append(ent)
    return found


def _subject_clauses(subject_tokens: list[Token], verb: Token) -> set[int]:
    """The tokens of a participle or relative clause set off by a comma on the row's subject that the
    row's verb (or noun) is not in: "Tumlinge, founded in 1948 by the carpenter Aksel Tumling, issued a
    profit warning": the founder acted in the founding, not in the warning, so he is no actor of it
    (round 49). The row of the founding itself (its verb inside the clause) keeps him; a clause that
    says which one is meant ("A gang led by the thief Leonardo Notarbartolo emptied the boxes") keeps
    its agent, who took part."""
    out: set[int] = set()
    ids = {t.i for t in subject_tokens}
    for subject in subject_tokens:
        if subject.head.i in ids and subject.head.i != subject.i:
            continue
        for clause in subject.children:
            if clause.dep_ in ("acl", "relcl") and clause.i > subject.i and after_comma(clause) and \
                    not clause.left_edge.i <= verb.i <= clause.right_edge.i:
                out.update(range(clause.left_edge.i, clause.right_edge.i + 1))
                # the parser often hangs the agent's name on the verb as a second subject ("by the
                # carpenter [Aksel Tumling]", nsubj of "issued"): a subject that starts where the
                # clause ends is the clause's
                for other in subject.head.children:
                    if other.dep_ in SUBJECT_DEPS and other.left_edge.i == clause.right_edge.i + 1:
                        out.update(range(other.left_edge.i, other.right_edge.i + 1))
    return out


def actors_of(subject_tokens: list[Token], tokens: list[Token], entities: Entities,
              words: EventWords, verb: Token | None = None) -> list[str]:
    if verb is not None and subject_tokens:
        aside = _subject_clauses(subject_tokens, verb)
        if aside:
            subject_tokens = [t for t in subject_tokens if t.i not in aside]
            tokens = [t for t in tokens if t.i not in aside]
    subject_ids = {s.i for s in subject_tokens}
    ordered = sorted(subject_tokens, key=lambda t: t.i) + sorted(
        (t for t in tokens if t.i not in subject_ids), key=lambda t: t.i)
    ids = {t.i for t in ordered}
    if not ids:
        return []
    ents = [e for e in entities.between(min(ids), max(ids))
            if any(i in ids for i in range(e.start, e.end))]
    # "Russian President Vladimir Putin": the nationality of a named actor is not an actor itself.
    named = {i for e in ents if e.label_ != "NORP" for i in range(e.start, e.end)}

    def modifies_named(ent) -> bool:
        token = ent.root
        for _ in range(3):
            if token.dep_ not in ("amod", "compound", "nmod") or token.head.i == token.i:
                return False
            token = token.head
            if token.i in named:
                return True
        return False

    ents = [e for e in ents if (e.label_ != "NORP" or not modifies_named(e)) and not names_a_product_line(e, words)
            and not names_a_possessor(e, words)]
    first = {}
    for pos, token in enumerate(ordered):
        for ent in ents:
            if ent.start <= token.i < ent.end and ent.start not in first:
                first[ent.start] = (pos, ent)
    for pos, token in enumerate(ordered):
        # "settled its dispute with the Beatles' record company, Apple Corps": the description leaves
        # the aside out, but the name it gives the noun is who the event involves.
        for ent in _apposed_entities(token, ids, entities):
            if ent.start not in first:
                first[ent.start] = (pos + 0.5, ent)
    actors = []
    seen = set()
    for _, ent in sorted(first.values(), key=lambda pair: pair[0]):
        name = re.sub(rf"({words.possessive_suffix}|\s+)$", "", ent.text.strip())
        name = re.sub(words.article_prefix, "", name)
        if name.count("(") != name.count(")"):
            name = name.replace("(", "").replace(")", "").strip()
        name = without_score(re.sub(r"\s+", " ", name))
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            actors.append(name)
    return actors

