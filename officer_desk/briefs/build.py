"""Turn the gathered records into a :class:`BriefContent` (see ``content.py``).

In the stakeholder edition a record about a company that has not agreed to be named is
printed by its structured fields only (``structured.py``), and every other piece of
user text has the protected strings of every such company replaced (``guard.py``);
every code becomes a label in the pack's language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from officer_desk.briefs.anonymise import Anonymiser
from officer_desk.briefs.build_tables import TableParts
from officer_desk.briefs.content import (
    ActionLog,
    BriefContent,
    Cell,
    ColumnType,
    ConferencePart,
    ControlBlock,
    ExecutiveSummary,
    KeyFigure,
    Phrases,
    PostSection,
    Section,
    Table,
    TextItem,
)
from officer_desk.briefs.gather import Gathered, gather
from officer_desk.briefs.guard import LeakGuard
from officer_desk.briefs.kpis import (
    DEADLINE_DAYS,
    Counts,
    build_kpis,
    key_figures,
    open_deadlines,
    post_label,
)
from officer_desk.briefs.protect import Form
from officer_desk.briefs.selection import BriefSelection, check_selection
from officer_desk.briefs.structured import StructuredLines
from officer_desk.briefs.words import word
from officer_desk.briefs.work import Cancel, Progress, Step
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    COMPANIES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.records import Record
from officer_desk.services.desk import Desk
from officer_desk.services.display import format_value, linked_title

#: How many records a post's section lists (the annexes and the workbook list more).
TOP_DISPUTES = 5
TOP_PER_POST = 10
#: How many trend notes of high significance the trends section lists at most.
TOP_TRENDS = 30
#: Share of the progress of building the content that reading the records takes.
_GATHER_SHARE = 80


class _Builder(TableParts):
    def __init__(self, desk: Desk, selection: BriefSelection, today: dt.date,
                 generated_at: dt.datetime, progress: Progress | None = None,
                 cancel: Cancel | None = None):
        self.desk, self.sel, self.today = desk, selection, today
        self.generated_at = generated_at
        self.lang = selection.lang
        self.vocab = desk.vocab
        self.stakeholder = selection.edition == "stakeholder"

        def gathering(done: int, total: int) -> None:
            if progress is not None:
                progress(done * _GATHER_SHARE // max(total, 1), 100)

        self.g: Gathered = gather(desk, selection, today, progress=gathering, cancel=cancel)
        g = self.g

        def building(done: int, total: int) -> None:
            if progress is not None:
                progress(_GATHER_SHARE + done * (100 - _GATHER_SHARE) // max(total, 1), 100)

        #: the rows of the record sheets and annexes, counted as they are made
        self.step = Step(len(g.disputes) * 2 + len(g.engagements) * 2 + len(g.notes) +
                         len(g.follow_ups) + len(g.companies) + 1, building, cancel)
        self.anon = Anonymiser(self.vocab, self.lang, active=self.stakeholder)
        self.guard = LeakGuard.for_desk(desk) if self.stakeholder else None
        # a company that agreed to be named is not named when another record protects its
        # name (the same exporter marked internal, or not agreeing, at another post)
        unnamed = {c.id for c in (*g.referenced.values(), *g.linked_companies.values())
                   if self.guard is not None and self.anon.named(c) and any(
                       self.guard.protects(n) for n in (c["name_ko"], c["name_en"]))}
        self.anon.add(g.referenced.values(), hidden=set(g.referenced) - set(g.companies),
                      unnamed=unnamed)
        self.anon.add(g.linked_companies.values(), unnamed=unnamed)
        if self.guard is not None:
            self.guard.keep(self.anon.aliases())
        self.lines = StructuredLines(self.vocab, self.anon.short,
                                     lambda code, lang: post_label(self.g, code, lang))
        self._withheld: dict[str, bool] = {}
        self._changes: list[tuple[str, dt.date, Record]] | None = None

    # -- small helpers ------------------------------------------------------------------
    def w(self, key: str, **params: object) -> str:
        return word(key, self.lang, **params)

    def text(self, value: Any) -> str:
        """User text as the edition prints it (stakeholder: protected strings replaced)."""
        if not value:
            return ""
        if self.guard is None:
            return str(value)
        return self.guard.scrub(str(value), self._replacement)

    def _replacement(self, form: Form) -> str:
        if form.what == "case_number":
            return self.w("case_withheld")
        if form.what == "registration":
            return self.w("number_withheld")
        return self.anon.short(form.owner) or self.w("company_other")

    def withheld(self, record: Record) -> bool:
        """Whether the record is about a company the edition may not name (stakeholder
        only): printed by its structured fields alone."""
        if not self.stakeholder:
            return False
        known = self._withheld.get(record.id)
        if known is None:
            known = self._withheld[record.id] = self._about_unnamed(record)
        return known

    def _about_unnamed(self, record: Record) -> bool:
        kind = record.kind
        if kind is DISPUTES:
            return not self.anon.is_named(record["company_id"])
        if kind is ENGAGEMENTS:
            return any(not self.anon.is_named(c) for c in record["company_ids"] or ())
        if kind is COMPANIES:
            return not self.anon.is_named(record.id)
        if kind in (FOLLOW_UPS, ACTION_ITEMS, AGENDA_ITEMS):
            target = self.target(record)
            return target is not None and self.withheld(target)
        return False

    def target(self, record: Record) -> Record | None:
        """The record a follow-up, agenda or action item is linked to, if the edition may
        show it."""
        rid = record["record_id"]
        return self.g.linked_records.get(rid) if rid else None

    def title(self, record: Record, lang: str | None = None) -> str:
        lang = lang or self.lang
        if self.withheld(record):
            return self.lines.title(record, lang, self.target(record))
        return self.text(" ".join(record.title(lang).split()))

    def field_label(self, kind: RecordKind, name: str) -> str:
        return kind.field(name).label(self.lang)

    def label(self, kind: RecordKind, name: str, value: Any) -> str:
        return format_value(kind.field(name), value, self.vocab, self.lang)

    def linked(self, record_id: str | None) -> str:
        if not record_id or (self.stakeholder and record_id not in self.g.titles):
            return ""
        if record_id in self.g.linked_companies:
            return self.anon.name(record_id)
        target = self.g.linked_records.get(record_id)
        if target is not None and self.withheld(target):
            return self.title(target)
        return self.text(linked_title(record_id, self.g.titles, self.lang))

    def period_text(self) -> str:
        start, end = self.g.period_from, self.g.period_to
        if start and end:
            return f"{start.isoformat()} – {end.isoformat()}"
        if start:
            return self.w("since", start=start.isoformat())
        if end:
            return self.w("until", end=end.isoformat())
        return self.w("all_dates")

    def post(self, code: str) -> str:
        return post_label(self.g, code, self.lang)

    def conference_title(self, conference: Record | None) -> str:
        if conference is None:
            return ""
        return f"{self.title(conference)}, {conference['held_on'].isoformat()}"

    # -- parts --------------------------------------------------------------------------
    def control(self) -> ControlBlock:
        s, g = self.sel, self.g
        conference = self.conference_title(g.conference)
        title = self.w("title_for", conference=conference) if conference else self.w("title")
        posts = tuple(self.post(c) for c in g.posts)
        edition = self.w(f"edition_{s.edition}")
        distribution = s.distribution or self.w(f"distribution_{s.edition}")
        generated = self.generated_at.strftime("%Y-%m-%d %H:%M ") + (
            self.generated_at.tzname() or "UTC")
        organisation = self.desk.setting("org_name_ko" if self.lang == "ko" else "org_name_en")
        rows = [
            (self.w("organisation"), organisation or ""),
            (self.w("posts"), self.w("all_posts") if g.all_posts else ", ".join(posts)),
            (self.w("period"), self.period_text()),
            (self.w("conference"), conference or self.w("no_conference")),
            (self.w("brief_number"), s.brief_number),
            (self.w("version"), s.version),
            (self.w("edition"), edition),
            (self.w("distribution"), distribution),
            (self.w("generated"), generated),
        ]
        if s.kinds:
            rows.append((self.w("kinds"), ", ".join(self.kind_label(k) for k in s.kinds)))
        if s.technology_fields:
            rows.append((self.w("technology_fields"), ", ".join(
                self.vocab.label("technology_field", c, self.lang)
                for c in s.technology_fields)))
        if s.tags:
            rows.append((self.w("tags"), ", ".join(s.tags)))
        return ControlBlock(
            title=title, organisation=organisation or "", posts=posts,
            period_from=g.period_from, period_to=g.period_to, period=self.period_text(),
            conference=conference, conference_date=g.conference["held_on"] if g.conference
            else None, brief_number=s.brief_number, version=s.version, edition=s.edition,
            edition_label=edition, marking=self.w(f"marking_{s.edition}"),
            distribution=distribution, generated_at=self.generated_at,
            generated_text=generated, rows=tuple(rows),
        )

    def kind_label(self, name: str) -> str:
        kind = {k.name: k for k in (DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES,
                                    ACTION_ITEMS, FOLLOW_UPS)}[name]
        return kind.label(self.lang)

    def phrases(self) -> Phrases:
        return Phrases(
            contents=self.w("contents"), page_of=self.w("page_of"), empty=self.w("empty"),
            continued=self.w("continued"), key_figures=self.w("key_figures"),
            truncated=self.w("truncated"),
        )

    def summary(self) -> ExecutiveSummary:
        g = self.g
        figures = key_figures(g, self.lang, self.today)
        value = {f.label: f.value for f in figures}
        highlights = []
        if self.sel.wants("disputes"):
            opened, new, closed = Counts(g).triple(g.disputes)
            moved = sum(1 for c in self.changes() if c[0] == "moved")
            highlights.append(self.w("hl_disputes", open=opened, new=new, moved=moved,
                                     closed=closed))
            per_post = {p: Counts(g).triple(d for d in g.disputes if d.post == p)[0]
                        for p in g.posts}
            if per_post and max(per_post.values()) > 0:
                top = max(per_post, key=lambda p: (per_post[p], -g.posts.index(p)))
                highlights.append(self.w("hl_top_post", post=self.post(top), count=per_post[top]))
        highlights.append(self.w("hl_deadlines", due=value[self.w("due_30")],
                                 overdue=value[self.w("overdue")]))
        if self.sel.wants("engagements"):
            highlights.append(self.w("hl_engagements", engagements=len(g.engagements)))
        if self.sel.wants("action_items") and g.previous is not None:
            highlights.append(self.w("hl_actions", open=value[self.w("open_actions")]))
        withheld = self.structured_only()
        if withheld:
            highlights.append(self.w("hl_structured", count=f"{withheld:,}"))
        highlights.append(self.w("hl_workbook", records=self.workbook_records(),
                                 until=self.deadline_until().isoformat()))
        conclusion = self.text(g.conference["summary"]) if g.conference else ""
        return ExecutiveSummary(title=self.w("summary"), conclusion=conclusion,
                                highlights=tuple(highlights), key_figures=figures,
                                by_post=self.summary_by_post())

    def summary_by_post(self) -> Table | None:
        """Post by post: disputes open, new, moved stage, closed; deadlines overdue and due
        in the next ``DEADLINE_DAYS`` days."""
        disputes, deadlines = self.sel.wants("disputes"), self.sel.wants(
            "follow_ups") or self.sel.wants("action_items")
        if not (disputes or deadlines) or not self.g.posts:
            return None
        counts = Counts(self.g)
        moved: dict[str, int] = {}
        for change, _day, d in self.changes():
            if change == "moved":
                moved[d.post] = moved.get(d.post, 0) + 1
        until = self.deadline_until()
        due: dict[str, list[int]] = {}
        for item in open_deadlines(self.g):
            slot = due.setdefault(item.record.post, [0, 0])
            if item.due_on < self.today:
                slot[0] += 1
            elif item.due_on <= until:
                slot[1] += 1
        columns, rows = [self.w("col_post")], []
        if disputes:
            columns += [self.w("open"), self.w("new"), self.w("change_moved"), self.w("closed")]
        if deadlines:
            columns += [self.w("overdue"), self.w("within_days", days=DEADLINE_DAYS)]
        for code in self.g.posts:
            row: list[Cell] = [self.post(code)]
            if disputes:
                o, new, closed = counts.triple(d for d in self.g.disputes if d.post == code)
                row += [o, new, moved.get(code, 0), closed]
            if deadlines:
                row += due.get(code, [0, 0])
            rows.append(tuple(row))
        return Table(key="summary_by_post", title=self.w("period_by_post"),
                     columns=tuple(columns), types=("text", *("int",) * (len(columns) - 1)),
                     rows=tuple(rows))

    def dispute_item(self, d: Record) -> TextItem:
        if self.withheld(d):
            meta = self.lines.dispute_meta(d, self.lang)
            company = self.anon.name(d["company_id"])
            if company:
                meta += f" · {self.w('company')}: {company}"
            return TextItem(heading=self.title(d), meta=meta, body="", date=d["opened_on"])
        facts = [self.label(DISPUTES, "ip_type", d["ip_type"]),
                 self.label(DISPUTES, "dispute_kind", d["dispute_kind"])]
        if d["status"] == "closed":
            facts.append(self.w("closed_on", date=d["closed_on"].isoformat())
                         if d["closed_on"] else self.label(DISPUTES, "status", "closed"))
            if d["outcome"]:
                facts.append(self.label(DISPUTES, "outcome", d["outcome"]))
        else:
            stage = self.label(DISPUTES, "stage", d["stage"])
            facts.append(self.w("stage_since", stage=stage, date=d["stage_date"].isoformat())
                         if d["stage_date"] else stage)
        facts.append(self.w("opened", date=d["opened_on"].isoformat()))
        company = self.anon.name(d["company_id"])
        if company:
            facts.append(f"{self.w('company')}: {company}")
        if d["counterparties"]:
            facts.append(self.text(self.label(DISPUTES, "counterparties", d["counterparties"])))
        if d["case_number"]:
            facts.append(self.w("case", number=self.text(" ".join(d["case_number"].split()))))
        return TextItem(heading=self.title(d), meta=" · ".join(f for f in facts if f),
                        body=self.text(d["summary"]), date=d["opened_on"])

    def engagement_item(self, e: Record) -> TextItem:
        facts = [self.label(ENGAGEMENTS, "agency", e["agency"]),
                 self.label(ENGAGEMENTS, "engagement_kind", e["engagement_kind"]),
                 e["held_on"].isoformat()]
        companies = "; ".join(n for n in (self.anon.name(c) for c in e["company_ids"] or ()) if n)
        if companies:
            facts.append(f"{self.w('company')}: {companies}")
        if self.withheld(e):
            facts.append(self.post(e.post))
            return TextItem(heading=self.title(e), meta=" · ".join(f for f in facts if f),
                            body="", date=e["held_on"])
        body = [f"{self.w('result')}: {self.text(e['result'])}" if e["result"] else "",
                f"{self.w('next_steps')}: {self.text(e['next_steps'])}" if e["next_steps"] else ""]
        return TextItem(heading=self.title(e), meta=" · ".join(f for f in facts if f),
                        body="\n".join(b for b in body if b), date=e["held_on"])

    def note_item(self, n: Record) -> TextItem:
        facts = [self.label(TREND_NOTES, "category", n["category"]),
                 self.text(n["region"]),
                 self.label(TREND_NOTES, "technology_field", n["technology_field"]),
                 self.label(TREND_NOTES, "significance", n["significance"]),
                 n["noted_on"].isoformat(), self.post(n.post)]
        body = [self.text(n["body"])]
        if n["implications"]:
            body.append(f"{self.w('implications')}: {self.text(n['implications'])}")
        if n["source_url"]:
            body.append(f"{self.w('source')}: {self.text(n['source_url'])}")
        return TextItem(heading=self.title(n), meta=" · ".join(f for f in facts if f),
                        body="\n".join(b for b in body if b), date=n["noted_on"])

    def section(self, key: str, items: list[TextItem], total: int | None = None) -> Section:
        title = self.w(key)
        if total is not None and total > len(items):
            title += f" ({self.w('top_of', shown=len(items), total=total)})"
        return Section(title=title, items=tuple(items))

    def workbook_records(self) -> str:
        """E.g. "1,234 disputes, 56 engagements" (the rows of the record sheets)."""
        parts = []
        for name in self.sel.all_kinds:
            count = self.sheet_count(name)
            parts.append(self.w("n_records", count=f"{count:,}",
                                kind=self.w(f"sheet_{name}").lower() if self.lang == "en"
                                else self.w(f"sheet_{name}")))
        return ", ".join(parts)

    def changes(self) -> list[tuple[str, dt.date, Record]]:
        """The disputes that changed in the period (see ``Counts.change``), latest first."""
        if self._changes is None:
            counts = Counts(self.g)
            found = []
            for d in self.g.disputes:
                change = counts.change(d)
                if change is not None:
                    found.append((change[0], change[1], d))
            found.sort(key=lambda c: (c[1], c[2]["opened_on"], c[2].id), reverse=True)
            self._changes = found
        return self._changes

    def posts(self) -> tuple[PostSection, ...]:
        g, out = self.g, []
        counts = Counts(g)
        for code in g.posts:
            disputes = [d for d in g.disputes if d.post == code]
            opened = [d for _, _, d in self.changes() if d.post == code]
            engagements = [e for e in reversed(g.engagements) if e.post == code]
            notes = [n for n in reversed(g.notes) if n.post == code]
            o, new, closed = counts.triple(disputes)
            figures = []
            parts = []
            if self.sel.wants("disputes"):
                figures += [self._fig("open_disputes", o), self._fig("new_disputes", new),
                            self._fig("closed_disputes", closed)]
                parts.append(self.section(
                    "top_disputes", [self.dispute_item(d) for d in opened[:TOP_DISPUTES]],
                    len(opened)))
            if self.sel.wants("engagements"):
                figures.append(self._fig("engagements_held", len(engagements)))
                parts.append(self.section(
                    "post_engagements",
                    [self.engagement_item(e) for e in engagements[:TOP_PER_POST]],
                    len(engagements)))
            if self.sel.wants("trend_notes"):
                figures.append(self._fig("trend_notes", len(notes)))
                parts.append(self.section(
                    "post_notes", [self.note_item(n) for n in notes[:TOP_PER_POST]], len(notes)))
            out.append(PostSection(code=code, title=self.post(code),
                                   key_figures=tuple(figures), parts=tuple(parts)))
        return tuple(out)

    def _fig(self, key: str, value: int) -> KeyFigure:
        return KeyFigure(self.w(key), value)

    def trends(self) -> Section:
        """The trend notes of high significance of the period, most recent first."""
        notes = sorted((n for n in self.g.notes if n["significance"] == "high"),
                       key=lambda n: (n["noted_on"], n.id), reverse=True)
        shown = notes[:TOP_TRENDS]
        note = self.w("note_trends", shown=f"{len(shown):,}", total=f"{len(self.g.notes):,}") \
            if len(shown) < len(self.g.notes) else ""
        return Section(title=self.w("trends"), items=tuple(self.note_item(n) for n in shown),
                       note=note)

    def action_columns(self) -> tuple[tuple[str, ...], tuple[ColumnType, ...]]:
        a, f = ACTION_ITEMS, self.field_label
        columns = (self.w("col_action"), f(a, "owner_name"), self.w("col_raised_at"),
                   f(a, "due_on"), f(a, "status"), f(a, "closed_on"), self.w("col_record"))
        return columns, ("text", "text", "text", "date", "text", "date", "text")

    def action_rows(self, items: list[Record]) -> tuple[tuple[Cell, ...], ...]:
        return tuple((
            self.lines.title(a, self.lang) if self.withheld(a) else self.title(a),
            self.text(a["owner_name"]),
            self.conference_title(self.g.conferences.get(a["conference_id"])),
            a["due_on"], self.label(ACTION_ITEMS, "status", a["status"]), a["closed_on"],
            self.linked(a["record_id"]),
        ) for a in items)

    def conference_part(self) -> ConferencePart | None:
        c = self.g.conference
        if c is None:
            return None
        agenda = []
        for item in self.g.agenda:
            link = self.linked(item["record_id"])
            withheld = self.withheld(item)
            agenda.append(TextItem(
                heading=self.lines.title(item, self.lang) if withheld else self.title(item),
                meta=self.w("linked", title=link) if link else "",
                body="" if withheld else self.text(item["notes"]),
            ))
        columns, types = self.action_columns()
        return ConferencePart(
            title=self.title(c), held_on=c["held_on"],
            kind=self.vocab.label("conference_kind", c["conference_kind"], self.lang),
            summary=self.text(c["summary"]),
            agenda=Section(title=self.w("agenda"), items=tuple(agenda)),
            actions=Table(key="actions_raised", title=self.w("actions_raised"), columns=columns,
                          types=types, rows=self.action_rows(self.g.raised)),
        )

    def action_log(self) -> ActionLog:
        columns, types = self.action_columns()
        previous = self.g.previous
        return ActionLog(
            title=self.w("action_log"),
            previous_conference=self.title(previous) if previous else "",
            previous_date=previous["held_on"] if previous else None,
            table=Table(key="action_log", title=self.w("action_log_table"), columns=columns,
                        types=types, rows=self.action_rows(self.g.carried)),
        )

    def build(self) -> BriefContent:
        sheets = self.sheets()
        kpis = build_kpis(self.g, self.vocab, self.lang, self.today, period=self.period_text(),
                          wants=self.sel.wants)
        annexes = []
        if self.sel.wants("disputes"):
            annexes.append(self.case_list())
        if self.sel.wants("follow_ups") or self.sel.wants("action_items"):
            annexes.append(self.deadline_calendar())
        if self.sel.wants("engagements"):
            annexes.append(self.engagement_log())
        return BriefContent(
            selection=self.sel, lang=self.lang, edition=self.sel.edition, control=self.control(),
            phrases=self.phrases(), summary=self.summary(), kpi_title=self.w("kpis"),
            kpis=kpis, conference=self.conference_part(), post_title=self.w("by_post"),
            posts=self.posts(), trends=self.trends(), action_log=self.action_log(),
            annex_title=self.w("annexes"), annexes=tuple(annexes), sheets=sheets,
            counts={t.key: len(t.rows) for t in sheets},
            structured_only=self.structured_only(), guard=self.guard,
        )

    def structured_only(self) -> int:
        """Records of the pack printed by their structured fields only."""
        g = self.g
        records = {r.id: r for r in (*g.disputes, *g.engagements, *g.follow_ups, *g.raised,
                                     *g.carried, *g.agenda)}
        return sum(1 for r in records.values() if self.withheld(r))


def build(desk: Desk, selection: BriefSelection, *, today: dt.date | None = None,
          generated_at: dt.datetime | None = None, progress: Progress | None = None,
          cancel: Cancel | None = None) -> BriefContent:
    check_selection(desk, selection)
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    if generated_at.tzinfo is None:
        generated_at = generated_at.replace(tzinfo=dt.UTC)
    builder = _Builder(desk, selection, today or dt.date.today(), generated_at, progress,
                       cancel)
    content = builder.build()
    builder.step.finish()
    return content
