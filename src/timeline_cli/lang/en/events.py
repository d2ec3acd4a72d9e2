"""English words of the event engine (events/), as plain data: the engine reads them through
`events.words.EventWords` and holds no English itself. Lemmas unless said otherwise; sets are
lower-case. Adding a language: a module like this one in its own folder (lang/xx/events.py).
"""
from .repairs import mend_parse
from .temporal import COPULAS, EVENT_NOUNS, GATHERING_NOUNS, HOLIDAYS, OFFER_LEMMAS, SEASONS  # noqa: F401 (read as pack fields, like the names below)
from .temporal import HABIT_ADVERBS as TEMPORAL_HABIT_ADVERBS
from .temporal import LIMIT_CONDITION_PREPS as TEMPORAL_LIMIT_PREPS
from .temporal import START_PARTICIPLE_LEMMAS as TEMPORAL_START_PARTICIPLES

# Amounts reported for a period: a date modifying one dates it ("year-earlier profit"), unless the
# amount is a subject ("third-quarter sales dropped" dates the drop). A verb with such an object keeps
# the row ("had a loss for the quarter" -> had): TimeBank links the verb nearly twice as often.
AMOUNT_NOUNS = {"result", "earnings", "profit", "sale", "revenue", "income", "loss", "charge",
                "gain", "write-down", "dividend", "deficit", "surplus"}
# Suffixes of nouns that name actions ("accession", "deployment", "arrival", "hearing"), and
# frequent nouns with those endings that do not.
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "val", "sal", "ial", "ure")
NOT_EVENT_NOUNS = {
    "nation", "station", "position", "population", "information", "institution", "administration",
    "organization", "corporation", "commission", "association", "foundation", "federation",
    "constitution", "section", "edition", "portion", "proportion", "condition", "situation",
    "question", "generation", "region", "legislation", "tradition", "jurisdiction", "location",
    "direction", "version", "division", "television", "vision", "pension", "department",
    "government", "parliament", "management", "equipment", "apartment", "document", "instrument",
    "element", "segment", "environment", "ministry", "morning", "evening", "thing", "king", "ring",
    "string", "spring", "wing", "building", "ceiling", "housing", "clothing", "funding",
    "financial", "official", "material", "potential", "capital", "total", "interval", "rival",
    "editorial", "initial", "social", "industrial", "commercial", "memorial", "serial",
    "future", "picture", "structure", "culture", "nature", "measure", "feature", "figure",
    "procedure", "temperature", "literature", "furniture", "legislature", "agriculture",
    "difference", "evidence", "confidence", "science", "audience", "presidence", "residence",
    "experience", "sentence", "insurance", "balance", "distance", "instance", "substance",
    "alliance", "finance", "ordinance", "commitment", "amendment", "sentiment",
    "attention", "intention", "opinion", "union", "million", "billion", "mention", "percentage",
    "nothing", "something", "anything", "everything", "ending", "setting", "listing",
    "earning", "spending", "lending", "rating", "standing", "holding", "being",
    # Amounts a period is reported for: "third-quarter sales dropped" dates the drop.
    "result", "earnings", "profit", "sale", "revenue", "income", "estimate", "projection",
}

# Verbs whose xcomp is the real event; the value is the status they give it (None: no cue).
CONTROL_VERBS = {
    "expect": "expected", "likely": "expected", "forecast": "expected", "predict": "expected",
    "anticipate": "expected", "project": "expected", "set": "planned", "plan": "planned",
    "schedule": "planned", "intend": "planned", "due": "planned", "prepare": "planned",
    "aim": "planned", "have": None, "need": None, "fail": "negated",
    "go": "expected",  # "be going to"
}
# Modals of what is to happen, may happen or is owed ("must pay", "should have approved"): not `occurred`.
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "may", "might", "could", "should", "must"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}
REPORTING = {"say", "report", "tell", "add", "state", "write", "announce", "claim", "note"}
# Verbs whose to-infinitive is the event itself, whatever the date ("had to close on Wednesday").
MODAL_LIKE = {"have", "need", "go", "use", "ought", "be", "seem", "appear", "happen", "tend", "get"}
# Prepositions of a phrase that sets an event's scene ("in composite trading Friday").
INCLUSION_PREPS = {"in", "during", "at", "amid", "throughout"}
# Prepositional phrases that are fixed expressions, not events ("in addition", "in response to").
FIXED_PP_NOUNS = {"addition", "response", "connection", "exchange", "return", "turn", "order",
                  "contrast", "comparison", "particular", "general", "fact", "part", "accordance"}
# Verbs that only schedule or date an event noun ("a summit set for April", "shootings dating to 1994").
SCHEDULING = {"set", "schedule", "plan", "slate", "expect", "due", "date"}
# "declared three days of mourning starting on Wednesday", "announced a curfew beginning Friday": the date
# is the start of what was declared, not the day it was declared (events/anchor.py)
PLAN_STARTS = TEMPORAL_START_PARTICIPLES  # {"start", "begin"}: the temporal pack's participles of starting
PLAN_START_ACTS = {"declare", "announce", "order", "impose", "decree", "proclaim", "call", "set"}
# Participles that end a period ("the year ended Sept. 30").
PERIOD_END = {"end", "close"}

# Status (events/status.py): modifiers of an event noun that make it planned or expected ("Tuesday's
# planned visit": word forms and lemmas), auxiliaries that make a past-tense verb with a future date
# still expected (word forms), and the verbs of "accused him of taking bribes".
PLANNED_MODIFIERS = {"planned", "scheduled", "proposed", "plan", "schedule", "propose"}
EXPECTED_MODIFIERS = {"expected", "upcoming", "possible", "likely", "expect"}
DEFINITE_FUTURE_AUX = {"will", "shall"}
ACCUSING = {"accuse", "suspect"}
# Status `reported` (events/status.py): verbs of alleging and hedging adverbs.
ALLEGING = {"allege", "claim", "accuse", "purport", "contend", "charge"}
HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
# Participles of comparison, whose date is a yardstick, not an event ("compared with a year ago").
COMPARING = {"compare", "contrast"}
# "up 4 percent from a year earlier": the base a change is measured from is no event (events/phrases.py).
YARDSTICK_PREPS = {"from"}
CHANGE_ADVERBS = {"up", "down", "higher", "lower"}
# Written works and the prepositions of their topic: "a second paper, on emissions in winter under the
# ice, is expected" (the winter is the emissions', not the paper's; events/noun_dates.py `topic_date`).
STUDY_NOUNS = {"paper", "study", "report", "book", "article", "documentary", "film", "survey", "thesis",
               "essay", "lecture", "analysis", "chapter"}
TOPIC_PREPS = {"on", "about"}
# "4.2 million tonnes in 2026, against 3.1 million last year": the other figure's date (events/phrases.py)
AGAINST_PREPS = {"against", "versus", "vs", "vs."}
# "Under Thursday's contract, the yard will build a ferry": the contract's day (events/noun_dates.py)
FRAMEWORK_PREPS = {"under", "according to"}
# ... and of a verb of change ("prices rose 5 percent from a year earlier", "fell to 3 billion from 4
# billion a year earlier"); "since" under a superlative or an ordinal is a record's base ("their
# highest since March", "the first time since 1990"), not a date of the happening.
CHANGE_VERBS = {
    "rise", "fall", "drop", "climb", "increase", "decrease", "decline", "grow", "jump", "slide", "slip",
    "gain", "shrink", "soar", "plunge", "tumble", "sink", "ease", "edge", "advance", "surge", "dip",
    "firm", "narrow", "widen", "swell", "expand", "contract", "improve", "slow", "accelerate", "rebound",
    "recover", "retreat", "rally", "dive", "weaken", "strengthen", "double", "triple", "halve", "slump",
}
RECORD_PREPS = {"since"}
# ... and "only" as an ordinal does ("the only walkout in the sector since 2011"), and "first" the
# parse takes for part of a date ("next year, the first since 2008"; events/phrases.py)
RECORD_ADJECTIVES = {"only", "first"}
# "could rise once an inventory is finished later this week": the finishing is to come (governed_status.py)
PENDING_MARKS = {"once", "when", "after", "before", "until", "till"}
# Verbs of saying whose content, a happening to come, is the row when the saying is coordinated with
# the sentence's news ("ended the talks on Friday and said they would meet again next month": one row,
# the meeting, "... said they would meet again"; events/same_sentence.py).
ANNOUNCING = {"say", "announce", "warn", "signal", "indicate", "predict", "promise", "pledge", "vow", "hint",
              "forecast", "caution", "tell", "add", "state", "note", "report", "confirm", "suggest"}
