"""The main window's "Sync" menu.

Its dialogs (``sync_dialogs``: packages, signatures; ``key_cards``: key cards) are
imported when first opened, not when the window starts; "Conflicts…" and "Import log"
show the window's own pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from officer_desk.gui.texts import tr

if TYPE_CHECKING:
    from officer_desk.gui.window_base import DeskWindow


def install_sync_menu(window: DeskWindow) -> None:
    """Add the "Sync" menu to the main window; views refresh after a merge or a fix."""
    menu = window.menuBar().addMenu(tr("&Sync"))

    def create() -> None:
        from officer_desk.gui.sync_dialogs import CreatePackageDialog

        CreatePackageDialog(window.desk, window).exec()

    def merge() -> None:
        from officer_desk.gui.sync_dialogs import MergeWizard

        wizard = MergeWizard(window.desk, window)
        wizard.merged.connect(window.refresh)
        wizard.exec()

    def export_card() -> None:
        from officer_desk.gui.key_cards import export_key_card

        export_key_card(window, window.desk)

    def trust_card() -> None:
        from officer_desk.gui.key_cards import trust_key_card

        trust_key_card(window, window.desk)

    for text, slot in ((tr("Create sync package…"), create), (tr("Merge packages…"), merge),
                       (tr("Conflicts…"), window.show_conflicts),
                       (tr("Import log"), window.show_import_log),
                       (None, None),
                       (tr("Save my key card…"), export_card),
                       (tr("Trust a key card…"), trust_card)):
        if slot is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        if slot is merge:
            window.merge_action = action  # type: ignore[attr-defined]
    window.sync_menu = menu  # type: ignore[attr-defined]
