"""An attachment over the 25 MB limit of the editor and ``attach`` does not come in
through a package either (issue s27, 1).

Each package here is written by the program, then its content is changed with
``zipfile`` and ``sqlite3`` and the package re-signed with the post's trusted key, as a
program with a bug (or a hand-edited file) would sign it. The whole package is refused,
naming the attachment, its post, its size and the limit in both languages; HQ's
database is exactly as before; and the oversized content is never read into memory,
whatever the row's declared ``size`` says.
"""

from __future__ import annotations

import hashlib
import tracemalloc

import pytest
from package_tools import resigned, state

from officer_desk.domain import validation
from officer_desk.services import records
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

LIMIT = validation.MAX_ATTACHMENT_BYTES


def _zeros_sha(n: int) -> str:
    h = hashlib.sha256()
    chunk = bytes(1024 * 1024)
    while n:
        h.update(chunk[:min(n, len(chunk))])
        n -= min(n, len(chunk))
    return h.hexdigest()


@pytest.fixture
def attached(desk, dispute, hq_desk, tmp_path):
    """A US package (dispute + a 1,000-byte attachment) that HQ trusts."""
    doc = tmp_path / "letter.pdf"
    doc.write_bytes(b"%PDF" + bytes(996))
    attachment, _ = records.attach_file(desk, dispute.id, doc)
    path = build_package(desk, tmp_path / "good.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청 담당")
    return attachment, path


def _assert_refused_for_size(report, attachment, size: int) -> None:
    assert report.outcome == "refused", report
    assert report.reason.startswith(
        "the package holds a record this program does not accept: attachment "
        f"{attachment.id} of US: Content: the file is {size:,} bytes and the limit is "
        f"{LIMIT:,} bytes"), report.reason
    assert report.reason_ko.startswith(
        f"패키지에 이 프로그램이 받아들이지 않는 레코드가 있습니다: US의 첨부 {attachment.id}: "
        f"내용: 파일 크기 {size:,}바이트, 한도 {LIMIT:,}바이트"), report.reason_ko
    assert "nothing of it was merged" in report.reason


def test_an_attachment_over_the_limit_refuses_the_whole_package(desk, dispute, hq_desk,
                                                                 attached, tmp_path):
    attachment, good = attached
    size = LIMIT + 1
    path = resigned(desk, good, tmp_path / "big.odpkg",
                    f"UPDATE attachments SET content = zeroblob({size}), size = {size}, "
                    f"sha256 = '{_zeros_sha(size)}'")
    before = state(hq_desk)
    report = merge_package(hq_desk, path)
    _assert_refused_for_size(report, attachment, size)
    assert state(hq_desk)[0] == before[0]  # no record of it, not the dispute either
    assert hq_desk.repo.get(None, dispute.id) is None
    assert merge_package(hq_desk, good).ok  # the post's real package still merges


def test_a_small_declared_size_does_not_let_a_huge_content_in_nor_into_memory(
        desk, hq_desk, attached, tmp_path):
    """The row says 1,000 bytes (and the original hash): the content is 40 MB. Its true
    length is what counts, and it is refused without the 40 MB being read."""
    attachment, good = attached
    size = 40 * 1024 * 1024
    path = resigned(desk, good, tmp_path / "liar.odpkg",
                    f"UPDATE attachments SET content = zeroblob({size})")
    tracemalloc.start()
    try:
        report = merge_package(hq_desk, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    _assert_refused_for_size(report, attachment, size)
    assert peak < 8 * 1024 * 1024, f"{peak:,} bytes allocated: the content was read"


def test_a_declared_size_over_the_limit_is_refused_even_with_small_content(
        desk, hq_desk, attached, tmp_path):
    attachment, good = attached
    size = LIMIT + 4096
    path = resigned(desk, good, tmp_path / "claims-big.odpkg",
                    f"UPDATE attachments SET size = {size}")
    _assert_refused_for_size(merge_package(hq_desk, path), attachment, size)


def test_the_limit_is_the_editors_limit_and_the_edge_merges(desk, dispute, hq_desk,
                                                             tmp_path, monkeypatch):
    """With the limit lowered to 1,000 bytes (for the editor and the merge alike): an
    attachment of exactly 1,000 bytes merges; one byte more, edited in, is refused."""
    monkeypatch.setattr(validation, "MAX_ATTACHMENT_BYTES", 1000)
    monkeypatch.setattr(records, "MAX_ATTACHMENT_BYTES", 1000)
    doc = tmp_path / "edge.bin"
    doc.write_bytes(b"x" * 1000)
    attachment, _ = records.attach_file(desk, dispute.id, doc)
    good = build_package(desk, tmp_path / "edge.odpkg", plain=True).path
    trust_package_key(hq_desk, good, "본청 담당")
    sha = hashlib.sha256(b"x" * 1001).hexdigest()
    path = resigned(desk, good, tmp_path / "edge-plus-one.odpkg",
                    "UPDATE attachments SET content = CAST(replace(hex(zeroblob(1001)), "
                    f"'00', 'x') AS BLOB), size = 1001, sha256 = '{sha}'")
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused"
    assert "the file is 1,001 bytes and the limit is 1,000 bytes" in report.reason
    report = merge_package(hq_desk, good)
    assert report.ok, report.reason
    assert records.get(hq_desk, attachment.id).values["content"] == b"x" * 1000
