<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>amount_input</name>
        <message>
            <location filename="../officer_desk/gui/amount_input.py" />
            <source>e.g. {example}</source>
            <translation>예: {example}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/amount_input.py" />
            <source>{label}: write the number alone ({number:,}) and choose {code} under Currency.</source>
            <translation>{label}: 숫자만 적고({number:,}) 통화에서 {code}을(를) 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>backup_menu</name>
        <message>
            <location filename="../officer_desk/gui/backup_menu.py" />
            <source>Back up now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_menu.py" />
            <source>Restore from backup…</source>
            <translation>백업에서 복원…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_menu.py" />
            <source>Backing up…</source>
            <translation>백업하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_menu.py" />
            <source>Backed up to {path}</source>
            <translation>백업함: {path}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_menu.py" />
            <source>Checking the backups…</source>
            <translation>백업을 확인하는 중…</translation>
        </message>
    </context>
    <context>
        <name>backup_timer</name>
        <message>
            <location filename="../officer_desk/gui/backup_timer.py" />
            <source>Automatic backup failed: {problem}</source>
            <translation>자동 백업 실패: {problem}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_timer.py" />
            <source>Backed up to {path}</source>
            <translation>백업함: {path}</translation>
        </message>
    </context>
    <context>
        <name>brief_dialog</name>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Folder for the briefing pack</source>
            <translation>업무 보고 자료를 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Briefing pack</source>
            <translation>업무 보고 자료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>tag, tag, …</source>
            <translation>태그, 태그, …</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Internal (HQ): everything, marked internal</source>
            <translation>내부용(본청): 전체 포함, 대외비 표시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Stakeholders: no internal records, companies anonymised</source>
            <translation>대외 배포용: 대외비 기록 제외, 기업명 익명 처리</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Hangul (HWPX)</source>
            <translation>한글 (HWPX)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>An editable 한글 document with the PDF's content</source>
            <translation>PDF와 같은 내용을 고칠 수 있는 한글 문서</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Choose a folder…</source>
            <translation>폴더를 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Open the folder when done</source>
            <translation>끝나면 폴더 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>What goes in</source>
            <translation>포함할 내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Conference</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Posts (none ticked: all)</source>
            <translation>공관 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Records (none ticked: all)</source>
            <translation>기록 종류 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Technology fields (none ticked: all)</source>
            <translation>기술 분야 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Edition and form</source>
            <translation>배포 구분과 형식</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Edition</source>
            <translation>배포 구분</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Brief number</source>
            <translation>보고 번호</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Distribution</source>
            <translation>배포처</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Files</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Write pack</source>
            <translation>자료 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Tick PDF, Excel, HWPX or more than one.</source>
            <translation>PDF, Excel, HWPX 중 하나 이상을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Reading the records…</source>
            <translation>기록을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Write this pack?</source>
            <translation>이대로 자료를 만들까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Write this pack, replacing the files of the same number and version?</source>
            <translation>같은 번호와 버전의 파일을 바꿔 쓰고 자료를 만들까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Nothing was written.</source>
            <translation>아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Writing the briefing pack…</source>
            <translation>업무 보고 자료를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Written to {folder}: {files} and {manifest}</source>
            <translation>{folder}에 저장했습니다: {files}, {manifest}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" />
            <source>Cancelled; nothing was written.</source>
            <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>calendar_keeper</name>
        <message>
            <location filename="../officer_desk/gui/calendar_keeper.py" />
            <source>The calendar file was not written: the program could not be started ({detail}).</source>
            <translation>일정 파일을 쓰지 못했습니다: 프로그램을 시작할 수 없었습니다({detail}).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/calendar_keeper.py" />
            <source>The calendar file was not written: the program stopped ({detail}).</source>
            <translation>일정 파일을 쓰지 못했습니다: 프로그램이 멈췄습니다({detail}).</translation>
        </message>
    </context>
    <context>
        <name>calendar_menu</name>
        <message>
            <location filename="../officer_desk/gui/calendar_menu.py" />
            <source>Export deadlines to calendar</source>
            <translation>기한을 일정 파일로 내보내기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/calendar_menu.py" />
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 파일 (*.ics)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/calendar_menu.py" />
            <source>Exporting deadlines…</source>
            <translation>기한을 내보내는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/calendar_menu.py" />
            <source>Export deadlines to calendar…</source>
            <translation>기한을 일정 파일로 내보내기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/calendar_menu.py" />
            <source>Keep the calendar file up to date</source>
            <translation>일정 파일을 계속 최신으로 유지</translation>
        </message>
    </context>
    <context>
        <name>conflicts_page</name>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Edit the value to keep</source>
            <translation>유지할 값 편집</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Ours</source>
            <translation>우리 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Theirs</source>
            <translation>상대 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Type the value to keep; it is saved as an edit of the record.</source>
            <translation>유지할 값을 입력하세요. 기록의 수정으로 저장됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Some values are now shown as they will be stored, with what changed under them. Check them and save again.</source>
            <translation>일부 값을 저장될 값으로 보여 드립니다. 무엇이 바뀌었는지는 각 항목 아래에 있습니다. 확인하고 다시 저장하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Fields</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Applied</source>
            <translation>적용된 쪽</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>From post</source>
            <translation>보낸 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Package</source>
            <translation>패키지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Signer</source>
            <translation>서명자</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Detected</source>
            <translation>발견 시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Resolved</source>
            <translation>해결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>ours</source>
            <translation>우리 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>theirs</source>
            <translation>상대 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>kept ours</source>
            <translation>우리 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>kept theirs</source>
            <translation>상대 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>edited</source>
            <translation>직접 편집</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>superseded</source>
            <translation>나중 변경으로 대체됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>same value</source>
            <translation>같은 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Show resolved</source>
            <translation>해결된 충돌 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Keep ours</source>
            <translation>우리 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Keep theirs</source>
            <translation>상대 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Edit…</source>
            <translation>편집…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Open record</source>
            <translation>기록 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>deleted on one side</source>
            <translation>한쪽에서 삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>{count} open</source>
            <translation>미해결 {count}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Choose a conflict to see both values.</source>
            <translation>충돌을 선택하면 양쪽 값을 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>HQ</source>
            <translation>본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Ours: this database ({here}) before the merge.
Theirs: package {package} from {post}, signed by {signer}.
The merge applied {applied}.</source>
            <translation>우리 값: 병합 전 이 데이터베이스({here})의 값.
