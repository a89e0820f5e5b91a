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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk import __version__
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import COMPANIES, USER_KINDS
from officer_desk.domain.messages import Text, say
from officer_desk.out_file import replacing
from officer_desk.services import analysis_copy as copy
from officer_desk.services import analysis_withheld as withheld
from officer_desk.services.analysis_columns import Column, Select, columns_of
from officer_desk.services.analysis_functions import Edition
from officer_desk.services.analysis_views import FTS, VIEWS
from officer_desk.services.calendar_export import check_out_path
from officer_desk.services.desk import Desk

EDITIONS = ("internal", "stakeholder")
#: FTS5 settings while the index is built (one flush of the terms, no merging on the
#: way), then FTS5's own defaults again for whoever adds rows later.
_FTS_BUILD = {"hashsize": 128 * 1024 * 1024, "automerge": 0}
_FTS_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}


@dataclass
class AnalysisResult:
    path: Path
    #: table -> rows written
    tables: dict[str, int] = field(default_factory=dict)
    views: list[str] = field(default_factory=list)

    def summary(self) -> Text:
        return say("analysis.wrote", path=self.path, tables=len(self.tables),
                   views=len(self.views), rows=sum(self.tables.values()))


def _exporters(conn: Any, edition: Edition) -> tuple[list[dict[str, Any]], list[str]]:
    """The exporters' rows (HQ's company links, else each company is its own exporter)
    and the companies in the order the file shows them."""
    links = dict(conn.execute("SELECT company_id, group_id FROM main.company_links"))
    members: dict[str, list[tuple[Any, ...]]] = {}
    order = []
    for row in conn.execute(
            "SELECT r.id, r.post, r.brn, r.name_ko, r.name_en FROM main.companies AS r "
            "JOIN analysis_work.shown AS s ON s.id = r.id ORDER BY r.rowid"):
        members.setdefault(links.get(row[0], row[0]), []).append(row)
        order.append(row[0])
    rows = []
    for group, companies in members.items():
        first = companies[0][0]
        named = edition.named(first)  # registers it with the anonymiser, in this order
        if edition.public is None:
            ko, en = companies[0][3], companies[0][4]
            ko, en = ko or en or "", en or ko or ""
        else:
            ko, en = edition.company(first, 0), edition.company(first, 1)
        rows.append({
            "id": group, "name_ko": ko, "name_en": en,
            "brn": next((c[2] for c in companies if c[2]), None) if named else None,
            "posts": "; ".join(sorted({c[1] for c in companies})),
            "companies": len(companies)})
    return rows, order


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
    with replacing(out) as tmp:
        tmp.unlink()  # SQLite makes it, with its own header
        db = sqlite_utils.Database(tmp)
        try:
            result = _build(db, tmp, desk, edition, now or dt.datetime.now(dt.UTC))
        finally:
            db.close()
    result.path = out
    return result


