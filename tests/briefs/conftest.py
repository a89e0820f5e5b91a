"""A small realistic desk for briefing packs, and a corpus of hostile text.

``brief`` is an HQ database holding records of three posts: public and internal
records, a company that agrees to be named and companies that must be anonymised, a
conference with its agenda and action items, the conference before it (whose action
items carry over), follow-ups due around ``TODAY``, and records whose text is hostile
(markup, formula prefixes, a 40,000-character note, emoji, Hanja, simplified Chinese).

Every internal record's text carries a marker (``INTERNAL_MARKERS``) so that a leak
test can look for it in any output; ``ANONYMISED_NAMES`` are the names of companies
the stakeholder edition must not name, ``NAMED_NAMES`` those it must.

``hostile_texts`` also holds what validation keeps out of the database (control
characters, U+FFFE/U+FFFF, tabs and CR in one-line fields); ``hostile_content`` is a
``BriefContent`` built from ``brief`` with those strings put straight into its text
items and tables, for renderer tests.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from brief_fixture import (
    GENERATED_AT,
    LONG_NOTE,
    STORED_HOSTILE,
    TODAY,
    UNSTORABLE_HOSTILE,
    BriefDesk,
    fill_brief_desk,
)

from officer_desk.services.desk import init_desk


@pytest.fixture
def brief(tmp_path: Path):
    """The fixture desk (HQ), open; closed after the test."""
    path = tmp_path / "brief.sqlite"
    desk = init_desk(path, hq=True, officer="본청 담당")
    try:
        ids = fill_brief_desk(desk)
        yield BriefDesk(desk=desk, path=path, today=TODAY, ids=ids)
    finally:
        desk.close()


@pytest.fixture
def hostile_texts() -> tuple[str, ...]:
    """Every hostile string, stored or not."""
    return (*STORED_HOSTILE, *UNSTORABLE_HOSTILE, LONG_NOTE)


def _content(brief: BriefDesk, **selection: object):
    from officer_desk.briefs.content import build_content
    from officer_desk.briefs.selection import BriefSelection

    return build_content(
        brief.desk, BriefSelection(**selection), today=brief.today, generated_at=GENERATED_AT,
    )


@pytest.fixture
def internal_content(brief: BriefDesk):
    """The internal edition (Korean) for the current conference."""
    return _content(brief, conference_id=brief.ids["k_current"], edition="internal", lang="ko",
                    brief_number="2026-2", version="1", distribution="본청 산업재산보호팀")


@pytest.fixture
def stakeholder_content(brief: BriefDesk):
    """The stakeholder edition (English) for the current conference."""
    return _content(brief, conference_id=brief.ids["k_current"], edition="stakeholder",
                    lang="en", brief_number="2026-2", version="1", distribution="KPAA, KINPA")


@pytest.fixture
def hostile_content(internal_content, hostile_texts):
    """The internal content with every hostile string put into text items and tables."""
    from officer_desk.briefs.content import Section, Table, TextItem

    items = tuple(TextItem(heading=t[:200], meta=t[:200], body=t) for t in hostile_texts)
    table = Table(
        key="hostile", title="Hostile <text> & =formulas",
        columns=("ID", "Text", "Date", "Count"), types=("id", "text", "date", "int"),
        rows=tuple((t[:40], t, TODAY, n) for n, t in enumerate(hostile_texts)),
        long_columns=(1,),
    )
    return dataclasses.replace(
        internal_content,
        trends=Section(title="Hostile =trends & <b>", items=items),
        annexes=(*internal_content.annexes, table),
        sheets=(*internal_content.sheets, table),
    )
