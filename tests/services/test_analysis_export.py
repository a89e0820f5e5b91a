"""The analysis database for HQ (issue 17), opened by Datasette — through its Python API
and test client, no server — as an analyst would open it, with nothing of Officer Desk
in the way."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from datasette.app import Datasette

from officer_desk.domain.kinds import (
    ATTACHMENTS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    USER_KINDS,
)
from officer_desk.services import records
from officer_desk.services.analysis_export import write_analysis
from officer_desk.services.analysis_views import FTS, VIEWS
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk
from officer_desk.services.todo import TodoQuery, todo_count

TODAY = dt.date(2025, 6, 30)
SYNC_COLUMNS = {"version", "origin", "field_versions", "seen", "deleted", "changed"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True)
    try:
        generate_demo(desk, records=500, seed=3, today=TODAY)
        gone = desk.conn.execute("SELECT id FROM disputes ORDER BY id LIMIT 1").fetchone()[0]
        records.delete(desk, gone)
    finally:
        desk.close()
    return path


def _datasette(path: Path, *urls: str) -> list[Any]:
    """The JSON Datasette answers for each URL (each must answer 200)."""
    async def ask() -> list[Any]:
        ds = Datasette([str(path)])
        await ds.invoke_startup()
        out = []
        for url in urls:
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:500])
            out.append(response.json())
        return out
    return asyncio.run(ask())


def _sql(name: str, sql: str) -> str:
    return f"/{name}.json?sql={quote(sql)}&_shape=array"


def test_datasette_answers_every_table_view_and_search_with_the_case_logs_counts(
        demo, tmp_path):
    from officer_desk.services.desk import open_desk

    out = tmp_path / "analysis.sqlite"
    desk = open_desk(demo, readonly=True)
    try:
        result = write_analysis(desk, out)
        live = {k.name: desk.conn.execute(
            f"SELECT count(*) FROM {k.name} WHERE deleted = 0").fetchone()[0]
            for k in USER_KINDS}
        open_deadlines = todo_count(desk, TodoQuery(state="open"))
        title = desk.conn.execute(
            "SELECT id, title_en FROM disputes WHERE deleted = 0 AND title_en LIKE '% %' "
            "ORDER BY id LIMIT 1").fetchone()
    finally:
        desk.close()
    (about,) = _datasette(out, "/analysis.json")
    tables = {t["name"]: t for t in about["tables"] if not t["hidden"]}
    assert set(tables) >= {k.name for k in USER_KINDS} | {
        "posts", "vocabulary", "exporters", "dispute_counterparties",
        "engagement_companies", "records", "_columns", "_about"}
    assert {v["name"] for v in about["views"]} == set(VIEWS)
    for table in tables:
        for column in SYNC_COLUMNS:
            assert column not in tables[table]["columns"], (table, column)
    # every table and view answers, through its own page
    pages = _datasette(out, *[f"/analysis/{t}.json?_shape=objects&_size=5" for t in tables],
                       *[f"/analysis/{v}.json?_shape=objects&_size=5" for v in VIEWS])
    for page in pages:
        name = page["table"]
        assert len(page["rows"]) == (min(5, live[name]) if name in live else
                                     len(page["rows"] or [1])), name
    # counts: each kind's table holds the case log's live records, no more, no fewer
    counts = _datasette(out, *[_sql("analysis", f"SELECT count(*) AS n FROM {k.name}")
                               for k in USER_KINDS])
    assert {k.name: c[0]["n"] for k, c in zip(USER_KINDS, counts, strict=True)} == live
    assert {k: v for k, v in result.tables.items() if k in live} == live
    (deadlines, by_quarter, outcomes) = _datasette(
        out, _sql("analysis", "SELECT count(*) AS n FROM open_deadlines"),
        _sql("analysis", "SELECT sum(disputes) AS n FROM disputes_by_post_ip_type_quarter"),
        _sql("analysis", "SELECT count(DISTINCT d.id) AS n FROM disputes AS d "
                         "JOIN dispute_counterparties AS c ON c.dispute_id = d.id"))
    assert deadlines[0]["n"] == open_deadlines
    assert by_quarter[0]["n"] == live[DISPUTES.name]
    (by_type,) = _datasette(out, _sql(
        "analysis", "SELECT sum(disputes) AS n FROM (SELECT counterparty_type, "
                    "sum(disputes) AS disputes FROM outcomes_by_counterparty_type "
                    "GROUP BY counterparty_type)"))
    assert by_type[0]["n"] >= outcomes[0]["n"] > 0
    # full-text search on every table that has it, through Datasette's own search
    word = next(w for w in title[1].split() if len(w) >= 4)
    (found,) = _datasette(out, f"/analysis/disputes.json?_search={quote(word)}"
                               "&_shape=objects&_size=max")
    assert title[0] in {r["id"] for r in found["rows"]}
    for table in FTS:
        (one,) = _datasette(out, _sql("analysis", f"SELECT title_en FROM {table} WHERE "
                                      f"title_en IS NOT NULL AND length(title_en) > 5 "
                                      f"LIMIT 1") if table != "engagements" else
                            _sql("analysis", "SELECT topic_en AS title_en FROM engagements "
                                             "WHERE length(topic_en) > 5 LIMIT 1"))
        phrase = one[0]["title_en"][:5]
        (hit,) = _datasette(out, f"/analysis/{table}.json?_search={quote(phrase)}&_size=1")
        assert hit["filtered_table_rows_count"] >= 1, (table, phrase)


def test_columns_are_readable_and_links_resolved(desk, company, dispute, tmp_path):
    records.update(desk, dispute.id, {"claimed_amount": 12_000_000, "currency": "USD"})
    _follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "description": "답변서 제출"})
    out = tmp_path / "analysis.sqlite"
    write_analysis(desk, out)
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT * FROM disputes").fetchone()
    assert (row["ip_type"], row["ip_type_en"], row["ip_type_ko"]) == ("patent", "Patent", "특허")
    assert (row["company_id"], row["company_ko"]) == (company.id, "(주)한빛배터리")
    assert row["opened_on"] == "2024-03-01" and row["quarter"] == "2024-Q1"
    assert row["claimed_amount"] == 12_000_000 and row["claimed_amount_text"] == \
        "USD 12,000,000"
    assert row["counterparties"] == "Voltaic Licensing LLC — NPE (non-practising entity)"
    assert row["exporter_id"] == company.id
    f = db.execute("SELECT * FROM follow_ups").fetchone()
    assert (f["record_id"], f["record_kind"], f["open_deadline"]) == (
        dispute.id, "disputes", 1)
    assert f["record_title_ko"].startswith("한빛배터리 v.")
    keys = {(fk[2], fk[3]) for fk in db.execute("PRAGMA foreign_key_list(disputes)")}
    assert ("companies", "company_id") in keys and ("exporters", "exporter_id") in keys
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    described = db.execute("SELECT label_ko FROM _columns WHERE table_name = 'disputes' "
                           "AND column_name = 'ip_type_ko'").fetchone()
    assert described[0] == "권리 유형"
    db.close()


def test_the_stakeholder_edition_leaves_out_internal_records_and_names(
        desk, company, dispute, tmp_path):
    records.update(desk, dispute.id, {"sensitivity": "public"})
    secret, _ = records.create(desk, COMPANIES, {"name_ko": "비밀상사", "sensitivity": "public",
                                                 "consent_to_name": False})
    internal, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "description": "내부 검토"})
    out = tmp_path / "public.sqlite"
    result = write_analysis(desk, out, edition="stakeholder")
    dump = "\n".join(sqlite3.connect(out).iterdump())
    for text in ("Hanbit", "한빛", "비밀상사", "2:24-cv-00123", "123-45-67891",
                 internal.id):
        assert text not in dump, text
    assert result.tables["disputes"] == 1 and result.tables["follow_ups"] == 0
    db = sqlite3.connect(out)
    company_ko, company_en = db.execute("SELECT company_ko, company_en FROM disputes").fetchone()
    assert company_ko.startswith("기업 ") and company_en.startswith("Company ")
    assert db.execute("SELECT name_ko FROM companies WHERE id = ?",
                      (secret.id,)).fetchone()[0].startswith("기업 ")
    db.close()


def test_a_record_about_an_unnamed_company_shows_its_structured_fields_only(
        desk, company, dispute, tmp_path):
    """User check (s26): the pack prints a record about a company that has not agreed to
    be named by its structured line only, because free text names it in ways no list of
    protected strings knows (a nickname, a product). The analysis database printed its
    title, summary, case number, counterparties and tags with only the recorded names
    replaced: "Hanbi-Power" (a nickname) and the case number's court reached the file."""
    records.update(desk, company.id, {"sensitivity": "public"})
    records.update(desk, dispute.id, {
        "sensitivity": "public", "title_en": "Hanbi-Power v. Voltaic", "tags": ["Hanbi-Power"],
        "forum": "E.D. Tex. (Hanbi-Power docket)", "claimed_amount": 1234567, "currency": "USD",
        "counterparties": [{"name": "Hanbi-Power rival", "type": "npe"}]})
    follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "sensitivity": "public",
        "description": "Call Hanbi-Power's counsel"})
    meeting, _ = records.create(desk, ENGAGEMENTS, {
        "topic_en": "Hanbi-Power at USPTO", "agency": "uspto", "held_on": dt.date(2025, 5, 2),
        "company_ids": [company.id], "participants": ["Hanbi-Power CEO"],
        "result": "Hanbi-Power heard", "sensitivity": "public"})
    attachment, _ = records.create(desk, ATTACHMENTS, {
        "record_id": dispute.id, "file_name": "Hanbi-Power complaint.pdf",
        "content": b"%PDF-", "description": "Hanbi-Power", "sensitivity": "public"})
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    assert "Hanbi" not in "\n".join(sqlite3.connect(out).iterdump())
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT * FROM disputes WHERE id = ?", (dispute.id,)).fetchone()
    assert row["title_en"] == "Infringement suit (Patent) — Company A"
    assert row["title_ko"] == "침해소송 (특허) — 기업 A"
    for column in ("summary", "case_number", "forum", "tags", "counterparties",
                   "claimed_amount"):
        assert row[column] is None, column
    assert (row["ip_type"], row["stage"], row["opened_on"], row["company_en"]) == \
        ("patent", "intake", "2024-03-01", "Company A — SME, Secondary batteries")
    assert [tuple(r) for r in db.execute("SELECT name, type FROM dispute_counterparties")] == \
        [(None, "npe")]
    f = db.execute("SELECT * FROM follow_ups WHERE id = ?", (follow_up.id,)).fetchone()
    assert f["description"] == "Follow-up: Infringement suit (Patent) — Company A"
    assert f["record_title_en"] == "Infringement suit (Patent) — Company A"
    assert f["due_on"] == "2025-07-01"
    e = db.execute("SELECT * FROM engagements WHERE id = ?", (meeting.id,)).fetchone()
    assert e["topic_en"].endswith("— Company A") and e["result"] is None
    assert e["participants"] is None and e["agency"] == "uspto"
    a = db.execute("SELECT * FROM attachments WHERE id = ?", (attachment.id,)).fetchone()
    assert a["file_name"] is None and a["description"] is None
    assert a["record_id"] == dispute.id
    db.close()
    # the company agrees to be named: its records keep their text
    records.update(desk, company.id, {"consent_to_name": True})
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    assert db.execute("SELECT title_en FROM disputes").fetchone()[0] == \
        "Hanbi-Power v. Voltaic"
    db.close()


