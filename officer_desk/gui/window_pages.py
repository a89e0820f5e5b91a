"""The window's pages: the lists in the navigation, their titles, and the mapping of
kind name to list page (each built when first asked for).

Follow-ups are in the navigation (``NAV_KINDS``) but not a record list: their page is
the to-do of deadlines (``follow_ups_page``), and a follow-up opens in its record's
Follow-ups tab (``record_opener``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from officer_desk.domain.kinds import (
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.gui.texts import N_, tr

if TYPE_CHECKING:  # imported with the first list page (a window on the dashboard waits
    # for none of it)
    from officer_desk.gui.list_page import RecordListPage

#: The kinds' entries in the navigation, in order (each page called "list_<kind>").
NAV_KINDS: tuple[RecordKind, ...] = (
    DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES, CONFERENCES, FOLLOW_UPS,
)
#: The record lists (``RecordListPage``) among them.
LIST_KINDS: tuple[RecordKind, ...] = tuple(k for k in NAV_KINDS if k is not FOLLOW_UPS)
#: The kinds Ctrl+N offers on a page of no one kind (a follow-up belongs to a record,
#: and is added in that record's Follow-ups tab).
NEW_RECORD_KINDS: tuple[RecordKind, ...] = (
    DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES, CONFERENCES,
)
#: The lists' navigation entries (plural, unlike the kinds' labels).
NAV_TITLES: dict[str, str] = {
    DISPUTES.name: N_("Disputes"), ENGAGEMENTS.name: N_("Engagements"),
    TREND_NOTES.name: N_("Trend notes"), COMPANIES.name: N_("Companies"),
    CONFERENCES.name: N_("Conferences"), FOLLOW_UPS.name: N_("Follow-ups"),
}


def nav_title(kind_name: str) -> str:
    """A list's entry in the navigation, in the window's language."""
    return tr(NAV_TITLES[kind_name])


class ListPages(Mapping[str, "RecordListPage"]):
    """The window's list pages by kind name, each built when first asked for
    (``page(name)`` builds or finds the page called "list_<kind>")."""

    def __init__(self, page: Callable[[str], QWidget]):
        self._page = page

    def __getitem__(self, name: str) -> RecordListPage:
        if name not in self:
            raise KeyError(name)
        from officer_desk.gui.list_page import RecordListPage

        page = self._page(f"list_{name}")
        assert isinstance(page, RecordListPage)
        return page

    def __contains__(self, name: object) -> bool:
        return any(kind.name == name for kind in LIST_KINDS)

    def __iter__(self) -> Iterator[str]:
        return (kind.name for kind in LIST_KINDS)

    def __len__(self) -> int:
        return len(LIST_KINDS)
