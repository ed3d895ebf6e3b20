"""An incremental parser for server-sent events, and the token stream of a chat model on top.

The parser follows the event-stream interpretation rules of the WHATWG HTML Standard
(section 9.2.6): the bytes are UTF-8 (one leading byte order mark is dropped); lines end
in CRLF, LF or CR; a blank line dispatches the event; a line starting with a colon is a
comment; ``field: value`` loses one space after the colon; ``data`` lines are joined
with LF; ``id`` containing NUL is ignored; ``retry`` must be ASCII digits; an event whose
data buffer is empty is not dispatched; and an event still open at the end of the
stream is discarded. Chunks may split the stream anywhere, inside a multi-byte
character or between the CR and LF of one line ending, and the output is the same.

``stream_deltas`` reads a chat-completion stream in the common OpenAI-compatible shape:
each event's data is a JSON object whose ``choices[0].delta.content`` holds the next
piece of text, and the literal data ``[DONE]`` ends the stream. A stream that stops
without ``[DONE]`` was cut off, and is an error rather than a short answer.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Event:
    type: str
    data: str
    last_event_id: str


class SSEError(Exception):
    """The stream breaks a limit or carries an error the caller must see."""


class SSEParser:
    def __init__(self, max_line_chars: int = 1_000_000) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False  # the byte order mark is dropped once, at the very start
        self._skip_lf = False  # the last chunk ended in CR: a leading LF completes CRLF
        self._partial: list[str] = []
        self._partial_len = 0
        self._data: list[str] = []
        self._event_type = ""
        self._id_buffer = ""
        self.last_event_id = ""
        self.retry_ms: int | None = None
        self.max_line_chars = max_line_chars

    def feed(self, chunk: bytes) -> list[Event]:
        """Parse the next bytes; return the events completed by them."""
        return self._feed_text(self._decoder.decode(chunk))

    def close(self) -> list[Event]:
        """End of stream: complete lines are processed; an open event is discarded."""
        events = self._feed_text(self._decoder.decode(b"", final=True))
        self._partial, self._partial_len = [], 0
        self._data, self._event_type = [], ""
        return events

    def _feed_text(self, text: str) -> list[Event]:
        if not text:
            return []
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._skip_lf and text.startswith("\n"):
            text = text[1:]
        self._skip_lf = False
        events: list[Event] = []
        start = 0
        for match in _EOL.finditer(text):
            self._partial.append(text[start : match.start()])
            line = "".join(self._partial)
            self._partial, self._partial_len = [], 0
            event = self._process_line(line)
            if event is not None:
                events.append(event)
            start = match.end()
            if match.group() == "\r" and start == len(text):
                self._skip_lf = True
        if start < len(text):
            rest = text[start:]
            self._partial.append(rest)
            self._partial_len += len(rest)
            if self._partial_len > self.max_line_chars:
                raise SSEError(f"line longer than {self.max_line_chars} characters")
        return events

    def _process_line(self, line: str) -> Event | None:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment, often a keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event_type = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._id_buffer = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry_ms = int(value)
        return None  # unknown fields are ignored

    def _dispatch(self) -> Event | None:
        self.last_event_id = self._id_buffer
        data, event_type = self._data, self._event_type
        self._data, self._event_type = [], ""
        if not data:
            return None
        return Event(event_type or "message", "\n".join(data), self.last_event_id)


@dataclass
class StreamStats:
    events: int = 0
    deltas: int = 0
    finish_reason: str | None = None
    usage: dict[str, int] = field(default_factory=dict)


def stream_deltas(chunks: Iterable[bytes], stats: StreamStats | None = None) -> Iterator[str]:
    """Yield each piece of generated text as it arrives; raise if the stream is cut off."""
    stats = stats if stats is not None else StreamStats()
    parser = SSEParser()

    def read() -> Iterator[Event]:
        for chunk in chunks:
            yield from parser.feed(chunk)
        yield from parser.close()

    for event in read():
        stats.events += 1
        if event.data == "[DONE]":
            return
        where = f"event {stats.events}" + (
            f" (id {event.last_event_id})" if event.last_event_id else ""
        )
        try:
            payload = json.loads(event.data)
        except json.JSONDecodeError as error:
            raise SSEError(f"{where}: data is not JSON: {error.msg}") from None
        if event.type == "error" or (isinstance(payload, dict) and "error" in payload):
            raise SSEError(f"{where}: the server sent an error: {event.data[:200]}")
        if not isinstance(payload, dict):
            raise SSEError(f"{where}: data is not a JSON object")
        if isinstance(payload.get("usage"), dict):
            stats.usage = {k: v for k, v in payload["usage"].items() if isinstance(v, int)}
        for choice in payload.get("choices") or []:
            if choice.get("finish_reason"):
                stats.finish_reason = choice["finish_reason"]
            content = (choice.get("delta") or {}).get("content")
            if content:
                stats.deltas += 1
                yield content
    raise SSEError("the stream ended before [DONE]: the answer is incomplete")
