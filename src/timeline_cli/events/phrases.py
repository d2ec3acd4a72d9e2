"""Where a time expression sits in its phrase, and one row per happening (docs/events.md, "Dates
inside a phrase" and "One row per happening").

* A time expression that modifies a noun from inside its noun phrase ("the 2022 to 2024 models",
  "third-quarter revenue") dates that noun, not the clause: it gives no row of its own unless the
  noun is the row's event ("the 2010 raid") or a figure whose change the clause tells ("third-quarter
  profit rose"), and other rows of the sentence keep it in their words ("covers 2022 to 2024 models",
  never "covers to models").
* A time expression in a figure's yardstick ("up 4 percent from a year earlier", "compared with growth
  of 19 percent in the same quarter of 2023") says what the figure is set against: no row.
* A participle that says only when the clause's deed starts ("will replace the part for free starting
  Nov. 10") is described by that clause, not as "Dealers starting".
* The article's main event (a `publication` row) and the text row of the report that tells it ("X
  said on Thursday Y has agreed ...") are one happening: one row, the reported event dated by the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attach import possessed_non_event
from .lead import dated_as, token_starts
from .place_relatives import institution_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Event
    from .words import EventWords

RANGE_DASHES = {"-", "–"}
NP_MODIFIER_DEPS = {"nummod", "compound", "amod", "nmod", "poss", "quantmod"}


def modified_noun(span: Span, words: EventWords) -> Token | None:
    """The noun a time expression modifies from inside its noun phrase, or None: its last word depends
    on a noun that follows the expression, and that noun's phrase starts at or before the expression.
    Only a year number ("the 2024 models", "the 2011 version"), a century or a decade ("the 19th-century
    painter") or a figure's period ("third-quarter revenue"): a day or a holiday before a noun ("an April 2nd report", "Wednesday's close", "Today's
    glitches") mostly names an event the clause tells, and the parser often hangs it on the wrong word."""
    doc = span.doc
    last = span[-1]
    if last.dep_ == "case" and len(span) > 1:
        last = span[-2]
    start, end = span.start, span.end
    if end + 2 < len(doc) and (doc[end].lower_ in RANGE_DASHES or doc[end].lower_ in words.range_preps) and doc[end + 1].like_num:
        last = doc[end + 1]  # "2019 to 2025 upgrades": the range's first year modifies the noun too
        start, end = end + 1, end + 2
    elif len(span) > 2 and (doc[end - 2].lower_ in RANGE_DASHES or doc[end - 2].lower_ in words.range_preps) \
            and last.like_num:
        start = last.i  # "covers 2022 to 2024 models" tagged as one range (round 59a): its last year's noun
    noun = last.head
    split = last.dep_ not in NP_MODIFIER_DEPS
    if split:
        noun = _split_sibling(last, start, end)
        if noun is None:
            return None
    if noun.i < end or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # a hyphen or quotation marks stay inside the phrase: 'the 2019 "Varsity Blues" scandal'
    if (noun.left_edge.i > start and not split) or any(t.is_punct and t.tag_ != "HYPH" and not t.is_quote for t in doc[end:noun.i]):
        return None
    figure = noun.lemma_.lower() in words.owned_amounts or noun.lower_ in words.owned_amounts
    if not figure and not (last.like_num and last.tag_ == "CD") and not _era(last, words):
        return None
    return noun


def _split_sibling(last: Token, start: int, end: int) -> Token | None:
    """The noun a date before it modifies when the parser split them into two of a kind (round 30):
    "leases 1970s sleeping cars", with "1970s" and "cars" both objects of "leases": a bare date (only
    determiners before its last word, no preposition before it) right before a common noun's phrase
    with the date's own role on the date's own head. "On August 15, 1945 Japan surrendered" (a name
    after a full date) is no such split."""
    doc = last.doc
    if end >= len(doc) or last.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") or \
            any(t.pos_ != "DET" for t in doc[start:end - 1]) or (start > 0 and doc[start - 1].pos_ == "ADP"):
        return None
    noun = doc[end]
    while noun.head.i != noun.i and noun.head.i > noun.i and noun.dep_ in NP_MODIFIER_DEPS:
        noun = noun.head  # "sleeping" -> "cars"
    if noun.pos_ != "NOUN" or noun.left_edge.i != end or noun.head.i != last.head.i or \
            noun.dep_ not in (last.dep_, "appos", "conj"):
        return None
    return noun


def _era(token: Token, words: EventWords) -> bool:
    """A century or a decade ("the 19th-century painter", "a 1960s apartment block"): before a noun it
    tells the thing's era, never when the clause happened."""
    return token.lemma_.lower() in words.era_nouns or bool(words.decade and re.fullmatch(words.decade, token.text))


def dates_other_noun(span: Span, pred: Token, words: EventWords) -> bool:
    """The expression dates a noun that is not the row's event: no row ("covers 2022 to 2024
    models", "reported third-quarter revenue on Wednesday"). A figure that is the clause's subject
    keeps its period ("third-quarter profit rose 4 percent"). A possessive date before a noun that
    names no event dates that noun too ("below last year's model", events/attach.py)."""
    if possessed_non_event(span, pred, words):
        return True
    noun = modified_noun(span, words)
    if noun is None:
        return False
    figure = noun.lemma_.lower() in words.owned_amounts or noun.lower_ in words.owned_amounts
    if pred.dep_ == "relcl" and pred.head.i == noun.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in pred.children):
        return False  # "the 1953 flood, which killed ...": the relative tells the noun's own doing (garbled.py)
    if noun.i == pred.i:
        # "reported third-quarter revenue of $612 million": a figure is no event; its period is no row
        return figure and noun.dep_ not in ("nsubj", "nsubjpass")
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == pred.i and figure:
        return False
    return True