def test_a_company_whose_name_another_record_protects_is_not_named(desk, company, tmp_path):
    """A company that agreed to be named, whose name another company record keeps
    internal (the same exporter at another post): the edition shows it by its alias."""
    records.update(desk, company.id, {"consent_to_name": True, "sensitivity": "public"})
    agreed, _ = records.create(desk, COMPANIES, {
        "name_ko": "(주)누리반도체", "name_en": "Nuri Semiconductor Inc.",
        "consent_to_name": True, "sensitivity": "public"})
    records.create(desk, COMPANIES, {"name_ko": "(주)누리반도체",
                                     "name_en": "Nuri Semiconductor Inc.",
                                     "sensitivity": "internal"})
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    names = dict(db.execute("SELECT id, name_en FROM companies").fetchall())
    db.close()
    assert names[company.id] == "Hanbit Battery Co., Ltd."  # agreed, nothing protects it
    assert names[agreed.id].startswith("Company ")
    assert "Nuri" not in "\n".join(sqlite3.connect(out).iterdump())


def test_one_exporter_across_posts(tmp_path):
    """Company records of one exporter kept by two posts (HQ links them after a merge)
    share one exporter: its disputes at both posts are one group."""
    from officer_desk.services.companies import link_companies

    hq = init_desk(tmp_path / "hq.sqlite", hq=True, demo=True)
    try:
        ids = []
        for post in ("US", "CN"):
            company, _ = records.create(hq, COMPANIES, {
                "name_ko": "(주)한빛배터리", "brn": "123-45-67891"}, post=post)
            records.create(hq, DISPUTES, {
                "title_ko": f"{post} 분쟁", "company_id": company.id, "ip_type": "patent",
                "dispute_kind": "infringement_suit", "opened_on": TODAY}, post=post)
            ids.append(company.id)
        link_companies(hq)
        out = tmp_path / "analysis.sqlite"
        write_analysis(hq, out)
    finally:
        hq.close()
    db = sqlite3.connect(out)
    exporters = db.execute("SELECT id, posts, companies FROM exporters").fetchall()
    assert len(exporters) == 1 and exporters[0][1:] == ("CN; US", 2)
    assert {r[0] for r in db.execute("SELECT exporter_id FROM companies")} == {exporters[0][0]}
    row = db.execute("SELECT disputes, dispute_posts FROM disputes_by_exporter").fetchone()
    assert row[0] == 2 and set(row[1].split(",")) == {"US", "CN"}
    db.close()


