"""Time the checker page (docs/lint/checker.md) in headless Chromium, from a local server.

    python scripts/bench_checker.py                  # builds the site into a temp folder
    python scripts/bench_checker.py --site SITE_DIR  # or times a site already built

Two numbers, against the budgets of issue 12:

- first verdict: from opening the checker page, on a cold cache (a fresh browser
  context), with a 30-bullet resume in the #fragment as "Open in the checker" passes it,
  until the findings are on the page (budget 8 s). The median of --runs runs, with the
  bytes the server sent for it;
- re-check: the same resume edited and checked again on the loaded page, from the
  request to the findings shown (budget 150 ms), median and worst of --repeat checks,
  and the part of it spent in the worker's Python.

It prints numbers; it asserts nothing. Needs Debian's chromium (`make browser`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from book.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from book.local_site import QuietHandler, serving  # noqa: E402

BULLETS = ROOT / "tests" / "lint" / "corpus" / "bullets.txt"
DONE = "document.querySelector('#playbook-checker')?.dataset.state === 'done'"
FIRST_VERDICT_BUDGET_S = 8.0
RECHECK_BUDGET_MS = 150.0


def resume(bullets: int = 30) -> str:
    """The first ``bullets`` bullets of the labelled corpus, as one Markdown resume."""
    lines = BULLETS.read_text(encoding="utf-8").splitlines()
    items = [line[3:].split(" ## ")[0] for line in lines if line.strip() and line[0] != "#"]
    return "# Experience\n\n" + "".join(f"- {item}\n" for item in items[:bullets])


def build(target: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_checker: mkdocs build failed:\n{result.stderr[-2000:]}")


@contextmanager
def serve(site: Path) -> Iterator[tuple[str, list[int]]]:
    """The site on a loopback port; the list collects the size of every file sent."""
    sent: list[int] = []

    class Handler(QuietHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            path = Path(self.translate_path(self.path))
            if str(code) == "200" and path.is_file():
                sent.append(path.stat().st_size)

    with serving(site, Handler) as base:
        yield base, sent


def first_verdict(browser: Any, url: str, sent: list[int]) -> tuple[float, float, int]:
    """Seconds to the first verdict (wall, and in-page since navigation) and bytes sent."""
    context = browser.new_context()  # an empty cache
    page = context.new_page()
    sent.clear()
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_function(DONE, timeout=60_000, polling=10)
    wall = time.perf_counter() - started
    in_page = page.evaluate("performance.now()") / 1000
    count = page.locator(".checker__finding").count()
    context.close()
    if count == 0:
        sys.exit("bench_checker: the resume gave no findings; the page did not check it")
    return wall, in_page, sum(sent)


RECHECK = """async (text) => {
  const root = document.querySelector('#playbook-checker');
  const area = document.querySelector('#checker-text');
  const done = new Promise((resolve) =>
    root.addEventListener('checker:done', (event) => resolve(event.detail), {once: true}));
  area.value = text;
  const started = performance.now();
  document.querySelector('#checker-form').requestSubmit();
  const detail = await done;
  await new Promise(requestAnimationFrame);  // the findings are laid out
  return [performance.now() - started, detail.ms];
}"""


def rechecks(browser: Any, url: str, text: str, repeat: int) -> tuple[list[float], list[float]]:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_function(DONE, timeout=60_000)
    totals, python = [], []
    for index in range(repeat):
        edited = text.replace("- ", f"- {'Quickly ' if index % 2 else ''}", 1)
        total, worker = page.evaluate(RECHECK, edited)
        totals.append(total)
        python.append(worker)
    page.close()
    return totals, python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--runs", type=int, default=3, help="cold loads (default 3)")
    parser.add_argument("--repeat", type=int, default=30, help="re-checks (default 30)")
    args = parser.parse_args(argv)
    if not CHROMIUM.is_file():
        sys.exit("bench_checker: /usr/bin/chromium is missing: run `make browser`")
    from playwright.sync_api import sync_playwright

    text = resume()
    fragment = urlencode({"kind": "resume", "name": "resume.md", "text": text}, quote_via=quote)
    with tempfile.TemporaryDirectory(prefix="bench-checker-") as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            print("building the site ...", flush=True)
            build(site)
        with serve(site) as (base, sent), sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            url = f"{base}lint/checker/#{fragment}"
            loads = [first_verdict(browser, url, sent) for _ in range(args.runs)]
            totals, python = rechecks(browser, url, text, args.repeat)
            browser.close()
    wall = statistics.median(load[0] for load in loads)
    in_page = statistics.median(load[1] for load in loads)
    print(f"checker page, 30-bullet resume ({len(text):,} characters), Chromium, local server")
    print(
        f"first verdict, cold cache: median {wall:.2f} s of {args.runs} "
        f"(in page {in_page:.2f} s; {loads[0][2] / 1e6:.1f} MB sent); "
        f"budget {FIRST_VERDICT_BUDGET_S:.0f} s"
    )
    print(
        f"re-check: median {statistics.median(totals):.0f} ms, worst {max(totals):.0f} ms "
        f"of {args.repeat} (Python in the worker: median {statistics.median(python):.0f} ms); "
        f"budget {RECHECK_BUDGET_MS:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
