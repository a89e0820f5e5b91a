"""Lists, search, show, deadlines, dashboard and fields as an officer uses them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli
from officer_desk.cli.output import truncate, width

TODAY = dt.date(2025, 6, 30)


def run(*args: str, input: str | None = None) -> Result:
    """The command as an officer with a Korean system runs it (titles and labels in
    Korean follow the locale)."""
    korean = {"LANG": "ko_KR.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}
    return CliRunner(env=korean).invoke(cli, list(args), input=input)


def ok(*args: str, input: str | None = None) -> Result:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


def _dispute(cid: str, n: int, **extra: object) -> dict[str, object]:
    return {
        "title_ko": f"분쟁 {n}호", "title_en": f"Dispute no. {n}", "company_id": cid,
        "ip_type": "patent", "dispute_kind": "infringement_suit",
        "opened_on": f"2024-0{n}-01", **extra,
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "us.sqlite"
    ok("init", str(path), "--post", "US", "--officer", "김영희")
    cid = "c0000000-0000-4000-8000-000000000001"
    ok("add", str(path), "company", "--json", "-", input=json.dumps({
        "id": cid, "name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.",
        "size": "sme", "technology_field": "secondary_batteries",
    }, ensure_ascii=False))
    disputes = [
        _dispute(cid, 1, stage="filed", case_number="2024가합-12345",
                 id="d0000000-0000-4000-8000-000000000001",
                 counterparties=[{"name": "Voltaic Licensing LLC", "type": "npe"}]),
        _dispute(cid, 2, stage="hearing", ip_type="trademark",
                 dispute_kind="opposition", summary="C++ 소스코드 AND 상표 NOT 사용"),
        _dispute(cid, 3, stage="filed", title_ko="아주 긴 제목 " * 20),
        _dispute(cid, 4, stage="closed", status="closed", closed_on="2024-12-01",
                 outcome="settled_licensed"),
    ]
    ok("add", str(path), "disputes", "--json", "-",
       input=json.dumps(disputes, ensure_ascii=False))
    follow_ups = [
        {"record_id": "d0000000-0000-4000-8000-000000000001", "due_on": "2025-06-20",
         "description": "답변서 제출"},
        {"record_id": "d0000000-0000-4000-8000-000000000001", "due_on": "2025-07-10",
         "description": "증거 제출 (discovery)"},
        {"record_id": cid, "due_on": "2025-12-01", "description": "먼 기한"},
    ]
    ok("add", str(path), "follow-ups", "--json", "-",
       input=json.dumps(follow_ups, ensure_ascii=False))
    return path


def test_list_table(db: Path) -> None:
    out = ok("list", str(db), "disputes").stdout.splitlines()
    assert out[0].split() == [
        "ID", "공관", "제목", "분쟁", "유형", "진행", "단계", "상태", "접수일"]
    assert out[-1] == "4건 중 4"  # the Korean locale: the count in Korean too
    # Default order: newest opening first; vocabulary shown as Korean labels.
    body = out[2:-1]
    assert body[-1].startswith("d0000000  US    분쟁 1호")
    assert "침해소송" in body[-1] and "2024-01-01" in body[-1]
    # Aligned by display width (Korean takes two columns).
    ends = {width(line.rstrip()) for line in body}
    assert len(ends) == 1, out


def test_list_english_labels(db: Path) -> None:
    out = ok("list", str(db), "disputes", "--lang", "en", "--where", "stage=closed").stdout
    assert "Dispute no. 4" in out
    assert "Settled" not in out  # outcome is not a list column
    assert "closed" in out
    assert out.splitlines()[-1] == "1 of 1"


def test_list_filters_sort_and_paging(db: Path) -> None:
    def titles(*args: str) -> list[str]:
        data = json.loads(ok("list", str(db), "disputes", "--json", *args).stdout)
        return [r["title_en"] for r in data["records"]]

    assert titles("--where", "stage=filed", "--sort", "opened_on") == [
        "Dispute no. 1", "Dispute no. 3"]
    assert titles("--where", "stage=filed", "--where", "stage=hearing", "--sort",
                  "opened_on") == ["Dispute no. 1", "Dispute no. 2", "Dispute no. 3"]
    # Labels work as well as codes.
    assert titles("--where", "ip_type=상표") == ["Dispute no. 2"]
    assert titles("--from", "2024-02-01", "--to", "2024-03-31", "--sort", "-opened_on") == [
        "Dispute no. 3", "Dispute no. 2"]
    assert titles("--search", "Voltaic") == ["Dispute no. 1"]
    assert titles("--post", "CN") == []
    assert titles("--post", "us,cn", "--sort", "opened_on", "--limit", "2", "--offset", "1"
                  ) == ["Dispute no. 2", "Dispute no. 3"]
    data = json.loads(ok("list", str(db), "disputes", "--json", "--limit", "1").stdout)
    assert data["total"] == 4 and len(data["records"]) == 1
    record = data["records"][0]
    assert {"id", "post", "kind", "stage", "created_at", "deleted"} <= set(record)
    paged = ok("list", str(db), "disputes", "--limit", "2", "--offset", "2").stdout
    assert paged.splitlines()[-1] == "4건 중 3–4"


def test_list_long_titles_are_cut_to_the_terminal(db: Path, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = ok("list", str(db), "disputes").stdout.splitlines()
    assert all(width(line) <= 80 for line in out), out
    assert any("…" in line for line in out)


def test_attachments_list_without_content(db: Path, tmp_path: Path) -> None:
    doc = tmp_path / "메모.txt"
    doc.write_text("내용", encoding="utf-8")
    ok("attach", str(db), "d0000000", str(doc))
    out = ok("list", str(db), "attachments", "--lang", "en").stdout
    assert "메모.txt" in out and "text/plain" in out and "6 B" in out
    data = json.loads(ok("list", str(db), "attachments", "--json").stdout)
    assert "content" not in data["records"][0]


@pytest.mark.parametrize("query", ["한빛", "(주)한빛", "C++", "AND", "NOT", '"', "2024가합-12345",
                                   "", "   ", "'", "*", "a", "한"])
def test_search_never_fails(db: Path, query: str) -> None:
    result = run("search", str(db), query)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].endswith("찾았습니다")


def test_search_finds_korean_and_case_numbers(db: Path) -> None:
    def ids(*args: str) -> list[str]:
        data = json.loads(ok("search", str(db), *args, "--json").stdout)
        return [h["id"] for h in data["hits"]]

    assert "c0000000-0000-4000-8000-000000000001" in ids("(주)한빛")
    assert ids("2024가합-12345") == ["d0000000-0000-4000-8000-000000000001"]
    assert len(ids("C++")) == 1
    assert ids("한빛", "--kind", "company") == ["c0000000-0000-4000-8000-000000000001"]
    text = ok("search", str(db), "한빛").stdout
    assert "(주)한빛배터리" in text and "기업" in text


def test_show_by_prefix(db: Path) -> None:
    out = ok("show", str(db), "d0000000").stdout
    assert out.splitlines()[0] == "분쟁: 분쟁 1호"
    assert "d0000000-0000-4000-8000-000000000001   US 공관" in out
    assert "사건번호" in out and "2024가합-12345" in out
    assert "(주)한빛배터리 [c0000000]" in out
    assert "Voltaic Licensing LLC (특허관리전문회사(NPE))" in out
    assert "후속 조치 (2)" in out and "답변서 제출" in out
    assert "이력 (1)" in out
    en = ok("show", str(db), "c0000000", "--lang", "en").stdout
    assert en.splitlines()[0] == "Company: Hanbit Battery Co., Ltd."
    assert "Dispute (4)" in en  # the company's disputes are listed under it
    assert "Follow-up (1)" in en


def test_deadlines(db: Path) -> None:
    out = ok("deadlines", str(db), "--today", TODAY.isoformat()).stdout
    assert "기한 지남 (1)" in out and "다음 30일 (1)" in out
    assert "10일 지남" in out and "10일 남음" in out
    assert "먼 기한" not in out
    far = ok("deadlines", str(db), "--today", TODAY.isoformat(), "--days", "200",
             "--no-overdue", "--lang", "en").stdout
    assert "Overdue" not in far and "Next 200 days (2)" in far and "먼 기한" in far
    data = json.loads(ok("deadlines", str(db), "--today", TODAY.isoformat(), "--json").stdout)
    assert [d["overdue"] for d in data] == [True, False]
    assert data[0]["record_title"] == "분쟁 1호"
    assert ok("deadlines", str(db), "--today", TODAY.isoformat(), "--post", "CN"
              ).stdout.strip() == "다음 30일 (0)"


def test_dashboard(db: Path) -> None:
    out = ok("dashboard", str(db), "--today", TODAY.isoformat()).stdout
    assert "분쟁: 진행 중 3, 종결 1" in out
    assert "기한: 지남 1, 30일 이내 1" in out
    assert "특허" in out and "상표" in out
    en = ok("dashboard", str(db), "--lang", "en", "--today", TODAY.isoformat()).stdout
    assert "Disputes: 3 open, 1 closed" in en
    data = json.loads(ok("dashboard", str(db), "--json").stdout)
    assert data["disputes_open"] == 3 and data["records_by_kind"]["follow_ups"] == 3


def test_fields() -> None:
    kinds = ok("fields").stdout
    assert "disputes" in kinds and "follow-up" in kinds and "분쟁" in kinds
    out = ok("fields", "dispute").stdout
    assert out.splitlines()[0] == "disputes: Dispute / 분쟁"
    for name in ("title_ko", "company_id", "ip_type", "stage", "opened_on", "counterparties"):
        assert f"\n{name} " in out
    assert "infringement_suit" in out and "침해소송" in out
    data = json.loads(ok("fields", "dispute", "--json").stdout)
    stage = next(f for f in data["fields"] if f["name"] == "stage")
    assert stage == {**stage, "required": True, "vocabulary": "stage", "ko": "진행 단계"}
    assert {t["code"] for t in data["vocabularies"]["stage"]} >= {"intake", "closed"}


def test_fields_with_a_database(db: Path) -> None:
    out = ok("fields", "company", "--db", str(db)).stdout
    assert "company_size" in out and "sme" in out


def test_truncate_counts_wide_characters() -> None:
    assert truncate("한빛배터리", 6) == "한빛…"
    assert width(truncate("한빛배터리", 6)) == 5
    assert truncate("abc", 6) == "abc"


def test_a_deleted_records_deadlines_are_not_listed(db: Path) -> None:
    """As in the to-do and the dashboard: dispute 1 deleted, its two follow-ups go from
    ``deadlines`` and from the dashboard's count; undeleted, they come back."""
    dispute = "d0000000-0000-4000-8000-000000000001"
    today = ("--today", TODAY.isoformat())
    ok("delete", str(db), dispute)
    assert ok("deadlines", str(db), *today).stdout.strip() == "다음 30일 (0)"
    assert "기한: 지남 0, 30일 이내 0" in ok("dashboard", str(db), *today).stdout
    ok("undelete", str(db), dispute)
    out = ok("deadlines", str(db), *today).stdout
    assert "기한 지남 (1)" in out and "다음 30일 (1)" in out
