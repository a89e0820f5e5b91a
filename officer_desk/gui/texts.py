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
