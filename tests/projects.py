"""Throwaway MkDocs projects for tests: the real configuration around a one-page docs folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def watched_folders(config: str) -> list[str]:
    """The folders mkdocs.yml's `watch:` names: everything the build reads beside docs/."""
    block = re.search(r"^watch:\n((?:  - .+\n)+)", config, re.M)
    return re.findall(r"  - (\S+)", block.group(1)) if block else []


def one_page_project(tmp_path: Path) -> Path:
    """A project with the real mkdocs.yml (plugins, extensions, hooks, theme) and one page.

    The caller writes docs/index.md. Hooks may add generated pages (the linter's rule pages)
    that link to pages this project does not have, so nav and link checks are relaxed here;
    every other check of the real configuration stays as strict as on the site.
    """
    project = tmp_path / "project"
    project.mkdir()
    site = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for folder in watched_folders(site):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, project / folder)
    shutil.copytree(ROOT / "docs/assets", project / "docs/assets")
    (project / "site.yml").write_text(site.split("\nnav:")[0], encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "INHERIT: site.yml\nnav:\n  - index.md\n"
        "validation:\n  nav:\n    omitted_files: info\n  links:\n    not_found: info\n",
        encoding="utf-8",
    )
    return project
