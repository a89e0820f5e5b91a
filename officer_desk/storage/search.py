"""Full-text search over every record kind, Korean included.

The index is an FTS5 table with the trigram tokenizer, kept up to date by triggers
(migration 1): it matches any substring of three or more characters, so ``김철수``
finds ``김철수는`` without a Korean word splitter. What the user types is never passed
to FTS5 as query syntax: each term becomes a quoted string, so ``C++``, ``AND``,
``"`` or ``2024가합-12345`` are searched as the text they are. Terms of one or two
characters, which trigrams cannot index, are matched with LIKE; when the query also
has a longer term, LIKE only filters what the index already found.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

# The searchable text of each kind is defined with the triggers that keep the index.
from officer_desk.storage.migrations.m0001_initial import (
    DEFERRED_INDEXING,
    SEARCHED,
    search_text,
)

#: Terms shorter than this cannot use the trigram index.
TRIGRAM = 3


@dataclass(frozen=True)
class ParsedQuery:
    indexed: tuple[str, ...]  # terms of three or more characters
    short: tuple[str, ...]  # terms of one or two characters

    @property
    def empty(self) -> bool:
        return not (self.indexed or self.short)


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def parse(query: str) -> ParsedQuery:
    """Split a typed query into terms; a "quoted phrase" stays one term."""
    indexed: list[str] = []
    short: list[str] = []
    # Control characters, lone surrogates and the like cannot be typed and would break
    # the FTS5 string (a NUL ends it early): they are dropped.
    query = "".join(ch if ch.isprintable() else " " for ch in (query or ""))
    for m in _TERM.finditer(query):
        term = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        term = term.replace('"', "").strip()
        if not term:
            continue
        (indexed if len(term) >= TRIGRAM else short).append(term)
    return ParsedQuery(tuple(dict.fromkeys(indexed)), tuple(dict.fromkeys(short)))


def fts_expression(terms: tuple[str, ...]) -> str:
    """An FTS5 MATCH expression in which every term is a literal string."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class IndexHit:
    record_id: str
    kind: str
    post: str
    title_ko: str
    title_en: str


def _conditions(parsed: ParsedQuery) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if parsed.indexed:
        where.append("search_index MATCH ?")
        params.append(fts_expression(parsed.indexed))
    for term in parsed.short:
        where.append("search_index.text LIKE ? ESCAPE '\\'")
        params.append(like_pattern(term))
    return where, params


def match_clause(query: str) -> tuple[str, list[object]]:
    """A SELECT of the ids of records matching ``query`` (for ``id IN (…)`` filters)."""
    parsed = parse(query)
    if parsed.empty:
        return "SELECT NULL WHERE 0", []
    where, params = _conditions(parsed)
    return (
        "SELECT ri.id FROM search_index JOIN record_index AS ri "
        f"ON ri.rowid = search_index.rowid WHERE {' AND '.join(where)}",
        params,
    )


#: Ranking (bm25) scores every match before the first page can be returned; past this
#: many matches the newest records come first instead, which keeps a very common term
#: (``(주)``, ``patent``) as fast as a rare one. Such a term ranks poorly anyway.
RANK_AT_MOST = 8000


def search_index(
    conn: sqlite3.Connection,
    query: str,
    *,
    kinds: tuple[str, ...] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[IndexHit]:
    """Record ids matching every term of ``query``, best first (empty query: nothing).

    Best first means by relevance (bm25) while there are at most ``RANK_AT_MOST``
    matches, and newest first otherwise or when every term is too short to rank.
    """
    parsed = parse(query)
    if parsed.empty:
        return []
    where, params = _conditions(parsed)
    if kinds:
        where.append(f"ri.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    ranked = bool(parsed.indexed) and _few_matches(conn, parsed)
    # search_index.rowid equals ri.rowid; ordering by the virtual table's own rowid lets
    # FTS5 hand rows over in that order and stop at the limit, with no sort of every match
    order = "ORDER BY search_index.rank" if ranked else "ORDER BY search_index.rowid DESC"
    sql = (
        "SELECT ri.id, ri.kind, ri.post, ri.title_ko, ri.title_en "
        "FROM search_index JOIN record_index AS ri ON ri.rowid = search_index.rowid "
        f"WHERE {' AND '.join(where)} {order} LIMIT ? OFFSET ?"
    )
    params.extend([limit, offset])
    return [IndexHit(*row) for row in conn.execute(sql, params)]


def _few_matches(conn: sqlite3.Connection, parsed: ParsedQuery) -> bool:
    """Whether the indexed terms match few enough records to rank them all (cheap)."""
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? "
        "LIMIT ?)",
        (fts_expression(parsed.indexed), RANK_AT_MOST + 1),
    ).fetchone()
    return int(row[0]) <= RANK_AT_MOST


def count_matches(
    conn: sqlite3.Connection, query: str, *, kinds: tuple[str, ...] | None = None
) -> int:
    parsed = parse(query)
    if parsed.empty:
        return 0
    where, params = _conditions(parsed)
    if kinds:
        where.append(f"ri.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    sql = (
        "SELECT count(*) FROM search_index JOIN record_index AS ri "
        f"ON ri.rowid = search_index.rowid WHERE {' AND '.join(where)}"
    )
    return int(conn.execute(sql, params).fetchone()[0])


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index from the record tables (repair)."""
    conn.execute("DELETE FROM search_index")
    for table in SEARCHED:
        index_rows(conn, table, after_rowid=0)


def index_rows(conn: sqlite3.Connection, table: str, *, after_rowid: int) -> None:
    """Index the records of ``table`` registered after ``after_rowid`` (bulk inserts)."""
    if table not in SEARCHED:
        return
    conn.execute(
        "INSERT INTO search_index (rowid, text) "
        f"SELECT ri.rowid, {search_text(table, 't')} FROM record_index AS ri "
        f"JOIN {table} AS t ON t.id = ri.id WHERE ri.rowid > ? AND t.deleted = 0",
        (after_rowid,),
    )


@contextlib.contextmanager
def deferred_indexing(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside a transaction: insert many rows, then index them in one statement.

    Indexing row by row costs about a third of a bulk insert; one INSERT … SELECT at
    the end writes the same index entries. The flag row never outlives the
    transaction, so no other connection ever sees it.
    """
    if not conn.in_transaction:
        raise RuntimeError("deferred indexing needs a transaction")
    start = conn.execute("SELECT coalesce(max(rowid), 0) FROM record_index").fetchone()[0]
    conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (DEFERRED_INDEXING,))
    try:
        yield
    finally:
        conn.execute("DELETE FROM meta WHERE key = ?", (DEFERRED_INDEXING,))
    index_rows(conn, table, after_rowid=start)
