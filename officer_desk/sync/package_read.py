"""Reading a package, which is untrusted input until every check has passed.

``open_package`` checks, in this order, and refuses (``PackageRefused``) at the first
failure: the ZIP (exactly three members, sizes within limits before anything is
read), the manifest (strict JSON, known format, same schema version), the signature,
the signer's key (trusted here for the package's post), for an encrypted package
whether it is addressed to this installation and whether its encrypted bytes are the
signed ones (then it is decrypted in memory, ``package_encrypt``), the content's size
and SHA-256, SQLite's own ``quick_check`` of the content opened read-only with the
protections for untrusted files, its schema (exactly the expected tables, nothing
planted), and its row counts. Only then can the merge read rows, from the base
tables only, through ``OpenedPackage.rows``. The package is never attached to the
live database.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import sqlite3
import tempfile
import weakref
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from officer_desk.domain import validation
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.domain.messages import CATALOGUE, reason, say
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID
from officer_desk.storage.repository import columns
from officer_desk.sync import keys, package_encrypt
from officer_desk.sync import package_format as fmt
from officer_desk.sync.package_build import file_sha256
from officer_desk.sync.package_format import PackageRefused
from officer_desk.sync.package_verify import ZIP_ERRORS, open_zip, refuse, signed_manifest
from officer_desk.sync.schema import RECORD_TABLES, expected_schema, schema_rows

if TYPE_CHECKING:
    from officer_desk.services.desk import Desk

#: Rows fetched at a time by ``OpenedPackage.rows`` (attachments carry file contents).
BATCH = 500
BLOB_BATCH = 8
def _key_info(desk: Desk, manifest: dict[str, Any], raw: bytes) -> keys.KeyInfo:
    fp = manifest["fingerprint"]
    installation = manifest["installation"]
    known = keys.find_key(desk, fp)
    others = tuple(k.fingerprint for k in keys.trusted_for(desk, installation)
                   if k.fingerprint != fp)
    if installation == desk.repo.author.installation:
        own = keys.own_fingerprint(installation)
        status = keys.OWN if own == fp else keys.CHANGED
        others = tuple(sorted({*others, own} - {None, fp}))
    elif known is not None and known.status == keys.TRUSTED and known.post != manifest["post"]:
        status = keys.OTHER_POST
    else:
        status = keys.key_status(desk, installation, fp)
    return keys.KeyInfo(
        fingerprint=fp, public_key=raw, installation=manifest["installation"],
        post=manifest["post"], officer=manifest["officer"], status=status,
        first_seen=known.first_seen if known else None,
        decided_at=known.decided_at if known else None,
        decided_by=known.decided_by if known else None, others=others,
        age_recipient=manifest.get("age_recipient"),
    )


# -- (d) trust --------------------------------------------------------------------------


def _check_trust(desk: Desk, path: Path, manifest: dict[str, Any], raw: bytes) -> keys.KeyInfo:
    info = _key_info(desk, manifest, raw)
    name = path.name
    who = say("package.signer", fingerprint=info.fingerprint, post=info.post,
              installation=info.installation,
              officer=info.officer or say("package.signer_unnamed"))
    kw: dict[str, Any] = {"manifest": manifest, "signed": True, "key": info}
    if info.status == keys.TRUSTED:
        return info
    if info.status == keys.OWN:
        raise _own_package(desk, name, info, **kw)
    if info.status == keys.OTHER_POST:
        known = keys.find_key(desk, info.fingerprint)
        post = known.post if known else "?"
        # the installation the key is trusted for, not the one the manifest claims
        installation = known.installation if known else info.installation
        raise refuse(say("package.wrong_post", name=name, claimed=manifest["post"],
                         fingerprint=info.fingerprint, installation=installation,
                         post=post), "wrong_post", **kw)
    if info.status == keys.REVOKED:
        raise refuse(say("package.revoked_key", name=name, who=who, when=info.decided_at,
                         by=info.decided_by), "revoked_key", **kw)
    if info.status == keys.CHANGED:
        raise refuse(say("package.changed_key", name=name, installation=info.installation,
                         post=info.post, fingerprint=info.fingerprint,
                         others=", ".join(info.others)), "changed_key", **kw)
    raise refuse(say("package.unknown_key", name=name, who=who), "unknown_key", **kw)


def _own_package(desk: Desk, name: str, info: keys.KeyInfo, **kw: Any) -> PackageRefused:
    return refuse(say("package.own", name=name, installation=info.installation,
                      fingerprint=info.fingerprint), "own_package", **kw)


# -- (e) - (h) the content --------------------------------------------------------------


def _extract(zf: zipfile.ZipFile, manifest: dict[str, Any], folder: Path, name: str) -> Path:
    size, digest = manifest["content_size"], manifest["content_sha256"]
    mismatch = refuse(say("package.content_mismatch", name=name), "content_mismatch",
                      manifest=manifest, signed=True)
    if zf.getinfo(fmt.CONTENT).file_size != size:
        raise mismatch
    if shutil.disk_usage(folder).free < size + fmt.CHUNK * 16:
        raise refuse(say("package.no_space", name=name, size=size), "no_space",
                     manifest=manifest, signed=True)
    target = folder / fmt.CONTENT
    h = hashlib.sha256()
    total = 0
    try:
        with zf.open(fmt.CONTENT) as src, target.open("wb") as out:
            while chunk := src.read(fmt.CHUNK):
                total += len(chunk)
                if total > size:
                    raise mismatch
                h.update(chunk)
                out.write(chunk)
    except ZIP_ERRORS as e:
        raise refuse(say("package.content_unreadable", name=name, member=fmt.CONTENT,
                         detail=reason(e)), "damaged_content", manifest=manifest,
                 signed=True) from e
    if total != size or h.hexdigest() != digest:
        raise mismatch
    return target


_SQLITE_HEADER = b"SQLite format 3\x00"


def _connect(content: Path, manifest: dict[str, Any], name: str) -> sqlite3.Connection:
    with content.open("rb") as f:
        head = f.read(16)
    _check_header(head, manifest, name)
    conn = sqlite3.connect(f"{content.as_uri()}?mode=ro&immutable=1", uri=True,
                           isolation_level=None, check_same_thread=False)
    return _checked(conn, manifest, name)


def _check_header(head: bytes, manifest: dict[str, Any], name: str) -> None:
    if head[:16] != _SQLITE_HEADER:
        raise refuse(say("package.content_not_sqlite", name=name), "not_sqlite",
                     manifest=manifest, signed=True)


def _connect_memory(content: bytes, manifest: dict[str, Any], name: str) -> sqlite3.Connection:
    """The decrypted content opened in memory (never written to a file)."""
    _check_header(content, manifest, name)
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.deserialize(content)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise refuse(say("package.content_damaged", name=name, detail=reason(e)), "content_damaged",
                     manifest=manifest, signed=True) from e
    return _checked(conn, manifest, name)


def _checked(conn: sqlite3.Connection, manifest: dict[str, Any],
             name: str) -> sqlite3.Connection:
    """SQLite's own check and the schema and counts, on the content's connection."""
    kw: dict[str, Any] = {"manifest": manifest, "signed": True}
    try:
        for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0",
                       "query_only = 1"):
            conn.execute(f"PRAGMA {pragma}")
        result = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        if result != ["ok"]:
            raise refuse(say("package.content_damaged", name=name,
                             detail="; ".join(result[:3])), "content_damaged", **kw)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID or version != manifest["schema_version"]:
            raise refuse(say("package.wrong_content", name=name,
                             schema=manifest["schema_version"], app_id=app_id,
                             version=version), "wrong_content", **kw)
        _check_schema(conn, name, kw)
        for table in RECORD_TABLES:
            found = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if found != manifest["counts"][table]:
                raise refuse(say("package.counts_mismatch", name=name, found=found,
                                 table=table, expected=manifest["counts"][table]),
                             "counts_mismatch", **kw)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise refuse(say("package.content_damaged", name=name, detail=reason(e)), "content_damaged",
                     **kw) from e
    except BaseException:
        conn.close()
        raise
    return conn


def _check_schema(conn: sqlite3.Connection, name: str, kw: dict[str, Any]) -> None:
    found = schema_rows(conn)
    expected = expected_schema()
    if found == expected:
        return
    expected_names = {(t, n) for t, n, _, _ in expected}
    found_names = {(t, n) for t, n, _, _ in found}
    problems = []
    for t, n, _, _ in sorted(found - expected, key=lambda r: (r[0], r[1])):
        if (t, n) in expected_names:
            problems.append(f"changed {t} {n[:60]!r}")
        else:
            problems.append(f"unexpected {t} {n[:60]!r}")
    problems += [f"missing {t} {n!r}" for t, n in sorted(expected_names - found_names)]
    raise refuse(
        say("package.schema_mismatch", name=name, detail="; ".join(problems[:5])),
        "schema_mismatch", **kw,
    )


# -- the opened package -----------------------------------------------------------------


def _cleanup(conn: sqlite3.Connection | None,
             folder: tempfile.TemporaryDirectory | None) -> None:
    if conn is not None:
        conn.close()
    if folder is not None:
        folder.cleanup()


#: The key ``OpenedPackage.rows`` gives an attachment's stored length under.
CONTENT_LENGTH = "content_length"


def _guarded_content() -> tuple[str, list[int]]:
    """An attachment's content, read only when it is a blob within the size limit.

    SQLite knows a blob's length from the record header without reading the blob
    (``length()`` of a blob reads no overflow page), so an attachment over the limit
    is never loaded into memory: its content comes back as NULL with its true length
    beside it (``CONTENT_LENGTH``), for ``decode_row`` to refuse by name. The
    ``size`` column the package declares is checked against the limit too, and
    against the bytes actually read."""
    limit = validation.MAX_ATTACHMENT_BYTES
    return ("CASE WHEN typeof(content) = 'blob' AND length(content) <= ? THEN content "
            "END AS content", [limit])


class OpenedPackage:
    """A verified package: its manifest, signer, and rows to read (then ``close()``).

    An encrypted package's content is in memory (``content_path`` None); a signed-only
    one's is a private temporary file, removed on close.
    """

    def __init__(
        self, path: Path, manifest: dict[str, Any], key: keys.KeyInfo,
        conn: sqlite3.Connection, folder: tempfile.TemporaryDirectory | None,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.key = key
        self.encrypted = "encryption" in manifest
        self.content_path = Path(folder.name) / fmt.CONTENT if folder is not None else None
        self._conn: sqlite3.Connection | None = conn
        self._finalizer = weakref.finalize(self, _cleanup, conn, folder)

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest["counts"])

    @functools.cached_property
    def file_sha256(self) -> str:
        return file_sha256(self.path)

    def rows(self, table: str, *, batch: int | None = None) -> Iterator[dict[str, Any]]:
        """The rows of one record table, in primary-key order, as raw SQLite values."""
        if self._conn is None:
            raise ValueError("the package is closed")
        kind = KINDS_BY_NAME.get(table)
        if kind is None:
            raise ValueError(f"{table!r} is not a record table")
        cols = [*columns(kind), "changed"]
        size = batch or (BLOB_BATCH if table == "attachments" else BATCH)
        selected, params = list(cols), []
        if table == "attachments":  # see ``_guarded_content``
            selected[cols.index("content")], params = _guarded_content()
            cols.append(CONTENT_LENGTH)
            selected.append("length(content)")
        cur = self._conn.execute(f"SELECT {', '.join(selected)} FROM {table} ORDER BY id",
                                 params)
        try:
            while chunk := cur.fetchmany(size):
                for row in chunk:
                    values = dict(zip(cols, row, strict=True))
                    if values.get(CONTENT_LENGTH, 0) is None or (
                            CONTENT_LENGTH in values and values["content"] is not None):
                        del values[CONTENT_LENGTH]  # said only of a content left unread
                    yield values
        finally:
            cur.close()

    def close(self) -> None:
        self._conn = None
        self._finalizer()

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_package(path: str | Path, desk: Desk) -> OpenedPackage:
    """Verify a package completely and open its content for reading (see module doc)."""
    path = Path(path)
    folder = None
    with open_zip(path) as zf:
        manifest, raw = signed_manifest(zf, path.name)
        key = _check_trust(desk, path, manifest, raw)
        package_encrypt.check_member(zf, manifest, path.name)
        if "encryption" in manifest:
            plain = package_encrypt.decrypt_content(zf, manifest, desk, path.name)
        else:
            folder = tempfile.TemporaryDirectory(prefix="officer-desk-open-")
            try:
                content = _extract(zf, manifest, Path(folder.name), path.name)
            except BaseException:
                folder.cleanup()
                raise
    if folder is None:
        conn = _connect_memory(plain, manifest, path.name)
        del plain
        return OpenedPackage(path, manifest, key, conn, None)
    try:
        conn = _connect(content, manifest, path.name)
    except BaseException:
        folder.cleanup()
        raise
    return OpenedPackage(path, manifest, key, conn, folder)


def package_signer(path: str | Path, desk: Desk) -> tuple[dict[str, Any], keys.KeyInfo]:
    """A package's signed manifest and its signer with the signer's status here; checks
    the file, the ZIP and the signature only (not the schema, not the content)."""
    path = Path(path)
    with open_zip(path) as zf:
        manifest, raw = signed_manifest(zf, path.name, check_schema=False)
    return manifest, _key_info(desk, manifest, raw)


def package_key(path: str | Path, desk: Desk) -> keys.KeyInfo:
    """The signer of a package, with its status here; checks the signature only."""
    return package_signer(path, desk)[1]


def trust_package_key(
    desk: Desk, path: str | Path, by: str, *,
    confirm: Callable[[keys.KeyInfo], bool] | None = None,
) -> keys.KeyInfo:
    """Trust the key that signed a package (after ``confirm(key)``, if given, says yes).

    Only the ZIP, the manifest and the signature are checked (a package of another
    program version still names its key). Returns the key as now stored; when
    ``confirm`` says no, nothing is stored and the key's status is unchanged.
    """
    info = package_key(path, desk)
    refusal = trust_refusal(desk, Path(path), info)
    if refusal is not None:
        raise refusal
    if confirm is not None and not confirm(info):
        return info
    return keys.trust(desk, info.public_key, info.installation, info.post, info.officer, by,
                      age_recipient=info.age_recipient)


def trust_refusal(desk: Desk, path: Path, info: keys.KeyInfo) -> PackageRefused | None:
    """Why the key that signed a package must not be trusted here (None: it may be).

    A key signs for one installation of one post. This installation's own key needs no
    trust; a key claiming this installation that is not its key is an impostor; a key
    known here for another post than the package claims stays that post's key (the
    merge refuses what it signs for any other post).
    """
    name = path.name
    if info.status == keys.OWN:
        return _own_package(desk, name, info)
    if info.installation == desk.repo.author.installation:
        return refuse(say("package.impostor", name=name, installation=info.installation,
                          fingerprint=info.fingerprint), "impostor")
    known = keys.find_key(desk, info.fingerprint)
    if known is not None and known.post != info.post:
        status = f"key.status_{known.status}"
        return refuse(say("package.key_of_other_post", fingerprint=info.fingerprint,
                          name=name, known_post=known.post, installation=known.installation,
                          post=info.post,
                          status=say(status) if status in CATALOGUE else known.status),
                      "wrong_post")
    return None
