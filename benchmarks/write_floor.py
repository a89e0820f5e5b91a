"""The floor of every write path: plain SQLite writing the same rows into the same tables.

A write path of Officer Desk (``add``, the spreadsheet import, demo generation, the HQ
merge) leaves a database behind. The floor reads that database's rows (before its
clock starts) and writes them again into a fresh file whose schema is written here, in
plain SQL, without any of the project's code:

* the same tables with the same columns (checked against the source at run time), the
  same secondary indexes, ``record_index``, ``history`` and ``meta``;
* a full-text index with FTS5's trigram tokenizer laid out as Officer Desk's
  (migration 10): external content read through a view of the record tables, the
  derived parts of the text (JSON lists, company names) in ``search_extra``; kept by
  triggers written in SQL only (no Python function, so no one- and two-character
  index): on each insert a ``record_index`` row, the ``search_extra`` row and the
  record's searchable text into the index;
* one ``executemany`` per table, all in one transaction, WAL and ``synchronous=FULL``
  as Officer Desk's own connections.

The reference tables (posts, vocabularies), their history and the other ``meta`` rows
are written first and untimed, as ``init_desk`` writes them untimed before each write
path's clock starts. What is timed: the user-kind tables, their history rows and the
clock.

``sizes`` measures a database with SQLite's ``dbstat`` table: the whole file beside the
pages of the record tables themselves (without their indexes), and where the rest goes.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

META = "meta (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID"
RECORD_INDEX = ("record_index (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                "kind TEXT NOT NULL, post TEXT NOT NULL, title_ko TEXT, title_en TEXT)")
HISTORY = ("history (seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, installation TEXT, "
           "record_id TEXT, kind TEXT, action TEXT, field TEXT, old TEXT, new TEXT, "
           "version INTEGER)")

_STAMP = ("deleted INTEGER, version INTEGER, origin TEXT, field_versions TEXT, seen TEXT, "
          "created_at TEXT, updated_at TEXT, changed INTEGER")

#: The record tables in the order they are written, with their columns after id, post.
TABLES: dict[str, str] = {
    "posts": "code TEXT UNIQUE, name_ko TEXT, name_en TEXT, city_ko TEXT, city_en TEXT, "
             "jurisdiction TEXT, is_hq INTEGER",
    "vocab_terms": "vocabulary TEXT, code TEXT, label_ko TEXT, label_en TEXT, "
                   "position INTEGER, active INTEGER, version_tag TEXT, jurisdiction TEXT",
    "companies": "name_ko TEXT, name_en TEXT, brn TEXT, size TEXT, sector TEXT, "
                 "technology_field TEXT, consent_to_name INTEGER, contact TEXT, notes TEXT, "
                 "sensitivity TEXT, tags TEXT",
    "disputes": "title_ko TEXT, title_en TEXT, company_id TEXT, counterparties TEXT, "
                "jurisdiction TEXT, forum TEXT, case_number TEXT, ip_type TEXT, "
                "dispute_kind TEXT, stage TEXT, stage_date TEXT, status TEXT, outcome TEXT, "
                "role TEXT, claimed_amount REAL, awarded_amount REAL, currency TEXT, "
                "technology_field TEXT, opened_on TEXT, closed_on TEXT, "
                "support_provided TEXT, summary TEXT, sensitivity TEXT, tags TEXT",
    "engagements": "topic_ko TEXT, topic_en TEXT, agency TEXT, engagement_kind TEXT, "
                   "held_on TEXT, participants TEXT, company_ids TEXT, korean_position TEXT, "
                   "result TEXT, next_steps TEXT, sensitivity TEXT, tags TEXT",
    "trend_notes": "title_ko TEXT, title_en TEXT, category TEXT, region TEXT, "
                   "technology_field TEXT, noted_on TEXT, body TEXT, source_url TEXT, "
                   "significance TEXT, implications TEXT, sensitivity TEXT, tags TEXT",
    "conferences": "title_ko TEXT, title_en TEXT, conference_kind TEXT, held_on TEXT, "
                   "brief_number TEXT, summary TEXT, sensitivity TEXT, tags TEXT",
    "agenda_items": "conference_id TEXT, position INTEGER, title_ko TEXT, title_en TEXT, "
                    "record_id TEXT, notes TEXT, sensitivity TEXT, tags TEXT",
    "action_items": "conference_id TEXT, description_ko TEXT, description_en TEXT, "
                    "owner_name TEXT, due_on TEXT, status TEXT, closed_on TEXT, "
                    "record_id TEXT, sensitivity TEXT, tags TEXT",
    "follow_ups": "record_id TEXT, due_on TEXT, description TEXT, done INTEGER, "
                  "done_on TEXT, sensitivity TEXT, tags TEXT",
    "attachments": "record_id TEXT, file_name TEXT, media_type TEXT, size INTEGER, "
                   "sha256 TEXT, content BLOB, description TEXT, sensitivity TEXT, tags TEXT",
}
#: Columns added to companies after its first layout (they follow the stamp columns).
COMPANY_EXTRA = ("brands TEXT, former_names TEXT, domains TEXT, "
                 "registration_numbers TEXT")
REFERENCE = ("posts", "vocab_terms")
USER = tuple(t for t in TABLES if t not in REFERENCE)

INDEXES = (
    "vocab_terms (vocabulary, code)", "companies (brn)", "disputes (company_id)",
    "disputes (post, status)", "disputes (opened_on)", "engagements (post, held_on)",
    "trend_notes (post, noted_on)", "conferences (held_on)",
    "agenda_items (conference_id, position)", "action_items (conference_id)",
    "action_items (due_on) WHERE deleted = 0", "follow_ups (record_id)",
    "follow_ups (due_on) WHERE deleted = 0 AND done = 0", "attachments (record_id)",
    "disputes (status, post, ip_type, dispute_kind, technology_field) "
    "WHERE deleted = 0 AND status IN ('open', 'closed')",
    "history (record_id, seq)",
    *(f"{t} (post, deleted)" for t in TABLES), *(f"{t} (changed)" for t in TABLES),
    *(f"{t} (updated_at, changed)" for t in USER),
)

#: (title Korean first, title English first) columns of each table.
TITLES = {
    "posts": ("name_ko, name_en, code", "name_en, name_ko, code"),
    "vocab_terms": ("label_ko, label_en, code", "label_en, label_ko, code"),
    "companies": ("name_ko, name_en", "name_en, name_ko"),
    "disputes": ("title_ko, title_en", "title_en, title_ko"),
    "engagements": ("topic_ko, topic_en", "topic_en, topic_ko"),
    "trend_notes": ("title_ko, title_en", "title_en, title_ko"),
    "conferences": ("title_ko, title_en", "title_en, title_ko"),
    "agenda_items": ("title_ko, title_en", "title_en, title_ko"),
    "action_items": ("description_ko, description_en", "description_en, description_ko"),
    "follow_ups": ("description", "description"),
    "attachments": ("file_name", "file_name"),
}

_LIST = "(SELECT group_concat(value, ' ') FROM json_each(new.{}))"
_COMPANY = ("(SELECT coalesce(name_ko, '') || ' ' || coalesce(name_en, '') FROM companies "
            "WHERE id = new.company_id)")
_COMPANIES = ("(SELECT group_concat(coalesce(c.name_ko, '') || ' ' || coalesce(c.name_en, ''), "
              "' ') FROM "
              "json_each(new.company_ids) AS j JOIN companies AS c ON c.id = j.value)")
_PARTIES = ("(SELECT group_concat(json_extract(value, '$.name'), ' ') "
            "FROM json_each(new.counterparties))")

#: The searchable text of each kind: the same fields Officer Desk searches. A part in
#: parentheses is derived (JSON lists, names of other records): it is kept in
#: ``search_extra`` (d1, d2, d3 in order), the rest is read from the record itself.
SEARCHED = {
    "companies": ("name_ko", "name_en", "brn", "contact", "notes", _LIST.format("tags")),
    "disputes": ("title_ko", "title_en", _PARTIES, "jurisdiction", "forum", "case_number",
                 "support_provided", "summary", _LIST.format("tags"), _COMPANY),
    "engagements": ("topic_ko", "topic_en", _LIST.format("participants"), "korean_position",
                    "result", "next_steps", _LIST.format("tags"), _COMPANIES),
    "trend_notes": ("title_ko", "title_en", "region", "body", "implications",
                    _LIST.format("tags")),
    "conferences": ("title_ko", "title_en", "brief_number", "summary", _LIST.format("tags")),
    "agenda_items": ("title_ko", "title_en", "notes", _LIST.format("tags")),
    "action_items": ("description_ko", "description_en", "owner_name", _LIST.format("tags")),
    "follow_ups": ("description", _LIST.format("tags")),
    "attachments": ("file_name", "description", _LIST.format("tags")),
}

#: The index reads the text from the records (external content): a view over the record
#: tables and ``search_extra``, which holds the derived parts of each indexed record.
EXTRA = "search_extra (rowid INTEGER PRIMARY KEY, d1 TEXT, d2 TEXT, d3 TEXT)"
FTS = ("search_index USING fts5(text, tokenize = 'trigram', content = 'search_source', "
       "content_rowid = 'rid')")


def _derived(table: str, alias: str = "new") -> list[str]:
    return [f"nullif({p}, '')".replace("new.", f"{alias}.")
            for p in SEARCHED[table] if p.startswith("(")]


def _text(table: str, record: str = "t", extra: str = "x") -> str:
    """The text of a record from its row (``record``) and its search_extra row."""
    parts, n = [], 0
    for p in SEARCHED[table]:
        if p.startswith("("):
            n += 1
            parts.append(f"coalesce({extra}.d{n}, '')")
        else:
            parts.append(f"coalesce({record}.{p}, '')")
    return " || char(10) || ".join(parts)


def _view() -> str:
    return "CREATE VIEW search_source (rid, text) AS " + " UNION ALL ".join(
        f"SELECT x.rowid, {_text(table)} FROM search_extra AS x JOIN record_index AS ri "
        f"ON ri.rowid = x.rowid JOIN {table} AS t ON t.id = ri.id WHERE ri.kind = '{table}'"
        for table in SEARCHED)


def _extra_columns(table: str) -> str:
    return "".join(f", d{n + 1}" for n in range(len(_derived(table))))


def _title(columns: str) -> str:
    return "coalesce(" + ", ".join(f"nullif(new.{c.strip()}, '')"
                                   for c in columns.split(",")) + ", new.id)"


def schema(indexing: str = "triggers") -> list[str]:
    """The floor's DDL: tables, indexes, the trigram index and its SQL-only triggers
    (with ``indexing="bulk"`` the triggers keep ``record_index`` only: the text is
    indexed by one statement per table at the end, ``bulk_index``)."""
    out = [f"CREATE TABLE {META}", f"CREATE TABLE {RECORD_INDEX}", f"CREATE TABLE {HISTORY}",
           f"CREATE TABLE {EXTRA}"]
    for table, columns in TABLES.items():
        extra = f", {COMPANY_EXTRA}" if table == "companies" else ""
        out.append(f"CREATE TABLE {table} (id TEXT PRIMARY KEY NOT NULL, post TEXT NOT NULL, "
                   f"{columns}, {_STAMP}{extra})")
        ko, en = TITLES[table]
        search = ""
        if table in SEARCHED and indexing == "triggers":
            search = (
                f"INSERT INTO search_extra (rowid{_extra_columns(table)}) SELECT "
                f"last_insert_rowid(){''.join(', ' + d for d in _derived(table))} "
                "WHERE new.deleted = 0; "
                f"INSERT INTO search_index (rowid, text) SELECT x.rowid, "
                f"{_text(table, 'new')} FROM search_extra AS x "
                "WHERE x.rowid = last_insert_rowid() AND new.deleted = 0; ")
        out.append(
            f"CREATE TRIGGER {table}_indexed AFTER INSERT ON {table} BEGIN "
            "INSERT INTO record_index (id, kind, post, title_ko, title_en) VALUES "
            f"(new.id, '{table}', new.post, {_title(ko)}, {_title(en)}); {search}END")
    out.extend(f"CREATE INDEX floor_{n} ON {spec}" for n, spec in enumerate(INDEXES))
    out += [_view(), f"CREATE VIRTUAL TABLE {FTS}"]
    return out


def create(path: Path, indexing: str = "triggers") -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for sql in schema(indexing):
        conn.execute(sql)
    return conn


def bulk_index(conn: sqlite3.Connection) -> None:
    """Every record's searchable text into the trigram index, one INSERT ... SELECT per
    table (after its derived parts into ``search_extra``). Measured, not explained
    here: an FTS5 insert made by a trigger costs several times one made directly (bare
    sqlite3, 20,000 rows of 60 words: 13.8 s through an AFTER INSERT trigger, 4.2 s by
    executemany, 5.1 s by INSERT ... SELECT), and the gap grows with the table (the
    demo's 20,000 records: 27 s with the index triggers, 2.8 s without them). Officer
    Desk's bulk writes index this way, so the floor does too.
    """
    for table in SEARCHED:
        conn.execute(
            f"INSERT INTO search_extra (rowid{_extra_columns(table)}) SELECT ri.rowid"
            f"{''.join(', ' + d for d in _derived(table, 't'))} FROM record_index AS ri "
            f"JOIN {table} AS t ON t.id = ri.id WHERE ri.kind = '{table}' AND t.deleted = 0 "
            "ORDER BY ri.rowid")
        conn.execute(
            f"INSERT INTO search_index (rowid, text) SELECT x.rowid, {_text(table)} "
            "FROM search_extra AS x JOIN record_index AS ri ON ri.rowid = x.rowid "
            f"JOIN {table} AS t ON t.id = ri.id WHERE ri.kind = '{table}' ORDER BY x.rowid")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _check_layout(source: sqlite3.Connection, floor: sqlite3.Connection) -> None:
    """The floor's tables must have the source's columns: the job must be the same."""
    for table in (*TABLES, "history", "record_index", "search_extra"):
        ours, theirs = _columns(floor, table), _columns(source, table)
        if ours != theirs:
            raise RuntimeError(f"the floor's {table} has columns {ours}, the database "
                               f"{theirs}: update benchmarks/write_floor.py")


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()
          ) -> tuple[str, list[tuple[Any, ...]]]:
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return ", ".join(cols), cur.fetchall()


def _insert(conn: sqlite3.Connection, table: str, cols: str, rows: list[tuple[Any, ...]],
            verb: str = "INSERT") -> None:
    marks = ", ".join("?" for _ in cols.split(", "))
    conn.executemany(f"{verb} INTO {table} ({cols}) VALUES ({marks})", rows)


def _history(source: sqlite3.Connection, tables: tuple[str, ...]
             ) -> tuple[str, list[tuple[Any, ...]]]:
    marks = ", ".join("?" for _ in tables)
    return _rows(source, f"SELECT * FROM history WHERE kind IN ({marks}) ORDER BY seq", tables)


class Prepared:
    """A floor database with its untimed part written, and the rows still to write."""

    def __init__(self, source_path: Path, path: Path, indexing: str = "triggers") -> None:
        self.path, self.indexing = path, indexing
        source = sqlite3.connect(source_path)
        self.conn = create(path, indexing)
        try:
            _check_layout(source, self.conn)
            self.conn.execute("BEGIN IMMEDIATE")  # untimed: what init_desk wrote before
            for table in REFERENCE:
                _insert(self.conn, table, *_rows(source, f"SELECT * FROM {table} "
                                                         "ORDER BY rowid"))
            _insert(self.conn, "history", *_history(source, REFERENCE))
            _insert(self.conn, "meta", *_rows(source, "SELECT * FROM meta "
                                                      "WHERE key != 'clock'"))
            self.conn.execute("COMMIT")
            self.data = [(t, *_rows(source, f"SELECT * FROM {t} ORDER BY rowid"))
                         for t in USER]
            self.history = _history(source, USER)
            self.clock = _rows(source, "SELECT * FROM meta WHERE key = 'clock'")
        except BaseException:
            self.conn.close()
            raise
        finally:
            source.close()
        self.records = sum(len(rows) for _, _, rows in self.data)

    def store(self) -> None:
        """The timed part: the rows in one transaction, one executemany per table."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        for table, cols, rows in self.data:
            _insert(conn, table, cols, rows)
        _insert(conn, "history", *self.history)
        _insert(conn, "meta", *self.clock, verb="INSERT OR REPLACE")
        if self.indexing == "bulk":
            bulk_index(conn)
        conn.execute("COMMIT")

    def close(self) -> dict[str, Any]:
        """Close the floor database; what it holds (records, history rows, indexed)."""
        try:
            indexed = self.conn.execute(
                "SELECT count(*) FROM search_index_docsize").fetchone()[0]
        finally:
            self.conn.close()
        return {"records": self.records, "history_rows": len(self.history[1]),
                "indexed": indexed}


def write(source_path: Path, path: Path, indexing: str = "triggers") -> dict[str, Any]:
    """Write ``source_path``'s rows into a fresh floor database at ``path``; the figures.

    ``indexing``: ``"triggers"`` (the issue's floor: SQL triggers index each row as it
    is written) or ``"bulk"`` (the same rows, then ``bulk_index`` in the same
    transaction, which is what Officer Desk's bulk writes do)."""
    prepared = Prepared(source_path, path, indexing)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        prepared.store()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        held = prepared.close()
    return {"seconds": seconds, "cpu_seconds": cpu, **held,
            "records_per_second": held["records"] / seconds if seconds else 0.0,
            "sizes": sizes(path)}


def floors(source_path: Path, workdir: Path, stem: str) -> dict[str, Any]:
    """Both floors of ``source_path`` (their files removed after): ``triggers`` and
    ``bulk``, the figures of each; ``floor`` is the trigger floor with the bulk one's
    figures under ``bulk`` (the faster of the two is the one to be within 2x of)."""
    out = {}
    for indexing in ("triggers", "bulk"):
        path = workdir / f"{stem}-floor-{indexing}.sqlite"
        out[indexing] = write(source_path, path, indexing)
        for extra in ("", "-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
    floor = dict(out["triggers"])
    floor["bulk"] = out["bulk"]
    floor["best_seconds"] = min(out["triggers"]["seconds"], out["bulk"]["seconds"])
    return floor


#: How the objects of a database are grouped in ``sizes`` (by the table they belong to).
GROUPS = (
    ("record tables", lambda t: t in TABLES),
    ("history", lambda t: t == "history"),
    ("search_index's copy of the text", lambda t: t == "search_index_content"),
    ("search_extra (derived parts of the text)", lambda t: t == "search_extra"),
    ("search_index (trigrams)", lambda t: t.startswith("search_index")),
    ("short_index (1-2 chars)", lambda t: t.startswith("short_index")),
    ("record_index", lambda t: t == "record_index"),
)


def sizes(path: Path) -> dict[str, Any]:
    """The file's size and, from ``dbstat``, the bytes of each group of objects; the
    record tables alone (``record_tables``) and their indexes apart."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
        used: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            used[name] = int(size)
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    groups: dict[str, int] = {name: 0 for name, _ in GROUPS}
    groups["record tables' indexes"] = 0
    groups["other"] = 0
    for name, size in used.items():
        table = owner.get(name, name)
        if name in TABLES:
            groups["record tables"] += size
        elif table in TABLES:
            groups["record tables' indexes"] += size
        else:
            group = next((g for g, test in GROUPS if test(table)), "other")
            groups[group] += size
    database = pages * page_size
    return {"database": database, "file": path.stat().st_size,
            "wal": wal.stat().st_size if wal.exists() else 0,
            "record_tables": groups["record tables"], "groups": groups,
            "times_record_tables": database / groups["record tables"]
            if groups["record tables"] else float("inf")}


#: Each write path within this many times its floor; the import within this many times
#: ``add`` of the same records; the database within this many times its record tables.
TARGET = 2.0
TARGET_SIZE = 2.5


def _mib(n: int) -> str:
    return f"{n / 1_048_576:,.1f}"


def floor_lines(label: str, seconds: float, records: int, floor: dict[str, Any]
                ) -> list[tuple[str, str]]:
    """``fields`` rows: both floors' times and records/s, and ``label`` / each floor."""
    rows = []
    for name, figures in (("floor, SQL triggers index each row", floor),
                          ("floor, indexed in 1 statement at the end", floor["bulk"])):
        x = seconds / figures["seconds"] if figures["seconds"] else float("inf")
        rows.append((name, f"{figures['seconds']:.2f} s ({figures['records_per_second']:,.0f} "
                           f"records/s); {label} / it {x:.2f}x (target: within {TARGET:.0f}x "
                           f"-> {'yes' if x <= TARGET else 'NO'})"))
    rows.append(("", f"{label}: {records:,} records in {seconds:.2f} s "
                     f"({records / seconds if seconds else 0:,.0f} records/s)"))
    return rows


def show_sizes(path_sizes: dict[str, Any], floor_sizes: dict[str, Any] | None = None,
               label: str = "database") -> None:
    """Where the bytes of a database go, beside its floor's (dbstat, MiB)."""
    from benchmarks.report import fields, table

    groups = list(path_sizes["groups"])
    rows = [[g, _mib(path_sizes["groups"][g]),
             *([_mib(floor_sizes["groups"].get(g, 0))] if floor_sizes else [])]
            for g in groups]
    rows.append(["whole database", _mib(path_sizes["database"]),
                 *([_mib(floor_sizes["database"])] if floor_sizes else [])])
    table(["what", f"{label} MiB", *(["floor MiB"] if floor_sizes else [])], rows,
          right=(1, 2) if floor_sizes else (1,), indent=4)
    x = path_sizes["times_record_tables"]
    fields([(f"{label} / its record tables", f"{x:.2f}x the record tables' pages (target: "
             f"at most {TARGET_SIZE}x -> {'yes' if x <= TARGET_SIZE else 'NO'})")])


def summary(figures: dict[str, Any]) -> list[list[str]]:
    """One row per write path measured in this run: path, records, its records/s, the
    floor's, the ratio and whether it is within ``TARGET``; then the import beside add."""
    rows: list[list[str]] = []

    def add(label: str, records: int, seconds: float, floor: dict[str, Any],
            cpu: float | None = None) -> None:
        x = seconds / floor["seconds"] if floor["seconds"] else float("inf")
        bulk = floor["bulk"]
        y = seconds / bulk["seconds"] if bulk["seconds"] else float("inf")
        cpu_x = (f"{cpu / floor['cpu_seconds']:.2f}x" if cpu and floor.get("cpu_seconds")
                 else "-")
        rows.append([label, f"{records:,}", f"{records / seconds:,.0f}",
                     f"{floor['records_per_second']:,.0f}", f"{x:.2f}x", cpu_x,
                     f"{bulk['records_per_second']:,.0f}", f"{y:.2f}x",
                     "yes" if x <= TARGET else "NO"])

    if "demo" in figures:
        d = figures["demo"]
        add("demo generation", d["total"], d["seconds"], d["floor"], d.get("cpu_seconds"))
    if "insert" in figures:
        i = figures["insert"]
        add("add all (services)", i["records"], i["services_seconds"], i["floor"],
            i.get("services_cpu_seconds"))
    if "merge" in figures:
        m = figures["merge"]
        add("HQ merge, first", m["records"], m["first"]["seconds"], m["floor"],
            m["first"].get("cpu_seconds"))
    if "import" in figures:
        m = figures["import"]
        add("spreadsheet import (process; its floor reads the workbook with openpyxl)",
            m["write_floor"]["records"], m["import"]["seconds"], m["write_floor"],
            m["import"]["cpu_seconds"])
        x = m["import"]["seconds"] / m["add"]["seconds"]
        cpu_x = m["import"]["cpu_seconds"] / m["add"]["cpu_seconds"]
        rows.append(["import / add, same records", f"{m['add']['records']:,}",
                     f"{m['rows'] / m['import']['seconds']:,.0f}",
                     f"add {m['add']['records'] / m['add']['seconds']:,.0f}", f"{x:.2f}x",
                     f"{cpu_x:.2f}x", "", "", "yes" if x <= TARGET else "NO"])
    return rows


def show_summary(figures: dict[str, Any], number: int) -> None:
    from benchmarks.report import section, table

    rows = summary(figures)
    if not rows:
        return
    section(f"{number}. Write paths beside their floor (plain SQLite, same rows, same run)")
    table(["write path", "records", "records/s", "floor (a)", "ratio", "CPU ratio",
           "floor (b)", "ratio", f"within {TARGET:.0f}x of (a)"], rows,
          right=(1, 2, 3, 4, 5, 6, 7))
    from benchmarks.report import fields
    fields([("(a)", "plain SQLite, executemany per table, SQL triggers index each row"),
            ("(b)", "the same rows, then the trigram index in 1 statement per table"),
            ("", "records/s of each, and the write path's time / the floor's (wall"),
            ("", "time; CPU ratio: this process's CPU time / the floor's, steadier on a"),
            ("", "shared machine; the import and its floors each run in a process of"),
            ("", "their own, timed the same way)")], indent=4)
    sized = [(label, figures[key]["sizes"]) for label, key in (
        ("demo", "demo"), ("add all", "insert"), ("merged HQ", "merge"), ("import", "import"))
        if key in figures and "sizes" in figures[key]]
    if sized:
        from benchmarks.report import emit
        emit()
        table(["database", "file MiB", "record tables MiB", "times",
               f"at most {TARGET_SIZE}x"],
              [[label, _mib(s["database"]), _mib(s["record_tables"]),
                f"{s['times_record_tables']:.2f}x",
                "yes" if s["times_record_tables"] <= TARGET_SIZE else "NO"]
               for label, s in sized], right=(1, 2, 3))
