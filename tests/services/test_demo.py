"""The demo database: realistic, valid, linked, deterministic, and stoppable."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest

from officer_desk.briefs.protect import normalise
from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.domain.validation import brn_is_valid
from officer_desk.services import checks, demo
from officer_desk.services.analysis_export import write_analysis
from officer_desk.services.deadlines import deadlines
from officer_desk.services.desk import Desk, init_desk
from officer_desk.storage.repository import columns

TODAY = dt.date(2025, 11, 20)
HANGUL = re.compile("[가-힣]")
#: Version metadata differs between databases by design (installation ids); the rest
#: is the content.
NOT_CONTENT = {"version", "origin", "field_versions", "seen"}


def _new_demo_desk(path: Path) -> Desk:
    return init_desk(path, hq=True, demo=True)


@pytest.fixture
def demo_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty demo database at HQ."""
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path))
    desk = _new_demo_desk(tmp_path / "demo.sqlite")
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory):
    """One generated demo database shared by the read-only checks below."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OFFICER_DESK_HOME", str(folder))
        desk = _new_demo_desk(folder / "demo.sqlite")
        summary = demo.generate_demo(desk, records=2000, seed=7, today=TODAY)
        yield desk, summary
        desk.close()


def _rows(desk: Desk, sql: str, *params: object) -> list[tuple]:
    return desk.conn.execute(sql, params).fetchall()


def _content(desk: Desk) -> dict[str, list[tuple]]:
    """Every user table's ids, owners, display times and fields, in id order."""
    out = {}
    for kind in USER_KINDS:
        cols = [c for c in columns(kind) if c not in NOT_CONTENT]
        out[kind.name] = _rows(desk, f"SELECT {', '.join(cols)} FROM {kind.name} ORDER BY id")
    return out


def test_counts_are_roughly_as_asked(made) -> None:
    desk, summary = made
    assert 1800 <= summary.total <= 2200
    assert all(summary.counts[k.name] > 0 for k in USER_KINDS), summary.counts
    for kind in USER_KINDS:
        stored = _rows(desk, f"SELECT count(*) FROM {kind.name}")[0][0]
        assert stored == summary.counts[kind.name]
    share = {k: v / summary.total for k, v in summary.counts.items()}
    assert 0.35 <= share["disputes"] <= 0.45
    assert 0.06 <= share["companies"] <= 0.10
    assert 0.15 <= share["follow_ups"] <= 0.25
    assert summary.counts["attachments"] == summary.counts["disputes"] // 200


def test_same_seed_gives_the_same_database_and_another_seed_does_not(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path))
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        desk = _new_demo_desk(tmp_path / f"{name}.sqlite")
        demo.generate_demo(desk, records=600, seed=seed, today=TODAY, posts=["US", "CN", "GVA"])
        dumps.append(_content(desk))
        desk.close()
    same, again, other = dumps
    assert same == again
    assert same["disputes"] and same != other
    ids = {row[0] for rows in same.values() for row in rows}
    assert not ids & {row[0] for rows in other.values() for row in rows}


