"""Full-text search over every record kind, Korean included.

The index is an FTS5 table with the trigram tokenizer, kept up to date by triggers
(migration 1): it matches any substring of three or more characters, so ``김철수``
finds ``김철수는`` without a Korean word splitter. What the user types is never passed
to FTS5 as query syntax: each term becomes a quoted string, so ``C++``, ``AND``,
``"`` or ``2024가합-12345`` are searched as the text they are.

Terms of one or two characters, which trigrams cannot index, are looked up in a second
index, ``short_index`` (migration 4), of each record's distinct letters and letter
pairs (``short_grams``). A short term with other characters (``C+``, ``A-``) is
matched with LIKE over the text; when the query also has an indexed term, LIKE only
filters what the index already found.

Since migration 10 the trigram index keeps no copy of the text: it reads it from the
records (``search_source``, a view, with the derived parts in ``search_extra``), and
LIKE reads the record tables themselves (``m0010_external_text.like_rowids``).
"""

from __future__ import annotations

import contextlib
import operator
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say
from officer_desk.storage import write_guard

# The searchable text of each kind is defined with the triggers that keep the index.
from officer_desk.storage.migrations.m0001_initial import DEFERRED_INDEXING, SEARCHED
from officer_desk.storage.migrations.m0004_short_index import GRAMS_FUNCTION
from officer_desk.storage.migrations.m0010_external_text import fill, like_rowids

#: Terms shorter than this cannot use the trigram index.
TRIGRAM = 3

#: What one query may cost: its length in characters and its number of terms. Each term
#: is one more index lookup (and a short one that is not letters and digits a scan of
#: every record's text): a 4,000-character query took 24 s.
MAX_QUERY_LENGTH = 400
MAX_TERMS = 12


class QueryTooLong(OfficerDeskError):
    """A search longer, or with more terms, than a search may have."""

    def __init__(self, length: int, terms: int):
        self.length, self.terms = length, terms
        super().__init__(say("search.too_long", max_length=MAX_QUERY_LENGTH,
                             max_terms=MAX_TERMS, length=length, terms=terms))

#: A run of letters and digits (FTS5's unicode61 tokenizer splits text at anything else).
_WORD = re.compile(r"[^\W_]+")
#: What separates such runs.
_NOT_WORD = re.compile(r"[\W_]+")


def short_grams(text: str | None) -> str:
    """The distinct letters and letter pairs of ``text``, lower-cased, space-separated:
    what ``short_index`` holds for a record (``오창 Inc`` -> ``오 창 오창 i n c in nc``,
    in any order).

    Pairs are taken inside runs of letters and digits only, which is what a one- or
    two-character term of letters and digits can match: every run is cut apart by one
    space, and the pairs holding it are left out (faster than run by run; the same
    grams). Never change what this returns without a migration that rebuilds
    ``short_index`` (migrations 4 and 10 do).
    """
    joined = _NOT_WORD.sub(" ", (text or "").lower())
    grams = set(joined)
    grams.update(map(operator.add, joined, joined[1:]))
    return " ".join(g for g in grams if " " not in g)


