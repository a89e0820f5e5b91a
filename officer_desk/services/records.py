"""Create, change, delete and restore records; read one with its history.

Each use case validates everything before writing anything, writes in one
transaction, and returns a ``Change`` saying what it changed.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import (
    FieldError,
    NotFound,
    NotPermitted,
    OfficerDeskError,
    ValidationError,
)
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    ATTACHMENTS,
    COMPANIES,
    HQ,
    POSTS,
    VOCAB_TERMS,
    RecordKind,
    kind_named,
)
from officer_desk.domain.messages import kind_name, reason, say
from officer_desk.domain.records import Change, Record, value_from_json
from officer_desk.domain.tidying import Tidied, refuse_unaccepted, tidy_changes
from officer_desk.domain.validation import MAX_ATTACHMENT_BYTES as DOMAIN_MAX_ATTACHMENT_BYTES
from officer_desk.domain.validation import (
    RefChecker,
    check_record,
    clean_fields,
    currency_missing,
    field_error,
    is_record_id,
    timestamp_error,
)
from officer_desk.in_file import read_at_most
from officer_desk.services.company_numbers import brn_digits, brn_holder, brn_taken
from officer_desk.services.desk import Desk
from officer_desk.services.display import human_size
from officer_desk.storage.connection import transaction
from officer_desk.storage.repository import HistoryEntry

#: Largest attachment stored (the domain's, named here too: tests lower it here).
MAX_ATTACHMENT_BYTES = DOMAIN_MAX_ATTACHMENT_BYTES

#: Keys of an exported record that are metadata rather than fields.
META_KEYS = ("id", "kind", "post", "deleted", "created_at", "updated_at")
#: The display times a record may bring with it, as messages name them.
TIME_COLUMNS = (("created_at", "Created", "작성 시각"), ("updated_at", "Updated", "수정 시각"))


def get(desk: Desk, record_id: str, *, kind: RecordKind | None = None) -> Record:
    record = desk.repo.get(kind, record_id) if is_record_id(record_id) else None
    if record is None:
        raise NotFound(say("record.not_found", id=record_id))
    return record


def history(desk: Desk, record_id: str) -> list[HistoryEntry]:
    get(desk, record_id)
    return desk.repo.history(record_id)


def _refs(desk: Desk) -> RefChecker:
    return desk.repo.exists


def _remembered(refs: RefChecker) -> RefChecker:
    """``refs``, each record found looked up once: for the items of one ``create_many``,
    checked together with nothing deleted in between (many disputes name one company)."""
    found: set[tuple[str | None, str]] = set()

    def check(kind_name: str | None, record_id: str) -> bool:
        key = (kind_name, record_id)
        if key in found:
            return True
        if refs(kind_name, record_id):
            found.add(key)
            return True
        return False

    return check


def _taken(desk: Desk, items: list[Mapping[str, Any]]) -> set[str]:
    """The items' ids that a record already has, in one query per 500 ids (instead of
    one per item)."""
    ids = [i for i in dict.fromkeys(item.get("id") for item in items)
           if isinstance(i, str) and is_record_id(i)]
    taken: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        taken.update(row[0] for row in desk.conn.execute(
            f"SELECT id FROM record_index WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk))
    return taken


def _unique_checks(desk: Desk, kind: RecordKind, values: Mapping[str, Any],
                   record_id: str | None, post: str) -> list[FieldError]:
    """Keys that must be unique: reference data's (post codes, vocabulary codes) and a
    company's registration number at its post (``company_numbers``)."""
    if kind is COMPANIES and values.get("brn"):
        holder = brn_holder(desk, post, values["brn"], other_than=record_id)
        return [brn_taken(values["brn"], holder)] if holder else []
    if kind is POSTS and values.get("code"):
        row = desk.conn.execute(
            "SELECT id FROM posts WHERE code = ?", (values["code"],)
        ).fetchone()
        if row and row[0] != record_id:
            return [field_error("code", "code_taken", "Code", "코드",
                                value=values["code"])]
    if kind is VOCAB_TERMS and values.get("vocabulary") and values.get("code"):
        row = desk.conn.execute(
            "SELECT id FROM vocab_terms WHERE vocabulary = ? AND code = ?",
            (values["vocabulary"], values["code"]),
        ).fetchone()
        if row and row[0] != record_id:
            return [field_error("code", "code_taken", "Code", "코드",
                                value=values["code"])]
    return []


