"""Full-text search across every kind of record (see ``storage.search`` for how)."""

from __future__ import annotations

from dataclasses import dataclass

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
    return [SearchHit(h.record_id, h.kind, h.post, h.title_ko, h.title_en) for h in hits]


def count(desk: Desk, query: str, *, kinds: tuple[str, ...] | None = None) -> int:
    return index.count_matches(desk.conn, query, kinds=kinds)
