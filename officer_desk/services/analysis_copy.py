"""The bulk of the analysis export: the records copied in SQL.

The case log's connection attaches the analysis file being written (as ``analysis``)
and copies each kind with one ``INSERT … SELECT`` whose columns are those of
``analysis_columns``: labels by joins to the file's own ``vocabulary``, names of linked
records by joins to its ``records`` table, lists read with ``json_each``. The rows never
pass through Python one by one; the edition's rules and the odd values SQL leaves aside
do (``analysis_functions``). The tables were created beforehand with ``sqlite-utils``
(their types and foreign keys); this module only fills them.

Which records the file holds is decided once, in ``analysis_work.shown`` (in memory): the live
records, and for the stakeholder edition only public ones, no agenda or action item of
a conference it leaves out and no follow-up of a record it leaves out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    USER_KINDS,
    RecordKind,
)
from officer_desk.services.analysis_columns import Column, Select, parties_clean
from officer_desk.services.analysis_functions import CHOICE_LABELS, Edition, json_list
from officer_desk.services.deadline_rows import open_deadline_rows
from officer_desk.storage import cipher

SCHEMA = "analysis"
#: Where the copy keeps its working tables (in memory, never in either file).
WORK = "analysis_work"
#: Pages of the file being written kept in memory (KiB): its indexes (ids, links) are
#: filled in the case log's order, not theirs, and SQLite's 2 MiB default spilled them.
CACHE_KIB = 64 * 1024
#: The case log is read through a memory map while the copy runs (a plain file only):
#: the kinds' tables are read several times, without copying each page again.
MMAP_BYTES = 1 << 30


def where(kind: RecordKind, public: bool) -> str:
    """Which rows of ``kind`` the file holds (``analysis_work.shown`` says it for
    follow-ups of the stakeholder edition)."""
    out = "r.deleted = 0"
    if public:
        out += " AND (r.sensitivity IS NULL OR r.sensitivity = 'public')"
        if kind in (AGENDA_ITEMS, ACTION_ITEMS):
            out += (" AND r.conference_id IN (SELECT id FROM analysis_work.shown "
                    "WHERE kind = 'conferences')")
    return out


@contextmanager
def attached(conn: Any, path: Path, edition: Edition) -> Iterator[None]:
    """The analysis file attached to the case log's connection, with the working
    tables (an in-memory database) and functions of the copy; all gone afterwards."""
    encrypted = bool(cipher.key_of(conn))
    key = " KEY ''" if encrypted else ""  # SQLCipher: the analysis file is plain
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}{key}", (str(path),))
    functions = edition.functions()
    mapped = None if encrypted else conn.execute("PRAGMA main.mmap_size").fetchone()[0]
    try:
        conn.execute(f"ATTACH DATABASE ':memory:' AS {WORK}{key}")
        conn.execute(f"PRAGMA {SCHEMA}.journal_mode = OFF")
        conn.execute(f"PRAGMA {SCHEMA}.synchronous = OFF")
        conn.execute(f"PRAGMA {SCHEMA}.cache_size = -{CACHE_KIB}")
        if mapped is not None:
            conn.execute(f"PRAGMA main.mmap_size = {MMAP_BYTES}")
        for name, (n, function) in functions.items():
            conn.create_function(name, n, function)
        conn.execute(f"CREATE TABLE {WORK}.shown (id TEXT PRIMARY KEY, kind TEXT)")
        conn.execute(f"CREATE TABLE {WORK}.open_items (id TEXT PRIMARY KEY)")
        conn.execute(f"CREATE TABLE {WORK}.choices (code TEXT PRIMARY KEY, "
                     "label_en TEXT, label_ko TEXT)")
        conn.executemany("INSERT INTO analysis_work.choices VALUES (?, ?, ?)",
                         [(c, en, ko) for c, (en, ko) in CHOICE_LABELS.items()])
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        for name, (n, _function) in functions.items():
            conn.create_function(name, n, None)
        if mapped is not None:
            conn.execute(f"PRAGMA main.mmap_size = {int(mapped)}")
        attached = {row[1] for row in conn.execute("PRAGMA database_list")}
        for schema in (WORK, SCHEMA):
            if schema in attached:
                conn.execute(f"DETACH DATABASE {schema}")


def choose(conn: Any, public: bool) -> None:
    """Fill ``analysis_work.shown`` with the records the file holds, and
    ``analysis_work.open_items`` with the follow-ups and action items still to do."""
    for kind in USER_KINDS:
        conn.execute(f"INSERT OR IGNORE INTO analysis_work.shown SELECT r.id, '{kind.name}' "
                     f"FROM main.{kind.name} AS r WHERE {where(kind, public)}")
    if public:  # a follow-up of a record the edition leaves out goes too
        conn.execute(
            "DELETE FROM analysis_work.shown WHERE kind = 'follow_ups' AND id IN ("
            "SELECT f.id FROM main.follow_ups AS f WHERE f.record_id IS NULL OR "
            "f.record_id NOT IN (SELECT id FROM analysis_work.shown))")
    conn.execute(f"INSERT OR IGNORE INTO analysis_work.open_items SELECT id FROM "
                 f"({open_deadline_rows(conn)})")


def copy_records(conn: Any, public: bool) -> int:
    """``analysis.records``: every record's kind and titles as the edition shows them
    (what the links of the other tables are resolved against). Returns the rows."""
    sel = Select(public)
    title = ("CASE WHEN ri.kind = 'companies' THEN {company} ELSE "
             "{text} END")
    cols = []
    for i, (first, second) in enumerate((("title_ko", "title_en"), ("title_en", "title_ko"))):
        company = (sel.company("s.id", i, "c") if public else
                   f"coalesce((SELECT {sel.company('s.id', i, 'c')} FROM main.companies AS c "
                   f"WHERE c.id = s.id), '')")
        text = sel.text(f"coalesce(nullif(ri.{first}, ''), nullif(ri.{second}, ''), '')",
                        "ko" if i == 0 else "en")
        cols.append(title.format(company=company, text=text))
    return conn.execute(
        f"INSERT INTO {SCHEMA}.records (id, kind, title_ko, title_en) "
        f"SELECT s.id, ri.kind, {cols[0]}, {cols[1]} FROM analysis_work.shown AS s "
        f"JOIN main.record_index AS ri ON ri.id = s.id ORDER BY s.id").rowcount


def copy_kind(conn: Any, kind: RecordKind, columns: list[Column], sel: Select) -> int:
    """One kind's rows, in the case log's order. Returns the rows."""
    names = ", ".join(c.name for c in columns)
    values = ",\n  ".join(c.sql for c in columns)
    joins = "\n".join(sel.joins.values())
    filter_ = (" AND r.id IN (SELECT id FROM analysis_work.shown)"
               if kind is FOLLOW_UPS and sel.public else "")
    return conn.execute(
        f"INSERT INTO {SCHEMA}.{kind.name} ({names})\nSELECT {values}\n"
        f"FROM main.{kind.name} AS r\n{joins}\n"
        f"WHERE {where(kind, sel.public)}{filter_} ORDER BY r.rowid").rowcount


def extra_columns(kind: RecordKind, sel: Select) -> list[Column]:
    """``exporter_id`` of companies and disputes, ``open_deadline`` of follow-ups and
    action items."""
    if kind is COMPANIES:
        link = sel.join("x_link", "LEFT JOIN main.company_links AS x_link "
                                  "ON x_link.company_id = r.id")
        return [Column("exporter_id", str, "", "", f"coalesce({link}.group_id, r.id)")]
    if kind is DISPUTES:
        link = sel.join("x_link", "LEFT JOIN main.company_links AS x_link "
                                  "ON x_link.company_id = r.company_id")
        shown = sel.join("x_shown", "LEFT JOIN analysis_work.shown AS x_shown ON "
                                    "x_shown.id = r.company_id AND x_shown.kind = 'companies'")
        return [Column("exporter_id", str, "", "",
                       f"CASE WHEN {shown}.id IS NOT NULL "
                       f"THEN coalesce({link}.group_id, r.company_id) END")]
    if kind in (FOLLOW_UPS, ACTION_ITEMS):
        return [Column("open_deadline", int, "", "",
                       "r.id IN (SELECT id FROM analysis_work.open_items)")]
    return []


#: Company fields that identify it: empty in the stakeholder edition unless it is named.
IDENTIFYING = ("brn", "brands", "former_names", "domains", "registration_numbers",
               "contact", "notes")


def company_columns(columns: list[Column]) -> list[Column]:
    """The stakeholder edition's companies: one that is not named shows its alias and
    none of what identifies it."""
    out = []
    for c in columns:
        if c.name in ("name_ko", "name_en"):
            i = 0 if c.name == "name_ko" else 1
            sql = (f"CASE WHEN analysis_named(r.id) THEN {c.sql} "
                   f"ELSE analysis_company(r.id, {i}) END")
        elif c.name in IDENTIFYING:
            sql = f"CASE WHEN analysis_named(r.id) THEN {c.sql} END"
        else:
            sql = c.sql
        out.append(Column(c.name, c.type, c.en, c.ko, sql))
    return out


def _plain(value: Any) -> Any:
    """A value as sqlite-utils would store it (a list or an object as JSON)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    return json.dumps(value, ensure_ascii=False)