def _owner(desk: Desk, kind: RecordKind, post: str | None, *, foreign_ok: bool) -> str:
    if kind.reference:  # HQ's, whatever a file says: foreign_ok is for posts' records
        if not (desk.is_hq or desk.demo):
            raise NotPermitted(say("record.reference_data", kind=kind_name(kind)))
        return HQ
    wanted = (post or desk.home_post).strip().upper()
    if wanted == desk.home_post:
        return wanted
    if wanted not in desk.post_codes():
        raise ValidationError([field_error("post", "unknown_code", "Post", "공관",
                                           value=wanted, known=", ".join(desk.post_codes()))])
    if wanted != desk.home_post and not (desk.demo or foreign_ok):
        raise NotPermitted(say("record.made_at_other_post", home=desk.home_post, post=wanted))
    return wanted


def prepare(
    desk: Desk,
    kind: RecordKind,
    data: Mapping[str, Any],
    *,
    post: str | None = None,
    foreign_ok: bool = False,
    refs: RefChecker | None = None,
    taken: set[str] | None = None,
) -> Record:
    """Validate ``data`` as a new record; raise ValidationError with every problem.

    ``data`` may carry an ``id`` and display times (an export read back in); ``foreign_ok``
    allows another post's records (bringing back an export), which stay read-only here.
    ``refs`` looks references up (default: the repository, each time); ``taken``, when
    given, holds every id of ``data`` that a record already has (looked up beforehand).
    """
    if desk.readonly:
        raise NotPermitted(say("desk.read_only", path=desk.path))
    fields = {k: v for k, v in data.items() if k not in META_KEYS}
    fields = {
        k: value_from_json(kind.field(k).type, v) if kind.has_field(k) else v
        for k, v in fields.items()
    }
    if data.get("kind") not in (None, kind.name):
        raise ValidationError([field_error("kind", "unknown_code", "Kind", "종류",
                                           value=data.get("kind"), known=kind.name)])
    record_id = data.get("id")
    errors: list[FieldError] = []
    if record_id is not None:
        if not is_record_id(record_id):
            errors.append(field_error("id", "bad_id", "Id", "ID", value=record_id))
        elif (record_id in taken if taken is not None
              else desk.repo.kind_of(record_id) is not None):
            errors.append(field_error("id", "id_taken", "Id", "ID", value=record_id))
    owner = _owner(desk, kind, post or data.get("post"), foreign_ok=foreign_ok)
    for column, en, ko in TIME_COLUMNS:
        if data.get(column) not in (None, ""):  # an export read back in keeps its times
            err = timestamp_error(column, en, ko, data[column])
            if err is not None:
                errors.append(err)
    if kind is ATTACHMENTS:
        fields = _attachment_fields(fields, errors)
    cleaned, field_errors = clean_fields(kind, fields, desk.vocab, refs or _refs(desk))
    errors += field_errors
    record = desk.repo.new_record(
        kind, owner, cleaned, record_id=record_id if not errors else None,
        created_at=data.get("created_at"), updated_at=data.get("updated_at"),
    )
    errors += _whole_record_errors(kind, record.values, errors)
    errors += _entry_errors(kind, record.values, None, errors)
    errors += _unique_checks(desk, kind, record.values, record_id, owner)
    if errors:
        raise ValidationError(errors)
    return record


def _whole_record_errors(
    kind: RecordKind, values: Mapping[str, Any], found: list[FieldError]
) -> list[FieldError]:
    """Whole-record checks, leaving out fields already reported (no 'required' twice)."""
    reported = {e.field for e in found}
    return [e for e in check_record(kind, values) if e.field not in reported]


def _entry_errors(kind: RecordKind, values: Mapping[str, Any],
                  before: Mapping[str, Any] | None, found: list[FieldError]
                  ) -> list[FieldError]:
    """What a person may not enter though a stored record may hold it (an amount
    without its currency: ``validation.currency_missing``)."""
    if {e.field for e in found} & {"currency", *(n for n in values if is_amount(kind, n))}:
        return []  # the amount or the currency is wrong already: said once
    error = currency_missing(kind, values, before)
    return [error] if error is not None else []


def is_amount(kind: RecordKind, name: str) -> bool:
    return kind.has_field(name) and kind.field(name).type is FieldType.AMOUNT


def _attachment_fields(fields: dict[str, Any], errors: list[FieldError]) -> dict[str, Any]:
    content = fields.get("content")
    if isinstance(content, (bytes, bytearray, memoryview)):
        content = bytes(content)
        if len(content) > MAX_ATTACHMENT_BYTES:
            errors.append(field_error(
                "content", "too_large", "Attachment", "첨부 파일",
                size=human_size(len(content)), limit=human_size(MAX_ATTACHMENT_BYTES),
            ))
        fields["size"] = len(content)
        fields["sha256"] = hashlib.sha256(content).hexdigest()
        if not fields.get("media_type") and fields.get("file_name"):
            guessed, _ = mimetypes.guess_type(str(fields["file_name"]))
            fields["media_type"] = guessed or "application/octet-stream"
    return fields


