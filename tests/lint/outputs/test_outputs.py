"""The CI report formats: github, rdjson, junit and gitlab against golden files, and
SARIF against the SARIF 2.1.0 JSON schema (vendored here: nothing is downloaded).

The golden files are the reports of real runs over the sample answers. After a
deliberate change to a writer or a rule's message, rewrite them with
``PLAYBOOK_LINT_UPDATE_GOLDEN=1 .venv/bin/pytest tests/lint/outputs`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from playbook_lint.cli import main
from playbook_lint.outputs import formats
from playbook_lint.outputs.github import escape_data, escape_property
from playbook_lint.outputs.gitlab import SEVERITY
from playbook_lint.outputs.sarif import FINGERPRINT

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SAMPLES = ROOT / "tests" / "lint" / "samples"
GOLDEN = HERE / "golden"
SCHEMA = HERE / "sarif-schema-2.1.0.json"
SAMPLE_FILES = ["resume.md", "star-story.md", "suppressed.md", "answer.txt"]
CI_FORMATS = ("github", "rdjson", "junit", "gitlab")
SUFFIX = {"github": "txt", "rdjson": "json", "junit": "xml", "gitlab": "json"}
# Runs whose reports are kept as golden files: (name, directory, arguments).
RUNS = {
    "samples": (SAMPLES, SAMPLE_FILES),
    "special": (HERE / "input", ["--kind", "resume", "special.md"]),
}


def run(args: list[str], cwd: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        code = main(["--color", "never", "--isolated", *args])
    finally:
        os.chdir(old)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_ci_format_is_offered() -> None:
    assert set(CI_FORMATS) | {"text", "json", "sarif"} <= set(formats())


@pytest.mark.parametrize("fmt", CI_FORMATS)
@pytest.mark.parametrize("name", sorted(RUNS))
def test_report_matches_golden_file(
    fmt: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cwd, args = RUNS[name]
    code, out, err = run(["--format", fmt, *args], cwd, capsys)
    assert code == 1, err
    golden = GOLDEN / f"{name}.{fmt}.{SUFFIX[fmt]}"
    if os.environ.get("PLAYBOOK_LINT_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")
    # Stable: nothing that changes between machines or runs.
    assert str(ROOT) not in out
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", out)


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_report_is_the_same_on_every_run(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = run(["--format", fmt, *SAMPLE_FILES], SAMPLES, capsys)[1]
    assert run(["--format", fmt, *SAMPLE_FILES], SAMPLES, capsys)[1] == first


# --- github ------------------------------------------------------------------------------


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command back the way the Actions runner does."""
    match = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
    assert match, line
    level, props, data = match.groups()

    def unescape(text: str) -> str:
        for code, char in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n")):
            text = text.replace(code, char)
        return text.replace("%25", "%")

    properties = {}
    for item in (props or "").split(","):
        key, _, value = item.partition("=")
        properties[key] = unescape(value)
    return level, properties, unescape(data)


def test_github_escapes_properties_and_message() -> None:
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_github_annotation_round_trips_an_awkward_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "50%, q3:review.md"
    (tmp_path / name).write_text("- Worked on the ranking service.\n", encoding="utf-8")
    code, out, _ = run(["--format", "github", "--kind", "resume", name], tmp_path, capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines, out
    for line in lines:
        level, props, message = parse_annotation(line)
        assert level in {"error", "warning"}
        assert props["file"] == name
        assert set(props) == {"file", "line", "endLine", "col", "endColumn", "title"}
        assert re.fullmatch(r"PL\d{3} [a-z-]+", props["title"])
        assert "\nfix: " in message
    vague = [parse_annotation(line) for line in lines if "vague-verb" in line]
    assert vague[0][1]["line"] == "1" and vague[0][1]["col"] == "3"


def test_github_prints_nothing_for_a_clean_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.md").write_text(
        "- Cut ranking p99 from 120 ms to 45 ms for 1.2M users, watched on a Grafana dashboard.\n",
        encoding="utf-8",
    )
    code, out, _ = run(["--format", "github", "--kind", "resume", "good.md"], tmp_path, capsys)
    assert (code, out) == (0, "")


# --- rdjson ------------------------------------------------------------------------------


def test_rdjson_counts_columns_in_utf8_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "rdjson", *RUNS["special"][1]], HERE / "input", capsys)
    report = json.loads(out)
    assert report["source"]["name"] == "playbook-lint"
    vague = [d for d in report["diagnostics"] if d["code"]["value"] == "PL101"]
    # "- Café search: worked on": 'worked' is character 16 and byte 17 (é is two bytes).
    assert vague[0]["location"]["range"]["start"] == {"line": 3, "column": 17}
    assert all("suggestions" not in d for d in report["diagnostics"])
    assert {d["severity"] for d in report["diagnostics"]} <= {"ERROR", "WARNING"}


