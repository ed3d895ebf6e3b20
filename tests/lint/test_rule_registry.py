"""Adding a rule is one module plus its fixtures. This test walks the registry: every rule
has a check in its own module, a bad and a good fixture that behave, and a generated
page in the nav; and a new module is found without editing any other file."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from playbook_lint import lint_text
from playbook_lint.docs import rule_page
from playbook_lint.registry import BY_NAME, CHECKS, RULES, Rule
from playbook_lint.rulebase import Registered
from playbook_lint.rules.tech_without_impact import technologies

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "lint" / "fixtures"


def fired(path: Path, rule: Rule) -> list[str]:
    # Document-scope rules judge other rules' suppressions, so they run with the defaults.
    select = None if rule.scope == "document" else [rule.name]
    findings = lint_text(path.read_text(encoding="utf-8"), path=path.name, select=select)
    return [finding.rule.name for finding in findings if finding.rule.name == rule.name]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_lives_in_its_own_module_with_its_check(rule: Rule) -> None:
    module = importlib.import_module(f"playbook_lint.rules.{rule.name.replace('-', '_')}")
    registered = [value for value in vars(module).values() if isinstance(value, Registered)]
    assert [item.rule for item in registered] == [rule]
    assert registered[0].check is CHECKS[rule.name]
    assert callable(CHECKS[rule.name])


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_has_a_bad_fixture_that_fires_and_a_good_one_that_does_not(
    rule: Rule,
) -> None:
    assert fired(FIXTURES / rule.name / "bad.md", rule), f"{rule.name}: bad.md is clean"
    assert not fired(FIXTURES / rule.name / "good.md", rule), f"{rule.name}: good.md fires"


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_has_a_generated_page(rule: Rule) -> None:
    page = rule_page(rule)
    assert page.startswith("---\n")
    assert f"# `{rule.name}` ({rule.code})" in page
    assert rule.page == f"lint/rules/{rule.name}.md"


def test_every_fixture_folder_belongs_to_a_rule() -> None:
    assert sorted(path.name for path in FIXTURES.iterdir()) == sorted(BY_NAME)


def test_a_new_rule_module_is_found_without_editing_any_other_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playbook_lint import registry, rules

    (tmp_path / "no_todo.py").write_text(
        "from playbook_lint.rulebase import ALL_KINDS, Hit, Severity, rule\n"
        "@rule(code='PL199', name='no-todo', severity=Severity.WARNING, summary='s',\n"
        "      message='TODO left in', fix='f', what='w', why='y', bad='TODO', good='done',\n"
        "      use_instead='u', kinds=ALL_KINDS, default_kinds=ALL_KINDS)\n"
        "def check(ctx):\n"
        "    at = ctx.text.find('TODO', ctx.answer.start, ctx.answer.end)\n"
        "    if at != -1:\n"
        "        yield Hit(at, at + 4)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rules, "__path__", [*rules.__path__, str(tmp_path)])
    found = registry._discover()
    sys.modules.pop("playbook_lint.rules.no_todo", None)
    assert [item.rule.code for item in found] == sorted([rule.code for rule in RULES] + ["PL199"])
    (new,) = [item for item in found if item.rule.name == "no-todo"]
    assert new.rule.page == "lint/rules/no-todo.md"


def test_technology_names_match_case_sensitively_and_multi_word_names_whole() -> None:
    def names(text: str) -> list[str]:
        return [name for name, _, _ in technologies(text, 0, len(text))]

    assert names("Fine-tuned Stable Diffusion with PyTorch.") == ["Stable Diffusion", "PyTorch"]
    assert names("Kept the stable branch; a surprise drill; a spark of an idea.") == []
    assert names("Ran Spark jobs on Kubernetes (k8s) and K8s.") == ["Spark", "Kubernetes"]
    assert names("Tracked runs in Weights & Biases and W&B.") == ["Weights & Biases"]
