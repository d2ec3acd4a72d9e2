"""Error types and the exit codes the CLI returns (documented in docs/cli.md)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # some input could not be read; the rest was processed
    USAGE = 2  # bad option value, nonexistent path, no model
    INTERRUPTED = 130  # Ctrl-C


class TimelineError(Exception):
    """An error the CLI reports as one line on stderr."""

    exit_code = ExitCode.INPUT_FAILED


class ModelNotFoundError(TimelineError):
    exit_code = ExitCode.USAGE
