"""The docs keep up with the CLI: every command, option and exit code in docs/cli.md; a page with an
example for every output format; the input kinds in docs/inputs.md."""
import re
from pathlib import Path

import pytest
import typer.main

from timeline_cli.cli import app
from timeline_cli.documents import KNOWN_SUFFIXES
from timeline_cli.errors import ExitCode
from timeline_cli.formats import FORMAT_BY_SUFFIX, FORMATS

DOCS = Path(__file__).parent.parent / "docs"
COMMANDS = typer.main.get_command(app).commands


def cli_md():
    return (DOCS / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_in_cli_md(name):
    text = cli_md()
    assert f"## timeline {name}" in text
    section = text.split(f"## timeline {name}", 1)[1].split("\n## ", 1)[0]
    for param in COMMANDS[name].params:
        for opt in param.opts:
            if opt.startswith("-") and opt not in ("--help", "-h"):
                assert f"`{opt}" in section or f"{opt}`" in section or f", {opt}" in section, \
                    f"{opt} of `timeline {name}` is not in its section of docs/cli.md"


@pytest.mark.parametrize("code", list(ExitCode))
def test_every_exit_code_is_in_cli_md(code):
    assert re.search(rf"^\| {int(code)} \| `{code.name}` \|", cli_md(), re.M)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_has_a_page_with_an_example(fmt):
    page = (DOCS / "formats" / f"{fmt}.md").read_text(encoding="utf-8")
    assert page.startswith(f"# {fmt}\n")
    assert page.count("```") >= 2, f"docs/formats/{fmt}.md has no example"
    assert f"[{fmt}.md]({fmt}.md)" in (DOCS / "formats" / "README.md").read_text(encoding="utf-8")


def test_every_output_extension_is_documented():
    index = (DOCS / "formats" / "README.md").read_text(encoding="utf-8")
    for suffix in FORMAT_BY_SUFFIX:
        assert f"`{suffix}`" in index


def test_every_input_kind_is_documented():
    text = (DOCS / "inputs.md").read_text(encoding="utf-8")
    for suffix in KNOWN_SUFFIXES:
        assert f"`{suffix}`" in text
