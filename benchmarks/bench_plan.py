"""Stage 4: the query plans of the SQL that ``storage.search`` really executes.

For each query of the mix, ``services.search.search`` and ``services.search.count`` run
with ``conn.set_trace_callback`` capturing every statement (Python passes the
expanded SQL, parameters in place). Each captured SELECT is then run under
``EXPLAIN QUERY PLAN``. The statements FTS5 runs internally reach the trace as
``-- ...`` comments: they are not planned, but listed under the statement that
caused them (``ORDER BY bm25(...)`` there means every match is ranked before LIMIT).

What is checked in the plan lines:

* ``SCAN search_index VIRTUAL TABLE INDEX <n>:<idxStr>``: the idxStr lists the
  constraints FTS5 accepted; ``M`` (``M1``: MATCH over all columns) means the trigram
  index answers the query, ``L``/``G`` a LIKE/GLOB through trigrams, ``=``/``<``/``>``
  rowid lookups. An idxStr with none of these (``INDEX 0:``) is a scan of every row
  of the index, its text read back and tested with LIKE. Bit 32 of ``<n>`` means FTS5
  hands rows back in rank order itself.
* ``SCAN <table>`` of a record table, ``record_index`` or ``history`` (aliases
  resolved): a full-table scan, where ``SEARCH ... USING (INTEGER PRIMARY KEY|INDEX)``
  would be a lookup.
* ``USE TEMP B-TREE FOR ORDER BY``: every candidate row sorted before LIMIT applies
  (reported, not counted as a scan).

A last part times, for the slowest queries, what the plans point at: ranking every
match (the raw MATCH with and without ``ORDER BY rank``). One- and two-character terms
of letters and digits are answered by ``short_index`` (``SCAN short_index VIRTUAL
TABLE INDEX n:M…``); only those with other characters (``C+``) read the text with LIKE.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

from benchmarks.bench_search import Query
from benchmarks.report import (
    emit,
    fields,
    median,
    peak_rss_mb,
    section,
    subsection,
    table,
)
from officer_desk.domain.kinds import KINDS
from officer_desk.services import search as search_service
from officer_desk.services.desk import Desk
from officer_desk.storage import search as index

RECORD_TABLES = frozenset({k.name for k in KINDS} | {"record_index", "history"})

_VTAB = re.compile(r"^SCAN (\w+) VIRTUAL TABLE INDEX (\d+):(\S*)")
_SCAN = re.compile(r"^SCAN (\w+)")
_ALIAS = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)\s+AS\s+(\w+)", re.IGNORECASE)
_LITERAL = re.compile(r"'(?:[^']|'')*'")
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
_IN_LIST = re.compile(r"IN \((?:\?, )*\?\)")
_ROWS = re.compile(r"^SELECT id, post, .*? FROM (\w+) WHERE id IN ", re.DOTALL)


@dataclass
class Statement:
    sql: str
    plan: list[str]
    internal: list[str] = field(default_factory=list)
    full_scans: list[str] = field(default_factory=list)
    temp_sort: bool = False

    @property
    def table(self) -> str | None:
        """The record table of a statement loading found records (Repository.rows)."""
        m = _ROWS.match(self.sql)
        return m.group(1) if m else None

    @property
    def shape(self) -> str:
        """The SQL with literals replaced by ?, so that one shape stands for many runs.

        The statements loading the found records differ only by table: one shape.
        """
        if self.table:
            return "SELECT <record columns> FROM <table> WHERE id IN (?, …)"
        return normalise(self.sql)

    def generic_plan(self) -> list[str]:
        if not self.table:
            return self.plan
        return [line.replace(self.table, "<table>") for line in self.plan]


def normalise(sql: str) -> str:
    text = _LITERAL.sub("?", sql.strip())
    text = _NUMBER.sub("?", text)
    return _IN_LIST.sub("IN (?, …)", text)


def _aliases(sql: str) -> dict[str, str]:
    return {alias: name for name, alias in _ALIAS.findall(sql)}


def judge(sql: str, plan: list[str], internal: list[str]) -> Statement:
    st = Statement(sql, plan, internal)
    names = _aliases(sql)
    for line in plan:
        detail = line.strip()
        v = _VTAB.match(detail)
        if v:
            name = names.get(v.group(1), v.group(1))
            if name == "search_index" and not re.search(r"[MLG=<>]", v.group(3)):
                st.full_scans.append(f"{detail}  <- every row of search_index, LIKE test")
            continue
        s = _SCAN.match(detail)
        if s:
            name = names.get(s.group(1), s.group(1))
            if name in RECORD_TABLES:
                st.full_scans.append(f"{detail}  <- full scan of {name}")
        if "USE TEMP B-TREE FOR ORDER BY" in detail:
            st.temp_sort = True
    return st


def explain(conn: sqlite3.Connection, sql: str) -> list[str]:
    """EXPLAIN QUERY PLAN lines, indented by depth like the sqlite3 shell."""
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    depth: dict[int, int] = {0: -1}
    out = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        out.append("  " * depth[node] + detail)
    return out


def capture(desk: Desk, text: str) -> list[tuple[str, list[str]]]:
    """The statements one search and one count run, as SQLite saw them.

    Each SELECT comes with the statements FTS5 ran internally for it (without the
    ``PRAGMA data_version`` checks), in the order the trace reported them.
    """
    seen: list[str] = []
    conn = desk.conn
    conn.set_trace_callback(seen.append)
    try:
        search_service.search(desk, text, limit=50)
        search_service.count(desk, text)
    finally:
        conn.set_trace_callback(None)
    out: list[tuple[str, list[str]]] = []
    for sql in seen:
        bare = sql.lstrip()
        if bare.startswith("--"):
            inner = bare[2:].strip()
            if out and not inner.upper().startswith("PRAGMA"):
                out[-1][1].append(inner)
        elif bare.upper().startswith(("SELECT", "WITH")):
            out.append((sql, []))
    return out


def run(desk: Desk, mix: list[Query], timings: dict[str, float]) -> dict[str, Any]:
    """``timings``: the services' median ms per query text (from stage 3)."""
    per_query = []
    shapes: dict[str, dict[str, Any]] = {}
    captured: dict[str, list[tuple[str, list[str]]]] = {}
    for q in mix:
        captured[q.text] = capture(desk, q.text)
        statements = [judge(sql, explain(desk.conn, sql), inner)
                      for sql, inner in captured[q.text]]
        for st in statements:
            # One entry per statement shape and plan (the same shape may plan differently).
            key = st.shape + "\n" + "\n".join(st.generic_plan())
            entry = shapes.setdefault(key, {
                "shape": st.shape, "plan_tree": st.generic_plan(), "groups": set(),
                "tables": set(), "queries": 0, "full_scans": set(), "temp_sort": False,
                "internal": {},
            })
            entry["internal"].update(dict.fromkeys(st.internal))
            entry["full_scans"].update(s.split("  <-")[0] for s in st.full_scans)
            entry["temp_sort"] = entry["temp_sort"] or st.temp_sort
            entry["groups"].add(q.group)
            if st.table:
                entry["tables"].add(st.table)
            entry["queries"] += 1
        per_query.append({
            "query": q.text, "group": q.group, "statements": len(statements),
            "full_scans": [s for st in statements for s in st.full_scans],
            "temp_sort": any(st.temp_sort for st in statements),
        })
    indexed = [p for p in per_query if p["group"] == "indexed"]
    ok = all(not p["full_scans"] for p in indexed)
    for entry in shapes.values():
        entry["groups"] = sorted(entry["groups"])
        entry["tables"] = sorted(entry["tables"])
        entry["full_scans"] = sorted(entry["full_scans"])
        entry["internal"] = list(entry["internal"])
    return {
        "queries": per_query,
        "shapes": list(shapes.values()),
        "indexed_checked": len(indexed),
        "no_full_scan_for_3plus": ok,
        "diagnostics": diagnose(desk.conn, mix, timings),
        "peak_rss_mb": peak_rss_mb(),
    }


