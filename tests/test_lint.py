"""The code is held to the ruff rules in pyproject.toml ([tool.ruff]): src/, tests/ and bench/ are clean.

ruff comes with the `test` extra. Without it these tests are skipped on a developer's machine but fail
in CI (env CI set), so CI cannot pass without the check.
"""
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ruff():
    if importlib.util.find_spec("ruff") is None:
        message = "ruff is not installed: pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml")]


def test_the_code_passes_ruff(ruff):
    done = subprocess.run([*ruff, "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_configuration_finds_what_it_selects(ruff, tmp_path):
    """The check above is not passing because nothing is selected: an unused import, a mutable default
    and unsorted imports are found."""
    bad = tmp_path / "bad.py"
    bad.write_text("import sys\nimport os\n\n\ndef f(x=[]):\n    return x\n", encoding="utf-8")
    done = subprocess.run([*ruff, "--output-format", "concise", str(bad)], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 1
    for code in ("F401", "B006", "I001"):
        assert code in done.stdout, done.stdout
