"""The pack's KPIs, counted from the records the edition may show (never from the desk).

Counting from :class:`~officer_desk.briefs.gather.Gathered` rather than with SQL over the
whole desk is what keeps internal records out of the stakeholder edition's numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from officer_desk.briefs.content import KeyFigure, Kpi, KpiRow
from officer_desk.briefs.gather import Gathered
from officer_desk.briefs.words import word
from officer_desk.domain.records import Record
from officer_desk.domain.vocabulary import Vocabularies
from officer_desk.services.dashboard import HORIZONS
from officer_desk.services.deadlines import OPEN_ACTION_STATUSES

#: Company sizes counted as SMEs for the SME share.
SME_SIZES = ("sme", "startup")


@dataclass(frozen=True)
class Due:
    """One open deadline of the pack: a follow-up or an action item."""

    kind: str  # follow_ups | action_items
    record: Record
    due_on: dt.date


#: The deadline calendar of the PDF lists what falls due in the next this many days
#: (and what fell due in the period); the workbook lists every follow-up.
DEADLINE_DAYS = 60


def open_deadlines(g: Gathered) -> list[Due]:
    """Open follow-ups and open action items with a due date, by date."""
    out = [Due("follow_ups", f, f["due_on"]) for f in g.follow_ups if not f["done"]]
    seen = set()
    for a in (*g.raised, *g.carried):
        if a.id in seen or a["status"] not in OPEN_ACTION_STATUSES or a["due_on"] is None:
            continue
        seen.add(a.id)
        out.append(Due("action_items", a, a["due_on"]))
    out.sort(key=lambda d: (d.due_on, d.kind, d.record.id))
    return out


class Counts:
    """Dispute figures of a pack: open now, new and closed in the period."""

    def __init__(self, g: Gathered):
        self.g = g

    def in_period(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        start, end = self.g.period_from, self.g.period_to
        return (start is None or day >= start) and (end is None or day <= end)

    def change(self, dispute: Record) -> tuple[str, dt.date] | None:
        """How the dispute changed in the period, and when: ``closed`` (closed in it),
        ``new`` (opened in it), ``moved`` (its stage changed in it); None if it did not."""
        if dispute["status"] == "closed" and self.in_period(dispute["closed_on"]):
            return "closed", dispute["closed_on"]
        if self.in_period(dispute["opened_on"]):
            return "new", dispute["opened_on"]
        if self.in_period(dispute["stage_date"]):
            return "moved", dispute["stage_date"]
        return None

    def triple(self, disputes: Iterable[Record]) -> tuple[int, int, int]:
        opened = new = closed = 0
        for d in disputes:
            opened += d["status"] == "open"
            new += self.in_period(d["opened_on"])
            closed += d["status"] == "closed" and self.in_period(d["closed_on"])
        return opened, new, closed


def _ordered(vocab: Vocabularies, vocabulary: str, codes: Iterable[str | None]) -> list[str | None]:
    """Codes in the vocabulary's order, unknown ones after, None (not recorded) last."""
    position = {c: n for n, c in enumerate(vocab.codes(vocabulary))}
    present = set(codes)
    return sorted(present, key=lambda c: (c is None, position.get(c, len(position)) if c else 0,
                                          c or ""))


def _label(vocab: Vocabularies, vocabulary: str, code: str | None, lang: str) -> str:
    return vocab.label(vocabulary, code, lang) if code else word("not_recorded", lang)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def _grouped(g: Gathered, vocab: Vocabularies, lang: str, key: str, title: str,
             category: str, vocabulary: str, chart: str, note: str) -> Kpi:
    counts = Counts(g)
    groups: dict[str | None, list[Record]] = {}
    for d in g.disputes:
        groups.setdefault(d[key], []).append(d)
    rows = tuple(KpiRow(_label(vocab, vocabulary, code, lang), counts.triple(groups[code]))
                 for code in _ordered(vocab, vocabulary, groups))
    return Kpi(key=f"disputes_by_{key}", title=word(title, lang), category=word(category, lang),
               series=(word("open", lang), word("new", lang), word("closed", lang)),
               rows=rows, chart=chart, note=note)  # type: ignore[arg-type]