상대 값: {post}에서 온 패키지 {package}, 서명자 {signer}.
병합 때 적용된 쪽: {applied}.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>not deleted</source>
            <translation>삭제 안 됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" />
            <source>{problem}

Replace the current value anyway?</source>
            <translation>{problem}

그래도 현재 값을 바꾸시겠습니까?</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../officer_desk/gui/crash.py" />
            <source>the log could not be written: {error}</source>
            <translation>로그를 기록하지 못했습니다: {error}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/crash.py" />
            <source>Something went wrong inside Officer Desk. Your saved records are safe.</source>
            <translation>Officer Desk 내부에서 예기치 않은 문제가 발생했습니다. 저장된 기록은 안전합니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/crash.py" />
            <source>Details are in the log file: {path}</source>
            <translation>자세한 내용은 로그 파일에 있습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>dashboard_data</name>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Next 30 days</source>
            <translation>30일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Next 60 days</source>
            <translation>60일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Next 90 days</source>
            <translation>90일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Open disputes by post</source>
            <translation>공관별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Open disputes by IP type</source>
            <translation>권리 유형별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Open disputes by technology field</source>
            <translation>기술 분야별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_data.py" />
            <source>Engagements by post</source>
            <translation>공관별 협의</translation>
        </message>
    </context>
    <context>
        <name>dashboard_deadlines</name>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Show all in Follow-ups</source>
            <translation>후속 조치에서 모두 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>The Follow-ups to-do list, filtered the same way</source>
            <translation>같은 조건으로 거른 후속 조치 할 일 목록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Days</source>
            <translation>남은 일수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Deadlines</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>{shown} of {total}</source>
            <translation>{total}건 중 {shown}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>No deadlines yet: this case log has no records. Add one, import a spreadsheet, or try the demo database.</source>
            <translation>아직 기한이 없습니다. 이 사건 기록부에 기록이 없습니다. 기록을 추가하거나 스프레드시트를 가져오거나 데모 데이터베이스를 써 보십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Nothing overdue.</source>
            <translation>기한이 지난 항목이 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_deadlines.py" />
            <source>Nothing due in the next {n} days. Add a follow-up in a record's Follow-ups tab, or choose a longer period.</source>
            <translation>앞으로 {n}일 안에 기한이 없습니다. 기록의 후속 조치 탭에서 후속 조치를 추가하거나 더 긴 기간을 고르십시오.</translation>
        </message>
    </context>
    <context>
        <name>dashboard_page</name>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Dashboard</source>
            <translation>대시보드</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Changed</source>
            <translation>변경 시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Recently changed records</source>
            <translation>최근 변경된 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Reading…</source>
            <translation>읽는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>HQ — all posts</source>
            <translation>본청 — 모든 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>The rest</source>
            <translation>나머지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
    </context>
    <context>
        <name>dashboard_tiles</name>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Open disputes</source>
            <translation>진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>New this month</source>
            <translation>이번 달 신규</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Due in 30 days</source>
            <translation>30일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Due in 60 days</source>
            <translation>60일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Due in 90 days</source>
            <translation>90일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_tiles.py" />
            <source>Engagements held</source>
            <translation>개최된 협의</translation>
        </message>
    </context>
    <context>
        <name>date_field</name>
        <message>
            <location filename="../officer_desk/gui/date_field.py" />
            <source>e.g. {example}</source>
            <translation>예: {example}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/date_field.py" />
            <source>2024-03-01, 2024.3.1, 24.3.1, 20240301 or 2024년 3월 1일 (Alt+Down: calendar)</source>
            <translation>2024-03-01, 2024.3.1, 24.3.1, 20240301 또는 2024년 3월 1일 (Alt+아래 화살표: 달력)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/date_field.py" />
            <source>Choose from a calendar</source>
            <translation>달력에서 고르기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/date_field.py" />
            <source>not a date</source>
            <translation>날짜가 아님</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/date_field.py" />
            <source>no such day</source>
            <translation>없는 날짜</translation>
        </message>
    </context>
    <context>
        <name>detail_tabs</name>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Details</source>
            <translation>상세</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Attachments ({n})</source>
            <translation>첨부 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Follow-ups ({n})</source>
            <translation>후속 조치 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Links ({n})</source>
            <translation>연결 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Links</source>
            <translation>연결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/detail_tabs.py" />
            <source>History</source>
            <translation>변경 이력</translation>
        </message>
    </context>
    <context>
        <name>edit_clash</name>
        <message>
            <location filename="../officer_desk/gui/edit_clash.py" />
            <source>Changed in another window since you opened this record; it now holds: {value}. Save again to replace it with what you typed.</source>
            <translation>이 기록을 연 뒤 다른 창에서 바뀌었습니다. 지금 값: {value}. 입력한 내용으로 바꾸려면 다시 저장하세요.</translation>
        </message>
    </context>
    <context>
        <name>editor</name>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>New {kind}</source>
            <translation>새 {kind}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Read-only: this case log is open read-only, so nothing can be saved.</source>
            <translation>읽기 전용: 이 사건 기록부는 읽기 전용으로 열려 있어 저장할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Read-only: {reason}</source>
            <translation>읽기 전용: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Deleted; restore it to edit it.</source>
            <translation>삭제된 기록입니다. 복원한 뒤 수정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Not saved</source>
            <translation>저장하지 못함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>This record was deleted in another window after you opened it, so nothing was saved. Tick “Show deleted” in the list, restore it, then edit it again.</source>
            <translation>이 기록을 연 뒤 다른 창에서 삭제되어 아무것도 저장하지 않았습니다. 목록에서 “삭제된 기록 보기”를 선택해 복원한 뒤 다시 편집하세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버릴까요?</translation>
        </message>
    </context>
    <context>
        <name>editor_feedback</name>
        <message>
            <location filename="../officer_desk/gui/editor_feedback.py" />
            <source>Some values are now shown as they will be stored, with what changed under them. Check them and save again.</source>
            <translation>일부 값을 저장될 값으로 보여 드립니다. 무엇이 바뀌었는지는 각 항목 아래에 있습니다. 확인하고 다시 저장하십시오.</translation>
        </message>
    </context>
    <context>
        <name>file_actions</name>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>Officer Desk databases (*.sqlite);;All files (*)</source>
            <translation>Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>&amp;New case log…</source>
            <translation>새 사건 기록부(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>Open &amp;recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>(none yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_actions.py" />
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
    </context>
    <context>
        <name>file_menu</name>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" />
            <source>Briefing pack…</source>
            <translation>업무 보고 자료…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" />
            <source>&amp;Import spreadsheet…</source>
            <translation>스프레드시트 가져오기(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>first_paint</name>
        <message>
            <location filename="../officer_desk/gui/first_paint.py" />
            <source>Could not save the screenshot to {path}</source>
            <translation>화면 사진을 {path}에 저장할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_paint.py" />
            <source>First paint at monotonic={seconds}: the window ({window}) was saved to {path}</source>
            <translation>첫 화면 표시 monotonic={seconds}: 창({window})을 {path}에 저장했습니다</translation>
        </message>
    </context>
    <context>
        <name>first_start</name>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Officer Desk databases (*.sqlite);;All files (*)</source>
            <translation>Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Creating the demo database…</source>
            <translation>데모 데이터베이스를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Set up Officer Desk</source>
            <translation>Officer Desk 설정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>New case log</source>
            <translation>새 사건 기록부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Welcome to Officer Desk</source>
            <translation>Officer Desk에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Say who you are and where to keep the data file. You can change the file later in the settings.</source>
            <translation>담당관 정보와 데이터 파일을 저장할 위치를 정하세요. 파일은 나중에 설정에서 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>HQ (headquarters)</source>
            <translation>본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Try the demo database instead</source>
            <translation>대신 데모 데이터베이스 사용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Post or HQ</source>
            <translation>공관 또는 본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Officer name</source>
            <translation>담당관 이름</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Data file</source>
            <translation>데이터 파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Choose the database file</source>
            <translation>데이터베이스 파일 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>Choose where to keep the data file.</source>
            <translation>데이터 파일을 저장할 위치를 정하세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>{path} already exists; choose a new file name.</source>
            <translation>{path} 파일이 이미 있습니다. 새 파일 이름을 정하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>The officer name is now shown as it will be recorded (spaces at its ends left out). Check it and press Start again.</source>
            <translation>담당관 이름을 기록될 값으로 보여 드립니다(앞뒤 공백을 뺌). 확인하고 다시 시작을 누르십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" />
            <source>The officer name is now shown as it will be recorded (its Unicode in composed form, NFC; it looks the same). Check it and press Start again.</source>
            <translation>담당관 이름을 기록될 값으로 보여 드립니다(유니코드를 조합형 NFC로 적음, 보기에는 같음). 확인하고 다시 시작을 누르십시오.</translation>
        </message>
    </context>
    <context>
        <name>follow_ups_filters</name>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Open</source>
            <translation>미완료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Due within</source>
            <translation>기한 임박</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source> days</source>
            <translation>일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>All posts</source>
            <translation>모든 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Mine ({post})</source>
            <translation>우리 소관 ({post})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_filters.py" />
            <source>Mine: the deadlines of this case log's post ({post})</source>
            <translation>우리 소관: 이 사건 기록부의 공관({post})이 소유한 기록의 기한</translation>
        </message>
    </context>
    <context>
        <name>follow_ups_page</name>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Mark done</source>
            <translation>완료 표시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Edit…</source>
            <translation>수정…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>F2: change the chosen deadline (its due date, its description)</source>
            <translation>F2: 선택한 기한 수정(기한일, 내용)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Open record</source>
            <translation>기록 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Enter: open the record this deadline belongs to</source>
            <translation>Enter: 이 기한이 속한 기록 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>{shown} of {total}</source>
            <translation>{total}건 중 {shown}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>No deadline matches these filters. Follow-ups are added in a record's Follow-ups tab (Ctrl+N adds one to the chosen deadline's record); or import a spreadsheet, or try the demo database.</source>
            <translation>이 조건에 맞는 기한이 없습니다. 후속 조치는 기록의 후속 조치 탭에서 추가합니다(Ctrl+N: 고른 기한의 기록에 추가). 스프레드시트를 가져오거나 데모 데이터베이스를 써 볼 수도 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>New follow-up</source>
            <translation>새 후속 조치</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>This case log is open for reading only: nothing can be marked done or added here.</source>
            <translation>이 사건 기록부는 읽기 전용으로 열려 있어 여기서 완료 표시나 추가를 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>This deadline is post {post}'s: only that post marks it done or changes it (this case log is {home}'s).</source>
            <translation>{post} 공관의 기한입니다. 완료 표시나 수정은 그 공관에서만 할 수 있습니다(이 사건 기록부는 {home} 소관).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Space: mark the chosen deadline done, or open again (Ctrl+Z undoes it)</source>
            <translation>스페이스: 고른 기한을 완료로 표시하거나 다시 미완료로 (Ctrl+Z로 되돌리기)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_page.py" />
            <source>Open again</source>
            <translation>미완료로 되돌리기</translation>
        </message>
    </context>
    <context>
        <name>follow_ups_panel</name>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>New follow-up</source>
            <translation>새 후속 조치</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버릴까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Check it and press OK again.</source>
            <translation>살펴본 뒤 확인을 다시 누르십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>The description is one line (lists and calendars show it so): join the lines.</source>
            <translation>내용은 한 줄입니다(목록과 일정표에 한 줄로 나옵니다). 줄을 이어 적으세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Add…</source>
            <translation>추가…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Edit…</source>
            <translation>수정…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/follow_ups_panel.py" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
    </context>
    <context>
        <name>import_files</name>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Spreadsheet to import</source>
            <translation>가져올 스프레드시트</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
            <translation>스프레드시트 (*.xlsx *.xlsm *.csv *.txt *.tsv);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Load mapping</source>
            <translation>매핑 불러오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Mapping files (*.json);;All files (*)</source>
            <translation>매핑 파일 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Save mapping</source>
            <translation>매핑 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Choose the spreadsheet</source>
            <translation>스프레드시트 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or CP949).</source>
            <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일(UTF-8 또는 CP949)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Choose a file…</source>
            <translation>파일을 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Sheet</source>
            <translation>시트</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>Records of kind</source>
            <translation>기록 종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_files.py" />
            <source>(the first sheet with a table)</source>
            <translation>(표가 있는 첫 시트)</translation>
        </message>
    </context>
    <context>
        <name>import_log_page</name>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>From post</source>
            <translation>보낸 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Signer</source>
            <translation>서명자</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Added records</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Updated records</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Deleted records</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Refused rows</source>
            <translation>거부된 행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Merged by</source>
            <translation>병합한 사람</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Reasons</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>merged</source>
            <translation>병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>already merged</source>
            <translation>이미 병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>checked</source>
            <translation>확인됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>refused</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" />
            <source>{count} packages</source>
            <translation>패키지 {count}개</translation>
        </message>
    </context>
    <context>
        <name>import_mapping_page</name>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Column</source>
            <translation>열</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Header</source>
            <translation>머리글</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Example</source>
            <translation>예시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Check the columns</source>
            <translation>열 확인</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Each column goes to the field chosen here; columns set to “(ignore)” are left out.</source>
            <translation>각 열은 여기서 고른 항목으로 들어갑니다. “(무시)”로 둔 열은 가져오지 않습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Load mapping…</source>
            <translation>매핑 불러오기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Save mapping…</source>
            <translation>매핑 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>(ignore)</source>
            <translation>(무시)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Load mapping</source>
            <translation>매핑 불러오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_mapping_page.py" />
            <source>Save mapping</source>
            <translation>매핑 저장</translation>
        </message>
    </context>
    <context>
        <name>import_preview</name>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>create</source>
            <translation>새로 만듦</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>update</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>unchanged</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>rejected</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Nothing has been imported yet. Rows with problems are red; point at a red cell to see why.</source>
            <translation>아직 아무것도 가져오지 않았습니다. 문제가 있는 행은 빨간색이며, 빨간 칸에 마우스를 올리면 이유가 보입니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Import the valid rows and save the rejected rows to a file to correct</source>
            <translation>올바른 행만 가져오고 거부된 행은 고칠 수 있도록 파일로 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>The sheet could not be checked.</source>
            <translation>시트를 확인하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>{create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected; {companies} new companies.</source>
            <translation>새로 만들 기록 {create}건, 갱신할 기록 {update}건, 변경 없음 {unchanged}건, 거부 {rejected}건; 새 기업 {companies}곳</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Row</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Action</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>row {row}: {reason}</source>
            <translation>{row}행: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Import report</source>
            <translation>가져오기 결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Created: {n}</source>
            <translation>새로 만든 기록: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Updated: {n}</source>
            <translation>갱신한 기록: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Unchanged: {n}</source>
            <translation>변경 없음: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>New companies: {names}</source>
            <translation>새로 만든 기업: {names}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>{n} rejected rows were saved to {file}; correct them there and import that file.</source>
            <translation>거부된 행 {n}개를 {file}에 저장했습니다. 그 파일에서 고친 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_preview.py" />
            <source>Backup taken before the import: {file}</source>
            <translation>가져오기 전 백업: {file}</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" />
            <source>Import spreadsheet</source>
            <translation>스프레드시트 가져오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" />
            <source>Reading the sheet…</source>
            <translation>시트를 읽는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" />
            <source>Checking the sheet…</source>
            <translation>시트를 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" />
            <source>Importing…</source>
            <translation>가져오는 중…</translation>
        </message>
    </context>
    <context>
        <name>inputs</name>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>a; b; c</source>
            <translation>예: 가; 나; 다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>name [type], one per line</source>
            <translation>한 줄에 하나씩: 이름 [유형]</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>(not in use)</source>
            <translation>(사용 중지)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" />
            <source>{size:,} bytes</source>
            <translation>{size:,}바이트</translation>
        </message>
    </context>
    <context>
        <name>key_cards</name>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Trust this key</source>
            <translation>이 키 신뢰</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Post: {post}
Officer: {officer}
Installation: {installation}

Fingerprint:
{fingerprint}</source>
            <translation>공관: {post}
담당관: {officer}
설치: {installation}

지문:
{fingerprint}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Packages written here will be encrypted for it (encryption key {key}).</source>
            <translation>여기서 만드는 패키지는 이 설치도 읽을 수 있게 암호화됩니다(암호화 키 {key}).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>It names no encryption key: packages cannot be encrypted for it yet.</source>
            <translation>암호화 키가 없습니다. 아직 이 설치 앞으로 패키지를 암호화할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Warning: another key is trusted for this installation:</source>
            <translation>주의: 이 설치에는 다른 키가 이미 신뢰되어 있습니다:</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>I compared the fingerprint with the sender</source>
            <translation>보낸 사람과 키 지문을 대조했습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Save my key card</source>
            <translation>내 키 카드 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Officer Desk key cards (*.odkey);;All files (*)</source>
            <translation>Officer Desk 키 카드 (*.odkey);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Key card or package to trust</source>
            <translation>신뢰할 키 카드나 패키지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Officer Desk key cards (*.odkey);;Officer Desk packages (*.odpkg);;All files (*)</source>
            <translation>Officer Desk 키 카드 (*.odkey);;Officer Desk 동기화 패키지 (*.odpkg);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Written: {file}

Send it to HQ or to your post's other computer. Before they trust it, read them this fingerprint by phone:
{fingerprint}</source>
            <translation>저장됨: {file}

본청이나 이 공관의 다른 컴퓨터에 보내십시오. 받는 쪽이 신뢰하기 전에 전화로 이 지문을 불러 주십시오:
{fingerprint}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/key_cards.py" />
            <source>Trust a key card</source>
            <translation>키 카드 신뢰</translation>
        </message>
    </context>
    <context>
        <name>kind_chooser</name>
        <message>
            <location filename="../officer_desk/gui/kind_chooser.py" />
            <source>New record</source>
            <translation>새 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/kind_chooser.py" />
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/kind_chooser.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/kind_chooser.py" />
            <source>What do you want to record?</source>
            <translation>무엇을 기록할까요?</translation>
        </message>
    </context>
    <context>
        <name>links_panel</name>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Date / state</source>
            <translation>날짜 / 상태</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>On the agenda of</source>
            <translation>보고된 회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Disputes at every post</source>
            <translation>모든 공관의 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Engagements naming it</source>
            <translation>이 기업이 언급된 협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>The same company at other posts</source>
            <translation>다른 공관의 같은 기업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Agenda</source>
            <translation>안건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Action items raised</source>
            <translation>이 회의의 조치 사항</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" />
            <source>Action items carried over</source>
            <translation>이월된 조치 사항</translation>
        </message>
    </context>
    <context>
        <name>list_editing</name>
        <message>
            <location filename="../officer_desk/gui/list_editing.py" />
            <source>Restore this record?</source>
            <translation>이 기록을 복원할까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_editing.py" />
            <source>Delete this record?</source>
            <translation>이 기록을 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_editing.py" />
            <source>Still referred to by: {records}. They keep referring to it once it is deleted; change them first if it is a duplicate.</source>
            <translation>이 기록을 참조하는 기록: {records}. 삭제해도 계속 이 기록을 참조합니다. 중복 기록이라면 먼저 그 기록들을 고치세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_editing.py" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_editing.py" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
    </context>
    <context>
        <name>list_empty</name>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Clear the search and filters</source>
            <translation>검색어와 필터 지우기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>New {kind}</source>
            <translation>새 {kind}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Import a spreadsheet…</source>
            <translation>스프레드시트 가져오기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Open the demo database</source>
            <translation>데모 데이터베이스 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>No records match “{text}”</source>
            <translation>“{text}”에 맞는 기록이 없습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>No records match these filters</source>
            <translation>이 필터에 맞는 기록이 없습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Check the spelling, search in the other language, or clear the search and filters (Esc) to see every record.</source>
            <translation>철자를 확인하거나 다른 언어로 검색해 보세요. 검색어와 필터를 지우면(Esc) 모든 기록이 보입니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>No {kind} records yet</source>
            <translation>아직 {kind} 기록이 없습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Add the first with New (Ctrl+N)</source>
            <translation>새로 만들기(Ctrl+N)로 첫 기록 추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Bring in the spreadsheet you keep with Import</source>
            <translation>가져오기로 관리하던 스프레드시트 불러오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>Open the demo database to look around</source>
            <translation>데모 데이터베이스를 열어 둘러보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>To begin:</source>
            <translation>시작하려면:</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_empty.py" />
            <source>This case log is open for reading only.</source>
            <translation>이 사건 기록부는 읽기 전용으로 열려 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>list_filters</name>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>(not in use)</source>
            <translation>(사용 중지)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>From</source>
            <translation>부터</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_filters.py" />
            <source>To</source>
            <translation>까지</translation>
        </message>
    </context>
    <context>
        <name>list_page</name>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>All posts</source>
            <translation>모든 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Show deleted</source>
            <translation>삭제된 기록 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Edit</source>
            <translation>수정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Filters</source>
            <translation>필터</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Searching…</source>
            <translation>검색 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
    </context>
    <context>
        <name>list_search</name>
        <message>
            <location filename="../officer_desk/gui/list_search.py" />
            <source>Search (Korean or English)…</source>
            <translation>검색 (한글 또는 영문)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_search.py" />
            <source>Down or Enter: to the results. Esc: clear the search.</source>
            <translation>아래 화살표 또는 Enter: 결과로 이동. Esc: 검색어 지우기.</translation>
        </message>
    </context>
    <context>
        <name>list_status</name>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>1 record</source>
            <translation>1건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{total} records</source>
            <translation>{total}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{total} records; showing the first {shown} — scroll for more</source>
            <translation>{total}건 중 처음 {shown}건 표시 — 아래로 스크롤하면 더 보입니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>Default order: last changed first</source>
            <translation>기본 순서: 최근 수정 순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>Default order: first added first</source>
            <translation>기본 순서: 먼저 추가된 순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, {first} first</source>
            <translation>{column}, {first} 먼저</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, in process order, last first</source>
            <translation>{column}, 진행 순서 역순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, in process order</source>
            <translation>{column}, 진행 순서</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, Z to A</source>
            <translation>{column}, 가나다 역순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, A to Z</source>
            <translation>{column}, 가나다순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, descending</source>
            <translation>{column}, 내림차순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>{column}, ascending</source>
            <translation>{column}, 오름차순</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>Default order: {how}</source>
            <translation>기본 순서: {how}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_status.py" />
            <source>Sorted by {how}</source>
            <translation>정렬: {how}</translation>
        </message>
    </context>
    <context>
        <name>list_views</name>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Saved views</source>
            <translation>저장된 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Save view…</source>
            <translation>보기 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Delete view</source>
            <translation>보기 삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>This case log is open read-only: its saved views can be chosen, not saved or deleted.</source>
            <translation>이 사건 기록부는 읽기 전용으로 열려 있어 저장된 보기를 고를 수만 있고, 저장하거나 삭제할 수는 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>(no saved view)</source>
            <translation>(저장된 보기 없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Save view</source>
            <translation>보기 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Name of the view:</source>
            <translation>보기 이름:</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>A view called “{name}” exists. Replace what it shows with what the list shows now?</source>
            <translation>“{name}” 보기가 이미 있습니다. 지금 목록이 보여 주는 것으로 바꿀까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_views.py" />
            <source>Delete the saved view “{name}”? The records it shows stay as they are; the view cannot be brought back.</source>
            <translation>저장한 보기 “{name}”을(를) 삭제하시겠습니까? 보기에 보이던 기록은 그대로 남고, 보기는 되살릴 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../officer_desk/gui/main_window.py" />
            <source> — DEMO DATABASE, not for real cases</source>
            <translation> — DEMO 데이터베이스: 실제 사건 기록 아님</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" />
            <source>Dashboard</source>
            <translation>대시보드</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" />
            <source>Read-only: {name} is open for reading only, so nothing can be changed or added here. Close the program that has it open for writing, then open it again.</source>
            <translation>읽기 전용: {name}은(는) 읽기 전용으로 열려 있어 여기서는 아무것도 바꾸거나 추가할 수 없습니다. 이 파일을 쓰기용으로 열고 있는 프로그램을 닫은 뒤 다시 여십시오.</translation>
        </message>
    </context>
    <context>
        <name>next_steps</name>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>New record…</source>
            <translation>새 기록…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>Ctrl+N: a new dispute, engagement, note …</source>
            <translation>Ctrl+N: 새 분쟁, 협의, 동향 …</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>Import a spreadsheet…</source>
            <translation>스프레드시트 가져오기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>File → Import spreadsheet…</source>
            <translation>파일 → 스프레드시트 가져오기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>Try the demo database…</source>
            <translation>데모 데이터베이스 써 보기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>File → New case log… offers a demo database of made-up records</source>
            <translation>파일 → 새 사건 기록부…에서 가상의 기록으로 된 데모 데이터베이스를 고를 수 있습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/next_steps.py" />
            <source>Nothing to count yet. Add a record (Ctrl+N), import a spreadsheet (File → Import spreadsheet…) or try the demo database (File → New case log…).</source>
            <translation>아직 집계할 기록이 없습니다. 기록을 추가하거나(Ctrl+N) 스프레드시트를 가져오거나(파일 → 스프레드시트 가져오기…) 데모 데이터베이스를 써 보십시오(파일 → 새 사건 기록부…).</translation>
        </message>
    </context>
    <context>
        <name>notice_bar</name>
        <message>
            <location filename="../officer_desk/gui/notice_bar.py" />
            <source>Close this message</source>
            <translation>이 알림 닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/notice_bar.py" />
            <source>This is the demo database: made-up records to look around, not for real cases. To keep your own case log, choose File → New case log… (Ctrl+Shift+N), or File → Open… for the file you were given.</source>
            <translation>데모 데이터베이스입니다: 둘러보기 위한 가상의 기록이며 실제 사건용이 아닙니다. 자신의 사건 기록부를 쓰려면 파일 → 새 사건 기록부…(Ctrl+Shift+N)를, 받은 파일이 있으면 파일 → 열기…를 고르십시오.</translation>
        </message>
    </context>
    <context>
        <name>passphrase_dialog</name>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>There is no way to open the case log or its backups without the passphrase: if it is lost, nobody (HQ included) can recover the data. Write it down and keep it somewhere safe.</source>
            <translation>암호 없이는 업무 기록도 그 백업도 열 수 없습니다. 암호를 잃어버리면 누구도(본청 포함) 데이터를 복구할 수 없습니다. 적어 두고 안전한 곳에 보관하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Remember the passphrase in this computer's keyring</source>
            <translation>이 컴퓨터의 키링에 암호 기억</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Encrypted case log</source>
            <translation>암호화된 업무 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>{name} is encrypted. Enter its passphrase.</source>
            <translation>{name}은(는) 암호화되어 있습니다. 암호를 입력하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Passphrase</source>
            <translation>암호</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>The passphrase is wrong; nothing was changed. Try again, or cancel.</source>
            <translation>암호가 틀렸습니다. 아무것도 바뀌지 않았습니다. 다시 입력하거나 취소하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Encrypt the data file with a passphrase (recommended on a laptop)</source>
            <translation>데이터 파일을 암호로 암호화(노트북에서는 권장)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Show a recovery key to print</source>
            <translation>인쇄할 복구 키 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Repeat the passphrase</source>
            <translation>암호 다시 입력</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Enter a passphrase, or untick encryption.</source>
            <translation>암호를 입력하거나 암호화 선택을 해제하십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>The two passphrases differ.</source>
            <translation>두 암호가 다릅니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Text files (*.txt);;All files (*)</source>
            <translation>텍스트 파일 (*.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Recovery key</source>
            <translation>복구 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Print this recovery key, or write it down, and keep it in a safe place. Typed where the passphrase is asked, it opens {name} and its backups until the passphrase is changed. Whoever has it can read the case log.</source>
            <translation>이 복구 키를 인쇄하거나 적어서 안전한 곳에 보관하십시오. 암호를 묻는 곳에 입력하면 암호를 바꿀 때까지 {name}과(와) 그 백업을 열 수 있습니다. 이 키를 가진 사람은 누구나 업무 기록을 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Save as a text file to print…</source>
            <translation>인쇄할 텍스트 파일로 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Officer Desk recovery key</source>
            <translation>Officer Desk 복구 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Save the recovery key</source>
            <translation>복구 키 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/passphrase_dialog.py" />
            <source>Saved to {path}</source>
            <translation>{path}에 저장했습니다</translation>
        </message>
    </context>
    <context>
        <name>record_opener</name>
        <message>
            <location filename="../officer_desk/gui/record_opener.py" />
            <source>This record has no list to show it in.</source>
            <translation>이 기록을 보여 줄 목록이 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_opener.py" />
            <source>The list shows only the opened record; choose “(no saved view)” to see them all.</source>
            <translation>목록에 연 기록만 표시합니다. 전체를 보려면 “(저장된 보기 없음)”을 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>record_panel_base</name>
        <message>
            <location filename="../officer_desk/gui/record_panel_base.py" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panel_base.py" />
            <source>Remove this item?</source>
            <translation>이 항목을 제거할까요?</translation>
        </message>
    </context>
    <context>
        <name>record_panels</name>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Add…</source>
            <translation>추가…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Open file</source>
            <translation>열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Drop files here to attach them</source>
            <translation>파일을 여기에 끌어다 놓으면 첨부됩니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>File name</source>
            <translation>파일명</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Type</source>
            <translation>형식</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Added</source>
            <translation>추가일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Attach files</source>
            <translation>파일 첨부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" />
            <source>Attach {n} files</source>
            <translation>파일 {n}개 첨부</translation>
        </message>
    </context>
    <context>
        <name>ref_inputs</name>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>{count} {kind} records are named “{name}”: choose one from the list.</source>
            <translation>“{name}”(이)라는 {kind}이(가) {count}개 있습니다: 목록에서 하나를 고르십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>No {kind} is named “{name}”.</source>
            <translation>“{name}”(이)라는 {kind}이(가) 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>Containing it: {count} {kind} name(s); choose one from the list (Down arrow).</source>
            <translation>이 글자가 들어간 {kind} {count}개: 목록에서 고르십시오(아래 화살표).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>Type to find…</source>
            <translation>입력하여 찾기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>A new company? Make it with “New company”.</source>
            <translation>새 기업이면 “새 기업”으로 만드십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>New company “{name}”…</source>
            <translation>새 기업 “{name}”…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/ref_inputs.py" />
            <source>“{name}” is not added yet: press Enter or “Add”, or clear the box.</source>
            <translation>“{name}”은(는) 아직 추가되지 않았습니다. Enter 또는 “추가”를 누르거나 입력란을 비우세요.</translation>
        </message>
    </context>
    <context>
        <name>restore_comparison</name>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Now: records</source>
            <translation>지금: 기록 수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Now: last change</source>
            <translation>지금: 마지막 변경</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Backup: records</source>
            <translation>백업: 기록 수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Backup: last change</source>
            <translation>백업: 마지막 변경</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Not in the backup</source>
            <translation>백업에 없는 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>{kind} {count} (last change {time})</source>
            <translation>{kind} {count}(마지막 변경 {time})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>no records</source>
            <translation>기록 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>What {name} holds now cannot be read ({problem}): everything in it is replaced by the backup. The file as it is now is copied first into {folder} (reason: Before a restore).</source>
            <translation>{name}의 지금 내용을 읽을 수 없습니다({problem}). 그 내용은 모두 백업으로 바뀝니다. 지금 파일은 먼저 {folder}에 그대로 복사해 둡니다(이유: 복원 전).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>{name} holds nothing yet: nothing is lost.</source>
            <translation>{name}에는 아직 아무것도 없습니다. 잃는 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>{count} records of {name} are not in this backup: restoring it takes them out of the case log.</source>
            <translation>{name}의 기록 {count}건이 이 백업에 없습니다. 이 백업을 복원하면 그 기록이 업무 기록에서 빠집니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Every record of {name} is in this backup: restoring it takes none out.</source>
            <translation>{name}의 모든 기록이 이 백업에 있습니다. 복원해도 빠지는 기록이 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>{count} records changed since the backup go back to how they were then.</source>
            <translation>백업 이후 바뀐 기록 {count}건은 그때의 상태로 돌아갑니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>The file as it is now is backed up first, into {folder} (reason: Before a restore), and can be restored from there.</source>
            <translation>지금 파일은 먼저 {folder}에 백업하며(이유: 복원 전), 그 백업에서 다시 복원할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>The file now against the chosen backup</source>
            <translation>지금 파일과 고른 백업의 비교</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Choose a backup to see what restoring it would change.</source>
            <translation>백업을 고르면 복원으로 무엇이 바뀌는지 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Not compared: cancelled.</source>
            <translation>비교하지 않았습니다: 취소했습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>This backup cannot be compared: {problem}</source>
            <translation>이 백업은 비교할 수 없습니다: {problem}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_comparison.py" />
            <source>Comparing with the backup…</source>
            <translation>백업과 비교하는 중…</translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>When opened</source>
            <translation>열 때</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Daily</source>
            <translation>매일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before an upgrade</source>
            <translation>업그레이드 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before a merge</source>
            <translation>병합 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before an import</source>
            <translation>가져오기 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before a restore</source>
            <translation>복원 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before encrypting</source>
            <translation>암호화 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before decrypting</source>
            <translation>암호화 해제 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Before a passphrase change</source>
            <translation>암호 변경 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Made by hand</source>
            <translation>직접 백업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation>백업에서 복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>no records</source>
            <translation>기록 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Other passphrase</source>
            <translation>다른 암호</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Damaged</source>
            <translation>손상됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Verified</source>
            <translation>검증됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Unverified</source>
            <translation>검증 안 됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>This backup does not open with the case log's passphrase: it was made before the passphrase was changed, and opens with the passphrase of then. The window cannot restore it; officer-desk restore can (it asks that passphrase, and the restored log then opens with it).</source>
            <translation>이 백업은 업무 기록의 암호로 열리지 않습니다. 암호를 바꾸기 전에 만들어져 그때의 암호로 열립니다. 창에서는 복원할 수 없고 officer-desk restore로 복원할 수 있습니다(그 암호를 묻고, 복원된 업무 기록은 그 뒤 그 암호로 열립니다).</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>The file is exactly what was written: it matches its manifest (size, checksum, post and record counts).</source>
            <translation>파일이 기록된 그대로입니다. 매니페스트(크기, 체크섬, 공관, 기록 수)와 일치합니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Made by an earlier version, without a manifest: only SQLite's integrity check vouches for it.</source>
            <translation>이전 버전이 매니페스트 없이 만든 백업입니다. SQLite 무결성 검사만 이를 보증합니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Records</source>
            <translation>기록 수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Checked</source>
            <translation>검증</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Holds</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Choose a backup to put in place of {name}. The file as it is now is backed up first, so a restore can be undone; the window reopens on the restored file.</source>
            <translation>{name} 대신 쓸 백업을 고르십시오. 지금 파일을 먼저 백업하므로 복원을 되돌릴 수 있습니다. 복원한 파일로 창이 다시 열립니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>There are no backups of this database yet.</source>
            <translation>이 데이터베이스의 백업이 아직 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Restore…</source>
            <translation>복원…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Replace {name} with the backup of {time} ({reason}, {records} records)? Changes made since then are set aside in a backup of the current file.</source>
            <translation>{name} 파일을 {time} 백업({reason}, 기록 {records}건)으로 바꿀까요? 그 뒤의 변경 내용은 지금 파일의 백업에 따로 보관됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>This backup is unverified: it was made by an earlier version, without a manifest, so only SQLite's integrity check vouches for it.</source>
            <translation>이 백업은 검증되지 않았습니다. 이전 버전이 매니페스트 없이 만들었으므로 SQLite 무결성 검사만 이를 보증합니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Warning: {problem}</source>
            <translation>주의: {problem}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>Restoring from the backup…</source>
            <translation>백업에서 복원하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>{name} was restored from {backup}. It now holds: {holds}.</source>
            <translation>{backup}에서 {name}을(를) 복원했습니다. 지금 내용: {holds}.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" />
            <source>The file as it was before the restore is kept in {path}.</source>
            <translation>복원 전 파일은 {path}에 보관했습니다.</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../officer_desk/gui/session.py" />
            <source>Open it read-only?</source>
            <translation>읽기 전용으로 열까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/session.py" />
            <source>Open a case log</source>
            <translation>사건 기록부 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/session.py" />
            <source>{name} was not opened: {problem}</source>
            <translation>{name} 파일을 열지 못했습니다: {problem}</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Font files (*.ttf *.ttc);;All files (*)</source>
            <translation>글꼴 파일 (*.ttf *.ttc);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Officer Desk databases (*.sqlite);;All files (*)</source>
            <translation>Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>System</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Empty: found automatically</source>
            <translation>비워 두면 자동으로 찾습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>(not set: chosen at the next start)</source>
            <translation>(지정 안 함: 다음 시작 때 선택)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Database in use: {path}</source>
            <translation>사용 중인 데이터베이스: {path}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>The database file takes effect at the next start.</source>
            <translation>데이터베이스 파일 변경은 다음 시작 때 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Korean font</source>
            <translation>한글 글꼴</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Database file</source>
            <translation>데이터베이스 파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Choose the Korean font</source>
            <translation>한글 글꼴 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Choose the database file</source>
            <translation>데이터베이스 파일 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>There is no database at {path}.</source>
            <translation>{path}에 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" />
            <source>Settings could not be saved: {error}</source>
            <translation>설정을 저장하지 못했습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>sync_dialogs</name>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Folder for the package</source>
            <translation>패키지를 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Packages to merge</source>
            <translation>병합할 패키지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Officer Desk packages (*.odpkg);;All files (*)</source>
            <translation>Officer Desk 동기화 패키지 (*.odpkg);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Create sync package</source>
            <translation>동기화 패키지 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Choose a folder…</source>
            <translation>폴더를 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Whole database</source>
            <translation>데이터베이스 전체</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Changes since the last package</source>
            <translation>지난 패키지 이후 변경분</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Signed only, not encrypted: anyone who finds the file can read it</source>
            <translation>서명만 하고 암호화하지 않음: 파일을 손에 넣은 사람은 누구나 읽을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Include the records of these posts</source>
            <translation>다음 공관의 기록 포함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Create</source>
            <translation>만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} 폴더가 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Writing the package…</source>
            <translation>패키지를 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Written: {file}
Records: {count}
Signed with key: {fingerprint}</source>
            <translation>저장됨: {file}
기록 수: {count}
서명 키: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Encrypted for: {readers}</source>
            <translation>읽을 수 있는 곳: {readers}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Not encrypted: anyone who finds the file can read it.</source>
            <translation>암호화하지 않았습니다: 파일을 손에 넣은 사람은 누구나 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Choose packages</source>
            <translation>패키지 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Add files…</source>
            <translation>파일 추가…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Officer</source>
            <translation>담당관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Signer fingerprint</source>
            <translation>서명 키 지문</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>trusted</source>
            <translation>신뢰함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>revoked</source>
            <translation>철회됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>unknown</source>
            <translation>모르는 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>changed</source>
            <translation>바뀐 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>own</source>
            <translation>이 설치의 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>other post</source>
            <translation>다른 공관의 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Verify signatures and keys</source>
            <translation>서명과 키 확인</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>A package signed by an unknown key is refused until you trust the key.</source>
            <translation>모르는 키로 서명된 패키지는 그 키를 신뢰할 때까지 거부됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>cannot read the file: {error}</source>
            <translation>파일을 읽을 수 없음: {error}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>refused</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Trust this key</source>
            <translation>이 키 신뢰</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Added records</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Updated</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Unchanged</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>merged</source>
            <translation>병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>already merged</source>
            <translation>이미 병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>checked</source>
            <translation>확인됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Not encrypted (signed only): anyone who had the file could read it.</source>
            <translation>암호화되지 않음(서명만 됨): 파일을 가진 사람은 누구나 읽을 수 있었습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>What merging would do; nothing has been changed yet.</source>
            <translation>병합하면 일어날 일입니다. 아직 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Merge report</source>
            <translation>병합 결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>{merged} of {total} packages merged.</source>
            <translation>패키지 {total}개 중 {merged}개를 병합했습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Merge packages</source>
            <translation>패키지 병합</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 이전(&amp;B)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>&amp;Next &gt;</source>
            <translation>다음(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>&amp;Finish</source>
            <translation>마침(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Checking the packages…</source>
            <translation>패키지를 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" />
            <source>Merging the packages…</source>
            <translation>패키지를 병합하는 중…</translation>
        </message>
    </context>
    <context>
        <name>sync_menu</name>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>&amp;Sync</source>
            <translation>동기화(&amp;S)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Create sync package…</source>
            <translation>동기화 패키지 만들기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Merge packages…</source>
            <translation>패키지 병합…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Conflicts…</source>
            <translation>충돌…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Save my key card…</source>
            <translation>내 키 카드 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" />
            <source>Trust a key card…</source>
            <translation>키 카드 신뢰…</translation>
        </message>
    </context>
    <context>
        <name>tables</name>
        <message>
            <location filename="../officer_desk/gui/tables.py" />
            <source>{n} days late</source>
            <translation>{n}일 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/tables.py" />
            <source>today</source>
            <translation>오늘</translation>
        </message>
    </context>
    <context>
        <name>todo_model</name>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Days</source>
            <translation>남은 일수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Belongs to</source>
            <translation>관련 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Enter or a double click opens this record</source>
            <translation>Enter 또는 더블 클릭으로 이 기록 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/todo_model.py" />
            <source>Space marks done (or open again)</source>
            <translation>스페이스로 완료 표시(또는 되돌리기)</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>The record was deleted meanwhile.</source>
            <translation>그사이 기록이 삭제되었습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>The record was restored meanwhile.</source>
            <translation>그사이 기록이 복원되었습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>“{what}” cannot be done: {reason}</source>
            <translation>“{what}”을(를) 할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Create {kind} “{title}”</source>
            <translation>{kind} “{title}” 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Delete {kind} “{title}”</source>
            <translation>{kind} “{title}” 삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Restore {kind} “{title}”</source>
            <translation>{kind} “{title}” 복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>Edit {kind} “{title}”</source>
            <translation>{kind} “{title}” 수정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" />
            <source>It was changed meanwhile ({fields}).</source>
            <translation>그사이 다른 곳에서 바뀌었습니다 ({fields}).</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>The case log of Korea's overseas patent officers: disputes, engagements, trend notes, conferences and deadlines, kept in a file on this computer that works offline.</source>
            <translation>해외 지식재산 담당관의 사건 기록부: 분쟁, 협의, 동향, 회의와 기한을 이 컴퓨터의 파일에 담아 오프라인에서도 씁니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>New case log…</source>
            <translation>새 사건 기록부…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>Open a case log…</source>
            <translation>사건 기록부 열기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>Try the demo database</source>
            <translation>데모 데이터베이스 써 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>Opened recently</source>
            <translation>최근에 연 파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>Nothing opened yet: make a new case log, open the file you were given, or try the demo database.</source>
            <translation>아직 연 파일이 없습니다. 새 사건 기록부를 만들거나, 받은 파일을 열거나, 데모 데이터베이스를 써 보십시오.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/welcome.py" />
            <source>(not found)</source>
            <translation>(찾을 수 없음)</translation>
        </message>
    </context>
    <context>
        <name>window_menus</name>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;About Officer Desk</source>
            <translation>Officer Desk 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>About Officer Desk</source>
            <translation>Officer Desk 정보</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_menus.py" />
            <source>&amp;Find</source>
            <translation>찾기(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>window_pages</name>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Disputes</source>
            <translation>분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Engagements</source>
            <translation>협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Trend notes</source>
            <translation>동향</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Companies</source>
            <translation>기업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Conferences</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/window_pages.py" />
            <source>Follow-ups</source>
            <translation>후속 조치</translation>
        </message>
    </context>
    <context>
        <name>window_todo</name>
        <message>
            <location filename="../officer_desk/gui/window_todo.py" />
            <source>The demo database is offered by File → New case log…</source>
            <translation>데모 데이터베이스는 파일 → 새 사건 기록부…에서 고를 수 있습니다</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../officer_desk/gui/worker.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/worker.py" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
    </context>
</TS>
