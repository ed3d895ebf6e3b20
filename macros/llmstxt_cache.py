"""MkDocs hook: the mkdocs-llmstxt plugin converts a page to Markdown once per content.

The plugin turns every page's HTML back into Markdown (BeautifulSoup, markdownify, then
mdformat) on every build: about half of a build of the playbook. The conversion depends
only on the HTML and a few settings, so this hook wraps the plugin's converter with a
cache keyed by a hash of all of them and of the versions of the libraries that do it:

- in memory, for ``mkdocs serve`` (its rebuilds run in the same process; this module is
  imported as ``macros.llmstxt_cache`` and outlives the hook modules MkDocs reloads on
  every rebuild);
- on disk in ``.cache/llmstxt/`` next to mkdocs.yml, for the next ``mkdocs build``;
  entries that no build used for a week are deleted.

The output is what the plugin writes without the cache. ``macros/hooks.py`` calls
:func:`on_config` and :func:`on_post_build`; a config without the
llmstxt plugin is left alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.playbook.llmstxt")

CACHE_FORMAT = "1"  # bump when the key or the file layout changes
KEEP_DAYS = 7  # an entry no build used for this long is deleted
LIBRARIES = ("mkdocs-llmstxt", "mdformat", "markdownify", "beautifulsoup4", "markdown-it-py")
_WRAPPED = "_playbook_cached"

_memory: dict[str, str] = {}
_state: dict[str, Any] = {"folder": None, "used": set()}


def _versions() -> list[str]:
    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}==?")
    return found


def cache_key(html: str, settings: dict[str, Any], versions: list[str]) -> str:
    """A hash of everything the converted Markdown depends on."""
    preprocess = settings.get("preprocess")
    if preprocess:  # the user's module can change without its path changing
        settings = {**settings, "preprocess_source": Path(preprocess).read_text("utf-8")}
    else:  # the output path (under the site folder) only reaches a preprocess module
        settings = {name: value for name, value in settings.items() if name != "path"}
    head = json.dumps([CACHE_FORMAT, versions, settings], sort_keys=True, default=str)
    return hashlib.sha256(head.encode() + b"\0" + html.encode()).hexdigest()


def _read(stored: Path) -> str | None:
    """A stored conversion, or None (missing, or removed by a build running beside this one)."""
    try:
        return stored.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(stored: Path, markdown: str) -> None:
    """Store a conversion whole (a private temporary file, then a rename) or not at all."""
    partial = stored.with_name(f"{stored.stem}.{os.getpid()}.tmp")
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(markdown, encoding="utf-8")
        partial.replace(stored)
    except OSError as error:  # a cache that cannot be written only costs time
        log.debug("llms.txt cache: %s not stored: %s", stored.name, error)
        partial.unlink(missing_ok=True)


def cached(convert: Callable[..., str], versions: list[str]) -> Callable[..., str]:
    """``convert`` (the plugin's ``_generate_page_markdown``) behind the two caches."""

    def generate(html: str, **settings: Any) -> str:
        key = cache_key(html, settings, versions)
        _state["used"].add(key)
        if key in _memory:
            return _memory[key]
        folder: Path | None = _state["folder"]
        markdown = _read(folder / f"{key}.md") if folder is not None else None
        if markdown is None:
            markdown = convert(html, **settings)
            if folder is not None:
                _write(folder / f"{key}.md", markdown)
        _memory[key] = markdown
        return markdown

    setattr(generate, _WRAPPED, True)
    return generate


def on_config(config: Any) -> Any:
    if "llmstxt" not in config["plugins"]:
        return config
    from mkdocs_llmstxt._internal import plugin  # the converter the plugin calls per page

    convert = getattr(plugin, "_generate_page_markdown", None)
    if convert is None:
        log.warning("mkdocs-llmstxt has no _generate_page_markdown: pages are not cached")
        return config
    if not getattr(convert, _WRAPPED, False):
        plugin._generate_page_markdown = cached(convert, _versions())
    root = Path(config["config_file_path"]).resolve().parent
    _state["folder"] = root / ".cache" / "llmstxt"
    _state["used"] = set()
    return config


def on_post_build(config: Any) -> None:
    """Drop what no build used for KEEP_DAYS (builds beside this one, of other versions
    of the pages, share the folder: entries this build did not use may be theirs)."""
    used: set[str] = _state["used"]
    for key in [key for key in _memory if key not in used]:
        del _memory[key]
    folder: Path | None = _state["folder"]
    if folder is None or not folder.is_dir():
        return
    now = time.time()
    for stored in folder.glob("*.md"):
        try:
            if stored.stem in used:
                os.utime(stored)  # the age counts from the last build that used it
            elif now - stored.stat().st_mtime > KEEP_DAYS * 86400:
                stored.unlink()
        except OSError:
            continue
