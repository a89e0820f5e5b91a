"""The brief bench splits the HWPX's time into python-hwpx's share (``to_bytes``, its
validation, its table building) and the brief's own (issue 17): its hooks must catch the
library's calls, or the report would show a validation of 0 s and blame the brief's code
for the library's time. Run in a child process: the hooks wrap library functions for the
rest of the process's life, as they do in the bench's own children."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, time
from benchmarks.bench_brief import _time_table_building, _time_to_bytes, _time_validation
from hwpx import HwpxDocument
from hwpx.tools.package_validator import validate_editor_open_safety

timed = {"save": 0.0, "check": 0.0, "tables": 0.0}
calls = {"check": 0}
_time_to_bytes(timed, "save")
_time_validation(timed, "check")
_time_table_building(timed, "tables")
from hwpx.tools import package_validator
hooked = package_validator.validate_editor_open_safety

def counting(*a, **k):
    calls["check"] += 1
    return hooked(*a, **k)
package_validator.validate_editor_open_safety = counting

doc = HwpxDocument.new()
doc.add_paragraph("보고서")
table = doc.add_table(40, 6)
for row in table.rows:
    for cell in row.cells:
        cell.set_text("셀 내용")
data = doc.to_bytes()
report = validate_editor_open_safety(data)  # the bytes handed back are valid
print(json.dumps({**timed, "calls": calls["check"], "ok": report.ok}))
"""


def test_hooks_catch_the_librarys_validation_and_table_building() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert figures["ok"]
    # to_bytes validates the package it built once (it keeps the digest of the bytes it
    # checked), and that validation is part of to_bytes's time
    assert figures["calls"] == 1
    assert 0 < figures["check"] < figures["save"]
    assert figures["tables"] > 0