def _search(path: Path, table: str, query: str) -> set[str]:
    """The ids Datasette's own search box finds in ``table``."""
    (found,) = _datasette(path, f"/{path.stem}/{table}.json?_search={quote(query)}"
                                "&_shape=objects&_size=max")
    return {r["id"] for r in found["rows"]}


def test_korean_is_found_by_a_part_of_a_word_through_datasette(desk, company, dispute,
                                                               tmp_path):
    records.update(desk, dispute.id, {"summary": "한빛배터리는 텍사스 동부지법에서 답변서를 "
                                                 "제출함", "sensitivity": "public"})
    other, _ = records.create(desk, DISPUTES, {
        "title_ko": "다른 분쟁", "company_id": company.id, "ip_type": "trademark",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 5, 2),
        "summary": "상표 무효심판 청구"})
    out = tmp_path / "analysis.sqlite"
    write_analysis(desk, out)
    # inside a word with its particle, in the middle of a word, and in English
    assert _search(out, "disputes", "한빛배터리") == {dispute.id}
    assert _search(out, "disputes", "빛배터") == {dispute.id}
    assert _search(out, "disputes", "부지법") == {dispute.id}
    assert _search(out, "disputes", "무효심") == {other.id}
    assert _search(out, "disputes", "oltaic Lic") == {dispute.id}
    db = sqlite3.connect(out)
    # the index was built with FTS5's defaults put back for whoever adds rows later
    config = dict(db.execute("SELECT k, v FROM disputes_fts_config"))
    assert config.get("automerge") == 4 and config.get("hashsize") == 1024 * 1024
    db.close()


