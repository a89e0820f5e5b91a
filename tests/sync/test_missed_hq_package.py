"""A post that missed one of HQ's ``--since-last`` packages still merges the next
(issue s27, 3).

HQ adds a vocabulary term in one package and uses it in the next. Each HQ package
carries all of HQ's vocabulary terms, so a post that never received the first merges
the second: the term arrives with it, and nothing is refused as an "unknown value".
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from package_tools import members

from officer_desk.domain.kinds import CONFERENCES, VOCAB_TERMS
from officer_desk.services import records
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


def _term(hq_desk) -> None:
    records.create(hq_desk, VOCAB_TERMS, {
        "vocabulary": "conference_kind", "code": "ministerial", "label_ko": "장관급 회의",
        "label_en": "Ministerial meeting"})


def test_a_term_from_a_missed_hq_package_comes_with_the_next(desk, hq_desk, tmp_path):
    first = build_package(hq_desk, tmp_path / "hq0.odpkg", since_last=True, plain=True).path
    trust_package_key(desk, first, "김영희")
    assert merge_package(desk, first).ok
    _term(hq_desk)
    build_package(hq_desk, tmp_path / "hq1.odpkg", since_last=True, plain=True)  # lost
    conference, _ = records.create(hq_desk, CONFERENCES, {
        "title_ko": "2026년 장관급 회의", "conference_kind": "ministerial",
        "held_on": dt.date(2026, 5, 4)})
    second = build_package(hq_desk, tmp_path / "hq2.odpkg", since_last=True, plain=True)
    report = merge_package(desk, second.path)
    assert report.ok, report.reason
    assert records.get(desk, conference.id)["conference_kind"] == "ministerial"
    assert desk.conn.execute("SELECT label_en FROM vocab_terms WHERE code = 'ministerial'"
                             ).fetchone() == ("Ministerial meeting",)
    # read back with sqlite3 alone: the delta holds the conference and every term
    content = tmp_path / "hq2.sqlite"
    content.write_bytes(members(second.path)["content.sqlite"])
    conn = sqlite3.connect(content)
    try:
        assert conn.execute("SELECT count(*) FROM conferences").fetchone()[0] == 1
        terms = conn.execute("SELECT count(*) FROM vocab_terms").fetchone()[0]
        assert terms == hq_desk.conn.execute("SELECT count(*) FROM vocab_terms").fetchone()[0]
    finally:
        conn.close()


def test_merging_the_missed_package_afterwards_changes_nothing_more(desk, hq_desk,
                                                                    tmp_path):
    first = build_package(hq_desk, tmp_path / "hq0.odpkg", since_last=True, plain=True).path
    trust_package_key(desk, first, "김영희")
    assert merge_package(desk, first).ok
    _term(hq_desk)
    missed = build_package(hq_desk, tmp_path / "hq1.odpkg", since_last=True, plain=True).path
    records.create(hq_desk, CONFERENCES, {
        "title_ko": "2026년 장관급 회의", "conference_kind": "ministerial",
        "held_on": dt.date(2026, 5, 4)})
    second = build_package(hq_desk, tmp_path / "hq2.odpkg", since_last=True, plain=True).path
    assert merge_package(desk, second).ok
    late = merge_package(desk, missed)
    assert late.ok and late.added == late.updated == 0


def test_a_laptop_that_missed_the_term_is_told_to_merge_hqs_latest_package(
        desk, hq_desk, dispute, tmp_path, monkeypatch):
    """The office PC merged HQ's new term and used it; its laptop, a copy from before,
    cannot take that dispute (a post's package cannot carry HQ's terms). The refusal
    says what to do in both languages; after any later HQ package, it merges."""
    from computers import Computers

    c = Computers(tmp_path, monkeypatch)
    c.add("office", desk, tmp_path / "home")
    c.add("hq", hq_desk, tmp_path / "home")
    try:
        c.copy("office", "laptop")
        hq0 = c.package("hq", since_last=True)
        assert c.merge("laptop", hq0).ok and c.merge("office", hq0).ok
        records.create(c.act("hq"), VOCAB_TERMS, {
            "vocabulary": "technology_field", "code": "space_launch",
            "label_ko": "우주발사체", "label_en": "Space launch"})
        assert c.merge("office", c.package("hq", since_last=True)).ok  # the laptop: not
        records.update(c.act("office"), dispute.id, {"technology_field": "space_launch"})
        office = c.package("office")
        report = c.merge("laptop", office)
        assert report.outcome == "refused"
        assert "Technology field: unknown value 'space_launch'" in report.reason
        assert "merge HQ's latest package first" in report.reason
        assert "본청의 최신 패키지를 먼저 병합한 뒤" in report.reason_ko
        records.create(c.act("hq"), CONFERENCES, {
            "title_ko": "2026년 화상회의", "conference_kind": "hq_video",
            "held_on": dt.date(2026, 5, 4)})
        assert c.merge("laptop", c.package("hq", since_last=True)).ok
        report = c.merge("laptop", office)
        assert report.ok, report.reason
        assert records.get(c.desks["laptop"], dispute.id)["technology_field"] == "space_launch"
    finally:
        c.close()
