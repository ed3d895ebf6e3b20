"""The PDF config stays in step with mkdocs.yml, the site shows its download button only
when the PDF is built, and build_pdf.py fails with one line and its own exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.projects import one_page_project

from .sources import ROOT, load_config, plugin_names, plugin_options

PRINT_CSS = "assets/stylesheets/print.css"


def test_pdf_config_inherits_the_site_and_adds_print_site_last() -> None:
    site, pdf = load_config("mkdocs.yml"), load_config("mkdocs.pdf.yml")
    assert pdf["INHERIT"] == "mkdocs.yml"
    # MkDocs replaces inherited lists, so the PDF config repeats the site's plugins.
    # Nor does it make llms.txt: the site build does.
    wanted = [name for name in plugin_names(site) if name not in {"search", "offline", "llmstxt"}]
    assert plugin_names(pdf) == [*wanted, "print-site"]
    assert pdf["extra_css"] == [*site.get("extra_css", []), PRINT_CSS]
    assert PRINT_CSS not in site.get("extra_css", []), "the site must not load print.css"
    options = plugin_options(pdf, "print-site")
    assert options["add_cover_page"] is True
    assert (ROOT / options["cover_page_template"]).is_file()


def run_build_pdf(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/build_pdf.py", "--output", str(tmp_path / "out.pdf")],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_bad_source_date_is_one_line_and_exit_5(tmp_path: Path) -> None:
    done = run_build_pdf(tmp_path, SOURCE_DATE_EPOCH="last tuesday")
    assert done.returncode == 5
    assert done.stderr.strip().splitlines() == [
        "build_pdf: SOURCE_DATE_EPOCH='last tuesday' is not a number of seconds"
    ]
    assert not (tmp_path / "out.pdf").exists()


def test_a_missing_browser_is_one_line_and_exit_3(tmp_path: Path) -> None:
    done = run_build_pdf(tmp_path, PLAYBOOK_CHROMIUM=str(tmp_path / "no-chromium"))
    assert done.returncode == 3
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("build_pdf: Chromium is missing at ")
    assert "no-chromium: run `make browser`" in line


def one_page_site(tmp_path: Path) -> Path:
    """The real configuration and theme override around a one-page docs folder."""
    project = one_page_project(tmp_path)
    (project / "docs/index.md").write_text(
        "---\ntitle: One page\ndescription: A page that checks the download button of the"
        " PDF.\nkind: guide\nlast_reviewed: 2026-11-29\n---\n\n# One page\n\nText.\n",
        encoding="utf-8",
    )
    return project


@pytest.mark.slow
@pytest.mark.parametrize("pdf", ["", "pdf/ai-engineer-interview-playbook.pdf"])
def test_download_button_only_when_the_build_includes_the_pdf(tmp_path: Path, pdf: str) -> None:
    project = one_page_site(tmp_path)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PLAYBOOK_PDF": pdf}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    html = (project / "site/index.html").read_text(encoding="utf-8")
    button = f'href="{pdf}" class="md-content__button md-icon pdf-download"'
    if pdf:
        assert button in html
    else:
        assert "pdf-download" not in html
