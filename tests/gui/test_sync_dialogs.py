"""Sync in the window: the worker thread, creating a package, the merge wizard, the menu."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenuBar, QWizard

from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.gui import worker
from officer_desk.gui.key_cards import export_key_card, trust_key_card
from officer_desk.gui.sync_dialogs import (
    CreatePackageDialog,
    MergeWizard,
    TrustKeyDialog,
)
from officer_desk.gui.sync_menu import install_sync_menu
from officer_desk.gui.texts import use_language
from officer_desk.gui.worker import Task, run_with_progress
from officer_desk.services import records
from officer_desk.sync import keys
from officer_desk.sync.key_card import trust_file, write_key_card
from officer_desk.sync.package import build_package, package_key

# the dialogs are read in English here
pytestmark = pytest.mark.usefixtures("english")


# -- the worker -------------------------------------------------------------------------


def test_the_worker_runs_off_the_gui_thread_on_its_own_desk(qtbot, desk):
    seen = {}

    def work(d, progress, cancel):
        seen["thread"] = threading.get_ident()
        seen["desk"] = d
        progress(1, 1)
        return d.home_post

    assert run_with_progress(None, "t", work, path=desk.path, actor="x") == "US"
    assert seen["thread"] != threading.get_ident()
    assert seen["desk"] is not desk and seen["desk"].actor == "x"


def test_the_worker_delivers_errors(qtbot, desk, problems):
    def fails(d, progress, cancel):
        raise NotFound("no such record")

    assert run_with_progress(None, "t", fails, path=desk.path) is None
    assert problems == ["no such record"]

    def crashes(d, progress, cancel):
        raise ZeroDivisionError("boom")

    with pytest.raises(ZeroDivisionError, match="boom"):
        run_with_progress(None, "t", crashes, path=desk.path)


def test_the_worker_honours_cancel_and_the_gui_keeps_running(qtbot, desk):
    started = threading.Event()

    def slow(d, progress, cancel):
        started.set()
        deadline = time.monotonic() + 10
        while not cancel():
            if time.monotonic() > deadline:
                return "not cancelled"
            time.sleep(0.01)
        raise OfficerDeskError("cancelled")

    task = Task(slow, path=desk.path)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
        assert started.wait(5)
        qtbot.wait(20)  # the event loop runs while the work does
        task.cancel()
    assert str(blocker.args[0]) == "cancelled" and task.cancelled


def test_a_slow_task_shows_a_progress_dialog_whose_cancel_works(qtbot, desk, monkeypatch,
                                                                  problems):
    monkeypatch.setattr(worker, "PROGRESS_DELAY_MS", 50)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        assert dialogs
        dialogs[0].canceled.emit()

    QTimer.singleShot(300, press_cancel)

    def slow(d, progress, cancel):
        for i in range(500):
            if cancel():
                raise OfficerDeskError("cancelled")
            progress(i, 500)
            time.sleep(0.01)
        return "done"

    assert run_with_progress(None, "slow", slow, path=desk.path) is None
    assert problems == []  # a cancel is not a problem to report


# -- creating a package -----------------------------------------------------------------


def _exchange_cards(a, b, folder) -> None:
    """``a`` and ``b`` trust each other's key cards (after a phone call)."""
    for src, dst in ((a, b), (b, a)):
        card, _ = write_key_card(src, folder / f"{src.path.stem}.odkey")
        trust_file(dst, card, "tester")


def test_create_package_writes_into_the_chosen_folder(qtbot, desk, dispute, hq_desk,
                                                      tmp_path):
    _exchange_cards(desk, hq_desk, tmp_path)
    out = tmp_path / "outbox"
    out.mkdir()
    dialog = CreatePackageDialog(desk, folder_chooser=lambda parent: str(out))
    qtbot.addWidget(dialog)
    assert not dialog.post_boxes  # a post packages only its own records
    assert not dialog.plain.isChecked()
    info = dialog.create()
    assert info is not None and info.path.parent == out and info.path.exists()
    assert sum(info.counts.values()) >= 2
    text = dialog.result.text()
    assert info.path.name in text and info.manifest["fingerprint"] in text
    assert f"Encrypted for: HQ {hq_desk.repo.author.installation[:8]}" in text
    assert [k.post for k in info.readers] == ["HQ"]
    dialog.since_last.setChecked(True)
    again = dialog.create()
    assert again is not None and again.path != info.path


