"""Stage 3: search latency over the demo database, next to a raw FTS5 query.

The query mix is partly fixed (tricky input, short Korean queries, no-match queries)
and partly drawn from the data (seeded), so that fragments of company names, words
of summaries, English words and case numbers really occur in the database.

Each query runs once untimed (warm-up), then ``REPEATS`` times through
``services.search.search(desk, q, limit=50)``, alternating with the raw FTS5 query
``SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50``
on the same connection, with the expression ``storage.search.fts_expression`` builds
from the query's terms of three or more characters (short terms of a mixed query
filter through the short-term index in the service and are left out of the raw
query). Between the two,
``storage.search.search_index`` alone is timed as well: the app's SQL without the
loading of the found records, to show which of the two layers adds the time.
"""

from __future__ import annotations

import random
import re
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from benchmarks.report import (
    emit,
    fields,
    median,
    ms,
    peak_rss_mb,
    ratio,
    section,
    subsection,
    table,
    times,
)
from officer_desk.services import search as search_service
from officer_desk.services.desk import Desk
from officer_desk.storage import search as index

REPEATS = 7
LIMIT = 50
TARGET_RATIO = 1.5
TARGET_WORST_MS = 50.0
RAW_SQL = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
)

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_STRIP = ".,;:!?()[]{}\"'“”‘’·…"


@dataclass(frozen=True)
class Query:
    text: str
    what: str

    @property
    def parsed(self) -> index.ParsedQuery:
        return index.parse(self.text)

    @property
    def group(self) -> str:
        """indexed (a term of 3+ characters), short (only 1-2 character terms), empty."""
        p = self.parsed
        if p.indexed:
            return "indexed"
        return "short" if p.short else "empty"

    @property
    def path(self) -> str:
        p = self.parsed
        short = ("short" if all(index.in_short_index(t) for t in p.short) else "LIKE") if p.short \
            else ""
        if p.indexed and short:
            return f"MATCH+{short}"
        return "MATCH" if p.indexed else (short or "-")


# the query mix ----------------------------------------------------------------


def _column(conn: sqlite3.Connection, sql: str) -> list[Any]:
    try:
        return [r[0] for r in conn.execute(sql) if r[0]]
    except sqlite3.Error:
        return []


