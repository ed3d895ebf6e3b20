"""Every module of the linter binds each top-level name once.

The number stages are long modules of patterns with similar names; a second
``_NAME = re.compile(...)`` silently replaces the first for every function that reads it
at call time, and neither ruff (F811 covers imports and definitions) nor mypy says so.
Round 39 found one such pair (two ``_BOUND_BEFORE`` in ``stages/context.py``).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import playbook_lint

PACKAGE_DIR = Path(playbook_lint.__file__).parent
MODULES = sorted(PACKAGE_DIR.rglob("*.py"))


def _bound_twice(source: str) -> list[str]:
    """Names bound more than once by assignments, functions and classes at module level."""
    bound: Counter[str] = Counter()
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign):
            bound.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            bound[statement.target.id] += 1
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[statement.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    source = "import re\n_A = re.compile('x')\ndef f(): return _A\n_A = re.compile('y')\n"
    assert _bound_twice(source) == ["_A"]
    assert _bound_twice("_A = 1\n_B: int = 2\ndef _C(): pass\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE_DIR)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
