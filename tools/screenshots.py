"""Write a PNG of each main screen of the window, in Korean and in English.

    make screenshots            (QT_QPA_PLATFORM=offscreen, into docs/screenshots/)
    python tools/screenshots.py [--out DIR] [--records N] [--lang ko|en]

Builds the demo database in a temporary folder (HQ, invented records), gives it what
the sync screens need — a conflict from an officer's laptop package and a post's
package waiting to be merged — and shows the window on it: the dashboard, every list
with a record selected and its details, the dispute editor, the merge wizard's
verification and preview pages and the Conflicts page; then the welcome screen (no case
log open), the window on a case log open read-only, a new case log's empty list with
its next steps, the Follow-ups to-do list and the dashboard in a dark palette. Then the
demo's conference brief as a 한글 (HWPX) document: its first page where a program here
can draw one, else its structure as text in the README (``tools/hwpx_shot.py``). Nothing
outside the temporary folder and
the output folder is touched (the keys go into the temporary folder too).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1720, 960)
LISTS = ("disputes", "engagements", "trend_notes", "companies", "conferences")


def settle(app: QApplication, ms: int = 150) -> None:
    """Let the window lay itself out, paint and finish any query it started."""
    wait_until(app, lambda: False, ms / 1000)


def wait_until(app: QApplication, condition: Callable[[], bool], seconds: float = 10) -> bool:
    """Run the event loop until ``condition()`` (False after ``seconds``).

    Through a ``QEventLoop``'s own ``processEvents``: PySide6 6.12's static
    ``QApplication.processEvents`` drops a reference to ``None`` on every call, and a
    few thousand calls end the interpreter.
    """
    pump = QEventLoop()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def make_database(folder: Path, records: int) -> tuple[Path, Path]:
    """The demo database with one open conflict, and a post's package not yet merged."""
    from officer_desk.domain.kinds import COMPANIES, DISPUTES
    from officer_desk.services import records as record_service
    from officer_desk.services.demo import generate_demo
    from officer_desk.services.desk import init_desk, open_desk
    from officer_desk.sync.key_card import trust_file, write_key_card
    from officer_desk.sync.merge import merge_package
    from officer_desk.sync.package import build_package, trust_package_key

    path = folder / "demo.sqlite"
    desk = init_desk(path, hq=True, demo=True, officer="본청 담당관")
    generate_demo(desk, records=records, seed=1)
    # HQ's key card: the laptop and the post trust it, so their packages are for HQ
    card, _ = write_key_card(desk, folder / "hq.odkey")
    conference_id = desk.conn.execute(
        "SELECT id FROM conferences WHERE post = 'HQ' AND deleted = 0 "
        "ORDER BY held_on DESC LIMIT 1").fetchone()[0]
    # the same conference summary edited on a laptop copy and in the office: a conflict
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, folder / "laptop.sqlite")
    os.environ["OFFICER_DESK_HOME"] = str(folder / "laptop-home")
    laptop = open_desk(folder / "laptop.sqlite", actor="본청 담당관")
    record_service.update(laptop, conference_id, {
        "summary": "출장 중 정리: 미국 ITC 337조 조사 대응 사례와 유럽 UPC 동향 공유."})
    trust_file(laptop, card, "본청 담당관")
    package = build_package(laptop, folder / "HQ-laptop.odpkg").path
    laptop.close()
    os.environ["OFFICER_DESK_HOME"] = str(folder / "home")
    record_service.update(desk, conference_id, {
        "summary": "사무실 정리: ITC 337조 대응 사례 공유, 중국 상표 선점 대응 요청 접수."})
    trust_package_key(desk, package, "본청 담당관")
    merge_package(desk, package)
    desk.close()

    # a post's package for the merge wizard (its key is not trusted yet)
    os.environ["OFFICER_DESK_HOME"] = str(folder / "us-home")
    post = init_desk(folder / "us.sqlite", post="US", officer="김영희")
    company, _ = record_service.create(post, COMPANIES, {
        "name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.", "size": "sme",
        "technology_field": "secondary_batteries"})
    record_service.create(post, DISPUTES, {
        "title_ko": "한빛배터리 v. Voltaic Licensing LLC 특허침해소송",
        "title_en": "Hanbit Battery v. Voltaic Licensing LLC (E.D. Tex.)",
        "company_id": company.id, "ip_type": "patent", "dispute_kind": "infringement_suit",
        "opened_on": "2025-03-01"})
    outbox = folder / "outbox"
    outbox.mkdir()
    trust_file(post, card, "김영희")
    post_package = build_package(post, outbox / "US-package.odpkg").path
    post.close()
    os.environ["OFFICER_DESK_HOME"] = str(folder / "home")
    return path, post_package