def test_odd_stored_values_are_read_as_the_window_reads_them(desk, company, dispute,
                                                             tmp_path):
    """Values the plain SQL leaves aside (a list of other than text, a date that is not
    ISO) come out as the Python reading gives them; counterparties without a name are
    left out, a type the vocabulary does not know is shown as it is."""
    desk.conn.execute(
        "UPDATE disputes SET tags = ?, counterparties = ?, opened_on = ?, "
        "changed = changed + 1 WHERE id = ?",
        ('["a", 1, true, null, " ", "\u3000", "b"]',
         '[{"name": "A", "type": "npe"}, {"name": ""}, {"type": "npe"}, '
         '{"name": "B", "type": "zzz"}, {"name": "C"}]', "2024-13-01", dispute.id))
    second, _ = records.create(desk, DISPUTES, {
        "title_ko": "둘째", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 11, 30),
        "claimed_amount": 1234.5, "currency": "EUR", "tags": ["하나", "둘"]})
    out = tmp_path / "analysis.sqlite"
    result = write_analysis(desk, out)
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    rows = {r["id"]: r for r in db.execute("SELECT * FROM disputes")}
    odd, plain = rows[dispute.id], rows[second.id]
    assert odd["tags"] == "a; 1; True; None; b"
    assert odd["counterparties"] == "A — NPE (non-practising entity); B — zzz; C"
    assert odd["quarter"] == "2024-Q5"  # as the Python reading gives it for month 13
    assert plain["tags"] == "하나; 둘" and plain["counterparties"] is None
    assert plain["quarter"] == "2024-Q4" and plain["claimed_amount_text"] == "EUR 1,234.5"
    parties = db.execute("SELECT dispute_id, position, name, type, type_en, type_ko FROM "
                         "dispute_counterparties ORDER BY position").fetchall()
    assert [tuple(p) for p in parties] == [
        (dispute.id, 0, "A", "npe", "NPE (non-practising entity)", "특허관리전문회사(NPE)"),
        (dispute.id, 3, "B", "zzz", "zzz", "zzz"),
        (dispute.id, 4, "C", None, None, None)]
    assert result.tables["dispute_counterparties"] == 3
    db.close()


