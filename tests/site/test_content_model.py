"""Every page's front matter is checked against one schema; each kind of violation is caught
with one line that names the file, the field and the problem."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from macros.content_model import FrontMatterError
from macros.page_index import PageIndex, load_page, split_front_matter

from tests.projects import one_page_project

from tests.projects import ROOT

from .conftest import run_mkdocs

VALID_GUIDE = """\
title: A valid guide page
description: A page whose front matter satisfies the content model.
kind: guide
last_reviewed: 2026-11-01
"""

VALID_QUESTION = """\
title: Merge sorted streams
description: Merge k sorted streams of feature vectors lazily.
kind: question
last_reviewed: 2026-11-01
round: coding
difficulty: core
topics: [streaming]
signals: [handles empty streams]
"""

VALID_EXAMPLE = """\
title: A strong resume bullet
description: Cut p99 latency with INT8 and watched it on a dashboard.
kind: example
last_reviewed: 2026-11-01
lint:
  kind: resume
  require: [quantified-outcome]
  verdict: strong
  expect: {quantified-outcome: pass}
"""


def write_page(docs: Path, name: str, front_matter: str | None, body: str = "# Body\n") -> Path:
    path = docs / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = body if front_matter is None else f"---\n{front_matter}---\n\n{body}"
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, front_matter: str | None, name: str = "page.md") -> list[str]:
    """The one-line problems the index reports for a single page."""
    docs = tmp_path / "docs"
    write_page(docs, name, front_matter)
    index = PageIndex.build(docs)
    return [f"{error.path}: {p}" for error in index.errors for p in error.problems]


@pytest.mark.parametrize("front_matter", [VALID_GUIDE, VALID_QUESTION, VALID_EXAMPLE])
def test_valid_pages_have_no_problems(tmp_path: Path, front_matter: str) -> None:
    assert problems_for(tmp_path, front_matter) == []


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        pytest.param(None, "docs/page.md: line 1: no YAML front matter", id="no-front-matter"),
        pytest.param(
            "title: a: b\n", "docs/page.md: line 2: front matter is not valid YAML", id="bad-yaml"
        ),
        pytest.param("- a list\n", "front matter must be a YAML mapping", id="not-a-mapping"),
        pytest.param(
            VALID_GUIDE.replace("title: A valid guide page\n", ""),
            "docs/page.md: field 'title': required field is missing",
            id="missing-title",
        ),
        pytest.param(
            VALID_GUIDE.replace("kind: guide", "kind: essay"),
            "docs/page.md: field 'kind': Input should be 'guide', 'question'",
            id="unknown-kind",
        ),
        pytest.param(
            VALID_GUIDE + "tittle: typo\n",
            "docs/page.md: field 'tittle': unknown field",
            id="unknown-field",
        ),
        pytest.param(
            VALID_GUIDE.replace(
                "A page whose front matter satisfies the content model.", "Too short"
            ),
            "docs/page.md: field 'description': String should have at least 20 characters",
            id="description-too-short",
        ),
        pytest.param(
            VALID_GUIDE.replace("2026-11-01", "yesterday"),
            "docs/page.md: field 'last_reviewed': Input should be a valid date",
            id="bad-date",
        ),
        pytest.param(
            VALID_GUIDE.replace("2026-11-01", "2999-01-01"),
            "docs/page.md: field 'front matter': last_reviewed is in the future",
            id="future-date",
        ),
        pytest.param(
            VALID_QUESTION.replace("round: coding", "round: onsite"),
            "docs/page.md: field 'round': Input should be 'screen', 'coding'",
            id="unknown-round",
        ),
        pytest.param(
            VALID_QUESTION.replace("difficulty: core\n", ""),
            "a question needs difficulty",
            id="question-without-difficulty",
        ),
        pytest.param(
            VALID_QUESTION.replace("topics: [streaming]", "topics: [Streaming Data]"),
            "docs/page.md: field 'topics.0': String should match pattern",
            id="topic-not-a-slug",
        ),
        pytest.param(
            VALID_EXAMPLE.split("lint:")[0],
            "a example needs a 'lint' block",
            id="example-without-lint",
        ),
        pytest.param(
            VALID_EXAMPLE.replace("verdict: strong", "verdict: great"),
            "docs/page.md: field 'lint.verdict': Input should be 'strong' or 'weak'",
            id="bad-verdict",
        ),
        pytest.param(
            VALID_EXAMPLE.replace("{quantified-outcome: pass}", "{quantified-outcome: maybe}"),
            "field 'lint.expect.quantified-outcome': Input should be 'pass' or 'fail'",
            id="bad-expected-verdict",
        ),
        pytest.param(
            VALID_EXAMPLE.replace("kind: resume", "kind: essay"),
            "docs/page.md: field 'lint.kind': Input should be 'answer', 'star-story'",
            id="bad-answer-kind",
        ),
    ],
)
def test_each_violation_is_reported_on_one_line(
    tmp_path: Path, front_matter: str | None, expected: str
) -> None:
    problems = problems_for(tmp_path, front_matter)
    assert problems, "the violation was not caught"
    assert any(expected in line for line in problems), problems
    assert all("\n" not in line for line in problems)


def test_a_yaml_alias_bomb_is_not_expanded_into_the_index(tmp_path: Path) -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\ntitle: *c\n'
    problems = problems_for(tmp_path, bomb)
    # The one front-matter reader (playbook_lint.frontmatter) refuses aliases outright.
    assert any("aliases are not allowed in front matter" in p for p in problems)


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "binary.md").write_bytes(b"---\ntitle: \xff\xfe\n---\n")
    with pytest.raises(FrontMatterError, match=r"docs/binary.md: not valid UTF-8"):
        load_page(docs, docs / "binary.md")


def test_every_problem_in_every_page_is_collected(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_page(docs, "good.md", VALID_GUIDE)
    write_page(docs, "a/bad.md", VALID_GUIDE.replace("kind: guide", "kind: essay") + "x: 1\n")
    write_page(docs, "b/worse.md", None)
    index = PageIndex.build(docs)
    assert sorted(index.pages) == ["good.md"]
    assert sorted(e.path for e in index.errors) == ["docs/a/bad.md", "docs/b/worse.md"]
    assert len(index.errors[0].problems) == 2


def test_front_matter_split_reports_where_the_body_starts() -> None:
    raw, body, line = split_front_matter("---\ntitle: x\n---\n# Heading\n")
    assert raw == "title: x\n"
    assert body == "# Heading\n"
    assert line == 4
    assert split_front_matter("\ufeff---\r\ntitle: x\r\n---\r\nbody")[0] == "title: x\r\n"
    assert split_front_matter("# no front matter\n") == (None, "# no front matter\n", 1)


def test_every_page_in_the_repository_satisfies_the_schema() -> None:
    index = PageIndex.build(ROOT / "docs")
    assert [str(e) for e in index.errors] == []
    assert len(index.pages) >= 5


def test_the_real_build_stops_with_one_line_per_problem(tmp_path: Path) -> None:
    project = one_page_project(tmp_path)
    write_page(
        project / "docs",
        "index.md",
        VALID_QUESTION.replace("round: coding", "round: onsite"),
    )
    result = run_mkdocs("build", "--strict", "-d", str(tmp_path / "out"), cwd=project)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert "docs/index.md: field 'round': Input should be 'screen'" in errors[0]
    assert "Traceback" not in result.stderr


def test_the_real_build_passes_with_a_valid_page(tmp_path: Path) -> None:
    project = one_page_project(tmp_path)
    write_page(project / "docs", "index.md", VALID_GUIDE, textwrap.dedent("# Hello\n"))
    result = run_mkdocs("build", "--strict", "-d", str(tmp_path / "out"), cwd=project)
    assert result.returncode == 0, result.stderr
