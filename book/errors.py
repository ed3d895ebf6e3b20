"""The one error type of the book builders: a message the user can act on and an exit code."""

from __future__ import annotations

EXIT_MKDOCS = 2
EXIT_BROWSER = 3
EXIT_UNSTABLE = 4
EXIT_SETTINGS = 5
EXIT_SOURCES = 6


class BuildError(Exception):
    """A failure the user can act on: one line of message and the exit code to use."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
