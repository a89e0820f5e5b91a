"""The window's own words in Korean and English.

A stand-in until Qt's translation files (``resources/*.ts``) arrive: every string the
window shows goes through ``tr``, so moving to ``QCoreApplication.translate`` later is
one change here. The language is the application's, set once with ``use_language``.
"""

from __future__ import annotations

KOREAN = {
    " — DEMO DATABASE, not for real cases": " — DEMO 데이터베이스: 실제 사건 기록 아님",
    "&About Officer Desk": "Officer Desk 정보(&A)",
    "&File": "파일(&F)",
    "&Find": "찾기(&F)",
    "&Help": "도움말(&H)",
    "&Quit": "끝내기(&Q)",
    "&Refresh": "새로 고침(&R)",
    "&View": "보기(&V)",
    "All posts": "모든 공관",
    "Closed": "종결",
    "Open": "진행 중",
    "created": "생성",
    "Dashboard": "대시보드",
    "Deadlines: overdue and next 30 days": "기한: 지난 것과 30일 이내",
    "Deleted": "삭제됨",
    "Due in 30 days": "30일 이내 기한",
    "Engagements by post": "공관별 협의",
    "History": "변경 이력",
    "Open by IP type": "권리 유형별 진행 중",
    "Open by post": "공관별 진행 중",
    "Open by technology": "기술 분야별 진행 중",
    "Open disputes": "진행 중 분쟁",
    "Overdue": "기한 지남",
    "Search (Korean or English)…": "검색 (한글 또는 영문)…",
    "Show deleted": "삭제된 기록 보기",
    "The case log of Korea's overseas patent officers.": "해외 지식재산 담당관의 사건 기록부",
    "{shown} of {total}": "{total}건 중 {shown}건",
    # record editor and list actions
    "(not in use)": "(사용 중지)",
    "a; b; c": "예: 가; 나; 다",
    "Add": "추가",
    "Cancel": "취소",
    "Close": "닫기",
    "Delete": "삭제",
    "Delete this record?": "이 기록을 삭제할까요?",
    "Deleted; restore it to edit it.": "삭제된 기록입니다. 복원한 뒤 수정할 수 있습니다.",
    "Discard your changes?": "변경 내용을 버릴까요?",
    "e.g. {example}": "예: {example}",
    "Edit": "수정",
    "Has a date": "날짜 있음",
    "name [type], one per line": "한 줄에 하나씩: 이름 [유형]",
    "New": "새로 만들기",
    "New {kind}": "새 {kind}",
    "Not saved": "저장하지 못함",
    "Read-only: {reason}": "읽기 전용: {reason}",
    "Remove": "빼기",
    "Restore": "복원",
    "Restore this record?": "이 기록을 복원할까요?",
    "Save": "저장",
    "Type to find…": "입력하여 찾기…",
    "Unsaved changes": "저장하지 않은 변경",
    "{size:,} bytes": "{size:,}바이트",
}

