"""Fixtures every test folder shares: one headless Chromium for the whole session, and
the long builds (tests/builds.py) started in the background once collection is done.

Playwright's sync API allows one running instance per thread, so the browser tests of
every folder (site, checker, practice, PDF fixtures of the readers) share this one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from book.browser import CHROMIUM, CHROMIUM_ARGS, MISSING
from tests.builds import BUILDS


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the builds the selected tests need, in the order they first need them."""
    if session.config.option.collectonly:
        return
    BUILDS.start(name for item in session.items for name in getattr(item, "fixturenames", ()))


def pytest_sessionfinish(session: pytest.Session) -> None:
    BUILDS.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, launched once and closed at the end of the session."""
    if not CHROMIUM.is_file():
        pytest.fail(MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
