"""Anchoring: which predicate a time expression dates (docs/events.md).

From the expression's head, walk up the dependency parse to the predicate it modifies (prep "on"/"in"/...
-> the verb; npadvmod/tmod -> the verb; "test on Wednesday" -> the event noun "test"), never jumping to
the sentence root. A relative clause with its own date is its own event. Control verbs ("expected to
arrive", "plans to visit", "had to close") hand the row to the verb they control; the control verb
gives the status. Coordinated predicates without a date of their own share it. Every function takes
the language's words (`events.words.EventWords`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import TimeExpression
from .attach import future_bound_state, own_tense, own_time, own_when_moment, subordinate_clause
from .clauses import reporter_conjunct
from .fragments import after_comma
from .segments import Segments
from .words import EventWords

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VAGUE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
ROW_TYPES = {"DATE", "TIME"}


def is_row_expression(expression: TimeExpression) -> bool:
    return expression.type in ROW_TYPES


def is_vague(expression: TimeExpression) -> bool:
    return expression.value in VAGUE_VALUES or not expression.date


def _trailing_expectation(token: Token, via: str, segments: Segments, words: EventWords) -> Token | None:
    """The clause before a bare participle of expectation set off by a comma, holding nothing but the
    date ("It takes effect when it is published in the official gazette, expected on Friday"): the
    participle says when the clause is expected; told alone it reads "The decree expected" (the
    twenty-sixth judged sample; round 29)."""
    if token.lower_ not in words.trailing_expectations or token.tag_ != "VBN" or via not in ("prep", "npadvmod") or \
            token.dep_ not in ("advcl", "acl") or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ not in ("prep", "punct", "npadvmod") or c.dep_ == "prep" and c.lower_ in words.ordering_preps
           for c in token.children):
        return None  # "expected by analysts", "expected to rise", "expected since May": not a date to come
    head = token.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    if head.i == token.i or head.pos_ not in ("VERB", "AUX") or not segments.same(head, token):
        return None
    if head.tag_ not in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None  # (a present or modal clause still to come; "were announced ..., expected" is done)
    return head


def is_predicate(token: Token) -> bool:
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "xcomp",
                                              "acl", "parataxis"):
        return True  # a copula as main verb: "Putin was in Pyongyang"
    return token.tag_ in ("JJ", "VBN") and any(c.dep_ == "cop" for c in token.children)


def _dated_link(token: Token, pred: Token, timex_tokens) -> bool:
    """"made coal firing impractical in 1956, and by 1970 most had been demolished or left to crumble":
    "left" hangs on "demolished", which has a date of its own; it shares that one, not 1956."""
    if not pred.is_ancestor(token):
        return False
    link = token.head
    while link.i != pred.i and token.dep_ == "conj" and link.i != link.head.i:
        if any(t.i in timex_tokens for c in link.children if c.dep_ not in ("conj", "cc") for t in c.subtree):
            return True
        token, link = link, link.head
    return False


def is_event_noun(token: Token, words: EventWords) -> bool:
    if token.pos_ != "NOUN":
        return token.pos_ == "PROPN" and token.lemma_.lower() in words.event_nouns
    lemma = token.lemma_.lower()
    if lemma in words.event_nouns or token.lower_ in words.event_nouns:
        return True
    if lemma in words.not_event_nouns or token.lower_ in words.not_event_nouns:
        return False
    return len(lemma) > 5 and lemma.endswith(words.event_suffixes)


def _event_subject(verb: Token, span: Span, words: EventWords) -> Token | None:
    """"North Korea's test on Wednesday looked like ...": a date between an event-noun subject and
    its verb dates the noun, not the verb."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and is_event_noun(child, words) and \
                child.i < span.start and span.end <= verb.i and \
                all(t.is_punct or t.pos_ == "ADP" for t in span.doc[child.i + 1:span.start]):
            return child
    return None


def _preceding_event_object(span: Span, verb: Token, segments: Segments, words: EventWords) -> Token | None:
    """"arrested in connection with the bombings of U.S. embassies last year": a date that follows
    an event noun in a prepositional phrase dates that noun (the bombings were last year, the arrest
    need not be), however the parser attached it."""
    doc = span.doc
    first = span.start
    if first > 0 and doc[first - 1].pos_ == "ADP" and span.root.head.i == first - 1:
        first -= 1
    if first == 0 or not segments.same(doc[first - 1], span.root):
        return None
    token = doc[first - 1]
    for _ in range(6):
        if token.i == verb.i or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return None
        if token.dep_ == "pobj" and is_event_noun(token, words) and \
                max(t.i for t in token.subtree) == first - 1:
            setting = _setting_clause(token, segments, words)
            return None if setting is not None and setting.i == verb.i else token
        token = token.head
    return None


def _amount_subject(verb: Token, words: EventWords) -> Token | None:
    """"This year's results included a gain": the results are what the date is about."""
    if verb.lemma_.lower() not in words.amount_verbs:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in words.amount_nouns:
            return child
    return None


def _clause_head(tokens: list[Token], after: int) -> Token | None:
    """The first predicate after `after` that has a subject (a fronted date's clause)."""
    for token in tokens:
        if token.i > after and is_predicate(token) and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
        ):
            return token
    for token in tokens:
        if is_predicate(token):
            return token
    return None


