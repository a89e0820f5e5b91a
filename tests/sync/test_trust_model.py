"""The trust model of docs/sync.md, one rule at a time (issue 11, finding 5): a post's
records are created and changed only by that post's installations; HQ relays them and
cannot author them; an installation is known to belong to a post through the post's own
packages (or, for a third post, HQ's relay); reference data is HQ's."""

from __future__ import annotations

import json
import zipfile

import pytest
from computers import Computers
from package_tools import resigned

from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import records
from officer_desk.services.desk import init_desk
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key


def _manifest(path):
    return json.loads(zipfile.ZipFile(path).read("manifest.json"))


@pytest.fixture
def at_hq(desk, dispute, hq_desk, tmp_path):
    """HQ holds the US post's dispute; the US post trusts HQ's key."""
    path = build_package(desk, tmp_path / "us.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청")
    assert merge_package(hq_desk, path).ok
    hq_path = build_package(hq_desk, tmp_path / "hq-0.odpkg", plain=True).path
    trust_package_key(desk, hq_path, "김영희")
    return path


@pytest.mark.parametrize("change", ["title", "delete"])
def test_hq_cannot_author_a_posts_record(desk, dispute, hq_desk, at_hq, tmp_path, change):
    """A US dispute changed at HQ (whatever the way: the program refuses it, a tool does
    not) and relayed to the US post is refused there, by record and installation; the
    rest of HQ's package merges."""
    copy = records.get(hq_desk, dispute.id)
    if change == "title":
        hq_desk.repo.update(copy, {"title_en": "HQ's own title"})
    else:
        hq_desk.repo.set_deleted(copy, True)
    path = build_package(hq_desk, tmp_path / "hq.odpkg", include_posts=["US"], plain=True).path
    report = merge_package(desk, path)
    ours = records.get(desk, dispute.id)
    assert ours["title_en"] == dispute["title_en"] and not ours.deleted
    assert report.outcome == "merged" and not report.ok
    [why] = report.refused_rows
    assert dispute.id in why and hq_desk.repo.author.installation in why
    assert "post HQ's" in why and "only post US's own installations" in why
    assert dispute.id in report.refused_rows_ko[0]
    assert report.unchanged > 0  # the package's other rows were merged


def test_hq_refuses_a_post_row_stamped_by_another_posts_installation(desk, dispute, hq_desk,
                                                                     at_hq, tmp_path):
    """What HQ does with such a row: refuses it too, so it never spreads."""
    cn = init_desk(tmp_path / "cn.sqlite", post="CN")
    cn_path = build_package(cn, tmp_path / "cn.odpkg", plain=True).path
    trust_package_key(hq_desk, cn_path, "본청")
    assert merge_package(hq_desk, cn_path).ok
    cn_installation = cn.repo.author.installation
    forged = resigned(desk, at_hq, tmp_path / "forged.odpkg",
                      "UPDATE disputes SET title_en = 'changed by CN', field_versions = "
                      "json_set(field_versions, '$.title_en', "
                      f"json_array(version, '{cn_installation}', json('{{}}'))), "
                      f"seen = json_set(seen, '$.\"{cn_installation}\"', version)")
    before = records.get(hq_desk, dispute.id)
    report = merge_package(hq_desk, forged)
    assert records.get(hq_desk, dispute.id).values == before.values
    [why] = report.refused_rows
    assert dispute.id in why and "post CN's" in why
    cn.close()


def test_a_row_stamped_by_an_unknown_installation_is_refused(desk, dispute, hq_desk, at_hq,
                                                             tmp_path):
    forged = resigned(desk, at_hq, tmp_path / "forged.odpkg",
                      "UPDATE disputes SET title_en = 'by nobody', field_versions = "
                      "json_set(field_versions, '$.title_en', "
                      "json_array(version, 'rogue-installation', json('{}'))), "
                      "seen = json_set(seen, '$.\"rogue-installation\"', version)")
    report = merge_package(hq_desk, forged)
    assert records.get(hq_desk, dispute.id)["title_en"] == dispute["title_en"]
    [why] = report.refused_rows
    assert "rogue-installation" in why and "not known here as one of post US's" in why


