"""Log a case from the command line, export it, bring it into a fresh database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def ok(*args: str, input: str | None = None) -> Result:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def added_id(result: Result) -> str:
    line = next(x for x in result.stdout.splitlines() if x.startswith("id: "))
    return line.removeprefix("id: ").strip()


@pytest.fixture
def logged(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A US case log with a company, a dispute, follow-ups and an attachment."""
    db = tmp_path / "us.sqlite"
    ok("init", str(db), "--post", "US", "--officer", "김영희")
    company = {
        "name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.",
        "brn": "123-45-67891", "size": "sme", "sector": "batteries",
        "technology_field": "secondary_batteries", "tags": ["배터리"],
    }
    cid = added_id(ok("add", str(db), "company", "--json", "-",
                      input=json.dumps(company, ensure_ascii=False)))
    dispute = {
        "title_ko": "한빛배터리 v. Voltaic Licensing LLC 특허침해소송",
        "title_en": "Hanbit Battery v. Voltaic Licensing LLC (E.D. Tex.)",
        "company_id": cid,
        "counterparties": [{"name": "Voltaic Licensing LLC", "type": "npe"}],
        "jurisdiction": "US", "forum": "E.D. Tex.", "case_number": "2:24-cv-00123",
        "ip_type": "patent", "dispute_kind": "infringement_suit", "stage": "filed",
        "stage_date": "2024-03-01", "role": "defending", "claimed_amount": 12000000,
        "currency": "USD", "technology_field": "secondary_batteries",
        "opened_on": "2024-03-01",
        "summary": "NPE가 배터리 셀 특허 3건으로 제소.\n현지 대리인 선임 지원.",
        "tags": ["NPE", "배터리"],
    }
    did = added_id(ok("add", str(db), "dispute", "--json", "-",
                      input=json.dumps(dispute, ensure_ascii=False)))
    follow_ups = [
        {"record_id": did, "due_on": "2024-04-01", "description": "답변서 제출 (Answer due)"},
        {"record_id": did, "due_on": "2024-05-15", "description": "IPR 청구 여부 결정",
         "done": True, "done_on": "2024-05-10"},
    ]
    out = ok("add", str(db), "follow-ups", "--json", "-",
             input=json.dumps(follow_ups, ensure_ascii=False))
    assert "added 2 follow-ups" in out.stdout
    doc = tmp_path / "소장_2024.pdf"
    doc.write_bytes(b"%PDF-1.4 complaint \x00\xff")
    attached = ok("attach", str(db), did[:8], str(doc), "--description", "소장 사본")
    assert "attached 소장_2024.pdf (21 bytes)" in attached.stdout
    ok("--actor", "박민수", "update", str(db), did[:8], "--json", "-",
       input='{"stage": "evidence", "stage_date": "2024-09-01"}')
    return db, {"company": cid, "dispute": did, "attachment": added_id(attached)}


def test_add_reports_counts_and_the_id(logged: tuple[Path, dict[str, str]]) -> None:
    db, ids = logged
    shown = ok("show", str(db), ids["dispute"][:8], "--json")
    data = json.loads(shown.stdout)
    assert data["record"]["stage"] == "evidence"
    assert data["record"]["company_id"] == ids["company"]
    assert [h["action"] for h in data["history"]] == ["create", "update", "update"]
    assert data["history"][-1]["actor"] == "박민수"
    assert data["history"][0]["actor"] == "김영희"


