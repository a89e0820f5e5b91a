"""The durability a committed edit gets is the one chosen and documented (docs/backups.md,
"Durability"; the figures from benchmarks/bench_durability.py)."""

from __future__ import annotations

from pathlib import Path

from officer_desk.storage import connection

LEVELS = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


def test_a_desk_commits_with_the_documented_setting(desk):
    level = desk.conn.execute("PRAGMA synchronous").fetchone()[0]
    assert LEVELS[level] == connection.SYNCHRONOUS
    assert desk.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    docs = (Path(__file__).resolve().parents[2] / "docs" / "backups.md").read_text(
        encoding="utf-8")
    assert f"`synchronous={connection.SYNCHRONOUS}`" in docs


def test_the_durability_bench_runs_its_edits_as_an_officer_would(tmp_path, monkeypatch):
    """The bench's ``add`` commands are accepted as given: an input the program refuses
    (a note ending in a space) once stopped ``make bench`` half-way."""
    from benchmarks import bench_durability

    for name, value in {"EDITS": 2, "COMMANDS": 1, "ROUNDS": 1, "EXISTING": 3}.items():
        monkeypatch.setattr(bench_durability, name, value)
    figures = bench_durability.run(tmp_path)
    assert figures["service"]["FULL"]["edits"] == 2
    assert figures["command"]["FULL"]["edits"] == 1
    assert figures["configured"] == connection.SYNCHRONOUS