def test_an_encrypted_case_log_gives_a_plain_analysis_database(tmp_path):
    from officer_desk.services.desk import init_desk, open_desk

    path = tmp_path / "secret.sqlite"
    desk = init_desk(path, post="US", passphrase="correct horse battery staple")
    try:
        records.create(desk, COMPANIES, {"name_ko": "(주)가람", "name_en": "Garam"})
    finally:
        desk.close()
    desk = open_desk(path, readonly=True, passphrase="correct horse battery staple")
    try:
        write_analysis(desk, tmp_path / "analysis.sqlite")
        assert desk.conn.execute("PRAGMA database_list").fetchall()[-1][1] != "analysis"
    finally:
        desk.close()
    db = sqlite3.connect(tmp_path / "analysis.sqlite")  # plain sqlite3, no key
    assert db.execute("SELECT name_ko, name_en FROM companies").fetchall() == [
        ("(주)가람", "Garam")]
    db.close()


def test_the_stakeholder_edition_is_refused_while_a_protected_name_is_left(
        desk, company, dispute, tmp_path):
    """A name inside a longer Korean word is not replaced, but the final check finds it:
    nothing is written."""
    from officer_desk.briefs.guard import LeakRefused

    # a trend note (a dispute of the company shows no text written about it at all)
    note, _ = records.create(desk, TREND_NOTES, {
        "title_ko": "배터리 동향", "category": "market_trends", "noted_on": dt.date(2025, 5, 1),
        "body": "신한빛배터리연구소 자료를 검토함", "sensitivity": "public"})
    out = tmp_path / "public.sqlite"
    with pytest.raises(LeakRefused) as refused:
        write_analysis(desk, out, edition="stakeholder")
    assert "한빛배터리" in str(refused.value) and not out.exists()
    assert not list(tmp_path.glob(".public.sqlite.*"))
    # (issue s28) where: the table, the column and the record, not only "the database"
    assert f"table trend_notes, column body (record {note.id[:8]})" in \
        refused.value.message("en")
    assert f"trend_notes 표, body 열 (기록 {note.id[:8]})" in refused.value.message("ko")


