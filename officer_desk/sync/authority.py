"""Who may create, change and relay which records: the trust model the merge enforces.

(``docs/sync.md`` states it for people; this module is where it is checked.)

- Every record has an owning post that never changes. Reference data (posts,
  vocabularies) and HQ's own records belong to HQ.
- A post's records are created and changed (deleted, restored) only by that post's
  installations. Every field's stamp names the installation that made its last
  change, so a row is accepted only when each stamp it brings names an installation
  known here to belong to the row's owning post.
- A post's package carries only that post's records. HQ's package carries HQ's
  records and may *relay* other posts' records; HQ cannot author them: a relayed row
  is checked like any other, against the installations of its owning post.
- An installation belongs to the post of the database it was made in. This database
  knows it when it is one of its own installation ids (this file's, and the earlier
  ids of the same file: a copy, a restore), when it trusts that installation's key
  for the post, or when a package signed by a key trusted for that post lists it: a
  post vouches for its own installations (a laptop that syncs only with its office
  PC is known at HQ through the office PC's packages). HQ's packages also list the
  installations of the posts whose records they relay; a post takes that list for a
  third post only, never for itself or for HQ.
- A database made with ``demo`` holds every post's records, stamped by itself: a demo
  target does not check stamps against posts (the other rules hold).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from officer_desk.domain.kinds import HQ, RecordKind
from officer_desk.domain.records import Record
from officer_desk.domain.stamps import SEED_INSTALLATION, key, raw_of
from officer_desk.storage import meta

if TYPE_CHECKING:
    import sqlite3

    from officer_desk.services.desk import Desk

#: Columns that are unique across a table besides the id (a row must not take them).
UNIQUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": ("code",),
    "vocab_terms": ("vocabulary", "code"),
}


@dataclass(frozen=True)
class Refusal:
    """Why a row (or a package) is refused, in both languages."""

    en: str
    ko: str


def own_installations(conn: sqlite3.Connection) -> list[str]:
    """This file's installation id and the earlier ids of the same file."""
    current = meta.get(conn, "installation")
    try:
        earlier = json.loads(meta.get(conn, "earlier_installations") or "[]")
    except ValueError:
        earlier = []
    ids = [i for i in earlier if isinstance(i, str)]
    return [*ids, current] if current else ids


def installations_by_post(desk: Desk) -> dict[str, str]:
    """Every installation this database knows the post of: installation -> post."""
    conn = desk.conn
    out = {SEED_INSTALLATION: HQ}
    out.update(conn.execute("SELECT installation, post FROM post_installations").fetchall())
    out.update(conn.execute("SELECT installation, post FROM signing_keys").fetchall())
    for installation in own_installations(conn):
        out[installation] = desk.home_post
    return out


def manifest_installations(desk: Desk, owners: Iterable[str]) -> dict[str, list[str]]:
    """What a package lists: for each post whose records it carries, the installations
    known here to belong to it (the seed installation, known everywhere, left out)."""
    known = installations_by_post(desk)
    out: dict[str, list[str]] = {}
    for post in owners:
        out[post] = sorted(i for i, p in known.items() if p == post and i != SEED_INSTALLATION)
    return out