def copy_links(conn: Any, edition: Edition) -> dict[str, int]:
    """One row per counterparty of a dispute and per company an engagement concerns."""
    public = edition.public is not None
    name = "CAST(json_extract(j.value, '$.name') AS TEXT)"
    parties = conn.execute(
        f"INSERT INTO {SCHEMA}.dispute_counterparties "
        "(dispute_id, position, name, type, type_en, type_ko) "
        f"SELECT r.id, j.key, {Select(public).text(name)}, json_extract(j.value, '$.type'), "
        "coalesce(v.label_en, json_extract(j.value, '$.type')), "
        "coalesce(v.label_ko, json_extract(j.value, '$.type')) "
        f"FROM main.disputes AS r, json_each(CASE WHEN {parties_clean('r.counterparties')} "
        "THEN r.counterparties ELSE '[]' END) AS j "
        f"LEFT JOIN {SCHEMA}.vocabulary AS v ON v.vocabulary = 'counterparty_type' "
        "AND v.code = json_extract(j.value, '$.type') "
        f"WHERE {where(DISPUTES, public)} AND json_extract(j.value, '$.name') <> '' "
        "ORDER BY r.rowid, j.key").rowcount
    # a list SQL leaves aside (not JSON, or odd values in it): read as the window reads it
    odd = conn.execute(
        f"SELECT r.id, r.counterparties FROM main.disputes AS r WHERE {where(DISPUTES, public)} "
        "AND r.counterparties IS NOT NULL AND r.counterparties <> '' "
        f"AND NOT {parties_clean('r.counterparties')}").fetchall()
    rows = []
    for dispute_id, value in odd:
        for i, p in enumerate(json_list(value)):
            if isinstance(p, dict) and p.get("name"):
                en, ko = edition.label(p.get("type"))
                rows.append((dispute_id, i, edition.text(str(p["name"])), p.get("type"), en, ko))
    conn.executemany(f"INSERT INTO {SCHEMA}.dispute_counterparties (dispute_id, position, "
                     "name, type, type_en, type_ko) VALUES (?, ?, ?, ?, ?, ?)",
                     [tuple(_plain(v) for v in r) for r in rows])
    concerned = conn.execute(
        f"INSERT OR IGNORE INTO {SCHEMA}.engagement_companies (engagement_id, company_id) "
        f"SELECT r.id, j.value FROM main.engagements AS r, json_each(CASE WHEN "
        "typeof(r.company_ids) = 'text' AND json_valid(r.company_ids) AND "
        "json_type(r.company_ids) = 'array' THEN r.company_ids ELSE '[]' END) AS j "
        "JOIN analysis_work.shown AS s ON s.id = j.value AND s.kind = 'companies' "
        f"WHERE {where(ENGAGEMENTS, public)} AND j.type = 'text' "
        "ORDER BY r.rowid, j.key").rowcount
    return {"dispute_counterparties": parties + len(rows), "engagement_companies": concerned}
