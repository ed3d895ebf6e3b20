"""The pre-commit hooks in .pre-commit-hooks.yaml: valid for pre-commit, and working
end to end with ``pre-commit try-repo`` in a temporary git repository.

The end-to-end test copies the installable part of this working tree (pyproject.toml,
README.md, the hooks file and lint/playbook_lint) into a temporary git repository with
one commit, so it tests the current files, committed or not. pre-commit then installs
that repository into its own environment; that needs PyPI (for the build backend and
the dependencies) and nothing else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pre_commit")

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / ".pre-commit-hooks.yaml"
WEAK = "## Experience\n\n- Worked on the ranking service.\n"
STRONG = (
    "## Experience\n\n- Cut ranking p99 from 120 ms to 45 ms for 1.2M daily users, "
    "tracked on the service's Grafana latency dashboard.\n"
)
JSON_RESUME = """{
  "basics": {"name": "A. Candidate"},
  "work": [
    {
      "name": "Shop",
      "highlights": [
        "Worked on the recommendation service."
      ]
    }
  ]
}
"""


def hooks() -> dict[str, dict[str, object]]:
    loaded = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in loaded}


def test_hooks_file_is_a_valid_pre_commit_manifest() -> None:
    from pre_commit.clientlib import load_manifest  # type: ignore[import-untyped]

    manifest = load_manifest(str(HOOKS))
    by_id = {hook["id"]: hook for hook in manifest}
    assert set(by_id) == {"playbook-lint", "playbook-lint-resume"}
    for hook in by_id.values():
        assert hook["language"] == "python"
        assert hook["entry"] == "playbook-lint"


@pytest.mark.parametrize(
    ("hook", "picked", "skipped"),
    [
        ("playbook-lint", ["a.md", "b.MARKDOWN", "c.txt", "d.text"], ["e.py", "f.json", "g.docx"]),
        (
            "playbook-lint-resume",
            ["a.docx", "b.pdf", "c.json", "d.yaml", "e.yml", "f.tex", "g.latex"],
            ["h.md", "i.py", "j.toml"],
        ),
    ],
)
def test_hooks_pick_files_by_suffix(hook: str, picked: list[str], skipped: list[str]) -> None:
    import re

    pattern = re.compile(str(hooks()[hook]["files"]))
    assert [name for name in picked if pattern.search(name)] == picked
    assert [name for name in skipped if pattern.search(name)] == []


def test_resume_hook_installs_the_formats_extra() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = pyproject["project"]["optional-dependencies"]["formats"]
    assert hooks()["playbook-lint-resume"]["additional_dependencies"] == extra
    assert "additional_dependencies" not in hooks()["playbook-lint"]


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def hook_repository(target: Path) -> Path:
    """The installable part of this working tree, as a git repository with one commit."""
    target.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(
        ROOT / "lint" / "playbook_lint",
        target / "lint" / "playbook_lint",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    git("init", "-q", cwd=target)
    git("add", ".", cwd=target)
    git("commit", "-q", "-m", "hooks under test", cwd=target)
    return target


def try_repo(repo: Path, project: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repo), *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_pre_commit_try_repo_runs_both_hooks(tmp_path: Path) -> None:
    repo = hook_repository(tmp_path / "hooks")
    project = tmp_path / "project"
    project.mkdir()
    (project / "weak.md").write_text(WEAK, encoding="utf-8")
    (project / "strong.md").write_text(STRONG, encoding="utf-8")
    (project / "resume.json").write_text(JSON_RESUME, encoding="utf-8")
    (project / "tool.py").write_text("print('not an answer')\n", encoding="utf-8")
    git("init", "-q", cwd=project)
    git("add", ".", cwd=project)
    home = tmp_path / "pre-commit-home"

    failed = try_repo(repo, project, home, "playbook-lint", "--all-files", "--verbose")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "weak.md:3:" in output and "PL001" in output
    assert "strong.md:" not in output and "tool.py" not in output and "resume.json" not in output

    passed = try_repo(repo, project, home, "playbook-lint", "--files", "strong.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

    resume = try_repo(repo, project, home, "playbook-lint-resume", "--all-files", "--verbose")
    output = resume.stdout + resume.stderr
    assert resume.returncode == 1, output
    assert "resume.json:7:" in output and "weak.md" not in output