def _misread_conjunct(token: Token) -> bool:
    """A conjunct clause whose verb the tagger read as an adjective, with a subject of its own ("two
    houses had collapsed, and a third slid in at around 7:30 a.m."): the date is that clause's, not the
    first conjunct's; there is no predicate to give it, so no row. Only a verb's dependents (a particle,
    an object) show the misreading: "the towers empty on Thursday" is a true adjective, the verb gapped."""
    return token.pos_ == "ADJ" and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
        c.dep_ in ("prt", "dobj", "agent") for c in token.children)


def _root(span: Span) -> Token:
    """The span's root, save a last token the parser read as punctuation hung outside it: "summoned
    to the ministry at 10 a.m." with "a.m." hung on the main verb is the summoning's time, not the
    main clause's."""
    root = span.root
    if root.dep_ == "punct" and root.i == span.end - 1 and len(span) > 1:
        return span[:-1].root
    return root


def _counted_object(token: Token) -> bool:
    """A plural object with a number ("only 11 matches", "more than 200 flights"): a date on it
    counts the verb's objects, it dates the verb (docs/events.md, rounds 29 and 31c)."""
    return token.dep_ == "dobj" and token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)


def _apposed_relative(span: Span) -> Token | None:
    """A time noun set beside another date with a relative clause of its own ("a bell bearing the date
    1724, the year the ship was built"): the clause is what happened then, not the sentence's verb (the
    bell was recovered last week). Only an apposed noun (after a comma, no preposition): "Sales fell on
    the day the strike ended" keeps the falling."""
    root = _root(span)
    if root.pos_ != "NOUN" or root.dep_ not in ("npadvmod", "appos") or span.start == 0 or \
            span.doc[span.start - 1].text != ",":
        return None
    for child in root.children:
        # (not a copula's clause, "the year a company became the first business to do so": its
        # row would splice the date into the predicate)
        if child.dep_ == "relcl" and child.i >= span.end and is_predicate(child) and not any(
                c.tag_ in ("WDT", "WP") or c.dep_ in ("attr", "acomp") for c in child.children):
            return child
    return None


def _date_phrase(lead: Token, span: Span) -> tuple[Token, int]:
    """The date's own phrase (the preposition before `lead`, its object: "in" of "in 2022"; else `lead`)
    and the index of its first word."""
    phrase = lead.head if lead.dep_ == "pobj" and lead.head.dep_ == "prep" and lead.head.i < lead.i else lead
    return phrase, min(phrase.left_edge.i, span.start)


def _after_apposed_title(span: Span, words: EventWords) -> bool:
    """A date phrase right after a title or role noun set in apposition by a comma, and closed by
    punctuation, that the parser hung on the clause's verb: "On Tuesday they beat the Riga Foxes,
    winners in 2022 and 2023, 4-2", "its founder, chairman until last year, said". The date is the
    title's (when it was held), as round 66d's apposition the parser got right (`anchor`); the clause
    has no date from it. Not an event noun ("the Foxes, a rematch of the final in 2023": the
    final's own row decides), not a phrase after the apposition's closing comma ("met Jones, a lawyer,
    on Tuesday"), and not an apposition without a comma before it (round 71c)."""
    doc = span.doc
    lead = _root(span)
    while lead.dep_ == "conj" and lead.head.i < lead.i and lead.head.i not in range(span.start, span.end):
        lead = lead.head  # "in 2022 and 2023": the second year's phrase is the first's
    phrase, start = _date_phrase(lead, span)
    if start < 3:
        return False
    title = doc[start - 1]  # the title noun right before the phrase, "champions" of "champions in 2024"
    if title.pos_ != "NOUN" or title.dep_ not in ("appos", "dobj", "attr", "npadvmod", "conj") or \
            is_event_noun(title, words):
        return False
    if not (title.right_edge.i == start - 1 or phrase.head.i == title.i and phrase.dep_ in ("prep", "npadvmod")):
        return False  # (the phrase hung on the title, a second object: "winners in 2022 and 2023")
    if any(t.pos_ in ("VERB", "AUX") for t in title.subtree):
        return False  # "Marsh, a retired teacher who spotted the eagle on Thursday": the relative's date
    left = title.left_edge.i
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].pos_ not in ("NOUN", "PROPN"):
        return False  # set beside a name or a noun by a comma
    end = max(phrase.right_edge.i, span.end - 1) + 1
    return end >= len(doc) or doc[end].is_punct or doc[end].is_sent_start


