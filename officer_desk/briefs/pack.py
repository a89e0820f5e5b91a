"""A briefing pack on disk: the PDF, the workbook, the 한글 (HWPX) document and its manifest.

``write_pack`` builds the content once, renders each format into a temporary folder
inside the output folder, and only when every file is done moves them into place and
writes the manifest last. A failure or a cancel leaves the output folder as it was
(files of an earlier pack with the same names included). A pack with the same number
and version already in the folder is replaced only when asked to.

File names are stable, so that the same selection lands on the same names:
``brief-<number>-v<version>-<edition>-<lang>.pdf`` (and ``.xlsx``, ``.hwpx``,
``.manifest.json``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from officer_desk import __version__
from officer_desk.briefs.content import BriefContent, build_content
from officer_desk.briefs.guard import check_before_writing
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.errors import Cancelled, FieldError, OfficerDeskError, ValidationError
from officer_desk.domain.messages import reason, say
from officer_desk.domain.nested_strings import strings_in
from officer_desk.services.desk import Desk

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

FORMATS = ("pdf", "xlsx", "hwpx")
#: what a pack holds when no format is named (the 한글 document is asked for)
DEFAULT_FORMATS = ("pdf", "xlsx")
MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1

@dataclass(frozen=True)
class PackFile:
    path: Path
    format: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PackResult:
    out_dir: Path
    files: tuple[PackFile, ...]
    manifest: Path
    content: BriefContent

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.content.counts)


def parse_formats(value: str | Sequence[str]) -> tuple[str, ...]:
    """``"pdf,xlsx"`` or ``["xlsx"]`` -> the formats in pack order; ValidationError if bad."""
    items = value.split(",") if isinstance(value, str) else list(value)
    wanted = [str(v).strip().lower() for v in items if str(v).strip()]
    unknown = [v for v in wanted if v not in FORMATS]
    if unknown or not wanted:
        raise ValidationError([FieldError(
            "format", "bad_selection",
            "format must be one or more of pdf, xlsx, hwpx (e.g. pdf,xlsx,hwpx), not "
            f"{','.join(unknown) or 'nothing'}",
            "형식은 pdf, xlsx, hwpx 중 하나 이상이어야 합니다(예: pdf,xlsx,hwpx): "
            f"{','.join(unknown) or '없음'}",
        )], context=say("brief.context"))
    return tuple(f for f in FORMATS if f in wanted)


def file_name(selection: BriefSelection, fmt: str) -> str:
    return (f"brief-{selection.brief_number}-v{selection.version}-{selection.edition}-"
            f"{selection.lang}.{fmt}")


def manifest_name(selection: BriefSelection) -> str:
    """``brief-<number>-v<version>-<edition>-<lang>.manifest.json``: one per pack, so that
    packs in one folder never replace each other's manifest."""
    return file_name(selection, MANIFEST)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _renderer(fmt: str) -> Callable[..., Path]:
    # imported here: each pulls in its library (reportlab, openpyxl, python-hwpx) only
    # when needed
    if fmt == "pdf":
        from officer_desk.briefs.pdf import render_pdf

        return render_pdf
    if fmt == "hwpx":
        from officer_desk.briefs.hwpx_brief import render_hwpx

        return render_hwpx
    from officer_desk.briefs.xlsx import render_xlsx

    return render_xlsx


def _check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise OfficerDeskError(say("brief.out_is_file", path=out))


