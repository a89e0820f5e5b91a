"""Saved views: a named filter and sort for one list, kept in the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass

from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.domain.messages import say
from officer_desk.domain.records import utc_now
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery, order_by
from officer_desk.storage.connection import transaction


@dataclass(frozen=True)
class SavedView:
    id: str
    name: str
    kind: str
    query: ListQuery


def _query_to_json(q: ListQuery) -> str:
    data = dataclasses.asdict(q)
    for key in ("date_from", "date_to"):
        if data[key] is not None:
            data[key] = data[key].isoformat()
    data.pop("offset")
    data.pop("sort_lang")  # the window showing the view sorts in its own language
    return json.dumps(data, ensure_ascii=False)


def _query_from_json(text: str) -> ListQuery:
    data = json.loads(text)
    known = {f.name for f in dataclasses.fields(ListQuery)}
    data = {k: v for k, v in data.items() if k in known}
    for key in ("date_from", "date_to"):
        if data.get(key):
            data[key] = dt.date.fromisoformat(data[key])
    if data.get("posts") is not None:
        data["posts"] = tuple(data["posts"])
    return ListQuery(**data)


def save_view(desk: Desk, kind: RecordKind, name: str, query: ListQuery) -> SavedView:
    name = " ".join(name.split())
    if not name:
        raise OfficerDeskError(say("view.needs_name"))
    order_by(kind, query.sort)  # refuses an unknown sort field now rather than later
    view_id = str(uuid.uuid4())
    with transaction(desk.conn) as conn:
        conn.execute(
            "INSERT INTO saved_views (id, name, kind, query, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, name) DO UPDATE SET query = excluded.query",
            (view_id, name, kind.name, _query_to_json(query), utc_now()),
        )
    return next(v for v in saved_views(desk, kind) if v.name == name)


def saved_views(desk: Desk, kind: RecordKind | None = None) -> list[SavedView]:
    sql = "SELECT id, name, kind, query FROM saved_views"
    params: tuple[str, ...] = ()
    if kind is not None:
        sql += " WHERE kind = ?"
        params = (kind.name,)
    rows = desk.conn.execute(sql + " ORDER BY kind, name", params).fetchall()
    return [SavedView(r[0], r[1], kind_named(r[2]).name, _query_from_json(r[3])) for r in rows]


def delete_view(desk: Desk, view_id: str) -> None:
    with transaction(desk.conn) as conn:
        if conn.execute("DELETE FROM saved_views WHERE id = ?", (view_id,)).rowcount == 0:
            raise NotFound(say("view.not_found", id=view_id))
