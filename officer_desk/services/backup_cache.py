"""Remembering which backups passed their check, so a listing need not re-read them.

Checking a backup reads every byte of it (its sha256; a compressed one is also
decompressed), which for ten large backups takes seconds each time the list is shown.
A backup that passed is remembered in ``.backup-checks.json`` in the backup folder,
keyed on its name, size, modification time (in nanoseconds) and the sha256 of its
manifest file: a backup or manifest that changed in any of those is checked again.
Only backups verified against a manifest are remembered; damaged and unverified ones
are checked at every listing. A restore never uses this: it checks the backup in full.

The file is a convenience: one that is missing, unreadable or of another format is
ignored (and rewritten), and failing to write it changes nothing else.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from officer_desk.services.backup_check import Checked
from officer_desk.storage import temporaries
from officer_desk.storage.backup_manifest import manifest_path

NAME = ".backup-checks.json"
FORMAT = "officer-desk-backup-checks"
VERSION = 1


def key(backup: Path) -> list[object] | None:
    """What must stay the same for a remembered check to hold (None: no manifest)."""
    try:
        stat = backup.stat()
        manifest = manifest_path(backup).read_bytes()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, hashlib.sha256(manifest).hexdigest()]


class CheckCache:
    """The remembered checks of one backup folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / NAME
        self.entries: dict[str, dict[str, object]] = {}
        self.changed = False
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT and data.get("version") == VERSION:
                self.entries = {str(k): v for k, v in data["entries"].items()
                                if isinstance(v, dict)}

    def get(self, backup: Path, found_key: list[object] | None) -> Checked | None:
        entry = self.entries.get(backup.name)
        if found_key is None or entry is None or entry.get("key") != found_key:
            return None
        try:
            held = entry["checked"]
            return Checked(counts=dict(held["counts"]), schema=int(held["schema"]),
                           post=held["post"], installation=held["installation"],
                           verified=True)
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, backup: Path, found_key: list[object] | None, checked: Checked) -> None:
        if found_key is None or not checked.verified:
            return
        self.entries[backup.name] = {"key": found_key, "checked": {
            "counts": checked.counts, "schema": checked.schema, "post": checked.post,
            "installation": checked.installation}}
        self.changed = True

    def keep_only(self, names: set[str]) -> None:
        """Forget backups that are gone."""
        gone = set(self.entries) - names
        for name in gone:
            del self.entries[name]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        if not self.changed:
            return
        tmp = temporaries.temporary_path(self.path, "cache")
        try:
            tmp.write_text(json.dumps({"format": FORMAT, "version": VERSION,
                                       "entries": self.entries}, ensure_ascii=False),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # a convenience only: the next listing checks again
        finally:
            tmp.unlink(missing_ok=True)
