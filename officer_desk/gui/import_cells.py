"""How a spreadsheet's value is shown in the import wizard's tables (one line, dates
without a midnight time, long text cut)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTableWidgetItem

from officer_desk.gui.tables import read_only_item


def cell_item(text: Any) -> QTableWidgetItem:
    return read_only_item(shown(text))


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= 200 else text[:199] + "…"
