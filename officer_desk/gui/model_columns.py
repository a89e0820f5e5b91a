"""Which columns a kind's list shows: their headers, cell texts and how each sorts.

Every list starts with the short id, the owning post and the title in the window's
language, then a few key fields of its kind. ``Columns`` turns a row's raw values into
text when the view asks (so switching language needs no reload) and a clicked column
into the query's sort.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.gui.list_reading import Row
from officer_desk.services import display, sort_order
from officer_desk.services.sort_order import SortBasis

#: The columns every list starts with: short id, owning post, title in the UI language.
LEAD_COLUMNS: tuple[str, ...] = ("id", "post", "title")

#: The fields a list shows after the lead columns, per kind.  (The CLI's choice lives in
#: ``officer_desk.cli.lookup.LIST_COLUMNS``; the window shows a few more.)  A follow-up's
#: description and an attachment's file name are their title column.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": ("code", "city_ko", "jurisdiction"),
    "vocab_terms": ("vocabulary", "code", "active"),
    "companies": ("size", "sector", "technology_field"),
    "disputes": ("stage", "status", "ip_type", "dispute_kind", "opened_on"),
    "engagements": ("agency", "held_on"),
    "trend_notes": ("category", "noted_on", "significance"),
    "conferences": ("conference_kind", "held_on"),
    "agenda_items": ("conference_id", "position"),
    "action_items": ("status", "due_on", "owner_name"),
    "follow_ups": ("due_on", "done"),
    "attachments": ("size",),
}

#: (English, Korean) headers of the lead columns (the title's comes from its field).
LEAD_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "post": ("Post", "공관"),
}

_LANGUAGE_SUFFIX = re.compile(r"\s*\((Korean|English|한글|영문)\)\s*$")


def columns_for(kind: RecordKind) -> tuple[str, ...]:
    """The column names of a kind's list: the lead columns, then its key fields."""
    return LEAD_COLUMNS + LIST_COLUMNS.get(kind.name, ())


def title_header(kind: RecordKind, lang: str) -> str:
    """``Title``/``제목`` (a kind's first title field's label without "(Korean)")."""
    names = kind.title_ko if lang == "ko" else kind.title_en
    if not names:
        return "제목" if lang == "ko" else "Title"
    return _LANGUAGE_SUFFIX.sub("", kind.field(names[0]).label(lang))


def count_label_text(shown: int, total: int, lang: str = "ko") -> str:
    """``200 of 41,666`` (Korean: ``41,666건 중 200건``) for a count label."""
    return display.count_text(shown, total, lang)


class Columns:
    """The columns of one kind's list."""

    def __init__(self, kind: RecordKind, vocab: Vocabularies) -> None:
        self.kind, self.vocab = kind, vocab
        self.names = columns_for(kind)
        self.fields: tuple[Field | None, ...] = tuple(
            kind.field(n) if kind.has_field(n) else None for n in self.names)
        #: the kind's fields after the lead columns (a row's ``cells``, in order)
        self.key = tuple(f for f in self.fields[len(LEAD_COLUMNS):] if f is not None)
        #: those that name other records (their titles are read with the rows)
        self.links = tuple(
            f for f in self.key if f.type in (FieldType.REF, FieldType.LINK, FieldType.REFS))

    def of(self, name: str) -> int:
        return self.names.index(name) if name in self.names else -1

    def text(self, row: Row, column: int, lang: str,
             titles: dict[str, tuple[str, str]]) -> str:
        name = self.names[column]
        if name == "id":
            return display.short_id(row.id)
        if name == "post":
            return row.post
        if name == "title":
            return display.one_line(full_title(row, lang))
        f = self.fields[column]
        assert f is not None
        value = row.cells[column - len(LEAD_COLUMNS)]
        return display.format_value(f, value, self.vocab, lang, titles=titles)

    def header(self, section: int, lang: str) -> str:
        name = self.names[section]
        if name == "title":
            return title_header(self.kind, lang)
        if name in LEAD_HEADERS:
            en, ko = LEAD_HEADERS[name]
            return ko if lang == "ko" else en
        f = self.fields[section]
        assert f is not None
        return f.label(lang)

    def alignment(self, column: int) -> Any:
        f = self.fields[column]
        if f is not None and display.is_numeric(f):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if f is not None and f.type is FieldType.BOOL:
            return Qt.AlignmentFlag.AlignCenter
        return None

    # -- sorting ----------------------------------------------------------------------------

    def title_fields(self, lang: str) -> tuple[str, ...]:
        return self.kind.title_ko if lang == "ko" else self.kind.title_en

    def sort_spec(self, column: int, order: Qt.SortOrder, lang: str) -> str | None:
        """The query's ``sort`` for a column and order (None: the kind's default; the id
        column has no order of its own)."""
        if not 0 <= column < len(self.names) or self.names[column] == "id":
            return None
        name = self.names[column]
        if name == "title":
            titles = self.title_fields(lang)
            if not titles:
                return None
            name = titles[0]
        return f"-{name}" if order == Qt.SortOrder.DescendingOrder else name

    def sort_indicator(self, sort: str | None, lang: str) -> tuple[int, Qt.SortOrder]:
        """The column and order ``sort`` corresponds to (column -1: none shown)."""
        spec = sort or self.kind.default_sort
        order = (Qt.SortOrder.DescendingOrder if spec.startswith("-")
                 else Qt.SortOrder.AscendingOrder)
        name = spec.lstrip("-+")
        if name in self.title_fields(lang):
            return self.of("title"), order
        return self.of(name), order

    def sort_basis(self, sort: str | None) -> SortBasis:
        """What ``sort`` follows: a value, a label, or a process order."""
        name = (sort or self.kind.default_sort).lstrip("-+")
        if not self.kind.has_field(name):
            return SortBasis.VALUE
        return sort_order.basis_of(self.kind.field(name))


def full_title(row: Row, lang: str) -> str:
    """A row's title in ``lang``, or in the other language when it has none."""
    first, second = ((row.title_ko, row.title_en) if lang == "ko"
                     else (row.title_en, row.title_ko))
    return first or second
