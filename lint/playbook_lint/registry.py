"""The rule registry: every rule module in ``playbook_lint/rules/``, found by listing the
package and imported here (never at start-up: ``--version`` does not load it).

The command line (``--explain``, ``--select``), the engine, the JSON and SARIF writers
and the site's generated rule pages all read this module, so a rule is described once,
in its own module.
"""

from __future__ import annotations

import importlib

from playbook_lint import rules as _package
from playbook_lint._modules import submodules
from playbook_lint.rulebase import ALL_KINDS, Check, Registered, Rule, Severity

__all__ = [
    "ALL_KINDS",
    "BY_CODE",
    "BY_NAME",
    "CHECKS",
    "RULES",
    "Rule",
    "Severity",
    "lookup",
    "resolve",
]


def _discover() -> list[Registered]:
    found: list[Registered] = []
    for name in submodules(_package.__path__):  # "_" modules are helpers shared by rules
        module = importlib.import_module(f"{_package.__name__}.{name}")
        found.extend(value for value in vars(module).values() if isinstance(value, Registered))
    return sorted(found, key=lambda item: item.rule.code)


_REGISTERED = _discover()
RULES: tuple[Rule, ...] = tuple(item.rule for item in _REGISTERED)
CHECKS: dict[str, Check] = {item.rule.name: item.check for item in _REGISTERED}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def lookup(key: str) -> Rule | None:
    """A rule by kebab-case name or code (case-insensitive code)."""
    return BY_NAME.get(key.strip().lower()) or BY_CODE.get(key.strip().upper())


def resolve(keys: list[str]) -> tuple[set[str], list[str]]:
    """Names for rule names, codes, code prefixes ('PL1') or 'ALL'; and unknown keys."""
    names: set[str] = set()
    unknown: list[str] = []
    for raw in keys:
        key = raw.strip()
        if not key:
            continue
        if key.upper() == "ALL":
            names.update(BY_NAME)
            continue
        rule = lookup(key)
        if rule is not None:
            names.add(rule.name)
            continue
        prefix = [r.name for r in RULES if r.code.startswith(key.upper()) and len(key) >= 2]
        if prefix and key.upper().startswith("PL"):
            names.update(prefix)
        else:
            unknown.append(key)
    return names, unknown
