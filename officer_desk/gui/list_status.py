"""What the line under a list's filters says: how many records, and in what order.

"41,666 records; showing the first 200 — scroll for more" until every row is reached
(scrolled to, or End), then "41,666 records". The order says which column and what it
follows (a label, the process order, a value) and whether it is the kind's default.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from officer_desk.gui.models import RecordTableModel
from officer_desk.gui.texts import tr
from officer_desk.services.sort_order import SortBasis


def count_text(shown: int, total: int) -> str:
    """How many records the list has, and how many of them it shows so far."""
    if total == 1:
        return tr("1 record")
    if shown >= total:
        return tr("{total} records").format(total=f"{total:,}")
    return tr("{total} records; showing the first {shown} — scroll for more").format(
        total=f"{total:,}", shown=f"{shown:,}")


def order_text(model: RecordTableModel) -> str:
    """The order the list is in, as the sort arrow cannot say it all."""
    column, order = model.sort_indicator()
    descending = order == Qt.SortOrder.DescendingOrder
    if column < 0:  # a default order on no shown column (e.g. the last change)
        return (tr("Default order: last changed first") if descending
                else tr("Default order: first added first"))
    name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    basis = model.sort_basis()
    ends = model.sort_scale_ends() if basis is SortBasis.PROCESS else None
    if ends is not None:  # a scale (high … low): which end comes first
        how = tr("{column}, {first} first").replace(
            "{first}", ends[1] if descending else ends[0])
    elif basis is SortBasis.PROCESS:
        how = (tr("{column}, in process order, last first") if descending
               else tr("{column}, in process order"))
    elif basis is SortBasis.LABEL:
        how = tr("{column}, Z to A") if descending else tr("{column}, A to Z")
    else:
        how = (tr("{column}, descending") if descending else tr("{column}, ascending"))
    how = how.format(column=name)
    if model.sort_is_default():
        return tr("Default order: {how}").format(how=how)
    return tr("Sorted by {how}").format(how=how)
