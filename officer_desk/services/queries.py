"""Lists of records: filters, sort and paging, checked against the field specs.

Field names from the user are never put into SQL unless they are fields of the kind;
values always travel as parameters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.errors import FieldError, ValidationError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import Record
from officer_desk.domain.validation import clean_value, field_error, parse_date
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services import sort_order
from officer_desk.services.desk import Desk
from officer_desk.storage import search
from officer_desk.storage.codec import from_sql, to_sql

#: Metadata columns that can be filtered and sorted on besides the kind's fields.
META_SORTABLE = ("post", "created_at", "updated_at", "version")

#: A search matching more records of a kind than this reads the list in its own order
#: and checks each row against the matches, stopping at the page (``EXISTS``); with
#: fewer, it reads the matches first (``id IN``). Reading 40,000 matching ids to show
#: 200 rows took longer than a keystroke may.
DENSE_MATCHES = 2000


@dataclass
class ListQuery:
    #: field (or "post") -> a value, or a list of values of which any may match
    where: dict[str, Any] = field(default_factory=dict)
    posts: tuple[str, ...] | None = None
    #: a period on the kind's date field (e.g. a dispute's opening date)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: full-text restriction (as typed in the search box)
    text: str | None = None
    include_deleted: bool = False
    only_deleted: bool = False
    #: a field name, "-" in front for descending; None: the kind's default order
    sort: str | None = None
    #: the language whose labels a vocabulary column sorts by (see ``sort_order``)
    sort_lang: str = "en"
    limit: int | None = 100
    offset: int = 0


@dataclass
class Page:
    records: list[Record]
    total: int


def parse_where(kind: RecordKind, items: Iterable[str]) -> dict[str, list[str]]:
    """``["stage=filed", "post=US", "stage=hearing"]`` -> ``{"stage": ["filed", "hearing"], …}``."""
    out: dict[str, list[str]] = {}
    errors: list[FieldError] = []
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            errors.append(field_error("where", "not_a_filter", "Filter", "필터", value=item))
            continue
        out.setdefault(name, []).append(value.strip())
    if errors:
        raise ValidationError(errors)
    return out


def _filter_clause(
    desk: Desk, kind: RecordKind, name: str, values: Any, errors: list[FieldError]
) -> tuple[str, list[Any]] | None:
    wanted = values if isinstance(values, (list, tuple, set)) else [values]
    if name == "post":
        codes = [str(v).strip().upper() for v in wanted]
        return f"post IN ({', '.join('?' for _ in codes)})", codes
    if name == "id":
        return f"id IN ({', '.join('?' for _ in wanted)})", [str(v) for v in wanted]
    if not kind.has_field(name):
        errors.append(field_error(name, "unknown_field", name, value=name,
                                  target=(kind.en.lower(), kind.ko)))
        return None
    f = kind.field(name)
    if f.type is FieldType.BLOB:
        errors.append(field_error(name, "unknown_field", name, value=name,
                                  target=(kind.en.lower(), kind.ko)))
        return None
    if f.type in (FieldType.STRINGS, FieldType.REFS):
        params = [str(v).strip() for v in wanted]
        return (
            f"EXISTS (SELECT 1 FROM json_each({name}) WHERE value IN "
            f"({', '.join('?' for _ in params)}))",
            params,
        )
    if f.type is FieldType.PARTIES:
        params = [str(v).strip() for v in wanted]
        return (
            f"EXISTS (SELECT 1 FROM json_each({name}) WHERE json_extract(value, '$.type') IN "
            f"({', '.join('?' for _ in params)}) OR json_extract(value, '$.name') IN "
            f"({', '.join('?' for _ in params)}))",
            params + params,
        )
    params = []
    include_null = False
    for v in wanted:
        if v is None or (isinstance(v, str) and v.strip().lower() in ("", "none", "null")):
            include_null = True
            continue
        cleaned, err = clean_value(f, v, desk.vocab)
        if err:
            errors.append(err)
            continue
        params.append(to_sql(f, cleaned))
    parts = []
    if params:
        parts.append(f"{name} IN ({', '.join('?' for _ in params)})")
    if include_null:
        parts.append(f"{name} IS NULL")
    return ("(" + " OR ".join(parts) + ")" if parts else "0"), params


def _where(
    desk: Desk, kind: RecordKind, q: ListQuery, *, dense_text: bool = False
) -> tuple[str, list[Any]]:
    """The WHERE clause of ``q`` (SQL and parameters; nothing is read).

    ``dense_text``: the search matches many records (see ``DENSE_MATCHES``).
    """
    clauses: list[str] = []
    params: list[Any] = []
    errors: list[FieldError] = []
    if q.only_deleted:
        clauses.append("deleted = 1")
    elif not q.include_deleted:
        clauses.append("deleted = 0")
    for name, values in q.where.items():
        clause = _filter_clause(desk, kind, name, values, errors)
        if clause:
            clauses.append(clause[0])
            params.extend(clause[1])
    if q.posts:
        clauses.append(f"post IN ({', '.join('?' for _ in q.posts)})")
        params.extend(p.upper() for p in q.posts)
    if (q.date_from or q.date_to) and kind.period_field:
        if q.date_from:
            clauses.append(f"{kind.period_field} >= ?")
            params.append(_as_date(q.date_from, "date_from", errors))
        if q.date_to:
            clauses.append(f"{kind.period_field} <= ?")
            params.append(_as_date(q.date_to, "date_to", errors))
    if q.text and q.text.strip():
        if dense_text:
            sql, text_params = search.rowid_clause(q.text)
            clauses.append("EXISTS (SELECT 1 FROM record_index AS ri "
                           f"WHERE ri.id = {kind.name}.id AND ri.rowid IN ({sql}))")
        else:
            sql, text_params = search.match_clause(q.text, kind=kind.name)
            clauses.append(f"id IN ({sql})")
        params.extend(text_params)
    if errors:
        raise ValidationError(errors)
    return (" AND ".join(clauses) or "1"), params


def _as_date(value: Any, name: str, errors: list[FieldError]) -> str | None:
    d = parse_date(value)
    if d is None:
        errors.append(field_error(name, "bad_date", name, value=value))
        return None
    return d.isoformat()


def order_by(kind: RecordKind, sort: str | None, vocab: Vocabularies | None = None,
             lang: str = "en", *, reverse: bool = False) -> str:
    """The ORDER BY of ``sort`` (the kind's default when None). With ``vocab``, a
    vocabulary or choice field sorts by its labels in ``lang`` or its process order
    (``sort_order``), not by its codes. ``reverse``: the same order backwards (a page
    near the end is read from the end)."""
    spec = sort or kind.default_sort
    descending = spec.startswith("-")
    name = spec.lstrip("-+")
    if name not in META_SORTABLE and not (
        kind.has_field(name) and kind.field(name).type is not FieldType.BLOB
    ):
        raise ValidationError([field_error("sort", "unknown_field", "Sort", "정렬", value=name,
                                           target=(kind.en.lower(), kind.ko))])
    ranked = (sort_order.ranking(kind.field(name), vocab, lang)
              if vocab is not None and name not in META_SORTABLE else None)
    never_null = name in META_SORTABLE or kind.field(name).required
    terms: list[tuple[str, bool]]  # (expression, descending)
    if ranked is not None:
        terms = [(f"{name} IS NULL", False), (ranked.sql, descending), ("id", descending)]
    elif descending or never_null:
        # SQLite puts NULLs last when descending already; a plain ORDER BY lets it walk
        # an index instead of sorting the whole table
        terms = [(name, descending), ("id", descending)]
    else:
        terms = [(f"{name} IS NULL", False), (name, descending), ("id", descending)]
    return ", ".join(f"{expr} {'DESC' if desc != reverse else 'ASC'}"
                     for expr, desc in terms)


def check_query(desk: Desk, kind: RecordKind, query: ListQuery) -> None:
    """Raise ``ValidationError`` for a filter or sort ``list_records`` would refuse,
    without reading anything (a window checks a query before it runs elsewhere)."""
    order_by(kind, query.sort)
    _where(desk, kind, query)


def _searched_only(q: ListQuery) -> bool:
    """Whether ``q`` narrows by search text and posts only: its length is then the
    number of the kind's index matches (deleted records are never in the index)."""
    return bool(q.text and q.text.strip()) and not (
        q.where or q.date_from or q.date_to or q.only_deleted)


def list_records(desk: Desk, kind: RecordKind, query: ListQuery | None = None) -> Page:
    tail, params, total = _page_of(desk, kind, query or ListQuery())
    return Page(records=list(desk.repo.rows(kind, tail, params)), total=total)


@dataclass
class FieldsPage:
    """A page of a list with only some of each record's values (see ``list_fields``)."""

    #: each record's id, post, deleted flag, then the asked fields' values in order
    rows: list[tuple[Any, ...]]
    total: int


def list_fields(
    desk: Desk, kind: RecordKind, names: Sequence[str], query: ListQuery | None = None,
    *, total: int | None = None,
) -> FieldsPage:
    """Like ``list_records``, reading only the fields ``names``: what a list shows.

    A window's list reads a page of 200 on every keystroke of a search; reading whole
    records (every field, their change stamps) took most of that time.

    ``total``: how many records the query matches, when the caller knows (a list reading
    another page of the same query): nothing is counted, and a page in the second half
    is read from the end backwards (an OFFSET costs a step per row skipped: the last
    page of 41,666 took 100-250 ms read forwards, as long as the first backwards).
    """
    fields = [kind.field(name) for name in names]
    q = query or ListQuery()
    reverse = (total is not None and q.limit is not None and q.offset > 0
               and q.offset * 2 > total)
    if reverse:
        assert total is not None and q.limit is not None
        end = min(total, q.offset + q.limit)
        q = dataclasses.replace(q, offset=total - end, limit=max(0, end - q.offset))
    tail, params, counted = _page_of(desk, kind, q, count=total is None, reverse=reverse)
    columns = ", ".join(["id", "post", "deleted", *names])
    rows = [
        (row[0], row[1], bool(row[2]),
         *(from_sql(f, value) for f, value in zip(fields, row[3:], strict=True)))
        for row in desk.conn.execute(f"SELECT {columns} FROM {kind.name} {tail}", params)
    ]
    if reverse:
        rows.reverse()
    return FieldsPage(rows=rows, total=counted if total is None else total)


def _page_of(desk: Desk, kind: RecordKind, q: ListQuery, *, count: bool = True,
             reverse: bool = False) -> tuple[str, list[Any], int]:
    """The SQL after ``FROM kind`` for ``q``'s page, its parameters, and how many
    records ``q`` matches in all (-1 when ``count`` is False)."""
    matches = None
    if q.text and q.text.strip():
        matches = search.count_matches(desk.conn, q.text, kinds=(kind.name,), posts=q.posts)
    where, params = _where(desk, kind, q,
                           dense_text=matches is not None and matches > DENSE_MATCHES)
    order = order_by(kind, q.sort, desk.vocab, q.sort_lang, reverse=reverse)
    if not count:
        total = -1
    elif matches is not None and _searched_only(q):
        total = matches
    else:
        total = desk.conn.execute(
            f"SELECT count(*) FROM {kind.name} WHERE {where}", params
        ).fetchone()[0]
    tail = f"WHERE {where} ORDER BY {order}"
    page_params = list(params)
    if q.limit is not None:
        tail += " LIMIT ? OFFSET ?"
        page_params += [int(q.limit), int(q.offset)]
    return tail, page_params, int(total)


def count(desk: Desk, kind: RecordKind, where: Mapping[str, Any] | None = None) -> int:
    w, params = _where(desk, kind, ListQuery(where=dict(where or {})))
    return int(desk.conn.execute(f"SELECT count(*) FROM {kind.name} WHERE {w}", params)
               .fetchone()[0])
