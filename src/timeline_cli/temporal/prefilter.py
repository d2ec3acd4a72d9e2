"""Which recognition patterns can match a text at all, so that the others are not run over it.

Recognition runs every pattern of a language over the whole text (recognition.candidates), and that
is most of the temporal tagger's time: a pattern that opens with optional words ("early", "the end
of", "about") is tried at every word of the text. Yet most patterns cannot match without one of a few
words: no "century" pattern without "century", no season without a season's name. This module reads
each compiled pattern's parse tree once and finds such a set of required strings; a text that contains
none of them (a substring test, far cheaper than the pattern) skips the pattern, and a text that has
some runs the pattern only in windows around them (`windows`), as wide as the longest match the
pattern can make in that text. Both are exact: the candidates found are the same, only found faster
(about half of recognition's time goes).

Hand-written because no library derives required substrings from a Python regular expression. It reads
the tree with `re._parser`, the standard library's own (private) parser; should that ever fail to
import or to parse, every pattern runs, as before.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from math import inf
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import TemporalWords

try:  # the standard library's regex parser (Python 3.11+); private, hence the fallback
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a future Python without it: no filtering
    _sre = _sre_parse = None

DIGIT = "digit"  # the pattern needs a digit somewhere
# In a set of strings: "or a digit" ("1990" or "nineteen ninety"); no text's lower-cased words hold it
ANY_DIGIT = "\x00digit"
# Under IGNORECASE, `re` also matches these against ASCII "i"/"s", where str.lower() does not: a text
# that has one is not filtered (hence exact).
_UNFOLDED = re.compile("[\u0130\u0131\u017f]")
_DIGITS = frozenset([ANY_DIGIT])  # windows() of a pattern that needs a digit: around each run of digits


def required(pattern: re.Pattern) -> frozenset[str] | str | None:
    """Strings one of which (lower-cased) every match of `pattern` contains (ANY_DIGIT among them: or
    a digit), DIGIT when every match contains a digit, or None when nothing is required that this
    module can see."""
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
            elif None not in alternatives:  # some need a digit, the others strings
                found = frozenset().union(*(a if isinstance(a, frozenset) else {ANY_DIGIT} for a in alternatives))
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
        if ANY_DIGIT in r:
            return 0
        return 2 + min(len(s) for s in r)
    return a if score(a) >= score(b) else b


@cache
def requirements(words: TemporalWords) -> tuple:
    """required() of each of the language's patterns, in order (computed once per language)."""
    return tuple(required(pattern) for _, pattern in words.patterns)


def can_match(text: str, words: TemporalWords) -> list[bool]:
    """For each of the language's patterns, False when `text` lacks everything the pattern requires
    (it cannot match there): where `windows` finds no window at all."""
    return [where != [] for where in windows(text, words)]


# Why `windows` is exact. The required strings come from some top-level items of the pattern (items
# i..j). A match starting at s holds an occurrence o of one of them inside those items, so
# s >= o - width(items 0..j) and the match ends by o + width(items i..); the lookarounds of a match read
# at most R further, and an edge test such as \b one character (a lookbehind reads the real text before
# a window, as `re` does with `pos`). So each match and all it reads lie in its occurrence's window, a
# match never crosses into or out of a merged window, and a scan of each window finds exactly what a
# scan of the whole text finds there.
_SPACE_RUN = re.compile(r"\s+")
_DIGIT_RUN = re.compile(r"\d+")
_WIDEST_RUN = 64  # a text with a longer run of spaces, digits or word characters is scanned whole


def windows(text: str, words: TemporalWords) -> list[list[tuple[int, int]] | None]:
    """For each of the language's patterns, where it can match in `text`: [] where it cannot match at
    all (it lacks every string the pattern requires), merged (start, end) windows around the strings it requires, or None when it must
    run over the whole text (it requires no string, or its matches have no bound this module can see)."""
    needs = requirements(words)
    if _UNFOLDED.search(text):
        return [None] * len(needs)
    occurrences = _Occurrences(text)
    runs = _longest_runs(text)
    wide = max(runs) > _WIDEST_RUN
    places: dict[tuple[frozenset[str], bool], list[tuple[int, int]]] = {}
    merged_by: dict[tuple[frozenset[str], bool, float, float], list[tuple[int, int]]] = {}
    out: list[list[tuple[int, int]] | None] = []
    for index, need in enumerate(needs):
        if need is None:
            out.append(None)
            continue
        if need == DIGIT:  # a digit: windows around the runs of digits, as for ANY_DIGIT in a set
            need = _DIGITS
        if not any(occurrences.of(string) for string in need):  # none of what it requires: it cannot match
            out.append([])
            continue
        left, right = _text_margins(words, *runs)[index] if not wide else (inf, inf)
        if left == inf or right == inf:
            out.append(None)
            continue
        # (a pattern whose strings open a word in every match: the occurrences that open a word alone)
        opening = _word_start(words, index)
        merged = merged_by.get((need, opening, left, right))
        if merged is None:  # patterns share sets and margins (the months'): each is merged once
            if (need, opening) not in places:
                places[need, opening] = sorted(at for string in need for at in (
                    occurrences.opening(string) if opening else occurrences.of(string)))
            merged = []
            for at, end in places[need, opening]:
                start, end = max(0, at - left), min(len(text), end + right)
                if merged and start <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], end))
                else:
                    merged.append((start, end))
            merged_by[need, opening, left, right] = merged
        out.append(list(merged))
    return out


