"""Fixtures for the site tests: each build runs once per session, into a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.projects import ROOT

MKDOCS = [sys.executable, "-m", "mkdocs"]


def run_mkdocs(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [*MKDOCS, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _build(config: str, target: Path) -> Path:
    result = run_mkdocs("build", "--strict", "--config-file", config, "--site-dir", str(target))
    assert result.returncode == 0, f"mkdocs build -f {config} failed:\n{result.stderr}"
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The online site, built strictly from mkdocs.yml."""
    return _build("mkdocs.yml", tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline site (mkdocs.offline.yml), meant to be opened from file://."""
    if not (ROOT / "node_modules/iframe-worker/shim/index.js").is_file():
        pytest.fail("node_modules is missing: run `npm ci` (make test does it)")
    return _build("mkdocs.offline.yml", tmp_path_factory.mktemp("site-offline"))
