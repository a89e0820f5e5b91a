"""Reading a list's rows: what a row keeps, one page read, and reads off the GUI thread.

``read_page`` reads one page of a query through ``queries.list_fields`` (on whichever
thread the desk belongs to). A ``Load`` runs such reads in the worker thread on a
read-only desk of its own (a SQLite connection cannot cross threads) and brings the
result back through a ``Relay`` signal, tagged with a generation number: a result that
is no longer the newest is dropped, and a load not yet started when a newer one is
asked for is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from officer_desk.domain.fields import Field
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.worker import read_only
from officer_desk.services import display, queries
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery


@dataclass(frozen=True, slots=True)
class Row:
    """What a list keeps of a record: enough to show its cells, nothing more."""

    id: str
    post: str
    deleted: bool
    title_en: str
    title_ko: str
    cells: tuple[Any, ...]  # raw values of the kind's key fields, in column order


@dataclass(frozen=True, slots=True)
class Read:
    """Rows read for a query, with the titles of the records they link to."""

    rows: list[Row]
    total: int
    titles: dict[str, tuple[str, str]]
    #: further pages read with the first (page number -> rows), e.g. by a refresh
    pages: dict[int, list[Row]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReadFields:
    """The fields a list reads: its key fields, and those that link to other records."""

    key: tuple[Field, ...]
    links: tuple[Field, ...]


def _first(values: dict[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = values.get(name)
        if value:
            return str(value)
    return ""


def read_page(
    desk: Desk, kind: RecordKind, query: ListQuery, columns: ReadFields,
    known: Collection[str], *, total: int | None = None,
) -> Read:
    """Read ``query``'s page (its ``limit`` and ``offset``) as rows.

    ``total``: the query's count when already known (nothing is counted again, and a
    page near the end is read backwards: see ``queries.list_fields``).
    """
    key, links = columns.key, columns.links
    names = list(dict.fromkeys(
        [*kind.title_en, *kind.title_ko, *(f.name for f in key), *(f.name for f in links)]))
    page = queries.list_fields(desk, kind, names, query, total=total)
    values = [dict(zip(names, row[3:], strict=True)) for row in page.rows]
    rows = [
        Row(
            id=row[0], post=row[1], deleted=row[2],
            title_en=_first(v, kind.title_en), title_ko=_first(v, kind.title_ko),
            cells=tuple(v[f.name] for f in key),
        )
        for row, v in zip(page.rows, values, strict=True)
    ]
    titles: dict[str, tuple[str, str]] = {}
    if links:
        wanted = {
            rid
            for v in values for f in links
            for rid in display.linked_ids(f, v[f.name])
            if rid not in known
        }
        if wanted:
            titles = display.titles_marking_deleted(desk, wanted)
    return Read(rows, page.total, titles)


def read_pages(
    desk: Desk, kind: RecordKind, query: ListQuery, columns: ReadFields,
    known: Collection[str], pages: Collection[int], page_size: int,
) -> Read:
    """The first page with its count, then each of ``pages`` (their rows in ``pages``)."""
    first = read_page(desk, kind, _window(query, 0, page_size), columns, known)
    titles = dict(first.titles)
    more: dict[int, list[Row]] = {}
    for n in sorted(set(pages) - {0}):
        if n * page_size >= first.total:
            continue
        page = read_page(desk, kind, _window(query, n * page_size, page_size), columns,
                         known, total=first.total)
        more[n] = page.rows
        titles.update(page.titles)
    return Read(first.rows, first.total, titles, more)


def _window(query: ListQuery, offset: int, limit: int) -> ListQuery:
    return replace(query, offset=offset, limit=limit)


class PageStore:
    """The pages of one query read so far (page number -> rows), the titles of the
    records they link to, and the pages last looked at (the newest last)."""

    def __init__(self, page_size: int, recent: int) -> None:
        self.page_size, self.most_recent = page_size, recent
        self.pages: dict[int, list[Row]] = {}
        self.recent: list[int] = []
        self.titles: dict[str, tuple[str, str]] = {}

    def keep(self, read: Read) -> int:
        """Keep ``read``'s pages in place of all others; returns the query's count (a
        first page shorter than a page is the whole list, whatever was counted). The
        linked titles are ``read``'s, read with its rows: those kept from before may name
        a record deleted or renamed since."""
        self.titles = dict(read.titles)
        self.pages = {0: read.rows, **read.pages}
        self.recent = [n for n in self.recent if n in self.pages]
        rows = len(read.rows)
        return rows if rows < self.page_size else max(read.total, rows)

    def row(self, row: int, read: Callable[[int], Read]) -> Row | None:
        """Row ``row``; its page is read with ``read(page number)`` if it was not."""
        n, i = divmod(row, self.page_size)
        rows = self.pages.get(n)
        if rows is None:
            page = read(n)
            self.titles.update(page.titles)
            rows = self.pages[n] = page.rows
        if n not in self.recent[-1:]:
            self.recent = [*(p for p in self.recent if p != n), n][-self.most_recent:]
        return rows[i] if i < len(rows) else None

    def keep_page(self, n: int, read: Read) -> None:
        """Keep page ``n``, read elsewhere (the worker thread)."""
        self.titles.update(read.titles)
        self.pages[n] = read.rows

    def page_length(self, n: int) -> int:
        return len(self.pages.get(n, ()))

    def row_of(self, record_id: str, reach: int) -> int:
        """The row of a record among the pages read, before ``reach``; -1 if none."""
        for n, rows in self.pages.items():
            for i, row in enumerate(rows):
                if row.id == record_id and n * self.page_size + i < reach:
                    return n * self.page_size + i
        return -1


class Generation:
    """The newest load's number, read by the worker thread to skip stale loads."""

    def __init__(self) -> None:
        self.value = 0


class Relay(QObject):
    """Brings a load's result (or exception) back to the GUI thread.

    It has no parent: the model and each running load hold it, so it is never deleted
    (with a closing window) while a worker thread emits from it; once the model is gone
    the emit reaches no one.
    """

    delivered = Signal(int, object)


class Load(QRunnable):
    """Run one read on a read-only desk of the worker thread's own."""

    def __init__(self, relay: Relay, newest: Generation, generation: int, path: Path,
                 read: Callable[[Desk], object]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.relay, self.newest, self.generation = relay, newest, generation
        self.path, self.read = path, read

    def run(self) -> None:
        if self.newest.value != self.generation:
            return  # a newer load was asked for before this one started
        self.relay.delivered.emit(self.generation, read_only(self.path, self.read))