def test_a_laptop_is_known_through_its_office_pcs_packages(desk, dispute, hq_desk, tmp_path,
                                                           monkeypatch):
    """The laptop syncs only with the office PC: HQ never trusted its key, yet accepts
    its changes, because the office PC's signed package lists it as a US installation;
    and a third post accepts them relayed by HQ, which lists the US installations."""
    c = Computers(tmp_path, monkeypatch)
    c.add("office", desk, tmp_path / "home")
    c.add("hq", hq_desk, tmp_path / "home")
    laptop = c.copy("office", "laptop")
    records.update(laptop, dispute.id, {"summary": "출장 중 요약"})
    assert c.merge("office", c.package("laptop")).ok
    report = c.merge("hq", c.package("office"))
    assert report.ok, report.refused_rows
    assert records.get(hq_desk, dispute.id)["summary"] == "출장 중 요약"
    vouched = hq_desk.conn.execute(
        "SELECT post, vouched_by FROM post_installations WHERE installation = ?",
        (laptop.repo.author.installation,)).fetchone()
    assert vouched[0] == "US" and "of US" in vouched[1]
    cn = c.add("cn", init_desk(tmp_path / "cn.sqlite", post="CN"), tmp_path / "cn-home")
    relay = c.package("hq", include_posts=["US"])
    assert laptop.repo.author.installation in _manifest(relay)["installations"]["US"]
    report = c.merge("cn", relay)
    assert report.ok, report.refused_rows
    assert records.get(cn, dispute.id)["summary"] == "출장 중 요약"
    c.close()


def test_hq_cannot_vouch_for_a_posts_own_installations(desk, hq_desk, tmp_path):
    """HQ's list of a post's installations is taken by third posts, never by that post:
    a CN record stamped by an installation only HQ says is CN's is refused at CN."""
    cn = init_desk(tmp_path / "cn.sqlite", post="CN")
    company, _ = records.create(cn, COMPANIES, {"name_ko": "청도무역"})
    cn_path = build_package(cn, tmp_path / "cn.odpkg", plain=True).path
    trust_package_key(hq_desk, cn_path, "본청")
    assert merge_package(hq_desk, cn_path).ok
    relay = build_package(hq_desk, tmp_path / "relay.odpkg", include_posts=["CN"], plain=True).path
    listed = _manifest(relay)["installations"]
    listed["CN"] = [*listed["CN"], "rogue-installation"]
    forged = resigned(hq_desk, relay, tmp_path / "forged.odpkg",
                      "UPDATE companies SET name_ko = 'HQ가 바꾼 이름', field_versions = "
                      "json_set(field_versions, '$.name_ko', "
                      "json_array(version, 'rogue-installation', json('{}'))), "
                      "seen = json_set(seen, '$.\"rogue-installation\"', version) "
                      "WHERE post = 'CN'",
                      changes={"installations": listed})
    trust_package_key(cn, forged, "이중국")
    report = merge_package(cn, forged)
    assert records.get(cn, company.id)["name_ko"] == "청도무역"
    [why] = report.refused_rows
    assert company.id in why and "not known here as one of post CN's" in why
    # a third post takes HQ's word for CN's installations (it cannot check them)
    trust_package_key(desk, forged, "김영희")
    assert merge_package(desk, forged).ok
    assert records.get(desk, company.id)["name_ko"] == "HQ가 바꾼 이름"
    cn.close()


