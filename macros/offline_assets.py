"""MkDocs hook for the offline build: serve the iframe-worker shim from the site itself.

Search runs in a web worker, which browsers refuse to start from file://; the shim runs
it in an iframe instead. Material's offline plugin would load the shim from a CDN, so
mkdocs.offline.yml lists this local copy, installed by npm from package-lock.json.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

SHIM_SOURCE = Path("node_modules/iframe-worker/shim/index.js")
SHIM_URI = "assets/javascripts/iframe-worker-shim.js"


def on_files(files: Files, config: Any) -> Files:
    source = Path(config["config_file_path"]).parent / SHIM_SOURCE
    if not source.is_file():
        raise Abort(f"{SHIM_SOURCE} is missing: run `npm ci` (make offline does it for you)")
    files.append(File.generated(config, SHIM_URI, abs_src_path=str(source)))
    return files
