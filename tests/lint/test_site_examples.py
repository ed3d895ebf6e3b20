"""The site's example answers are test vectors: strong ones lint clean, and every
``expect`` verdict in their front matter is what playbook-lint concludes."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook_lint import frontmatter
from playbook_lint.engine import Selection, lint_document
from playbook_lint.inputs import read

ANSWERS = Path(__file__).resolve().parents[2] / "docs" / "examples" / "answers"
FILES = sorted(ANSWERS.glob("*.md"))


def _front_matter(path: Path) -> dict[str, object]:
    raw = frontmatter.split(path.read_text(encoding="utf-8")).raw
    assert raw is not None
    return frontmatter.load(path.name, raw)


def _findings(path: Path) -> list[str]:
    shown = f"docs/examples/answers/{path.name}"
    doc = read(shown, path.read_bytes())
    return [f"{f.rule.name} (line {f.line}: {f.message})" for f in lint_document(doc, Selection())]


def test_there_are_examples_to_check() -> None:
    assert FILES, "docs/examples/answers/ holds no example answers"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_example_matches_its_expectations(path: Path) -> None:
    meta = _front_matter(path)
    lint = meta["lint"]
    assert isinstance(lint, dict)
    found = _findings(path)
    fired = {item.split(" ", 1)[0] for item in found}
    if lint.get("verdict") == "strong":
        assert found == [], "a strong example must lint clean"
    expect = lint.get("expect", {})
    assert isinstance(expect, dict)
    for rule, verdict in expect.items():
        if verdict == "pass":
            assert rule not in fired, f"{rule} expected to pass: {found}"
        else:
            assert rule in fired, f"{rule} expected to fail; found only {found}"


def test_a_weak_example_fails_at_least_one_rule() -> None:
    for path in FILES:
        lint = _front_matter(path)["lint"]
        assert isinstance(lint, dict)
        if lint.get("verdict") != "weak":
            continue
        assert _findings(path), f"{path.name} is weak but lints clean"
