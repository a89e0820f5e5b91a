"""What a briefing pack says, as plain data both renderers (PDF and XLSX) print.

``build_content`` reads the desk once and returns a :class:`BriefContent` that is
already filtered by edition (the stakeholder edition holds no record marked internal:
not in text, tables, charts or counts), already anonymised (stakeholder: companies
shown as "Company A — SME, secondary batteries" unless they agreed to be named), with
every label resolved in the chosen language and dates as ``datetime.date``. Renderers
do no database access and no filtering: whatever is in here is printable.

The same selection on the same data gives an equal ``BriefContent`` except for
``generated_at`` (ordering is stable everywhere).

Renderers' ``progress`` callables are called as ``progress(done, total)`` (the
signature ``gui/worker.py`` and ``services/sync.py`` use); ``cancel()`` returns True
when the person asked to stop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from officer_desk.briefs.selection import BriefSelection

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk

#: How a table column's values are typed: "text" (str), "date" (datetime.date),
#: "int" (int), "amount" (int or float: money, in the currency of the row's currency
#: column) or "id" (str: an identifier such as a case number or a record id, kept as
#: text in spreadsheets).
ColumnType = Literal["text", "date", "int", "amount", "id"]

#: One cell: typed according to its column; None when empty.
Cell = str | int | float | dt.date | None

#: The chart that suits a KPI: "bar" (horizontal bars, many categories), "column"
#: (clustered columns, one group per category and one bar per series) or "pie" (shares
#: of a whole; single series).
ChartKind = Literal["bar", "column", "pie"]


@dataclass(frozen=True)
class Table:
    """A titled table: the annexes, the action log and the XLSX record sheets."""

    #: stable identifier (e.g. the record kind "disputes", or "case_list")
    key: str
    title: str
    columns: tuple[str, ...]
    types: tuple[ColumnType, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: columns holding long free text (summaries, notes): renderers wrap them wide
    long_columns: tuple[int, ...] = ()
    #: a line under the title (e.g. what the PDF leaves to the workbook), "" if none
    note: str = ""
    #: an annex that lists only some of its rows: how many it could list (0: all listed)
    of: int = 0

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class KpiRow:
    label: str
    #: one value per series of the KPI
    values: tuple[int, ...]


@dataclass(frozen=True)
class Kpi:
    """A KPI as a small table of counts, and the chart that suits it.

    Single-series KPIs (``len(series) == 1``) read as (label, value) pairs.
    """

    key: str
    title: str
    #: header of the label column (e.g. "Post")
    category: str
    #: headers of the value columns (e.g. ("Open", "New", "Closed")); one for most KPIs
    series: tuple[str, ...]
    rows: tuple[KpiRow, ...]
    chart: ChartKind
    #: a line under the table (e.g. what "new" means), "" if none
    note: str = ""

    @property
    def pairs(self) -> tuple[tuple[str, int], ...]:
        """(label, first value) of every row."""
        return tuple((r.label, r.values[0]) for r in self.rows)

    @property
    def empty(self) -> bool:
        return not any(any(r.values) for r in self.rows)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: int


@dataclass(frozen=True)
class ControlBlock:
    """The cover's control block, and the marking printed on every page."""

    #: e.g. "Briefing pack — KIPO–posts video conference, 2026-03-04"
    title: str
    #: the organisation (a setting), e.g. "Ministry of Intellectual Property"
    organisation: str
    #: e.g. ("Washington (US)", "Beijing (CN)"); all posts when none was selected
    posts: tuple[str, ...]
    period_from: dt.date | None
    period_to: dt.date | None
    #: the period as printed, e.g. "2026-01-01 – 2026-03-31" / "all dates"
    period: str
    #: the conference's title and date, "" / None when the pack is not for a conference
    conference: str
    conference_date: dt.date | None
    brief_number: str
    version: str
    #: "internal" | "stakeholder"
    edition: str
    #: e.g. "Internal edition (HQ)" / "내부용 (본청)"
    edition_label: str
    #: the banner at the top and bottom of every page, e.g. "INTERNAL — HQ ONLY / 대외비"
    marking: str
    distribution: str
    #: time zone aware
    generated_at: dt.datetime
    #: generated_at as printed, with its time zone, e.g. "2026-11-21 07:30 UTC"
    generated_text: str
    #: the control block as printed: (label, value) rows in order
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Phrases:
    """Fixed words of the layout, in the chosen language."""

    contents: str
    #: with {page} and {pages}, e.g. "Page {page} of {pages}" / "{page} / {pages}쪽"
    page_of: str
    #: shown for a section with nothing in it
    empty: str
    #: after a heading repeated on the next page
    continued: str
    key_figures: str
    #: marks text that was cut (e.g. a cell over Excel's limit)
    truncated: str
    #: stands in for a character the font lacks
    missing_glyph: str = "□"


