"""Merging packages into a case log: the rules of BRIEF.md, end to end on real files."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_tools import edit_content, forge, state

from officer_desk.domain.kinds import COMPANIES, DISPUTES, KINDS
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.services.transfer import export_json
from officer_desk.sync import keys
from officer_desk.sync import merge as merge_module
from officer_desk.sync.merge import merge_package, merge_packages
from officer_desk.sync.package import build_package, trust_package_key


def records_of(desk) -> dict:
    """Every record with its version metadata, for comparing databases."""
    out = {}
    for kind in KINDS:
        for r in desk.repo.rows(kind, "", with_blobs=True):
            out[r.id] = (r.post, r.deleted, json.dumps(r.to_json(), sort_keys=True,
                                                       default=str),
                         json.dumps(r.field_versions, sort_keys=True),
                         json.dumps(r.seen, sort_keys=True))
    return out


def package(desk, tmp_path, name, **kw):
    return build_package(desk, tmp_path / f"{name}.odpkg", **kw, plain=True).path


@pytest.fixture
def us_package(desk, dispute, hq_desk, tmp_path):
    path = package(desk, tmp_path, "us-1")
    trust_package_key(hq_desk, path, "본청 담당")
    return path


def test_a_post_package_merges_into_hq(desk, dispute, hq_desk, us_package):
    report = merge_package(hq_desk, us_package)
    assert report.outcome == "merged" and report.ok
    assert (report.added, report.updated, report.conflicts) == (2, 0, 0)
    merged = records.get(hq_desk, dispute.id)
    assert merged["title_ko"] == dispute["title_ko"] and merged.post == "US"
    assert merged.field_versions == dispute.field_versions and merged.seen == dispute.seen
    assert [h.action for h in records.history(hq_desk, dispute.id)] == ["merge"]
    log = hq_desk.conn.execute("SELECT outcome, post, signer FROM import_log").fetchall()
    assert log == [("merged", "US", report.signer)]


def test_the_same_package_twice_changes_nothing(hq_desk, us_package):
    merge_package(hq_desk, us_package)
    before = state(hq_desk)
    again = merge_package(hq_desk, us_package)
    assert again.outcome == "already merged"
    assert state(hq_desk)[0] == before[0]  # records identical; the log notes the repeat


def test_a_rebuilt_package_with_the_same_records_changes_nothing(desk, hq_desk, us_package,
                                                                 tmp_path):
    merge_package(hq_desk, us_package)
    before = records_of(hq_desk)
    second = merge_package(hq_desk, package(desk, tmp_path, "us-2"))
    assert second.outcome == "merged" and (second.added, second.updated) == (0, 0)
    assert second.unchanged == 2 and second.conflicts == 0
    assert records_of(hq_desk) == before


def test_unknown_key_is_refused_until_trusted(desk, dispute, hq_desk, tmp_path):
    path = package(desk, tmp_path, "us")
    before = state(hq_desk)[0]
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused" and "is signed by a key" in report.reason
    assert report.refusal == "unknown_key" and "officer-desk" not in report.reason
    assert state(hq_desk)[0] == before
    trust_package_key(hq_desk, path, "본청 담당")
    assert merge_package(hq_desk, path).outcome == "merged"


def test_order_of_packages_does_not_matter(tmp_path, desk, company, dispute):
    cn = init_desk(tmp_path / "cn.sqlite", post="CN", officer="이중국")
    c2, _ = records.create(cn, COMPANIES, {"name_ko": "청도무역", "brn": "123-45-67891"})
    records.create(cn, DISPUTES, {
        "title_ko": "상표 선점 대응", "company_id": c2.id, "ip_type": "trademark",
        "dispute_kind": "opposition", "opened_on": "2025-02-01",
    })
    us1 = package(desk, tmp_path, "us1")
    records.update(desk, dispute.id, {"stage": "filed", "summary": "갱신"})
    us2 = package(desk, tmp_path, "us2", since_last=True)
    cn1 = package(cn, tmp_path, "cn1")
    results = []
    for order in ([us1, us2, cn1], [cn1, us1, us2], [us1, cn1, us2]):
        hq = init_desk(tmp_path / f"hq-{len(results)}.sqlite", hq=True)
        for p in (us1, cn1):
            trust_package_key(hq, p, "본청")
        reports = merge_packages(hq, order)
        assert all(r.ok for r in reports), [r.reason for r in reports]
        results.append(records_of(hq))
        hq.close()
    assert results[0] == results[1] == results[2]
    together = init_desk(tmp_path / "hq-together.sqlite", hq=True)
    for p in (us1, cn1):
        trust_package_key(together, p, "본청")
    merge_packages(together, [us1, us2, cn1])
    assert records_of(together) == results[0]
    cn.close()


def _laptop_copy(desk, tmp_path, monkeypatch):
    """The post's database copied to a second computer (its own installation id)."""
    path = tmp_path / "laptop.sqlite"
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(desk.path, path)
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "laptop-home"))
    laptop = open_desk(path)
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "home"))
    return laptop


