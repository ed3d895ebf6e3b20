"""The GitHub Actions workflows: actionlint (pinned, built by scripts/install-actionlint.sh)
finds nothing, and the publishing workflow builds with `make site` and deploys site/ to
GitHub Pages."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
import yaml

from tests.projects import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = ROOT / ".tools" / "bin" / "actionlint"


def test_every_workflow_passes_actionlint() -> None:
    if not ACTIONLINT.is_file():
        pytest.fail("actionlint is missing: run `make actionlint` (scripts/install-actionlint.sh)")
    workflows = sorted(WORKFLOWS.glob("*.y*ml"))
    assert workflows, "no workflow in .github/workflows"
    done = subprocess.run(
        [str(ACTIONLINT), "-no-color", *map(str, workflows)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def test_publishing_builds_with_make_site_and_deploys_pages() -> None:
    workflow = yaml.safe_load((WORKFLOWS / "publish.yml").read_text(encoding="utf-8"))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in steps(build)]
    assert any(run.strip() == "make site" for run in runs)
    uploads = [step for step in steps(build) if "upload-pages-artifact" in step.get("uses", "")]
    assert [step["with"]["path"] for step in uploads] == ["site"]
    assert deploy["needs"] == "build"
    assert any("actions/deploy-pages@" in step.get("uses", "") for step in steps(deploy))
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow["permissions"] == {"contents": "read"}, "the build job needs no more"