# One row per happening (events/retold.py): a later sentence that tells an earlier row's happening
# again with a verb of the same class ("An earthquake struck Peru on Monday. The quake hit at 4:12
# a.m.") is that row; the class of each verb (lemma, or lemma + particle).
RETELLING_VERBS = {
    "strike": "quake", "hit": "quake", "shake": "quake", "jolt": "quake", "rock": "quake",
    "launch": "launch", "lift off": "launch", "blast off": "launch", "take off": "launch",
    "land": "landing", "touch down": "landing", "splash down": "landing",
    "explode": "explosion", "blow up": "explosion", "detonate": "explosion",
    "crash": "crash", "go down": "crash",
    "resign": "resignation", "quit": "resignation", "step down": "resignation",
    "die": "death", "pass away": "death",
    "erupt": "eruption", "collapse": "collapse", "cave in": "collapse",
}
# "Final results showed on Tuesday that the party lost": the showing is the report of the loss.
RESULT_REPORTS = {"show", "indicate", "suggest", "confirm", "reveal"}
# "The quake struck again": another occurrence, not the same one told again.
NEW_OCCASION_ADVERBS = {"again", "also", "additionally", "too"}
# Prepositions that put a clause before an event ("Before Friday's announcement, X said") or make it a
# state counted from it ("has flown seven times since its first flight in July 2024"): the clause is
# not described as the event, which happened at another time (events/rows.py). "after"/"following" are
# not here: what follows an event is often its outcome on the same occasion ("paid out ... following
# floods").
ORDERING_PREPS = {"before", "ahead", "until", "till", "prior", "pending", "since"}
# "not ... until X" says the event happened (or will happen) at X, not that it did not happen
UNTIL_PREPS = {"until", "till", "til"}
# "is not expected to be heard before next year": expected then (events/status.py, `not_until`);
# "homes built before 2010": which homes, no building (events/class_participles.py)
NOT_BEFORE_PREPS = {"before"}
# "she did not expect prices to ease before May": do-support keeps "not ... before" written (events/kept.py)
DO_SUPPORT = {"do"}
# "the court was unlikely to hear the appeal before next year": a doubted verb's "before"/"until" phrase stays
# written, as a "not" keeps it (events/kept.py, `negated_before`; round 59c)
DOUBTING_ADJECTIVES = {"unlikely", "impossible"}
# events/anchor.py: "takes effect when it is published in the gazette, expected on Friday": the clause's date
TRAILING_EXPECTATIONS = {"expected"}
# events/plan_dates.py: "was first planned for 2016", "a date was set for April 2023": a plan, `planned`
PLAN_FOR_VERBS = {"plan", "schedule", "set", "fix", "slate", "earmark", "pencil", "timetable", "book"}
PLAN_FOR_PREPS = {"for"}
# events/present_objects.py: "overturns a decision by the court in March": the decision's doer
NOUN_AGENT_PREPS = {"by"}
# events/relative_periods.py: "in the days after the flood": timed from the flood, no context date
RELATIVE_PERIOD_UNITS = {"hours", "days", "weeks", "months", "years"}
# ... and "She took the lead in the third week", "in the final days": counted from a start (round 30)
ORDINAL_PERIOD_UNITS = {"minute", "hour", "day", "night", "week", "month", "year", "days", "weeks", "months"}
ORDINAL_PERIOD_WORDS = {"final", "opening", "closing"}
# events/state_participles.py: "companies controlled by X between 2022 and 2025": the clause's date
STATE_PARTICIPLES = {"control", "own", "run", "operate", "manage"}
# events/relative_states.py: "the budget that includes the fee increase later in November": the vote's date
RELATIVE_STATE_VERBS = {"include", "contain", "cover", "comprise", "involve", "feature", "incorporate"}
# events/relative_states.py: "it protects every job that exists today": no "Every job exists" row (round 40a)
EXISTENCE_VERBS = {"exist"}
# events/relative_states.py: "will contact everyone who stayed there between April 18 and May 9": the
# relative on such a pronoun says who is meant; no "Everyone stayed there" row (round 43a)
RELATIVE_PRONOUN_HEADS = {"everyone", "everybody", "anyone", "anybody", "those", "all", "whoever"}
# events/actors.py: "The ministry said the water had risen 2.4 metres. By Monday it had stopped rising":
# what rises, falls or flows is the reported thing, not the body that reports it (round 43a)
LEVEL_VERBS = {"rise", "fall", "flow", "recede", "crest", "ebb", "swell", "overflow", "spill", "drain"}
# events/label_dates.py: "jars with best-before dates between March and June 2026": the labels' dates
LABEL_DATE_NOUNS = {"date"}
LABEL_DATE_PREPS = {"with"}
# events/change_amounts.py: "cutting the journey from five hours to two", "by 20 minutes": kept
CHANGE_AMOUNT_PREPS = {"from", "to", "by"}
RELATIVE_PERIOD_DETERMINERS = {"the"}
RELATIVE_PERIOD_PREPS = {"after", "following", "before"}
# A present-tense verb of planning or expecting is a plan or a forecast (its CONTROL_VERBS cue), not an
# event that occurred: "It plans four more launches this year", "The airline expects a profit this year"
INTENT_VERBS = {"plan", "intend", "aim", "schedule", "expect", "forecast", "predict", "anticipate"}
# events/status.py: a gathering offered or proposed for a coming day is `expected` ("He offered a second
# meeting on Tuesday"), as temporal's OFFER_LEMMAS put the day ahead; "offered his resignation" is not one
# (the same words as the tagger's, one list for both)
OFFER_VERBS = OFFER_LEMMAS
# events/wishes.py: word forms of hoping or wishing (their infinitive is `expected`), and the words
# that open a noun phrase after "due to" (a cause, not a plan)
WISHING_FORMS = {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"}
# events/plural_objects.py: nouns of a stretch of time, which "them" passes over
TIME_UNIT_NOUNS = {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
                   "century", "season"}
# events/antecedents.py: compass words that measure a thing's place from another ("40 km south of Lindau,
# which ...": the clause is the thing's, not Lindau's)
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west", "upstream", "downstream"}
# events/antecedents.py: prepositions that place a thing next to a named place ("a lake near Lviv, which
# froze over": the lake froze, not Lviv; the name only says where the thing lies)
NEARBY_PREPS = {"near", "outside", "beside", "off"}
# ... and "on" a part of a place ("a mill on the slopes of the Croix-Rousse": antecedents._part_of_place)
SURFACE_PREPS = {"on"}
# events/actors.py: what is done to a proposal (lemmas) and the proposal's nouns: "a plan to merge the
# three hospitals, which the cabinet approved" approves the plan, not the hospitals (round 65g)
PROPOSAL_VERBS = {"approve", "reject", "adopt", "endorse", "shelve", "scrap", "veto", "unveil", "propose",
                  "table", "abandon", "ratify"}
PROPOSAL_NOUNS = {"plan", "proposal", "scheme", "bid", "motion", "initiative"}
# events/finite.py: nouns a relative clause with no relative word follows with no object gap ("the way the
# board voted", "the reason the plant closed", "the moment the lights went out"), besides the time units
ADVERBIAL_ANTECEDENTS = {"way", "reason", "time", "moment", "place", "point", "extent", "occasion", "manner",
                         "instant", "period", "age", "era"}
# Adjectives of what their subject can or will do: "left it unable to repay savers" makes "it" the
# one who repays (events/small_clauses.py)
AGENT_ADJECTIVES = {"unable", "able", "free", "ready", "willing", "powerless"}
PHRASE_OPENERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                  "my", "your", "some", "any", "no", "it", "them", "him"}

# The lead (events/lead.py): auxiliaries that make a main verb future or modal (word forms), and
# attribution verbs whose content comes first ("Flooding has killed 29 people, officials said").
FUTURE_WORDS = {"will", "shall", "'ll", "wo", "would", "may", "might", "could", "should", "must", "can", "ca"}
ATTRIBUTING = {"say", "tell", "report", "announce", "add", "state"}

# Subject resolution (events/actors.py): pronouns (word forms) and generic noun phrases (lemmas).
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
GENERIC_ORGS = {
    "company", "firm", "concern", "maker", "group", "bank", "carrier", "retailer", "manufacturer",
    "giant", "brewer", "airline", "automaker", "insurer", "corporation", "conglomerate", "developer",
    "producer", "publisher", "lender", "utility", "chain", "operator", "supplier", "steelmaker",
    "thrift", "partnership", "distributor", "network", "broadcaster", "startup", "vendor",
}
# ... of which these also name a person's trade: "a producer, Ann Lee" may be a person (events/actors.py,
# round 71a: other kinds set beside a name make it a company's, "An insurer, Rijnwaard Verzekeringen")
PERSON_TRADE_ORGS = {"producer", "developer", "publisher", "vendor", "maker", "giant", "brewer", "distributor"}
UMBRELLA_ORGS = {"company", "firm", "concern", "corporation"}  # any kind of company (events/kind_before.py)
PAIR_GROUP_NOUNS = {"pair", "couple", "duo", "trio"}  # "The pair ... They were caught" (events/kind_before.py)
GENERIC_PEOPLE = {
    "leader", "president", "chairman", "chairwoman", "executive", "founder", "premier",
    "spokesman", "spokeswoman", "minister", "senator", "governor", "lawmaker", "congressman",
    "mayor", "judge", "dictator", "monarch", "king", "queen", "ceo",
}
# Words of a company's name (lower-cased, without a full stop): "Corvana Electronics unveiled ..." names
# a company though the entity tagger may miss it (events/story_company.py). Not "Bank" or "Group"
# alone, which also end places and bodies ("West Bank", "Eurogroup").
ORG_NAME_WORDS = {
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "spa", "ab", "asa",
    "holdings", "industries", "electronics", "motors", "airlines", "airways", "pharmaceuticals",
    "technologies", "systems", "telecom", "communications", "brewery", "breweries", "foods",
    "petroleum", "chemicals", "laboratories", "labs", "enterprises", "entertainment", "semiconductor",
}
# A definite mention of something told before: "the quake" after "An earthquake struck", "the
# announcement" after "announced" (events/retold.py, events/lead.py).
DEFINITE_DETERMINERS = {"the", "this", "that"}
# Modifiers that say nothing about which company a description names ("the new company", "the young
# computer maker"; events/described.py).
VAGUE_MODIFIERS = {"new", "young", "old", "big", "small", "large", "same", "other", "former", "latest", "own",
                   "first", "second", "giant", "major", "leading", "top", "parent", "whole", "entire"}
