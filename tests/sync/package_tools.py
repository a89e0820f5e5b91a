"""Making and reading packages by hand in tests: forgeries re-signed with a trusted key,
and the whole state of a database to compare before and after.

(pytest puts this folder on the import path, so test modules here import it by name.)
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import warnings
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from officer_desk.domain.kinds import KINDS
from officer_desk.services.transfer import export_json
from officer_desk.sync import keys
from officer_desk.sync import package_format as fmt


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are on purpose
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                kind = zipfile.ZIP_DEFLATED if name == "content.sqlite" else zipfile.ZIP_STORED
                zf.writestr(name, data, compress_type=kind)
    return path


def forge(
    src: Path, dst: Path, key: Ed25519PrivateKey, *,
    changes: dict[str, Any] | None = None, content: bytes | None = None,
) -> Path:
    """Re-sign ``src`` with ``key`` after changing its manifest and/or its content
    (the manifest's hash and size follow the new content; counts stay as they were)."""
    parts = members(src)
    manifest = json.loads(parts["manifest.json"])
    if content is not None:
        parts["content.sqlite"] = content
        manifest["content_sha256"] = hashlib.sha256(content).hexdigest()
        manifest["content_size"] = len(content)
    raw = keys.public_key_bytes(key)
    manifest["public_key"] = base64.b64encode(raw).decode()
    manifest["fingerprint"] = keys.fingerprint(raw)
    manifest.update(changes or {})
    data = fmt.encode_manifest(manifest)
    return write_zip(dst, [
        ("manifest.json", data), ("manifest.sig", fmt.encode_signature(key.sign(data))),
        ("content.sqlite", parts["content.sqlite"]),
    ])


def state(desk) -> Any:
    """Everything a refused package must leave alone."""
    export = export_json(desk, KINDS, include_deleted=True)
    export.pop("exported_at")
    conn = desk.conn
    master = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"),
                    key=repr)
    tables = {
        name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    pragmas = [conn.execute(f"PRAGMA {p}").fetchone() for p in ("user_version",
                                                               "application_id")]
    return export, master, tables, pragmas


def edit_content(package: Path, tmp: Path, *sql: str) -> bytes:
    path = tmp / "edit.sqlite"
    path.write_bytes(members(package)["content.sqlite"])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()
    return path.read_bytes()




def resigned(desk, src: Path, dst: Path, *sql: str, counts: dict[str, int] | None = None,
             changes: dict[str, Any] | None = None, key: Ed25519PrivateKey | None = None
             ) -> Path:
    """``src`` with its content changed by ``sql`` (counts adjusted by ``counts``), a new
    package id, re-signed with ``desk``'s own key (or ``key``): a package its signer's
    trusting databases accept as far as the signature goes."""
    import uuid

    content = edit_content(src, dst.parent, *sql) if sql else None
    manifest = json.loads(members(src)["manifest.json"])
    new = {"package_id": str(uuid.uuid4())}
    if counts:
        new["counts"] = {t: manifest["counts"][t] + counts.get(t, 0) for t in manifest["counts"]}
    new.update(changes or {})
    signer = key or keys.private_key(desk.repo.author.installation)
    return forge(src, dst, signer, content=content, changes=new)
