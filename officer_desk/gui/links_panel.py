"""The "Links" tab under a list: the records the selected record is linked with.

What is linked depends on the kind: a company shows its disputes at every post (its
linked records at other posts included, after an HQ merge), the engagements naming it
and the same company at other posts; a conference shows its agenda, the action items
raised at it and those carried over from earlier conferences. Every record shows what
its own fields point to (a dispute's company, a follow-up's record) and the
conferences whose agenda named it. Double-click or Enter on a linked record emits
``openRequested`` with its id (the window opens it in its list).

The links are read only while the tab is shown (a company's engagements take a scan of
the engagements, some 20 ms at 15,000 of them): moving through the list with another
tab shown reads nothing, and the tab reads the current record when it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import AGENDA_ITEMS, COMPANIES, CONFERENCES, ENGAGEMENTS
from officer_desk.domain.records import Record
from officer_desk.gui.tables import plain_tip
from officer_desk.gui.texts import tr
from officer_desk.services import companies as company_service
from officer_desk.services import conferences as conference_service
from officer_desk.services import display, queries
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk

#: The role of a linked row that holds the record id to open.
LinkedIdRole = Qt.ItemDataRole.UserRole

#: At most this many rows per group (a company with thousands of disputes stays quick).
GROUP_LIMIT = 500

Group = tuple[str, list[tuple[str, Record]]]


class LinksPanel(QWidget):
    """A tree of groups ("Disputes at every post (3)") of linked records."""

    #: the id of a linked record the person asked to open
    openRequested = Signal(str)
    #: the links of the current record were read (``count`` changed)
    loaded = Signal()

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.record_id: str | None = None
        self.groups: list[Group] = []
        #: whether ``groups`` are those of ``record_id``
        self.current = True
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Record"), tr("Post"), tr("Date / state")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 560)
        self.tree.setColumnWidth(1, 70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._activated)

    # -- showing ------------------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        """Show ``record_id``'s links: now if the tab is shown, else when it is."""
        self.record_id = record_id
        self.current = False
        if record_id is None or self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.current:
            self.load()

    def load(self) -> None:
        """Read the current record's links and show them."""
        self.current = True
        self.groups = []
        if self.record_id is not None:
            try:
                record = record_service.get(self.desk, self.record_id)
                self.groups = [g for g in self._groups(record) if g[1]]
            except OfficerDeskError:
                self.groups = []
        self.tree.clear()
        for title, items in self.groups:
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for target_id, record in items:
                row = QTreeWidgetItem([display.one_line(record.title(self.lang)), record.post,
                                       self._state(record)])
                row.setData(0, LinkedIdRole, target_id)
                row.setToolTip(0, plain_tip(record.title(self.lang)))
                group.addChild(row)
            group.setExpanded(True)
        self.loaded.emit()

    def count(self) -> int | None:
        """How many linked records are shown; None while they are not read yet."""
        if not self.current:
            return None
        return sum(len(items) for _title, items in self.groups)

    def linked_ids(self) -> list[str]:
        """The ids the rows open, group by group (what a test or a person sees)."""
        return [target for _title, items in self.groups for target, _record in items]

    def select_id(self, record_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, LinkedIdRole) == record_id:
                    self.tree.setCurrentItem(group.child(j))
                    return True
        return False

    def open_current(self) -> str | None:
        """Ask to open the chosen linked record; its id, or None if none is chosen."""
        item = self.tree.currentItem()
        target = item.data(0, LinkedIdRole) if item is not None else None
        if target:
            self.openRequested.emit(str(target))
        return target

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.tree.setCurrentItem(item)
        self.open_current()

    # -- what is linked -----------------------------------------------------------------

    def _groups(self, record: Record) -> list[Group]:
        groups = list(self._outgoing(record))
        if record.kind is COMPANIES:
            groups += self._company(record)
        elif record.kind is CONFERENCES:
            groups += self._conference(record)
        if record.kind is not CONFERENCES:
            agenda = self._rows(AGENDA_ITEMS, {"record_id": record.id})
            conferences = {}
            for item in agenda:
                conference = self._get(item.values.get("conference_id"))
                if conference is not None:
                    conferences[conference.id] = conference
            groups.append((tr("On the agenda of"), [(c.id, c) for c in conferences.values()]))
        return groups

    def _outgoing(self, record: Record) -> Iterable[Group]:
        """What the record's own reference fields point to."""
        for f in record.kind.fields:
            if f.type not in (FieldType.REF, FieldType.REFS, FieldType.LINK):
                continue
            targets = [t for t in (self._get(i) for i in
                                   display.linked_ids(f, record.values.get(f.name)))
                       if t is not None]
            yield f.label(self.lang), [(t.id, t) for t in targets]

    def _company(self, company: Record) -> list[Group]:
        same = company_service.same_company(self.desk, company.id)
        disputes = company_service.disputes_across_posts(self.desk, company.id)[:GROUP_LIMIT]
        engagements = self._rows(ENGAGEMENTS, {"company_ids": [c.id for c in same]})
        return [
            (tr("Disputes at every post"), [(d.id, d) for d in disputes]),
            (tr("Engagements naming it"), [(e.id, e) for e in engagements]),
            (tr("The same company at other posts"),
             [(c.id, c) for c in same if c.id != company.id and not c.deleted]),
        ]

    def _conference(self, conference: Record) -> list[Group]:
        view = conference_service.conference_view(self.desk, conference.id)
        # an agenda item opens the record it is about (it has no list of its own)
        agenda = [(item.values.get("record_id") if item.values.get("record_id") in view.linked
                   else item.id, item) for item in view.agenda]
        return [
            (tr("Agenda"), agenda),
            (tr("Action items raised"), [(a.id, a) for a in view.raised]),
            (tr("Action items carried over"), [(a.id, a) for a in view.carried_over]),
        ]

    def _rows(self, kind, where: dict) -> list[Record]:
        page = queries.list_records(self.desk, kind, queries.ListQuery(
            where=where, limit=GROUP_LIMIT))
        return page.records

    def _get(self, record_id: str | None) -> Record | None:
        if not record_id:
            return None
        record = self.desk.repo.get(None, record_id, with_blobs=False)
        return record if record is not None and not record.deleted else None

    def _state(self, record: Record) -> str:
        """A short second column: the record's date, and its stage or status."""
        parts = []
        for name in ("stage", "status"):
            if record.kind.has_field(name) and record.values.get(name):
                f = record.kind.field(name)
                parts.append(display.format_value(f, record.values[name], self.desk.vocab,
                                                  self.lang))
                break
        period = record.kind.period_field
        if period and record.values.get(period):
            parts.append(str(record.values[period]))
        return " · ".join(parts)
