"""Field values between their Python types and SQLite columns."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from officer_desk.domain.fields import Field, FieldType

#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``, its encoder made
#: once (``dumps`` makes a new one on every call given options).
_json_column = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_sql(f: Field, value: Any) -> Any:
    if f.is_json:
        return _json_column(list(value or ()))
    if value is None:
        return None
    if f.type is FieldType.DATE:
        return value.isoformat()
    if f.type is FieldType.BOOL:
        return 1 if value else 0
    return value


def from_sql(f: Field, value: Any) -> Any:
    if f.is_json:
        return json.loads(value) if value else []
    if value is None:
        return None
    if f.type is FieldType.DATE:
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return None
    if f.type is FieldType.BOOL:
        return bool(value)
    return value


def history_text(f: Field | None, value: Any) -> str | None:
    """How a value is written into the history table (text, JSON for structures)."""
    if value is None:
        return None
    if f is not None and f.type is FieldType.BLOB:
        return f"<{len(value)} bytes>"
    if f is not None and f.type is FieldType.DATE:
        return value.isoformat()
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
