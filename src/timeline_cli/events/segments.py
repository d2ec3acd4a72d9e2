"""Segments and datelines: where a text's sentences, blocks and dateline are, found once per document.

`layout_of(doc)` is the document's `Layout` (line blocks, the dateline's date, where the story starts
after a dateline); the spaCy component `timeline_line_breaks` computes it before the parser and keeps
it on the Doc, so the sentence breaks, the reference date (nlp.process_batch) and the event rows read
one detection. `segments_of(doc)` is the parsed doc's sentences cut at those blocks, also kept once.
The dateline's own pattern is the reference-date code's (temporal/reference.py: `dateline_span`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language

from ..temporal.context import doc_text
from ..temporal.reference import dateline_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PUNCT_FINAL = set(".!?:;\"'”’)…")
# Where a doc keeps its layout and segments (plain Python objects: no spaCy object inside).
LAYOUT_KEY = "timeline_cli.layout"
SEGMENTS_KEY = "timeline_cli.segments"


@dataclasses.dataclass(frozen=True)
class Layout:
    """What a text's lines say about it, before any parse."""

    length: int  # of the text it was computed for
    blocks: list[tuple[int, int]]  # `line_blocks(text)`
    dateline: tuple[int, int, dt.date] | None  # `dateline_span(text)`: the dateline's date, if any
    placed_dateline: tuple[int, int] | None  # that date when a place or label precedes it on its line
    agency_end: int  # where the story starts after an agency's name ("(AP) —", with or without a date), else -1
    agency: str | None = None  # that agency's name as written ("AP"), else None

    @property
    def dateline_date(self) -> dt.date | None:
        return self.dateline[2] if self.dateline else None

    @property
    def story_start(self) -> int:
        """Where the story starts: after the dateline, else 0."""
        return max(self.placed_dateline[1], self.agency_end) if self.placed_dateline else max(self.agency_end, 0)


def text_layout(text: str) -> Layout:
    found = dateline_span(text)
    placed = _placed(text, found)
    if placed:
        agency = _AGENCY_AFTER_DATE.match(text, placed[1])  # "ATHENS, July 23, 2025 (Reuters) — Firefighters"
    else:
        agency = _agency_dateline(text)
    agency_end = agency.end() if agency else -1
    return Layout(len(text), line_blocks(text), found, placed, agency_end, agency.group("agency") if agency else None)


def layout_of(doc: Doc) -> Layout:
    """The doc's layout: the one `timeline_line_breaks` found, else found now (and kept)."""
    layout = doc.user_data.get(LAYOUT_KEY)
    # the text's length from its last token: `doc.text` joins every token again on each call
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if layout is None or layout.length != length:
        layout = doc.user_data[LAYOUT_KEY] = text_layout(doc_text(doc))
    return layout


def segments_of(doc: Doc) -> Segments:
    """The parsed doc's segments, made once and kept on the doc."""
    segments = doc.user_data.get(SEGMENTS_KEY)
    if segments is None:
        segments = doc.user_data[SEGMENTS_KEY] = Segments(doc)
    return segments


