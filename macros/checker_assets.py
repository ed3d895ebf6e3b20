"""MkDocs hook: serve the checker page's Python runtime from the site itself.

The checker page (docs/lint/checker.md) runs playbook-lint in the browser with Pyodide,
inside a Web Worker. Nothing comes from a CDN: this hook adds to the build

- ``assets/checker/pyodide/``: the five files of the ``pyodide`` npm package that a
  Web Worker needs (installed by ``npm ci`` from package-lock.json);
- ``assets/checker/wheels/``: the linter's own wheel (``pip wheel --no-deps`` of this
  repository), the markdown-it-py, mdurl and pylatexenc wheels (pylatexenc reads LaTeX
  resumes) and PyYAML's pure-Python modules (PyYAML is not in Pyodide's core; its sdist
  from PyPI holds them), each at the version installed in the build's environment, so the
  browser runs what the command line runs;
- ``assets/checker/manifest.json``: what the worker unpacks, and each rule's page.

Building wheels and downloading from PyPI happen once per content of the linter's
sources and dependency versions: the results are kept in ``.cache/checker/<key>/``.
Sites without the checker page (the one-page test projects) and the PDF build get
nothing. Listed under ``hooks:`` in mkdocs.yml (mkdocs.offline.yml repeats the list).
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

# MkDocs loads hooks by file path; macros/ is site code in the project folder.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import page_index  # noqa: E402

log = logging.getLogger("mkdocs.plugins.playbook.checker")

CHECKER_PAGE = "lint/checker.md"
ASSETS = "assets/checker"
# What a Web Worker needs from the npm package: the ES module loader, the Emscripten
# module and its WebAssembly, the standard library and the lock file it reads at start.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# The linter's runtime dependencies, vendored at the versions this build runs with, and
# pylatexenc, the one pure-Python reader dependency of the `formats` extra (.tex files).
WHEELS = ("markdown-it-py", "mdurl", "pylatexenc")
PURE_PACKAGES = {"PyYAML": "yaml"}  # distribution -> its pure-Python package
CACHE_FORMAT = "1"  # bump when the cache layout changes


class VendorError(Exception):
    """A vendoring step failed; the message says which and what to do."""


def _root(config: Any) -> Path:
    return Path(config["config_file_path"]).resolve().parent


def linter_sources(root: Path) -> list[Path]:
    """Every file that goes into the linter's wheel, plus the packaging metadata."""
    package = root / "lint" / "playbook_lint"
    files = [
        path
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    ]
    return [*sorted(files), root / "pyproject.toml"]


def dependency_versions() -> dict[str, str]:
    """The installed version of each vendored dependency (what the command line uses)."""
    versions = {}
    for name in (*WHEELS, *PURE_PACKAGES):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise VendorError(
                f"{name} is not installed: run `make serve` (it installs it)"
            ) from None
    return versions


def cache_key(root: Path, versions: dict[str, str]) -> str:
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    for path in linter_sources(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    digest.update(json.dumps(versions, sort_keys=True).encode())
    digest.update(sys.version.split()[0].encode())
    return digest.hexdigest()[:16]


def _pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise VendorError(f"`pip {' '.join(args[:2])} ...` failed: {last}")


def _pure_package_zip(distribution: str, package: str, target: Path) -> None:
    """Zip the pure-Python modules of ``package`` as installed from ``distribution``.

    PyYAML's wheels carry an optional C extension beside the same pure-Python modules
    that its sdist holds; without the extension ``yaml`` falls back to them.
    """
    modules = [
        entry
        for entry in metadata.files(distribution) or []
        if entry.parts[0] == package and entry.suffix == ".py"
    ]
    if not modules:
        raise VendorError(f"{distribution} has no {package}/*.py modules installed")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for entry in sorted(modules, key=str):
            out.writestr(entry.as_posix(), Path(str(entry.locate())).read_bytes())


def _linter_wheel(root: Path, wheels: Path, work: Path) -> None:
    """``pip wheel --no-deps`` of the linter, from a copy of just what the wheel needs.

    Building in the repository itself would let setuptools walk node_modules/ and .venv/
    (minutes); the copy holds pyproject.toml, README.md and lint/playbook_lint/.
    """
    source = work / "source"
    (source / "lint").mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(root / name, source / name)
    shutil.copytree(
        root / "lint" / "playbook_lint",
        source / "lint" / "playbook_lint",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), str(source))


