"""Commands that find and summarise: search, deadlines, dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

import click

from officer_desk.cli.app import (
    DATE,
    DAYS,
    KIND,
    cli,
    db_argument,
    json_option,
    lang_option,
    open_db,
)
from officer_desk.cli.lookup import kind_label
from officer_desk.cli.output import echo_json, echo_lines, short_id, table
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.messages import say
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import deadlines as deadline_service
from officer_desk.services import search as search_service
from officer_desk.services.dashboard import Dashboard
from officer_desk.services.deadlines import Deadline
from officer_desk.services.desk import Desk


@cli.command(short_help="Full-text search across every kind of record.")
@db_argument
@click.argument("query")
@click.option("--kind", "kinds", type=KIND, multiple=True,
              help="Only records of this kind (repeat for several).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", default=50, show_default=True,
              help="At most this many results.")
@json_option
@lang_option
@click.pass_context
def search(ctx: click.Context, db: Path, query: str, kinds: tuple[RecordKind, ...],
           limit: int, as_json: bool, lang: str) -> None:
    """Find records of any kind containing every word of QUERY, best match first.

    Searches titles, names, case numbers, summaries, notes, counterparties and tags, in
    Korean and English; parts of words match too (한빛 finds (주)한빛배터리). Put a
    phrase in double quotes to find it as one piece. Nothing you type is treated as
    a search operator: C++, AND and (주) are searched as written.

    \b
    Example:
      officer-desk search us.sqlite 한빛
      officer-desk search us.sqlite "2024가합-12345" --kind disputes
      officer-desk search hq.sqlite "Voltaic Licensing" --lang en --json
    """
    desk = open_db(ctx, db, reading=True)
    names = tuple(k.name for k in kinds) or None
    hits = search_service.search(desk, query, kinds=names, limit=limit)
    if as_json:
        echo_json({"query": query, "count": len(hits), "hits": [asdict(h) for h in hits]})
        return
    rows = [[short_id(h.id), kind_label(h.kind, lang), h.post, h.title(lang)] for h in hits]
    if rows:
        headers = ["id", "kind", "post", "title"] if lang == "en" else [
            "ID", "종류", "공관", "제목"]
        echo_lines(table(headers, rows, flexible=3))
    if len(hits) < limit:
        click.echo(say("out.found", count=len(hits)).message(lang))
    else:
        total = search_service.count(desk, query, kinds=names)
        click.echo(say("out.found_more", count=len(hits), total=total).message(lang))


def _when(days_left: int, lang: str) -> str:
    if lang == "ko":
        if days_left < 0:
            return f"{-days_left}일 지남"
        return "오늘" if days_left == 0 else f"{days_left}일 남음"
    if days_left < 0:
        return f"{-days_left} d overdue"
    return "today" if days_left == 0 else f"in {days_left} d"


def deadline_lines(items: Iterable[Deadline], lang: str, *, limit: int | None = None
                   ) -> list[str]:
    items = list(items)
    shown = items[:limit] if limit else items
    rows = [
        [d.due_on.isoformat(), _when(d.days_left, lang), d.post,
         kind_label(d.kind, lang), short_id(d.id), d.description,
         f"{d.record_title or ''} [{short_id(d.record_id)}]" if d.record_id else ""]
        for d in shown
    ]
    headers = (["due", "", "post", "kind", "id", "what", "for"] if lang == "en"
               else ["기한", "", "공관", "종류", "ID", "내용", "관련 기록"])
    if not rows:
        return []
    out = table(headers, rows, align=["<", ">", "<", "<", "<", "<", "<"], flexible=(5, 6))
    if len(items) > len(shown):
        out.append(say("out.more_items", count=len(items) - len(shown)).message(lang))
    return out


@cli.command(short_help="Overdue and upcoming follow-ups and action items.")
@db_argument
@click.option("--days", type=DAYS, metavar="N", default=30, show_default=True,
              help="Show what is due in this many days from today.")
@click.option("--post", "posts", multiple=True, metavar="CODE",
              help="Only these posts (repeat, or comma-separated).")
@click.option("--no-overdue", is_flag=True, help="Leave out deadlines already past.")
@click.option("--today", type=DATE, help="Count from this date instead of today.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", default=0,
              help="Show at most this many of each group (0: all).")
@json_option
@lang_option
@click.pass_context
def deadlines(ctx: click.Context, db: Path, days: int, posts: tuple[str, ...], no_overdue: bool,
              today: dt.date | None, limit: int, as_json: bool, lang: str) -> None:
    """Upcoming deadlines: open follow-ups and conference action items by due date.

    Overdue ones come first, then those due within --days days. Each line names the
    record the deadline belongs to; show ID (the id column) opens the deadline itself.

    \b
    Example:
      officer-desk deadlines us.sqlite
      officer-desk deadlines hq.sqlite --days 90 --post US,CN --limit 20
    """
    desk = open_db(ctx, db, reading=True)
    codes = tuple(p.strip().upper() for v in posts for p in v.split(",") if p.strip()) or None
    items = deadline_service.deadlines(desk, within_days=days, today=today,
                                       include_overdue=not no_overdue, posts=codes)
    if as_json:
        echo_json([{**asdict(d), "overdue": d.overdue} for d in items])
        return
    overdue = [d for d in items if d.overdue]
    upcoming = [d for d in items if not d.overdue]
    if overdue:
        click.echo(f"{'기한 지남' if lang == 'ko' else 'Overdue'} ({len(overdue):,})")
        echo_lines(deadline_lines(overdue, lang, limit=limit or None))
        click.echo("")
    title = f"다음 {days}일" if lang == "ko" else f"Next {days} days"
    click.echo(f"{title} ({len(upcoming):,})")
    echo_lines(deadline_lines(upcoming, lang, limit=limit or None))


def _counts(title: str, counts: dict[str, int], label_of: Callable[[str], str], lang: str,
            top: int | None = None) -> list[str]:
    if not counts:
        return []
    items = list(counts.items())
    shown = items[:top] if top else items
    rows = [[label_of(k), f"{n:,}"] for k, n in shown]
    if len(items) > len(shown):
        rows.append(["…", f"{sum(n for _, n in items[len(shown):]):,}"])
    return table([title, "건수" if lang == "ko" else "count"], rows, align=["<", ">"])


def deadline_summary(d: Dashboard, lang: str) -> str:
    if lang == "ko":
        within = ", ".join(f"{days}일 이내 {n:,}" for days, n in d.due_within.items())
        return f"기한: 지남 {d.overdue:,}, {within}"
    within = ", ".join(f"{n:,} within {days} days" for days, n in d.due_within.items())
    return f"Deadlines: {d.overdue:,} overdue, {within}"


def dashboard_lines(desk: Desk, d: Dashboard, lang: str) -> list[str]:
    ko = lang == "ko"

    def vocab(name: str) -> Callable[[str], str]:
        return lambda code: desk.vocab.label(name, code, lang) if code else "—"

    out = [
        f"{'기준일' if ko else 'As of'} {d.today.isoformat()}",
        (f"분쟁: 진행 중 {d.disputes_open:,}, 종결 {d.disputes_closed:,}" if ko
         else f"Disputes: {d.disputes_open:,} open, {d.disputes_closed:,} closed"),
        deadline_summary(d, lang),
        "",
    ]
    by_post = sorted(set(d.open_by_post) | set(d.closed_by_post) | set(d.engagements_by_post))
    if by_post:
        heads = (["공관", "진행 분쟁", "종결 분쟁", "협의"] if ko
                 else ["post", "open disputes", "closed disputes", "engagements"])
        rows = [[p, f"{d.open_by_post.get(p, 0):,}", f"{d.closed_by_post.get(p, 0):,}",
                 f"{d.engagements_by_post.get(p, 0):,}"] for p in by_post]
        out += [*table(heads, rows, align=["<", ">", ">", ">"]), ""]
    sections = [
        ("진행 분쟁: 권리 유형" if ko else "Open disputes by IP type", d.open_by_ip_type,
         vocab("ip_type"), None),
        ("진행 분쟁: 분쟁 유형" if ko else "Open disputes by kind", d.open_by_kind,
         vocab("dispute_kind"), None),
        ("진행 분쟁: 기술 분야" if ko else "Open disputes by technology", d.open_by_technology,
         vocab("technology_field"), 13),
        ("동향: 분류" if ko else "Trend notes by category", d.notes_by_category,
         vocab("trend_category"), None),
        ("기록 수" if ko else "Records", d.records_by_kind,
         lambda k: kind_label(k, lang), None),
    ]
    for title, counts, label_of, top in sections:
        block = _counts(title, counts, label_of, lang, top)
        if block:
            out += [*block, ""]
    return out[:-1] if out and out[-1] == "" else out


@cli.command(short_help="Counts of disputes, engagements, notes, deadlines.")
@db_argument
@click.option("--post", "posts", multiple=True, metavar="CODE",
              help="Only these posts (repeat, or comma-separated).")
@click.option("--today", type=DATE, help="Count deadlines from this date instead of today.")
@json_option
@lang_option
@click.pass_context
def dashboard(ctx: click.Context, db: Path, posts: tuple[str, ...], today: dt.date | None,
              as_json: bool, lang: str) -> None:
    """The numbers to look at first: disputes by post, IP type, kind and technology
    field, engagements, trend notes, and deadlines overdue and due in 30/60/90 days.

    \b
    Example:
      officer-desk dashboard hq.sqlite
      officer-desk dashboard hq.sqlite --post US --lang en --json
    """
    desk = open_db(ctx, db, reading=True)
    codes = tuple(p.strip().upper() for v in posts for p in v.split(",") if p.strip()) or None
    d = dashboard_service.dashboard(desk, today=today, posts=codes)
    if as_json:
        echo_json(d.as_dict())
        return
    echo_lines(dashboard_lines(desk, d, lang))