def share_of_own(span: Span, pred: Token, words: EventWords) -> bool:
    """True when the date's phrase follows "<share> of its <noun>" under a verb of change (round 30):
    "its surface shrank to about a fifth of its size in the 1970s", "the reservoir fell to 30 percent
    of its capacity in 2010": the thing's size or capacity at that date is the change's yardstick, the
    change is not of that date (the parser hangs the date on the verb)."""
    doc = span.doc
    if span.start < 2 or span.root.dep_ != "pobj" or span.root.head.i != span.start - 1:
        return False
    noun = doc[span.start - 2]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in words.genitive_preps or \
            not any(c.dep_ == "poss" for c in noun.children):
        return False
    return pred.pos_ == "VERB" and pred.lemma_.lower() in words.change_verbs and pred.is_ancestor(noun)


def in_yardstick(span: Span, pred: Token, words: EventWords, timex_tokens: frozenset[int] | set[int] = frozenset()) -> bool:
    """The expression is in the phrase a figure is compared with: under a participle of comparison
    ("compared with growth of 19 percent in the same quarter of 2023") or a "from" phrase of a
    change adverb or verb ("up 4 percent from a year earlier", "rose 5 percent from a year earlier",
    "fell to 3 billion from 4 billion a year earlier"), below the row's predicate; or the base of a
    record ("their highest since March", "its biggest drop since 2022"); or under "the same period" ("as
in the same period of 2024"). `timex_tokens`: the
    document's time-expression tokens (see `_own_date_in_base`)."""
    token = span.root
    if record_base(span, words) or record_base_date(span, pred, words) or share_of_own(span, pred, words):
        return True
    if base_date_after(span, pred, words, timex_tokens) or ranked_period_after(span, words) or \
            figure_date_against(span, pred, words, timex_tokens):
        return True
    for ancestor in token.ancestors:
        if ancestor.i == pred.i and pred.pos_ not in ("NOUN", "PROPN"):
            return False  # an event noun may itself be the yardstick: "compared with growth in 2023"
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in words.comparison_period_nouns and any(
                c.lower_ in words.same_period_words for c in ancestor.children):
            return True  # "roughly the same as in the same period of 2024": the figure's yardstick
        if ancestor.lemma_.lower() in words.comparing and ancestor.tag_ in ("VBN", "VBG") and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in ancestor.children):
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in words.yardstick_preps:
            if ancestor.head.lower_ in words.change_adverbs:
                return True
            verb = ancestor.head
            if _changes(verb, ancestor, words) and (verb.i == pred.i or pred.is_ancestor(verb) or (
                    pred.head.i == verb.i and pred.dep_ in ("nsubj", "nsubjpass"))):
                # the row is the change's (not "fell 6.8% from Oct. 13, when the plunge sparked ...": sparked)
                if _second_from(span, ancestor, verb, words, timex_tokens):
                    return False  # "will fall from 6,000 to 3,000 from April 1": when the change starts
                return not _own_date_in_base(span, ancestor, timex_tokens)
    return False


