"""One source of truth: every rule in the registry has a code, docs, a site page and a
nav entry, and its own bad and good examples behave as its page says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from macros.content_model import validate
from playbook_lint import frontmatter
from playbook_lint.docs import rule_page
from playbook_lint.registry import BY_CODE, BY_NAME, RULES, Rule, lookup, resolve
from tests.lint.conftest import CONTRACT_RULES, lint_text, rules_of

ROOT = Path(__file__).resolve().parents[2]


def test_codes_and_names_are_unique_and_well_formed() -> None:
    assert len(BY_CODE) == len(RULES) == len(BY_NAME)
    for rule in RULES:
        assert re.fullmatch(r"PL\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)


def test_the_contract_rule_names_exist() -> None:
    for name in CONTRACT_RULES:
        assert name in BY_NAME


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_is_documented(rule: Rule) -> None:
    for field in ("summary", "message", "fix", "what", "why", "bad", "good", "use_instead"):
        assert getattr(rule, field).strip(), f"{rule.name} has no {field}"
    assert set(rule.default_kinds) <= set(rule.kinds)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_the_bad_example_fires_the_rule_and_the_good_one_does_not(rule: Rule) -> None:
    # Suppression rules judge other rules' findings, so they run with the defaults.
    select = None if rule.code.startswith("PL9") else {rule.name}
    assert rule.name in rules_of(lint_text(rule.bad, rule.bad_kind, select=select))
    assert rule.name not in rules_of(lint_text(rule.good, rule.bad_kind, select=select))


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_page_has_valid_front_matter(rule: Rule) -> None:
    page = rule_page(rule)
    raw, end, _ = frontmatter.split(page)
    assert raw is not None
    body = page[end:]
    meta = validate(rule.page, frontmatter.load(rule.page, raw))
    assert meta.kind.value == "reference"
    assert body.lstrip().startswith(f"# `{rule.name}` ({rule.code})")
    for heading in ("## What it checks", "## Why an interviewer cares", "## Example"):
        assert heading in body


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs.offline.yml"])
def test_the_hook_is_listed_in_both_site_configs(config: str) -> None:
    text = (ROOT / config).read_text(encoding="utf-8")
    hooks = re.search(r"(?m)^hooks:\n((?:  - .+\n)+)", text)
    assert hooks is not None
    assert "  - macros/lint_docs.py\n" in hooks.group(1)


def test_the_hook_puts_every_rule_page_in_the_nav() -> None:
    from macros.lint_docs import fill_nav
    from tests.site.test_build import _Loader

    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["nav"]
    text = yaml.safe_dump(nav)
    assert "lint/rules/" not in text  # the nav names no rule page by hand
    assert fill_nav(nav)
    (section,) = [item for item in nav if isinstance(item, dict) and "playbook-lint" in item]
    (rules,) = [
        item["Rules"]
        for item in section["playbook-lint"]
        if isinstance(item, dict) and "Rules" in item
    ]
    assert rules == [rule.page for rule in RULES]
    assert not fill_nav(nav)  # filled once: a second call finds no empty section


def test_the_hook_adds_one_page_per_rule(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from macros.lint_docs import on_files

    # The attributes File.generated reads from a loaded MkDocs config.
    config = SimpleNamespace(
        site_dir=str(tmp_path),
        use_directory_urls=True,
        plugins=SimpleNamespace(_current_plugin="lint_docs"),
    )
    files = on_files([], config)
    assert [f.src_uri for f in files] == [rule.page for rule in RULES]
    assert files[0].content_string == rule_page(RULES[0])


def test_the_guide_renders_real_command_output() -> None:
    from macros.lint_docs import render_output

    rendered = render_output(
        "<!-- lint-output: --no-source tests/lint/samples/star-story.md -->\n<!-- lint-rules -->",
        ROOT,
    )
    assert rendered.startswith(
        "```console\n$ playbook-lint --no-source tests/lint/samples/star-story.md\n"
    )
    assert "PL104 ownership" in rendered
    assert rendered.count("\n$ echo $?\n1\n```") == 1
    assert "[`quantified-outcome`](rules/quantified-outcome.md)" in rendered


def test_the_guide_uses_only_existing_samples_and_options() -> None:
    guide = (ROOT / "docs" / "lint" / "index.md").read_text(encoding="utf-8")
    for path in re.findall(r'--8<-- "([^"]+)"', guide):
        assert (ROOT / path).is_file(), path
    import importlib.util

    from playbook_lint.cli import build_parser

    options = {opt for action in build_parser()._actions for opt in action.option_strings}
    # The guide also names options of scripts/eval_lint.py (not a package: load it by path).
    spec = importlib.util.spec_from_file_location("eval_lint", ROOT / "scripts" / "eval_lint.py")
    assert spec is not None and spec.loader is not None
    eval_lint = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(eval_lint)
    options |= {
        opt for action in eval_lint.build_parser()._actions for opt in action.option_strings
    }
    for option in set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]+)", guide)):
        assert option in options, option


def test_lookup_and_resolve() -> None:
    assert lookup("PL001") is lookup("quantified-outcome") is lookup("pl001")
    assert resolve(["PL1", "observability", "bogus"]) == (
        {"vague-verb", "unquantified-claim", "tech-without-impact", "ownership", "observability"},
        ["bogus"],
    )


def test_generated_rule_pages_follow_the_house_style(tmp_path: Path) -> None:
    """The rule pages never exist on disk, so the docs' Vale run cannot see them."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from vale_docs import ValeMissingError, find_vale, run_vale

    try:
        vale = find_vale()
    except ValeMissingError as error:
        pytest.skip(str(error))
    for rule in RULES:
        (tmp_path / f"{rule.name}.md").write_text(rule_page(rule), encoding="utf-8")
    alerts = run_vale([tmp_path], vale)
    assert [str(alert) for alert in alerts] == []


