"""The date goes on the event it modifies (issue 10, item 4; docs/events.md, "Anchoring"): one sentence
often holds two happenings and one time expression, and these rules say which of the two it dates.

* A clause opened by a subordinating conjunction ("before parliament returns from recess on May 4")
  is a predicate even when the tagger reads its verb as a plural noun ("returns"): its date is its own.
* A conjunct with a tense or a time of its own does not share its neighbour's date ("signed the deal in
  May and has not paid a cent", "joined the club in 2019 and won the cup in her second season", "told
  staff ..., and that workers would be told by Friday").
* A date in a possessive before a noun that names no event dates that noun ("priced 10 percent below
  last year's model"): no row.
* A possessive date on the other side of the report than its clause's tense dates its noun only
  ("cancelled next weekend's downhill", "will operate under last year's spending levels"): no row.
* A present state aimed at a time still to come ("is counting on new models to lift sales in the second
  half") is not what happened then: the infinitive keeps the date.
* "set a hearing for June 15": the date is the hearing's (planned); the setting is not then.
* A date before an event noun ("a dispute over the Nov. 4 election") dates the noun: the row tells the
  election, not the clause around it, unless the noun is the clause's scene ("killed in a 2019 bombing").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .habits import lifetime_phrase, part_of_lives

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import TimeExpression
    from .words import EventWords


def subordinate_clause(token: Token) -> bool:
    """An adverbial clause opened by a conjunction ("before", "until", "after"): a predicate whatever
    its tag ("before parliament returns": `returns` tagged NNS)."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children)


def _tense(verb: Token, words: EventWords) -> str | None:
    """The tense a verb group shows by its own auxiliaries, or None when it has none (it shares the
    group of the verb it is coordinated with: "were killed and 1,000 wounded")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in words.infinitive_markers]
    if not aux:
        return None
    first = min(aux, key=lambda t: t.i)
    if first.tag_ == "MD":
        return "modal"
    if first.lemma_.lower() in words.perfect_aux and any(t.tag_ == "VBN" for t in [verb, *aux[1:]]):
        return "past perfect" if first.tag_ == "VBD" else "present perfect"
    return "past" if first.tag_ == "VBD" else "present"


def _finite_tense(verb: Token, words: EventWords) -> str | None:
    own = _tense(verb, words)
    if own is not None:
        return own
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(verb.tag_)


def own_tense(pred: Token, conjunct: Token, words: EventWords) -> bool:
    """The conjunct's auxiliaries give it a tense other than the dated verb's: "signed an agreement in
    May and has not honoured a single clause" (the not-honouring reaches to the present), "was arrested
    on Friday and will appear in court" (later), "storms could form on Wednesday, and schools said they
    would close" (a clause with its own subject tells its own tense). A later conjunct without
    auxiliaries or subject of its own shares ("were killed and 1,000 wounded"); an earlier one cannot
    borrow the dated verb's, so its own form is its tense ("told staff ..., and that workers would be told by Friday": the telling is past)."""
    ours = _finite_tense(pred, words)
    theirs = _tense(conjunct, words) if conjunct.i > pred.i else _finite_tense(conjunct, words)
    if theirs is None and ours == "modal" and conjunct.i > pred.i and conjunct.tag_ == "VBD" and \
            conjunct.lower_ != conjunct.lemma_.lower():
        # a later conjunct in the simple past after a modal ("would sign the deals before the end of the
        # year but declined to name them"): the declining is done, not by then (round 66d); not a form the
        # same as the base ("would digitise them by 2028 and put them online": "put" is the infinitive)
        return True
    if theirs is None and any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
        # a later clause of its own with no auxiliary: its verb's form tells its tense, but only a tense
        # across the report counts ("By the end of 1954, 6,000 soldiers had left and Li Mi declared ...":
        # two pasts, both by then)
        theirs = _finite_tense(conjunct, words)
        return theirs is not None and ours is not None and theirs != ours and \
            bool({theirs, ours} & {"modal", "present"})
    return theirs is not None and ours is not None and theirs != ours


