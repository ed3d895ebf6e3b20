"""Site pages generated from the rule registry: one page per rule.

``macros/lint_docs.py`` adds these pages to the MkDocs build, and the tests check that
every rule has one, so the site cannot describe a rule the linter does not have.
"""

from __future__ import annotations

from playbook_lint.registry import RULES, Rule

LAST_REVIEWED = "2026-11-29"


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _block(text: str, kind: str) -> str:
    language = "markdown" if kind in ("resume", "star-story") else "text"
    return f"```{language}\n{text}\n```"


def rule_page(rule: Rule) -> str:
    """The Markdown source of a rule's page, front matter included."""
    description = f"playbook-lint rule {rule.code} {rule.name}: {rule.summary}"
    default_on = ", ".join(f"`{kind}`" for kind in rule.default_kinds) or "none"
    applies = ", ".join(f"`{kind}`" for kind in rule.kinds)
    severity = rule.severity.value
    return "\n".join(
        [
            "---",
            f"title: {_yaml_string(f'{rule.name} ({rule.code})')}",
            f"description: {_yaml_string(description)}",
            "kind: reference",
            f"last_reviewed: {LAST_REVIEWED}",
            "tags:",
            "  - playbook-lint",
            "---",
            "",
            f"# `{rule.name}` ({rule.code})",
            "",
            f"{rule.summary}",
            "",
            "| Code | Name | Severity | Applies to | On by default for |",
            "| --- | --- | --- | --- | --- |",
            f"| `{rule.code}` | `{rule.name}` | {severity} | {applies} | {default_on} |",
            "",
            "## What it checks",
            "",
            rule.what,
            "",
            "## Why an interviewer cares",
            "",
            rule.why,
            "",
            "## Example",
            "",
            '=== "Flagged"',
            "",
            _indent(_block(rule.bad, rule.bad_kind)),
            "",
            '=== "Clean"',
            "",
            _indent(_block(rule.good, rule.bad_kind)),
            "",
            f"**Use instead:** {rule.use_instead}",
            "",
            "## The message",
            "",
            "```text",
            f"{rule.code} {rule.name}: {_example_message(rule)}",
            f"  fix: {rule.fix}",
            "```",
            "",
            "## Run or skip this rule",
            "",
            "```bash",
            *_aligned(
                [
                    (f"playbook-lint --select {rule.name} resume.md", "only this rule"),
                    (f"playbook-lint --ignore {rule.code} resume.md", "every rule but this one"),
                    (f"playbook-lint --explain {rule.name}", "this page in your terminal"),
                ]
            ),
            "```",
            "",
            "To silence it for one answer, say why in a comment above or inside the answer:",
            "",
            "```markdown",
            f'<!-- playbook-lint: disable={rule.name} reason="why this answer is an exception" -->',
            "```",
            "",
            "[All rules](../index.md#rules) · [How to run playbook-lint](../index.md)",
            "",
        ]
    )


def _aligned(rows: list[tuple[str, str]]) -> list[str]:
    """Shell commands with their comments lined up."""
    width = max(len(command) for command, _ in rows)
    return [f"{command:<{width}}  # {comment}" for command, comment in rows]


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.splitlines())


def _example_message(rule: Rule) -> str:
    values = {
        "unit": "resume bullet",
        "section": "Result",
        "state": "missing",
        "match": "worked on" if rule.name == "vague-verb" else "significantly",
        "count": "4" if rule.name == "tech-without-impact" else "3",
        "names": "Kafka, Spark, Airflow, Kubernetes",
        "rules": "quantified-outcome",
        "problem": 'no reason given (add reason="...")',
    }
    return rule.message.format(**values)


def rule_table() -> str:
    """A Markdown table of every rule, linking to its page (for the guide page)."""
    rows = ["| Code | Rule | Severity | What it flags |", "| --- | --- | --- | --- |"]
    for rule in RULES:
        rows.append(
            f"| `{rule.code}` | [`{rule.name}`](rules/{rule.name}.md) | {rule.severity.value} "
            f"| {rule.summary} |"
        )
    return "\n".join(rows)