def _changes(verb: Token, base: Token, words: EventWords) -> bool:
    """The verb a "from" phrase hangs on states a change: a verb of change ("rose 5 percent from a year
    earlier"), or a copula with a change adverb before the phrase, where the parser hung the "from" on
    the copula rather than the adverb ("Sales were up 5 percent in May from a year earlier", round 55b)."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in words.change_verbs:
        return True
    return verb.pos_ == "AUX" and any(c.dep_ == "advmod" and c.lower_ in words.change_adverbs and c.i < base.i
                                      for c in verb.children)


def ranked_period_after(span: Span, words: EventWords) -> bool:
    """The date is a period ranked by a superlative, after which the clause happens: "the closure comes
    after the warmest January on record", "resorts opened late after the driest December in decades"
    (round 55b). The month is the record's, a state of its own; the clause is later, not in it. Only a
    superlative (`JJS`/`RBS`): "after the first week of March" is a date."""
    root = span.root
    holder = root.head
    if root.dep_ == "npadvmod" and holder.tag_ in ("JJS", "RBS"):  # "the driest/JJS December/npadvmod"
        ranked = True
        holder = holder.head
    else:
        ranked = root.dep_ == "pobj" and any(c.dep_ == "amod" and c.tag_ in ("JJS", "RBS") for c in root.children)
    return ranked and holder.dep_ == "prep" and holder.lower_ in words.later_preps


def base_date_after(span: Span, pred: Token, words: EventWords, timex_tokens: frozenset[int] | set[int]) -> bool:
    """The date comes right after the other figure of a comparison, where the parser hung it beside that
    figure rather than under it (round 55b):
    - after "<change adverb> from <figure>", wherever the date hangs: "parcels, which now make up half of its
      volume, up from a fifth in 2015" (2015 is the fifth's year, not the handling's);
    - after "against/versus <figure>" (`AGAINST_PREPS`), when the clause has a date of its own: "4.2
      million cubic metres had been damaged in 2026, against 3.1 million last year" (last year is the
      3.1 million's). Without another date the date may be the clause's ("passed by 60 votes against
      40 on Tuesday") and it stays.
    - after "above/below <figure>" (`COMPARISON_PREPS`) on a present copula, the row's verb: "The offer
      is 30 percent above the firm's share price on Friday" (Friday is the share price's; round 57d).
    Only a figure (a number in the phrase) and nothing but the phrase between it and the date."""
    root = span.root
    doc = root.doc
    start = span.start
    if start == 0:
        return False
    before = doc[start - 1]
    if root.dep_ == "pobj" and root.head.i == start - 1:  # "in 2015": the date's own preposition
        if start < 2:
            return False
        before = doc[start - 2]
    # the figure phrase that ends right before the date (or its preposition)
    phrase = next((a for a in [before, *before.ancestors] if a.dep_ == "prep" and a.right_edge.i == before.i and
                   not a.is_ancestor(root)), None)
    if phrase is None or not any(t.like_num for t in phrase.subtree):
        return False
    word = phrase.lower_
    holder = phrase.head
    if word in words.yardstick_preps and holder.lower_ in words.change_adverbs:
        # on the adverb beside its "from" ("up from a fifth in 2015"), or on the adverb's verb
        return True
    if word in words.comparison_preps and holder.i == pred.i and pred.lemma_.lower() in words.copulas and \
            pred.tag_ in ("VBZ", "VBP"):
        # "The price is 41 percent above the chain's closing share price on July 30": a state told in
        # the present is no happening of that day; the day is the compared price's (round 57d)
        return True
    if word in words.against_preps:
        return _other_date_in_clause(span, phrase, pred, timex_tokens)
    return False


def figure_date_against(span: Span, pred: Token, words: EventWords, timex_tokens: frozenset[int] | set[int]) -> bool:
    """The date hangs on the figure of an "against/versus <figure>" phrase, inside it, when the clause
    has a date of its own: "27 cases had been confirmed between Jan. 1 and May 24, against nine a
    year earlier" (a year earlier is the nine's; round 63a). Without another date the date may be the
    clause's ("passed by 60 votes against 40 on Tuesday") and it stays (the mirror of `base_date_after`,
    where the date follows the phrase)."""
    figure = span.root
    while figure.head.i != figure.i and figure.head.i in range(span.start, span.end):
        figure = figure.head
    holder = figure.head  # "nine" <- "earlier", or "against" itself ("against/prep 22/pobj a year earlier/advmod")
    if holder.dep_ == "pobj":
        figure, phrase = holder, holder.head
    else:
        phrase = holder
        figure = next((c for c in holder.children if c.dep_ == "pobj" and c.i < span.start), None)
    if figure is None or phrase.dep_ != "prep" or phrase.lower_ not in words.against_preps or \
            not (figure.like_num or any(c.dep_ == "nummod" for c in figure.children)):
        return False
    return _other_date_in_clause(span, phrase, pred, timex_tokens)


def _other_date_in_clause(span: Span, phrase: Token, pred: Token, timex_tokens: frozenset[int] | set[int]) -> bool:
    """The row's clause holds a time expression outside the comparison phrase and the date."""
    low, high = pred.left_edge.i, pred.right_edge.i
    inside = set(range(phrase.left_edge.i, phrase.right_edge.i + 1)) | set(range(span.start, span.end))
    return any(low <= i <= high and i not in inside for i in timex_tokens)