# --- junit -------------------------------------------------------------------------------


def test_junit_is_valid_xml_with_a_suite_per_file_and_a_case_per_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(["--format", "junit", *SAMPLE_FILES], SAMPLES, capsys)
    _, json_out, _ = run(["--format", "json", *SAMPLE_FILES], SAMPLES, capsys)
    summary = json.loads(json_out)["summary"]
    root = ET.fromstring(out.encode("utf-8"))
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == SAMPLE_FILES
    answer_cases = [
        case for suite in suites for case in suite if case.get("name") != suite.get("name")
    ]
    assert len(answer_cases) == summary["answers"]
    failures = [failure for case in root.iter("testcase") for failure in case.iter("failure")]
    listed = sum(len((failure.text or "").split("\n  fix: ")) - 1 for failure in failures)
    assert listed == summary["findings"]
    for suite in suites:
        assert int(suite.get("tests", "-1")) == len(suite.findall("testcase"))
        failed = [case for case in suite if case.find("failure") is not None]
        assert int(suite.get("failures", "-1")) == len(failed)
    assert int(root.get("tests", "-1")) == sum(int(s.get("tests", "0")) for s in suites)


def test_junit_escapes_markup_and_reports_unreadable_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = 'a&b<"c">.md'
    (tmp_path / name).write_text('- Worked on <search> & "ranking".\n', encoding="utf-8")
    code, out, _ = run(
        ["--format", "junit", "--kind", "resume", name, "missing.md"], tmp_path, capsys
    )
    assert code == 2
    root = ET.fromstring(out.encode("utf-8"))
    names = [suite.get("name") for suite in root.findall("testsuite")]
    assert names == [name, "playbook-lint"]
    error = root.find("testsuite[@name='playbook-lint']/testcase/error")
    assert error is not None and "missing.md" in error.get("message", "")
    assert root.get("errors") == "1"


# --- gitlab ------------------------------------------------------------------------------


