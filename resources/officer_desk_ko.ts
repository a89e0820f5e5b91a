<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../officer_desk/gui/app.py" line="81" />
            <source>Open it read-only?</source>
            <translation>읽기 전용으로 열까요?</translation>
        </message>
    </context>
    <context>
        <name>backup_timer</name>
        <message>
            <location filename="../officer_desk/gui/backup_timer.py" line="74" />
            <source>Automatic backup failed: {problem}</source>
            <translation>자동 백업 실패: {problem}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/backup_timer.py" line="80" />
            <source>Backed up to {path}</source>
            <translation>백업함: {path}</translation>
        </message>
    </context>
    <context>
        <name>brief_dialog</name>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="59" />
            <source>Folder for the briefing pack</source>
            <translation>업무 보고 자료를 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="112" />
            <source>Briefing pack</source>
            <translation>업무 보고 자료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="116" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="121" />
            <source>Period</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="141" />
            <source>tag, tag, …</source>
            <translation>태그, 태그, …</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="143" />
            <source>Internal (HQ): everything, marked internal</source>
            <translation>내부용(본청): 전체 포함, 대외비 표시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="145" />
            <source>Stakeholders: no internal records, companies anonymised</source>
            <translation>대외 배포용: 대외비 기록 제외, 기업명 익명 처리</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="162" />
            <source>Choose a folder…</source>
            <translation>폴더를 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="163" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="165" />
            <source>Open the folder when done</source>
            <translation>끝나면 폴더 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="178" />
            <source>What goes in</source>
            <translation>포함할 내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="180" />
            <source>Conference</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="190" />
            <source>Posts (none ticked: all)</source>
            <translation>공관 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="191" />
            <source>Records (none ticked: all)</source>
            <translation>기록 종류 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="192" />
            <source>Technology fields (none ticked: all)</source>
            <translation>기술 분야 (선택 없음: 전체)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="196" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="198" />
            <source>Edition and form</source>
            <translation>배포 구분과 형식</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="203" />
            <source>Edition</source>
            <translation>배포 구분</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="204" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="207" />
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="209" />
            <source>Brief number</source>
            <translation>보고 번호</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="210" />
            <source>Distribution</source>
            <translation>배포처</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="215" />
            <source>Files</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="219" />
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="223" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="225" />
            <source>Write pack</source>
            <translation>자료 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="229" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="288" />
            <source>Tick PDF, Excel or both.</source>
            <translation>PDF, Excel 중 하나 이상을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="309" />
            <source>Writing the briefing pack…</source>
            <translation>업무 보고 자료를 만드는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="318" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="338" />
            <source>Written to {folder}: {files} and manifest.json</source>
            <translation>{folder}에 저장했습니다: {files}, manifest.json</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/brief_dialog.py" line="348" />
            <source>Cancelled; nothing was written.</source>
            <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>conflicts_page</name>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="105" />
            <source>Edit the value to keep</source>
            <translation>유지할 값 편집</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="112" />
            <source>Ours</source>
            <translation>우리 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="113" />
            <source>Theirs</source>
            <translation>상대 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="131" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="132" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="136" />
            <source>Type the value to keep; it is saved as an edit of the record.</source>
            <translation>유지할 값을 입력하세요. 기록의 수정으로 저장됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="179" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="179" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="179" />
            <source>Fields</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="179" />
            <source>Applied</source>
            <translation>적용된 쪽</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="179" />
            <source>From post</source>
            <translation>보낸 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="180" />
            <source>Package</source>
            <translation>패키지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="180" />
            <source>Signer</source>
            <translation>서명자</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="180" />
            <source>Detected</source>
            <translation>발견 시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="180" />
            <source>Resolved</source>
            <translation>해결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="182" />
            <source>ours</source>
            <translation>우리 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="182" />
            <source>theirs</source>
            <translation>상대 값</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="182" />
            <source>kept ours</source>
            <translation>우리 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="182" />
            <source>kept theirs</source>
            <translation>상대 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="182" />
            <source>edited</source>
            <translation>직접 편집</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="193" />
            <source>Show resolved</source>
            <translation>해결된 충돌 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="196" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="208" />
            <source>Keep ours</source>
            <translation>우리 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="209" />
            <source>Keep theirs</source>
            <translation>상대 값 유지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="210" />
            <source>Edit…</source>
            <translation>편집…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="211" />
            <source>Open record</source>
            <translation>기록 열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="218" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="268" />
            <source>deleted on one side</source>
            <translation>한쪽에서 삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="297" />
            <source>{count} open</source>
            <translation>미해결 {count}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="321" />
            <source>Choose a conflict to see both values.</source>
            <translation>충돌을 선택하면 양쪽 값을 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="323" />
            <source>HQ</source>
            <translation>본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="328" />
            <source>Ours: this database ({here}) before the merge.