def test_export_then_add_all_gives_the_same_records(
    logged: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    db, _ = logged
    first = json.loads(ok("export", str(db), "--format", "json").stdout)
    assert first["format"] == "officer-desk-export"
    assert len(first["kinds"]["attachments"]) == 1
    assert first["kinds"]["attachments"][0]["content"]  # base64 content travels
    export_file = tmp_path / "us-export.json"
    ok("export", str(db), "--out", str(export_file))
    assert json.loads(export_file.read_text(encoding="utf-8"))["kinds"] == first["kinds"]

    fresh = tmp_path / "hq.sqlite"
    ok("init", str(fresh), "--hq")
    added = ok("add", str(fresh), "all", "--json", str(export_file))
    assert "added 1 company" in added.stdout
    assert "added 1 dispute" in added.stdout
    assert "added 2 follow-ups" in added.stdout
    assert "added 1 attachment" in added.stdout
    second = json.loads(ok("export", str(fresh)).stdout)
    assert second["kinds"] == first["kinds"]
    # Adding the same export twice is refused as a whole: the ids exist.
    again = run("add", str(fresh), "all", "--json", str(export_file))
    assert again.exit_code == 1
    assert "already exists" in again.stderr


def test_export_is_readable_utf8_json(logged: tuple[Path, dict[str, str]]) -> None:
    db, _ = logged
    text = ok("export", str(db), "--kind", "disputes").stdout
    assert "한빛배터리" in text  # not \\uXXXX escapes
    assert text.startswith('{\n "format"')  # indent 1
    assert list(json.loads(text)["kinds"]) == ["disputes"]


def test_csv_export(logged: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    db, ids = logged
    text = ok("export", str(db), "--format", "csv", "--kind", "disputes").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    assert rows[0]["id"] == ids["dispute"]
    assert rows[0]["counterparties"] == "Voltaic Licensing LLC [npe]"
    assert rows[0]["summary"] == "NPE가 배터리 셀 특허 3건으로 제소.\n현지 대리인 선임 지원."

    needs_kind = run("export", str(db), "--format", "csv")
    assert needs_kind.exit_code == 2
    assert "--kind" in needs_kind.stderr

    folder = tmp_path / "csv"
    ok("export", str(db), "--format", "csv", "--out", str(folder))
    names = sorted(p.name for p in folder.iterdir())
    assert "disputes.csv" in names and "follow_ups.csv" in names and "companies.csv" in names
    raw = (folder / "companies.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads Korean right
    assert "(주)한빛배터리" in raw.decode("utf-8-sig")

    one = tmp_path / "only-disputes.csv"
    ok("export", str(db), "--format", "csv", "--kind", "dispute", "--out", str(one))
    assert one.read_text(encoding="utf-8-sig").startswith("id,post,title_ko")


def test_delete_restore_and_include_deleted(logged: tuple[Path, dict[str, str]]) -> None:
    db, ids = logged
    deleted = ok("delete", str(db), ids["dispute"][:8])
    assert deleted.stdout.startswith(f"deleted dispute {ids['dispute']}")
    assert json.loads(ok("list", str(db), "disputes", "--json").stdout)["total"] == 0
    binned = json.loads(ok("list", str(db), "disputes", "--deleted", "--json").stdout)
    assert [r["id"] for r in binned["records"]] == [ids["dispute"]]
    exported = json.loads(ok("export", str(db), "--include-deleted").stdout)
    assert exported["kinds"]["disputes"][0]["deleted"] is True
    assert "already deleted" in ok("delete", str(db), ids["dispute"][:8]).stdout
    ok("undelete", str(db), ids["dispute"][:8])
    assert json.loads(ok("list", str(db), "disputes", "--json").stdout)["total"] == 1
    history = ok("history", str(db), ids["dispute"][:8], "--lang", "en")
    assert "delete" in history.stdout and "restore" in history.stdout


def test_update_reports_what_changed(logged: tuple[Path, dict[str, str]]) -> None:
    db, ids = logged
    same = ok("update", str(db), ids["dispute"][:8], "--json", "-", input='{"stage": "evidence"}')
    assert same.stdout.startswith("no change")
    bad = run("update", str(db), ids["dispute"][:8], "--json", "-",
              input='{"status": "closed"}')
    assert bad.exit_code == 1
    assert "Closed is required when the status is closed" in bad.stderr
    closed = ok("update", str(db), ids["dispute"][:8], "--json", "-",
                input='{"status": "closed", "closed_on": "2025-01-10", '
                      '"outcome": "settled_licensed"}')
    assert "status" in closed.stdout and "closed_on" in closed.stdout
    not_object = run("update", str(db), ids["dispute"][:8], "--json", "-", input="[1, 2]")
    assert not_object.exit_code == 1


def test_attach_a_missing_file_is_a_user_error(logged: tuple[Path, dict[str, str]],
                                               tmp_path: Path) -> None:
    db, ids = logged
    result = run("attach", str(db), ids["dispute"][:8], str(tmp_path / "nope.pdf"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot read ")


def test_check(logged: tuple[Path, dict[str, str]]) -> None:
    db, _ = logged
    text = ok("check", str(db))
    assert "ok: no problems found" in text.stdout
    report = json.loads(ok("check", str(db), "--json").stdout)
    assert report["ok"] is True
    assert report["counts"]["disputes"] == {"live": 1, "deleted": 0}
    assert "search index rebuilt" in ok("check", str(db), "--repair").stdout


def test_a_list_given_as_one_text_keeps_the_commas_in_its_names(tmp_path: Path):
    """``add`` with "former_names": "Samsung Electronics Co., Ltd.; 三星電子" stored three
    names ("Samsung Electronics Co.", "Ltd.", …): a text list is split at ';' and line
    breaks, as the editor and the import split it (s25 user check)."""
    import sqlite3

    db = tmp_path / "us.sqlite"
    ok("init", str(db), "--post", "US", "--officer", "김영희")
    company = {"name_ko": "삼성전자(주)",
               "former_names": "Samsung Electronics Co., Ltd.; 三星電子"}
    ok("add", str(db), "company", "--json", "-", input=json.dumps(company, ensure_ascii=False))
    dispute_parties = "Voltaic Licensing, LLC\nAcme, Inc."
    con = sqlite3.connect(db)
    try:
        (names,) = con.execute("SELECT former_names FROM companies").fetchone()
    finally:
        con.close()
    assert json.loads(names) == ["Samsung Electronics Co., Ltd.", "三星電子"]
    from officer_desk.domain.kinds import DISPUTES
    from officer_desk.domain.validation import clean_value

    parties, problem = clean_value(DISPUTES.field("counterparties"), dispute_parties, None)
    assert problem is None and [p["name"] for p in parties] == [
        "Voltaic Licensing, LLC", "Acme, Inc."]