#: The sync menu, the merge wizard and the conflicts view.
KOREAN.update({
    "&Sync": "동기화(&S)",
    "A package signed by an unknown key is refused until you trust the key.":
        "모르는 키로 서명된 패키지는 그 키를 신뢰할 때까지 거부됩니다.",
    "Add files…": "파일 추가…",
    "Added": "추가",
    "Applied": "적용된 쪽",
    "Cancelling…": "취소하는 중…",
    "Changes since the last package": "지난 패키지 이후 변경분",
    "Checking the packages…": "패키지를 확인하는 중…",
    "Choose a folder…": "폴더를 선택하세요…",
    "Choose packages": "패키지 선택",
    "Choose…": "선택…",
    "Conflicts": "충돌",
    "Conflicts…": "충돌…",
    "Create": "만들기",
    "Create sync package": "동기화 패키지 만들기",
    "Create sync package…": "동기화 패키지 만들기…",
    "Fields": "항목",
    "File": "파일",
    "Folder": "폴더",
    "Folder for the package": "패키지를 저장할 폴더",
    "From post": "보낸 공관",
    "I compared the fingerprint with the sender": "보낸 사람과 키 지문을 대조했습니다",
    "Include the records of these posts": "다음 공관의 기록 포함",
    "Keep ours": "우리 값 유지",
    "Keep theirs": "상대 값 유지",
    "Key": "키",
    "Kind": "종류",
    "Merge": "병합",
    "Merge packages": "패키지 병합",
    "Merge packages…": "패키지 병합…",
    "Merge report": "병합 결과",
    "Merging the packages…": "패키지를 병합하는 중…",
    "Officer": "담당관",
    "Ours": "우리 값",
    "Outcome": "결과",
    "Packages to merge": "병합할 패키지",
    "Post": "공관",
    "Post: {post}\nOfficer: {officer}\nInstallation: {installation}\n\n"
    "Fingerprint:\n{fingerprint}":
        "공관: {post}\n담당관: {officer}\n설치: {installation}\n\n지문:\n{fingerprint}",
    "Preview": "미리 보기",
    "Reason": "사유",
    "Record": "기록",
    "Resolved": "해결",
    "Show resolved": "해결된 충돌 보기",
    "Signer": "서명자",
    "Signer fingerprint": "서명 키 지문",
    "The folder {folder} does not exist.": "{folder} 폴더가 없습니다.",
    "Theirs": "상대 값",
    "Trust this key": "이 키 신뢰",
    "Unchanged": "변경 없음",
    "Updated": "갱신",
    "Verify signatures and keys": "서명과 키 확인",
    "Warning: another key is trusted for this installation:":
        "주의: 이 설치에는 다른 키가 이미 신뢰되어 있습니다:",
    "What merging would do; nothing has been changed yet.":
        "병합하면 일어날 일입니다. 아직 아무것도 바뀌지 않았습니다.",
    "Whole database": "데이터베이스 전체",
    "Writing the package…": "패키지를 쓰는 중…",
    "Written: {file}\nRecords: {count}\nSigned with key: {fingerprint}":
        "저장됨: {file}\n기록 수: {count}\n서명 키: {fingerprint}",
    "already merged": "이미 병합됨",
    "cannot read the file: {error}": "파일을 읽을 수 없음: {error}",
    "changed": "바뀐 키",
    "checked": "확인됨",
    "deleted on one side": "한쪽에서 삭제됨",
    "merged": "병합됨",
    "ours": "우리 값",
    "own": "이 설치의 키",
    "refused": "거부",
    "revoked": "철회됨",
    "theirs": "상대 값",
    "trusted": "신뢰함",
    "unknown": "모르는 키",
    "{count} open": "미해결 {count}건",
    "{merged} of {total} packages merged.": "패키지 {total}개 중 {merged}개를 병합했습니다.",
})

KOREAN.update({
    "Something went wrong inside Officer Desk. Your saved records are safe.":
        "Officer Desk 내부에서 예기치 않은 문제가 발생했습니다. 저장된 기록은 안전합니다.",
    "Details are in the log file: {path}": "자세한 내용은 로그 파일에 있습니다: {path}",
    "the log could not be written: {error}": "로그를 기록하지 못했습니다: {error}",
})

#: The first-start dialog and the settings dialog.
KOREAN.update({
    "&Settings…": "설정(&S)…",
    "(not set: chosen at the next start)": "(지정 안 함: 다음 시작 때 선택)",
    "Browse…": "찾아보기…",
    "Choose the database file": "데이터베이스 파일 선택",
    "Choose the Korean font": "한글 글꼴 선택",
    "Creating the demo database…": "데모 데이터베이스를 만드는 중…",
    "Data file": "데이터 파일",
    "Database file": "데이터베이스 파일",
    "Database in use: {path}": "사용 중인 데이터베이스: {path}",
    "Empty: found automatically": "비워 두면 자동으로 찾습니다",
    "Font files (*.ttf *.ttc);;All files (*)": "글꼴 파일 (*.ttf *.ttc);;모든 파일 (*)",
    "HQ (headquarters)": "본청",
    "Korean font": "한글 글꼴",
    "Language": "언어",
    "Officer Desk databases (*.sqlite);;All files (*)":
        "Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)",
    "Officer name": "담당관 이름",
    "Post or HQ": "공관 또는 본청",
    "Say who you are and where to keep the data file. "
    "You can change the file later in the settings.":
        "담당관 정보와 데이터 파일을 저장할 위치를 정하세요. "
        "파일은 나중에 설정에서 바꿀 수 있습니다.",
    "Set up Officer Desk": "Officer Desk 설정",
    "Settings": "설정",
    "Settings could not be saved: {error}": "설정을 저장하지 못했습니다: {error}",
    "Start": "시작",
    "System": "시스템 언어",
    "The database file takes effect at the next start.":
        "데이터베이스 파일 변경은 다음 시작 때 적용됩니다.",
    "There is no database at {path}.": "{path}에 데이터베이스가 없습니다.",
    "Try the demo database instead": "대신 데모 데이터베이스 사용",
    "Choose where to keep the data file.": "데이터 파일을 저장할 위치를 정하세요.",
    "Welcome to Officer Desk": "Officer Desk에 오신 것을 환영합니다",
})