class _Occurrences:
    """(start, end) of every occurrence of each required string in one text (of every run of digits
    for ANY_DIGIT), each string looked up once: the patterns' sets share strings (English: 197
    strings in 374 places), and a set's test and its windows read the same finds."""

    def __init__(self, text: str):
        self._text, self._lowered = text, text.lower()
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._opening: dict[str, list[tuple[int, int]]] = {}

    def of(self, string: str) -> list[tuple[int, int]]:
        found = self._found.get(string)
        if found is None:
            if string == ANY_DIGIT:  # (a \d+ run wherever `\d` finds a digit: the same test)
                found = [m.span() for m in _DIGIT_RUN.finditer(self._text)]
            else:
                found = []
                at = self._lowered.find(string)
                while at >= 0:
                    found.append((at, at + len(string)))
                    at = self._lowered.find(string, at + 1)
            self._found[string] = found
        return found

    def opening(self, string: str) -> list[tuple[int, int]]:
        """of(string) without the occurrences right after a word character (inside a word)."""
        found = self._opening.get(string)
        if found is None:
            text = self._text
            found = self._opening[string] = [(at, end) for at, end in self.of(string)
                                             if at == 0 or not _is_word_char(text[at - 1])]
        return found


def _is_word_char(char: str) -> bool:
    """Whether `re` reads `char` as a word character (\\w of a str pattern without re.ASCII)."""
    return char.isalnum() or char == "_"


# Why `opening` is exact for some patterns. When the item that gives a pattern's required strings
# begins with one of them in every match (`_leading`), and the item before it reads a character no
# word holds (" ", "[- ]", "\s+") or is a word boundary before strings that open on a word character,
# every match holds an occurrence with no word character just before it. The windows around those
# occurrences alone hold every match, as the windows around all occurrences do (the margins are the
# same), and the argument above is unchanged. ("duration" requires "day", "min", "sec", "hr" ...
# after "[- ]": "today", "minister", "security", "three" are no place for it.)
@cache
def _word_start(words: TemporalWords, index: int) -> bool:
    """Whether every match of pattern `index` holds one of its required strings with no word character
    just before it (see above)."""
    pattern = words.patterns[index][1]
    need = requirements(words)[index]
    if _sre_parse is None or pattern.flags & (re.ASCII | re.LOCALE) or not isinstance(need, frozenset) or \
            ANY_DIGIT in need:
        return False  # (under re.ASCII or re.LOCALE, `re`'s word characters are not _is_word_char's)
    items, first, last = _required_items(words, index)
    if items is None or first == 0 or _lowered(_leading(items[first:last + 1])) != need:
        return False
    before = _before_kind(items[first - 1])
    return before == "non-word" or before == "boundary" and all(_is_word_char(s[0]) for s in need)