class Authority:
    """The trust model applied to one package's rows at this database."""

    def __init__(self, desk: Desk, manifest: Mapping[str, Any]) -> None:
        self.desk = desk
        self.manifest = manifest
        self.sender = str(manifest["post"])
        self.from_hq = manifest.get("role") == "hq" and self.sender == HQ
        self.members = installations_by_post(desk)
        self.check_stamps = not desk.demo

    # -- what the package tells about installations --------------------------------

    def learn(self, conn: sqlite3.Connection, now: str) -> Refusal | None:
        """Take the installations the package vouches for; a claim that contradicts
        what this database knows refuses the whole package."""
        package = str(self.manifest["package_id"])[:8]
        listed = self.manifest.get("installations", {})
        if self.manifest["installation"] not in listed.get(self.sender, ()):
            return Refusal(
                "the package does not list its own installation among its post's",
                "패키지가 자기 설치를 자기 공관의 설치 목록에 적지 않았습니다",
            )
        if not self.from_hq and set(listed) != {self.sender}:
            others = ", ".join(sorted(set(listed) - {self.sender}))
            return Refusal(
                f"a package of post {self.sender} lists installations of other posts "
                f"({others}); only HQ relays other posts' records",
                f"{self.sender} 공관의 패키지가 다른 공관({others})의 설치를 적었습니다. "
                "다른 공관의 레코드는 본부만 전달합니다",
            )
        for post, ids in sorted(listed.items()):
            if post == self.sender:
                vouched = f"package {package} of {self.sender}"
            elif self.from_hq and post not in (HQ, self.desk.home_post):
                vouched = f"package {package} of HQ (relayed)"
            else:
                continue  # nobody but a post vouches for that post's installations
            for installation in ids:
                known = self.members.get(installation)
                if known == post:
                    continue
                if known is not None:
                    return Refusal(
                        f"the package lists installation {installation} as post {post}'s, "
                        f"but it is post {known}'s here; an installation belongs to one post",
                        f"패키지가 설치 {installation}을(를) {post} 공관의 것으로 적었지만 "
                        f"이 데이터베이스에서는 {known} 공관의 설치입니다. 설치는 한 공관에만 "
                        "속합니다",
                    )
                conn.execute(
                    "INSERT INTO post_installations (installation, post, vouched_by, "
                    "learned_at) VALUES (?, ?, ?, ?)", (installation, post, vouched, now),
                )
                self.members[installation] = post
        return None

    # -- one row ----------------------------------------------------------------------

    def refusal(self, kind: RecordKind, incoming: Record, local: Record | None,
                indexed: tuple[str, str] | None) -> Refusal | None:
        """Why this row may not come from this package here (None: it may).

        ``indexed`` is the (kind, post) this database's record index has for the id.
        """
        what, rid, owner = kind.en.lower(), incoming.id, incoming.post
        if indexed is not None and indexed[0] != kind.name:
            return Refusal(
                f"{what} {rid}: this id is already used here by a record of another kind "
                f"({indexed[0]}, post {indexed[1]}); an id is never reused, so this row is "
                "damaged or forged and was not merged",
                f"{kind.ko} {rid}: 이 ID는 이미 다른 종류의 레코드({indexed[0]}, "
                f"{indexed[1]} 공관)가 쓰고 있습니다. ID는 다시 쓰이지 않으므로 이 행은 "
                "손상되었거나 위조된 것이며 병합하지 않았습니다",
            )
        if local is not None and local.post != owner:
            return Refusal(
                f"{what} {rid} belongs to post {local.post}, not {owner}; a record's post "
                "never changes",
                f"{kind.ko} {rid}은(는) {owner}이(가) 아니라 {local.post} 공관의 "
                "레코드입니다. 레코드의 소유 공관은 바뀌지 않습니다",
            )
        if not self.from_hq:
            if kind.reference:
                return Refusal(
                    f"{what} {rid}: {kind.en.lower()} entries are HQ's; a package from "
                    f"{self.sender} cannot create or change them",
                    f"{kind.ko} {rid}: {kind.ko} 항목은 본부의 것이므로 {self.sender} "
                    "공관의 패키지로 만들거나 바꿀 수 없습니다",
                )
            if owner != self.sender:
                return Refusal(
                    f"{what} {rid} belongs to post {owner}; a package from {self.sender} "
                    "cannot create or change it",
                    f"{kind.ko} {rid}은(는) {owner} 공관의 레코드이므로 {self.sender} "
                    "공관의 패키지로 만들거나 바꿀 수 없습니다",
                )
        elif kind.reference and owner != HQ:
            return Refusal(
                f"{what} {rid}: {kind.en.lower()} entries belong to HQ, not post {owner}",
                f"{kind.ko} {rid}: {kind.ko} 항목은 {owner} 공관이 아니라 본부의 것입니다",
            )
        if self.check_stamps:
            return self._authorship(kind, incoming, local)
        return None

    def _authorship(self, kind: RecordKind, incoming: Record,
                    local: Record | None) -> Refusal | None:
        """Every stamp the row brings must name an installation of its owning post."""
        owner = incoming.post
        for name, raw in incoming.field_versions.items():
            stamp = key(raw)
            if local is not None and key(raw_of(local.field_versions, name)) == stamp:
                continue  # accepted here before: nothing new
            belongs = self.members.get(stamp[1])
            if belongs == owner:
                continue
            field = "its creation" if name == "*" else f"its change of {name}"
            field_ko = "생성" if name == "*" else f"{name} 변경"
            if belongs is None:
                whose, whose_ko = (
                    f"which is not known here as one of post {owner}'s installations (if it "
                    f"is, merge a package from it, or from a {owner} computer that knows it, "
                    "first)",
                    f"이 설치는 여기서 {owner} 공관의 설치로 알려져 있지 않습니다(그렇다면 그 "
                    f"설치나 그것을 아는 {owner} 컴퓨터의 패키지를 먼저 병합하십시오)",
                )
            else:
                whose, whose_ko = (f"which is post {belongs}'s",
                                   f"이 설치는 {belongs} 공관의 것입니다")
            return Refusal(
                f"{kind.en.lower()} {incoming.id}: {field} was made by installation "
                f"{stamp[1]}, {whose}; only post {owner}'s own installations may create or "
                "change its records",
                f"{kind.ko} {incoming.id}: {field_ko}은(는) 설치 {stamp[1]}이(가) "
                f"했으며, {whose_ko}. {owner} 공관의 레코드는 그 공관의 설치만 만들거나 "
                "바꿀 수 있습니다",
            )
        return None


def unique_refusal(conn: sqlite3.Connection, kind: RecordKind, record: Record
                   ) -> Refusal | None:
    """A post code or vocabulary code this row would take from another record here."""
    cols = UNIQUE_COLUMNS.get(kind.name)
    if not cols:
        return None
    values = [record.values.get(c) for c in cols]
    where = " AND ".join(f"{c} = ?" for c in cols)
    row = conn.execute(f"SELECT id FROM {kind.name} WHERE {where} AND id != ?",
                       (*values, record.id)).fetchone()
    if row is None:
        return None
    shown = "/".join(str(v) for v in values)
    return Refusal(
        f"{kind.en.lower()} {record.id}: {shown} is already used here by {kind.en.lower()} "
        f"{row[0]}; the row was not merged (the two must be told apart at HQ)",
        f"{kind.ko} {record.id}: {shown}은(는) 이미 이곳의 {kind.ko} {row[0]}이(가) 쓰고 "
        "있어 이 행을 병합하지 않았습니다(본부에서 둘을 구분해야 합니다)",
    )