KOREAN.update({
    # list page: filters, saved views, columns
    "(no saved view)": "(저장된 보기 없음)",
    "All": "전체",
    "Delete view": "보기 삭제",
    "Filters": "필터",
    "From": "부터",
    "Name of the view:": "보기 이름:",
    "Save view": "보기 저장",
    "Save view…": "보기 저장…",
    "Saved views": "저장된 보기",
    "To": "까지",
})

_language = "ko"


def use_language(lang: str) -> None:
    global _language
    _language = "ko" if lang == "ko" else "en"


def tr(text: str) -> str:
    return KOREAN.get(text, text) if _language == "ko" else text


def current_language() -> str:
    return _language


def problem_text(error: BaseException) -> str:
    """A problem's message in the window's language (bilingual problems carry both)."""
    message = getattr(error, "message", None)
    return message(_language) if callable(message) else str(error)

KOREAN.update({
    # list page: a record's attachments and follow-ups
    "Add…": "추가…",
    "Added": "추가일",
    "Attach files": "파일 첨부",
    "Attachments ({n})": "첨부 ({n})",
    "Description": "내용",
    "Details": "상세",
    "Done": "완료",
    "Drop files here to attach them": "파일을 여기에 끌어다 놓으면 첨부됩니다",
    "Due": "기한",
    "File name": "파일명",
    "Follow-ups ({n})": "후속 조치 ({n})",
    "New follow-up": "새 후속 조치",
    "Open file": "열기",
    "Remove this item?": "이 항목을 제거할까요?",
    "Size": "크기",
    "Type": "형식",
})

KOREAN.update({
    # undo and redo (gui/undo.py) and the Edit menu
    "&Edit": "편집(&E)",
    "Create {kind} “{title}”": "{kind} “{title}” 만들기",
    "Delete {kind} “{title}”": "{kind} “{title}” 삭제",
    "Edit {kind} “{title}”": "{kind} “{title}” 수정",
    "It was changed meanwhile ({fields}).": "그사이 다른 곳에서 바뀌었습니다 ({fields}).",
    "Redo": "다시 실행",
    "Restore {kind} “{title}”": "{kind} “{title}” 복원",
    "The record was deleted meanwhile.": "그사이 기록이 삭제되었습니다.",
    "The record was restored meanwhile.": "그사이 기록이 복원되었습니다.",
    "Undo": "실행 취소",
    "“{what}” cannot be done: {reason}": "“{what}”을(를) 할 수 없습니다: {reason}",
})

