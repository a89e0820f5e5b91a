"""One exporter entered at several posts, seen as one company.

Each post keeps its own company records (it owns them; nobody rewrites them). HQ links
records that are the same exporter — the same business registration number, or the
same name once spacing, case and legal forms ((주), Co., Ltd., …) are set aside — in
``company_links``, so it can see all of a company's disputes across posts. The links
are recomputed from the records after every merge; they never travel.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.domain.records import Record, utc_now
from officer_desk.services.desk import Desk
from officer_desk.storage.connection import transaction

_LEGAL_FORMS = re.compile(
    r"주식회사|유한회사|\(주\)|\(유\)|㈜|"
    r"\b(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|inc|incorporated|corp|corporation|"
    r"co|llc|gmbh|k\.?k|s\.?a|plc)\b\.?",
    re.IGNORECASE,
)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_GROUPS = uuid.UUID("0b7c2a52-7f6e-4c8e-9d4e-3d1c0c5b8a10")


def normalise_name(name: str | None) -> str:
    """The part of a company name that identifies it: no legal form, case or spacing."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _LEGAL_FORMS.sub(" ", text)
    return _NOT_WORD.sub("", text)


@dataclass(frozen=True)
class LinkSummary:
    companies: int
    groups: int  # groups of two or more records
    linked: int  # company records in those groups


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def link_companies(desk: Desk) -> LinkSummary:
    """Recompute which company records are the same exporter."""
    rows = desk.conn.execute(
        "SELECT id, brn, name_ko, name_en FROM companies WHERE deleted = 0 ORDER BY id"
    ).fetchall()
    parent = {r[0]: r[0] for r in rows}
    basis: dict[str, str] = {}
    first_by_key: dict[tuple[str, str], str] = {}
    for cid, brn, name_ko, name_en in rows:
        keys = []
        if brn:
            keys.append(("registration number", re.sub(r"\D", "", brn)))
        for name in (name_ko, name_en):
            norm = normalise_name(name)
            if len(norm) >= 2:
                keys.append(("name", norm))
        for key in keys:
            other = first_by_key.setdefault(key, cid)
            if other != cid:
                a, b = _find(parent, other), _find(parent, cid)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                basis.setdefault(cid, key[0])
                basis.setdefault(other, key[0])
    groups: dict[str, list[str]] = {}
    for cid in parent:
        groups.setdefault(_find(parent, cid), []).append(cid)
    now = utc_now()
    linked = [(cid, str(uuid.uuid5(_GROUPS, root)), basis.get(cid, "name"), now)
              for root, members in groups.items() if len(members) > 1 for cid in members]
    with transaction(desk.conn) as conn:
        conn.execute("DELETE FROM company_links")
        conn.executemany(
            "INSERT INTO company_links (company_id, group_id, basis, linked_at) "
            "VALUES (?, ?, ?, ?)", linked,
        )
    return LinkSummary(len(rows), sum(1 for m in groups.values() if len(m) > 1), len(linked))


def same_company(desk: Desk, company_id: str) -> list[Record]:
    """The company records linked with this one (itself included), by post."""
    ids = [r[0] for r in desk.conn.execute(
        "SELECT company_id FROM company_links WHERE group_id = "
        "(SELECT group_id FROM company_links WHERE company_id = ?)", (company_id,))]
    ids = ids or [company_id]
    marks = ", ".join("?" for _ in ids)
    return list(desk.repo.rows(COMPANIES, f"WHERE id IN ({marks}) ORDER BY post, id", ids))


def disputes_across_posts(desk: Desk, company_id: str) -> list[Record]:
    """Every live dispute of this exporter, at every post."""
    ids = [c.id for c in same_company(desk, company_id)]
    marks = ", ".join("?" for _ in ids)
    return list(desk.repo.rows(
        DISPUTES,
        f"WHERE company_id IN ({marks}) AND deleted = 0 ORDER BY opened_on DESC, id", ids,
    ))
