"""Stage 1: demo generation of N records into a fresh HQ demo database, beside its floor:
plain SQLite writing the same rows into the same tables (``write_floor``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import write_floor
from benchmarks.report import (
    Stopwatch,
    fields,
    num,
    peak_rss_mb,
    per_second,
    ratio,
    section,
)
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk


def run(workdir: Path, records: int, seed: int = 1) -> dict[str, Any]:
    """Create ``demo.sqlite`` in ``workdir`` and fill it; returns the figures."""
    path = workdir / "demo.sqlite"
    with Stopwatch() as setup:
        desk = init_desk(path, hq=True, demo=True)
    try:
        with Stopwatch() as sw:
            summary = generate_demo(desk, records=records, seed=seed)
    finally:
        desk.close()
    counts = {str(k): int(v) for k, v in dict(summary.counts).items()}
    total = sum(counts.values())
    floor = write_floor.floors(path, workdir, "demo")
    return {
        "generator": "officer_desk.services.demo.generate_demo",
        "path": str(path),
        "requested": records,
        "counts": counts,
        "total": total,
        "init_seconds": setup.seconds,
        "seconds": sw.seconds,
        "cpu_seconds": sw.cpu_seconds,
        "reported_seconds": float(summary.seconds),
        "records_per_second": per_second(total, sw.seconds),
        "file_mb": path.stat().st_size / 1024 / 1024,
        "sizes": write_floor.sizes(path),
        "floor": floor,
        "ratio": ratio(sw.seconds, floor["seconds"]),
        "peak_rss_mb": peak_rss_mb(),
    }


def show(r: dict[str, Any]) -> None:
    section(f"1. Demo generation ({num(r['requested'])} records, seed 1)")
    rows = [
        ("generator", r["generator"]),
        ("database set-up (init_desk hq, demo)", f"{r['init_seconds']:.2f} s"),
        ("generate_demo", f"{r['seconds']:.2f} s  (it reports {r['reported_seconds']:.2f} s)"),
        ("records made", num(r["total"])),
        ("throughput", f"{num(r['records_per_second'])} records/s"),
        *write_floor.floor_lines("generate_demo", r["seconds"], r["total"], r["floor"]),
        ("database file", f"{r['file_mb']:.1f} MiB"),
        ("peak RSS so far", f"{r['peak_rss_mb']:.0f} MiB"),
    ]
    fields(rows)
    per_kind = ", ".join(f"{k} {num(v)}" for k, v in r["counts"].items())
    fields([("per kind", per_kind)])
    write_floor.show_sizes(r["sizes"], r["floor"]["sizes"])
