"""Remembering an encrypted log's passphrase in the operating system's keyring.

Optional: ``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service
on Linux) may be missing or have no usable backend (a Linux machine without a keyring
daemon, a headless session). Then ``status`` says why and nothing is stored. One entry
per file: the service ``Officer Desk case log``, the user name the file's full path.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from officer_desk.domain.messages import Text, say

SERVICE = "Officer Desk case log"


def _backend() -> tuple[Any, Text | None]:
    """keyring's module, or None and why not."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None, say("cipher.keyring_not_installed")
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None, say("cipher.keyring_no_backend")
    return keyring, None


def status() -> tuple[bool, Text | None]:
    """(whether a keyring can be used here, why not)."""
    module, why = _backend()
    return module is not None, why


def _user(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def load(path: Path) -> str | None:
    """The passphrase remembered for ``path`` (None: none, or no keyring)."""
    module, _ = _backend()
    if module is None:
        return None
    try:
        return module.get_password(SERVICE, _user(path))
    except Exception:  # a locked or broken keyring: ask instead
        return None


def save(path: Path, passphrase: str) -> bool:
    """Remember ``passphrase`` for ``path``; False when the keyring refused."""
    module, _ = _backend()
    if module is None:
        return False
    try:
        module.set_password(SERVICE, _user(path), passphrase)
    except Exception:  # the keyring's own errors vary by backend
        return False
    return True


def forget(path: Path) -> None:
    module, _ = _backend()
    if module is not None:
        with contextlib.suppress(Exception):
            module.delete_password(SERVICE, _user(path))
