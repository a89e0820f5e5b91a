"""HQ's packages to the posts, and records surviving a package exactly as written."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officer_desk.domain.errors import NotPermitted
from officer_desk.domain.kinds import ACTION_ITEMS, CONFERENCES, DISPUTES, KINDS, VOCAB_TERMS
from officer_desk.services import records
from officer_desk.services.transfer import export_json
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


def test_hq_sends_vocabulary_conferences_and_other_posts_records(desk, dispute, hq_desk,
                                                                 tmp_path):
    from officer_desk.services.desk import init_desk

    cn = init_desk(tmp_path / "cn.sqlite", post="CN")
    from officer_desk.domain.kinds import COMPANIES

    cn_company, _ = records.create(cn, COMPANIES, {"name_ko": "청도무역"})
    cn_path = build_package(cn, tmp_path / "cn.odpkg", plain=True).path
    trust_package_key(hq_desk, cn_path, "본청")
    assert merge_package(hq_desk, cn_path).ok
    records.create(hq_desk, VOCAB_TERMS, {
        "vocabulary": "technology_field", "code": "space_launch", "label_ko": "우주발사체",
        "label_en": "Space launch",
    })
    conference, _ = records.create(hq_desk, CONFERENCES, {
        "title_ko": "2026년 제1차 화상회의", "conference_kind": "hq_video",
        "held_on": dt.date(2026, 1, 15), "sensitivity": "public",
    })
    records.create(hq_desk, ACTION_ITEMS, {
        "conference_id": conference.id, "description_ko": "공관별 NPE 동향 보고",
        "owner_name": "주미 특허관",
    })
    path = build_package(hq_desk, tmp_path / "hq.odpkg", include_posts=["CN"], plain=True).path
    trust_package_key(desk, path, "김영희")
    report = merge_package(desk, path)
    assert report.ok, report.reason
    assert desk.vocab.label("technology_field", "space_launch", "ko") == "우주발사체"
    assert records.get(desk, conference.id)["title_ko"] == "2026년 제1차 화상회의"
    copy = records.get(desk, cn_company.id)
    assert copy.post == "CN"
    with pytest.raises(NotPermitted, match="belongs to post CN"):
        records.update(desk, copy.id, {"name_ko": "바꿈"})
    # a US dispute can now use the new technology field
    records.update(desk, dispute.id, {"technology_field": "space_launch"})
    cn.close()


def test_a_post_cannot_send_hq_records(desk, hq_desk, tmp_path):
    with pytest.raises(NotPermitted):
        build_package(desk, tmp_path / "x.odpkg", include_posts=["CN"], plain=True)


# what validation stores: no control characters, surrogates or the non-characters U+FFFE/F
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"),
                                      blacklist_characters="\ufffe\uffff"), max_size=300)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=text.filter(lambda t: t.strip()), summary=st.one_of(st.none(), st.just(""), text),
       amount=st.one_of(st.none(), st.integers(0, 2**53 - 1),
                        st.floats(0, 1e15, allow_nan=False)),
       tags=st.lists(text.filter(lambda t: t.strip() and len(t) < 100), max_size=5),
       blob=st.binary(max_size=2000))
def test_records_round_trip_exactly(desk, company, hq_desk, tmp_path_factory, title, summary,
                                    amount, tags, blob):
    d, _ = records.create(desk, DISPUTES, {
        "title_ko": title, "summary": summary, "claimed_amount": amount, "tags": tags,
        "company_id": company.id, "ip_type": "patent", "dispute_kind": "itc_337",
        "opened_on": "2025-01-01", "currency": "USD",
    })
    folder = tmp_path_factory.mktemp("pkg")
    attachment = folder / "파일.bin"
    attachment.write_bytes(blob)
    records.attach_file(desk, d.id, attachment)
    path = build_package(desk, folder / "us.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청")
    assert merge_package(hq_desk, path).ok
    assert export_json(hq_desk, KINDS[2:])["kinds"] == export_json(desk, KINDS[2:])["kinds"]
