"""A built site served from its folder on a free loopback port, as `mkdocs serve` would show
it: the one definition the browser tests and the benchmarks use. (A reader needs no
server of ours; the tests need one because a Web Worker cannot load from file://.)"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the folder's files and logs nothing per request."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(site: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """The base URL (ending in '/') of `site`, served by `handler` until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
