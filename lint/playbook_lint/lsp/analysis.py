"""What the language server knows about one open document, without any LSP types: its
findings, the numbers under a position and why they did or did not count, the
suppression comment for a finding, the settings and the rule pages' address.

Kept apart from :mod:`playbook_lint.lsp.server` so it is plain Python, tested without
an editor, and shares every verdict with the command line (``lint_document`` for the
findings, ``numbers.mentions`` for ``--show-numbers``, ``suppressions`` for comments).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from playbook_lint.document import Document
from playbook_lint.engine import Finding, Selection, lint_document
from playbook_lint.inputs import read
from playbook_lint.numbers import Mention, mentions
from playbook_lint.registry import Rule, resolve
from playbook_lint.spec import KINDS

SETTINGS_SECTION = "playbook-lint"


class Settings(NamedTuple):
    """The editor's settings: ``kind``, ``select``, ``ignore`` (rule names or codes) and
    ``siteUrl`` (where the rule pages live). None means: the configuration file's value."""

    kind: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    site_url: str | None = None
    extend_select: tuple[str, ...] = ()  # from the configuration file only


def _rules(value: object, key: str, problems: list[str]) -> tuple[str, ...] | None:
    """A rule list from a JSON value: a list of strings or one comma-separated string."""
    if isinstance(value, str):
        items = [part for part in re.split(r"[,\s]+", value) if part]
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        items = list(value)
    else:
        problems.append(f"setting '{key}' must be a list of rule names or codes")
        return None
    _, unknown = resolve(items)
    if unknown:
        problems.append(f"setting '{key}' names an unknown rule '{unknown[0]}'")
        return None
    return tuple(items)


def parse_settings(raw: object, base: Settings | None = None) -> tuple[Settings, list[str]]:
    """Settings from initializationOptions or workspace/didChangeConfiguration.

    Accepts the keys at the top level or under ``"playbook-lint"`` (or ``playbookLint``),
    as editors nest them differently. A bad value is reported and that key keeps its
    previous value; the rest still apply."""
    settings = base or Settings()
    problems: list[str] = []
    if raw is None:
        return settings, problems
    if not isinstance(raw, Mapping):
        return settings, ["settings must be an object"]
    for nested in (SETTINGS_SECTION, "playbookLint", "playbook_lint"):
        inner = raw.get(nested)
        if isinstance(inner, Mapping):
            raw = inner
            break
    if "kind" in raw:
        kind = raw["kind"]
        if kind is None or kind == "":
            settings = settings._replace(kind=None)
        elif isinstance(kind, str) and kind in KINDS:
            settings = settings._replace(kind=kind)
        else:
            problems.append(f"setting 'kind' must be one of {', '.join(KINDS)}")
    if "select" in raw:
        if raw["select"] is None:
            settings = settings._replace(select=None)
        else:
            select = _rules(raw["select"], "select", problems)
            if select is not None:
                settings = settings._replace(select=select)
    if "ignore" in raw:
        ignore = _rules(raw["ignore"] or [], "ignore", problems)
        if ignore is not None:
            settings = settings._replace(ignore=ignore)
    for key in ("siteUrl", "site_url"):
        if key in raw:
            url = raw[key]
            if url is None or (isinstance(url, str) and url.startswith(("http://", "https://"))):
                settings = settings._replace(site_url=url)
            else:
                problems.append(f"setting '{key}' must be an http(s) address")
    return settings, problems


def selection(settings: Settings) -> Selection:
    select = None if settings.select is None else resolve(list(settings.select))[0]
    return Selection(
        select=select,
        extend_select=resolve(list(settings.extend_select))[0],
        ignore=resolve(list(settings.ignore))[0],
    )


class Analysis(NamedTuple):
    """One version of an open document, linted."""

    doc: Document
    findings: list[Finding]


def analyse(path: str, text: str, settings: Settings) -> Analysis:
    """Lint an editor buffer as the command line lints the file at ``path``.

    Raises ``playbook_lint.source.InputError`` for text the command line refuses."""
    doc = read(path, text.encode("utf-8"), settings.kind)
    return Analysis(doc, lint_document(doc, selection(settings)))


# --- hover -------------------------------------------------------------------------------


class NumberAt(NamedTuple):
    mention: Mention
    answer_counts: bool  # whether any number in the same answer counts


