"""Writing packages and reading them back: what travels, and that it arrives intact."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import (
    ATTACHMENTS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    KINDS_BY_NAME,
)
from officer_desk.services import records
from officer_desk.storage import meta
from officer_desk.storage.migrations import LATEST
from officer_desk.storage.repository import columns
from officer_desk.storage.search import register_functions
from officer_desk.sync import keys
from officer_desk.sync.package import (
    BuildCancelled,
    PackageRefused,
    build_package,
    open_package,
    own_key_info,
    package_key,
    trust_package_key,
)
from officer_desk.sync.schema import RECORD_TABLES, expected_schema, schema_rows

ATTACHMENT = bytes(range(256)) * 300 + "첨부 내용".encode()


def _live_rows(desk, table: str, where: str = "", params: tuple = ()) -> list[dict]:
    cols = [*columns(KINDS_BY_NAME[table]), "changed"]
    cur = desk.conn.execute(
        f"SELECT {', '.join(cols)} FROM {table} {where} ORDER BY id", params
    )
    return [dict(zip(cols, r, strict=True)) for r in cur]


def _content(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("content.sqlite")


@pytest.fixture
def filled(desk, dispute):
    """The US desk with varied values: Korean text, NULL, '', big numbers, a file."""
    records.update(desk, dispute.id, {"claimed_amount": 12_345_678_901_234.0,
                                      "currency": "USD"})
    records.create(desk, ATTACHMENTS, {"record_id": dispute.id, "file_name": "소장.pdf",
                                       "content": ATTACHMENT})
    other, _ = records.create(desk, DISPUTES, {
        "title_ko": "빈 값 분쟁", "company_id": dispute["company_id"], "ip_type": "trademark",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2025, 1, 2),
    })
    # Values the services would normalise, written as they may arrive from a merge.
    # (``changed`` moves on: the write guard refuses an unstamped change)
    desk.conn.execute("UPDATE disputes SET summary = '', case_number = NULL, "
                      "forum = '한국어 🇰🇷 text', changed = changed + 1 WHERE id = ?",
                      (other.id,))
    desk.conn.execute("UPDATE companies SET notes = '', changed = changed + 1 "
                      "WHERE post = 'US'")
    # A record of another post (it arrived from HQ): never in the US package.
    records.create(desk, COMPANIES, {"name_ko": "일본 기업 비밀", "name_en": "Secret JP Co"},
                   post="JP", foreign_ok=True)
    return desk


def test_round_trip_keeps_every_value(filled, hq_desk, tmp_path):
    info = build_package(filled, tmp_path, plain=True)
    assert info.path.parent == tmp_path and info.path.name.startswith("US-")
    assert info.path.suffix == ".odpkg"
    trust_package_key(hq_desk, info.path, "tester")
    with open_package(info.path, hq_desk) as pkg:
        for table in RECORD_TABLES:
            assert list(pkg.rows(table)) == _live_rows(filled, table, "WHERE post = 'US'"), table
        attachment = next(pkg.rows("attachments"))
        assert attachment["content"] == ATTACHMENT
        assert pkg.content_path.exists()
    assert not pkg.content_path.parent.exists()
    assert info.counts == {**dict.fromkeys(RECORD_TABLES, 0), "companies": 1,
                           "disputes": 2, "attachments": 1}


def test_rows_are_raw_sqlite_values_in_key_order(filled, hq_desk, tmp_path):
    info = build_package(filled, tmp_path, plain=True)
    trust_package_key(hq_desk, info.path, "tester")
    with open_package(info.path, hq_desk) as pkg:
        rows = list(pkg.rows("disputes", batch=1))
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        row = rows[0]
        assert isinstance(row["counterparties"], str)  # JSON as text
        assert isinstance(row["field_versions"], str)
        assert isinstance(row["changed"], int)
        assert {r["summary"] for r in rows} >= {""}
        with pytest.raises(ValueError):
            list(pkg.rows("meta"))
    with pytest.raises(ValueError):
        list(pkg.rows("disputes"))


def test_manifest_fields(filled, tmp_path):
    info = build_package(filled, tmp_path / "one.odpkg", plain=True)
    assert info.path == tmp_path / "one.odpkg"
    with zipfile.ZipFile(info.path) as zf:
        assert zf.namelist() == ["manifest.json", "manifest.sig", "content.sqlite"]
        assert zf.getinfo("content.sqlite").compress_type == zipfile.ZIP_DEFLATED
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest == info.manifest
    own = own_key_info(filled)
    assert manifest["format"] == "officer-desk-package" and manifest["format_version"] == 1
    assert (manifest["post"], manifest["role"]) == ("US", "post")
    assert manifest["installation"] == filled.repo.author.installation == own.installation
    assert manifest["officer"] == "김영희"
    assert manifest["fingerprint"] == own.fingerprint
    assert manifest["schema_version"] == LATEST
    assert manifest["clock"] == int(meta.get(filled.conn, "clock"))
    assert manifest["since_clock"] == 0
    assert manifest["counts"] == info.counts
    content = _content(info.path)
    assert manifest["content_size"] == len(content)
    assert manifest["content_sha256"] == hashlib.sha256(content).hexdigest()
    logged = filled.conn.execute(
        "SELECT package_id, clock, since_clock, counts, sha256, file_name FROM export_log"
    ).fetchall()
    assert logged == [(manifest["package_id"], manifest["clock"], 0,
                       json.dumps(info.counts, sort_keys=True), manifest["content_sha256"],
                       "one.odpkg")]
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()


def test_content_is_pruned_and_other_posts_are_gone(filled, tmp_path):
    info = build_package(filled, tmp_path, plain=True)
    content = _content(info.path)
    # Deleted rows cannot be recovered from free pages: VACUUM rewrote the file.
    assert "일본 기업 비밀".encode() not in content and b"Secret JP Co" not in content
    assert "한빛배터리".encode() in content
    path = tmp_path / "content.sqlite"
    path.write_bytes(content)
    conn = sqlite3.connect(path)
    try:
        assert schema_rows(conn) == set(expected_schema())
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT DISTINCT post FROM companies").fetchall() == [("US",)]
        assert conn.execute("SELECT count(*) FROM posts").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM vocab_terms").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_private_key_never_travels(filled, tmp_path):
    info = build_package(filled, tmp_path, plain=True)
    key = keys.private_key(filled.repo.author.installation)
    secret = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    for data in (info.path.read_bytes(), _content(info.path)):
        assert b"PRIVATE KEY" not in data
        assert secret not in data
        assert pem.splitlines()[1] not in data


def test_hq_package_holds_hq_records_and_chosen_posts(hq_desk, desk, tmp_path):
    records.create(hq_desk, CONFERENCES, {"title_ko": "본청 화상회의",
                                         "conference_kind": "hq_video",
                                         "held_on": dt.date(2025, 4, 1)})
    records.create(hq_desk, COMPANIES, {"name_ko": "미국 기업"}, post="US", foreign_ok=True)
    records.create(hq_desk, COMPANIES, {"name_ko": "일본 기업"}, post="JP", foreign_ok=True)

    plain = build_package(hq_desk, tmp_path, plain=True)
    assert plain.manifest["role"] == "hq" and plain.manifest["post"] == "HQ"
    assert plain.counts["conferences"] == 1 and plain.counts["companies"] == 0
    assert plain.counts["posts"] > 0 and plain.counts["vocab_terms"] > 0

    with_us = build_package(hq_desk, tmp_path / "with-us.odpkg", include_posts=["us"], plain=True)
    assert with_us.counts["companies"] == 1
    assert with_us.counts["posts"] == plain.counts["posts"]

    # A post merges HQ's package with the same checks.
    trust_package_key(desk, with_us.path, "김영희")
    with open_package(with_us.path, desk) as pkg:
        assert [r["name_ko"] for r in pkg.rows("companies")] == ["미국 기업"]
        assert {r["post"] for r in pkg.rows("posts")} == {"HQ"}

    with pytest.raises(OfficerDeskError, match="unknown post"):
        build_package(hq_desk, tmp_path, include_posts=["XX"], plain=True)


def test_a_post_cannot_include_other_posts(desk, tmp_path):
    with pytest.raises(NotPermitted):
        build_package(desk, tmp_path, include_posts=["JP"], plain=True)
    assert list(tmp_path.glob("*.odpkg")) == []


def test_since_last_holds_only_what_changed(desk, company, dispute, tmp_path):
    first = build_package(desk, tmp_path / "first.odpkg", since_last=True, plain=True)
    assert first.manifest["since_clock"] == 0
    assert first.counts["companies"] == 1 and first.counts["disputes"] == 1

    records.update(desk, dispute.id, {"summary": "새 요약"})
    second = build_package(desk, tmp_path / "second.odpkg", since_last=True, plain=True)
    assert second.manifest["since_clock"] == first.manifest["clock"]
    assert second.counts["disputes"] == 1 and second.counts["companies"] == 0

    third = build_package(desk, tmp_path / "third.odpkg", since_last=True, plain=True)
    assert sum(third.counts.values()) == 0
    full = build_package(desk, tmp_path / "full.odpkg", plain=True)
    assert full.counts["companies"] == 1 and full.manifest["since_clock"] == 0
    assert desk.conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 4


def test_output_names(desk, tmp_path):
    (tmp_path / "taken.odpkg").write_bytes(b"x")
    with pytest.raises(OfficerDeskError, match="already exists"):
        build_package(desk, tmp_path / "taken.odpkg", plain=True)
    with pytest.raises(OfficerDeskError, match="does not exist"):
        build_package(desk, tmp_path / "missing" / "p.odpkg", plain=True)
    info = build_package(desk, tmp_path, plain=True)
    assert re.fullmatch(r"US-\d{8}-\d{6}-[0-9a-f]{8}\.odpkg", info.path.name)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".odpkg", ".partial")) \
        == sorted([info.path.name, "taken.odpkg"])


def test_cancel_writes_nothing(desk, company, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    seen = []
    with pytest.raises(BuildCancelled):
        build_package(desk, out, progress=lambda d, t: seen.append((d, t)),
                      cancel=lambda: len(seen) >= 2, plain=True)
    assert list(out.iterdir()) == []
    assert desk.conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0
    steps = []
    build_package(desk, out, progress=lambda d, t: steps.append(d), plain=True)
    assert steps == sorted(steps) and steps[-1] == 6


def test_snapshot_ignores_a_write_in_progress(desk, dispute, tmp_path):
    other = sqlite3.connect(desk.path, isolation_level=None, timeout=5)
    register_functions(other)  # the index and write-guard triggers call them
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE disputes SET summary = 'not committed', changed = changed + 1 "
                  "WHERE id = ?", (dispute.id,))

    def after_step(done, total):
        if done == 1 and other.in_transaction:  # the snapshot is taken: let the writer go
            other.execute("ROLLBACK")

    try:
        info = build_package(desk, tmp_path, progress=after_step, plain=True)
    finally:
        other.close()
    assert b"not committed" not in _content(info.path)
    assert info.counts["disputes"] == 1


def test_trusting_a_package_key_asks_first(desk, hq_desk, tmp_path):
    info = build_package(desk, tmp_path, plain=True)
    shown = []
    declined = trust_package_key(hq_desk, info.path, "본청 담당",
                                 confirm=lambda k: shown.append(k) or False)
    assert declined.status == "unknown"
    assert shown[0].fingerprint == info.manifest["fingerprint"] == own_key_info(desk).fingerprint
    assert (shown[0].post, shown[0].installation, shown[0].officer) == (
        "US", desk.repo.author.installation, "김영희")
    assert keys.list_keys(hq_desk) == []
    assert package_key(info.path, hq_desk).status == "unknown"

    trusted = trust_package_key(hq_desk, info.path, "본청 담당", confirm=lambda k: True)
    assert (trusted.status, trusted.post, trusted.decided_by) == ("trusted", "US", "본청 담당")
    assert package_key(info.path, hq_desk).status == "trusted"


def test_trusting_needs_a_good_signature(desk, hq_desk, tmp_path):
    info = build_package(desk, tmp_path, plain=True)
    with zipfile.ZipFile(info.path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["manifest.json"] = parts["manifest.json"].replace(b'"US"', b'"JP"')
    forged = tmp_path / "forged.odpkg"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with pytest.raises(PackageRefused, match="bad signature"):
        trust_package_key(hq_desk, forged, "본청 담당")
    assert keys.list_keys(hq_desk) == []


def test_closing_twice_is_harmless(desk, hq_desk, tmp_path):
    info = build_package(desk, tmp_path, plain=True)
    trust_package_key(hq_desk, info.path, "x")
    pkg = open_package(info.path, hq_desk)
    pkg.close()
    pkg.close()
    assert not pkg.content_path.exists()
