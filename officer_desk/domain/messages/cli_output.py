"""What the commands print when they succeed: summaries, labels, table headings.

The English side is what the command line has always printed (scripts and the English
tests read it); the Korean side is what an officer reads with ``--lang ko``. Output
meant for programs (``--json``, CSV) does not come from here and never changes.
A table's headings are one entry, the headings separated by ``|``.
"""

from __future__ import annotations

CLI_OUTPUT: dict[str, tuple[str, str]] = {
    # -- shared ------------------------------------------------------------------------
    "out.more_items": ("… {count:,} more", "… 그 밖에 {count:,}건"),
    "out.id_line": ("id: {id}", "기록 ID: {id}"),
    "out.yes": ("yes", "예"),
    "out.deleted_mark": (" (deleted)", " (삭제됨)"),
    "out.missing_record": ("{rid} (missing)", "{rid} (없는 기록)"),
    "out.unknown_kind": (
        "unknown record kind {name!r} (known: {known})",
        "알 수 없는 기록 종류 {name!r}(가능한 종류: {known})",
    ),
    # -- backup, backups, restore --------------------------------------------------------
    "out.backed_up": (
        "backed up {db} to {path} ({size})",
        "{db}을(를) {path}에 백업했습니다({size})",
    ),
    "out.no_backups": (
        "no backups of {db} (in {folder})",
        "{db}의 백업이 없습니다({folder})",
    ),
    "out.backups_head": (
        "time|reason|size|records|checked|holds|file",
        "시각|사유|크기|기록 수|확인|내용|파일",
    ),
    "out.backups_count": ("{count} in {folder}", "백업 {count}개: {folder}"),
    "out.backups_damaged": (
        "{count} DAMAGED: not restorable (see holds)",
        "손상된 백업 {count}개: 복원할 수 없습니다(내용 열 참조)",
    ),
    "out.backups_other_passphrase": (
        "{count} made with another passphrase (before it was changed): restore asks for it",
        "다른 암호로 만든 백업 {count}개(암호를 바꾸기 전): restore가 그 암호를 묻습니다",
    ),
    "out.backups_unverified": (
        "unverified: made by an earlier version without a manifest; only SQLite's "
        "integrity check vouches for it",
        "미확인: 이전 버전이 매니페스트 없이 만든 백업으로, SQLite 무결성 검사만 거쳤습니다",
    ),
    "out.reason_start": ("start", "시작"),
    "out.reason_daily": ("daily", "매일"),
    "out.reason_migration": ("migration", "구조 변경"),
    "out.reason_merge": ("merge", "병합"),
    "out.reason_import": ("import", "가져오기"),
    "out.reason_before_restore": ("before-restore", "복원 전"),
    "out.reason_before_encrypt": ("before-encrypt", "암호화 전"),
    "out.reason_before_decrypt": ("before-decrypt", "암호화 해제 전"),
    "out.reason_before_passphrase": ("before-passphrase", "암호 변경 전"),
    "out.reason_manual": ("manual", "수동"),
    "out.backup_damaged": ("DAMAGED", "손상"),
    "out.backup_other_passphrase": ("other passphrase", "다른 암호"),
    "out.backup_verified": ("verified", "확인됨"),
    "out.backup_unverified": ("unverified", "미확인"),
    "out.no_records": ("no records", "기록 없음"),
    "out.restore_verified": ("verified against its manifest", "매니페스트와 대조해 확인했습니다"),
    "out.restore_unverified": (
        "UNVERIFIED (no manifest: made by an earlier version; only SQLite's integrity "
        "check vouches for it)",
        "미확인(매니페스트 없음: 이전 버전이 만든 백업으로, SQLite 무결성 검사만 거쳤습니다)",
    ),
    "out.restore_holds": ("{file} holds {counts}; {state}", "{file}의 내용: {counts}. {state}"),
    "out.restore_other_post": ("warning: {message} (--force)", "경고: {message} (--force)"),
    "out.restore_current": (
        "{db} now holds {counts}: every change made since the backup leaves {db} (the file "
        "as it is now is backed up first, reason before-restore, and can be restored)",
        "{db}의 지금 내용: {counts}. 백업 이후의 변경은 모두 {db}에서 빠집니다(지금 파일은 먼저 "
        "복원 전 백업(before-restore)으로 남기며, 그 백업을 다시 복원할 수 있습니다)",
    ),
    "out.restore_lost": (
        "{count:,} records of {db} are not in the backup and {older:,} changed since it: "
        "the restore takes the first out and puts the others back as they were (all stay "
        "in the before-restore backup, in {folder})",
        "{db}의 기록 {count:,}건이 백업에 없고 {older:,}건은 백업 이후 바뀌었습니다. 복원하면 "
        "앞의 기록은 빠지고 뒤의 기록은 그때 상태로 돌아갑니다(모두 {folder}의 복원 전 "
        "백업(before-restore)에 남습니다)",
    ),
    "out.restore_nothing_lost": (
        "every record of {db} is in the backup, unchanged since: the restore takes none out",
        "{db}의 모든 기록이 백업 이후 바뀌지 않은 채 백업에 있습니다. 복원해도 빠지는 기록이 "
        "없습니다",
    ),
    "out.restore_confirm": (
        "Replace {db} with this backup? (the current file is backed up first)",
        "{db}을(를) 이 백업으로 바꾸시겠습니까? (지금 파일은 먼저 백업합니다)",
    ),
    "out.restore_current_unread": (
        "what {db} holds now cannot be said: {reason}. Everything in it is replaced by the "
        "backup (the file as it is now is copied first, reason before-restore, and can be "
        "restored)",
        "{db}의 지금 내용을 알 수 없습니다: {reason}. 그 내용은 모두 백업으로 바뀝니다(지금 "
        "파일은 먼저 복원 전 백업(before-restore)으로 그대로 복사해 두며, 다시 복원할 수 "
        "있습니다)",
    ),
    "out.restored": ("restored {db} from {file}", "{file}에서 {db}을(를) 복원했습니다"),
    "out.restore_passphrase_changed": (
        "warning: after the restore {db} opens with the passphrase of the backup {file} "
        "(the one given for it), no longer with the one it has now",
        "경고: 복원하면 {db}은(는) 백업 {file}의 암호(이 백업에 입력한 암호)로 열리며, 지금의 "
        "암호로는 열리지 않습니다",
    ),
    "out.restore_now_encrypted": (
        "warning: after the restore {db} is encrypted: it opens with the passphrase of the "
        "backup {file} (the one given for it)",
        "경고: 복원하면 {db}은(는) 암호화되어 백업 {file}의 암호(이 백업에 입력한 암호)로 "
        "열립니다",
    ),
    "out.restore_kept": (
        "the file as it was is kept in {path}",
        "복원 전 파일은 {path}에 보관했습니다",
    ),
    # -- init, demo, check -----------------------------------------------------------------
    "out.post_and_hq": ("give either --post CODE or --hq, not both",
                        "--post CODE와 --hq 중 하나만 지정하십시오"),
    "out.demo_progress": ("{done:,} / {total:,} records", "기록 {done:,} / {total:,}건"),
    "out.demo_adding": ("adding demo data to {db}", "{db}에 데모 자료를 추가합니다"),
    "out.demo_creating": ("creating demo database {db}", "데모 데이터베이스 {db}을(를) 만듭니다"),
    "out.demo_head": ("kind|records", "종류|기록 수"),
    "out.demo_done": ("{total:,} records in {seconds:.1f} s", "기록 {total:,}건, {seconds:.1f}초"),
    "out.demo_done_rate": (
        "{total:,} records in {seconds:.1f} s, {rate:,.0f} records/s",
        "기록 {total:,}건, {seconds:.1f}초(초당 {rate:,.0f}건)",
    ),
    "out.index_rebuilt": (
        "search index rebuilt: {count:,} entries",
        "검색 색인을 다시 만들었습니다: 항목 {count:,}개",
    ),
    "out.check_about": (
        "{path}: {role}{demo}, schema {schema}, officer {officer}",
        "{path}: {role}{demo}, 스키마 {schema}, 담당관 {officer}",
    ),
    "out.check_demo": (" (DEMO)", " (데모)"),
    "out.check_head": ("kind|live|deleted", "종류|현재|삭제됨"),
    "out.check_problem": ("problem: {problem}", "문제: {problem}"),
    "out.check_ok": ("ok: no problems found", "이상 없음: 문제를 찾지 못했습니다"),
    "out.check_problems": ("{count}", "문제 {count}건"),
    # -- search ------------------------------------------------------------------------------
    "out.found": ("{count:,} found", "{count:,}건을 찾았습니다"),
    "out.found_more": (
        "{count:,} of {total:,} found (more with --limit)",
        "{total:,}건 중 {count:,}건을 보입니다(더 보려면 --limit)",
    ),
    # -- keys ----------------------------------------------------------------------------
    "out.key_fingerprint": ("fingerprint", "지문"),
    "out.key_post": ("post", "공관"),
    "out.key_officer": ("officer", "담당관"),
    "out.key_installation": ("installation", "설치 ID"),
    "out.key_encryption": ("encryption", "암호화 키"),
    "out.key_status_here": ("status here", "이곳의 상태"),
    "out.keys_none": (
        "no keys yet: trust one with officer-desk keys DB trust PACKAGE",
        "아직 키가 없습니다. officer-desk keys DB trust PACKAGE로 키를 신뢰하십시오",
    ),
    "out.keys_head": (
        "fingerprint|post|status|encrypt to|officer|installation|since",
        "지문|공관|상태|암호화 대상|담당관|설치 ID|시점",
    ),
    "out.key_status_trusted": ("trusted", "신뢰함"),
    "out.key_status_revoked": ("revoked", "취소됨"),
    "out.key_status_unknown": ("unknown", "모르는 키"),
    "out.key_status_changed": ("changed", "바뀐 키"),
    "out.key_status_other_post": ("other post", "다른 공관"),
    "out.key_own": ("own (this database's own key)", "자체 키(이 데이터베이스의 키)"),
    "out.key_other_post_only": (
        "{status} for post {known} only (not for {post})",
        "{known} 공관에 대해서만 {status}({post} 공관은 아님)",
    ),
    "out.key_others_warning": (
        "warning: this installation is already trusted with another key ({others}); "
        "someone may be signing in its name",
        "경고: 이 설치는 이미 다른 키({others})로 신뢰하고 있습니다. 누군가 그 이름으로 "
        "서명하고 있을 수 있습니다",
    ),
    "out.key_already_trusted": ("already trusted", "이미 신뢰하는 키입니다"),
    "out.key_confirm": (
        "Does this fingerprint match the one the sender read to you?",
        "이 지문이 보낸 사람이 불러 준 지문과 같습니까?",
    ),
    "out.key_trusted": (
        "trusted {fingerprint} for post {post}",
        "{post} 공관의 키 {fingerprint}을(를) 신뢰합니다",
    ),
    "out.key_revoked": (
        "revoked {fingerprint} (post {post})",
        "키 {fingerprint}을(를) 취소했습니다({post} 공관)",
    ),
    # -- add, update, delete, undelete, attach, export -----------------------------------
    "out.added_nothing": (
        "added nothing (no records in the input)",
        "추가한 기록이 없습니다(입력에 기록이 없습니다)",
    ),
    "out.added": ("added {what}", "추가했습니다: {what}"),
    "out.deleted_left_out": (
        "left out {n:,} record(s) marked deleted in the input (deleted records are not added)",
        "입력에서 삭제 표시된 기록 {n:,}건은 추가하지 않았습니다(삭제된 기록은 추가하지 않습니다)",
    ),
    "out.no_change": ("no change to {rid}", "{rid}: 바뀐 것이 없습니다"),
    "out.updated": ("updated {rid}: {fields}", "{rid}을(를) 고쳤습니다: {fields}"),
    "out.updated_deleted": (
        "note: {rid} is deleted; the change is kept with it, out of lists and search "
        "(officer-desk undelete brings it back)",
        "참고: {rid}은(는) 삭제된 기록입니다. 고친 내용은 그 기록에 남지만 목록과 검색에는 "
        "나오지 않습니다(officer-desk undelete로 되살립니다)",
    ),
    "out.deleted": ("deleted {what}", "삭제했습니다: {what}"),
    "out.already_deleted": ("{what} was already deleted", "이미 삭제된 기록입니다: {what}"),
    "out.undeleted": ("restored {what}", "되살렸습니다: {what}"),
    "out.not_deleted": ("{what} was not deleted", "삭제된 기록이 아닙니다: {what}"),
    "out.attached": (
        "attached {name} ({size:,} bytes) to {rid}",
        "{name}({size:,}바이트)을(를) {rid}에 첨부했습니다",
    ),
    "out.export_wrote_records": ("wrote {records} to {path}", "{path}에 썼습니다({records})"),
    "out.export_wrote_rows": ("wrote {path} ({rows})", "{path}을(를) 썼습니다({rows})"),
    "out.xlsx_needs_out": (
        "an Excel workbook needs --out FILE.xlsx (it cannot go to standard output)",
        "Excel 통합 문서는 --out FILE.xlsx가 필요합니다(표준 출력으로 낼 수 없습니다)",
    ),
    "out.xlsx_text_too_long": (
        "{kind} {id}: {field} has {length:,} characters, more than an Excel cell holds "
        "(32,767); nothing was written (export as CSV or JSON, which keep it whole)",
        "{kind} {id}: {field}이(가) {length:,}자로 Excel 셀 한도(32,767자)를 넘습니다. "
        "아무것도 쓰지 않았습니다 (전부 담는 CSV나 JSON으로 내보내세요)",
    ),
    "out.csv_needs_kind": (
        "CSV to standard output needs --kind KIND (or give --out FOLDER for one file per "
        "kind)",
        "CSV를 표준 출력으로 내려면 --kind KIND가 필요합니다(종류마다 파일 하나씩 쓰려면 "
        "--out FOLDER)",
    ),
    # -- list, show, history -------------------------------------------------------------
    "out.shown_of": ("{shown} of {total:,}", "{total:,}건 중 {shown}"),
    "out.show_id_line": ("{id}   post {post}{deleted}", "{id}   {post} 공관{deleted}"),
    "out.show_deleted": (
        "   DELETED (officer-desk undelete brings it back)",
        "   삭제됨(officer-desk undelete로 되살릴 수 있습니다)",
    ),
    "out.linked_more": ("  … {count:,} more: {command}", "  … 그 밖에 {count:,}건: {command}"),
    "out.history_head": ("at|by|action|field|change", "시각|작성자|작업|필드|변경"),
    "out.history_earlier": ("  … {count} earlier: {command}", "  … 이전 {count}건: {command}"),
    "out.action_create": ("create", "생성"),
    "out.action_update": ("update", "수정"),
    "out.action_delete": ("delete", "삭제"),
    "out.action_restore": ("restore", "되살림"),
    # -- fields ----------------------------------------------------------------------------
    "out.fields_kinds_head": (
        "kind|English|한국어|kept by|also accepted",
        "종류|English|한국어|관리 주체|다른 이름",
    ),
    "out.fields_head": (
        "field|type|required|default|accepts|English|한국어",
        "필드|형식|필수|기본값|받는 값|English|한국어",
    ),
    "out.fields_terms_head": ("code|English|한국어", "코드|English|한국어"),
    "out.fields_hq": ("HQ", "본청"),
    "out.fields_post": ("post", "공관"),
    "out.fields_one_of": ("at least one of: {names}", "다음 중 하나 이상 필수: {names}"),
    "out.fields_retired": ("  (retired)", "  (사용 중지)"),
    "out.accepts_vocab": ("{vocab} code", "{vocab} 코드"),
    "out.accepts_ref": ("{ref} id", "{ref}의 ID"),
    "out.accepts_refs": ("[{ref} ids]", "[{ref} ID 목록]"),
    "out.accepts_link": ("any record's id", "아무 기록의 ID"),
    "out.accepts_parties": ("[{{name, type}}]", "[{{name, type}} 목록]"),
    "out.accepts_texts": ("[texts]", "[글 목록]"),
    "out.accepts_blob": ("use attach", "attach로 첨부"),
    "out.accepts_max": ("max {count:,} chars", "최대 {count:,}자"),
    # -- package, merge, conflicts ----------------------------------------------------------
    "out.merge_head": (
        "package|post|outcome|added|updated|unchanged|deleted|conflicts|refused",
        "패키지|공관|결과|추가|수정|그대로|삭제|충돌|거부",
    ),
    "out.outcome_merged": ("merged", "병합함"),
    "out.outcome_already_merged": ("already merged", "이미 병합됨"),
    "out.outcome_checked": ("checked", "확인함"),
    "out.outcome_refused": ("refused", "거부됨"),
    "out.no_conflicts": ("no conflicts", "충돌이 없습니다"),
    "out.conflicts_head": (
        "id|kind|record|fields|why|ours|theirs|applied|from|resolved",
        "ID|종류|기록|필드|사유|우리 값|상대 값|적용|보낸 곳|해결",
    ),
    "out.resolved": (
        "resolved {id}: kept {keep} ({what})",
        "{id} 충돌을 해결했습니다: {keep}을(를) 유지({what})",
    ),
    "out.conflict_edit": ("edit", "수정"),
    "out.conflict_delete": ("delete", "삭제"),
    "out.settled_changed": ("changed the record", "기록을 바꿨습니다"),
    "out.settled_changed_then": (
        "the change goes out in the next package",
        "이 변경은 다음 패키지로 전달됩니다",
    ),
    "out.settled_confirmed": ("the record already had it", "기록에 이미 그 값이 있었습니다"),
    "out.settled_confirmed_then": (
        "the decision goes out in the next package",
        "이 결정은 다음 패키지로 전달됩니다",
    ),
    "out.settled_marked": ("marked resolved here only", "이곳에서만 해결로 표시했습니다"),
    "out.settled_marked_then": (
        "the record is not this database's to change",
        "이 데이터베이스가 바꿀 수 있는 기록이 아닙니다",
    ),
    # -- what officer-desk check finds (services.checks, services.stamp_check) --------------
    "check.integrity": ("integrity: {line}", "무결성: {line}"),
    "check.foreign_key": (
        "foreign key: {table} row {rowid} refers to a missing {parent} record",
        "외래 키: {table}의 {rowid}행이 없는 {parent} 기록을 가리킵니다",
    ),
    "check.link": (
        "link: {kind} {rid} {field} -> missing {target}",
        "연결: {kind} {rid}의 {field} -> 없는 기록 {target}",
    ),
    "check.not_indexed": (
        "record index: {count} {kind} not indexed",
        "기록 색인: {kind} {count}건이 색인에 없습니다",
    ),
    "check.search_index": (
        "search index: {indexed} entries for {expected} searchable records "
        "(run officer-desk check --repair)",
        "검색 색인: 검색 대상 기록 {expected}건에 항목 {indexed}개"
        "(officer-desk check --repair를 실행하십시오)",
    ),
    "check.search_mismatch": (
        "search index: does not match the records ({detail}; run officer-desk check "
        "--repair)",
        "검색 색인: 기록과 맞지 않습니다({detail}). officer-desk check --repair를 실행하십시오",
    ),
    "check.short_index": (
        "short-term index: {short} entries for {indexed} indexed records "
        "(run officer-desk check --repair)",
        "단기 색인: 색인된 기록 {indexed}건에 항목 {short}개"
        "(officer-desk check --repair를 실행하십시오)",
    ),
    "check.stamp": ("stamp: {line}", "변경 기록과 다름: {line}"),
    "check.stamp_created": (
        "{kind} {rid} {field} is {now}, but its creation (history #{seq}, counter "
        "{version}) set another value: changed outside Officer Desk, so the change never "
        "syncs",
        "{kind} {rid}의 {field} 값이 {now}인데, 생성할 때(이력 #{seq}, 카운터 {version})는 "
        "다른 값이었습니다. Officer Desk 밖에서 바뀐 것이라 이 변경은 동기화되지 않습니다",
    ),
    "check.stamp_changed": (
        "{kind} {rid} {field} is {now}, but its last stamped change (history #{seq}, "
        "counter {version}) set {expected}: changed outside Officer Desk, so the change "
        "never syncs",
        "{kind} {rid}의 {field} 값이 {now}인데, 마지막으로 기록된 변경(이력 #{seq}, 카운터 "
        "{version})은 {expected}(으)로 정했습니다. Officer Desk 밖에서 바뀐 것이라 이 변경은 "
        "동기화되지 않습니다",
    ),
    "check.stamp_more": ("{kind}: and {count} more", "{kind}: 그 밖에 {count}건"),
    # -- the overview without a command ----------------------------------------------------
    "out.settings_problem": ("note: {problem}", "참고: {problem}"),
    "out.settings_missing_db": (
        "note: {settings} names {db}, which does not exist; opening the demo database",
        "참고: {settings}에 적힌 {db}이(가) 없습니다. 데모 데이터베이스를 엽니다",
    ),
}
