"""What the bundle carries beside the code, gathered before PyInstaller runs.

``python packaging/build_assets.py OUT`` writes into the folder OUT:

* ``icons/``: the icon as PNG (the window, Linux), ICO (the Windows program) and ICNS
  (macOS), drawn from ``resources/officer-desk.svg`` with Qt's own image plugins;
* ``fonts/``: NanumGothic regular and bold (SIL Open Font License 1.1), for PDFs on a PC
  that has no Korean TrueType font — taken from this machine (Debian's ``fonts-nanum``,
  which ``tools/ensure-system-deps`` installs) or from ``OFFICER_DESK_BUNDLE_FONTS`` (a
  folder holding them), and refused loudly if neither has them;
* ``licences/``: the licence texts of the bundled components (the Python packages'
  own licence files, the font's licence, the Qt/PySide6 notice).

No part of Officer Desk is imported here except ``officer_desk.fonts`` (to check that a
font file really has TrueType outlines, as the PDFs need).
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
FONT_FOLDERS = (
    Path("/usr/share/fonts/truetype/nanum"),  # Debian/Ubuntu fonts-nanum
    Path("/usr/share/fonts/naver-nanum"),  # Fedora
    Path("/usr/share/fonts/nanum"),
    Path("/Library/Fonts"),
    Path(os.environ.get("WINDIR") or r"C:\Windows") / "Fonts",
)
#: The Python distributions the bundle's code runs on (the runtime dependencies and theirs).
DISTRIBUTIONS = (
    "PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6", "reportlab", "openpyxl",
    "et_xmlfile", "sqlite-utils", "sqlite-fts4", "click", "click-default-group", "tabulate",
    "python-dateutil", "pluggy", "platformdirs", "cryptography", "cffi", "pycparser",
    "pillow", "charset-normalizer", "python-hwpx", "lxml",
)
FONT_LICENCE = ROOT / "packaging" / "licences" / "NanumGothic-OFL.txt"
QT_NOTICE = ROOT / "packaging" / "licences" / "Qt-PySide6-LGPL.txt"


def icons(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    image = QImage(str(ROOT / "resources" / "officer-desk.svg"))
    if image.isNull():
        raise SystemExit("build_assets: Qt could not read resources/officer-desk.svg")
    out.mkdir(parents=True, exist_ok=True)
    image.save(str(out / "officer-desk.png"), "PNG")
    # the program's icon on Windows (ico) and macOS (icns): required there, else a bonus
    needed = {"win32": "ico", "darwin": "icns"}.get(sys.platform)
    for fmt, size in (("ico", 256), ("icns", 512)):
        writer = QImageWriter(str(out / f"officer-desk.{fmt}"), fmt.encode())
        if not writer.write(image.scaled(size, size)) and fmt == needed:
            raise SystemExit(f"build_assets: could not write the {fmt} icon: "
                             f"{writer.errorString()}")


def fonts(out: Path) -> None:
    from officer_desk.fonts import has_truetype_outlines

    folders = [Path(os.environ["OFFICER_DESK_BUNDLE_FONTS"])] if os.environ.get(
        "OFFICER_DESK_BUNDLE_FONTS") else list(FONT_FOLDERS)
    for folder in folders:
        found = [folder / name for name in FONT_FILES]
        if all(p.is_file() and has_truetype_outlines(p) for p in found):
            out.mkdir(parents=True, exist_ok=True)
            for p in found:
                shutil.copyfile(p, out / p.name)
            return
    raise SystemExit(
        "build_assets: NanumGothic.ttf and NanumGothicBold.ttf were not found in "
        + ", ".join(str(f) for f in folders)
        + ". On Debian/Ubuntu: sudo apt-get install fonts-nanum (tools/ensure-system-deps "
          "does it); elsewhere put both files in a folder and set OFFICER_DESK_BUNDLE_FONTS.")


def licences(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FONT_LICENCE, out / FONT_LICENCE.name)
    shutil.copyfile(QT_NOTICE, out / QT_NOTICE.name)
    for name in ("README.txt", "LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copyfile(ROOT / "packaging" / "licences" / name, out / name)
    for name in DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        folder = out / f"{dist.metadata['Name']}-{dist.version}"
        folder.mkdir(exist_ok=True)
        meta = dist.metadata
        expression = meta.get("License-Expression") or meta.get("License") or ""
        licence = expression.splitlines()[0] if expression else "(see the files here)"
        (folder / "LICENSE-SUMMARY.txt").write_text(
            f"{meta['Name']} {dist.version}\nLicence: {licence}\n", encoding="utf-8")
        for file in dist.files or ():
            lowered = file.name.lower()
            if lowered.startswith(("licen", "copying", "notice")):
                source = Path(str(file.locate()))
                if source.is_file():
                    shutil.copyfile(source, folder / file.name)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("usage: python packaging/build_assets.py OUT")
    out = Path(argv[0])
    shutil.rmtree(out, ignore_errors=True)
    icons(out / "icons")
    fonts(out / "fonts")
    licences(out / "licences")
    print(f"build_assets: icons, fonts and licences in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
