"""Installed names: the package installs one top-level module, ``playbook_lint``."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path


def test_only_playbook_lint_is_installed_at_the_top_level() -> None:
    dist = importlib.metadata.distribution("ai-engineer-interview-playbook")
    top_level = (dist.read_text("top_level.txt") or "").split()
    assert top_level == ["playbook_lint"]


def test_lint_and_macros_are_not_importable_outside_the_project(tmp_path: Path) -> None:
    probe = (
        "import importlib.util as u;"
        "print(u.find_spec('lint') is None, u.find_spec('macros') is None,"
        " u.find_spec('playbook_lint') is not None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == ["True", "True", "True"]


def test_the_console_script_points_at_playbook_lint() -> None:
    scripts = importlib.metadata.entry_points(group="console_scripts")
    (entry,) = [ep for ep in scripts if ep.name == "playbook-lint"]
    assert entry.value == "playbook_lint.cli:main"


def test_version_imports_nothing_but_the_command_line(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from playbook_lint.cli import main\n"
        "main(['--version'])\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    version, loaded = result.stdout.splitlines()
    assert version.startswith("playbook-lint ")
    assert set(loaded.split()) <= {"__future__", "playbook_lint", "playbook_lint.cli"}
