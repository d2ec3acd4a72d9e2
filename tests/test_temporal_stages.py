"""The temporal engine by stage: handlers bound to patterns by a checked table, and words from a pack."""
import datetime as dt
import re
import subprocess
import sys
import types

import pytest

from timeline_cli import lang
from timeline_cli.temporal import tag
from timeline_cli.temporal.tagger import HANDLERS, HandlerTableError, check_handlers
from timeline_cli.temporal.words import ENGLISH, TemporalWords

REF = dt.date(2024, 6, 27)


def test_the_english_table_binds_every_pattern():
    check_handlers(HANDLERS, ENGLISH.pattern_names)
    assert set(HANDLERS) == set(ENGLISH.pattern_names)


def test_a_table_with_a_missing_handler_fails():
    missing = {name: handler for name, handler in HANDLERS.items() if name != "clock"}
    with pytest.raises(HandlerTableError, match="pattern.*without a handler: clock"):
        check_handlers(missing, ENGLISH.pattern_names)


def test_a_handler_without_a_pattern_fails():
    extra = {**HANDLERS, "lunar": HANDLERS["clock"]}
    with pytest.raises(HandlerTableError, match="handler.*without a pattern: lunar"):
        check_handlers(extra, ENGLISH.pattern_names)


def test_a_handler_bound_to_no_pattern_fails():
    def h_orphan(self, m):
        return None

    with pytest.raises(HandlerTableError, match="h_orphan"):
        check_handlers(HANDLERS, ENGLISH.pattern_names, (*HANDLERS.values(), h_orphan))


def test_the_table_is_checked_when_the_tagger_is_imported():
    # A pattern added to the English words with no handler: importing the engine fails at once.
    code = ("import re; from timeline_cli.lang.en import temporal as t; "
            "t.PATTERNS.append(('lunar', re.compile('moonday'))); import timeline_cli.temporal")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode != 0
    assert "HandlerTableError" in run.stderr and "lunar" in run.stderr


def _toy_words() -> TemporalWords:
    """A toy language: two made-up month names; its patterns find "<month> <year>" and "<month>"."""
    data = types.ModuleType("toy_temporal")
    data.MONTHS = {"brumos": 3, "frimos": 11}
    data.PATTERNS = [
        ("month_year", re.compile(r"\b(?P<edge>x)?(?P<month>brumos|frimos)\s+(?P<year>\d{4})\b", re.I)),
        ("month", re.compile(r"\b(?P<rel>x)?(?P<edge>x)?(?P<month>brumos|frimos)\b(?!\s*\d)", re.I)),
    ]
    # Everything else (tense cues, units...) as English: the toy only brings its month names.
    return TemporalWords.from_module(data, like=ENGLISH)


def test_a_registered_toy_pack_tags_with_the_same_engine(monkeypatch):
    toy = _toy_words()
    module = types.ModuleType("toy_lang")
    module.tag = lambda text, reference, doc=None, **options: tag(text, reference, doc, words=toy, **options)
    module.PACK = lang.Pack(code="xx", name="Toy", models=(), install="", tagger="toy_lang:tag")
    monkeypatch.setitem(sys.modules, "toy_lang", module)
    lang.register("xx", "toy_lang")
    try:
        found = lang.get("xx").tag("The fair opened in frimos 1998 and closes in brumos.", REF)
    finally:
        lang.unregister("xx")
    assert [(e.text, e.value) for e in found] == [("frimos 1998", "1998-11"), ("brumos", "2024-03")]
    # English month names are not the toy's, and the toy's are not English
    assert tag("The fair opened in frimos 1998.", REF) != found[:1]
    assert [e.value for e in tag("The fair opened in November 1998.", REF, words=toy)] == []
    with pytest.raises(ValueError):
        lang.get("xx")


def test_a_pack_pattern_without_a_handler_is_refused():
    data = types.ModuleType("bad_temporal")
    data.PATTERNS = [("lunar", re.compile("moonday"))]
    with pytest.raises(HandlerTableError, match="lunar"):
        tag("moonday", REF, words=TemporalWords.from_module(data, like=ENGLISH))


def test_month_and_weekday_tables_have_one_home():
    from timeline_cli.temporal import reference

    assert reference.MONTHS is ENGLISH.months and reference.WEEKDAYS is ENGLISH.weekdays