def own_time(conjunct: Token, words: EventWords) -> bool:
    """The conjunct says when it happened in words that are no time expression: a phrase of a period
    noun ("won the league in his first full season", "during her second term"), an adverb of
    sequence ("and later founded ...") or a count of times ("won the title in March and defended it
    once": the defending came later), a span of its life ("was founded in 1952, and for most of its
    history it sang only at funerals": the singing is no 1952's, round 50b), a bare period of its own
    ("... and had not lost a game all week": the week is not 2023's, round 57d), a state that reaches
    to the present ("applied for funds last year but had not yet received an answer", round 62b), an
    age ("began judo at the age of six and won the title in 2023", round 62b), a count of times
    ("was first elected in 2001 and re-elected five times", round 63a), a span of its life as the
    object ("was founded in 1986 and spent most of its history in the lower divisions", round 68a)."""
    if lifetime_phrase(conjunct, words):
        return True
    if any(c.dep_ == "dobj" and part_of_lives(c, words, ("JJS", "DT", "PDT")) for c in conjunct.children):
        return True  # "was founded in 1986 and spent most of its history in the lower divisions" (round 68a)
    own = [t for c in conjunct.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
    if any(c.dep_ == "advmod" and (c.lower_ in words.sequel_adverbs or c.lower_ in words.repeat_counts or
                                   c.lower_ in words.persisting_adverbs)
           for c in conjunct.children):
        return True
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in words.period_nouns for c in conjunct.children):
        return True  # "had won the title in 2023 and 2024 and had not lost a game all week" (round 57d)
    if any(c.dep_ == "npadvmod" and c.lower_ in words.repeat_count_nouns and any(n.dep_ == "nummod" for n in c.children)
           for c in conjunct.children):
        return True  # "was first elected in 2001 and re-elected five times": the re-elections came later (round 63a)
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words.age_nouns for o in c.children)
           for c in conjunct.children):
        return True  # "began judo at the age of six ... and won the title in 2023" (round 62b)
    if any(c.dep_ == "prep" and (c.lower_ in words.inclusion_preps or c.lower_ in words.sequence_preps) and
           any(o.dep_ == "pobj" and o.ent_type_ == "EVENT" for o in c.children) for c in conjunct.children):
        # "annexed it in 1712, and the mill made sails during the War of ...": the war's own time (round 65f);
        # "paid women to make quilts in the late 1920s, but the craft faded after the Second World War":
        # a time told by a named event before or after it (round 66d)
        return True
    for child in own:  # also in its complement: "helped them win the cup in his first season"
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in words.period_nouns and any(
                        c.dep_ in ("poss", "amod", "det") and (c.tag_ == "PRP$" or c.ent_type_ == "ORDINAL" or
                                                             c.lower_ in words.sequel_determiners)
                        for c in pobj.children):
                    return True
    return False


def own_when_moment(conjunct: Token, words: EventWords) -> bool:
    """The conjunct has a past "when" clause of its own ("but was delayed when builders found a wall"):
    a moment of its own, which a date of another conjunct does not give when the coordination holds
    more than one date (events/anchor.py, sharing_conjuncts; round 65f)."""
    return any(c.dep_ == "advcl" and c.tag_ == "VBD" and any(m.dep_ in ("mark", "advmod") and m.lower_ in words.when_conjunctions
                                                           for m in c.children) for c in conjunct.children)