# Words of a public body's name (lower-cased): "the company" does not stand for "The European
# Commission" or "the Food and Drug Administration" named nearer than the company (events/actors.py).
# What only an organisation has: a name given one is no "he" or "she" (events/genders.py).
ORG_OWNED_NOUNS = {"headquarters", "subsidiary", "shareholder", "chief executive", "board"}
# Nouns of a line of products: a name modifying one is no actor ("the Metro and Trail models";
# events/nonactors.py).
PRODUCT_LINE_NOUNS = {"model", "version", "variant", "edition"}
# A person named as the possessor of a kin noun or a work ("Benali's seven-year-old was admitted", "opens
# with Verdi's Otello") did not act in the row: no actor (events/nonactors.py). Kin nouns (lemmas):
KIN_NOUNS = {
    "son", "daughter", "child", "kid", "baby", "toddler", "wife", "husband", "mother", "father", "parent",
    "brother", "sister", "sibling", "grandson", "granddaughter", "grandchild", "nephew", "niece", "stepson",
    "stepdaughter", "widow", "widower", "family",
    # round 63c: "founded in 1958 by Brennan's grandfather": Brennan did not found it
    "grandfather", "grandmother", "grandparent", "grandpa", "grandma", "granny", "uncle", "aunt", "cousin",
    "stepfather", "stepmother", "stepbrother", "stepsister", "father-in-law", "mother-in-law", "son-in-law",
    "daughter-in-law", "brother-in-law", "sister-in-law", "fiancé", "fiancée", "spouse", "twin", "mum", "dad",
    "mom", "boyfriend", "girlfriend", "ancestor", "descendant", "heir", "relative", "great-grandfather",
    "great-grandmother",
}
# Nouns of a work a person made ("Bizet's opera"): its author did not act in its performance (lemmas).
# A subject "it" of one of these (lemmas), with no object, tells a thing's fate ("It reopened", "It was
# relegated"): the one fitting subject of the sentence before (events/thing_it.py).
THING_VERBS = {"reopen", "close", "shut", "relegate", "sink", "capsize", "collapse"}
# Words that count out of a set like a number ("a handful of them": the set is the nearest plural,
# events/plural_objects.py).
QUANTITY_WORDS = {"handful", "number", "dozen", "hundred", "thousand", "majority", "minority", "half", "third",
                  "quarter", "most", "many", "several", "few", "some", "none"}
# Quantifiers that stand alone as a conjunct's subject, which the parser may hang as its adverb ("and
# by 1960 most had been closed": events/clausal.py)
QUANTIFIER_SUBJECTS = {"most", "many", "some", "several", "all", "none", "few", "both", "half"}
# Offices only a person holds: "Its managing director, Elena Sastre, said the company would ...": the
# name beside one is no company, whatever the tagger says (events/actors.py)
OFFICE_TITLES = {"director", "manager", "secretary", "spokesperson", "treasurer", "chair", "chairperson",
                 "head", "chief", "officer", "editor", "coach", "captain", "deputy", "boss", "delegate",
                 "representative", "steward"}
# Titles a contest gives a person: "Last year's champion, Rhys Calder, did not start", "Monday's winner
# withdrew": the possessive date is the title's, not the verb's (events/attach.py)
CONTEST_TITLES = {"champion", "winner", "titleholder", "runner-up", "medallist", "medalist", "finalist",
                  "laureate", "victor"}
# A ship is "she": a subject "she" after a sentence about a vessel (a noun below, or a name the story
# calls one in apposition) is the ship (events/thing_it.py).
VESSEL_PRONOUNS = {"she"}
VESSEL_NOUNS = {"ship", "vessel", "boat", "ferry", "yacht", "tanker", "liner", "schooner", "frigate", "trawler",
                "freighter", "steamer", "galleon", "warship", "carrier", "submarine", "cutter", "barge"}
# A child named by its age ("Benali's seven-year-old", "her 3-month-old"), as a kin noun above.
AGE_NOUN = r"(?i)\w+-(year|month|week)-old"
# A person named as the possessor of a record a row's act drew on ("confirmed the identification from
# Marsh's photographs", "using her footage") only supplied it: no actor (events/nonactors.py). Record
# nouns (lemmas), and the words that make such a noun the act's source or means:
RECORD_NOUNS = {"photograph", "photo", "picture", "image", "video", "footage", "recording", "film", "record",
                "note", "diary", "log", "data", "sample", "measurement", "map", "drawing", "sketch", "scan"}
SOURCE_HEADS = {"from", "with", "using", "through", "on", "in"}
WORK_NOUNS = {"opera", "symphony", "play", "novel", "ballet", "musical", "operetta", "oratorio", "requiem", "concerto"}
PUBLIC_BODY_WORDS = {
    "commission", "agency", "administration", "authority", "ministry", "department", "court", "tribunal",
    "council", "committee", "parliament", "congress", "senate", "government", "police", "university",
    "bureau", "office", "board", "regulator", "army", "navy", "service", "secretariat", "cabinet",
    "inspectorate", "directorate", "league", "municipality", "ombudsman",
}
# Of those, the words that also name a kind of company beside a name ("streaming service Vidora",
# "Vidora, a streaming service"): they leave the name a company (events/not_company.py).
COMPANY_BODY_WORDS = {"service", "office", "board", "bureau", "agency", "network"}
# An organisation that is no company: a union of workers or of states, a federation (events/not_company.py).
NOT_COMPANY_WORDS = {
    "union", "unions", "federation", "confederation", "guild", "teamsters", "nations",
}
NOT_COMPANY_ENDINGS = ("workers",)
TERRITORY_LOCALE = "en"  # "Slovakia", "European Union": CLDR's names of countries and regions
# "the Nubia Museum in Aswan, which opened fully in 1997": the museum opened (events/place_relatives.py).
PLACE_NAME_PREPS = {"in", "at"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}  # events/dangling.py
REFLEXIVE_PRONOUNS = {"itself", "himself", "herself", "themselves"}  # events/dangling.py
COLLECTIVE_NOUNS = {  # "The military stated their right": a body of people as "their" (events/dangling.py)
    "military", "army", "navy", "electorate", "government", "team", "party", "public", "crew", "family",
    "club", "side", "squad", "force", "council", "committee", "board", "population", "staff", "union",
    "company", "group", "police", "management", "leadership", "jury", "panel", "couple", "pair",
}
SINGLING_ADJECTIVES = {"only", "sole", "lone"}  # "the only regular supplier halted ...": no one named before
INSTITUTION_VERBS = {"open", "reopen", "close", "shut", "found", "establish", "inaugurate", "build", "renovate"}
# "The 23-year-old, who scored 31 goals, ... He passed a medical": an age as a noun (events/epithets.py).
AGE_EPITHET = r"(?i)(the )?\d+-year-old"
# "They" is resolved to the one plural agent of its sentence or the one before: a group noun (lemmas)
# or a name the writer made plural ("Apple have released ...").
GROUP_PRONOUNS = {"they"}
GROUP_NOUNS = {
    "official", "authority", "police", "investigator", "prosecutor", "detective", "agent", "officer",
    "lawyer", "attorney", "analyst", "researcher", "scientist", "doctor", "expert", "lawmaker",
    "legislator", "senator", "negotiator", "diplomat", "minister", "leader", "regulator", "judge",
    "rebel", "militant", "troop", "soldier", "protester", "demonstrator", "worker", "employee",
    "executive", "director", "shareholder", "investor", "creditor", "bank", "company", "firm",
    "government", "party", "union", "organizer", "manufacturer", "retailer", "developer", "voter",
}
# "They appeared in court and were remanded" after "Officers seized cash": not the officers
# (events/accused_they.py).
ACCUSED_PASSIVES = {
    "arrest", "detain", "charge", "remand", "indict", "arraign", "convict", "sentence", "jail", "imprison",
    "acquit", "bail", "extradite", "fine",
}
COURT_VERBS = {"appear", "plead"}
COURT_WORDS = {"court", "courthouse", "tribunal", "magistrate", "judge", "dock", "guilty"}
CUSTODY_AGENTS = {
    "police", "officer", "policeman", "detective", "investigator", "prosecutor", "agent", "garda", "trooper",
    "judge", "magistrate", "court",
}
# Subject pronouns that the last person named stands for when nothing better resolves them.
PERSONAL_SUBJECTS = {"he", "she"}
# Gender agreement of "he"/"she" (events/actors.py): a title or role noun right before or in apposition
# to any mention of the name tells it; a first name tells nothing (no well-kept offline list).
MASCULINE_PRONOUNS = {"he", "him", "his", "himself"}
FEMININE_PRONOUNS = {"she", "her", "hers", "herself"}
MASCULINE_WORDS = {
    "mr", "mr.", "sir", "lord", "king", "prince", "chairman", "spokesman", "congressman", "businessman",
    "husband", "father", "son", "brother", "uncle", "nephew", "man", "boy", "grandfather", "widower",
    "councilman", "assemblyman", "alderman", "policeman", "sportsman", "grandson", "stepfather", "duke",
}
# A singular noun subject that may be a person ("the owner", "the auditor", "the defendant"): "he"
# after it and a named person is unsure (events/actors.py).
PERSON_SUFFIXES = {"er", "or", "ist", "ian", "ant"}
SURE_PERSON_SUFFIXES = {"ist", "ian"}  # of them, the endings few things' nouns have (events/distrusted.py)
# A relative "which" whose verb is one of these, with no object, stands for a happening (events/relatives.py).
EVENT_SUBJECT_VERBS = {"last", "take", "begin", "start", "end", "finish", "conclude", "resume", "continue", "drag"}
FEMININE_WORDS = {
    "ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "queen", "princess", "chairwoman",
    "spokeswoman", "congresswoman", "businesswoman", "wife", "mother", "daughter", "sister", "aunt",
    "niece", "woman", "girl", "grandmother", "widow", "councilwoman", "assemblywoman", "alderwoman",
    "policewoman", "sportswoman", "granddaughter", "stepmother", "duchess", "actress",
}
# Amount subjects whose owner the sentence may name ("At EDS, profit jumped"): lemmas and word forms.
OWNED_AMOUNTS = {"sale", "sales", "net", "income", "profit", "earnings", "revenue", "revenues", "loss", "results"}