def _leading(items: list) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence begins with, or None."""
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            break
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the match begins with what follows
        if op is _sre.SUBPATTERN:
            return _leading(av[3])
        if op is _sre.BRANCH:
            alternatives = [_leading(a) for a in av[1]]
            return None if None in alternatives else frozenset().union(*alternatives)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _leading(av[2])
        return None
    return frozenset([run]) if run else None


def _before_kind(item) -> str | None:
    """"boundary" for a word boundary (\\b), "non-word" for an item whose last character read is never
    a word character (an ASCII punctuation or space literal, a class of them or of \\s or \\W, a repeat
    of one such), else None."""
    op, av = item
    if op is _sre.AT:
        return "boundary" if av is _sre.AT_BOUNDARY else None
    if op is _sre.LITERAL:
        return "non-word" if av < 128 and not _is_word_char(chr(av)) else None
    if op is _sre.IN:
        plain = all(kind is _sre.LITERAL and value < 128 and not _is_word_char(chr(value)) or
                    kind is _sre.CATEGORY and value in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD)
                    for kind, value in av)
        return "non-word" if plain else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        return "non-word" if _before_kind(list(av[2])[0]) == "non-word" else None
    return None


def _longest_runs(text: str) -> tuple[int, int, int]:
    r"""The longest run of white space, of digits and of word characters in `text` (they bound `\s+`,
    `\d+` and `\w+`), at least 1. The text's own bounds, not rounded up: the margins are evaluated from
    each pattern's forms, cheaply for any bound (rounded to a power of two they made windows some 15 %
    wider, and the scan in them as much slower)."""
    spaces = max(map(len, _SPACE_RUN.findall(text)), default=0)
    digits = max(map(len, _DIGIT_RUN.findall(text)), default=0)
    letters = max(map(len, text.split()), default=0)  # a run of \w lies inside one such word: a bound
    return max(spaces, 1), max(digits, 1), max(letters, 1)


@lru_cache(maxsize=1024)
def _text_margins(words: TemporalWords, spaces: int, digits: int, letters: int) -> tuple[tuple[float, float], ...]:
    """_margins of every pattern that requires something, for one text's bounds of runs (texts share
    bounds: a news story's longest word, run of spaces and number take few values)."""
    return tuple(_margins(words, index, spaces, digits, letters) if need is not None else (inf, inf)
                 for index, need in enumerate(requirements(words)))


def _margins(words: TemporalWords, index: int, spaces: int, digits: int, letters: int) -> tuple[float, float]:
    r"""How far before and after a required string a match of pattern `index` (and what it reads)
    can reach, with `\s+`/`\d+`/`\w+` at most `spaces`/`digits`/`letters` long; inf when unbounded."""
    forms = _margin_forms(words, index)
    if forms is None:  # (the tree walked, for a power of two at least each bound: a few bounds, cached)
        return _walked_margins(words, index, *(1 << (n - 1).bit_length() for n in (spaces, digits, letters)))
    left, right, around = (_evaluate(f, spaces, digits, letters) for f in forms)
    return left, right + around + 1


@cache
def _walked_margins(words: TemporalWords, index: int, spaces: int, digits: int, letters: int) -> tuple[float, float]:
    """_margins of a pattern that has no forms, walking its tree."""
    items, first, last = _required_items(words, index)
    if items is None:
        return inf, inf
    runs = spaces, digits, letters
    left = _width(items[:last + 1], *runs)
    right = _width(items[first:], *runs) + _lookaround(items, *runs) + 1
    return left, right


# The margins as forms. A text's margins used to be worked out by walking the pattern's tree for each
# new bound of runs (profiled: 96,000 calls of _width and _lookaround on 120 texts). The longest match
# is the largest of a few sums c + a*spaces + b*digits + e*letters (a branch takes the largest of its
# alternatives' sums), so each pattern's tree is walked once, into those forms, and a text's bound only
# evaluates them. `None`, a form of no bound: inf, as _width says. The same numbers as the walk.
_Forms = frozenset  # of (c, a, b, e) tuples; never empty
_ZERO: _Forms = frozenset([(0, 0, 0, 0)])
_ONE: _Forms = frozenset([(1, 0, 0, 0)])
_RUN_FORMS = {"space": frozenset([(0, 1, 0, 0)]), "digit": frozenset([(0, 0, 1, 0)]),
              "word": frozenset([(0, 0, 0, 1)])}


class _Unsure(Exception):
    """A tree the forms do not mirror exactly (a repeat of none of an unbounded item): walk it instead."""


@cache
def _margin_forms(words: TemporalWords, index: int) -> tuple | None:
    """Pattern `index`'s left margin, right width and lookaround as forms; None when they cannot be
    read as forms (no parse, or _Unsure): _margins then walks the tree."""
    items, first, last = _required_items(words, index)
    if items is None:
        return None
    try:
        return _width_forms(items[:last + 1]), _width_forms(items[first:]), _lookaround_forms(items)
    except _Unsure:
        return None


def _evaluate(forms: _Forms | None, spaces: int, digits: int, letters: int) -> float:
    if forms is None:
        return inf
    return max(c + a * spaces + b * digits + e * letters for c, a, b, e in forms)


def _plus(x: _Forms | None, y: _Forms | None) -> _Forms | None:
    if x is None or y is None:
        return None
    return _pruned({tuple(p + q for p, q in zip(f, g)) for f in x for g in y})


def _largest(parts: list) -> _Forms | None:
    if any(p is None for p in parts):
        return None
    return _pruned(set().union(*parts))


def _pruned(forms: set) -> _Forms:
    """Without the forms another is at least as large as at every bound (the runs are all >= 1)."""
    return frozenset(f for f in forms if not any(g != f and all(p >= q for p, q in zip(g, f)) for g in forms))


