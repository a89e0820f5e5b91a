"""Sync packages: the public interface (writing, reading untrusted packages, trust).

- ``build_package`` writes a signed package of this database's records
  (``package_build``);
- ``open_package`` verifies a package completely and opens it for the merge, or
  raises ``PackageRefused`` with the reason (``package_read``);
- ``package_key`` / ``trust_package_key`` show and trust the key that signed a package;
- the format itself (member names, limits, manifest) is in ``package_format`` and the
  content's schema in ``schema``. ``docs/sync-packages.md`` describes all of it.
"""

from officer_desk.sync.keys import KeyInfo, own_key_info
from officer_desk.sync.package_build import BuildCancelled, PackageInfo, build_package, file_sha256
from officer_desk.sync.package_format import PackageRefused
from officer_desk.sync.package_read import (
    OpenedPackage,
    open_package,
    package_key,
    trust_package_key,
)

__all__ = [
    "BuildCancelled",
    "KeyInfo",
    "OpenedPackage",
    "PackageInfo",
    "PackageRefused",
    "build_package",
    "file_sha256",
    "open_package",
    "own_key_info",
    "package_key",
    "trust_package_key",
]
