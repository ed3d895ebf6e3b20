"""The checker page's build side and its Python bridge, without a browser: the bridge
returns the command line's JSON, the vendoring hook ships a working pure-Python runtime
and caches it, and every example answer links to the checker with its text."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from macros import checker_assets
from macros.checker_assets import VendorError, cache_key, example_fragment, example_text
from macros.page_index import PageIndex
from tests.lint.inputs.resumes import JSON_RESUME, LATEX, RENDERCV, VAGUE, line_of
from tests.projects import ROOT


def _bridge() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "checker_bridge", ROOT / "docs/assets/checker/bridge.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bridge = _bridge()


def cli(text: str, *args: str) -> tuple[dict[str, Any], int]:
    command = [sys.executable, "-m", "playbook_lint", "--isolated", "--format", "json"]
    command += ["--show-numbers", *args, "-"]
    result = subprocess.run(command, input=text, capture_output=True, text=True, check=False)
    return json.loads(result.stdout), result.returncode


STORY = """---
lint:
  kind: star-story
  require: [observability]
---

**Situation:** Search was slow.

**Task:** I owned the fix.

**Action:** We added a cache.

**Result:** Users were happier.
"""


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("- Worked on search.\n- Cut p99 from 800 ms to 120 ms.\n", "resume", "answer.md"),
        ("Worked on search ranking for a year.\n", None, "answer.md"),
        ("Worked on search ranking for a year.\n", None, "notes.txt"),
        (STORY, None, "story.md"),
        ("---\nlint:\n  kind: poem\n---\nHello.\n", None, "answer.md"),
        # The other text formats: the name's suffix picks the reader.
        (JSON_RESUME, None, "resume.json"),
        (RENDERCV, None, "cv.yaml"),
        (RENDERCV, "resume", "cv.yml"),
        (LATEX, None, "resume.tex"),
        ('{"work": [{"highlights": ["Cut costs."]', None, "broken.json"),
        ("\\begin{itemize}\n\\item Cut costs.\n", None, "broken.tex"),
    ],
)
def test_the_bridge_returns_the_command_lines_json(text: str, kind: str | None, name: str) -> None:
    report = json.loads(bridge.check(text, kind, name))
    args = ["--stdin-filename", name, *(["--kind", kind] if kind else [])]
    expected, code = cli(text, *args)
    assert report.pop("exit_code") == code
    shown_kind = report.pop("kind")
    assert shown_kind == (kind or ("" if code == 2 else shown_kind))
    assert report == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("- Built the feature store.\n- Cut p99 by 30%.\n", "resume"),
        (STORY.split("---\n", 2)[2], "star-story"),
        (STORY, "star-story"),
    ],
)
def test_the_bridge_names_the_kind_it_detected(text: str, kind: str) -> None:
    assert json.loads(bridge.check(text))["kind"] == kind


def test_the_bridge_reports_a_refused_text_as_the_command_line_does() -> None:
    report = json.loads(bridge.check("---\nlint:\n  kind: poem\n---\nHi.\n"))
    assert report["exit_code"] == 2
    assert report["errors"] and "poem" in report["errors"][0]
    with pytest.raises(ValueError, match="unknown kind"):
        bridge.arguments("poem", "answer.md")


def test_an_example_opens_in_the_checker_with_its_kind_rules_and_text() -> None:
    from playbook_lint import lint_text

    index = PageIndex.build(ROOT / "docs")
    examples = index.examples()
    assert examples
    for slug, example in examples.items():
        assert example.meta.lint is not None
        fields = parse_qs(example_fragment(example), strict_parsing=True)
        assert fields["kind"] == [example.meta.lint.kind.value]
        assert fields["name"] == [f"{slug}.md"]
        assert fields["text"] == [example_text(example)]
        # The short front matter keeps what the linter reads from the example's own file.
        source = (ROOT / "docs" / example.src).read_text(encoding="utf-8")
        whole = [(f.rule.name, f.message) for f in lint_text(source, path=f"{slug}.md")]
        short = [(f.rule.name, f.message) for f in lint_text(example_text(example))]
        assert short == whole, slug


def test_the_cache_key_follows_the_linter_sources(tmp_path: Path) -> None:
    package = tmp_path / "lint" / "playbook_lint"
    package.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    (package / "rules.py").write_text("A = 1\n", encoding="utf-8")
    versions = {"mdurl": "0.1.2"}
    first = cache_key(tmp_path, versions)
    assert cache_key(tmp_path, versions) == first
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    assert cache_key(tmp_path, versions) == first  # byte code is not a source
    (package / "rules.py").write_text("A = 2\n", encoding="utf-8")
    assert cache_key(tmp_path, versions) != first
    assert cache_key(tmp_path, {"mdurl": "0.1.3"}) != cache_key(tmp_path, versions)


def test_pyyaml_is_shipped_as_its_pure_python_modules(tmp_path: Path) -> None:
    target = tmp_path / "yaml.zip"
    checker_assets._pure_package_zip("PyYAML", "yaml", target)
    code = (
        f"import sys; sys.path.insert(0, {str(target)!r}); import yaml; "
        "print(yaml.__file__.startswith(sys.path[0]), yaml.__with_libyaml__, "
        "yaml.safe_load('lint: {kind: resume}'))"
    )
    # -S -I: no site-packages, so only the zip can provide yaml.
    result = subprocess.run(
        [sys.executable, "-S", "-I", "-c", code], capture_output=True, text=True
    )
    assert result.stdout.strip() == "True False {'lint': {'kind': 'resume'}}", result.stderr


def test_a_missing_npm_install_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VendorError, match=r"node_modules/pyodide/.* is missing: run `npm ci`"):
        checker_assets.pyodide_folder(tmp_path)


def test_the_built_site_serves_the_runtime_and_only_the_checker_loads_it(
    built_site: Path,
) -> None:
    folder = built_site / "assets" / "checker"
    for name in checker_assets.PYODIDE_FILES:
        assert (folder / "pyodide" / name).is_file(), name
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert (
        manifest["pyodide"]
        == json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    )
    names = manifest["archives"]
    assert any(name.startswith("ai_engineer_interview_playbook-") for name in names)
    assert any(name.startswith("markdown_it_py-") for name in names)
    assert any(name.startswith("mdurl-") for name in names)
    assert any(name.startswith("pylatexenc-") for name in names)
    assert any(name.startswith("yaml-") for name in names)
    assert all((folder / "wheels" / name).is_file() for name in names)
    for rule, path in manifest["rules"].items():
        assert (built_site / path / "index.html").is_file(), rule
    loaders = [
        page.relative_to(built_site).as_posix()
        for page in built_site.rglob("*.html")
        if "assets/checker/checker.js" in page.read_text(encoding="utf-8")
    ]
    assert loaders == ["lint/checker/index.html"]


_VERDICT = re.compile(r"<small>playbook-lint: .*?</small>", re.S)
_LINK = re.compile(r'<a data-checker-example="([^"]+)" href="([^"]+)"')


def test_every_example_answer_on_the_site_has_an_open_in_the_checker_link(
    built_site: Path,
) -> None:
    index = PageIndex.build(ROOT / "docs")
    examples = index.examples()
    linked = 0
    for page in built_site.rglob("*.html"):
        content = page.read_text(encoding="utf-8")
        for verdict in _VERDICT.findall(content):
            match = _LINK.search(verdict)
            assert match is not None, f"{page}: an example without a checker link"
            slug, href = match.group(1), html.unescape(match.group(2))
            url = urlsplit(href)
            assert url.path.endswith("lint/checker/") and not url.query
            assert parse_qs(url.fragment)["text"] == [example_text(examples[slug])]
            linked += 1
    assert linked >= 10


def test_the_pdf_drops_the_checker_links_and_keeps_the_verdicts() -> None:
    from macros.checker_assets import drop_open_links
    from macros.render import example_block

    example = next(iter(PageIndex.build(ROOT / "docs").examples().values()))
    block = example_block(example, "questions/behavioral/failed-project.md")
    assert "[Open in the checker](../../lint/checker.md)" in block
    printed = drop_open_links(block)
    assert "checker" not in printed
    assert printed == block.replace(block[block.index(" · [Open") : block.index("</small>")], "")


def test_vendoring_runs_once_per_linter_source_and_keeps_only_the_current_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "lint" / "playbook_lint"
    package.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    (package / "rules.py").write_text("A = 1\n", encoding="utf-8")
    builds: list[Path] = []

    def fake_build(root: Path, versions: dict[str, str], target: Path) -> None:
        builds.append(target)
        target.mkdir()
        (target / "linter.whl").write_bytes(b"wheel")

    monkeypatch.setattr(checker_assets, "build_vendor", fake_build)
    first = checker_assets.vendored(tmp_path)
    assert checker_assets.vendored(tmp_path) == first and len(builds) == 1
    (package / "rules.py").write_text("A = 2\n", encoding="utf-8")
    second = checker_assets.vendored(tmp_path)
    assert second != first and len(builds) == 2
    assert sorted((tmp_path / ".cache" / "checker").iterdir()) == [second]


@pytest.mark.parametrize(
    ("text", "name"), [(JSON_RESUME, "resume.json"), (RENDERCV, "cv.yaml"), (LATEX, "resume.tex")]
)
def test_a_resume_in_another_text_format_is_read_by_its_reader(text: str, name: str) -> None:
    report = json.loads(bridge.check(text, None, name))
    assert report["kind"] == "resume" and report["exit_code"] == 1
    # The vague bullet is found at its line and column in the file as given, which is
    # where the page marks it (not in the text the reader extracted).
    line = line_of(text, VAGUE)
    found = {(f["rule"], f["line"], f["column"]) for f in report["findings"]}
    assert ("vague-verb", line, text.splitlines()[line - 1].index(VAGUE) + 1) in found


def _js_list(source: str, name: str) -> list[str]:
    match = re.search(rf"const {name} = \[([^\]]*)\]", source)
    assert match is not None, name
    return re.findall(r'"([^"]+)"', match.group(1))


def _js_keys(source: str, name: str) -> list[str]:
    match = re.search(rf"const {name} = \{{([^}}]*)\}}", source)
    assert match is not None, name
    return re.findall(r'"(\.[a-z]+)":', match.group(1))


def test_the_page_takes_every_text_format_the_linter_reads_and_refuses_the_rest() -> None:
    from playbook_lint.inputs import readers

    script = (ROOT / "docs/assets/checker/checker.js").read_text(encoding="utf-8")
    taken = set(_js_list(script, "SUFFIXES"))
    refused = set(_js_keys(script, "NOT_HERE"))
    # Every suffix a reader claims is either checked in the browser or refused with
    # the command line's install line; DOCX and PDF need compiled libraries.
    assert taken | (refused - {".doc"}) == set(readers())
    assert refused >= {".docx", ".pdf"} and not taken & refused
    assert set(_js_keys(script, "FORMATS")) <= taken
    page = (ROOT / "docs/lint/checker.md").read_text(encoding="utf-8")
    accept = re.search(r'id="checker-file" name="file" accept="([^"]+)"', page)
    assert accept is not None
    assert {item for item in accept.group(1).split(",") if item.startswith(".")} == taken
    install = re.search(r'data-install="([^"]+)"', page)
    assert install is not None and "ai-engineer-interview-playbook[formats]" in install.group(1)


def test_pylatexenc_is_vendored_with_the_linters_own_dependencies() -> None:
    assert "pylatexenc" in checker_assets.WHEELS
    assert "pylatexenc" in checker_assets.dependency_versions()
    versions = checker_assets.dependency_versions()
    other = {**versions, "pylatexenc": versions["pylatexenc"] + ".post1"}
    assert cache_key(ROOT, other) != cache_key(ROOT, versions)


@pytest.mark.parametrize(
    ("name", "pure"),
    [
        ("mdurl-0.1.2-py3-none-any.whl", True),
        ("pylatexenc-2.11-py2.py3-none-any.whl", True),
        ("markdown_it_py-4.0.0-py3-none-any.whl", True),
        ("PyYAML-6.0.2-cp311-cp311-manylinux_2_17_x86_64.whl", False),
        ("old-1.0-py2-none-any.whl", False),
        ("abi3-1.0-cp38-abi3-any.whl", False),
        ("yaml-6.0.2-pure.zip", False),
    ],
)
def test_only_pure_python_wheels_are_vendored(name: str, pure: bool) -> None:
    assert checker_assets.is_pure_wheel(name) is pure
