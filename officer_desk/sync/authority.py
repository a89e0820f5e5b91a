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

from officer_desk.domain.kinds import HQ, KINDS_BY_NAME, RecordKind
from officer_desk.domain.messages import Both, Text, say
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
            return refused(say("authority.own_not_listed"))
        if not self.from_hq and set(listed) != {self.sender}:
            others = ", ".join(sorted(set(listed) - {self.sender}))
            return refused(say("authority.lists_other_posts", post=self.sender,
                               others=others))
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
                    return refused(say("authority.installation_of_other_post",
                                       installation=installation, post=post, known=known))
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
        what, rid, owner = _kind(kind), incoming.id, incoming.post
        if indexed is not None and indexed[0] != kind.name:
            other = KINDS_BY_NAME.get(indexed[0])
            return refused(say("authority.id_of_other_kind", kind=what, id=rid,
                               other=_kind(other) if other else indexed[0], post=indexed[1]))
        if local is not None and local.post != owner:
            return refused(say("authority.post_changed", kind=what, id=rid, post=local.post,
                               owner=owner))
        if not self.from_hq:
            if kind.reference:
                return refused(say("authority.reference_from_post", kind=what, id=rid,
                                   sender=self.sender))
            if owner != self.sender:
                return refused(say("authority.other_posts_record", kind=what, id=rid,
                                   owner=owner, sender=self.sender))
        elif kind.reference and owner != HQ:
            return refused(say("authority.reference_of_post", kind=what, id=rid, owner=owner))
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
            field = (say("authority.creation") if name == "*" else
                     say("authority.change_of", field=name))
            whose = (say("authority.unknown_installation", owner=owner) if belongs is None
                     else say("authority.installation_of", post=belongs))
            return refused(say("authority.not_its_installation", kind=_kind(kind),
                               id=incoming.id, what=field, installation=stamp[1],
                               whose=whose, owner=owner))
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
    return refused(say("authority.not_unique", kind=_kind(kind), id=record.id, value=shown,
                       other=row[0]))


def refused(text: Text) -> Refusal:
    return Refusal(text.en, text.ko)


def _kind(kind: RecordKind) -> Both:
    """A kind as a message names it (``dispute`` / ``분쟁``)."""
    return Both(kind.en.lower(), kind.ko)
