"""Debian's Chromium as every part of the project drives it: the one definition of its path
and flags, for the PDF export, the benchmarks and the browser tests.

The flags keep Chromium from calling home on a machine whose only network is loopback;
PLAYBOOK_CHROMIUM points at another build (for example on a machine that is not Debian).
"""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING = f"Chromium is missing at {CHROMIUM}: run `make browser` (apt-get install chromium)"
