"""One stamp, two contents (issue 11, finding 3, HQ's side): a file copied back over a
newer one reuses its counters, so the same installation and stamp can arrive with
different content. HQ never calls that "unchanged": what is new is merged, and two
values of one field are a conflict, the same whichever arrives first."""

from __future__ import annotations

import json
import shutil

from package_tools import resigned

from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


def test_a_file_copied_back_by_hand_loses_no_edit_at_hq(desk, dispute, hq_desk, tmp_path):
    """The issue's steps: save a copy, edit the summary, package, merge; copy the saved
    file back, edit the forum, package, merge. HQ used to report the forum's record as
    unchanged and keep the old forum for good. (Whether or not the post recognises the
    older copy and gives it a new installation, HQ ends with both edits.)"""
    first = build_package(desk, tmp_path / "first.odpkg", plain=True).path
    trust_package_key(hq_desk, first, "본청")
    assert merge_package(hq_desk, first).ok
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    saved = tmp_path / "saved.sqlite"
    shutil.copy(desk.path, saved)
    records.update(desk, dispute.id, {"summary": "새 요약"})
    assert merge_package(hq_desk, build_package(desk, tmp_path / "a.odpkg", plain=True).path).ok
    path = desk.path
    desk.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    shutil.copy(saved, path)
    again = open_desk(path)
    try:
        records.update(again, dispute.id, {"forum": "E.D. Tex."})
        second = build_package(again, tmp_path / "b.odpkg", plain=True).path
        # a copy recognised as older signs with a new key (docs/sync.md): HQ trusts it
        trust_package_key(hq_desk, second, "본청")
        report = merge_package(hq_desk, second)
    finally:
        again.close()
    assert report.outcome == "merged"
    merged = records.get(hq_desk, dispute.id)
    assert merged["forum"] == "E.D. Tex."
    assert merged["summary"] == "새 요약"


def _same_stamp_packages(desk, dispute, hq_desk, tmp_path):
    """Two packages of the US post stamping the summary alike with different text."""
    base = build_package(desk, tmp_path / "base.odpkg", plain=True).path
    trust_package_key(hq_desk, base, "본청")
    records.update(desk, dispute.id, {"summary": "사본 A의 요약"})
    a = build_package(desk, tmp_path / "a.odpkg", plain=True).path
    edited = records.get(desk, dispute.id)
    stamp = edited.field_versions["summary"]
    stamp_json = json.dumps(stamp, separators=(",", ":"), ensure_ascii=False)
    clock = json.loads(__import__("zipfile").ZipFile(a).read("manifest.json"))["clock"]
    b = resigned(desk, base, tmp_path / "b.odpkg",
                 "UPDATE disputes SET summary = '사본 B의 요약', "
                 f"field_versions = json_set(field_versions, '$.summary', json('{stamp_json}')), "
                 f"seen = json_set(seen, '$.\"{stamp[1]}\"', {stamp[0]}), version = {stamp[0]} "
                 f"WHERE id = '{dispute.id}'",
                 changes={"clock": clock})
    return a, b


def test_the_same_stamp_with_other_content_is_a_conflict(desk, dispute, hq_desk, tmp_path):
    """Even when the `seen` vectors say there is nothing new: the second copy's summary
    carries the first's stamp. It is a conflict with both values, and the value applied
    is the same whichever package HQ merges first."""
    a, b = _same_stamp_packages(desk, dispute, hq_desk, tmp_path)
    results = []
    for n, order in enumerate(((a, b), (b, a))):
        hq = hq_desk if n == 0 else init_desk(tmp_path / "hq2.sqlite", hq=True)
        if n:
            trust_package_key(hq, a, "본청")
        first, second = (merge_package(hq, p) for p in order)
        assert first.ok and second.ok
        assert second.conflicts == 1
        [conflict] = list_conflicts(hq)
        values = {conflict.ours["summary"], conflict.theirs["summary"]}
        assert values == {"사본 A의 요약", "사본 B의 요약"}
        results.append(records.get(hq, dispute.id)["summary"])
        if n:
            hq.close()
    assert results[0] == results[1]
