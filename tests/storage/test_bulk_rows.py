"""Many rows in few statements (storage/bulk_rows.py): the same rows, in order, as one
statement per row would write; a bad row aborts its statement (issue 15)."""

from __future__ import annotations

import sqlite3

import pytest

from officer_desk.storage import bulk_rows
from officer_desk.storage.bulk_rows import insert_rows


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b BLOB)")
    conn.execute("CREATE TABLE seen (n INTEGER)")
    conn.execute("CREATE TRIGGER t_seen AFTER INSERT ON t BEGIN "
                 "INSERT INTO seen VALUES (new.n); END")
    return conn


@pytest.mark.parametrize("count", [0, 1, 199, 200, 201, 401, 1000])
def test_the_rows_go_in_as_given_and_in_order(count):
    rows = [(n, f"글 {n} 'x'", bytes([n % 256]) * 3) for n in range(count)]
    conn = _table()
    insert_rows(conn, "INSERT INTO t (n, a, b)", 3, iter(rows))
    assert conn.execute("SELECT n, a, b FROM t ORDER BY rowid").fetchall() == rows
    assert [n for (n,) in conn.execute("SELECT n FROM seen ORDER BY rowid")] == \
        [n for n, _, _ in rows]


def test_wide_rows_stay_under_the_parameter_limit(monkeypatch):
    monkeypatch.setattr(bulk_rows, "MAX_PARAMETERS", 7)  # 2 rows of 3 a statement
    conn = _table()
    statements: list[tuple[str, int]] = []

    class Counting:
        def execute(self, sql: str, params: list) -> None:
            statements.append((sql.count("("), len(params)))
            conn.execute(sql, params)

    insert_rows(Counting(), "INSERT INTO t (n, a, b)", 3, [(n, "a", None) for n in range(5)])
    assert statements == [(3, 6), (3, 6), (2, 3)]  # the columns' "(" and one a row
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 5


def test_a_row_of_the_wrong_width_is_refused_before_it_is_written():
    conn = _table()
    with pytest.raises(ValueError, match="2 values for 3 columns"):
        insert_rows(conn, "INSERT INTO t (n, a, b)", 3, [(1, "a", None), (2, "b")])
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_a_bad_row_aborts_its_statement():
    conn = _table()
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(conn, "INSERT INTO t (n, a, b)", 3, [(1, "a", None), (1, "dup", None)])
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_a_connection_with_a_lower_limit_gets_fewer_rows_a_statement():
    conn = _table()
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 10)  # 3 rows of 3 a statement
    insert_rows(conn, "INSERT INTO t (n, a, b)", 3, [(n, "a", None) for n in range(7)])
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 7