@pytest.mark.parametrize("listed, text", [
    (lambda us, cn: {"US": [us, cn]}, "but it is post CN's here"),
    (lambda us, cn: {"US": [us], "CN": [cn]}, "lists installations of other posts"),
    (lambda us, cn: {"US": [cn]}, "does not list its own installation"),
])
def test_what_a_package_may_say_about_installations(desk, dispute, hq_desk, at_hq, tmp_path,
                                                    listed, text):
    """An installation belongs to one post; a post speaks only for its own."""
    cn = init_desk(tmp_path / "cn.sqlite", post="CN")
    cn_path = build_package(cn, tmp_path / "cn.odpkg", plain=True).path
    trust_package_key(hq_desk, cn_path, "본청")
    assert merge_package(hq_desk, cn_path).ok
    claims = listed(desk.repo.author.installation, cn.repo.author.installation)
    forged = resigned(desk, at_hq, tmp_path / "claims.odpkg", changes={"installations": claims})
    before = hq_desk.conn.execute("SELECT * FROM post_installations").fetchall()
    report = merge_package(hq_desk, forged)
    assert report.outcome == "refused" and text in report.reason
    assert hq_desk.conn.execute("SELECT * FROM post_installations").fetchall() == before
    cn.close()


def test_a_post_cannot_send_reference_data_and_the_line_names_the_record(desk, hq_desk,
                                                                         at_hq, tmp_path):
    """Reference data is HQ's; the refusal line names the record (it did not)."""
    term = desk.conn.execute("SELECT id FROM vocab_terms LIMIT 1").fetchone()[0]
    inst = desk.repo.author.installation
    forged = resigned(desk, at_hq, tmp_path / "vocab.odpkg",
                      f"INSERT INTO vocab_terms (id, post, vocabulary, code, version, origin, "
                      f"field_versions, seen, created_at, updated_at, changed) VALUES "
                      f"('{term}', 'HQ', 'ip_type', 'hacked', 9, '{inst}', "
                      f"'{{\"*\": [9, \"{inst}\"]}}', '{{\"{inst}\": 9}}', 't', 't', 9)",
                      counts={"vocab_terms": 1})
    report = merge_package(hq_desk, forged)
    [why] = report.refused_rows
    assert term in why and "HQ's" in why


def test_a_post_cannot_create_another_posts_record_and_the_line_names_it(desk, hq_desk,
                                                                        at_hq, tmp_path):
    import uuid

    new = str(uuid.uuid4())
    inst = desk.repo.author.installation
    forged = resigned(desk, at_hq, tmp_path / "cn-row.odpkg",
                      f"INSERT INTO companies (id, post, name_ko, version, origin, "
                      f"field_versions, seen, created_at, updated_at, changed) VALUES "
                      f"('{new}', 'CN', '가짜', 9, '{inst}', '{{\"*\": [9, \"{inst}\"]}}', "
                      f"'{{\"{inst}\": 9}}', 't', 't', 9)",
                      counts={"companies": 1})
    report = merge_package(hq_desk, forged)
    [why] = report.refused_rows
    assert new in why and "belongs to post CN" in why
    assert hq_desk.conn.execute("SELECT count(*) FROM companies WHERE id = ?",
                                (new,)).fetchone()[0] == 0


def test_a_demo_database_merges_rows_stamped_by_one_installation_for_every_post(tmp_path):
    """A demo database holds every post's records stamped by itself: merged into another
    demo database, its rows are not checked against posts (the other rules hold)."""
    from officer_desk.services import demo

    a = init_desk(tmp_path / "a.sqlite", hq=True, demo=True)
    demo.generate_demo(a, posts=["US"], records=20, seed=3)
    b = init_desk(tmp_path / "b.sqlite", hq=True, demo=True)
    path = build_package(a, tmp_path / "a.odpkg", include_posts=["US"], plain=True).path
    trust_package_key(b, path, "데모")
    report = merge_package(b, path)
    assert report.ok, report.refused_rows[:3]
    assert b.conn.execute("SELECT count(*) FROM disputes WHERE post = 'US'").fetchone()[0] > 0
    a.close()
    b.close()