def test_office_pc_and_laptop(desk, dispute, tmp_path, monkeypatch):
    laptop = _laptop_copy(desk, tmp_path, monkeypatch)
    assert laptop.repo.author.installation != desk.repo.author.installation
    records.update(desk, dispute.id, {"summary": "사무실 요약", "role": "asserting"})
    records.update(laptop, dispute.id, {"summary": "출장 중 요약", "stage": "hearing"})
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "laptop-home"))
    path = package(laptop, tmp_path, "laptop")
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "home"))
    trust_package_key(desk, path, "김영희")
    report = merge_package(desk, path)
    assert report.ok and report.conflicts == 1
    merged = records.get(desk, dispute.id)
    assert merged["stage"] == "hearing" and merged["role"] == "asserting"  # both kept
    row = desk.conn.execute("SELECT fields, kept, lost, lost_side FROM conflicts").fetchone()
    assert json.loads(row[0]) == ["summary"]
    values = {json.loads(row[1])["summary"], json.loads(row[2])["summary"]}
    assert values == {"사무실 요약", "출장 중 요약"}
    assert merged["summary"] == json.loads(row[1])["summary"]
    assert merge_package(desk, path).outcome == "already merged"
    assert desk.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 1
    laptop.close()


def test_a_stale_package_never_resurrects_a_deleted_record(desk, dispute, hq_desk, tmp_path):
    old = package(desk, tmp_path, "old")
    trust_package_key(hq_desk, old, "본청")
    records.delete(desk, dispute.id)
    new = package(desk, tmp_path, "new")
    assert merge_package(hq_desk, new).ok
    assert records.get(hq_desk, dispute.id).deleted
    assert merge_package(hq_desk, old).ok
    assert records.get(hq_desk, dispute.id).deleted


def test_rows_of_another_post_are_refused_and_left_alone(desk, dispute, hq_desk, tmp_path):
    cn = init_desk(tmp_path / "cn.sqlite", post="CN", officer="이중국")
    c2, _ = records.create(cn, COMPANIES, {"name_ko": "청도무역"})
    cn_path = package(cn, tmp_path, "cn")
    trust_package_key(hq_desk, cn_path, "본청")
    assert merge_package(hq_desk, cn_path).ok
    before = records_of(hq_desk)[c2.id]
    us_path = package(desk, tmp_path, "us")
    trust_package_key(hq_desk, us_path, "본청")
    # a US package that also carries a changed copy of the CN company
    content = edit_content(us_path, tmp_path, (
        "INSERT INTO companies (id, post, name_ko, version, origin, field_versions, seen, "
        f"created_at, updated_at, changed) VALUES ('{c2.id}', 'CN', '가짜 이름', 99, 'x', "
        "'{\"*\": [99, \"x\"]}', '{\"x\": 99}', 't', 't', 99)"
    ))
    manifest = json.loads(__import__("zipfile").ZipFile(us_path).read("manifest.json"))
    counts = dict(manifest["counts"], companies=manifest["counts"]["companies"] + 1)
    key = keys.private_key(desk.repo.author.installation)
    forged = forge(us_path, tmp_path / "forged.odpkg", key, content=content,
                   changes={"counts": counts, "package_id": "00000000-0000-4000-8000-0000000000f0"})
    report = merge_package(hq_desk, forged)
    assert not report.ok and report.outcome == "merged"
    assert any("belongs to post CN" in r for r in report.refused_rows)
    assert records_of(hq_desk)[c2.id] == before
    assert records.get(hq_desk, dispute.id)["title_ko"] == dispute["title_ko"]
    cn.close()


def test_a_fault_in_the_middle_leaves_the_database_as_it_was(desk, company, hq_desk, tmp_path,
                                                            monkeypatch):
    records.create_many(desk, DISPUTES, [{
        "title_ko": f"분쟁 {i}", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "itc_337", "opened_on": "2025-01-01",
    } for i in range(50)])
    path = package(desk, tmp_path, "us")
    trust_package_key(hq_desk, path, "본청")
    before = state(hq_desk)
    real_apply = merge_module._Writer.apply
    calls = {"n": 0}

    def failing(self, kind, res, local):
        calls["n"] += 1
        if calls["n"] == 30:
            raise OSError("disk pulled out")
        return real_apply(self, kind, res, local)

    monkeypatch.setattr(merge_module._Writer, "apply", failing)
    with pytest.raises(OSError):
        merge_package(hq_desk, path)
    after = state(hq_desk)
    assert after[0] == before[0] and after[2] == before[2]
    monkeypatch.setattr(merge_module._Writer, "apply", real_apply)
    assert merge_package(hq_desk, path).added == 51


