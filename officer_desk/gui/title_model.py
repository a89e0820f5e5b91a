"""The titles of one kind's records, for the editor's reference fields to complete over.

Read once per editor (``load_titles``), in the editor's language with the other
language in brackets; cheap at 10,000 rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from officer_desk.domain.kinds import RecordKind
from officer_desk.services.desk import Desk


class TitleModel(QAbstractListModel):
    """(id, title) pairs of one kind's records, row 0 empty; cheap at 10,000 rows."""

    def __init__(self, items: list[tuple[str | None, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str | None, str]] = [(None, ""), *items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rid, title = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return title
        if role == Qt.ItemDataRole.UserRole:
            return rid
        return None

    def ensure(self, rid: str, title: str) -> None:
        if all(r != rid for r, _ in self.items):
            n = len(self.items)
            self.beginInsertRows(QModelIndex(), n, n)
            self.items.append((rid, title))
            self.endInsertRows()

    def row_of_id(self, rid: str | None) -> int:
        for n, (r, _) in enumerate(self.items):
            if r == rid:
                return n
        return -1

    def ids_titled(self, text: str) -> list[str]:
        folded = text.strip().casefold()
        return [r for r, t in self.items if r and t.casefold() == folded]


def load_titles(desk: Desk, kind: RecordKind, lang: str) -> list[tuple[str, str]]:
    """Every live record of ``kind`` as (id, title), the other language in brackets."""
    first = kind.title_ko if lang == "ko" else kind.title_en
    names = [n for n in first if kind.has_field(n)]
    if not names:
        return []
    cols = ", ".join(f'"{n}"' for n in names)
    rows = desk.conn.execute(
        f'SELECT id, {cols} FROM "{kind.name}" WHERE deleted = 0'  # names come from the specs
    ).fetchall()
    out = []
    for row in rows:
        parts = [str(v) for v in row[1:] if v]
        title = parts[0] if parts else row[0]
        if len(parts) > 1 and parts[1] != title:
            title = f"{title} ({parts[1]})"
        out.append((row[0], title))
    out.sort(key=lambda x: x[1].casefold())
    return out
