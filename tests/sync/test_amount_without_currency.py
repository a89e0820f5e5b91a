"""A record stored with an amount and no currency (before the editor asked for one)
still goes through a package and merges: only the entry points a person uses refuse it
(issue s27, 4, the lead's decision)."""

from __future__ import annotations

from officer_desk.services import records
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


def test_a_post_record_without_a_currency_merges_at_hq(desk, dispute, hq_desk, tmp_path):
    desk.repo.update(records.get(desk, dispute.id), {"claimed_amount": 350_000_000.0})
    path = build_package(desk, tmp_path / "old.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청 담당")
    report = merge_package(hq_desk, path)
    assert report.ok, report.reason
    merged = records.get(hq_desk, dispute.id)
    assert (merged["claimed_amount"], merged["currency"]) == (350_000_000, None)
