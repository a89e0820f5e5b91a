"""Generated packages through the real merge (issue 11, item 6).

From one genuine US package, hypothesis makes signed variants: stamps and counters
out of range, a record taking the id of another kind's record or of another post's,
and copies of the dispute edited on other US computers (concurrently, or with the
same stamp as a file copied back). Each is merged into a copy of HQ, and the same
packages into a second copy in the opposite order. Throughout: no exception leaves
the merge; a refused package leaves HQ record for record as it was; a refused row is
named; and both HQs end with the same records and the same open conflicts.

``test_merge_properties_encrypted.py`` runs the same property on encrypted logs
(``make_world`` with a passphrase), with fewer examples.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_tools import forge, members, state

from officer_desk.domain.kinds import COMPANIES, DISPUTES, KINDS
from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import meta
from officer_desk.sync import keys
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: other computers of the US post, which the variants say they come from
COMPUTERS = ("us-laptop-a", "us-laptop-b")


@dataclass
class World:
    root: Path
    hq: Path
    package: Path
    key: object
    us: str  # the US installation
    ids: dict[str, str]
    clock: int
    passphrase: str | None = None  # the logs are encrypted (SQLCipher) with it
    made = count()


def make_world(root: Path, passphrase: str | None = None) -> World:
    """A US and a CN post, and HQ which merged one package of each; every log
    encrypted with ``passphrase`` when one is given."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OFFICER_DESK_HOME", str(root / "home"))
        us = init_desk(root / "us.sqlite", post="US", officer="김영희", passphrase=passphrase)
        company, _ = records.create(us, COMPANIES, {"name_ko": "한빛배터리"})
        other, _ = records.create(us, COMPANIES, {"name_ko": "세진디스플레이"})
        dispute, _ = records.create(us, DISPUTES, {
            "title_ko": "특허침해소송", "company_id": company.id, "ip_type": "patent",
            "dispute_kind": "itc_337", "opened_on": "2025-01-01", "summary": "처음 요약"})
        cn = init_desk(root / "cn.sqlite", post="CN", officer="이중국", passphrase=passphrase)
        cn_company, _ = records.create(cn, COMPANIES, {"name_ko": "청도무역"})
        hq = init_desk(root / "hq.sqlite", hq=True, passphrase=passphrase)
        package = build_package(us, root / "us.odpkg", plain=True).path
        for path in (package, build_package(cn, root / "cn.odpkg", plain=True).path):
            trust_package_key(hq, path, "본청")
            assert merge_package(hq, path).ok
        hq.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        made = World(root, hq.path, package, keys.private_key(us.repo.author.installation),
                     us.repo.author.installation,
                     {"company": company.id, "other": other.id, "dispute": dispute.id,
                      "cn_company": cn_company.id},
                     json.loads(members(package)["manifest.json"])["clock"], passphrase)
        for d in (us, cn, hq):
            d.close()
    return made


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return make_world(tmp_path_factory.mktemp("world"))


def hq_copy(world: World) -> object:
    path = world.root / f"hq-{next(World.made)}.sqlite"
    shutil.copy(world.hq, path)
    return open_desk(path, passphrase=world.passphrase)


# -- what a variant does to the package -------------------------------------------------

BIG = st.sampled_from([-1, 0, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 10**30])
hostile = st.one_of(
    st.tuples(st.just("version"), BIG),
    st.tuples(st.just("field stamp"), BIG),
    st.tuples(st.just("seen"), BIG),
    st.tuples(st.just("context"), BIG),
    st.tuples(st.just("above clock"), st.integers(1, 1000)),
    st.tuples(st.just("dispute takes an id"), st.sampled_from(["company", "cn_company"])),
    st.tuples(st.just("company takes an id"), st.sampled_from(["cn_company", "dispute"])),
)
edits = st.one_of(
    st.tuples(st.just("edited elsewhere"), st.sampled_from(COMPUTERS),
              st.sampled_from(["요약 A", "요약 B", "요약 C"]), st.integers(1, 5),
              st.frozensets(st.sampled_from(COMPUTERS))),
    st.tuples(st.just("same stamp"), st.sampled_from(["복사본 요약 1", "복사본 요약 2"])),
)
variants = st.lists(st.lists(st.one_of(hostile, edits), min_size=1, max_size=2),
                    min_size=1, max_size=3)


def _json_set(conn, table: str, column: str, rid: str, path: str, text: str) -> None:
    """Set a JSON member to raw JSON text (so that huge numbers stay as written)."""
    current = json.loads(conn.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                                      (rid,)).fetchone()[0])
    current[path] = "\x00"
    raw = json.dumps(current).replace('"\\u0000"', text)
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (raw, rid))


