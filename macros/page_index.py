"""A build-once index of every page's front matter.

The hook in ``macros/hooks.py`` builds it once per build (``on_files``) and the macros read
it, so no macro ever re-reads the docs folder while a page renders: at 1,000 pages a
per-page re-read turned a 23 s build into 407 s.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from macros.content_model import FrontMatter, FrontMatterError, Kind, validate
from playbook_lint import frontmatter
from playbook_lint.source import InputError


@dataclass(frozen=True)
class Page:
    """One Markdown source under docs/: its path relative to docs/, front matter and body."""

    src: str
    meta: FrontMatter
    body: str
    body_line: int  # 1-based line in the file where the body starts

    @property
    def slug(self) -> str:
        return PurePosixPath(self.src).stem

    def link_from(self, current_src: str | None) -> str:
        """A relative Markdown link to this page that MkDocs can validate."""
        return relative_link(self.src, current_src)


def relative_link(target_src: str, current_src: str | None) -> str:
    """A link from one source file under docs/ to another, as MkDocs resolves it."""
    if current_src is None:
        return target_src
    return posixpath.relpath(target_src, posixpath.dirname(current_src) or ".")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (yaml text or None, body, 1-based line where the body starts).

    The split is playbook-lint's (``playbook_lint.frontmatter``): one front-matter reader
    for the site, the linter, the scripts and the tests.
    """
    raw, end, body_line = frontmatter.split(text)
    return raw, text[end:], body_line


def load_page(docs_dir: Path, path: Path) -> Page:
    """Read and validate one page; every problem raises FrontMatterError naming the file."""
    rel = path.relative_to(docs_dir).as_posix()
    shown = f"docs/{rel}"
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise FrontMatterError(shown, [f"not valid UTF-8 (byte {error.start})"]) from None
    raw, body, body_line = split_front_matter(text)
    if raw is None:
        raise FrontMatterError(shown, ["line 1: no YAML front matter (start the file with '---')"])
    try:
        data = frontmatter.load(shown, raw)
    except InputError as error:
        where = f"line {error.line}: " if error.line is not None else ""
        raise FrontMatterError(shown, [f"{where}{error.message}"]) from None
    return Page(rel, validate(shown, data), body, body_line)


@dataclass
class PageIndex:
    """Every page, by path; plus the problems found, so a build can report them all at once."""

    pages: dict[str, Page] = field(default_factory=dict)
    errors: list[FrontMatterError] = field(default_factory=list)
    # Every page in select()'s order, and the examples by slug: worked out once, not on
    # every macro call (count() and related_questions() on 1,000 pages sorted 2M times).
    _ordered: list[Page] = field(default_factory=list, init=False, repr=False, compare=False)
    _examples: dict[str, Page] | None = field(default=None, init=False, repr=False, compare=False)
    _seen: tuple[int, int] = field(default=(-1, -1), init=False, repr=False, compare=False)

    def _fresh(self) -> None:
        """Work the orderings out again if pages were added or removed since."""
        seen = (id(self.pages), len(self.pages))
        if seen != self._seen:
            self._ordered = sorted(self.pages.values(), key=_order)
            self._examples = None
            self._seen = seen

    @classmethod
    def build(cls, docs_dir: Path) -> PageIndex:
        index = cls()
        for path in sorted(docs_dir.rglob("*.md")):
            try:
                page = load_page(docs_dir, path)
            except FrontMatterError as error:
                index.errors.append(error)
            else:
                index.pages[page.src] = page
        return index

    def __iter__(self) -> Iterator[Page]:
        return iter(self.pages.values())

    def select(
        self,
        *,
        kind: str | Kind | None = None,
        round: str | None = None,
        topic: str | None = None,
        difficulty: str | None = None,
    ) -> list[Page]:
        """Pages matching every given filter, in a stable order (round, then title)."""
        self._fresh()
        chosen: Iterable[Page] = self._ordered
        if kind is not None:
            chosen = (p for p in chosen if p.meta.kind == kind)
        if round is not None:
            chosen = (p for p in chosen if p.meta.round == round)
        if topic is not None:
            chosen = (p for p in chosen if topic in p.meta.topics)
        if difficulty is not None:
            chosen = (p for p in chosen if p.meta.difficulty == difficulty)
        return list(chosen)  # filtering the sorted list keeps its (stable) order

    def examples(self) -> dict[str, Page]:
        """Example answers by slug (their file name without .md)."""
        self._fresh()
        if self._examples is None:
            self._examples = {p.slug: p for p in self if p.meta.kind is Kind.EXAMPLE}
        return dict(self._examples)


_ROUND_ORDER = {
    name: i
    for i, name in enumerate(
        ["screen", "coding", "system-design", "ml-fundamentals", "behavioral", "committee"]
    )
}
_DIFFICULTY_ORDER = {"warm-up": 0, "core": 1, "stretch": 2}


def _order(page: Page) -> tuple[int, int, str]:
    meta = page.meta
    return (
        _ROUND_ORDER.get(meta.round.value if meta.round else "", 99),
        _DIFFICULTY_ORDER.get(meta.difficulty.value if meta.difficulty else "", 99),
        meta.title.lower(),
    )


# Set by the hook once per build; read by the macros.
current: PageIndex | None = None