def test_every_post_gets_the_cases_typical_of_it(made) -> None:
    desk, _ = made
    kinds = {post: {k for (k,) in _rows(
        desk, "SELECT DISTINCT dispute_kind FROM disputes WHERE post = ?", post)}
        for post in ("US", "CN", "JP", "EU", "GVA")}
    assert {"infringement_suit", "itc_337", "ptab_ipr_pgr"} <= kinds["US"]
    assert {"invalidation", "customs_detention", "administrative_raid",
            "online_takedown"} <= kinds["CN"]
    assert {"infringement_suit", "opposition", "customs_detention"} <= kinds["JP"]
    assert {"infringement_suit", "opposition", "online_takedown"} <= kinds["EU"]
    assert "mediation" in kinds["GVA"]
    cases = dict(_rows(desk, "SELECT dispute_kind || ':' || post, case_number FROM disputes "
                             "WHERE case_number IS NOT NULL"))
    assert re.fullmatch(r"337-TA-1\d{3}", cases["itc_337:US"])
    assert re.fullmatch(r"IPR20\d\d-\d{5}", cases["ptab_ipr_pgr:US"])
    forums = {f for (f,) in _rows(desk, "SELECT DISTINCT forum FROM disputes")}
    assert any("E.D. Tex" in f or "Eastern District of Texas" in f for f in forums)
    assert any("UPC" in f for f in forums)
    squatters = _rows(desk, "SELECT count(*) FROM disputes, json_each(counterparties) AS p "
                            "WHERE post = 'CN' AND json_extract(p.value, '$.type') = "
                            "'trademark_squatter'")[0][0]
    assert squatters > 0
    assert _rows(desk, "SELECT count(*) FROM disputes WHERE post = 'GVA' "
                       "AND ip_type = 'domain_name' AND case_number LIKE 'D20%'")[0][0] > 0
    assert {c for (c,) in _rows(desk, "SELECT DISTINCT currency FROM disputes "
                                      "WHERE currency IS NOT NULL")} >= {"USD", "CNY", "JPY", "EUR"}


def test_closed_cases_have_a_closing_day_and_an_outcome(made) -> None:
    desk, _ = made
    rows = _rows(desk, "SELECT status, stage, outcome, opened_on, closed_on FROM disputes")
    closed = [r for r in rows if r[0] == "closed"]
    still_open = [r for r in rows if r[0] == "open"]
    assert closed and still_open
    assert all(r[1] == "closed" and r[2] != "pending" and r[3] <= r[4] <= TODAY.isoformat()
               for r in closed)
    assert all(r[1] != "closed" and r[2] == "pending" and r[4] is None for r in still_open)
    assert all((TODAY - dt.timedelta(days=4 * 366)).isoformat() <= r[3] <= TODAY.isoformat()
               for r in rows)


def test_text_is_bilingual_and_korean_where_officers_write(made) -> None:
    desk, _ = made
    for table, ko, en in (("companies", "name_ko", "name_en"), ("disputes", "title_ko", "title_en"),
                          ("engagements", "topic_ko", "topic_en"),
                          ("trend_notes", "title_ko", "title_en"),
                          ("conferences", "title_ko", "title_en")):
        for k, e in _rows(desk, f"SELECT {ko}, {en} FROM {table}"):
            assert HANGUL.search(k) and e and not HANGUL.search(e), (table, k, e)
    for (summary, support) in _rows(desk, "SELECT summary, support_provided FROM disputes"):
        assert HANGUL.search(summary) and HANGUL.search(support)
        assert "{" not in summary + support  # every template slot was filled
    for (url,) in _rows(desk, "SELECT source_url FROM trend_notes"):
        assert url.startswith("https://")


def test_business_registration_numbers_are_valid_and_unique(made) -> None:
    desk, _ = made
    brns = [b for (b,) in _rows(desk, "SELECT brn FROM companies")]
    assert all(re.fullmatch(r"\d{3}-\d{2}-\d{5}", b) for b in brns)
    assert all(brn_is_valid(b.replace("-", "")) for b in brns)
    assert len(set(brns)) == len(brns)
    consent = _rows(desk, "SELECT avg(consent_to_name) FROM companies")[0][0]
    assert 0.2 <= consent <= 0.4
    sizes = dict(_rows(desk, "SELECT size, count(*) FROM companies GROUP BY size"))
    assert sizes["sme"] + sizes["startup"] > sizes["large"] + sizes["mid_sized"]