def apply(world: World, conn: sqlite3.Connection, change: tuple, manifest: dict) -> None:
    what = change[0]
    [(rid,)] = conn.execute("SELECT id FROM disputes").fetchall()  # the one dispute
    if what == "version":
        conn.execute("UPDATE disputes SET version = ? WHERE id = ?",
                     (change[1] if abs(change[1]) < 2**63 else float(change[1]), rid))
    elif what == "field stamp":
        _json_set(conn, "disputes", "field_versions", rid, "summary",
                  f'[{change[1]}, "{world.us}", {{}}]')
    elif what == "seen":
        _json_set(conn, "disputes", "seen", rid, world.us, str(change[1]))
    elif what == "context":
        _json_set(conn, "disputes", "field_versions", rid, "summary",
                  f'[1, "{world.us}", {{"{COMPUTERS[0]}": {change[1]}}}]')
    elif what == "above clock":
        stamp = manifest["clock"] + change[1]
        _json_set(conn, "disputes", "field_versions", rid, "summary",
                  f'[{stamp}, "{world.us}", {{}}]')
        _json_set(conn, "disputes", "seen", rid, world.us, str(stamp))
    elif what == "dispute takes an id":
        conn.execute("UPDATE disputes SET id = ? WHERE id = ?", (world.ids[change[1]], rid))
    elif what == "company takes an id":
        conn.execute("UPDATE companies SET id = ? WHERE id = ?",
                     (world.ids[change[1]], world.ids["other"]))
    elif what == "edited elsewhere":
        _, computer, text, ahead, knows = change
        counter = world.clock + ahead
        context = {c: world.clock for c in sorted(knows) if c != computer}
        context[world.us] = world.clock
        conn.execute("UPDATE disputes SET summary = ? WHERE id = ?", (text, rid))
        _json_set(conn, "disputes", "field_versions", rid, "summary",
                  json.dumps([counter, computer, dict(sorted(context.items()))]))
        seen = json.loads(conn.execute("SELECT seen FROM disputes WHERE id = ?",
                                       (rid,)).fetchone()[0])
        for c in (*context, computer):
            seen[c] = max(seen.get(c, 0), context.get(c, counter))
        conn.execute("UPDATE disputes SET seen = ?, version = ? WHERE id = ?",
                     (json.dumps(dict(sorted(seen.items()))), counter, rid))
        manifest["clock"] = max(manifest["clock"], counter)
        listed = manifest["installations"]["US"]
        manifest["installations"]["US"] = sorted({*listed, *COMPUTERS})
    elif what == "same stamp":
        conn.execute("UPDATE disputes SET summary = ? WHERE id = ?", (change[1], rid))


def variant(world: World, changes: list) -> Path:
    n = next(World.made)
    content = world.root / f"content-{n}.sqlite"
    content.write_bytes(members(world.package)["content.sqlite"])
    manifest = json.loads(members(world.package)["manifest.json"])
    conn = sqlite3.connect(content, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a forger would
    try:
        for change in changes:
            apply(world, conn, change, manifest)
    finally:
        conn.close()
    return forge(world.package, world.root / f"variant-{n}.odpkg", world.key,
                 content=content.read_bytes(),
                 changes={"package_id": str(uuid.uuid4()), "clock": manifest["clock"],
                          "installations": manifest["installations"]})


def records_of(desk) -> dict:
    return {r.id: (r.deleted, json.dumps(r.to_json(), sort_keys=True, default=str),
                   json.dumps(r.field_versions, sort_keys=True))
            for kind in KINDS for r in desk.repo.rows(kind, "", with_blobs=True)}


def open_conflicts(desk) -> set:
    return {(name, json.dumps(value, ensure_ascii=False)) for c in list_conflicts(desk)
            for name, value in (c.theirs if c.kept == "ours" else c.ours).items()}


def merge_checked(desk, path: Path) -> None:
    before = state(desk)
    report = merge_package(desk, path)  # nothing but a report may come out
    after = state(desk)
    if report.outcome == "refused":
        assert after[0] == before[0]
        assert {t: rows for t, rows in after[2].items() if t != "import_log"} == {
            t: rows for t, rows in before[2].items() if t != "import_log"}
    else:
        assert all(UUID.search(line) for line in report.refused_rows), report.refused_rows
    assert meta.clock(desk.conn) <= meta.MAX_SEEN


@settings(max_examples=int(__import__("os").environ.get("MERGE_EXAMPLES", 20)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(variants)
def test_generated_packages_never_break_the_merge_and_conflicts_converge(world, made):
    generated_packages_never_break_the_merge(world, made)


def generated_packages_never_break_the_merge(world: World, made: list) -> None:
    """The property: ``made``'s variants merged into two copies of HQ in opposite
    orders leave both the same, and every merge ends in a report."""
    paths = [variant(world, changes) for changes in made]
    forward, backward = hq_copy(world), hq_copy(world)
    try:
        for path in paths:
            merge_checked(forward, path)
        for path in reversed(paths):
            merge_checked(backward, path)
        assert records_of(forward) == records_of(backward)
        assert open_conflicts(forward) == open_conflicts(backward)
        records.create(forward, COMPANIES, {"name_ko": "본청 기록"})  # the counter advances
    finally:
        forward.close()
        backward.close()
