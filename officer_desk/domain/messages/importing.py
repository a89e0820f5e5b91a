"""Messages of importing spreadsheets and of mapping files."""

from __future__ import annotations

IMPORTING: dict[str, tuple[str, str]] = {
    "import.kind_not_importable": (
        "{kind} cannot be imported from a sheet (can: {known})",
        "{kind}은(는) 시트에서 가져올 수 없습니다(가져올 수 있는 것: {known})",
    ),
    "import.read_only": (
        "{path} is open read-only; nothing was imported",
        "{path} 파일이 읽기 전용으로 열려 있어 아무것도 가져오지 않았습니다",
    ),
    "import.rows_rejected": (
        "{rejected:,} of {total:,} rows have problems; nothing was imported. Correct them, "
        "or import the other rows and get the rejected ones in a file to correct",
        "{total:,}행 중 {rejected:,}행에 문제가 있어 아무것도 가져오지 않았습니다. 문제를 "
        "고치거나, 나머지 행만 가져오고 거부된 행은 고칠 수 있도록 파일로 받으십시오",
    ),
    "import.cancelled": (
        "import cancelled; nothing was imported",
        "가져오기를 취소했습니다. 아무것도 가져오지 않았습니다",
    ),
    "import.cannot_write_rejected": (
        "cannot write the rejected rows to {path}: {detail}",
        "거부된 행을 {path}에 쓸 수 없습니다: {detail}",
    ),
    "import.rejected_sheet": ("rejected rows", "거부된 행"),
    "mapping.cannot_read": (
        "cannot read {path}: {detail}",
        "{path} 파일을 읽을 수 없습니다: {detail}",
    ),
    "mapping.not_json": (
        "{name} is not a mapping file (not JSON: {detail})",
        "{name}은(는) 열 대응 파일이 아닙니다(JSON이 아님: {detail})",
    ),
    "mapping.wrong_format": (
        "{name} is not an Officer Desk mapping file (expected \"format\": \"{format}\")",
        "{name}은(는) Officer Desk 열 대응 파일이 아닙니다(\"format\": \"{format}\"이어야 함)",
    ),
    "mapping.other_kind": (
        "{name} is a mapping for {found}, not {kind}",
        "{name}은(는) {kind}이(가) 아니라 {found}의 열 대응 파일입니다",
    ),
    "mapping.bad_columns": (
        "{name}: \"columns\" must map headers to fields",
        "{name}: \"columns\"는 머리글과 항목의 대응이어야 합니다",
    ),
    "mapping.unknown_fields": (
        "{name}: not fields of {kind}: {bad} (fields: {fields})",
        "{name}: {kind}의 항목이 아닙니다: {bad} (항목: {fields})",
    ),
    "mapping.cannot_write": (
        "cannot write {path}: {detail}",
        "{path} 파일을 쓸 수 없습니다: {detail}",
    ),
}
