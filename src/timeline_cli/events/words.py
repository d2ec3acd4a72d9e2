"""The words the event engine reads, as one object: `EventWords`, built from a language's data module
(`lang/en/events.py` for English, the default). The engine's modules take it as a parameter and compare
a token's text or lemma with no word of their own, only with the pack's (tests/test_pack_words.py checks
it; one allowed table, lead.CORPORATE, holds the legal forms of company names, "inc", "s.a.", parts of a
name in any language). A few words they write into a description are still English ("was"/"were" and
"will" in finite.py, "the" before a phrase put back in actors.py, chained.py, conjunct_it.py). A field's
comment here or in the data module says what it is for."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType


@dataclasses.dataclass(frozen=True)
class EventWords:
    """One language's event words. Sets are frozensets, tables read-only mappings; see the data module
    (lang/en/events.py) for what each is."""

    event_nouns: frozenset[str]
    amount_nouns: frozenset[str]
    event_suffixes: tuple[str, ...]
    not_event_nouns: frozenset[str]
    control_verbs: Mapping[str, str | None]
    future_aux: frozenset[str]
    negations: frozenset[str]
    reporting: frozenset[str]
    modal_like: frozenset[str]
    inclusion_preps: frozenset[str]
    fixed_pp_nouns: frozenset[str]
    scheduling: frozenset[str]
    period_end: frozenset[str]
    planned_modifiers: frozenset[str]
    expected_modifiers: frozenset[str]
    definite_future_aux: frozenset[str]
    accusing: frozenset[str]
    alleging: frozenset[str]
    hedges: frozenset[str]
    comparing: frozenset[str]
    ordering_preps: frozenset[str]
    future_words: frozenset[str]
    attributing: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    generic_orgs: frozenset[str]
    generic_people: frozenset[str]
    personal_subjects: frozenset[str]
    owned_amounts: frozenset[str]
    aspectual: frozenset[str]
    simultaneity_markers: frozenset[str]
    support_verbs: frozenset[str]
    relational_participles: frozenset[str]
    copulas: frozenset[str]
    perfect_aux: frozenset[str]
    infinitive_markers: frozenset[str]
    going: frozenset[str]
    control_needing_to: frozenset[str]
    amount_verbs: frozenset[str]
    when_relatives: frozenset[str]
    when_conjunctions: frozenset[str]
    report_date_prefixes: frozenset[str]
    result_verbs: frozenset[str]
    dating_verbs: frozenset[str]
    kept_adverbs: frozenset[str]
    additive_adverbs: frozenset[str]
    degree_adverbs: frozenset[str]
    accusation_preps: frozenset[str]
    generic_determiners: frozenset[str]
    owner_determiners: frozenset[str]
    relative_pronouns: frozenset[str]
    amount_place_preps: frozenset[str]
    article_prefix: str  # a regex
    possessive_suffix: str  # a regex
    possessive: str  # a format string with one {} for the name
    # Hooks for a language whose parser is not English spaCy's (optional in a data module; English
    # leaves them empty). ADAPT_DOC: a function returning a copy of a parsed Doc with the dependency
    # labels and fine tags the engine reads (ClearNLP deps, Penn tags: "aux", "dobj", "VBD"). The
    # morphology sets hold Universal Dependencies features ("Tense=Fut"): on the verb group, they make
    # an event expected (futur, conditionnel), or reported when its date is not ahead (the hearsay
    # conditionnel, "aurait été tué"). ATTRIBUTION_PREPS: a phrase with this preposition on the verb
    # attributes the event to a source the text does not confirm ("selon la police").
    # "they" (events/actors.py): plural subject pronouns resolved when one plural agent is in
    # sight, and the plural nouns (lemmas) of groups that act ("officials", "authorities").
    group_pronouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    # A "they" of a verb done to the accused is never the police who acted on them ("Officers seized
    # cash. They appeared in court and were remanded": events/accused_they.py): the verbs (lemmas) that,
    # in the passive, tell what is done to the accused; the verbs an accused does in court, with the
    # words that put the verb in court; and the nouns (lemmas) of those who arrest, charge or try them.
    accused_passives: frozenset[str] = frozenset()
    court_verbs: frozenset[str] = frozenset()
    court_words: frozenset[str] = frozenset()
    custody_agents: frozenset[str] = frozenset()
    # rows that are no happening (events/no_happening.py, round 64e)
    sourcing_verbs: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    outlet_compounds: frozenset[str] = frozenset()
    wire_agencies: frozenset[str] = frozenset()
    standing_leave_adjectives: frozenset[str] = frozenset()
    ability_adjectives: frozenset[str] = frozenset()
    present_state_words: frozenset[str] = frozenset()
    free_relative_words: frozenset[str] = frozenset()
    # an "as" clause of conformity ("as a 2019 rule requires") tells no happening (round 65h)
    conformity_verbs: frozenset[str] = frozenset()
    conformity_marks: frozenset[str] = frozenset()
    # a feature lead's present state of its scene: a measure, outliving (events/lead_states.py, round 65h)
    state_measure_verbs: frozenset[str] = frozenset()
    outlasting_verbs: frozenset[str] = frozenset()
    # ... and a present state a scene shows ("has a broken wheel", "nobody knows"), and the weather a lead
    # opens on, going on or lasting ("The rain had been falling since dawn") (round 73e)
    scene_state_verbs: frozenset[str] = frozenset()
    weather_nouns: frozenset[str] = frozenset()
    adapt_doc: Callable | None = None
    future_morph: frozenset[str] = frozenset()
    hearsay_morph: frozenset[str] = frozenset()
    attribution_preps: frozenset[str] = frozenset()
    # Adverbs opening a sentence that tells another item of the day's news ("Separately, the court
    # said ..."): its undated report is dated by the publication date (events/lead.py).
    separate_markers: frozenset[str] = frozenset()
    # A phrase that names the source of the news on the verb ("according to police"): not part of the
    # event's description, and its names are no actors of it (events/describe.py).
    source_preps: frozenset[str] = frozenset()
    # "he"/"she" agree with the person they stand for (events/actors.py): the pronouns of each
    # gender, and the titles and role nouns next to a name that tell it (no first-name lists).
    masculine_pronouns: frozenset[str] = frozenset()
    feminine_pronouns: frozenset[str] = frozenset()
    masculine_words: frozenset[str] = frozenset()
    feminine_words: frozenset[str] = frozenset()
    person_suffixes: frozenset[str] = frozenset()  # "owner", "auditor": a noun that may be a person
    # of them, the endings a thing's noun seldom has ("biologist", "historian"; not "builder"): a name set
    # beside such a noun is a person's, whom "it" does not stand for (events/distrusted.py)
    sure_person_suffixes: frozenset[str] = frozenset()
    # Verbs whose subject is a happening, not a party, when they take no object ("talks ..., which are
    # expected to last until April"): a relative "which" with one is the event noun's (events/relatives.py).
    event_subject_verbs: frozenset[str] = frozenset()
    # A figure's yardstick (events/phrases.py): "up 4 percent from a year earlier" is no row; the
    # prepositions of the base and the adverbs of change they hang from.
    yardstick_preps: frozenset[str] = frozenset()
    change_adverbs: frozenset[str] = frozenset()
    # Prepositions that set a figure against another ("4.2 million tonnes in 2026, against 3.1 million
    # last year"): a date after the other figure is that figure's (events/phrases.py `set_against`).
    against_preps: frozenset[str] = frozenset()
    # Prepositions of a framework a deed is done under ("Under Thursday's contract, the yard will build a
    # ferry"): a possessive day of their noun is the noun's, not a coming deed's (events/noun_dates.py).
    framework_preps: frozenset[str] = frozenset()
    # Written works and the prepositions of what they are about ("a second paper on emissions in winter
    # under the ice"): a date inside that topic is the topic's, not the work's (events/noun_dates.py).
    study_nouns: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    # ... and the verbs of change (lemmas) they hang from too ("rose 5 percent from a year earlier"); a
    # record's base: "their highest since March" (the preposition, under a superlative or ordinal).
    change_verbs: frozenset[str] = frozenset()
    record_preps: frozenset[str] = frozenset()
    # Adjectives that, like an ordinal, make "since" a record's base: "the only walkout since 2011".
    record_adjectives: frozenset[str] = frozenset()
    # Subordinators of a clause that a forward-looking main clause puts ahead too ("will reopen once
    # the repairs are done"; events/governed_status.py).
    pending_marks: frozenset[str] = frozenset()
    # Verbs of saying (lemmas) whose content, a happening to come dated by its own words, is the row
    # when the saying is coordinated with the sentence's news (events/same_sentence.py).
    announcing: frozenset[str] = frozenset()
    # One row per happening (events/retold.py): verbs (lemma, or lemma + particle) that tell the same
    # kind of happening, by class ("strike"/"hit" a quake's, "launch"/"lift off" a launch's); verbs by
    # which a result or a document shows what happened ("results showed the party lost"); adverbs that
    # make a later mention another occurrence ("struck again").
    retelling_verbs: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    result_reports: frozenset[str] = frozenset()
    new_occasion_adverbs: frozenset[str] = frozenset()
    # Adverbs opening a sentence that tells what happened at the same time as the sentence before
    # ("Meanwhile, net at its finance arm fell 3.1%"): it takes that sentence's date (events/lead.py).
    meanwhile_markers: frozenset[str] = frozenset()
    # "At the event, developers demonstrated ...", "After the rally, state television showed ...":
    # prepositions (and clause markers) placing a clause at an event the text dated before, by a
    # definite mention of its noun; the "later" ones only for a single day (events/scenes.py).
    scene_preps: frozenset[str] = frozenset()
    later_preps: frozenset[str] = frozenset()
    # "The statement caused a sharp decrease": nouns (lemmas) naming a report again, right after the
    # sentence that dates it (events/lead.py, mentions); adverbs of a reaction that follows at once
    # what the sentence before tells ("The administration immediately said ...", events/scenes.py).
    report_nouns: frozenset[str] = frozenset()
    # "SADC condemned the attempt": verbs (lemmas) of a reaction to news; with a definite object the
    # lead names, an undated one takes the lead's day (events/storyday.py).
    reaction_verbs: frozenset[str] = frozenset()
    immediate_adverbs: frozenset[str] = frozenset()
    # "has been shipping for more than a week": the preposition of a duration an activity has gone on
    # for; the row is the day it began (events/durations.py).
    duration_preps: frozenset[str] = frozenset()
    # "has walked the woods for three generations": nouns (lemmas) of a span of lives or seasons that
    # the tagger reads as no duration; with a present perfect, a standing habit (events/habits.py).
    lifetime_nouns: frozenset[str] = frozenset()
    # "clearing the way for the first launch": nouns (lemmas) and the preposition whose object is what
    # they make possible, not yet come: a noun event there is `expected` (events/status.py).
    way_nouns: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    # "will occur within the next six months": a future dated from the present to the count's end.
    within_preps: frozenset[str] = frozenset()
    # "Courtaulds' shares rose 15 pence": the nouns (lemmas) of a company's traded stock and the verbs
    # (lemmas) of its price moving; an undated move of the story's company is the latest trading
    # session, dated by the publication date (events/market.py).
    stock_nouns: frozenset[str] = frozenset()
    price_moves: frozenset[str] = frozenset()
    # "Nov. 3, the day before authorities issued a warrant" (events/apposed.py): the marker's sign
    # (+1: the clause is after the date), the unit's days, the counting words before the unit.
    day_offset_markers: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    day_offset_units: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    day_offset_counts: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    # "Frost jammed the valves shortly after the ship left on Feb. 9" (events/linked.py): clause
    # markers of the same moment ("when"), and words of a short wait before "after" (`later_preps`)
    # that date the main clause by its clause's day; "in March 2019, eight months after X took
    # office": month units (months per unit) counted from a date, with the day_offset markers.
    same_time_marks: frozenset[str] = frozenset()
    instance_selectors: frozenset[str] = frozenset()  # events/twice.py: "was last hit ... in 1995, when ..."
    ability_modals: frozenset[str] = frozenset()  # events/ability_relatives.py: "the age at which workers can retire"
    thinking_verbs: frozenset[str] = frozenset()  # events/lead_states.py: a lead's passing thought
    passing_moments: frozenset[str] = frozenset()
    past_perfect_aux: frozenset[str] = frozenset()  # 'had': a past before the story's time (past_perfect.py)
    state_lemmas: frozenset[str] = frozenset()  # 'have', 'be': a present state (states.py)
    condition_marks: frozenset[str] = frozenset()  # 'if', 'unless': a clause that may not happen (conditions.py)
    # 'on condition that', 'provided (that)', 'as long as': the words before a clause that may not happen,
    # told with no 'if' mark of its own (conditions.py)
    condition_openers: frozenset[str] = frozenset()
    # 'until', 'once': a clause of a time still to come when told in the present tense ("until the wreckage
    # is cleared"), never a done event (conditions.py, `coming_limits`)
    limit_marks: frozenset[str] = frozenset()
    # 'can' in a relative clause with a bare season ("stubble, which beetles can use over winter"): a habit (habits.py)
    habit_modals: frozenset[str] = frozenset()
    season_words: frozenset[str] = frozenset()
    # A bare season or holiday ("visited at Christmas", "sold 8,000 tickets a week in summer") on a verb
    # of a habit: its holiday names, the adverbs of a habit ("regularly") and of a limit ("only in
    # summer") that make it every year's, no one date (habits.py)
    holiday_names: frozenset[str] = frozenset()
    # 'spend', 'celebrate': a verb whose holiday object is the time it was done in ("spent Christmas in
    # hospital"), unlike "spoil Christmas", where the holiday is a thing and dates nothing (holiday_nouns.py)
    holiday_time_verbs: frozenset[str] = frozenset()
    habit_adverbs: frozenset[str] = frozenset()
    # 'most', 'many': a subject's quantifier that makes a present verb a rule of many cases ("Most
    # deaths happen in late summer"), every year's season, no row (habits.py; round 56c)
    habit_quantifiers: frozenset[str] = frozenset()
    limiting_adverbs: frozenset[str] = frozenset()
    counterfactual_modals: frozenset[str] = frozenset()  # 'would' of 'would have gone': what did not happen (conditions.py)
    # 'without', 'but for', 'otherwise' before a "would have" verb: its condition told without "if" (conditions.py)
    counterfactual_openers: frozenset[str] = frozenset()
    soon_words: frozenset[str] = frozenset()
    month_offset_units: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    month_offset_counts: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    # "So far, North Korea has helped Russia with two million shells": adverbs that make a present
    # perfect a tally or a habit, not the day's news (events/perfect.py).
    cumulative_adverbs: frozenset[str] = frozenset()
    # Verbs of bringing a product or a notice out: an agentless passive of one in an article led by
    # an organisation names that organisation as an actor (events/agents.py).
    bringing_out: frozenset[str] = frozenset()
    # Those of them whose subject, without an object, is the product ("before the phone launches").
    going_out: frozenset[str] = frozenset()
    # "takeover speculators, including Kerry Packer, surfaced": the subject's members by name (events/named.py)
    member_preps: frozenset[str] = frozenset()
    # A price cut or raised without an agent ("The price for the iPhone has been reduced"): the lead
    # organisation's doing (events/agents.py): the verbs (lemmas) and the price nouns.
    price_changes: frozenset[str] = frozenset()
    price_nouns: frozenset[str] = frozenset()
    # events/owned.py: an aim whose owner is its reporter ("officials say the goal is to ..."), a
    # company's bodies ("management recommended ..."), verbs that name a thing ("to be called X").
    intention_nouns: frozenset[str] = frozenset()
    company_bodies: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    # Predicate adjectives of a product being out ("will be available on June 24"): without a
    # "from"/"by" name, the lead's organisation brings it out too (events/agents.py).
    availability: frozenset[str] = frozenset()
    # A story opening on a described actor ("a lawmaker", "two rival bidders") names it in the next
    # sentences (events/identified.py): the determiners and numbers that count such a description,
    # and the prepositions of a passive's agent on a noun ("a bid by Acme Corp. was extended").
    indefinite_counts: Mapping[str, int] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    agent_preps: frozenset[str] = frozenset()
    # A row left hanging (events/hanging.py): verbs that say nothing once their complement is cut
    # ("could take [until next week]"), verbs of causing whose infinitive did happen ("caused the
    # British to invade the island"), the auxiliaries of the future, the infinitive's mark, and the
    # prepositions besides the agent's by which a participle says who did it ("reached between the
    # two companies"). A pack without the infinitive's mark has no such rows taken out.
    hanging_verbs: frozenset[str] = frozenset()
    # Verbs of lasting that say nothing once their length is cut in a finite form ("A similar battle
    # lasted [almost a year]"); as an infinitive they still say it goes on ("is expected to last").
    duration_verbs: frozenset[str] = frozenset()
    # Passive verbs of finding or believing whose to-infinitive is what was found ("were found to be
    # infected", "is believed to have fled"): the description keeps it (describe.py).
    raising_passives: frozenset[str] = frozenset()
    causing_verbs: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    infinitive_marks: frozenset[str] = frozenset()
    doer_preps: frozenset[str] = frozenset()
    # Endings only a past participle has, never a simple past ("swollen", "torn", "shown"): such a word
    # the parser tags as a past tense is a participle still (events/verbless.py, `absolute_clause`).
    participle_only_endings: frozenset[str] = frozenset()
    # The preposition that gives an infinitive its own subject ("paid for the roofs to be mended"):
    # the infinitive's subject is its object, not the verb's (events/governed_clauses.py).
    infinitive_subject_preps: frozenset[str] = frozenset()
    # A date kept to its own clause (events/own_dates.py): the pronouns that open a relative clause set
    # off by commas (", which rated the home good in 2021,"), and the conjunctions of contrast whose
    # clause with a subject of its own does not share the first clause's date ("but", "yet").
    comma_relatives: frozenset[str] = frozenset()
    contrast_conjunctions: frozenset[str] = frozenset()
    # A negation over all time ("halted in 2020 and never fully recovered"): its conjunct shares no date
    # of the verb it is joined to (events/tenses.py).
    never_negations: frozenset[str] = frozenset()
    # The marks of an open question ("would decide whether to extend it beyond 2027": the extension
    # is undecided, no row), and verbs by which an inquiry finds something ("after an audit found
    # ..."): a finding the lead's act followed came before it, not on its day (events/scenes.py);
    # told after a comma with nothing found of its own, it says nothing (events/conjuncts.py).
    question_marks: frozenset[str] = frozenset()
    # Plural or pronoun heads that only say which people are meant ("people born in 2012 or later",
    # "those hired before 2020"): a reduced relative on them is no happening (events/generic_relatives.py).
    generic_heads: frozenset[str] = frozenset()
    # Verbs (and their participle) of how old someone is ("aged between six and 11"): a state, no
    # happening of a date (events/states.py, `age_state`).
    age_verbs: frozenset[str] = frozenset()
    # The plain verb of saying by tense tag, for a quotation told with its speaker ('"...," Hughes told
    # reporters' -> "Hughes said ...", events/spliced_quotes.py).
    plain_saying: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    finding_verbs: frozenset[str] = frozenset()
    # The result of a test ("tested positive"): told in a lead's "after" clause, it came before the lead's
    # day (events/lead_causes.py, `earlier_cause`).
    test_results: frozenset[str] = frozenset()
    # Verbs by which members of the public tell of harm ("after customers reported leaking tins", "after
    # a visitor complained"): with an indefinite subject, told in a lead's "after" clause, such reports
    # came in before the lead's day (events/lead_causes.py, `earlier_cause`; round 73c).
    complaint_verbs: frozenset[str] = frozenset()
    # Subjects that say nothing happened to anyone ("no one was hurt", events/conjuncts.py): told
    # alone on the other clause's date, such a conjunct loses what it is about.
    negative_pronouns: frozenset[str] = frozenset()
    # "the parties", "the two sides", "both companies" (events/parties.py): the nouns (besides
    # generic_orgs) and the words that make such a phrase the two organisations a story opened with.
    pair_nouns: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()
    # Possessive relative pronouns ("whose"): written as the antecedent's possessive in a
    # description (events/clauses.py); a row that opens on one has lost the noun its clause hangs on
    # ("Whose taps have run dry"; events/relative_heads.py).
    possessive_relatives: frozenset[str] = frozenset()
    # Verbs of urging, asking or promising (lemmas): conjoined to a reported clause they cannot share
    # a tense with, they are the reporter's second speech act ("said ... had released ... and urged
    # the doctors to return": the reporter urged; events/clauses.py).
    speech_acts: frozenset[str] = frozenset()
    # Words of a company's own name ("Electronics", "Motors", "Inc."; lower-cased, no full stop): the
    # lead's subject named with one, or described by a `generic_orgs` noun ("Danish brewer Halvorsen"),
    # is the story's company even when the entity tagger misses it (events/story_company.py).
    org_name_words: frozenset[str] = frozenset()
    # Words of a public body's name (lower-cased): "the company" never stands for such an organisation
    # ("The European Commission", "the Food and Drug Administration"; events/actors.py).
    public_body_words: frozenset[str] = frozenset()
    # Public body words that also name a kind of company beside a name ("streaming service Vidora",
    # "Vidora, a streaming service"): they do not make the name a public body (events/not_company.py).
    company_body_words: frozenset[str] = frozenset()
    # What only an organisation has (lemmas, or "adjective noun"): a name given one ("Norrsken's
    # headquarters") is no person who may be "he" or "she", whatever the tagger said (events/genders.py).
    org_owned_nouns: frozenset[str] = frozenset()
    # Nouns of a line of products (lemmas): a name modifying one ("the Metro and Trail models") is the
    # product's, no actor of the row (events/nonactors.py).
    product_line_nouns: frozenset[str] = frozenset()
    # Kin nouns and nouns of a made work (lemmas): a person named as their possessor ("Benali's son was
    # admitted", "Verdi's Otello", "Bizet's opera") did not act, no actor of the row (events/nonactors.py).
    kin_nouns: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    # Nouns of a record and the words that make one an act's source or means ("from Marsh's photographs"):
    # its possessor only supplied it, no actor of the row (events/nonactors.py).
    record_nouns: frozenset[str] = frozenset()
    source_heads: frozenset[str] = frozenset()
    # Verbs of a thing's fate (lemmas): their subject "it" is the sentence before's one fitting subject
    # ("It reopened": the runway, not the authority that said it closed; events/thing_it.py).
    thing_verbs: frozenset[str] = frozenset()
    # "She" for a ship: pronouns and vessel nouns (lemmas); events/thing_it.py
    vessel_pronouns: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()
    age_noun: str = ""  # a regex: "seven-year-old" as a noun, counted as a kin noun
    # Determiners of a definite mention of something named before ("the quake", "this announcement":
    # events/retold.py, lead.mention_rows), and modifiers that tell nothing about which company a
    # description names ("the new company", "the young computer maker": events/described.py).
    definite_determiners: frozenset[str] = frozenset()
    vague_modifiers: frozenset[str] = frozenset()
    # A person's age used as a noun ("The 23-year-old"; a regex over the subject's words): it stands for
    # the one person the sentence before names, and so does "he"/"she" after it (events/epithets.py).
    age_epithet: str = ""
    # The date goes on the event it modifies (events/attach.py): adverbs and period nouns by which a
    # conjunct tells a time of its own ("and later founded ...", "won the cup in her second season"),
    # the determiners that make such a period another one; the prepositions and nouns by which a
    # scheduling verb's object is set for a date ("set a hearing for June 15", "set a trial date for").
    sequel_adverbs: frozenset[str] = frozenset()
    # Adverbs by which a conjunct's state reaches to the present ("had applied last year but had not
    # yet received an answer", "... and is still waiting"): no share of the other verb's date (round 62b)
    persisting_adverbs: frozenset[str] = frozenset()
    # Nouns of a life's stage by which a conjunct tells a time of its own ("began judo at the age of
    # six ... and won the cadet title in 2023": the beginning is no 2023's, round 62b)
    age_nouns: frozenset[str] = frozenset()
    # Prepositions of a noun's origin ("tonnes from last year's harvest", "letters of the 1920s"): a
    # date in one inside a present clause's subject is the noun's, no date of the clause (anchor.py, round 62b)
    origin_preps: frozenset[str] = frozenset()
    # "Le Gall milked his cows at 5 a.m. on Thursday. Then he climbed onto his tractor": adverbs by which
    # an undated sentence goes on with the scene's day but not its clock time (events/lead.context_rows)
    later_markers: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    sequel_determiners: frozenset[str] = frozenset()
    scheduling_preps: frozenset[str] = frozenset()
    # The particles that leave a scheduling verb scheduling ("dating back to 1994"); any other makes it
    # another verb ("a unit set up in 2021" was founded then, not planned for then: anchor.scheduled_noun)
    scheduling_particles: frozenset[str] = frozenset()
    # Verbs whose object "which" stands for a whole clause ("had not presented her credentials, which
    # she expected to do this month"): no noun to write for it (actors.relative_substitutions)
    clause_pro_verbs: frozenset[str] = frozenset()
    date_nouns: frozenset[str] = frozenset()
    # ... and the prepositions of a comparison whose object's possessive date dates only that object
    # ("priced 10 percent below last year's model").
    comparison_preps: frozenset[str] = frozenset()
    # Subordinators that open what a verb of saying says ("said only that he was reviewing ..."): the
    # parser may hang such a clause on the verb as an adverbial one (events/fragments.py), or read it
    # as a subject or an object (clausal.py, describe.py).
    complementizers: frozenset[str] = frozenset()
    # The preposition of a partitive object ("spent part of Sunday night"): a time expression there is
    # the verb's object and stays in its description (events/fragments.py).
    partitive_preps: frozenset[str] = frozenset()
    # A count of occasions ("meets on Dec. 9 for the last time this year", "rose on Monday for the first
    # time this month"): the noun and the non-ordinal words that count it (events/frames.py).
    occasion_nouns: frozenset[str] = frozenset()
    occasion_counters: frozenset[str] = frozenset()
    # Verbs of a lasting state and the preposition that dates its start ("a record that had stood since
    # 1947"): beside a row of that start, no row of their own (events/standing.py).
    lasting_verbs: frozenset[str] = frozenset()
    since_preps: frozenset[str] = frozenset()
    # Verbs that make a day an occasion ("declared Friday a day of mourning"): the day is their object,
    # a coming occasion, and dates neither the verb nor its conjuncts (events/taken_dates.py, round 65b).
    occasion_naming_verbs: frozenset[str] = frozenset()
    # A century or a decade before a noun ("the 19th-century painter", "a 1960s block"): the noun's
    # era, no row (events/phrases.py, `modified_noun`); `decade` is a regex over one word.
    era_nouns: frozenset[str] = frozenset()
    # Prepositions besides `inclusion_preps` whose event noun is the scene of its clause ("on his June 4
    # trip, he appealed ..."): a date before that noun dates the clause too (events/attach.py).
    noun_scene_preps: frozenset[str] = frozenset()
    decade: str = ""
    # "had not found a pattern until this summer": the finding happened then (status.py)
    until_preps: frozenset[str] = frozenset()
    # "is not expected to be heard before next year": a negated "before" bounds the start as "until" does;
    # the hearing is expected from then, not denied (status.py, `not_until`; round 27)
    not_before_preps: frozenset[str] = frozenset()
    # The auxiliary of do-support ("did not expect prices to ease before May"): with it the negated
    # "before" stays written, "not" and all; "did expect" alone reads as the opposite (kept.py; round 29)
    do_support: frozenset[str] = frozenset()
    # An adjective that doubts the verb it governs ("was unlikely to hear the appeal before next year"):
    # the verb's "before"/"until" phrase stays written, as under a "not" (kept.py, `negated_before`)
    doubting_adjectives: frozenset[str] = frozenset()
    # A bare participle of expectation after a comma that holds only its date ("It takes effect when it
    # is published in the official gazette, expected on Friday"): the date is the clause's, expected
    # (events/anchor.py; round 29)
    trailing_expectations: frozenset[str] = frozenset()
    # "The count was first planned for 2016", "a date was set for April 2023": a passive verb of planning
    # or setting with a "for" date tells a plan, `planned` (events/plan_dates.py; round 27)
    plan_for_verbs: frozenset[str] = frozenset()
    plan_for_preps: frozenset[str] = frozenset()
    # "overturns a decision by the cantonal court in March": the object's own doer, so the date is the
    # decision's (events/present_objects.py; round 27)
    noun_agent_preps: frozenset[str] = frozenset()
    # "in the days after the flood": a time counted from another happening; the sentence carries on no
    # dated scene (events/relative_periods.py; round 27)
    relative_period_units: frozenset[str] = frozenset()
    # "in the third week", "in the final days": a time counted from the start of something (round 30)
    ordinal_period_units: frozenset[str] = frozenset()
    ordinal_period_words: frozenset[str] = frozenset()
    # "two companies controlled by businessman Sorin Marin between 2022 and 2025": a state's reduced
    # relative; the date is its clause's (events/state_participles.py; round 27)
    state_participles: frozenset[str] = frozenset()
    # "vote on the budget that includes the fee increase later in November": a present-tense state's
    # relative clause; the date after it is the clause above's (events/relative_states.py; round 28)
    relative_state_verbs: frozenset[str] = frozenset()
    # "protects every job that exists today": a present relative clause of existence says which things
    # are meant; with its date it is no event (events/relative_states.py; round 40a)
    existence_verbs: frozenset[str] = frozenset()
    # "will contact everyone who stayed at the campground between April 18 and May 9": a relative on
    # such a pronoun says who is meant; told alone it is no event (events/relative_states.py; round 43a)
    relative_pronoun_heads: frozenset[str] = frozenset()
    # "The ministry said the water had risen. By Monday it had stopped rising": a level that rises or
    # falls is no organisation's doing; such an "it" is not the reporter (events/actors.py; round 43a)
    level_verbs: frozenset[str] = frozenset()
    # "all jars with best-before dates between March and June 2026": a date printed on things, no
    # event's date (events/label_dates.py; round 28)
    label_date_nouns: frozenset[str] = frozenset()
    label_date_preps: frozenset[str] = frozenset()
    # "cutting the journey from more than five hours to under two": a duration that is a change's
    # amount, kept in the description (events/change_amounts.py; round 28)
    change_amount_preps: frozenset[str] = frozenset()
    relative_period_determiners: frozenset[str] = frozenset()
    relative_period_preps: frozenset[str] = frozenset()
    # a verb of planning or expecting as the predicate itself, its status its control_verbs cue:
    # "It plans four more launches this year" (status.py)
    intent_verbs: frozenset[str] = frozenset()
    # a verb offering a gathering and the gatherings ("offered a second meeting on Tuesday", told on
    # Sunday: the meeting ahead is `expected`, not the offer `occurred`; status.py)
    offer_verbs: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    # First and second person, a speaker or listener a row cannot name (events/finite.py: such a clause
    # is a quotation, no row; "US" the country is no pronoun), and those of them a named speaker's
    # saying names ("Lima said I am staying"); a generic someone ("Anyone who ... should": advice)
    speaker_pronouns: frozenset[str] = frozenset()
    named_speaker_pronouns: frozenset[str] = frozenset()
    generic_pronouns: frozenset[str] = frozenset()
    # First-person possessives ("My grandfather voted no"): a quotation's speaker (events/finite.py)
    speaker_possessives: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()  # "That ends": a pointer with nothing named (demonstratives.py)
    # A participle after these tells what came before or after its clause ("before moving to a club in
    # July"), not its complement ("accused the mayor of taking bribes") (events/finite.py)
    sequence_preps: frozenset[str] = frozenset()
    # Prepositions that take a time expression: a word between one of them and a date may be the
    # date's own ("in her first week"); after any other, an object pronoun of `stray_object_pronouns`
    # the parser hung on the date is the preposition's ("against her next week") (events/complements.py)
    time_preps: frozenset[str] = frozenset()
    stray_object_pronouns: frozenset[str] = frozenset()
    # The markers of a short clause that says why a bare verb happened ("walked away after the
    # government objected") (events/complements.py)
    cause_markers: frozenset[str] = frozenset()
    # The subjects of a copula that ranks a happening ("It is the second theft this year": a count, no
    # row) (events/tallies.py)
    pointer_pronouns: frozenset[str] = frozenset()
    # The articles before a noun that "he"/"she" may stand for ("a man was arrested ... He is due to
    # appear") (events/objects_before.py)
    articles: frozenset[str] = frozenset()
    # The conjunctions that join the members of one plural party ("Solberg and her colleague Harouna
    # were freed. They were seized ...": they are both) (events/pairs.py)
    additive_conjunctions: frozenset[str] = frozenset()
    # The generic company nouns written with the company's name as an object too ("Kessler founded the
    # company in 2016"): only the nouns that never name anything else ("the network", "the chain" may
    # be a computer network, a chain of shops) (events/generic_objects.py)
    generic_object_orgs: frozenset[str] = frozenset()
    # The personal and possessive pronouns that, opening a row's description, leave who acted unsaid
    # once the resolver has had its turn: such rows are left out (events/unresolved.py)
    unresolved_openers: frozenset[str] = frozenset()
    # events/antecedents.py: a relative pronoun left as a row's subject (its antecedent unsure): the
    # row is left out whatever its actors
    unsure_openers: frozenset[str] = frozenset()
    # events/thing_it.py (round 50): passive verbs whose subject is a happening ("it could be held
    # alongside the elections"): a passive "it" of one is the happening its sentence names, no body
    held_verbs: frozenset[str] = frozenset()
    # events/lead.py (round 53b): verbs of a thing's making ("It was built by Joseph Storr"): a passive
    # of one with its maker names who made the thing, before the dated scene it is carried into
    making_verbs: frozenset[str] = frozenset()
    # Verbs that move a thing to a new date, and the prepositions of that date ("postponed the vote
    # until Tuesday"): the date is the thing's, not the postponing's (events/postponed.py)
    postponing: frozenset[str] = frozenset()
    suspending: frozenset[str] = frozenset()  # ... "until" the thing resumes: dated the same way, no row of the thing
    # Verbs of calling off: a date inside their subject ("The vote set for Tuesday was cancelled") is the
    # thing's, like a postponing's (events/noun_dates.py; round 30)
    cancelling: frozenset[str] = frozenset()
    rescheduled: tuple[str, ...] = ()  # what a postponed thing now is, singular and plural: "is now set for"
    # "crest on Thursday or Friday": one row spanning both dates (events/either.py)
    disjunctions: frozenset[str] = frozenset()
    new_date_preps: frozenset[str] = frozenset()
    # a perfect whose object is moved into a coming period is done ("had pushed back deliveries into
    # next year": `occurred`, events/status.py; round 39b)
    moved_into_preps: frozenset[str] = frozenset()
    # a verb's own "on"/"from" a relative day the tagger put ahead of the story's day ("will be printed
    # and posted to voters from Monday", said on a Thursday): what is done from then is still to come,
    # `expected` (events/status.py; round 52d)
    coming_day_preps: frozenset[str] = frozenset()
    # Participles of putting out a text ("A city audit published in April found ..."): the text says
    # what it found when it came out, so the clause it is the subject of takes the participle's date;
    # another participle with words of its own ("sensors installed on the glacier last year detected
    # ...") is told alone (events/describe.py); a naming participle ("known as") keeps the old reading
    publishing_participles: frozenset[str] = frozenset()
    # The start of what is declared or ordered ("declared three days of mourning starting on Wednesday"):
    # a date of the start verb dates the plan, not the act of declaring it (anchor.py)
    plan_starts: frozenset[str] = frozenset()
    plan_start_acts: frozenset[str] = frozenset()
    # Words whose loss changes a description's meaning (events/kept.py): adverbs that negate their head
    # or all but ("little changed"), the marks of a comparison ("as planned"), the words that open a
    # verb's object ("approved the deal": a past form, not a participle), verbs whose object is the
    # subject of the to-infinitive after it ("wants wind power to supply").
    meaning_negators: frozenset[str] = frozenset()
    comparing_marks: frozenset[str] = frozenset()
    object_determiners: frozenset[str] = frozenset()
    object_control: frozenset[str] = frozenset()
    # Advice to everyone, no event (events/verbless.py): modals of obligation and subjects such as "nobody"
    obligation_modals: frozenset[str] = frozenset()
    everyone_pronouns: frozenset[str] = frozenset()
    # "every rider", "each parent": a subject under them is everyone of a kind, as "everyone" (round 70b)
    every_determiners: frozenset[str] = frozenset()
    # "somebody", "nothing": with `everyone_pronouns`, `negative_pronouns` and a "no" noun, the subject of a
    # quoted sentence with its speaker cut that restates the news ("Today somebody listened"; quoted.py)
    someone_pronouns: frozenset[str] = frozenset()
    # "will work as a television commentator": a role the subject takes, no other person (main_person.py)
    role_preps: frozenset[str] = frozenset()
    # Nouns of figures and payments whose "for" period is what they cover ("will publish its figures
    # for January next week", "to pay the difference for January"): no date of the act (events/covered.py)
    covered_nouns: frozenset[str] = frozenset()
    # Prepositions that set the scene or time of their verb: a participle's date after their object
    # dates the verb too ("was found during checks carried out last week", "said in a letter published
    # Wednesday"), so events/modifier_date.py keeps those rows.
    modifier_scene_preps: frozenset[str] = frozenset()
    # A date inside a noun's phrase dates that noun, not the verb (events/noun_dates.py): "including"
    # phrases, "after <noun>" phrases of a verb dated elsewhere
    including_preps: frozenset[str] = frozenset()
    after_noun_preps: frozenset[str] = frozenset()
    # Verbs of ending: a clock time of the earlier "began at 11 a.m." does not date them
    # (events/clock_conjuncts.py)
    ending_verbs: frozenset[str] = frozenset()
    # Verbs of departure: their clock time ("left Brussels at 7:22 p.m. and stopped in Lille") does not
    # date a later conjunct, what the journey did later (events/clock_conjuncts.py; round 30)
    departure_verbs: frozenset[str] = frozenset()
    # Verbs of a state whose subject's dated modifier ("the 1859 treaty remained valid") dates only the
    # subject noun (events/anchor.py); before a participle they are its copula: "remained closed on
    # Friday" is told whole, never "closed" (events/describe.py)
    subject_state_verbs: frozenset[str] = frozenset()
    # Prepositions that tie a date to the object noun before them ("showed internal emails from 2019",
    # "cited a study of 2018"): the date is the emails' or the study's, not the verb's (modifier_date.py)
    object_date_preps: frozenset[str] = frozenset()
    # "roughly the same as in the same period of 2024": a date under such a period is the yardstick a
    # figure is set against (events/phrases.py)
    comparison_period_nouns: frozenset[str] = frozenset()
    same_period_words: frozenset[str] = frozenset()
    # "suspended all matches for next weekend and ordered inspections": the period the first act covers,
    # no date of its conjunct (events/period_share.py)
    covered_period_preps: frozenset[str] = frozenset()
    range_ends: frozenset[str] = frozenset()  # "from 2019 to 2021", "from 2027 onwards": a start, not a date
    # Marks of a gerund clause that happens while its verb does ("died ... while clearing snow"): the
    # clause's date is its verb's (events/reduced.py)
    gerund_simultaneity_marks: frozenset[str] = frozenset()
    # Verbs of letting or making someone do something with a bare infinitive ("let drivers wear
    # shorts since 2018"): the letter's act is the row, the infinitive its object (events/reduced.py)
    letting_verbs: frozenset[str] = frozenset()
    # Two-word marks of a dropped alternative ("instead of in mid-March", "rather than on Monday"), and
    # their last words: a date after them dates no row (events/alternatives.py)
    alternative_marks: frozenset[str] = frozenset()
    alternative_ends: frozenset[str] = frozenset()
    # Word forms (not lemmas: the parser's lemma of "hoped" is "hop") of verbs of hoping or wishing:
    # what they take is `expected`, never `occurred` ("she hoped to reach a deal") (events/wishes.py)
    wishing_forms: frozenset[str] = frozenset()
    # Determiners and pronouns that open a noun phrase: "is due to the weather" is a cause, "is due to
    # land" a plan (events/wishes.py)
    phrase_openers: frozenset[str] = frozenset()
    # Nouns (lemmas) of a stretch of time: "arrested five workers in the weeks that followed, and two
    # of them ...": "them" passes over "weeks" to the workers (events/plural_objects.py)
    time_unit_nouns: frozenset[str] = frozenset()
    # Nouns a relative clause with no relative word follows with no object gap ("the way the board
    # voted", "the reason the plant closed"): no object of the clause's verb (finite.contact_relative_object)
    adverbial_antecedents: frozenset[str] = frozenset()
    # Compass words that measure a thing's place from another ("40 km south of Lindau"): a comma's
    # "which" after the other place is seldom that place's (antecedents.reference_point)
    compass_words: frozenset[str] = frozenset()
    # Prepositions that place a thing next to a named place ("a lake near Lviv, which froze over"): a
    # comma's "which" after the name is the thing's (antecedents.thing_near_place)
    nearby_preps: frozenset[str] = frozenset()
    surface_preps: frozenset[str] = frozenset()  # "a mill on the slopes of X" (antecedents._part_of_place)
    # Verbs (lemmas) done to a proposal and the proposal's nouns: "a plan to merge the hospitals, which
    # the cabinet approved" approves the plan (actors.relative_substitutions)
    proposal_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    # Words (lemmas) that count out of a set like a number: "a handful of them", "the majority of them"
    # (events/plural_objects.py)
    quantity_words: frozenset[str] = frozenset()
    # Quantifiers that stand alone as a subject ("and by 1960 most had been closed"): read as the
    # verb's adverb, still the conjunct's own subject (events/clausal.py)
    quantifier_subjects: frozenset[str] = frozenset()
    # Offices only a person holds (lemmas): a name set beside one ("Its managing director, Elena
    # Sastre") is no company "the company" or "it" stands for, whatever the tagger calls it (events/actors.py)
    office_titles: frozenset[str] = frozenset()
    # Titles a contest gives a person (lemmas): "Last year's champion did not start" dates the title,
    # not the verb (events/attach.py, `titled_subject_date`)
    contest_titles: frozenset[str] = frozenset()
    # Adjectives of what their subject can or will do: "left it unable to repay" makes "it" an agent,
    # unlike "made it clear that" (events/small_clauses.py)
    agent_adjectives: frozenset[str] = frozenset()
    # Nouns (lemmas) of what only a company has: "Its majority shareholder", "its parent": the "its" is
    # a company's, never a bill's or a decree's (events/company_owner.py)
    company_role_nouns: frozenset[str] = frozenset()
    # Pro-verbs (lemmas) that stand for a verb told before: "as New Brunswick did on its bridges" says
    # nothing once the verb it stands for is out of the row (events/stand_ins.py)
    pro_verbs: frozenset[str] = frozenset()
    # Nouns (lemmas) of a thing someone makes or signs: told bare ("The treaty", from "the 1859
    # treaty") the row says neither who made it nor what it says (events/stand_ins.py); a happening
    # ("The earthquake", "The referendum") is kept
    made_nouns: frozenset[str] = frozenset()
    # Verbs (lemmas) whose subject "it" is an organisation, never a thing or a happening told before
    # ("when it reports quarterly results": the company, not "the recall"; events/actors.py)
    organisation_deeds: frozenset[str] = frozenset()
    # Nouns (lemmas) of a deed someone does to others: told bare ("The uprising", from "the 2011
    # uprising") the row says neither who did it nor where (events/lost_news.py)
    deed_nouns: frozenset[str] = frozenset()
    # Verbs (lemmas) of saying whose object is a clause: a noun object with its relative clause cut
    # ("said 91 percent of members [who voted backed ...]") is the clause misread (events/lost_news.py)
    clause_saying: frozenset[str] = frozenset()
    # Verbs (lemmas) of "It took [them] until <date> to <verb>": the date is the verb's, the row the
    # verb's happening (events/lost_news.py)
    span_taking: frozenset[str] = frozenset()
    # Prepositions of what a past request asks for ("had asked for talks next week"): a date ahead on
    # their noun is the noun's, never the asking's (events/noun_ahead.py)
    request_preps: frozenset[str] = frozenset()
    # Words of the name of an organisation that is no company (lower-cased): a union, a federation, a
    # union of states; "the company" and a company's "Its shares" never stand for one ("The United
    # Steelworkers ... The company has struggled"; events/not_company.py). Endings in
    # `not_company_endings` count too ("Steelworkers", "Autoworkers").
    not_company_words: frozenset[str] = frozenset()
    not_company_endings: tuple[str, ...] = ()
    territory_locale: str = ""  # CLDR locale whose country names are no company (events/not_company.py)
    # A "which" clause on the place of a named institution ("the Nubia Museum in Aswan, which opened
    # in 1997"): the prepositions of where a name stands, and the verbs (lemmas) of an institution's
    # life that make the clause the institution's (events/place_relatives.py).
    place_name_preps: frozenset[str] = frozenset()
    # Third-person plural pronouns: one left in a description with no plural before it in the row
    # leaves the row out (events/dangling.py; `person_pronouns` and `thing_pronouns` likewise).
    plural_pronouns: frozenset[str] = frozenset()
    # Singular nouns (lemmas) of a body of people that news writes with "their" ("The military stated
    # their right", "the electorate cast their ballots"; events/dangling.py).
    collective_nouns: frozenset[str] = frozenset()
    # Adjectives that single a new referent out ("the only regular supplier halted deliveries"): such a
    # subject is described, not named again, and is never written as someone named before (events/actors.py).
    singling_adjectives: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()  # "itself": an object that is its verb's subject
    institution_verbs: frozenset[str] = frozenset()
    # A state of commitment ("committed to", "determined to", "on track to") and the prepositions of a
    # deadline: a deadline in its complement dates the target, not the state (events/borrowed_dates.py)
    commitment_states: frozenset[str] = frozenset()
    course_nouns: frozenset[str] = frozenset()
    deadline_preps: frozenset[str] = frozenset()
    # The preposition of an absolute clause, "ended in 2023 with the firm agreeing to finish by 2025":
    # a date in the gerund's infinitive is the infinitive's deadline (events/deadline_dates.py); an
    # absolute with its own subject ("landed with a third of its fuel left") is a state the main verb
    # left, no row of its own (events/governed_clauses.py)
    absolute_preps: frozenset[str] = frozenset()
    # The limit of a condition in a relative clause on a bare plural ("staff who quit before May 1 will
    # get a bonus"): the row tells the clause above (events/governed_clauses.py, `condition_relative_host`)
    relative_condition_preps: frozenset[str] = frozenset()
    # Verbs of undertaking ("promised to build 500 homes by 2024"): a "by" deadline in their infinitive
    # that has passed is the target's, not the promise's day (events/deadline_dates.py); not "ceased to
    # exist by December", whose date is the ceasing's
    undertaking_verbs: frozenset[str] = frozenset()
    # Verbs whose object takes a participle as its state ("kept helicopters grounded all of Friday"):
    # the date is the keeping's, not a modifier of the object (events/modifier_date.py)
    keeping_verbs: frozenset[str] = frozenset()
    # "all of Friday and Saturday": one happening through both days, one row (events/whole_spans.py)
    whole_span_leads: frozenset[str] = frozenset()
    whole_span_joins: frozenset[str] = frozenset()
    # The `generic_orgs` nouns that stand for any kind of company ("The company" after "Donau Wohnbau,
    # a developer of ..."; events/kind_before.py).
    umbrella_orgs: frozenset[str] = frozenset()
    # Singular nouns of a set of people written as "they" ("The pair, both 31, set out ... They were
    # caught"; events/kind_before.py).
    pair_group_nouns: frozenset[str] = frozenset()
    # Function words the engine's modules once spelled out in English (issue: no words in events/):
    # the preposition of a noun's complement or owner ("a group of residents", "two of them", "chief
    # executive of Acme"; actors, agents, chained, complements, market, plural_objects, speaker_company)
    genitive_preps: frozenset[str] = frozenset()
    # Prepositions of a noun's phrase whose comma "which" the parser hangs on the phrase's noun though
    # it may be about the first ("talks with employers, which broke down"; events/antecedents.py,
    # events/actors.py: the whole phrase is told, round 61a)
    phrase_preps: frozenset[str] = frozenset()
    # Verbs (lemmas) whose subject must be able to act ("which will decide next week"), and the body
    # nouns that can ("fund", "trust"): a comma's "which" after "help from a regional fund" is the
    # fund's when the verb needs a doer, not the whole phrase's (events/antecedents.py, round 63c)
    acting_verbs: frozenset[str] = frozenset()
    signing_verbs: frozenset[str] = frozenset()  # "which was signed": a paper's, never a happening's (antecedents.py)
    person_trade_orgs: frozenset[str] = frozenset()  # "a producer, Ann Lee": a person's trade too (actors.py)
    acting_bodies: frozenset[str] = frozenset()
    # Words that open a phrase whose noun the parser may make the subject of a bare past participle
    # ("sorry for the hurt caused"): no clause opens with them and a subject, so the noun is no
    # subject a later "its" goes on with (events/actors.py, round 67b)
    participle_phrase_marks: frozenset[str] = frozenset()
    # Verbs (lemmas) of a thing's making or showing whose passive takes the made thing ("a memorial to
    # the victims of the explosion, which is to be unveiled": the memorial), and the prepositions of
    # the made thing's phrase (events/antecedents.py, round 63c)
    showing_verbs: frozenset[str] = frozenset()
    made_thing_preps: frozenset[str] = frozenset()
    # ... of those, the one of a thing's attribute or tool: an object "which" stays the nearer noun's ("check
    # theses with plagiarism software, which the university has used"; events/antecedents.py)
    instrument_preps: frozenset[str] = frozenset()
    # nouns of a measure set after a noun as its apposition ("an asteroid the size of a bus";
    # events/apposed_names.py)
    measure_nouns: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()  # "the towing company's": a kind told (dangling, chained)
    # ", a project first proposed ...": a closing apposition opens on one, not a main clause (apposed_splices.py)
    indefinite_articles: frozenset[str] = frozenset()
    margin_preps: frozenset[str] = frozenset()  # "fell by a fifth": a change's amount (complements.py)
    opposing_preps: frozenset[str] = frozenset()  # "a motion against her": a complement kept (complements.py)
    # "available from Nintendo": who supplies an available product, so not the lead's (agents.py)
    supplier_preps: frozenset[str] = frozenset()
    # Nouns (lemmas) whose compound owner is the product, not its maker ("the iPhone release"; agents.py)
    notice_nouns: frozenset[str] = frozenset()
    # `bringing_out` verbs that bring out only with their particle ("roll out", not "rolled into town")
    particle_bringing_out: frozenset[str] = frozenset()
    # Relative pronouns of a person ("who") and of a thing ("which"): the antecedent they may have
    # (antecedents.py, place_relatives.py, timing_which.py)
    person_relatives: frozenset[str] = frozenset()
    thing_relatives: frozenset[str] = frozenset()
    # Relative pronouns a broken relative clause opens with ("The deal, which the boards approved ...",
    # phrases.py)
    wh_relatives: frozenset[str] = frozenset()
    # Forms of a thing's own date or maturity ("the notes, which will be due on Nov. 1"; timing_which.py)
    dating_forms: frozenset[str] = frozenset()
    # Pronouns written with a capital anywhere in a sentence ("I"): no sign of a sentence's start or a
    # name (attributed.py, spliced_quotes.py)
    capital_pronouns: frozenset[str] = frozenset()
    # Capitalised names spelled like a speaker pronoun ("US" the country; finite.py), case-sensitive
    pronoun_homographs: frozenset[str] = frozenset()
    first_person_singular: frozenset[str] = frozenset()  # "I", "me": a named speaker's saying (finite.py)
    # Past forms of the copula that show the subject's number where the tag does not ("was", "were";
    # chained.py, actors.py)
    singular_past_forms: frozenset[str] = frozenset()
    plural_past_forms: frozenset[str] = frozenset()
    # Auxiliaries that agree with their subject: form -> (singular, plural), to write a shared
    # auxiliary for a conjunct's own subject (gapped.py)
    agreeing_auxiliaries: Mapping[str, tuple[str, str]] = dataclasses.field(
        default_factory=lambda: MappingProxyType({}))
    # Pronouns of a speaking group ("we", "you"): never an organisation candidate (actors.py)
    group_speaker_pronouns: frozenset[str] = frozenset()
    # Pronouns that may name another group than a chain of "they" (chained.py, `earlier_they`), and the
    # plural personal pronouns that make a plural object before "them" unsure (chained.py)
    other_group_pronouns: frozenset[str] = frozenset()
    plural_personal_pronouns: frozenset[str] = frozenset()
    # Personal subject pronouns that speak for the lead's actor (lead.py, `pronoun_subject`)
    personal_subject_pronouns: frozenset[str] = frozenset()
    # The plural object pronoun ("them"), the neuter pronoun ("it") and its possessive ("its") the
    # resolvers look for (actors, chained, objects_before, plural_objects, conjunct_it, possessives,
    # small_clauses, dangling)
    plural_object_pronouns: frozenset[str] = frozenset()
    neuter_pronouns: frozenset[str] = frozenset()
    # A preposition that tells what was paid ("bought the building for 2.4 million euros and turned it
    # into ..."): its amount is no rival of the object a joined clause's "it" goes on with
    # (events/conjunct_it.py, round 73a).
    price_preps: frozenset[str] = frozenset()
    # The `collective_nouns` that name a body that speaks, not a set of people ("the group Torre Verde
    # said it"): with `generic_orgs`, the kinds that make a sayer a body (events/sayer_it.py, round 73a).
    body_collectives: frozenset[str] = frozenset()
    neuter_possessives: frozenset[str] = frozenset()
    # "one" as a pronoun ("no one was hurt", "one of the brands"; conjuncts, dangling, verbless), and
    # the numbers that count one, not many ("more than 60" is many; gapped.py)
    one_pronouns: frozenset[str] = frozenset()
    # "ones" standing for a noun said before ("waiting for the ones ordered in 2019"): a subject the row
    # cannot name (demonstratives.ones_subject), unless a modifier makes it a noun of its own ("loved ones")
    anaphoric_ones: frozenset[str] = frozenset()
    lexical_ones_modifiers: frozenset[str] = frozenset()
    singular_numbers: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()  # "no one", "no change" (kept.py, verbless.py)
    # The words of the story's own day or the next ("today", "tomorrow"): a quoted sentence dated only
    # by one, its speaker cut, restates the day's news (quoted.py, `restated_in_quotes`)
    story_day_words: frozenset[str] = frozenset()
    # Verbs that give someone time until a deadline ("has until Friday to", "gave them until"; describe.py)
    time_allowing_verbs: frozenset[str] = frozenset()
    open_range_ends: frozenset[str] = frozenset()  # "from 2027 onwards": a range's start (modifier_date.py)
    distributive_adverbs: frozenset[str] = frozenset()  # "respectively": dates shared out (respectively.py)
    # "twice", "three times": a count of happenings whose dates are then listed (respectively.py)
    repeat_counts: frozenset[str] = frozenset()
    repeat_count_nouns: frozenset[str] = frozenset()
    # "three times, most recently in 2011", "five times, last in March": the date is the last of the
    # count's happenings only, so its row leaves the count out (respectively.py)
    latest_instance_words: frozenset[str] = frozenset()
    comparative_conjunctions: frozenset[str] = frozenset()  # "than": a yardstick date (verbless.py)
    any_determiners: frozenset[str] = frozenset()  # "than in any year since 2012": a record's base (phrases.py)
    # Round 73d: a multiplier before a noun ("more than twice the share recorded in 2024") makes it the
    # yardstick of a comparison (apposed_names.py); the word of a thing's value ("the contracts, worth
    # 48 million euros, which were signed": the contracts, worth_amounts.py)
    multiplier_words: frozenset[str] = frozenset()
    value_words: frozenset[str] = frozenset()
    # "had agreed to ... until March": a past-perfect plan's end (past_perfect.py); the prepositions
    # between two numbers of a range ("2 to 3"; the dashes are the engine's, phrases.py)
    up_to_preps: frozenset[str] = frozenset()
    range_preps: frozenset[str] = frozenset()
    # Nouns (lemmas) of an aim or an act whose content "was to" tells, no plan ("The aim was to
    # reach the summit", "His first act was to ..."; events/was_to.py).
    aim_nouns: frozenset[str] = frozenset()
    # Verbs (lemmas) that "was to" uses for what came to pass ("He was to become president"; was_to.py).
    destiny_verbs: frozenset[str] = frozenset()
    # Verbs (lemmas) whose bare past after a passive and "and" tells what the subject did itself
    # ("was hit and sank", "was questioned and fled"), no second passive (events/gapped.py).
    self_acting_pasts: frozenset[str] = frozenset()
    # A standing rule's hour (events/rule_hours.py): nouns of a rule ("a ban ... after midnight"),
    # modals of a requirement ("must close at midnight") and verbs (lemmas) of ordering or allowing
    # whose infinitive a rule's hour is on ("ordered the club to close at midnight").
    rule_nouns: frozenset[str] = frozenset()
    rule_modals: frozenset[str] = frozenset()
    rule_verbs: frozenset[str] = frozenset()
    # Words opening a regime's start on a clause's verb ("dimmed between midnight and 5 a.m. from
    # April", "close at 8 p.m. starting Monday"): its clock time recurs, no day's (rule_hours.py).
    regime_start_preps: frozenset[str] = frozenset()
    # Round 57d (status.py): the words of an exception on a negative object ("had no choice but to
    # sell"): such an object does not deny the act; and the participles of a plan told in the past
    # ("was meant to finish last winter but was held up"): with a "but" conjunct, a plan that failed.
    exception_words: frozenset[str] = frozenset()
    # Round 62e (status.py): verbs, with their particle, whose negation leaves the object possible ("did
    # not rule out a second vote next year" is `expected`, not `negated`)
    open_prospect_verbs: frozenset[str] = frozenset()
    # Round 62e (figures.py): nouns that are a manner of speaking when a verb closes them ("it closed a
    # chapter") or they begin or end ("a chapter that began more than 130 years ago"), and those verbs
    # (lemmas), taking the noun as object and as subject: no event
    figure_nouns: frozenset[str] = frozenset()
    figure_verbs: frozenset[str] = frozenset()
    figure_subject_verbs: frozenset[str] = frozenset()
    failed_plan_verbs: frozenset[str] = frozenset()
    # Round 71c (anchor.py, `_earlier_occurrence`): the adjectives that make an event noun an earlier
    # one of its kind ("at the previous election in 2024"), whose date is that one's, not the clause's
    earlier_occurrence_adjectives: frozenset[str] = frozenset()
    # `until_preps` and `not_before_preps` together, the bounds a negation may hold (kept.py, status.py):
    # made once here, not per row
    bound_preps: frozenset[str] = dataclasses.field(init=False, default=frozenset())
    # `reporting` and `speech_acts` together, the verbs that say or ask (clauses.py, it_org.py)
    saying_verbs: frozenset[str] = dataclasses.field(init=False, default=frozenset())
    # the nouns of a happening or a value, which never speak (it_org.thing_speaks)
    mute_nouns: frozenset[str] = dataclasses.field(init=False, default=frozenset())
    # he/she/his/her... and man/woman/widow...: what names a person by gender (derived, as bound_preps)
    gendered_pronouns: frozenset[str] = dataclasses.field(init=False, default=frozenset())
    gendered_words: frozenset[str] = dataclasses.field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "bound_preps", self.until_preps | self.not_before_preps)
        object.__setattr__(self, "saying_verbs", self.reporting | self.speech_acts)
        object.__setattr__(self, "mute_nouns", self.event_nouns | self.amount_nouns | self.owned_amounts |
                           self.price_nouns | self.measure_nouns)
        object.__setattr__(self, "gendered_pronouns", self.masculine_pronouns | self.feminine_pronouns)
        object.__setattr__(self, "gendered_words", self.masculine_words | self.feminine_words)

    @classmethod
    def from_module(cls, module: ModuleType) -> EventWords:
        """The pack a data module spells out: each field from the module's upper-case name of it."""
        values = {}
        for field in dataclasses.fields(cls):
            if not field.init:
                continue  # derived from the others (__post_init__)
            optional = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
            if optional and not hasattr(module, field.name.upper()):
                continue  # an optional hook the language does not need
            value = getattr(module, field.name.upper())
            if isinstance(value, dict):
                value = MappingProxyType(dict(value))
            elif isinstance(value, (set, frozenset)):
                value = frozenset(value)
            values[field.name] = value
        return cls(**values)


def english() -> EventWords:
    """The English pack (lang/en/events.py), the engine's default."""
    from ..lang.en import events

    return EventWords.from_module(events)


ENGLISH = english()
