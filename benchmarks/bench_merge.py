"""Stage 5: merging six post packages into an empty HQ database, next to a plain copy.

Set-up (timed, but apart from the figures): six real post databases
(``init_desk(path, post=CODE)``, not demo databases), one per installation: US, CN, JP,
EU and GVA, and a second US installation, the post's travel laptop. The seed has five
posts besides HQ and a post database can only be made for a seeded post, so the sixth
office is a copy of the US database taken right after ``init_desk`` and opened under
another ``OFFICER_DESK_HOME`` (another computer): it gets an installation id and a
signing key of its own. Each database is filled with about N records of its own: a
scratch demo database (``init_desk(..., demo=True)``) gets ``generate_demo(posts=[CODE])``
(a seed per installation, so the two US installations make different records), its
records are read back with ``transfer.export_json`` and those owned by the post, less
any that refer to a record that is not (HQ's video conferences and their items), are
added to the post database with ``records.create_many`` (no ``foreign_ok``: a post
database takes only its own post's records), stamped by that installation. Then each
post, having trusted the key card of a fresh HQ database (``init_desk(hq=True)``),
writes a full package encrypted for HQ (``build_package``, timed and shown), and HQ
trusts every key (``trust_package_key``); the merge decrypts each package in memory.

Timed, in one run:

* first merge: ``merge_packages(hq, six packages)`` into the empty HQ database;
* re-merge: the same call again, every package recognised as already merged;
* rebuilt packages: each post writes another full package (new package ids, the same
  records) and they are merged: the slow path, every row read, compared and found
  unchanged. This is what a re-sent full package costs.
* plain copy: a second fresh HQ database (same schema, same triggers, so
  ``record_index`` and ``search_index`` are kept up to date as by the merge),
  ``ATTACH`` of each post database read-only and ``INSERT INTO main.t (cols) SELECT cols
  FROM post.t WHERE post = ?`` for every record table in dependency order, one
  transaction per post. No history, no comparison, no checks: the floor.

Last, the merged HQ database and the plain-copy one are compared: the same records
(ids, owning post, tombstone flag and every user field), the same version stamps and
display times, the same number of ``record_index`` rows and the same search text per
record.
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks import write_floor
from benchmarks.report import (
    Stopwatch,
    emit,
    fields,
    num,
    peak_rss_mb,
    per_second,
    ratio,
    section,
    table,
    times,
)
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import KINDS, USER_KINDS
from officer_desk.services import records as record_service
from officer_desk.services import transfer
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage.connection import backup, transaction
from officer_desk.storage.search import register_functions
from officer_desk.sync.key_card import trust_file, write_key_card
from officer_desk.sync.merge import PackageReport, merge_packages
from officer_desk.sync.package import build_package, trust_package_key

DEFAULT_PER_POST = 20_000
QUICK_PER_POST = 2_000
TARGET_FIRST = 3.0  # first merge within 3x the plain copy
TARGET_AGAIN = 0.2  # re-merge within 0.2x the first merge
#: (label, post, home folder name): the installations that write a package each.
INSTALLATIONS = (
    ("US", "US", "home"),
    ("US laptop", "US", "home-us-laptop"),
    ("CN", "CN", "home"),
    ("JP", "JP", "home"),
    ("EU", "EU", "home"),
    ("GVA", "GVA", "home"),
)
LINKS = (FieldType.REF, FieldType.REFS, FieldType.LINK)
RECORD_TABLES = tuple(k.name for k in KINDS)


@contextmanager
def _home(path: Path) -> Iterator[None]:
    """Run as another computer (machine id and signing keys under ``path``)."""
    old = os.environ.get("OFFICER_DESK_HOME")
    os.environ["OFFICER_DESK_HOME"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("OFFICER_DESK_HOME", None)
        else:
            os.environ["OFFICER_DESK_HOME"] = old


# set-up ---------------------------------------------------------------------------------


def _own_items(export: dict[str, Any], post: str) -> list[tuple[Any, list[dict[str, Any]]]]:
    """The post's records of a demo export, less those that refer to anyone else's."""
    kinds = [k for k in USER_KINDS if export["kinds"].get(k.name)]
    keep = {i["id"] for k in kinds for i in export["kinds"][k.name] if i.get("post") == post}
    while True:  # a link may point to a later kind: drop until nothing refers outside
        dropped = False
        for k in kinds:
            links = [f.name for f in k.fields if f.type in LINKS]
            for item in export["kinds"][k.name]:
                if item["id"] not in keep:
                    continue
                for name in links:
                    value = item.get(name)
                    targets = value if isinstance(value, list) else [value] if value else []
                    if any(t not in keep for t in targets):
                        keep.discard(item["id"])
                        dropped = True
                        break
        if not dropped:
            break
    return [(k, [i for i in export["kinds"][k.name] if i["id"] in keep]) for k in kinds]


def _fill(post_path: Path, scratch: Path, post: str, records: int, seed: int) -> dict[str, Any]:
    """Generate a demo of ``post`` in a scratch database, add the post's own records."""
    demo = init_desk(scratch, post=post, demo=True)
    try:
        with Stopwatch() as gen:
            generate_demo(demo, posts=[post], records=records, seed=seed)
        export = transfer.export_json(demo)
    finally:
        demo.close()
    scratch.unlink()
    groups = _own_items(export, post)
    generated = sum(len(v) for v in export["kinds"].values())
    del export
    desk = open_desk(post_path)
    try:
        with Stopwatch() as add, transaction(desk.conn):
            for kind, items in groups:
                record_service.create_many(desk, kind, items)
        owners = {row[0] for name in RECORD_TABLES[2:]
                  for row in desk.conn.execute(f"SELECT DISTINCT post FROM {name}")}
        installation = desk.repo.author.installation
    finally:
        desk.close()
    if owners != {post}:
        raise RuntimeError(f"the {post} database holds records of {sorted(owners)}")
    return {"generated": generated, "records": sum(len(v) for _, v in groups),
            "generate_seconds": gen.seconds, "add_seconds": add.seconds,
            "installation": installation}


