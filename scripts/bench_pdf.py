"""Time the PDF export of the whole playbook (target: under 20 s on 2 shared cores).

    .venv/bin/python scripts/bench_pdf.py [--runs 3]

Each run is the full export that `make pdf` does (MkDocs build of the print page, two
Chromium prints, the two sheets, finishing), written to a temporary folder, never into
site/. Prints each run's phases, then the best and median time, the page count, the size
and the bookmark count.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from book.errors import BuildError
from book.pdf.build import BuildResult, build

TARGET_SECONDS = 20.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the PDF export of the whole playbook.")
    parser.add_argument("--runs", type=int, default=1, help="how many full exports (default 1)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        print("bench_pdf: --runs must be at least 1", file=sys.stderr)
        return 2
    results: list[BuildResult] = []
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="playbook-pdf-bench-") as scratch:
        for run in range(1, args.runs + 1):
            try:
                result = build(Path(scratch) / "playbook.pdf")
            except BuildError as error:
                print(f"bench_pdf: {error}", file=sys.stderr)
                return error.exit_code
            phases = ", ".join(f"{name} {secs:.1f} s" for name, secs in result.seconds.items())
            print(f"run {run}: {result.total_seconds:.1f} s ({phases})")
            results.append(result)
            # Measured now: the temporary folder goes away after the last run.
            sizes = {
                path.name: path.stat().st_size for path in [result.output, *result.sheets.values()]
            }
    times = [result.total_seconds for result in results]
    last = results[-1]
    verdict = "within" if min(times) < TARGET_SECONDS else "OVER"
    print(
        f"export time: best {min(times):.1f} s, median {statistics.median(times):.1f} s "
        f"over {len(times)} run{'s' if len(times) != 1 else ''} "
        f"({verdict} the {TARGET_SECONDS:.0f} s target)"
    )
    print(f"pages: {last.pages}")
    for name, size in sizes.items():
        print(f"{name}: {size / 1e6:.2f} MB")
    print(f"bookmarks: {last.bookmarks}")
    print(
        "tagged (structure tree for screen readers): "
        f"{'yes' if last.tagged else 'no, on purpose: about 2 MB and 8 s (README)'}"
    )
    print(f"contents entries: {last.toc_entries}, content tabs printed: {last.tabs}")
    return 0 if min(times) < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
