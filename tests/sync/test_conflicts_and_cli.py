"""Settling conflicts, and the sync commands end to end (package, keys, merge, conflicts)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conflict_tools import laptop_package

from officer_desk.cli import cli
from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts, resolve_conflict
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


@pytest.fixture
def conflicted(desk, dispute, tmp_path, monkeypatch):
    """The US office PC after merging a laptop package that edited the same summary."""
    path = laptop_package(desk, dispute.id, tmp_path, monkeypatch)
    # before seeing the laptop's
    office = build_package(desk, tmp_path / "office.odpkg", plain=True).path
    trust_package_key(desk, path, "김영희")
    assert merge_package(desk, path).conflicts == 1
    return desk, dispute, path, office


def test_keep_the_side_the_merge_did_not_apply(conflicted):
    desk, dispute, _, _ = conflicted
    [c] = list_conflicts(desk)
    applied = records.get(desk, dispute.id)["summary"]
    other = c.theirs if c.kept == "ours" else c.ours
    assert applied != other["summary"]
    change = resolve_conflict(desk, c.id, "theirs" if c.kept == "ours" else "ours")
    assert change.updated == [dispute.id]
    assert records.get(desk, dispute.id)["summary"] == other["summary"]
    assert list_conflicts(desk) == []
    [done] = list_conflicts(desk, include_resolved=True)
    assert done.resolution.startswith("kept") and done.resolved_by == "김영희"
    with pytest.raises(OfficerDeskError, match="already resolved"):
        resolve_conflict(desk, c.id, "ours")


def test_keep_the_applied_side_keeps_the_values_and_the_decision_travels(conflicted, hq_desk):
    """Keeping the value the merge applied changes no value, but stamps the field anew:
    the decision goes out in the next package and closes the same conflict at HQ."""
    desk, dispute, laptop, office = conflicted
    for path in (laptop, office):
        trust_package_key(hq_desk, path, "본청")
        assert merge_package(hq_desk, path).ok
    assert len(list_conflicts(hq_desk)) == 1
    [c] = list_conflicts(desk)
    before = records.get(desk, dispute.id)
    settled = resolve_conflict(desk, c.id[:8], c.kept)
    assert settled.how == "confirmed" and settled.updated == [dispute.id]
    after = records.get(desk, dispute.id)
    assert after.values == before.values and after.version > before.version
    assert records.history(desk, dispute.id)[-1].action == "confirm"
    [done] = list_conflicts(desk, include_resolved=True)
    assert done.resolution == f"kept {c.kept}"
    report = merge_package(
        hq_desk, build_package(desk, hq_desk.path.parent / "d.odpkg", plain=True).path)
    assert report.ok and report.superseded == 1
    assert list_conflicts(hq_desk) == []
    assert records.get(hq_desk, dispute.id).values == after.values


def test_hq_cannot_settle_a_posts_record(conflicted, hq_desk, tmp_path):
    _, _, laptop_package, office_package = conflicted
    for path in (laptop_package, office_package):
        trust_package_key(hq_desk, path, "본청")
        assert merge_package(hq_desk, path).ok
    [c] = list_conflicts(hq_desk)
    wrong = "theirs" if c.kept == "ours" else "ours"
    with pytest.raises(NotPermitted, match="belongs to post US"):
        resolve_conflict(hq_desk, c.id, wrong)
    settled = resolve_conflict(hq_desk, c.id, c.kept)  # acknowledging is fine
    assert settled.empty and settled.how == "marked"


def test_the_sync_commands(desk, dispute, hq_desk, tmp_path):
    runner = CliRunner()
    us, hq = str(desk.path), str(hq_desk.path)
    out = tmp_path / "outbox"
    out.mkdir()
    made = runner.invoke(cli, ["package", us, str(out), "--plain"])
    assert made.exit_code == 0, made.output
    [path] = list(out.glob("US-*.odpkg"))
    refused = runner.invoke(cli, ["merge", hq, str(path)])
    assert refused.exit_code == 1 and f"officer-desk keys {hq} trust {path}" in refused.output
    shown = runner.invoke(cli, ["keys", us, "show"])
    fingerprint = shown.output.split()[1]
    wrong = runner.invoke(cli, ["keys", hq, "trust", str(path), "--fingerprint", "AAAA-BBBB"])
    assert wrong.exit_code == 1
    trusted = runner.invoke(cli, ["keys", hq, "trust", str(path), "--fingerprint", fingerprint])
    assert trusted.exit_code == 0, trusted.output
    assert fingerprint in runner.invoke(cli, ["keys", hq, "list"]).output
    merged = runner.invoke(cli, ["merge", hq, str(path)])
    assert merged.exit_code == 0, merged.output
    assert "merged" in merged.output
    again = runner.invoke(cli, ["merge", hq, str(path), "--json"])
    assert again.exit_code == 0 and '"already merged"' in again.output
    assert runner.invoke(cli, ["conflicts", hq, "list"]).output.strip() == "no conflicts"
    since = runner.invoke(cli, ["package", us, str(tmp_path / "delta.odpkg"), "--since-last",
                                "--plain"])
    assert since.exit_code == 0 and "0 records" in since.output


def test_hq_sees_one_exporter_entered_at_two_posts(desk, company, dispute, hq_desk, tmp_path):
    from officer_desk.domain.kinds import COMPANIES, DISPUTES
    from officer_desk.services import sync as sync_service
    from officer_desk.services.desk import init_desk

    cn = init_desk(tmp_path / "cn.sqlite", post="CN", officer="이중국")
    cn_company, _ = records.create(cn, COMPANIES, {"name_ko": "한빛배터리 주식회사"})
    records.create(cn, DISPUTES, {
        "title_ko": "한빛배터리 상표 선점 대응", "company_id": cn_company.id,
        "ip_type": "trademark", "dispute_kind": "opposition", "opened_on": "2025-02-01",
    })
    paths = [build_package(d, tmp_path / f"{d.home_post}.odpkg", plain=True).path
             for d in (desk, cn)]
    for path in paths:
        trust_package_key(hq_desk, path, "본청")
    assert all(r.ok for r in sync_service.merge(hq_desk, paths))
    shown = CliRunner().invoke(cli, ["show", str(hq_desk.path), company.id, "--lang", "en"])
    assert shown.exit_code == 0, shown.output
    assert "Same company at other posts (1)" in shown.output
    assert "Disputes at every post (2)" in shown.output
    cn.close()


def test_the_command_line_keeps_edited_values(conflicted):
    desk, dispute, _, _ = conflicted
    [c] = list_conflicts(desk)
    runner = CliRunner()
    db = str(desk.path)
    desk.close()
    combined = "사무실 요약 + 출장 중 요약"
    refused = runner.invoke(cli, ["conflicts", db, "resolve", c.id[:8], "--keep", "edited"])
    assert refused.exit_code != 0 and "--set FIELD=VALUE" in refused.output
    mixed = runner.invoke(cli, ["conflicts", db, "resolve", c.id[:8], "--keep", "ours",
                                "--set", "summary=x"])
    assert mixed.exit_code != 0 and "--keep edited" in mixed.output
    bad = runner.invoke(cli, ["conflicts", db, "resolve", c.id[:8], "--keep", "edited",
                              "--set", "opened_on=not a date"])
    assert bad.exit_code != 0 and "opened" in bad.output.lower()
    done = runner.invoke(cli, ["conflicts", db, "resolve", c.id[:8], "--keep", "edited",
                               "--set", f"summary={combined}"])
    assert done.exit_code == 0, done.output
    assert "kept edited (changed the record)" in done.output
    from officer_desk.services.desk import open_desk

    again = open_desk(db)
    try:
        assert records.get(again, dispute.id)["summary"] == combined
        assert list_conflicts(again) == []
    finally:
        again.close()


@pytest.mark.parametrize("lang,said", [
    ("en", 'tags: "배터리; NPE; 배터리" → stored as ["배터리", "NPE"]'),
    ("ko", 'tags: "배터리; NPE; 배터리" → 저장되는 값 ["배터리", "NPE"]'),
])
def test_an_edited_value_stored_otherwise_than_given_is_shown_first(conflicted, lang, said):
    """--set "tags=배터리; NPE; 배터리" stored two tags without a word, as add did."""
    import sqlite3

    desk, dispute, _, _ = conflicted
    [c] = list_conflicts(desk)
    db = str(desk.path)
    desk.close()
    args = ["--lang", lang, "conflicts", db, "resolve", c.id[:8], "--keep", "edited",
            "--set", "summary=합친 요약", "--set", "tags=배터리; NPE; 배터리"]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 1 and said in refused.stderr
    assert "--accept-changes" in refused.stderr

    def row() -> tuple:
        con = sqlite3.connect(db)
        try:
            return con.execute("SELECT summary, tags FROM disputes WHERE id = ?",
                               (dispute.id,)).fetchone()
        finally:
            con.close()

    assert row()[0] != "합친 요약"  # nothing stored, the conflict still open
    done = CliRunner().invoke(cli, [*args, "--accept-changes"])
    assert done.exit_code == 0, done.output
    assert said in done.stderr  # said again as it is stored
    assert row() == ("합친 요약", '["배터리","NPE"]')


@pytest.mark.parametrize(("lang", "kept", "kept_again"), [
    ("ko", "상대 값 유지", "우리 값 유지"), ("en", "kept theirs", "kept ours")])
def test_how_a_conflict_was_settled_is_said_in_the_chosen_language(conflicted, lang, kept,
                                                                   kept_again):
    """conflicts list --all and a second resolve say "kept theirs" in Korean too (s28)."""
    desk = conflicted[0]
    [c] = list_conflicts(desk)
    runner, db = CliRunner(), str(desk.path)
    keep = "theirs" if c.kept == "ours" else "ours"
    word = kept if keep == "theirs" else kept_again
    assert runner.invoke(cli, ["conflicts", db, "resolve", c.id[:8], "--keep", keep]
                         ).exit_code == 0
    listed = runner.invoke(cli, ["--lang", lang, "conflicts", db, "list", "--all"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.rstrip().endswith(word)
    again = runner.invoke(cli, ["--lang", lang, "conflicts", db, "resolve", c.id[:8],
                                "--keep", "ours"])
    assert again.exit_code == 1 and f"({word}, " in again.output