Theirs: package {package} from {post}, signed by {signer}.
The merge applied {applied}.</source>
            <translation>우리 값: 병합 전 이 데이터베이스({here})의 값.
상대 값: {post}에서 온 패키지 {package}, 서명자 {signer}.
병합 때 적용된 쪽: {applied}.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="343" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="351" />
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/conflicts_page.py" line="351" />
            <source>not deleted</source>
            <translation>삭제 안 됨</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../officer_desk/gui/crash.py" line="25" />
            <source>the log could not be written: {error}</source>
            <translation>로그를 기록하지 못했습니다: {error}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/crash.py" line="29" />
            <source>Something went wrong inside Officer Desk. Your saved records are safe.</source>
            <translation>Officer Desk 내부에서 예기치 않은 문제가 발생했습니다. 저장된 기록은 안전합니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/crash.py" line="30" />
            <source>Details are in the log file: {path}</source>
            <translation>자세한 내용은 로그 파일에 있습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>dashboard_page</name>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="56" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="56" />
            <source>Next 30 days</source>
            <translation>30일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="56" />
            <source>Next 60 days</source>
            <translation>60일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="57" />
            <source>Next 90 days</source>
            <translation>90일 이내</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="76" />
            <source>Open disputes by post</source>
            <translation>공관별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="77" />
            <source>Open disputes by IP type</source>
            <translation>권리 유형별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="79" />
            <source>Open disputes by technology field</source>
            <translation>기술 분야별 진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="81" />
            <source>Engagements by post</source>
            <translation>공관별 협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="242" />
            <source>Open disputes</source>
            <translation>진행 중 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="243" />
            <source>New this month</source>
            <translation>이번 달 신규</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="244" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="246" />
            <source>Due in 30 days</source>
            <translation>30일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="247" />
            <source>Due in 60 days</source>
            <translation>60일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="248" />
            <source>Due in 90 days</source>
            <translation>90일 이내 기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="249" />
            <source>Engagements held</source>
            <translation>열린 협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="271" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="271" />
            <source>Days</source>
            <translation>남은 일수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="271" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="271" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="271" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="272" />
            <source>Changed</source>
            <translation>변경 시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="272" />
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="272" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="279" />
            <source>Deadlines</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="285" />
            <source>Recently changed records</source>
            <translation>최근 변경된 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="327" />
            <source>Dashboard</source>
            <translation>대시보드</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="327" />
            <source>Reading…</source>
            <translation>읽는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="346" />
            <source>HQ — all posts</source>
            <translation>본청 — 모든 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="373" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="382" />
            <source>The rest</source>
            <translation>나머지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="401" />
            <source>{n} days late</source>
            <translation>{n}일 지남</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="402" />
            <source>today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/dashboard_page.py" line="413" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
    </context>
    <context>
        <name>editor</name>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="86" />
            <source>New {kind}</source>
            <translation>새 {kind}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="137" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="139" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="139" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="202" />
            <source>Read-only: {reason}</source>
            <translation>읽기 전용: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="204" />
            <source>Deleted; restore it to edit it.</source>
            <translation>삭제된 기록입니다. 복원한 뒤 수정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="266" />
            <source>Not saved</source>
            <translation>저장하지 못함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="276" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/editor.py" line="277" />
            <source>Discard your changes?</source>
            <translation>변경 내용을 버릴까요?</translation>
        </message>
    </context>
    <context>
        <name>file_menu</name>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" line="21" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" line="37" />
            <source>Briefing pack…</source>
            <translation>업무 보고 자료…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/file_menu.py" line="53" />
            <source>&amp;Import spreadsheet…</source>
            <translation>스프레드시트 가져오기(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>first_start</name>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="52" />
            <source>Officer Desk databases (*.sqlite);;All files (*)</source>
            <translation>Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="78" />
            <source>Set up Officer Desk</source>
            <translation>Officer Desk 설정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="80" />
            <source>Welcome to Officer Desk</source>
            <translation>Officer Desk에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="80" />
            <source>Say who you are and where to keep the data file. You can change the file later in the settings.</source>
            <translation>담당관 정보와 데이터 파일을 저장할 위치를 정하세요. 파일은 나중에 설정에서 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="84" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="85" />
            <source>HQ (headquarters)</source>
            <translation>본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="100" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="101" />
            <source>Try the demo database instead</source>
            <translation>대신 데모 데이터베이스 사용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="115" />
            <source>Post or HQ</source>
            <translation>공관 또는 본청</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="116" />
            <source>Officer name</source>
            <translation>담당관 이름</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="117" />
            <source>Data file</source>
            <translation>데이터 파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="120" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="121" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="143" />
            <source>Choose the database file</source>
            <translation>데이터베이스 파일 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="152" />
            <source>Choose where to keep the data file.</source>
            <translation>데이터 파일을 저장할 위치를 정하세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/first_start.py" line="174" />
            <source>Creating the demo database…</source>
            <translation>데모 데이터베이스를 만드는 중…</translation>
        </message>
    </context>
    <context>
        <name>import_log_page</name>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>When</source>
            <translation>일시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>From post</source>
            <translation>보낸 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>Signer</source>
            <translation>서명자</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="28" />
            <source>Added records</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="29" />
            <source>Updated records</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="29" />
            <source>Deleted records</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="29" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="29" />
            <source>Refused rows</source>
            <translation>거부된 행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="30" />
            <source>Merged by</source>
            <translation>병합한 사람</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="30" />
            <source>Reasons</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="33" />
            <source>merged</source>
            <translation>병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="33" />
            <source>already merged</source>
            <translation>이미 병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="33" />
            <source>checked</source>
            <translation>확인됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="33" />
            <source>refused</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="54" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_log_page.py" line="99" />
            <source>{count} packages</source>
            <translation>패키지 {count}개</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="71" />
            <source>Spreadsheet to import</source>
            <translation>가져올 스프레드시트</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="77" />
            <source>Load mapping</source>
            <translation>매핑 불러오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="82" />
            <source>Save mapping</source>
            <translation>매핑 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="107" />
            <source>create</source>
            <translation>새로 만듦</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="107" />
            <source>update</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="107" />
            <source>unchanged</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="107" />
            <source>deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="107" />
            <source>rejected</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="116" />
            <source>Choose the spreadsheet</source>
            <translation>스프레드시트 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="117" />
            <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or CP949).</source>
            <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일(UTF-8 또는 CP949)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="119" />
            <source>Choose a file…</source>
            <translation>파일을 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="121" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="135" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="136" />
            <source>Sheet</source>
            <translation>시트</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="137" />
            <source>Records of kind</source>
            <translation>기록 종류</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="156" />
            <source>(the first sheet with a table)</source>
            <translation>(표가 있는 첫 시트)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="181" />
            <source>Column</source>
            <translation>열</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="181" />
            <source>Header</source>
            <translation>머리글</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="181" />
            <source>Example</source>
            <translation>예시</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="181" />
            <source>Field</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="186" />
            <source>Check the columns</source>
            <translation>열 확인</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="187" />
            <source>Each column goes to the field chosen here; columns set to “(ignore)” are left out.</source>
            <translation>각 열은 여기서 고른 항목으로 들어갑니다. “(무시)”로 둔 열은 가져오지 않습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="194" />
            <source>Load mapping…</source>
            <translation>매핑 불러오기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="195" />
            <source>Save mapping…</source>
            <translation>매핑 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="222" />
            <source>(ignore)</source>
            <translation>(무시)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="271" />
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="272" />
            <source>Nothing has been imported yet. Rows with problems are red; point at a red cell to see why.</source>
            <translation>아직 아무것도 가져오지 않았습니다. 문제가 있는 행은 빨간색이며, 빨간 칸에 마우스를 올리면 이유가 보입니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="282" />
            <source>Import the valid rows and save the rejected rows to a file to correct</source>
            <translation>올바른 행만 가져오고 거부된 행은 고칠 수 있도록 파일로 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="286" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="290" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="304" />
            <source>The sheet could not be checked.</source>
            <translation>시트를 확인하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="308" />
            <source>{create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected; {companies} new companies.</source>
            <translation>새로 만들 기록 {create}건, 갱신할 기록 {update}건, 변경 없음 {unchanged}건, 거부 {rejected}건; 새 기업 {companies}곳</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="315" />
            <source>Row</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="315" />
            <source>Action</source>
            <translation>처리</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="332" />
            <source>row {row}: {reason}</source>
            <translation>{row}행: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="385" />
            <source>Import report</source>
            <translation>가져오기 결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="396" />
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="398" />
            <source>Created: {n}</source>
            <translation>새로 만든 기록: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="399" />
            <source>Updated: {n}</source>
            <translation>갱신한 기록: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="400" />
            <source>Unchanged: {n}</source>
            <translation>변경 없음: {n}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="402" />
            <source>New companies: {names}</source>
            <translation>새로 만든 기업: {names}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="405" />
            <source>{n} rejected rows were saved to {file}; correct them there and import that file.</source>
            <translation>거부된 행 {n}개를 {file}에 저장했습니다. 그 파일에서 고친 뒤 다시 가져오세요.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="409" />
            <source>Backup taken before the import: {file}</source>
            <translation>가져오기 전 백업: {file}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="433" />
            <source>Import spreadsheet</source>
            <translation>스프레드시트 가져오기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="452" />
            <source>Reading the sheet…</source>
            <translation>시트를 읽는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="469" />
            <source>Checking the sheet…</source>
            <translation>시트를 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/import_wizard.py" line="480" />
            <source>Importing…</source>
            <translation>가져오는 중…</translation>
        </message>
    </context>
    <context>
        <name>inputs</name>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="51" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="51" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="165" />
            <source>e.g. {example}</source>
            <translation>예: {example}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="169" />
            <source>a; b; c</source>
            <translation>예: 가; 나; 다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="198" />
            <source>name [type], one per line</source>
            <translation>한 줄에 하나씩: 이름 [유형]</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="244" />
            <source>Has a date</source>
            <translation>날짜 있음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="303" />
            <source>(not in use)</source>
            <translation>(사용 중지)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="366" />
            <source>Type to find…</source>
            <translation>입력하여 찾기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="419" />
            <source>New company “{name}”…</source>
            <translation>새 기업 “{name}”…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="461" />
            <source>Add</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="462" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/inputs.py" line="541" />
            <source>{size:,} bytes</source>
            <translation>{size:,}바이트</translation>
        </message>
    </context>
    <context>
        <name>links_panel</name>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="61" />
            <source>Record</source>
            <translation>기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="61" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="61" />
            <source>Date / state</source>
            <translation>날짜 / 상태</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="157" />
            <source>On the agenda of</source>
            <translation>보고된 회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="175" />
            <source>Disputes at every post</source>
            <translation>모든 공관의 분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="176" />
            <source>Engagements naming it</source>
            <translation>이 기업이 언급된 협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="177" />
            <source>The same company at other posts</source>
            <translation>다른 공관의 같은 기업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="187" />
            <source>Agenda</source>
            <translation>안건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="188" />
            <source>Action items raised</source>
            <translation>이 회의의 조치 사항</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/links_panel.py" line="189" />
            <source>Action items carried over</source>
            <translation>이월된 조치 사항</translation>
        </message>
    </context>
    <context>
        <name>list_page</name>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="73" />
            <source>Open</source>
            <translation>진행 중</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="73" />
            <source>Closed</source>
            <translation>종결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="127" />
            <source>Search (Korean or English)…</source>
            <translation>검색 (한글 또는 영문)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="130" />
            <source>All posts</source>
            <translation>모든 공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="133" />
            <source>Show deleted</source>
            <translation>삭제된 기록 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="134" />
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="137" />
            <source>Edit</source>
            <translation>수정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="138" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="141" />
            <source>Filters</source>
            <translation>필터</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="157" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="165" />
            <source>(not in use)</source>
            <translation>(사용 중지)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="178" />
            <source>From</source>
            <translation>부터</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="179" />
            <source>To</source>
            <translation>까지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="201" />
            <source>Saved views</source>
            <translation>저장된 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="202" />
            <source>Save view…</source>
            <translation>보기 저장…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="203" />
            <source>Delete view</source>
            <translation>보기 삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="225" />
            <source>Details</source>
            <translation>상세</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="398" />
            <source>Restore this record?</source>
            <translation>이 기록을 복원할까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="398" />
            <source>Delete this record?</source>
            <translation>이 기록을 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="399" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="523" />
            <source>(no saved view)</source>
            <translation>(저장된 보기 없음)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="537" />
            <source>Save view</source>
            <translation>보기 저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="537" />
            <source>Name of the view:</source>
            <translation>보기 이름:</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="671" />
            <source>{shown} of {total}</source>
            <translation>{total}건 중 {shown}건</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="677" />
            <source>Searching…</source>
            <translation>검색 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="709" />
            <source>Attachments ({n})</source>
            <translation>첨부 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="710" />
            <source>Follow-ups ({n})</source>
            <translation>후속 조치 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="711" />
            <source>Links ({n})</source>
            <translation>연결 ({n})</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="714" />
            <source>Links</source>
            <translation>연결</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="752" />
            <source>created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="763" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/list_page.py" line="768" />
            <source>History</source>
            <translation>변경 이력</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="70" />
            <source>Disputes</source>
            <translation>분쟁</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="70" />
            <source>Engagements</source>
            <translation>협의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="71" />
            <source>Trend notes</source>
            <translation>동향</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="71" />
            <source>Companies</source>
            <translation>기업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="72" />
            <source>Conferences</source>
            <translation>회의</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="72" />
            <source>Follow-ups</source>
            <translation>후속 조치</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="122" />
            <source> — DEMO DATABASE, not for real cases</source>
            <translation> — DEMO 데이터베이스: 실제 사건 기록 아님</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="134" />
            <source>Dashboard</source>
            <translation>대시보드</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="139" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="140" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="318" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="319" />
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="324" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="331" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="332" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="334" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="341" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="342" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="345" />
            <source>&amp;Find</source>
            <translation>찾기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="349" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="350" />
            <source>&amp;About Officer Desk</source>
            <translation>Officer Desk 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="353" />
            <source>The case log of Korea's overseas patent officers.</source>
            <translation>해외 지식재산 담당관의 사건 기록부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="388" />
            <source>This record has no list to show it in.</source>
            <translation>이 기록을 보여 줄 목록이 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/main_window.py" line="450" />
            <source>The list shows only the opened record; choose “(no saved view)” to see them all.</source>
            <translation>목록에 연 기록만 표시합니다. 전체를 보려면 “(저장된 보기 없음)”을 선택하세요.</translation>
        </message>
    </context>
    <context>
        <name>record_panels</name>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="201" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="202" />
            <source>Remove this item?</source>
            <translation>이 항목을 제거할까요?</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="221" />
            <source>Add…</source>
            <translation>추가…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="222" />
            <source>Open file</source>
            <translation>열기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="230" />
            <source>Drop files here to attach them</source>
            <translation>파일을 여기에 끌어다 놓으면 첨부됩니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="241" />
            <source>File name</source>
            <translation>파일명</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="241" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="241" />
            <source>Type</source>
            <translation>형식</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="241" />
            <source>Added</source>
            <translation>추가일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="268" />
            <source>Attach files</source>
            <translation>파일 첨부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="284" />
            <source>Attach {n} files</source>
            <translation>파일 {n}개 첨부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="348" />
            <source>New follow-up</source>
            <translation>새 후속 조치</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="359" />
            <source>Due</source>
            <translation>기한</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="360" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="381" />
            <source>Done</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/record_panels.py" line="408" />
            <source>Overdue</source>
            <translation>기한 지남</translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="44" />
            <source>When opened</source>
            <translation>열 때</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="45" />
            <source>Daily</source>
            <translation>매일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="46" />
            <source>Before an upgrade</source>
            <translation>업그레이드 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="47" />
            <source>Before a merge</source>
            <translation>병합 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="48" />
            <source>Before an import</source>
            <translation>가져오기 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="49" />
            <source>Before a restore</source>
            <translation>복원 전</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="50" />
            <source>Made by hand</source>
            <translation>직접 백업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="58" />
            <source>Restore from backup</source>
            <translation>백업에서 복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="74" />
            <source>no records</source>
            <translation>기록 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="88" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="88" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="88" />
            <source>Records</source>
            <translation>기록 수</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="88" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="88" />
            <source>Holds</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="97" />
            <source>Choose a backup to put in place of {name}. The file as it is now is backed up first, so a restore can be undone; the window reopens on the restored file.</source>
            <translation>{name} 대신 쓸 백업을 고르십시오. 지금 파일을 먼저 백업하므로 복원을 되돌릴 수 있습니다. 복원한 파일로 창이 다시 열립니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="123" />
            <source>There are no backups of this database yet.</source>
            <translation>이 데이터베이스의 백업이 아직 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="126" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="128" />
            <source>Restore…</source>
            <translation>복원…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="153" />
            <source>Replace {name} with the backup of {time} ({reason}, {records} records)? Changes made since then are set aside in a backup of the current file.</source>
            <translation>{name} 파일을 {time} 백업({reason}, 기록 {records}건)으로 바꿀까요? 그 뒤의 변경 내용은 지금 파일의 백업에 따로 보관됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="187" />
            <source>Back up now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="189" />
            <source>Restore from backup…</source>
            <translation>백업에서 복원…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="196" />
            <source>Backing up…</source>
            <translation>백업하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/restore_dialog.py" line="200" />
            <source>Backed up to {path}</source>
            <translation>백업함: {path}</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="39" />
            <source>Font files (*.ttf *.ttc);;All files (*)</source>
            <translation>글꼴 파일 (*.ttf *.ttc);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="45" />
            <source>Officer Desk databases (*.sqlite);;All files (*)</source>
            <translation>Officer Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="64" />
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="71" />
            <source>System</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="75" />
            <source>Empty: found automatically</source>
            <translation>비워 두면 자동으로 찾습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="76" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="79" />
            <source>(not set: chosen at the next start)</source>
            <translation>(지정 안 함: 다음 시작 때 선택)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="82" />
            <source>Database in use: {path}</source>
            <translation>사용 중인 데이터베이스: {path}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="85" />
            <source>The database file takes effect at the next start.</source>
            <translation>데이터베이스 파일 변경은 다음 시작 때 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="96" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="97" />
            <source>Korean font</source>
            <translation>한글 글꼴</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="99" />
            <source>Database file</source>
            <translation>데이터베이스 파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="105" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="106" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="120" />
            <source>Choose the Korean font</source>
            <translation>한글 글꼴 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="126" />
            <source>Choose the database file</source>
            <translation>데이터베이스 파일 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="149" />
            <source>There is no database at {path}.</source>
            <translation>{path}에 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/settings_dialog.py" line="168" />
            <source>Settings could not be saved: {error}</source>
            <translation>설정을 저장하지 못했습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>sync_dialogs</name>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="53" />
            <source>Folder for the package</source>
            <translation>패키지를 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="57" />
            <source>Packages to merge</source>
            <translation>병합할 패키지</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="91" />
            <source>Create sync package</source>
            <translation>동기화 패키지 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="94" />
            <source>Choose a folder…</source>
            <translation>폴더를 선택하세요…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="95" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="97" />
            <source>Whole database</source>
            <translation>데이터베이스 전체</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="98" />
            <source>Changes since the last package</source>
            <translation>지난 패키지 이후 변경분</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="106" />
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="114" />
            <source>Include the records of these posts</source>
            <translation>다음 공관의 기록 포함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="126" />
            <source>Create</source>
            <translation>만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="146" />
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} 폴더가 없습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="156" />
            <source>Writing the package…</source>
            <translation>패키지를 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="161" />
            <source>Written: {file}
