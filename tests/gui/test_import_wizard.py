"""The import wizard: file and sheet, the mapping, the preview in red, the import, the menu."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importing"))

from import_sheets import BAD_ROWS_FOR_CLI, GOOD_ROWS, register, write_csv

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.gui.file_menu import install_import_menu
from officer_desk.gui.import_preview import REJECTED
from officer_desk.gui.import_wizard import ImportWizard
from officer_desk.gui.texts import use_language
from officer_desk.services.transfer import iter_records

# the dialogs are read in English here
pytestmark = pytest.mark.usefixtures("english")


def wizard_on(qtbot, desk, path: Path, **kw) -> ImportWizard:
    wizard = ImportWizard(desk, lang="en", file_chooser=lambda parent: str(path), **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    return wizard


def titles(desk) -> list[str]:
    return sorted(r["title_ko"] or r["title_en"] for r in iter_records(desk, DISPUTES))


def test_the_register_goes_through_the_wizard(qtbot, desk, tmp_path, problems):
    wizard = wizard_on(qtbot, desk, register(tmp_path / "분쟁현황.xlsx"))
    page = wizard.file_page
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "(the first sheet with a table)", "안내", "분쟁현황"]
    assert page.sheet.currentData() is None  # finds 분쟁현황 by itself
    assert page.kind.currentData() == "disputes"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    imported = []
    wizard.imported.connect(lambda: imported.append(True))

    wizard.next()  # the mapping
    mapping = wizard.mapping_page
    assert mapping.table.rowCount() == 12
    assert mapping.table.item(1, 1).text() == "사건명"
    assert mapping.table.item(1, 2).text() == "한빛배터리 v. Voltaic 특허침해소송"
    assert [c.currentData() for c in mapping.combos][:4] == [None, "title", "opened_on",
                                                             "ip_type"]
    mapping.combos[11].setCurrentIndex(mapping.combos[11].findData("summary"))  # 비고

    wizard.next()  # the preview
    preview = wizard.preview_page
    assert wizard.plan.counts()["create"] == 6 and wizard.plan.table.sheet == "분쟁현황"
    assert "6 to create, 0 to update, 0 unchanged, 0 rejected; 4 new companies" in \
        preview.summary.text()
    assert preview.table.rowCount() == 6
    assert preview.table.item(0, 1).text() == "create"
    assert any("totals row" in preview.problems.item(i).text()
               for i in range(preview.problems.count()))
    assert preview.isComplete()

    wizard.next()  # import
    assert imported == [True]
    assert "Created: 6" in wizard.report_page.text.text()
    assert "New companies: (주)한빛배터리" in wizard.report_page.text.text()
    desk.reference_changed()
    assert len(titles(desk)) == 6
    first = next(r for r in iter_records(desk, DISPUTES) if r["case_number"] == "2:24-cv-00123")
    assert first["summary"] == "현지 대리인 선임"  # the column mapped by hand
    assert len(list(iter_records(desk, COMPANIES))) == 4
    assert problems == []


def test_problems_are_red_with_the_reason_and_block_until_skipping(qtbot, desk, tmp_path,
                                                                   problems):
    path = register(tmp_path / "bad.xlsx", GOOD_ROWS + BAD_ROWS_FOR_CLI, extra_sheet=False)
    wizard = wizard_on(qtbot, desk, path)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    bad = preview.table.rowCount() - 1
    assert preview.table.item(bad, 0).text() == "12"
    assert preview.table.item(bad, 1).text() == "rejected"
    date_cell = preview.table.item(bad, 2 + 2)  # column C
    assert date_cell.background().color() == REJECTED
    assert date_cell.toolTip() == "Opened: there is no '2024-13-45' (months are 1 to 12)"
    assert preview.table.item(0, 4).background().color() != REJECTED
    listed = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert "row 12, column C (접수일): Opened: there is no '2024-13-45' (months are 1 to 12)" \
        in listed
    preview._go_to(preview.problems.item(listed.index(
        "row 12, column C (접수일): Opened: there is no '2024-13-45' (months are 1 to 12)")))
    assert (preview.table.currentRow(), preview.table.currentColumn()) == (bad, 4)
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    preview.skip_invalid.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    text = wizard.report_page.text.text()
    assert "Created: 6" in text and "1 rejected rows were saved to" in text
    assert (tmp_path / "bad.rejected.xlsx").exists()
    assert len(titles(desk)) == 6


def test_a_mapping_is_loaded_and_saved_from_the_mapping_page(qtbot, desk, tmp_path,
                                                             problems):
    csv_file = write_csv(tmp_path / "c.csv", ["건", "날", "권리", "분쟁유형", "회사명"],
                         [["a", "2024-01-01", "특허", "침해소송", "한빛"]], encoding="cp949")
    mapping_file = tmp_path / "m.json"
    mapping_file.write_text(json.dumps({
        "format": "officer-desk-import-mapping", "kind": "disputes",
        "columns": {"건": "title", "날": "opened_on"}}), encoding="utf-8")
    saved = tmp_path / "saved.json"
    wizard = wizard_on(qtbot, desk, csv_file,
                       mapping_loader=lambda parent: str(mapping_file),
                       mapping_saver=lambda parent: str(saved))
    assert not wizard.file_page.sheet.isEnabled()
    wizard.next()
    page = wizard.mapping_page
    assert page.combos[0].currentData() is None
    page.load()
    assert [c.currentData() for c in page.combos] == ["title", "opened_on", "ip_type",
                                                      "dispute_kind", "company"]
    assert page.save() == saved
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["날"] == "opened_on"
    wizard.next()
    wizard.next()
    assert titles(desk) == ["a"]


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, desk, tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    wizard = wizard_on(qtbot, desk, fake)
    assert "not an Excel workbook" in wizard.file_page.problem.text()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "not an Excel workbook" in wizard.file_page.problem.text()


def test_the_menu_entry_goes_first_in_the_file_menu(qtbot, desk):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.desk = desk
    window.menuBar().addMenu("&File").addAction("&Quit")
    action = install_import_menu(window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert file_menu.actions()[0] is action
    assert action.text() == "&Import spreadsheet…"


def test_the_wizard_speaks_korean(qtbot, desk, tmp_path):
    use_language("ko")
    wizard = ImportWizard(desk, lang="ko")
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "스프레드시트 가져오기"
    assert wizard.file_page.kind.itemText(0) == "분쟁"
    assert wizard.file_page.title() == "스프레드시트 선택"


def test_a_cp949_file_is_said_in_the_preview_before_it_is_imported(qtbot, desk, tmp_path,
                                                                   problems):
    """Korean Excel's "CSV (쉼표로 분리)": the preview lists "read as CP949" among its notes,
    and only after that preview does Import store it (s26, item 2)."""
    csv_file = write_csv(tmp_path / "c.csv", ["사건명", "접수일", "권리", "분쟁유형", "회사명"],
                         [["한빛 사건", "2024-01-01", "특허", "침해소송", "한빛"]],
                         encoding="cp949")
    wizard = wizard_on(qtbot, desk, csv_file)
    wizard.next()  # the mapping
    wizard.next()  # the preview
    preview = wizard.preview_page
    notes = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert any("read as CP949 (Korean Windows)" in n for n in notes), notes
    assert titles(desk) == []
    wizard.next()  # import
    assert titles(desk) == ["한빛 사건"]


def test_rows_after_a_cell_of_two_lines_are_numbered_as_the_spreadsheet_shows_them(
        qtbot, desk, tmp_path, problems):
    """s28 window check: a CSV row after one whose cell holds a line break was called by
    the line its text ends on ("row 4") — the spreadsheet program shows it as row 3,
    so the officer put right the wrong row."""
    csv_file = write_csv(tmp_path / "c.csv", ["사건명", "접수일", "권리", "분쟁유형", "회사명"],
                         [["첫 사건\n(재심)", "2024-01-01", "특허", "침해소송", "한빛"],
                          ["둘째 사건", "2024-13-45", "특허", "침해소송", "한빛"]])
    wizard = wizard_on(qtbot, desk, csv_file)
    wizard.next()  # the mapping
    wizard.next()  # the preview
    preview = wizard.preview_page
    notes = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    assert [preview.table.item(r, 0).text() for r in range(preview.table.rowCount())] == [
        "2", "3"]
    assert any(n.startswith("row 3, column B") and "2024-13-45" in n for n in notes), notes
