"""Rows read from a package, checked and turned into records.

A package is untrusted even when its signature is good (a program with a bug, or a
hand-edited database, can sign garbage). Every value is first checked for its type
here (what an SQLite column of a package can hold: ``decode_row``); the rows the merge
would take are then checked by the domain's own check of a record typed by hand
(``domain_refusal``: ``domain.validation.stored_value_error`` and ``check_record``),
so the merge accepts exactly the values the editor, ``add`` and the import could have
stored, with one validator, and the two cannot drift apart.

Vocabulary codes are checked against every term this database has had, deleted ones
included, after the package's own terms are merged (``sync.merge`` reads them again
then): a post's records can only use terms that came from HQ, so HQ has them all; a
term HQ deleted after a record used it must not refuse the post's every package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import uuid
from typing import Any

from officer_desk.domain import validation
from officer_desk.domain.errors import FieldError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import ATTACHMENTS, RecordKind
from officer_desk.domain.messages import Both, Text, say
from officer_desk.domain.records import Record
from officer_desk.domain.validation import check_record, stored_value_error, timestamp_error
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.storage.codec import from_sql
from officer_desk.sync.package_format import INSTALLATION_ID


class RowRefused(Exception):
    """One row of a package cannot be used; the message says which and why.

    ``str()`` is the English text; ``ko`` the Korean one (the window's language).
    """

    def __init__(self, en: str | Text, ko: str | None = None) -> None:
        if isinstance(en, Text):
            en, ko = en.en, en.ko
        super().__init__(en)
        self.ko = ko or en


class RowInvalid(RowRefused):
    """A row's values are well formed but ones the domain refuses for a record typed
    by hand (a date in the year 9999, an unknown vocabulary code …): not damage, but
    something to correct at the post that sent it."""

    #: a vocabulary code this database does not know is among the problems (a term HQ
    #: added, in a package not merged here yet?)
    unknown_term = False


#: The longest problem a refused row's message quotes (its values are cut shorter).
_MAX_PROBLEM = 600


def _invalid(kind: RecordKind, rid: str, post: str, errors: list[FieldError]) -> RowInvalid:
    def said(lang: str) -> str:
        text = "; ".join(e.message(lang) for e in errors)
        return text if len(text) <= _MAX_PROBLEM else text[:_MAX_PROBLEM - 1] + "…"

    invalid = RowInvalid(say("row.invalid", kind=Both(kind.en.lower(), kind.ko), id=rid,
                             post=post, problem=Both(said("en"), said("ko"))))
    invalid.unknown_term = any(e.code == "unknown_code" for e in errors)
    return invalid


def _uuid(value: Any, what: Text) -> str:
    if not isinstance(value, str):
        raise RowRefused(say("row.not_id", what=what))
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise RowRefused(say("row.bad_id", what=what, value=value[:40])) from None
    if str(parsed) != value:
        raise RowRefused(say("row.id_form", what=what, value=value[:40]))
    return value


def _json(value: Any, what: Text) -> Any:
    if not isinstance(value, str) or len(value) > 1_000_000:
        raise RowRefused(say("row.not_json_text", what=what))
    try:
        return json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        raise RowRefused(say("row.bad_json", what=what)) from None


def _installation(value: Any, rid: str, what: Text) -> str:
    if not isinstance(value, str) or not INSTALLATION_ID.fullmatch(value):
        raise RowRefused(say("row.not_installation", id=rid, what=what,
                             value=str(value)[:40]))
    return value


def _counter(value: Any, rid: str, what: Text, clock: int) -> int:
    """A counter of the package: a whole number from 1 to the package's own clock."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RowRefused(say("row.not_counter", id=rid, what=what))
    if value > clock:
        raise RowRefused(say("row.counter_above_clock", id=rid, what=what, value=value,
                             clock=clock))
    return value


def _stamp(value: Any, rid: str, name: str, clock: int) -> list[Any]:
    """``[counter, installation]``, or with what its author had seen of the record:
    ``[counter, installation, {installation: counter, ...}]`` (``sync.resolve``)."""
    what = say("row.stamp_of", field=name[:40])
    if not isinstance(value, list) or len(value) not in (2, 3):
        raise RowRefused(say("row.not_stamp", id=rid, what=what))
    _counter(value[0], rid, what, clock)
    _installation(value[1], rid, what)
    if len(value) == 3:
        context = value[2]
        if not isinstance(context, dict):
            raise RowRefused(say("row.no_context", id=rid, what=what))
        in_context = say("row.stamp_context", what=what)
        for inst, counter in context.items():
            _installation(inst, rid, in_context)
            _counter(counter, rid, in_context, clock)
            if inst == value[1]:
                raise RowRefused(say("row.own_in_context", id=rid, what=what))
    return value


def _metadata(row: dict[str, Any], rid: str, kind: RecordKind, clock: int) -> tuple[
        int, str, dict[str, Any], dict[str, int]]:
    """version, origin, field versions and seen vector, every counter within ``clock``."""
    version = _counter(row.get("version"), rid, say("row.its_version"), clock)
    origin = _installation(row.get("origin"), rid, say("row.its_origin"))
    versions = _json(row.get("field_versions"), say("row.field_versions", id=rid))
    if not isinstance(versions, dict) or "*" not in versions:
        raise RowRefused(say("row.bad_field_versions", id=rid))
    names = {f.name for f in kind.fields} | {"*", "deleted"}
    for name, stamp in versions.items():
        if name not in names:
            raise RowRefused(say("row.unknown_field_version", id=rid, field=name[:40]))
        _stamp(stamp, rid, name, clock)
    seen = _json(row.get("seen"), say("row.seen_vector", id=rid))
    if not isinstance(seen, dict) or not seen:
        raise RowRefused(say("row.bad_seen", id=rid))
    for inst, counter in seen.items():
        _installation(inst, rid, say("row.its_seen_vector"))
        _counter(counter, rid, say("row.its_seen_counter", installation=inst), clock)
    for name, stamp in versions.items():
        if seen.get(stamp[1], 0) < stamp[0]:
            raise RowRefused(say("row.change_not_seen", id=rid, field=name))
        for inst, counter in (stamp[2] if len(stamp) == 3 else {}).items():
            if seen.get(inst, 0) < counter:
                raise RowRefused(say("row.context_not_seen", id=rid, field=name))
    return version, origin, versions, seen


def _field_value(f: Field, raw: Any, rid: str) -> Any:
    label = say("row.field", id=rid, field=Both(f.name, f.ko))
    t = f.type
    if raw is None:
        if f.is_json:
            raise RowRefused(say("row.missing", what=label))
        return None
    if t in (FieldType.TEXT, FieldType.LONGTEXT, FieldType.URL, FieldType.VOCAB,
             FieldType.CHOICE):
        if not isinstance(raw, str):
            raise RowRefused(say("row.not_text", what=label))
        return raw  # its length, characters, code: the domain's check (decode_row)
    if t is FieldType.DATE:
        if not isinstance(raw, str):
            raise RowRefused(say("row.not_date", what=label))
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise RowRefused(say("row.bad_date", what=label, value=raw[:20])) from None
        if day.isoformat() != raw:  # 20240301 is read as a date too, but never stored
            raise RowRefused(say("row.bad_date", what=label, value=raw[:20]))
        return day
    if t in (FieldType.REF, FieldType.LINK):
        return _uuid(raw, label)
    if t is FieldType.AMOUNT:  # negative, too large or too precise: the domain says
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            raise RowRefused(say("row.not_amount", what=label))
        return raw
    if t in (FieldType.INTEGER, FieldType.BOOL):
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise RowRefused(say("row.not_integer", what=label))
        if t is FieldType.BOOL and raw not in (0, 1):
            raise RowRefused(say("row.not_bool", what=label))
        return from_sql(f, raw)
    if t is FieldType.BLOB:
        if not isinstance(raw, bytes):
            raise RowRefused(say("row.not_bytes", what=label))
        return raw
    items = _json(raw, label)
    if not isinstance(items, list):
        raise RowRefused(say("row.not_list", what=label))
    if t is FieldType.REFS:
        return [_uuid(i, label) for i in items]
    if t is FieldType.STRINGS:
        if not all(isinstance(i, str) for i in items):
            raise RowRefused(say("row.not_texts", what=label))
        return items
    if t is FieldType.PARTIES:  # {"name", "type"} and nothing else (the domain's check)
        for i in items:
            if (not isinstance(i, dict) or not isinstance(i.get("name"), str)
                    or not isinstance(i.get("type"), (str, type(None)))):
                raise RowRefused(say("row.not_parties", what=label))
        return items
    raise AssertionError(f"unhandled field type {t}")


#: The display times of a record, as messages name them.
TIME_COLUMNS = (("created_at", "Created", "작성 시각"), ("updated_at", "Updated", "수정 시각"))


#: Values whose verdict is kept for the next rows (codes, dates, amounts, short texts:
#: the ones many records share); a long text is checked afresh each time.
_REMEMBERED = (str, int, float, dt.date)
_SHORT = 64

Verdicts = dict[tuple[str, str, type, Any], FieldError | None]


def _value_error(kind: RecordKind, f: Field, value: Any, vocab: Vocabularies,
                 verdicts: Verdicts | None) -> FieldError | None:
    """``stored_value_error``, remembered in ``verdicts`` (for one ``vocab``) for the
    values many rows share: the same value of the same field gets the same answer."""
    if verdicts is None or not isinstance(value, _REMEMBERED) or (
            isinstance(value, str) and len(value) > _SHORT):
        return stored_value_error(f, value, vocab)
    key = (kind.name, f.name, type(value), value)
    try:
        return verdicts[key]
    except KeyError:
        verdicts[key] = found = stored_value_error(f, value, vocab)
        return found


def domain_refusal(record: Record, vocab: Vocabularies,
                   verdicts: Verdicts | None = None) -> RowInvalid | None:
    """What the domain refuses in this record were it typed by hand: every problem of
    its values (``stored_value_error``), of the whole record (``check_record``) and of
    its created/updated times; None when there is none.

    References are checked by the merge itself, once, at its end. ``vocab`` holds the
    terms its codes are checked against (every term the target has had). The merge
    asks this of the rows it would take (after the trust model): a row refused anyway
    is not stored, whatever it holds. ``verdicts`` (one dict per ``vocab``, kept
    across the rows of a merge) saves checking a shared value again.
    """
    kind, values = record.kind, record.values
    errors = [e for f in kind.fields
              if (e := _value_error(kind, f, values.get(f.name), vocab, verdicts))
              is not None]
    reported = {e.field for e in errors}
    errors += [e for e in check_record(kind, values) if e.field not in reported]
    for key, en, ko in TIME_COLUMNS:
        err = timestamp_error(key, en, ko, getattr(record, key))
        if err is not None:
            errors.append(err)
    return _invalid(kind, record.id, record.post, errors) if errors else None


def _attachment_size(row: dict[str, Any], values: dict[str, Any], rid: str,
                     post: str) -> None:
    """An attachment over the limit of the editor and ``attach``, by the size the row
    declares, the length SQLite holds (``package_read`` leaves such a content unread:
    ``content_length``) or the bytes actually read: refused, as a record the program
    does not accept (RowInvalid), naming the record and both sizes."""
    limit = validation.MAX_ATTACHMENT_BYTES
    content = values.get("content")
    sizes = [row.get("content_length"), values.get("size"),
             len(content) if isinstance(content, bytes) else None]
    found = max((s for s in sizes if isinstance(s, int) and not isinstance(s, bool)),
                default=0)
    if found > limit:
        error = validation.field_error(
            "content", "too_large", ATTACHMENTS.field("content").en,
            ATTACHMENTS.field("content").ko, size=_bytes(found), limit=_bytes(limit))
        raise _invalid(ATTACHMENTS, rid, post, [error])


def _bytes(n: int) -> tuple[str, str]:
    return f"{n:,} bytes", f"{n:,}바이트"


def decode_row(kind: RecordKind, row: dict[str, Any], clock: int) -> Record:
    """A package row as a record, or RowRefused naming the record and the problem.

    ``clock`` is the package's own counter (its manifest's, at most
    ``storage.meta.MAX_SEEN``): no version, stamp or seen counter may be above it.
    Every value has its column's type; whether the domain accepts it is
    ``domain_refusal``'s to say.
    """
    rid = _uuid(row.get("id"), say("row.kind_id", kind=Both(kind.en.lower(), kind.ko)))
    post = row.get("post")
    if not isinstance(post, str) or not post or len(post) > 12:
        raise RowRefused(say("row.no_owner", id=rid))
    deleted = row.get("deleted")
    if deleted not in (0, 1) or isinstance(deleted, bool):
        raise RowRefused(say("row.bad_deleted", id=rid))
    version, origin, versions, seen = _metadata(row, rid, kind, clock)
    for key, _, _ in TIME_COLUMNS:  # what they say: domain_refusal
        if not isinstance(row.get(key), str):
            raise RowRefused(say("row.bad_timestamp", id=rid, column=key))
    values = {f.name: _field_value(f, row.get(f.name), rid) for f in kind.fields}
    if kind is ATTACHMENTS:
        _attachment_size(row, values, rid, post)
        content = values.get("content")
        if content is None or values.get("size") != len(content) or (
            values.get("sha256") != hashlib.sha256(content).hexdigest()
        ):
            raise RowRefused(say("row.attachment_mismatch", id=rid))
    return Record(
        kind=kind, id=rid, post=post, values=values, version=version, origin=origin,
        deleted=bool(deleted), created_at=row["created_at"], updated_at=row["updated_at"],
        field_versions=versions, seen=seen,
    )
