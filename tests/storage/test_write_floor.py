"""The benchmarks' write floor (benchmarks/write_floor.py) does the same job as
Officer Desk, with nothing of Officer Desk's: same rows, same searchable text, no
Python function in its schema (issue 18)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import write_floor
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk

#: the floor reads and writes plain SQLite files: its logs stay plain in an encrypted
#: run (OFFICER_DESK_TEST_ENCRYPTED=1), as the benchmarks' are
pytestmark = pytest.mark.plain_logs


def _index_matches_its_text(path: Path) -> None:
    """FTS5's own check that the index holds exactly the text its content gives."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO search_index (search_index, rank) "
                     "VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def _dump(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_floor_writes_the_same_rows_and_text_without_project_code(tmp_path: Path):
    demo = tmp_path / "demo.sqlite"
    desk = init_desk(demo, hq=True, demo=True)
    try:
        generate_demo(desk, records=600, seed=3)
    finally:
        desk.close()
    floor = tmp_path / "floor.sqlite"
    figures = write_floor.write(demo, floor)

    user = write_floor.USER
    assert figures["records"] == sum(
        _dump(demo, f"SELECT count(*) FROM {t}")[0][0] for t in user)
    for table in (*write_floor.TABLES, "history", "record_index", "search_extra"):
        key = "seq" if table == "history" else "rowid"
        assert _dump(demo, f"SELECT * FROM {table} ORDER BY {key}") == _dump(
            floor, f"SELECT * FROM {table} ORDER BY {key}"), table
    text = ("SELECT ri.id, s.text FROM search_index AS s JOIN record_index AS ri "
            "ON ri.rowid = s.rowid ORDER BY ri.id")
    assert _dump(demo, text) == _dump(floor, text)
    assert figures["indexed"] == len(_dump(demo, text))
    _index_matches_its_text(floor)
    match = "SELECT rowid FROM search_index WHERE search_index MATCH '\"court\"' ORDER BY rowid"
    assert _dump(demo, match) == _dump(floor, match) != []
    # a plain sqlite3 connection, with no function registered, wrote it: nothing in its
    # schema calls one of ours
    schema = " ".join(sql for (sql,) in _dump(floor, "SELECT sql FROM sqlite_master "
                                                     "WHERE sql IS NOT NULL"))
    assert "od_" not in schema and "short_index" not in schema


def test_sizes_split_the_file_by_what_owns_the_pages(tmp_path: Path):
    path = tmp_path / "us.sqlite"
    init_desk(path, post="US").close()
    sizes = write_floor.sizes(path)
    assert sizes["database"] == sizes["file"]
    assert sum(sizes["groups"].values()) <= sizes["database"]
    assert sizes["record_tables"] > 0 and sizes["groups"]["history"] > 0


def test_the_bulk_floor_indexes_the_same_text(tmp_path: Path):
    demo = tmp_path / "demo.sqlite"
    desk = init_desk(demo, hq=True, demo=True)
    try:
        generate_demo(desk, records=300, seed=5)
    finally:
        desk.close()
    floor = tmp_path / "bulk.sqlite"
    figures = write_floor.write(demo, floor, "bulk")
    text = ("SELECT ri.id, s.text FROM search_index AS s JOIN record_index AS ri "
            "ON ri.rowid = s.rowid ORDER BY ri.id")
    assert _dump(demo, text) == _dump(floor, text)
    assert figures["indexed"] == len(_dump(demo, text))
    _index_matches_its_text(floor)
    match = "SELECT rowid FROM search_index WHERE search_index MATCH '\"patent\"' ORDER BY rowid"
    assert _dump(demo, match) == _dump(floor, match)
    assert _dump(demo, "SELECT * FROM search_extra") == _dump(floor, "SELECT * FROM search_extra")


def test_the_import_floor_reads_the_workbook_and_writes_the_imported_rows(tmp_path: Path):
    """The import's floor (benchmarks/bench_import.py) runs in its own process with none
    of Officer Desk's code loaded (it checks), reads every row of the workbook with
    openpyxl and leaves the rows the import wrote."""
    from benchmarks import bench_import
    from officer_desk.importing.plan import plan_import
    from officer_desk.importing.run import run_import

    register = bench_import.make_register(tmp_path / "register.xlsx", 120)
    db = tmp_path / "us.sqlite"
    desk = init_desk(db, post="US")
    try:
        run_import(desk, plan_import(desk, register, "disputes"))
    finally:
        desk.close()
    floor = tmp_path / "floor.sqlite"
    figures = bench_import._spawn(tmp_path, "floor", str(register), str(db), str(floor),
                                  "triggers")
    assert figures["exit"] == 0, figures["said"]
    assert figures["rows"] == 120 + 3  # the title, the headers, the rows, the totals
    assert figures["records"] == 120 + 120  # the disputes and their companies (one a row)
    assert (tmp_path / "floor.sqlite.backup.gz").stat().st_size > 0
    for table in ("disputes", "companies", "history", "record_index", "search_extra"):
        key = "seq" if table == "history" else "rowid"
        assert _dump(db, f"SELECT * FROM {table} ORDER BY {key}") == _dump(
            floor, f"SELECT * FROM {table} ORDER BY {key}"), table
    _index_matches_its_text(floor)
