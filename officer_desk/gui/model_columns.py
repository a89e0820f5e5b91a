"""Which columns a kind's list shows, and their headers.

Every list starts with the short id, the owning post and the title in the window's
language, then a few key fields of its kind.
"""

from __future__ import annotations

import re

from officer_desk.domain.kinds import RecordKind
from officer_desk.services import display

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
