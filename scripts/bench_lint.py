"""Benchmark playbook-lint: throughput, cold start, and proselint on the same files.

    python scripts/bench_lint.py                 # the numbers
    python scripts/bench_lint.py --answers 20000

It writes a corpus of at least --answers answers (Markdown resumes, STAR stories and
design answers assembled from tests/lint/corpus/) into a temporary folder, lints it in
process on one core, times the console script's cold start, runs proselint's checks on
the same files, and prints the ratio. It prints numbers; it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "lint" / "corpus"


def _bullets() -> list[str]:
    lines = (CORPUS / "bullets.txt").read_text(encoding="utf-8").splitlines()
    return [
        line[3:].split(" ## ")[0] for line in lines if line.strip() and not line.startswith("#")
    ]


def _long_answers() -> list[tuple[str, str]]:
    import yaml

    items: list[tuple[str, str]] = []
    for name in ("stories.yaml", "designs.yaml"):
        for item in yaml.safe_load((CORPUS / name).read_text(encoding="utf-8")):
            items.append((item["kind"], item["text"]))
    return items


def write_corpus(folder: Path, answers: int, seed: int = 7) -> tuple[list[Path], int]:
    """Resumes of 6 to 14 bullets, and one STAR story or design answer per 8 resumes."""
    rng = random.Random(seed)
    bullets = _bullets()
    long_answers = _long_answers()
    paths: list[Path] = []
    total = 0
    index = 0
    while total < answers:
        index += 1
        if index % 9 == 0:
            kind, text = rng.choice(long_answers)
            path = folder / f"{kind}-{index:05d}.md"
            path.write_text(f"---\nlint:\n  kind: {kind}\n---\n\n{text}", encoding="utf-8")
            total += 1
        else:
            picked = rng.sample(bullets, rng.randint(6, 14))
            body = "\n".join(f"- {line}" for line in picked)
            path = folder / f"resume-{index:05d}.md"
            path.write_text(f"## Experience\n\n{body}\n", encoding="utf-8")
            total += len(picked)
        paths.append(path)
    return paths, total


def bench_playbook(paths: list[Path], repeat: int) -> tuple[float, float, int, int]:
    """Best-of-`repeat` wall and CPU seconds to lint every file in process."""
    from playbook_lint.engine import Selection, lint_document
    from playbook_lint.inputs import read

    selection = Selection()
    best_wall = best_cpu = float("inf")
    answers = findings = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        answers = findings = 0
        for path in paths:
            name = str(path)
            doc = read(name, path.read_bytes())
            findings += len(lint_document(doc, selection))
            answers += len(doc.answers)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, answers, findings


def bench_proselint(paths: list[Path], repeat: int) -> tuple[float, float, int] | None:
    """Best-of-`repeat` wall and CPU seconds for proselint's checks on the same files."""
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    best_wall = best_cpu = float("inf")
    found = 0
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        found = 0
        for path in paths:
            found += len(LintFile(str(path), path.read_text(encoding="utf-8")).lint(DEFAULT))
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, found


def cold_start(args: list[str], runs: int) -> tuple[float, float]:
    """Median and best wall time of a fresh `playbook-lint ARGS` process, in ms."""
    exe = shutil.which("playbook-lint", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "playbook_lint"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, *args], capture_output=True, check=False, cwd=ROOT)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000, help="answers to lint (at least)")
    parser.add_argument("--repeat", type=int, default=5, help="playbook-lint passes (best is kept)")
    parser.add_argument(
        "--proselint-repeat", type=int, default=2, help="proselint passes (best is kept)"
    )
    parser.add_argument("--runs", type=int, default=15, help="cold-start runs per command")
    parser.add_argument("--skip-proselint", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="playbook-lint-bench-") as tmp:
        folder = Path(tmp)
        paths, answers = write_corpus(folder, args.answers)
        size = sum(path.stat().st_size for path in paths)
        mb = size / 1e6
        print(f"corpus: {len(paths)} files, {answers} answers, {mb:.2f} MB")

        wall, cpu, linted, findings = bench_playbook(paths, args.repeat)
        print(
            f"playbook-lint (best of {args.repeat}): {wall:.2f} s wall, {cpu:.2f} s CPU (1 core) "
            f"for {linted} answers, {findings} findings"
        )
        print(
            f"  throughput: {linted / cpu:,.0f} answers/s per core (CPU), "
            f"{linted / wall:,.0f} answers/s wall; "
            f"{mb / cpu:.2f} MB/s (CPU), {mb / wall:.2f} MB/s wall"
        )

        one_file = str(paths[0])
        for label, command in (
            ("--version", ["--version"]),
            ("one file", ["--isolated", one_file]),
        ):
            median, best = cold_start(command, args.runs)
            print(f"cold start, playbook-lint {label}: median {median:.0f} ms, best {best:.0f} ms")
        whole, _ = cold_start(["--isolated", "--format", "json", str(folder)], 3)
        print(
            f"end to end, playbook-lint --format json on the corpus folder: {whole / 1000:.2f} s "
            f"({answers / (whole / 1000):,.0f} answers/s, start-up included)"
        )

        if args.skip_proselint:
            return 0
        prose = bench_proselint(paths, args.proselint_repeat)
        if prose is None:
            print("proselint: not installed (pip install proselint)")
            return 0
        p_wall, p_cpu, p_found = prose
        print(
            f"proselint (best of {args.proselint_repeat}): {p_wall:.2f} s wall, "
            f"{p_cpu:.2f} s CPU on the same files, "
            f"{p_found} findings"
        )
        print(
            f"  throughput: {linted / p_cpu:,.0f} answers/s per core (CPU), "
            f"{mb / p_cpu:.2f} MB/s (CPU)"
        )
        print(
            f"ratio: playbook-lint is {p_cpu / cpu:.1f}x proselint's throughput "
            "(best CPU time of each)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
