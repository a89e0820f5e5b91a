"""Several computers of one post (office PC, laptops) and HQ exchanging real packages.

Each computer has its own configuration folder (its machine id and signing keys), so a
copy of the office PC's file opened on "the laptop" is an installation of its own, as
in real use. (pytest puts this folder on the import path.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from officer_desk.services.desk import Desk, open_desk
from officer_desk.sync.keys import find_key
from officer_desk.sync.merge import PackageReport, merge_package
from officer_desk.sync.package import build_package, package_key, trust_package_key


class Computers:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = tmp_path
        self.monkeypatch = monkeypatch
        self.desks: dict[str, Desk] = {}
        self.count = 0

    def add(self, name: str, desk: Desk, home: Path) -> Desk:
        self.desks[name] = desk
        setattr(self, f"_home_{name}", home)
        return desk

    def home(self, name: str) -> Path:
        return getattr(self, f"_home_{name}")

    def act(self, name: str) -> Desk:
        """Work as ``name`` from now on (its keys, its machine id)."""
        self.monkeypatch.setenv("OFFICER_DESK_HOME", str(self.home(name)))
        return self.desks[name]

    def copy(self, source: str, name: str) -> Desk:
        """``source``'s file copied to a new computer ``name`` and opened there."""
        desk = self.desks[source]
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path = self.root / f"{name}.sqlite"
        shutil.copy(desk.path, path)
        home = self.root / f"{name}-home"
        self.monkeypatch.setenv("OFFICER_DESK_HOME", str(home))
        return self.add(name, open_desk(path), home)

    def package(self, name: str, **kw) -> Path:
        self.count += 1
        desk = self.act(name)
        return build_package(desk, self.root / f"{name}-{self.count}.odpkg", **kw, plain=True).path

    def merge(self, target: str, path: Path) -> PackageReport:
        """Merge at ``target``, trusting the signer first if it is not yet."""
        desk = self.act(target)
        if find_key(desk, package_key(path, desk).fingerprint) is None:
            trust_package_key(desk, path, "tester")
        return merge_package(desk, path)

    def close(self) -> None:
        for desk in self.desks.values():
            if not desk.closed:
                desk.close()


def moved_on(c: Computers, record_id: str, targets: tuple[str, ...] = ("hq", "office")) -> None:
    """The office PC ("office") and two copies of it: the laptop's summary loses to the
    office's (a conflict at each of ``targets``), then the second laptop, which saw the
    office's summary but not the laptop's, changes it: each target's record then holds
    a third value while its conflict is still open (the record moved on)."""
    from officer_desk.services import records

    c.copy("office", "laptop")
    c.copy("office", "laptop2")
    records.update(c.act("laptop"), record_id, {"summary": "출장 중 요약"})
    office = c.act("office")
    for n in range(3):  # the office's counter runs ahead: its summary wins
        records.update(office, record_id, {"forum": f"법원 {n}"})
    records.update(office, record_id, {"summary": "사무실 요약"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    for target in targets:
        if target != "office":
            assert c.merge(target, office_pkg).ok
        assert c.merge(target, laptop_pkg).conflicts == 1
    assert c.merge("laptop2", office_pkg).ok
    records.update(c.act("laptop2"), record_id, {"summary": "두 번째 노트북 요약"})
    third = c.package("laptop2")
    for target in targets:
        report = c.merge(target, third)
        assert report.ok and report.conflicts == 0
