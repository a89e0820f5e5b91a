"""Export and add: the round trip keeps every field."""

from __future__ import annotations

import csv
import io
import json

import pytest

from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.domain.kinds import DISPUTES, FOLLOW_UPS
from officer_desk.services import records
from officer_desk.services.desk import init_desk
from officer_desk.services.transfer import add_json, export_csv, export_json


@pytest.fixture
def filled(desk, dispute, tmp_path):
    records.create(desk, FOLLOW_UPS, {"record_id": dispute.id, "due_on": "2025-02-01",
                                      "description": "답변서 <제출> & 확인", "tags": ["긴급"]})
    path = tmp_path / "evidence.txt"
    path.write_bytes("증거 목록\n1. 계약서".encode())
    records.attach_file(desk, dispute.id, path)
    return desk


def test_export_add_export_gives_the_same_records(filled, tmp_path):
    first = export_json(filled)
    fresh = init_desk(tmp_path / "copy.sqlite", hq=True)
    change = add_json(fresh, json.dumps(first, ensure_ascii=False), "all")
    assert len(change.created) == 4
    second = export_json(fresh)
    assert second["kinds"] == first["kinds"]
    fresh.close()


def test_add_one_kind_from_a_plain_list(desk, company):
    items = [{"title_ko": "새 분쟁", "company_id": company.id, "ip_type": "patent",
              "dispute_kind": "itc_337", "opened_on": "2025-01-02"}]
    change = add_json(desk, json.dumps(items), "dispute")
    assert records.get(desk, change.created[0])["dispute_kind"] == "itc_337"


def test_a_bad_record_adds_nothing(desk, company):
    items = [
        {"title_ko": "좋음", "company_id": company.id, "ip_type": "patent",
         "dispute_kind": "itc_337", "opened_on": "2025-01-02"},
        {"title_ko": "나쁨", "company_id": company.id, "ip_type": "patent",
         "dispute_kind": "itc_337", "opened_on": "2025-13-02"},
    ]
    with pytest.raises(ValidationError, match="#2"):
        add_json(desk, json.dumps(items), "disputes")
    assert desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == 0


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"x"'])
def test_garbage_is_a_clear_error(desk, text):
    with pytest.raises(OfficerDeskError):
        add_json(desk, text, "disputes")


def test_adding_the_same_export_twice_is_refused(filled, tmp_path):
    data = json.dumps(export_json(filled))
    fresh = init_desk(tmp_path / "copy.sqlite", hq=True)
    add_json(fresh, data, "all")
    with pytest.raises(ValidationError, match="already exists"):
        add_json(fresh, data, "all")
    fresh.close()


def test_csv_export(filled, dispute):
    rows = list(csv.DictReader(io.StringIO(export_csv(filled, DISPUTES))))
    assert len(rows) == 1
    assert rows[0]["id"] == dispute.id
    assert rows[0]["counterparties"] == "Voltaic Licensing LLC [npe]"
    assert rows[0]["opened_on"] == "2024-03-01"


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)",
                                     "#N/A", "#div/0!"])
def test_csv_export_neutralises_formula_like_text(desk, dispute, hostile):
    # Leading tabs and CRs never reach the CSV: validation trims text on the way in.
    records.create(desk, FOLLOW_UPS, {"record_id": dispute.id, "due_on": "2025-02-01",
                                      "description": hostile, "tags": [hostile]})
    rows = list(csv.DictReader(io.StringIO(export_csv(desk, FOLLOW_UPS))))
    assert rows[0]["description"] == "'" + hostile
    assert rows[0]["tags"] == "'" + hostile
    assert rows[0]["due_on"] == "2025-02-01"
