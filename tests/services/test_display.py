"""Values as a person reads them in the window's lists."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.kinds import ATTACHMENTS, COMPANIES, DISPUTES, ENGAGEMENTS, FOLLOW_UPS
from officer_desk.services import display
from officer_desk.services.display import count_text, format_value, titles_of


def test_vocabulary_choices_and_dates(desk):
    v = desk.vocab
    assert format_value(DISPUTES.field("ip_type"), "trademark", v, "ko") == "상표"
    assert format_value(DISPUTES.field("ip_type"), "trademark", v, "en") == "Trademark"
    assert format_value(DISPUTES.field("status"), "open", v, "ko") == "진행 중"
    assert format_value(DISPUTES.field("status"), "closed", v, "en") == "Closed"
    assert format_value(DISPUTES.field("opened_on"), dt.date(2024, 3, 1), v) == "2024-03-01"
    assert format_value(DISPUTES.field("ip_type"), "unknown_code", v) == "unknown_code"
    for empty in (None, "", [], ()):
        assert format_value(DISPUTES.field("tags"), empty, v) == ""


def test_booleans_numbers_and_lists(desk):
    v = desk.vocab
    done = FOLLOW_UPS.field("done")
    assert format_value(done, True, v) == "✓" and format_value(done, False, v) == ""
    assert format_value(done, True, v, "ko", check_marks=False) == "예"
    assert format_value(done, False, v, "en", check_marks=False) == "no"
    assert format_value(COMPANIES.field("consent_to_name"), False, v, check_marks=False) == "아니오"
    assert format_value(DISPUTES.field("claimed_amount"), 1234567.0, v) == "1,234,567"
    assert format_value(ATTACHMENTS.field("size"), 20480, v) == "20,480"
    assert format_value(ENGAGEMENTS.field("participants"), ["김영희", "John Doe"], v) == (
        "김영희; John Doe")
    parties = [{"name": "Voltaic Licensing LLC", "type": "npe"}, {"name": "Acme"}]
    shown = format_value(DISPUTES.field("counterparties"), parties, v, "en")
    assert shown.startswith("Voltaic Licensing LLC (") and shown.endswith("); Acme")
    assert format_value(DISPUTES.field("summary"), "첫 줄\n둘째  줄", v) == "첫 줄 둘째 줄"


def test_links_show_titles_when_known(desk, company):
    v = desk.vocab
    ref = DISPUTES.field("company_id")
    assert format_value(ref, company.id, v) == company.id[:8]
    titles = titles_of(desk, [company.id, "00000000-0000-4000-8000-000000000000"])
    assert titles == {company.id: ("Hanbit Battery Co., Ltd.", "(주)한빛배터리")}
    assert format_value(ref, company.id, v, "ko", titles=titles) == "(주)한빛배터리"
    assert format_value(ref, company.id, v, "en", titles=titles) == "Hanbit Battery Co., Ltd."
    refs = ENGAGEMENTS.field("company_ids")
    other = "00000000-0000-4000-8000-000000000000"
    assert format_value(refs, [company.id, other], v, "ko", titles=titles) == (
        "(주)한빛배터리; 00000000")
    assert display.linked_ids(refs, [company.id]) == [company.id]
    assert display.linked_ids(DISPUTES.field("stage"), "filed") == []


def test_alignment_and_counts():
    assert display.is_numeric(DISPUTES.field("opened_on"))
    assert display.is_numeric(ATTACHMENTS.field("size"))
    assert not display.is_numeric(DISPUTES.field("title_ko"))
    assert count_text(200, 41666, "en") == "200 of 41,666"
    assert count_text(200, 41666, "ko") == "41,666건 중 200건"
    assert count_text(1234, 1234, "en") == "1,234" and count_text(3, 3, "ko") == "3건"
