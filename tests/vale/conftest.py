"""Fixtures for the Vale tests: the pinned Vale binary, found once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# scripts/ is a folder of stand-alone scripts, not a package: import vale_docs from there.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from vale_docs import Alert, ValeMissingError, find_vale, run_vale

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def vale() -> Path:
    """The project's Vale; fails (not skips) with the install command when it is missing."""
    try:
        return find_vale()
    except ValeMissingError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def fixture_alerts(vale: Path) -> dict[Path, list[Alert]]:
    """Every fixture file and its alerts, from one Vale run over all of them."""
    found: dict[Path, list[Alert]] = {path: [] for path in FIXTURES.rglob("*.md")}
    for alert in run_vale([FIXTURES], vale):
        found[Path(alert.path)].append(alert)
    return found
