"""Print what the playbook holds: pages by kind, questions by round, example answers by
answer kind and verdict, words, and tested solution modules.

Usage: .venv/bin/python scripts/content_stats.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # macros/ is site code in the project folder, not installed

from macros.page_index import PageIndex  # noqa: E402

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)


def words(markdown: str) -> int:
    """Prose words: code fences and Jinja macro calls are left out."""
    prose = _FENCE.sub("", markdown)
    prose = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", prose, flags=re.S)
    return len(_WORD.findall(prose))


def main() -> int:
    index = PageIndex.build(ROOT / "docs")
    if index.errors:
        for error in index.errors:
            print(error, file=sys.stderr)
        return 1
    pages = list(index)
    kinds = Counter(page.meta.kind.value for page in pages)
    rounds = Counter(
        p.meta.round.value for p in pages if p.meta.kind.value == "question" and p.meta.round
    )
    examples = Counter(
        (p.meta.lint.kind.value, p.meta.lint.verdict or "")
        for p in pages
        if p.meta.kind.value == "example" and p.meta.lint
    )
    site_pages = [p for p in pages if p.meta.kind.value != "example"]
    print(f"pages (without example answers): {len(site_pages)}")
    for kind, n in sorted(kinds.items()):
        if kind != "example":
            print(f"  {kind:<10} {n}")
    print(f"questions: {kinds['question']}")
    for round_, n in sorted(rounds.items()):
        print(f"  {round_:<16} {n}")
    print(f"example answers: {kinds['example']}")
    for (answer_kind, verdict), n in sorted(examples.items()):
        print(f"  {answer_kind:<14} {verdict:<7} {n}")
    print(f"words in pages: {sum(words(p.body) for p in site_pages):,}")
    print(f"words in example answers: {sum(words(p.body) for p in pages if p not in site_pages):,}")
    modules = sorted(p.stem for p in (ROOT / "solutions").glob("*.py") if p.stem != "__init__")
    tested = [m for m in modules if (ROOT / "tests/solutions" / f"test_{m}.py").is_file()]
    print(f"solution modules: {len(modules)}, with a test file: {len(tested)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
