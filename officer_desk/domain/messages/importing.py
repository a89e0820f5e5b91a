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
    "import.only_xlsx_csv": (
        "{name}: can import .xlsx and .csv files only",
        "{name}: .xlsx와 .csv 파일만 가져올 수 있습니다",
    ),
    "import.old_xls": (
        "{name} is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as "
        ".xlsx (Excel Workbook) or CSV, then import that file",
        "{name}은(는) 예전 Excel 97-2003 통합문서(.xls)입니다. Excel에서 열어 .xlsx(Excel 통합 "
        "문서)나 CSV로 저장한 뒤 그 파일을 가져오세요",
    ),
    "import.hidden_rows": (
        "rows hidden in the sheet (by a filter or by hand) are imported like the others: "
        "{rows} ({count:,} in all)",
        "시트에서 숨겨진 행 {count:,}개(필터 또는 숨기기)도 다른 행처럼 가져옵니다: {rows}행",
    ),
    "import.hidden_column": (
        "the column is hidden in the sheet; it is imported like the others",
        "시트에서 숨겨진 열이지만 다른 열처럼 가져옵니다",
    ),
    "import.not_a_regular_file": (
        "{name} is {what}, not a regular file; save the sheet as an .xlsx or .csv file "
        "and import that",
        "{name}은(는) 일반 파일이 아니라 {what}입니다. 시트를 .xlsx 또는 .csv 파일로 "
        "저장해 그 파일을 가져오십시오",
    ),
    "import.special_pipe": ("a named pipe", "이름 있는 파이프"),
    "import.special_socket": ("a socket", "소켓"),
    "import.special_device": ("a device", "장치"),
    "import.csv_has_no_sheets": (
        "{name} is a CSV file; it has no sheets (leave out --sheet)",
        "{name}은(는) CSV 파일이라 시트가 없습니다 (--sheet를 빼세요)",
    ),
    "import.no_such_sheet": (
        "{name} has no sheet named {sheet!r}; its sheets: {sheets}",
        "{name}에 {sheet!r} 시트가 없습니다. 시트: {sheets}",
    ),
    "import.no_header_in_book": (
        "{name}: no visible sheet has a header row in its first {rows} rows (sheets: "
        "{sheets}){note}; the table needs a row naming its columns (e.g. 사건명, 접수일, 회사명, "
        "권리, 단계) — or give a mapping file",
        "{name}: 보이는 시트의 처음 {rows}행에 머리글 행이 없습니다 (시트: {sheets}){note}. "
        "표에는 열 이름을 적은 행(예: 사건명, 접수일, 회사명, 권리, 단계)이 있어야 합니다. 또는 "
        "매핑 파일을 주세요",
    ),
    "import.hidden_sheets": (
        "; hidden sheets are not read unless named with --sheet: {sheets}",
        ". 숨긴 시트는 --sheet로 이름을 줄 때만 읽습니다: {sheets}",
    ),
    "import.no_header": (
        "{where}: no header row found in the first {rows} rows; the table needs a row naming "
        "its columns (e.g. 사건명, 접수일, 회사명, 권리, 단계) — or give a mapping file",
        "{where}: 처음 {rows}행에서 머리글 행을 찾지 못했습니다. 표에는 열 이름을 적은 행(예: "
        "사건명, 접수일, 회사명, 권리, 단계)이 있어야 합니다. 또는 매핑 파일을 주세요",
    ),
    "import.not_text": (
        "{name} is neither UTF-8 nor CP949 (EUC-KR) text (unreadable byte at {at}); save it "
        "from Excel as UTF-8: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'",
        "{name}은(는) UTF-8도 CP949(EUC-KR)도 아닙니다 ({at}번째 바이트를 읽을 수 없음). "
        "Excel에서 파일 > 다른 이름으로 저장 > 'CSV UTF-8(쉼표로 분리)(*.csv)'로 저장하세요",
    ),
    "import.cp949_unconfirmed": (
        "{name} is not UTF-8 but reads as CP949 (Korean Windows); nothing was imported. "
        "Check the preview (--dry-run) and import it with --encoding cp949, or save it from "
        "Excel as UTF-8: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'",
        "{name}은(는) UTF-8이 아니고 CP949(한국어 Windows)로 읽힙니다. 아무것도 가져오지 "
        "않았습니다. 미리 보기(--dry-run)를 확인하고 --encoding cp949로 가져오거나, Excel에서 "
        "파일 > 다른 이름으로 저장 > 'CSV UTF-8(쉼표로 분리)(*.csv)'로 저장하세요",
    ),
    "import.read_as_cp949": (
        "read as CP949 (Korean Windows): the file is not UTF-8",
        "CP949(한국어 Windows)로 읽었습니다: 파일이 UTF-8이 아닙니다",
    ),
    "import.csv_unclosed_quote": (
        "{name}: a quote (\") opened in the row starting on line {line} is never closed, so "
        "every line after it would be read into one cell; close it (a quote inside a cell "
        "is written twice: \"\") and import again. Nothing was imported",
        "{name}: {line}행에서 시작하는 행의 따옴표(\")가 닫히지 않아 그 뒤의 모든 줄이 한 "
        "셀로 읽힙니다. 따옴표를 닫고(셀 안의 따옴표는 \"\"처럼 두 번 씁니다) 다시 "
        "가져오십시오. 아무것도 가져오지 않았습니다",
    ),
    "import.csv_text_after_quote": (
        "{name}, line {line}: a cell's closing quote (\") is followed by more text (as in "
        "\"a\"b); a quote inside a cell is written twice (\"a\"\"b\"). Nothing was imported",
        "{name} {line}행: 셀을 닫는 따옴표(\") 뒤에 글자가 더 있습니다(\"a\"b처럼). 셀 안의 "
        "따옴표는 두 번 씁니다(\"a\"\"b\"). 아무것도 가져오지 않았습니다",
    ),
    "import.bad_csv_line": (
        "{name}, line {line}: not readable as CSV ({detail})",
        "{name} {line}행: CSV로 읽을 수 없습니다 ({detail})",
    ),
    "import.not_a_workbook": (
        "{name} is not an Excel workbook that can be read ({detail}); open it in Excel and "
        "save it again as .xlsx",
        "{name}은(는) 읽을 수 있는 Excel 통합문서가 아닙니다 ({detail}). Excel에서 열어 "
        ".xlsx로 다시 저장하세요",
    ),
    "import.past_ceiling": (
        "{name}: refused, {why}; nothing was imported (a spreadsheet past its ceiling is "
        "damaged or hostile, or far larger than a register: split it)",
        "{name}: 가져오기를 거부했습니다. {why}. 아무것도 가져오지 않았습니다 (상한을 넘는 "
        "파일은 손상되었거나 악의적인 파일, 또는 지나치게 큰 파일입니다. 나누어 가져오세요)",
    ),
    # -- the plan: notes and problems of columns and rows ---------------------------------
    "plan.no_field": (
        "no field has this header; the column is ignored",
        "이 머리글에 맞는 항목이 없어 열을 무시합니다",
    ),
    "plan.field_twice": (
        "another column already gives this field; ignored",
        "같은 항목의 열이 이미 있어 무시합니다",
    ),
    "plan.same_record": (
        "the same record as row {row} (same {key}); merge the two rows",
        "{row}행과 같은 기록입니다 (같은 {key}). 두 행을 하나로 합치세요",
    ),
    "plan.ambiguous_earlier": (
        "rows {rows} have different case numbers but the title, date opened and company of "
        "one dispute imported earlier without a case number; which of them it is cannot be "
        "told: give that dispute its case number in Officer Desk, then import again",
        "{rows}행은 사건번호가 서로 다르지만, 앞서 사건번호 없이 가져온 분쟁 하나와 "
        "제목·접수일·기업이 같습니다. 어느 행이 그 분쟁인지 알 수 없으니 Officer Desk에서 그 "
        "분쟁에 사건번호를 먼저 입력한 뒤 다시 가져오세요",
    ),
    "plan.no_column": (
        "the sheet has no column for {field} (required)",
        "시트에 필수 항목 {field}의 열이 없습니다",
    ),
    "plan.no_column_any": (
        "the sheet has no column for {fields}",
        "시트에 {fields}의 열이 없습니다",
    ),
    "plan.matched_before_case_number": (
        "the dispute imported earlier without a case number (same title, date opened and "
        "company); its case number becomes {number}",
        "앞서 사건번호 없이 가져온 분쟁(제목·접수일·기업이 같음)입니다. 그 분쟁의 사건번호를 "
        "{number}(으)로 정합니다",
    ),
    "plan.bad_record_id": (
        "{value} is not an Officer Desk record id; the id column of an export names the "
        "record a row stands for (if the column holds your own numbers, rename it or map it "
        "to nothing)",
        "{value}은(는) Officer Desk 기록 ID가 아닙니다. 내보낸 파일의 id 열은 행이 가리키는 "
        "기록을 뜻합니다 (직접 붙인 번호 열이면 머리글을 바꾸거나 매핑에서 빼세요)",
    ),
    "plan.no_such_record": (
        "there is no {kind} with id {value} in this case log; an export's rows go back into "
        "the case log they came from (empty the id cell to import the row as a new record)",
        "이 기록부에 ID {value}인 {kind}이(가) 없습니다. 내보낸 행은 내보낸 기록부로만 다시 "
        "가져옵니다 (새 기록으로 가져오려면 id 칸을 비우세요)",
    ),
    "plan.other_post": (
        "the post {value} is not the record's owning post ({post}); the owning post of a "
        "record never changes",
        "공관 {value}은(는) 이 기록의 소유 공관({post})이 아닙니다. 기록의 소유 공관은 바뀌지 "
        "않습니다",
    ),
    "plan.company_id_and_name": (
        "the company named ({name}) is not the company of the id column ({value}); to move "
        "the dispute to another company, change or empty the company_id cell",
        "적힌 기업({name})이 company_id 열의 기업({value})이 아닙니다. 다른 기업으로 옮기려면 "
        "company_id 칸을 고치거나 비우세요",
    ),
    "plan.deleted_here": (
        "this record was deleted in Officer Desk; it is not imported again (restore it there "
        "first)",
        "Officer Desk에서 삭제된 기록이므로 다시 가져오지 않습니다 (먼저 복원하세요)",
    ),
    "plan.formula_without_value": (
        "{label}: the cell holds a formula without a value ({formula}); type the value itself",
        "{label}: 값이 없는 수식입니다 ({formula}); 값을 직접 입력하세요",
    ),
    "plan.error_value": (
        "{label}: the cell shows the spreadsheet error {value}",
        "{label}: 스프레드시트 오류 값({value})입니다",
    ),
    "plan.formula_text": (
        "{label}: {value} looks like a formula; formulas are not imported — type the value "
        "itself",
        "{label}: {value}은(는) 수식으로 보입니다. 수식은 가져오지 않으니 값을 직접 입력하세요",
    ),
    # -- values read from cells ---------------------------------------------------------
    "cell.date_from_number": (
        "{field}: the number {number} read as Excel's date {date}",
        "{field}: 숫자 {number}을(를) Excel 날짜 {date}(으)로 읽었습니다",
    ),
    "cell.time_left_out": (
        "{field}: {value} read as the day {date} (the time of day is not kept)",
        "{field}: {value}을(를) 날짜 {date}(으)로 읽었습니다(시각은 저장하지 않습니다)",
    ),
    "cell.two_digit_year": (
        "{field}: {value} read as {date} (a two-digit year is 20xx)",
        "{field}: {value}을(를) {date}(으)로 읽었습니다 (두 자리 연도는 20xx년)",
    ),
    "cell.amount_units": (
        "{field}: {value} read as {number}",
        "{field}: {value}을(를) {number}(으)로 읽었습니다",
    ),
    "cell.format_sign": ("the cell's format ({sign})", "셀 서식({sign})"),
    "cell.currency_conflict": (
        "{field}: {said} is in {currency} but {first} ({column}) is in {first_currency}",
        "{field}: {said}은(는) {currency}인데 {first}({column}열)은(는) {first_currency}입니다",
    ),
    "cell.currency_column_conflict": (
        "{field}: {said} is in {currency} but the {column} column says {stated}",
        "{field}: {said}은(는) {currency}인데 {column} 열은 {stated}입니다",
    ),
    "cell.currency_from_sign": (
        "{field} set to {currency} from {said} in column {column}{yen}",
        "{column}열의 {said}에 따라 {field}를 {currency}(으)로 정했습니다{yen}",
    ),
    "cell.yen_is_yen": (" (¥ is the yen at this post)", " (이 공관에서 ¥는 엔)"),
    "cell.yen_is_yuan": (" (¥ is the yuan at this post)", " (이 공관에서 ¥는 위안)"),
    "cell.unknown_company_brn": (
        "{label}: no company with registration no. {brn}; give its name to create it",
        "{label}: 사업자등록번호 {brn}인 기업이 없습니다. 새로 만들려면 기업명을 입력하세요",
    ),
    "plan.company_number_changed": (
        "'{name}' here has registration no. {has}, this row gives {brn}; a number names "
        "one company, so a row found by its name does not change it: if {brn} is another "
        "company, give the row that company's own name; to correct the number, change it "
        "in the company, or import an export of the companies (its id column names each)",
        "'{name}'의 사업자등록번호는 {has}인데 이 행에는 {brn}이(가) 적혀 있습니다. 번호 "
        "하나는 기업 하나를 가리키므로 이름으로 찾은 행으로는 바꾸지 않습니다. {brn}이(가) "
        "다른 기업이면 그 기업의 이름을 적고, 번호를 고치려면 기업 정보에서 바꾸거나 기업 "
        "내보내기 파일(ID 열이 기업을 가리킴)을 고쳐 가져오십시오",
    ),
    "cell.company_other_brn": (
        "{label}: '{name}' is the company with registration no. {has}, but this row gives "
        "{brn}; a number names one company: correct the number, or if {brn} is another "
        "company, add it first (with its own name) and import again",
        "{label}: '{name}'의 사업자등록번호는 {has}인데 이 행에는 {brn}이(가) 적혀 있습니다. "
        "번호 하나는 기업 하나를 가리키므로, 번호를 고치거나 {brn}이(가) 다른 기업이면 그 "
        "기업을 (다른 이름으로) 먼저 추가하고 다시 가져오십시오",
    ),
    "cell.company_name_shared": (
        "{label}: {count} companies here are named '{name}' ({companies}); give the "
        "registration number to say which",
        "{label}: 이 공관에 '{name}'(이)라는 기업이 {count}곳 있습니다({companies}). 어느 "
        "기업인지 사업자등록번호를 적으십시오",
    ),
    "cell.company_brn_not_stored": (
        "{label}: linked to '{name}', which has no registration number; {brn} is not "
        "stored by this import (enter it in the company)",
        "{label}: 사업자등록번호가 없는 '{name}'에 연결했습니다. {brn}은(는) 이 가져오기로 "
        "저장되지 않습니다(기업 정보에 입력하십시오)",
    ),
    "cell.company_other_name": (
        "{label}: '{name}' linked to '{title}', the company with registration no. {brn}",
        "{label}: '{name}'을(를) 사업자등록번호 {brn}인 '{title}'에 연결했습니다",
    ),
}
