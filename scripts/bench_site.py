"""Benchmark the site build: the real playbook, a synthetic 1,000-page copy, and how long
`mkdocs serve` takes to rebuild after a page changes.

    .venv/bin/python scripts/bench_site.py [--pages 1000] [--skip real,synthetic,serve]

Prints numbers against the targets (synthetic copy under 26 s, a rebuild under 3 s); it
asserts nothing and exits 0. The synthetic run checks that macros stay cheap as the site
grows: every page calls related_questions() and count(), which read the build-once index.
The serve run works on a copy of the repository (never on it) and times the rebuild MkDocs
reports after one page is edited: with --strict (every page is rebuilt), and with
--dirty --no-strict and llms.txt off, as `make serve` runs it (only the changed page).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.projects import one_page_project  # noqa: E402 - needs the repository on the path

TOPICS = ["streaming", "serving", "drift", "latency", "batching", "caching", "cost", "gpu"]
ROUNDS = ["coding", "system-design", "ml-fundamentals", "behavioral"]
SYNTHETIC_TARGET = 26.0
REBUILD_TARGET = 3.0
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")


def build(config: Path, site_dir: Path) -> float:
    """Wall seconds of a strict build; prints its CPU seconds too (the machine is shared)."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"]
    command += ["-f", str(config), "-d", str(site_dir)]
    subprocess.run(command, cwd=config.parent, env=ENV, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    print(f"  (CPU: user {user:.2f} s + sys {system:.2f} s)", flush=True)
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
            f"---\n\n# Question {i}\n\n"
            f'!!! quote "The prompt"\n    "Design thing number {i}, then tell me how it fails."\n\n'
            f"There are {{{{ count(kind='question') }}}} questions.\n\n"
            "## Related questions\n\n{{ related_questions() }}\n",
            encoding="utf-8",
        )
        nav.append(f"      - q/question-{i:04d}.md")
    # As relaxed as one_page_project's: hooks add pages that link to pages not copied here.
    (project / "mkdocs.yml").write_text(
        "INHERIT: site.yml\n"
        + "\n".join(nav)
        + "\nvalidation:\n  nav:\n    omitted_files: info\n  links:\n    not_found: info\n",
        encoding="utf-8",
    )
    return project / "mkdocs.yml"


def project_copy(target: Path) -> Path:
    """A copy of the repository without its builds, caches, .git and .venv (hooks read
    scripts/, solutions/, README.md and more besides docs/)."""
    project = target / "serve"
    skipped = shutil.ignore_patterns(
        ".git",
        ".venv",
        ".tools",
        "node_modules",
        "site",
        "site-offline",
        "build",
        "__pycache__",
        ".*_cache",
    )
    shutil.copytree(ROOT, project, ignore=skipped, symlinks=True)
    if (ROOT / "node_modules").is_dir():
        (project / "node_modules").symlink_to(ROOT / "node_modules")
    return project


def serve_rebuild(project: Path, page: Path, dirty: bool, timeout: float = 600) -> float | None:
    """Seconds MkDocs reports for the rebuild after page is edited under `mkdocs serve`."""
    with socket.socket() as probe:  # a free port for this run
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    # --dirty logs a warning, which strict mode (mkdocs.yml sets it) turns into a failed
    # build: `make serve` runs --dirty --no-strict without llms.txt, as here.
    command += ["--dirty", "--no-strict"] if dirty else ["--strict"]
    env = {**ENV, "PLAYBOOK_LLMSTXT": "false"} if dirty else ENV
    process = subprocess.Popen(
        command, cwd=project, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    builds: list[float] = []
    ready = threading.Event()

    log: list[str] = []

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            log.append(line)
            found = BUILT.search(line)
            if found:
                builds.append(float(found.group(1)))
                ready.set()
        ready.set()  # the server stopped: no need to wait any longer

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(timeout) or not builds:
            print("".join(log[-5:]), file=sys.stderr, end="")
            return None
        time.sleep(2)  # the watcher starts after the first build
        ready.clear()
        page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
        if not ready.wait(timeout) or len(builds) < 2:
            print("".join(log[-5:]), file=sys.stderr, end="")
            return None
        return builds[-1]
    finally:
        process.terminate()
        process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=1000, help="synthetic pages (default 1000)")
    parser.add_argument("--skip", default="", help="comma-separated: real, synthetic, serve")
    args = parser.parse_args()
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    with tempfile.TemporaryDirectory(prefix="playbook-bench-") as tmp:
        work = Path(tmp)
        if "real" not in skip:
            seconds = build(ROOT / "mkdocs.yml", work / "real-site")
            pages = sum(1 for _ in (work / "real-site").rglob("index.html"))
            print(f"real site:      {pages} pages built in {seconds:.2f} s", flush=True)
        if "synthetic" not in skip:
            config = synthetic_project(work, args.pages)
            seconds = build(config, work / "synthetic-site")
            verdict = "within" if seconds < SYNTHETIC_TARGET else "OVER"
            print(
                f"synthetic site: {args.pages + 1} pages built in {seconds:.2f} s "
                f"({1000 * seconds / (args.pages + 1):.1f} ms a page; "
                f"{verdict} the {SYNTHETIC_TARGET:.0f} s target)",
                flush=True,
            )
        if "serve" not in skip:
            project = project_copy(work)
            page = project / "docs/questions/coding/retry-with-backoff.md"
            for dirty in (False, True):
                seconds_or_none = serve_rebuild(project, page, dirty)
                mode = "mkdocs serve --dirty (make serve)" if dirty else "mkdocs serve --strict"
                if seconds_or_none is None:
                    print(f"{mode}: no rebuild reported", flush=True)
                    continue
                verdict = "within" if seconds_or_none < REBUILD_TARGET else "OVER"
                print(
                    f"{mode}: rebuild after a page edit {seconds_or_none:.2f} s "
                    f"({verdict} the {REBUILD_TARGET:.0f} s target)",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
