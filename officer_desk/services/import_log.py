"""The packages this database was offered: merged, refused or already merged.

Read from the ``import_log`` table the merge writes (one row per package offered); the
window's Import-log page and its navigation entry use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from officer_desk.services.desk import Desk


@dataclass(frozen=True)
class ImportEntry:
    seq: int
    package_id: str
    post: str | None
    installation: str | None
    signer: str | None  # the signing key's fingerprint
    at: str  # UTC, ISO 8601
    actor: str  # who merged it here
    outcome: str  # merged, refused or already merged
    file_name: str | None
    counts: dict[str, int] = field(default_factory=dict)
    #: why the package was refused, or the rows a merged package had refused
    reasons: list[str] = field(default_factory=list)

    def count(self, name: str) -> int:
        """``added``, ``updated``, ``unchanged``, ``deleted``, ``restored`` or ``conflicts``."""
        return int(self.counts.get(name, 0))

    @property
    def refused_rows(self) -> int:
        """Rows of a merged package that were refused (a refused package has none)."""
        return len(self.reasons) if self.outcome == "merged" else 0


def list_imports(desk: Desk, *, limit: int | None = None) -> list[ImportEntry]:
    """The packages offered to this database, the latest first."""
    sql = ("SELECT seq, package_id, post, installation, signer, at, actor, outcome, "
           "file_name, counts, reasons FROM import_log ORDER BY seq DESC")
    params: list[int] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    out = []
    for (seq, package_id, post, installation, signer, at, actor, outcome, file_name,
         counts, reasons) in desk.conn.execute(sql, params):
        out.append(ImportEntry(
            seq=int(seq), package_id=package_id, post=post, installation=installation,
            signer=signer, at=at, actor=actor, outcome=outcome, file_name=file_name,
            counts={str(k): int(v) for k, v in json.loads(counts or "{}").items()},
            reasons=[str(r) for r in json.loads(reasons or "[]")],
        ))
    return out


def import_count(desk: Desk) -> int:
    """How many packages were offered to this database."""
    return int(desk.conn.execute("SELECT count(*) FROM import_log").fetchone()[0])


def package_file(desk: Desk, package_id: str) -> str | None:
    """The file name a package was merged from (its latest offer), None if not logged."""
    row = desk.conn.execute(
        "SELECT file_name FROM import_log WHERE package_id = ? "
        "ORDER BY outcome = 'merged' DESC, seq DESC LIMIT 1", (package_id,),
    ).fetchone()
    return row[0] if row else None
