"""The content model: the one schema every page's YAML front matter must satisfy.

The site build, the tests and the contributor docs all read this module, so a new field
is added here once. Validation errors are turned into one line per problem:
``docs/path.md: field 'round': must be one of screen, coding, ...``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from playbook_lint.spec import AnswerKind as AnswerKind  # re-exported: the one answer-kind enum
from playbook_lint.spec import normalise_require


class Kind(StrEnum):
    """What a page is; decides which other fields it needs."""

    GUIDE = "guide"
    QUESTION = "question"
    TEMPLATE = "template"
    EXAMPLE = "example"
    CHECKLIST = "checklist"
    REFERENCE = "reference"


class Round(StrEnum):
    """The rounds of an AI Engineer loop, in the order a candidate meets them."""

    SCREEN = "screen"
    CODING = "coding"
    SYSTEM_DESIGN = "system-design"
    ML_FUNDAMENTALS = "ml-fundamentals"
    BEHAVIORAL = "behavioral"
    COMMITTEE = "committee"


# How each round is named to a reader: the question bank, practice mode and the Anki decks.
ROUND_LABELS: dict[str, str] = {
    Round.SCREEN: "Screen",
    Round.CODING: "Coding",
    Round.SYSTEM_DESIGN: "System design",
    Round.ML_FUNDAMENTALS: "ML fundamentals",
    Round.BEHAVIORAL: "Behavioral",
    Round.COMMITTEE: "Hiring committee",
}


class Difficulty(StrEnum):
    WARM_UP = "warm-up"
    CORE = "core"
    STRETCH = "stretch"


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=40)]
RuleName = Annotated[str, StringConstraints(pattern=r"^[a-z]+(?:-[a-z]+)*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class LintSpec(BaseModel):
    """What playbook-lint must find in a template or an example answer.

    ``require`` switches rules on for the file; ``expect`` gives the verdict each rule
    must reach on an example (``pass`` or ``fail``), which makes every example on the
    site a test vector for the linter.

    The fields, the answer kinds and what ``require: observability`` (a plain string)
    means are playbook-lint's own (``playbook_lint.spec``); the site adds only that
    templates and examples must name their ``kind``. tests/lint/test_spec.py checks that
    both accept and refuse the same blocks.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: AnswerKind = Field(description="How playbook-lint splits the file into answers.")
    require: list[RuleName] = Field(
        default_factory=list,
        description="Rules switched on for this file (one rule may be a plain string).",
    )
    verdict: Literal["strong", "weak"] | None = Field(
        default=None, description="Examples only: shown as a green or red box."
    )
    expect: dict[RuleName, Literal["pass", "fail"]] = Field(
        default_factory=dict, description="Examples only: the verdict each rule must reach."
    )

    @field_validator("require", mode="before")
    @classmethod
    def _one_rule_may_be_a_string(cls, value: object) -> object:
        return normalise_require(value)


class Source(BaseModel):
    """Where a page's outside figures come from: hardware specs, defaults, papers, prices.

    Pages list them under ``sources:`` and the build renders them as a numbered
    "Sources" section at the end of the page (see ``macros/sources.py``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text = Field(description="The document's title, as its publisher gives it.")
    publisher: Text = Field(description="The author(s) or publisher.")
    year: int = Field(description="The year it was published or last updated.")
    url: str = Field(description="An http(s) link to it.")

    @field_validator("year")
    @classmethod
    def _sensible_year(cls, year: int) -> int:
        latest = dt.date.today().year
        if not 1900 <= year <= latest:
            raise ValueError(f"must be a year between 1900 and {latest}")
        return year

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        url = url.strip()
        if not re.fullmatch(r"https?://[^\s/]+\.[^\s/]+(?:/\S*)?", url):
            raise ValueError("must be an http:// or https:// URL")
        return url


class FrontMatter(BaseModel):
    """Every page's front matter. Unknown keys are errors, so typos cannot hide."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=90)] = (
        Field(description="The page title, 3 to 90 characters.")
    )
    description: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=20, max_length=300)
    ] = Field(description="One or two sentences for search results and link previews.")
    kind: Kind = Field(description="What the page is; decides which other fields it needs.")
    last_reviewed: dt.date = Field(description="When someone last checked the page's facts.")
    round: Round | None = Field(default=None, description="The interview round it belongs to.")
    topics: list[Slug] = Field(
        default_factory=list, description="Kebab-case topics; related questions share them."
    )
    difficulty: Difficulty | None = Field(default=None, description="How hard the question is.")
    signals: list[Text] = Field(
        default_factory=list, description="What the interviewer scores, in short phrases."
    )
    lint: LintSpec | None = Field(
        default=None, description="What playbook-lint must find (templates and examples)."
    )
    sources: list[Source] = Field(
        default_factory=list,
        description="Where outside figures come from; rendered as a Sources section.",
    )
    # Keys that Material for MkDocs itself reads.
    tags: list[Text] = Field(default_factory=list, description="Material's tags.")
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = Field(
        default_factory=list, description="Material: parts of the page to hide."
    )
    icon: str | None = Field(default=None, description="Material: the page's nav icon.")
    status: Literal["new", "deprecated"] | None = Field(
        default=None, description="Material: a status badge in the nav."
    )
    search: dict[Literal["exclude", "boost"], Any] | None = Field(
        default=None, description="Material: search boost or exclusion."
    )

    @model_validator(mode="after")
    def _fields_that_kinds_need(self) -> FrontMatter:
        if self.kind is Kind.QUESTION:
            missing = [
                name
                for name in ("round", "difficulty", "topics", "signals")
                if not getattr(self, name)
            ]
            if missing:
                raise ValueError(f"a question needs {', '.join(missing)}")
        if self.kind in (Kind.TEMPLATE, Kind.EXAMPLE) and self.lint is None:
            raise ValueError(f"a {self.kind.value} needs a 'lint' block (kind, require, expect)")
        if self.kind is Kind.EXAMPLE and self.lint is not None:
            if self.lint.verdict is None:
                raise ValueError("an example needs lint.verdict (strong or weak)")
            if not self.lint.expect:
                raise ValueError("an example needs lint.expect (rule: pass|fail)")
        if self.last_reviewed > dt.date.today():
            raise ValueError("last_reviewed is in the future")
        return self


class FrontMatterError(Exception):
    """A page's front matter is missing, unreadable or breaks the schema."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("; ".join(f"{path}: {p}" for p in problems))


def describe_errors(error: ValidationError) -> list[str]:
    """One short line per pydantic error: the field, then the problem."""
    lines = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"]) or "front matter"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown field (see the content model page for the allowed fields)"
        elif item["type"] == "missing":
            message = "required field is missing"
        lines.append(f"field '{field}': {message}")
    return lines


def validate(path: str, data: Any) -> FrontMatter:
    """Validate one page's parsed front matter, raising FrontMatterError with every problem."""
    if not isinstance(data, dict):
        raise FrontMatterError(path, ["front matter must be a YAML mapping of fields"])
    try:
        return FrontMatter.model_validate(data)
    except ValidationError as error:
        raise FrontMatterError(path, describe_errors(error)) from None
