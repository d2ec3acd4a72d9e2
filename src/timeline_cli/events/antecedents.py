"""Which noun a subject "which"/"who" after a comma stands for when the parser hangs the clause on the
name inside a prepositional phrase (docs/events.md, "Subject resolution"): "the fighting between the
two armies' guards, which broke out at dawn", "the review at Northfield College, which was ordered in
May", "Jane Roe, a former director of the Water Board, who was jailed in 2019". The nearest noun is
often not the antecedent, and a row naming the wrong one says the wrong thing about who did what.
- "who" needs a person: when the nearest noun, no person, is inside the phrase of a title set beside
  a name ("Jane Roe, a director of the Board, who ..."), the name is the antecedent; otherwise the
  parse's noun stands ("in de Gaulle, who had not held office": the tagger's kind is no guide).
- "which" hung on a noun inside a phrase of a definite noun ("the review at X, which was ordered",
  "the final of the X league, which was scheduled") with a verb that takes no object is unsure: the
  phrase's noun is as often meant; when the phrase's noun is an event noun ("the fighting between
  ... guards, which broke out"), a verb with no object is the happening's. relatives.py first settles the verbs whose subject is a happening;
  a verb with an object ("talks with Acme, which announced a merger") keeps the name. After an
  indefinite noun, only a place with a clause of what is to be done is unsure ("a new aqueduct from
  the Tula valley, which is due to be completed", round 16).
Unsure is returned as the relative pronoun itself: the description then opens with it ("Which was
ordered ...") and events/unresolved.py leaves the row out (the pack's `unsure_openers`); a missing row is better than
one naming the wrong noun. A period ("the end of the quarter, which ends on June 26") keeps its noun."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun
from .fragments import after_comma
from .worth_amounts import worth_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

# The tagger's kinds a name beside a title may have and still be a person's ("Eddie Roe" is often
# tagged an organisation); a place or nationality is none.
PERSON_LIKE = ("PERSON", "ORG", "")


def _place_like(noun: Token) -> bool:
    """"Ohio", "the Tula valley": a place's name, or a common noun a name qualifies (the tagger's
    kind for such a name is often wrong: "Tula" tagged a person)."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return noun.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _owner_articles(noun: Token, clause: Token, words: EventWords) -> set[str]:
    """The articles of the noun before the preposition that make the parse's noun unsafe: a
    definite one, and an indefinite one before a place when the clause says only what is to be done
    ("a new aqueduct from the Tula valley, which is due to be completed": the aqueduct; a place is
    seldom what is to be built or finished). Other clauses keep the place ("a government for
    Northern Ireland, which has been ruled by London"; "a recommendation on Kellogg stock, which
    closed at $71")."""
    if _place_like(noun) and any(_passive_due(c) for c in clause.children):
        return set(words.articles)
    return set(words.articles) - {"a", "an"}


def _passive_due(child: Token) -> bool:
    """"which is due to be completed", "which is expected to be finished": a complement that only
    says what is to be done to the noun, no act of it."""
    if child.dep_ != "acomp":
        return False
    return any(x.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in x.children) for x in child.children)


def outer_antecedent(clause: Token, words: EventWords) -> Token | None:
    """The noun a comma's "which" clause stands for when the parser hung it on the last noun of a
    restrictive relative clause before it, a noun in an adverbial phrase of that clause's verb: "a
    satellite system that tracks felling in real time, which the ministry launched in 2023" is the
    system's clause, not "real time"'s (the restrictive clause is part of the system's noun phrase, and
    the comma closes it). Only a common noun that ends the inner clause and names no place or happening
    ("a team that won in the final, which was played in May" may be the final's); else None."""
    noun = clause.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.head.dep_ != "prep" or not after_comma(clause) or \
            _place_like(noun) or is_event_noun(noun, words) or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in words.thing_relatives
               for c in clause.children):
        return None
    inner = noun.head.head
    if inner.dep_ != "relcl" or inner.pos_ not in ("VERB", "AUX") or inner.head.pos_ not in ("NOUN", "PROPN") or \
            after_comma(inner) or inner.head.i >= inner.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in inner.children):
        return None  # "the firm the union sued in court, which ...": no relative word of its own
    end = max(t.i for t in inner.subtree if t.i < clause.left_edge.i and not t.is_punct)
    if end != noun.i:
        return None
    return inner.head


def place_after_thing(clause: Token, words: EventWords) -> bool:
    """Whether a comma's object "which" is hung on a place's name right after "a/the N in/at" ("sold to
    a scrapyard in the Midlands, which officers searched on Wednesday"; "a depot at Crewe, which
    inspectors visited"), however the parser attached the place's phrase: what was searched may be
    the thing (the scrapyard) or the place, and the parse's place says the wrong thing as often as
    not ("Officers searched the Midlands"; "the talks in Geneva, which the envoy chaired": the talks).
    Unsure: the relative word is left as it is, and garbled.py's `bare_relative` leaves the row out
    (round 50). After a plural thing ("troops in Ukraine, which Russia invaded"), a person, a bare
    noun or a place after no noun, the parse's place stands."""
    noun = clause.head
    if not after_comma(clause) or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or \
            noun.head.lower_ not in words.place_name_preps or \
            not (noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC")):
        return False
    return _thing_before(noun.head, words)


def time_after_object(clause: Token, words: EventWords) -> bool:
    """Whether a comma's object "which" is hung on a time expression in a phrase of the verb right after
    the verb's object ("would cut its sales forecast for the year, which it had raised in May"): what
    was raised is the forecast, not the year, and the parse's time says the wrong thing ("It had raised
    the year"). Unsure (round 64a): the relative word is left as it is and the row goes, as after
    `place_after_thing`."""
    noun = clause.head
    if not after_comma(clause) or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or \
            not (noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in words.time_unit_nouns):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in words.thing_relatives for c in clause.children):
        return False
    prep = noun.head
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i for c in verb.children)