def test_the_guide_renders_the_evaluation_table() -> None:
    from macros.lint_docs import render_output

    rendered = render_output("<!-- lint-eval -->", ROOT)
    lines = rendered.splitlines()
    assert lines[:2] == ["```console", "$ python scripts/eval_lint.py"]
    assert " labelled answers" in lines[2]
    assert any(line.startswith("quantified-outcome") for line in lines)
    assert "(TUNED part: baseline + new-tuned)" in lines[2]
    assert any("(HELD-OUT part: no rule is tuned on it)" in line for line in lines)
    assert any("HELD-OUT 2" in line for line in lines)
    # numbers only, never a held-out disagreement
    assert "heldout/" not in rendered
    assert "heldout-2/" not in rendered
    assert lines[-1] == "```"


def test_the_guide_can_show_help_output() -> None:
    from macros.lint_docs import render_output

    rendered = render_output("<!-- lint-output: --help -->", ROOT)
    assert rendered.startswith("```console\n$ playbook-lint --help\nusage: playbook-lint")
    assert rendered.endswith("$ echo $?\n0\n```")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_findings_use_their_rule_message_template(rule: Rule) -> None:
    """The message a user sees is the registry's template, so the docs show it too."""
    pattern = re.escape(rule.message)
    pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+", pattern)
    select = None if rule.code.startswith("PL9") else {rule.name}
    findings = [f for f in lint_text(rule.bad, rule.bad_kind, select=select) if f.rule == rule]
    assert findings
    for finding in findings:
        assert re.fullmatch(pattern, finding.message), finding.message


def test_the_guide_counts_the_corpus_at_build_time() -> None:
    from collections import Counter

    from macros.lint_docs import render_output
    from tests.lint.corpus_eval import load_cases

    groups = Counter(case.group for case in load_cases(held_out=True))
    sealed = [size for group, size in groups.items() if group.startswith("heldout-")]
    sealed.remove(groups["heldout-2"])  # held-out 2 was never sealed
    rendered = render_output(
        "<!-- lint-corpus: new-tuned-items --> items; sealed: <!-- lint-corpus: sealed-items -->,"
        " <!-- lint-corpus: sealed-smallest --> to <!-- lint-corpus: sealed-largest -->;"
        " <!-- lint-corpus: parts --> parts",
        ROOT,
    )
    # baseline and new-tuned make one part, the tuned part
    assert rendered == (
        f"{groups['new-tuned']:,} items; sealed: {sum(sealed):,}, {min(sealed)} to {max(sealed)};"
        f" {len(groups) - 1} parts"
    )


def test_an_unknown_corpus_count_fails_the_build_by_name() -> None:
    from macros.lint_docs import render_output

    with pytest.raises(ValueError, match="lint-corpus: writers"):
        render_output("<!-- lint-corpus: writers -->", ROOT)