def _setup(workdir: Path, per_post: int) -> list[dict[str, Any]]:
    posts_dir = workdir / "merge-posts"
    posts_dir.mkdir()
    main_home = Path(os.environ.get("OFFICER_DESK_HOME") or workdir / "home")
    made: list[dict[str, Any]] = []
    for label, post, home_name in INSTALLATIONS:
        home = main_home if home_name == "home" else workdir / home_name
        path = posts_dir / f"{label.replace(' ', '-').lower()}.sqlite"
        office = next((m for m in made if m["post"] == post), None)
        if office is None:
            init_desk(path, post=post).close()
        else:
            # The laptop: a copy of the office PC's new (still empty) database, opened on
            # another computer when it is filled.
            src = open_desk(Path(office["path"]), readonly=True)
            try:
                backup(src.conn, path)
            finally:
                src.close()
        made.append({"label": label, "post": post, "home": str(home), "path": str(path)})
    factor = 1.01  # demo records asked per own record kept (HQ conferences are left out)
    for n, inst in enumerate(made):
        with _home(Path(inst["home"])):
            filled = _fill(Path(inst["path"]), posts_dir / "scratch.sqlite", inst["post"],
                           math.ceil(per_post * factor), seed=101 + n)
        factor = filled["generated"] / max(1, filled["records"])
        inst.update(filled)
    return made


# packages and merges -------------------------------------------------------------------


def _trust_hq(installations: list[dict[str, Any]], hq: Any, card: Path) -> None:
    """Each installation trusts HQ's key card, so its packages are encrypted for HQ."""
    card.unlink(missing_ok=True)
    write_key_card(hq, card)
    for inst in installations:
        with _home(Path(inst["home"])):
            desk = open_desk(Path(inst["path"]))
            try:
                trust_file(desk, card, "benchmark")
            finally:
                desk.close()