def shoot(app: QApplication, db: Path, post_package: Path, lang: str, out: Path) -> None:
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.sync_dialogs import MergeWizard
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk
    from officer_desk.sync.package import trust_package_key

    use_language(lang)
    copy = db.with_name(f"{db.stem}-{lang}.sqlite")  # each language starts from the same
    shutil.copy(db, copy)
    desk = open_desk(copy, actor="본청 담당관")
    window = MainWindow(desk, lang)
    try:
        window.resize(*SIZE)
        window.show()
        window.show_page(window.dashboard)
        wait_until(app, lambda: window.dashboard.data is not None
                   and not window.dashboard.loading)
        save(app, window, out / f"dashboard-{lang}.png")
        for name in LISTS:
            page = window.lists[name]
            window.show_page(page)
            wait_until(app, lambda page=page: page.model.rowCount() > 0
                       and not getattr(page.model, "loading", False))
            page.table.selectRow(min(2, page.model.rowCount() - 1))
            page.table.setFocus()
            save(app, window, out / f"{name.replace('_', '-')}-{lang}.png")
        disputes = window.lists["disputes"]
        window.show_page(disputes)
        disputes.table.selectRow(0)
        editor = disputes.edit_current()
        if editor is not None:
            editor.resize(900, 820)
            save(app, editor, out / f"editor-{lang}.png")
            editor.reject()
        wizard = MergeWizard(desk, window)
        wizard.files_page.add_files([str(post_package)])
        wizard.show()
        wizard.next()
        save(app, wizard, out / f"merge-wizard-{lang}.png")
        trust_package_key(desk, post_package, desk.actor)
        wizard.verify_page.refresh()
        wizard.next()  # the preview: a dry run in the worker thread
        save(app, wizard, out / f"merge-preview-{lang}.png")
        wizard.reject()
        window.show_conflicts()
        window.conflicts.table.selectRow(0)
        save(app, window, out / f"conflicts-{lang}.png")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()
        desk.close()


def shoot_welcome(app: QApplication, folder: Path, lang: str, out: Path) -> None:
    """The welcome screen (no case log open), with the files opened last."""
    from officer_desk import settings
    from officer_desk.gui.session import Session
    from officer_desk.gui.texts import use_language

    use_language(lang)
    for name in ("us.sqlite", "demo.sqlite"):
        settings.remember_opened(folder / name)
    settings.update(database="")
    session = Session(lang)
    try:
        session.start()
        assert session.window is not None
        session.window.resize(1100, 700)
        save(app, session.window, out / f"welcome-{lang}.png")
    finally:
        session.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()


def shoot_read_only(app: QApplication, db: Path, lang: str, out: Path) -> None:
    """A case log open read-only: the bar says so; a dispute is chosen in its list."""
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk

    use_language(lang)
    desk = open_desk(db, readonly=True)
    window = MainWindow(desk, lang)
    try:
        window.resize(*SIZE)
        window.show()
        page = window.lists["disputes"]
        window.show_page(page)
        wait_until(app, lambda: page.model.rowCount() > 0
                   and not getattr(page.model, "loading", False))
        page.table.selectRow(0)
        page.table.setFocus()
        save(app, window, out / f"read-only-{lang}.png")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()
        desk.close()


