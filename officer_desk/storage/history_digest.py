"""What a creation's history row holds: a short digest of each initial value.

The values themselves are in the record; storing them again in the history doubled
the file (issue 18). The only reader of a creation's values is ``officer-desk check``
(``services.stamp_check``), which asks whether each field still holds what its last
stamped change set: for that a digest per field is enough, and it still names the
field that differs.

A creation row's ``new`` is ``#`` followed by ``name:digest`` for each field that had a
value, separated by commas (an absent field was empty). A digest is the first 48 bits
of SHA-256 over the field's canonical value (``canonical``) written as JSON with sorted
keys, in URL-safe base64 (8 characters). Rows written before migration 8 held the
values as a JSON object; migration 8 turns them into digests of exactly those values.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind

PREFIX = "#"
BYTES = 6
LENGTH = 8  # characters of a digest (6 bytes in base64)


def canonical(f: Field | None, value: Any) -> Any:
    """A value in a form that compares equal however it was written down (``None`` for
    ``f``: the tombstone)."""
    if f is None:
        return bool(value)
    if f.is_json:
        return value or []
    if value is None:
        return None
    if f.type in (FieldType.AMOUNT, FieldType.INTEGER) and not isinstance(value, bool):
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    if f.type is FieldType.BOOL:
        return bool(value)
    return value


def digest(f: Field, value: Any) -> str:
    """The digest of one field's value (any form ``canonical`` accepts)."""
    text = json.dumps(canonical(f, value), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    raw = hashlib.sha256(text.encode("utf-8")).digest()[:BYTES]
    return base64.urlsafe_b64encode(raw).decode("ascii")


def created(kind: RecordKind, shown: Mapping[str, Any]) -> str:
    """A creation row's ``new`` for the values ``shown`` as the history's JSON held them
    (field name -> JSON value, empty fields left out)."""
    parsed = json.loads(json.dumps(dict(shown), ensure_ascii=False))  # as it was read back
    return PREFIX + ",".join(f"{f.name}:{digest(f, parsed[f.name])}"
                             for f in kind.fields if f.name in parsed)


def parse(new: str | None) -> dict[str, str] | None:
    """The digests of a creation row, or None when ``new`` is not in that form."""
    if not new or not new.startswith(PREFIX):
        return None
    digests = {}
    for part in filter(None, new[len(PREFIX):].split(",")):
        name, colon, value = part.partition(":")
        if not colon or not name or len(value) != LENGTH:
            return None
        digests[name] = value
    return digests