def _second_from(span: Span, base: Token, verb: Token, words: EventWords, timex_tokens) -> bool:
    """Whether the date is the object of a second "from" of the change verb, after one that sets the
    figure the change starts from: "the cap will fall from 6,000 to 3,000 from April 1", "fares rise
    from 2.50 to 2.80 from Monday" (round 45c). The first "from" is the yardstick; the date's, then, says
    when the change takes effect. A single "from" ("fell 2 percent from March") stays the yardstick."""
    if span.root.head.i != base.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ in words.yardstick_preps and c.i < base.i and
               not any(t.i in timex_tokens for t in c.subtree) for c in verb.children)


def _own_date_in_base(span: Span, base: Token, timex_tokens: frozenset[int] | set[int]) -> bool:
    """A date with a preposition of its own inside a verb's "from" phrase, when the clause has no
    other date: the parser often hangs the change's own date on the base ("the death toll rose to 40
    from 12 on Monday": Monday is the rise's), while "fell to 4.1 percent in May from 4.3 percent in
    April" dates the change by May and sets April against it. A bare base ("from a year earlier",
    "from 3.5 billion a year earlier") is always the yardstick."""
    own_prep = any(a.dep_ == "prep" and a.i != base.i for a in span.root.ancestors if base.is_ancestor(a))
    if not own_prep:
        return False
    verb = base.head
    inside = {t.i for t in base.subtree}
    return not any(i in timex_tokens and i not in inside for i in (t.i for t in verb.subtree))


