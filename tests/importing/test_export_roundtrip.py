"""export --format csv|xlsx, then import of the same file: nothing changes; one cell
edited: exactly that field changes (s26, item 1). The files are read back with
LibreOffice where it is installed, else with openpyxl / csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli
from officer_desk.domain.kinds import (
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    TREND_NOTES,
)
from officer_desk.services import records
from officer_desk.services.desk import open_desk
from officer_desk.services.transfer import iter_records

KINDS = ("disputes", "companies", "engagements", "trend_notes", "conferences")


def run(*args: object) -> Result:
    env = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
    return CliRunner(env=env).invoke(cli, [str(a) for a in args])


def snapshot(db: Path) -> dict[str, dict[str, tuple]]:
    """Every record of the kinds: its values and version, by id."""
    desk = open_desk(db)
    try:
        return {k.name: {r.id: (r.values, r.version) for r in iter_records(desk, k)}
                for k in (COMPANIES, DISPUTES, ENGAGEMENTS, TREND_NOTES, CONFERENCES)}
    finally:
        desk.close()


@pytest.fixture
def db(desk, company, dispute) -> Path:
    """A US case log with records entered by hand (random ids, one dispute without a
    case number), every kind of value: lists, counterparties, amounts, line breaks,
    formula-like text, Korean."""
    other, _ = records.create(desk, COMPANIES, {
        "name_en": "Sejin Cosmetics Co., Ltd.", "brands": ["SEJIN", "세진"],
        "consent_to_name": True, "notes": "=1+1 is not a formula; _x0041_ stays"})
    records.create(desk, DISPUTES, {
        "title_en": "Sejin trademark squatting", "company_id": other.id,
        "ip_type": "trademark", "dispute_kind": "opposition", "opened_on": dt.date(2024, 3, 5),
        "claimed_amount": 1234.5, "awarded_amount": 12_000_000, "currency": "USD",
        "summary": "첫 줄\n둘째 줄, \"인용\"", "tags": ["상표", "squatting"],
        "counterparties": [{"name": "Guangzhou Beauty Trading", "type": "trademark_squatter"},
                           {"name": "Someone"}]})
    records.create(desk, ENGAGEMENTS, {
        "topic_ko": "USPTO 면담", "agency": "uspto", "held_on": dt.date(2024, 4, 2),
        "company_ids": [company.id, other.id], "participants": ["김영희", "J. Smith"],
        "result": "-3% 관세 논의"})
    records.create(desk, TREND_NOTES, {
        "title_ko": "수출통제 강화", "category": "export_controls", "noted_on": dt.date(2024, 5, 1),
        "source_url": "https://example.org/a?b=1&c=2", "significance": "high",
        "body": "+82 규정\n두 줄", "tags": ["수출통제"]})
    records.create(desk, CONFERENCES, {
        "title_en": "HQ video conference", "conference_kind": "hq_video",
        "held_on": dt.date(2024, 6, 3), "brief_number": "2024-07", "summary": "@agenda"})
    return desk.path


def export(db: Path, fmt: str, kind: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{kind}.{fmt}"
    result = run("export", db, "--format", fmt, "--kind", kind, "--out", out)
    assert result.exit_code == 0, result.output
    return out


def import_(db: Path, path: Path, kind: str) -> Result:
    return run("import", db, path, "--kind", kind, "--lang", "en")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", KINDS)
def test_export_then_import_changes_nothing(db, tmp_path, fmt, kind):
    before = snapshot(db)
    path = export(db, fmt, kind, tmp_path)
    result = import_(db, path, kind)
    assert result.exit_code == 0, result.output
    n = len(before[kind])
    assert f"imported: 0 created, 0 updated, {n} unchanged" in result.output
    assert "backup before the import" not in result.output  # nothing to write
    assert snapshot(db) == before


def _edit_csv(path: Path, row: int, column: str, value: str) -> None:
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    rows[row][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), "utf-8-sig")


def _edit_xlsx(path: Path, row: int, column: str, value: str) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=row + 1, column=headers.index(column) + 1, value=value)
    book.save(path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_one_cell_edited_changes_exactly_that_field(db, tmp_path, fmt):
    before = snapshot(db)
    path = export(db, fmt, "disputes", tmp_path)
    # the hand-entered dispute without a case number: found by its id alone
    (edit,) = [rid for rid, (v, _) in before["disputes"].items() if not v["case_number"]]
    order = list(before["disputes"])  # exported in created order
    (_edit_xlsx if fmt == "xlsx" else _edit_csv)(path, order.index(edit) + 1, "stage",
                                                 "evidence")
    result = import_(db, path, "disputes")
    assert result.exit_code == 0, result.output
    assert "imported: 0 created, 1 updated, 1 unchanged" in result.output
    after = snapshot(db)
    changed = {name for name, value in after["disputes"][edit][0].items()
               if before["disputes"][edit][0].get(name) != value}
    assert changed == {"stage"} and after["disputes"][edit][0]["stage"] == "evidence"
    assert {k: v for k, v in after["disputes"].items() if k != edit} == {
        k: v for k, v in before["disputes"].items() if k != edit}
    assert after["companies"] == before["companies"]


def test_a_changed_case_number_changes_the_record_it_came_from(db, tmp_path):
    path = export(db, "csv", "disputes", tmp_path)
    _edit_csv(path, 1, "case_number", "2:24-cv-00999")
    result = import_(db, path, "disputes")
    assert "imported: 0 created, 1 updated, 1 unchanged" in result.output, result.output
    numbers = sorted(str(v["case_number"]) for v, _ in snapshot(db)["disputes"].values())
    assert numbers == ["2:24-cv-00999", "None"]


def test_an_id_of_no_record_here_or_another_post_refuses_the_row(db, tmp_path):
    before = snapshot(db)
    path = export(db, "csv", "disputes", tmp_path)
    _edit_csv(path, 1, "id", "0f0e8a38-3c64-4bd4-9b5e-000000000000")
    _edit_csv(path, 2, "post", "CN")
    result = import_(db, path, "disputes")
    assert result.exit_code == 1
    assert "there is no dispute with id 0f0e8a38-3c64-4bd4-9b5e-000000000000" in result.output
    assert "the post 'CN' is not the record's owning post (US)" in result.output
    assert snapshot(db) == before


def _libreoffice_rows(path: Path, tmp_path: Path) -> list[list[str]] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-user",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                    str(out), str(path)], check=True, capture_output=True, timeout=180)
    return list(csv.reader(io.StringIO((out / (path.stem + ".csv")).read_text("utf-8-sig"))))


def test_the_workbook_reads_in_another_program_as_the_csv_does(db, tmp_path):
    rows_csv = list(csv.reader(io.StringIO(
        export(db, "csv", "disputes", tmp_path).read_text("utf-8-sig"))))
    xlsx = export(db, "xlsx", "disputes", tmp_path)
    read = _libreoffice_rows(xlsx, tmp_path)
    if read is None:  # openpyxl, as its own reader, and the cells' types
        sheet = openpyxl.load_workbook(xlsx).active
        read = [["" if c.value is None else c.value for c in row] for row in sheet.iter_rows()]
        read = [[v.date().isoformat() if isinstance(v, dt.datetime) else str(v) for v in row]
                for row in read]
    summary = rows_csv[0].index("summary")
    assert read[0] == rows_csv[0]
    for got, want in zip(read[1:], rows_csv[1:], strict=True):
        want = [w[1:] if w.startswith("'") else w for w in want]  # the CSV's apostrophe
        amounts = [rows_csv[0].index(n) for n in ("claimed_amount", "awarded_amount")]
        for i in amounts:  # a number as the program shows it
            got[i] = str(float(got[i].replace(",", ""))) if got[i] else ""
            want[i] = str(float(want[i])) if want[i] else ""
        assert got == want
    assert any("첫 줄\n둘째 줄" in row[summary] for row in read[1:])




def test_a_company_name_that_is_not_the_company_of_the_id_refuses_the_row(db, tmp_path):
    before = snapshot(db)
    path = export(db, "csv", "disputes", tmp_path)
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    rows[0].append("회사명")  # a name column beside the export's company_id
    rows[1].append("Sejin Cosmetics")  # row 1's company_id is (주)한빛배터리
    rows[2].append("")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), "utf-8-sig")
    result = import_(db, path, "disputes")
    assert result.exit_code == 1
    assert ("the company named ('Sejin Cosmetics') is not the company of the id column "
            "('(주)한빛배터리')") in result.output
    assert snapshot(db) == before


def test_a_company_id_of_no_company_refuses_the_row(db, tmp_path):
    before = snapshot(db)
    path = export(db, "csv", "engagements", tmp_path)
    _edit_csv(path, 1, "company_ids", "0f0e8a38-3c64-4bd4-9b5e-000000000000")
    result = import_(db, path, "engagements")
    assert result.exit_code == 1
    assert "no company with id '0f0e8a38-3c64-4bd4-9b5e-000000000000'" in result.output
    assert snapshot(db) == before


def test_the_workbook_of_every_kind_imports_each_kind_from_its_sheet(db, tmp_path):
    before = snapshot(db)
    out = tmp_path / "모두.xlsx"
    assert run("export", db, "--format", "xlsx", "--out", out).exit_code == 0
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:2] == ["companies",
                                                                          "disputes"]
    for kind in KINDS:  # no --sheet: the sheet named after the kind
        result = import_(db, out, kind)
        assert result.exit_code == 0, result.output
        assert f"(sheet '{kind}')" in result.output
        assert f"0 created, 0 updated, {len(before[kind])} unchanged" in result.output
    assert snapshot(db) == before
    refused = run("export", db, "--format", "xlsx")
    assert refused.exit_code != 0 and "needs --out FILE.xlsx" in refused.output


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_text_that_begins_with_an_apostrophe_comes_back_as_it_was(desk, company, tmp_path,
                                                                   fmt):
    """A text that itself begins with ' before a formula-like rest ('=quoted) lost its
    apostrophe on export → import, and the import said only '1 updated' (s28)."""
    texts = ["'=quoted", "''+1", "'#N/A", "'90s revival", "'", "=1+1"]
    for n, text in enumerate(texts):
        records.create(desk, TREND_NOTES, {
            "title_en": f"note {n}", "category": "court_ruling",
            "noted_on": dt.date(2024, 5, n + 1), "body": text, "implications": text})
    before = snapshot(desk.path)
    path = export(desk.path, fmt, "trend_notes", tmp_path)
    result = import_(desk.path, path, "trend_notes")
    assert result.exit_code == 0, result.output
    assert f"imported: 0 created, 0 updated, {len(texts)} unchanged" in result.output
    assert snapshot(desk.path) == before


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_preview_says_each_value_a_row_would_change(db, tmp_path, lang):
    """A cell changed in the spreadsheet (by the officer, or by Excel turning a brief
    number into a date) was counted as '1 updated' and stored without saying which value
    changed, to what (s28)."""
    path = export(db, "csv", "conferences", tmp_path)
    _edit_csv(path, 1, "brief_number", "Jul-24")
    result = run("--lang", lang, "import", db, path, "--kind", "conferences", "--dry-run")
    assert result.exit_code == 0, result.output
    if lang == "en":
        assert "1 value to change:" in result.output
        assert "row 2 (HQ video conference): Brief number: '2024-07' → 'Jul-24'" in result.output
    else:
        assert "바꿀 값 1건:" in result.output
        assert "2행 (HQ video conference): 보고 번호: '2024-07' → 'Jul-24'" in result.output


def test_the_json_preview_gives_each_value_to_change(db, tmp_path):
    path = export(db, "csv", "conferences", tmp_path)
    _edit_csv(path, 1, "brief_number", "Jul-24")
    result = run("import", db, path, "--kind", "conferences", "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    (change,) = json.loads(result.output)["changes"]
    assert change["row"] == 2 and change["field"] == "brief_number"
    assert (change["old"], change["new"]) == ("2024-07", "Jul-24")
