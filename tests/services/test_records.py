"""Create, change, delete, restore: validated first, all or nothing, with what changed."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from officer_desk.domain.errors import NotFound, NotPermitted, ValidationError
from officer_desk.domain.kinds import ATTACHMENTS, COMPANIES, DISPUTES, FOLLOW_UPS, POSTS
from officer_desk.services import records
from officer_desk.services.desk import open_desk


def test_create_returns_the_record_and_what_changed(desk, company):
    record, change = records.create(desk, FOLLOW_UPS, {
        "record_id": company.id, "due_on": "2025-01-31", "description": "면담 결과 보고",
    })
    assert change.created == [record.id] and change.kinds == {"follow_ups"}
    assert record.post == "US" and record["due_on"] == dt.date(2025, 1, 31)
    assert record["sensitivity"] == "internal"  # safe default: nothing leaks by accident


def test_validation_reports_every_field_and_writes_nothing(desk):
    before = desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0]
    with pytest.raises(ValidationError) as info:
        records.create(desk, DISPUTES, {"title_ko": "x", "company_id": "00000000-0000-4000-8000-"
                                        "000000000000", "ip_type": "patent",
                                        "dispute_kind": "nope", "opened_on": "2024-02-31"})
    fields = {e.field: e.code for e in info.value.errors}
    assert fields == {"company_id": "bad_ref", "dispute_kind": "unknown_code",
                      "opened_on": "no_such_day"}
    assert "no company with id" in info.value.summary()
    assert desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == before


def test_update_returns_the_changed_fields(desk, dispute):
    change = records.update(desk, dispute.id, {"stage": "hearing", "summary": dispute["summary"]})
    assert change.updated == [dispute.id]
    assert [(c.field, c.old, c.new) for c in change.fields[dispute.id]] == [
        ("stage", "intake", "hearing")]


def test_update_is_validated_against_the_whole_record(desk, dispute):
    with pytest.raises(ValidationError) as info:
        records.update(desk, dispute.id, {"status": "closed", "closed_on": "2023-01-01"})
    assert {e.code for e in info.value.errors} == {"date_order"}
    assert records.get(desk, dispute.id)["status"] == "open"


def test_owning_post_never_changes(desk, dispute):
    with pytest.raises(ValidationError, match="cannot be changed"):
        records.update(desk, dispute.id, {"post": "CN"})


def test_an_id_or_kind_other_than_the_records_is_refused_not_left_out(desk, dispute):
    """An update naming another id or kind was answered "no change" (s28)."""
    for given in ({"id": "0f0e8a38-3c64-4bd4-9b5e-000000000000"}, {"kind": "companies"},
                  {"id": "x", "stage": "hearing"}):
        with pytest.raises(ValidationError, match="cannot be changed"):
            records.update(desk, dispute.id, given)
    assert records.get(desk, dispute.id)["stage"] == "intake"
    same = {"id": dispute.id.upper(), "kind": "disputes", "stage": "hearing"}
    assert records.update(desk, dispute.id, same).updated == [dispute.id]


def test_delete_and_restore(desk, dispute):
    assert records.delete(desk, dispute.id).deleted == [dispute.id]
    assert records.delete(desk, dispute.id).empty
    assert records.get(desk, dispute.id).deleted
    assert records.restore(desk, dispute.id).restored == [dispute.id]
    assert not records.get(desk, dispute.id).deleted


def test_unknown_id(desk):
    with pytest.raises(NotFound):
        records.get(desk, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound):
        records.update(desk, "garbage", {"summary": "x"})


def test_a_post_cannot_create_or_change_another_posts_records(desk, company, tmp_path):
    with pytest.raises(NotPermitted, match="US's"):
        records.create(desk, COMPANIES, {"name_ko": "다른 공관 기업"}, post="CN")
    imported, _ = records.create(desk, COMPANIES, {"name_ko": "중국 공관 기업"}, post="CN",
                                 foreign_ok=True)
    with pytest.raises(NotPermitted, match="belongs to post CN"):
        records.update(desk, imported.id, {"name_ko": "바꿈"})
    with pytest.raises(NotPermitted, match="belongs to post CN"):
        records.delete(desk, imported.id)


def test_reference_data_is_hqs(desk, hq_desk):
    with pytest.raises(NotPermitted, match="HQ"):
        records.create(desk, POSTS, {"code": "UK", "name_en": "London"})
    post, _ = records.create(hq_desk, POSTS, {"code": "UK", "name_en": "Embassy in London"})
    assert post.post == "HQ"
    assert "UK" in hq_desk.post_codes()
    with pytest.raises(ValidationError, match="already used"):
        records.create(hq_desk, POSTS, {"code": "UK", "name_en": "Again"})


def test_vocabulary_is_editable_at_hq(hq_desk):
    from officer_desk.domain.kinds import VOCAB_TERMS

    records.create(hq_desk, VOCAB_TERMS, {
        "vocabulary": "technology_field", "code": "space_launch", "label_ko": "우주발사체",
        "label_en": "Space launch", "version_tag": "2026",
    })
    assert hq_desk.vocab.label("technology_field", "space_launch", "ko") == "우주발사체"


def test_attachment_content_size_and_hash(desk, dispute, tmp_path):
    path = tmp_path / "소장 사본.pdf"
    path.write_bytes(b"%PDF-1.4 fake complaint")
    record, _ = records.attach_file(desk, dispute.id, path, description="소장")
    stored = records.get(desk, record.id)
    assert stored["content"] == b"%PDF-1.4 fake complaint"
    assert stored["size"] == 23 and stored["media_type"] == "application/pdf"
    assert stored["sha256"] == hashlib.sha256(b"%PDF-1.4 fake complaint").hexdigest()
    assert stored["sensitivity"] == dispute["sensitivity"]


def test_attachment_over_the_limit_is_refused(desk, dispute, tmp_path, monkeypatch):
    monkeypatch.setattr(records, "MAX_ATTACHMENT_BYTES", 1000)
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(ValidationError, match="limit is 1000 B"):
        records.attach_file(desk, dispute.id, path)
    with pytest.raises(ValidationError, match="limit"):
        records.create(desk, ATTACHMENTS, {"record_id": dispute.id, "file_name": "b.bin",
                                           "content": b"y" * 2000})
    assert desk.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_create_many_is_all_or_nothing(desk, company):
    good = {"name_ko": "좋은 기업"}
    bad = {"name_ko": "나쁜 기업", "size": "enormous"}
    with pytest.raises(ValidationError, match="#2"):
        records.create_many(desk, COMPANIES, [good, bad, good])
    assert desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
    change = records.create_many(desk, COMPANIES, [good, dict(good, name_ko="또 다른 기업")])
    assert len(change.created) == 2


def test_read_only_desk_refuses_changes(desk, dispute):
    path = desk.path
    desk.close()
    ro = open_desk(path, readonly=True)
    with pytest.raises(NotPermitted, match="read-only"):
        records.update(ro, dispute.id, {"summary": "x"})
    ro.close()


def test_create_many_checks_each_item_against_the_database(desk, company, dispute):
    """Ids and references of many items are looked up together (issue 18): a deleted
    record is still no reference, an id a record has is still refused, by item."""
    gone, _ = records.create(desk, COMPANIES, {"name_ko": "(주)폐업기업"})
    records.delete(desk, gone.id)
    items = [{"record_id": company.id, "due_on": "2025-01-31", "description": f"보고 {n}"}
             for n in range(300)]
    items[150]["record_id"] = gone.id
    items[250]["id"] = dispute.id
    before = desk.conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0]
    with pytest.raises(ValidationError) as info:
        records.create_many(desk, FOLLOW_UPS, items)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("#151.record_id", "bad_ref"), ("#251.id", "id_taken")}
    assert desk.conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == before
    items[150]["record_id"] = dispute.id
    del items[250]["id"]
    change = records.create_many(desk, FOLLOW_UPS, items)
    assert len(change.created) == 300
    assert {r.values["record_id"] for r in desk.repo.rows(FOLLOW_UPS, "WHERE deleted = 0")
            } == {company.id, dispute.id}
