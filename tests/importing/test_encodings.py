"""What Korean Excel saves: "CSV (쉼표로 분리)" in CP949, "유니코드 텍스트" in UTF-16 with a
byte-order mark, tab-separated (s26, item 2). UTF-16 is read; CP949 only once the person
has seen that the file was read so; bytes that are neither are refused in words of the
catalogue, not Python's."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services.desk import open_desk
from officer_desk.services.transfer import iter_records

HEADER = ["사건명", "접수일", "권리", "분쟁유형", "회사명"]
ROWS = [["한빛배터리 특허침해소송", "2024-03-01", "특허", "침해소송", "(주)한빛배터리"],
        ["세진 상표 무단선점", "2024-03-05", "상표", "이의신청", "세진화장품"]]


def text(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(r) for r in [HEADER, *ROWS]) + "\r\n"


def run(*args: object, lang: str = "en") -> Result:
    env = {"LANG": "en_US.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
    return CliRunner(env=env).invoke(cli, [str(a) for a in (*args, "--lang", lang)])


def titles(db: Path) -> list[str]:
    desk = open_desk(db)
    try:
        return sorted(r["title_ko"] for r in iter_records(desk, DISPUTES))
    finally:
        desk.close()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_is_read(desk, tmp_path, codec):
    path = tmp_path / "분쟁.txt"
    path.write_bytes(("\ufeff" + text("\t")).encode(codec))
    plan = plan_import(desk, path, "disputes")
    assert (plan.table.encoding, plan.table.delimiter) == ("utf-16", "\t")
    assert [c.header for c in plan.table.columns] == HEADER
    assert plan.notes == [] and plan.counts()["create"] == 2
    run_import(desk, plan)
    assert sorted(r["title_ko"] for r in iter_records(desk, DISPUTES)) == sorted(
        r[0] for r in ROWS)


def test_a_cp949_file_is_shown_as_such_and_refused_until_seen(desk, tmp_path):
    path = tmp_path / "분쟁.csv"
    path.write_bytes(text(",").encode("cp949"))
    db = desk.path
    desk.close()
    dry = run("import", db, path, "--kind", "disputes", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "note: read as CP949 (Korean Windows): the file is not UTF-8" in dry.output
    assert "CP949(한국어 Windows)로 읽었습니다" in run(
        "import", db, path, "--kind", "disputes", "--dry-run", lang="ko").output
    refused = run("import", db, path, "--kind", "disputes")
    assert refused.exit_code != 0
    assert "reads as CP949 (Korean Windows); nothing was imported" in refused.output
    assert "'CSV UTF-8 (Comma delimited) (*.csv)'" in refused.output
    assert titles(db) == []
    seen = run("import", db, path, "--kind", "disputes", "--encoding", "cp949")
    assert seen.exit_code == 0, seen.output
    assert titles(db) == sorted(r[0] for r in ROWS)


def test_the_service_refuses_cp949_unless_told_it_was_seen(desk, tmp_path):
    path = tmp_path / "분쟁.csv"
    path.write_bytes(text(",").encode("cp949"))
    plan = plan_import(desk, path, "disputes")
    assert plan.notes[0].message("ko").startswith("CP949(한국어 Windows)로 읽었습니다")
    with pytest.raises(OfficerDeskError) as caught:
        run_import(desk, plan)
    assert "다른 이름으로 저장 > 'CSV UTF-8(쉼표로 분리)(*.csv)'" in caught.value.message("ko")
    assert list(iter_records(desk, DISPUTES)) == []
    assert run_import(desk, plan, cp949_seen=True).created == 2


def test_bytes_of_no_korean_encoding_are_refused_without_pythons_words(desk, tmp_path):
    path = tmp_path / "깨진.csv"
    path.write_bytes(text(",").encode("utf-8") + b"\xff\xfe\xfd,\x80\n")
    with pytest.raises(OfficerDeskError) as caught:
        plan_import(desk, path, "disputes")
    for lang in ("en", "ko"):
        message = caught.value.message(lang)
        assert "invalid start byte" not in message and "codec" not in message
        assert "illegal multibyte" not in message
    assert "CSV UTF-8" in caught.value.message("en")
    assert "다른 이름으로 저장" in caught.value.message("ko")


def test_a_utf16_file_cut_in_the_middle_of_a_character_is_refused(desk, tmp_path):
    path = tmp_path / "잘림.txt"
    path.write_bytes(("\ufeff" + text("\t")).encode("utf-16-le")[:-1])
    with pytest.raises(OfficerDeskError, match="unreadable byte"):
        plan_import(desk, path, "disputes")
