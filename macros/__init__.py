"""mkdocs-macros entry point: the macros that pages call, all reading the build-once index.

Each macro is documented with an example on docs/contributing/macros.md; keep the two
in step.
"""

from __future__ import annotations

from typing import Any

from macros import page_index, practice, render
from macros.content_model import FrontMatter
from macros.page_index import PageIndex


def _index() -> PageIndex:
    if page_index.current is None:  # only when mkdocs.yml forgot the hook
        raise RuntimeError("the page index is missing: add macros/hooks.py under hooks:")
    return page_index.current


def define_env(env: Any) -> None:
    """Register the playbook's macros with mkdocs-macros."""

    def current_src() -> str | None:
        page = getattr(env, "page", None)
        return page.file.src_uri if page is not None else None

    @env.macro  # type: ignore[untyped-decorator]
    def question_table(
        round: str | None = None,
        topic: str | None = None,
        difficulty: str | None = None,
    ) -> str:
        """A table of the questions that match every filter given."""
        pages = _index().select(kind="question", round=round, topic=topic, difficulty=difficulty)
        return render.question_table(pages, current_src())

    @env.macro  # type: ignore[untyped-decorator]
    def related_questions(limit: int = 5) -> str:
        """Other questions sharing the most topics with this page."""
        src = current_src()
        index = _index()
        here = index.pages.get(src or "")
        topics = set(here.meta.topics) if here else set()
        return render.related_list(index.select(kind="question"), src, topics, limit)

    @env.macro  # type: ignore[untyped-decorator]
    def count(
        kind: str | None = None,
        round: str | None = None,
        topic: str | None = None,
        difficulty: str | None = None,
    ) -> int:
        """How many pages match every filter given."""
        return len(_index().select(kind=kind, round=round, topic=topic, difficulty=difficulty))

    @env.macro  # type: ignore[untyped-decorator]
    def example_answer(slug: str) -> str:
        """One example answer from docs/examples/answers/, with its verdict."""
        return render.example_block(_example(slug), current_src())

    @env.macro  # type: ignore[untyped-decorator]
    def strong_vs_weak(strong: str, weak: str) -> str:
        """Content tabs: a strong and a weak example answer side by side."""
        return render.strong_vs_weak(_example(strong), _example(weak), current_src())

    @env.macro  # type: ignore[untyped-decorator]
    def examples_table(kind: str | None = None) -> str:
        """Every example answer (optionally of one answer kind) with its expected verdicts."""
        pages = [p for p in _index().examples().values() if kind is None or _lint_kind(p) == kind]
        return render.examples_table(sorted(pages, key=lambda p: p.src))

    @env.macro  # type: ignore[untyped-decorator]
    def bank_filters() -> str:
        """The question bank's filter form (round, difficulty, topic, your progress)."""
        return practice.bank_filters(_index().select(kind="question"))

    @env.macro  # type: ignore[untyped-decorator]
    def bank_table(round: str | None = None) -> str:
        """The questions of one round as a filterable table that becomes cards on a phone."""
        page = getattr(env, "page", None)
        link = practice.linker(practice.files, page.file if page is not None else None)
        questions = _index().select(kind="question", round=round)
        return practice.bank_table(questions, practice.timings, link)

    @env.macro  # type: ignore[untyped-decorator]
    def progress_panel() -> str:
        """Your progress per round, with export, import and clear."""
        return practice.progress_panel(_index().select(kind="question"), tasks=False)

    @env.macro  # type: ignore[untyped-decorator]
    def practice_minutes(round: str) -> int:
        """The practice timer's length for a round, from macros/practice_rounds.yml."""
        return practice.timings[round].minutes

    @env.macro  # type: ignore[untyped-decorator]
    def content_model_fields() -> str:
        """The front matter fields, generated from the schema in macros/content_model.py."""
        return render.schema_table(FrontMatter.model_json_schema())


def _example(slug: str) -> Any:
    examples = _index().examples()
    if slug not in examples:
        known = ", ".join(sorted(examples)) or "none"
        raise KeyError(f"no example answer named {slug!r} (known: {known})")
    return examples[slug]


def _lint_kind(page: Any) -> str | None:
    return page.meta.lint.kind.value if page.meta.lint else None
