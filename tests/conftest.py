"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once for the whole session (load_model caches it too, so
    CliRunner runs in the same process reuse it)."""
    from timeline_cli.nlp import load_model

    return load_model()
