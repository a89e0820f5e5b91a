"""Version stamps, merge units, tombstones and the append-only history."""

from __future__ import annotations

import pytest
import raw_sqlite

from officer_desk.services import records
from officer_desk.storage.repository import CREATED, field_stamp


def test_every_change_is_stamped_with_a_growing_counter(desk, dispute):
    first = dispute.version
    records.update(desk, dispute.id, {"summary": "갱신"})
    again = records.get(desk, dispute.id)
    assert again.version > first
    assert again.origin == desk.repo.author.installation
    counter, installation = field_stamp(again, "summary")
    assert counter == again.version and installation == desk.repo.author.installation
    assert field_stamp(again, "title_ko") == tuple(again.field_versions[CREATED][:2])


def test_fields_of_a_unit_are_stamped_together(desk, dispute):
    records.update(desk, dispute.id, {"stage": "filed"})
    r = records.get(desk, dispute.id)
    assert field_stamp(r, "stage") == field_stamp(r, "stage_date")
    assert field_stamp(r, "status") != field_stamp(r, "stage")


def test_unchanged_values_make_no_change(desk, dispute):
    change = records.update(desk, dispute.id, {"title_ko": dispute["title_ko"]})
    assert change.empty
    assert records.get(desk, dispute.id).version == dispute.version


def test_delete_is_a_tombstone_that_bumps_the_version(desk, dispute):
    records.delete(desk, dispute.id)
    r = records.get(desk, dispute.id)
    assert r.deleted and r.version > dispute.version
    assert field_stamp(r, "deleted")[0] == r.version
    assert desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == 1


def test_hard_delete_and_id_changes_are_refused_by_the_database(desk, dispute):
    with pytest.raises(raw_sqlite.IntegrityError, match="never deleted"):
        desk.conn.execute("DELETE FROM disputes WHERE id = ?", (dispute.id,))
    with pytest.raises(raw_sqlite.IntegrityError, match="never change"):
        desk.conn.execute("UPDATE disputes SET post = 'CN' WHERE id = ?", (dispute.id,))


def test_history_lists_who_changed_what(desk, dispute):
    records.update(desk, dispute.id, {"stage": "filed", "summary": "새 요약"})
    records.delete(desk, dispute.id)
    records.restore(desk, dispute.id)
    entries = records.history(desk, dispute.id)
    assert [e.action for e in entries] == ["create", "update", "update", "delete", "restore"]
    stage = next(e for e in entries if e.field == "stage")
    assert (stage.old, stage.new, stage.actor) == ("intake", "filed", "김영희")


def test_history_is_append_only(desk, dispute):
    with pytest.raises(raw_sqlite.IntegrityError, match="append-only"):
        desk.conn.execute("UPDATE history SET new = 'x'")
    with pytest.raises(raw_sqlite.IntegrityError, match="append-only"):
        desk.conn.execute("DELETE FROM history")


def test_counter_never_goes_back(desk, company, dispute):
    versions = [company.version, dispute.version]
    for i in range(3):
        records.update(desk, dispute.id, {"summary": f"v{i}"})
        versions.append(records.get(desk, dispute.id).version)
    assert versions == sorted(versions) and len(set(versions)) == len(versions)


def test_seen_vector_records_this_installations_latest_change(desk, dispute):
    me = desk.repo.author.installation
    assert dispute.seen == {me: dispute.version}
    records.update(desk, dispute.id, {"summary": "x"})
    again = records.get(desk, dispute.id)
    assert again.seen == {me: again.version}


def test_changed_counter_follows_every_local_change(desk, dispute):
    def changed():
        return desk.conn.execute(
            "SELECT changed, version FROM disputes WHERE id = ?", (dispute.id,)
        ).fetchone()

    assert changed()[0] == changed()[1] == dispute.version
    records.update(desk, dispute.id, {"summary": "x"})
    records.delete(desk, dispute.id)
    assert changed()[0] == changed()[1] > dispute.version
