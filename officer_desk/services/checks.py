"""``officer-desk check``: is the file sound, and do its records hang together?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import KINDS, USER_KINDS
from officer_desk.services.desk import Desk
from officer_desk.services.stamp_check import unstamped_values
from officer_desk.storage import cipher, search
from officer_desk.storage.connection import transaction
from officer_desk.storage.migrations.m0001_initial import SEARCHED


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    search_index: list[str] = field(default_factory=list)
    #: fields whose stored value is not what their last stamped change set
    #: (``services.stamp_check``); reported only, never repaired: a person decides
    stamps: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.links or self.search_index
                    or self.stamps)

    def problems(self) -> list[str]:
        return [*self.integrity, *self.foreign_keys, *self.links, *self.search_index,
                *self.stamps]


def check(desk: Desk) -> CheckReport:
    conn = desk.conn
    report = CheckReport()
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            report.integrity.append(f"integrity: {line}")
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        report.foreign_keys.append(
            f"foreign key: {table} row {rowid} refers to a missing {parent} record"
        )
    for kind in USER_KINDS:
        for f in kind.fields:
            if f.type is not FieldType.LINK:
                continue
            sql = (
                f"SELECT t.id, t.{f.name} FROM {kind.name} AS t WHERE t.{f.name} IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM record_index WHERE id = t.{f.name})"
            )
            for rid, target in conn.execute(sql):
                report.links.append(f"link: {kind.name} {rid} {f.name} -> missing {target}")
    for kind in KINDS:
        missing = conn.execute(
            f"SELECT count(*) FROM {kind.name} AS t WHERE NOT EXISTS "
            "(SELECT 1 FROM record_index WHERE id = t.id)"
        ).fetchone()[0]
        if missing:
            report.search_index.append(f"record index: {missing} {kind.name} not indexed")
        live, deleted = conn.execute(
            f"SELECT count(*) - coalesce(sum(deleted), 0), coalesce(sum(deleted), 0) "
            f"FROM {kind.name}"
        ).fetchone()
        report.counts[kind.name] = {"live": int(live), "deleted": int(deleted)}
    expected = sum(report.counts[t]["live"] for t in SEARCHED)
    report.search_index.extend(_search_index_problems(conn, expected, desk.readonly))
    report.stamps = [f"stamp: {line}" for line in unstamped_values(conn)]
    return report


def _search_index_problems(conn: Any, expected: int, readonly: bool) -> list[str]:
    """Whether both search indexes hold every live searchable record, and the trigram
    index exactly the text the records give (FTS5's integrity-check compares them:
    the index keeps no copy of the text since migration 10; 3.5 s at 100,000 records;
    FTS5 takes it as a write, so a read-only opening leaves it out)."""
    problems = []
    # one row per record in the index: search_extra (ours) and FTS5's own sizes table
    listed = conn.execute("SELECT count(*) FROM search_extra").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM search_index_docsize").fetchone()[0]
    if not expected == listed == indexed:
        problems.append(
            f"search index: {indexed} entries for {expected} searchable records "
            "(run officer-desk check --repair)"
        )
    elif not readonly:
        try:
            conn.execute("INSERT INTO search_index (search_index, rank) "
                         "VALUES ('integrity-check', 1)")
        except cipher.ERRORS as e:
            problems.append(f"search index: does not match the records ({e}; run "
                            "officer-desk check --repair)")
    short = conn.execute("SELECT count(*) FROM short_index").fetchone()[0]
    if short != indexed:
        problems.append(
            f"short-term index: {short} entries for {indexed} indexed records "
            "(run officer-desk check --repair)"
        )
    return problems


def repair_search_index(desk: Desk) -> int:
    """Rebuild the full-text index from the records; returns how many entries it holds."""
    with transaction(desk.conn) as conn:
        search.rebuild(conn)
    return int(desk.conn.execute("SELECT count(*) FROM search_index").fetchone()[0])
