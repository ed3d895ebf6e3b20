"""The one YAML front-matter reader: the linter, the site's page index, the scripts and
the tests all split and load front matter here.

The delimiters are the ones MkDocs accepts: ``---`` on the first line (after an optional
BOM), closed by ``---`` or ``...``. Loading refuses YAML aliases, so an alias bomb cannot
expand, and every problem is an :class:`~playbook_lint.source.InputError` with a line.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from playbook_lint.source import InputError
from playbook_lint.spec import KINDS, LintSpec, SpecError, parse_lint_spec

MAX_FRONT_MATTER = 64 * 1024

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
# Anchors, aliases, tags and merge keys: the fast C loader is used only without them.
_YAML_RISKY = re.compile(r"[&*!]|<<")


class Split(NamedTuple):
    raw: str | None  # the YAML text, or None when the file has no front matter
    end: int  # offset where the body starts
    body_line: int  # 1-based line where the body starts


def split(text: str) -> Split:
    """Find the front matter block at the start of ``text``."""
    if not text.startswith(("---", "\ufeff---")):
        return Split(None, 0, 1)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return Split(None, 0, 1)
    return Split(match.group(1) or "", match.end(), text.count("\n", 0, match.end()) + 1)


def load(path: str, raw: str) -> dict[str, Any]:
    """Parse front matter YAML into a mapping ({} when empty), or InputError with a line."""
    if len(raw) > MAX_FRONT_MATTER:
        raise InputError(path, f"front matter is larger than {MAX_FRONT_MATTER // 1024} KB", 1)
    data = _safe_yaml(path, raw) if raw.strip() else None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a YAML mapping of keys to values", 2)
    return data


def _safe_yaml(path: str, raw: str) -> Any:
    import yaml

    class _NoAliasLoader(yaml.SafeLoader):
        """SafeLoader that refuses aliases: an alias bomb cannot expand."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.constructor.ConstructorError(
                    None, None, "aliases are not allowed in front matter", event.start_mark
                )
            return super().compose_node(parent, index)

    loader: Any
    if _YAML_RISKY.search(raw) is None and getattr(yaml, "__with_libyaml__", False):
        loader = yaml.CSafeLoader
    else:
        loader = _NoAliasLoader
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(path, f"front matter is not valid YAML ({problem})", line) from None
    except RecursionError:
        raise InputError(path, "front matter is nested too deeply") from None


class FrontMatter(NamedTuple):
    """What the linter needs from a file's front matter."""

    end: int  # offset where the body starts
    data: dict[str, Any]
    lint: LintSpec
    top_kind: str | None  # a top-level ``kind:`` that is also an answer kind


def read(path: str, text: str) -> FrontMatter | None:
    """Split, load and check a document's front matter for the linter."""
    found = split(text)
    if found.raw is None:
        return None
    data = load(path, found.raw)
    try:
        spec = parse_lint_spec(data.get("lint"))
    except SpecError as error:
        block = data.get("lint")
        key = error.key if isinstance(block, dict) and error.key in block else "lint"
        raise InputError(path, f"front matter {error}", key_line(found.raw, key)) from None
    top = data.get("kind")
    top_kind = top if isinstance(top, str) and top in KINDS else None
    return FrontMatter(found.end, data, spec, top_kind)


def key_line(raw: str, key: str) -> int:
    """The 1-based file line of ``key:`` inside front matter (the file's line 1 is '---')."""
    match = re.search(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*:", raw)
    return raw[: match.start()].count("\n") + 2 if match else 2
