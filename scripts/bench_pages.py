"""First load of site pages, in KB transferred: headless Chromium, a fresh context per page.

Builds the site into a temporary folder (or takes a built one with --site), serves it on
a loopback port and opens each page in a new browser context (cold cache). It prints
what the page transferred until the network went quiet, by resource type, then what
opening search adds (the search index loads on first use of search). Budget: a question
page's first load at most 500 KB, the search index included if it loads with the page.

    .venv/bin/python scripts/bench_pages.py
    .venv/bin/python scripts/bench_pages.py --site SITE_DIR questions/coding/heavy-hitters/

Prints numbers and asserts nothing. Exit codes: 2 when Chromium or Playwright is
missing, 3 when the site does not build or a page does not load.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from book.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from book.local_site import serving  # noqa: E402

BUDGET_KB = 500
DEFAULT_PAGES = [
    "questions/system-design/rag-assistant/",
    "questions/coding/corrupted-tfrecord-loader/",
    "questions/",
    "",
]


def build(target: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"bench_pages: mkdocs build failed: {last}", file=sys.stderr)
        raise SystemExit(3)


def _sizes(requests: list[Any]) -> tuple[Counter[str], int]:
    """Bytes by resource type as served here, and the total if the host gzipped text."""
    served: Counter[str] = Counter()
    zipped = 0
    for request in requests:
        sizes = request.sizes()
        headers = sizes["responseHeadersSize"]
        served[request.resource_type] += sizes["responseBodySize"] + headers
        response = request.response()
        body = response.body() if response is not None else b""
        kind = response.headers.get("content-type", "") if response is not None else ""
        text = any(word in kind for word in ("text", "javascript", "json", "xml", "svg"))
        zipped += headers + (len(gzip.compress(body, 6)) if text else len(body))
    return served, zipped


def measure(browser: Any, url: str) -> tuple[Counter[str], int, Counter[str], int]:
    """Bytes on first load, then added by opening search (each also gzipped)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    loads: list[Any] = []
    page.on("requestfinished", lambda request: loads.append(request))
    response = page.goto(url, wait_until="networkidle")
    if response is None or not response.ok:
        print(f"bench_pages: {url} did not load", file=sys.stderr)
        raise SystemExit(3)
    page.wait_for_timeout(500)
    first, first_zipped = _sizes(loads)
    seen = len(loads)
    box = page.locator("input[data-md-component='search-query']")
    if box.count():
        if not box.is_visible():  # phone layout: open search with its toggle
            page.locator("label[for='__search']").first.click()
        box.click()
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
    search, search_zipped = _sizes(loads[seen:])
    context.close()
    return first, first_zipped, search, search_zipped


def question_pages() -> list[str]:
    """The site path of every question page, from the front matter index."""
    sys.path.insert(0, str(ROOT))
    from macros.page_index import PageIndex

    pages = PageIndex.build(ROOT / "docs").select(kind="question")
    return [page.src.removesuffix(".md") + "/" for page in pages]


def kb(size: int) -> str:
    return f"{size / 1024:,.1f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", default=DEFAULT_PAGES, help="site paths to open")
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument(
        "--questions",
        action="store_true",
        help="open every question page (kind: question) and print the largest first loads",
    )
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench_pages: Playwright is missing: run `make test` once", file=sys.stderr)
        return 2
    if not CHROMIUM.exists():
        print("bench_pages: /usr/bin/chromium is missing: run `make browser`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            build(site)
        index = site / "search/search_index.json"
        if index.is_file():
            print(f"search index on disk: {kb(index.stat().st_size)}")
        with serving(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            if args.questions:
                sizes = sorted(
                    (sum(measure(browser, base + path)[0].values()), path)
                    for path in question_pages()
                )
                over = [path for size, path in sizes if size > BUDGET_KB * 1024]
                print(
                    f"{len(sizes)} question pages: median {kb(sizes[len(sizes) // 2][0])}, "
                    f"largest {kb(sizes[-1][0])} (/{sizes[-1][1]}), "
                    f"{len(over)} over {BUDGET_KB} KB"
                )
                for size, path in sizes[-3:]:
                    print(f"    /{path}: {kb(size)}")
                browser.close()
                return 0
            for path in args.pages:
                first, first_zipped, search, search_zipped = measure(browser, base + path)
                total = sum(first.values())
                verdict = "within" if total <= BUDGET_KB * 1024 else "OVER"
                parts = ", ".join(f"{kind} {kb(size)}" for kind, size in first.most_common())
                print(f"/{path}: first load {kb(total)} ({verdict} the {BUDGET_KB} KB budget)")
                print(f"    {parts}")
                print(f"    {kb(first_zipped)} if the host gzips text (GitHub Pages does)")
                print(
                    f"    opening search adds {kb(sum(search.values()))}"
                    f" ({kb(search_zipped)} gzipped)"
                )
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