def phrase_noun_date(span: Span, pred: Token, spans: dict, words: EventWords) -> bool:
    """A date hung on a noun of the verb's phrase (its object, or the object of one of its
    prepositions) when the verb has a date or time of its own in a phrase hung on it after it: "had
    issued a warning on Thursday for gusts of up to 70 km/h on Friday" (Friday is the gusts', the
    issuing Thursday's). The row would give the verb the noun's date: none (round 50b). A
    verb with no date of its own keeps the noun's ("issued a warning for gusts on Friday"), which
    anchoring decides; so does an event noun ("arrested him in a raid on Saturday") and a noun of a
    time ("for several months in 2019"). `spans`: time expression -> its span in the doc."""
    from .anchor import is_event_noun

    root, prep = span.root, span.root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == pred.i or noun.i > prep.i or is_event_noun(noun, words):
        return False  # an event's date is often the verb's too ("arrested him in a raid on Saturday")
    if any(o.start <= noun.i < o.end for o in spans.values()):
        return False  # a time's ("for several months in 2019", "until the spring and daily from June")
    up = noun.head
    if noun.dep_ == "pobj" and up.dep_ == "prep" and up.head.i != up.i:
        up = up.head  # "for gusts ... on Friday"
    elif noun.dep_ != "dobj":
        return False
    if up.i != pred.i:
        return False
    for expression, other in spans.items():
        if other.start == span.start or expression.type not in ("DATE", "TIME"):
            continue
        own, on = other.root, other.root.head
        if own.dep_ == "pobj" and on.dep_ == "prep" and on.head.i == pred.i and other.start > pred.i:
            # the verb's own date after it ("issued a warning on Thursday"); one before it is often the
            # report's, hung on the reported verb ("said on Monday it would cut prices ... from next Monday")
            return True
    return False


def possessed_non_event(span: Span, pred: Token, words: EventWords) -> bool:
    """A date in the possessive before the object of a comparison, a noun that names no event:
    "priced the car 10 percent below last year's model", "cost more than last year's version" date
    the model, and give no row. "Wednesday's meeting", "Today's glitches angered users" stay with
    anchoring (an event, or the clause's own subject)."""
    from .anchor import is_event_noun

    owner = span[-2] if len(span) > 1 and span[-1].tag_ == "POS" else span[-1]
    if owner.dep_ != "poss" or not any(c.tag_ == "POS" for c in owner.children):
        return False
    noun = owner.head
    if noun.i < span.end or noun.pos_ != "NOUN" or noun.i == pred.i or is_event_noun(noun, words):
        return False
    if noun.lemma_.lower() in words.amount_nouns or noun.lower_ in words.owned_amounts:
        return False  # a figure's period: the yardstick rules and `modified_noun` decide
    # Only a yardstick of a comparison: "last month's Campeau credit squeeze", "before Friday's
    # purchases", "since Wednesday's close" name happenings the noun list does not know.
    return noun.dep_ == "pobj" and noun.head.lower_ in words.comparison_preps


def titled_subject_date(span: Span, pred: Token, expression: TimeExpression, reference_date: str,
                        words: EventWords) -> bool:
    """A possessive date on the clause's subject that names a person by a title or a name in
    apposition: "Last year's champion, Rhys Calder, did not start", "Monday's winner withdrew on
    Wednesday". The date is when the person held the title, not when the verb happened; no row. A
    date that holds the reference day ("Today's winner collapsed") stays with anchoring."""
    owner = span[-2] if len(span) > 1 and span[-1].tag_ == "POS" else span[-1]
    if owner.dep_ != "poss" or not any(c.tag_ == "POS" for c in owner.children):
        return False
    noun = owner.head
    if noun.i < span.end or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or \
            noun.head.i != pred.i or noun.i == pred.i:
        return False
    if noun.lemma_.lower() not in words.contest_titles and not any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in pred.children):
        return False  # "Last year's champion will defend her title": round 35a keeps the title's year
    return _side(expression.end_date or expression.date or "", reference_date) != 0


def date_before_mark(span: Span, pred: Token, words: EventWords) -> bool:
    """A date the parser hangs on an adverbial clause's verb though it stands before the clause's
    conjunction: "faces a shortfall of 14 million euros this year after the government cut its grant
    in 2024" dates the shortfall, not the cut; no row of the cut with it. Not a count before the
    conjunction ("two days after the vote was held", "a year after"), which measures from the clause."""
    if pred.dep_ != "advcl" or pred.head.i == pred.i:
        return False
    top = span.root
    while top.head.i != pred.i and top.head.i != top.i and top.head.i in range(span.start - 1, span.end):
        top = top.head  # "in 2024": the preposition the date hangs from
    if top.head.i != pred.i or top.i > pred.i:
        return False
    if any(t.like_num for t in span) or span[0].lower_ in words.indefinite_counts:
        return False
    return any(c.dep_ == "mark" and c.i >= span.end and c.i < pred.i for c in pred.children)