def build_kpis(g: Gathered, vocab: Vocabularies, lang: str, today: dt.date, *,
               period: str, wants: Callable[[str], bool]) -> tuple[Kpi, ...]:
    out: list[Kpi] = []
    if wants("disputes"):
        counts = Counts(g)
        note = word("kpi_note_period", lang, period=period)
        by_post: dict[str, list[Record]] = {p: [] for p in g.posts}
        for d in g.disputes:
            by_post.setdefault(d.post, []).append(d)
        out.append(Kpi(
            key="disputes_by_post", title=word("kpi_by_post", lang), category=word("post", lang),
            series=(word("open", lang), word("new", lang), word("closed", lang)),
            rows=tuple(KpiRow(post_label(g, code, lang), counts.triple(items))
                       for code, items in by_post.items()),
            chart="column", note=note,
        ))
        out.append(_grouped(g, vocab, lang, "ip_type", "kpi_by_ip_type", "ip_type", "ip_type",
                            "bar", note))
        out.append(_grouped(g, vocab, lang, "dispute_kind", "kpi_by_kind", "dispute_kind",
                            "dispute_kind", "bar", note))
        out.append(_single(
            "disputes_by_technology", word("kpi_technology", lang), word("technology_field", lang),
            word("disputes", lang), vocab, lang, "technology_field",
            Counter(d["technology_field"] for d in g.disputes), "bar", "",
        ))
        sizes = Counter(_company_size(g, d) for d in g.disputes)
        sme = sum(n for code, n in sizes.items() if code in SME_SIZES)
        out.append(_single(
            "sme_share", word("kpi_sme", lang), word("company_size", lang),
            word("disputes", lang), vocab, lang, "company_size", sizes, "pie",
            word("kpi_note_sme", lang, share=_share(sme, len(g.disputes))),
        ))
        npe = sum(1 for d in g.disputes if is_npe(d))
        out.append(Kpi(
            key="npe_share", title=word("kpi_npe", lang), category=word("counterparty", lang),
            series=(word("disputes", lang),),
            rows=(KpiRow(word("npe", lang), (npe,)),
                  KpiRow(word("not_npe", lang), (len(g.disputes) - npe,))),
            chart="pie", note=word("kpi_note_npe", lang, share=_share(npe, len(g.disputes))),
        ))
    if wants("follow_ups") or wants("action_items"):
        out.append(deadline_kpi(g, lang, today))
    if wants("engagements"):
        held: dict[str, int] = dict.fromkeys(g.posts, 0)
        for e in g.engagements:
            held[e.post] = held.get(e.post, 0) + 1
        out.append(Kpi(
            key="engagements_by_post", title=word("kpi_engagements", lang),
            category=word("post", lang), series=(word("engagements", lang),),
            rows=tuple(KpiRow(post_label(g, code, lang), (n,)) for code, n in held.items()),
            chart="column", note=word("kpi_note_held", lang, period=period),
        ))
    return tuple(out)


def deadline_kpi(g: Gathered, lang: str, today: dt.date) -> Kpi:
    days_left = [(d.due_on - today).days for d in open_deadlines(g)]
    rows = [KpiRow(word("overdue", lang), (sum(1 for n in days_left if n < 0),))]
    rows += [KpiRow(word("within_days", lang, days=h), (sum(1 for n in days_left if 0 <= n <= h),))
             for h in HORIZONS]
    return Kpi(key="deadlines", title=word("kpi_deadlines", lang), category=word("horizon", lang),
               series=(word("deadlines", lang),), rows=tuple(rows), chart="bar",
               note=word("kpi_note_deadlines", lang, today=today.isoformat()))


def _single(key: str, title: str, category: str, series: str, vocab: Vocabularies, lang: str,
            vocabulary: str, counter: Counter, chart: str, note: str) -> Kpi:
    rows = tuple(KpiRow(_label(vocab, vocabulary, code, lang), (counter[code],))
                 for code in _ordered(vocab, vocabulary, counter))
    return Kpi(key=key, title=title, category=category, series=(series,), rows=rows,
               chart=chart, note=note)  # type: ignore[arg-type]


def _company_size(g: Gathered, dispute: Record) -> str | None:
    company = g.companies.get(dispute["company_id"])
    return company["size"] if company is not None else None


def is_npe(dispute: Record) -> bool:
    return any(p.get("type") == "npe" for p in dispute["counterparties"] or ())


def post_label(g: Gathered, code: str, lang: str) -> str:
    en, ko = g.post_names.get(code, (code, code))
    return ko if lang == "ko" else en


def key_figures(g: Gathered, lang: str, today: dt.date) -> tuple[KeyFigure, ...]:
    opened, new, closed = Counts(g).triple(g.disputes)
    days_left = [(d.due_on - today).days for d in open_deadlines(g)]
    open_actions = sum(1 for a in g.carried if a["status"] in OPEN_ACTION_STATUSES)
    return (
        KeyFigure(word("open_disputes", lang), opened),
        KeyFigure(word("new_disputes", lang), new),
        KeyFigure(word("closed_disputes", lang), closed),
        KeyFigure(word("engagements_held", lang), len(g.engagements)),
        KeyFigure(word("trend_notes", lang), len(g.notes)),
        KeyFigure(word("open_actions", lang), open_actions),
        KeyFigure(word("due_30", lang), sum(1 for n in days_left if 0 <= n <= 30)),
        KeyFigure(word("overdue", lang), sum(1 for n in days_left if n < 0)),
    )