def record_base(span: Span, words: EventWords) -> bool:
    """The expression is the object of "since" under a superlative or an ordinal: "rose to their
    highest since March", "their steepest fall since January 2020", "the first time since 1990" say
    what the figure is a record against, not when anything happened. Only the preposition's own
    object: in "the first election since the 2021 coup" the year dates the coup."""
    prep = span.root.head
    if span.root.dep_ not in ("pobj", "pcomp") or prep.lower_ not in words.record_preps:
        return False
    if any(c.i < prep.i and c.dep_ in ("advmod", "amod", "npadvmod") and c.tag_ in ("JJS", "RBS")
           for c in prep.children):
        return True  # "up from 1,150 kilograms last year and the most since 2014": the parser hangs "most" on "since" (round 63a)
    head = prep.head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("relcl", "acl") and \
            head.head.pos_ in ("NOUN", "PRON") and _ranked(head.head, words) and not any(
                c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_.lower() in words.perfect_aux for c in head.children):
        # the clause of a ranked noun: "the first time a Dutch crew has won since 2014", "the worst
        # storm to hit the coast since 1987": the noun's rank is counted from the year; a past perfect
        # ("the first time its circuit breaker had been triggered since March 2020, at the start of the
        # pandemic") reads as the earlier happening itself, and keeps its row
        return True
    if head.pos_ in ("VERB", "AUX") and head.i < prep.i - 1:
        # "won its first title since 1990", the phrase hung on the verb: the phrase right before it
        before = prep.doc[prep.i - 1]
        head = next((a for a in [before, *before.ancestors] if a.head.i == head.i), head)
        if head.dep_ == "prep":  # "rose to their highest since March": the preposition's object
            head = next((c for c in head.children if c.dep_ == "pobj"), head)
    # a superlative ("their highest"), an ordinal standing alone ("the first since 2008"), or one
    # modifying the head or a compound of it ("biggest drop", "first title", "the first world title
    # bout"); not a fraction ("have lost a third of their value since January")
    if head.tag_ in ("JJS", "RBS") or (head.pos_ == "ADJ" and (
            head.ent_type_ == "ORDINAL" or head.lower_ in words.record_adjectives)):
        return True
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in words.any_determiners for c in head.children) \
            and any(a.lower_ in words.comparative_conjunctions for a in list(head.ancestors)[:3]):
        return True  # "more cases than in any year since 2012": a twelve-year high, counted from 2012
    return _ranked(head, words)


def record_base_date(span: Span, pred: Token, words: EventWords) -> bool:
    """The expression dates the base of a record, in the phrase right after it: "the strongest to hit
    the island since Typhoon Haiyan in 2013" reads 2013 as Haiyan's year; a row on the record's clause
    ("to hit") would give it that date. A row on the base itself ("Typhoon Haiyan", 2013) stays; only
    a year is taken for the base's (a day after it is the record's own: "their worst day since the
    crisis on Monday", record_base_noun)."""
    marker = span.root.head
    if span.root.dep_ != "pobj" or marker.dep_ != "prep" or marker.i == 0 or span.root.shape_ != "dddd":
        return False  # (a day after the base is the record's own: "their worst day since the crisis on Monday")
    base = marker.doc[marker.i - 1]
    base = next((a for a in [base, *base.ancestors] if a.dep_ == "pobj" and a.head.lower_ in words.record_preps), None)
    if base is None or base.right_edge.i < marker.i - 1 or base.i == pred.i:
        return False
    clause = base.head.head  # "the strongest to hit ... since": the superlative the clause ranks
    return record_base(base.doc[base.i:base.i + 1], words) or clause.dep_ in ("relcl", "acl") and \
        clause.head.tag_ in ("JJS", "RBS")


def _ranked(head: Token, words: EventWords) -> bool:
    """A noun (or a compound of it) with a superlative or an ordinal: "biggest drop", "first title",
    "the first world title bout"."""
    nouns = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" or
               (c.dep_ == "amod" and c.lower_ in words.record_adjectives)
               for n in nouns for c in n.children if c.dep_ in ("amod", "advmod"))


def record_base_noun(span: Span, pred: Token, words: EventWords) -> bool:
    """The row's noun is the base of a record and the date comes after it: "suffered their worst day
    since the global financial crisis on Monday" (the parser hangs "on Monday" on "crisis"): the date
    is the clause's, and the crisis, a yardstick, no event of the story. A date before the noun is its
    own ("the first election since the 2021 coup")."""
    return pred.pos_ == "NOUN" and span.start > pred.i and record_base(pred.doc[pred.i:pred.i + 1], words)


