"""French words of the event engine (events/), as plain data, like lang/en/events.py (which says what
each name is for). Lemmas of `fr_core_news_sm` unless said otherwise; sets are lower-case.

The French parse uses Universal Dependencies labels and no Penn tags: `adapt_doc` gives the engine a
copy of the Doc with the labels it reads (ClearNLP deps, Penn-like tags from the morphology), so the
engine's rules run on French unchanged. Futur and conditionnel are read from the morphology
(FUTURE_MORPH), the hearsay conditionnel of the press ("aurait été tué mardi") and "selon"/"d'après"
make an event `reported`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import NEGATION

if TYPE_CHECKING:
    from spacy.tokens import Doc

EVENT_NOUNS = {
    "accident", "accord", "annonce", "arrestation", "arrivée", "attaque", "attentat", "audience",
    "bataille", "cérémonie", "collision", "conférence", "congrès", "conseil", "crise", "débat",
    "décision", "défaite", "départ", "discours", "élection", "émeute", "enquête", "entretien",
    "explosion", "festival", "finale", "fusion", "grève", "incendie", "inauguration", "inondation",
    "manifestation", "match", "meurtre", "mobilisation", "négociation", "obsèques", "offensive",
    "opération", "procès", "rassemblement", "référendum", "rencontre", "réunion", "scrutin", "séance",
    "séisme", "sommet", "tempête", "tournoi", "verdict", "visite", "vote", "voyage", "victoire",
    "baisse", "hausse", "chute", "recul", "croissance", "faillite", "rachat", "lancement", "sortie",
    "coupure", "panne", "fermeture", "ouverture", "réforme", "loi", "budget", "plan", "mission",
    "cessez-le-feu", "trêve", "traité", "sanction", "concert", "course", "étape",
}
AMOUNT_NOUNS = {"résultat", "bénéfice", "chiffre", "vente", "revenu", "perte", "dividende", "déficit",
                "excédent"}
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure")
NOT_EVENT_NOUNS = {
    "nation", "station", "population", "information", "institution", "administration", "organisation",
    "commission", "association", "fondation", "fédération", "constitution", "section", "édition",
    "portion", "proportion", "condition", "situation", "question", "génération", "région", "direction",
    "version", "division", "télévision", "vision", "pension", "département", "gouvernement", "parlement",
    "équipement", "appartement", "document", "instrument", "élément", "environnement", "moment",
    "structure", "culture", "nature", "mesure", "figure", "procédure", "température", "agriculture",
    "différence", "confiance", "science", "présidence", "résidence", "expérience", "distance", "alliance",
    "finance", "attention", "intention", "opinion", "union", "million", "milliard", "mention",
    "résultat", "bénéfice", "vente", "revenu", "prévision", "estimation", "avance", "semaine",
}
# Verbs whose infinitive is the event; the value is the status they give it (None: no cue).
CONTROL_VERBS = {
    "devoir": "expected", "pouvoir": "expected", "envisager": "expected", "aller": "expected",
    "prévoir": "planned", "compter": "planned", "projeter": "planned", "programmer": "planned",
    "décider": None, "vouloir": None, "souhaiter": None, "espérer": "expected", "s'apprêter": "planned",
    "apprêter": "planned", "attendre": "expected", "tenter": None, "essayer": None, "refuser": "negated", "renoncer": "negated",
}
FUTURE_AUX: set[str] = set()  # futur and conditionnel are verb forms: FUTURE_MORPH
FUTURE_MORPH = {"Tense=Fut", "Mood=Cnd"}
HEARSAY_MORPH = {"Mood=Cnd"}
ATTRIBUTION_PREPS = {"selon", "d'après", "d’après"}
NEGATIONS = set(NEGATION) | {"n’", "rien", "nullement"}
# Reporting verbs: their content is the news; a date right after them dates the report.
REPORTING = {"annoncer", "déclarer", "affirmer", "indiquer", "expliquer", "préciser", "dire", "estimer",
             "assurer", "confirmer", "souligner", "ajouter", "rapporter", "révéler", "écrire"}
MODAL_LIKE = {"devoir", "pouvoir", "aller", "falloir", "sembler", "paraître", "venir"}
INCLUSION_PREPS = {"dans", "pendant", "lors", "durant", "au", "en"}
FIXED_PP_NOUNS = {"outre", "réponse", "cours", "fait", "part", "ordre", "partie", "général", "particulier"}
SCHEDULING = {"prévoir", "programmer", "fixer", "attendre"}
PERIOD_END = {"clore", "terminer", "achever"}
PLANNED_MODIFIERS = {"prévu", "prévue", "prévus", "prévues", "prévoir", "programmé", "programmée",
                     "programmer", "projeté", "projetée"}
EXPECTED_MODIFIERS = {"attendu", "attendue", "attendus", "attendues", "éventuel", "éventuelle",
                      "possible", "prochain", "prochaine", "attendre"}
DEFINITE_FUTURE_AUX: set[str] = set()
ACCUSING = {"accuser", "soupçonner", "suspecter"}
ALLEGING = {"accuser", "prétendre", "affirmer", "soupçonner", "alléguer"}
HEDGES = {"apparemment", "prétendument", "vraisemblablement", "visiblement"}
COMPARING = {"comparer"}
FUTURE_WORDS = {"va", "vont", "devrait", "devraient", "pourrait", "pourraient", "doit", "doivent"}
ATTRIBUTING = {"dire", "annoncer", "déclarer", "indiquer", "affirmer", "préciser", "ajouter"}
PERSON_PRONOUNS = {"il", "elle", "lui", "son", "sa", "ses"}
THING_PRONOUNS: set[str] = set()  # "il" names people and things alike
GENERIC_ORGS = {"société", "entreprise", "groupe", "banque", "compagnie", "constructeur", "opérateur",
                "fabricant", "enseigne", "firme", "club", "équipe"}
GENERIC_PEOPLE = {"président", "présidente", "ministre", "maire", "dirigeant", "directeur", "directrice",
                  "porte-parole", "chef", "juge", "procureur", "entraîneur", "sélectionneur", "député"}
PERSONAL_SUBJECTS = {"il", "elle"}
OWNED_AMOUNTS = {"chiffre", "ventes", "bénéfice", "résultat", "résultats", "perte", "revenus"}
ASPECTUAL = {"commencer", "continuer", "reprendre", "cesser", "arrêter", "finir", "achever",
             "refuser", "réussir", "parvenir", "tenter", "essayer"}
SIMULTANEITY_MARKERS = {"quand", "lorsque", "alors"}
SUPPORT_VERBS = {"tenir", "organiser", "mener", "conduire", "lancer", "signer", "ratifier", "approuver",
                 "gagner", "perdre", "remporter", "publier", "enregistrer", "subir", "faire", "prendre",
                 "donner", "achever", "terminer", "commencer", "reprendre", "poursuivre", "ouvrir"}
RELATIONAL_PARTICIPLES = {"inclure", "comprendre", "concerner", "suivre", "comparer", "baser", "exclure",
                          "représenter", "contenir"}
COPULAS = {"être"}
PERFECT_AUX = {"avoir", "être"}
INFINITIVE_MARKERS = {"de", "d'", "d’", "à"}
GOING: set[str] = set()
CONTROL_NEEDING_TO: set[str] = set()
AMOUNT_VERBS = {"inclure", "être", "atteindre", "s'élever", "élever", "représenter"}
WHEN_RELATIVES = {"où"}
WHEN_CONJUNCTIONS = {"quand", "lorsque"}
REPORT_DATE_PREFIXES: set[str] = set()
RESULT_VERBS = {"aboutir", "entraîner"}
DATING_VERBS = {"dater", "remonter"}
KEPT_ADVERBS = {"déjà", "encore", "finalement", "à nouveau"}
DEGREE_ADVERBS = {"dès", "tôt", "tard"}
ACCUSATION_PREPS = {"de", "d'", "d’"}
GENERIC_DETERMINERS = {"le", "la", "l'", "l’", "cette", "ce"}
OWNER_DETERMINERS = {"le", "la", "l'", "l’", "son", "sa", "ses", "les"}
RELATIVE_PRONOUNS = {"que", "qu'", "qu’", "lequel", "laquelle"}
AMOUNT_PLACE_PREPS = {"chez"}
ARTICLE_PREFIX = r"^(le|Le|la|La|les|Les|l'|L'|l’|L’)\s*"
POSSESSIVE_SUFFIX = r"(?!)"  # French has no possessive ending
POSSESSIVE = "{}"

# Universal Dependencies labels of fr_core_news_sm and the ClearNLP labels the engine reads for them.
_DEPS = {
    "aux:tense": "aux", "aux:pass": "auxpass", "aux:caus": "aux", "nsubj:pass": "nsubjpass",
    "obj": "dobj", "obl:arg": "pobj", "obl:mod": "pobj", "obl:agent": "agent", "obl": "pobj",
    "expl:comp": "prt", "expl:pass": "prt", "expl:subj": "prt", "acl:relcl": "relcl",
    "flat:name": "compound", "flat:foreign": "compound", "nmod": "nmod",
}


def _tag(token) -> str:
    """A Penn-like fine tag from the UD morphology: the engine reads tense from VBD/VBN/VBG."""
    morph = token.morph
    if token.pos_ == "PRON" and "Rel" in morph.get("PronType"):
        return "WDT"
    if token.pos_ == "ADJ":
        return "JJ"  # a predicate with a copula: "étaient privés d'électricité"
    if token.pos_ not in ("VERB", "AUX"):
        return token.tag_
    form, tense = morph.get("VerbForm"), morph.get("Tense")
    if "Part" in form:
        return "VBG" if "Pres" in tense else "VBN"
    if "Inf" in form:
        return "VB"
    if {"Past", "Imp", "Pqp"} & set(tense):
        return "VBD"
    return "VBZ"


def adapt_doc(doc: Doc) -> Doc:
    """A copy of a French parse with the labels the event engine reads (the original is left as
    the taggers read it). Negative adverbs ("ne", "pas", "jamais") become `neg`, the "de"/"à" of an
    infinitive becomes its `aux` (English "to"), so the verb group reads "ne comptait pas" and
    "envisagent de dérouter"."""
    doc = doc.copy()
    for token in doc:
        # Two frequent slips of the small model, mended so the event reads whole: a verb tagged as a
        # noun at the root with a subject ("Les armateurs envisagent de ..."), and an object hung on a
        # noun ("ont voté hier soir la reconduction": on "soir") instead of on the verb above it.
        if token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children) \
                and not any(c.dep_ == "cop" for c in token.children):
            token.pos_ = "VERB"
            token.set_morph("VerbForm=Fin|Tense=Pres")
            guess = re.sub(r"(ent|e)$", "er", token.lower_)  # envisagent -> envisager, if a verb we know
            if guess in CONTROL_VERBS or guess in REPORTING:
                token.lemma_ = guess
        if token.dep_ == "ROOT":
            # "Une enquête a été ouverte lundi", "se retrouveront jeudi à Bruxelles": the date parsed as
            # the root, the verb (with its subject) hung on it; the verb is the root, the date its phrase.
            verb = next((c for c in token.children if c.i < token.i and c.pos_ in ("VERB", "AUX") and
                         (c.dep_ in ("amod", "acl", "dep") or c.dep_.startswith("expl")) and
                         any(g.dep_.startswith("nsubj") for g in c.children)), None)
            if verb is not None and token.pos_ in ("NOUN", "VERB", "PROPN"):
                for child in list(token.children):
                    if child.i > token.i and child.dep_ == "nmod":
                        child.head, child.dep_ = verb, "obl:mod"
                    elif child.i > token.i and child.dep_.startswith("obl"):
                        child.head = verb  # "ouverte lundi par le parquet"
                verb.head, verb.dep_ = verb, "ROOT"
                token.head, token.dep_, token.pos_ = verb, "obl:mod", "NOUN"
        if token.dep_ == "obj" and token.head.pos_ in ("NOUN", "ADJ"):
            verb = next((a for a in token.head.ancestors if a.pos_ == "VERB"), None)
            if verb is not None:
                token.head = verb
    for token in doc:
        tag = _tag(token)
        dep = token.dep_
        if dep == "advmod" and "Neg" in token.morph.get("Polarity"):
            dep = "neg"
        elif dep in ("obj", "iobj") and "Yes" in token.morph.get("Reflex"):
            dep = "prt"  # "se retrouveront": the reflexive pronoun belongs to the verb
        elif dep == "nmod" and any(c.dep_ == "case" for c in token.children):
            dep = "pobj"  # "en hausse", "d'électricité": a phrase with a preposition, as in English
        elif dep == "dep" and token.pos_ in ("VERB", "AUX") and token.i == token.head.i - 1:
            dep = "aux"  # "resteront fermées": the parse leaves the verb before a participle unlabelled
        elif dep == "mark" and token.lower_ in INFINITIVE_MARKERS and "Inf" in token.head.morph.get("VerbForm"):
            dep = "aux"
        elif dep.startswith("obl") and token.i < token.head.i and token.head.pos_ in ("VERB", "AUX"):
            dep = "npadvmod"  # a fronted phrase ("Selon la police, ..."): background, not the event
        else:
            dep = _DEPS.get(dep, dep)
        if dep != token.dep_:
            token.dep_ = dep
        if tag != token.tag_:
            token.tag_ = tag
    return doc


ADAPT_DOC = adapt_doc

# Rules added for English (issue 10): "also" sentences taking the lead's date, and an event noun in a
# "before ..." phrase described by its own noun phrase. Off for French until checked on French text.
ADDITIVE_ADVERBS: set[str] = set()
ORDERING_PREPS: set[str] = set()

# Numbers that count one, not many (events/gapped.py). The other function-word fields of the English
# pack (GENITIVE_PREPS, NEUTER_PRONOUNS, ...) are left empty here: their rules are untested on French.
SINGULAR_NUMBERS = {"un", "1"}
# "« Aujourd'hui quelqu'un a écouté. »": a quoted sentence, its speaker cut (events/quoted.py)
SOMEONE_PRONOUNS = {"quelqu'un", "rien"}
ANAPHORIC_ONES: frozenset[str] = frozenset()  # French says "ceux" (a demonstrative), not a noun "ones"
LEXICAL_ONES_MODIFIERS: frozenset[str] = frozenset()
STORY_DAY_WORDS = {"aujourd'hui", "demain", "ce soir"}  # « Aujourd'hui un juge a regardé les preuves. » (events/quoted.py)
ROLE_PREPS = {"comme"}  # "travaillera comme commentatrice" (events/main_person.py)
# « Le train a quitté Bruxelles à 19 h 22 et s'est arrêté à Lille » : l'heure du départ ne date pas l'arrêt
# (events/clock_conjuncts.py; round 30)
DEPARTURE_VERBS = {"partir", "quitter"}
# « avaient repoussé les livraisons à l'an prochain » : la tournure anglaise « into next year » (events/status.py;
# round 39b) n'a pas de préposition propre en français
MOVED_INTO_PREPS: set[str] = set()
# « envoyés aux électeurs à partir de lundi » : non mesuré en français (events/status.py, round 52d)
COMING_DAY_PREPS: set[str] = set()
# « a été suspendue en 2020 et n'a jamais repris » (events/tenses.py, round 49b)
NEVER_NEGATIONS = {"jamais"}
# events/thing_it.py (round 50): the French pronoun ("il"/"elle") is resolved by gender, not by this
# English "it" rule
HELD_VERBS: frozenset[str] = frozenset()
# « rendaient visite à Noël » : la saison ou la fête d'une habitude (events/habits.py, round 50b) ; pas
# encore de mots français
HOLIDAY_NAMES: set[str] = set()
HOLIDAY_TIME_VERBS: set[str] = set()  # events/holiday_nouns.py (round 55d): no French holiday names yet
HABIT_ADVERBS: set[str] = set()
LIMITING_ADVERBS: set[str] = set()
MAKING_VERBS: frozenset[str] = frozenset()  # lead.py reads the English parser's passive labels
# events/antecedents.py (round 63c) reads the English parser's "pobj" chains
ACTING_VERBS: frozenset[str] = frozenset()
ACTING_BODIES: frozenset[str] = frozenset()
SHOWING_VERBS: frozenset[str] = frozenset()
MADE_THING_PREPS: frozenset[str] = frozenset()
# events/conditions.py reads the English parser's clause labels (French has no CONDITION_MARKS either)
CONDITION_OPENERS: frozenset[str] = frozenset()
LIMIT_MARKS: frozenset[str] = frozenset()  # events/conditions.py reads the English parser's tags
# events/clausal.py mends the English parser's reading of a quantifier subject as an adverb
QUANTIFIER_SUBJECTS: frozenset[str] = frozenset()
CONTEST_TITLES: frozenset[str] = frozenset()  # French has no possessive date before a title
# Offices only a person holds (events/actors.py): "son directeur général, Paul Roux, a dit que la société ..."
OFFICE_TITLES = {"directeur", "directrice", "président", "présidente", "secrétaire", "porte-parole", "gérant",
                 "gérante", "patron", "patronne", "responsable", "chef"}
SINGLING_ADJECTIVES = {"seul", "unique"}  # "le seul fournisseur a cessé ...": no one named before (events/actors.py)
# (an English parse's misreading; French participles are not told by their ending: events/verbless.py)
PARTICIPLE_ONLY_ENDINGS: frozenset[str] = frozenset()
# events/status.py (round 62e): the French parse marks "ne ... pas" otherwise; "n'a pas exclu" is left as it was
OPEN_PROSPECT_VERBS: frozenset[str] = frozenset()
# events/figures.py (round 62e): "a clos un chapitre" (not yet met in French news read here)
FIGURE_NOUNS: frozenset[str] = frozenset()
FIGURE_VERBS: frozenset[str] = frozenset()
FIGURE_SUBJECT_VERBS: frozenset[str] = frozenset()
PERSISTING_ADVERBS: frozenset[str] = frozenset()  # "pas encore" also reads "encore une fois": unmeasured
AGE_NOUNS = {"âge"}  # "a commencé le judo à l'âge de six ans" (round 62b)
ORIGIN_PREPS: frozenset[str] = frozenset()  # "de" also marks a date's own phrase: unmeasured