def reference_point(clause: Token, words: EventWords) -> bool:
    """Whether a comma's "which" is hung on the place that a compass word measures from ("a lake ...,
    about 40 kilometres south of Lindau, which burst its banks"; "a dam north of the city, which
    failed"): the place is only where the thing lies from, and the clause is most often the thing's,
    a noun before the phrase the parse cannot pick out (round 64a). Unsure: the row goes rather than
    tell "Lindau burst its banks"."""
    noun = clause.head
    if not after_comma(clause) or noun.dep_ != "pobj" or noun.head.lower_ not in words.genitive_preps:
        return False
    return noun.head.head.lower_ in words.compass_words


def thing_near_place(clause: Token, words: EventWords) -> Token | None:
    """The thing a comma's "which" stands for when the parser hung it on a place's name right after "a/the
    N near/outside/beside/off" ("trained in a lake near Lviv, which froze over in January"; "a hotel
    outside Porto, which opened in March"): the name only says where the thing lies, and the parse's
    place says the wrong thing ("Lviv froze over"). A subject "which" of a verb with no object is the
    thing's (round 65g); an object "which" or a clause with an object ("a village near Kherson, which
    the army took") is unsure: the relative word is left (as `reference_point`), and the row goes. None
    when the phrase is no such place after a thing's noun."""
    noun = clause.head
    if not after_comma(clause) or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or \
            not (noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC")):
        return None
    subject = any(c.dep_ == "nsubj" and c.lower_ in words.thing_relatives for c in clause.children)
    if _part_of_place(noun, words):
        # "the mill on the slopes of the Croix-Rousse, which councillors voted to convert": the mill or
        # the hill? Unsure for an object "which"; a subject one keeps the parse ("a house on the banks of
        # the Elbe, which flooded": the river may flood)
        return None if subject else clause
    if noun.head.lower_ not in words.nearby_preps or not _thing_before(noun.head, words):
        return None
    thing = noun.doc[noun.head.i - 1]
    if subject and not any(c.dep_ in ("dobj", "attr", "ccomp", "dative", "xcomp") for c in clause.children):
        return thing
    return clause  # unsure: a token that is no noun


def _part_of_place(noun: Token, words: EventWords) -> bool:
    """Whether a place's name ends "a/the N <place prep> the <part> of <Place>" ("a mill on the slopes of
    the Croix-Rousse", "a shop near the edge of Leeds"): the name is a part's, and the part a thing's."""
    part = noun.head.head
    if noun.head.lower_ not in words.genitive_preps or part.pos_ != "NOUN" or part.ent_type_ or \
            part.dep_ != "pobj" or part.head.dep_ != "prep" or \
            not any(c.dep_ == "det" for c in part.children):
        return False
    prep = part.head
    return (prep.lower_ in words.nearby_preps or prep.lower_ in words.place_name_preps or
            prep.lower_ in words.surface_preps) and \
        _thing_before(prep, words)


def _thing_before(prep: Token, words: EventWords) -> bool:
    """Whether the word right before the place's preposition is a thing's noun with its article or
    owner ("a scrapyard in ...", "the depot at ..."), no person's and no name's."""
    if prep.i == 0:
        return False
    thing = prep.doc[prep.i - 1]
    if thing.pos_ != "NOUN" or thing.ent_type_ or thing.tag_ != "NN" and not is_event_noun(thing, words) or \
            not any(c.dep_ in ("det", "poss") for c in thing.children):
        return False
    from .actors import may_be_person
    return not may_be_person(thing, words)


def thing_at_place(clause: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether a comma's subject "which" of an institution's opening or closing (the pack's
    `institution_verbs`, no object) is hung on a place right after "a/the N at/in" ("set up a
    vaccination centre at the Edouard Herriot hospital, which will open on Thursday"; "a new depot in
    Leeds, which closed in May"), wherever the parser hung the place's phrase (often on the verb, so
    the rule of an owner noun below never saw the thing): the thing and the place may both open or
    close, and the parse's place says the wrong thing as often as not ("The Edouard Herriot hospital
    will open"). Unsure, as `place_after_thing` for an object "which" (round 50). Another verb ("a
    seeding at Wimbledon, which begins on June 28": Wimbledon), a place that is no name ("a shop in
    the square, which ..."), a clause with an object, a person or a plural before the preposition
    keep the other rules."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or pronoun.dep_ not in ("nsubj", "nsubjpass") or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in words.place_name_preps or \
            not (noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or _place_like(noun)):
        return False
    if clause.lemma_.lower() not in words.institution_verbs or \
            any(c.dep_ in ("dobj", "attr", "ccomp", "dative") for c in clause.children):
        return False  # "a seeding at Wimbledon, which begins", "a plant in Ohio, which closed a line": the place's
    return _thing_before(noun.head, words)


def person_of_group(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The named person a comma's "who" stands for when the parser hung it on the organisation or place
    of that person's own phrase: "Gabriel Stanciu of the group Forest Watch Romania, who has campaigned
    for a ban since 2005" (Stanciu campaigns; an organisation or a town is no "who"); None when the
    phrase's noun may be a person ("a friend of John Smith, who ...") or its owner is no named person."""
    noun = clause.head
    kind = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children) or \
        noun.dep_ == "appos" and noun.head.pos_ == "NOUN"  # "the union Unite", "the group Forest Watch"
    if pronoun.lower_ not in words.person_relatives or not after_comma(clause) or noun.pos_ != "PROPN" or \
            noun.ent_type_ not in ("ORG", "GPE", "FAC", "LOC") and not (kind and not noun.ent_type_):
        return None
    phrase = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and not noun.head.ent_type_ else noun
    if phrase.dep_ != "pobj" or phrase.head.dep_ != "prep" or phrase.head.lower_ not in words.genitive_preps:
        return None
    owner = phrase.head.head
    return owner if owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN" else None


def person_before_body(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The person a "who" with no comma before it stands for when the parser hung it on the
    organisation or place that ends a person noun's phrase: "Ana Ruiz, a chemist at the Soil Institute
    who sampled the field in 2018" (the chemist sampled it; an organisation is no "who"). The name the
    person noun is set beside, else the person noun itself ("a chemist at the Soil Institute who ...");
    None when the phrase's noun may be a person (the tagger calls it no organisation or place) or the
    noun before the preposition names no person (round 65a). A comma's "who" is left to
    guarded_antecedent's own rule."""
    noun = clause.head
    if pronoun.lower_ not in words.person_relatives or after_comma(clause) or \
            noun.ent_type_ not in ("ORG", "GPE", "FAC", "LOC") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    owner = noun.head.head
    if owner.pos_ == "PROPN" and owner.ent_type_ == noun.ent_type_ and owner.dep_ == "pobj" and \
            owner.head.dep_ == "prep" and owner.ent_iob_ == "B" and noun.ent_iob_ == "I":
        # "at the Institute for Soil Science who ...": the clause hung on a noun inside the name
        owner = owner.head.head
    from .actors import may_be_person
    if owner.pos_ != "NOUN" or owner.i > noun.i or owner.ent_type_ or not may_be_person(owner, words):
        return None
    if owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and owner.head.ent_type_ in PERSON_LIKE:
        return owner.head  # "Ana Ruiz, a chemist at the Soil Institute who ...": Ana Ruiz
    return owner


def _in_participle_phrase(noun: Token, owner: Token, words: EventWords) -> bool:
    """Whether the noun a comma's "which" is hung on ends a phrase of a participle that modifies a
    noun further back ("rules limiting the number of products allowed in the European Union, which
    took effect in 2023"): the clause may be any noun's of the chain, most often its head's ('rules'),
    and the parse's last noun says the wrong thing ("The European Union took effect"): unsure."""
    head = owner.head
    if owner.dep_ == "pcomp" and owner.pos_ in ("VERB", "AUX") and head.dep_ == "prep" and \
            head.head.pos_ in ("NOUN", "PROPN") and head.head.i < owner.i < noun.i:
        # "tighter rules on how implants are approved in Europe, which took effect in 2021": a clause
        # after the preposition of a noun further back, as unsure as a participle's phrase (round 64a)
        return not is_event_noun(noun, words)
    if owner.dep_ != "acl" or owner.tag_ not in ("VBN", "VBG") or head.i == owner.i or \
            head.pos_ not in ("NOUN", "PROPN") or not head.i < owner.i < noun.i:
        return False
    if head.dep_ == "advcl" or any(c.dep_ == "mark" for c in head.children):
        return False  # "while the column made for Garkem, which was captured": a finite verb misread
    return not is_event_noun(noun, words)  # "costs tied to the acquisition, which was terminated": the happening


def _acts(clause: Token) -> bool:
    """Whether a relative clause tells an act with an object or complement of its own ("which
    announced a merger", "which began a strike"): a deed its nearest noun may do."""
    return any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "dative") and not _passive_due(c)
               for c in clause.children)


def _counted_in_owner(noun: Token, owner: Token) -> bool:
    """Whether the noun a comma's "which" is hung on is a counted noun in the phrase of a common noun
    before it ("temporary seating for another 1,500 spectators, which should be installed by early
    July"): the count says how big the owner is, and the clause is most often the owner's; told with
    the counted noun ("Another 1,500 spectators should be installed") the row says the wrong thing, so
    the antecedent is left unsure."""
    if owner.pos_ == "VERB":  # "needs parking space for another 800 cars": the phrase hung on the verb
        owner = next((c for c in owner.children if c.dep_ == "dobj" and c.right_edge.i + 1 == noun.head.i), owner)
    return owner.pos_ == "NOUN" and owner.i < noun.i and noun.tag_ == "NNS" and \
        any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def passive_in_indefinite_owner(clause: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether a restrictive "that"/"which" of a passive with no object is hung on an indefinite
    noun inside the phrase of another indefinite noun ("a 90 million crown loan from a regional
    development fund that was approved on Tuesday"; "a grant from a charity that was agreed in May"):
    what was approved is as often the first noun as the parse's second, and told with the wrong one
    the row says what the text does not ("A regional development fund was approved"). Unsure (round
    57a): the row goes. "of" keeps its noun ("a copy of a report that was published in May": the
    report), and so does a clause with an object, a name or a person before the preposition."""
    noun = clause.head
    if pronoun.tag_ != "WDT" or pronoun.dep_ != "nsubjpass" or after_comma(clause) or _acts(clause) or \
            noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.ent_type_ or is_event_noun(noun, words):
        return False
    prep = noun.head
    owner = prep.head
    if prep.dep_ != "prep" or prep.lower_ in words.genitive_preps or owner.pos_ != "NOUN" or owner.i > noun.i:
        return False
    if not all(any(c.dep_ == "det" and c.lower_ in words.indefinite_articles for c in n.children)
               for n in (noun, owner)):
        return False
    lemma = owner.lemma_.lower()  # ("grant" has a person's suffix: the role words only)
    return lemma not in words.generic_people and lemma not in words.gendered_words


def _noun_before_comma(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a comma's "which" the parser hung on a noun further back ("would meet management ... to
    discuss a rehiring list and pay, which has not risen": hung on "management"), the noun right
    before the comma, when it is the last of joined nouns and the clause's verb is singular ("pay");
    else `pronoun` (unsure: no row). None when the word before the comma is the parsed noun or
    inside its phrase ("the price of oil, which"), or no common noun."""
    if pronoun.lower_ not in words.thing_relatives or pronoun.i < 2 or not after_comma(clause):
        return None
    doc = clause.doc
    if clause.left_edge.i != pronoun.i:
        return None
    last = doc[pronoun.i - 2]
    noun = clause.head
    if last.pos_ != "NOUN" or last.i <= noun.i or any(t.i == last.i for t in noun.subtree):
        return None  # the parsed noun itself, or a word of its own phrase
    singular = clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children)
    if last.dep_ == "conj" and last.tag_ == "NN" and singular:
        return last
    return pronoun


def _apposed_noun_before(clause: Token, pronoun: Token) -> Token | None:
    """"Alan Forsyth, a member of the Friends of Kelvinside, a supporters' group that has raised 240,000
    pounds": the parser hangs the clause on "member", but a relative pronoun right after an apposed
    noun with no comma between picks that noun out ("a group that ..."): the group raised the money,
    not the member. The apposed noun, when it heads a phrase inside the parse's noun's own; else None."""
    doc = clause.doc
    if pronoun.i == 0 or pronoun.i != clause.left_edge.i:
        return None
    noun = doc[pronoun.i - 1]
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.i == clause.head.i or \
            not clause.head.is_ancestor(noun):
        return None
    return noun


def first_relative_noun(pronoun: Token, words: EventWords) -> Token | None:
    """For the second of two joined relatives ("the increase, which the district council approved in
    March and which took effect on August 1"), the noun before the first one's comma: both are about
    it, whatever noun the parser hung the second on (it hung it on "council", and the row read "The
    district council took effect"; round 61a). `pronoun` itself (unsure) when the word before that
    comma is no noun; None when `pronoun` follows no conjunction after an earlier comma's "which"."""
    doc = pronoun.doc
    if pronoun.lower_ not in words.thing_relatives or pronoun.i < 4 or doc[pronoun.i - 1].dep_ != "cc":
        return None
    start = pronoun.sent.start
    earlier = next((doc[i] for i in range(pronoun.i - 2, start - 1, -1) if doc[i].lower_ in words.thing_relatives), None)
    if earlier is None or earlier.i < start + 2 or doc[earlier.i - 1].text != "," or \
            any(t.text in (",", ";") or t.is_sent_start for t in doc[earlier.i + 1:pronoun.i]):
        return None
    noun = doc[earlier.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") else pronoun


def name_in_owner_phrase(clause: Token, pronoun: Token) -> Token | None:
    """The common noun a restrictive "that"/"which" (no comma before it) stands for when the parser hung
    it on a name ending that noun's phrase: "pay talks with Halvard Ferries that are due to start in
    March", "a team from the Highlands that was founded in 1901", "shares in Orvell that were sold". A
    restrictive clause picks out one of a kind, and a name is already one: it takes no restrictive
    clause of its own, so the clause is the common noun's (round 70a; the rows read "Halvard Ferries
    are due to start", "The Highlands was founded"). Only a subject relative word right after the name,
    no date or time, and a common noun before the preposition; else None."""
    noun = clause.head
    if pronoun.tag_ != "WDT" or pronoun.dep_ not in ("nsubj", "nsubjpass") or after_comma(clause) or \
            clause.left_edge.i != pronoun.i or noun.pos_ != "PROPN" or noun.ent_type_ in ("DATE", "TIME") or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.i + 1 != pronoun.i:
        return None
    owner = noun.head.head
    if owner.pos_ != "NOUN" or owner.ent_type_ or owner.i > noun.i:
        return None
    return owner


def thing_before_agent(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a subject "which"/"that" the parser hung on the doer of a participle's "by" phrase ("a small
    gallery run by the Ardmore Arts Trust, which is expected to open in 2030"; "a claim brought by the
    county, which will be heard in July"), the thing the participle tells of: the doer is named only to
    say who made, runs or brought the thing, and a clause of what befalls something without an object
    (opening, closing, going live, starting) is the thing's (round 70a: the rows read "The Ardmore Arts
    Trust is expected to open", "The county will be heard"). A passive clause ("which was founded in
    1990": the trust's or the gallery's?) or a thing whose number the verb does not share is unsure:
    the relative word itself, and the row goes. A clause with an object or of a doer's verb (the
    pack's `acting_verbs`: "which voted in May", "which also runs two parks") keeps the doer; so does a
    "who". None when the noun is no participle's doer."""
    noun = clause.head
    if pronoun.tag_ != "WDT" or pronoun.dep_ not in ("nsubj", "nsubjpass") or noun.dep_ != "pobj" or \
            noun.head.dep_ != "agent" or noun.i > pronoun.i:
        return None
    participle = noun.head.head
    if participle.tag_ != "VBN":
        return None
    if participle.dep_ == "acl":
        thing = participle.head
    else:  # "a small museum run by ...": "museum run" misread as a compound before a noun "run"
        thing = next((c for c in participle.children if c.dep_ == "compound" and c.i == participle.i - 1), None)
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ or thing.i > participle.i:
        return None
    told = thing if participle.dep_ == "acl" else participle  # the misread phrase is told whole
    verbs = _clause_verbs(clause)
    if any(v.lemma_.lower() in words.acting_verbs or
           any(c.dep_ in ("dobj", "attr", "ccomp", "dative") for c in v.children) for v in verbs):
        return None  # "a plan backed by the council, which voted on Monday": the council
    from .relative_number import number_clash, verb_number
    if any(c.dep_ == "auxpass" for v in verbs[-1:] for c in v.children) or \
            number_clash(verb_number(clause, words), thing):
        return pronoun  # "a claim brought by the county, which will be heard": the claim or the county?
    return told


def guarded_antecedent(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The antecedent a relative clause's subject pronoun stands for when the parse's head noun is
    unsafe: a better noun, or `pronoun` itself when unsure; None when the parse's head may stand."""
    worth = worth_antecedent(clause, words)
    if worth is not None:
        return worth  # "the contracts, worth about 48 million euros, which were signed": the contracts
    first = first_relative_noun(pronoun, words)
    if first is not None:
        return first  # "the increase, which X approved in March and which took effect": the increase
    outer = outer_antecedent(clause, words)
    if outer is not None:
        return outer  # "a system that tracks felling in real time, which was launched": the system
    apposed = _apposed_noun_before(clause, pronoun)
    if apposed is not None:
        return apposed  # "a member of the Friends, a supporters' group that has raised ...": the group
    member = person_of_group(clause, pronoun, words)
    if member is not None:
        return member  # "Gabriel Stanciu of the group Forest Watch Romania, who has campaigned": Stanciu
    affiliated = person_before_body(clause, pronoun, words)
    if affiliated is not None:
        return affiliated  # "Ana Ruiz, a chemist at the Soil Institute who sampled the field": Ana Ruiz
    from .relative_places import person_before_place
    person = person_before_place(clause, pronoun, words)
    if person is not None:
        return person  # "a cyclist in Arnhem, who posted a photograph": the cyclist (relative_places.py)
    doer = thing_before_agent(clause, pronoun, words)
    if doer is not None:
        return doer  # "a gallery run by the Ardmore Arts Trust, which is expected to open": the gallery
    named = name_in_owner_phrase(clause, pronoun)
    if named is not None:
        return named  # "pay talks with Halvard Ferries that are due to start": the talks
    if passive_in_indefinite_owner(clause, pronoun, words):
        return pronoun  # "a loan from a regional fund that was approved on Tuesday": the loan or the fund?
    before = _noun_before_comma(clause, pronoun, words)
    if before is not None:
        return before  # "meet management to discuss a list and pay, which has not risen": pay
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or not after_comma(clause):
        return None
    owner = noun.head.head
    if body_in_place(clause, pronoun, words):
        return owner  # "a lower court in Odense, which sided with the ministry": the court, not the town
    from .relative_number import place_in_owner, plural_clash, singular_clash
    clash = plural_clash(clause, pronoun, words) or singular_clash(clause, pronoun, words) or \
        place_in_owner(clause, pronoun, words)
    if clash is not None:
        return clash  # "a dispute over taxes, which was settled"; "the plant in Horsens, which has been shut"
    from .relative_places import thing_before_place
    placed = thing_before_place(clause, pronoun, words)
    if placed is not None:
        return placed  # "a similar leak in Upper Austria, which led the government to ...": the leak (relative_places.py)
    made = made_thing(clause, pronoun, noun, words)
    if made is not None:
        return made  # "a memorial to the victims of the 1917 explosion, which is to be unveiled": the memorial
    from .place_relatives import named_owner
    named = named_owner(clause, pronoun, words)
    if named is not None:
        return named  # "the Nubia Museum in Aswan, which opened in 1997": the museum (place_relatives.py)
    near = thing_near_place(clause, words) if pronoun.lower_ in words.thing_relatives else None
    if near is not None:
        return near if near.i != clause.i else pronoun  # "a lake near Lviv, which froze over": the lake
    if thing_at_place(clause, pronoun, words):
        return pronoun  # "a vaccination centre at the X hospital, which will open": the centre or the hospital?
    if pronoun.lower_ in words.thing_relatives and (_in_participle_phrase(noun, owner, words) or
                                                    reference_point(clause, words)):
        return pronoun  # "rules limiting the products allowed in the EU, which took effect": rules or the EU?
    if pronoun.lower_ in words.thing_relatives and _counted_in_owner(noun, owner) and not _acts(clause):
        return pronoun  # "seating for another 1,500 spectators, which should be installed": the seating
    if pronoun.lower_ in words.person_relatives:
        if noun.ent_type_ == "PERSON":
            return None  # "a friend of John Smith, who ...": a person may be meant
        if owner.dep_ == "appos" and owner.pos_ == "NOUN" and owner.head.pos_ == "PROPN" and \
                owner.head.ent_type_ in PERSON_LIKE:
            # "Jane Roe, a former director of the Water Board, who was jailed": the named person the
            # title stands beside (the tagger often calls such a name an organisation)
            return owner.head
        return None  # no title beside a name: the tagger's kind for the name is too often wrong to judge by
    if owner.pos_ == "VERB" and pronoun.lower_ in words.thing_relatives and not is_event_noun(noun, words):
        # "without raising contract prices for building owners, which had already gone up": the
        # phrase hung on the verb, right after its object (round 61a)
        thing = next((c for c in owner.children if c.dep_ == "dobj" and c.i == noun.head.i - 1), None)
        return whole_phrase(clause, noun, thing, words) if thing is not None else None
    if _paper_of_happening(clause, pronoun, noun, owner, words):
        return owner  # "the loan agreement for the renovation, which was signed in April": the agreement
    if pronoun.lower_ not in words.thing_relatives or owner.pos_ != "NOUN" or is_event_noun(noun, words) or \
            noun.ent_type_ in ("DATE", "TIME"):
        return None
    if _doer_in_phrase(clause, noun, owner, words):
        return None  # "help from the regional fund, which will decide next week": the fund decides
    if not any(c.dep_ == "det" and c.lower_ in _owner_articles(noun, clause, words) for c in owner.children):
        return whole_phrase(clause, noun, owner, words)  # "talks with employers, which broke down": the talks
    if _acts(clause):
        return None  # "talks with Acme, which announced a merger": an agent's act, the name's
    if is_event_noun(owner, words):
        return owner  # "the fighting between X and Y guards, which broke out at dawn": the happening
    return pronoun


def _paper_of_happening(clause: Token, pronoun: Token, noun: Token, owner: Token, words: EventWords) -> bool:
    """Whether a comma's subject "which" of a signing passive (the pack's `signing_verbs`: "which was
    signed in April", "which was ratified in May") is hung on the noun inside the phrase of a paper's
    noun (the pack's `made_nouns`: "the loan agreement for the renovation", "the treaty with Peru"), or
    on a happening's noun after a thing's ("the permit for the demolition"), that is no paper itself:
    what is signed is the agreement, never the renovation (round 71a: the row read "The renovation was
    signed")."""
    if pronoun.lower_ not in words.thing_relatives or pronoun.dep_ != "nsubjpass" or owner.pos_ != "NOUN" or \
            owner.ent_type_ or noun.lemma_.lower() in words.made_nouns or noun.pos_ != "NOUN" or owner.i > noun.i:
        return False
    if owner.lemma_.lower() not in words.made_nouns and (is_event_noun(owner, words) or not is_event_noun(noun, words)):
        return False  # "the permit for the demolition" (a thing before a happening) passes; "a ceremony for the deal" not
    return any(v.lemma_.lower() in words.signing_verbs and any(c.dep_ == "auxpass" for c in v.children)
               for v in _clause_verbs(clause))


def body_in_place(clause: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether a comma's subject "which" hung on the name in "a/the <body> in/at <name>" ("a lower court
    in Odense", "the regional council in Tromso", "a bank in Zurich") tells a doer's act, active (the
    pack's `acting_verbs`: "which sided with the ministry", "which voted", "which agreed to"): the name
    only says where the body sits, and the row made the town the doer ("Odense sided with the ministry",
    round 71a). Only a body's noun (the pack's `acting_bodies`, `public_body_words`, `generic_orgs`)
    right before the preposition; a person's ("an analyst at Barclays, which said") keeps the name."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or pronoun.dep_ != "nsubj" or not after_comma(clause) or \
            noun.pos_ != "PROPN" or noun.ent_type_ not in ("GPE", "LOC", "ORG", "") or noun.dep_ != "pobj" or \
            noun.head.dep_ != "prep" or noun.head.lower_ not in words.place_name_preps:
        return False
    owner = noun.head.head
    lemma = owner.lemma_.lower()
    if owner.pos_ != "NOUN" or owner.ent_type_ or owner.i + 1 != noun.head.i or \
            lemma not in words.acting_bodies and lemma not in words.public_body_words and lemma not in words.generic_orgs or \
            not any(c.dep_ in ("det", "poss") for c in owner.children):
        return False
    return any(v.lemma_.lower() in words.acting_verbs and not any(c.dep_ == "auxpass" for c in v.children)
               for v in _clause_verbs(clause))


def _may_act(noun: Token, words: EventWords) -> bool:
    """A company's word ("the brewing giant", "the insurer") or a singular noun that may name a person
    ("the owner"): a doer a relative's clause may be about."""
    from .actors import may_be_person
    return noun.lemma_.lower() in words.generic_orgs or noun.tag_ == "NN" and may_be_person(noun, words)


def _clause_verbs(clause: Token) -> list[Token]:
    """A relative clause's verb and the open complements it carries ("which is expected to be unveiled":
    expected, unveiled; "which is due to be unveiled": is, due, unveiled): the few words whose lemma
    says what the clause's subject does."""
    verbs = [clause]
    while len(verbs) < 4:
        nxt = next((c for c in verbs[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") or
                    c.dep_ == "acomp" and any(g.dep_ == "xcomp" for g in c.children)), None)
        if nxt is None:
            break
        verbs.append(nxt)
    return verbs


def _can_act(noun: Token, words: EventWords) -> bool:
    """A body's noun ("the fund", "the council", "the insurer"), a role's ("the governors") or a singular
    noun that may name a person ("the owner"): a doer."""
    lemma = noun.lemma_.lower()
    return lemma in words.acting_bodies or lemma in words.public_body_words or lemma in words.generic_people or \
        _may_act(noun, words)


def _doer_in_phrase(clause: Token, noun: Token, owner: Token, words: EventWords) -> bool:
    """Whether a comma's "which" the parser hung on the nearer noun of "N1 <prep> N2" stays N2's because
    its verb needs a subject that can act (the pack's `acting_verbs`: "decide", "vote", "agree") and
    N2 is a body or a person while N1 is not: "help from a regional fund, which will decide next week"
    (round 63c); told with the whole phrase, the row read "Help from a regional fund will decide"."""
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False  # "a grant from the fund, which was approved on Monday": a passive needs no doer
    return any(v.lemma_.lower() in words.acting_verbs and not any(c.dep_ == "auxpass" for c in v.children)
               for v in _clause_verbs(clause)) and noun.pos_ == "NOUN" and _can_act(noun, words) and not _can_act(owner, words)


def made_thing(clause: Token, pronoun: Token, noun: Token, words: EventWords) -> Token | None:
    """For a comma's subject "which" of a making or showing passive (the pack's `showing_verbs`: "which
    is expected to be unveiled", "which was opened in 1932") that the parser hung on a noun at the end
    of a chain of phrases ("a memorial to the victims of the 1917 explosion"), the made thing: the
    outermost common noun of the chain that is no happening, no person and agrees with the verb's
    number, told with its whole phrase (round 63c: the row read "The 1917 explosion is expected to be
    unveiled"); the parse's own noun when the nouns before it are happenings ("the restoration of the
    church, which was built in 1850": the church). None when the verb is no such passive or the chain
    hangs on a noun through another preposition ("a mural on the wall of the library": unsure)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in words.thing_relatives or not any(
            v.lemma_.lower() in words.showing_verbs and any(c.dep_ == "auxpass" for c in v.children)
            for v in _clause_verbs(clause)):
        return None
    chain = [noun]
    while len(chain) < 5:
        last = chain[-1]
        if last.dep_ != "pobj" or last.head.dep_ != "prep" or last.head.lower_ not in words.made_thing_preps or \
                last.head.head.pos_ != "NOUN":
            break
        chain.append(last.head.head)
    top = chain[-1]
    if any(t.dep_ == "appos" for t in chain):
        return None  # "spectators attended, a record for the course, which was rebuilt": an aside, misread
    if len(chain) == 1 or top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        return None  # "a mural on the wall of the library, which was painted": the chain goes on, unsure
    from .actors import may_be_person
    from .relative_number import number_clash, verb_number
    number = verb_number(clause, words)
    for thing in reversed(chain):
        if thing.pos_ != "NOUN" or thing.ent_type_ or is_event_noun(thing, words) or may_be_person(thing, words) or \
                number_clash(number, thing):
            continue
        return thing  # the parse's own noun when those before it are happenings ("the restoration of the church")
    return None


def whole_phrase(clause: Token, noun: Token, owner: Token, words: EventWords) -> Token | None:
    """The noun before the preposition, told with its whole phrase ("Fees for housing disputes were
    raised", "Talks with employers broke down"), for a comma's subject "which" the parser hung on a
    common noun inside that phrase when the clause tells no act with an object of its own (round
    61a): the parser hangs the clause on the nearer noun, but the relative is as often about the
    first, and the whole phrase names both. None (the parse's noun stands) when the clause has an
    object, when the nearer noun is a name or a place ("the headquarters of Acme, which ...": Acme
    may act) or, after no happening's noun, a company's word or a person's ("a threat from the brewing
    giant, which accounted for 41% of sales"), when the verb's number is the nearer noun's and not the first's, or when the first
    noun is no common noun with a preposition of the pack's `phrase_preps`."""
    prep = noun.head
    if owner.dep_ == "appos" or any(c.dep_ == "amod" and c.tag_ == "VBD" for c in owner.children):
        return None  # "the final round, a record for the event, which"; "bent part of the dish": misread
    if _acts(clause) or noun.pos_ != "NOUN" or noun.ent_type_ or _place_like(noun) or \
            owner.pos_ != "NOUN" or owner.ent_type_ or prep.lower_ not in words.phrase_preps or \
            owner.tag_ not in ("NN", "NNS") or noun.tag_ not in ("NN", "NNS"):
        return None
    if not is_event_noun(owner, words) and _may_act(noun, words):
        return None  # "a powerful threat from the brewing giant, which last year accounted for 41%": the giant
    if _institution_life(clause, noun, words):
        return None  # "a display of old trams from a city museum, which reopened in May": the museum
    if _doer_in_phrase(clause, noun, owner, words):
        return None  # "help from a regional fund, which will decide next week": the fund, not the help
    from .relative_number import number_clash, verb_number
    if number_clash(verb_number(clause, words), owner):
        return None  # "fees for the dispute, which was settled": the dispute
    if is_event_noun(owner, words) and owner.lemma_.lower() not in words.amount_nouns | words.owned_amounts and \
            _changes_by_amount(clause, words):
        return None  # "talks over milk prices, which fell by 12 percent": a happening has no amount to fall by
    return owner


def _institution_life(clause: Token, noun: Token, words: EventWords) -> bool:
    """Whether a relative clause tells, with no object and in the active, an event of an institution's
    life (the pack's `institution_verbs`: "which reopened in May", "which closed in 2019") and the
    nearer noun is a singular thing that is no happening ("a museum", "the plant"): such a clause is
    that noun's, not the phrase's before it ("old trams from a city museum", "the sale of the plant";
    round 71a: the row read "Old trams from a city museum reopened")."""
    if clause.lemma_.lower() not in words.institution_verbs or \
            any(c.dep_ in ("auxpass", "dobj", "attr", "dative") for c in clause.children):
        return False
    return noun.tag_ == "NN" and not is_event_noun(noun, words)


def _changes_by_amount(clause: Token, words: EventWords) -> bool:
    """Whether a relative clause's verb is a change by an amount ("which fell by about 12 percent", "which
    rose 4% to 2 billion"): a verb of the pack's `change_verbs` with a number under "by/to/from" or as its
    own object or measure; what changes is a measurable thing, never a happening's noun (round 65g)."""
    if clause.lemma_.lower() not in words.change_verbs:
        return False
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in words.change_amount_preps:
            if any(t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") for t in c.subtree):
                return True
        elif c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
            return True
    return False


def object_phrase_owner(clause: Token, words: EventWords) -> Token | None:
    """For a comma's object "which" the parser hung on the noun inside a phrase of a common noun
    ("the approval of the national housing ministry, which the council expects"; "a court challenge
    from the Karoo Water Alliance, which the alliance lost"), the noun before the preposition, to be
    told with its whole phrase ("The council expects the approval of the national housing ministry",
    round 61a): what is expected, lost or submitted is as often the first noun, and the whole phrase
    names both. When the clause's own subject repeats the phrase's noun ("the alliance"), that noun
    cannot be its object, whatever it is. Else only a common noun in the phrase (a name may be what
    is meant: "a letter to Acme, which police raided"), or any noun after a happening's noun ("the
    approval of the national housing ministry": what is expected is the approval); None when the
    parse's noun stands."""
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in words.phrase_preps or \
            not after_comma(clause) or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if not any(c.dep_ in ("dobj", "pobj") and c.lower_ in words.thing_relatives for c in clause.subtree):
        return None  # "an interview with the mayor, whom police arrested": the mayor
    owner = noun.head.head
    if owner.pos_ != "NOUN" or owner.tag_ not in ("NN", "NNS") or owner.ent_type_ or \
            any(c.dep_ == "nummod" for c in noun.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and \
            any(t.lemma_.lower() == subject.lemma_.lower() for t in noun.subtree if t.i <= noun.i):
        return owner  # "a challenge from the Karoo Water Alliance, which the alliance lost": not itself
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the sale of its Russian business, which it had put up for sale": the business
    if is_event_noun(owner, words):
        return owner  # "the approval of the national housing ministry, which the council expects": the approval
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.ent_type_ or _place_like(noun) or \
            noun.head.lower_ in words.instrument_preps:
        return None  # "a letter to the ministry, which the council criticised": the ministry may be meant
    return owner  # "a bid for the stadium, which the club submitted": the bid
