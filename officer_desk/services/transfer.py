"""Records out to JSON or CSV, and JSON records back in.

The JSON export keeps every field (attachments as base64), the record's id, owning
post and display times, so ``export`` then ``add`` into a fresh database then
``export`` gives the same records.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from officer_desk.domain.errors import FieldError, OfficerDeskError, ValidationError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.json_input import loads_strict
from officer_desk.domain.kinds import KINDS, USER_KINDS, RecordKind, kind_named
from officer_desk.domain.messages import json_problem, say
from officer_desk.domain.records import Change, Record, utc_now
from officer_desk.domain.spreadsheet_text import csv_safe
from officer_desk.domain.tidying import (
    ChangesNotAccepted,
    Tidied,
    code_steps,
    must_ask,
    tidy_changes,
)
from officer_desk.domain.validation import is_record_id
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.storage.connection import transaction

EXPORT_FORMAT = "officer-desk-export"
EXPORT_VERSION = 1


def iter_records(
    desk: Desk, kind: RecordKind, *, include_deleted: bool = False, with_blobs: bool = True
) -> Iterator[Record]:
    where = "" if include_deleted else "WHERE deleted = 0"
    return desk.repo.rows(kind, f"{where} ORDER BY created_at, id", with_blobs=with_blobs)


def export_json(
    desk: Desk, kinds: Iterable[RecordKind] | None = None, *, include_deleted: bool = False
) -> dict[str, Any]:
    chosen = list(kinds) if kinds else list(USER_KINDS)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "post": desk.home_post,
        "exported_at": utc_now(),
        "kinds": {
            k.name: [r.to_json() for r in iter_records(desk, k, include_deleted=include_deleted)]
            for k in chosen
        },
    }


#: Field types whose CSV text is made by the program, never typed by a user.
_CSV_PLAIN_TYPES = frozenset({FieldType.DATE, FieldType.BOOL, FieldType.INTEGER,
                              FieldType.AMOUNT})


def _csv_cell(ftype: FieldType, value: Any) -> str:
    """The CSV text of a value; user text that a spreadsheet would run as a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR, ``#N/A``) gets a leading apostrophe."""
    if value is None:
        return ""
    if ftype is FieldType.DATE:
        return value.isoformat()
    if ftype is FieldType.BOOL:
        return "true" if value else "false"
    if ftype in (FieldType.STRINGS, FieldType.REFS, FieldType.PARTIES):
        text = list_text(ftype, value)
    elif ftype is FieldType.AMOUNT and isinstance(value, float) and value.is_integer():
        text = str(int(value))  # 12000000, not 12000000.0 (nor 1.2e+16 for a large one)
    else:
        text = str(value)
    return text if ftype in _CSV_PLAIN_TYPES else csv_safe(text)


def list_text(ftype: FieldType, value: Any) -> str:
    """A list as a cell: items joined with ``; `` (as the import splits them), a
    counterparty with its type in brackets."""
    if ftype is FieldType.PARTIES:
        return "; ".join(
            f"{p['name']} [{p['type']}]" if p.get("type") else p["name"] for p in value
        )
    return "; ".join(value)


def csv_columns(kind: RecordKind) -> list[Field]:
    """The fields a spreadsheet export has a column for (all but attachment content),
    between the id and post columns and the times."""
    return [f for f in kind.fields if f.type is not FieldType.BLOB]


def export_csv(desk: Desk, kind: RecordKind, *, include_deleted: bool = False) -> str:
    """One kind as CSV (attachment content left out; its sha256 is in the row)."""
    fields = csv_columns(kind)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "post", *(f.name for f in fields), "created_at", "updated_at"])
    for r in iter_records(desk, kind, include_deleted=include_deleted, with_blobs=False):
        writer.writerow([
            r.id, r.post, *(_csv_cell(f.type, r.values.get(f.name)) for f in fields),
            r.created_at, r.updated_at,
        ])
    return out.getvalue()


