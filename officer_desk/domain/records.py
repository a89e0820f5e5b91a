"""A record of any kind, its metadata, and the change a use case made.

Version metadata, designed for the HQ merge: every change is stamped with a Lamport
counter of the installation that made it (``version``) and that installation's id.
Each field keeps the stamp of its last change (``field_versions``: field -> [counter,
installation]); fields of a merge unit are stamped together. ``seen`` is the record's
version vector: for each installation, the highest counter of its changes to this
record that this copy has seen. A field change (c, i) of the other copy is known here
exactly when ``seen[i] >= c``, which is how the merge tells a later edit from a
concurrent one. Comparing stamps as (counter, installation) pairs orders changes the
same way on every computer without reading any clock; ``created_at``/``updated_at``
are for display only.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind

Stamp = tuple[int, str]  # (Lamport counter, installation id)


@dataclass
class Record:
    kind: RecordKind = field(repr=False)
    id: str
    post: str
    values: dict[str, Any]
    version: int = 0
    origin: str = ""
    deleted: bool = False
    created_at: str = ""
    updated_at: str = ""
    field_versions: dict[str, list[Any]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)

    def title(self, lang: str = "en") -> str:
        names = self.kind.title_ko if lang == "ko" else self.kind.title_en
        for name in names:
            v = self.values.get(name)
            if v:
                return str(v)
        return self.id

    def to_json(self, *, include_blobs: bool = True) -> dict[str, Any]:
        """The record as JSON-friendly data (the export format)."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind.name, "post": self.post}
        for f in self.kind.fields:
            if f.type is FieldType.BLOB and not include_blobs:
                continue
            out[f.name] = value_to_json(f.type, self.values.get(f.name))
        out["deleted"] = self.deleted
        out["created_at"] = self.created_at
        out["updated_at"] = self.updated_at
        return out


def value_to_json(ftype: FieldType, value: Any) -> Any:
    if value is None:
        return None
    if ftype is FieldType.DATE:
        return value.isoformat()
    if ftype is FieldType.BLOB:
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    return value


def value_from_json(ftype: FieldType, value: Any) -> Any:
    """Inverse of ``value_to_json`` for the types JSON cannot carry natively."""
    if value is None:
        return None
    if ftype is FieldType.BLOB and isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return value  # validation reports it as not file content
    return value


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class Change:
    """What a use case changed, so that views can refresh and undo can reverse it."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    fields: dict[str, list[FieldChange]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.deleted or self.restored)

    def merge(self, other: Change) -> Change:
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted
        self.restored += other.restored
        self.kinds |= other.kinds
        for k, v in other.fields.items():
            self.fields.setdefault(k, []).extend(v)
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "restored": self.restored,
            "kinds": sorted(self.kinds),
            "fields": {
                rid: [c.field for c in changes] for rid, changes in self.fields.items()
            },
        }


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