def _build(installations: list[dict[str, Any]], out: Path) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for inst in installations:
        with _home(Path(inst["home"])):
            desk = open_desk(Path(inst["path"]))
            try:
                with Stopwatch() as sw:
                    info = build_package(desk, out)
            finally:
                desk.close()
        built.append({"label": inst["label"], "path": str(info.path), "seconds": sw.seconds,
                      "package_id": info.manifest["package_id"],
                      "records": sum(info.counts.values()),
                      "mib": info.path.stat().st_size / 1024 / 1024})
    return built


def _merge(hq: Any, packages: list[dict[str, Any]]) -> dict[str, Any]:
    marks: list[float] = []

    def tick(done: int, total: int) -> None:
        marks.append(time.perf_counter())

    paths = [p["path"] for p in packages]
    start, cpu = time.perf_counter(), time.process_time()
    reports = merge_packages(hq, paths, progress=tick)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    per_package = [b - a for a, b in zip([start, *marks], marks, strict=False)]
    return {"seconds": seconds, "cpu_seconds": cpu, "per_package_seconds": per_package,
            "reports": [r.as_dict() for r in reports], **_totals(reports)}


def _totals(reports: list[PackageReport]) -> dict[str, Any]:
    outcomes: dict[str, int] = {}
    for r in reports:
        outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
    keys = ("added", "updated", "unchanged", "deleted", "conflicts")
    out: dict[str, Any] = {k: sum(getattr(r, k) for r in reports) for k in keys}
    out["outcomes"] = outcomes
    out["refused"] = [f"{Path(r.file).name}: {r.reason or '; '.join(r.refused_rows[:3])}"
                      for r in reports if not r.ok]
    return out


def _plain_copy(path: Path, installations: list[dict[str, Any]]) -> dict[str, Any]:
    init_desk(path, hq=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)  # the search index triggers call it, as in the app
    conn.execute("PRAGMA foreign_keys = ON")
    copied = 0
    try:
        cols = {k.name: ", ".join(_table_columns(conn, k.name)) for k in KINDS}
        with Stopwatch() as sw:
            for inst in installations:
                uri = f"{Path(inst['path']).resolve().as_uri()}?mode=ro"
                conn.execute("ATTACH DATABASE ? AS post", (uri,))
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    for name in RECORD_TABLES:
                        cur = conn.execute(
                            f"INSERT INTO main.{name} ({cols[name]}) "
                            f"SELECT {cols[name]} FROM post.{name} WHERE post = ?",
                            (inst["post"],),
                        )
                        copied += cur.rowcount
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                finally:
                    conn.execute("DETACH DATABASE post")
    finally:
        conn.close()
    return {"seconds": sw.seconds, "records": copied}


