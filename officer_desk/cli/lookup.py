"""Small pure helpers the commands share: record ids by prefix, list columns per kind."""

from __future__ import annotations

import re
import uuid

from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.domain.kinds import KINDS_BY_NAME, RecordKind
from officer_desk.domain.messages import say
from officer_desk.domain.records import Record
from officer_desk.domain.validation import is_record_id
from officer_desk.services.desk import Desk

#: The shortest id prefix accepted (the lists print the first 8 characters).
MIN_PREFIX = 8

_ID_CHARS = re.compile(r"^[0-9a-f-]+$")


def resolve_id(desk: Desk, text: str) -> str:
    """The full id of the one record whose id is ``text`` or starts with it.

    Ambiguous prefixes are refused with the candidates listed.
    """
    wanted = text.strip().lower()
    if is_record_id(wanted) and len(wanted.replace("-", "")) >= 32:
        return str(uuid.UUID(wanted))
    if not _ID_CHARS.match(wanted):
        raise OfficerDeskError(say("cli.not_record_id", text=text))
    if len(wanted) < MIN_PREFIX:
        raise OfficerDeskError(say("cli.id_too_short", text=text, count=MIN_PREFIX))
    rows = desk.conn.execute(
        "SELECT id, kind FROM record_index WHERE id LIKE ? || '%' ORDER BY id LIMIT 6",
        (wanted,),
    ).fetchall()
    if not rows:
        raise NotFound(say("cli.no_id_prefix", prefix=wanted))
    if len(rows) > 1:
        shown = ", ".join(f"{rid} ({kind})" for rid, kind in rows[:5])
        more = " …" if len(rows) > 5 else ""
        raise OfficerDeskError(say("cli.ambiguous_id", prefix=wanted, shown=shown + more))
    return str(rows[0][0])


#: The fields a list shows after id, post and title, per kind.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": ("code", "city_ko", "jurisdiction"),
    "vocab_terms": ("vocabulary", "code", "active"),
    "companies": ("size", "technology_field", "brn"),
    "disputes": ("dispute_kind", "stage", "status", "opened_on"),
    "engagements": ("agency", "engagement_kind", "held_on"),
    "trend_notes": ("category", "significance", "noted_on"),
    "conferences": ("conference_kind", "held_on"),
    "agenda_items": ("position",),
    "action_items": ("owner_name", "status", "due_on"),
    "follow_ups": ("due_on", "done"),
    "attachments": ("media_type", "size"),
}


def list_columns(kind: RecordKind) -> tuple[str, ...]:
    return LIST_COLUMNS.get(kind.name, ())


def title_of(record: Record, lang: str) -> str:
    title = record.title(lang)
    return "" if title == record.id else title


def linked_title(desk: Desk, record_id: str | None, lang: str, *, with_kind: bool = True
                 ) -> str:
    """``<kind>: <title> [id8]`` of a linked record, or the bare id if it is gone."""
    if not record_id:
        return ""
    target = desk.repo.get(None, record_id, with_blobs=False)
    if target is None:
        return say("out.missing_record", rid=record_id[:8]).message(lang)
    kind = f"{target.kind.label(lang)}: " if with_kind else ""
    gone = say("out.deleted_mark").message(lang) if target.deleted else ""
    return f"{kind}{title_of(target, lang)} [{record_id[:8]}]{gone}"


def kind_label(name: str, lang: str) -> str:
    kind = KINDS_BY_NAME.get(name)
    return kind.label(lang) if kind else name
