"""The import log as a list, and settling a conflict with a value typed by the person."""

from __future__ import annotations

import conflict_tools
import pytest

from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.services import records
from officer_desk.services.conflicts import EDITED, list_conflicts, resolve_conflict
from officer_desk.services.import_log import import_count, list_imports
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import trust_package_key


@pytest.fixture
def laptop_package(desk, dispute, tmp_path, monkeypatch):
    """A package from the officer's laptop (a copy of this database) editing the summary;
    this database then edits the same summary."""
    return conflict_tools.laptop_package(desk, dispute.id, tmp_path, monkeypatch)


def test_the_import_log_lists_every_package_offered(desk, laptop_package):
    assert list_imports(desk) == [] and import_count(desk) == 0
    refused = merge_package(desk, laptop_package)  # its key is not trusted yet
    assert refused.outcome == "refused"
    trust_package_key(desk, laptop_package, "김영희")
    assert merge_package(desk, laptop_package).conflicts == 1
    latest, first = list_imports(desk)
    assert import_count(desk) == 2
    assert first.outcome == "refused" and first.reasons and first.refused_rows == 0
    assert latest.outcome == "merged" and latest.post == "US"
    assert latest.file_name == "laptop.odpkg" and latest.signer
    assert latest.count("conflicts") == 1 and latest.count("updated") >= 0
    assert latest.actor == desk.actor and latest.at >= first.at
    assert [e.seq for e in list_imports(desk, limit=1)] == [latest.seq]


def test_an_edited_value_settles_a_conflict_and_leaves_history(desk, dispute,
                                                                laptop_package):
    trust_package_key(desk, laptop_package, "김영희")
    merge_package(desk, laptop_package)
    [c] = list_conflicts(desk)
    combined = "사무실 요약 + 출장 중 요약"
    change = resolve_conflict(desk, c.id, EDITED, {"summary": combined})
    assert change.updated == [dispute.id]
    assert records.get(desk, dispute.id)["summary"] == combined
    assert list_conflicts(desk) == []
    [done] = list_conflicts(desk, include_resolved=True)
    assert done.resolution == "edited" and done.resolved_by == desk.actor
    history = records.history(desk, dispute.id)
    assert history[-1].field == "summary" and history[-1].new == combined


def test_an_edited_value_is_validated_and_nothing_is_half_done(desk, dispute,
                                                               laptop_package):
    trust_package_key(desk, laptop_package, "김영희")
    merge_package(desk, laptop_package)
    [c] = list_conflicts(desk)
    before = records.get(desk, dispute.id)
    with pytest.raises(ValidationError):
        resolve_conflict(desk, c.id, EDITED, {"opened_on": "not a date"})
    with pytest.raises(OfficerDeskError, match="edited values"):
        resolve_conflict(desk, c.id, EDITED)
    with pytest.raises(OfficerDeskError, match="only with"):
        resolve_conflict(desk, c.id, "ours", {"summary": "x"})
    assert records.get(desk, dispute.id).version == before.version
    assert len(list_conflicts(desk)) == 1


def test_an_edited_value_for_a_record_deleted_on_one_side_restores_it(
        desk, dispute, tmp_path, monkeypatch):
    path = conflict_tools.laptop_package(desk, dispute.id, tmp_path, monkeypatch,
                                         office_deletes=True)
    trust_package_key(desk, path, "김영희")
    merge_package(desk, path)
    [c] = list_conflicts(desk)
    assert c.reason == "delete"
    resolve_conflict(desk, c.id, EDITED, {"summary": "되살려 정리한 요약", "deleted": True})
    record = records.get(desk, dispute.id)
    assert not record.deleted and record["summary"] == "되살려 정리한 요약"
    assert list_conflicts(desk) == []
