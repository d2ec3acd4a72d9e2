"""`timeline --help` and `timeline --version` stay fast by never importing spaCy (or dateparser, dask).

Checked through sys.modules in a fresh interpreter, not with a clock: timings flake on shared machines.
"""
import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "dateparser", "dask", "distributed", "numpy")

PROBE = """
import sys
from timeline_cli.cli import app
try:
    app(sys.argv[1:], prog_name="timeline")
except SystemExit:
    pass
heavy = sorted(name for name in sys.modules if name.split(".")[0] in {heavy!r})
print("HEAVY:" + ",".join(heavy))
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--help"]])
def test_help_and_version_do_not_import_heavy_modules(args):
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=set(HEAVY)), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    marker = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    assert marker == ["HEAVY:"], f"{args} imported {marker}"


def test_importing_the_library_does_not_import_spacy():
    probe = "import sys, timeline_cli; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
