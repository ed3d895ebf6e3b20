"""Time the PDF export of the whole playbook (target: under 30 s on 2 shared cores).

    .venv/bin/python scripts/bench_pdf.py [--runs 3]

Each run is the full export that `make pdf` does (MkDocs build of the print page, two
Chromium prints, metadata), written to a temporary file, never into site/. Prints each
run's phases, then the best and median time, the page count and the bookmark count.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_pdf import BuildResult, PdfBuildError, build

TARGET_SECONDS = 30.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the PDF export of the whole playbook.")
    parser.add_argument("--runs", type=int, default=1, help="how many full exports (default 1)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        print("bench_pdf: --runs must be at least 1", file=sys.stderr)
        return 2
    results: list[BuildResult] = []
    with tempfile.TemporaryDirectory(prefix="playbook-pdf-bench-") as scratch:
        for run in range(1, args.runs + 1):
            try:
                result = build(Path(scratch) / "playbook.pdf")
            except PdfBuildError as error:
                print(f"bench_pdf: {error}", file=sys.stderr)
                return error.exit_code
            phases = ", ".join(f"{name} {secs:.1f} s" for name, secs in result.seconds.items())
            print(f"run {run}: {result.total_seconds:.1f} s ({phases})")
            results.append(result)
    times = [result.total_seconds for result in results]
    last = results[-1]
    verdict = "within" if min(times) < TARGET_SECONDS else "OVER"
    print(
        f"export time: best {min(times):.1f} s, median {statistics.median(times):.1f} s "
        f"over {len(times)} run{'s' if len(times) != 1 else ''} "
        f"({verdict} the {TARGET_SECONDS:.0f} s target)"
    )
    print(f"pages: {last.pages}")
    print(f"bookmarks: {last.bookmarks}")
    print(f"contents entries: {last.toc_entries}, content tabs printed: {last.tabs}")
    return 0 if min(times) < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
