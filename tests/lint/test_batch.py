"""Batch linting: ``lint_texts`` is a pure function whose results pickle, and ``--jobs N``
gives a report byte-identical to one process, in every format, errors included."""

from __future__ import annotations

import io
import pickle
import random
import sys
from pathlib import Path

import pytest

from playbook_lint import lint_text, lint_texts
from playbook_lint.cli import main
from tests.lint.inputs.resumes import JSON_RESUME, RENDERCV

VERBS = ["Worked on", "Built", "Cut", "Led", "Helped with", "Migrated", "Owned"]
THINGS = ["the search service", "the feature store", "ranking", "the data pipeline"]
OUTCOMES = ["", " from 800 ms to 120 ms", " for 3 teams", ", saving $40k a year", " by 35%"]


def generated_set(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Resumes, stories and answers in Markdown and text, plus a JSON Resume, a RenderCV
    file and two broken files, all from a seeded generator."""
    rng = random.Random(seed)
    paths: list[Path] = []
    for index in range(count):
        bullets = [
            f"- {rng.choice(VERBS)} {rng.choice(THINGS)}{rng.choice(OUTCOMES)}."
            for _ in range(rng.randint(1, 6))
        ]
        if index % 5 == 0:
            body = "**Situation:** ranking was slow.\n**Action:** I cached it.\n**Result:** faster."
        elif index % 5 == 1:
            body = "I " + " and ".join(b[2:].lower() for b in bullets)
        else:
            body = "\n".join(bullets)
        suffix = ".txt" if index % 3 == 0 else ".md"
        path = folder / f"sub{index % 4}" / f"doc{index:03d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body + "\n", encoding="utf-8")
        paths.append(path)
    (folder / "resume.json").write_text(JSON_RESUME, encoding="utf-8")
    (folder / "cv.yaml").write_text(RENDERCV, encoding="utf-8")
    (folder / "broken.json").write_text('{"work": [}', encoding="utf-8")
    (folder / "sub1" / "binary.md").write_bytes(b"\0\1\2" * 10)
    return paths


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_jobs_2_report_is_byte_identical_to_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    generated_set(tmp_path, 60)
    args = [
        str(tmp_path),
        str(tmp_path / "resume.json"),
        str(tmp_path / "cv.yaml"),
        str(tmp_path / "missing.md"),
        str(tmp_path / "broken.json"),
        str(tmp_path / "sub0"),  # files already reached through tmp_path: linted once
        "--isolated",
        "--format",
        fmt,
        "--show-numbers",
    ]
    one = run([*args, "--jobs", "1"], capsys)
    two = run([*args, "--jobs", "2"], capsys)
    assert one == two
    code, out, err = one
    assert code == 2  # the broken files
    if fmt == "text":  # 60 walked files, the JSON Resume and the RenderCV file
        assert out.endswith("in 62 files, and 3 input errors (see above).\n")
    assert "missing.md: no such file or directory" in err
    assert "broken.json:1: invalid JSON" in err
    assert "binary.md: binary file" in err


def test_jobs_with_standard_input_keeps_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in generated_set(tmp_path, 8)]
    args = [paths[0], "-", *paths[1:], "--stdin-filename", "resume.json", "--isolated"]
    results = []
    for jobs in ("1", "2"):
        stdin = io.TextIOWrapper(io.BytesIO(JSON_RESUME.encode()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        results.append(run([*args, "--jobs", jobs], capsys))
    assert results[0] == results[1]
    assert "resume.json:" in results[0][1]


def test_jobs_must_not_be_negative(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "-1", "x.md"]) == 2
    assert "--jobs must be 0" in capsys.readouterr().err


def items_from(folder: Path) -> list[tuple[str, str | bytes]]:
    return [
        (path.name, path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in (".md", ".txt", ".json", ".yaml")
    ]


def test_lint_texts_matches_lint_text_one_by_one(tmp_path: Path) -> None:
    generated_set(tmp_path, 30)
    items = items_from(tmp_path)
    results = lint_texts(items)
    assert [r.path for r in results] == [name for name, _ in items]
    for (name, data), result in zip(items, results, strict=True):
        if result.error is not None:
            assert name in ("broken.json", "binary.md")
            assert result.error.startswith(name)
            continue
        text = data.decode() if isinstance(data, bytes) else data
        assert list(result.findings) == lint_text(text, path=name)


def test_lint_texts_is_pure_and_its_results_pickle(tmp_path: Path) -> None:
    generated_set(tmp_path, 30)
    items = items_from(tmp_path)
    first = lint_texts(items, select=["ALL"])
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    again = {r.path: r for r in lint_texts(shuffled, select=["ALL"])}
    # The same result for each document whatever came before it in the batch.
    assert first == [again[r.path] for r in first]
    assert pickle.loads(pickle.dumps(first)) == first
    assert sum(len(r.findings) for r in first) > 30


def test_lint_texts_takes_bytes_for_binary_formats_and_reports_bad_ones() -> None:
    results = lint_texts([("a.pdf", b"not a pdf"), ("b.md", "- Worked on search.")])
    assert results[0].error == "a.pdf: not a PDF file (no %PDF- header)"
    assert results[0].findings == ()
    assert results[1].error is None and results[1].kind == "resume"
    assert {f.rule.name for f in results[1].findings} >= {"quantified-outcome", "vague-verb"}


def test_lint_texts_refuses_an_unknown_rule() -> None:
    with pytest.raises(ValueError, match="unknown rule 'no-such-rule'"):
        lint_texts([("a.md", "text")], select=["no-such-rule"])