def _width_forms(items: list) -> _Forms | None:
    """_width of a parsed sequence, as forms."""
    total: _Forms | None = _ZERO
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            total = _plus(total, _ONE)
        elif op is _sre.SUBPATTERN:
            total = _plus(total, _width_forms(av[3]))
        elif op is _sre.BRANCH:
            total = _plus(total, _largest([_width_forms(a) for a in av[1]]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _, high, inner = av
            inner = list(inner)
            if high != _sre.MAXREPEAT:
                once = _width_forms(inner)
                if once is None and high == 0:
                    raise _Unsure  # (the walk multiplies inf by 0)
                total = _plus(total, None if once is None else
                              frozenset(tuple(high * p for p in f) for f in once))
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])] or inner == [(_sre.LITERAL, 32)]:
                total = _plus(total, _RUN_FORMS["space"])
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)])]:
                total = _plus(total, _RUN_FORMS["digit"])
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]:
                total = _plus(total, _RUN_FORMS["word"])
            else:
                return None
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:
            return None
        if total is None:
            return None
    return total


def _lookaround_forms(items: list) -> _Forms | None:
    """_lookaround of a parsed sequence, as forms."""
    parts: list = [_ZERO]
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            parts += [_width_forms(av[1]), _lookaround_forms(av[1])]
        elif op is _sre.SUBPATTERN:
            parts.append(_lookaround_forms(av[3]))
        elif op is _sre.BRANCH:
            parts += [_lookaround_forms(a) for a in av[1]]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            parts.append(_lookaround_forms(av[2]))
    return _largest(parts)


@cache
def _required_items(words: TemporalWords, index: int) -> tuple[list | None, int, int]:
    """Pattern `index`'s parsed top-level items, and the shortest run of them (first, last) that
    requires exactly what the whole pattern requires."""
    if _sre_parse is None:
        return None, 0, 0
    pattern = words.patterns[index][1]
    items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    need = requirements(words)[index]
    for i, item in enumerate(items):  # one item (a group, a branch, a repeat) gave the requirement
        if item[0] is not _sre.LITERAL and _lowered(_required([item])) == need:
            return _plain(items), i, i
    i = 0
    while i < len(items):  # or a run of literal characters ("ago")
        j = i
        while j < len(items) and items[j][0] is _sre.LITERAL:
            j += 1
        if j > i and _lowered(_required(items[i:j])) == need:
            return _plain(items), i, j - 1
        i = j + 1
    return _plain(items), 0, len(items) - 1


def _plain(value):
    """A parsed pattern with every SubPattern made a plain list of its items: `_width` and
    `_lookaround` walk each pattern once per bound of runs, and a SubPattern's items are read through a
    Python __getitem__ (profiled: half a million calls on 120 texts)."""
    if isinstance(value, _sre_parse.SubPattern):
        return [_plain(item) for item in value.data]
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _lowered(found):
    return frozenset(s.lower() for s in found) if isinstance(found, frozenset) else found


def _width(items: list, spaces: int, digits: int, letters: int) -> float:
    r"""The longest text a parsed sequence can match, with `\s+`/`\d+`/`\w+` at most
    `spaces`/`digits`/`letters` long."""
    total = 0
    for op, av in items:
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            total += 1
        elif op is _sre.SUBPATTERN:
            total += _width(av[3], spaces, digits, letters)
        elif op is _sre.BRANCH:
            total += max(_width(a, spaces, digits, letters) for a in av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _, high, inner = av
            inner = list(inner)  # compared as a list of items
            if high != _sre.MAXREPEAT:
                total += high * _width(inner, spaces, digits, letters)
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])] or inner == [(_sre.LITERAL, 32)]:
                total += spaces
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)])]:
                total += digits
            elif inner == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]:
                total += letters
            else:
                return inf
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width (their reading is _lookaround's)
        else:  # a back reference, a conditional: no bound known here
            return inf
    return total


def _lookaround(items: list, spaces: int, digits: int, letters: int) -> float:
    """The longest text any lookaround inside a parsed sequence reads."""
    longest = 0
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            longest = max(longest, _width(av[1], spaces, digits, letters), _lookaround(av[1], spaces, digits, letters))
        elif op is _sre.SUBPATTERN:
            longest = max(longest, _lookaround(av[3], spaces, digits, letters))
        elif op is _sre.BRANCH:
            longest = max([longest, *(_lookaround(a, spaces, digits, letters) for a in av[1])])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            longest = max(longest, _lookaround(av[2], spaces, digits, letters))
    return longest
