"""Commands that read records: list, show, history."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import click

from officer_desk.cli.app import (
    DATE,
    KIND,
    cli,
    db_argument,
    json_option,
    lang_option,
    language,
    open_db,
)
from officer_desk.cli.lookup import linked_title, list_columns, resolve_id, title_of
from officer_desk.cli.output import (
    echo_json,
    echo_lines,
    fields_block,
    format_value,
    headings,
    short_id,
    table,
    terminal_width,
    truncate,
)
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    ATTACHMENTS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    RecordKind,
)
from officer_desk.domain.messages import CATALOGUE, say
from officer_desk.domain.records import Record
from officer_desk.services import companies, queries, records
from officer_desk.services.desk import Desk
from officer_desk.storage.repository import HistoryEntry

#: Header words in each language.
WORDS = {
    "id": ("id", "ID"), "post": ("post", "공관"), "title": ("title", "제목"),
    "kind": ("kind", "종류"),
}


def word(key: str, lang: str) -> str:
    en, ko = WORDS[key]
    return ko if lang == "ko" else en


def display_time(stamp: str | None) -> str:
    """``2025-03-04T05:06:07.123456Z`` as ``2025-03-04 05:06 UTC``."""
    if not stamp:
        return ""
    return stamp[:16].replace("T", " ") + (" UTC" if stamp.endswith("Z") else "")


def _posts(values: tuple[str, ...]) -> tuple[str, ...] | None:
    codes = tuple(p.strip().upper() for v in values for p in v.split(",") if p.strip())
    return codes or None


def record_rows(desk: Desk, kind: RecordKind, items: list[Record], lang: str
                ) -> tuple[list[str], list[list[str]], list[str]]:
    """Headers, rows and alignment of a list of records of one kind.

    The title is column 2; the kind's own columns follow from 3.
    """
    cols = [kind.field(n) for n in list_columns(kind)]
    headers = [word("id", lang), word("post", lang), word("title", lang),
               *(f.label(lang) for f in cols)]
    align = ["<", "<", "<", *(">" if f.type in (FieldType.AMOUNT, FieldType.INTEGER) else "<"
                              for f in cols)]
    rows = []
    for r in items:
        mark = say("out.deleted_mark").message(lang) if r.deleted else ""
        rows.append([
            short_id(r.id), r.post, title_of(r, lang) + mark,
            *(format_value(f, r.values.get(f.name), desk.vocab, lang) for f in cols),
        ])
    return headers, rows, align


@cli.command("list", short_help="List records of a kind, filtered and sorted.")
@db_argument
@click.argument("kind", type=KIND)
@click.option("--where", "where", multiple=True, metavar="FIELD=VALUE",
              help="Only records whose FIELD is VALUE (a code or its label); repeat for "
                   "more conditions; the same field twice means either value.")
@click.option("--search", "text", metavar="TEXT", help="Only records containing TEXT.")
@click.option("--post", "posts", multiple=True, metavar="CODE",
              help="Only these posts' records (repeat, or comma-separated).")
@click.option("--from", "date_from", type=DATE,
              help="From this date (on the kind's main date, e.g. a dispute's opening).")
@click.option("--to", "date_to", type=DATE, help="Up to this date, inclusive.")
@click.option("--sort", metavar="FIELD",
              help="Sort by FIELD; -FIELD for descending (default: the kind's usual order).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", default=50, show_default=True,
              help="At most this many records (0: all).")
@click.option("--offset", type=click.IntRange(min=0), metavar="N", default=0,
              help="Skip this many first.")
@click.option("--deleted", is_flag=True, help="List deleted records instead (the bin).")
@json_option
@lang_option
@click.pass_context
def list_command(
    ctx: click.Context, db: Path, kind: RecordKind, where: tuple[str, ...], text: str | None,
    posts: tuple[str, ...], date_from: dt.date | None, date_to: dt.date | None,
    sort: str | None, limit: int, offset: int, deleted: bool, as_json: bool, lang: str,
) -> None:
    """List records of one kind, filtered and sorted.

    Shows a table with the first 8 characters of each id (enough for show, update and
    the other commands), the post, the title and the kind's main fields, then "N of
    TOTAL". Field names for --where and --sort are those of officer-desk fields KIND;
    vocabulary values may be given as codes or as labels.

    \b
    Example:
      officer-desk list us.sqlite disputes --where stage=filed --where ip_type=patent
      officer-desk list hq.sqlite disputes --post US,CN --from 2024-01-01 --sort -opened_on
      officer-desk list us.sqlite companies --search 배터리 --lang en --json
    """
    if date_from and date_to and date_to < date_from:  # "0 of 0" said nothing of why
        raise click.UsageError(say("cli.period_reversed", start=date_from.isoformat(),
                                   end=date_to.isoformat()).message(language()), ctx)
    desk = open_db(ctx, db, reading=True)
    query = queries.ListQuery(
        where=dict(queries.parse_where(kind, where)), posts=_posts(posts),
        date_from=date_from, date_to=date_to, text=text, only_deleted=deleted, sort=sort,
        sort_lang=lang, limit=limit or None, offset=offset,
    )
    page = queries.list_records(desk, kind, query)
    if as_json:
        echo_json({
            "kind": kind.name, "total": page.total, "offset": offset,
            "records": [r.to_json(include_blobs=False) for r in page.records],
        })
        return
    headers, rows, align = record_rows(desk, kind, page.records, lang)
    if rows:
        echo_lines(table(headers, rows, align=align, flexible=2,
                         squeeze=range(3, len(headers))))
    shown = f"{offset + 1:,}–{offset + len(rows):,}" if offset and rows else f"{len(rows):,}"
    click.echo(say("out.shown_of", shown=shown, total=page.total).message(lang))


def _field_pairs(desk: Desk, record: Record, lang: str) -> list[tuple[str, str]]:
    pairs = []
    for f in record.kind.fields:
        value = record.values.get(f.name)
        if value is None or value == [] or value == "":
            continue
        if f.type in (FieldType.REF, FieldType.LINK):
            shown = linked_title(desk, value, lang, with_kind=f.type is FieldType.LINK)
        elif f.type is FieldType.REFS:
            shown = "; ".join(linked_title(desk, v, lang, with_kind=False) for v in value)
        else:
            shown = format_value(f, value, desk.vocab, lang)
        pairs.append((f.label(lang), shown))
    return pairs


#: Records that point at another record, shown under it: (kind, field).
_LINKED = (
    (FOLLOW_UPS, "record_id"), (ATTACHMENTS, "record_id"), (ACTION_ITEMS, "record_id"),
    (AGENDA_ITEMS, "record_id"), (DISPUTES, "company_id"), (ENGAGEMENTS, "company_ids"),
    (AGENDA_ITEMS, "conference_id"), (ACTION_ITEMS, "conference_id"),
)
LINKED_SHOWN = 20


def _same_company_sections(desk: Desk, record: Record, lang: str) -> list[str]:
    """For a company: its records at other posts, and every dispute at every post."""
    others = [c for c in companies.same_company(desk, record.id) if c.id != record.id]
    if not others:
        return []
    title = "Same company at other posts" if lang == "en" else "다른 공관의 같은 기업"
    out = ["", f"{title} ({len(others):,})"]
    headers, rows, align = record_rows(desk, COMPANIES, others, lang)
    out += ["  " + line for line in table(headers, rows, align=align, flexible=2,
                                          max_width=terminal_width() - 2)]
    disputes = companies.disputes_across_posts(desk, record.id)
    title = "Disputes at every post" if lang == "en" else "모든 공관의 분쟁"
    out += ["", f"{title} ({len(disputes):,})"]
    headers, rows, align = record_rows(desk, DISPUTES, disputes[:LINKED_SHOWN], lang)
    out += ["  " + line for line in table(headers, rows, align=align, flexible=2,
                                          squeeze=range(3, len(headers)),
                                          max_width=terminal_width() - 2)]
    return out


def _linked_sections(desk: Desk, record: Record, lang: str) -> list[str]:
    out: list[str] = []
    if record.kind is COMPANIES:
        out += _same_company_sections(desk, record, lang)
    for kind, field_name in _LINKED:
        target = kind.field(field_name).ref
        if target not in (None, record.kind.name):
            continue
        page = queries.list_records(desk, kind, queries.ListQuery(
            where={field_name: record.id}, limit=LINKED_SHOWN))
        if not page.total:
            continue
        out += ["", f"{kind.label(lang)} ({page.total:,})"]
        headers, rows, align = record_rows(desk, kind, page.records, lang)
        out += ["  " + line for line in table(headers, rows, align=align, flexible=2,
                                              squeeze=range(3, len(headers)),
                                              max_width=terminal_width() - 2)]
        if page.total > len(rows):
            out.append(say("out.linked_more", count=page.total - len(rows),
                           command=f"officer-desk list DB {kind.name} "
                                   f"--where {field_name}={record.id}").message(lang))
    return out


def history_rows(entries: list[HistoryEntry], lang: str) -> list[list[str]]:
    rows = []
    for h in entries:
        if h.action == "create":
            change = "created" if lang == "en" else "생성"
        elif h.action in ("delete", "restore"):
            change = ""
        else:
            change = f"{truncate(h.old or '∅', 30)} → {truncate(h.new or '∅', 40)}"
        action = f"out.action_{h.action}"
        rows.append([display_time(h.at), h.actor,
                     say(action).message(lang) if action in CATALOGUE else h.action,
                     h.field or "", change])
    return rows


HISTORY_SHOWN = 15


@cli.command(short_help="Show a record, what is linked to it, its history.")
@db_argument
@click.argument("record_id", metavar="ID")
@json_option
@lang_option
@click.pass_context
def show(ctx: click.Context, db: Path, record_id: str, as_json: bool, lang: str) -> None:
    """Show one record: every field, what is linked to it, and its latest history.

    ID may be the whole id or its first 8 or more characters (as lists print them).
    Linked records are listed under it: follow-ups, attachments, and for a company its
    disputes and engagements.

    \b
    Example:
      officer-desk show us.sqlite 3f2c9a1e
      officer-desk show us.sqlite 3f2c9a1e --lang en --json
    """
    desk = open_db(ctx, db, reading=True)
    rid = resolve_id(desk, record_id)
    record = records.get(desk, rid)
    entries = records.history(desk, rid)
    if as_json:
        echo_json({
            "record": record.to_json(include_blobs=False),
            "history": [asdict(h) for h in entries],
        })
        return
    deleted = say("out.show_deleted").message(lang) if record.deleted else ""
    click.echo(f"{record.kind.label(lang)}: {title_of(record, lang)}")
    click.echo(say("out.show_id_line", id=record.id, post=record.post,
                   deleted=deleted).message(lang))
    click.echo("")
    ko = lang == "ko"
    meta = [("작성" if ko else "created", display_time(record.created_at)),
            ("수정" if ko else "updated", display_time(record.updated_at))]
    echo_lines(fields_block(_field_pairs(desk, record, lang) + meta))
    echo_lines(_linked_sections(desk, record, lang))
    click.echo("")
    shown = entries[-HISTORY_SHOWN:]
    click.echo(f"{'이력' if lang == 'ko' else 'History'} ({len(entries)})")
    echo_lines("  " + line for line in table(headings("out.history_head", lang),
                                             history_rows(shown, lang),
                                             flexible=4))
    if len(entries) > len(shown):
        click.echo(say("out.history_earlier", count=len(entries) - len(shown),
                       command=f"officer-desk history DB {rid[:8]}").message(lang))


@cli.command(short_help="Every change made to a record.")
@db_argument
@click.argument("record_id", metavar="ID")
@json_option
@lang_option
@click.pass_context
def history(ctx: click.Context, db: Path, record_id: str, as_json: bool, lang: str) -> None:
    """Show every change made to a record: when, by whom, which field, old and new value.

    ID may be a prefix of 8+ characters.

    \b
    Example:
      officer-desk history us.sqlite 3f2c9a1e
    """
    desk = open_db(ctx, db, reading=True)
    rid = resolve_id(desk, record_id)
    entries = records.history(desk, rid)
    if as_json:
        echo_json([asdict(h) for h in entries])
        return
    echo_lines(table(headings("out.history_head", lang), history_rows(entries, lang),
                     flexible=4))