def _side(value: str, reference_date: str) -> int:
    """-1 when the normalized date `value` is over before the reference date's day, 1 when it begins
    after it, 0 when it holds it or cannot be told (compared on their common prefix: "2024" is before
    "2025-03-02", "2025" holds it)."""
    if not value or not reference_date or not value[:1].isdigit():
        return 0
    n = min(len(value), len(reference_date))
    a, b = value[:n], reference_date[:n]
    return -1 if a < b else (1 if a > b else 0)


def noun_date_other_time(span: Span, pred: Token, expression: TimeExpression, reference_date: str,
                         words: EventWords) -> bool:
    """A date a noun holds, not the clause: a possessive ("next weekend's", "last year's") before a
    noun that is not the clause's subject, on the other side of the report than the clause's tense:
    "Organisers cancelled next weekend's downhill" (a past act, a coming race), "the city will operate
    under last year's spending levels"; and a bound after a noun, whatever the tense ("ticket holders
    for shows after June would be refunded"). The date is the noun's, never the clause's; no row. A
    date of the clause's own side stays with anchoring ("responded to yesterday's announcement")."""
    from .anchor import is_event_noun

    owner = span[-2] if len(span) > 1 and span[-1].tag_ == "POS" else span[-1]
    root, prep = span.root, span.root.head
    if owner.dep_ == "poss" and any(c.tag_ == "POS" for c in owner.children):
        noun = owner.head
        if noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("nsubj", "nsubjpass"):
            return False
    elif root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") and \
            prep.head.i < prep.i:
        noun = prep.head
        if prep.lower_ in words.later_preps:
            # "shows after June": the shows' months, not the clause's; not an adverbial noun ("came
            # ashore some time after midnight"); not "since" or "until", which the parser often hangs
            # on the object of the verb they bound ("will be free to anyone with an iPhone until ...")
            return noun.i != pred.i and noun.dep_ != "npadvmod"
        return False
    else:
        return False
    verb = pred
    if noun.i == pred.i:  # the row's trigger is the noun itself, told by its clause
        if is_event_noun(noun, words):
            return False  # "scrapped next month's fare increase": the increase's own row
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "will continue to operate": the tense is the governing verb's
    if _side(expression.end_date or expression.date or "", reference_date) < 0:
        # a coming act or state ("will", "shall"); "could capture that year's harvest" in a past story
        # is a future seen from then, and may fall in that year
        aux = [c for c in verb.children if c.dep_ == "aux"]
        return any(c.tag_ == "MD" and (c.lower_ in words.definite_future_aux or c.lemma_.lower() in
                                       words.definite_future_aux) for c in aux) and \
            not any(c.lemma_.lower() in words.perfect_aux for c in aux)
    if _side(expression.date or "", reference_date) > 0:
        # a bare participle read as the clause's verb ("Organisers cancelled ...", tagged VBN) is past too
        bare = verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp", "conj") and \
            not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        return _finite_tense(verb, words) in ("past", "past perfect", "present perfect") or bare
    return False


def future_bound_state(matrix: Token, expression: TimeExpression, reference_date: str) -> bool:
    """A matrix verb in the present ("is counting on new models to lift sales", "hopes to finish the
    work") with a date that reaches past the reference date: a present state aimed at that time, not
    something that happened then; the infinitive keeps the date."""
    end = expression.end_date or expression.date
    if not end or end <= reference_date:
        return False
    if matrix.tag_ in ("VBZ", "VBP"):
        return True
    return matrix.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in matrix.children)


