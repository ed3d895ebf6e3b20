"""A TFRecord reader that survives corrupted files, plus the writer its tests use.

A TFRecord file is a sequence of frames, each laid out as::

    uint64 length          (8 bytes, little-endian)
    uint32 masked_crc32c(length bytes)
    byte   data[length]
    uint32 masked_crc32c(data)

The reader checks both checksums. A bad data checksum costs one record: the length
was verified, so the next frame starts at a known offset. A bad length checksum means
the reader cannot trust where the next frame starts, so it scans forward for the next
offset where a whole frame verifies (``resync="scan"``) or gives up on the file
(``resync="skip-file"``). Nothing larger than ``max_record_bytes`` is ever allocated.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Literal

# --- CRC32C (Castagnoli), table-driven --------------------------------------------------

_CASTAGNOLI_REFLECTED = 0x82F63B78
_MASK_DELTA = 0xA282EAD8
_U32 = 0xFFFFFFFF


def _make_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ _CASTAGNOLI_REFLECTED if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _make_table()


def crc32c(data: bytes | bytearray | memoryview, crc: int = 0) -> int:
    """CRC-32C of ``data``; pass a previous result as ``crc`` to continue a running CRC."""
    crc ^= _U32
    table = _TABLE
    for byte in bytes(data):
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ _U32


def masked_crc32c(data: bytes | bytearray | memoryview) -> int:
    """The masked CRC TFRecord stores: rotate right by 15 bits, then add a constant."""
    crc = crc32c(data)
    return ((((crc >> 15) | (crc << 17)) & _U32) + _MASK_DELTA) & _U32


# --- Writing ------------------------------------------------------------------------------

_HEADER = struct.Struct("<QI")  # length, masked crc of the 8 length bytes
_FOOTER = struct.Struct("<I")  # masked crc of the data
FRAME_OVERHEAD = _HEADER.size + _FOOTER.size  # 16 bytes per record


def frame_record(data: bytes) -> bytes:
    """One record framed exactly as TensorFlow writes it (no compression)."""
    length = struct.pack("<Q", len(data))
    return (
        length + struct.pack("<I", masked_crc32c(length)) + data + _FOOTER.pack(masked_crc32c(data))
    )


def write_records(path: str | os.PathLike[str], records: Iterable[bytes]) -> list[int]:
    """Write records to ``path``; return the byte offset where each frame starts."""
    offsets = []
    position = 0
    with Path(path).open("wb") as out:
        for record in records:
            frame = frame_record(record)
            offsets.append(position)
            out.write(frame)
            position += len(frame)
    return offsets


# --- Reading ------------------------------------------------------------------------------


class Problem(StrEnum):
    """What was wrong at an offset."""

    LENGTH_CRC = "length-crc"  # the 8 length bytes do not match their checksum
    DATA_CRC = "data-crc"  # the payload does not match its checksum
    OVERSIZED = "oversized"  # a verified length above max_record_bytes
    TRUNCATED = "truncated"  # the file ends inside a frame
    UNREADABLE = "unreadable"  # the file could not be opened or read


@dataclass(frozen=True)
class Corruption:
    path: str
    offset: int
    problem: Problem
    detail: str

    def __str__(self) -> str:
        return f"{self.path}:{self.offset}: {self.problem.value}: {self.detail}"


@dataclass
class ReadReport:
    """What a read saw; export these as counters, log ``corruptions`` with file and offset."""

    records_ok: int = 0
    bytes_ok: int = 0
    records_skipped: int = 0  # frames whose length verified but which were dropped
    bytes_skipped: int = 0  # bytes passed over without yielding a record
    resyncs: int = 0  # times the reader found a valid frame again after a bad length
    files_abandoned: int = 0
    corruptions: list[Corruption] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.corruptions


class CorruptRecordError(Exception):
    """Raised under ``policy="raise"``; carries the first problem found."""

    def __init__(self, corruption: Corruption) -> None:
        super().__init__(str(corruption))
        self.corruption = corruption


Policy = Literal["skip", "raise"]
Resync = Literal["scan", "skip-file"]

DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024
_SCAN_CHUNK = 1 << 20


class _FileReader:
    def __init__(
        self,
        stream: BinaryIO,
        path: str,
        size: int,
        policy: Policy,
        resync: Resync,
        max_record_bytes: int,
        report: ReadReport,
    ) -> None:
        self.stream = stream
        self.path = path
        self.size = size
        self.policy = policy
        self.resync = resync
        self.max = max_record_bytes
        self.report = report

    def _flag(self, offset: int, problem: Problem, detail: str) -> None:
        corruption = Corruption(self.path, offset, problem, detail)
        self.report.corruptions.append(corruption)
        if self.policy == "raise":
            raise CorruptRecordError(corruption)

    def _read_at(self, offset: int, n: int) -> bytes:
        self.stream.seek(offset)
        return self.stream.read(n)

    def _frame_at(self, offset: int) -> tuple[int, bytes | None, Problem | None]:
        """Try the frame at ``offset``: (length, data or None, problem or None)."""
        header = self._read_at(offset, _HEADER.size)
        if len(header) < _HEADER.size:
            return 0, None, Problem.TRUNCATED
        length, stored = _HEADER.unpack(header)
        if masked_crc32c(header[:8]) != stored:
            return length, None, Problem.LENGTH_CRC
        if length > self.max:
            return length, None, Problem.OVERSIZED
        if offset + FRAME_OVERHEAD + length > self.size:
            return length, None, Problem.TRUNCATED
        body = self.stream.read(length + _FOOTER.size)
        if len(body) < length + _FOOTER.size:  # the file shrank under us
            return length, None, Problem.TRUNCATED
        data = body[:length]
        (stored_data_crc,) = _FOOTER.unpack_from(body, length)
        if masked_crc32c(data) != stored_data_crc:
            return length, None, Problem.DATA_CRC
        return length, data, None

    def _scan(self, start: int) -> int | None:
        """The next offset >= start where a whole frame verifies, or None."""
        position = start
        while position + FRAME_OVERHEAD <= self.size:
            window = self._read_at(position, _SCAN_CHUNK + _HEADER.size)
            last = len(window) - _HEADER.size
            for i in range(last + 1):
                (length,) = struct.unpack_from("<Q", window, i)
                # Cheap filter first: most random 8-byte values are far above the cap.
                if length > self.max or position + i + FRAME_OVERHEAD + length > self.size:
                    continue
                (stored,) = struct.unpack_from("<I", window, i + 8)
                if masked_crc32c(window[i : i + 8]) != stored:
                    continue
                _, data, problem = self._frame_at(position + i)
                if problem is None and data is not None:
                    return position + i
            position += last + 1
        return None

    def records(self) -> Iterator[bytes]:
        offset = 0
        while offset < self.size:
            length, data, problem = self._frame_at(offset)
            if problem is None and data is not None:
                self.report.records_ok += 1
                self.report.bytes_ok += length
                yield data
                offset += FRAME_OVERHEAD + length
                continue
            if problem is Problem.TRUNCATED:
                self._flag(offset, problem, f"{self.size - offset} bytes left, frame incomplete")
                self.report.bytes_skipped += self.size - offset
                return
            if problem in (Problem.DATA_CRC, Problem.OVERSIZED):
                detail = (
                    f"{length} bytes of data fail their checksum"
                    if problem is Problem.DATA_CRC
                    else f"length {length} exceeds the {self.max}-byte cap"
                )
                self._flag(offset, problem, detail)
                # The length verified, so the next frame starts right after this one (an
                # oversized frame may claim to run past the end: count only real bytes).
                self.report.records_skipped += 1
                self.report.bytes_skipped += min(FRAME_OVERHEAD + length, self.size - offset)
                offset += FRAME_OVERHEAD + length
                continue
            # A bad length checksum: the next frame's position is unknown.
            self._flag(offset, Problem.LENGTH_CRC, "length bytes fail their checksum")
            found = self._scan(offset + 1) if self.resync == "scan" else None
            if found is None:
                self.report.files_abandoned += 1
                self.report.bytes_skipped += self.size - offset
                return
            self.report.resyncs += 1
            self.report.bytes_skipped += found - offset
            offset = found


def read_records(
    path: str | os.PathLike[str],
    *,
    policy: Policy = "skip",
    resync: Resync = "scan",
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    report: ReadReport | None = None,
) -> Iterator[bytes]:
    """Yield every record of one TFRecord file that verifies.

    Under ``policy="skip"`` each problem is appended to ``report.corruptions`` and the
    read continues; under ``policy="raise"`` the first problem raises
    CorruptRecordError after the records before it were yielded.
    """
    if max_record_bytes < 0:
        raise ValueError("max_record_bytes must be >= 0")
    report = report if report is not None else ReadReport()
    name = os.fspath(path)
    try:
        stream = Path(name).open("rb")  # noqa: SIM115 - closed in the finally below
    except OSError as error:
        corruption = Corruption(name, 0, Problem.UNREADABLE, error.strerror or str(error))
        report.corruptions.append(corruption)
        report.files_abandoned += 1
        if policy == "raise":
            raise CorruptRecordError(corruption) from error
        return
    try:
        size = os.fstat(stream.fileno()).st_size
        reader = _FileReader(stream, name, size, policy, resync, max_record_bytes, report)
        yield from reader.records()
    finally:
        stream.close()


def read_dataset(
    paths: Iterable[str | os.PathLike[str]],
    *,
    policy: Policy = "skip",
    resync: Resync = "scan",
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    report: ReadReport | None = None,
) -> Iterator[bytes]:
    """Records from many files in order; one bad or missing file never stops the rest."""
    report = report if report is not None else ReadReport()
    for path in paths:
        yield from read_records(
            path,
            policy=policy,
            resync=resync,
            max_record_bytes=max_record_bytes,
            report=report,
        )