def gitlab(text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    _, out, _ = run(["--format", "gitlab", "--kind", "resume", "resume.md"], tmp_path, capsys)
    issues: list[Any] = json.loads(out)
    return issues


BULLETS = (
    "- Worked on the search service and made it much faster and far more reliable.\n"
    "- Built a pipeline with Kafka, Spark, Airflow and Feast.\n"
)


def test_gitlab_fingerprints_survive_moved_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = gitlab(BULLETS, tmp_path, capsys)
    moved = gitlab(
        "## Experience\n\n- Cut p99 from 120 ms to 45 ms, watched on a Grafana dashboard.\n\n"
        + BULLETS.replace("service and", "service   and\n  "),
        tmp_path,
        capsys,
    )
    assert len(before) >= 4
    assert {i["fingerprint"] for i in before} == {i["fingerprint"] for i in moved}
    assert [i["location"]["lines"]["begin"] for i in before] != [
        i["location"]["lines"]["begin"] for i in moved
    ]
    # Two findings of one rule in one answer ("much faster", "far more") differ.
    assert len({i["fingerprint"] for i in before}) == len(before)
    edited = gitlab(BULLETS.replace("search", "ranking"), tmp_path, capsys)
    assert {i["fingerprint"] for i in edited} != {i["fingerprint"] for i in before}


def test_gitlab_issue_fields_and_severity(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--format", "gitlab", *SAMPLE_FILES], SAMPLES, capsys)
    issues = json.loads(out)
    _, json_out, _ = run(["--format", "json", *SAMPLE_FILES], SAMPLES, capsys)
    findings = json.loads(json_out)["findings"]
    assert len(issues) == len(findings)
    for issue, finding in zip(issues, findings, strict=True):
        assert issue["check_name"] == finding["rule"]
        assert issue["severity"] == SEVERITY[finding["severity"]]
        assert issue["location"] == {
            "path": finding["path"],
            "lines": {"begin": finding["line"], "end": finding["end_line"]},
        }
        assert finding["message"] in issue["description"]
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
    assert {"major", "minor"} == {issue["severity"] for issue in issues}


# --- sarif -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator: jsonschema.protocols.Validator = validator_class(
        schema, format_checker=validator_class.FORMAT_CHECKER
    )
    return validator


def test_sarif_validates_against_the_2_1_0_schema(
    sarif_validator: jsonschema.protocols.Validator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["--format", "sarif", *SAMPLE_FILES], SAMPLES, capsys)
    assert code == 1
    report = json.loads(out)
    sarif_validator.validate(report)
    assert report["runs"][0]["results"]
    # With an input error the report carries an invocation; still valid.
    code, out, _ = run(
        ["--format", "sarif", "resume.md", str(tmp_path / "gone.md")], SAMPLES, capsys
    )
    assert code == 2
    report = json.loads(out)
    sarif_validator.validate(report)
    assert report["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_the_schema_check_catches_a_broken_report(
    sarif_validator: jsonschema.protocols.Validator, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["--format", "sarif", *SAMPLE_FILES], SAMPLES, capsys)
    report = json.loads(out)
    report["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        sarif_validator.validate(report)


def sarif(text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    _, out, _ = run(["--format", "sarif", "--kind", "resume", "resume.md"], tmp_path, capsys)
    report: dict[str, Any] = json.loads(out)
    return report


def regions(report: dict[str, Any]) -> list[dict[str, int]]:
    return [
        result["locations"][0]["physicalLocation"]["region"]
        for result in report["runs"][0]["results"]
    ]


def test_sarif_columns_are_utf16_code_units(
    sarif_validator: jsonschema.protocols.Validator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain = sarif("- Search: worked on ranking for the shop.\n", tmp_path, capsys)
    # An emoji (two UTF-16 units) and an é (one unit, two UTF-8 bytes) before the finding.
    emoji = sarif("- 🚀 Café search: worked on ranking for the shop.\n", tmp_path, capsys)
    sarif_validator.validate(emoji)
    assert emoji["runs"][0]["columnKind"] == "utf16CodeUnits"
    line = "- 🚀 Café search: worked on ranking for the shop."
    (vague,) = [
        region
        for result, region in zip(emoji["runs"][0]["results"], regions(emoji), strict=True)
        if result["ruleId"] == "PL101"
    ]
    start = line.index("worked")  # 0-based, in code points
    assert len(line[:start].encode("utf-16-le")) // 2 == start + 1
    assert vague["startColumn"] == start + 2  # 1-based, the emoji counted twice
    assert vague["endColumn"] - vague["startColumn"] == len("worked on")
    # Without characters beyond the BMP, units and code points agree.
    (plain_vague,) = [r for r in regions(plain) if r["startColumn"] == 11]
    assert plain_vague["endColumn"] == 11 + len("worked on")


def test_sarif_partial_fingerprints_survive_moved_lines_and_match_gitlab(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def prints(report: dict[str, Any]) -> list[str]:
        return [r["partialFingerprints"][FINGERPRINT] for r in report["runs"][0]["results"]]

    before = sarif(BULLETS, tmp_path, capsys)
    moved = sarif("## Experience\n\n- Cut costs by 30%.\n\n" + BULLETS, tmp_path, capsys)
    assert len(prints(before)) >= 4 and len(set(prints(before))) == len(prints(before))
    assert sorted(prints(before)) == sorted(prints(moved))
    assert [r["startLine"] for r in regions(before)] != [r["startLine"] for r in regions(moved)]
    edited = sarif(BULLETS.replace("search", "ranking"), tmp_path, capsys)

    def on_line(report: dict[str, Any], line: int) -> set[str]:
        return {
            p
            for p, r in zip(prints(report), regions(report), strict=True)
            if r["startLine"] == line
        }

    # Editing the first answer's words gives its findings new fingerprints; the second's stay.
    assert on_line(edited, 1) and not on_line(edited, 1) & on_line(before, 1)
    assert on_line(edited, 2) == on_line(before, 2)
    # One fingerprint per finding, the same as the GitLab report's.
    assert sorted(prints(before)) == sorted(
        i["fingerprint"] for i in gitlab(BULLETS, tmp_path, capsys)
    )


# --- text --------------------------------------------------------------------------------


def test_text_never_claims_success_after_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = "- Cut p99 from 800 ms to 120 ms, watched on the latency dashboard.\n"
    (tmp_path / "clean.md").write_text(clean, encoding="utf-8")
    (tmp_path / "vague.md").write_text("- Worked on search.\n", encoding="utf-8")
    code, out, err = run(["--kind", "resume", "clean.md"], tmp_path, capsys)
    assert code == 0 and out.endswith("All checks passed (1 answer in 1 file).\n")
    # Only an input error: exit 2, and the summary says nothing was fully checked.
    code, out, err = run(["gone.md"], tmp_path, capsys)
    assert code == 2 and "gone.md: no such file or directory" in err
    assert "passed" not in out
    assert out == (
        "No findings in 0 answers in 0 files, but 1 input error (see above): "
        "not everything was checked.\n"
    )
    # A clean file beside a missing one is not a pass either.
    code, out, _ = run(["--kind", "resume", "clean.md", "gone.md", "lost.md"], tmp_path, capsys)
    assert code == 2 and "passed" not in out
    assert out.endswith(
        "in 1 answer in 1 file, but 2 input errors (see above): not everything was checked.\n"
    )
    # With findings, the count of input errors follows them.
    code, out, _ = run(["--kind", "resume", "vague.md", "gone.md"], tmp_path, capsys)
    assert code == 2
    assert out.splitlines()[-1].endswith("in 1 answer in 1 file, and 1 input error (see above).")