def test_without_a_reader_it_says_so_and_plain_is_a_choice(qtbot, desk, dispute,
                                                           tmp_path, problems):
    out = tmp_path / "outbox"
    out.mkdir()
    dialog = CreatePackageDialog(desk, folder_chooser=lambda parent: str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.create() is None
    assert len(problems) == 1 and "nobody could read this package" in str(problems[0])
    assert list(out.iterdir()) == []
    dialog.plain.setFocus()
    QTest.keyClick(dialog.plain, Qt.Key.Key_Space)
    assert dialog.plain.isChecked()
    info = dialog.create()
    assert info is not None and info.readers == ()
    assert "Not encrypted: anyone who finds the file can read it." in dialog.result.text()


def test_key_cards_from_the_sync_menu(qtbot, desk, hq_desk, tmp_path, problems):
    told = []
    card = export_key_card(None, desk, chooser=lambda parent: str(tmp_path / "us.odkey"),
                           tell=lambda parent, title, text: told.append(text))
    own = keys.own_key_info(desk)
    assert card is not None and own.fingerprint in told[0]
    shown = []
    trusted = trust_key_card(None, hq_desk, chooser=lambda parent: str(card),
                             confirm=lambda parent, key: shown.append(key) or True)
    assert trusted is not None and trusted.age_recipient == own.age_recipient
    assert shown[0].fingerprint == own.fingerprint and shown[0].status == "unknown"
    bad = tmp_path / "bad.odkey"
    bad.write_bytes(b"{not a card}\n")
    assert trust_key_card(None, hq_desk, chooser=lambda parent: str(bad)) is None
    assert problems and "is not a key card" in str(problems[0])


def test_hq_chooses_which_posts_to_include(qtbot, hq_desk, tmp_path):
    dialog = CreatePackageDialog(hq_desk, folder_chooser=lambda parent: str(tmp_path))
    qtbot.addWidget(dialog)
    assert "US" in dialog.post_boxes and hq_desk.home_post not in dialog.post_boxes


# -- the merge wizard -------------------------------------------------------------------


@pytest.fixture
def us_package(desk, dispute, tmp_path):
    return build_package(desk, tmp_path / "us.odpkg", plain=True).path


def test_trust_dialog_needs_the_comparison(qtbot, hq_desk, us_package):
    dialog = TrustKeyDialog(package_key(us_package, hq_desk))
    qtbot.addWidget(dialog)
    assert "will be encrypted for it (encryption key age1" in dialog.label.text()
    assert not dialog.ok.isEnabled()
    dialog.compared.setChecked(True)
    assert dialog.ok.isEnabled()


def test_merge_wizard_trust_preview_merge(qtbot, hq_desk, us_package, dispute, tmp_path):
    garbage = tmp_path / "garbage.odpkg"
    garbage.write_bytes(b"not a zip at all")
    asked = []
    wizard = MergeWizard(
        hq_desk, files_chooser=lambda parent: [str(us_package), str(garbage)],
        trust_confirm=lambda parent, key: asked.append(key.fingerprint) or True,
    )
    merged = []
    wizard.merged.connect(lambda: merged.append(True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_files()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()  # verification
    verify = wizard.verify_page
    fingerprint = package_key(us_package, hq_desk).fingerprint
    assert verify.table.item(0, 1).text() == "US"
    assert verify.table.item(0, 3).text() == fingerprint
    assert verify.table.item(0, 4).text() == "unknown"
    assert verify.table.item(1, 4).text().startswith("refused")
    verify.trust_button(0).click()
    assert asked == [fingerprint]
    assert verify.table.item(0, 4).text() == "trusted"
    assert verify.trust_button(0) is None

    wizard.next()  # preview (dry run)
    preview = wizard.preview_page.table
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    row = {h: preview.item(0, c).text() for c, h in enumerate(headers)}
    assert row["Outcome"] == "checked" and row["Added records"] == "2"
    bad = {h: preview.item(1, c).text() for c, h in enumerate(headers)}
    assert bad["Outcome"] == "refused" and bad["Reason"]
    with pytest.raises(NotFound):
        records.get(hq_desk, dispute.id)

    wizard.next()  # merge for real
    report = wizard.report_page
    assert [r.outcome for r in report.reports] == ["merged", "refused"]
    assert report.reports[1].reason
    assert "1 of 2" in report.summary.text() and merged == [True]
    assert records.get(hq_desk, dispute.id)["case_number"] == "2:24-cv-00123"


def test_merge_wizard_untrusted_key_is_refused_in_preview(qtbot, hq_desk, us_package):
    wizard = MergeWizard(hq_desk, files_chooser=lambda parent: [str(us_package)],
                         trust_confirm=lambda parent, key: False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_files()
    wizard.next()
    wizard.verify_page.trust_button(0).click()  # the person says no
    assert wizard.verify_page.table.item(0, 4).text() == "unknown"
    wizard.next()
    [r] = wizard.preview_page.reports
    assert r.outcome == "refused" and r.reason
    assert not wizard.preview_page.isComplete()


# -- the menu ---------------------------------------------------------------------------


def test_install_sync_menu(qtbot, desk):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.desk, window.lang = desk, "ko"
    window.refresh = lambda: None
    shown = []
    window.show_conflicts = lambda: shown.append("conflicts")
    window.show_import_log = lambda: shown.append("import log")
    qtbot.addWidget(window)
    use_language("ko")
    install_sync_menu(window)
    bar: QMenuBar = window.menuBar()
    [menu] = [a.menu() for a in bar.actions() if a.text() == "동기화(&S)"]
    actions = menu.actions()
    assert [a.text() for a in actions] == [
        "동기화 패키지 만들기…", "패키지 병합…", "충돌…", "가져오기 기록", "",
        "내 키 카드 저장…", "키 카드 신뢰…"]
    actions[2].trigger()
    actions[3].trigger()
    assert shown == ["conflicts", "import log"]


def test_the_wizard_speaks_korean(qtbot, desk):
    from PySide6.QtWidgets import QWizard

    use_language("ko")
    wizard = MergeWizard(desk)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "다음(&N) >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< 이전(&B)"
    table = wizard.preview_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[3] == "추가"  # the records a package adds, not an attachment's date


def test_the_merge_report_gives_refusals_in_the_windows_language(qtbot):
    """A refused row is named in Korean in a Korean window (issue 11: every refusal is
    bilingual), in English in an English one."""
    from officer_desk.gui.sync_dialogs import REPORT_HEADERS, fill_report_table
    from officer_desk.gui.tables import row_table
    from officer_desk.sync.authority import Refusal
    from officer_desk.sync.merge import PackageReport

    report = PackageReport(file="US.odpkg", post="US", outcome="merged")
    report.refuse_row(Refusal("company 1f0e belongs to post CN",
                              "기업 1f0e은(는) CN 공관의 레코드"))
    refused = PackageReport(file="JP.odpkg", outcome="refused", reason="damaged record 2a",
                            reason_ko="손상된 레코드 2a")
    table = row_table(list(REPORT_HEADERS))
    qtbot.addWidget(table)
    use_language("ko")
    fill_report_table(table, [report, refused])
    assert [table.item(r, 8).text() for r in (0, 1)] == [
        "기업 1f0e은(는) CN 공관의 레코드", "손상된 레코드 2a"]
    use_language("en")
    fill_report_table(table, [report, refused])
    assert [table.item(r, 8).text() for r in (0, 1)] == [
        "company 1f0e belongs to post CN", "damaged record 2a"]


def test_the_wizard_trusts_the_encryption_key_with_the_signing_key(qtbot, desk, dispute,
                                                                   hq_desk, tmp_path):
    card, _ = write_key_card(hq_desk, tmp_path / "hq.odkey")
    trust_file(desk, card, "김영희")  # the post knows HQ; HQ does not know the post yet
    package = build_package(desk, tmp_path / "us.odpkg")
    assert package.readers and package.path.exists()
    wizard = MergeWizard(hq_desk, files_chooser=lambda parent: [str(package.path)],
                         trust_confirm=lambda parent, key: True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.files_page.add_files()
    wizard.next()
    wizard.verify_page.trust_button(0).click()
    own = keys.own_key_info(desk)
    assert keys.find_key(hq_desk, own.fingerprint).age_recipient == own.age_recipient
    wizard.next()
    [r] = wizard.preview_page.reports
    assert r.outcome == "checked" and r.encrypted is True


def test_a_hostile_key_card_cannot_dress_up_the_fingerprint_shown(qtbot):
    """s28 window check: the trust dialog's label took the card's text for rich text
    when its post looked like HTML (a card's post and officer are the sender's to
    write): an officer name of markup could show a fingerprint other than the key's,
    and hide the real one. Shown as plain text, the real fingerprint is read."""
    from PySide6.QtCore import Qt

    from officer_desk.sync.keys import KeyInfo

    real = "AAAA-BBBB-CCCC-DDDD"
    forged = "<br><br>Fingerprint:<br>ZZZZ-ZZZZ-ZZZZ-ZZZZ<span style='font-size:1px'>"
    key = KeyInfo(fingerprint=real, public_key=b"k" * 32, installation="i" * 26,
                  post="<b>US</b>", officer=forged, status="unknown")
    dialog = TrustKeyDialog(key)
    qtbot.addWidget(dialog)
    assert dialog.label.textFormat() == Qt.TextFormat.PlainText
    assert f"Fingerprint:\n{real}" in dialog.label.text() and forged in dialog.label.text()
