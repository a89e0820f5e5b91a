"""Rows read from a package, checked and turned into records.

A package is untrusted even when its signature is good (a program with a bug, or a
hand-edited database, can sign garbage). Every value is checked for its type here;
vocabulary codes are not checked against this database's vocabularies, because a
term HQ added may reach a post after the records that use it, and refusing them
would make the merge depend on the order packages arrive in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import uuid
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import ATTACHMENTS, RecordKind
from officer_desk.domain.records import Record
from officer_desk.storage.codec import from_sql


class RowRefused(Exception):
    """One row of a package cannot be used; the message says which and why."""


def _uuid(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise RowRefused(f"{what} is not an id")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise RowRefused(f"{what} {value[:40]!r} is not an id") from None
    if str(parsed) != value:
        raise RowRefused(f"{what} {value[:40]!r} is not in the standard id form")
    return value


def _json(value: Any, what: str) -> Any:
    if not isinstance(value, str) or len(value) > 1_000_000:
        raise RowRefused(f"{what} is not JSON text")
    try:
        return json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        raise RowRefused(f"{what} is not valid JSON") from None


def _stamp(value: Any, what: str) -> list[Any]:
    if (
        not isinstance(value, list) or len(value) != 2
        or not isinstance(value[0], int) or isinstance(value[0], bool) or value[0] <= 0
        or not isinstance(value[1], str) or not value[1]
    ):
        raise RowRefused(f"{what} is not a version stamp")
    return value


def _field_value(f: Field, raw: Any, rid: str) -> Any:
    what = f"record {rid} field {f.name}"
    t = f.type
    if raw is None:
        if f.is_json:
            raise RowRefused(f"{what} is missing")
        return None
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.URL, FieldType.VOCAB,
             FieldType.CHOICE):
        if not isinstance(raw, str):
            raise RowRefused(f"{what} is not text")
        if f.max_length is not None and len(raw) > f.max_length:
            raise RowRefused(f"{what} is longer than {f.max_length} characters")
        if t is FieldType.CHOICE and raw not in f.choices:
            raise RowRefused(f"{what} has the unknown value {raw[:40]!r}")
        return raw
    if t is FieldType.DATE:
        if not isinstance(raw, str):
            raise RowRefused(f"{what} is not a date")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise RowRefused(f"{what} {raw[:20]!r} is not a date") from None
    if t in (FieldType.REF, FieldType.LINK):
        return _uuid(raw, what)
    if t is FieldType.AMOUNT:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw) \
                or raw < 0:
            raise RowRefused(f"{what} is not a non-negative number")
        return raw
    if t in (FieldType.INTEGER, FieldType.BOOL):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise RowRefused(f"{what} is not a whole number")
        if t is FieldType.BOOL and raw not in (0, 1):
            raise RowRefused(f"{what} is not 0 or 1")
        return from_sql(f, raw)
    if t is FieldType.BLOB:
        if not isinstance(raw, bytes):
            raise RowRefused(f"{what} is not file content")
        return raw
    items = _json(raw, what)
    if not isinstance(items, list):
        raise RowRefused(f"{what} is not a list")
    if t is FieldType.REFS:
        return [_uuid(i, what) for i in items]
    if t is FieldType.STRINGS:
        if not all(isinstance(i, str) for i in items):
            raise RowRefused(f"{what} is not a list of texts")
        return items
    if t is FieldType.PARTIES:
        for i in items:
            if (not isinstance(i, dict) or not isinstance(i.get("name"), str)
                    or not isinstance(i.get("type"), (str, type(None)))):
                raise RowRefused(f"{what} is not a list of parties")
        return [{"name": i["name"], "type": i.get("type")} for i in items]
    raise AssertionError(f"unhandled field type {t}")


def decode_row(kind: RecordKind, row: dict[str, Any]) -> Record:
    """A package row as a record, or RowRefused naming the record and the problem."""
    rid = _uuid(row.get("id"), f"a {kind.en.lower()} id")
    post = row.get("post")
    if not isinstance(post, str) or not post or len(post) > 12:
        raise RowRefused(f"record {rid} has no valid owning post")
    deleted = row.get("deleted")
    if deleted not in (0, 1) or isinstance(deleted, bool):
        raise RowRefused(f"record {rid} has an invalid deleted flag")
    version = row.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version <= 0:
        raise RowRefused(f"record {rid} has an invalid version")
    origin = row.get("origin")
    if not isinstance(origin, str) or not origin:
        raise RowRefused(f"record {rid} has no origin")
    versions = _json(row.get("field_versions"), f"record {rid} field versions")
    if not isinstance(versions, dict) or "*" not in versions:
        raise RowRefused(f"record {rid} has invalid field versions")
    names = {f.name for f in kind.fields} | {"*", "deleted"}
    for name, stamp in versions.items():
        if name not in names:
            raise RowRefused(f"record {rid} has a version for an unknown field {name[:40]!r}")
        _stamp(stamp, f"record {rid} version of {name}")
    seen = _json(row.get("seen"), f"record {rid} seen vector")
    if not isinstance(seen, dict) or not seen or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0
        for k, v in seen.items()
    ):
        raise RowRefused(f"record {rid} has an invalid seen vector")
    for name, stamp in versions.items():
        if seen.get(stamp[1], 0) < stamp[0]:
            raise RowRefused(f"record {rid}: the change of {name} is not in its seen vector")
    for key in ("created_at", "updated_at"):
        if not isinstance(row.get(key), str) or len(row[key]) > 40:
            raise RowRefused(f"record {rid} has an invalid {key}")
    values = {f.name: _field_value(f, row.get(f.name), rid) for f in kind.fields}
    if kind is ATTACHMENTS:
        content = values.get("content")
        if content is None or values.get("size") != len(content) or (
            values.get("sha256") != hashlib.sha256(content).hexdigest()
        ):
            raise RowRefused(f"attachment {rid}: the content does not match its size and hash")
    return Record(
        kind=kind, id=rid, post=post, values=values, version=version, origin=origin,
        deleted=bool(deleted), created_at=row["created_at"], updated_at=row["updated_at"],
        field_versions=versions, seen=seen,
    )
