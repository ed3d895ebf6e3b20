"""The long builds the tests read (the site, the offline site, the book twice), started in
the background as soon as collection shows which of them the run needs.

This machine and CI have two cores and pytest uses one. The builds run one at a time in a
thread of their own, in the order the tests will ask for them, so they go on the second
core while the linter's tests run on the first. A fixture asks for its build by name and
waits for it; a run that selects no test needing a build starts none, and a build that
was not started ahead (say a fixture requested outside the hooks) runs when asked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.projects import ROOT

MKDOCS = [sys.executable, "-m", "mkdocs"]
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1"}


def site_command(config: str) -> Callable[[Path], list[str]]:
    """A strict MkDocs build of config into the folder given."""
    return lambda folder: [
        *MKDOCS,
        "build",
        "--strict",
        "--config-file",
        config,
        "--site-dir",
        str(folder),
    ]


def book_command(folder: Path) -> list[str]:
    """The PDF (and its print page, kept) into the folder given."""
    return [
        sys.executable,
        "scripts/build_pdf.py",
        "--output",
        str(folder / "playbook.pdf"),
        "--keep",
        str(folder / "print-site"),
    ]


# Fixture name -> the command that fills its folder, in no particular order: the order
# of a run is the order in which its tests first need them.
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "built_site": site_command("mkdocs.yml"),
    "offline_site": site_command("mkdocs.offline.yml"),
    "book": book_command,
    "book_again": book_command,  # the same sources once more: is the book reproducible?
}


@dataclass
class Build:
    """One build: its folder and, once it has run, what the command printed."""

    name: str
    folder: Path
    done: threading.Event = field(default_factory=threading.Event)
    result: subprocess.CompletedProcess[str] | None = None


class Builds:
    """Runs COMMANDS one at a time in a background thread; wait() hands each one over."""

    def __init__(self) -> None:
        self._scratch: Path | None = None
        self._builds: dict[str, Build] = {}
        self._lock = threading.Lock()
        self._running: subprocess.Popen[str] | None = None
        self._stopping = False

    def start(self, names: Iterable[str]) -> None:
        """Start the named builds, in this order, one after the other."""
        queue = [self._build(name) for name in dict.fromkeys(names) if name in COMMANDS]
        if queue:
            threading.Thread(target=self._run_all, args=(queue,), daemon=True).start()

    def wait(self, name: str) -> Build:
        """The finished build: run now if it was not started ahead."""
        with self._lock:
            build = self._builds.get(name)
            ahead = build is not None
        if not ahead:
            build = self._build(name)
            self._run(build)
        assert build is not None
        build.done.wait()
        return build

    def stop(self) -> None:
        """End of the session: stop a build still running and remove every folder."""
        with self._lock:
            self._stopping = True
            if self._running is not None and self._running.poll() is None:
                self._running.kill()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def _build(self, name: str) -> Build:
        with self._lock:
            if name not in self._builds:
                if self._scratch is None:
                    self._scratch = Path(tempfile.mkdtemp(prefix="playbook-tests-"))
                folder = self._scratch / name
                folder.mkdir()
                self._builds[name] = Build(name, folder)
            return self._builds[name]

    def _run_all(self, queue: list[Build]) -> None:
        for build in queue:
            self._run(build)  # (it skips a build already done)

    def _run(self, build: Build) -> None:
        with self._lock:
            if self._stopping or build.done.is_set():
                build.done.set()
                return
            process = subprocess.Popen(
                COMMANDS[build.name](build.folder),
                cwd=ROOT,
                env={**os.environ, **MKDOCS_ENV},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            self._running = process
        stdout, stderr = process.communicate()
        build.result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        build.done.set()


BUILDS = Builds()