# The anchoring evaluation's "covered" predicates (event_evaluation.py).
# Aspectual and implicative verbs: their complement happens when they do ("began notifying customers
# on Friday", "declined to comment Saturday", "failed to enforce a court order in 1992").
ASPECTUAL = {"begin", "start", "continue", "resume", "stop", "cease", "finish", "quit", "keep",
             "decline", "refuse", "fail", "manage", "try", "attempt", "neglect"}
SIMULTANEITY_MARKERS = {"as", "when"}  # not "while": often concessive ("While she keeps her distance, ...")
# Verbs that carry out, hold or report the event their object names, so both share its date
# ("completed the acquisition", "held a news conference", "posted a loss"); not verbs that react to
# or refer to an event ("condemned the bombings", "remembers the uprising", "follows two decisions").
SUPPORT_VERBS = {
    "complete", "finish", "hold", "stage", "conduct", "carry", "make", "take", "give", "launch",
    "begin", "start", "resume", "continue", "end", "undertake", "mount", "host", "organize", "perform",
    "sign", "ratify", "approve", "win", "lose", "attend", "deliver", "file", "issue", "place",
    "post", "report", "have", "record", "book", "suffer", "incur", "show", "achieve",
    "open", "initiate",  # "opened an investigation into ... on Saturday": who opened it (round 30)
}
# Participles that relate things rather than name an event ("exercises ... involving 30 aircraft").
RELATIONAL_PARTICIPLES = {"include", "involve", "accord", "follow", "concern", "regard", "exclude",
                          "compare", "base", "contain", "mean", "represent", "total", "amount"}

# Function words the rules read (word forms unless said otherwise).
# COPULAS, the lemma "be" ("was ill", "was arrested"): the temporal pack's, imported above
PERFECT_AUX = {"have"}  # lemma: "has made", "had warned"
INFINITIVE_MARKERS = {"to"}
GOING = {"going"}  # "is going to": a future
CONTROL_NEEDING_TO = {"have"}  # lemmas that control a verb only with "to" ("had to close"; not "had a loss")
AMOUNT_VERBS = {"include", "be", "total", "come", "amount", "reach"}  # lemmas: "This year's results included a gain"
WHEN_RELATIVES = {"when", "whereupon"}  # "since November, when he was found ...": the clause happened then
WHEN_CONJUNCTIONS = {"when"}  # "from Oct. 13, when Wall Street's plunge sparked ..."
# "said on Tuesday they had ...", "said later on Wednesday it would ...": the date after the verb
REPORT_DATE_PREFIXES = {"on", "late", "early", "later", "earlier"}
RESULT_VERBS = {"result"}  # lemma: "resulting in a net loss for the quarter": the loss is the event
DATING_VERBS = {"date"}  # lemma: "shootings dating to 1994" (no verb in the description)
# adverbs kept in a verb group, with the negations; "almost"/"nearly" and "fully"/"partly" too: "had
# almost missed the team" cut to "had missed the team", "did not fully resume" to "did not resume" say
# the opposite or more than happened (events/kept.py)
KEPT_ADVERBS = {"successfully", "again", "almost", "nearly", "fully", "partly", "partially"}
# "Apple also announced a phone": another deed of the lead's actor, on the lead's occasion (events/lead.py).
ADDITIVE_ADVERBS = {"also", "additionally"}
COMPLEMENTIZERS = {"that"}  # "said only that ...": what is said (events/fragments.py, clausal.py, describe.py)
PARTITIVE_PREPS = {"of"}  # "spent part of Sunday night": the object, kept (events/fragments.py)
SOURCE_PREPS = {"according"}  # "..., according to documents filed with the agency": the source, not the event
SEPARATE_MARKERS = {"separately"}  # "Separately, the Ontario Supreme Court said it will postpone ..."
# "GM Hughes said net fell 22% in the third quarter. Meanwhile, net at its finance arm fell 3.1%":
# an adverb opening a sentence that tells what happened at the same time (events/lead.py).
MEANWHILE_MARKERS = {"meanwhile"}
# "At the event, developers demonstrated ...", "After the rally, state television showed ...": a clause
# placed at an event the text dated before, named again by a definite noun (events/scenes.py); after
# "after"/"following" only an event of one day lends its date.
SCENE_PREPS = {"at", "during", "after", "following"}
LATER_PREPS = {"after", "following"}
# "Jobs announced Monday that ... The statement caused a sharp decrease ...": nouns (lemmas) that name
# the report of the sentence before (events/lead.py); "The administration immediately said ...":
# adverbs of a reaction on the spot to what the sentence before tells (events/scenes.py).
REPORT_NOUNS = {"statement", "announcement", "remark", "comment", "disclosure"}
# "The Southern African Development Community condemned the attempt": verbs (lemmas) of a reaction to
# the news the lead tells (events/storyday.py).
REACTION_VERBS = {"condemn", "welcome", "criticise", "criticize", "praise", "denounce", "deplore", "hail",
                  "applaud", "decry", "protest"}
IMMEDIATE_ADVERBS = {"immediately", "promptly", "instantly"}
# "has been shipping for more than a week now": an activity going on for that long began that long
# before the article's present (events/durations.py).
DURATION_PREPS = {"for"}
WAY_NOUNS = {"way": "for", "path": "for", "stage": "for"}
LIFETIME_NOUNS = {"generation", "lifetime", "life", "career", "season", "history"}
WITHIN_PREPS = {"within"}  # "will occur within the next six months": from now to six months on
# "Courtaulds' shares rose 15 pence to 362 pence": a company's stock (lemmas) and the verbs of its
# price moving; told without a date, the move is the latest session's (events/market.py).
STOCK_NOUNS = {"share", "stock"}
PRICE_MOVES = {"rise", "fall", "climb", "drop", "slide", "plunge", "plummet", "gain", "jump", "soar", "tumble",
               "slip", "decline", "close", "end", "sink", "surge", "lose", "add", "edge", "increase",
               "decrease", "rally", "dip", "fell"}
# "last seen Nov. 3, the day before authorities issued a warrant": the clause after such a phrase
# is that many days after (before: +1) or before (after: -1) the date (events/apposed.py).
DAY_OFFSET_MARKERS = {"before": 1, "after": -1}
DAY_OFFSET_UNITS = {"day": 1, "days": 1}
DAY_OFFSET_COUNTS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "Frost jammed two valves shortly after the freighter left Bergen on Feb. 9": the main clause of a
# dated "when" clause, or of an "after" clause with a short wait, happened that day (events/linked.py);
# "in March 2019, eight months after Ruiz took office": a clause counted in months from a date.
SAME_TIME_MARKS = {"when"}
# "For a moment, X thought the scoreboard was wrong": a lead's passing thought, no row (events/lead_states.py)
THINKING_VERBS = {"think", "believe", "assume", "suppose", "imagine", "fear", "wonder"}
PASSING_MOMENTS = {"moment", "second", "instant", "first", "initially"}
# "the age at which workers can retire": a relative clause of what can be, no row (events/ability_relatives.py)
ABILITY_MODALS = {"can", "ca", "could", "may", "might"}
# "The area was last hit by a quake in 1995, when a quake killed three": a word that picks one of a
# series (with a superlative) in a main clause whose dated "when" clause tells it (events/twice.py)
INSTANCE_SELECTORS = {"last", "most", "least"}
# Subordinators of a condition: "would strike if operators did not improve their offer" (conditions.py).
CONDITION_MARKS = {"if", "unless"}
# "stays until the wreckage is cleared": a present-tense clause of a time still to come (events/conditions.py)
LIMIT_MARKS = {"until", "till", "once"}
# The words just before a condition's clause that has no "if" of its own: "only on condition that building
# work started before the end of the year", "provided (that) the farm was sold by March", "as long as the
# company pays the bonus in June" (events/conditions.py)
CONDITION_OPENERS = {"on condition that", "on the condition that", "provided that", "providing that",
                     "provided", "providing", "as long as", "so long as"}
