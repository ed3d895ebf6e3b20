"""Benchmark the site build: the real playbook, then a synthetic 1,000-page copy.

Prints numbers; it asserts nothing. The synthetic run checks that macros stay cheap as the
site grows: every page calls related_questions() and count(), which read the build-once
index. Usage: .venv/bin/python scripts/bench_site.py [--pages 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.projects import one_page_project  # noqa: E402 - needs the repository on the path

TOPICS = ["streaming", "serving", "drift", "latency", "batching", "caching", "cost", "gpu"]
ROUNDS = ["coding", "system-design", "ml-fundamentals", "behavioral"]


def build(config: Path, site_dir: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=config.parent,
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def synthetic_project(target: Path, pages: int) -> Path:
    """The real configuration and assets with `pages` generated question pages."""
    project = one_page_project(target)
    nav = ["nav:", "  - index.md", "  - Questions:"]
    docs = project / "docs"
    (docs / "index.md").write_text(
        "---\ntitle: Synthetic home\ndescription: The home page of the synthetic benchmark site.\n"
        "kind: guide\nlast_reviewed: 2026-11-01\n---\n\n# Home\n\n{{ question_table() }}\n",
        encoding="utf-8",
    )
    for i in range(pages):
        topics = [TOPICS[i % len(TOPICS)], TOPICS[(i * 3 + 1) % len(TOPICS)]]
        (docs / "q").mkdir(exist_ok=True)
        (docs / f"q/question-{i:04d}.md").write_text(
            f"---\ntitle: Question {i}\ndescription: Synthetic question number {i} for the build "
            f"benchmark.\nkind: question\nlast_reviewed: 2026-11-01\nround: {ROUNDS[i % 4]}\n"
            f"difficulty: core\ntopics: [{', '.join(sorted(set(topics)))}]\nsignals: [judgment]\n"
            f"---\n\n# Question {i}\n\nThere are {{{{ count(kind='question') }}}} questions.\n\n"
            "## Related questions\n\n{{ related_questions() }}\n",
            encoding="utf-8",
        )
        nav.append(f"      - q/question-{i:04d}.md")
    (project / "mkdocs.yml").write_text(
        "INHERIT: site.yml\n" + "\n".join(nav) + "\n", encoding="utf-8"
    )
    return project / "mkdocs.yml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000, help="synthetic pages (default 1000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seconds = build(ROOT / "mkdocs.yml", work / "real-site")
        pages = sum(1 for _ in (work / "real-site").rglob("index.html"))
        print(f"real site:      {pages} pages built in {seconds:.2f} s")
        config = synthetic_project(work, args.pages)
        seconds = build(config, work / "synthetic-site")
        print(
            f"synthetic site: {args.pages + 1} pages built in {seconds:.2f} s "
            f"({1000 * seconds / (args.pages + 1):.1f} ms a page)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
