"""The TFRecord reader: real files written with our writer, then corrupted on disk."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from solutions.tfrecord_reader import (
    FRAME_OVERHEAD,
    CorruptRecordError,
    Problem,
    ReadReport,
    crc32c,
    frame_record,
    masked_crc32c,
    read_dataset,
    read_records,
    write_records,
)

RECORDS = [f"record-{i:03d}".encode() * (i + 1) for i in range(10)]


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


@pytest.fixture
def tfrecord(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "train-00000-of-00001.tfrecord"
    offsets = write_records(path, RECORDS)
    return path, offsets


# --- the checksum ---------------------------------------------------------------------


def test_crc32c_matches_published_check_values() -> None:
    assert crc32c(b"123456789") == 0xE3069283  # the standard CRC-32C check value
    assert crc32c(bytes(32)) == 0x8A9136AA  # RFC 3720 (iSCSI), 32 zero bytes
    assert crc32c(b"\xff" * 32) == 0x62A8AB43  # RFC 3720, 32 bytes of 0xFF
    assert crc32c(b"") == 0


def test_crc32c_can_continue_a_running_checksum() -> None:
    assert crc32c(b"56789", crc32c(b"1234")) == crc32c(b"123456789")


def test_masked_crc_rotates_and_adds_the_tfrecord_constant() -> None:
    crc = crc32c(b"abc")
    rotated = ((crc >> 15) | (crc << 17)) & 0xFFFFFFFF
    assert masked_crc32c(b"abc") == (rotated + 0xA282EAD8) & 0xFFFFFFFF
    assert masked_crc32c(b"abc") != crc


def test_frame_layout_is_length_crc_data_crc() -> None:
    frame = frame_record(b"hello")
    assert len(frame) == 5 + FRAME_OVERHEAD
    (length,) = struct.unpack_from("<Q", frame, 0)
    assert length == 5
    assert struct.unpack_from("<I", frame, 8)[0] == masked_crc32c(frame[:8])
    assert frame[12:17] == b"hello"
    assert struct.unpack_from("<I", frame, 17)[0] == masked_crc32c(b"hello")


# --- clean files ----------------------------------------------------------------------


def test_round_trip_returns_every_record_in_order(tfrecord: tuple[Path, list[int]]) -> None:
    path, _ = tfrecord
    report = ReadReport()
    assert list(read_records(path, report=report)) == RECORDS
    assert report.clean
    assert report.records_ok == len(RECORDS)
    assert report.bytes_ok == sum(len(r) for r in RECORDS)
    assert report.bytes_skipped == 0


def test_empty_file_and_empty_records(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tfrecord"
    empty.write_bytes(b"")
    assert list(read_records(empty)) == []
    zero_length = tmp_path / "zero.tfrecord"
    write_records(zero_length, [b"", b"x", b""])
    assert list(read_records(zero_length)) == [b"", b"x", b""]


def test_records_are_read_lazily(tfrecord: tuple[Path, list[int]]) -> None:
    path, _ = tfrecord
    report = ReadReport()
    stream = read_records(path, report=report)
    assert next(stream) == RECORDS[0]
    assert report.records_ok == 1


# --- corrupted data, length still trusted ---------------------------------------------


def test_flipped_bit_in_data_skips_only_that_record(tfrecord: tuple[Path, list[int]]) -> None:
    path, offsets = tfrecord
    flip_bit(path, offsets[4] + 12 + 3)  # inside record 4's payload
    report = ReadReport()
    got = list(read_records(path, report=report))
    assert got == RECORDS[:4] + RECORDS[5:]
    assert report.records_skipped == 1
    assert report.resyncs == 0
    [problem] = report.corruptions
    assert problem.problem is Problem.DATA_CRC
    assert problem.offset == offsets[4]
    assert str(problem).startswith(f"{path}:{offsets[4]}: data-crc")


def test_flipped_bit_in_data_crc_skips_only_that_record(
    tfrecord: tuple[Path, list[int]],
) -> None:
    path, offsets = tfrecord
    footer = offsets[2] + 12 + len(RECORDS[2])
    flip_bit(path, footer + 1, bit=7)
    report = ReadReport()
    assert list(read_records(path, report=report)) == RECORDS[:2] + RECORDS[3:]
    assert [c.problem for c in report.corruptions] == [Problem.DATA_CRC]


# --- corrupted lengths: resync ---------------------------------------------------------


def test_flipped_bit_in_length_resyncs_at_the_next_frame(
    tfrecord: tuple[Path, list[int]],
) -> None:
    path, offsets = tfrecord
    flip_bit(path, offsets[3] + 2, bit=5)  # length of record 3 now wrong
    report = ReadReport()
    got = list(read_records(path, report=report))
    assert got == RECORDS[:3] + RECORDS[4:]
    assert report.resyncs == 1
    assert report.bytes_skipped == offsets[4] - offsets[3]
    assert [c.problem for c in report.corruptions] == [Problem.LENGTH_CRC]
    assert report.corruptions[0].offset == offsets[3]


def test_flipped_bit_in_length_crc_is_a_length_problem(
    tfrecord: tuple[Path, list[int]],
) -> None:
    path, offsets = tfrecord
    flip_bit(path, offsets[6] + 9)
    report = ReadReport()
    assert list(read_records(path, report=report)) == RECORDS[:6] + RECORDS[7:]
    assert report.corruptions[0].problem is Problem.LENGTH_CRC


def test_skip_file_resync_gives_up_on_the_rest_of_the_file(
    tfrecord: tuple[Path, list[int]],
) -> None:
    path, offsets = tfrecord
    flip_bit(path, offsets[3])
    report = ReadReport()
    assert list(read_records(path, resync="skip-file", report=report)) == RECORDS[:3]
    assert report.files_abandoned == 1
    assert report.bytes_skipped == path.stat().st_size - offsets[3]


def test_absurd_length_with_a_valid_checksum_is_not_allocated(tmp_path: Path) -> None:
    path = tmp_path / "absurd.tfrecord"
    length = struct.pack("<Q", 2**62)
    evil = length + struct.pack("<I", masked_crc32c(length)) + b"tiny"
    path.write_bytes(frame_record(b"good") + evil)
    report = ReadReport()
    assert list(read_records(path, report=report)) == [b"good"]
    [problem] = report.corruptions
    assert problem.problem is Problem.OVERSIZED
    assert "exceeds" in problem.detail
    assert report.bytes_skipped == len(evil)  # the bytes that exist, not the 2**62 claimed


def test_oversized_record_is_skipped_when_the_file_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "big.tfrecord"
    write_records(path, [b"a", b"x" * 5000, b"b"])
    report = ReadReport()
    assert list(read_records(path, max_record_bytes=1024, report=report)) == [b"a", b"b"]
    assert report.records_skipped == 1
    assert report.corruptions[0].problem is Problem.OVERSIZED


def test_garbage_between_frames_is_scanned_past(tmp_path: Path) -> None:
    path = tmp_path / "garbage.tfrecord"
    garbage = bytes(range(256)) * 4
    path.write_bytes(frame_record(b"one") + garbage + frame_record(b"two") + frame_record(b"3"))
    report = ReadReport()
    assert list(read_records(path, report=report)) == [b"one", b"two", b"3"]
    assert report.resyncs == 1
    assert report.bytes_skipped == len(garbage)


def test_a_zero_filled_gap_gives_no_false_frame(
    tmp_path: Path,
) -> None:
    # Zero bytes after a bad length give length 0 candidates; their CRCs must not pass.
    path = tmp_path / "zeros.tfrecord"
    path.write_bytes(frame_record(b"one") + bytes(64) + frame_record(b"two"))
    assert list(read_records(path)) == [b"one", b"two"]


# --- truncation -----------------------------------------------------------------------


@pytest.mark.parametrize("cut", [1, 4, 8, 12, 15])
def test_truncated_last_frame_is_reported_not_raised(
    tfrecord: tuple[Path, list[int]], cut: int
) -> None:
    path, offsets = tfrecord
    data = path.read_bytes()
    path.write_bytes(data[: offsets[-1] + cut])
    report = ReadReport()
    assert list(read_records(path, report=report)) == RECORDS[:-1]
    [problem] = report.corruptions
    assert problem.problem is Problem.TRUNCATED
    assert problem.offset == offsets[-1]
    assert report.bytes_skipped == cut


def test_file_cut_inside_the_header(tmp_path: Path) -> None:
    path = tmp_path / "stub.tfrecord"
    path.write_bytes(frame_record(b"ok") + b"\x05\x00\x00")
    report = ReadReport()
    assert list(read_records(path, report=report)) == [b"ok"]
    assert report.corruptions[0].problem is Problem.TRUNCATED


# --- policies and many files ----------------------------------------------------------


def test_raise_policy_yields_good_records_then_raises(tfrecord: tuple[Path, list[int]]) -> None:
    path, offsets = tfrecord
    flip_bit(path, offsets[2] + 12)
    got: list[bytes] = []
    with pytest.raises(CorruptRecordError) as caught:
        got.extend(read_records(path, policy="raise"))
    assert got == RECORDS[:2]
    assert caught.value.corruption.offset == offsets[2]
    assert caught.value.corruption.problem is Problem.DATA_CRC


def test_missing_file_is_reported_and_the_dataset_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.tfrecord"
    write_records(good, [b"a", b"b"])
    report = ReadReport()
    got = list(read_dataset([tmp_path / "missing.tfrecord", good], report=report))
    assert got == [b"a", b"b"]
    assert report.corruptions[0].problem is Problem.UNREADABLE
    assert report.files_abandoned == 1


def test_missing_file_raises_under_raise_policy(tmp_path: Path) -> None:
    with pytest.raises(CorruptRecordError):
        list(read_records(tmp_path / "nope.tfrecord", policy="raise"))


def test_report_aggregates_across_files(tmp_path: Path) -> None:
    paths = []
    for shard in range(3):
        path = tmp_path / f"shard-{shard}.tfrecord"
        offsets = write_records(path, RECORDS)
        if shard == 1:
            flip_bit(path, offsets[0] + 12)
        paths.append(path)
    report = ReadReport()
    got = list(read_dataset(paths, report=report))
    assert len(got) == 3 * len(RECORDS) - 1
    assert report.records_ok == 29
    assert report.records_skipped == 1
    assert report.corruptions[0].path == str(paths[1])


def test_every_single_bit_flip_is_survived(tmp_path: Path) -> None:
    path = tmp_path / "small.tfrecord"
    records = [b"alpha", b"beta", b"gamma"]
    write_records(path, records)
    pristine = path.read_bytes()
    for offset in range(len(pristine)):
        for bit in range(8):
            path.write_bytes(pristine)
            flip_bit(path, offset, bit)
            report = ReadReport()
            got = list(read_records(path, report=report))
            # Exactly one frame is damaged, so exactly one record is lost, and every
            # record returned is one that was written: a flipped bit never yields bad data.
            assert len(got) == len(records) - 1, (offset, bit)
            assert all(r in records for r in got)
            assert len(report.corruptions) == 1


def test_negative_cap_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_record_bytes"):
        list(read_records(tmp_path / "x", max_record_bytes=-1))