def read_items(text: str, kind_name: str) -> list[tuple[RecordKind, list[Mapping[str, Any]]]]:
    """The records in a JSON text: an export, a list of objects, or one object.

    ``kind_name`` "all" takes every kind of an export, in the order kinds depend on
    each other (companies before disputes, …).
    """
    try:
        data = loads_strict(text)
    except json.JSONDecodeError as e:
        raise OfficerDeskError(say("transfer.bad_json", detail=json_problem(e.msg),
                                   line=e.lineno)) from e
    if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
        version = data.get("version")
        if version != EXPORT_VERSION:  # a newer program's export may mean its fields otherwise
            raise OfficerDeskError(say("transfer.other_version", version=version,
                                       known=EXPORT_VERSION))
        groups = data.get("kinds")
        if not isinstance(groups, dict):
            raise OfficerDeskError(say("transfer.no_kinds"))
        if kind_name == "all":
            order = [k for k in KINDS if k.name in groups]
            unknown = set(groups) - {k.name for k in KINDS}
            if unknown:
                raise OfficerDeskError(say("transfer.unknown_kinds",
                                           kinds=", ".join(sorted(unknown))))
            return [(k, _objects(groups[k.name])) for k in order]
        kind = kind_named(kind_name)
        return [(kind, _objects(groups.get(kind.name, [])))]
    if kind_name == "all":
        raise OfficerDeskError(say("transfer.all_needs_export"))
    kind = kind_named(kind_name)
    if isinstance(data, dict):
        data = [data]
    return [(kind, _objects(data))]


def _objects(items: Any) -> list[Mapping[str, Any]]:
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise OfficerDeskError(say("transfer.not_objects"))
    return items


def add_json(desk: Desk, text: str, kind_name: str,
             left_out: list[str] | None = None, *, accept_changes: bool = True,
             tidied: list[Tidied] | None = None) -> Change:
    """Add the records in ``text``; all of them or, on any problem, none.

    Records marked deleted (an export made with --include-deleted) are not added: their
    ids go into ``left_out`` so that the caller can say so. A value that would be stored
    otherwise than given (``tidying``) goes into ``tidied``; with ``accept_changes``
    False, one that changes what a person reads refuses the whole text
    (``ChangesNotAccepted``, with every problem validation finds besides) before
    anything is stored. A record's ``post`` given otherwise than its code (``us``) is
    said as a code is (``tidying``).
    """
    groups = read_items(text, kind_name)
    found: list[Tidied] = []
    live_groups = []
    for kind, items in groups:
        live = [i for i in items if not i.get("deleted")]
        if left_out is not None:
            left_out += [str(i.get("id", "")) for i in items if i.get("deleted")]
        live_groups.append((kind, live))
        many = len(live) > 1
        for n, item in enumerate(live, start=1):
            item_changes = tidy_changes(kind, item, item=n if many else None,
                                        vocab=desk.vocab)
            post = _post_change(desk, kind, item, n if many else None)
            for t in ([post] if post else []) + item_changes:
                found.append(replace(t, field=f"{kind.name}.{t.field}")
                             if len(groups) > 1 else t)
    if must_ask(found, accept_changes=accept_changes):
        raise ChangesNotAccepted(found, _problems(desk, live_groups))
    change = Change()
    with transaction(desk.conn):
        for kind, live in live_groups:
            change.merge(record_service.create_many(desk, kind, live, foreign_ok=True))
    if tidied is not None:
        tidied += found
    return change


def _post_change(desk: Desk, kind: RecordKind, item: Mapping[str, Any],
                 n: int | None) -> Tidied | None:
    """A record's ``post`` given otherwise than the code of a post there is ("us",
    " US"): stored as that code, and said (a post unknown is refused by ``prepare``)."""
    given = item.get("post")
    if kind.reference or not isinstance(given, str):
        return None
    code = given.strip().upper()
    if code == given or (code != desk.home_post and code not in desk.post_codes()):
        return None
    return Tidied("post", given, code, code_steps(given, code), item=n)


def _problems(desk: Desk, groups: list[tuple[RecordKind, list[Mapping[str, Any]]]]
              ) -> list[FieldError]:
    """What validation refuses in ``groups`` (nothing is written): said with the
    values a refusal shows, so that one run says everything. A record may name one
    given earlier in the text (an export's disputes name its companies)."""
    given = {str(uuid.UUID(i["id"])) for _, items in groups for i in items
             if isinstance(i.get("id"), str) and is_record_id(i["id"])}

    def refs(kind_name: str | None, record_id: str) -> bool:
        return record_id in given or desk.repo.exists(kind_name, record_id)

    problems: list[FieldError] = []
    for kind, items in groups:
        try:
            record_service.prepare_many(desk, kind, items, foreign_ok=True, refs=refs)
        except ValidationError as e:
            prefix = f"{kind.name}." if len(groups) > 1 else ""
            problems += [FieldError(f"{prefix}{x.field}", x.code,
                                    f"{prefix}{x.en}" if prefix else x.en,
                                    f"{prefix}{x.ko}" if prefix else x.ko) for x in e.errors]
        except OfficerDeskError as e:  # not permitted here, …: said with the values
            problems.append(FieldError("", "refused", e.message("en"), e.message("ko")))
    return problems
