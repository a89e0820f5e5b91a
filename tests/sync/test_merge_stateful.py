"""Posts, a travel laptop and HQ exchanging real packages in random order.

A hypothesis state machine edits records at the US office PC, the US laptop (a copy of
the same post's database on another computer) and the CN post, writes full and
since-last packages, and merges them into HQ and between the two US computers in any
order, repeating some. Throughout: HQ holds only what posts sent, the same package
twice changes nothing, and a record deleted where it was last seen stays deleted
unless restored. At the end everyone exchanges everything, and every copy of every
record must be the same, at HQ and at its post.

Each step writes real SQLite files and signed packages, so this runs fewer examples
than the pure rules in test_resolve.py (which run hundreds).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from officer_desk.domain.kinds import COMPANIES, USER_KINDS
from officer_desk.services import records
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

NAMES = ["한빛배터리", "세진디스플레이", "R&D <Lab>", "=SUM(A1)", "", "가온 AI"]


def user_records(desk) -> dict[str, tuple]:
    out = {}
    for kind in USER_KINDS:
        for r in desk.repo.rows(kind, "", with_blobs=True):
            out[r.id] = (r.post, r.deleted, json.dumps(r.to_json(), sort_keys=True),
                         json.dumps(r.field_versions, sort_keys=True))
    return out


class Exchange(RuleBasedStateMachine):
    #: every log encrypted (SQLCipher) with it when set
    #: (``test_merge_properties_encrypted.py``)
    passphrase: str | None = None

    @initialize()
    def set_up(self) -> None:
        import os

        self.root = Path(tempfile.mkdtemp(prefix="od-stateful-"))
        self.env = os.environ.get("OFFICER_DESK_HOME")
        self.homes = {n: self.root / f"home-{n}" for n in ("office", "laptop", "cn", "hq")}
        self._as("office")
        self.office = init_desk(self.root / "us.sqlite", post="US", officer="김영희",
                                passphrase=self.passphrase)
        self.office.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(self.office.path, self.root / "laptop.sqlite")
        self._as("laptop")
        self.laptop = open_desk(self.root / "laptop.sqlite", passphrase=self.passphrase)
        self._as("cn")
        self.cn = init_desk(self.root / "cn.sqlite", post="CN", officer="이중국",
                            passphrase=self.passphrase)
        self._as("hq")
        self.hq = init_desk(self.root / "hq.sqlite", hq=True, passphrase=self.passphrase)
        self.desks = {"office": self.office, "laptop": self.laptop, "cn": self.cn}
        self.packages: list[tuple[str, Path]] = []
        self.counter = 0
        self.trusted: set[tuple[str, str]] = set()

    def _as(self, who: str) -> None:
        import os

        os.environ["OFFICER_DESK_HOME"] = str(self.homes[who])

    def teardown(self) -> None:
        import os

        for d in (*self.desks.values(), self.hq):
            d.close()
        shutil.rmtree(self.root, ignore_errors=True)
        if self.env is None:
            os.environ.pop("OFFICER_DESK_HOME", None)
        else:
            os.environ["OFFICER_DESK_HOME"] = self.env

    def _companies(self, who: str) -> list:
        desk = self.desks[who]
        return list(desk.repo.rows(COMPANIES, "WHERE post = ?", (desk.home_post,)))

    @rule(who=st.sampled_from(["office", "laptop", "cn"]), name=st.sampled_from(NAMES))
    def create(self, who: str, name: str) -> None:
        self._as(who)
        records.create(self.desks[who], COMPANIES, {"name_ko": name or "이름 없음"})

    @rule(who=st.sampled_from(["office", "laptop", "cn"]), pick=st.integers(0, 10),
          field=st.sampled_from(["name_ko", "notes", "size"]), value=st.integers(0, 3))
    def edit(self, who: str, pick: int, field: str, value: int) -> None:
        companies = [c for c in self._companies(who) if not c.deleted]
        if not companies:
            return
        self._as(who)
        new = {"name_ko": NAMES[value] or "이름 없음", "notes": f"메모 {value}",
               "size": ["sme", "large", "startup", "mid_sized"][value]}[field]
        records.update(self.desks[who], companies[pick % len(companies)].id, {field: new})

    @rule(who=st.sampled_from(["office", "laptop", "cn"]), pick=st.integers(0, 10))
    def delete_or_restore(self, who: str, pick: int) -> None:
        companies = self._companies(who)
        if not companies:
            return
        self._as(who)
        target = companies[pick % len(companies)]
        if target.deleted:
            records.restore(self.desks[who], target.id)
        else:
            records.delete(self.desks[who], target.id)

    @rule(who=st.sampled_from(["office", "laptop", "cn"]), since_last=st.booleans())
    def write_package(self, who: str, since_last: bool) -> None:
        self._as(who)
        self.counter += 1
        info = build_package(self.desks[who], self.root / f"p{self.counter}.odpkg",
                             since_last=since_last, plain=True)
        self.packages.append((who, info.path))

    def _merge(self, target_name: str, target, who: str, path: Path) -> None:
        self._as(target_name)
        if (target_name, who) not in self.trusted:
            trust_package_key(target, path, "tester")
            self.trusted.add((target_name, who))
        before = user_records(target)
        report = merge_package(target, path)
        assert report.outcome in ("merged", "already merged", "refused"), report
        if report.outcome == "refused":
            # a since-last package whose earlier package has not arrived yet
            assert "does not have" in (report.reason or ""), report.reason
            assert user_records(target) == before
        else:
            assert not report.refused_rows
            again = merge_package(target, path)
            assert again.outcome == "already merged"

    @precondition(lambda self: self.packages)
    @rule(pick=st.integers(0, 50))
    def merge_at_hq(self, pick: int) -> None:
        who, path = self.packages[pick % len(self.packages)]
        self._merge("hq", self.hq, who, path)

    @precondition(lambda self: any(w in ("office", "laptop") for w, _ in self.packages))
    @rule(pick=st.integers(0, 50))
    def merge_between_us_computers(self, pick: int) -> None:
        mine = [(w, p) for w, p in self.packages if w in ("office", "laptop")]
        who, path = mine[pick % len(mine)]
        other = "laptop" if who == "office" else "office"
        self._merge(other, self.desks[other], who, path)

    @invariant()
    def hq_holds_only_what_posts_own(self) -> None:
        if hasattr(self, "hq"):
            for post, *_ in user_records(self.hq).values():
                assert post in ("US", "CN")

    def final_exchange(self) -> None:
        """Everyone sends a full package to everyone who shares the records."""
        for _ in range(2):
            for who in ("office", "laptop", "cn"):
                self._as(who)
                self.counter += 1
                path = build_package(self.desks[who], self.root / f"f{self.counter}.odpkg",
                                     plain=True).path
                self._merge("hq", self.hq, who, path)
                if who != "cn":
                    other = "laptop" if who == "office" else "office"
                    self._merge(other, self.desks[other], who, path)
        hq = user_records(self.hq)
        for who, desk in self.desks.items():
            mine = user_records(desk)
            own = {k: v for k, v in mine.items() if v[0] == desk.home_post}
            theirs = {k: v for k, v in hq.items() if v[0] == desk.home_post}
            assert own == theirs, who


class ExchangeWithFinalCheck(Exchange):
    def teardown(self) -> None:
        try:
            if hasattr(self, "hq"):
                self.final_exchange()
        finally:
            super().teardown()


ExchangeWithFinalCheck.TestCase.settings = settings(
    max_examples=200, stateful_step_count=15, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_posts_laptop_and_hq_converge = ExchangeWithFinalCheck.TestCase
