"""Markdown that the macros return: pure functions of pages, easy to test without MkDocs."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any

from macros.content_model import ROUND_LABELS
from macros.page_index import Page, relative_link
from playbook_lint.registry import lookup


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def round_label(value: str | None) -> str:
    return ROUND_LABELS.get(value or "", "")


def question_table(pages: list[Page], current_src: str | None) -> str:
    if not pages:
        return "*No questions match yet.*"
    rows = [
        "| Question | Round | Difficulty | What it scores |",
        "| --- | --- | --- | --- |",
    ]
    for page in pages:
        meta = page.meta
        rows.append(
            f"| [{_cell(meta.title)}]({page.link_from(current_src)}) "
            f"| {round_label(meta.round.value if meta.round else None)} "
            f"| {meta.difficulty.value if meta.difficulty else ''} "
            f"| {_cell(', '.join(meta.signals))} |"
        )
    return "\n".join(rows)


def related_list(
    questions: Iterable[Page], current_src: str | None, topics: set[str], limit: int
) -> str:
    scored = [
        (len(topics & set(page.meta.topics)), page) for page in questions if page.src != current_src
    ]
    best = sorted(
        ((shared, page) for shared, page in scored if shared),
        key=lambda item: (-item[0], item[1].meta.title.lower()),
    )[:limit]
    if not best:
        return "*No related questions yet.*"
    return "\n".join(
        f"- [{page.meta.title}]({page.link_from(current_src)}): {page.meta.description}"
        for _, page in best
    )


def _rule_ref(rule: str, current_src: str | None) -> str:
    """The rule's name, linked to its generated page when the linter knows the rule."""
    known = lookup(rule)
    if known is None:
        return f"`{rule}`"
    return f"[`{rule}`]({relative_link(known.page, current_src)})"


def _verdict_line(page: Page, current_src: str | None) -> str:
    assert page.meta.lint is not None
    marks = {"pass": ":material-check: passes", "fail": ":material-close: fails"}
    parts = [
        f"{_rule_ref(rule, current_src)} {marks[verdict]}"
        for rule, verdict in page.meta.lint.expect.items()
    ]
    checker = relative_link("lint/checker.md", current_src)
    # macros/checker_assets.py puts the example's text into this link's #fragment.
    open_link = f'[Open in the checker]({checker}){{ data-checker-example="{page.slug}" }}'
    return "playbook-lint: " + " · ".join(parts) + " · " + open_link


def example_block(page: Page, current_src: str | None = None) -> str:
    """An admonition holding the example, green when strong and red when weak."""
    assert page.meta.lint is not None
    strong = page.meta.lint.verdict == "strong"
    kind = "success" if strong else "failure"
    label = "Strong" if strong else "Weak"
    body = textwrap.indent(page.body.strip("\n"), "    ")
    return (
        f'!!! {kind} "{label}: {page.meta.title}"\n\n{body}\n\n'
        f"    <small>{_verdict_line(page, current_src)}</small>\n"
    )


def strong_vs_weak(strong: Page, weak: Page, current_src: str | None = None) -> str:
    """Two content tabs, strong first; each tab holds the example's admonition."""
    return "\n".join(
        f'=== "{label}"\n\n{textwrap.indent(example_block(page, current_src), "    ")}'
        for label, page in (("Strong answer", strong), ("Weak answer", weak))
    )


def examples_table(pages: list[Page]) -> str:
    if not pages:
        return "*No example answers yet.*"
    rows = [
        "| Example | Kind | Verdict | Expected from playbook-lint |",
        "| --- | --- | --- | --- |",
    ]
    for page in pages:
        lint = page.meta.lint
        assert lint is not None
        expected = ", ".join(f"`{rule}` {verdict}" for rule, verdict in lint.expect.items())
        rows.append(
            f"| {_cell(page.meta.title)} | {lint.kind.value} | {lint.verdict} | {expected} |"
        )
    return "\n".join(rows)


def _type_of(spec: dict[str, Any], defs: dict[str, Any]) -> str:
    if "$ref" in spec:
        target = defs[spec["$ref"].rsplit("/", 1)[-1]]
        if "enum" in target:
            return "one of " + ", ".join(f"`{v}`" for v in target["enum"])
        return "mapping (see below)"
    if "anyOf" in spec:
        kinds = [_type_of(s, defs) for s in spec["anyOf"] if s.get("type") != "null"]
        return " or ".join(kinds)
    if "enum" in spec:
        return "one of " + ", ".join(f"`{v}`" for v in spec["enum"])
    if spec.get("type") == "array":
        return f"list of {_type_of(spec.get('items', {}), defs)}"
    if spec.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if "const" in spec:
        return f"`{spec['const']}`"
    return str(spec.get("type", "any"))


def schema_table(schema: dict[str, Any], defs: dict[str, Any] | None = None) -> str:
    """A field table for a pydantic JSON schema, with nested models listed after it."""
    top = defs is None
    defs = schema.get("$defs", {}) if defs is None else defs
    required = set(schema.get("required", []))
    rows = ["| Field | Type | Required | Meaning |", "| --- | --- | --- | --- |"]
    for name, spec in schema["properties"].items():
        rows.append(
            f"| `{name}` | {_type_of(spec, defs)} | {'yes' if name in required else ''} "
            f"| {_cell(spec.get('description', ''))} |"
        )
    out = ["\n".join(rows)]
    for def_name, definition in defs.items() if top else ():
        if "properties" in definition:
            out.append(f"`{def_name}` fields:\n\n{schema_table(definition, defs)}")
    return "\n\n".join(out)
