"""Durability: what ``synchronous=FULL`` costs a committed interactive edit, beside NORMAL.

In WAL mode, ``NORMAL`` syncs the log only at checkpoints, so a power cut can lose the
last committed transactions; ``FULL`` syncs the log at every commit. The program uses
FULL unless it costs interactive work more than ``BUDGET`` (issue 12, finding 8), judged
on the ``add`` command end to end; the choice is ``storage.connection.SYNCHRONOUS``,
documented with these figures in docs/backups.md.

Services side: a US case log of ``EXISTING`` companies; one committed edit is one
``records.create`` of a company, or one ``records.update`` of a company's notes, end to
end through the service (validation, stamping, history, search index, commit). The
connection is the program's own (``open_desk``); only ``PRAGMA synchronous`` is set
for each run. Floor: bare ``sqlite3`` in WAL mode doing one committed INSERT of a row
of the same size into a one-table database, with each setting. The settings take
turns (FULL, NORMAL, FULL, …) so that a drift of the machine hits both alike; the
figure is the median time of an edit.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.report import fields, peak_rss_mb, section, table
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk

SETTINGS = ("FULL", "NORMAL")
EXISTING = 2000
EDITS = 60  # per setting and round, half creations and half updates
COMMANDS = 10  # ``add`` commands per setting and round
ROUNDS = 4
BUDGET = 0.10  # FULL may cost interactive edits at most this much more than NORMAL
# a note as an officer would type it: no space at its end (``add`` refuses to trim one)
NOTES = " ".join(["수출 기업 상담 기록"] * 5)


def _company(k: int) -> dict[str, Any]:
    return {"name_ko": f"(주)내구성시험{k}", "name_en": f"Durability Test {k} Co., Ltd.",
            "size": "sme", "technology_field": "semiconductors_displays",
            "notes": NOTES}


def _service_edits(desk: Any, setting: str, ids: list[str], start: int) -> list[float]:
    desk.conn.execute(f"PRAGMA synchronous = {setting}")
    took = []
    for n in range(EDITS):
        begin = time.perf_counter()
        if n % 2:
            records.update(desk, ids[(start + n) % len(ids)], {"notes": f"갱신 {start + n}"})
        else:
            records.create(desk, COMPANIES, _company(start + n + EXISTING))
        took.append(time.perf_counter() - begin)
    return took


def _floor_edits(conn: sqlite3.Connection, setting: str, start: int) -> list[float]:
    conn.execute(f"PRAGMA synchronous = {setting}")
    took = []
    for n in range(EDITS):
        begin = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO companies (id, name_ko, name_en, notes) VALUES (?, ?, ?, ?)",
                     (str(uuid.uuid4()), f"(주)내구성시험{start + n}",
                      f"Durability Test {start + n} Co., Ltd.", NOTES))
        conn.execute("COMMIT")
        took.append(time.perf_counter() - begin)
    return took


def _command_edits(db: Path, setting: str, start: int) -> list[float]:
    """``officer-desk add`` run in this process: opening, the edit, closing."""
    import json

    from click.testing import CliRunner

    from officer_desk.cli import cli
    from officer_desk.storage import connection

    connection.SYNCHRONOUS = setting
    runner, took = CliRunner(), []
    for n in range(COMMANDS):
        data = json.dumps(_company(start + n + 10 * EXISTING), ensure_ascii=False)
        begin = time.perf_counter()
        result = runner.invoke(cli, ["add", str(db), "company", "--json", "-"], input=data)
        took.append(time.perf_counter() - begin)
        if result.exit_code != 0:
            raise RuntimeError(result.output)
    return took


def _summary(samples: dict[str, list[float]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for setting, values in samples.items():
        out[setting] = {"median_ms": statistics.median(values) * 1000,
                        "p90_ms": sorted(values)[int(len(values) * 0.9)] * 1000,
                        "edits": len(values)}
    out["full_over_normal"] = out["FULL"]["median_ms"] / out["NORMAL"]["median_ms"]
    return out


def run(workdir: Path) -> dict[str, Any]:
    folder = workdir / "durability"
    folder.mkdir(parents=True, exist_ok=True)
    made = init_desk(folder / "us.sqlite", post="US", officer="벤치")
    ids = records.create_many(made, COMPANIES, [_company(k) for k in range(EXISTING)]).created
    made.close()
    desk = open_desk(folder / "us.sqlite")  # as the program opens it (counter watch, …)
    floor = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    try:
        floor.execute("PRAGMA journal_mode = WAL")
        floor.execute("CREATE TABLE companies (id TEXT PRIMARY KEY, name_ko TEXT, "
                      "name_en TEXT, notes TEXT)")
        service: dict[str, list[float]] = {s: [] for s in SETTINGS}
        bare: dict[str, list[float]] = {s: [] for s in SETTINGS}
        start = 0
        for _ in range(ROUNDS):
            for setting in SETTINGS:
                service[setting] += _service_edits(desk, setting, ids, start)
                bare[setting] += _floor_edits(floor, setting, start)
                start += EDITS
        desk.close()
        commands: dict[str, list[float]] = {s: [] for s in SETTINGS}
        from officer_desk.storage import connection

        chosen = connection.SYNCHRONOUS
        try:
            for _ in range(ROUNDS):
                for setting in SETTINGS:
                    commands[setting] += _command_edits(folder / "us.sqlite", setting, start)
                    start += COMMANDS
        finally:
            connection.SYNCHRONOUS = chosen
        reopened = open_desk(folder / "us.sqlite")
        try:
            configured = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[
                reopened.conn.execute("PRAGMA synchronous").fetchone()[0]]
        finally:
            reopened.close()
    finally:
        floor.close()
        if not desk.closed:
            desk.close()
    result = {"service": _summary(service), "floor": _summary(bare),
              "command": _summary(commands),
              "configured": configured, "budget": BUDGET, "peak_rss_mb": peak_rss_mb()}
    result["service_cost"] = result["service"]["full_over_normal"] - 1.0
    result["command_cost"] = result["command"]["full_over_normal"] - 1.0
    # The officer's interactive work is the command (or the window's save) end to end,
    # not the service call inside it: the budget is judged on the command.
    result["within_budget"] = result["command_cost"] <= BUDGET
    return result


def show(result: dict[str, Any], number: int) -> None:
    section(f"{number}. Durability: one committed edit (create or update) with "
            "synchronous FULL and NORMAL")
    rows = []
    for side, label in (("service", "services: add/update end to end"),
                        ("command", "officer-desk add (open, add, close)"),
                        ("floor", "floor: bare sqlite3 INSERT + COMMIT")):
        for setting in SETTINGS:
            figures = result[side][setting]
            rows.append([label, setting, f"{figures['median_ms']:.2f}",
                         f"{figures['p90_ms']:.2f}", f"{figures['edits']}"])
    table(["what", "synchronous", "median ms", "p90 ms", "edits"], rows, right=(2, 3, 4))
    added = result["service"]["FULL"]["median_ms"] - result["service"]["NORMAL"]["median_ms"]
    fields([
        ("FULL / NORMAL, services", f"{result['service']['full_over_normal']:.2f}x "
         f"({result['service_cost'] * 100:+.1f} %, budget +{result['budget'] * 100:.0f} %)"),
        ("FULL / NORMAL, add command", f"{result['command']['full_over_normal']:.2f}x "
         f"({result['command_cost'] * 100:+.1f} %)"),
        ("FULL / NORMAL, floor", f"{result['floor']['full_over_normal']:.2f}x"),
        ("FULL adds per edit, services", f"{added:.2f} ms"),
        ("add command within the budget", "yes" if result["within_budget"] else
         "no (the program uses FULL all the same: docs/backups.md, Durability)"),
        ("the program opens files with", f"synchronous = {result['configured']}"),
    ])


if __name__ == "__main__":
    import os
    import tempfile

    with tempfile.TemporaryDirectory(prefix="officer-desk-bench-") as tmp:
        os.environ["OFFICER_DESK_HOME"] = str(Path(tmp) / "home")
        show(run(Path(tmp)), 1)