# ----------------------------------------------------------------------------------- sentences
@Language.component("timeline_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every line block (see `line_blocks`): after a blank line, after a
    headline, and after a dateline ("MUNICH, June 3, 2024 — Thousands were ..."). Add it before the
    parser: `nlp.add_pipe("timeline_line_breaks", before="parser")`."""
    layout = layout_of(doc)
    starts = {lo for lo, _ in layout.blocks}
    after_dateline = layout.story_start if layout.placed_dateline else layout.agency_end
    # offsets from the doc's array: a Token object is made only for the few words looked at
    for i, idx in enumerate(doc.to_array(IDX).tolist()):
        if idx in starts:
            if i:
                doc[i].is_sent_start = True
            caption = _caption_end(doc, i)
            if caption is not None:
                doc[caption].is_sent_start = True  # "The new iPod On Wednesday, Apple introduced ..."
            continue
        if not i:
            continue
        if after_dateline >= 0 and idx >= after_dateline:
            token = doc[i]
            if not token.is_punct and not token.is_space:
                token.is_sent_start = True  # the story's first sentence, not the dateline's
                after_dateline = -1
    return doc


def _caption_end(doc: Doc, first: int) -> int | None:
    """Where a block's opening caption, run into its first sentence without punctuation, ends: "The
    new iPod On Wednesday, Apple introduced ...". A capitalized preposition (tag IN) within the first
    eight words, after a noun that is not title-cased (a Title Case name may hold "On" or "In"), with
    no verb before it and a comma within four words after it (a fronted phrase: "On Wednesday,"),
    opens the sentence; the words before it are a caption of their own. Tags only: this runs before
    the parser."""
    for i in range(first + 1, min(first + 9, len(doc))):
        token, before = doc[i], doc[i - 1]
        if token.is_sent_start or before.is_punct or before.is_space or before.tag_.startswith("VB") or \
                "\n" in before.whitespace_:
            return None
        if token.tag_ == "IN" and token.text.istitle() and before.tag_ in ("NN", "NNS", "NNP", "NNPS") and \
                not before.text.istitle() and any(t.text == "," for t in doc[i + 1:i + 5]):
            return i
    return None


# "NEW YORK (AP) — ", "BEIRUT, Lebanon (Reuters) -- ": a place and an agency opening one of the first lines.
# The part after the comma may be a region or a date without a year ("KYIV, Feb. 11 (Reuters) -").
_AGENCY_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]{1,40}(?:,[ \t]+[A-Z][A-Za-z0-9. ]{1,30})?[ \t]*\((?P<agency>[A-Za-z .&-]{2,30})\)[ \t]*(?:—|–|--|-|_)",
                              re.MULTILINE)


_AGENCY_AFTER_DATE = re.compile(r"[ \t]*\((?P<agency>[A-Za-z .&-]{2,30})\)[ \t]*(?:—|–|--|-|_)?")


def agency_dateline_end(text: str) -> int:
    """Where the story starts after an agency dateline in the first lines of `text`, else -1."""
    match = _agency_dateline(text)
    return match.end() if match else -1


def _agency_dateline(text: str) -> re.Match | None:
    """An agency dateline in the first lines of `text` ("NEW YORK (AP) — "), its agency as group "agency"."""
    return _AGENCY_DATELINE.search(text, 0, min(len(text), 2000))


def placed_dateline(text: str) -> tuple[int, int] | None:
    """Offsets of a dateline's date that follows a place or label on its line ("MUNICH, June 3, 2024 —"):
    it dates the article, not an event. A bare date opening a line ("June 3, 2024 — Floods hit") may
    be a chronology's first entry and is not taken."""
    return _placed(text, dateline_span(text))


def _placed(text: str, found: tuple[int, int, dt.date] | None) -> tuple[int, int] | None:
    if found is None:
        return None
    start, end, _ = found
    return (start, end) if text[text.rfind("\n", 0, start) + 1:start].strip() else None


def _is_headline(line: str, next_line: str) -> bool:
    """A line that ends without final punctuation and is followed by a capitalized line, and is short
    or title-like: a headline, not a hard-wrapped line of prose."""
    line = line.strip()
    if not line or line[-1] in PUNCT_FINAL:
        return False
    following = next_line.lstrip()
    if not following or not (following[0].isupper() or following[0].isdigit() or following[0] in "\"“'‘"):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalized = sum(w[0].isupper() for w in words if len(w) > 3)
    long_words = sum(1 for w in words if len(w) > 3)
    return len(line) < 50 or (long_words and capitalized / long_words >= 0.6)


def line_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's blocks, without surrounding whitespace: a blank line ends a
    block, and so does a headline line (see `_is_headline`); hard-wrapped prose lines do not."""
    lines = []  # (start, end) of every line, without its line break
    pos = 0
    for match in re.finditer(r"\r?\n", text):
        lines.append((pos, match.start()))
        pos = match.end()
    lines.append((pos, len(text)))
    blocks: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    for index, (lo, hi) in enumerate(lines):
        line = text[lo:hi]
        if not line.strip():
            if current:
                blocks.append((current[0][0], current[-1][1]))
                current = []
            continue
        next_line = text[slice(*lines[index + 1])] if index + 1 < len(lines) else ""
        if next_line.strip() and _is_headline(line, next_line):
            if current:  # a headline is a block of its own
                blocks.append((current[0][0], current[-1][1]))
            blocks.append((lo, hi))
            current = []
        else:
            current.append((lo, hi))
    if current:
        blocks.append((current[0][0], current[-1][1]))
    result = []
    for lo, hi in blocks:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        result.append((lo, hi))
    return result


class Segments:
    """Sentences of a doc, cut at line blocks: token index -> (first, last) token of its sentence."""

    def __init__(self, doc: Doc):
        blocks = layout_of(doc).blocks
        self.bounds: dict[int, tuple[int, int]] = {}
        bi = 0
        token_block = []
        # offsets and spaces from the doc's arrays: no Token object made per word (profiled)
        for idx in doc.to_array(IDX).tolist():
            while bi < len(blocks) and blocks[bi][1] <= idx:
                bi += 1
            inside = bi < len(blocks) and blocks[bi][0] <= idx < blocks[bi][1]
            token_block.append(bi if inside else -1)
        spaces = doc.to_array(IS_SPACE).tolist()
        for sent in doc.sents:
            runs: list[list[int]] = []
            for i in range(sent.start, sent.end):
                if token_block[i] < 0 or spaces[i]:
                    continue
                if not runs or token_block[i] != token_block[runs[-1][0]]:
                    runs.append([])
                runs[-1].append(i)
            for run in runs:
                for i in run:
                    self.bounds[i] = (run[0], run[-1])

    def span(self, token: Token) -> tuple[int, int] | None:
        return self.bounds.get(token.i)

    def before(self, first: int) -> tuple[int, int] | None:
        """The bounds of the sentence ending before token index `first` (tokens in no sentence, such
        as blank lines, skipped), or None at the start of the text."""
        end = first - 1
        while end >= 0 and end not in self.bounds:
            end -= 1
        return self.bounds[end] if end >= 0 else None

    def same(self, a: Token, b: Token) -> bool:
        sa = self.bounds.get(a.i)
        return sa is not None and sa == self.bounds.get(b.i)

