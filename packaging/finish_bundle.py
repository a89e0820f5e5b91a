"""After PyInstaller: the desktop entry and icon (Linux), a README, then the archive named
with the version and platform, and the sizes (``make bundle``).

``python packaging/finish_bundle.py dist/officer-desk`` writes
``dist/officer-desk-<version>-<platform>-<machine>.tar.gz`` (``.zip`` on Windows).
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_bundle import size_on_disk  # noqa: E402  (the bench reports the same)
from officer_desk import __version__  # noqa: E402

README = """Officer Desk {version} ({platform})

Start:      {start}
Documents:  docs/install.md in the source (install, update, uninstall, licences)
Your data:  not in this folder. It stays where it is when you replace this folder with a
            newer version: `officer-desk --version` shows the data folder.
Licences:   Help -> About, and the folder _internal/licences (Qt and PySide6 under the
            LGPL 3: the Qt libraries are the separate files in _internal/ and can be
            replaced; NanumGothic under the SIL Open Font License 1.1).
"""


def platform_name() -> str:
    names = {"win32": "windows", "darwin": "macos"}
    return names.get(sys.platform, sys.platform.rstrip("0123456789"))


def machine_name() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def finish(folder: Path) -> Path:
    name = platform_name()
    if name == "linux":
        shutil.copyfile(ROOT / "packaging" / "officer-desk.desktop",
                        folder / "officer-desk.desktop")
        shutil.copyfile(folder / "_internal" / "officer_desk" / "resources" / "officer-desk.png",
                        folder / "officer-desk.png")
        script = folder / "install-desktop-entry.sh"
        shutil.copyfile(ROOT / "packaging" / "install-desktop-entry.sh", script)
        script.chmod(0o755)
    start = {"windows": "double-click officer-desk.exe (or: officer-desk gui)",
             "macos": "open Officer Desk.app (the command line: officer-desk --help)",
             }.get(name, "./officer-desk gui   (menu entry: ./install-desktop-entry.sh)")
    (folder / "README.txt").write_text(
        README.format(version=__version__, platform=name, start=start), encoding="utf-8")
    stem = f"officer-desk-{__version__}-{name}-{machine_name()}"
    out = folder.parent
    if name == "windows":
        archive = out / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(folder.rglob("*")):
                z.write(path, Path(stem) / path.relative_to(folder))
    else:
        archive = out / f"{stem}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as t:
            t.add(folder, arcname=stem)
    files, used = size_on_disk(folder)
    print(f"bundle: {folder} — {files / 2**20:.0f} MiB in files, {used / 2**20:.0f} MiB on "
          f"disk (target ≤ 250 MiB)")
    print(f"archive: {archive} — {archive.stat().st_size / 2**20:.0f} MiB")
    return archive


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        raise SystemExit("usage: python packaging/finish_bundle.py dist/officer-desk")
    finish(Path(argv[0]))
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    raise SystemExit(main(sys.argv[1:]))