def number_at(doc: Document, line: int, column: int) -> NumberAt | None:
    """The number under a 1-based line and column of the file, and the verdict on it
    (the --show-numbers verdicts). Positions go through the document's locator, so this
    works for formats whose text the reader rebuilt (YAML, LaTeX) as for Markdown."""
    for answer in doc.answers:
        first, _ = doc.position(answer.start)
        last, _ = doc.position(max(answer.start, answer.end - 1))
        if not first <= line <= last:
            continue
        found = mentions(doc.masked, answer.start, answer.end, design=answer.design)
        for item in found:
            start, end = doc.position(item.start), doc.position(item.end)
            if start <= (line, column) <= end:
                return NumberAt(item, any(other.counts for other in found))
    return None


def hover_text(found: NumberAt) -> str:
    """Markdown for a hover on a number."""
    item = found.mention
    verdict = "counts as a measured outcome" if item.counts else "does not count as an outcome"
    lines = [f"**playbook-lint:** `{item.text.strip()}` {verdict}: {item.reason.value}."]
    if found.answer_counts:
        lines.append("This answer states a measured outcome.")
    else:
        lines.append(
            "No number in this answer counts yet: add the change you measured "
            "(before and after, a percentage, money, a rate or a scale)."
        )
    return "\n\n".join(lines)


# --- suppressions ------------------------------------------------------------------------


# How a suppression comment is written, by suffix (docs/lint/inputs.md): None where the
# format has no comments (JSON) or is not edited as text (DOCX, PDF).
COMMENT_STYLES: dict[str, str | None] = {
    ".txt": "{}",
    ".text": "{}",
    ".yaml": "# {}",
    ".yml": "# {}",
    ".tex": "% {}",
    ".latex": "% {}",
    ".json": None,
    ".docx": None,
    ".pdf": None,
}


def suppression_comment(rule: Rule, path: str) -> str | None:
    """A suppression comment for one rule, with an empty reason for the writer to fill in
    (until then the linter reports it as ``invalid-suppression``); None when the format
    has no comments."""
    body = f'playbook-lint: disable={rule.name} reason=""'
    suffix = Path(path).suffix.lower()
    style = COMMENT_STYLES.get(suffix, "<!-- {} -->")
    return None if style is None else style.format(body)


def suppression_insert(doc: Document, finding: Finding) -> tuple[int, str] | None:
    """Where to insert the suppression for a finding (a 0-based line, at column 0) and
    the text to insert: a line of its own just above the answer that holds the finding,
    with the answer's indentation. None when the format has no comments."""
    comment = suppression_comment(finding.rule, doc.path)
    if comment is None:
        return None
    start = finding.start
    for answer in doc.answers:
        if answer.start <= finding.start < max(answer.end, answer.start + 1):
            start = answer.start
            break
    line, _ = doc.position(start)
    text = doc.line_text(line)
    indent = text[: len(text) - len(text.lstrip(" \t"))]
    return line - 1, indent + comment + "\n"


# --- rule pages --------------------------------------------------------------------------

_SITE_URL = re.compile(r"^site_url:\s*(?P<value>.+?)\s*$", re.MULTILINE)
_ENV = re.compile(r"!ENV\s*\[\s*(?P<var>[A-Za-z_][A-Za-z0-9_]*)\s*,\s*[\"']?(?P<default>[^\"'\]]*)")


def site_url(settings: Settings, mkdocs_yml: Path | None = None) -> str | None:
    """The site's address, from where it is defined: the ``siteUrl`` setting, else
    ``site_url`` in the project's ``mkdocs.yml`` (which reads the ``SITE_URL``
    environment variable and falls back to its own default). None when neither is known
    (an installed linter with no setting)."""
    if settings.site_url:
        return settings.site_url
    if mkdocs_yml is None:
        mkdocs_yml = Path(__file__).resolve().parents[3] / "mkdocs.yml"
    try:
        text = mkdocs_yml.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return os.environ.get("SITE_URL") or None
    match = _SITE_URL.search(text)
    if match is None:
        return os.environ.get("SITE_URL") or None
    value = match.group("value")
    env = _ENV.match(value)
    if env is not None:
        return os.environ.get(env.group("var")) or env.group("default") or None
    return value.strip("\"'") or None


def rule_url(rule: Rule, base: str | None) -> str | None:
    """The address of a rule's page on the site (``docs/lint/rules/NAME.md``)."""
    if not base:
        return None
    return base.rstrip("/") + "/" + rule.page.removesuffix(".md") + "/"
