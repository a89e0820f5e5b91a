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
    # advice closing a refused stakeholder edition (``briefs.guard.LeakRefused``)
    "brief.leak_advice": (
        "Rewrite that text or mark its record internal, or record the company's agreement "
        "to be named, then write it again.",
        "해당 글을 고쳐 쓰거나 기록을 대외비로 표시하거나, 기업의 공개 동의를 기록한 뒤 다시 "
        "만드십시오.",
    ),
    # a tag chosen for the pack names a protected company: the edition prints its selection
    "brief.leak_tag_advice": (
        "The tag {tags} chosen for this pack (--tags, or the Tags box of the dialog) names a "
        "company that has not agreed to be named, and the stakeholder edition prints the "
        "tags it was chosen by (cover, About sheet, manifest). Write the stakeholder edition "
        "without that tag (choose the records by post, period or technology field instead), "
        "or rename the tag on its records to one that does not name the company (the tag "
        "column of the records; the internal edition can keep using it).",
        "이 자료를 고른 태그 {tags}이(가) 기업명 공개에 동의하지 않은 기업을 가리킵니다. 대외 "
        "배포용 자료에는 자료를 고른 태그가 인쇄됩니다(표지, 정보 시트, 매니페스트). 그 태그를 "
        "빼고(--tags 또는 대화상자의 태그 칸) 공관·기간·기술 분야로 기록을 골라 만들거나, 해당 "
        "기록의 태그를 기업을 가리키지 않는 이름으로 바꾸십시오(내부용 자료에서는 그대로 써도 "
        "됩니다).",
    ),
    # the distribution given for the pack names a protected company
    "brief.leak_distribution_advice": (
        "The distribution given for this pack (--distribution, or the Distribution box of "
        "the dialog) names a company that has not agreed to be named: the stakeholder "
        "edition prints it on the cover. Describe the recipients without naming it.",
        "이 자료의 배포처(--distribution 또는 대화상자의 배포처 칸)가 기업명 공개에 동의하지 "
        "않은 기업을 가리킵니다. 대외 배포용 자료는 배포처를 표지에 인쇄하므로, 기업을 "
        "밝히지 않는 말로 배포처를 적으십시오.",
    ),
    "brief.cannot_write_workbook": (
        "cannot write the workbook {path}: {detail}",
        "통합문서 {path}을(를) 쓸 수 없습니다: {detail}",
    ),
}
