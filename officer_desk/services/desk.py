"""An open case log: the database, who is using it, and for which post.

Every use case takes a ``Desk``; the command line and the window each open one and
pass it in (there is no global).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import config, out_file
from officer_desk.domain import stamps
from officer_desk.domain.errors import DatabaseProblem, NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import HQ, POSTS, VOCAB_TERMS
from officer_desk.domain.messages import kind_name, reason, say
from officer_desk.domain.person_name import person_name
from officer_desk.domain.records import Record
from officer_desk.domain.vocabulary import (
    Vocabularies,
    seed_id,
    seed_posts,
    seed_terms,
)
from officer_desk.storage import lock as file_lock
from officer_desk.storage import meta
from officer_desk.storage.connection import check_file, open_database, transaction
from officer_desk.storage.migrations import compaction_failure
from officer_desk.storage.repository import Author, Repository
from officer_desk.storage.vocab_terms import read_vocabularies
from officer_desk.sync import high_water


@dataclass(frozen=True)
class Notice:
    """Something a person must be told once, when the desk is opened (both languages):
    the command line prints it, the window shows it."""

    en: str
    ko: str
    #: the catalogue id of the message (the command line adds its hint by it)
    key: str = ""

    def message(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


def compact_failed_notice(path: Path, detail: str) -> Notice:
    text = say("desk.compact_failed", path=path, detail=reason(detail))
    return Notice(en=text.en, ko=text.ko, key=text.key)


def older_copy_notice(path: Path, clock: int, high: int, new: str) -> Notice:
    text = say("desk.older_copy", path=path, clock=clock, high=high, new=new)
    return Notice(en=text.en, ko=text.ko, key=text.key)


#: Settings kept in the database (meta table), with their defaults.
DEFAULT_ORGANISATION = {
    "org_name_ko": "지식재산처",
    "org_name_en": "Ministry of Intellectual Property",
}


@dataclass
class Desk:
    conn: sqlite3.Connection
    path: Path
    repo: Repository
    home_post: str
    is_hq: bool
    demo: bool
    readonly: bool = False
    #: set by close(); a window being torn down checks it before asking for rows
    closed: bool = False
    #: the file's writer lock, held while the desk is open for writing (storage.lock)
    lock: file_lock.DatabaseLock | None = field(default=None, repr=False)
    #: what the person must be told about this opening (an older copy of the file)
    notices: list[Notice] = field(default_factory=list)
    _vocab: Vocabularies | None = field(default=None, repr=False)
    _posts: list[str] | None = field(default=None, repr=False)

    @property
    def actor(self) -> str:
        return self.repo.author.actor

    @property
    def vocab(self) -> Vocabularies:
        if self._vocab is None:
            self._vocab = load_vocabularies(self.repo)
        return self._vocab

    def reference_changed(self) -> None:
        """Forget cached vocabularies and posts (after they were edited or merged)."""
        self._vocab = None
        self._posts = None

    def setting(self, key: str) -> str | None:
        return meta.get(self.conn, key, DEFAULT_ORGANISATION.get(key))

    def post_codes(self) -> list[str]:
        if self._posts is None:
            self._posts = [r[0] for r in self.conn.execute(
                "SELECT code FROM posts WHERE deleted = 0 ORDER BY is_hq, code"
            )]
        return list(self._posts)

    def check_can_edit(self, record: Record) -> None:
        """Refuse a change that is not this installation's to make."""
        if self.readonly:
            raise NotPermitted(say("desk.read_only", path=self.path))
        if self.demo:
            return
        if record.kind.reference:
            if not self.is_hq:
                raise NotPermitted(say("record.reference_data", kind=kind_name(record.kind)))
            return
        if record.post != self.home_post:
            raise NotPermitted(say("record.other_post", post=record.post, home=self.home_post))

    def close(self) -> None:
        self.closed = True
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def load_vocabularies(repo: Repository) -> Vocabularies:
    return read_vocabularies(repo)