def register_functions(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL functions the record triggers call (every connection that
    writes records needs them): the search index's grams and the write guard's
    (``storage.write_guard``)."""
    conn.create_function(GRAMS_FUNCTION, 1, short_grams, deterministic=True)
    write_guard.register(conn)


def in_short_index(term: str) -> bool:
    """Whether a one- or two-character term can be looked up in ``short_index``."""
    return len(term) < TRIGRAM and _WORD.fullmatch(term) is not None


@dataclass(frozen=True)
class ParsedQuery:
    indexed: tuple[str, ...]  # terms of three or more characters
    short: tuple[str, ...]  # terms of one or two characters

    @property
    def empty(self) -> bool:
        return not (self.indexed or self.short)


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def parse(query: str) -> ParsedQuery:
    """Split a typed query into terms; a "quoted phrase" stays one term.

    The query is normalised as stored text is (NFC: Korean pasted in decomposed form
    finds what was typed composed). ``QueryTooLong`` when it is longer than
    ``MAX_QUERY_LENGTH`` characters or has more than ``MAX_TERMS`` terms.
    """
    indexed: list[str] = []
    short: list[str] = []
    query = query or ""
    if len(query) > MAX_QUERY_LENGTH * 4:  # refused before anything is done with it
        raise QueryTooLong(len(query), len(query.split()))
    query = unicodedata.normalize("NFC", query)
    # Control characters, lone surrogates and the like cannot be typed and would break
    # the FTS5 string (a NUL ends it early): they are dropped.
    query = "".join(ch if ch.isprintable() else " " for ch in query)
    terms = _TERM.findall(query)
    if len(query.strip()) > MAX_QUERY_LENGTH or len(terms) > MAX_TERMS:
        raise QueryTooLong(len(query.strip()), len(terms))
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


@dataclass(frozen=True)
class _Lookup:
    """How the records matching a query are found: the index their rows come from
    (``source``: ``search_index``, or ``short_index`` for a query without a term of
    three characters), the tables to read (``tables``) and the conditions. The
    indexes' rowids are ``record_index``'s."""

    source: str
    tables: str
    where: tuple[str, ...]
    params: tuple[object, ...]


def _lookup(parsed: ParsedQuery) -> _Lookup:
    grams = tuple(t for t in parsed.short if in_short_index(t))
    scanned = tuple(t for t in parsed.short if not in_short_index(t))
    where: list[str] = []
    params: list[object] = []
    if parsed.indexed:
        source = "search_index"
        where.append("search_index MATCH ?")
        params.append(fts_expression(parsed.indexed))
        if grams:
            # "+": a filter on the rows MATCH found. Without it SQLite offers FTS5 the
            # rowids one by one, and FTS5 evaluates the MATCH again for each (seconds).
            where.append("+search_index.rowid IN "
                         "(SELECT rowid FROM short_index WHERE short_index MATCH ?)")
            params.append(fts_expression(grams))
    elif grams:
        source = "short_index"
        where.append("short_index MATCH ?")
        params.append(fts_expression(grams))
    else:
        # every indexed record's text read (LIKE); search_extra has a row for each
        source = "search_extra"
    # The text is read from the records (migration 10), once per term: a filter ("+")
    # on what the index found, or with nothing found yet the records themselves.
    rowids, uses = like_rowids()
    for term in scanned:
        where.append(f"{'+' if source != 'search_extra' else ''}{source}.rowid IN "
                     f"({rowids})")
        params.extend([like_pattern(term)] * uses)
    return _Lookup(source, source, tuple(where), tuple(params))


def _restricted(
    lookup: _Lookup, kinds: tuple[str, ...] | None, posts: tuple[str, ...] | None
) -> tuple[list[str], list[object]]:
    """The lookup's conditions, and those on the records' kind and post (``ri``)."""
    where, params = list(lookup.where), list(lookup.params)
    if kinds:
        where.append(f"ri.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    if posts:
        where.append(f"ri.post IN ({', '.join('?' for _ in posts)})")
        params.extend(p.upper() for p in posts)
    return where, params


def match_clause(query: str, *, kind: str | None = None) -> tuple[str, list[object]]:
    """A SELECT of the ids of records (of ``kind``) matching ``query``, for
    ``id IN (…)`` filters: reads every match, so it suits a query with few."""
    parsed = parse(query)
    if parsed.empty:
        return "SELECT NULL WHERE 0", []
    lookup = _lookup(parsed)
    where, params = _restricted(lookup, (kind,) if kind else None, None)
    return (
        f"SELECT ri.id FROM {lookup.tables} JOIN record_index AS ri "
        f"ON ri.rowid = {lookup.source}.rowid WHERE {' AND '.join(where)}",
        params,
    )


def rowid_clause(query: str) -> tuple[str, list[object]]:
    """A SELECT of the ``record_index`` rowids of the records matching ``query``.

    A list with many matches checks its rows against it one by one
    (``EXISTS (… ri.rowid IN (…))``) in the list's own order, and stops at a page.
    """
    parsed = parse(query)
    if parsed.empty:
        return "SELECT NULL WHERE 0", []
    lookup = _lookup(parsed)
    return (f"SELECT {lookup.source}.rowid FROM {lookup.tables} "
            f"WHERE {' AND '.join(lookup.where)}", list(lookup.params))


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
    lookup = _lookup(parsed)
    where, params = _restricted(lookup, kinds, None)
    # (a query with a term of three or more characters is read from search_index)
    ranked = bool(parsed.indexed) and _few_matches(conn, parsed)
    # the index's rowid equals ri.rowid; ordering by the virtual table's own rowid lets
    # FTS5 hand rows over in that order and stop at the limit, with no sort of every match
    source = lookup.source
    order = f"ORDER BY {source}.rank" if ranked else f"ORDER BY {source}.rowid DESC"
    sql = (
        "SELECT ri.id, ri.kind, ri.post, ri.title_ko, ri.title_en "
        f"FROM {lookup.tables} JOIN record_index AS ri ON ri.rowid = {source}.rowid "
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
    conn: sqlite3.Connection, query: str, *, kinds: tuple[str, ...] | None = None,
    posts: tuple[str, ...] | None = None,
) -> int:
    """How many records (of ``kinds``, owned by ``posts``) match ``query``.

    Deleted records are never in the index, so this is also the length of a list of
    one kind searched with no other filter.
    """
    parsed = parse(query)
    if parsed.empty:
        return 0
    lookup = _lookup(parsed)
    where, params = _restricted(lookup, kinds, posts)
    sql = (
        f"SELECT count(*) FROM {lookup.tables} JOIN record_index AS ri "
        f"ON ri.rowid = {lookup.source}.rowid WHERE {' AND '.join(where)}"
    )
    return int(conn.execute(sql, params).fetchone()[0])


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild both indexes from the record tables (repair). The index keeps no text
    (migration 10): what it holds is forgotten with ``delete-all``, not row by row."""
    conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    conn.execute("INSERT INTO short_index (short_index) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_extra")
    for table in SEARCHED:
        index_rows(conn, table, after_rowid=0)


def index_rows(conn: sqlite3.Connection, table: str, *, after_rowid: int) -> None:
    """Index the records of ``table`` registered after ``after_rowid`` (bulk inserts)."""
    if table in SEARCHED:
        fill(conn, table, after_rowid=after_rowid)


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
