"""Every search result of a case log, as JSON, to compare a file before and after a
migration (issue 18): ``python tools/search_results.py DB OUT.json``.

The searches are those docs/data-model.md reports for migrations 10 and 11: the search
bench's mix drawn from the file (``benchmarks.bench_search.build_mix``, seed 1) plus
fixed terms, each over all kinds and restricted to disputes, companies and
engagements — the hits (up to 500, in order, with their titles), the count and the
sorted ids of every match. Run the program before the change on a copy of the old file
(``PYTHONPATH`` pointing at its code) and this one on another copy, then compare the
two files. Opening the file migrates it (with its backup), as the program does.
"""

from __future__ import annotations

import json
import sys
import time

from benchmarks.bench_search import build_mix
from officer_desk.services import search
from officer_desk.services.desk import open_desk
from officer_desk.storage import search as index

FIXED = ("patent", "특허", "삼성", "LG", "침해", "337-TA", "C+", "Court 침해", "(주)", "오토텍",
         "배터리 소송", "ab", "A-", "Inc", "x", "특허 C+", "C+ patent", "IP -")
KINDS = (None, "disputes", "companies", "engagements")


def results(path: str) -> dict[str, list]:
    desk = open_desk(path)
    try:
        queries = dict.fromkeys([q.text for q in build_mix(desk.conn, seed=1)] + list(FIXED))
        out: dict[str, list] = {}
        for q in queries:
            for kind in KINDS:
                kinds = (kind,) if kind else None
                hits = [[h.id, h.kind, h.post, h.title_ko, h.title_en]
                        for h in search.search(desk, q, kinds=kinds, limit=500)]
                sql, params = index.match_clause(q, kind=kind)
                ids = sorted(r[0] for r in desk.conn.execute(sql, params))
                out[f"{q}|{kind}"] = [hits, search.count(desk, q, kinds=kinds), ids]
        return out
    finally:
        desk.close()


def main() -> None:
    start = time.perf_counter()
    found = results(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(found, f, ensure_ascii=False)
    print(f"{len(found)} searches, {sum(len(v[0]) for v in found.values()):,} hits, "
          f"{sum(v[1] for v in found.values()):,} matches counted, "
          f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