# where the time goes ------------------------------------------------------------

DIAG_REPEATS = 5
RANKED = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
UNRANKED = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50"
COUNT = "SELECT count(*) FROM search_index WHERE search_index MATCH ?"


def _time(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> float:
    conn.execute(sql, params).fetchall()
    runs = []
    for _ in range(DIAG_REPEATS):
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        runs.append(time.perf_counter() - start)
    return median(runs) * 1000


def diagnose(
    conn: sqlite3.Connection, mix: list[Query], timings: dict[str, float],
) -> dict[str, Any]:
    indexed = sorted((q for q in mix if q.group == "indexed"),
                     key=lambda q: timings.get(q.text, 0.0), reverse=True)[:3]
    ranking = []
    for q in indexed:
        expression = index.fts_expression(q.parsed.indexed)
        ranking.append({
            "query": q.text, "service_ms": timings.get(q.text),
            "matches": conn.execute(COUNT, (expression,)).fetchone()[0],
            "ranked_ms": _time(conn, RANKED, (expression,)),
            "unranked_ms": _time(conn, UNRANKED, (expression,)),
            "count_ms": _time(conn, COUNT, (expression,)),
        })
    return {"ranking": ranking}


def show(r: dict[str, Any]) -> None:
    section("4. Query plans of the SQL storage.search runs (search + count per query)")
    emit("  Checked: 'SCAN search_index VIRTUAL TABLE INDEX n:' with no M/L/G/=/</> in the")
    emit("  idxStr = every row of the index read and LIKE-tested; 'SCAN <table>' of a record")
    emit("  table, record_index or history = full-table scan. M1 = MATCH on the trigram")
    emit("  index; index number 32 = FTS5 returns rows in rank order (no temp sort).")
    for n, entry in enumerate(r["shapes"], start=1):
        subsection(f"Statement {n}: used by {entry['queries']} run(s), query groups: "
                   f"{', '.join(entry['groups'])}")
        emit("  " + entry["shape"])
        if entry["tables"]:
            emit("  (Repository.rows loading the hits; <table> = " + ", ".join(entry["tables"])
                 + ")")
        for line in entry["plan_tree"]:
            emit("    | " + line)
        for inner in entry["internal"]:
            emit("    | (FTS5 runs) " + inner)
        if entry["full_scans"]:
            emit("    => full scan: " + "; ".join(entry["full_scans"]))
        if entry["temp_sort"]:
            emit("    => sorts every candidate (temp B-tree) before LIMIT")
        if any("ORDER BY bm25" in i for i in entry["internal"]):
            emit("    => FTS5 computes bm25 for every match and sorts them before LIMIT")
    subsection("Verdict per query")
    rows = []
    for p in r["queries"]:
        verdict = "full scan" if p["full_scans"] else "index only"
        if p["group"] == "short" and p["full_scans"]:
            verdict += " (LIKE: a term of other characters than letters and digits)"
        elif p["group"] == "empty":
            verdict = "no SQL (nothing searchable)" if not p["statements"] else verdict
        rows.append([p["query"], p["group"], str(p["statements"]), verdict,
                     "yes" if p["temp_sort"] else ""])
    table(["query", "group", "stmts", "plan", "temp sort"], rows, right=(2,))
    fields([
        ("no full-table LIKE scan for queries of 3+ characters",
         f"{'yes' if r['no_full_scan_for_3plus'] else 'no'}  ({r['indexed_checked']} queries "
         "with a term of 3+ characters checked)"),
    ])
    _show_diagnostics(r["diagnostics"])
    fields([("peak RSS so far", f"{r['peak_rss_mb']:.0f} MiB")])


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _show_diagnostics(d: dict[str, Any]) -> None:
    subsection(f"Where the time goes (diagnostic, median of {DIAG_REPEATS} runs, ms)")
    emit("  Slowest queries with terms of 3+ characters: the raw MATCH ranked")
    emit("  (ORDER BY rank LIMIT 50) and unranked (LIMIT 50), and count(*).")
    table(
        ["query", "matches", "service", "ranked", "unranked", "count"],
        [[x["query"], f"{x['matches']:,}", _ms(x["service_ms"]), _ms(x["ranked_ms"]),
          _ms(x["unranked_ms"]), _ms(x["count_ms"])] for x in d["ranking"]],
        right=(1, 2, 3, 4, 5),
    )
