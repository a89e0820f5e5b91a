"""The calendar file (``officer-desk calendar``) and the window keeping it up to date.

On the demo database of stage 1 (100,000 records by default):

* the export: ``services.calendar_export.calendar_bytes`` (every post, Korean,
  internal edition), CPU seconds; its floor is bare ``icalendar`` writing the same
  deadlines (read with bare ``sqlite3``: the follow-ups' and action items' id, due day,
  text, change counter and stamp) as events of the same properties — UID, DTSTAMP,
  SEQUENCE, DTSTART/DTEND in a time zone, SUMMARY, DESCRIPTION, STATUS, TRANSP,
  CATEGORIES, LAST-MODIFIED, a VALARM on open ones — each ``add``ed plainly, one
  VTIMEZONE, then ``to_ical``. No project code.
* the window while the kept file is rewritten, in a process of its own (offscreen Qt):
  a timer on the GUI thread every 10 ms runs a fixed piece of Python (about 2 ms on an
  idle interpreter), as a key press or a repaint would; each tick's lateness (the time
  since the previous one, less the period) and the work's own time are noted. Three moments:
  idle; *before* (the rewrite in a thread of the window's process, as the window did
  until issue 17's fix: ``write_calendar`` on its own desk); *after* (``CalendarKeeper``:
  a child ``officer-desk calendar`` process). Shown: ticks run of those due, their
  lateness (median, 95th percentile, longest), the work's median time, how many ticks
  came later than a frame (16 ms), and the CPU seconds the window's process spent
  meanwhile (the probe's own work included); then what a change the calendar does not show
  costs the window (``CalendarKeeper.rewrite``'s look at the change counters).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.report import fields, ratio, section, table, times

#: The probe's period and the frame it should fit in.
TICK_MS = 10
FRAME_MS = 16.0
IDLE_SECONDS = 2.0

_FLOOR_ROWS = """SELECT id, due_on, description, version, updated_at, done = 0
FROM follow_ups WHERE due_on IS NOT NULL
UNION ALL SELECT id, due_on, coalesce(nullif(description_ko, ''), description_en), version,
  updated_at, status IN ('open', 'in_progress')
FROM action_items WHERE due_on IS NOT NULL ORDER BY 2, 1"""


def floor_calendar(db: Path) -> tuple[bytes, int]:
    """Bare ``sqlite3`` and ``icalendar``: the same deadlines as the same events."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from icalendar import Alarm, Calendar, Event, Timezone

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    rows = conn.execute(_FLOOR_ROWS).fetchall()
    conn.close()
    zone = ZoneInfo("America/New_York")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    for name, value in (("prodid", "-//floor//EN"), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                        ("x-wr-calname", "deadlines")):
        calendar.add(name, value)
    calendar.add_component(Timezone.from_tzid("America/New_York",
                                              first_date=dt.date(1970, 1, 1),
                                              last_date=dt.date(2038, 1, 1)))
    events = 0
    for rid, due, text, version, updated, open_ in rows:
        try:
            day = dt.date.fromisoformat(str(due))
        except ValueError:
            continue
        start = dt.datetime.combine(day, dt.time(9), tzinfo=zone)
        event = Event()
        event.add("uid", f"{rid}@floor")
        event.add("dtstamp", stamp)
        event.add("sequence", int(version or 0))
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=30))
        event.add("summary", f"Follow-up: {text or ''}")
        event.add("description", f"Follow-up {rid}\nPost: US\nDue: {due} (America/New_York)"
                                 f"\nStatus: {'open' if open_ else 'done'}")
        event.add("status", "CONFIRMED" if open_ else "CANCELLED")
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Follow-up", "US"])
        event.add("last-modified", dt.datetime.fromisoformat(
            str(updated).replace("Z", "+00:00")))
        if open_:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", -dt.timedelta(days=1))
            alarm.add("description", f"Reminder: {text or ''}")
            event.add_component(alarm)
        calendar.add_component(event)
        events += 1
    return calendar.to_ical(), events


def _cpu(fn: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run(workdir: Path, db: Path) -> dict[str, Any]:
    from officer_desk.services.calendar_export import calendar_bytes
    from officer_desk.services.desk import open_desk

    desk = open_desk(db, readonly=True)
    try:
        (data, result), export_s, export_cpu = _cpu(lambda: calendar_bytes(desk, lang="ko"))
    finally:
        desk.close()
    (floor_data, floor_events), floor_s, floor_cpu = _cpu(lambda: floor_calendar(db))
    out = workdir / "calendar-window.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_calendar", str(db),
                           str(workdir), str(out)], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=900)
    window = json.loads(out.read_text()) if done.returncode == 0 and out.exists() else {
        "error": (done.stderr or done.stdout)[-400:]}
    return {"database": str(db), "events": result.events, "export_seconds": export_s,
            "export_cpu": export_cpu, "export_mib": len(data) / 2**20,
            "floor_events": floor_events, "floor_seconds": floor_s, "floor_cpu": floor_cpu,
            "floor_mib": len(floor_data) / 2**20,
            "cpu_ratio": ratio(export_cpu, floor_cpu), "window": window}


# -- the window's process -----------------------------------------------------------------

def _work() -> None:
    total = 0
    for n in range(30_000):
        total += n * n