def _make_out_dir(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OfficerDeskError(say("brief.cannot_create_folder", path=out,
                                   detail=reason(e))) from e
    return out


def manifest_data(content: BriefContent, files: Sequence[PackFile]) -> dict[str, Any]:
    """What the manifest holds: nothing the edition does not print itself."""
    control = content.control
    return {
        "format": MANIFEST_FORMAT,
        "generator": f"Officer Desk {__version__}",
        "generated_at": control.generated_at.isoformat(),
        "title": control.title,
        "edition": content.edition,
        "marking": control.marking,
        "lang": content.lang,
        "brief_number": control.brief_number,
        "version": control.version,
        "period": {
            "from": control.period_from.isoformat() if control.period_from else None,
            "to": control.period_to.isoformat() if control.period_to else None,
        },
        "selection": content.selection.as_dict(),
        "counts": dict(content.counts),
        "files": [{"name": f.path.name, "format": f.format, "size": f.size,
                   "sha256": f.sha256} for f in files],
    }


class PackExists(OfficerDeskError):
    """Files of a pack with the same number, version, edition and language are already in
    the folder: they are replaced only when asked to (``replace=True``)."""

    def __init__(self, existing: Sequence[Path]):
        self.existing = tuple(existing)
        names = ", ".join(p.name for p in self.existing)
        folder = self.existing[0].parent if self.existing else ""
        super().__init__(say("brief.exists", folder=folder, names=names))


def pack_files(selection: BriefSelection, formats: Sequence[str]) -> tuple[str, ...]:
    """The names of the files a pack writes (its manifest last)."""
    return (*(file_name(selection, f) for f in parse_formats(formats)),
            manifest_name(selection))


def existing_files(selection: BriefSelection, out_dir: str | Path,
                   formats: Sequence[str] = FORMATS) -> list[Path]:
    """The pack's files that are already in ``out_dir``."""
    out = Path(out_dir)
    return [out / name for name in pack_files(selection, formats) if (out / name).exists()]


#: Shares of the progress bar: reading the records and making the content, then each
#: format (laying out the PDF's pages, writing the workbook's rows).
_SHARE = {"content": 30, "pdf": 40, "xlsx": 30, "hwpx": 40}


def write_pack(
    desk: Desk,
    selection: BriefSelection,
    out_dir: str | Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: dt.date | None = None,
    generated_at: dt.datetime | None = None,
    replace: bool = False,
    content: BriefContent | None = None,
) -> PackResult:
    """Write the pack for ``selection`` into ``out_dir`` (created if missing).

    Files of a pack with the same number, version, edition and language already in the
    folder are refused (``PackExists``) unless ``replace``. ``content``: the content
    already built for this selection (by ``plan_pack``), so that it is not read twice.
    """
    formats = parse_formats(formats)
    out = Path(out_dir)
    _check_out_dir(out)
    existing = existing_files(selection, out, formats)
    if existing and not replace:
        raise PackExists(existing)
    if content is not None and content.selection != selection:
        raise ValueError("the content was built for another selection")
    total = sum(_SHARE[f] for f in ("content", *formats))
    done = 0
    shown = -1

    def report(step_done: int = 0, step_total: int = 1, step: str = "content") -> None:
        # renderers may count a second pass from zero: the bar only moves forward
        nonlocal shown
        share = _SHARE[step] * min(step_done, step_total) // max(step_total, 1)
        value = min(done + share, total)
        if progress is not None and value > shown:
            shown = value
            progress(value, total)

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled("cancelled; no briefing pack was written",
                            ko="취소했습니다. 업무 보고 자료를 쓰지 않았습니다")

    report()
    if content is None:
        content = build_content(desk, selection, today=today, generated_at=generated_at,
                                progress=report, cancel=cancel)
    check_before_writing(content)  # a stakeholder edition that would leak: nothing written
    done += _SHARE["content"]
    report()
    check()
    _make_out_dir(out)
    try:
        work = Path(tempfile.mkdtemp(prefix=".brief-", dir=out))
    except OSError as e:
        raise OfficerDeskError(say("brief.cannot_write_folder", path=out,
                                   detail=reason(e))) from e
    # The content (a year's pack: a million objects) lives until the files are written:
    # out of the cyclic collector's sight meanwhile, each collection would otherwise walk
    # it again (a third of the PDF's time, and the window's collector stutters). What
    # reading the records left behind is collected first, or it would stay until the end.
    # Only on the main thread: in the window the pack is written by a worker thread, and
    # a collection there could destroy a Qt object of the GUI thread, which crashes the
    # process (``gui.collector`` collects on the GUI thread; what is left is frozen with
    # the content and collected there after the files are written).
    if threading.current_thread() is threading.main_thread():
        gc.collect()
    gc.freeze()
    try:
        written: list[tuple[str, Path]] = []
        for fmt in formats:
            target = work / file_name(selection, fmt)

            def step_progress(n: int, of: int, _fmt: str = fmt) -> None:
                report(n, of, _fmt)

            try:
                _renderer(fmt)(content, target, progress=step_progress, cancel=cancel)
            except OfficerDeskError:
                check()  # a renderer's own "cancelled" becomes the pack's
                raise
            done += _SHARE[fmt]
            report()
            check()
            written.append((fmt, target))
        files = [PackFile(out / path.name, fmt, path.stat().st_size, _sha256(path))
                 for fmt, path in written]
        data = manifest_data(content, files)
        check_before_writing(content, ((MANIFEST, text) for text in strings_in(data)))
        name = manifest_name(selection)
        part = work / name
        part.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for _fmt, path in written:
            os.replace(path, out / path.name)
        manifest = out / name
        os.replace(part, manifest)
    except OSError as e:
        raise OfficerDeskError(
            say("brief.not_written", path=out, detail=reason(e))) from e
    finally:
        gc.unfreeze()
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
    report()
    return PackResult(out_dir=out, files=tuple(files), manifest=manifest, content=content)