def test_the_case_logs_connection_is_left_as_it_was(desk, dispute, tmp_path):
    """The export reads the case log through a memory map and writes its file without a
    journal; afterwards the case log's connection maps and journals as before, and the
    file written is whole (16 KiB pages, integrity check clean)."""
    before = [desk.conn.execute(f"PRAGMA main.{p}").fetchone()[0]
              for p in ("mmap_size", "journal_mode", "cache_size")]
    write_analysis(desk, tmp_path / "analysis.sqlite")
    after = [desk.conn.execute(f"PRAGMA main.{p}").fetchone()[0]
             for p in ("mmap_size", "journal_mode", "cache_size")]
    assert after == before
    attached = {r[1] for r in desk.conn.execute("PRAGMA database_list")}
    assert not attached & {"analysis", "analysis_work"}
    db = sqlite3.connect(tmp_path / "analysis.sqlite")
    assert db.execute("PRAGMA page_size").fetchone()[0] == 16384
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("SELECT count(*) FROM disputes").fetchone()[0] == 1
    db.close()


def test_korean_columns_name_an_unnamed_company_in_korean_with_its_one_letter(
        desk, company, tmp_path):
    """User check (s26): the stakeholder database's Korean columns said "Company B" in
    Korean text ("오픈코프 대 Company B 특허 분쟁"). A Korean column now says "기업 B",
    with the letter the English columns give the same company."""
    records.update(desk, company.id, {"sensitivity": "public"})  # unnamed: no consent
    named, _ = records.create(desk, COMPANIES, {
        "name_ko": "오픈코프", "name_en": "OpenCorp", "size": "large", "sensitivity": "public",
        "consent_to_name": True})
    case, _ = records.create(desk, DISPUTES, {
        "title_ko": "오픈코프 대 (주)한빛배터리 특허 분쟁",
        "title_en": "OpenCorp v. Hanbit Battery Co., Ltd. patent dispute",
        "summary": "(주)한빛배터리가 먼저 소를 제기함", "company_id": named.id,
        "ip_type": "patent", "dispute_kind": "infringement_suit",
        "opened_on": dt.date(2025, 2, 1), "sensitivity": "public"})
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT * FROM disputes WHERE id = ?", (case.id,)).fetchone()
    letter = row["title_en"].split("Company ")[1].split()[0]
    assert row["title_en"] == f"OpenCorp v. Company {letter} patent dispute"
    assert row["title_ko"] == f"오픈코프 대 기업 {letter} 특허 분쟁"
    assert row["summary"].startswith(f"Company {letter}")  # one column, in English
    titles = db.execute("SELECT title_ko, title_en FROM records WHERE id = ?",
                        (case.id,)).fetchone()
    assert tuple(titles) == (row["title_ko"], row["title_en"])
    assert "한빛" not in "\n".join(db.iterdump())


