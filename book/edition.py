"""The edition of the book: the package version and a date taken from the sources, never the
clock, so the same sources give the same book."""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from book.errors import EXIT_MKDOCS, EXIT_SETTINGS, BuildError

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Edition:
    """What the cover and the metadata say about this build of the book."""

    version: str
    date: dt.date

    @property
    def long_date(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"


def read_edition(root: Path = ROOT, environ: Mapping[str, str] = os.environ) -> Edition:
    """The package version and the edition date (SOURCE_DATE_EPOCH when set, otherwise the
    newest ``last_reviewed`` in docs/)."""
    with (root / "pyproject.toml").open("rb") as handle:
        version = str(tomllib.load(handle)["project"]["version"])
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            date = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except ValueError:
            raise BuildError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds", EXIT_SETTINGS
            ) from None
        return Edition(version, date)
    return Edition(version, newest_review_date(root / "docs"))


def newest_review_date(docs_dir: Path) -> dt.date:
    """The newest ``last_reviewed`` among the pages (pages that fail to load are skipped:
    the MkDocs build reports them)."""
    from macros.page_index import PageIndex

    dates = [page.meta.last_reviewed for page in PageIndex.build(docs_dir)]
    if not dates:
        raise BuildError(f"{docs_dir}: no page with a valid last_reviewed", EXIT_MKDOCS)
    return max(dates)