@dataclass(frozen=True)
class ExecutiveSummary:
    title: str
    #: the conference's own summary text as written ("" if none): printed first
    conclusion: str
    #: generated one-line findings, conclusion first (e.g. "12 disputes are open …")
    highlights: tuple[str, ...]
    key_figures: tuple[KeyFigure, ...]
    #: the period post by post: disputes open, new, moved stage, closed; deadlines
    #: overdue and due soon (None when the pack has no disputes and no deadlines)
    by_post: Table | None = None


@dataclass(frozen=True)
class TextItem:
    """One record as text: a heading, a line of facts and the body."""

    heading: str
    #: one line of facts, e.g. "Patent · ITC Section 337 · Hearing · Company A — SME, …"
    meta: str
    #: free text (line breaks kept), "" if none
    body: str
    date: dt.date | None = None


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[TextItem, ...]
    #: a line under the title (e.g. what the PDF leaves to the workbook), "" if none
    note: str = ""


@dataclass(frozen=True)
class PostSection:
    code: str
    #: e.g. "Washington (US)"
    title: str
    key_figures: tuple[KeyFigure, ...]
    #: top open disputes, engagements, trend notes (in that order; empty ones kept)
    parts: tuple[Section, ...]


@dataclass(frozen=True)
class ConferencePart:
    """The selected conference: its agenda and the action items raised at it."""

    title: str
    held_on: dt.date
    kind: str
    summary: str
    agenda: Section
    actions: Table


@dataclass(frozen=True)
class ActionLog:
    """Action items carried over from the last conference, with their current status."""

    title: str
    #: the previous conference's title (its date is ``previous_date``), "" / None when
    #: there is none
    previous_conference: str
    previous_date: dt.date | None
    table: Table


@dataclass(frozen=True)
class BriefContent:
    """Everything a pack prints, in the order the PDF prints it.

    ``kpi_title``, ``post_title`` and ``annex_title`` are the headings of those parts
    (the others carry their own ``title``).
    """

    selection: BriefSelection
    lang: str
    edition: str
    control: ControlBlock
    phrases: Phrases
    summary: ExecutiveSummary
    kpi_title: str
    kpis: tuple[Kpi, ...]
    conference: ConferencePart | None
    post_title: str
    posts: tuple[PostSection, ...]
    trends: Section
    action_log: ActionLog
    annex_title: str
    #: case list, deadline calendar, engagement log
    annexes: tuple[Table, ...]
    #: one table per record kind for the XLSX (key: the kind's name; the action items
    #: raised and carried over are the "action_items" table), then, when the pack is for
    #: a conference, its agenda ("agenda_items")
    sheets: tuple[Table, ...]
    #: records per kind as printed (kind name -> number of rows in its sheet)
    counts: dict[str, int] = field(default_factory=dict)
    #: stakeholder edition: records about a company that has not agreed to be named,
    #: printed by their structured fields only (see ``structured.py``)
    structured_only: int = 0
    #: stakeholder edition: the protected strings the renderers check the content
    #: against before they write anything (``guard.LeakGuard``); not content itself
    guard: Any = field(default=None, compare=False, repr=False, metadata={"scan": False})

    @property
    def generated_at(self) -> dt.datetime:
        return self.control.generated_at


def build_content(
    desk: Desk,
    selection: BriefSelection,
    *,
    today: dt.date | None = None,
    generated_at: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BriefContent:
    """Read what ``selection`` picks from ``desk`` as the pack prints it.

    ``today`` anchors deadlines (days left, the 30/60/90-day counts); ``generated_at``
    (time zone aware; now in UTC by default) is the only thing that differs between
    two runs of the same selection on the same data. Raises ``ValidationError`` for a
    selection the desk cannot satisfy (unknown post, conference or technology field;
    an internal conference in a stakeholder edition). ``progress(done, total)`` moves as
    records are read and rows made; ``cancel()`` returning True stops with ``Cancelled``.
    """
    from officer_desk.briefs.build import build

    return build(desk, selection, today=today, generated_at=generated_at, progress=progress,
                 cancel=cancel)
