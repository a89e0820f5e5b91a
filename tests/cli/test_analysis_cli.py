"""``officer-desk export DB --format sqlite`` as an analyst's colleague runs it (issue 17)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_calendar_cli import ok, run


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    ok("init", str(path), "--post", "US", "--officer", "김영희")
    ok("add", str(path), "company", "--json", "-", input=json.dumps(
        [{"name_ko": "(주)한빛배터리"}, {"name_ko": "(주)가람"}], ensure_ascii=False))
    return path


def test_export_sqlite_writes_the_analysis_database(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = tmp_path / "analysis.sqlite"
    result = ok("export", str(db), "--format", "sqlite", "--out", str(out))
    assert f"wrote {out}" in result.output and "4 views" in result.output
    names = [r[0] for r in sqlite3.connect(out).execute("SELECT name_ko FROM companies "
                                                        "ORDER BY name_ko")]
    assert names == ["(주)가람", "(주)한빛배터리"]


def test_export_sqlite_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = str(tmp_path / "a.sqlite")
    for args, said in (
            ((), "give --out FILE"),
            (("--out", out, "--kind", "disputes"), "leave out --kind"),
            (("--out", out, "--include-deleted"), "leave out --include-deleted"),
            (("--out", str(db)), "the case log itself"),
            (("--out", str(tmp_path)), "is a folder")):
        refused = run("export", str(db), "--format", "sqlite", *args)
        assert refused.exit_code == 1 and said in refused.output, refused.output
    refused = run("export", str(db), "--edition", "stakeholder")
    assert refused.exit_code == 1 and "--format sqlite only" in refused.output
    assert not Path(out).exists()
