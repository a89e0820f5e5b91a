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
    found: dict[str, SearchHit] = {}
    for kind_name, ids in by_kind.items():
        kind = KINDS_BY_NAME[kind_name]
        # only what a hit shows: loading whole records (long texts, JSON) would cost
        # more than the search itself
        titles = list(dict.fromkeys((*kind.title_ko, *kind.title_en)))
        marks = ", ".join("?" for _ in ids)
        rows = desk.conn.execute(
            f"SELECT id, post, {', '.join(titles)} FROM {kind_name} WHERE id IN ({marks})",
            ids,
        )
        for rid, post, *values in rows:
            by_name = dict(zip(titles, values, strict=True))
            found[rid] = SearchHit(
                rid, kind_name, post,
                _first(by_name, kind.title_ko) or rid, _first(by_name, kind.title_en) or rid,
            )
    return [found[h.record_id] for h in hits if h.record_id in found]


def _first(values: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        if values.get(name):
            return str(values[name])
    return None


def count(desk: Desk, query: str, *, kinds: tuple[str, ...] | None = None) -> int:
    return index.count_matches(desk.conn, query, kinds=kinds)
