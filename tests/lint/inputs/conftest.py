"""Fixtures for the reader tests: PDF files printed by Chromium (the session's one browser,
tests/conftest.py) from HTML, once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def print_pdf(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """Print HTML to a PDF with Chromium; each name is printed once per session."""
    folder = tmp_path_factory.mktemp("pdf")
    cache: dict[str, Path] = {}

    def make(name: str, html: str) -> Path:
        if name not in cache:
            page = browser.new_page()
            page.set_content(html)
            target = folder / f"{name}.pdf"
            page.pdf(path=str(target), format="A4", print_background=True)
            page.close()
            cache[name] = target
        return cache[name]

    return make