def _after_write(desk: Desk, kinds: Iterable[RecordKind]) -> None:
    if any(k.reference for k in kinds):
        desk.reference_changed()


def create(
    desk: Desk, kind: RecordKind, data: Mapping[str, Any], *, post: str | None = None,
    foreign_ok: bool = False,
) -> tuple[Record, Change]:
    record = prepare(desk, kind, data, post=post, foreign_ok=foreign_ok)
    desk.repo.insert(record)
    _after_write(desk, [kind])
    return record, Change(created=[record.id], kinds={kind.name})


def create_many(
    desk: Desk,
    kind: RecordKind,
    items: Iterable[Mapping[str, Any]],
    *,
    foreign_ok: bool = False,
    batch: int = 5000,
) -> Change:
    """Validate every item, then store all of them in one transaction (or none).

    A ValidationError names the item (``#3``, counted from 1) of each problem.
    """
    records = prepare_many(desk, kind, items, foreign_ok=foreign_ok)
    with transaction(desk.conn):
        for start in range(0, len(records), batch):
            desk.repo.insert_many(records[start:start + batch])
    _after_write(desk, [kind])
    return Change(created=[r.id for r in records], kinds={kind.name} if records else set())


def prepare_many(desk: Desk, kind: RecordKind, items: Iterable[Mapping[str, Any]], *,
                 foreign_ok: bool = False, refs: RefChecker | None = None
                 ) -> list[Record]:
    """``items`` validated as new records (nothing written); a ValidationError names
    the item (``#3``) of each problem. ``refs``: how references are looked up
    (default: the repository)."""
    records: list[Record] = []
    errors: list[FieldError] = []
    items = list(items)
    refs, taken = _remembered(refs or _refs(desk)), _taken(desk, items)
    numbers: dict[tuple[str, str], Record] = {}  # two new companies with one number
    for n, item in enumerate(items, start=1):
        try:
            record = prepare(desk, kind, item, foreign_ok=foreign_ok, refs=refs, taken=taken)
            records.append(record)
            if kind is COMPANIES and (digits := brn_digits(record.values.get("brn"))):
                first = numbers.setdefault((record.post, digits), record)
                if first is not record:
                    e = brn_taken(digits, (first.id, first.values.get("name_ko"),
                                           first.values.get("name_en")))
                    errors.append(FieldError(f"#{n}.brn", e.code, f"#{n}: {e.en}",
                                             f"#{n}: {e.ko}"))
        except ValidationError as e:
            errors += [FieldError(f"#{n}.{x.field}", x.code, f"#{n}: {x.en}", f"#{n}: {x.ko}")
                       for x in e.errors]
    seen: set[str] = set()
    for n, r in enumerate(records, start=1):
        if r.id in seen:
            e = field_error("id", "id_repeated", "Id", "ID", value=r.id)
            errors.append(FieldError(f"#{n}.id", e.code, f"#{n}: {e.en}", f"#{n}: {e.ko}"))
        seen.add(r.id)
    if errors:
        raise ValidationError(errors)
    return records


def update(desk: Desk, record_id: str, changes: Mapping[str, Any], *,
           accept_changes: bool = True, tidied: list[Tidied] | None = None) -> Change:
    """Change the fields in ``changes``. A value that would be stored otherwise than
    given (``tidying``) goes into ``tidied``; with ``accept_changes`` False, one that
    changes what a person reads is refused (``ChangesNotAccepted``, with what validation
    refuses besides), nothing stored. A code given otherwise than its list has it is
    one of them, said only (``tidying``)."""
    record = get(desk, record_id)
    cleaned, found = _checked_changes(desk, record, changes, accept_changes=accept_changes)
    changed = desk.repo.update(record, cleaned)
    _after_write(desk, [record.kind])
    if tidied is not None:
        tidied += found
    if not changed:
        return Change()
    return Change(updated=[record.id], kinds={record.kind.name}, fields={record.id: changed})


def problems(desk: Desk, kind: RecordKind, data: Mapping[str, Any],
             record_id: str | None = None) -> list[FieldError]:
    """What ``create`` (``record_id`` None) or ``update`` would refuse in ``data``, every
    field problem at once, without writing anything. An editor asks it when some of its
    fields are already known to be wrong, so that the first Save says everything."""
    try:
        if record_id is None:
            prepare(desk, kind, data)
        else:
            _checked_changes(desk, get(desk, record_id), data)
    except ValidationError as e:
        return list(e.errors)
    return []