def _installation(conn: sqlite3.Connection, path: Path) -> tuple[str, Notice | None]:
    """The id this database's changes are stamped with on this computer.

    Made at set-up. When the file turns up on another computer (copied to a laptop),
    that copy gets a new id, so that edits made on both are told apart at merge time.
    So does a file that is an older copy of itself (its counter is below the highest
    this installation committed on this computer, ``sync.high_water``), with a notice
    saying so. Must run inside a transaction.
    """
    machine = config.machine_id()
    current = meta.get(conn, "installation")
    notice = None
    if current and meta.get(conn, "machine") == machine:
        high, clock = high_water.read(current), high_water.database_clock(conn)
        if high is None or clock >= high:
            return current, None
        new = str(uuid.uuid4())
        notice = older_copy_notice(path, clock, high, new)
    else:
        new = str(uuid.uuid4())
    if current:
        earlier = json.loads(meta.get(conn, "earlier_installations") or "[]")
        meta.put(conn, "earlier_installations", json.dumps([*earlier, current]))
    meta.put(conn, "installation", new)
    meta.put(conn, "machine", machine)
    return new, notice


def _author(conn: sqlite3.Connection, path: Path, actor: str | None, readonly: bool
            ) -> tuple[Author, Notice | None]:
    notice = None
    if readonly:
        installation = meta.get(conn, "installation") or "read-only"
    else:
        with transaction(conn):
            installation, notice = _installation(conn, path)
        _watch_counter(conn, installation)
    return Author(installation, actor or meta.get(conn, "officer") or _default_actor()), notice


def _watch_counter(conn: sqlite3.Connection, installation: str) -> None:
    """Record the installation's counter now, and after every commit from here on."""
    clock = high_water.database_clock(conn)
    with contextlib.suppress(OSError, OfficerDeskError):
        high_water.record(installation, clock)
    with contextlib.suppress(AttributeError):  # a connection not opened by open_database
        conn.after_commit = high_water.Watcher(installation, clock)  # type: ignore[attr-defined]


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "officer"


#: How long a desk opened for writing waits for another program to close the file.
LOCK_WAIT_SECONDS = 2.0


def _writer_lock(path: Path, wait: float) -> file_lock.DatabaseLock | None:
    """Take the file's writer lock (see ``storage.lock``); None when there is no file
    yet to protect (opening it then fails with the usual message)."""
    if not (path.exists() and path.stat().st_size > 0):
        return None
    return file_lock.acquire(path, wait=wait)


def open_desk(
    path: str | Path, *, readonly: bool = False, actor: str | None = None,
    lock_wait: float | None = None, passphrase: str | None = None,
) -> Desk:
    """Open an initialised case log.

    Opened for writing, the desk holds the file's writer lock until it is closed; a
    file another program has open for writing raises ``DatabaseInUse`` (after waiting
    ``lock_wait`` seconds, default ``LOCK_WAIT_SECONDS``) — it can still be opened
    ``readonly``.
    """
    path = Path(path)
    check_file(path)  # a file that cannot be ours gets no lock file beside it
    out_file.protect(path, case_log=True)  # no export or calendar goes over it
    wait = LOCK_WAIT_SECONDS if lock_wait is None else lock_wait
    held = None if readonly else _writer_lock(path, wait)
    try:
        conn = open_database(path, readonly=readonly, passphrase=passphrase)
    except BaseException:
        if held is not None:
            held.release()
        raise
    try:
        home = meta.get(conn, "post")
        if not home:
            raise DatabaseProblem(say("desk.not_set_up", path=path))
        author, notice = _author(conn, path, actor, readonly)
        notices = [notice] if notice else []
        failed = compaction_failure(conn)
        if failed:
            notices.append(compact_failed_notice(path, failed))
        return Desk(
            conn=conn, path=path, repo=Repository(conn, author),
            home_post=home,
            is_hq=meta.get(conn, "role") == "hq", demo=meta.get(conn, "demo") == "1",
            readonly=readonly, lock=held, notices=notices,
        )
    except BaseException:
        conn.close()
        if held is not None:
            held.release()
        raise