def _table_columns(conn: sqlite3.Connection, name: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({name})")]


# comparison -----------------------------------------------------------------------------


def _digest(conn: sqlite3.Connection, sql: str) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    for row in conn.execute(sql):
        h.update(repr(row).encode())
        n += 1
    return n, h.hexdigest()


def _same(merged: Path, plain: Path) -> dict[str, bool]:
    a = sqlite3.connect(f"{merged.resolve().as_uri()}?mode=ro", uri=True)
    b = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
    try:
        records = all(
            _digest(a, sql) == _digest(b, sql) for sql in (
                f"SELECT id, post, deleted, {', '.join(k.field_names)} "
                f"FROM {k.name} ORDER BY id" for k in KINDS)
        )
        stamps = all(
            _digest(a, sql) == _digest(b, sql) for sql in (
                f"SELECT id, version, origin, field_versions, seen, created_at, "
                f"updated_at FROM {k.name} ORDER BY id" for k in KINDS)
        )
        counts = {
            name: _digest(a, f"SELECT count(*) FROM {name}")
            == _digest(b, f"SELECT count(*) FROM {name}")
            for name in ("record_index", "search_index")
        }
        search = _digest(a, "SELECT ri.id, si.text FROM search_index AS si JOIN record_index "
                            "AS ri ON ri.rowid = si.rowid ORDER BY ri.id") == _digest(
            b, "SELECT ri.id, si.text FROM search_index AS si JOIN record_index AS ri "
               "ON ri.rowid = si.rowid ORDER BY ri.id")
    finally:
        a.close()
        b.close()
    return {"records (id, post, deleted, every user field)": records,
            "version stamps, created/updated times": stamps,
            "record_index rows": counts["record_index"],
            "search_index rows and text": counts["search_index"] and search}


# the stage ------------------------------------------------------------------------------


def run(workdir: Path, per_post: int = DEFAULT_PER_POST) -> dict[str, Any]:
    with Stopwatch() as setup:
        installations = _setup(workdir, per_post)
    total = sum(i["records"] for i in installations)

    hq_path = workdir / "merge-hq.sqlite"
    hq = init_desk(hq_path, hq=True)
    try:
        _trust_hq(installations, hq, workdir / "merge-hq.odkey")
        first_packages = _build(installations, workdir / "merge-packages-1")
        with Stopwatch() as trust:
            for p in first_packages:
                trust_package_key(hq, p["path"], by="benchmark")
        first = _merge(hq, first_packages)
        again = _merge(hq, first_packages)
        rebuilt_packages = _build(installations, workdir / "merge-packages-2")
        rebuilt = _merge(hq, rebuilt_packages)
    finally:
        hq.close()

    plain_path = workdir / "merge-plain.sqlite"
    plain = _plain_copy(plain_path, installations)
    same = _same(hq_path, plain_path)
    floor = write_floor.floors(hq_path, workdir, "merge")
    for folder in ("merge-packages-1", "merge-packages-2"):
        shutil.rmtree(workdir / folder, ignore_errors=True)
    return {
        "installations": installations,
        "records": total,
        "per_post": per_post,
        "setup_seconds": setup.seconds,
        "trust_seconds": trust.seconds,
        "packages": first_packages,
        "rebuilt_packages": rebuilt_packages,
        "first": first,
        "again": again,
        "rebuilt": rebuilt,
        "plain": plain,
        "floor": floor,
        "ratio_first_floor": ratio(first["seconds"], floor["seconds"]),
        "sizes": write_floor.sizes(hq_path),
        "ratio_first_plain": ratio(first["seconds"], plain["seconds"]),
        "ratio_again_first": ratio(again["seconds"], first["seconds"]),
        "ratio_rebuilt_first": ratio(rebuilt["seconds"], first["seconds"]),
        "ratio_rebuilt_plain": ratio(rebuilt["seconds"], plain["seconds"]),
        "target_first": TARGET_FIRST,
        "target_again": TARGET_AGAIN,
        "identical": same,
        "hq_mib": hq_path.stat().st_size / 1024 / 1024,
        "plain_mib": plain_path.stat().st_size / 1024 / 1024,
        "peak_rss_mb": peak_rss_mb(),
    }


def _outcome(r: dict[str, Any]) -> str:
    shown = ", ".join(f"{n} {o}" for o, n in r["outcomes"].items())
    counts = ", ".join(f"{k} {num(r[k])}" for k in ("added", "updated", "unchanged",
                                                     "deleted", "conflicts") if r[k])
    return f"{shown}{'; ' + counts if counts else ''}"


def show(r: dict[str, Any], number: int = 5) -> None:
    n = len(r["installations"])
    section(f"{number}. HQ merge of {n} post packages of ~{num(r['per_post'])} records each")
    setup_gen = sum(i["generate_seconds"] for i in r["installations"])
    setup_add = sum(i["add_seconds"] for i in r["installations"])
    fields([
        ("installations", "US office PC, US laptop, CN, JP, EU, GVA"),
        ("why two US", "the seed has five posts besides HQ, and a post database is"),
        ("", "made only for a seeded post: the laptop is a copy of the US"),
        ("", "database taken right after init_desk and opened under another"),
        ("", "OFFICER_DESK_HOME (its own installation id and key); each US"),
        ("", "installation then entered records of its own"),
        ("post databases", "init_desk(post=CODE), not demo; generate_demo(posts=[CODE])"),
        ("", "in a scratch demo database, then the post's own records (not"),
        ("", "HQ's conferences, nor what refers to them) via create_many"),
        ("set-up, untimed", f"{r['setup_seconds']:.1f} s (generate_demo {setup_gen:.1f} s, "
         f"create_many {setup_add:.1f} s)"),
    ])
    emit()
    table(
        ["installation", "records", "package MiB", "build s", "rebuilt s"],
        [[p["label"], num(p["records"]), f"{p['mib']:.1f}", f"{p['seconds']:.2f}",
          f"{q['seconds']:.2f}"]
         for p, q in zip(r["packages"], r["rebuilt_packages"], strict=True)]
        + [["all", num(sum(p["records"] for p in r["packages"])),
            f"{sum(p['mib'] for p in r['packages']):.1f}",
            f"{sum(p['seconds'] for p in r['packages']):.2f}",
            f"{sum(p['seconds'] for p in r['rebuilt_packages']):.2f}"]],
        right=(1, 2, 3, 4),
    )
    emit()
    total = r["records"]
    plain = r["plain"]["seconds"]
    rows = [
        ("floor: plain SQLite (f)", r["floor"]["records"], r["floor"]["seconds"]),
        ("plain copy (a)", r["plain"]["records"], plain),
        ("first merge (b)", total, r["first"]["seconds"]),
        ("re-merge (c)", total, r["again"]["seconds"]),
        ("rebuilt packages (d)", total, r["rebuilt"]["seconds"]),
    ]
    table(["step", "records", "seconds", "records/s", "/ plain"],
          [[label, num(count), f"{s:.2f}", num(per_second(count, s)), times(ratio(s, plain))]
           for label, count, s in rows], right=(1, 2, 3, 4))
    fields([
        ("(f)", "write_floor: the merged HQ database's rows and history written again"),
        ("", "into plain SQL tables with SQL-only trigram triggers, executemany per"),
        ("", "table, 1 transaction"),
        ("(a)", "ATTACH each post database, INSERT ... SELECT per record table,"),
        ("", "1 transaction per post, triggers on (record_index, both search indexes)"),
        ("(b)", f"merge_packages(hq, {n} packages) into the empty HQ database"),
        ("(c)", "the same call again: each package recognised as already merged"),
        ("(d)", "each post wrote a new full package (new id, same records): every"),
        ("", "row read, compared and found unchanged (a re-sent full package)"),
    ], indent=4)
    emit()
    same = r["identical"]
    ok_first = "yes" if r["ratio_first_plain"] <= r["target_first"] else "NO"
    ok_again = "yes" if r["ratio_again_first"] <= r["target_again"] else "NO"
    fields([
        *write_floor.floor_lines("first merge", r["first"]["seconds"], r["records"],
                                 r["floor"]),
        ("first merge / plain copy", f"{times(r['ratio_first_plain'])}   (target: within "
         f"{r['target_first']:.0f}x -> {ok_first})"),
        ("re-merge / first merge", f"{times(r['ratio_again_first'])}   (target: within "
         f"{r['target_again']:.1f}x -> {ok_again})"),
        ("rebuilt / first merge", f"{times(r['ratio_rebuilt_first'])}   (no target)"),
        ("first merge, per package", ", ".join(
            f"{s:.2f}" for s in r["first"]["per_package_seconds"]) + " s"),
        ("outcome (b)", _outcome(r["first"])),
        ("outcome (c)", _outcome(r["again"])),
        ("outcome (d)", _outcome(r["rebuilt"])),
        ("trusting the keys", f"{r['trust_seconds']:.2f} s (not in the figures)"),
        ("merged HQ = plain-copy HQ", "yes" if all(same.values()) else "NO"),
        *[("", f"{k}: {'yes' if v else 'NO'}") for k, v in same.items()],
        ("HQ database files", f"merged {r['hq_mib']:.1f} MiB, plain copy "
         f"{r['plain_mib']:.1f} MiB (no history)"),
        ("peak RSS after the stage", f"{r['peak_rss_mb']:.0f} MiB"),
    ])
    write_floor.show_sizes(r["sizes"], r["floor"]["sizes"], label="merged HQ")
    refused = r["first"]["refused"] + r["again"]["refused"] + r["rebuilt"]["refused"]
    for line in refused[:6]:
        emit(f"  REFUSED {line}")
