"""Long texts cut into pieces for spaCy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..records import Document

# A text longer than this is fed to spaCy in pieces (extraction.split_long_documents); news articles are shorter
# and stay whole. Far below spaCy's max_length (1e6): the parser's memory and the event extraction's
# time per row grow with the length of a doc.
DEFAULT_PIECE_CHARS = 20_000
# The size of those pieces: about a news article, so a batch of pieces costs the memory of a batch of
# articles (spaCy holds a whole batch of parsed docs at once, ~4 KB per character).
PIECE_CHARS = 5_000
# --- long texts --------------------------------------------------------------------------------------


def split_text(text: str, max_chars: int = DEFAULT_PIECE_CHARS) -> Iterator[tuple[str, int]]:
    """(piece, offset) pairs covering `text` in order, each at most `max_chars` long.

    A piece ends at the last paragraph break (blank line) in the second half of its window, else at the
    last line break, else after the last sentence end, else at the last space; only text with none of
    these is cut mid-word. Joined, the pieces are the text; `offset` is where each starts in it.
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    pos, length = 0, len(text)
    while length - pos > max_chars:
        high = pos + max_chars
        low = pos + max_chars // 2
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, low, high)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= pos:
            cut = high
        yield text[pos:cut], pos
        pos = cut
    yield text[pos:], pos


def split_document(document: Document, max_chars: int = DEFAULT_PIECE_CHARS,
                   piece_chars: int | None = None) -> Iterator[Document]:
    """The document itself when at most `max_chars` long; else its pieces of at most `piece_chars`
    (default: PIECE_CHARS, or `max_chars` if smaller; see split_text) as Documents with the same id and
    metadata, and `offset` set so that offsets in their rows can be made relative to the whole text."""
    if len(document.text) <= max_chars:
        yield document
        return
    piece_chars = piece_chars or min(max_chars, PIECE_CHARS)
    for piece, offset in split_text(document.text, piece_chars):
        yield replace(document, text=piece, offset=document.offset + offset)