KOREAN.update({
    # main window: opening a record, the dashboard, the Conflicts and Import-log pages
    "(none)": "(없음)",
    "&Finish": "마침(&F)",
    "&Next >": "다음(&N) >",
    "< &Back": "< 이전(&B)",
    "Added records": "추가",
    "Changed": "변경 시각",
    "Choose a conflict to see both values.": "충돌을 선택하면 양쪽 값을 볼 수 있습니다.",
    "Companies": "기업",
    "Conferences": "회의",
    "Days": "남은 일수",
    "Deadlines": "기한",
    "Deleted records": "삭제",
    "Disputes": "분쟁",
    "Detected": "발견 시각",
    "Due in 60 days": "60일 이내 기한",
    "Due in 90 days": "90일 이내 기한",
    "Edit the value to keep": "유지할 값 편집",
    "Edit…": "편집…",
    "Engagements held": "열린 협의",
    "Engagements": "협의",
    "Follow-ups": "후속 조치",
    "Field": "항목",
    "HQ": "본청",
    "HQ — all posts": "본청 — 모든 공관",
    "Import log": "가져오기 기록",
    "Merged by": "병합한 사람",
    "New this month": "이번 달 신규",
    "Next 30 days": "30일 이내",
    "Next 60 days": "60일 이내",
    "Next 90 days": "90일 이내",
    "Open disputes by IP type": "권리 유형별 진행 중 분쟁",
    "Open disputes by post": "공관별 진행 중 분쟁",
    "Open disputes by technology field": "기술 분야별 진행 중 분쟁",
    "Open record": "기록 열기",
    "Ours: this database ({here}) before the merge.\n"
    "Theirs: package {package} from {post}, signed by {signer}.\n"
    "The merge applied {applied}.":
        "우리 값: 병합 전 이 데이터베이스({here})의 값.\n"
        "상대 값: {post}에서 온 패키지 {package}, 서명자 {signer}.\n"
        "병합 때 적용된 쪽: {applied}.",
    "Package": "패키지",
    "Reasons": "사유",
    "Reading…": "읽는 중…",
    "Recently changed records": "최근 변경된 기록",
    "Refused rows": "거부된 행",
    "Title": "제목",
    "Trend notes": "동향",
    "The rest": "나머지",
    "The list shows only the opened record; choose “(no saved view)” to see them all.":
        "목록에 연 기록만 표시합니다. 전체를 보려면 “(저장된 보기 없음)”을 선택하세요.",
    "This record has no list to show it in.": "이 기록을 보여 줄 목록이 없습니다.",
    "Type the value to keep; it is saved as an edit of the record.":
        "유지할 값을 입력하세요. 기록의 수정으로 저장됩니다.",
    "Updated records": "갱신",
    "When": "일시",
    "deleted": "삭제됨",
    "edited": "직접 편집",
    "kept ours": "우리 값 유지",
    "kept theirs": "상대 값 유지",
    "not deleted": "삭제 안 됨",
    "today": "오늘",
    "{count} packages": "패키지 {count}개",
    "{n} days late": "{n}일 지남",
})

KOREAN.update({
    # backups and restore (gui/restore_dialog.py, gui/backup_timer.py)
    "Automatic backup failed: {problem}": "자동 백업 실패: {problem}",
    "Back up now": "지금 백업",
    "Backed up to {path}": "백업함: {path}",
    "Backing up…": "백업하는 중…",
    "Before a merge": "병합 전",
    "Before a restore": "복원 전",
    "Before an import": "가져오기 전",
    "Before an upgrade": "업그레이드 전",
    "Choose a backup to put in place of {name}. The file as it is now is backed up first, "
    "so a restore can be undone; the window reopens on the restored file.":
        "{name} 대신 쓸 백업을 고르십시오. 지금 파일을 먼저 백업하므로 복원을 되돌릴 수 "
        "있습니다. 복원한 파일로 창이 다시 열립니다.",
    "Daily": "매일",
    "Holds": "내용",
    "Made by hand": "직접 백업",
    "Records": "기록 수",
    "Replace {name} with the backup of {time} ({reason}, {records} records)? Changes made "
    "since then are set aside in a backup of the current file.":
        "{name} 파일을 {time} 백업({reason}, 기록 {records}건)으로 바꿀까요? 그 뒤의 변경 "
        "내용은 지금 파일의 백업에 따로 보관됩니다.",
    "Restore from backup": "백업에서 복원",
    "Restore from backup…": "백업에서 복원…",
    "Restore…": "복원…",
    "There are no backups of this database yet.": "이 데이터베이스의 백업이 아직 없습니다.",
    "Time": "시각",
    "When opened": "열 때",
    "no records": "기록 없음",
    "Open it read-only?": "읽기 전용으로 열까요?",
})