def scheduled_object(pred: Token, span: Span, words: EventWords) -> tuple[Token, Token] | None:
    """"set a sentencing hearing for June 15", "scheduled a vote on the merger for next Tuesday": a
    scheduling verb whose object is an event noun and whose "for" phrase (on the verb or in the
    object) holds the date: the date is the object's (planned), the scheduling happened before. The
    verb (whose clause tells the row) and the noun (its trigger), or None."""
    from .anchor import is_event_noun

    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in words.scheduling_preps:
        return None
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.scheduling:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or prep.head.i != verb.i and not objects[0].is_ancestor(prep):
        return None
    if pred.i != verb.i and next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX")), None) != verb:
        return None  # the date's row is in another clause
    noun = objects[0]
    if not is_event_noun(noun, words) and noun.lemma_.lower() in words.date_nouns:
        # "set a trial date for Nov. 3": the event noun compounded with a word for its date
        noun = next((c for c in noun.children if c.dep_ == "compound" and is_event_noun(c, words)), noun)
    return (verb, noun) if is_event_noun(noun, words) else None


def dates_noun_only(span: Span, noun: Token, words: EventWords) -> bool:
    """A date before an event noun in a phrase that is not the scene of its clause: "ending a dispute
    over the Nov. 4 election", "reversing the outcome of the 2019 referendum", "apologized for a 2010
    raid" date the election, the referendum, the raid; the ending, reversing or apology are other
    happenings, so the row tells the noun, not its clause. In an in/at/during/on phrase ("was killed in
    a 2019 bombing", "on his June 4 trip to Algeria, he appealed ...") the clause happened in that event,
    and its date is the clause's too. Not a possessive date ("yesterday's announcement")."""
    if noun.dep_ != "pobj" or noun.head.lower_ in words.inclusion_preps or noun.head.lower_ in words.noun_scene_preps:
        return False
    if span.root.dep_ == "poss":
        # "responded coolly to yesterday's announcement": a possessive day is mostly the news the
        # clause reacts to that day, and later rules date the story by it (lead.py's mentions)
        return False
    return span.end <= noun.i and noun.is_ancestor(span.root)


def object_period_ahead(span: Span, pred: Token, expression: TimeExpression, reference_date: str,
                        words: EventWords) -> bool:
    """"approved a $90 million budget for next year", "adopted a hiring plan for 2028": a period ahead
    in a "for" phrase of a simple past verb (or of its object) is what the object is for, not when the
    approving happened, which the past tense puts before the report: no row ("called a strike for
    next Monday" too: the calling was not then). A scheduling verb's event noun is `scheduled_object`'s
    ("set a hearing for June 15"); a figure keeps its period ("reported revenue for the quarter")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in words.scheduling_preps or not expression.date or \
            expression.date <= reference_date:
        return False
    verb = pred.head if pred.dep_ == "dobj" and pred.pos_ == "NOUN" else pred  # the row may be the object's
    owner = prep.head if prep.head.pos_ == "VERB" else next((a for a in prep.ancestors if a.pos_ == "VERB"), None)
    if owner is not None and owner.i != verb.i and (owner.dep_ == "conj" and owner.head.i == verb.i or
                                                    verb.dep_ == "conj" and verb.head.i == owner.i):
        verb = owner  # "dissolves parliament, calls snap election for November": the calling's phrase, shared
    # a headline's or a report's simple present ("calls snap election for November") is today's act too
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or prep.head.i != verb.i and not objects[0].is_ancestor(prep):
        return False
    if scheduled_object(verb, span, words) is not None:
        return False  # "set a retrial for July 15", "set a trial date for Nov. 3": the retrial's, the trial's
    if verb.tag_ != "VBD":
        from .anchor import is_event_noun
        # a present only when calling an event ahead ("calls snap election for November"); "the deal
        # sets the total catch for 2027 at 310,000 tonnes" tells what holds for that year
        return is_event_noun(objects[0], words)
    return objects[0].lemma_.lower() not in words.owned_amounts
