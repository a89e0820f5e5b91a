"""Writing a pack: stable names, the manifest, all-or-nothing, progress and cancel."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from brief_fixture import GENERATED_AT

from officer_desk.briefs import pack as pack_module
from officer_desk.briefs.pack import file_name, parse_formats, write_pack
from officer_desk.briefs.selection import BriefSelection
from officer_desk.domain.errors import Cancelled, OfficerDeskError, ValidationError


def selection(brief, **extra: object) -> BriefSelection:
    return BriefSelection(conference_id=brief.ids["k_current"], brief_number="2026-2",
                          version="3", **extra)


def test_pack_files_and_manifest(brief, tmp_path):
    out = tmp_path / "new" / "folder"
    result = write_pack(brief.desk, selection(brief, edition="stakeholder", lang="en"), out,
                        today=brief.today, generated_at=GENERATED_AT)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["brief-2026-2-v3-stakeholder-en.manifest.json",
                     "brief-2026-2-v3-stakeholder-en.pdf", "brief-2026-2-v3-stakeholder-en.xlsx"]
    assert result.manifest == out / "brief-2026-2-v3-stakeholder-en.manifest.json"
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["edition"] == "stakeholder" and manifest["lang"] == "en"
    assert manifest["generated_at"] == "2026-04-15T09:30:00+00:00"
    assert manifest["selection"]["conference_id"] == brief.ids["k_current"]
    assert manifest["period"] == {"from": "2026-01-21", "to": "2026-04-20"}
    assert manifest["counts"] == result.counts
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        assert entry["size"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert [f.format for f in result.files] == ["pdf", "xlsx"]


def test_one_format_only(brief, tmp_path):
    out = tmp_path / "out"
    result = write_pack(brief.desk, selection(brief), out, formats="xlsx", today=brief.today)
    assert [f.path.name for f in result.files] == ["brief-2026-2-v3-internal-ko.xlsx"]
    assert sorted(p.name for p in out.iterdir()) == [
        "brief-2026-2-v3-internal-ko.manifest.json", "brief-2026-2-v3-internal-ko.xlsx"]


def test_formats_are_checked():
    assert parse_formats("XLSX, pdf") == ("pdf", "xlsx")
    with pytest.raises(ValidationError, match="not docx"):
        parse_formats("pdf,docx")
    with pytest.raises(ValidationError, match="not nothing"):
        parse_formats(" , ")


def test_file_names_are_stable():
    s = BriefSelection(brief_number="7", version="1.2", edition="stakeholder", lang="en")
    assert file_name(s, "pdf") == "brief-7-v1.2-stakeholder-en.pdf"


def test_output_must_be_a_folder(brief, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(OfficerDeskError, match="is a file"):
        write_pack(brief.desk, selection(brief), target)


def test_progress_only_moves_forward_to_the_end(brief, tmp_path):
    seen: list[tuple[int, int]] = []
    write_pack(brief.desk, selection(brief), tmp_path / "out",
               progress=lambda d, t: seen.append((d, t)), today=brief.today)
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1] == (100, 100) and len(seen) > 5


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_cancel_leaves_the_folder_as_it_was(brief, tmp_path):
    out = tmp_path / "out"
    write_pack(brief.desk, selection(brief), out, today=brief.today)
    before = _snapshot(out)
    calls = {"n": 0}

    def cancel_in_xlsx() -> bool:
        calls["n"] += 1
        return calls["n"] > 30  # well into the pack, after the PDF

    with pytest.raises(Cancelled):
        write_pack(brief.desk, selection(brief, distribution="changed"), out,
                   cancel=cancel_in_xlsx, today=brief.today, replace=True)
    assert _snapshot(out) == before


def test_cancel_before_anything_is_rendered(brief, tmp_path):
    with pytest.raises(Cancelled):
        write_pack(brief.desk, selection(brief), tmp_path / "out", cancel=lambda: True)
    assert not (tmp_path / "out").exists()


def test_a_failing_renderer_leaves_nothing_half_written(brief, tmp_path, monkeypatch):
    real = pack_module._renderer

    def failing(fmt: str):
        if fmt == "xlsx":
            def broken(*_args, **_kwargs):
                raise OfficerDeskError("disk full")
            return broken
        return real(fmt)

    monkeypatch.setattr(pack_module, "_renderer", failing)
    with pytest.raises(OfficerDeskError, match="disk full"):
        write_pack(brief.desk, selection(brief), tmp_path / "out", today=brief.today)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_bad_selection_writes_nothing(brief, tmp_path):
    with pytest.raises(ValidationError, match="unknown post"):
        write_pack(brief.desk, BriefSelection(posts=("XX",)), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_folder_that_cannot_be_made(brief, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OfficerDeskError, match="cannot create the folder"):
        write_pack(brief.desk, selection(brief), tmp_path / "file" / "sub", today=brief.today)


def test_a_full_disk_is_a_clear_problem(brief, tmp_path, monkeypatch):
    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pack_module, "_renderer", lambda fmt: no_space)
    with pytest.raises(OfficerDeskError, match=r"could not be written .*No space left"):
        write_pack(brief.desk, selection(brief), tmp_path / "out", today=brief.today)
    assert list((tmp_path / "out").iterdir()) == []


def test_the_content_is_out_of_the_collectors_sight_only_while_files_are_written(
        brief, tmp_path, monkeypatch):
    """While the files are written the content is frozen (``gc.freeze``: collections do
    not walk it again and again); afterwards, written or cancelled, the collector sees
    everything again."""
    import gc

    frozen: list[int] = []
    real = pack_module._renderer

    def renderer(fmt: str):
        render = real(fmt)

        def watched(*args, **kwargs):
            frozen.append(gc.get_freeze_count())
            return render(*args, **kwargs)
        return watched

    monkeypatch.setattr(pack_module, "_renderer", renderer)
    assert gc.get_freeze_count() == 0
    write_pack(brief.desk, selection(brief), tmp_path / "a", today=brief.today)
    assert len(frozen) == 2 and all(n > 0 for n in frozen)
    assert gc.get_freeze_count() == 0
    with pytest.raises(Cancelled):
        write_pack(brief.desk, selection(brief), tmp_path / "b", today=brief.today,
                   cancel=lambda: bool(frozen[2:]))
    assert gc.get_freeze_count() == 0


def test_a_pack_written_by_a_worker_thread_collects_nothing_there(brief, tmp_path,
                                                                  monkeypatch):
    """The window writes a pack in a worker thread; a collection there could destroy a
    Qt object of the GUI thread and crash the window (seen: a segmentation fault in
    ``gc.collect`` during the GUI tests). Only the main thread collects."""
    import gc
    import threading

    collected_in: list[str] = []
    real_collect = gc.collect

    def collect(*args: object) -> int:
        collected_in.append(threading.current_thread().name)
        return real_collect(*args)

    monkeypatch.setattr(pack_module.gc, "collect", collect)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            write_pack(brief.desk, selection(brief), tmp_path / "worker",
                       formats="xlsx", today=brief.today)
        except BaseException as e:  # handed to the test's thread
            failures.append(e)

    worker = threading.Thread(target=work, name="pack-worker")
    worker.start()
    worker.join()
    assert not failures
    assert (tmp_path / "worker" / "brief-2026-2-v3-internal-ko.xlsx").exists()
    assert "pack-worker" not in collected_in
    write_pack(brief.desk, selection(brief), tmp_path / "main", formats="xlsx",
               today=brief.today)
    assert collected_in == [threading.main_thread().name]
