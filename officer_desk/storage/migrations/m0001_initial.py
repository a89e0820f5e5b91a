"""Migration 1: the record tables, the record index, full-text search and history.

The table layout below is frozen as it was when this migration was written; later
changes to the record kinds need a new migration (a test compares the two).
"""

from __future__ import annotations

import sqlite3

#: Marks the file as an Officer Desk database (PRAGMA application_id, "ODK1").
APPLICATION_ID = 0x4F444B31

#: While this meta key exists (only ever inside a bulk insert's transaction), new rows
#: are not indexed one by one: the bulk insert indexes them all at once at the end.
DEFERRED_INDEXING = "deferred_indexing"

#: Column definitions per table, besides the metadata every record table has.
TABLES = {
    "posts": (
        "code TEXT NOT NULL UNIQUE, name_ko TEXT, name_en TEXT, city_ko TEXT, city_en TEXT,"
        "jurisdiction TEXT, is_hq INTEGER NOT NULL DEFAULT 0"
    ),
    "vocab_terms": (
        "vocabulary TEXT NOT NULL, code TEXT NOT NULL, label_ko TEXT, label_en TEXT,"
        "position INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,"
        "version_tag TEXT, jurisdiction TEXT"
    ),
    "companies": (
        "name_ko TEXT, name_en TEXT, brn TEXT, size TEXT, sector TEXT,"
        "technology_field TEXT, consent_to_name INTEGER NOT NULL DEFAULT 0, contact TEXT,"
        "notes TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "disputes": (
        "title_ko TEXT, title_en TEXT, company_id TEXT REFERENCES companies(id),"
        "counterparties TEXT NOT NULL DEFAULT '[]', jurisdiction TEXT, forum TEXT,"
        "case_number TEXT, ip_type TEXT, dispute_kind TEXT, stage TEXT, stage_date TEXT,"
        "status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
        "outcome TEXT, role TEXT, claimed_amount REAL, awarded_amount REAL,"
        "currency TEXT, technology_field TEXT, opened_on TEXT, closed_on TEXT,"
        "support_provided TEXT, summary TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "engagements": (
        "topic_ko TEXT, topic_en TEXT, agency TEXT, engagement_kind TEXT, held_on TEXT,"
        "participants TEXT NOT NULL DEFAULT '[]', company_ids TEXT NOT NULL DEFAULT '[]',"
        "korean_position TEXT, result TEXT, next_steps TEXT,"
        "sensitivity TEXT NOT NULL DEFAULT 'internal', tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "trend_notes": (
        "title_ko TEXT, title_en TEXT, category TEXT, region TEXT, technology_field TEXT,"
        "noted_on TEXT, body TEXT, source_url TEXT, significance TEXT, implications TEXT,"
        "sensitivity TEXT NOT NULL DEFAULT 'internal', tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "conferences": (
        "title_ko TEXT, title_en TEXT, conference_kind TEXT, held_on TEXT,"
        "brief_number TEXT, summary TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "agenda_items": (
        "conference_id TEXT REFERENCES conferences(id), position INTEGER NOT NULL DEFAULT 0,"
        "title_ko TEXT, title_en TEXT, record_id TEXT, notes TEXT,"
        "sensitivity TEXT NOT NULL DEFAULT 'internal', tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "action_items": (
        "conference_id TEXT REFERENCES conferences(id), description_ko TEXT,"
        "description_en TEXT, owner_name TEXT, due_on TEXT, status TEXT, closed_on TEXT,"
        "record_id TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "follow_ups": (
        "record_id TEXT, due_on TEXT, description TEXT, done INTEGER NOT NULL DEFAULT 0,"
        "done_on TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
    "attachments": (
        "record_id TEXT, file_name TEXT, media_type TEXT, size INTEGER, sha256 TEXT,"
        "content BLOB, description TEXT, sensitivity TEXT NOT NULL DEFAULT 'internal',"
        "tags TEXT NOT NULL DEFAULT '[]'"
    ),
}

METADATA = (
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
    "version INTEGER NOT NULL CHECK (version > 0),"
    "origin TEXT NOT NULL,"
    "field_versions TEXT NOT NULL DEFAULT '{}',"
    "seen TEXT NOT NULL DEFAULT '{}',"
    "created_at TEXT NOT NULL,"
    "updated_at TEXT NOT NULL"
)

#: Text that full-text search finds a record by (":list" JSON list, ":parties" names).
SEARCHED = {
    "companies": ("name_ko", "name_en", "brn", "contact", "notes", "tags:list"),
    "disputes": (
        "title_ko", "title_en", "counterparties:parties", "jurisdiction", "forum",
        "case_number", "support_provided", "summary", "tags:list", "company_id:company",
    ),
    "engagements": (
        "topic_ko", "topic_en", "participants:list", "korean_position", "result",
        "next_steps", "tags:list", "company_ids:companies",
    ),
    "trend_notes": ("title_ko", "title_en", "region", "body", "implications", "tags:list"),
    "conferences": ("title_ko", "title_en", "brief_number", "summary", "tags:list"),
    "agenda_items": ("title_ko", "title_en", "notes", "tags:list"),
    "action_items": ("description_ko", "description_en", "owner_name", "tags:list"),
    "follow_ups": ("description", "tags:list"),
    "attachments": ("file_name", "description", "tags:list"),
}

#: The fields a record's title is taken from, first non-empty wins (Korean, English).
TITLES = {
    "posts": (("name_ko", "name_en", "code"), ("name_en", "name_ko", "code")),
    "vocab_terms": (("label_ko", "label_en", "code"), ("label_en", "label_ko", "code")),
    "companies": (("name_ko", "name_en"), ("name_en", "name_ko")),
    "disputes": (("title_ko", "title_en"), ("title_en", "title_ko")),
    "engagements": (("topic_ko", "topic_en"), ("topic_en", "topic_ko")),
    "trend_notes": (("title_ko", "title_en"), ("title_en", "title_ko")),
    "conferences": (("title_ko", "title_en"), ("title_en", "title_ko")),
    "agenda_items": (("title_ko", "title_en"), ("title_en", "title_ko")),
    "action_items": (("description_ko", "description_en"), ("description_en", "description_ko")),
    "follow_ups": (("description",), ("description",)),
    "attachments": (("file_name",), ("file_name",)),
}


def _title(alias: str, fields: tuple[str, ...]) -> str:
    return "coalesce(" + ", ".join(f"nullif({alias}.{f}, '')" for f in fields) + \
        f", {alias}.id)"


INDEXES = (
    "CREATE UNIQUE INDEX vocab_terms_code ON vocab_terms (vocabulary, code)",
    "CREATE INDEX companies_brn ON companies (brn)",
    "CREATE INDEX disputes_company ON disputes (company_id)",
    "CREATE INDEX disputes_post_status ON disputes (post, status)",
    "CREATE INDEX disputes_opened ON disputes (opened_on)",
    "CREATE INDEX engagements_held ON engagements (post, held_on)",
    "CREATE INDEX trend_notes_noted ON trend_notes (post, noted_on)",
    "CREATE INDEX conferences_held ON conferences (held_on)",
    "CREATE INDEX agenda_items_conference ON agenda_items (conference_id, position)",
    "CREATE INDEX action_items_conference ON action_items (conference_id)",
    "CREATE INDEX action_items_due ON action_items (due_on) WHERE deleted = 0",
    "CREATE INDEX follow_ups_record ON follow_ups (record_id)",
    "CREATE INDEX follow_ups_due ON follow_ups (due_on) WHERE deleted = 0 AND done = 0",
    "CREATE INDEX attachments_record ON attachments (record_id)",
)


def _text_part(alias: str, spec: str) -> str:
    column, _, how = spec.partition(":")
    ref = f"{alias}.{column}"
    if how == "list":
        expr = f"(SELECT group_concat(value, ' ') FROM json_each({ref}))"
    elif how == "parties":
        expr = f"(SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each({ref}))"
    elif how == "company":
        expr = (
            "(SELECT coalesce(name_ko, '') || ' ' || coalesce(name_en, '') "
            f"FROM companies WHERE id = {ref})"
        )
    elif how == "companies":
        expr = (
            "(SELECT group_concat(coalesce(c.name_ko, '') || ' ' || coalesce(c.name_en, ''), ' ')"
            f" FROM json_each({ref}) AS j JOIN companies AS c ON c.id = j.value)"
        )
    else:
        expr = ref
    return f"coalesce({expr}, '')"


def search_text(table: str, alias: str) -> str:
    """The SQL expression of a record's searchable text (also used to rebuild the index)."""
    return " || char(10) || ".join(_text_part(alias, s) for s in SEARCHED[table])


def _triggers(table: str) -> list[str]:
    out = [
        f"CREATE TRIGGER {table}_indexed AFTER INSERT ON {table} BEGIN "
        "INSERT INTO record_index (id, kind, post, title_ko, title_en) "
        f"VALUES (new.id, '{table}', new.post, {_title('new', TITLES[table][0])}, "
        f"{_title('new', TITLES[table][1])}); "
        + (
            "INSERT INTO search_index (rowid, text) "
            f"SELECT (SELECT rowid FROM record_index WHERE id = new.id), "
            f"{search_text(table, 'new')} WHERE new.deleted = 0 "
            f"AND NOT EXISTS (SELECT 1 FROM meta WHERE key = '{DEFERRED_INDEXING}'); "
            if table in SEARCHED else ""
        )
        + "END",
        f"CREATE TRIGGER {table}_keep_id BEFORE UPDATE OF id, post ON {table} "
        "WHEN new.id IS NOT old.id OR new.post IS NOT old.post BEGIN "
        "SELECT RAISE(ABORT, 'the id and owning post of a record never change'); END",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN "
        "SELECT RAISE(ABORT, 'records are never deleted, only marked deleted'); END",
    ]
    title_fields = sorted(set(TITLES[table][0]) | set(TITLES[table][1]))
    out.append(
        f"CREATE TRIGGER {table}_retitled AFTER UPDATE OF {', '.join(title_fields)} "
        f"ON {table} BEGIN UPDATE record_index SET "
        f"title_ko = {_title('new', TITLES[table][0])}, "
        f"title_en = {_title('new', TITLES[table][1])} WHERE id = new.id; END"
    )
    if table in SEARCHED:
        columns = [s.partition(":")[0] for s in SEARCHED[table]] + ["deleted"]
        out.append(
            f"CREATE TRIGGER {table}_reindexed AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} BEGIN "
            "DELETE FROM search_index WHERE rowid = "
            "(SELECT rowid FROM record_index WHERE id = old.id); "
            "INSERT INTO search_index (rowid, text) "
            "SELECT (SELECT rowid FROM record_index WHERE id = new.id), "
            f"{search_text(table, 'new')} WHERE new.deleted = 0; "
            "END"
        )
    return out


def _company_rename_triggers() -> list[str]:
    """A company's new name is found in the disputes and engagements that name it."""
    statements = []
    for table, match in (
        ("disputes", "d.company_id = new.id"),
        ("engagements", "EXISTS (SELECT 1 FROM json_each(d.company_ids) WHERE value = new.id)"),
    ):
        statements.append(
            f"CREATE TRIGGER companies_rename_{table} AFTER UPDATE OF name_ko, name_en "
            "ON companies BEGIN "
            "DELETE FROM search_index WHERE rowid IN (SELECT ri.rowid FROM record_index AS ri "
            f"JOIN {table} AS d ON d.id = ri.id WHERE {match}); "
            "INSERT INTO search_index (rowid, text) "
            f"SELECT ri.rowid, {search_text(table, 'd')} FROM {table} AS d "
            f"JOIN record_index AS ri ON ri.id = d.id WHERE {match} AND d.deleted = 0; "
            "END"
        )
    return statements


def statements() -> list[str]:
    out = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID",
        # Every record's id with its kind, post and title: lets a link find its target in
        # any table, gives full-text search an integer key per record, and lets a search
        # hit be shown without reading the record itself.
        "CREATE TABLE record_index (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "kind TEXT NOT NULL, post TEXT NOT NULL, title_ko TEXT, title_en TEXT)",
        "CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize = 'trigram')",
        "CREATE TABLE history ("
        "seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
        "installation TEXT NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "action TEXT NOT NULL, field TEXT, old TEXT, new TEXT, version INTEGER NOT NULL)",
        "CREATE INDEX history_record ON history (record_id, seq)",
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN "
        "SELECT RAISE(ABORT, 'history is append-only'); END",
        "CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN "
        "SELECT RAISE(ABORT, 'history is append-only'); END",
    ]
    for table, columns in TABLES.items():
        owner = "post TEXT NOT NULL REFERENCES posts(code) DEFERRABLE INITIALLY DEFERRED"
        out.append(
            f"CREATE TABLE {table} (id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36), "
            f"{owner}, {columns}, {METADATA})"
        )
        out.append(f"CREATE INDEX {table}_post ON {table} (post, deleted)")
        out.extend(_triggers(table))
    out.extend(INDEXES)
    out.extend(_company_rename_triggers())
    return out


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for sql in statements():
        conn.execute(sql)
