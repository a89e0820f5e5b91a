"""Messages of briefing packs (PDF, workbook, the pack's folder)."""

from __future__ import annotations

BRIEFS: dict[str, tuple[str, str]] = {
    # what was being checked, before a briefing pack's problems are listed
    "brief.context": ("briefing pack", "업무 보고 자료"),
    "brief.out_is_file": (
        "{path} is a file; give a folder for the briefing pack",
        "{path}은(는) 파일입니다. 업무 보고 자료를 둘 폴더를 지정하십시오",
    ),
    "brief.cannot_create_folder": (
        "cannot create the folder {path}: {detail}",
        "{path} 폴더를 만들 수 없습니다: {detail}",
    ),
    "brief.cannot_write_folder": (
        "cannot write into the folder {path}: {detail}",
        "{path} 폴더에 쓸 수 없습니다: {detail}",
    ),
    "brief.not_written": (
        "the briefing pack could not be written into {path}: {detail}",
        "업무 보고 자료를 {path}에 쓰지 못했습니다: {detail}",
    ),
    "brief.exists": (
        "a briefing pack with this number and version is already in {folder}: {names}. "
        "Give another version number, or replace it.",
        "같은 번호와 버전의 업무 보고 자료가 이미 {folder}에 있습니다: {names}. 버전을 "
        "바꾸거나 기존 자료를 바꿔 쓰십시오.",
    ),
    "brief.pdf_layout": (
        "the PDF could not be laid out: {detail}",
        "PDF를 배치하지 못했습니다: {detail}",
    ),
    "brief.cannot_write_pdf": (
        "cannot write the PDF {path}: {detail}",
        "PDF {path}을(를) 쓸 수 없습니다: {detail}",
    ),
    "brief.pdf_cancelled": (
        "cancelled; no PDF was written",
        "취소했습니다. PDF를 만들지 않았습니다",
    ),
    "brief.workbook_cancelled": (
        "cancelled; no workbook was written",
        "취소했습니다. 통합문서를 만들지 않았습니다",
    ),
    "brief.cannot_write_workbook": (
        "cannot write the workbook {path}: {detail}",
        "통합문서 {path}을(를) 쓸 수 없습니다: {detail}",
    ),
}