def test_a_dry_run_changes_nothing(hq_desk, us_package):
    before = state(hq_desk)
    report = merge_package(hq_desk, us_package, dry_run=True)
    assert report.outcome == "checked" and report.added == 2
    assert state(hq_desk) == before


def test_clocks_do_not_decide(desk, dispute, tmp_path, monkeypatch):
    """The same edits made with the laptop's clock ten years fast merge the same way."""
    results = []
    for shift in (dt.timedelta(0), dt.timedelta(days=3650)):
        home = tmp_path / f"run-{shift.days}"
        home.mkdir()
        office = init_desk(home / "us.sqlite", post="US")
        company, _ = records.create(office, COMPANIES, {"name_ko": "한빛"})
        office.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(office.path, home / "laptop.sqlite")
        monkeypatch.setenv("OFFICER_DESK_HOME", str(home / "laptop-home"))
        laptop = open_desk(home / "laptop.sqlite")
        real_now = records.Record  # keep a reference so the module is loaded
        assert real_now
        monkeypatch.setattr("officer_desk.storage.repository.utc_now",
                            lambda s=shift: (dt.datetime.now(dt.UTC) + s).strftime(
                                "%Y-%m-%dT%H:%M:%S.%fZ"))
        records.update(laptop, company.id, {"name_ko": "한빛(노트북)"})
        path = package(laptop, home, "laptop")
        monkeypatch.undo()
        monkeypatch.setenv("OFFICER_DESK_HOME", str(home / "home"))
        records.update(office, company.id, {"notes": "사무실 메모"})
        trust_package_key(office, path, "김")
        merge_package(office, path)
        merged = records.get(office, company.id)
        results.append((merged["name_ko"], merged["notes"]))
        office.close()
        laptop.close()
    assert results[0] == results[1] == ("한빛(노트북)", "사무실 메모")


def test_every_merged_record_keeps_korean_text_nulls_and_attachments(desk, dispute, hq_desk,
                                                                    tmp_path):
    attachment = tmp_path / "증거.bin"
    attachment.write_bytes(bytes(range(256)) * 10)
    records.attach_file(desk, dispute.id, attachment)
    records.update(desk, dispute.id, {"claimed_amount": 9_007_199_254_740_991,
                                      "currency": "KRW", "forum": ""})
    path = package(desk, tmp_path, "us")
    trust_package_key(hq_desk, path, "본청")
    assert merge_package(hq_desk, path).ok
    ours = export_json(desk, KINDS[2:])
    theirs = export_json(hq_desk, KINDS[2:])
    assert ours["kinds"] == theirs["kinds"]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(owner=st.sampled_from(["CN", "JP", "EU", "GVA", "HQ"]),
       kind_index=st.sampled_from([2, 3]), name=st.text(min_size=1, max_size=40))
def test_any_row_of_another_owner_is_refused(desk, dispute, hq_desk, tmp_path_factory,
                                             owner, kind_index, name):
    """Authority, as a property: whatever foreign row a US package carries, HQ keeps
    its own copy byte for byte and says why it refused the row."""
    folder = tmp_path_factory.mktemp("authority")
    good = package(desk, folder, "us")
    trust_package_key(hq_desk, good, "본청")
    before = state(hq_desk)[2]
    kind = KINDS[kind_index]
    column = "name_ko" if kind is COMPANIES else "title_ko"
    extra = (
        f"INSERT INTO {kind.name} (id, post, {column}, version, origin, field_versions, seen, "
        f"created_at, updated_at, changed"
        + (", company_id, ip_type, dispute_kind, opened_on" if kind is DISPUTES else "")
        + ") VALUES (?, ?, ?, 5, 'x', '{\"*\": [5, \"x\"]}', '{\"x\": 5}', 't', 't', 5"
        + (f", '{dispute['company_id']}', 'patent', 'itc_337', '2025-01-01'"
           if kind is DISPUTES else "")
        + ")"
    )
    import sqlite3
    import uuid
    import zipfile

    content_path = folder / "content.sqlite"
    content_path.write_bytes(zipfile.ZipFile(good).read("content.sqlite"))
    conn = sqlite3.connect(content_path)
    conn.execute(extra, (str(uuid.uuid4()), owner, name))
    conn.commit()
    conn.close()
    manifest = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    counts = dict(manifest["counts"])
    counts[kind.name] = counts.get(kind.name, 0) + 1
    forged = forge(good, folder / "forged.odpkg",
                   keys.private_key(desk.repo.author.installation),
                   content=content_path.read_bytes(),
                   changes={"counts": counts, "package_id": str(uuid.uuid4())})
    report = merge_package(hq_desk, forged)
    assert report.refused_rows and not report.ok
    after = state(hq_desk)[2]
    foreign = {t: rows for t, rows in after.items() if t in (kind.name,)}
    assert all(row[1] == "US" for row in foreign[kind.name])  # only US rows came in
    assert set(before) <= set(after)
