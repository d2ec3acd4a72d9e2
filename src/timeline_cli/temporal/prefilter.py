"""Which recognition patterns can match a text at all, so that the others are not run over it.

Recognition runs every pattern of a language over the whole text (recognition.candidates), and that
is most of the temporal tagger's time: a pattern that opens with optional words ("early", "the end
of", "about") is tried at every word of the text. Yet most patterns cannot match without one of a few
words: no "century" pattern without "century", no season without a season's name. This module reads
each compiled pattern's parse tree once and finds such a set of required strings; a text that contains
none of them (a substring test, far cheaper than the pattern) skips the pattern. The skip is exact: the
candidates found are the same, only found faster.

Hand-written because no library derives required substrings from a Python regular expression. It reads
the tree with `re._parser`, the standard library's own (private) parser; should that ever fail to
import or to parse, every pattern runs, as before.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import TemporalWords

try:  # the standard library's regex parser (Python 3.11+); private, hence the fallback
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a future Python without it: no filtering
    _sre = _sre_parse = None

DIGIT = "digit"  # the pattern needs a digit somewhere
# Under IGNORECASE, `re` also matches these against ASCII "i"/"s", where str.lower() does not: a text
# that has one is not filtered (hence exact).
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")
_DIGIT = re.compile(r"\d")  # as a pattern's \d reads (Unicode digits), or wider


def required(pattern: re.Pattern) -> frozenset[str] | str | None:
    """Strings one of which (lower-cased) every match of `pattern` contains, DIGIT when every match
    contains a digit, or None when nothing is required that this module can see."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - defensive: the pattern compiled, so it parses
        return None
    found = _required(list(tree))
    if found is None or found == DIGIT:
        return found
    return frozenset(s.lower() for s in found)


def _required(items: list) -> frozenset[str] | str | None:
    """What a sequence of parsed items requires: the best of what its mandatory items require."""
    best = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL:  # a run of literal characters is required as a whole
            run += chr(av)
            continue
        if len(run) >= 2:
            best = _better(best, frozenset([run]))
        run = ""
        if op is None:
            break
        found = None
        if op is _sre.SUBPATTERN:
            found = _required(av[3])
        elif op is _sre.BRANCH:  # each alternative requires something: then one of them is required
            alternatives = [_required(a) for a in av[1]]
            if all(isinstance(a, frozenset) for a in alternatives):
                found = frozenset().union(*alternatives)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        elif op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
            found = DIGIT
        # anything else (an optional item, a class, a zero-width assertion) requires nothing here
        if found is not None:
            best = _better(best, found)
    return best


def _better(a, b):
    """The more selective of two requirements: strings over a digit, longer shortest strings first."""
    def score(r):
        if r is None:
            return -1
        if r == DIGIT:
            return 1
        return 2 + min(len(s) for s in r)
    return a if score(a) >= score(b) else b


@cache
def requirements(words: TemporalWords) -> tuple:
    """required() of each of the language's patterns, in order (computed once per language)."""
    return tuple(required(pattern) for _, pattern in words.patterns)


def can_match(text: str, words: TemporalWords) -> list[bool]:
    """For each of the language's patterns, False when `text` lacks everything the pattern requires
    (it cannot match there)."""
    needs = requirements(words)
    if _UNFOLDED.search(text):
        return [True] * len(needs)
    lowered = text.lower()
    has_digit = None
    out = []
    for need in needs:
        if need is None:
            out.append(True)
        elif need == DIGIT:
            if has_digit is None:
                has_digit = _DIGIT.search(text) is not None
            out.append(has_digit)
        else:
            out.append(any(s in lowered for s in need))
    return out