def test_brands_are_unique_and_inside_no_other_companys_name(made) -> None:
    """A brand shared by two companies, or standing inside another company's name, made
    the stakeholder edition of the demo refused (issue 17)."""
    desk, _ = made
    rows = _rows(desk, "SELECT id, name_ko, name_en, brands FROM companies")
    brands = {cid: json.loads(b) for cid, _ko, _en, b in rows}
    every = [b for bs in brands.values() for b in bs]
    assert every and len(set(every)) == len(every)
    for cid, ko, en, _b in rows:
        for other, theirs in brands.items():
            if other != cid:
                for brand in theirs:
                    for name in (ko, en):
                        assert brand.casefold() not in name.casefold()
                        assert normalise(brand) not in normalise(name)
    shorts = [normalise(re.sub(r" (Co\., Ltd\.|Inc\.|Corp\.|Corporation)$", "", en))
              for _cid, _ko, en, _b in rows]
    assert len(set(shorts)) == len(shorts)  # no two companies share a name in English


def test_the_stakeholder_analysis_database_of_the_demo_is_written(made, tmp_path) -> None:
    desk, _ = made
    result = write_analysis(desk, tmp_path / "public.sqlite", edition="stakeholder")
    with sqlite3.connect(tmp_path / "public.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM disputes").fetchone()[0] \
            == result.tables["disputes"] > 0


def test_records_hang_together(made) -> None:
    desk, _ = made
    assert _rows(desk, "PRAGMA foreign_key_check") == []
    report = checks.check(desk)
    assert report.ok, report.problems()
    # records link within their own post, and HQ owns the video conferences
    assert _rows(desk, "SELECT count(*) FROM disputes AS d JOIN companies AS c "
                       "ON c.id = d.company_id WHERE c.post != d.post")[0][0] == 0
    assert {p for (p,) in _rows(desk, "SELECT DISTINCT post FROM conferences "
                                      "WHERE conference_kind = 'hq_video'")} == {"HQ"}
    assert _rows(desk, "SELECT count(*) FROM agenda_items WHERE record_id IS NOT NULL")[0][0] > 0
    internal = _rows(desk, "SELECT avg(sensitivity = 'internal') FROM disputes")[0][0]
    assert 0.5 <= internal <= 0.7


def test_follow_ups_run_from_overdue_to_upcoming(made) -> None:
    desk, _ = made
    due = [dt.date.fromisoformat(d) for (d,) in _rows(
        desk, "SELECT due_on FROM follow_ups WHERE done = 0")]
    days = [(d - TODAY).days for d in due]
    assert min(days) <= -45 and max(days) >= 100
    assert sum(d < 0 for d in days) and sum(d >= 0 for d in days) > sum(d < 0 for d in days)
    assert _rows(desk, "SELECT avg(done) FROM follow_ups")[0][0] < 0.4
    targets = dict(_rows(desk, "SELECT r.kind, count(*) FROM follow_ups AS f "
                               "JOIN record_index AS r ON r.id = f.record_id GROUP BY r.kind"))
    assert targets["disputes"] > 4 * targets.get("engagements", 0)
    found = deadlines(desk, within_days=30, today=TODAY)
    assert any(x.overdue for x in found) and any(not x.overdue for x in found)


def test_older_action_items_are_mostly_done(made) -> None:
    desk, _ = made
    old = _rows(desk, "SELECT avg(status = 'done') FROM action_items WHERE due_on < ?",
                (TODAY - dt.timedelta(days=60)).isoformat())[0][0]
    recent = _rows(desk, "SELECT avg(status = 'done') FROM action_items WHERE due_on > ?",
                   TODAY.isoformat())[0][0]
    assert old > 0.6 and recent < 0.3


def test_progress_is_reported_and_cancel_stops_between_batches(demo_desk, monkeypatch) -> None:
    monkeypatch.setattr(demo, "BATCH", 200)
    calls: list[tuple[int, int]] = []
    summary = demo.generate_demo(demo_desk, records=1500, today=TODAY, progress=lambda d, t:
                                 calls.append((d, t)), cancel=lambda: len(calls) > 3)
    assert calls[0][0] == 0 and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) == 4 and summary.total == calls[-1][0] < calls[-1][1]
    assert summary.counts["companies"] > 0 and summary.counts["follow_ups"] == 0
    for name, count in summary.counts.items():
        assert _rows(demo_desk, f"SELECT count(*) FROM {name}")[0][0] == count
    assert checks.check(demo_desk).ok