def starting_clause(pred: Token, segment: tuple[int, int], drop: set[int]) -> Token | None:
    """The clause a bare participle with nothing but its date dates: "will replace the harness for free
    starting Nov. 10" -> "replace", "services will resume for free starting June 1" -> "resume"."""
    if pred.tag_ != "VBG" or pred.dep_ not in ("advcl", "pcomp") or pred.head.i == pred.i:
        return None
    if any(c.i not in drop and not c.is_punct and c.i > pred.i for c in pred.children):
        return None  # the participle says more than its date: "killing 12 people on Monday"
    verb = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not segment[0] <= verb.i <= segment[1]:
        return None
    return verb


def merge_reported_leads(doc: Doc, rows: list[Event], reporting: frozenset[str],
                         when_words: frozenset[str] = frozenset(), spans: dict | None = None) -> list[Event]:
    """One row for a main event and the dated report of it in the same sentence: "Nordbank has agreed
    to buy Kessel, the two lenders said on Tuesday" gave a `publication` row for "agreed" and a text
    row "The two lenders said Nordbank has agreed ..."; the text's date goes on the reported event,
    unless the text gives the event a day of its own (events/reported_day.py)."""
    from .reported_day import own_day

    starts = token_starts(doc)
    merged: dict[int, Event] = {}
    gone = set()
    for lead in rows:
        if lead.date_basis != "publication":
            continue
        event = starts.get(lead.trigger_start)
        if event is None or event.lemma_.lower() in reporting:
            continue  # "X claims ..., the agency announced on Thursday": the announcement is the news
        for n, row in enumerate(rows):
            verb = starts.get(row.trigger_start)
            if row.date_basis != "text" or verb is None or n in merged or \
                    verb.lemma_.lower() not in reporting or not verb.is_ancestor(event) or \
                    verb.sent.start != event.sent.start:
                continue
            own = own_day(doc, event, lead, row, rows, when_words, spans)
            merged[n] = dated_as(lead, *own) if own else dated_as(lead, row, "text")
            gone.add(id(lead))
            break
    return [merged.get(n, row) for n, row in enumerate(rows) if id(row) not in gone]


