"""Server-sent events: the WHATWG parsing rules, any chunking, and a chat token stream."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solutions.sse_parser import Event, SSEError, SSEParser, StreamStats, stream_deltas


def parse(stream: bytes, chunk_sizes: list[int] | None = None) -> list[Event]:
    parser = SSEParser()
    events: list[Event] = []
    if chunk_sizes is None:
        events += parser.feed(stream)
    else:
        position = 0
        for size in chunk_sizes:
            events += parser.feed(stream[position : position + size])
            position += size
        events += parser.feed(stream[position:])
    return events + parser.close()


def data(events: list[Event]) -> list[str]:
    return [e.data for e in events]


def test_data_lines_are_joined_with_newlines() -> None:
    events = parse(b"data: YHOO\ndata: +2\ndata: 10\n\n")
    assert events == [Event("message", "YHOO\n+2\n10", "")]


def test_one_space_after_the_colon_is_removed_and_ids_persist() -> None:
    stream = (
        b": test stream\n\n"
        b"data: first event\nid: 1\n\n"
        b"data:second event\nid\n\n"
        b"data:  third event\n\n"
    )
    events = parse(stream)
    assert events == [
        Event("message", "first event", "1"),
        Event("message", "second event", ""),  # a bare "id" sets the id to empty
        Event("message", " third event", ""),  # only one space is removed
    ]


def test_empty_data_and_an_unterminated_last_event() -> None:
    events = parse(b"data\n\ndata\ndata\n\ndata:")
    assert data(events) == ["", "\n"]  # the last block never saw a blank line


def test_a_blank_line_with_no_data_dispatches_nothing_but_resets_the_type() -> None:
    events = parse(b"event: ping\n\ndata: x\n\n")
    assert events == [Event("message", "x", "")]


def test_event_types_comments_and_unknown_fields() -> None:
    stream = b": keep-alive\n\nevent: delta\nfoo: bar\ndata: hi\n\n:\n\n"
    assert parse(stream) == [Event("delta", "hi", "")]


def test_cr_lf_and_crlf_line_endings_are_equivalent() -> None:
    expected = [Event("message", "a\nb", "7")]
    for eol in (b"\n", b"\r", b"\r\n"):
        stream = b"id: 7" + eol + b"data: a" + eol + b"data: b" + eol + eol
        assert parse(stream) == expected


def test_crlf_split_between_chunks_is_one_line_ending() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    # Read alone, this LF would be an empty line and dispatch "a" too early.
    assert parser.feed(b"\ndata: b\r\n\r\n") == [Event("message", "a\nb", "")]


def test_one_leading_byte_order_mark_is_dropped() -> None:
    bom = "\ufeff".encode()
    assert parse(bom + b"data: x\n\n") == [Event("message", "x", "")]
    assert parse(bom + b"data: x\n\n", chunk_sizes=[1, 1, 1, 2]) == [Event("message", "x", "")]
    # A second mark is part of the field name, which is then unknown.
    assert parse(bom + bom + b"data: x\n\n") == []


def test_utf8_split_inside_a_character() -> None:
    stream = "data: héllo 🙂 日本\n\n".encode()
    assert parse(stream, chunk_sizes=[1] * len(stream)) == [Event("message", "héllo 🙂 日本", "")]


def test_invalid_utf8_becomes_the_replacement_character() -> None:
    assert data(parse(b"data: a\xffb\n\n")) == ["a\ufffdb"]


def test_id_with_nul_and_non_numeric_retry_are_ignored() -> None:
    parser = SSEParser()
    parser.feed(b"id: 5\nretry: 3000\ndata: x\n\n")
    assert (parser.last_event_id, parser.retry_ms) == ("5", 3000)
    events = parser.feed(b"id: 6\0\nretry: 3s\ndata: y\n\n")
    assert events == [Event("message", "y", "5")]
    assert parser.retry_ms == 3000


def test_a_line_without_end_is_bounded() -> None:
    parser = SSEParser(max_line_chars=10)
    parser.feed(b"data: 1234")
    with pytest.raises(SSEError, match="longer than 10 characters"):
        parser.feed(b"5678")


SAMPLE = (
    "\ufeff: hello\r\n\r\nevent: a\rdata: é🙂\r\ndata\nid: 3\n\n"
    "data: [x]\r\rretry: 10\ndata:  two\r\n\r\n"
).encode()


def test_every_single_split_point_gives_the_same_events() -> None:
    whole = parse(SAMPLE)
    assert data(whole) == ["é🙂\n", "[x]", " two"]
    for cut in range(len(SAMPLE) + 1):
        assert parse(SAMPLE, chunk_sizes=[cut]) == whole


def test_byte_by_byte_gives_the_same_events() -> None:
    assert parse(SAMPLE, chunk_sizes=[1] * len(SAMPLE)) == parse(SAMPLE)


lines = st.lists(
    st.sampled_from(
        ["data", "data:", "data: ", "event: e", "id: 1", "retry: 5", ": c", ""]
    ).flatmap(lambda head: st.text("aé🙂: x", max_size=4).map(lambda tail: head + tail))
    | st.just(""),
    max_size=20,
)


@given(lines, st.lists(st.sampled_from(["\n", "\r", "\r\n"]), min_size=20, max_size=20),
       st.lists(st.integers(0, 7), max_size=30))  # fmt: skip
def test_output_does_not_depend_on_chunking(
    body: list[str], endings: list[str], sizes: list[int]
) -> None:
    stream = "".join(line + endings[i] for i, line in enumerate(body)).encode()
    assert parse(stream, chunk_sizes=sizes) == parse(stream)


def openai_stream(pieces: list[str], done: bool = True) -> bytes:
    out = [": keep-alive\n\n"]
    for i, piece in enumerate(pieces):
        chunk = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        out.append(f"id: {i}\ndata: {json.dumps(chunk)}\n\n")
    final = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 12, "completion_tokens": len(pieces)}}  # fmt: skip
    out.append(f"data: {json.dumps(final)}\n\n")
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()


def test_token_stream_yields_text_split_at_every_byte_position() -> None:
    pieces = ["Bonjour", ", ", "le ", "monde", " 🙂"]
    stream = openai_stream(pieces)
    for cut in range(len(stream) + 1):
        stats = StreamStats()
        text = "".join(stream_deltas([stream[:cut], stream[cut:]], stats))
        assert text == "Bonjour, le monde 🙂"
        assert stats.deltas == 5
        assert stats.finish_reason == "stop"
        assert stats.usage == {"prompt_tokens": 12, "completion_tokens": 5}


def test_nothing_after_done_is_read() -> None:
    stream = openai_stream(["a"]) + b"data: not json\n\n"
    assert list(stream_deltas([stream])) == ["a"]


def test_a_stream_cut_before_done_is_an_error_not_a_short_answer() -> None:
    received: list[str] = []
    with pytest.raises(SSEError, match="ended before \\[DONE\\]"):
        for delta in stream_deltas([openai_stream(["half", " an answer"], done=False)]):
            received.append(delta)
    assert received == ["half", " an answer"]  # already shown to the user; the caller must know


def test_an_error_event_and_bad_json_are_reported_with_their_position() -> None:
    error = b'data: {"error": {"message": "overloaded"}}\n\n'
    with pytest.raises(SSEError, match="event 1: the server sent an error"):
        list(stream_deltas([error]))
    with pytest.raises(SSEError, match="event 1 \\(id 9\\): data is not JSON"):
        list(stream_deltas([b"id: 9\ndata: {oops\n\n"]))


def test_the_diagram_case_three_awkward_chunks_make_one_event() -> None:
    # docs/assets/diagrams/sse-chunk-boundaries.svg: é split between chunks 1 and 2,
    # the CR LF of one line ending split between chunks 2 and 3.
    parser = SSEParser()
    events = parser.feed(b"data: caf\xc3") + parser.feed(b"\xa9\r") + parser.feed(b"\ndata: !\n\n")
    assert events == [Event("message", "caf\u00e9\n!", "")]
    naive = [chunk.decode("utf-8", errors="replace") for chunk in (b"data: caf\xc3", b"\xa9\r")]
    assert naive == ["data: caf\ufffd", "\ufffd\r"]
