"""Language packs: one per language, chosen through a small registry by language code.

A pack says what a language needs and nothing else: its spaCy models (tried in order), the extra
that installs them, its temporal tagger's entry point (`tag(text, reference, doc, *, ranges)`), and
its status and reporting cue words. English is registered with the engines (`temporal.tag`,
`nlp.DEFAULT_MODELS`), whose English words are plain data in `lang/en/` (temporal.py, events.py).
French lives in `lang/fr/`.

Adding a language: a folder with a `PACK`, and one line in `_PACKS` below (or `register` at run time).
"""
from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .detect import detect

if TYPE_CHECKING:
    from ..events.words import EventWords

CODES = ("en", "fr")
# `--lang` choices: a language code, or `auto` (metadata, else detection, per document).
CHOICES = ("auto", *CODES)
_PACKS = {"en": "timeline_cli.lang.en", "fr": "timeline_cli.lang.fr"}


@dataclass(frozen=True)
class Pack:
    code: str  # ISO 639-1
    name: str
    models: tuple[str, ...]  # spaCy packages, tried in order when no --model is given
    install: str  # what to pip install when none of `models` is there
    tagger: str  # "module:function" of the temporal tagger, imported when first used
    reporting: frozenset[str] = field(default_factory=frozenset)  # lemmas of reporting verbs / cues
    modal: frozenset[str] = field(default_factory=frozenset)  # lemmas that make an event expected
    negation: frozenset[str] = field(default_factory=frozenset)
    dateline: str | None = None  # "module:function" finding the language's datelines (text -> date)
    events: str | None = None  # the event words' data module (lang/xx/events.py); None: English's

    def find_dateline(self, text: str) -> dt.date | None:
        """The date of the pack's own dateline form, None when it has none (English: temporal.reference)."""
        if not self.dateline:
            return None
        module, _, function = self.dateline.partition(":")
        return getattr(importlib.import_module(module), function)(text)

    @property
    def event_words(self) -> EventWords:
        """The event engine's words for this language (`events.EventWords`), built when first used."""
        return _event_words(self.events)

    @property
    def tag(self) -> Callable:
        module, _, function = self.tagger.partition(":")
        return getattr(importlib.import_module(module), function)


@functools.cache
def _event_words(module: str | None):
    from ..events.words import ENGLISH, EventWords

    return EventWords.from_module(importlib.import_module(module)) if module else ENGLISH


def get(code: str) -> Pack:
    """The pack of a language code ("en", "fr"); ValueError for a language without one."""
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in _PACKS:
        raise ValueError(f"unsupported language {code!r}: choose one of {', '.join(CODES)}")
    return importlib.import_module(_PACKS[code]).PACK


def register(code: str, module: str) -> None:
    """Register the pack `PACK` of an importable module for a language code (tests, plugins)."""
    _PACKS[code.lower()] = module


def unregister(code: str) -> None:
    """Forget a registered language code (a pack registered with `register`)."""
    _PACKS.pop(code.lower(), None)


def normalize(code: object) -> str | None:
    """A metadata language ("fr-FR", "en_GB", "French"?) as a supported code, else None."""
    if not isinstance(code, str):
        return None
    short = code.strip().lower().replace("_", "-").split("-")[0]
    return short if short in _PACKS else None


__all__ = ["CHOICES", "CODES", "Pack", "detect", "get", "normalize", "register", "unregister"]