# "would (not) have refused" with an "if" clause or a past date: a past that did not happen, or, negated,
# the opposite of what happened (events/conditions.py)
COUNTERFACTUAL_MODALS = {"would"}
# "Without the loan, the airline would have stopped flying in March"; "but for ..."; "would otherwise
# have": the condition of a "would have" verb told with no "if", before the verb (events/conditions.py)
COUNTERFACTUAL_OPENERS = {"without", "but for", "otherwise"}
# "stubble, which the beetles can use to shelter over winter": what can be done each season, a habit, no
# row (events/habits.py); "could" may be a forecast ("could reopen in spring") and is left out
HABIT_MODALS = {"can", "ca"}
SEASON_WORDS = set(SEASONS)  # the tagger's own season names
# "phoned him regularly and visited at Christmas", "in the 1950s sold 8,000 tickets a week in summer",
# "the pitches may be used only in summer": a bare season or holiday of a habit, every year's, no row
# (events/habits.py): the holidays the tagger names, the adverbs of a habit and of a limit
HOLIDAY_NAMES = set(HOLIDAYS)
# "spent Christmas in hospital", "celebrated Easter with family": a holiday object that is the time the
# verb was done in; "spoil Christmas", "Christmas was cancelled" date nothing (events/holiday_nouns.py)
HOLIDAY_TIME_VERBS = {"spend", "celebrate", "mark", "observe"}
HABIT_ADVERBS = TEMPORAL_HABIT_ADVERBS | {"frequently", "sometimes", "occasionally", "annually", "rarely", "seldom"}
LIMITING_ADVERBS = {"only"}
# "Most deaths happen on calm nights in late summer": a quantified subject of a present verb, a rule
# of many cases (events/habits.py; round 56c)
HABIT_QUANTIFIERS = {"most", "many", "few"}
# The auxiliary of the past perfect: "had called" (past_perfect.py).
PAST_PERFECT_AUX = {"had"}
# Main verbs of a present state: "and has millions of customers" (states.py).
STATE_LEMMAS = {"have", "be"}
SOON_WORDS = {"shortly", "soon", "just", "immediately", "moments", "minutes", "hours", "seconds"}
MONTH_OFFSET_UNITS = {"month": 1, "months": 1, "year": 12, "years": 12}
# "So far, X has helped Russia ...", "has always built trucks": a present perfect of a tally or a habit
# is no news of the lead's day (events/perfect.py); "far" is the head of "so far", "thus far".
CUMULATIVE_ADVERBS = {"far", "already", "ever", "always", "never", "long", "repeatedly", "often", "yet", "still"}
MONTH_OFFSET_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                       "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
# Verbs (lemmas) of bringing a product or a notice out: in an agentless passive ("The Shuffle was
# introduced in January") the article's lead organisation did it (events/agents.py).
BRINGING_OUT = {"release", "introduce", "launch", "unveil", "announce", "ship", "schedule", "slate",
                "debut", "preview", "roll"}
