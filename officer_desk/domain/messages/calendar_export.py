"""Messages of the deadline calendar (``calendar``, File > Export deadlines to calendar…)
and of the analysis database (``export --format sqlite``): what the files say, what the
commands print, why they refuse."""

from __future__ import annotations

CALENDAR_EXPORT: dict[str, tuple[str, str]] = {
    # -- words written into the calendar file --------------------------------------------
    "calendar.name": ("Officer Desk deadlines ({scope})", "Officer Desk 기한 ({scope})"),
    "calendar.name_stakeholder": (
        "Officer Desk deadlines ({scope}, stakeholder edition)",
        "Officer Desk 기한 ({scope}, 대외 배포용)",
    ),
    "calendar.follow_up": ("Follow-up: {text}", "후속 조치: {text}"),
    "calendar.action_item": ("Action item: {text}", "조치 사항: {text}"),
    "calendar.about": ("{text} ({about})", "{text} ({about} 관련)"),
    "calendar.state_done": ("{summary} [done]", "{summary} [완료]"),
    "calendar.state_dropped": ("{summary} [dropped]", "{summary} [중단]"),
    "calendar.state_deleted": ("{summary} [deleted]", "{summary} [삭제됨]"),
    "calendar.reminder": ("Due tomorrow: {summary}", "내일 기한: {summary}"),
    "calendar.line_id": ("Officer Desk record: {kind} {id}", "Officer Desk 기록: {kind} {id}"),
    "calendar.line_owner": ("Belongs to: {kind} {id} — {title}",
                            "관련 기록: {kind} {id} — {title}"),
    "calendar.line_post": ("Post: {post}", "공관: {post}"),
    "calendar.line_due": ("Due: {due} ({zone})", "기한: {due} ({zone})"),
    "calendar.line_owner_name": ("Owner: {name}", "담당: {name}"),
    "calendar.line_state_open": ("Status: open", "상태: 진행 중"),
    "calendar.line_state_done": ("Status: done", "상태: 완료"),
    "calendar.line_state_dropped": ("Status: dropped", "상태: 중단"),
    "calendar.line_state_deleted": (
        "Status: deleted (or its record was deleted) in the case log",
        "상태: 사건 기록에서 삭제됨(또는 관련 기록이 삭제됨)",
    ),
    "calendar.all_posts": ("all posts", "모든 공관"),
    # -- what the command and the window say ---------------------------------------------
    "calendar.wrote": (
        "wrote {count:,} event(s) to {path}: {open:,} open, {cancelled:,} cancelled "
        "(done or deleted)",
        "{path}에 일정 {count:,}건을 썼습니다: 진행 중 {open:,}건, 취소 {cancelled:,}건"
        "(완료 또는 삭제)",
    ),
    "calendar.due_out_of_range": (
        "{kind} {id} is due {due}, outside the years {first} to {last} (a date stored "
        "before dates were checked); correct its date (officer-desk update … due_on) and "
        "write the calendar again. Nothing was written",
        "{kind} {id}의 기한 {due}은(는) {first}년~{last}년 밖입니다(날짜를 확인하기 전에 "
        "저장된 날짜). "
        "날짜를 고친 뒤(officer-desk update … due_on) 다시 쓰십시오. 아무것도 쓰지 "
        "않았습니다",
    ),
    "calendar.zone_guessed": (
        "post {post} has no known time zone; its deadlines are written in Korean time "
        "(Asia/Seoul)",
        "공관 {post}의 시간대를 알 수 없어 그 기한은 한국 시간(Asia/Seoul)으로 썼습니다",
    ),
    "calendar.unknown_posts": (
        "unknown post(s) {posts}; known posts: {known}",
        "알 수 없는 공관: {posts} (있는 공관: {known})",
    ),
    "calendar.bad_edition": (
        "edition must be internal or stakeholder, not {edition!r}",
        "판은 internal(내부용) 또는 stakeholder(대외용)이어야 합니다: {edition!r}",
    ),
    "calendar.out_is_database": (
        "{path} is the case log itself; choose another file for the calendar",
        "{path}은(는) 사건 기록 파일 자체입니다. 일정 파일은 다른 이름으로 정하십시오",
    ),
    "calendar.cannot_write": (
        "cannot write the calendar file {path}: {detail}; the file was left as it was",
        "일정 파일 {path}을(를) 쓸 수 없습니다: {detail}. 파일은 그대로 두었습니다",
    ),
    "calendar.out_is_folder": (
        "{path} is a folder; give a file name (e.g. deadlines.ics)",
        "{path}은(는) 폴더입니다. 파일 이름을 정하십시오(예: deadlines.ics)",
    ),
    "calendar.negative_days": (
        "--days must be 0 or more, not {days}",
        "--days는 0 이상이어야 합니다: {days}",
    ),
    # -- the analysis database -----------------------------------------------------------
    "analysis.wrote": (
        "wrote {path}: {tables:,} tables, {views:,} views, {rows:,} rows",
        "{path}을(를) 썼습니다: 표 {tables:,}개, 보기 {views:,}개, 행 {rows:,}개",
    ),
    "analysis.needs_out": (
        "the SQLite format writes a file: give --out FILE (e.g. analysis.sqlite)",
        "SQLite 형식은 파일로 씁니다. --out 파일을 정하십시오(예: analysis.sqlite)",
    ),
    "analysis.no_kind": (
        "the SQLite format writes every kind; leave out --kind",
        "SQLite 형식은 모든 종류를 씁니다. --kind 없이 실행하십시오",
    ),
    "analysis.no_deleted": (
        "the analysis database holds the records as they are: deleted ones are never in "
        "it; leave out --include-deleted",
        "분석용 데이터베이스에는 현재 기록만 들어가며 삭제된 기록은 넣지 않습니다. "
        "--include-deleted 없이 실행하십시오",
    ),
    "analysis.edition_sqlite_only": (
        "--edition applies to --format sqlite only",
        "--edition은 --format sqlite에만 쓸 수 있습니다",
    ),
    "analysis.out_is_database": (
        "{path} is the case log itself; choose another file for the analysis database",
        "{path}은(는) 사건 기록 파일 자체입니다. 분석용 데이터베이스는 다른 이름으로 "
        "정하십시오",
    ),
    "analysis.out_is_folder": (
        "{path} is a folder; give a file name (e.g. analysis.sqlite)",
        "{path}은(는) 폴더입니다. 파일 이름을 정하십시오(예: analysis.sqlite)",
    ),
}