def test_a_second_run_adds_records_unless_the_seed_is_the_same(demo_desk) -> None:
    first = demo.generate_demo(demo_desk, posts=["EU"], records=300, seed=1, today=TODAY)
    second = demo.generate_demo(demo_desk, posts=["EU"], records=300, seed=2, today=TODAY)
    stored = _rows(demo_desk, "SELECT count(*) FROM disputes")[0][0]
    assert stored == first.counts["disputes"] + second.counts["disputes"]
    with pytest.raises(OfficerDeskError, match="already holds the demo records of seed 1"):
        demo.generate_demo(demo_desk, posts=["EU"], records=300, seed=1, today=TODAY)


def test_only_the_posts_asked_for(demo_desk) -> None:
    summary = demo.generate_demo(demo_desk, posts=["jp"], records=500, today=TODAY)
    assert summary.total > 300
    owners = {p for kind in USER_KINDS
              for (p,) in _rows(demo_desk, f"SELECT DISTINCT post FROM {kind.name}")}
    assert owners == {"JP", "HQ"}
    with pytest.raises(OfficerDeskError, match="unknown post"):
        demo.generate_demo(demo_desk, posts=["XX"])


def test_demo_records_go_only_into_a_demo_database(desk) -> None:
    with pytest.raises(NotPermitted, match="not a demo database"):
        demo.generate_demo(desk, records=100)
    assert _rows(desk, "SELECT count(*) FROM disputes")[0][0] == 0


def _record_ids(desk: Desk) -> set[str]:
    return {rid for kind in USER_KINDS
            for (rid,) in _rows(desk, f"SELECT id FROM {kind.name}")}


def test_demo_ids_differ_between_posts_and_stay_the_same_for_the_same_run(
        tmp_path, monkeypatch) -> None:
    """Two posts' demo data (same seed) can be merged as two real posts' data would be:
    they share no record id. Only the seeded reference data is the same everywhere."""
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path))
    made = {}
    for name, post in (("a", "US"), ("b", "CN"), ("a2", "US")):
        desk = _new_demo_desk(tmp_path / f"{name}.sqlite")
        demo.generate_demo(desk, posts=[post], records=400, seed=11, today=TODAY)
        made[name] = (_record_ids(desk), {
            kind: {r for (r,) in _rows(desk, f"SELECT id FROM {kind}")}
            for kind in ("posts", "vocab_terms")})
        desk.close()
    (us, us_reference), (cn, cn_reference), (us_again, _) = made["a"], made["b"], made["a2"]
    assert us and cn
    assert not us & cn
    assert us_reference == cn_reference
    assert us == us_again



def test_a_demo_made_today_has_no_change_stamped_after_it_was_made(demo_desk) -> None:
    """The demo's "recent changes" showed times hours after now: today's records were
    stamped in Korean office hours, whatever the hour of the day the demo was made."""
    demo.generate_demo(demo_desk, posts=["US", "CN"], records=600)
    after = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.999999Z")
    for kind in USER_KINDS:
        for column in {"created_at", "updated_at"} & set(columns(kind)):
            [(latest,)] = _rows(demo_desk, f"SELECT max({column}) FROM {kind.name}")
            assert latest is None or latest <= after, (kind.name, column, latest)
    # a stamp of the day the demo is made, when it is made early in the (UTC) day
    made_at = dt.datetime.combine(TODAY, dt.time(1, 30), tzinfo=dt.UTC)
    gen = demo._Demo(demo_desk, demo._posts(demo_desk, ["US"]), TODAY,
                     demo.random.Random(3), "test", made_at)
    stamps = [gen.stamp(TODAY, late=True) for _ in range(50)]
    assert all(s < f"{made_at:%Y-%m-%dT%H:%M:%S}.000000Z" for s in stamps), stamps
    assert all(s.startswith(TODAY.isoformat()) for s in stamps)