class _Probe:
    """Runs ``_work`` on the GUI thread every ``TICK_MS`` and notes how late each tick
    came (the time since the previous one, less the period) and how long the work took:
    what a key press or a repaint waits for."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.took: list[float] = []
        self.late: list[float] = []
        self.last = 0.0
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        start = time.perf_counter()
        self.late.append(max(0.0, (start - self.last) * 1000 - TICK_MS))
        _work()
        self.last = time.perf_counter()
        self.took.append((self.last - start) * 1000)

    def measure(self, until: Any) -> dict[str, Any]:
        from PySide6.QtCore import QEventLoop, QTimer

        self.took.clear()
        self.late.clear()
        loop = QEventLoop()
        check = QTimer(interval=50)
        check.timeout.connect(lambda: until() and loop.quit())
        wall, cpu, main = time.perf_counter(), time.process_time(), time.thread_time()
        self.last = time.perf_counter()
        self.timer.start()
        check.start()
        loop.exec()
        check.stop()
        self.timer.stop()
        took, late = sorted(self.took) or [0.0], sorted(self.late) or [0.0]
        seconds = time.perf_counter() - wall
        return {"seconds": seconds,
                "process_cpu": time.process_time() - cpu,
                "main_thread_cpu": time.thread_time() - main,
                "ticks": len(self.took), "expected_ticks": int(seconds * 1000 / TICK_MS),
                "work_median_ms": statistics.median(took), "work_longest_ms": took[-1],
                "late_median_ms": statistics.median(late),
                "late_p95_ms": late[int(0.95 * (len(late) - 1))], "late_longest_ms": late[-1],
                "over_frame": sum(1 for t, w in zip(self.late, self.took, strict=True)
                                  if t + w > FRAME_MS)}


def _child(db: Path, workdir: Path, out: Path) -> int:
    import threading

    from PySide6.QtWidgets import QApplication, QMainWindow

    from officer_desk.gui.calendar_keeper import CalendarKeeper
    from officer_desk.services.calendar_export import write_calendar
    from officer_desk.services.desk import open_desk

    _app = QApplication([])  # kept alive while the window lives
    window = QMainWindow()
    window.desk = open_desk(db)  # type: ignore[attr-defined]  # the window's, for writing
    window.lang = "ko"  # type: ignore[attr-defined]
    probe = _Probe()
    figures: dict[str, Any] = {}
    idle_until = time.perf_counter() + IDLE_SECONDS
    figures["idle"] = probe.measure(lambda: time.perf_counter() > idle_until)

    def in_a_thread() -> None:  # the window before issue 17's fix (worker.Task)
        own = open_desk(db, readonly=True)
        try:
            write_calendar(own, workdir / "kept-thread.ics", lang="ko")
        finally:
            own.close()

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    figures["thread"] = probe.measure(lambda: not thread.is_alive())
    keeper = CalendarKeeper(window)
    keeper.keep(workdir / "kept-process.ics")
    figures["process"] = probe.measure(lambda: not keeper.running())
    figures["process"]["said"] = keeper.last
    looks = []
    for _ in range(5):
        start = time.perf_counter()
        keeper.rewrite()  # nothing changed: nothing to write
        looks.append((time.perf_counter() - start) * 1000)
    figures["unchanged_ms"] = statistics.median(looks)
    figures["unchanged_started"] = keeper.runs - 1
    keeper.stop()
    window.desk.close()  # type: ignore[attr-defined]
    out.write_text(json.dumps(figures))
    return 0


def show(r: dict[str, Any], number: int = 1) -> None:
    section(f"{number}. The calendar file, and the window while it keeps it up to date")
    fields([
        ("database", r["database"]),
        ("floor", "bare sqlite3 + icalendar: the same deadlines as events of the same "
                  "properties, each add()ed plainly, one VTIMEZONE (no project code)"),
        ("export", "services.calendar_export.calendar_bytes: every post, Korean, "
                   "internal edition"),
    ])
    table(["step", "seconds", "CPU s", "events", "MiB", "/ floor (CPU)"], [
        ["floor: bare icalendar", f"{r['floor_seconds']:.2f}", f"{r['floor_cpu']:.2f}",
         f"{r['floor_events']:,}", f"{r['floor_mib']:.1f}", "1.0x"],
        ["calendar export", f"{r['export_seconds']:.2f}", f"{r['export_cpu']:.2f}",
         f"{r['events']:,}", f"{r['export_mib']:.1f}", times(r["cpu_ratio"])],
    ], right=(1, 2, 3, 4, 5))
    w = r["window"]
    if "error" in w:
        fields([("the window", f"not measured: {w['error']}")])
        return
    rows = []
    for key, label in (("idle", "idle"), ("thread", "before: rewrite in a thread"),
                       ("process", "after: rewrite by a child process")):
        m = w[key]
        rows.append([label, f"{m['seconds']:.1f}", f"{m['process_cpu']:.2f}",
                     f"{m['ticks']:,} of {m['expected_ticks']:,}",
                     f"{m['late_median_ms']:.1f}", f"{m['late_p95_ms']:.1f}",
                     f"{m['late_longest_ms']:.0f}", f"{m['work_median_ms']:.1f}",
                     f"{m['over_frame']:,}"])
    table(["the window's GUI thread", "seconds", "its process CPU s", "ticks",
           "late: median ms", "p95 ms", "longest ms", "work ms",
           f"tick > {FRAME_MS:.0f} ms"], rows, right=(1, 2, 3, 4, 5, 6, 7, 8))
    fields([("a change the calendar does not show",
             f"{w['unchanged_ms']:.1f} ms on the GUI thread, {w['unchanged_started']} "
             "commands started"),
            ("the child said", w["process"].get("said", ""))])


if __name__ == "__main__":
    raise SystemExit(_child(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