def shoot_empty_list(app: QApplication, folder: Path, lang: str, out: Path) -> None:
    """A new case log's empty Disputes list, saying what to do next (New, Import, the
    demo), opened as the program opens a file (through the session)."""
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.session import Session
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import init_desk

    use_language(lang)
    path = folder / f"new-{lang}.sqlite"
    init_desk(path, post="US", officer="김영희").close()
    session = Session(lang)
    try:
        session.start(path)
        window = session.window
        assert isinstance(window, MainWindow)
        window.resize(*SIZE)
        window.show()
        page = window.lists["disputes"]
        window.show_page(page)
        wait_until(app, lambda: not page.model.loading
                   and page.table_stack.currentWidget() is page.empty)
        save(app, window, out / f"empty-list-{lang}.png")
    finally:
        session.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()


def shoot_follow_ups(app: QApplication, db: Path, lang: str, out: Path) -> None:
    """The Follow-ups to-do: what is open, the most overdue first; the third chosen."""
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk

    use_language(lang)
    copy = db.with_name(f"{db.stem}-todo-{lang}.sqlite")
    shutil.copy(db, copy)
    desk = open_desk(copy, actor="본청 담당관")
    window = MainWindow(desk, lang)
    try:
        window.resize(*SIZE)
        window.show()
        page = window.follow_ups
        window.show_page(page)
        wait_until(app, lambda: page.model.rowCount() > 0)
        page.select_row(min(2, page.model.rowCount() - 1))
        page.table.setFocus()
        save(app, window, out / f"follow-ups-{lang}.png")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()
        desk.close()


def dark_palette() -> QPalette:
    """A dark colour scheme as an officer's desktop may have it (Fusion's roles)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c30"), (QPalette.ColorRole.AlternateBase, "#323337"),
        (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"), (QPalette.ColorRole.Mid, "#5f6368"),
        (QPalette.ColorRole.Dark, "#17181a"), (QPalette.ColorRole.Light, "#3c4043"),
        (QPalette.ColorRole.ToolTipBase, "#303134"), (QPalette.ColorRole.ToolTipText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"), (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def shoot_dark_dashboard(app: QApplication, db: Path, lang: str, out: Path) -> None:
    """The dashboard in a dark palette (Fusion style): charts, tiles and tables in the
    palette's colours."""
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.texts import use_language
    from officer_desk.services.desk import open_desk

    use_language(lang)
    style, palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    copy = db.with_name(f"{db.stem}-dark-{lang}.sqlite")
    shutil.copy(db, copy)
    desk = open_desk(copy, actor="본청 담당관")
    window = MainWindow(desk, lang)
    try:
        window.resize(*SIZE)
        window.show()
        window.show_page(window.dashboard)
        wait_until(app, lambda: window.dashboard.data is not None
                   and not window.dashboard.loading)
        save(app, window, out / f"dashboard-dark-{lang}.png")
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QEventLoop().processEvents()
        desk.close()
        app.setStyle(style)
        app.setPalette(palette)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--lang", choices=("ko", "en"), action="append")
    parser.add_argument("--only-hwpx", action="store_true",
                        help="only the HWPX brief's page or outline (no window shots)")
    args = parser.parse_args(argv)
    from officer_desk.gui.app import use_korean_font

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if use_korean_font(app) is None:  # type: ignore[arg-type]
        print("warning: no Korean font found; Hangul may show as boxes", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="officer-desk-shots-") as tmp:
        folder = Path(tmp)
        os.environ["OFFICER_DESK_HOME"] = str(folder / "home")
        print(f"making the demo database ({args.records:,} records)…")
        db, post_package = make_database(folder, args.records)
        from hwpx_shot import shoot_hwpx

        print(f"HWPX brief: {shoot_hwpx(db, ROOT / 'docs', ROOT / 'README.md')}")
        if args.only_hwpx:
            return 0
        for lang in args.lang or ["ko", "en"]:
            print(f"{lang}:")
            shoot(app, db, post_package, lang, args.out)
            shoot_welcome(app, folder, lang, args.out)
            shoot_read_only(app, db, lang, args.out)
            shoot_empty_list(app, folder, lang, args.out)
            shoot_follow_ups(app, db, lang, args.out)
            shoot_dark_dashboard(app, db, lang, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
