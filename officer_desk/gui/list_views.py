"""A list's saved views: the combo box of views, "Save view…" and "Delete view".

A view is a ``ListQuery`` kept in the database (``services.views``) under a name. The
bar asks the page for what the list shows (``current``) and hands a chosen view's query
back to it (``apply``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QPushButton, QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui import messages
from officer_desk.gui.texts import problem_text, tr
from officer_desk.services import views as view_service
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

#: ``ask_name(parent, title, label) -> (text, ok)``: how a view's name is asked for.
AskName = Callable[[QWidget, str, str], tuple[str, bool]]


def ask_name(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label)


class SavedViews:
    """The saved-view widgets of one list (``views``, ``save_button``, ``delete_button``)."""

    def __init__(self, desk: Desk, kind: RecordKind, page: QWidget, problem: QLabel,
                 current: Callable[[], ListQuery], apply: Callable[[ListQuery], bool]):
        self.desk, self.kind, self.page, self.problem = desk, kind, page, problem
        self.current, self.apply = current, apply
        self.ask_name: AskName = ask_name
        self.views = QComboBox()
        self.views.setToolTip(tr("Saved views"))
        self.save_button = QPushButton(tr("Save view…"))
        self.delete_button = QPushButton(tr("Delete view"))
        # the views are kept in the case log: one open read-only has its views to
        # choose, none to save or delete (asked for a name, then refused as if the
        # folder were read-only)
        self.save_button.setEnabled(not desk.readonly)
        if desk.readonly:
            for button in (self.save_button, self.delete_button):
                button.setToolTip(tr("This case log is open read-only: its saved views "
                                     "can be chosen, not saved or deleted."))
        self.fill()
        self.views.activated.connect(self.chosen)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def fill(self, select: str | None = None) -> None:
        self.views.blockSignals(True)
        try:
            self.views.clear()
            self.views.addItem(tr("(no saved view)"), None)
            for view in view_service.saved_views(self.desk, self.kind):
                self.views.addItem(view.name, view.id)
            index = self.views.findData(select) if select else 0
            self.views.setCurrentIndex(max(index, 0))
        finally:
            self.views.blockSignals(False)
        self._offer_delete()

    def _offer_delete(self) -> None:
        self.delete_button.setEnabled(self.views.currentData() is not None
                                      and not self.desk.readonly)

    def names(self) -> list[str]:
        return [self.views.itemText(i) for i in range(1, self.views.count())]

    def save(self) -> view_service.SavedView | None:
        """Ask for a name and keep what the list shows now under it."""
        if self.desk.readonly:
            return None
        name, ok = self.ask_name(self.page, tr("Save view"), tr("Name of the view:"))
        if not ok or not name.strip():
            return None
        name = " ".join(name.split())
        if name in self.names() and not messages.ask(
                self.page, tr("Save view"),
                tr("A view called “{name}” exists. Replace what it shows with what the "
                   "list shows now?").format(name=name)):
            return None  # the view kept is never overwritten unasked
        try:
            view = view_service.save_view(self.desk, self.kind, name, self.current())
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
            return None
        self.fill(view.id)
        return view

    def choose(self, name: str | None) -> bool:
        """Show the saved view called ``name`` (None: clear every filter)."""
        index = self.views.findText(name) if name else 0
        if index < 0:
            return False
        self.views.setCurrentIndex(index)
        self.chosen(index)
        return True

    def chosen(self, index: int) -> None:
        view_id = self.views.itemData(index)
        self._offer_delete()
        if view_id is None:
            self.apply(ListQuery())
            return
        view = next((v for v in view_service.saved_views(self.desk, self.kind)
                     if v.id == view_id), None)
        if view is None:  # deleted elsewhere
            self.fill()
            return
        self.apply(view.query)

    def delete(self) -> bool:
        """Remove the chosen saved view, once the person said yes (what the list shows
        stays as it is); False when nothing was removed."""
        view_id = self.views.currentData()
        if view_id is None or self.desk.readonly:
            return False
        if not messages.ask(
                self.page, tr("Delete view"),
                tr("Delete the saved view “{name}”? The records it shows stay as they "
                   "are; the view cannot be brought back.").format(
                       name=self.views.currentText())):
            return False
        try:
            view_service.delete_view(self.desk, view_id)
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
        self.fill()
        return True