def _earlier_occurrence(span: Span, words: EventWords) -> bool:
    """A date on an event noun marked as an earlier one of its kind (`earlier_occurrence_adjectives`:
    "previous", "last"), or set right after it by a comma, when the noun lies in a phrase that is not
    the clause's own: under a figure's yardstick or a participle ("won 14 seats, down from 19 at the
    previous election in 2022", "the 40 percent recorded at the last election, in 2020"). The date is
    that earlier happening's; the clause, this one's, has no date from it and the noun's row would be
    told by the clause. Not a noun the clause's verb takes as its own phrase ("played his last match
    on Sunday", "resigned after the previous vote in May"), nor its subject (round 71c)."""
    doc = span.doc
    lead = _root(span)
    phrase, start = _date_phrase(lead, span)
    if phrase is not lead and phrase.head.i < phrase.i and phrase.head.pos_ == "NOUN" and \
            phrase.head.right_edge.i >= span.end - 1:
        noun = phrase.head  # "at the previous election in 2024"
    elif start > 1:
        # "at the last election, in 2021", "at the last vote in 2020", the date hung on the clause's verb
        noun = doc[start - 2] if doc[start - 1].text == "," else doc[start - 1]
        if noun.right_edge.i != noun.i:
            return False
    else:
        return False
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or not is_event_noun(noun, words) or not any(
            c.dep_ == "amod" and c.lower_ in words.earlier_occurrence_adjectives for c in noun.children):
        return False
    holder = noun.head.head  # the word the noun's preposition hangs on
    if holder.pos_ not in ("VERB", "AUX"):
        return True  # under a figure or its yardstick ("down from 19 at the previous election in 2022")
    # a participle's phrase, the date hung on the clause's verb ("Turnout was 61 percent, above the 40
    # percent recorded at the last election, in 2020"); one on the noun or the participle dates the
    # participle's own row ("the 32 percent recorded in the last election in 2024")
    return holder.dep_ in ("acl", "relcl") and phrase.head.i != noun.i and phrase.head.i != holder.i and \
        not holder.is_ancestor(phrase)


def _past_verb_between(verb: Token, below: Token, span: Span, segments: Segments) -> Token | None:
    """A date the parser hung on a verb in the simple present ("heads", "runs", no auxiliary) from
    after a clause in the simple past inside the verb's own phrase: "Ms Ruiz heads an inquiry into the
    floods which destroyed 300 homes in March 2021". A present state has no day; the date is the past
    clause's, the nearest before it (a relative clause, a participle's or a reported clause's verb
    tagged VBD). Only the date's own phrase hung straight on the verb after the clause (round 71c)."""
    if verb.tag_ not in ("VBZ", "VBP") or below.head.i != verb.i or below.dep_ not in ("prep", "npadvmod") or \
            below.i < verb.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    past = [t for t in span.doc[verb.i + 1:below.i] if t.tag_ == "VBD" and t.pos_ == "VERB" and
            t.dep_ in ("relcl", "ccomp", "acl", "advcl", "conj") and verb.is_ancestor(t) and segments.same(t, verb)]
    return past[-1] if past else None


def _dates_passive_victims(span: Span) -> bool:
    """"Three people were killed and four injured on Sunday when a cabin fell": a day right before a
    "when" clause, with no comma, on a prepositional phrase of a passive or gapped participle (its own
    verb): the day is that verb's, and the "when" clause's too (rows.py adds it)."""
    prep = span.root.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.tag_ != "VBN" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ == "conj" and any(
        c.dep_ == "auxpass" for c in verb.head.children)


def _range(span: Span, words: EventWords) -> bool:
    """The expression is a span between two dates ("between October 2022 and May 2024", "from 2019
    to 2021"): a "when" clause after it tells of the end, not of the whole span (round 62b)."""
    return any(t.dep_ == "conj" and t.head.i != t.i and span.start <= t.head.i < span.end or
               t.i > span.start and t.lower_ in words.range_preps for t in span)


