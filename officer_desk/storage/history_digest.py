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

Since migration 11 a creation row is written shorter (``compact``): ``%`` followed by
one character naming the field (its place in ``FIELDS``, a list frozen here: a field
added to a kind later is not in it) and its digest, nine characters a field with no
separator; a field not in ``FIELDS`` follows after a comma as ``name:digest``. The
field names were half of a creation row (13.5 of the 26 MiB of creation rows of the
100,000-record demo); migration 11 rewrites the ``#`` rows into this form. ``parse``
reads both, so ``officer-desk check`` sees the same digests.
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

#: The prefix of the compact form (migration 11).
COMPACT = "%"
#: The character naming the field at each place of ``FIELDS`` (URL-safe base64's).
CODES = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

#: Each kind's fields at schema 11, in the order of their codes. Frozen: never reorder
#: or remove a name (rows written with these codes would be read as other fields); a
#: field added to a kind later is written by name (see the module's docstring), or
#: appended here at the end of its kind's list.
FIELDS: dict[str, tuple[str, ...]] = {
    "posts": ("code", "name_ko", "name_en", "city_ko", "city_en", "jurisdiction", "is_hq"),
    "vocab_terms": ("vocabulary", "code", "label_ko", "label_en", "position", "active",
                    "version_tag", "jurisdiction"),
    "companies": ("name_ko", "name_en", "brn", "brands", "former_names", "domains",
                  "registration_numbers", "size", "sector", "technology_field",
                  "consent_to_name", "contact", "notes", "sensitivity", "tags"),
    "disputes": ("title_ko", "title_en", "company_id", "counterparties", "jurisdiction",
                 "forum", "case_number", "ip_type", "dispute_kind", "stage", "stage_date",
                 "status", "outcome", "role", "claimed_amount", "awarded_amount",
                 "currency", "technology_field", "opened_on", "closed_on",
                 "support_provided", "summary", "sensitivity", "tags"),
    "engagements": ("topic_ko", "topic_en", "agency", "engagement_kind", "held_on",
                    "participants", "company_ids", "korean_position", "result",
                    "next_steps", "sensitivity", "tags"),
    "trend_notes": ("title_ko", "title_en", "category", "region", "technology_field",
                    "noted_on", "body", "source_url", "significance", "implications",
                    "sensitivity", "tags"),
    "conferences": ("title_ko", "title_en", "conference_kind", "held_on", "brief_number",
                    "summary", "sensitivity", "tags"),
    "agenda_items": ("conference_id", "position", "title_ko", "title_en", "record_id",
                     "notes", "sensitivity", "tags"),
    "action_items": ("conference_id", "description_ko", "description_en", "owner_name",
                     "due_on", "status", "closed_on", "record_id", "sensitivity", "tags"),
    "follow_ups": ("record_id", "due_on", "description", "done", "done_on", "sensitivity",
                   "tags"),
    "attachments": ("record_id", "file_name", "media_type", "size", "sha256", "content",
                    "description", "sensitivity", "tags"),
}
assert all(len(names) <= len(CODES) for names in FIELDS.values())


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


def compact(kind_name: str, digests: Mapping[str, str]) -> str:
    """The compact form (``%``) of a creation row's digests (field name -> digest)."""
    places = {name: CODES[i] for i, name in enumerate(FIELDS.get(kind_name, ()))}
    coded = "".join(places[name] + value for name, value in digests.items()
                    if name in places)
    named = ",".join(f"{name}:{value}" for name, value in digests.items()
                     if name not in places)
    return COMPACT + coded + ("," + named if named else "")


def created_compact(kind: RecordKind, shown: Mapping[str, Any]) -> str:
    """``created`` in the compact form: what a creation row's ``new`` is since
    migration 11."""
    digests = parse(created(kind, shown))
    assert digests is not None
    return compact(kind.name, digests)


def _parse_compact(kind_name: str | None, body: str) -> dict[str, str] | None:
    names = FIELDS.get(kind_name or "")
    if names is None:
        return None
    coded, comma, named = body.partition(",")
    if len(coded) % (LENGTH + 1):
        return None
    digests = {}
    for at in range(0, len(coded), LENGTH + 1):
        place = CODES.find(coded[at])
        if place < 0 or place >= len(names):
            return None
        digests[names[place]] = coded[at + 1:at + 1 + LENGTH]
    if comma:
        more = _parse_named(named)
        if more is None or not more:
            return None
        digests.update(more)
    return digests


def _parse_named(body: str) -> dict[str, str] | None:
    digests = {}
    for part in filter(None, body.split(",")):
        name, colon, value = part.partition(":")
        if not colon or not name or len(value) != LENGTH:
            return None
        digests[name] = value
    return digests


def parse(new: str | None, kind_name: str | None = None) -> dict[str, str] | None:
    """The digests of a creation row (field name -> digest), or None when ``new`` is not
    in that form. The compact form (``%``) needs the row's kind."""
    if new and new.startswith(COMPACT):
        return _parse_compact(kind_name, new[len(COMPACT):])
    if not new or not new.startswith(PREFIX):
        return None
    return _parse_named(new[len(PREFIX):])

