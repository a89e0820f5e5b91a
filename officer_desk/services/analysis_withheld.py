"""The stakeholder analysis database's records about companies it may not name.

The briefing pack prints a record about a company that has not agreed to be named (a
dispute of it, an engagement concerning it, and the follow-ups, agenda items, action
items and attachments linked to either or to the company) by its structured fields
only (``briefs/structured.py``): free text names a company in ways no list of protected
strings knows (a nickname, a product, a person). The analysis database does the same:
such a record's title is its structured line ("Infringement suit (Patent) — Company
T"), the columns of its other text (summary, case number, court, counterparties'
names, participants, amounts, tags …) are empty; its structured fields stay.
"""

from __future__ import annotations

from typing import Any

from officer_desk.briefs.structured import SHOWN_FIELDS, TITLE_FIELDS
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    ATTACHMENTS,
    DISPUTES,
    FOLLOW_UPS,
    RecordKind,
)
from officer_desk.services.analysis_columns import Column

WORK = "analysis_work"
SCHEMA = "analysis"

#: Fields an attachment of such a record keeps (its name and description are text).
_ATTACHMENT_FIELDS = ("record_id", "media_type", "size", "sha256")
#: Columns every table keeps (not fields of a record).
_ALWAYS = {"id", "post", "quarter", "created_at", "updated_at", "exporter_id",
           "open_deadline"}
#: Kinds linked to a record by ``record_id`` (withheld with it).
LINKED = (FOLLOW_UPS, ACTION_ITEMS, AGENDA_ITEMS, ATTACHMENTS)


def may_withhold(kind: RecordKind) -> bool:
    """Whether a row of ``kind`` may be one shown by its structured fields only."""
    return kind in LINKED or kind.name in SHOWN_FIELDS


def mark(conn: Any) -> None:
    """Fill ``analysis_work.withheld`` with the ids of the records the file shows by
    their structured fields only (``analysis_named`` says which companies are named)."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {WORK}.withheld (id TEXT PRIMARY KEY)")
    conn.execute(
        f"INSERT OR IGNORE INTO {WORK}.withheld SELECT s.id FROM {WORK}.shown AS s "
        "WHERE s.kind = 'companies' AND NOT analysis_named(s.id)")
    conn.execute(
        f"INSERT OR IGNORE INTO {WORK}.withheld SELECT r.id FROM main.disputes AS r "
        f"JOIN {WORK}.shown AS s ON s.id = r.id WHERE NOT analysis_named(r.company_id)")
    conn.execute(
        f"INSERT OR IGNORE INTO {WORK}.withheld SELECT r.id FROM main.engagements AS r "
        f"JOIN {WORK}.shown AS s ON s.id = r.id WHERE typeof(r.company_ids) = 'text' AND "
        "json_valid(r.company_ids) AND json_type(r.company_ids) = 'array' AND EXISTS ("
        "SELECT 1 FROM json_each(r.company_ids) AS j WHERE NOT analysis_named(j.value))")
    for kind in LINKED:
        conn.execute(
            f"INSERT OR IGNORE INTO {WORK}.withheld SELECT r.id FROM main.{kind.name} AS r "
            f"JOIN {WORK}.shown AS s ON s.id = r.id "
            f"WHERE r.record_id IN (SELECT id FROM {WORK}.withheld)")


def retitle_records(conn: Any) -> None:
    """``analysis.records``: a withheld record's titles are its structured lines (the
    links of the other tables are resolved against them)."""
    conn.execute(
        f"UPDATE {SCHEMA}.records SET title_ko = analysis_line(id, 'ko'), "
        f"title_en = analysis_line(id, 'en') WHERE kind <> 'companies' AND id IN "
        f"(SELECT id FROM {WORK}.withheld)")


def _kept(columns: list[Column], fields: tuple[str, ...]) -> set[str]:
    """The columns made from ``fields`` (a vocabulary's labels, a link's kind and title,
    a company's names …) and those every table keeps."""
    kept = set(_ALWAYS)
    for name in fields:
        base = name[:-3] if name.endswith("_id") else name
        base = base.removesuffix("_ids")
        for c in columns:
            if c.name in (name, base) or c.name.startswith((name + "_", base + "_")):
                kept.add(c.name)
    return kept


def blank(conn: Any, kind: RecordKind, columns: list[Column]) -> None:
    """Empty a withheld row's columns of text and give its title the structured line."""
    if kind is ATTACHMENTS:
        fields, titles = _ATTACHMENT_FIELDS, ()
    elif kind.name in SHOWN_FIELDS:
        fields, titles = SHOWN_FIELDS[kind.name], TITLE_FIELDS[kind.name]
    else:
        return
    kept = _kept(columns, fields)
    sets = []
    for c in columns:
        if c.name in titles:
            lang = "en" if titles[0] == titles[1] or c.name == titles[1] else "ko"
            sets.append(f"{c.name} = analysis_line(id, '{lang}')")
        elif c.name not in kept:
            sets.append(f"{c.name} = NULL")
    if sets:
        conn.execute(f"UPDATE {SCHEMA}.{kind.name} SET {', '.join(sets)} "
                     f"WHERE id IN (SELECT id FROM {WORK}.withheld)")
    if kind is DISPUTES:
        conn.execute(f"UPDATE {SCHEMA}.dispute_counterparties SET name = NULL "
                     f"WHERE dispute_id IN (SELECT id FROM {WORK}.withheld)")