GOING_OUT = {"launch", "ship", "debut", "release", "roll"}  # "the phone launches", "the update ships"
MEMBER_PREPS = {"including"}  # "speculators -- including Kerry Packer -- surfaced": Kerry Packer among them
PRICE_CHANGES = {"reduce", "cut", "lower", "raise", "increase", "slash"}  # "The price ... has been reduced"
PRICE_NOUNS = {"price"}
INTENTION_NOUNS = {"goal", "aim", "plan", "intention", "objective", "target", "strategy"}  # lemmas
COMPANY_BODIES = {"management", "board", "directors"}  # "management recommended ...": the company's
NAMING_VERBS = {"call", "name", "dub"}  # "the separate company, to be called Courtaulds Textiles"
# "An opposition lawmaker subpoenaed him ... Rep. Ana Ruiz said she subpoenaed him" (events/identified.py)
INDEFINITE_COUNTS = {"a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
AGENT_PREPS = {"by"}
# "the parties agreed", "the agreement between the two companies": the two the story opened with
PAIR_NOUNS = {"party", "side"}
PAIR_WORDS = {"two", "both"}
AVAILABILITY = {"available"}  # "iPhone 4 will be available on June 24": the lead's organisation's doing
# "as early as July", "said later on Wednesday": dropped with the date
DEGREE_ADVERBS = {"early", "late", "soon", "later", "earlier"}
ACCUSATION_PREPS = {"of"}  # "accused him of taking bribes"
GENERIC_DETERMINERS = {"the", "this"}  # "the company", "this company": a generic phrase to resolve
OWNER_DETERMINERS = {"the", "its"}  # replaced by the owner's name ("the net income" -> "Compaq's")
RELATIVE_PRONOUNS = {"which", "that", "whom"}  # object relative pronouns written as their antecedent
SPEECH_ACTS = {"urge", "ask", "call", "appeal", "warn", "promise", "pledge", "vow", "insist", "deny", "demand",
               "advise", "encourage", "stress", "acknowledge", "admit", "accuse", "praise", "criticize",
               "thank", "apologize", "reiterate"}  # "said ... had released ... and urged": the reporter urged
POSSESSIVE_RELATIVES = {"whose"}  # "a farmer whose tractor was swept away" -> "A farmer's tractor ..."; relative_heads.py
AMOUNT_PLACE_PREPS = {"at"}  # "At EDS, profit jumped 16%": the place phrase names the owner
# Names: an article before a name and a possessive after it are not part of it (regexes); the
# possessive of a name, as a format string.
ARTICLE_PREFIX = r"^(the|The)\s+"
POSSESSIVE_SUFFIX = r"['’]s?"
POSSESSIVE = "{}'s"

# The date goes on the event it modifies (events/attach.py): a conjunct with a time of its own does not
# share its neighbour's date ("joined the club in 2019 and later coached it", "... and defended it
# once", "... and won the cup in her second season"); "set a hearing for June 15", "set a trial date for Nov. 3": the hearing's date.
SEQUEL_ADVERBS = {"later", "afterwards", "afterward", "subsequently", "eventually", "since", "once"}
PERSISTING_ADVERBS = {"yet", "still"}  # "applied last year but had not yet received an answer" (round 62b)
AGE_NOUNS = {"age"}  # "began judo at the age of six and won the title in 2023" (round 62b)
ORIGIN_PREPS = {"from", "of"}  # "tonnes from last year's harvest are still held" (events/anchor.py, round 62b)
# "Then he climbed onto his tractor": the scene's day goes on, its hour does not (events/lead.context_rows)
LATER_MARKERS = {"then", "later", "afterwards", "afterward", "subsequently"}
PERIOD_NOUNS = {"season", "year", "month", "week", "term", "spell", "stint", "tenure", "half", "campaign",
                "decade"}
SEQUEL_DETERMINERS = {"next", "following", "final", "last", "first", "second", "third", "fourth", "fifth"}
SCHEDULING_PREPS = {"for"}
# "dating back to 1994" still dates; "set up", "set aside", "set out" are other verbs (events/anchor.py)
SCHEDULING_PARTICLES = {"back"}
# "which she expected to do later this month": "which" stands for a clause (events/actors.py)
CLAUSE_PRO_VERBS = {"do"}
# What a past request asks for: "had asked for talks next week", "called for a vote next month" (events/noun_ahead.py;
# not "invited them to talks on Thursday", where the row tells the invitation to the talks of that day)
REQUEST_PREPS = {"for"}
# Nouns of figures and payments: a "for" period after them is the period they cover (events/covered.py).
COVERED_NOUNS = {"figure", "data", "number", "statistic", "result", "earnings", "revenue", "sale", "profit",
                 "loss", "difference", "wage", "salary", "pay", "payment", "bonus", "rent", "bill", "benefit",
                 "pension", "dividend", "tax", "allowance", "installment", "instalment", "arrears"}
# Prepositions of a verb's scene or time (events/modifier_date.py).
GERUND_SIMULTANEITY_MARKS = {"while", "when", "as"}  # "while clearing snow": never concessive before a gerund
# "have let drivers wear shorts since 2018", "made the crew work through Sunday": the causer's act is
# the row (events/reduced.py); not "help" (whose aim is told: "will help growers replant next year")
# nor verbs of seeing (what was seen is the happening)
LETTING_VERBS = {"let", "make"}
# "will start at the end of February instead of in mid-March": the dropped date (events/alternatives.py)
ALTERNATIVE_MARKS = {"instead of", "rather than"}
ALTERNATIVE_ENDS = {"of", "than"}
MODIFIER_SCENE_PREPS = {"during", "in", "at", "on", "amid", "throughout", "over", "after", "before", "since", "until"}
# "showed internal emails from 2019", "cited a study of 2018": the object's date (events/modifier_date.py);
# not "in", which a parse often hangs on the object when it dates the verb ("recalled heaters in 2023")
OBJECT_DATE_PREPS = {"from", "of"}
# A date inside a noun's phrase dates that noun (events/noun_dates.py): "reports of 11 crashes, including
# one in Ohio in April"; "After clashes in the early 2000s, the two countries signed an agreement in
# 2008"
INCLUDING_PREPS = {"including"}
# "will pay for the roofs to be mended next year": the roofs are mended, not the payer (events/governed_clauses.py)
INFINITIVE_SUBJECT_PREPS = {"for"}
AFTER_NOUN_PREPS = {"after", "following"}
# "The march began at 11 a.m. and ended with a rally": the end has no clock time of its own
# (events/clock_conjuncts.py)
ENDING_VERBS = {"end", "finish", "conclude", "close", "wrap"}
# "The train left Brussels at 7:22 p.m. and stopped in Lille": a departure's clock time starts a journey,
# a later conjunct is not of that minute (events/clock_conjuncts.py; round 30)
DEPARTURE_VERBS = {"leave", "depart", "sail"}
# "the 1859 treaty remained valid", "the 2019 deal stays in force": the year is the subject's, the state
# is not of that year (events/anchor.py); not "be": "The 1991 agreement was that ..." tells its terms
SUBJECT_STATE_VERBS = {"remain", "stay"}
# "... roughly the same as in the same period of 2024", "at the same time last year" (events/phrases.py)
COMPARISON_PERIOD_NOUNS = {"period", "quarter", "half", "month", "week", "time", "stage", "point", "season"}
SAME_PERIOD_WORDS = {"same", "corresponding", "comparable"}
COVERED_PERIOD_PREPS = {"for", "until", "till"}  # events/period_share.py
RANGE_ENDS = {"to", "until", "till", "through", "-", "\u2013", "onward", "onwards"}
DATE_NOUNS = {"date"}
COMPARISON_PREPS = {"below", "above", "than"}  # "priced 10 percent below last year's model": the model's date
# "for the last time this year", "for the first time this month": the period an occasion is counted in
# (events/frames.py); ordinals ("first", "second") are the parse's ORDINAL entities.
OCCASION_NOUNS = {"time"}
OCCASION_COUNTERS = {"last", "final", "only", "first", "next"}
# "a record that had stood since 1947" beside "the record was set in June 1947": one happening
# (events/standing.py).
LASTING_VERBS = {"stand", "last", "remain", "hold", "exist", "endure", "persist", "survive"}
# "A city audit published in April found ...", "tests completed on Wednesday had found ...": a text or
# test that says its finding when it is put out or done; "known as ...": a name, no happening
PUBLISHING_PARTICIPLES = {"publish", "release", "issue", "post", "file", "submit", "present", "unveil", "circulate",
                          "broadcast", "air", "print", "launch", "conduct", "carry", "send", "write", "deliver",
                          "commission", "prepare", "compile", "complete", "draft", "produce", "perform", "run",
                          "know", "call", "name", "dub", "title", "nickname", "label"}
SINCE_PREPS = {"since"}
# "declared Friday a day of mourning", "proclaimed Sunday a holiday": the day is named an occasion, an
# object of the verb, not its date (events/taken_dates.py). Not "announce"/"report": news style puts
# the verb's own day there ("reported Friday a loss of $2 million"); nor "make" ("made Saturday a day
# to remember" happened that day); nor "name" ("Acme named Tuesday a new chief executive" is the
# naming's own day).
OCCASION_NAMING_VERBS = {"declare", "proclaim", "designate"}
# "the 19th-century painter", "a 1960s apartment block": the noun's era (events/phrases.py).
ERA_NOUNS = {"century", "millennium"}
DECADE = r"(?:1[0-9]|20)[0-9]0s|'[0-9]0s"
# "on his June 4 trip to Algeria, de Gaulle appealed ...": the trip is the appeal's scene (events/attach.py).
NOUN_SCENE_PREPS = {"on"}
# events/finite.py: a quotation's first and second person, which a row cannot name; those a named
# speaker's saying names; a generic someone; what a participle after these prepositions tells
SPEAKER_PRONOUNS = {"i", "me", "we", "us", "you"}
NAMED_SPEAKER_PRONOUNS = {"i", "me", "you"}
GENERIC_PRONOUNS = {"anyone", "anybody", "whoever"}
SPEAKER_POSSESSIVES = {"my", "our"}
# events/demonstratives.py: pronouns that point back, as a subject saying nothing of what they name
DEMONSTRATIVES = {"that", "this", "these", "those"}
SEQUENCE_PREPS = {"before", "after", "since", "until", "upon"}
# events/complements.py: prepositions that take a time expression; object pronouns the parser may
# hang on a date ("against her next week"); the markers of a short "why" clause
TIME_PREPS = {"in", "on", "at", "during", "for", "since", "until", "till", "before", "after", "within",
              "from", "through", "throughout", "over", "by", "into", "between", "around", "about",
              "ahead", "of", "to", "toward", "towards", "past", "near"}
STRAY_OBJECT_PRONOUNS = {"her", "him", "them", "us"}
CAUSE_MARKERS = {"after", "because"}
POINTER_PRONOUNS = {"it", "this", "that"}  # events/tallies.py: "It is the second theft this year"
ARTICLES = {"a", "an", "the"}  # events/objects_before.py: "a man was arrested ... He is due to appear"
ADDITIVE_CONJUNCTIONS = {"and", "&"}  # events/pairs.py: "Solberg and Harouna were freed. They were seized"
GENERIC_OBJECT_ORGS = {"company", "firm"}  # events/generic_objects.py: "Kessler founded the company in 2016"
UNRESOLVED_OPENERS = {  # events/unresolved.py: "He will advise the board", "Their use has been limited"
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their", "my", "our",
    "your",
}
UNSURE_OPENERS = {"which"}  # events/antecedents.py: "The review at X, which was ordered": no row
# events/postponed.py: "postponed until Tuesday any action on ...": Tuesday is the action's new date
POSTPONING = {"postpone", "delay", "defer", "adjourn", "reschedule"}
SUSPENDING = {"suspend"}
# events/noun_dates.py: "The vote set for Tuesday was cancelled": the date is the vote's, not the cancelling's
CANCELLING = {"cancel", "scrap", "shelve", "axe", "call off"}
RESCHEDULED = ("is now set for", "are now set for")
NEW_DATE_PREPS = {"until", "till", "til", "to"}
MOVED_INTO_PREPS = {"into"}  # "had pushed back deliveries into next year": done (events/status.py)
COMING_DAY_PREPS = {"on", "from"}  # "posted to voters from Monday", said on Thursday: expected (events/status.py)
DISJUNCTIONS = {"or"}  # events/either.py: "expected to crest on Thursday or Friday"
# Words whose loss changes a description's meaning (events/kept.py): adverbs that negate their head or all
# but ("little changed", "hardly moved"), comparison marks ("as planned"), the words that open a verb's
# object, verbs whose object is the subject of the to-infinitive after it ("wants wind power to supply").
MEANING_NEGATORS = {"not", "n't", "never", "no", "little", "hardly", "barely", "scarcely", "nowhere"}
COMPARING_MARKS = {"as", "than"}
OBJECT_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"}
OBJECT_CONTROL = {"want", "ask", "expect", "allow", "urge", "order", "need", "require", "tell", "force", "encourage",
                  "invite", "persuade", "permit", "enable", "help", "get", "like", "prefer", "call", "press", "push",
                  "instruct", "direct", "oblige", "summon"}
# Advice to everyone, no event (events/verbless.py): "Nobody should ...", "No one must ..."
OBLIGATION_MODALS = {"should", "must", "ought", "shall"}
EVERYONE_PRONOUNS = {"nobody", "everybody", "everyone", "anyone", "anybody", "noone"}
EVERY_DETERMINERS = {"every", "each"}  # '"Every rider should be reading this judgment tonight"' (events/verbless.py)
# '"Today somebody listened."': a quoted sentence, its speaker cut, with such a subject (events/quoted.py)
SOMEONE_PRONOUNS = {"somebody", "someone", "something", "nothing", "everything"}
ROLE_PREPS = {"as"}  # "will work as a commentator": the subject's role, no other person (events/main_person.py)

# What only a company has (events/company_owner.py): "Its majority shareholder" after a sentence whose
# subject is a bill is the company the bill is about.
COMPANY_ROLE_NOUNS = {"shareholder", "stockholder", "bondholder", "parent", "subsidiary", "executive", "ceo",
                      "chairman", "chairwoman", "dividend", "share", "stock", "profit"}
# events/hanging.py: a row left hanging on a cut complement or with no finite verb
PRO_VERBS = {"do"}  # "as New Brunswick did in the 1990s": what it did is the verb before
ORGANISATION_DEEDS = {  # "when it reports quarterly results": the company, never "the recall"
    "report", "announce", "hire", "employ", "appoint", "publish", "forecast", "invest", "acquire",
}
MADE_NOUNS = {  # "The treaty" from "the 1859 treaty": who signed it, what it gave are lost
    "treaty", "accord", "pact", "agreement", "deal", "contract", "truce", "ceasefire", "armistice", "charter",
    "decree", "law", "act", "bill", "ruling", "verdict", "budget", "plan", "strategy", "constitution",
    # round 70b: rules a body lays down, as "law" ("under a 2016 regulation": who made it, what it asks lost)
    "regulation", "directive", "statute", "ordinance", "bylaw",
    "petition",  # round 73b: a paper handed over ("a petition against the closure, which was handed to")
}
DEED_NOUNS = {  # "The uprising" from "the 2011 uprising": who rose, where, are lost (events/lost_news.py)
    "invasion", "uprising", "revolution", "revolt", "rebellion", "insurrection", "insurgency", "coup", "putsch",
    "attack", "bombing", "raid", "occupation", "annexation", "massacre", "assassination", "killing", "slaying",
    "murder", "offensive", "incursion", "crackdown", "intervention", "blockade", "siege", "protest", "boycott",
}
CLAUSE_SAYING = {"say"}  # "said 91 percent of members [who ... backed ...]" (events/lost_news.py)
SPAN_TAKING = {"take"}  # "It took until last month to reach ..." (events/lost_news.py)
HANGING_VERBS = {"take"}  # "is expected to last" still says it lasts; "could take" says nothing
DURATION_VERBS = {"last"}  # "A similar battle lasted [almost a year]": finite, its length cut
RAISING_PASSIVES = {  # "Two ewes were found to be infected": what was found is the infinitive
    "find", "believe", "think", "know", "report", "say", "show", "prove", "fear", "confirm", "allege",
    "understand", "estimate", "suspect", "presume",
}
CAUSING_VERBS = {"cause", "force", "prompt", "lead", "drive", "compel", "push", "spur"}
FUTURE_AUXILIARIES = {"will", "shall"}
INFINITIVE_MARKS = {"to"}
DOER_PREPS = {"between"}

# events/own_dates.py: a date kept to its own clause
COMMA_RELATIVES = {"which", "who", "whom", "whose"}
CONTRAST_CONJUNCTIONS = {"but", "yet"}
NEVER_NEGATIONS = {"never"}  # "halted in 2020 and never fully recovered" (events/tenses.py)
# an open question ("whether to extend it": events/own_dates.py); the verbs of an inquiry's finding
# (events/scenes.py, events/conjuncts.py)
QUESTION_MARKS = {"whether"}
GENERIC_HEADS = {"people", "those", "someone", "somebody", "persons"}
AGE_VERBS = {"age", "aged"}
PLAIN_SAYING = {"VBD": "said", "VBZ": "says", "VBP": "say"}
FINDING_VERBS = {"find", "discover", "uncover", "reveal", "show", "conclude", "establish", "determine", "detect"}
# "suspended on Saturday after six horses tested positive": a test's result, known before the action
# taken on it, is no news of the lead's day (events/lead_causes.py, `earlier_cause`)
TEST_RESULTS = {"positive", "negative"}
# "recalled the tins on Thursday after customers reported swollen lids": reports of harm by an indefinite
# subject, come in before the lead's day (events/lead_causes.py, `earlier_cause`; round 73c)
COMPLAINT_VERBS = {"complain", "report"}
# Subjects that say nothing happened to anyone ("no one was hurt"; events/conjuncts.py; status.py: `negated`)
NEGATIVE_PRONOUNS = {"nobody", "none", "noone", "nothing"}

# events/borrowed_dates.py: "remains committed to bringing the deficit below 4 percent by 2026": the
# deadline is the target's, not the commitment's
COMMITMENT_STATES = {"committed", "determined", "resolved", "dedicated", "intent", "bent"}
COURSE_NOUNS = {"track", "course"}
DEADLINE_PREPS = {"by"}
# events/deadline_dates.py: "ended in 2023 with Westway agreeing to finish the work by the end of 2025"
ABSOLUTE_PREPS = {"with"}
# events/governed_clauses.py: the limit of a condition in a relative clause on a bare plural ("workers
# who quit before June 30 will get a bonus"): the clause picks out who the clause above is about, it
# tells no happening of its own. Not "on"/"in" ("residents who fled on Monday could return": a day gone)
RELATIVE_CONDITION_PREPS = {"before", "until"} | TEMPORAL_LIMIT_PREPS  # ("beyond": the temporal pack's limit)
# events/deadline_dates.py: "promised to build 500 homes by 2024": the building's deadline, not the promise's day
UNDERTAKING_VERBS = {"promise", "pledge", "vow", "agree", "undertake", "commit", "guarantee", "swear"}
# events/modifier_date.py: "winds kept helicopters grounded all of Friday": a small clause, the keeping's date
KEEPING_VERBS = {"keep", "leave"}
# events/whole_spans.py: "kept helicopters grounded all of Friday and Saturday": one row through both days
WHOLE_SPAN_LEADS = {"all of", "throughout"}
WHOLE_SPAN_JOINS = {"and"}

# The parse as the engine reads it: a verb the small model tagged as a noun is mended (repairs.py)
ADAPT_DOC = mend_parse

# Function words the event engine's modules read (words.py says which module reads each and why)
GENITIVE_PREPS = {"of"}
PHRASE_PREPS = {"of", "for", "with", "from", "on", "over", "about", "against", "between"}  # events/antecedents.py (round 61a)
INSTRUMENT_PREPS = {"with"}  # events/antecedents.py (round 61a)
# events/antecedents.py (round 63c): a verb that needs a doer takes the noun of the phrase that can act
# ("help from a regional fund, which will decide next week": the fund decides)
ACTING_VERBS = {"decide", "vote", "agree", "rule", "approve", "reject", "refuse", "announce", "say", "promise",
                "pledge", "respond", "reply", "elect", "appoint", "hire", "sue", "confirm", "deny", "insist",
                "argue", "claim", "meet", "deliberate", "comment", "apologise", "apologize", "resolve",
                "side"}  # "side with": a doer takes a side (round 71a)
# ... and what is signed, ratified or issued is a paper (an agreement, a permit, a report), never a
# happening: "the loan agreement for the renovation, which was signed in April" (round 71a)
SIGNING_VERBS = {"sign", "countersign", "ratify", "issue", "grant", "draft", "notarise", "notarize", "stamp",
                 "hand", "submit"}  # ... and handed over: "a petition against the closure, which was handed to" (round 73b)
ACTING_BODIES = {"fund", "trust", "foundation", "charity", "union", "association", "panel", "jury", "club",
                 "society", "federation", "institute", "organisation", "organization", "body", "team",
                 "party", "coalition", "alliance", "assembly", "cooperative", "co-operative", "consortium",
                 "gang", "cartel", "militia"}  # round 73b: "the leader of the X gang, who was convicted": the leader
# "sorry for the hurt caused", "with the work finished": a bare participle's noun after these is no
# clause's subject, and no antecedent of a later "its" (events/actors.py, round 67b)
PARTICIPLE_PHRASE_MARKS = ABSOLUTE_PREPS | {"for"}
# ... and a making or showing passive takes the made thing ("a memorial to the victims of the 1917
# explosion, which is expected to be unveiled": the memorial, not the explosion)
SHOWING_VERBS = {"build", "construct", "design", "create", "erect", "unveil", "open", "reopen", "inaugurate",
                 "install", "dedicate", "display", "exhibit", "restore", "renovate", "rebuild", "complete",
                 "commission", "paint", "sculpt", "carve", "raise", "lay", "found", "establish"}
MADE_THING_PREPS = {"of", "to", "for", "over", "across"}
MEASURE_NOUNS = {"size", "length", "height", "width", "depth", "weight", "strength", "area", "age", "shape"}  # "an asteroid the size of a bus passed" (events/apposed_names.py)
DEFINITE_ARTICLES = {"the"}
INDEFINITE_ARTICLES = {"a", "an"}  # events/apposed_splices.py
MARGIN_PREPS = {"by"}
OPPOSING_PREPS = {"against"}
SUPPLIER_PREPS = {"from", "by"}
NOTICE_NOUNS = {"release", "announce"}
PARTICLE_BRINGING_OUT = {"roll"}
PERSON_RELATIVES = {"who"}
THING_RELATIVES = {"which"}
WH_RELATIVES = {"which", "who", "whom"}
DATING_FORMS = {"date", "dated", "dates", "dating", "due"}
CAPITAL_PRONOUNS = {"I"}
PRONOUN_HOMOGRAPHS = {"US"}
FIRST_PERSON_SINGULAR = {"i", "me"}
SINGULAR_PAST_FORMS = {"was"}
PLURAL_PAST_FORMS = {"were"}
AGREEING_AUXILIARIES = {"was": ("was", "were"), "were": ("was", "were"), "is": ("is", "are"), "are": ("is", "are"),
                        "has": ("has", "have"), "have": ("has", "have")}
GROUP_SPEAKER_PRONOUNS = {"we", "you"}
OTHER_GROUP_PRONOUNS = {"them", "we", "us", "you"}
PLURAL_PERSONAL_PRONOUNS = {"them", "they", "us", "we"}
PERSONAL_SUBJECT_PRONOUNS = {"he", "she", "they", "we"}
PLURAL_OBJECT_PRONOUNS = {"them"}
NEUTER_PRONOUNS = {"it"}
NEUTER_POSSESSIVES = {"its"}
ONE_PRONOUNS = {"one"}
ANAPHORIC_ONES = {"ones"}
LEXICAL_ONES_MODIFIERS = {"loved", "little", "dear"}
SINGULAR_NUMBERS = {"one", "1"}
NEGATIVE_DETERMINERS = {"no"}
STORY_DAY_WORDS = {"today", "tomorrow", "tonight"}  # '"Today a judge looked at the evidence."' (events/quoted.py)
TIME_ALLOWING_VERBS = {"have", "give", "get"}
OPEN_RANGE_ENDS = {"onward", "onwards"}
DISTRIBUTIVE_ADVERBS = {"respectively"}
# "had collapsed twice, first in December ... and again in February": each date one happening's
REPEAT_COUNTS = {"twice", "thrice"}
REPEAT_COUNT_NOUNS = {"times"}  # "three times, in 2015, 2018 and 2021"
LATEST_INSTANCE_WORDS = {"recently", "latest", "last"}  # "three times, most recently in 2011"
COMPARATIVE_CONJUNCTIONS = {"than"}
ANY_DETERMINERS = {"any"}  # "more cases than in any year since 2012": counted from 2012 (events/phrases.py)
UP_TO_PREPS = {"until", "till", "through"}
RANGE_PREPS = {"to", "through"}
# "The aim was to reach the summit": "was to" telling an aim or an act, no plan (events/was_to.py)
AIM_NOUNS = {
    "aim", "goal", "plan", "idea", "intention", "purpose", "objective", "task", "job", "mission", "role",
    "mistake", "act", "step", "move", "response", "answer", "solution", "priority", "hope", "dream", "wish",
    "challenge", "point", "strategy", "tactic", "option", "choice", "decision", "instruction", "order",
}
DESTINY_VERBS = {"become", "prove", "remain", "die"}  # "He was to become president in 1869" (events/was_to.py)
# "The ferry was hit and sank": a bare past the subject did itself, no "was sank" (events/gapped.py)
SELF_ACTING_PASTS = {"die", "sink", "fall", "collapse", "escape", "flee", "survive", "resign",
                     "arrive", "return", "disappear", "vanish", "explode", "burn", "drown", "retire",
                     "leave", "go", "come", "rise", "crash", "capsize", "surrender", "stay", "remain", "run",
                     "happen", "occur", "last", "begin", "start", "continue", "end", "expire", "live", "work",
                     "wait"}
# A standing rule's hour, no day's date (events/rule_hours.py): "a ban on terraces after midnight",
# "pubs must shut at 11 p.m.", "ordered the club to close its terrace at midnight"
RULE_NOUNS = {"ban", "curfew", "restriction", "limit", "rule", "regulation", "prohibition", "bylaw"}
RULE_MODALS = {"must"}
RULE_VERBS = {"order", "require", "force", "oblige", "compel", "allow", "permit", "forbid", "ban", "prohibit"}
# A regime's start on a clause's verb, whose clock time recurs ("dimmed at midnight from April"; rule_hours.py).
REGIME_START_PREPS = {"from", "starting", "beginning"}
# events/thing_it.py: passive verbs whose subject is a happening ("If the government agrees to a
# referendum, it could be held in May": the referendum, no government is held; round 50)
HELD_VERBS = {"hold", "stage", "host", "convene", "postpone", "reschedule", "adjourn", "cancel", "rerun", "replay"}
# events/lead.py (round 53b): a thing's making, told with its maker ("It was built by Joseph Storr")
# after a dated scene of the thing ("The cinema opened on March 20, 1926."): earlier, not of that day
MAKING_VERBS = {"build", "design", "construct", "found", "create", "write", "compose", "paint", "draw",
                "invent", "develop", "sculpt", "carve", "manufacture", "make", "commission", "establish"}
# events/status.py (round 57d): an exception on a negative object ("had no choice but to sell" is no
# denial); a past plan whose "but" conjunct says it failed ("was meant to finish last winter but was
# held up by a landslide": `negated`)
EXCEPTION_WORDS = {"but", "except", "other", "apart"}
# events/status.py (round 62e): verbs (lemma and particle) whose negation leaves their object possible:
# "did not rule out a second vote next year" (`expected`), "has not ruled out new talks"
OPEN_PROSPECT_VERBS = {"rule out"}
# events/figures.py (round 62e): a figure of speech is no event: "it closed a chapter that began more than
# 130 years ago" ("Chapter 11", numbered, is a thing and keeps its row)
FIGURE_NOUNS = {"chapter"}
FIGURE_VERBS = {"close", "end", "turn"}  # "closed a chapter" ("began a chapter" may be a book's)
FIGURE_SUBJECT_VERBS = {"begin", "start", "open", "close", "end"}  # "a chapter that began ..."
FAILED_PLAN_VERBS = {"meant", "supposed", "intended", "scheduled", "due", "expected", "set", "planned"}
# Endings only a past participle has ("swollen", "torn", "shown"; "listened", "turned", "drowned" end
# otherwise): a word the parser tags as a past tense with one is a participle (events/verbless.py)
PARTICIPLE_ONLY_ENDINGS = {"en", "wn", "rn"}
# Rows that are no happening (round 64e, events/no_happening.py):
# the verbs of a news outlet's sourcing ("a letter seen by Reuters", "documents obtained by the
# newspaper", "a draft reviewed by this agency"): in the passive with an outlet for agent, they tell
# how the story was sourced, not something that happened to the document
SOURCING_VERBS = {"see", "obtain", "review", "view"}
# the agents that are news outlets: nouns (lemmas) and the wire agencies' own names (lower case); the
# agency a dateline names ("(Wire)") is one too, read from the text
# (not "reporter" or "journalist": "the man was seen by a reporter" is a sighting; "agency" only as a
# "news agency": "data reviewed by the agency" of a government agency is its act; nor "press": "a man
# was seen by the press near the house" is a sighting)
OUTLET_NOUNS = {"newspaper", "paper", "broadcaster", "outlet", "magazine", "newsroom", "publication",
                "website"}
OUTLET_COMPOUNDS = {"news"}  # "a news agency", "the news service"
WIRE_AGENCIES = {"reuters", "afp", "ap", "bloomberg", "dpa", "xinhua", "kyodo", "yonhap", "ansa", "efe",
                 "interfax", "tass", "anadolu", "bernama", "pti"}
# "couriers today are free to log on when they like": the adjectives of a standing leave or right
# whose to-infinitive tells what may be done, not what was; with a "today" or "now" of the present
# state they date no happening ("able" only with a present copula: "were able to return today" is
# a happening)
STANDING_LEAVE_ADJECTIVES = {"free", "entitled", "eligible", "welcome"}
ABILITY_ADJECTIVES = {"able", "unable"}
PRESENT_STATE_WORDS = {"today", "now", "nowadays", "these days"}
# the wh-word of a free relative ("what matters tonight", "what counts now"): a pseudo-cleft's clause
# names a thing, it tells no happening
FREE_RELATIVE_WORDS = {"what", "whatever"}
# Round 65h (events/no_happening.py): an "as" clause of conformity ("as the 2019 rules require", "as
# a treaty allows") names a standard the main clause meets or breaks, it tells no happening of its
# own; the verbs (lemmas) of what a rule or text demands or lets, and the mark that opens the clause
CONFORMITY_VERBS = {"require", "demand", "allow", "permit", "stipulate", "prescribe", "mandate", "dictate",
                    "oblige", "specify", "envisage", "foresee", "provide"}
CONFORMITY_MARKS = {"as"}
# Round 65h (events/lead_states.py): a feature lead's present state of its scene is no news of the
# publication day: the verbs (lemmas) of a measure a thing has ("the calf weighs 30 kilograms", "the
# hall measures 40 metres", "a ticket costs 12 euros"), and the verbs of outliving, whose present
# perfect compares how long things lasted ("the bakery has outlived every shop on the street")
STATE_MEASURE_VERBS = {"weigh", "measure", "cost"}
OUTLASTING_VERBS = {"outlive", "outlast"}
# Round 73e (events/lead_states.py): the present state a feature lead's scene shows ("the suitcase has a
# broken wheel", "nobody in the hall knows what is inside it"; a copula with an adjective, "the shed is
# warm", is one too), and the weather a lead opens on, going on or lasting ("The rain had been falling
# since dawn", "Frost still lay in the furrows"): the scene, no happening of the publication day
SCENE_STATE_VERBS = {"have", "know", "smell"}
WEATHER_NOUNS = {"rain", "snow", "sleet", "hail", "drizzle", "frost", "fog", "mist", "haze", "tide", "wind",
                 "dew", "sun", "cloud", "dusk", "darkness"}
# Round 71c (events/anchor.py, `_earlier_occurrence`): an event noun with one of these is an earlier
# happening of its kind ("26 seats at the previous election in 2024", "recorded at the last election,
# in 2021"); a date on it, or set after it by a comma, is that one's, never the clause's
EARLIER_OCCURRENCE_ADJECTIVES = {"previous", "prior", "preceding", "last"}
# Round 73d: a multiplier before a participle's noun ("more than twice the share recorded three decades
# ago") makes the noun a comparison's yardstick (events/apposed_names.py); not "half", a part ("half
# the houses built in 1970"). The word of a thing's value: a relative clause the parser hangs on the
# amount stands for the thing ("the contracts, worth 48 million euros, which were signed";
# events/worth_amounts.py)
MULTIPLIER_WORDS = {"twice", "double", "triple", "thrice", "quadruple"}
VALUE_WORDS = {"worth"}


PRICE_PREPS = {"for"}  # "bought the building for 2.4 million euros and turned it into": a price (events/conjunct_it.py)
BODY_COLLECTIVES = {"board", "club", "committee", "council", "group", "party", "union"}  # bodies that speak (events/sayer_it.py)