Records: {count}
Signed with key: {fingerprint}</source>
            <translation>저장됨: {file}
기록 수: {count}
서명 키: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="176" />
            <source>Trust this key</source>
            <translation>이 키 신뢰</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="177" />
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
            <location filename="../officer_desk/gui/sync_dialogs.py" line="183" />
            <source>Warning: another key is trusted for this installation:</source>
            <translation>주의: 이 설치에는 다른 키가 이미 신뢰되어 있습니다:</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="187" />
            <source>I compared the fingerprint with the sender</source>
            <translation>보낸 사람과 키 지문을 대조했습니다</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="210" />
            <source>Choose packages</source>
            <translation>패키지 선택</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="212" />
            <source>Add files…</source>
            <translation>파일 추가…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="213" />
            <source>Remove</source>
            <translation>빼기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="247" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="247" />
            <source>Post</source>
            <translation>공관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="247" />
            <source>Officer</source>
            <translation>담당관</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="247" />
            <source>Signer fingerprint</source>
            <translation>서명 키 지문</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="247" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="249" />
            <source>trusted</source>
            <translation>신뢰함</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="249" />
            <source>revoked</source>
            <translation>철회됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="249" />
            <source>unknown</source>
            <translation>모르는 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="249" />
            <source>changed</source>
            <translation>바뀐 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="249" />
            <source>own</source>
            <translation>이 설치의 키</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="254" />
            <source>Verify signatures and keys</source>
            <translation>서명과 키 확인</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="255" />
            <source>A package signed by an unknown key is refused until you trust the key.</source>
            <translation>모르는 키로 서명된 패키지는 그 키를 신뢰할 때까지 거부됩니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="276" />
            <source>cannot read the file: {error}</source>
            <translation>파일을 읽을 수 없음: {error}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="282" />
            <source>refused</source>
            <translation>거부</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="312" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="312" />
            <source>Added records</source>
            <translation>추가</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="312" />
            <source>Updated</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="313" />
            <source>Unchanged</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="313" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="313" />
            <source>Conflicts</source>
            <translation>충돌</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="313" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="315" />
            <source>merged</source>
            <translation>병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="315" />
            <source>already merged</source>
            <translation>이미 병합됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="315" />
            <source>checked</source>
            <translation>확인됨</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="335" />
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="336" />
            <source>What merging would do; nothing has been changed yet.</source>
            <translation>병합하면 일어날 일입니다. 아직 아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="340" />
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="357" />
            <source>Merge report</source>
            <translation>병합 결과</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="369" />
            <source>{merged} of {total} packages merged.</source>
            <translation>패키지 {total}개 중 {merged}개를 병합했습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="385" />
            <source>Merge packages</source>
            <translation>패키지 병합</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="393" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; 이전(&amp;B)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="394" />
            <source>&amp;Next &gt;</source>
            <translation>다음(&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="395" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="396" />
            <source>&amp;Finish</source>
            <translation>마침(&amp;F)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="410" />
            <source>Checking the packages…</source>
            <translation>패키지를 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_dialogs.py" line="410" />
            <source>Merging the packages…</source>
            <translation>패키지를 병합하는 중…</translation>
        </message>
    </context>
    <context>
        <name>sync_menu</name>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" line="22" />
            <source>&amp;Sync</source>
            <translation>동기화(&amp;S)</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" line="36" />
            <source>Create sync package…</source>
            <translation>동기화 패키지 만들기…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" line="36" />
            <source>Merge packages…</source>
            <translation>패키지 병합…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" line="37" />
            <source>Conflicts…</source>
            <translation>충돌…</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/sync_menu.py" line="38" />
            <source>Import log</source>
            <translation>가져오기 기록</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="78" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="81" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="99" />
            <source>The record was deleted meanwhile.</source>
            <translation>그사이 기록이 삭제되었습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="100" />
            <source>The record was restored meanwhile.</source>
            <translation>그사이 기록이 복원되었습니다.</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="111" />
            <source>“{what}” cannot be done: {reason}</source>
            <translation>“{what}”을(를) 할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="142" />
            <source>Create {kind} “{title}”</source>
            <translation>{kind} “{title}” 만들기</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="148" />
            <source>Delete {kind} “{title}”</source>
            <translation>{kind} “{title}” 삭제</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="155" />
            <source>Restore {kind} “{title}”</source>
            <translation>{kind} “{title}” 복원</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="161" />
            <source>Edit {kind} “{title}”</source>
            <translation>{kind} “{title}” 수정</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/undo.py" line="182" />
            <source>It was changed meanwhile ({fields}).</source>
            <translation>그사이 다른 곳에서 바뀌었습니다 ({fields}).</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../officer_desk/gui/worker.py" line="141" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../officer_desk/gui/worker.py" line="147" />
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
    </context>
</TS>
