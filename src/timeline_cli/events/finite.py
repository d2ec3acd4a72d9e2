"""Rows that need a finite verb, and quotations that are no event (docs/events.md, "Finite verbs and
quotations"; issue 10, items 3 and 5).

* A past participle with no auxiliary of its own tells its event in the passive, and its row says so
  with "was"/"were" around its noun: a reduced relative ("a truce agreed last year" -> "A truce was
  agreed"), a participle before the clause ("Founded in 2011 by two engineers, Nordlys ..." ->
  "Nordlys was founded by two engineers"), a participle between commas that the parser made its
  noun's verb ("A previous pact, agreed last year, collapsed" -> "A previous pact was agreed"). A
  reduced relative set off by commas after a noun inside a prepositional phrase ("an agreement with
  the unions, signed in 2022,") may belong to either noun: no row rather than the wrong one. One
  dated after the article's day, or on a noun the parser made the sentence's root, stays as it is.
  The second of two passives that share an auxiliary ("was shut down and cleaned") is not written
  here: events/gapped.py writes the auxiliary back. A participle of scheduling or expecting with its
  to-infinitive, dated after the article's day, takes the present ("a bill, introduced in 2024 and
  expected to become law this autumn," -> "The bill is expected to become law", round 66b).
* A present participle with no auxiliary, with a subject ("with the captain retiring to a farm in
  September") or after a preposition ("before moving to a club in July"), has no finite verb: dated
  after the article's day it will happen ("The captain will retire to a farm"); before it, one with
  its own subject was going on then ("with the bank's shares plunging 8 percent yesterday" -> "The
  bank's shares were plunging 8 percent"), and one without has no sure tense and is no row.
  A present participle with no subject, set off by commas before its finite verb, shares that verb's
  subject and tells what it was doing then ("Judge Ruth Okafor, reading the verdict shortly after
  noon, said ..." -> "Judge Ruth Okafor was reading the verdict", round 66b).
  "Starting" or "beginning" right on a noun of its verb's clause, dated after the article's day, tells
  the noun's start ("in a pilot project starting in March" -> "A pilot project will start", round 52c).
* A relative clause with no relative word whose verb lost its object to the gap ("permits the
  agency has issued since 2019") takes its noun back: "The agency has issued the permits".
* A clause whose subject or object is "I", "me", "we", "us" or "you", or a description with such a
  subject or object ("Berg said we begin the repairs"), is a quotation whose speaker the row cannot
  name ("They beat us"): no row. So is a clause about "anyone", "anybody" or "whoever": advice or a
  condition, not an event ("Anyone who travelled ... should call"). A named speaker's saying keeps
  "I" and "you" in what is said ("Coach Ana Lima said I am staying": "I" is Lima; "you" is mostly
  anyone), never "we". Without the saying, "I" and "me" are written as the speaker's name ('"I will
  vote on Sunday," Hale said' -> "Hale will vote"), or, with a present that agrees with "I" only ("I
  am staying", "I have"), the row goes. "My" or "our" on a subject or object ("My grandfather voted no in 1986," said
  ...), or elsewhere outside a named speaker's kept saying, is a quotation too: no row. A verb of
  saying with a hearer and a setting of its own ('"We are closing two wards," Sam Ode told nurses at a
  briefing on Monday') keeps its row without the "we" quotation: "Sam Ode told nurses at a briefing".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .apposed_names import apposition_name, counted_member
from .fragments import after_comma, passive_infinitive_marks
from .generic_relatives import generic_relative
from .governed_clauses import postposed_infinitive_noun
from .kept import misread_past
from .lead import expression_tokens
from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_AUXES = ("aux", "auxpass")


def unnamed_speaker(pred: Token, top: Token, words: EventWords) -> bool:
    """Whether the row's clause has a first- or second-person subject or object, or is about a generic
    "anyone", or is what such a subject saw or heard ("we saw the water coming up"; not what a verb of
    saying says). Module doc."""
    verbs = {pred.i: pred, top.i: top}
    head = top.head
    if top.dep_ in ("ccomp", "xcomp", "acl") and head.pos_ in ("VERB", "AUX") and \
            head.lemma_.lower() not in words.reporting:
        verbs[head.i] = head
    for verb in verbs.values():
        if any(c.dep_ in (*_SUBJECTS, "dobj", "dative") and _unnamed(c, words) and not _named_speaker(c, words)
               for c in verb.children):
            return True
        if verb.dep_ == "relcl" and _unnamed(verb.head, words):  # "Anyone who travelled ..."
            return True
    return False


def first_person_saying(pred: Token, spans: dict, words: EventWords) -> set[int]:
    """The words of what a verb of saying with a setting of its own says, when that is a quotation
    with "we" or "us" as a subject or object ('"We will keep the line open," Ravi Menon told workers
    at a meeting on Tuesday'): the telling is an event of its own ("Ravi Menon told workers at a
    meeting"), and the quotation, whose "we" no row can name, is left out of it rather than taking
    the row with it (round 53a). A setting: a prepositional phrase on the verb whose noun is no
    time expression ("at a meeting", "in a letter"), with a hearer ("told staff"): a bare "said on
    Tuesday", "told reporters on Tuesday" or "said at a rally" tells nothing but the saying, and stays
    without a row. Set() when none."""
    if pred.lemma_.lower() not in words.reporting or any(c.dep_ == "auxpass" for c in pred.children) or \
            not any(c.dep_ in ("dobj", "dative") for c in pred.children):
        return set()
    expressions = expression_tokens(spans)  # (`spans`: time expression -> its span)
    if not any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.i not in expressions for o in c.children)
                    for c in pred.children):
        return set()
    said = [c for c in pred.children if c.dep_ in ("ccomp", "parataxis")]
    if not any(t.dep_ in (*_SUBJECTS, "dobj", "dative") and t.lower_ not in words.named_speaker_pronouns and
               _unnamed(t, words) for c in said for t in c.subtree):
        return set()
    return {t.i for c in said for t in c.subtree}


def speaker_words(tokens: list[Token], words: EventWords, final: bool = False,
                  named: frozenset[int] = frozenset()) -> bool:
    """Whether a description has "we", "us", ... as a subject or object (a group the row cannot name:
    "Berg said we begin the repairs"), or "I", "me", "you" outside a named speaker's saying. `final`:
    the words are the row's last (after a reporter is added), and the saying must be among them ("I
    voted yes" cut from '..., said Rui Costa' goes), and so must it for "my" and "our"; `named`: the
    words written as their speaker's name (`speaker_names`). Module doc."""
    kept = {t.i for t in tokens} if final else None
    return any(t.i not in named and t.dep_ in (*_SUBJECTS, "dobj", "dative") and _unnamed(t, words) and
               not _named_speaker(t, words, kept) or final and _speaker_possessive(t, kept, words)
               for t in tokens)


def speaker_names(tokens: list[Token], words: EventWords) -> dict[int, str]:
    """"I" and "me" in a quotation whose named speaker's saying the description leaves out ('"I will
    vote on Sunday," Hale said' -> "Hale will vote"): each written as the speaker's name, unless its
    verb is a present that agrees with "I" only ("I am staying", "I have"). Module doc."""
    kept = {t.i for t in tokens}
    out = {}
    for token in tokens:
        if token.lower_ not in words.first_person_singular or token.lower_ not in words.named_speaker_pronouns or \
                token.dep_ not in (*_SUBJECTS, "dobj", "dative", "pobj"):
            continue
        saying = next((a for a in token.ancestors if a.lemma_.lower() in words.reporting), None)
        if saying is None or saying.i in kept:
            continue
        speaker = next((c for c in saying.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        verb = token.head
        if speaker is None or token.dep_ in _SUBJECTS and \
                any(v.tag_ == "VBP" for v in (verb, *(c for c in verb.children if c.dep_ in _AUXES))):
            continue
        name = [c for c in speaker.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [speaker]
        out[token.i] = " ".join(t.text for t in name)
    return out


def _speaker_possessive(token: Token, kept: set[int], words: EventWords) -> bool:
    """Whether `token` is "my" or "our" on a subject or object ("My grandfather voted no"), or
    elsewhere outside a named speaker's saying that the description keeps ("Gerstner said RJR will
    concentrate more on our own core businesses" stays)."""
    if token.tag_ != "PRP$" or token.lower_ not in words.speaker_possessives:
        return False
    if token.head.dep_ in (*_SUBJECTS, "dobj", "dative"):
        return True
    return not any(a.lemma_.lower() in words.reporting and a.i in kept and
                   any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in a.children)
                   for a in token.ancestors)


def _named_speaker(token: Token, words: EventWords, kept: set[int] | None = None) -> bool:
    """Whether `token` is "I", "me" or "you" in what a named speaker says ("Lima said I am staying"),
    the saying among the `kept` tokens when given."""
    return token.lower_ in words.named_speaker_pronouns and \
        any(a.lemma_.lower() in words.reporting and (kept is None or a.i in kept) and
            any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in a.children) for a in token.ancestors)


def _unnamed(token: Token, words: EventWords) -> bool:
    if token.tag_ == "PRP" and token.lower_ in words.speaker_pronouns and token.text not in words.pronoun_homographs:
        return True
    return token.lower_ in words.generic_pronouns


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in _AUXES for c in verb.children)


def _plural(noun: Token, verb: Token | None = None) -> bool:
    """Whether `noun` takes "were"; a conjunct after `verb`, the noun's own participle, is not its
    subject's ("a rifle found in April and a fibre ...": "A rifle was found")."""
    own = verb is not None and verb.head.i == noun.i and verb.dep_ in ("acl", "relcl")
    return noun.tag_ == "NNS" or any(c.dep_ == "conj" and not (own and c.i > verb.i) for c in noun.children)


def _passive_with_adverbs(verb: Token, subject: Token) -> dict[int, str]:
    """The substitutions that write "was"/"were" before a participle and the adverbs before it ("last
    repaired" -> "was last repaired"): the adverbs move after the auxiliary."""
    adverbs = verb.doc[_leading_adverbs(verb):verb.i]
    return {**{t.i: "" for t in adverbs},
            verb.i: _past_be(subject, verb) + "".join(t.text_with_ws for t in adverbs) + verb.text}


def _past_be(subject: Token, verb: Token | None = None) -> str:
    """The past of "be" that agrees with `subject` (of `verb`), with its space: "were " or "was "."""
    return "were " if _plural(subject, verb) else "was "


def finite_form(verb: Token, subject_tokens: list[Token], tokens: list[Token],
                ahead: bool, words: EventWords, coming: bool = False) -> tuple[bool, dict[int, str]]:
    """For a row on `verb` (the clause's top verb): (whether the row goes, the substitutions that give
    it a finite verb). `subject_tokens`: the description's subject; `tokens`: its words; `ahead`: the
    row's date is after the article's day; `coming`: its date ends after that day. Module doc."""
    kept = {t.i for t in tokens}
    marker = _passive_infinitive_marker(verb, subject_tokens, words)
    if marker is not None:
        # "damages to be assessed later this year" -> "Damages will be assessed" (round 56c); with a
        # date wholly past it stays as it is ("a referendum to be held in September 1958" was held)
        return False, ({marker.i: "will"} if coming else {})
    infinitive = passive_infinitive(subject_tokens, tokens)
    if infinitive:  # "will take a single name, to be chosen by residents" -> "A single name is to be chosen"
        return False, infinitive
    if verb.pos_ not in ("VERB", "AUX") or _has_aux(verb):
        return False, {}
    own_subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    if verb.tag_ == "VBG" and (own_subject and verb.dep_ in ("pcomp", "advcl", "acl", "ccomp", "xcomp") or
                               verb.dep_ == "pcomp" and verb.head.lower_ in words.sequence_preps):
        # "with the captain retiring to a farm in September", "before moving to a club in July": no
        # finite verb; one ahead of the article's day will happen, one before it has no sure tense
        if ahead:
            return False, {verb.i: "will " + verb.lemma_}
        if own_subject:  # "with the bank's shares plunging 8 percent yesterday": what was going on then
            subject = _subject(verb)
            return False, {verb.i: _past_be(subject) + verb.text}
        return True, {}
    sharer = _leading_participle_subject(verb, subject_tokens) if not ahead and not own_subject else None
    if sharer is not None:
        # "Judge Ruth Okafor, reading the verdict shortly after noon, said ..." -> "Judge Ruth Okafor was
        # reading the verdict" (round 66b): the participle before its verb shares the verb's subject
        return False, {verb.i: _past_be(sharer) + verb.text.lower()}
    if ahead and starting_on_noun(verb, words):
        # "in a pilot project starting in March" -> "A pilot project will start" (round 52c)
        return False, {verb.i: "will " + verb.lemma_}
    if apposed_participle(verb):
        # "The Matterhorn, first climbed in 1865," -> "was first climbed" (the adverb told here only)
        return False, _passive_with_adverbs(verb, _subject(verb))
    expecting = scheduled_ahead(verb, words) if ahead and not own_subject else None
    if expecting is not None and any(t.i == expecting.i for t in subject_tokens):
        # "the bill, introduced in 2024 and expected to become law this autumn," -> "The bill is
        # expected to become law" (round 66b): a plan or expectation still to come is told in the present
        return False, {verb.i: ("are " if _plural(expecting, verb) else "is ") + verb.text}
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and not own_subject and verb.head.tag_ == "VBN" and \
            verb.head.dep_ == "acl" and not _has_aux(verb.head):
        # "the wall, built in 1952 and last repaired in 2017," -> "The wall was last repaired": a reduced
        # relative's second participle is passive when its first is (round 39a)
        goes, first = finite_form(verb.head, subject_tokens, tokens, ahead, words)
        if goes or verb.head.i not in first:
            return goes, {}
        return False, _passive_with_adverbs(verb, verb.head.head)
    named = apposition_name(verb) if verb.tag_ == "VBN" and not own_subject and not ahead else None
    if named is not None and any(t.i == named.i for t in subject_tokens):
        # "X, a Democrat elected in 2021 and re-elected in 2025": X was elected, X was re-elected
        return False, {verb.i: _past_be(named) + verb.text}
    contact = contact_relative_object(verb, words)
    if contact:  # "31 trips MacAskill made between ..." -> "MacAskill made 31 trips", never "MacAskill was made"
        return False, contact
    member = counted_member(verb, words) if not own_subject else None
    if member is not None and any(t.i == member.i for t in subject_tokens):
        return False, {verb.i: _past_be(member) + verb.text}  # "The box was one of 31 deposited" (apposed_names.py)
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not own_subject:
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and \
                (after_comma(verb) or noun.head.lower_ in words.partitive_preps):
            # "an agreement with the unions, signed in 2022": whose signing is unsure; "gaps in the
            # records of loans made between 2015 and 2024": the loans name what the records are of,
            # "Loans were made" is no news
            return True, {}
        if generic_relative(verb, words):
            return True, {}  # "anyone born after 2009", "in a statement posted late" (generic_relatives.py)
        if misread_past(verb):
            return False, {}  # "An avalanche swept across ..., police said": never "was swept" (kept.py)
        if ahead or noun.dep_ == "ROOT" or noun.dep_ == "dobj" and not _agent_relative(verb, noun) or \
                not any(t.i == noun.i for t in subject_tokens) or noun.head.i in kept and noun.head.i != noun.i:
            # "A report published on Monday found that ...": told with the noun's own verb; "found a car
            # stolen in Lyon on Monday": the date may be the finding's, the parse cannot tell; a noun the
            # parser made the root has its verb misread as a participle ("Two ministers left for Geneva");
            # "talks set to resume on Monday": ahead, the tense is unsure
            return False, {}
        return False, {verb.i: _past_be(noun, verb) + verb.text}
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i and not own_subject and \
        not any(c.dep_ == "mark" for c in verb.children) and verb.tag_ == "VBN"
    if fronted and subject_tokens:
        subject = next((t for t in subject_tokens if t.dep_ in _SUBJECTS), None) or \
            next((t for t in subject_tokens if t.dep_ == "pobj" and t.i < verb.i and t.head.dep_ == "prep"
                  and t.head.head.i in (verb.i, verb.head.i)), None)  # "Under the deal, signed ...": the deal's
        if subject is None:
            return False, {}
        return False, {verb.i: _past_be(subject) + verb.text.lower()}
    return False, {}


def _agent_relative(verb: Token, noun: Token) -> bool:
    """Whether a reduced relative on an object tells its own dated deed: the participle right after its
    noun with its agent ("rejecting a plan approved by the council last week" -> "A plan was approved
    by the council"), the object's verb no modal's ("would fly 600 vials donated by ... on Wednesday":
    the date may be the flight's). Round 66b."""
    if verb.i != noun.i + 1 or not any(c.dep_ == "agent" for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in noun.head.children)


def _leading_participle_subject(verb: Token, subject_tokens: list[Token]) -> Token | None:
    """The subject a present participle shares with the verb it comes before, the row told with that
    subject: an adverbial participle with no subject, auxiliary or conjunction of its own, set off by
    a comma, before its finite verb ("Judge Ruth Okafor, reading the verdict shortly after noon, said
    ..."; "Walking through the orchard on Monday, the grower counted ..."); None otherwise. One after
    its verb ("..., closing most schools") is a result or a manner, left to its own rules (round 66b)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i > head.i or head.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in (*_SUBJECTS, *_AUXES, "mark") for c in verb.children):
        return None
    edge = verb.left_edge.i
    if not (edge > 0 and verb.doc[edge - 1].text == "," or edge == verb.sent.start):
        return None
    if verb.right_edge.i + 1 >= len(verb.doc) or verb.doc[verb.right_edge.i + 1].text != ",":
        return None
    return next((t for t in subject_tokens if t.dep_ in ("nsubj",) and t.head.i == head.i), None)


def scheduled_ahead(verb: Token, words: EventWords) -> Token | None:
    """The noun of a reduced relative whose participle schedules or expects a to-infinitive (the pack's
    `scheduling` verbs: "the bill, expected to become law this autumn", "talks set to resume next
    week"), also as the second participle of a reduced relative ("introduced in 2024 and expected to
    ..."); None otherwise. Dated ahead of the article's day, the participle stands for "is expected",
    "are set" (round 66b)."""
    if verb.tag_ != "VBN" or _has_aux(verb) or not (
            verb.lemma_.lower() in words.scheduling or verb.lower_[:-1] in words.scheduling):
        return None
    if not any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children)
               for c in verb.children):
        return None
    host = verb
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not _has_aux(verb.head):
        host = verb.head
    if host.dep_ != "acl" or host.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return host.head


def _passive_infinitive_marker(verb: Token, subject_tokens: list[Token], words: EventWords) -> Token | None:
    """The "to" of a passive infinitive on a noun that the description has for its subject, with no
    finite verb and no subject of its own ("damages to be assessed later this year", "a bridge to be
    opened next spring"): "Damages to be assessed" has no tense; the row reads "Damages will be
    assessed" (round 56c). None otherwise."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = postposed_infinitive_noun(verb) or verb.head  # "on two depots, to be built" (governed_clauses.py)
    if not any(t.i == noun.i for t in subject_tokens):
        return None
    if any(c.dep_ in _SUBJECTS or c.tag_ in ("WDT", "WP") for c in verb.children):
        return None
    marks = passive_infinitive_marks(verb, words)
    return marks[0] if marks is not None and marks[0].i + 1 == marks[1].i else None


def passive_infinitive(subject_tokens: list[Token], tokens: list[Token]) -> dict[int, str]:
    """The substitution that gives a passive infinitive after a comma its "is"/"are" when the row tells
    it with the object before the comma (describe.infinitive_object: "will take a single name, to be
    chosen by residents this autumn" -> "A single name is to be chosen by residents"); {} otherwise."""
    objects = {t.i for t in subject_tokens if t.dep_ == "dobj"}
    if not objects:
        return {}
    to = next((t for t in tokens if t.tag_ == "TO" and t.i - 2 in objects and t.head.dep_ == "advcl" and
               t.head.left_edge.i == t.i and t.doc[t.i - 1].text == ","), None)
    if to is None:
        return {}
    return {to.i: ("are " if _plural(to.doc[to.i - 2]) else "is ") + to.text}


def starting_on_noun(verb: Token, words: EventWords) -> bool:
    """Whether `verb` is "starting" or "beginning" right on the noun whose start it dates, with nothing
    of its own but its date ("in a pilot project starting in March", "at a series of 12 free concerts
    starting next month"): the noun stands in its verb's clause (a subject, an object, or the object of
    the verb's own preposition, through "of" after a noun such as "series"). On the object of a
    noun's other preposition ("hearings on remedies starting in June") what starts is unsure. Module
    doc, round 52c."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.lemma_.lower() not in words.plan_starts or \
            any(c.dep_ in (*_SUBJECTS, "dobj", "ccomp", "xcomp", "aux", "auxpass", "neg") for c in verb.children):
        return False
    noun = verb.head
    while noun.pos_ in ("NOUN", "PROPN"):
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return noun.head.pos_ in ("VERB", "AUX")
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
            prep = prep.head  # "at services ... and at a series of ...": the first preposition's place
        holder = prep.head
        if holder.pos_ in ("VERB", "AUX") and prep.dep_ in ("prep", "conj"):
            return True
        if prep.lower_ not in words.partitive_preps or holder.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = holder  # "a series of 12 free concerts": the series' place
    return False


def _subject(verb: Token) -> Token:
    return next(c for c in verb.children if c.dep_ in _SUBJECTS)


def _leading_adverbs(verb: Token) -> int:
    """The first of the adverbs right before `verb` that modify it ("first" in ", first climbed"), or
    the verb's own index when there are none."""
    lead = verb.i
    while lead > 0 and verb.doc[lead - 1].dep_ == "advmod" and verb.doc[lead - 1].head.i == verb.i and \
            verb.doc[lead - 1].pos_ == "ADV":
        lead -= 1
    return lead


def apposed_participle(verb: Token) -> bool:
    """A participle between commas after its noun that the parser made the clause's verb, and the real
    verb after it a clause of its own with no subject ("A previous pact, agreed last year, collapsed in
    March" parsed as "pact agreed ..., collapsed"; round 36a: "The statue, put up in 1903, will be
    taken ..."): the participle, with no object, is passive."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    lead = _leading_adverbs(verb)  # "The Matterhorn, first climbed in 1865, claims ..."
    if len(subjects) != 1 or lead < 2 or doc[lead - 1].text != "," or subjects[0].i != lead - 2:
        return False  # the noun right before the comma ("pact, agreed"), not an apposition's end
    # (the real verb finite itself, or through its auxiliary: "The bell, cast in 1750, will be moved ...")
    return any(c.dep_ in ("advcl", "conj") and c.i > verb.i and
               (c.tag_ in ("VBD", "VBZ", "VBP") or
                any(a.dep_ in _AUXES and a.tag_ in ("MD", "VBD", "VBZ", "VBP") and a.i < c.i for a in c.children)) and
               doc[c.left_edge.i - 1].text == "," and
               not any(g.dep_ in (*_SUBJECTS, "mark") or g.tag_ in ("WRB", "WDT") for g in c.children)
               for c in verb.children)


def contact_relative_object(verb: Token, words: EventWords | None = None) -> dict[int, str]:
    """A relative clause with no relative word whose subject is a name that the parser made an
    apposition of the noun before it, and whose verb a participle on that name ("about 31 trips
    MacAskill made between January 2024 and December 2025": "MacAskill" apposed to "trips", "made"
    its participle): the name did the verb to the noun ("MacAskill made about 31 trips"), never "MacAskill
    was made". Only a plural noun, with no comma between it and the name, and a verb right after the
    name with no object or agent of its own: "the poet Robert Frost" names one person, and a plural
    apposition without a comma ("the brothers Tom and Ed") is a list of names, not one name.
    A common noun with its own article or owner right after the noun, with no comma, is no apposition
    either ("a bonus the union negotiated in May", "the quota the ministry set in 2020"; round 64a): the
    same reading, for a noun of any number, when the noun is no stretch of time or manner ("the week the
    plant closed", "the way the board voted": their gap is no object, and the clause is left as it was)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB":
        return {}
    name = verb.head
    noun = name.head if name.dep_ == "appos" else shared_preposition_noun(name)
    if noun is None or noun.pos_ != "NOUN" or \
            verb.left_edge.i != verb.i or verb.i != name.i + 1 or name.left_edge.i != noun.i + 1:
        return {}
    if name.pos_ == "PROPN" and name.dep_ == "appos":
        if noun.tag_ != "NNS":
            return {}
    elif not _determined_subject(name, noun, words):
        return {}
    if any(c.dep_ in ("dobj", "agent", "nsubj", "nsubjpass", "conj", "ccomp", "xcomp") for c in verb.children) or \
            any(c.dep_ in ("conj", "cc", "appos") for c in name.children):
        return {}
    phrase = sorted([t for c in noun.lefts for t in c.subtree], key=lambda t: t.i) + [noun]
    if any(t.is_punct or t.tag_ in ("WDT", "WP", "PRP$") or t.dep_ == "poss" for t in phrase):
        return {}
    return {verb.i: verb.text + " " + _joined(phrase)}


def shared_preposition_noun(name: Token) -> Token | None:
    """The noun before a second object the parser gave the same preposition ("according to figures the
    library released on Wednesday": "figures" and "library" both objects of "to", or "library" of
    "according", "released" a participle on "library"), or before a noun it hung on a verb as a bare
    adverb ("cautious about the gains these shares made this week", "shares" an npadvmod of "were"):
    a preposition takes one object, and a noun with its own determiner is no adverb, so the second
    noun, right after the first, opens a relative clause with no relative word whose object is the
    first (round 71b). None otherwise."""
    if name.dep_ not in ("pobj", "npadvmod") or name.left_edge.i == 0:
        return None
    first = name.doc[name.left_edge.i - 1]
    if first.dep_ != "pobj" or first.right_edge.i != first.i or first.head.i == first.i:
        return None
    if name.dep_ == "npadvmod":
        return first
    # the same preposition, or the one the parser hung the second object's on ("according to")
    return first if first.head.i == name.head.i or first.head.head.i == name.head.i else None


def _piped_preposition(verb: Token, noun: Token) -> Token | None:
    """The preposition a relative word brought to the front of its clause ("the president, with whom
    the king met on Monday"): the verb takes it with its noun ("The king met with the president"),
    when the noun stands right before the clause (a comma between at most); None otherwise (round 71b)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and
                 any(o.dep_ == "pobj" and o.tag_ in ("WDT", "WP") for o in c.children)), None)
    if prep is None or prep.left_edge.i != prep.i or \
            any(t.is_punct and t.head.i == verb.i for t in verb.doc[prep.i:verb.i]):
        return None  # "The chain, in which relatives gave to strangers, began on Monday": not "began in"
    between = noun.doc[noun.i + 1:prep.i]
    return prep if all(t.is_punct for t in between) and len(between) <= 1 else None


def _joined(tokens: list[Token]) -> str:
    """The words of a phrase as written, one space where it skips a word."""
    return "".join(w.text + (w.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == w.i + 1 else " ")
                   for k, w in enumerate(tokens)).strip()


def _with_modifiers(noun: Token) -> list[Token]:
    """A relative clause's noun with its determiner and modifiers, each whole ("the 1.9 billion euros
    it forecast", not "the billion euros"), in text order: the object a gap is filled with."""
    return sorted([t for c in noun.lefts if c.dep_ in ("det", "amod", "compound", "nummod") for t in c.subtree],
                  key=lambda t: t.i) + [noun]


def _adverbial_antecedent(noun: Token, words: EventWords) -> bool:
    """A noun of time, manner, reason or place that a relative with no relative word follows with no
    object gap ("the week the plant closed", "the way the board voted"): the pack's
    `adverbial_antecedents`, the time units, or a time expression."""
    lemma = noun.lemma_.lower()
    return lemma in words.adverbial_antecedents or lemma in words.time_unit_nouns or noun.ent_type_ in ("DATE", "TIME")


def _determined_subject(name: Token, noun: Token, words: EventWords | None) -> bool:
    """Whether a common noun the parser apposed to `noun` with no comma opens with its own article ("a
    bonus the union ...", "the quota the ministry ..."): a clause's
    subject, not a second name for the noun; `noun` no stretch of time, manner, reason or place whose
    relative has no object gap (the pack's `adverbial_antecedents`, with the time units)."""
    if words is None or name.pos_ != "NOUN" or name.ent_type_ or _adverbial_antecedent(noun, words):
        return False
    first = name.doc[name.left_edge.i]
    # (or a pointing word: "the gains these shares made", round 71b)
    return first.head.i == name.i and first.dep_ == "det" and first.lower_ in words.articles | words.demonstratives


def gap_object(verb: Token, tokens: list[Token], words: EventWords | None = None) -> dict[int, str]:
    """A relative clause with no relative word whose verb has no object ("permits the agency has issued
    since 2019"): the verb followed by its noun ("has issued permits"), when the noun is not in the
    description already. Module doc. A noun of time or manner ("the week the plant closed", "the way
    the board voted") fills no object gap: the clause is told without it (round 64a)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return {}
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "nsubjpass", "auxpass") or c.tag_ in ("WDT", "WP", "WRB")
           for c in verb.children):
        return {}
    if not any(c.dep_ == "nsubj" for c in verb.children) or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return {}
    noun = verb.head
    piped = _piped_preposition(verb, noun)
    if piped is not None:
        return {verb.i: verb.text + " " + piped.text + " " + _joined(_with_modifiers(noun))}
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children if c.i < verb.i for t in c.subtree):
        # a relative word deeper in the clause: "the company, whose shares fell 5 percent on Monday"
        # (the noun is the owner, "The company's shares fell The company 5 percent"), "the dams, many of
        # which expire in 2040" ("Many expire the dams"), "the startup's shares, in which the fund
        # invested" (the noun the parser chose no neighbour of the clause): no object gap (round 71b)
        return {}
    kept = {t.i for t in tokens}
    if noun.i in kept or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.left_edge.i:
        return {}
    if noun.dep_ == "attr":
        return {}  # "It is the second takeover the regulator has blocked": a count, no event
    if words is not None and _adverbial_antecedent(noun, words):
        return {}  # "the week the plant closed": "The plant closed", never "The plant closed the week"
    return {verb.i: verb.text + " " + _joined(_with_modifiers(noun))}