def _sample(conn: sqlite3.Connection, table_name: str, columns: str, n: int = 2000,
            where: str = "") -> list[tuple[Any, ...]]:
    """About ``n`` live rows spread evenly over the table (every k-th rowid)."""
    total = conn.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0]
    step = max(1, total // n)
    extra = f" AND {where}" if where else ""
    return conn.execute(
        f"SELECT {columns} FROM {table_name} WHERE deleted = 0 AND rowid % {step} = 0"
        f"{extra} LIMIT {n}"
    ).fetchall()


def _words(texts: list[str], *, korean: bool, min_len: int) -> list[str]:
    """Words of the texts, most frequent first."""
    counts: Counter[str] = Counter()
    for text in texts:
        for raw in (text or "").split():
            w = raw.strip(_STRIP)
            if len(w) < min_len or not w.isprintable() or '"' in w:
                continue
            is_korean = bool(_HANGUL.search(w)) and not re.search(r"[A-Za-z0-9]", w)
            is_english = w.isascii() and w.isalpha()
            if (is_korean if korean else is_english):
                counts[w] += 1
    return [w for w, _ in counts.most_common()]


def _bare_company(name: str) -> str:
    for mark in ("(주)", "㈜", "주식회사", "(유)", "유한회사"):
        name = name.replace(mark, "")
    return re.sub(r"[^\uac00-\ud7a3]", "", name)


def build_mix(conn: sqlite3.Connection, seed: int = 1) -> list[Query]:
    rng = random.Random(seed)
    companies = [_bare_company(r[0] or "") for r in _sample(conn, "companies", "name_ko")]
    companies = [c for c in companies if len(c) >= 4]
    disputes = _sample(conn, "disputes", "summary, title_en, case_number")
    summaries = [r[0] for r in disputes if r[0]]
    bodies = [r[0] for r in _sample(conn, "trend_notes", "body") if r[0]]
    english = [r[1] for r in disputes if r[1]]
    english += [r[0] for r in _sample(conn, "companies", "name_en") if r[0]]
    english += [r[0] for r in _sample(conn, "trend_notes", "title_en") if r[0]]
    cases = [r[2] for r in disputes if r[2]]
    paired = conn.execute(
        "SELECT c.name_ko, d.summary FROM disputes AS d JOIN companies AS c "
        "ON c.id = d.company_id WHERE d.deleted = 0 AND d.summary IS NOT NULL "
        "AND c.name_ko IS NOT NULL ORDER BY d.rowid LIMIT 500"
    ).fetchall()

    def pick(items: list[str], fallback: str, top: int | None = None,
             skip: int = 0) -> str:
        """A random item; ``top``/``skip`` choose from a frequency band of a ranked list."""
        band = items[skip:top] if top else items[skip:]
        band = band or items
        return rng.choice(band) if band else fallback

    mix: list[Query] = []

    def add(text: str, what: str) -> None:
        if text not in {q.text for q in mix}:
            mix.append(Query(text, what))

    # Korean terms of three or more characters
    for _ in range(2):
        name = pick(companies, "한빛배터리")
        start = rng.randrange(0, max(1, len(name) - 2))
        add(name[start:start + 3], "company-name fragment (3)")
    add(pick(companies, "한빛배터리")[:4], "company-name fragment (4)")
    ko_summary = _words(summaries, korean=True, min_len=3)
    add(pick(ko_summary, "손해배상", top=20), "frequent word of dispute summaries")
    add(pick(ko_summary, "가처분", top=300, skip=20), "word of dispute summaries")
    add(pick(_words(bodies, korean=True, min_len=3), "수출규제", top=100),
        "word of trend notes")
    # English
    en_words = _words(english, korean=False, min_len=5)
    add(pick(en_words, "infringement", top=20), "frequent English word")
    add(pick(en_words, "counterfeit", top=300, skip=20), "English word")
    add("patent", "English word (common)")
    # case numbers
    add("337-TA", "case-number prefix")
    add(pick(cases, "337-TA-1234"), "whole case number")
    # several terms
    if paired:
        name, summary = rng.choice(paired)
        words = _words([summary], korean=True, min_len=3) or ["특허침해"]
        add(f"{_bare_company(name)[:3]} {rng.choice(words)}",
            "company fragment + summary word")
        if len(words) >= 2:
            add(" ".join(rng.sample(words, 2)), "two words of one summary")
    both = [(s, e) for s, e, _ in disputes if s and e]
    if both:
        summary, title = rng.choice(both)
        add(f"{pick(_words([summary], korean=True, min_len=3), '소송')} "
            f"{pick(_words([title], korean=False, min_len=4), 'patent')}",
            "Korean + English word (one dispute)")
    add(f"특허 {pick(ko_summary, '손해배상', top=20)}", "2-char + 3+-char term")
    # phrase
    for summary in summaries[:200]:
        ws = summary.split()
        if len(ws) >= 2:
            add(f'"{ws[0].strip(_STRIP)} {ws[1].strip(_STRIP)}"', "quoted phrase")
            break
    # one and two characters (the short-term index)
    add("특허", "2-char Korean")
    add("소송", "2-char Korean")
    add("한", "1-char Korean")
    add(pick(companies, "한빛")[:2], "2-char company-name fragment")
    add("특허 분쟁", "two 2-char terms")
    add("IP", "2-char English")
    # no match
    add("존재하지않는검색어", "no match (Korean)")
    add("qzxwvkj", "no match (English)")
    add("없는단어 zzqqxx", "no match (two terms)")
    # input that must never become FTS syntax
    add("C++", "tricky: C++")
    add("(주)", "tricky: (주)")
    add('"', 'tricky: lone "')
    add("AND", "tricky: AND")
    add("NOT OR NEAR", "tricky: operators")
    add("특허*", "tricky: prefix star")
    add("100%", "tricky: LIKE wildcard")
    add("2024가합-12345", "tricky: Korean case number")
    return mix


# timing -----------------------------------------------------------------------


@dataclass
class Timing:
    query: Query
    matches: int
    first: float
    service: list[float]
    storage: list[float]
    raw: list[float]
    raw_hits: int | None
    service_hits: int


def _raw(conn: sqlite3.Connection, expression: str) -> int:
    return len(conn.execute(RAW_SQL, (expression, LIMIT)).fetchall())


def time_query(desk: Desk, query: Query, repeats: int = REPEATS) -> Timing:
    conn = desk.conn
    parsed = query.parsed
    expression = index.fts_expression(parsed.indexed) if parsed.indexed else None
    start = time.perf_counter()
    hits = search_service.search(desk, query.text, limit=LIMIT)
    first = time.perf_counter() - start
    service: list[float] = []
    storage: list[float] = []
    raw: list[float] = []
    raw_hits = None
    for _ in range(repeats):
        start = time.perf_counter()
        search_service.search(desk, query.text, limit=LIMIT)
        service.append(time.perf_counter() - start)
        start = time.perf_counter()
        index.search_index(conn, query.text, limit=LIMIT)
        storage.append(time.perf_counter() - start)
        if expression is not None:
            start = time.perf_counter()
            raw_hits = _raw(conn, expression)
            raw.append(time.perf_counter() - start)
    matches = search_service.count(desk, query.text)
    return Timing(query, matches, first, service, storage, raw, raw_hits, len(hits))


def _stats(values: list[float]) -> tuple[float, float]:
    return (median(values), max(values)) if values else (float("nan"), float("nan"))


def run(desk: Desk, mix: list[Query], repeats: int = REPEATS) -> dict[str, Any]:
    timings = [time_query(desk, q, repeats) for q in mix]
    groups: dict[str, list[Timing]] = {"indexed": [], "short": [], "empty": []}
    for t in timings:
        groups[t.query.group].append(t)

    def pooled(ts: list[Timing], side: str) -> list[float]:
        return [x for t in ts for x in getattr(t, side)]

    indexed = groups["indexed"]
    svc_med, svc_worst = _stats(pooled(indexed, "service"))
    raw_med, raw_worst = _stats(pooled(indexed, "raw"))
    sto_med, sto_worst = _stats(pooled(indexed, "storage"))
    short_med, short_worst = _stats(pooled(groups["short"], "service"))
    empty_med, empty_worst = _stats(pooled(groups["empty"], "service"))
    all_med, all_worst = _stats(pooled(timings, "service"))
    worst_query = max(indexed, key=lambda t: max(t.service)) if indexed else None
    return {
        "repeats": repeats,
        "records_indexed": desk.conn.execute(
            "SELECT count(*) FROM search_index_docsize").fetchone()[0],  # one row per record
        "queries": [
            {
                "query": t.query.text, "what": t.query.what, "group": t.query.group,
                "path": t.query.path, "matches": t.matches, "returned": t.service_hits,
                "raw_returned": t.raw_hits, "first_ms": t.first * 1000,
                "service_median_ms": median(t.service) * 1000,
                "service_worst_ms": max(t.service) * 1000,
                "storage_median_ms": median(t.storage) * 1000,
                "raw_median_ms": median(t.raw) * 1000 if t.raw else None,
            }
            for t in timings
        ],
        "mix_median_ms": all_med * 1000, "mix_worst_ms": all_worst * 1000,
        "indexed_count": len(indexed),
        "service_median_ms": svc_med * 1000, "service_worst_ms": svc_worst * 1000,
        "raw_median_ms": raw_med * 1000, "raw_worst_ms": raw_worst * 1000,
        "storage_median_ms": sto_med * 1000, "storage_worst_ms": sto_worst * 1000,
        "ratio_of_medians": ratio(svc_med, raw_med),
        "storage_ratio_of_medians": ratio(sto_med, raw_med),
        "target_ratio": TARGET_RATIO, "target_worst_ms": TARGET_WORST_MS,
        "worst_query": worst_query.query.text if worst_query else None,
        "short_count": len(groups["short"]),
        "short_median_ms": short_med * 1000, "short_worst_ms": short_worst * 1000,
        "empty_count": len(groups["empty"]),
        "empty_median_ms": empty_med * 1000, "empty_worst_ms": empty_worst * 1000,
        "peak_rss_mb": peak_rss_mb(),
    }


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def show(r: dict[str, Any]) -> None:
    section(f"3. Search latency ({r['records_indexed']:,} records in the index, "
            f"limit {LIMIT}, {r['repeats']} timed runs per query after 1 warm-up)")
    rows = []
    for q in r["queries"]:
        raw = q["raw_median_ms"]
        rows.append([
            q["query"], q["what"], q["path"], f"{q['matches']:,}", _cell(q["first_ms"]),
            _cell(q["service_median_ms"]), _cell(q["service_worst_ms"]),
            _cell(q["storage_median_ms"]), _cell(raw),
            "-" if raw is None else times(ratio(q["service_median_ms"], raw)),
        ])
    table(["query", "what", "path", "matches", "1st", "median", "worst", "index", "raw",
           "svc/raw"], rows, right=(3, 4, 5, 6, 7, 8, 9))
    emit("  Times in ms. matches: services.search.count. 1st: the untimed warm-up run.")
    emit("  median, worst: services.search.search. index: median of storage.search.")
    emit("  search_index alone (the SQL, no record loading). raw: median of the bare FTS5")
    emit("  MATCH ... ORDER BY rank LIMIT 50 (short terms of mixed queries left out).")

    subsection("Summary")
    ratio_ok = "yes" if r["ratio_of_medians"] <= r["target_ratio"] else "NO"
    worst_ok = "yes" if r["service_worst_ms"] < r["target_worst_ms"] else "NO"
    fields([
        (f"whole mix ({len(r['queries'])} queries), services",
         f"median {ms(r['mix_median_ms'] / 1000)}, worst {ms(r['mix_worst_ms'] / 1000)}"),
        (f"terms of 3+ characters ({r['indexed_count']} queries), services",
         f"median {ms(r['service_median_ms'] / 1000)}, worst "
         f"{ms(r['service_worst_ms'] / 1000)}  ({r['worst_query']!r})"),
        ("  same queries, raw FTS5 MATCH",
         f"median {ms(r['raw_median_ms'] / 1000)}, worst {ms(r['raw_worst_ms'] / 1000)}"),
        ("  same queries, storage.search.search_index only",
         f"median {ms(r['storage_median_ms'] / 1000)}, worst "
         f"{ms(r['storage_worst_ms'] / 1000)}  (ratio to raw "
         f"{times(r['storage_ratio_of_medians'])})"),
        ("  ratio of medians services / raw",
         f"{times(r['ratio_of_medians'])}   (target: within {r['target_ratio']}x -> "
         f"{ratio_ok})"),
        ("  worst, services",
         f"{ms(r['service_worst_ms'] / 1000)}   (target: < {r['target_worst_ms']:.0f} ms -> "
         f"{worst_ok})"),
        (f"1-2 character queries ({r['short_count']}, short-term index), services",
         f"median {ms(r['short_median_ms'] / 1000)}, worst {ms(r['short_worst_ms'] / 1000)}"),
        (f"nothing searchable ({r['empty_count']}, e.g. a lone \"), services",
         f"median {ms(r['empty_median_ms'] / 1000)}, worst {ms(r['empty_worst_ms'] / 1000)}"),
        ("peak RSS so far", f"{r['peak_rss_mb']:.0f} MiB"),
    ])