def test_the_stakeholder_edition_replaces_names_the_reader_decodes(desk, company, tmp_path):
    """Issue s27: a name HTML-escaped, hidden by a zero-width space or spaced out is
    replaced as a reader reads it, with the particle fitting the letter; the rest of the
    text stays as written. Read back with sqlite3."""
    records.update(desk, company.id, {"sensitivity": "public"})  # unnamed: no consent
    note, _ = records.create(desk, TREND_NOTES, {
        "title_ko": "&#54620;&#48731;&#48176;&#53552;&#47532;는 항소",
        "title_en": "Hanbit\u200bBattery &amp; co", "category": "market_trends",
        "noted_on": dt.date(2025, 5, 1), "body": "한 빛 배 터 리를 상대로 Hanbit Battery은",
        "sensitivity": "public"})
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    title_ko, title_en, body = db.execute(
        "SELECT title_ko, title_en, body FROM trend_notes WHERE id = ?", (note.id,)).fetchone()
    db.close()
    letter = re.fullmatch(r"기업 ([A-Z])는 항소", title_ko)
    assert letter, title_ko
    assert title_en == f"Company {letter[1]} &amp; co"
    # (a column in no one language gives the English alias)
    assert body == f"Company {letter[1]}를 상대로 Company {letter[1]}는"


def test_the_stakeholder_edition_replaces_a_name_in_a_link(desk, company, tmp_path):
    """Issue s27 (leak-edges): a name percent-encoded in a link's query, or with "+" for
    its space, is replaced by the alias encoded the same way (the link still opens);
    read back with sqlite3."""
    records.update(desk, company.id, {"sensitivity": "public"})  # unnamed: no consent
    note, _ = records.create(desk, TREND_NOTES, {
        "title_en": "Searches", "category": "market_trends", "noted_on": dt.date(2025, 5, 1),
        "body": "https://example.com/s?q=%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84%B0%EB%A6%AC "
                "and https://example.com/s?q=Hanbit+Battery&p=2",
        "sensitivity": "public"})
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    body = db.execute("SELECT body FROM trend_notes WHERE id = ?", (note.id,)).fetchone()[0]
    dump = "\n".join(db.iterdump())
    db.close()
    letter = re.search(r"q=Company\+([A-Z])&p=2", body)
    assert letter, body
    assert body == f"https://example.com/s?q=Company+{letter[1]} and " \
                   f"https://example.com/s?q=Company+{letter[1]}&p=2"
    assert "%ED%95%9C%EB%B9%9B" not in dump and "Hanbit+Battery" not in dump


def test_the_stakeholder_edition_replaces_a_name_in_an_attachments_file_name(
        desk, company, tmp_path):
    """Issue s27 (leak-edges): an attachment of a public trend note keeps its file name,
    with the protected name replaced — written with underscores, or percent-encoded; in
    an e-mail address the alias is one word (s28)."""
    records.update(desk, company.id, {"sensitivity": "public"})  # unnamed: no consent
    note, _ = records.create(desk, TREND_NOTES, {
        "title_en": "Filings", "category": "market_trends", "noted_on": dt.date(2025, 5, 1),
        "sensitivity": "public"})
    names = ("Hanbit_Battery_complaint.pdf",
             "%ED%95%9C%EB%B9%9B%EB%B0%B0%ED%84%B0%EB%A6%AC.pdf",
             "hanbit.battery@example.com.eml")
    ids = [records.create(desk, ATTACHMENTS, {
        "record_id": note.id, "file_name": name, "content": b"%PDF-",
        "sensitivity": "public"})[0].id for name in names]
    out = tmp_path / "public.sqlite"
    write_analysis(desk, out, edition="stakeholder")
    db = sqlite3.connect(out)
    shown = [db.execute("SELECT file_name FROM attachments WHERE id = ?", (i,)).fetchone()[0]
             for i in ids]
    dump = "\n".join(db.iterdump())
    db.close()
    letter = shown[0].split("_")[0].removeprefix("Company ")
    assert shown == [f"Company {letter}_complaint.pdf", f"Company%20{letter}.pdf",
                     f"Company-{letter}@example.com.eml"]
    assert "anbit" not in dump and "%ED%95%9C" not in dump
