"""Under a list: the chosen record's details and history, attachments, follow-ups
and links.

The Attachments, Follow-ups and Links tabs hold stand-ins until a record is chosen or
one of them is: opening a list neither imports nor builds their panels.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import ATTACHMENTS, FOLLOW_UPS, RecordKind
from officer_desk.domain.records import Record
from officer_desk.gui.texts import problem_text, tr
from officer_desk.services import display
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk

if TYPE_CHECKING:
    from officer_desk.gui.links_panel import LinksPanel
    from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel


class DetailTabs(QTabWidget):
    """Details (fields and history) of the record a list shows, and its panels."""

    #: the id of a record the person asked to open (from the Links tab)
    openRecordRequested = Signal(str)
    #: an attachment or follow-up of this record (its id, or None) was changed
    recordChanged = Signal(object)

    def __init__(self, desk: Desk, kind: RecordKind, lang: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.kind, self.lang, self.undo_stack = desk, kind, lang, undo_stack
        #: the record shown (None: none chosen)
        self.record_id: str | None = None
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.addTab(self.detail, tr("Details"))
        self._attachments: AttachmentsPanel | None = None
        self._follow_ups: FollowUpsPanel | None = None
        self._links: LinksPanel | None = None
        self._stand_ins: dict[str, QWidget] = {}
        panels = []
        if not kind.reference and kind not in (ATTACHMENTS, FOLLOW_UPS):
            panels += [("attachments", tr("Attachments ({n})").format(n=0)),
                       ("follow_ups", tr("Follow-ups ({n})").format(n=0))]
        if not kind.reference:
            panels.append(("links", tr("Links ({n})").format(n=0)))
        for name, title in panels:
            self._stand_ins[name] = QWidget()
            self.addTab(self._stand_ins[name], title)
        self.currentChanged.connect(self._tab_chosen)

    def show_record(self, record_id: str | None) -> Record | None:
        """Show a record (None: none chosen). Returns it, or None when there is none or
        it cannot be read (the reason is shown in the Details tab)."""
        self.record_id = record_id
        self._show_panels(record_id)
        if record_id is None:
            self.detail.clear()
            return None
        try:
            record = record_service.get(self.desk, record_id)
            history = record_service.history(self.desk, record_id)
        except OfficerDeskError as e:
            self.detail.setPlainText(problem_text(e))
            return None
        self.detail.setHtml(record_html(self.desk, record, history, self.lang))
        return record

    @property
    def attachments(self) -> AttachmentsPanel | None:
        self._build_panels()
        return self._attachments

    @property
    def follow_ups(self) -> FollowUpsPanel | None:
        self._build_panels()
        return self._follow_ups

    @property
    def links(self) -> LinksPanel | None:
        self._build_panels()
        return self._links

    def _tab_chosen(self, index: int) -> None:
        if self.widget(index) in self._stand_ins.values():
            self._build_panels()

    def _build_panels(self) -> None:
        """Put the real panels in place of the stand-ins (once)."""
        if not self._stand_ins:
            return
        from officer_desk.gui.links_panel import LinksPanel
        from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel

        stand_ins, self._stand_ins = self._stand_ins, {}
        current = self.currentIndex()
        record_id = self.record_id
        if "attachments" in stand_ins:
            self._attachments = AttachmentsPanel(self.desk, self.lang, self)
            self._follow_ups = FollowUpsPanel(self.desk, self.lang, self)
            for panel in (self._attachments, self._follow_ups):
                panel.changed.connect(self._panel_changed)
                panel.undo_stack = self.undo_stack
        if "links" in stand_ins:
            self._links = LinksPanel(self.desk, self.lang, self)
            self._links.openRequested.connect(self.openRecordRequested)
            self._links.loaded.connect(self._show_panel_counts)
        self.blockSignals(True)
        try:
            for name, stand_in in stand_ins.items():
                index = self.indexOf(stand_in)
                title = self.tabText(index)
                self.removeTab(index)
                self.insertTab(index, getattr(self, f"_{name}"), title)
                stand_in.deleteLater()
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(False)
        for panel in (self._attachments, self._follow_ups, self._links):
            if panel is not None:
                panel.show_record(record_id)
        self._show_panel_counts()

    def _show_panels(self, record_id: str | None) -> None:
        if record_id is not None:
            self._build_panels()
        for panel in (self._attachments, self._follow_ups, self._links):
            if panel is not None:
                panel.show_record(record_id)
        self._show_panel_counts()

    def _show_panel_counts(self) -> None:
        for panel, title in ((self._attachments, tr("Attachments ({n})")),
                             (self._follow_ups, tr("Follow-ups ({n})")),
                             (self._links, tr("Links ({n})"))):
            if panel is not None:
                n = panel.count()
                text = tr("Links") if n is None else title.format(n=n)  # links: when shown
                self.setTabText(self.indexOf(panel), text)

    def _panel_changed(self) -> None:
        self.recordChanged.emit(getattr(self.sender(), "record_id", None) or self.record_id)


LINK_TYPES = (FieldType.REF, FieldType.LINK, FieldType.REFS)


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def record_html(desk: Desk, record, history, lang: str) -> str:
    """A record's fields and history as simple HTML (all user text escaped)."""
    rows = []
    linked = [v for f in record.kind.fields if f.type in LINK_TYPES
              for v in _as_list(record.values.get(f.name))]
    titles = display.titles_marking_deleted(desk, linked)
    for f in record.kind.fields:
        value = record.values.get(f.name)
        if value in (None, "", []) or f.type is FieldType.BLOB:
            continue
        if f.type is FieldType.LONGTEXT:
            shown = str(value)  # its line breaks are kept
        else:
            shown = display.format_value(f, value, desk.vocab, lang, check_marks=False,
                                         titles=titles)
        if f.type is FieldType.LONGTEXT:  # spaces and tabs that indent lines are kept
            text = html.escape(shown).replace("\n", "<br>")
            cell = f'<td style="white-space: pre-wrap">{text}</td>'
        else:
            cell = f"<td>{html.escape(shown)}</td>"
        rows.append(f"<tr><th align=left>{html.escape(f.label(lang))}</th>{cell}</tr>")
    def change(h) -> str:
        if h.action == "create":
            return tr("created")
        if h.field is None:
            return ""
        return f"{html.escape((h.old or '∅')[:60])} → {html.escape((h.new or '∅')[:80])}"

    changes = "".join(
        f"<tr><td>{html.escape(h.at[:16].replace('T', ' '))}</td><td>{html.escape(h.actor)}</td>"
        f"<td>{html.escape(h.action)}</td><td>{html.escape(h.field or '')}</td>"
        f"<td>{change(h)}</td></tr>"
        for h in history[-15:]
    )
    deleted = f"<p><b>{tr('Deleted')}</b></p>" if record.deleted else ""
    return (
        f"<h3>{html.escape(record.title(lang))}</h3>{deleted}"
        f"<p>{html.escape(record.kind.label(lang))} · {html.escape(record.post)}</p>"
        f"<table cellspacing=4>{''.join(rows)}</table>"
        f"<h4>{tr('History')}</h4><table cellspacing=4>{changes}</table>"
    )