def _present(verb: Token, words: EventWords) -> bool:
    """The verb group is in the simple present ("are held", "are due", "is"): the story's now."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in words.infinitive_markers]
    finite = min(aux, key=lambda t: t.i) if aux else verb
    return finite.tag_ in ("VBZ", "VBP") and not (aux and finite.lemma_.lower() in words.perfect_aux)


def _named_thing(noun: Token) -> bool:
    """A noun a year before it can only say which model or vintage it is: a name ("Kopp's 1987
    Chevrolet"), a model number after a name ("whose 1969 Porsche 911", round 63b) or a common noun
    after a name ("a 1958 Gibson guitar"), that the parser tags no event."""
    if noun.pos_ == "PROPN":
        return True
    return noun.pos_ in ("NUM", "NOUN") and noun.ent_type_ != "EVENT" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children)


def _state_adjunct(token: Token) -> bool:
    """A bare adjective set off by a comma, a state told beside the clause ("Silent since 1983, the
    distillery prepares ...", "the hall, empty since 2019, ..."): a date under it is the state's start,
    not the clause's; it has no verb or copula of its own to date (round 68a). At a sentence's start the
    parse may tag the capitalised adjective NNP ("Idle since 1991, ...")."""
    if token.tag_ not in ("JJ", "NNP") or token.dep_ not in ("advcl", "amod") or is_predicate(token) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "cop") for c in token.children):
        return False
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if token.tag_ == "NNP" and not doc[left].is_sent_start:
        return False
    opened = left == 0 or doc[left].is_sent_start or doc[left - 1].is_punct or doc[left - 1].is_space
    return right + 1 < len(doc) and doc[right + 1].is_punct and (opened or doc[left - 1].text == ",")


def anchor(span: Span, segments: Segments, words: EventWords) -> Token | None:
    """The predicate (verb, copula or event noun) the time expression modifies."""
    inside = set(range(span.start, span.end))
    ranged = _range(span, words)
    # "since November, when he was found clinging to a tube": the when-clause happened then; but not
    # after a span ("between October 2022 and May 2024, when police arrested the men": the end's, no span's)
    for token in span if not ranged else ():
        for child in token.children:
            if child.dep_ == "relcl" and child.i not in inside and is_predicate(child) and any(
                    c.lower_ in words.when_relatives for c in child.children if c.dep_ == "advmod"):
                return child
    apposed = _apposed_relative(span)
    if apposed is not None:
        return apposed
    if _after_apposed_title(span, words):
        return None  # "beat the Foxes, champions in 2024 and 2025, 4-2": the title's years (round 71c)
    if _earlier_occurrence(span, words):
        return None  # "down from 19 at the previous election in 2022": that election's year (round 71c)
    doc = span.doc
    follower = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if follower < len(doc) and doc[follower].lower_ in words.when_conjunctions and doc[follower].head.i > follower and \
            is_predicate(doc[follower].head) and segments.same(doc[follower].head, span.root) and \
            span.root.dep_ == "pobj" and not (follower == span.end and _dates_passive_victims(span)) and not ranged:
        # "from Oct. 13, when Wall Street's plunge sparked ...", parsed as an adverbial clause of the main
        # verb; but "The talks began earlier this month, when ...": the date is the main verb's
        return doc[follower].head
    token = _root(span)
    owned = False  # the walk went through an origin's "from"/"of" ("before Friday's purchases" is no origin)
    for _ in range(40):
        head = token.head
        if head.i == token.i:
            return token if is_predicate(token) and token.i not in inside else None
        if not segments.same(head, span.root):
            break  # the parse ran across a headline or blank line
        via, below = token.dep_, token
        owned = owned or via == "prep" and token.lower_ in words.origin_preps
        token = head
        if token.i in inside:
            continue
        if via == "prep" and below.lower_ in words.since_preps and _state_adjunct(token):
            return None  # "Silent since 1983, the distillery prepares to ...": the silence's start (round 68a)
        if _misread_conjunct(token):
            return None  # "had collapsed ..., and a third slid in at 7:30 a.m." ("slid" read as an adjective)
        if via == "appos" and below.i not in inside and below.pos_ == "NOUN" and token.pos_ in ("NOUN", "PROPN") and \
                not is_event_noun(below, words) and below.left_edge.i > 0 and doc[below.left_edge.i - 1].is_punct:
            # "Ms Hale, mayor of the town since 2014, won 58 percent": the date is the apposed title's
            # (how long she has held it), not the clause's; no event of its own to date (round 66d). Only an
            # apposition set off by punctuation: "farms with 200 cattle about 300 crowns ... from 2028" is a misparse
            return None
        if is_predicate(token) or subordinate_clause(token):
            past = _past_verb_between(token, below, span, segments)
            if past is not None:
                return past  # "White heads a team ... the bombings which killed 224 people on Aug. 7" (round 71c)
            if owned and via in ("nsubj", "nsubjpass") and below.i not in inside and _present(token, words):
                # "About 1,800 tonnes from last year's harvest are still held": the harvest's year, no
                # date of the holding now; not "a gap in service over the winter is likely", "the autumn
                # rains come" (round 62b)
                return None
            clause = _trailing_expectation(token, via, segments, words)
            if clause is not None:
                return clause  # "takes effect when it is published ..., expected on Friday": takes effect
            if token.tag_ == "VBG" and token.lemma_.lower() in words.plan_starts and via in ("prep", "npadvmod") and \
                    token.dep_ in ("xcomp", "advcl", "acl") and token.head.lemma_.lower() in words.plan_start_acts:
                return None  # "declared three days of mourning starting on Wednesday": the plan's start
            if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.pos_ == "VERB" and \
                    segments.same(token.head, span.root):
                return token.head  # "was found clinging to a tube on Thursday": found
            return (_event_subject(token, span, words) or _amount_subject(token, words) or
                    _preceding_event_object(span, token, segments, words) or token)
        if token.lemma_.lower() in words.scheduling and token.i > 0 and doc[token.i - 1].pos_ in ("NOUN", "PROPN") and \
                segments.same(doc[token.i - 1], span.root):
            # "had failed to prepare the party for the election due in April" ("due" parsed as a phrase of
            # "failed"): the date is the election's, not the failing's; told, the noun's row would be the
            # failing's clause again ("... for the election", April), so none (round 52a)
            return None
        if token.lemma_.lower() in words.amount_nouns and via in ("compound", "amod", "nmod", "poss") and \
                token.dep_ not in ("nsubj", "nsubjpass"):
            return token  # "compared with year-earlier profit"; but "third-quarter sales dropped"
        if via in ("compound", "nummod", "nmod") and _named_thing(token) and \
                re.fullmatch(r"\d{4}", span.root.text) and not is_event_noun(token, words) and \
                span.root.i + 1 < len(doc) and not doc[span.root.i + 1].is_punct:  # (not a heading's year: "2015 - ...")
            return None  # "Kopp's 1987 Chevrolet was discovered last month": a model year, no event
        if (via == "npadvmod" or via == "prep" and span.root.head.head.i == token.i) and _counted_object(token):
            # "has won only 11 matches this year": a count of the verb's objects, the winning; the date's
            # own preposition on the counted object too, "cancelled more than 200 flights over the weekend"
            continue
        if is_event_noun(token, words) and via in ("pobj", "prep", "npadvmod", "compound", "nmod", "poss",
                                             "amod", "nummod", "tmod", "obl", "appos"):
            if via in ("compound", "nummod", "nmod", "amod") and span.end <= token.i and token.dep_ == "nsubj" and \
                    token.head.lemma_.lower() in words.subject_state_verbs:
                return None  # "the 1859 treaty remained valid": the treaty's year, not the remaining (round 22)
            if span.start > token.i:  # "trading Friday", not "the Oct. 23 killing": that dates the noun
                return _setting_clause(token, segments, words) or token
            return token
        if token.pos_ == "ADP" and token.head.i != token.i and is_event_noun(token.head, words) and \
                segments.same(token.head, span.root) and not (token.i == span.root.head.i and _counted_object(token.head)):
            return _setting_clause(token.head, segments, words) or token.head
    # Fallback when the walk leaves the sentence: the clause that follows the expression.
    bounds = segments.span(span.root)
    if bounds is None:
        return None
    tokens = [t for t in span.doc[bounds[0]:bounds[1] + 1] if t.i not in inside]
    return _clause_head(tokens, span.end - 1 if span.start == bounds[0] else -1) if tokens else None


def _report_date_start(span: Span, words: EventWords) -> int:
    """Where the date after a reporting verb starts with its prefix words ("on", "late", "later on"):
    at most two of them, so "said later on Wednesday it would ..." finds "said" (round 42a)."""
    doc, first = span.doc, span.start
    while first > 0 and span.start - first < 2 and doc[first - 1].lower_ in words.report_date_prefixes:
        first -= 1
    return first


def reporting_verb_before(span: Span, pred: Token, segments: Segments, words: EventWords) -> Token | None:
    """"Police said on Tuesday they had arrested 14 people": a date right after a reporting verb and
    before its complement clause dates the report, however the parser attached it."""
    doc = span.doc
    first = _report_date_start(span, words)
    if first == 0:
        return None
    verb = doc[first - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.reporting or not segments.same(verb, span.root):
        return None
    if pred.i == verb.i or not verb.is_ancestor(pred) or pred.i < span.end:
        return None
    if span.root.dep_ in ("compound", "poss", "amod", "nmod", "nummod"):
        return None  # "said third-quarter net income dropped": the date is the income's
    return verb


def reported_clause_date(span: Span, pred: Token, words: EventWords) -> bool:
    """A date inside the clause a reporting verb reports dates the reported event (which has its own
    row), not the saying: "Police said the two men had fled on Sunday" (the clause is the verb's
    complement), "Officers arrested nine people on Thursday, the minister told reporters" (a tag the
    parser joins to the clause as a conjunct after a comma). Not a date right after the verb ("said on
    Tuesday they had ...", as reporting_verb_before)."""
    if pred.pos_ != "VERB" or pred.lemma_.lower() not in words.reporting:
        return False
    first = _report_date_start(span, words)
    if first - 1 == pred.i:
        return False  # "said on Tuesday they had ...": the saying's own day, however it is parsed
    inside = [c for c in pred.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    told = pred.head
    if not inside and pred.dep_ == "conj" and told.i < span.start and span.end <= pred.left_edge.i and \
            after_comma(pred) and told.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "cc" and c.i < pred.i for c in told.children):
        inside = [told]  # the tag after the clause it tells: its date is the clause's
    return any(c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i and
               c.i not in range(span.start, span.end) and not pred.left_edge.i <= span.start < pred.i
               for c in inside)


def realized_matrix_verb(pred: Token, expression: TimeExpression, reference_date: str,
                         words: EventWords) -> Token | None:
    """"invited Sinn Fein to rejoin two weeks ago", "voted to support the republic Friday", "planned to
    apply for visas today", "extended their offers to acquire the company Friday": with a date that is not after the reference date, a to-infinitive is what
    the matrix verb aimed at, and the matrix verb is what happened then (future dates keep the
    infinitive: "are expected to arrive next month")."""
    if pred.dep_ not in ("xcomp", "acl", "advcl") or pred.head.i == pred.i or not any(
            c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in pred.children):
        return None
    matrix = pred.head
    if pred.dep_ == "acl":
        # "extended their offers to acquire the company Friday" (the parser reads the infinitive as
        # the object's or as a purpose clause): the aim did not happen then; the verb did.
        if matrix.dep_ != "dobj" or matrix.head.i == matrix.i:
            return None
        matrix = matrix.head
    if matrix.pos_ != "VERB" or matrix.lemma_.lower() in words.modal_like or not expression.date or \
            expression.date > reference_date or \
            any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in matrix.children):
        return None
    if future_bound_state(matrix, expression, reference_date):
        return None  # "is counting on new models to lift sales in the second half": the lifting's date
    if matrix.lemma_.lower() in words.control_verbs and not past_plan(matrix, expression, reference_date, words):
        return None  # "is expected to meet later this afternoon", "was scheduled to appear at midday"
    return matrix


def past_plan(verb: Token, expression: TimeExpression, reference_date: str, words: EventWords) -> bool:
    """"Last April, the investors planned to acquire ...": a plan or expectation stated in the past
    tense with a date that is over is itself the event; any other keeps the planned event."""
    end = expression.end_date or expression.date
    return words.control_verbs.get(verb.lemma_.lower()) in ("expected", "planned") and verb.tag_ == "VBD" and \
        bool(end) and end < reference_date


def _setting_clause(noun: Token, segments: Segments, words: EventWords) -> Token | None:
    """"In composite trading Friday, Aetna closed at $60", "said in an interview Monday": a dated
    in/at/during phrase sets the scene of its clause, and the clause is the event an analyst writes
    down (Aetna closed, Clark said). TimeBank's own links split between the two words here."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.inclusion_preps:
        return None
    verb = prep.head
    if verb.i == prep.i or not is_predicate(verb) or not segments.same(verb, noun) or \
            verb.lemma_.lower() in words.result_verbs or noun.lemma_.lower() in words.fixed_pp_nouns:
        return None  # "resulting in a net loss for the quarter": the loss is the event
    return verb


# Aspectual and implicative verbs: their complement happens when they do ("began notifying customers
def scheduled_noun(pred: Token, words: EventWords) -> Token | None:
    """"a NATO summit set for April", "the closing, which is expected in December", "shootings
    dating to 1994": the date is the event noun's, the verb only schedules or dates it."""
    if pred.lemma_.lower() not in words.scheduling or any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in pred.children):
        return None
    if pred.dep_ in ("acl", "relcl") and pred.head.pos_ == "NOUN":
        noun = pred.head
        for _ in range(3):  # "shootings of doctors dating to 1994": the shootings
            if is_event_noun(noun, words):
                return noun
            if phrasal(pred, words):
                break  # "a test of a unit set up in 2021": the unit was founded then, no test set for 2021
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
                break
            noun = noun.head.head
    if any(c.dep_ == "auxpass" for c in pred.children):
        for child in pred.children:
            if child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and is_event_noun(child, words):
                return child
    return None


def scheduled_thing(pred: Token, span: Span, words: EventWords) -> bool:
    """"A second target, set for early 2025, slipped as well": a scheduling participle (`scheduling`)
    on a noun that is no event, whose own "for" phrase (`scheduling_preps`) holds the date. The date
    is the thing's (a target, a deadline), and the setting was not done then: "A second target was
    set" in 2025 would tell it so. No row (round 58b); an event noun is `scheduled_noun`'s."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN" or pred.head.pos_ != "NOUN" or \
            pred.lemma_.lower() not in words.scheduling or phrasal(pred, words):
        return False
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == pred.i and \
        prep.lower_ in words.scheduling_preps


def phrasal(verb: Token, words: EventWords) -> bool:
    """Whether a scheduling verb is, with its particle, another verb: "set up" (founded), "set aside",
    "set out"; "dating back to" still dates (`scheduling_particles`)."""
    # A pronoun is no particle: the French pack labels "il" and "se" `prt` ("Il prévoit de lancer ...")
    return any(c.dep_ == "prt" and c.pos_ != "PRON" and c.lower_ not in words.scheduling_particles
               for c in verb.children)


def _set_up(verb: Token, words: EventWords) -> bool:
    return verb.lemma_.lower() in words.scheduling and phrasal(verb, words)


def controlled(pred: Token, words: EventWords) -> tuple[Token, list[Token]]:
    """Descend from a control verb to the verb it controls: ("expected", "to arrive") -> arrive;
    the chain is the control verbs above the event, outermost first."""
    chain = []
    up = pred
    while (up.dep_ == "xcomp" or up.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in up.children)) \
            and up.head.i != up.i and up.head.lemma_.lower() in words.control_verbs and not _set_up(up.head, words):
        # "expected the rain to ease": an infinitive with its own subject is parsed as ccomp.
        up = up.head
        chain.insert(0, up)
    for _ in range(4):
        lemma = pred.lemma_.lower()
        if lemma not in words.control_verbs or _set_up(pred, words):
            break  # "a panel set up to monitor the vote": founded for a purpose, not planned
        if lemma in words.control_needing_to and not any(c.dep_ == "aux" and c.text.lower() in words.infinitive_markers
                                       for x in pred.children if x.dep_ == "xcomp" for c in x.children):
            break
        xcomps = [c for c in pred.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if not xcomps:
            break
        chain.append(pred)
        pred = xcomps[0]
    return pred, chain


def trigger_word(pred: Token, words: EventWords) -> Token:
    """The word that names the event: the predicate, except for a copula, where it is the predicate
    adjective or noun ("was ill") or the event noun it places the subject in ("was ... on a visit")."""
    if pred.lemma_ not in words.copulas:
        return pred
    for child in pred.children:
        if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "NOUN", "PROPN"):
            return child
    for child in pred.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_event_noun(pobj, words):
                    return pobj
    return pred



def period_end_clause(pred: Token, spans: dict, segments: Segments, include_vague: bool,
                      words: EventWords) -> Token | None:
    """"For the year ended Sept. 30, Ralston earned $422.5 million": the date ends a period, so it
    dates no "ended" event; when the period makes no row of its own (a duration, "the six months",
    or an undated one), the period-end date dates the clause the period phrase modifies (earned).
    When the period is a row ("the quarter ended Sept. 30" → the quarter's row), `_row` makes none
    for the end date. Any other predicate is returned as it is."""
    if pred.dep_ != "acl" or pred.lemma_.lower() not in words.period_end:
        return pred
    period = next((e for e, sp in spans.items() if sp.start <= pred.head.i < sp.end), None)
    if period is None:
        return pred
    if is_row_expression(period) and (include_vague or not is_vague(period)):
        return pred  # the period's own row dates the clause; `_row` drops this one
    clause = anchor(spans[period], segments, words)
    if clause is None or clause.i == pred.i or clause.dep_ == "acl" and clause.lemma_.lower() in words.period_end:
        return None
    return clause


def later_saying(pred: Token, token: Token, granularity: str, timex_tokens: set[int], words: EventWords) -> bool:
    """Whether `token`, a conjunct after `pred` dated by `pred`'s date of `granularity`, is a verb of
    saying with a subject of its own, another doer's, after a first conjunct that is no saying, and
    the date is coarser than a day: "Engineers found in September that the trusses had corroded, and
    the council's own report said repairs would cost ...": September is the finding's, not the
    report's (round 53b). A day or a time may be the saying's too ("Two ships were waiting at anchor
    on Thursday afternoon, and one shipping line said it would divert a vessel"); "In 2024, protesters
    marched, and rights groups said ..." (a date before the first verb) sets the scene for both; "met
    the rebel leader in March, but he told reporters ..." and "Kuchma and Yeltsin signed a plan, and
    Yeltsin claimed ..." are the same doer's."""
    return granularity not in ("day", "time") and token.i > pred.i and pred.pos_ == "VERB" and \
        token.lemma_.lower() in words.reporting and pred.lemma_.lower() not in words.reporting and \
        any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token.children) and \
        not _same_doer(pred, token) and not any(t.i in timex_tokens and t.i < pred.i for t in pred.subtree)


def _same_doer(pred: Token, saying: Token) -> bool:
    """Whether the subject of `saying` is named in the subject of `pred` ("Kuchma and Yeltsin signed a
    plan Friday, and Yeltsin claimed ...")."""
    subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    doers = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subject is not None and any(t.lower_ == subject.lower_ for d in doers for t in d.subtree)


def _own_date(token: Token, timex_tokens: set[int]) -> bool:
    """A conjunct with a time expression among its own dependents (not its conjuncts')."""
    return any(t.i in timex_tokens for c in token.children if c.dep_ not in ("conj", "cc") for t in c.subtree)


def _moves_time(conjunct: Token, words: EventWords) -> bool:
    """The conjunct moves the story's time on in words: "later", "after the Second World War",
    "during the Korean War", an "after" clause (or the parser's "after" mark before a noun). The
    conjuncts after it are of its time, not of the first one's date (`sharing_conjuncts`, round 71c).
    Not a count ("read the sign twice and rang his depot": the ringing is of the same morning)."""
    for c in conjunct.children:
        if c.dep_ == "advmod" and c.lower_ in words.sequel_adverbs:
            return True
        if c.dep_ == "mark" and c.lower_ in words.sequence_preps:
            return True
        if c.dep_ == "prep" and (c.lower_ in words.inclusion_preps or c.lower_ in words.sequence_preps) and \
                any(o.dep_ == "pobj" and o.ent_type_ == "EVENT" for o in c.children):
            return True
    return False


def sharing_conjuncts(pred: Token, timex_tokens: set[int], segments: Segments,
                      words: EventWords) -> list[Token]:
    """Predicates coordinated with `pred` that have no date of their own: "100 people were killed
    and 1,000 wounded on Friday" dates both the killing and the wounding."""
    first = pred
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, stack = [], [first]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj" and coordinated(token, c))
    verbal = is_predicate(pred) and pred.pos_ != "NOUN"
    out = []
    for token in sorted(members, key=lambda t: t.i):
        if token.i == pred.i or not segments.same(token, pred):
            continue
        if verbal != (is_predicate(token) and token.pos_ != "NOUN"):
            continue
        if verbal and (token.pos_ != "VERB" or any(c.dep_ == "mark" for c in token.children)):
            continue  # "... and that the contents were not dangerous": another report
        if not verbal and not is_event_noun(token, words):
            continue
        own = [t for c in token.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
        if any(t.i in timex_tokens for t in own) or _dated_link(token, pred, timex_tokens):
            continue  # it has a date of its own, or shares that of the conjunct it hangs on
        if verbal and own_when_moment(token, words) and any(
                m.i not in (token.i, pred.i) and any(t.i in timex_tokens for c in m.children if c.dep_ not in ("conj", "cc")
                                                     for t in c.subtree) for m in members):
            continue  # "began in the spring of 2022 and was meant to end in May, but was delayed when ..." (round 65f)
        if verbal and any(m.i != pred.i and (pred.i < token.i < m.i or m.i < token.i < pred.i) and
                          m.pos_ == "VERB" and _own_date(m, timex_tokens) for m in members if segments.same(m, pred)):
            continue  # "bought the presses in 2012, restored them and reopened in 2014": between two dates (round 68a)
        if verbal and (own_tense(pred, token, words) or own_time(token, words)):
            continue  # "signed it in May and has not honoured ...", "... and won the cup in her second season"
        if verbal and token.i > pred.i and any(pred.i < m.i < token.i and m.pos_ == "VERB" and _moves_time(m, words)
                                               for m in members):
            # "passed through in 1952, and after the war the basin was drained and a car park was laid":
            # the laying follows the draining's time, told in words, not the passing's year (round 71c)
            continue
        if verbal and token.i < pred.i and pred.lemma_.lower() in words.copulas and \
                token.lemma_.lower() not in words.copulas and \
                any(c.dep_ in ("prep", "acomp", "attr") for c in pred.children):
            continue  # "were flown to hospital and were in a stable condition on Saturday": the state's day (round 42a)
        if verbal and token.i < pred.i and pred.lemma_.lower() in words.reporting and \
                token.lemma_.lower() not in words.reporting:
            continue  # "left the chamber before the vote and said on Thursday she would ...": the saying's day
        if verbal and reporter_conjunct(token, words) is not None and \
                reporter_conjunct(token, words).i != pred.i:
            continue  # "said [the city had spent ... in March] and asked": the saying's, not March's
        out.append(token)
    if verbal:  # ... and it shares the saying's date instead
        out += [c for r in members if r.lemma_.lower() in words.reporting for reported in r.children
                if reported.dep_ == "ccomp" for c in reported.children
                if reporter_conjunct(c, words) is not None and reporter_conjunct(c, words).i == r.i
                and segments.same(c, pred) and c.i != pred.i and
                not any(t.i in timex_tokens for x in c.children if x.dep_ not in ("conj", "cc") for t in x.subtree)]
        out.sort(key=lambda t: t.i)
    return out


def when_clauses(pred: Token, span: Span, timex_tokens: set[int], segments: Segments,
                 words: EventWords) -> list[Token]:
    """A clause of `pred` opened by "when" right after the time expression `span`, with no date of
    its own: it happened then too. "Dr. Slepian was heating soup in his kitchen last fall when he was
    gunned down" dates the shooting last fall; in "... continue into the fourth quarter and through
    the first two quarters of 1990, when ..." the clause is the later date's, not the quarter's."""
    if pred.pos_ not in ("VERB", "AUX"):
        return []
    doc = span.doc
    follower = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    out = []
    for child in pred.children:
        if child.dep_ != "advcl" or child.pos_ != "VERB" or not segments.same(child, pred):
            continue
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in words.when_conjunctions and c.i == follower
                   for c in child.children):
            continue
        if any(t.i in timex_tokens for t in child.subtree):
            continue  # it has a date of its own
        out.append(child)
    return out


def coordinated(head: Token, conj: Token) -> bool:
    """A conjunct the text really coordinates: a conjunction or comma between the two ("killed and
    wounded"); the parser sometimes calls a clause a conjunct without one ("were evacuated after
    heavy rain swelled rivers")."""
    return any(t.dep_ in ("cc", "preconj") or (t.text in {",", ";"} and t.head.i in (head.i, conj.i))
               for t in head.doc[head.i + 1:conj.i])




def when_relative_host(pred: Token, span: Span, timex_tokens: set[int], segments: Segments,
                       words: EventWords) -> Token | None:
    """The predicate the time expression itself modifies when `anchor` gave the row to a "when"
    clause hung on the date: "Cisco has received the trademark in 2000, when the company overtook
    Infogear" — both happened in 2000. Only for a date in an in/at/during phrase or a bare date
    ("last year, when ..."); "have cared for him since November, when he was found" (the caring only
    began then) keeps the when-clause alone, and so does a predicate with another date of its own
    ("Net income this year has risen over periods in 1988, when ...": 1988 is the yardstick's), a
    date of a series ("were killed three times, most recently last October when ...") and a bare
    participle ("was in Kansas City working with the underground in 1968 when ...")."""
    if pred.dep_ != "relcl" or not span.start <= pred.head.i < span.end or not any(
            c.dep_ == "advmod" and c.lower_ in words.when_relatives for c in pred.children):
        return None
    root = span.root
    if any(c.dep_ == "advmod" and not span.start <= c.i < span.end for c in root.children):
        return None  # "were killed three times, most recently last October when ...": a series
    if root.dep_ == "pobj" and root.head.lower_ in words.inclusion_preps and root.head.dep_ == "prep":
        host = root.head.head
    elif root.dep_ in ("npadvmod", "tmod"):
        host = root.head
    else:
        return None
    if host.i == pred.i or not is_predicate(host) or not segments.same(host, pred) or \
            host.tag_ in ("VBG", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in host.children):
        return None  # a participle or infinitive alone would read "Jan Kavan working with ..."
    for child in host.children:
        dated = [child, *(c for c in child.children if c.dep_ == "pobj")] if child.dep_ == "prep" else [child]
        if any(t.i in timex_tokens and not span.start <= t.i < span.end for t in dated):
            return None
    return host
