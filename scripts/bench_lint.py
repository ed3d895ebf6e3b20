"""Benchmark playbook-lint against proselint, and its cold start.

    python scripts/bench_lint.py                  # the numbers
    python scripts/bench_lint.py --files 500      # a quicker run
    python scripts/bench_lint.py --profile        # where playbook-lint's time goes

It writes --files resumes of --bullets bullets each under an "# Experience" heading
into a temporary folder, then times, best of --repeat, one process each over all the files,
the two commands taking turns so that the machine's drift weighs on both alike:

    playbook-lint --isolated --format json FILES
    proselint check -o json FILES

and prints the ratio of their wall and CPU times (CPU time is steadier on a busy
machine). Both run with Python's bytecode cache on, as on a user's machine: a
``PYTHONDONTWRITEBYTECODE`` in the environment is dropped for the timed commands, and
one untimed run of each fills the cache first (otherwise an editable install recompiles
every module on every run while proselint, installed into site-packages, does not).
Then it times the cold start: the median of --runs runs of ``playbook-lint --version``
against a bare ``python -c pass`` of the same environment.
It prints numbers; it asserts nothing.

The bullets are drawn from every resume bullet of the corpus's tuned parts (--pool corpus,
about 7,000 bullets written by many writers by December 2026, so each appears about twice
in 16,000; the pool grows with the corpus, and the run prints its size).
--pool seed draws from tests/lint/corpus/bullets.txt alone, the 189 tidy bullets that the
figures before 2026-12-02 were measured on: each of them appeared about 85 times, and they
are shorter and simpler than what people write.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "lint" / "corpus"
BIN = Path(sys.executable).parent
# The environment of every timed command: the bytecode cache on (see the module docstring).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def pool_files(pool: str) -> list[Path]:
    """The line files whose bullets the resumes are drawn from: the seed bullets, and for
    the corpus pool every tuned part's resume bullets (held-out sets are left alone)."""
    seed = [CORPUS / "bullets.txt"]
    if pool == "seed":
        return seed
    parts = sorted(CORPUS.glob("realworld-tuned*.txt"))
    return seed + [path for path in parts if not path.name.endswith("-answers.txt")]


def bullets(pool: str = "corpus") -> list[str]:
    """The pool's bullets, without their labels, bullet marks and trailing extra labels."""
    out = []
    for path in pool_files(pool):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                text = line[3:].split(" ## ")[0].strip()
                out.append(text.removeprefix("- ").strip())
    return out


def write_resumes(
    folder: Path, files: int, per_file: int, seed: int = 7, pool: str = "corpus"
) -> list[Path]:
    rng = random.Random(seed)
    drawn = bullets(pool)
    paths = []
    for index in range(files):
        body = "\n".join(f"- {line}" for line in rng.sample(drawn, per_file))
        path = folder / f"resume-{index:05d}.md"
        path.write_text(f"# Experience\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def best_times(
    commands: list[list[str]], repeat: int, cwd: Path
) -> list[tuple[float, float, bytes]]:
    """For each command, the best wall and CPU seconds (user + system, the process and its
    children) over `repeat` runs, and its last output. The commands take turns (A, B, A,
    B, ...) so that a machine that slows down or speeds up part way through weighs on
    each of them alike, and the ratio between them stays steady."""
    import resource

    walls = [float("inf")] * len(commands)
    cpus = [float("inf")] * len(commands)
    outs = [b""] * len(commands)
    for command in commands:
        subprocess.run(command, capture_output=True, check=False, cwd=cwd, env=ENV)  # caches
    for _ in range(repeat):
        for index, command in enumerate(commands):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, check=False, cwd=cwd, env=ENV)
            walls[index] = min(walls[index], time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            cpus[index] = min(cpus[index], cpu)
            outs[index] = done.stdout
    return list(zip(walls, cpus, outs, strict=True))


def median_ms(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of a fresh process running `command`."""
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=ENV)
        walls.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(
            ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000
        )
    return statistics.median(walls), statistics.median(cpus)


def linter() -> list[str]:
    exe = shutil.which("playbook-lint", path=str(BIN))
    return [exe] if exe else [sys.executable, "-m", "playbook_lint"]


def profile(paths: list[Path]) -> None:
    """cProfile of one in-process run of the command line over the files."""
    import contextlib
    import cProfile
    import io
    import pstats

    from playbook_lint.cli import main

    profiler = cProfile.Profile()
    with contextlib.redirect_stdout(io.StringIO()):
        profiler.runcall(main, ["--isolated", "--format", "json", *map(str, paths)])
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="resume files to lint")
    parser.add_argument("--bullets", type=int, default=8, help="bullets per resume")
    parser.add_argument("--repeat", type=int, default=3, help="runs per linter (best is kept)")
    parser.add_argument("--runs", type=int, default=31, help="cold-start runs per command")
    parser.add_argument(
        "--pool",
        choices=("corpus", "seed"),
        default="corpus",
        help="draw bullets from every tuned corpus part (default) or the 189 seed bullets",
    )
    parser.add_argument("--skip-proselint", action="store_true")
    parser.add_argument("--profile", action="store_true", help="print a cProfile and stop")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="playbook-lint-bench-") as tmp:
        folder = Path(tmp)
        paths = write_resumes(folder, args.files, args.bullets, pool=args.pool)
        names = [path.name for path in paths]
        size = sum(path.stat().st_size for path in paths) / 1e6
        distinct = len(set(bullets(args.pool)))
        print(
            f"corpus: {len(paths)} resumes of {args.bullets} bullets, {size:.2f} MB, "
            f"drawn from {distinct:,} distinct bullets (--pool {args.pool})"
        )
        if args.profile:
            profile(paths)
            return 0

        commands = [[*linter(), "--isolated", "--format", "json", *names]]
        proselint = None
        if not args.skip_proselint:
            proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
            if proselint is None:
                print("proselint: not installed (it is in the dev dependency group)")
            else:
                commands.append([proselint, "check", "-o", "json", *names])
        timed = best_times(commands, args.repeat, folder)
        ours, ours_cpu, out = timed[0]
        answers = int(out.split(b'"answers": ', 1)[1].split(b",", 1)[0]) if out else 0
        print(
            f"playbook-lint --format json: {ours:.2f} s wall, {ours_cpu:.2f} s CPU "
            f"(best of {args.repeat}, one process), {answers:,} answers, "
            f"{answers / ours:,.0f} answers/s"
        )
        if len(timed) > 1:
            theirs, theirs_cpu, _ = timed[1]
            print(
                f"proselint check -o json:     {theirs:.2f} s wall, {theirs_cpu:.2f} s CPU "
                f"(best of {args.repeat}, runs taking turns with playbook-lint's)"
            )
            print(
                f"ratio: playbook-lint is {theirs / ours:.1f}x as fast as proselint "
                f"(wall), {theirs_cpu / ours_cpu:.1f}x (CPU)"
            )

    bare, bare_cpu = median_ms([sys.executable, "-c", "pass"], args.runs)
    version, version_cpu = median_ms([*linter(), "--version"], args.runs)
    print(
        f"cold start (median of {args.runs}): python -c pass {bare:.1f} ms, "
        f"playbook-lint --version {version:.1f} ms, {version - bare:+.1f} ms wall; "
        f"CPU {bare_cpu:.1f} ms and {version_cpu:.1f} ms, {version_cpu - bare_cpu:+.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
