"""``officer-desk brief`` end to end: files, manifest, what a reader finds, errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def db(brief) -> str:
    brief.desk.conn.commit()
    return str(brief.path)


def test_internal_pack_for_a_conference(brief, db, tmp_path):
    out = tmp_path / "briefs"
    result = run("brief", db, "--out", str(out), "--conference", brief.ids["k_current"][:8],
                 "--today", "2026-04-15")
    assert result.exit_code == 0, result.output
    # the brief number comes from the conference
    pdf, xlsx = out / "brief-2026-2-v1-internal-ko.pdf", out / "brief-2026-2-v1-internal-ko.xlsx"
    assert pdf.stat().st_size > 0 and xlsx.stat().st_size > 0
    manifest_path = out / "brief-2026-2-v1-internal-ko.manifest.json"
    assert f"wrote {pdf}" in result.output and f"wrote {manifest_path}" in result.output
    assert "Internal edition: 5 disputes, 3 engagements" in result.output
    korean = run("--lang", "ko", "brief", db, "--out", str(tmp_path / "ko"), "--conference",
                 brief.ids["k_current"][:8], "--today", "2026-04-15")
    assert korean.exit_code == 0, korean.output
    assert "내부용: 분쟁 5건, 협의 3건" in korean.output and "썼습니다: " in korean.output
    assert "wrote" not in korean.output and "disputes" not in korean.output
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["selection"]["conference_id"] == brief.ids["k_current"]
    assert [f["name"] for f in manifest["files"]] == [pdf.name, xlsx.name]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_pdf_holds_every_selected_title(brief, db, tmp_path):
    out = tmp_path / "b"
    assert run("brief", db, "--out", str(out), "--from", "2024-01-01", "--to", "2026-12-31",
               "--format", "pdf", "--today", "2026-04-15").exit_code == 0
    text = flat(subprocess.run(["pdftotext", "-enc", "UTF-8", str(next(out.glob("*.pdf"))),
                                "-"], capture_output=True, text=True, check=True).stdout)
    desk = brief.desk
    for table, column in (("disputes", "title_ko"), ("engagements", "topic_ko"),
                          ("trend_notes", "title_ko")):
        for (title,) in desk.conn.execute(f"SELECT {column} FROM {table} WHERE deleted = 0"):
            # an emoji the font lacks is replaced by a visible mark: look for the rest
            for part in re.split(r"[\U00010000-\U0010FFFF]", flat(title)):
                assert part in text, title


def test_stakeholder_pack_in_english_as_json(brief, db, tmp_path):
    out = tmp_path / "public"
    result = run("brief", db, "--out", str(out), "--conference", brief.ids["k_current"],
                 "--edition", "stakeholder", "--lang", "en", "--format", "xlsx",
                 "--number", "7", "--version", "2", "--distribution", "KPAA", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["edition"] == "stakeholder" and data["counts"]["disputes"] == 3
    assert [Path(f["path"]).name for f in data["files"]] == ["brief-7-v2-stakeholder-en.xlsx"]


def test_narrowed_selection(db, tmp_path):
    result = run("brief", db, "--out", str(tmp_path / "o"), "--posts", "us", "--kinds",
                 "disputes,follow_ups", "--tags", "npe", "--format", "xlsx", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["counts"] == {"disputes": 1, "follow_ups": 1}


@pytest.mark.parametrize(("args", "message"), [
    (("--posts", "US,XX"), "unknown post(s) XX"),
    (("--format", "docx"), "format must be one or more of pdf, xlsx, hwpx"),
    (("--kinds", "memos"), "unknown record kind(s) memos"),
    (("--from", "2026-05-01", "--to", "2026-01-01"), "the period ends"),
    (("--number", "a/b"), "brief number 'a/b'"),
    (("--conference", "00000000"), "no record with an id starting 00000000"),
    (("--technology", "warp"), "unknown technology field(s) warp"),
])
def test_bad_input_is_one_clear_line(db, tmp_path, args, message):
    out = tmp_path / "never"
    result = run("brief", db, "--out", str(out), *args)
    assert result.exit_code == 1, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_a_conference_id_of_another_kind(brief, db, tmp_path):
    result = run("brief", db, "--out", str(tmp_path / "o"), "--conference",
                 brief.ids["d_us_public"])
    assert result.exit_code == 1
    assert "no conference with id" in result.stderr


def test_out_is_a_file(db, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = run("brief", db, "--out", str(target))
    assert result.exit_code == 1 and "is a file" in result.stderr


def test_bad_edition_is_a_usage_error(db, tmp_path):
    result = run("brief", db, "--out", str(tmp_path), "--edition", "public")
    assert result.exit_code == 2


def test_the_hangul_document_on_request(brief, db, tmp_path):
    from hwp_hwpx_parser import Reader

    out = tmp_path / "h"
    result = run("brief", db, "--out", str(out), "--conference", brief.ids["k_current"][:8],
                 "--today", "2026-04-15", "--format", "pdf,xlsx,hwpx")
    assert result.exit_code == 0, result.output
    hwpx = out / "brief-2026-2-v1-internal-ko.hwpx"
    assert f"wrote {hwpx}" in result.output
    with Reader(str(hwpx)) as reader:
        assert "요약" in reader.text.splitlines()
    manifest = json.loads((out / "brief-2026-2-v1-internal-ko.manifest.json")
                          .read_text(encoding="utf-8"))
    assert [f["format"] for f in manifest["files"]] == ["pdf", "xlsx", "hwpx"]
