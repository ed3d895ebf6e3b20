"""Fixtures for the site tests: each build runs once per session, into a temporary folder."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.builds import BUILDS, MKDOCS, MKDOCS_ENV
from tests.projects import ROOT


def run_mkdocs(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **MKDOCS_ENV}
    return subprocess.run(
        [*MKDOCS, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _built(name: str, config: str) -> Path:
    """The folder of a build started ahead (tests/builds.py), once it passed."""
    build = BUILDS.wait(name)
    assert build.result is not None and build.result.returncode == 0, (
        f"mkdocs build -f {config} failed:\n{build.result.stderr if build.result else ''}"
    )
    return build.folder


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The online site, built strictly from mkdocs.yml."""
    return _built("built_site", "mkdocs.yml")


@pytest.fixture(scope="session")
def offline_site() -> Path:
    """The offline site (mkdocs.offline.yml), meant to be opened from file://."""
    if not (ROOT / "node_modules/iframe-worker/shim/index.js").is_file():
        pytest.fail("node_modules is missing: run `npm ci` (make test does it)")
    return _built("offline_site", "mkdocs.offline.yml")