NP_LEFT_TAGS = {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH", "VBN", "VBG"}


def _phrase_owners(noun: Token) -> set[int]:
    """The nouns a prepositional phrase ending in `noun` hangs on, nearest first, up to three: "a
    trial of flexible season tickets" -> {trial}."""
    found: set[int] = set()
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") and \
            len(found) < 3:
        noun = noun.head.head
        found.add(noun.i)
    return found


def broken_relative_clause(span: Span, pred: Token, bounds: tuple[int, int], drop: set[int],
                           words: EventWords) -> list[list[Token]] | None:
    """The pieces of an event told in a relative clause between commas that the parser did not attach
    to its noun ("The deal, which the boards of both banks approved on Monday evening, values Kessel at
    38 euros a share" parsed as "... approved values Kessel"): the clause's words with the noun in the
    relative pronoun's place ("The boards of both banks approved the deal"), or None when the parse
    has the clause right (actors.relative_substitutions then writes it) or the text has no such clause."""
    doc = span.doc
    lo, hi = bounds
    which = next((i for i in range(span.start - 1, lo, -1) if doc[i].lower_ in words.wh_relatives or
                  doc[i].is_punct), None)
    if which is None or doc[which].lower_ not in words.wh_relatives or doc[which - 1].text != "," or which - 2 < lo:
        return None
    close = next((i for i in range(span.end, hi + 1) if doc[i].is_punct), None)
    if close is None or doc[close].text != "," or not which < pred.i < close:
        return None
    noun = doc[which - 2]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(a.dep_ == "relcl" and (a.head.i == noun.i or a.head in noun.conjuncts or institution_clause(noun, a))
           and which < a.i < close for a in [pred, *pred.ancestors]):
        # parsed as a relative clause of its noun, or of the first of "Kyrgyz and Tajik guards":
        # the usual description does it (antecedents.py says when the antecedent is unsure)
        return None
    start = noun.i
    while start - 1 >= lo and doc[start - 1].tag_ in NP_LEFT_TAGS:
        start -= 1
    owners = _phrase_owners(noun)
    owner = next((a.head for a in [pred, *pred.ancestors] if a.dep_ == "relcl" and a.head.i in owners and
                  which < a.i < close), None)
    if owner is not None and owner.left_edge.i >= lo:
        # parsed as a relative clause of the noun whose phrase holds it ("a trial of flexible season
        # tickets, which began last spring, to 40 stations"): that noun's whole phrase, not its last noun's
        start = min(start, owner.left_edge.i)
    phrase = list(doc[start:noun.i + 1])
    clause = [t for t in doc[which + 1:close] if t.i not in drop]
    if not clause:
        return None
    if clause[0].pos_ in ("VERB", "AUX"):
        return [phrase, clause]  # "the shares, which rose 5% on Monday," -> "the shares rose 5%"
    return [clause, phrase]  # "the deal, which the boards approved on Monday," -> "the boards approved the deal"


def in_aside(span: Span, pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """The expression ends a noun phrase set off by a comma after the predicate, an aside with no verb
    and no event noun of its own ("values Kessel at 38 euros a share, a premium of 27 percent to its
    closing price on Friday"): the date is the closing price's, however the parser attached it, and
    dates no row (issue 10, item 4: a date inside a noun phrase dates that noun's event, or nothing)."""
    from .anchor import is_event_noun

    doc = span.doc
    comma = next((i for i in range(span.start - 1, max(bounds[0], pred.i), -1) if doc[i].is_punct), None)
    if comma is None or doc[comma].text != "," or comma <= pred.i:
        return False
    aside = doc[comma + 1:span.start]
    if len(aside) < 2 or aside[0].pos_ not in ("DET", "PRON", "NUM", "ADJ") or aside[0].tag_ in ("WDT", "WP"):
        return False
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_punct for t in aside):
        return False
    return not any(t.pos_ == "NOUN" and t.dep_ != "compound" and is_event_noun(t, words) for t in aside)


def own_clause(pred: Token, conjunct: Token) -> bool:
    """A date in the later of two coordinated full clauses, each with its own subject and its own
    finite verb, is that clause's alone: "Most of the cuts will fall in sales, and affected staff will
    leave by the end of the year"; "The boy was placed with relatives, but the agency ruled Wednesday
    that ...". A gapped clause ("100 people were killed and 1,000 wounded on Friday") or a shared
    subject ("flattened 40 houses and damaged the harbour on Friday") still shares it, and so does a
    later clause a date in the first one, or before both, sets the scene for ("battled the fire on
    Wednesday, and authorities ordered residents to leave"; "One year later he was fired and he
    founded NeXT"). An earlier conjunct that shares the subject of a full clause before it is of
    that clause: "About 70 survivors reached the shore and built a boat, and a handful of them arrived
    in Batavia the following year" dates the arrival only."""
    return conjunct.i < pred.i and (_full_clause(pred) and (_full_clause(conjunct) or _of_full_clause(conjunct, pred))
                                    or _own_auxiliary(pred))


def _of_full_clause(verb: Token, pred: Token) -> bool:
    """A subjectless conjunct of an earlier full clause ("survivors reached the shore and built a boat")
    in the same coordination as `pred`; not a reported clause's conjunct sharing its saying's date
    ("has suspended its head and asked police to investigate ..., the university said on Friday")."""
    return (verb.dep_ == "conj" and pred.dep_ == "conj" and verb.head.i < verb.i and _full_clause(verb.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def _own_auxiliary(verb: Token) -> bool:
    """A later conjunct with an auxiliary of its own is no gapped clause: "said she would not resign
    and would meet the prime minister next week" dates the meeting only."""
    return verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def bounded_scene(span: Span, pred: Token, conjunct: Token, words: EventWords) -> bool:
    """A "since"/"until" date bounds its own clause and sets no scene for a later full clause: "have
    been approved since 2023, but their use has been limited" does not date the limiting 2023."""
    marker = span.root.head
    return conjunct.i > pred.i and _full_clause(conjunct) and marker.dep_ == "prep" and \
        marker.lower_ in words.since_preps | words.until_preps


def _full_clause(verb: Token) -> bool:
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WDT", "WP") for c in verb.children)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)
    return subject and finite