def _names_record(record: Record, name: str, given: Any) -> bool:
    """Whether an ``id`` or ``kind`` given with changes is the record's own (an object
    of an export): another one is refused, never left out unsaid."""
    if not isinstance(given, str):
        return False
    if name == "id":
        return is_record_id(given) and str(uuid.UUID(given)) == record.id
    try:
        return kind_named(given) is record.kind
    except KeyError:
        return False


def _checked_changes(desk: Desk, record: Record, changes: Mapping[str, Any], *,
                     accept_changes: bool = True) -> tuple[dict[str, Any], list[Tidied]]:
    """``changes`` to ``record`` cleaned, and what tidying changes in them;
    ValidationError with every problem (``ChangesNotAccepted`` instead, carrying them,
    when a change is not accepted: see ``update``)."""
    desk.check_can_edit(record)
    kind = record.kind
    fields = {k: value_from_json(kind.field(k).type, v) if kind.has_field(k) else v
              for k, v in changes.items() if k not in ("id", "kind")}
    found = tidy_changes(kind, fields, vocab=desk.vocab)
    errors: list[FieldError] = [
        field_error(name, "immutable", en, ko) for name, en, ko in
        (("id", "Id", "ID"), ("kind", "Kind", "종류"))
        if name in changes and not _names_record(record, name, changes[name])]
    if "post" in fields and str(fields.pop("post")).upper() != record.post:
        errors.append(field_error("post", "immutable", "Owning post", "소유 공관"))
    cleaned, field_errors = clean_fields(kind, fields, desk.vocab, _refs(desk))
    errors += field_errors
    for name, value in cleaned.items():
        f = kind.field(name)
        if f.immutable and record.values.get(name) not in (None, value):
            errors.append(field_error(name, "immutable", f.en, f.ko))
    merged = {**record.values, **cleaned}
    errors += _whole_record_errors(kind, merged, errors)
    errors += _entry_errors(kind, merged, record.values, errors)
    # a company keeps a number it already had (made before numbers were unique)
    if kind is not COMPANIES or brn_digits(cleaned.get("brn")) not in (
            "", brn_digits(record.values.get("brn"))):
        errors += _unique_checks(desk, kind, merged, record.id, record.post)
    # what would be changed on the way is said with every other problem, in one refusal
    refuse_unaccepted(found, accept_changes=accept_changes, problems=errors)
    if errors:
        raise ValidationError(errors)
    return cleaned, found


def delete(desk: Desk, record_id: str) -> Change:
    record = get(desk, record_id)
    desk.check_can_edit(record)
    if not desk.repo.set_deleted(record, True):
        return Change()
    _after_write(desk, [record.kind])
    return Change(deleted=[record.id], kinds={record.kind.name})


def restore(desk: Desk, record_id: str) -> Change:
    record = get(desk, record_id)
    desk.check_can_edit(record)
    if record.deleted and record.kind is COMPANIES:  # its number taken meanwhile
        errors = _unique_checks(desk, COMPANIES, record.values, record.id, record.post)
        if errors:
            raise ValidationError(errors)
    if not desk.repo.set_deleted(record, False):
        return Change()
    _after_write(desk, [record.kind])
    return Change(restored=[record.id], kinds={record.kind.name})


def attach_file(
    desk: Desk, record_id: str, path: str | Path, *, description: str | None = None,
    sensitivity: str | None = None,
) -> tuple[Record, Change]:
    """Store a file's content as an attachment of a record."""
    path = Path(path)
    target = get(desk, record_id)
    not_bytes = field_error("content", "not_bytes", "Attachment", "첨부 파일")
    if path.is_dir():  # a dropped folder: said, never a crash reading it
        raise OfficerDeskError(say("file.is_folder", path=path))
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError([field_error(
                "content", "too_large", path.name, path.name,
                size=human_size(size), limit=human_size(MAX_ATTACHMENT_BYTES),
            )])
        content = read_at_most(path, MAX_ATTACHMENT_BYTES)
    except OSError as e:  # gone, not readable: said as stat() failing is
        raise ValidationError([not_bytes], context=say(
            "file.cannot_read", path=path, detail=reason(e))) from e
    data: dict[str, Any] = {
        "record_id": record_id, "file_name": path.name, "content": content,
        "description": description,
        "sensitivity": sensitivity or target.values.get("sensitivity") or "internal",
    }
    return create(desk, ATTACHMENTS, data, post=target.post)


def is_blob(kind: RecordKind, name: str) -> bool:
    return kind.has_field(name) and kind.field(name).type is FieldType.BLOB
