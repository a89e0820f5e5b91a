"""Messages about the briefing pack's 한글 (HWPX) document."""

from __future__ import annotations

HWPX: dict[str, tuple[str, str]] = {
    "hwpx.cannot_write": (
        "cannot write the HWPX document {path}: {detail}",
        "한글(HWPX) 문서 {path}을(를) 쓸 수 없습니다: {detail}",
    ),
    "hwpx.cancelled": (
        "cancelled; no HWPX document was written",
        "취소했습니다. 한글(HWPX) 문서를 만들지 않았습니다",
    ),
    "hwpx.invalid": (
        "the HWPX document did not pass python-hwpx's validation, so it was not written: "
        "{detail}",
        "한글(HWPX) 문서가 python-hwpx 검증을 통과하지 못해 쓰지 않았습니다: {detail}",
    ),
    "hwpx.library_failed": (
        "the HWPX library (python-hwpx) could not build the document: {detail}",
        "한글(HWPX) 라이브러리(python-hwpx)가 문서를 만들지 못했습니다: {detail}",
    ),
}
