"""``officer-desk check``: is the file sound, and do its records hang together?"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import KINDS, USER_KINDS
from officer_desk.domain.messages import Text, reason, say
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
    #: the problems of each list above in both languages (the lists hold their English,
    #: as ``--json`` prints it)
    said: dict[str, list[Text]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.links or self.search_index
                    or self.stamps)

    def problems(self) -> list[str]:
        return [*self.integrity, *self.foreign_keys, *self.links, *self.search_index,
                *self.stamps]

    def problems_in(self, lang: str) -> list[str]:
        """The problems as :meth:`problems` lists them, in ``lang``."""
        return [text.message(lang) for group in _GROUPS for text in self.said.get(group, [])]

    def add(self, group: str, text: Text) -> None:
        """Note the problem ``text`` under ``group`` (one of the lists above)."""
        getattr(self, group).append(str(text))
        self.said.setdefault(group, []).append(text)


_GROUPS = ("integrity", "foreign_keys", "links", "search_index", "stamps")

def check(desk: Desk) -> CheckReport:
    conn = desk.conn
    report = CheckReport()
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            report.add("integrity", say("check.integrity", line=line))
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        report.add("foreign_keys", say("check.foreign_key", table=table, rowid=rowid,
                                       parent=parent))
    for kind in USER_KINDS:
        for f in kind.fields:
            if f.type is not FieldType.LINK:
                continue
            sql = (
                f"SELECT t.id, t.{f.name} FROM {kind.name} AS t WHERE t.{f.name} IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM record_index WHERE id = t.{f.name})"
            )
            for rid, target in conn.execute(sql):
                report.add("links", say("check.link", kind=kind.name, rid=rid, field=f.name,
                                        target=target))
    for kind in KINDS:
        missing = conn.execute(
            f"SELECT count(*) FROM {kind.name} AS t WHERE NOT EXISTS "
            "(SELECT 1 FROM record_index WHERE id = t.id)"
        ).fetchone()[0]
        if missing:
            report.add("search_index", say("check.not_indexed", count=missing,
                                           kind=kind.name))
        live, deleted = conn.execute(
            f"SELECT count(*) - coalesce(sum(deleted), 0), coalesce(sum(deleted), 0) "
            f"FROM {kind.name}"
        ).fetchone()
        report.counts[kind.name] = {"live": int(live), "deleted": int(deleted)}
    expected = sum(report.counts[t]["live"] for t in SEARCHED)
    for problem in _search_index_problems(conn, expected, desk.readonly):
        report.add("search_index", problem)
    for line in unstamped_values(conn):
        report.add("stamps", say("check.stamp", line=line))
    return report


def _search_index_problems(conn: Any, expected: int, readonly: bool) -> list[Text]:
    """Whether both search indexes hold every live searchable record, and the trigram
    index exactly the text the records give (FTS5's integrity-check compares them:
    the index keeps no copy of the text since migration 10; 3.5 s at 100,000 records;
    FTS5 takes it as a write, so a read-only opening leaves it out)."""
    problems = []
    # one row per record in the index: search_extra (ours) and FTS5's own sizes table
    listed = conn.execute("SELECT count(*) FROM search_extra").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM search_index_docsize").fetchone()[0]
    if not expected == listed == indexed:
        problems.append(say("check.search_index", indexed=indexed, expected=expected))
    elif not readonly:
        try:
            conn.execute("INSERT INTO search_index (search_index, rank) "
                         "VALUES ('integrity-check', 1)")
        except cipher.ERRORS as e:
            problems.append(say("check.search_mismatch", detail=reason(e)))
    short = conn.execute("SELECT count(*) FROM short_index").fetchone()[0]
    if short != indexed:
        problems.append(say("check.short_index", short=short, indexed=indexed))
    return problems


def repair_search_index(desk: Desk) -> int:
    """Rebuild the full-text index from the records; returns how many entries it holds."""
    with transaction(desk.conn) as conn:
        search.rebuild(conn)
    return int(desk.conn.execute("SELECT count(*) FROM search_index").fetchone()[0])