def _build(db: Any, path: Path, desk: Desk, edition_name: str, now: dt.datetime
           ) -> AnalysisResult:
    # a new file, renamed into place only when whole: no journal, no waiting for the
    # disk; pages of 16 KiB (the records' texts and the full-text index's segments are
    # long: fewer pages to split and link)
    db.execute("PRAGMA page_size = 16384")
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    edition = Edition(desk, edition_name)
    public = edition.public is not None
    result = AnalysisResult(Path())
    described: dict[str, list[Column]] = {}

    def put(table: str, rows: list[dict[str, Any]], columns: dict[str, type],
            pk: str | tuple[str, ...] | None = "id") -> None:
        """A small table made in Python: created and filled by sqlite-utils."""
        create(table, columns, pk)
        db[table].insert_all(rows, batch_size=2000)
        result.tables[table] = len(rows)

    def create(table: str, columns: dict[str, type], pk: str | tuple[str, ...] | None = "id",
               foreign: Iterable[tuple[str, str, str]] = ()) -> None:
        db[table].create(columns, pk=pk, not_null={pk} if isinstance(pk, str) else None,
                         foreign_keys=list(foreign))

    with copy.attached(desk.conn, path, edition):
        conn = desk.conn
        copy.choose(conn, public)
        put("posts", [dict(zip(("code", "name_ko", "name_en", "city_ko", "city_en",
                                "jurisdiction", "is_hq"), r, strict=True)) for r in conn.execute(
            "SELECT code, name_ko, name_en, city_ko, city_en, jurisdiction, is_hq "
            "FROM main.posts WHERE deleted = 0 ORDER BY code")],
            {"code": str, "name_ko": str, "name_en": str, "city_ko": str, "city_en": str,
             "jurisdiction": str, "is_hq": int}, pk="code")
        put("vocabulary", [
            {"vocabulary": t.vocabulary, "code": t.code, "label_en": t.label("en"),
             "label_ko": t.label("ko"), "position": t.position, "active": int(t.active)}
            for name in desk.vocab.vocabularies() for t in desk.vocab.terms(name)],
            {"vocabulary": str, "code": str, "label_en": str, "label_ko": str,
             "position": int, "active": int}, pk=("vocabulary", "code"))
        exporters, companies = _exporters(conn, edition)
        for company_id in companies:  # aliases given in the order of the companies table
            edition.named(company_id)
        put("exporters", exporters, {"id": str, "name_ko": str, "name_en": str, "brn": str,
                                     "posts": str, "companies": int})
        create("records", {"id": str, "kind": str, "title_ko": str, "title_en": str})
        selects: dict[str, tuple[list[Column], Select]] = {}
        for kind in USER_KINDS:
            sel = Select(public, withheld=public and withheld.may_withhold(kind))
            columns = columns_of(kind, sel)
            if kind is COMPANIES and public:
                columns = copy.company_columns(columns)
            extra = copy.extra_columns(kind, sel)
            foreign = [("post", "posts", "code")]
            if any(c.name == "exporter_id" for c in extra):
                foreign.append(("exporter_id", "exporters", "id"))
            foreign += [(f.name, f.ref or "", "id") for f in kind.fields
                        if f.type is FieldType.REF]
            create(kind.name, {c.name: c.type for c in columns + extra}, foreign=foreign)
            selects[kind.name] = (columns + extra, sel)
            described[kind.name] = columns + [
                Column(c.name, c.type, *_EXTRA_COLUMNS[c.name], "") for c in extra]
        create("dispute_counterparties", {"dispute_id": str, "position": int, "name": str,
                                          "type": str, "type_en": str, "type_ko": str},
               pk=("dispute_id", "position"), foreign=[("dispute_id", "disputes", "id")])
        create("engagement_companies", {"engagement_id": str, "company_id": str},
               pk=("engagement_id", "company_id"),
               foreign=[("engagement_id", "engagements", "id"),
                        ("company_id", "companies", "id")])
        for table, cols in FTS.items():  # the index is filled once the rows are in
            db[table].enable_fts(list(cols), tokenize="trigram", create_triggers=False)
        conn.execute("BEGIN")
        if public:
            withheld.mark(conn)
        result.tables["records"] = copy.copy_records(conn, public)
        if public:
            withheld.retitle_records(conn)
        for kind in USER_KINDS:
            columns, sel = selects[kind.name]
            result.tables[kind.name] = copy.copy_kind(conn, kind, columns, sel)
        result.tables.update(copy.copy_links(conn, edition))
        if public:
            for kind in USER_KINDS:
                withheld.blank(conn, kind, selects[kind.name][0])
        conn.execute("COMMIT")
    _full_text(db)
    if public:
        _check(db, edition, list(result.tables))
    for name, (_en, _ko, sql) in VIEWS.items():
        db.create_view(name, sql)
        result.views.append(name)
    db["_columns"].insert_all(_describe(described) + [
        {"table_name": name, "column_name": "", "label_en": en, "label_ko": ko}
        for name, (en, ko, _sql) in VIEWS.items()], pk=("table_name", "column_name"))
    db["_about"].insert_all([
        {"key": "source", "value": Path(desk.path).name},
        {"key": "post", "value": desk.home_post},
        {"key": "edition", "value": edition_name},
        {"key": "written_at_utc", "value": now.astimezone(dt.UTC).isoformat(
            timespec="seconds")},
        {"key": "written_by", "value": f"Officer Desk {__version__}"},
        {"key": "full_text_search", "value": ", ".join(
            f"{t}({', '.join(c)})" for t, c in FTS.items()) +
            " — trigram: search with 3 or more characters"},
    ], pk="key")
    return result


def _full_text(db: Any) -> None:
    """Fill the full-text indexes (sqlite-utils' ``populate_fts``), with FTS5 keeping
    the whole index in memory until it is written once."""
    for table, cols in FTS.items():
        fts = f"{table}_fts"
        for key, value in _FTS_BUILD.items():
            db.execute(f"INSERT INTO [{fts}]([{fts}], rank) VALUES (?, ?)", (key, value))
        db[table].populate_fts(list(cols))
        for key, value in _FTS_DEFAULTS.items():
            db.execute(f"INSERT INTO [{fts}]([{fts}], rank) VALUES (?, ?)", (key, value))
    db.conn.commit()


def _check(db: Any, edition: Edition, tables: list[str]) -> None:
    """Refuse the stakeholder edition while any text written in the file (every text
    value of every table) still holds a protected string; the refusal names the table,
    the column and the records that hold it."""
    assert edition.public is not None
    edition.public["en"].guard.keep(edition.public["ko"].anon.aliases())
    texts: list[tuple[Callable[[], tuple[str, str]], str]] = []
    for table in tables:
        columns = db[table].columns_dict
        for column in columns:
            where = _where(db, table, column, "id" in columns)
            texts += [((lambda v=v, where=where: where(v)), v) for (v,) in db.execute(
                f"SELECT DISTINCT [{column}] FROM [{table}] WHERE typeof([{column}]) = 'text'")]
    edition.public["en"].check(texts)


#: Records named in a refusal for one text (the rest are counted).
_IDS_SHOWN = 3


def _where(db: Any, table: str, column: str, has_id: bool
           ) -> Callable[[str], tuple[str, str]]:
    """Where a text of ``table.column`` is, for a refusal: with the ids of the records
    holding it (looked up only for a text that is refused)."""
    def where(text: str) -> tuple[str, str]:
        ids = ""
        if has_id:
            found = [str(r)[:8] for (r,) in db.execute(
                f"SELECT id FROM [{table}] WHERE [{column}] = ? LIMIT ?",
                (text, _IDS_SHOWN + 1))]
            more = ", …" if len(found) > _IDS_SHOWN else ""
            ids = ", ".join(found[:_IDS_SHOWN]) + more
        en = f"the analysis database, table {table}, column {column}"
        ko = f"분석용 데이터베이스의 {table} 표, {column} 열"
        return (f"{en} (record {ids})", f"{ko} (기록 {ids})") if ids else (en, ko)
    return where
