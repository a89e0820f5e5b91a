"""What a pack will hold, told before anything is written (``brief --dry-run``, the
dialog's confirmation).

:func:`plan_pack` builds the content (reading the records, as writing would) and says
how many records each sheet of the workbook holds, what the PDF lists of them, about
how many pages it has, how many records the stakeholder edition shows by their
structured line only, which files of the folder it would replace, and whether the
stakeholder edition would be refused (and why). ``write_pack(content=plan.content)``
then writes that very content without reading the records again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from officer_desk.briefs.content import BriefContent, Table, build_content
from officer_desk.briefs.guard import LeakRefused, check_before_writing
from officer_desk.briefs.pack import DEFAULT_FORMATS, existing_files, pack_files, parse_formats
from officer_desk.briefs.selection import BriefSelection
from officer_desk.briefs.words import word
from officer_desk.briefs.work import Cancel, Progress
from officer_desk.services.desk import Desk

#: Rows of a table on a landscape page of the annexes, and on a portrait page; items of
#: text (a dispute, an engagement, a trend note) on a page. Measured on packs of the demo.
ANNEX_ROWS_PER_PAGE = 24
TABLE_ROWS_PER_PAGE = 30
ITEMS_PER_PAGE = 6
#: KPI blocks on a page (a table beside its chart).
KPIS_PER_PAGE = 3


@dataclass(frozen=True)
class PackPlan:
    selection: BriefSelection
    out_dir: Path
    formats: tuple[str, ...]
    content: BriefContent
    #: rows of each sheet of the workbook (record kind -> rows)
    sheets: dict[str, int]
    #: rows of each annex of the PDF (table key -> rows)
    annexes: dict[str, int]
    pages: int
    structured_only: int
    files: tuple[str, ...]
    #: the pack's files already in the folder (replaced only when asked to)
    existing: tuple[Path, ...]
    #: why the stakeholder edition would be refused (None: it would be written)
    refused: LeakRefused | None
    #: rows each annex could list, where it lists only some (table key -> rows)
    annex_totals: dict[str, int] = dataclasses.field(default_factory=dict)

    def describe(self, lang: str = "en") -> list[str]:
        """The plan in a few lines, in ``lang``."""
        ko = lang == "ko"
        c = self.content.control
        lines = [c.title, f"{word('period', lang)}: {c.period}"]
        sheets = ", ".join(word("n_records", lang, count=f"{n:,}",
                                kind=_kind(name, lang)) for name, n in self.sheets.items())
        if "xlsx" in self.formats:
            lines.append(("통합문서: " if ko else "Workbook: ") + sheets)
        if "pdf" in self.formats:
            annexes = ", ".join(
                f"{_annex(key, lang)} {n:,}" + (
                    (f"/{self.annex_totals[key]:,}" if ko else
                     f" of {self.annex_totals[key]:,}") if key in self.annex_totals else "")
                for key, n in self.annexes.items())
            lines.append(f"PDF: 약 {self.pages:,}쪽 ({annexes})" if ko else
                         f"PDF: about {self.pages:,} pages ({annexes})")
        if "hwpx" in self.formats:
            lines.append("한글(HWPX): PDF와 같은 내용의 고칠 수 있는 한글 문서" if ko else
                         "HWPX: the PDF's content as a 한글 document to edit")
        if self.selection.edition == "stakeholder":
            lines.append(
                f"기업명 공개에 동의하지 않은 기업 관련 기록 {self.structured_only:,}건은 "
                "유형·단계·일자만 표시" if ko else
                f"Shown by their structured line only (companies that have not agreed to be "
                f"named): {self.structured_only:,} records")
        if self.existing:
            names = ", ".join(p.name for p in self.existing)
            lines.append(f"이미 있는 파일(바꿔 씀): {names}" if ko else
                         f"Already in the folder (would be replaced): {names}")
        if self.refused is not None:
            lines.append(self.refused.message(lang))
        return lines


def _kind(name: str, lang: str) -> str:
    label = word(f"sheet_{name}", lang)
    return label.lower() if lang == "en" else label


def _annex(key: str, lang: str) -> str:
    return {"case_list": ("disputes that changed", "변동 분쟁"),
            "deadline_calendar": ("deadlines", "기한"),
            "engagement_log": ("engagements", "협의")}[key][1 if lang == "ko" else 0]


def estimate_pages(content: BriefContent) -> int:
    """About how many pages the PDF has (cover, contents and the parts it prints)."""
    pages = 2.0  # cover, contents
    pages += 1  # executive summary
    pages += math.ceil(len(content.kpis) / KPIS_PER_PAGE) + sum(
        len(k.rows) / 40 for k in content.kpis if len(k.rows) > 22)
    if content.conference is not None:
        pages += 1 + len(content.conference.agenda.items) / ITEMS_PER_PAGE / 2 + \
            len(content.conference.actions.rows) / TABLE_ROWS_PER_PAGE
    pages += sum(0.4 + sum(len(part.items) for part in post.parts) / ITEMS_PER_PAGE
                 for post in content.posts)
    pages += 1 + len(content.trends.items) / ITEMS_PER_PAGE
    pages += 1 + _rows(content.action_log.table) / TABLE_ROWS_PER_PAGE
    pages += sum(0.3 + _rows(t) / ANNEX_ROWS_PER_PAGE for t in content.annexes)
    return max(1, round(pages))


def _rows(table: Table) -> int:
    return len(table.rows)


def plan_pack(desk: Desk, selection: BriefSelection, out_dir: str | Path,
              formats: Sequence[str] = DEFAULT_FORMATS, *, progress: Progress | None = None,
              cancel: Cancel | None = None, today: dt.date | None = None,
              generated_at: dt.datetime | None = None) -> PackPlan:
    """Build the pack's content and say what it holds; nothing is written."""
    chosen = parse_formats(formats)
    content = build_content(desk, selection, today=today, generated_at=generated_at,
                            progress=progress, cancel=cancel)
    refused = None
    try:
        check_before_writing(content)
    except LeakRefused as e:
        refused = e
    return PackPlan(
        selection=selection, out_dir=Path(out_dir), formats=chosen, content=content,
        sheets=dict(content.counts), annexes={t.key: len(t.rows) for t in content.annexes},
        annex_totals={t.key: t.of for t in content.annexes if t.of},
        pages=estimate_pages(content), structured_only=content.structured_only,
        files=pack_files(selection, chosen),
        existing=tuple(existing_files(selection, out_dir, chosen)), refused=refused,
    )