def init_desk(
    path: str | Path,
    *,
    post: str | None = None,
    hq: bool = False,
    officer: str | None = None,
    demo: bool = False,
    passphrase: str | None = None,
) -> Desk:
    """Create and set up a new case log for a post (or for HQ), with reference data;
    encrypted with ``passphrase`` when one is given (``storage.cipher``)."""
    path = Path(path)
    officer = person_name(officer)
    out_file.protect(path, case_log=True)
    if path.exists() and path.stat().st_size > 0:
        raise OfficerDeskError(say("desk.exists", path=path))
    posts = seed_posts()
    codes = {p["code"] for p in posts}
    home = HQ if hq else (post or "").strip().upper()
    if not home:
        raise OfficerDeskError(say("desk.post_needed"))
    if home not in codes:
        raise OfficerDeskError(say("desk.unknown_post", post=home,
                                   known=", ".join(sorted(codes - {HQ}))))
    path.parent.mkdir(parents=True, exist_ok=True)
    held = file_lock.acquire(path)
    try:
        conn = open_database(path, create=True, passphrase=passphrase)
    except BaseException:
        held.release()
        raise
    try:
        with transaction(conn):
            meta.put(conn, "officer", officer or _default_actor())
            author, _ = _author(conn, path, officer, readonly=False)
            repo = Repository(conn, author)
            meta.put(conn, "post", home)
            meta.put(conn, "role", "hq" if home == HQ else "post")
            meta.put(conn, "demo", "1" if demo else "0")
            for key, value in DEFAULT_ORGANISATION.items():
                meta.put(conn, key, value)
            seed_reference_data(repo)
    except BaseException:
        conn.close()
        held.release()
        raise
    return Desk(conn=conn, path=path, repo=repo, home_post=home, is_hq=home == HQ, demo=demo,
                lock=held)


#: The installation id that seed data is stamped with: seeded posts and terms carry the
#: same id and the same stamp in every database, so merging them changes nothing.
SEED_INSTALLATION = stamps.SEED_INSTALLATION


def _seeded(record: Record) -> Record:
    record.version, record.origin = 1, SEED_INSTALLATION
    record.field_versions = {"*": [1, SEED_INSTALLATION]}
    record.seen = {SEED_INSTALLATION: 1}
    record.created_at = record.updated_at = "2025-01-01T00:00:00.000000Z"
    return record


def seed_reference_data(repo: Repository) -> None:
    """Posts and vocabularies from the seed, identical (ids, stamps) in every database."""
    posts = sorted(seed_posts(), key=lambda p: not p.get("is_hq"))
    repo.insert_many([_seeded(
        repo.new_record(
            POSTS, HQ,
            {
                "code": p["code"], "name_ko": p["ko"], "name_en": p["en"],
                "city_ko": p.get("city_ko"), "city_en": p.get("city_en"),
                "jurisdiction": p.get("jurisdiction"), "is_hq": bool(p.get("is_hq")),
            },
            record_id=seed_id("post", p["code"]),
        ))
        for p in posts
    ], keep_stamps=True)
    terms, _ = seed_terms()
    repo.insert_many([_seeded(
        repo.new_record(
            VOCAB_TERMS, HQ,
            {
                "vocabulary": t.vocabulary, "code": t.code, "label_ko": t.ko, "label_en": t.en,
                "position": t.position, "active": True, "version_tag": t.version_tag,
                "jurisdiction": t.jurisdiction,
            },
            record_id=seed_id("term", t.vocabulary, t.code),
        ))
        for t in terms
    ], keep_stamps=True)


def describe(desk: Desk) -> dict[str, object]:
    """What the database is: for ``officer-desk check`` and the window's title bar."""
    items = meta.all_items(desk.conn)
    return {
        "path": str(desk.path),
        "post": desk.home_post,
        "role": "hq" if desk.is_hq else "post",
        "demo": desk.demo,
        "officer": items.get("officer"),
        "schema": json.loads(str(desk.conn.execute("PRAGMA user_version").fetchone()[0])),
    }
