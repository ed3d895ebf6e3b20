"""Fixtures for the reader tests: PDF files printed by Chromium (Debian's
/usr/bin/chromium through Playwright) from HTML, once per test session."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def print_pdf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str, str], Path]]:
    """Print HTML to a PDF with Chromium; each name is printed once per session."""
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.fail("Chromium is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("pdf")
    cache: dict[str, Path] = {}
    with sync_playwright() as playwright:
        browser: Any = None

        def make(name: str, html: str) -> Path:
            nonlocal browser
            if name not in cache:
                if browser is None:
                    browser = playwright.chromium.launch(
                        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                    )
                page = browser.new_page()
                page.set_content(html)
                target = folder / f"{name}.pdf"
                page.pdf(path=str(target), format="A4", print_background=True)
                page.close()
                cache[name] = target
            return cache[name]

        yield make
        if browser is not None:
            browser.close()
