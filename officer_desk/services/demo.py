"""Fill a demo database with invented but realistic cases for every post.

The content is assembled from the words and templates in ``demo_text``. Every random
choice comes from one ``random.Random(seed)``, every record gets its id and display
times from it, and all dates are relative to ``today``: the same seed, day, posts and
size give the same records. A record's id mixes the random draw with the run's own
identity (seed, posts, size, day), so two runs that differ in any of them never share
an id: two posts' demo data merge as two real posts' data would. Everything goes
through ``records.create_many`` (validated like typed input), kind by kind in batches
and in dependency order, all in one transaction: a cancelled run keeps whole batches
and no links to records that were not made; an interrupted or failed one (Ctrl+C, a
full disk) leaves the database as it was.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import math
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    ATTACHMENTS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    HQ,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.messages import say
from officer_desk.services import demo_text as T
from officer_desk.services import records
from officer_desk.services.demo_brands import Brands, compact_name
from officer_desk.services.desk import Desk
from officer_desk.storage.connection import transaction

Item = dict[str, Any]
DAY = dt.timedelta(days=1)
SPAN_DAYS = 4 * 365  # disputes, engagements and notes reach back about four years
BATCH = 2000  # records per create_many call (progress and cancel between)
#: What this generator makes, numbered: raised whenever a change makes other records
#: from the same seed (the benchmarks' cached demo databases are then made again).
GENERATION = 2
#: Kinds in the order they are stored (targets of links first).
ORDER = (COMPANIES, DISPUTES, ENGAGEMENTS, TREND_NOTES, CONFERENCES, AGENDA_ITEMS, ACTION_ITEMS,
         FOLLOW_UPS, ATTACHMENTS)
#: Share of the records by kind (conferences and their items are planned by time).
#: Endings of a company's own web site.
OWN_DOMAIN_ENDINGS = (".co.kr", ".kr", ".com")
SHARES = {"companies": 8, "disputes": 40, "engagements": 15, "trend_notes": 12, "follow_ups": 20}
DISPUTE_WEIGHT = {"US": 28, "CN": 32, "JP": 14, "EU": 18, "GVA": 8}
OTHER_WEIGHT = {"US": 22, "CN": 22, "JP": 17, "EU": 20, "GVA": 19}
#: Company sizes: (code, share, how much more often such a company has a case).
SIZES = (("startup", 25, 1.0), ("sme", 50, 1.5), ("mid_sized", 15, 3.0), ("large", 10, 6.0))
AGENCY_WEIGHT = {"uspto": 4, "us_cbp": 2, "cnipa": 4, "samr": 2, "jpo": 4, "euipo": 3,
                 "eu_commission": 3, "wipo": 6}
ENGAGEMENT_KINDS = (("working_level_consultation", 35), ("bilateral_meeting", 20),
                    ("request_letter", 15), ("seminar", 12), ("negotiation", 10), ("site_visit", 8))
SESSION_KINDS = (("company_session", 35), ("kpaa_session", 20), ("kinpa_session", 20),
                 ("public_session", 25))
UNITS = {"USD": "달러", "CNY": "위안", "JPY": "엔", "EUR": "유로", "CHF": "스위스프랑"}
TM_CLASSES = (3, 5, 9, 11, 25, 29, 30, 35)
NAME_QUALIFIERS = (("글로벌", "Global"), ("코리아", "Korea"), ("이노베이션", "Innovation"),
                   ("테크놀로지", "Technology"))


@dataclass
class DemoSummary:
    counts: dict[str, int]  # kind name -> records created
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class _Post:
    code: str
    profile: str  # which templates: US, CN, JP, EU, GVA or GEN (any other post)
    name_ko: str
    city_ko: str
    city_en: str
    jurisdiction: str
    officer: str = ""


@dataclass
class _Company:
    item: Item
    short: str
    short_en: str
    sector: str
    mark: str
    mark_cn: str
    product: tuple[str, str]
    weight: float
    consumer: bool
    first_case: dt.date | None = None


@dataclass
class _Ref:
    """What later records need to know about an earlier one."""

    id: str
    post: str
    day: dt.date
    title_ko: str
    title_en: str
    sensitivity: str
    kind: str  # dispute kind, or the record kind for engagements and notes
    end: dt.date | None = None  # a closed dispute's closing day
    company: _Company | None = None
    item: Item | None = None


def _ko_date(d: dt.date) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _amount_ko(amount: float, currency: str) -> str:
    if amount >= 100_000_000:
        text = f"{amount / 100_000_000:.1f}".rstrip("0").rstrip(".") + "억"
    elif amount >= 10_000:
        text = f"{int(amount) // 10_000:,}만"
    else:
        text = f"{int(amount):,}"
    return f"약 {text} {UNITS.get(currency, currency)}"


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isascii() and c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)[:80]


def _case_number(r: random.Random, spec: str, year: int) -> str:
    key, _, arg = spec.partition(":")
    template, lo, hi, picks = T.CASE_FORMATS[key]
    n = r.randint(lo, hi) + (max(0, year - 2021) * 45 if key == "itc" else 0)
    spaced = f"{n // 1_000_000} {n // 1000 % 1000:03d} {n % 1000:03d}".lstrip("0 ")
    return template.format(n=n, sp=spaced, year=year, yy=year % 100, reiwa=year - 2018, arg=arg,
                           pick=r.choice(picks) if picks else "")


def _source_url(r: random.Random, kind: str, d: dt.date, title_en: str) -> str:
    template, lo, hi, picks = T.SOURCES[kind]
    return template.format(
        y=d.year, yy=d.year % 100, m=d.month, dd=d.day, fy=d.year if d.month >= 4 else d.year - 1,
        month=d.strftime("%B").lower(), mon=d.strftime("%b").lower(), slug=_slug(title_en),
        congress=(d.year - 1789) // 2 + 1, hex=f"{r.getrandbits(128):032x}", n=r.randint(lo, hi),
        pick=r.choice(picks) if picks else "")


def _spread(total: int, weights: dict[str, float], minimum: int = 0) -> dict[str, int]:
    """``total`` split in proportion to ``weights`` (largest remainder), each >= ``minimum``."""
    whole = sum(weights.values()) or 1
    exact = {k: total * w / whole for k, w in weights.items()}
    out = {k: int(v) for k, v in exact.items()}
    for k in sorted(out, key=lambda k: out[k] - exact[k])[: total - sum(out.values())]:
        out[k] += 1
    return {k: max(minimum, v) for k, v in out.items()}


def plan(records: int, n_posts: int) -> tuple[dict[str, int], int]:
    """Records planned by kind, and how many two-month periods the conferences cover."""
    per_period = 11 + 6.5 * n_posts  # an HQ video conference and a session per post, with items
    periods = max(3, min(24, round(records * 0.06 / per_period)))
    counts = _spread(max(records - int(periods * per_period), 0), dict(SHARES))
    counts["companies"] = max(counts["companies"], 2 * n_posts)
    counts["disputes"] = max(counts["disputes"], n_posts)
    return counts, periods


class _Demo:
    """The records of one run, made in memory in dependency order."""

    def __init__(self, desk: Desk, posts: list[_Post], today: dt.date, rng: random.Random,
                 run: str, now: dt.datetime | None = None):
        self.posts, self.today, self.r, self.vocab = posts, today, rng, desk.vocab
        #: the moment the demo is made (UTC), when it is made for the real today: no
        #: record is stamped later than it
        self.now = now
        self._run = hashlib.sha256(run.encode("utf-8")).digest()
        self.items: dict[str, list[Item]] = {k.name: [] for k in ORDER}
        self.companies: dict[str, list[_Company]] = {p.code: [] for p in posts}
        self.disputes: list[_Ref] = []
        self.notes: list[_Ref] = []
        self.meetings: list[_Ref] = []
        #: numbers already in the file (a demo added to a demo): one number, one company
        self._brns: set[str] = {
            brn.replace("-", "") for (brn,) in desk.conn.execute(
                "SELECT brn FROM companies WHERE brn IS NOT NULL")}
        self._names: set[str] = set()
        self._names_en: set[str] = set()  # run together, lower case
        self._brands = Brands(en for _ko, en in NAME_QUALIFIERS)
        self._pools: dict[tuple[str, str], tuple[list[_Company], list[float]]] = {}
        for p in posts:
            p.officer = self.person()

    # helpers -----------------------------------------------------------------------------

    def uid(self) -> str:
        """A record id: the next random draw, keyed with the run (see the module doc)."""
        drawn = self.r.getrandbits(128).to_bytes(16, "big")
        mixed = hashlib.blake2b(drawn, digest_size=16, key=self._run).digest()
        return str(uuid.UUID(bytes=mixed, version=4))

    def stamp(self, d: dt.date, late: bool = False) -> str:
        """A display time on day ``d`` (office hours in Korea; ``late``: afternoon)."""
        hour = self.r.randint(4, 9) if late else self.r.randint(0, 3)
        minute, second = self.r.randrange(60), self.r.randrange(60)
        at = dt.datetime(d.year, d.month, d.day, hour, minute, second, tzinfo=dt.UTC)
        if self.now is not None and at > self.now:  # a change of today's, made by now
            at = self.now - dt.timedelta(seconds=self.r.randrange(60, 3600))
        return at.strftime("%Y-%m-%dT%H:%M:%S.000000Z")

    def pick(self, pairs: Sequence[tuple[Any, int]]) -> Any:
        return self.r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def past(self, skew: float = 1.2) -> dt.date:
        """A day of the last four years, recent ones likelier the larger ``skew``.

        The density falls off linearly from today (for skew 1.25) rather than piling up
        on the last few days, so a long demo does not open a hundred cases today.
        """
        spread = 1 / (1 + 4 * max(skew - 1, 0))
        return self.today - DAY * int(SPAN_DAYS * (1 - self.r.random() ** spread))

    def person(self) -> str:
        return self.r.choice(T.SURNAMES) + self.r.choice(T.GIVEN)

    def sensitivity(self, internal: float = 0.6) -> str:
        return "internal" if self.r.random() < internal else "public"

    def label(self, vocabulary: str, code: str, lang: str = "ko") -> str:
        return self.vocab.label(vocabulary, code, lang)

    def add(self, kind: RecordKind, item: Item, post: str, created: dt.date,
            updated: dt.date) -> Item:
        created = min(created, self.today)
        updated = min(max(updated, created), self.today)
        item.update(post=post, created_at=self.stamp(created),
                    updated_at=self.stamp(updated, late=True))
        self.items[kind.name].append(item)
        return item

    # companies ---------------------------------------------------------------------------

    def company(self, post: _Post) -> None:
        r = self.r
        sector = self.pick(list(T.SECTOR_WEIGHTS.get(post.profile, T.SECTOR_WEIGHTS["CN"]).items()))
        size, _, weight = r.choices(SIZES, [s[1] for s in SIZES])[0]
        for attempt in itertools.count():
            (pre, pre_en), (stem, stem_en) = r.choice(T.PREFIXES), r.choice(T.STEMS[sector])
            short, short_en = pre + stem, f"{pre_en} {stem_en}"
            if attempt > 5:
                extra, extra_en = r.choice(NAME_QUALIFIERS)
                short, short_en = short + extra, f"{short_en} {extra_en}"
            if attempt >= 60:  # every name of the sector taken: a number makes it unique
                number = len(self._names) + 1
                short, short_en = f"{short}{number}", f"{short_en} {number}"
            # two companies never share a name in either language (the stakeholder
            # edition could not tell a named company from one it protects)
            if short not in self._names and compact_name(short_en) not in self._names_en:
                break
        self._names.add(short)
        self._names_en.add(compact_name(short_en))
        if size == "large":
            name_ko, name_en = f"{short}(주)", f"{short_en} Corporation"
        else:
            name_ko = r.choice((f"(주){short}", f"{short}(주)", f"주식회사 {short}"))
            name_en = f"{short_en} {r.choice(('Co., Ltd.', 'Co., Ltd.', 'Inc.', 'Corp.'))}"
        consumer, product = sector in T.CONSUMER, r.choice(T.PRODUCTS[sector])
        consent = r.random() < 0.3
        tags = [t for t, p in (("K-브랜드", 0.5 if consumer else 0), ("글로벌 IP 스타기업", 0.12),
                               ("수출바우처", 0.1)) if r.random() < p]
        item: Item = {
            "id": self.uid(), "name_ko": name_ko, "name_en": name_en, "brn": self.brn(),
            "size": size, "sector": sector, "technology_field": r.choice(T.SECTOR_TECH[sector]),
            "consent_to_name": consent, "contact": f"{self.person()} {r.choice(T.STAFF_TITLES)}",
            "notes": f"주력 제품: {product[0]}. 수출 비중 약 {r.randint(15, 85)}%."
                     + (" 기업명 공개에 동의함." if consent else ""),
            "sensitivity": "public" if consent and r.random() < 0.6 else "internal", "tags": tags,
        }
        registered = self.past(0.8)  # moved to its first case's intake once cases are made
        self.add(COMPANIES, item, post.code, registered, registered)
        if consumer:
            r.random()  # the draw that once chose the brand: the rest of the data stays as it was
        mark = self._brands.next()  # a word of its own (``demo_brands``)
        # what else names the company (no draw from ``r``: the rest of the data stays as it was)
        site = short_en.lower().replace(" ", "") + OWN_DOMAIN_ENDINGS[len(short) % 3]
        item["brands"] = [mark]
        item["domains"] = [site]
        self.companies[post.code].append(_Company(
            item, short, short_en, sector, mark, r.choice(T.MARKS_CN), product, weight, consumer))

    def brn(self) -> str:
        """A new 10-digit business registration number with a valid check digit."""
        while True:
            head = f"{self.r.randint(101, 899)}{self.r.choice((81, 81, 86, 87, 88))}" \
                   f"{self.r.randint(0, 9999):04d}"
            d = [int(c) for c in head]
            total = sum(a * b for a, b in zip(d, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=True))
            digits = head + str((10 - (total + d[8] * 5 // 10) % 10) % 10)
            if digits not in self._brns:
                self._brns.add(digits)
                return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"

    def company_for(self, post: _Post, bucket: str) -> _Company:
        """A company of the post that such a case happens to (bigger ones more often)."""
        if (post.code, bucket) not in self._pools:
            pool = self.companies[post.code]
            if bucket in T.STEMS:  # a sector
                fits = [c for c in pool if c.sector == bucket]
            elif bucket == "consumer":
                fits = [c for c in pool if c.consumer]
            elif bucket == "tech":
                fits = [c for c in pool
                        if not c.consumer or c.sector in ("electronics", "bio_pharma")]
            else:
                fits = pool
            fits = fits or pool
            self._pools[post.code, bucket] = (
                fits, list(itertools.accumulate(c.weight for c in fits)))
        fits, cum = self._pools[post.code, bucket]
        return self.r.choices(fits, cum_weights=cum)[0]

    # disputes ----------------------------------------------------------------------------

    def party(self, pool: str) -> tuple[str, str]:
        """An invented counterparty from ``pool`` ("npe_us", "seller_cn", …) and its type."""
        c, person = self.r.choice, self.r.random() < 0.45
        if pool.startswith("npe"):
            words, ends = (T.NPE_WORDS, T.NPE_SUFFIXES) if pool == "npe_us" else (
                T.EU_NPE_WORDS, T.EU_NPE_SUFFIXES)
            return f"{c(words)} {c(ends)}", "npe"
        role, region = pool.split("_")[0], pool.rsplit("_", 1)[1]
        ptype = {"competitor": "competitor", "seller": "counterfeiter_seller",
                 "squatter": "trademark_squatter", "former": "former_partner",
                 "domain": "trademark_squatter"}[role]
        if region == "cn":
            if person and role == "squatter":
                return "{} ({})".format(*c(T.CN_PEOPLE)), ptype
            (cpy, chz), (wpy, whz), (en, zh) = c(T.CN_CITIES), *(
                (c(T.CN_TECH_WORDS), c(T.CN_TECH)) if role == "competitor"
                else (c(T.CN_WORDS), c(T.CN_TRADE)))
            return f"{cpy} {wpy} {en} ({chz}{whz}{zh})", ptype
        if region == "jp":
            ro, kata = c(T.JP_WORDS)
            if role == "seller":
                return f"{c(T.JP_SHOPS)} (online seller)", ptype
            if role == "squatter":
                return ("{} ({})".format(*c(T.JP_PEOPLE)) if person
                        else f"{ro} Trading K.K. (株式会社{kata}トレーディング)"), ptype
            kind_ro, kind_jp = c(T.JP_KINDS)
            return f"{ro} {kind_ro} K.K. (株式会社{kata}{kind_jp})", ptype
        if region == "eu":
            if role == "seller":
                return (f"{c(T.EU_SELLERS)} (Amazon seller)" if person
                        else f"{c(T.CN_CITIES)[0]} {c(T.CN_WORDS)[0]} Trading Co., Ltd."), ptype
            if role == "squatter":
                return (c(T.EU_PEOPLE) if person else c(T.EU_SQUAT_COMPANIES)), ptype
            return f"{c(T.EU_WORDS)} {c(T.EU_SUFFIXES)}", ptype
        if region == "us":
            if role == "seller":
                return (f"{c(T.US_SELLERS)} (Amazon seller)" if person
                        else f"{c(T.US_WORDS)} Trading LLC"), ptype
            if role == "squatter":
                return (c(T.US_PEOPLE) if person else f"{c(T.US_WORDS)} Brands LLC"), ptype
            if role == "former":
                return f"{c(T.US_WORDS)} Distribution LLC", ptype
            return f"{c(T.US_WORDS)} {c(T.US_SUFFIXES)}", ptype
        if role in ("domain", "squatter", "seller"):
            return f"{c(T.INT_PEOPLE)} ({'registrant' if role == 'domain' else role})", ptype
        return c(T.INT_COMPANIES), ptype

    def dispute(self, post: _Post, sc: T.Scenario) -> None:
        r, today = self.r, self.today
        co = self.company_for(post, sc.bucket)
        role = "asserting" if r.random() < sc.asserting else "defending"
        forum = r.choice(sc.forums)
        opened = self.past(1.25)
        days = r.randint(*sc.days)
        end = opened + DAY * days
        ip_type = r.choice(sc.ip_types) if sc.ip_types else sc.ip_type
        quick = sc.kind in T.QUICK_KINDS
        closed = end <= today and r.random() < (
            0.97 if quick or (today - end).days > 365 else 0.85)
        if closed:
            stage, stage_date, outcome = "closed", end, self.pick(sc.outcomes)
            status = next(T.STATUS_CLOSED[k] for k in (
                f"{outcome}:{ip_type}", f"{outcome}:{sc.kind}", outcome) if k in T.STATUS_CLOSED)
        else:
            done = (today - opened).days / days
            at = min(int(done * len(sc.stages)), len(sc.stages) - 1)
            stage, outcome = sc.stages[at], "pending"
            if done >= 1:  # running late: an appeal, or enforcing the decision
                stage = next((s for s in ("appeal", "enforcement") if s in sc.stages), stage)
            stage_date = min(opened + DAY * (days * at // len(sc.stages)), today)
            status = (quick and T.STATUS_OPEN_QUICK.get(stage)) or T.STATUS_OPEN[stage]
        name, ptype = self.party(r.choice(sc.parties))
        parties = [{"name": name, "type": ptype}]
        if forum.platform:
            parties.append({"name": forum.platform, "type": "platform"})
        cp = name.split(" (")[0]
        claimed = awarded = currency = None
        if sc.money:
            currency = r.choice(sc.money[0])
            x = math.exp(r.uniform(math.log(sc.money[1]), math.log(sc.money[2])))
            claimed = int(round(x, 1 - int(math.log10(x))))  # two significant digits
            share = {"settled_licensed": (0.03, 0.3), "damages": (0.15, 0.7),
                     "injunction": (0.1, 0.5)}.get(outcome)
            if share and (outcome != "injunction" or r.random() < 0.5):
                awarded = int(round(claimed * r.uniform(*share), -3))
        if ip_type == "trademark" and sc.kind in ("invalidation", "opposition",
                                                  "non_use_cancellation"):
            n = r.choice(TM_CLASSES)  # Nice class of the squatted mark
        else:
            n = r.randint(*{"online_takedown": (3, 180), "customs_detention": (2, 60),
                            "administrative_raid": (2, 90)}.get(sc.kind, (1, 6)))
        prod, prod_en = co.product if r.random() < 0.6 else r.choice(T.PRODUCTS[co.sector])
        if quick and co.sector in T.MERCHANDISE:
            prod, prod_en = T.MERCHANDISE[co.sector]
        case = _case_number(r, forum.case, opened.year) if forum.case else None
        tech = co.item["technology_field"]
        s = {
            "co": co.short, "co_en": co.short_en, "cp": cp, "fs": forum.short_ko,
            "fs_en": forum.short_en, "case": case or "", "prod": prod, "prod_en": prod_en,
            "prod_title": " ".join(w[:1].upper() + w[1:] for w in prod_en.split()),
            "mark": co.mark, "mark_cn": co.mark_cn, "n": n, "n2": r.randint(2, 6),
            "domain": co.mark.lower().replace(" ", "") + r.choice(T.DOMAIN_ENDINGS),
            "amount": _amount_ko(claimed, currency) if claimed and currency else "미정",
            "opened": _ko_date(opened), "city": post.city_ko,
            "tech": self.label("technology_field", tech),
            "stage_date": _ko_date(stage_date), "closed": _ko_date(end),
            "caption": (f"{co.short_en} v. {cp}" if role == "asserting"
                        else f"{cp} v. {co.short_en}"),
        }
        facts = sc.facts_d if role == "defending" and sc.facts_d else sc.facts
        summary = [r.choice(facts), r.choice(T.DETAILS.get(f"{sc.kind}:{ip_type}")
                                             or T.DETAILS[sc.kind]), status]
        if r.random() < 0.5:
            brand = ip_type in ("trademark", "design", "copyright", "domain_name")
            summary.append(r.choice(T.IMPACT["consumer" if brand else "tech"]))
        support = r.sample(T.SUPPORT_ANY + tuple(
            text for text, kinds in T.SUPPORT.get(post.profile, ())
            if kinds == "*" or sc.kind in kinds.split()), r.randint(2, 3))
        title_ko = sc.title_ko_d if role == "defending" and sc.title_ko_d else sc.title_ko
        item = self.add(DISPUTES, {
            "id": self.uid(), "title_ko": title_ko.format_map(s),
            "title_en": sc.title_en.format_map(s), "company_id": co.item["id"],
            "counterparties": parties, "jurisdiction": sc.jurisdiction or post.jurisdiction,
            "forum": forum.ko.format_map(s), "case_number": case, "ip_type": ip_type,
            "dispute_kind": sc.kind, "stage": stage, "stage_date": stage_date.isoformat(),
            "status": "closed" if closed else "open", "outcome": outcome, "role": role,
            "claimed_amount": claimed, "awarded_amount": awarded, "currency": currency,
            "technology_field": tech, "opened_on": opened.isoformat(),
            "closed_on": end.isoformat() if closed else None,
            "summary": " ".join(summary).format_map(s),
            "support_provided": " ".join(support).format_map(s),
            "sensitivity": self.sensitivity(),
            "tags": r.sample(sc.tags, min(len(sc.tags), r.randint(1, 3))),
        }, post.code, opened, stage_date if closed else max(
            stage_date, today - DAY * r.randint(0, 90)))
        co.first_case = min(co.first_case or opened, opened)
        if ip_type == "domain_name" and s["domain"] not in co.item["domains"]:
            co.item["domains"].append(s["domain"])  # a disputed domain names the company too
        self.disputes.append(_Ref(item["id"], post.code, opened, item["title_ko"],
                                  item["title_en"], item["sensitivity"], sc.kind,
                                  end if closed else None, co, item))

    # engagements and trend notes ---------------------------------------------------------

    def engagement(self, post: _Post) -> None:
        r = self.r
        terms = [t for t in self.vocab.terms("agency", active_only=True)
                 if t.jurisdiction == post.jurisdiction] or self.vocab.terms("agency")
        agency = r.choices(terms, [AGENCY_WEIGHT.get(t.code, 1) for t in terms])[0]
        short_en, short_ko = agency.en.split(" (")[0], agency.ko.split("(")[0].strip()
        topic_ko, topic_en = r.choice(T.TOPICS.get(agency.code, T.GENERIC_TOPICS))
        held = self.past(1.1)
        pool = self.companies[post.code]
        companies = r.sample(pool, min(len(pool), r.choice((0, 0, 1, 1, 2, 3))))
        people = [f"{post.name_ko} 특허관 {post.officer}",
                  f"{short_en} {r.choice(T.COUNTERPART_TITLES)}",
                  *(f"{c.short} {r.choice(T.STAFF_TITLES)}" for c in companies[:2])]
        if r.random() < 0.3:
            people.append(f"{r.choice(T.HQ_OWNERS)} {self.person()} 사무관")
        item = self.add(ENGAGEMENTS, {
            "id": self.uid(), "topic_ko": topic_ko, "topic_en": topic_en, "agency": agency.code,
            "engagement_kind": self.pick(ENGAGEMENT_KINDS), "held_on": held.isoformat(),
            "participants": people, "company_ids": [c.item["id"] for c in companies],
            "korean_position": f"{r.choice(T.POSITION_LEADS)} {r.choice(T.ASKS)}",
            "result": r.choice(T.RESULTS).format(agency=short_ko),
            "next_steps": r.choice(T.NEXT_STEPS).format(agency=short_ko,
                                                        month=(held + DAY * 40).month),
            "sensitivity": self.sensitivity(), "tags": [short_en],
        }, post.code, held, held + DAY * r.randint(0, 10))
        self.meetings.append(_Ref(item["id"], post.code, held, topic_ko, topic_en,
                                  item["sensitivity"], "engagements"))

    def note(self, post: _Post) -> None:
        r = self.r
        cat, title_ko, title_en, body, implications, source, tech = r.choice(
            T.NOTES.get(post.profile, T.GENERIC_NOTES))
        noted = self.past(1.1)
        if tech is None and "{tech" in title_ko + body:
            tech = r.choice([c for c in self.vocab.codes("technology_field") if c != "other"])
        quarter = (noted.month - 1) // 3 or 4  # the last full quarter
        s = {"year": noted.year, "qyear": noted.year - (quarter == 4), "q": quarter,
             "month": noted.month, "n": r.randint(2, 40), "n2": r.randint(2, 15),
             "m": r.randint(10, 22), "pct": r.randint(8, 45), "rank": r.randint(1, 6),
             "tech": self.label("technology_field", tech or "other"),
             "tech_en": self.label("technology_field", tech or "other", "en")}
        sequel_ko, sequel_en = r.choice(T.NOTE_SEQUELS)
        extra = r.choice(T.NOTE_EXTRA.get(cat, ()) + T.NOTE_EXTRA["*"])
        item = self.add(TREND_NOTES, {
            "id": self.uid(), "title_ko": title_ko.format_map(s) + sequel_ko,
            "title_en": title_en.format_map(s) + sequel_en, "category": cat,
            "region": T.REGION.get(post.profile, post.city_ko), "technology_field": tech,
            "noted_on": noted.isoformat(), "body": f"{body.format_map(s)} {extra}",
            "implications": implications.format_map(s),
            "source_url": _source_url(r, source, noted, title_en.format_map(s)),
            "significance": self.pick((("high", 25), ("medium", 50), ("low", 25))),
            "sensitivity": self.sensitivity(0.3), "tags": [self.label("trend_category", cat)],
        }, post.code, noted, noted + DAY * r.randint(0, 5))
        self.notes.append(_Ref(item["id"], post.code, noted, item["title_ko"], item["title_en"],
                               item["sensitivity"], "trend_notes"))

    # conferences with their agenda and action items --------------------------------------

    def conferences(self, periods: int) -> None:
        """HQ video conferences every other month (the next one still to come) and, in the
        months between, a stakeholder session at each post."""
        self.notes.sort(key=lambda x: x.day)
        self._by_post = {p.code: sorted((d for d in self.disputes if d.post == p.code),
                                        key=lambda d: d.day) for p in self.posts}
        sequence: dict[tuple[str, int], int] = {}
        for post, offset in ((None, 1), *((p, 0) for p in self.posts)):
            days = sorted(self.meeting_day(self.today.month + offset - 2 * i)
                          for i in range(periods))
            for held in days:
                key = (post.code if post else HQ, held.year)
                sequence[key] = sequence.get(key, 0) + 1
                self.conference(post, held, sequence[key])

    def meeting_day(self, month: int) -> dt.date:
        """A weekday in the given month of this year (earlier or later years if out of range)."""
        year, month = self.today.year + (month - 1) // 12, (month - 1) % 12 + 1
        d = dt.date(year, month, self.r.randint(8, 24))
        return d + DAY * (7 - d.weekday() if d.weekday() > 4 else 0)

    def recent(self, refs: list[_Ref], until: dt.date, days: int,
               public: bool = False) -> _Ref | None:
        lo = bisect.bisect_left(refs, until - DAY * days, key=lambda x: x.day)
        hi = bisect.bisect_right(refs, until, key=lambda x: x.day)
        found = [x for x in refs[lo:hi] if not public or x.sensitivity == "public"]
        return self.r.choice(found) if found else None

    def conference(self, post: _Post | None, held: dt.date, n: int) -> None:
        r, owner = self.r, post.code if post else HQ
        agenda: list[tuple[str, dict[str, str], _Ref | None]] = []
        if post is None:
            kind, sensitivity = "hq_video", "internal"
            title_ko = f"{held.year}년 제{n}차 해외 지식재산 담당관 화상회의"
            title_en = f"{_ordinal(n)} video conference of overseas IP attachés, {held.year}"
            (t1, _), (t2, _) = r.sample(T.HQ_TOPICS, 2)
            summary = " ".join([T.HQ_SUMMARY[0], *r.sample(T.HQ_SUMMARY[1:], 2)]).format(
                n=len(self.posts), t1=t1, t2=t2, k=r.randint(4, 12))
            agenda.append(("review", {}, None))
            for p in r.sample(self.posts, min(len(self.posts), r.randint(2, 4))):
                case = self.recent(self._by_post[p.code], held, 365)
                if case:
                    agenda.append(("report", {"post": p.name_ko, "code": p.code}, case))
            for _ in range(r.randint(1, 2)):
                note = self.recent(self.notes, held, 90)
                if note:
                    agenda.append(("trend", {}, note))
            agenda.append(("other", {}, None))
        else:
            kind = self.pick(SESSION_KINDS)
            # sessions with KPAA, KINPA and companies are mostly held for them: public
            sensitivity = "public" if kind == "public_session" else self.sensitivity(0.15)
            theme = r.choice(T.THEMES.get(post.profile, (("지식재산 보호", "IP protection"),)))
            s = {"region": T.REGION.get(post.profile, post.city_ko), "city": post.city_ko,
                 "region_en": T.REGION_EN.get(post.profile, post.city_en),
                 "city_en": post.city_en, "theme": theme[0], "theme_en": theme[1]}
            title_ko, title_en = (t.format_map(s) for t in T.SESSION[kind])
            summary = " ".join([T.SESSION_SUMMARY[0], *r.sample(T.SESSION_SUMMARY[1:], 2)]).format(
                n=r.randint(6, 40), post=post.name_ko)
            own_notes = [x for x in self.notes if x.post == post.code]
            agenda.append(("outlook", s, self.recent(own_notes, held, 180)))
            case = self.recent(self._by_post[post.code], held, 365, public=True)
            if case:  # stakeholders hear only about cases that may be told
                agenda.append(("case", {}, case))
            agenda.append(("requests", {}, None))
            if r.random() < 0.5:
                agenda.append(("qa", {}, None))
        upcoming = held > self.today
        conference = self.add(CONFERENCES, {
            "id": self.uid(), "title_ko": title_ko, "title_en": title_en, "conference_kind": kind,
            "held_on": held.isoformat(), "brief_number": f"{owner}-{held.year}-{n:02d}",
            "summary": T.UPCOMING["hq" if post is None else "session"] if upcoming else summary,
            "sensitivity": sensitivity,
            "tags": []}, owner, held - DAY * r.randint(7, 20), held + DAY * r.randint(0, 3))
        notes = T.AGENDA_NOTES["hq" if post is None else "session"]
        for position, (key, slots, link) in enumerate(agenda, start=1):
            ko, en = T.AGENDA[key]
            titles = {"title": link.title_ko if link else "",
                      "title_en": link.title_en if link else "", **slots}
            self.add(AGENDA_ITEMS, {
                "id": self.uid(), "conference_id": conference["id"], "position": position,
                "title_ko": ko.format_map(titles), "title_en": en.format_map(titles),
                "record_id": link.id if link else None,
                "notes": r.choice(notes).format(n=r.randint(2, 9)) if r.random() < 0.6 else None,
                "sensitivity": sensitivity, "tags": [],
            }, owner, held - DAY * r.randint(2, 7), held)
        if not upcoming:
            links = [link for _, _, link in agenda if link]
            templates = T.ACTIONS_HQ if post is None else T.ACTIONS_SESSION
            k = r.randint(2, 5) if post is None else r.randint(1, 3)
            for template in r.sample(templates, k):
                self.action(conference, held, template, links, post)

    def action(self, conference: Item, held: dt.date, template: tuple[Any, ...],
               links: list[_Ref], post: _Post | None) -> None:
        r, today = self.r, self.today
        ko, en, wants, who = template
        want_note = wants == "note"
        link = next((x for x in links if (x.kind == "trend_notes") == want_note), None)
        if wants and link is None:
            ko, en, wants, who = T.ACTIONS_SESSION[0]
        if not wants:
            link = None
        topic_ko, topic_en = r.choice(T.HQ_TOPICS)
        co = link.company if link else None
        s = {"co": co.short if co else "", "co_en": co.short_en if co else "",
             "topic": topic_ko, "topic_en": topic_en, "note": link.title_ko if link else "",
             "note_en": link.title_en if link else ""}
        owner_post = post or next((p for p in self.posts if link and p.code == link.post),
                                  None) or r.choice(self.posts)
        due = held + DAY * r.randint(14, 90)
        late = (today - due).days
        status = self.pick(
            (("done", 90), ("dropped", 10)) if late > 365
            else (("done", 75), ("dropped", 7), ("in_progress", 13), ("open", 5)) if late > 30
            else (("done", 20), ("in_progress", 40), ("open", 40)) if late > -30
            else (("done", 5), ("in_progress", 35), ("open", 60)))
        finished = status in ("done", "dropped")
        closed = min(today, held + DAY * r.randint(7, (due - held).days + 20))
        self.add(ACTION_ITEMS, {
            "id": self.uid(), "conference_id": conference["id"],
            "description_ko": ko.format_map(s), "description_en": en.format_map(s),
            "owner_name": r.choice(T.HQ_OWNERS) if who == "hq"
            else f"{owner_post.name_ko} 특허관 {owner_post.officer}",
            "due_on": due.isoformat(), "status": status,
            "closed_on": closed.isoformat() if finished else None,
            "record_id": link.id if link else None, "sensitivity": conference["sensitivity"],
            "tags": [],
        }, conference["post"], held + DAY, closed if finished else held + DAY * 2)

    # follow-ups and attachments ----------------------------------------------------------

    def follow_ups(self, count: int) -> None:
        """Deadlines, mostly of open cases: from 60 days overdue to 120 days ahead."""
        r, today = self.r, self.today
        open_cases = [d for d in self.disputes if d.end is None]
        closed_cases = [d for d in self.disputes if d.end is not None]
        meetings = [m for m in self.meetings if (today - m.day).days <= 180]
        for _ in range(count):
            x = r.random()
            pool = open_cases if x < 0.8 else meetings if x < 0.92 else closed_cases
            target = r.choice(pool or open_cases or self.disputes)
            if target.end is not None:  # a closed case: its deadlines were met on the way
                due = target.day + DAY * r.randint(0, (target.end - target.day).days)
                done, done_on = True, min(target.end, due + DAY * r.randint(-5, 5))
            else:
                due = max(today + DAY * r.randint(-60, 120), target.day + DAY * r.randint(7, 30))
                done = r.random() < (0.35 if due < today else 0.05)
                done_on = min(today, due + DAY * r.randint(-10, 5))
            done_on = max(done_on, target.day)
            self.add(FOLLOW_UPS, {
                "id": self.uid(), "record_id": target.id, "due_on": due.isoformat(),
                "description": r.choice(T.FOLLOW_UPS[target.kind]), "done": done,
                "done_on": done_on.isoformat() if done else None,
                "sensitivity": target.sensitivity, "tags": [],
            }, target.post, max(target.day, due - DAY * r.randint(14, 90)),
                done_on if done else target.day)

    def attachments(self) -> None:
        """A case timeline (CSV) or a meeting memo (text) for one case in 200."""
        r = self.r
        for case in r.sample(self.disputes, len(self.disputes) // 200):
            item, co = case.item, case.company
            assert item is not None and co is not None
            if r.random() < 0.5:
                rows = [("일자", "단계", "내용"), (item["opened_on"], "접수", case.title_ko),
                        (item["stage_date"], self.label("stage", item["stage"]),
                         item["summary"][:60] + "…")]
                if item["closed_on"]:
                    rows.append((item["closed_on"], "종결", self.label("outcome", item["outcome"])))
                text = "".join(",".join(f'"{c}"' for c in row) + "\r\n" for row in rows)
                name, media, content = "사건경과.csv", "text/csv", text.encode("utf-8-sig")
                description = "사건 진행 경과표"
            else:
                text = (f"기업 면담 메모\n\n사건: {case.title_ko}\n일시: {_ko_date(case.day)}\n"
                        f"참석: {co.short} {r.choice(T.STAFF_TITLES)}, 공관 특허관\n\n"
                        f"{item['summary']}\n\n지원 내용: {item['support_provided']}\n")
                name, media, content = "면담메모.txt", "text/plain", text.encode("utf-8")
                description = "기업 면담 메모"
            self.add(ATTACHMENTS, {
                "id": self.uid(), "record_id": case.id, "media_type": media, "content": content,
                "file_name": f"{co.short}_{case.day:%Y%m%d}_{name}", "description": description,
                "sensitivity": case.sensitivity, "tags": [],
            }, case.post, case.day, case.end or self.today)


def _posts(desk: Desk, wanted: Sequence[str] | None) -> list[_Post]:
    rows = {row[0]: row for row in desk.conn.execute(
        "SELECT code, name_ko, city_ko, city_en, jurisdiction FROM posts WHERE deleted = 0")}
    codes = [c.strip().upper() for c in wanted] if wanted is not None else desk.post_codes()
    unknown = [c for c in codes if c not in rows]
    if unknown:
        raise OfficerDeskError(say("demo.unknown_posts", posts=", ".join(unknown)))
    out = []
    for code in dict.fromkeys(c for c in codes if c != HQ):
        _, name_ko, city_ko, city_en, jurisdiction = rows[code]
        jurisdiction = jurisdiction or code
        profile = code if code in T.SCENARIOS else {"INT": "GVA"}.get(jurisdiction, jurisdiction)
        out.append(_Post(code, profile if profile in T.SCENARIOS else "GEN", name_ko or code,
                         city_ko or code, city_en or code, jurisdiction))
    if not out:
        raise OfficerDeskError(say("demo.no_posts"))
    return out


def generate_demo(
    desk: Desk, *, posts: Sequence[str] | None = None, records: int = 2000, seed: int = 1,
    today: dt.date | None = None, progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Make about ``records`` invented records for ``posts`` (default: every post but HQ).

    HQ owns the video conferences. ``progress(done, total)`` is called as batches are
    stored; when ``cancel()`` turns true, storing stops after the current batch and the
    summary says what was made (and is kept). Everything is stored in one transaction:
    an exception (KeyboardInterrupt included) leaves the database as it was.
    """
    if not desk.demo:
        raise NotPermitted(say("demo.not_demo", path=desk.path))
    started = time.perf_counter()
    # made for the real today, nothing is stamped after the moment it is made
    now = dt.datetime.now(dt.UTC).replace(microsecond=0) if today is None else None
    chosen, today = _posts(desk, posts), today or dt.date.today()
    run = f"{seed}|{','.join(p.code for p in chosen)}|{records}|{today.isoformat()}"
    gen = _Demo(desk, chosen, today, random.Random(seed), run, now)
    counts, periods = plan(records, len(gen.posts))
    weights = {p.code: DISPUTE_WEIGHT.get(p.profile, 10) for p in gen.posts}
    for post, k in zip(gen.posts, _spread(counts["companies"], weights, 2).values(), strict=True):
        for _ in range(k):
            gen.company(post)
    for post, k in zip(gen.posts, _spread(counts["disputes"], weights, 1).values(), strict=True):
        scenarios = T.SCENARIOS[post.profile]
        for scenario in gen.r.choices(scenarios, [s.weight for s in scenarios], k=k):
            gen.dispute(post, scenario)
    for co in (c for cs in gen.companies.values() for c in cs if c.first_case):
        registered = co.first_case - DAY * gen.r.randint(0, 30)  # when its first case came in
        co.item.update(created_at=gen.stamp(registered),
                       updated_at=gen.stamp(registered, late=True))
    weights = {p.code: OTHER_WEIGHT.get(p.profile, 10) for p in gen.posts}
    for make, kind in ((gen.engagement, "engagements"), (gen.note, "trend_notes")):
        for post, k in zip(gen.posts, _spread(counts[kind], weights, 1).values(), strict=True):
            for _ in range(k):
                make(post)
    gen.conferences(periods)
    gen.follow_ups(counts["follow_ups"])
    gen.attachments()
    first = next(i["id"] for items in gen.items.values() for i in items)
    if desk.repo.kind_of(first) is not None:
        raise OfficerDeskError(say("demo.seed_used", seed=seed))
    return _store(desk, gen.items, started, progress, cancel)


def _store(desk: Desk, items: dict[str, list[Item]], started: float,
           progress: Callable[[int, int], None] | None,
           cancel: Callable[[], bool] | None) -> DemoSummary:
    total = sum(len(v) for v in items.values())
    counts = {k.name: 0 for k in ORDER}
    if progress:
        progress(0, total)
    done = 0
    with transaction(desk.conn):  # interrupted or failed: the database as it was
        for kind in ORDER:
            for start in range(0, len(items[kind.name]), BATCH):
                if cancel and cancel():
                    return DemoSummary(counts, time.perf_counter() - started)
                batch = items[kind.name][start:start + BATCH]
                records.create_many(desk, kind, batch, foreign_ok=True)
                counts[kind.name] += len(batch)
                done += len(batch)
                if progress:
                    progress(done, total)
    return DemoSummary(counts, time.perf_counter() - started)
