"""Full-text search across every kind of record (see ``storage.search`` for how)."""

from __future__ import annotations

from dataclasses import dataclass

from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.services.desk import Desk
from officer_desk.storage import search as index


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    post: str
    title_ko: str
    title_en: str

    def title(self, lang: str = "en") -> str:
        return self.title_ko if lang == "ko" else self.title_en


def search(
    desk: Desk, query: str, *, kinds: tuple[str, ...] | None = None, limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Records matching every term of ``query``, best match first; never raises on input."""
    hits = index.search_index(desk.conn, query, kinds=kinds, limit=limit, offset=offset)
    by_kind: dict[str, list[str]] = {}
    for h in hits:
        by_kind.setdefault(h.kind, []).append(h.record_id)
    found = {}
    for kind_name, ids in by_kind.items():
        kind = KINDS_BY_NAME[kind_name]
        marks = ", ".join("?" for _ in ids)
        for record in desk.repo.rows(kind, f"WHERE id IN ({marks})", ids):
            found[record.id] = SearchHit(
                record.id, kind_name, record.post, record.title("ko"), record.title("en")
            )
    return [found[h.record_id] for h in hits if h.record_id in found]


def count(desk: Desk, query: str, *, kinds: tuple[str, ...] | None = None) -> int:
    return index.count_matches(desk.conn, query, kinds=kinds)
