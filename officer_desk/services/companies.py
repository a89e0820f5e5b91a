"""One exporter entered at several posts, seen as one company.

Each post keeps its own company records (it owns them; nobody rewrites them). HQ links
records that are the same exporter — the same business registration number, or the
same name once spacing, case and legal forms ((주), Co., Ltd., …) are set aside — in
``company_links``, so it can see all of a company's disputes across posts. The links
are recomputed from the records after every merge; they never travel. A link keeps the
time it was made (``linked_at``) for as long as it stays as it is: only a new link, or
one whose group or basis changed, gets the time of the merge that made it.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter
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
    stored: dict[str, tuple[str, str]] = {
        cid: (group, how) for cid, group, how in desk.conn.execute(
            "SELECT company_id, group_id, basis FROM company_links")}
    wanted: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    for root, members in sorted(groups.items()):
        if len(members) > 1:
            group = _group_id(root, [stored[c][0] for c in members if c in stored], taken)
            wanted.update((cid, (group, basis.get(cid, "name"))) for cid in members)
    _store_links(desk, stored, wanted)
    return LinkSummary(len(rows), sum(1 for m in groups.values() if len(m) > 1), len(wanted))


def _group_id(root: str, before: list[str], taken: set[str]) -> str:
    """A group keeps the id most of its members had (a company joining an existing group
    changes nothing for the others); a new group's id is made from its first member."""
    ranked = sorted(Counter(before).items(), key=lambda item: (-item[1], item[0]))
    group = next((g for g, _ in ranked if g not in taken), None)
    n = 0
    while group is None or group in taken:
        group = str(uuid.uuid5(_GROUPS, root if n == 0 else f"{root}/{n}"))
        n += 1
    taken.add(group)
    return group


def _store_links(desk: Desk, stored: dict[str, tuple[str, str]],
                 wanted: dict[str, tuple[str, str]]) -> None:
    """Make ``company_links`` hold exactly ``wanted`` (company -> group, basis), touching
    only the links that are new, changed or gone."""
    gone = [(cid,) for cid in stored.keys() - wanted.keys()]
    now = utc_now()
    fresh = [(cid, group, basis, now) for cid, (group, basis) in wanted.items()
             if stored.get(cid) != (group, basis)]
    if not (gone or fresh):
        return
    with transaction(desk.conn) as conn:
        conn.executemany("DELETE FROM company_links WHERE company_id = ?", gone)
        conn.executemany(
            "INSERT INTO company_links (company_id, group_id, basis, linked_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (company_id) DO UPDATE SET "
            "group_id = excluded.group_id, basis = excluded.basis, "
            "linked_at = excluded.linked_at", fresh,
        )


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
