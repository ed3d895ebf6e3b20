"""docs/contributing/style.md documents every rule of the Playbook style, at its real level."""

from __future__ import annotations

import re

import yaml
from vale_docs import ROOT, VALE_VERSION

STYLE = ROOT / "styles" / "Playbook"
PAGE = ROOT / "docs" / "contributing" / "style.md"
ROW = re.compile(r"^\| `Playbook\.(?P<rule>\w+)` \| (?P<level>error|warning|suggestion) \|", re.M)


def test_every_rule_has_one_row_with_its_level() -> None:
    levels = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["level"]
        for path in STYLE.glob("*.yml")
    }
    rows = [(m["rule"], m["level"]) for m in ROW.finditer(PAGE.read_text(encoding="utf-8"))]
    assert len(rows) == len({rule for rule, _ in rows}), "a rule is listed twice"
    assert dict(rows) == levels


def test_page_names_the_pinned_version() -> None:
    install = (ROOT / "scripts" / "install-vale.sh").read_text(encoding="utf-8")
    pinned = re.search(r'^VALE_VERSION="([\d.]+)"', install, re.M)
    assert pinned, "scripts/install-vale.sh must set VALE_VERSION"
    assert pinned[1] == VALE_VERSION, "scripts/vale_docs.py must pin the same version"
    assert f"version {pinned[1]}" in PAGE.read_text(encoding="utf-8")
    assert f"Vale {pinned[1]}" in (ROOT / "README.md").read_text(encoding="utf-8")