KOREAN.update({
    # the import wizard (gui/import_wizard.py)
    "&Import spreadsheet…": "스프레드시트 가져오기(&I)…",
    "(ignore)": "(무시)",
    "(the first sheet with a table)": "(표가 있는 첫 시트)",
    "Action": "처리",
    "An Excel workbook (.xlsx) or a CSV file (UTF-8 or CP949).":
        "Excel 통합 문서(.xlsx) 또는 CSV 파일(UTF-8 또는 CP949)",
    "Backup taken before the import: {file}": "가져오기 전 백업: {file}",
    "Check the columns": "열 확인",
    "Checking the sheet…": "시트를 확인하는 중…",
    "Choose a file…": "파일을 선택하세요…",
    "Choose the spreadsheet": "스프레드시트 선택",
    "Column": "열",
    "Created: {n}": "새로 만든 기록: {n}",
    "Each column goes to the field chosen here; columns set to “(ignore)” are left out.":
        "각 열은 여기서 고른 항목으로 들어갑니다. “(무시)”로 둔 열은 가져오지 않습니다.",
    "Example": "예시",
    "Header": "머리글",
    "Import": "가져오기",
    "Import report": "가져오기 결과",
    "Import spreadsheet": "스프레드시트 가져오기",
    "Import the valid rows and save the rejected rows to a file to correct":
        "올바른 행만 가져오고 거부된 행은 고칠 수 있도록 파일로 저장",
    "Importing…": "가져오는 중…",
    "Load mapping": "매핑 불러오기",
    "Load mapping…": "매핑 불러오기…",
    "New companies: {names}": "새로 만든 기업: {names}",
    "Nothing has been imported yet. Rows with problems are red; point at a red cell to "
    "see why.":
        "아직 아무것도 가져오지 않았습니다. 문제가 있는 행은 빨간색이며, 빨간 칸에 마우스를 "
        "올리면 이유가 보입니다.",
    "Nothing was imported.": "아무것도 가져오지 않았습니다.",
    "Problems": "문제",
    "Records of kind": "기록 종류",
    "Reading the sheet…": "시트를 읽는 중…",
    "Row": "행",
    "Save mapping": "매핑 저장",
    "Save mapping…": "매핑 저장…",
    "Sheet": "시트",
    "Spreadsheet to import": "가져올 스프레드시트",
    "The sheet could not be checked.": "시트를 확인하지 못했습니다.",
    "Unchanged: {n}": "변경 없음: {n}",
    "Updated: {n}": "갱신한 기록: {n}",
    "create": "새로 만듦",
    "rejected": "거부",
    "row {row}: {reason}": "{row}행: {reason}",
    "unchanged": "변경 없음",
    "update": "갱신",
    "{create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected; "
    "{companies} new companies.":
        "새로 만들 기록 {create}건, 갱신할 기록 {update}건, 변경 없음 {unchanged}건, "
        "거부 {rejected}건; 새 기업 {companies}곳",
    "{n} rejected rows were saved to {file}; correct them there and import that file.":
        "거부된 행 {n}개를 {file}에 저장했습니다. 그 파일에서 고친 뒤 다시 가져오세요.",
})

KOREAN.update({
    # the briefing pack dialog (gui/brief_dialog.py)
    "Brief number": "보고 번호",
    "Briefing pack": "업무 보고 자료",
    "Briefing pack…": "업무 보고 자료…",
    "Cancelled; nothing was written.": "취소했습니다. 아무것도 쓰지 않았습니다.",
    "Conference": "회의",
    "Distribution": "배포처",
    "Edition": "배포 구분",
    "Edition and form": "배포 구분과 형식",
    "Files": "파일",
    "Folder for the briefing pack": "업무 보고 자료를 저장할 폴더",
    "Internal (HQ): everything, marked internal": "내부용(본청): 전체 포함, 대외비 표시",
    "Open the folder when done": "끝나면 폴더 열기",
    "Period": "기간",
    "Posts (none ticked: all)": "공관 (선택 없음: 전체)",
    "Records (none ticked: all)": "기록 종류 (선택 없음: 전체)",
    "Stakeholders: no internal records, companies anonymised":
        "대외 배포용: 대외비 기록 제외, 기업명 익명 처리",
    "Tags": "태그",
    "Technology fields (none ticked: all)": "기술 분야 (선택 없음: 전체)",
    "Tick PDF, Excel or both.": "PDF, Excel 중 하나 이상을 선택하세요.",
    "Version": "버전",
    "What goes in": "포함할 내용",
    "Write pack": "자료 만들기",
    "Writing the briefing pack…": "업무 보고 자료를 만드는 중…",
    "Written to {folder}: {files} and manifest.json":
        "{folder}에 저장했습니다: {files}, manifest.json",
    "tag, tag, …": "태그, 태그, …",
})

KOREAN.update({
    # list page: searching off the GUI thread, the Links tab; editor: inline new company
    "Action items carried over": "이월된 조치 사항",
    "Action items raised": "이 회의의 조치 사항",
    "Agenda": "안건",
    "Attach {n} files": "파일 {n}개 첨부",
    "Date / state": "날짜 / 상태",
    "Disputes at every post": "모든 공관의 분쟁",
    "Engagements naming it": "이 기업이 언급된 협의",
    "Links": "연결",
    "Links ({n})": "연결 ({n})",
    "New company “{name}”…": "새 기업 “{name}”…",
    "On the agenda of": "보고된 회의",
    "Searching…": "검색 중…",
    "The same company at other posts": "다른 공관의 같은 기업",
})