def is_pure_wheel(name: str) -> bool:
    """Whether a wheel's file name says it runs on any Python 3 (``py3`` or ``py2.py3``),
    with no compiled part (ABI ``none``, platform ``any``)."""
    if not name.endswith(".whl"):
        return False
    python, abi, platform = name[: -len(".whl")].split("-")[-3:]
    return "py3" in python.split(".") and abi == "none" and platform == "any"


def build_vendor(root: Path, versions: dict[str, str], target: Path) -> None:
    """Fill ``target`` with the linter's wheel, the dependency wheels and pure zips."""
    with tempfile.TemporaryDirectory(prefix="checker-") as scratch:
        work = Path(scratch)
        wheels = work / "wheels"
        wheels.mkdir()
        _linter_wheel(root, wheels, work)
        pins = [f"{name}=={versions[name]}" for name in WHEELS]
        _pip("download", "--no-deps", "--quiet", "--only-binary=:all:", "-d", str(wheels), *pins)
        for name, package in PURE_PACKAGES.items():
            _pure_package_zip(name, package, wheels / f"{package}-{versions[name]}-pure.zip")
        for wheel in wheels.glob("*.whl"):
            if not is_pure_wheel(wheel.name):
                raise VendorError(f"{wheel.name} is not a pure-Python wheel")
        # A folder of this process's own, renamed whole: two builds at once (the tests
        # build in the background, or `make serve` beside `make test`) never share one.
        partial = target.with_name(f"{target.name}{PARTIAL}{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.copytree(wheels, partial)
        try:
            partial.rename(target)
        except OSError:  # another build finished the same set first
            shutil.rmtree(partial, ignore_errors=True)
            if not target.is_dir():
                raise


# The suffix of a set being written (then the writer's process id)
PARTIAL = ".partial-"


def _in_progress(folder: Path) -> bool:
    """Another build's set being written: a partial folder touched in the last hour."""
    return PARTIAL in folder.name and time.time() - folder.stat().st_mtime < 3600


def vendored(root: Path) -> Path:
    """The folder of vendored wheels and zips for the current sources, built if missing."""
    versions = dependency_versions()
    cache = root / ".cache" / "checker"
    target = cache / cache_key(root, versions)
    if not target.is_dir():
        log.info("checker: vendoring the linter's wheel and its dependencies into %s", target)
        cache.mkdir(parents=True, exist_ok=True)
        build_vendor(root, versions, target)
        for old in cache.iterdir():  # keep only the current set (and others' work)
            if old != target and not _in_progress(old):
                shutil.rmtree(old, ignore_errors=True)
    return target


def pyodide_folder(root: Path) -> Path:
    folder = root / "node_modules" / "pyodide"
    missing = [name for name in PYODIDE_FILES if not (folder / name).is_file()]
    if missing:
        raise VendorError(
            f"node_modules/pyodide/{missing[0]} is missing: run `npm ci` "
            "(make serve and make offline do it)"
        )
    return folder


def manifest(folder: Path, files: Files) -> dict[str, Any]:
    """What the worker loads, in order, and the site path of every rule's page."""
    pyodide = json.loads((folder.parent.parent / "package.json").read_text(encoding="utf-8"))
    rules = {
        Path(file.src_uri).stem: file.url
        for file in files.documentation_pages()
        if file.src_uri.startswith("lint/rules/")
    }
    return {
        "pyodide": pyodide["dependencies"]["pyodide"],
        "archives": [],
        "rules": dict(sorted(rules.items())),
    }


def on_files(files: Files, config: Any) -> Files:
    if files.get_file_from_path(CHECKER_PAGE) is None or "print-site" in config["plugins"]:
        return files
    root = _root(config)
    try:
        folder = pyodide_folder(root)
        vendor = vendored(root)
    except VendorError as error:
        raise Abort(f"checker: {error}") from None
    for name in PYODIDE_FILES:
        files.append(
            File.generated(config, f"{ASSETS}/pyodide/{name}", abs_src_path=str(folder / name))
        )
    listing = manifest(folder, files)
    for archive in sorted(vendor.iterdir()):
        listing["archives"].append(archive.name)
        files.append(
            File.generated(config, f"{ASSETS}/wheels/{archive.name}", abs_src_path=str(archive))
        )
    files.append(
        File.generated(config, f"{ASSETS}/manifest.json", content=json.dumps(listing, indent=1))
    )
    return files


def example_text(example: page_index.Page) -> str:
    """An example answer as the checker gets it: its ``lint:`` kind and required rules
    as front matter (so the checker applies the rules the page's verdict line names),
    then the answer as the page shows it."""
    lint = example.meta.lint
    if lint is None:
        return example.body.strip("\n") + "\n"
    head = f"---\nlint:\n  kind: {lint.kind.value}\n"
    if lint.require:
        head += f"  require: [{', '.join(lint.require)}]\n"
    return f"{head}---\n\n{example.body.strip(chr(10))}\n"


def example_fragment(example: page_index.Page) -> str:
    """The #fragment of an "Open in the checker" link: it never reaches a server."""
    lint = example.meta.lint
    fields = {"kind": lint.kind.value} if lint is not None else {}
    fields |= {"name": f"{example.slug}.md", "text": example_text(example)}
    return urlencode(fields, quote_via=quote)


# The link that macros/render.py puts under every example answer (attr_list output).
_OPEN_LINK = re.compile(r'<a\b[^>]*\bdata-checker-example="([^"]+)"[^>]*>')
_HREF = re.compile(r'\bhref="([^"#]*)[^"]*"')


def open_links(content: str) -> str:
    """Give every "Open in the checker" link its example's text in the #fragment."""
    index = page_index.current
    examples = index.examples() if index is not None else {}

    def replace(match: re.Match[str]) -> str:
        slug = html.unescape(match.group(1))
        if slug not in examples:
            raise Abort(f"checker: no example answer named {slug!r} for its checker link")
        fragment = html.escape(example_fragment(examples[slug]))
        return _HREF.sub(lambda href: f'href="{href.group(1)}#{fragment}"', match.group(0), 1)

    return _OPEN_LINK.sub(replace, content)


# The Markdown of that link, as macros/render.py writes it, with the dot before it.
_OPEN_LINK_MARKDOWN = re.compile(
    r' · \[Open in the checker\]\([^)\s]*\)\{ data-checker-example="[^"]+" \}'
)


def drop_open_links(markdown: str) -> str:
    """The PDF has no checker to open: remove the links and the dot before each."""
    return _OPEN_LINK_MARKDOWN.sub("", markdown)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """In the PDF build (print-site), example answers lose their checker link."""
    if "print-site" in config["plugins"] and "data-checker-example=" in markdown:
        return drop_open_links(markdown)
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Fill the checker links; the checker page, and only it, loads the checker's files."""
    if "data-checker-example=" in html:
        html = open_links(html)
    if page.file.src_uri != CHECKER_PAGE or "print-site" in config["plugins"]:
        return html
    css = get_relative_url(f"{ASSETS}/checker.css", page.url)
    script = get_relative_url(f"{ASSETS}/checker.js", page.url)
    return f'<link rel="stylesheet" href="{css}">\n{html}\n<script src="{script}"></script>\n'
