"""The analysis database for HQ: a clean, self-describing SQLite file of the case log.

``officer-desk export DB --format sqlite --out analysis.sqlite`` writes it with
``sqlite-utils`` (``create`` with its foreign keys, ``insert_all``, ``create_view``,
``enable_fts``): one table per kind with readable columns (``analysis_columns``), the
posts and the vocabularies, ``exporters`` (company records of one exporter at several
posts, as HQ's company links say), one row per counterparty and per company concerned,
``records`` (every record's kind and titles, for links to a record of any kind), the
views of ``analysis_views``, full-text search on titles and summaries, and two tables
that describe the rest (``_columns``: each column's meaning in English and Korean;
``_about``: where and when the file was made). Deleted records are not in it; neither
are the sync columns. Nothing of Officer Desk is needed to open it.

The stakeholder edition applies the briefing pack's rules (``stakeholder_text``): no
record marked internal, no follow-up or agenda or action item of a record or conference
it leaves out, links to records it leaves out cut, companies that have not agreed to be
named shown as "Company A" without their identifiers, and the file refused if a
protected string survived anywhere in it.

``sqlite_utils`` is imported inside :func:`write_analysis`: the window never waits for
it.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk import __version__
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    USER_KINDS,
    RecordKind,
)
from officer_desk.domain.messages import Text, say
from officer_desk.services.analysis_columns import (
    Column,
    Lookups,
    columns_of,
    json_list,
    source_columns,
)
from officer_desk.services.analysis_views import FTS, VIEWS
from officer_desk.services.calendar_export import check_out_path
from officer_desk.services.deadline_rows import open_deadline_rows
from officer_desk.services.desk import Desk
from officer_desk.services.stakeholder_text import StakeholderText, is_public

EDITIONS = ("internal", "stakeholder")
#: Company fields that identify it: empty in the stakeholder edition unless it is named.
_IDENTIFYING = ("brn", "brands", "former_names", "domains", "registration_numbers",
                "contact", "notes")
_CHUNK = 500


@dataclass
class AnalysisResult:
    path: Path
    #: table -> rows written
    tables: dict[str, int] = field(default_factory=dict)
    views: list[str] = field(default_factory=list)

    def summary(self) -> Text:
        return say("analysis.wrote", path=self.path, tables=len(self.tables),
                   views=len(self.views), rows=sum(self.tables.values()))


class _Reader:
    """The live records of the case log, filtered by edition, and what their columns
    look up."""

    def __init__(self, desk: Desk, edition: str):
        self.desk, self.edition = desk, edition
        self.public = ({lang: StakeholderText(desk, lang) for lang in ("ko", "en")}
                       if edition == "stakeholder" else None)
        self.rows: dict[str, list[dict[str, Any]]] = {}
        for kind in USER_KINDS:
            cols = source_columns(kind)
            cur = desk.conn.execute(
                f"SELECT {', '.join(cols)} FROM {kind.name} WHERE deleted = 0 ORDER BY rowid")
            self.rows[kind.name] = [dict(zip(cols, row, strict=True)) for row in cur]
        if self.public is not None:
            self._keep_public()
        self.shown = {r["id"] for rows in self.rows.values() for r in rows}
        self.titles = self._titles()
        self.companies = {r["id"]: r for r in self.rows[COMPANIES.name]}
        self.look = Lookups(self._labels(), self.titles, self.company, self.text)

    # -- the edition ------------------------------------------------------------------
    def _keep_public(self) -> None:
        """Drop what the stakeholder edition may not show (as the brief's gather)."""
        for name, rows in self.rows.items():
            self.rows[name] = [r for r in rows if is_public(r.get("sensitivity"))]
        conferences = {r["id"] for r in self.rows["conferences"]}
        for kind in (AGENDA_ITEMS, ACTION_ITEMS):
            self.rows[kind.name] = [r for r in self.rows[kind.name]
                                    if r["conference_id"] in conferences]
        shown = {r["id"] for rows in self.rows.values() for r in rows}
        self.rows[FOLLOW_UPS.name] = [r for r in self.rows[FOLLOW_UPS.name]
                                      if r["record_id"] in shown]

    def company(self, company_id: str) -> tuple[str, str]:
        """(Korean, English) name of a company as the edition shows it."""
        if self.public is not None:
            return self.public["ko"].company(company_id), self.public["en"].company(company_id)
        row = self.companies.get(company_id)
        if row is None:
            found = self.desk.conn.execute(
                "SELECT name_ko, name_en FROM companies WHERE id = ?", (company_id,)).fetchone()
            if found is None:
                return "", ""
            ko, en = found
        else:
            ko, en = row["name_ko"], row["name_en"]
        return ko or en or "", en or ko or ""

    def text(self, value: Any) -> Any:
        if self.public is None or not value or not isinstance(value, str):
            return value
        return self.public["en"].text(value)

    # -- lookups ----------------------------------------------------------------------
    def _labels(self) -> dict[str, dict[str, tuple[str, str]]]:
        vocab = self.desk.vocab
        return {name: {t.code: (t.label("en"), t.label("ko")) for t in vocab.terms(name)}
                for name in vocab.vocabularies()}

    def _titles(self) -> dict[str, tuple[str, str, str]]:
        """Every shown record's (kind, Korean title, English title), from the record
        index."""
        out: dict[str, tuple[str, str, str]] = {}
        ids = sorted(self.shown)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            for rid, kind, ko, en in self.desk.conn.execute(
                    f"SELECT id, kind, title_ko, title_en FROM record_index WHERE id IN "
                    f"({', '.join('?' for _ in chunk)})", chunk):
                out[rid] = (kind, ko or en or "", en or ko or "")
        return out


def _rows(kind: RecordKind, reader: _Reader, columns: list[Column],
          extra: dict[str, Any]) -> Iterable[list[Any]]:
    """Each record's values in the order of ``columns`` and then ``extra``."""
    values = [c.value for c in columns] + list(extra.values())
    for row in reader.rows[kind.name]:
        yield [value(row) for value in values]


def _company_rows(reader: _Reader, columns: list[Column], exporter: dict[str, str]
                  ) -> Iterable[dict[str, Any]]:
    for row in reader.rows[COMPANIES.name]:
        out = {c.name: c.value(row) for c in columns}
        out["exporter_id"] = exporter.get(row["id"], row["id"])
        names = reader.company(row["id"])  # registers it with the anonymiser
        if reader.public is not None and not reader.public["en"].anon.is_named(row["id"]):
            out["name_ko"], out["name_en"] = names
            for name in _IDENTIFYING:
                out[name] = None
        yield out


def _exporters(reader: _Reader) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """(company id -> exporter id, the exporters' rows): HQ's company links, else each
    company is its own exporter."""
    links = dict(reader.desk.conn.execute("SELECT company_id, group_id FROM company_links"))
    members: dict[str, list[dict[str, Any]]] = {}
    of: dict[str, str] = {}
    for row in reader.rows[COMPANIES.name]:
        group = links.get(row["id"], row["id"])
        of[row["id"]] = group
        members.setdefault(group, []).append(row)
    rows = []
    for group, companies in members.items():
        first = companies[0]
        ko, en = reader.company(first["id"])  # registers it with the anonymiser
        named = reader.public is None or reader.public["en"].anon.is_named(first["id"])
        rows.append({
            "id": group, "name_ko": ko, "name_en": en,
            "brn": next((c["brn"] for c in companies if c["brn"]), None) if named else None,
            "posts": "; ".join(sorted({c["post"] for c in companies})),
            "companies": len(companies)})
    return of, rows


def _link_rows(reader: _Reader) -> dict[str, list[dict[str, Any]]]:
    look = reader.look
    parties = []
    for d in reader.rows[DISPUTES.name]:
        for i, p in enumerate(json_list(d["counterparties"])):
            if isinstance(p, dict) and p.get("name"):
                en, ko = look.label("counterparty_type", p.get("type"))
                parties.append({"dispute_id": d["id"], "position": i,
                                "name": reader.text(str(p["name"])), "type": p.get("type"),
                                "type_en": en, "type_ko": ko})
    concerned = []
    for e in reader.rows[ENGAGEMENTS.name]:
        for cid in json_list(e["company_ids"]):
            if isinstance(cid, str) and cid in reader.companies:
                concerned.append({"engagement_id": e["id"], "company_id": cid})
    return {"dispute_counterparties": parties, "engagement_companies": concerned}


def _describe(tables: dict[str, list[Column]]) -> list[dict[str, Any]]:
    out = []
    for table, columns in tables.items():
        for c in columns:
            out.append({"table_name": table, "column_name": c.name, "label_en": c.en,
                        "label_ko": c.ko})
    return out


_EXTRA_COLUMNS = {
    "exporter_id": ("Exporter (one company across posts)", "수출 기업(공관 간 동일 기업)"),
    "open_deadline": ("1: still to do (as the case log's to-do counts it)",
                      "1: 아직 할 일(사건 기록의 할 일과 같은 기준)"),
}


def write_analysis(desk: Desk, out: str | Path, *, edition: str = "internal",
                   now: dt.datetime | None = None) -> AnalysisResult:
    """Write the analysis database to ``out`` (replaced whole, or left as it was)."""
    import sqlite_utils

    out = Path(out)
    if edition not in EDITIONS:
        raise OfficerDeskError(say("calendar.bad_edition", edition=edition))
    check_out_path(desk, out, key="analysis")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        db = sqlite_utils.Database(tmp)
        try:
            result = _build(db, desk, edition, now or dt.datetime.now(dt.UTC))
        finally:
            db.close()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    result.path = out
    return result


def _build(db: Any, desk: Desk, edition: str, now: dt.datetime) -> AnalysisResult:
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    reader = _Reader(desk, edition)
    result = AnalysisResult(Path())
    described: dict[str, list[Column]] = {}
    texts: list[str] = []

    def put(table: str, rows: Iterable[dict[str, Any]] | Iterable[list[Any]],
            columns: dict[str, type], pk: str | tuple[str, ...] | None = "id",
            foreign: Iterable[tuple[str, str, str]] = ()) -> None:
        """Create ``table`` with its columns and foreign keys, then insert ``rows``
        (dicts, or lists in the order of ``columns``)."""
        names = list(columns)
        values = [r if isinstance(r, list) else [r.get(n) for n in names] for r in rows]
        if reader.public is not None:
            texts.extend(v for r in values for v in r if isinstance(v, str))
        db[table].create(columns, pk=pk, not_null={pk} if isinstance(pk, str) else None,
                         foreign_keys=list(foreign))
        # list mode (the column names, then the rows): no dict per row to look through
        db[table].insert_all([names, *values], batch_size=2000)
        result.tables[table] = len(values)

    posts = [dict(zip(("code", "name_ko", "name_en", "city_ko", "city_en", "jurisdiction",
                       "is_hq"), r, strict=True)) for r in desk.conn.execute(
        "SELECT code, name_ko, name_en, city_ko, city_en, jurisdiction, is_hq FROM posts "
        "WHERE deleted = 0 ORDER BY code")]
    put("posts", posts, {"code": str, "name_ko": str, "name_en": str, "city_ko": str,
                         "city_en": str, "jurisdiction": str, "is_hq": int}, pk="code")
    vocab_rows = [{"vocabulary": t.vocabulary, "code": t.code, "label_en": t.label("en"),
                   "label_ko": t.label("ko"), "position": t.position, "active": int(t.active)}
                  for name in desk.vocab.vocabularies() for t in desk.vocab.terms(name)]
    put("vocabulary", vocab_rows, {"vocabulary": str, "code": str, "label_en": str,
                                   "label_ko": str, "position": int, "active": int},
        pk=("vocabulary", "code"))
    exporter_of, exporters = _exporters(reader)
    put("exporters", exporters, {"id": str, "name_ko": str, "name_en": str, "brn": str,
                                 "posts": str, "companies": int})
    open_sql = open_deadline_rows(desk.conn)
    open_ids = {r[0] for r in desk.conn.execute(f"SELECT id FROM ({open_sql})")}
    links = _link_rows(reader)
    for kind in USER_KINDS:
        foreign: list[tuple[str, str, str]] = [("post", "posts", "code")]
        columns = columns_of(kind, reader.look)
        types = {c.name: c.type for c in columns}
        extra: dict[str, Any] = {}
        if kind is COMPANIES:
            types["exporter_id"] = str
            rows = _company_rows(reader, columns, exporter_of)
            foreign.append(("exporter_id", "exporters", "id"))
        else:
            if kind is DISPUTES:
                types["exporter_id"] = str
                extra["exporter_id"] = lambda r: exporter_of.get(r["company_id"]) \
                    if r["company_id"] in reader.companies else None
                foreign.append(("exporter_id", "exporters", "id"))
            if kind in (FOLLOW_UPS, ACTION_ITEMS):
                types["open_deadline"] = int
                extra["open_deadline"] = lambda r: int(r["id"] in open_ids)
            rows = _rows(kind, reader, columns, extra)
        foreign += [(f.name, f.ref or "", "id") for f in kind.fields
                    if f.type is FieldType.REF]
        put(kind.name, rows, types, foreign=foreign)
        if kind is not COMPANIES:
            reader.rows[kind.name] = []  # written: its memory goes back (100,000 records)
        described[kind.name] = columns + [Column(n, str, *_EXTRA_COLUMNS[n], lambda r: None)
                                          for n in types if n in _EXTRA_COLUMNS]
    put("dispute_counterparties", links["dispute_counterparties"],
        {"dispute_id": str, "position": int, "name": str, "type": str, "type_en": str,
         "type_ko": str}, pk=("dispute_id", "position"),
        foreign=[("dispute_id", "disputes", "id")])
    put("engagement_companies", links["engagement_companies"],
        {"engagement_id": str, "company_id": str}, pk=("engagement_id", "company_id"),
        foreign=[("engagement_id", "engagements", "id"), ("company_id", "companies", "id")])
    put("records", ({"id": rid, "kind": kind, "title_ko": _title(reader, rid, 1),
                     "title_en": _title(reader, rid, 2)}
                    for rid, (kind, _, _) in sorted(reader.titles.items())),
        {"id": str, "kind": str, "title_ko": str, "title_en": str})
    if reader.public is not None:
        reader.public["en"].guard.keep(reader.public["ko"].anon.aliases())
        reader.public["en"].check((("the analysis database", "분석용 데이터베이스"), t)
                                  for t in texts)
    for name, (_en, _ko, sql) in VIEWS.items():
        db.create_view(name, sql)
        result.views.append(name)
    for table, cols in FTS.items():
        db[table].enable_fts(list(cols), tokenize="trigram", create_triggers=False)
    db["_columns"].insert_all(_describe(described) + [
        {"table_name": name, "column_name": "", "label_en": en, "label_ko": ko}
        for name, (en, ko, _sql) in VIEWS.items()], pk=("table_name", "column_name"))
    db["_about"].insert_all([
        {"key": "source", "value": Path(desk.path).name},
        {"key": "post", "value": desk.home_post},
        {"key": "edition", "value": edition},
        {"key": "written_at_utc", "value": now.astimezone(dt.UTC).isoformat(
            timespec="seconds")},
        {"key": "written_by", "value": f"Officer Desk {__version__}"},
        {"key": "full_text_search", "value": ", ".join(
            f"{t}({', '.join(c)})" for t, c in FTS.items()) +
            " — trigram: search with 3 or more characters"},
    ], pk="key")
    return result


def _title(reader: _Reader, rid: str, i: int) -> str:
    kind, ko, en = reader.titles[rid]
    if kind == COMPANIES.name:
        return reader.company(rid)[i - 1]
    return reader.text(ko if i == 1 else en)
