"""Messages of the case log itself: opening, writing, records, views, backups, restore.

None of them names a terminal command: the window shows them too. The command line
adds its own hints where a command is the way out.
"""

from __future__ import annotations

DESK: dict[str, tuple[str, str]] = {
    # -- opening and setting up a case log ---------------------------------------------
    "desk.read_only": (
        "{path} is open read-only; nothing was changed",
        "{path} 파일은 읽기 전용으로 열려 있어 아무것도 바꾸지 않았습니다",
    ),
    "desk.exists": (
        "{path} already exists; choose a new file name",
        "{path} 파일이 이미 있습니다. 새 파일 이름을 고르십시오",
    ),
    "person.blank": (
        "the name of who makes the changes is blank: give a name, or leave the option out",
        "변경하는 사람의 이름이 비어 있습니다. 이름을 주거나 옵션을 빼십시오",
    ),
    "person.control": (
        "the name of who makes the changes holds a control character ({char}), which cannot "
        "be recorded",
        "변경하는 사람의 이름에 기록할 수 없는 제어 문자({char})가 있습니다",
    ),
    "person.too_long": (
        "the name of who makes the changes is {length:,} characters long (at most {limit})",
        "변경하는 사람의 이름이 {length:,}자로 너무 깁니다(최대 {limit}자)",
    ),
    "person.tidied": (
        "{option} {given} is recorded as {stored} ({how})",
        "{option} {given}은(는) {stored}(으)로 기록합니다({how})",
    ),
    "desk.post_needed": (
        "say which post this database is for (a post code, or HQ)",
        "이 데이터베이스가 어느 공관의 것인지(공관 코드 또는 본청) 정하십시오",
    ),
    "desk.unknown_post": (
        "unknown post {post!r}; known posts: {known} (HQ can add posts)",
        "알 수 없는 공관 {post!r}입니다. 있는 공관: {known} (공관은 본청이 추가할 수 있습니다)",
    ),
    "desk.not_set_up": (
        "{path} has not been set up; create a new case log instead",
        "{path} 파일은 데이터베이스로 준비되지 않았습니다. 새 데이터베이스를 만드십시오",
    ),
    "desk.no_database": (
        "no database at {path}; check the file name, or create a new database",
        "{path}에 데이터베이스가 없습니다. 파일 이름을 확인하거나 새 데이터베이스를 만드십시오",
    ),
    "desk.not_desk_sqlite": (
        "{path} is an SQLite file but not an Officer Desk database",
        "{path} 파일은 SQLite 파일이지만 Officer Desk 데이터베이스가 아닙니다",
    ),
    "desk.too_new": (
        "{path} was written by a newer version of Officer Desk (schema {schema}, this "
        "program knows up to {latest}); update the program. The file was not changed.",
        "{path}은(는) 더 새로운 Officer Desk가 쓴 파일입니다(스키마 {schema}, 이 프로그램은 "
        "{latest}까지). 프로그램을 업데이트하십시오. 파일은 바뀌지 않았습니다.",
    ),
    "desk.needs_upgrade": (
        "{path} needs upgrading to schema {schema}; open it once for writing",
        "{path} 파일은 스키마 {schema}(으)로 업그레이드해야 합니다. 한 번 쓰기 가능하게 여십시오",
    ),
    "desk.needs_upgrade_plain": (
        "{path} needs upgrading to schema {schema}",
        "{path} 파일은 스키마 {schema}(으)로 업그레이드해야 합니다",
    ),
    "desk.disk_full": (
        "The disk is full: {path} could not be written, and nothing was changed. Free some "
        "space and try again.",
        "디스크가 가득 찼습니다: {path}에 쓰지 못했으며 아무것도 바뀌지 않았습니다. 공간을 "
        "확보한 뒤 다시 시도하십시오.",
    ),
    "desk.folder_read_only": (
        "The folder is read-only: {path} cannot be written (read-only file or folder), and "
        "nothing was changed. Copy it to a folder you can write to.",
        "폴더가 읽기 전용입니다: {path}에 쓸 수 없으며(읽기 전용 파일 또는 폴더) 아무것도 "
        "바뀌지 않았습니다. 쓸 수 있는 폴더로 복사하십시오.",
    ),
    "desk.busy": (
        "{path} is in use by another program (or another Officer Desk window); close it "
        "and try again",
        "{path} 파일을 다른 프로그램(또는 다른 Officer Desk 창)이 쓰고 있습니다. 그쪽을 닫고 "
        "다시 시도하십시오",
    ),
    "desk.damaged": (
        "{path} is damaged ({detail}); restore it from a backup",
        "{path} 파일이 손상되었습니다({detail}). 백업에서 복원하십시오",
    ),
    "desk.not_desk": (
        "{path} is not an Officer Desk database",
        "{path} 파일은 Officer Desk 데이터베이스가 아닙니다",
    ),
    "desk.cannot_open": (
        "cannot open {path}: {detail}",
        "{path} 파일을 열 수 없습니다: {detail}",
    ),
    "desk.sqlite_problem": (
        "{path}: {detail}",
        "{path}: 데이터베이스 오류 ({detail})",
    ),
    "desk.cannot_lock": (
        "cannot lock {path}: {detail}",
        "{path} 잠금 파일을 만들 수 없습니다: {detail}",
    ),
    "desk.hard_linked": (
        "{path} is one file with {links} names on this disk (hard links). SQLite keeps "
        "its journal beside each name, so two programs writing through different names "
        "could damage it: it is not opened for writing. Make a copy of it (a copy, not a "
        "link) and open the copy, or remove the other names.",
        "{path}은(는) 이 디스크에서 이름이 {links}개인 한 파일입니다(하드 링크). SQLite는 "
        "이름마다 저널을 따로 두므로 두 프로그램이 서로 다른 이름으로 쓰면 파일이 손상될 수 "
        "있어 쓰기용으로 열지 않습니다. 파일을 복사해(링크가 아닌 복사본) 그 복사본을 열거나 "
        "다른 이름을 지우십시오.",
    ),
    "desk.is_folder": (
        "{path} is a folder, not an Officer Desk database",
        "{path}은(는) 폴더입니다. Officer Desk 데이터베이스가 아닙니다",
    ),
    "desk.compact_failed": (
        "{path} was brought to the new layout and is whole, but rewriting the file to give "
        "back the space it freed failed ({detail}): it stays larger until then. Officer "
        "Desk tries again each time the file is opened for writing; free some disk space "
        "first",
        "{path}은(는) 새 구조로 바뀌었고 온전하지만, 비워진 공간을 돌려주도록 파일을 다시 "
        "쓰는 데 실패했습니다({detail}). 그때까지 파일은 큰 채로 남습니다. 파일을 쓰기로 열 "
        "때마다 Officer Desk가 다시 시도합니다. 먼저 디스크 공간을 확보하십시오",
    ),
    "desk.older_copy": (
        "{path} is an older copy of this database: on this computer it had already reached "
        "change {high:,}, and this file is at change {clock:,} (it was copied back by hand, "
        "not restored from a backup by Officer Desk). Changes made after this copy was "
        "taken are not in it. So that new changes are not taken for those, the file now has "
        "a new installation id ({new}): its next package is signed with a new key, which "
        "HQ must trust before merging it (read HQ the fingerprint of this computer's key). "
        "See \"An older copy of the file\" in docs/sync.md.",
        "{path}은(는) 이 데이터베이스의 예전 사본입니다. 이 컴퓨터에서는 이미 변경 {high:,}까지 "
        "진행되었는데 이 파일은 변경 {clock:,}에 머물러 있습니다(Officer Desk의 백업 복원이 "
        "아니라 손으로 다시 복사한 파일). 이 사본을 만든 뒤의 변경은 이 파일에 없습니다. 새 "
        "변경이 그 변경들과 혼동되지 않도록 파일에 새 설치 ID({new})를 주었습니다. 다음 "
        "패키지는 새 키로 서명되므로 본청이 병합하기 전에 그 키를 신뢰해야 합니다(이 컴퓨터 "
        "키의 지문을 본청에 불러 주십시오). docs/sync.md의 \"An older copy of the file\" 절을 "
        "보십시오.",
    ),
    "counter.not_number": (
        "this database's change counter is not a number ({value!r}); nothing was changed. "
        "Restore a backup",
        "이 데이터베이스의 변경 카운터가 숫자가 아닙니다({value!r}). 아무것도 바뀌지 "
        "않았습니다. 백업에서 복원하십시오",
    ),
    "counter.too_high": (
        "this database's change counter is at {current}, too high to record {count} more "
        "change(s): a damaged package merged by an earlier version of the program pushed it "
        "there. Nothing was changed. Restore the backup made before that merge",
        "이 데이터베이스의 변경 카운터가 {current}(으)로 너무 높아 변경 {count}건을 더 기록할 "
        "수 없습니다. 이전 버전의 프로그램이 병합한 손상된 패키지가 카운터를 그렇게 "
        "올렸습니다. 아무것도 바뀌지 않았습니다. 그 병합 전에 만든 백업으로 복원하십시오",
    ),
    # -- records ----------------------------------------------------------------------
    "record.not_found": (
        "no record with id {id}",
        "ID가 {id}인 기록이 없습니다",
    ),
    "record.reference_data": (
        "{kind} entries are reference data kept by HQ; ask HQ to change them",
        "{kind} 항목은 본청이 관리하는 기준 자료입니다. 바꾸려면 본청에 요청하십시오",
    ),
    "record.other_post": (
        "this record belongs to post {post}; only that post can change it (this database "
        "is {home}'s)",
        "이 기록은 {post} 공관의 것이라 그 공관만 바꿀 수 있습니다(이 데이터베이스는 {home}의 "
        "것입니다)",
    ),
    "record.made_at_other_post": (
        "this database is {home}'s; records of post {post} are made there",
        "이 데이터베이스는 {home}의 것입니다. {post} 공관의 기록은 그 공관에서 만듭니다",
    ),
    "conference.not_found": (
        "no conference with id {id}",
        "ID가 {id}인 회의가 없습니다",
    ),
    "view.needs_name": (
        "a saved view needs a name",
        "저장할 보기에 이름을 붙이십시오",
    ),
    "view.not_found": (
        "no saved view with id {id}",
        "ID가 {id}인 저장된 보기가 없습니다",
    ),
    "conflict.not_found": (
        "no conflict with id {id}",
        "ID가 {id}인 충돌이 없습니다",
    ),
    "conflict.ambiguous": (
        "{id} matches {count:,} conflicts; give more of the id",
        "{id}에 해당하는 충돌이 {count:,}건입니다. ID를 더 길게 입력하십시오",
    ),
    "conflict.keep_ours": ("ours", "우리 값"),
    "conflict.keep_theirs": ("theirs", "상대 값"),
    "conflict.keep_edited": ("edited", "고친 값"),
    "conflict.keep_superseded": ("superseded", "나중 변경으로 대체됨"),
    # how a conflict was settled (conflicts.resolution), beside the keep_ words above
    "conflict.settled_ours": ("kept ours", "우리 값 유지"),
    "conflict.settled_theirs": ("kept theirs", "상대 값 유지"),
    "conflict.settled_same_value": ("same value", "같은 값"),
    "conflict.moved_on": (
        "conflict {id} on record {record}: the record has changed since the conflict was "
        "found and now holds {current}{instead}. Nothing was changed; look at the record "
        "first",
        "충돌 {id}(레코드 {record}): 충돌이 발견된 뒤 레코드가 바뀌어 지금은 {current}입니다"
        "{instead}. 아무것도 바꾸지 않았습니다. 먼저 레코드를 확인하십시오",
    ),
    "conflict.moved_on_back": (
        "; keeping {keep} would put {wanted} back over it",
        ". {keep}을(를) 유지하면 그 위에 {wanted}을(를) 되돌려 놓게 됩니다",
    ),
    "conflict.moved_on_replace": (
        "; keeping {keep} would replace it",
        ". {keep}을(를) 유지하면 그 값을 바꾸게 됩니다",
    ),
    "conflict.superseded": (
        "conflict {id} on record {record} was already closed on {when}: a later change{by} "
        "made after seeing its values superseded it; the record holds that change",
        "충돌 {id}(레코드 {record})은(는) {when}에 이미 닫혔습니다. 두 값을 본 뒤에 한 나중 "
        "변경{by}이(가) 이를 대신했으며 레코드에 그 변경이 들어 있습니다",
    ),
    "conflict.resolved": (
        "conflict {id} was already resolved ({resolution}, {when})",
        "충돌 {id}은(는) 이미 해결되었습니다({resolution}, {when})",
    ),
    "conflict.bad_keep": (
        "keep 'ours', 'theirs' or 'edited', not {keep!r}",
        "ours(우리 값), theirs(상대 값) 또는 edited(고친 값) 중 하나를 고르십시오({keep!r} 아님)",
    ),
    "conflict.edited_needs_values": (
        "give the edited values to keep",
        "유지할 값을 입력하십시오",
    ),
    "conflict.values_only_edited": (
        "values are given only with keep='edited'",
        "값은 edited(고친 값)로 유지할 때만 줍니다",
    ),
    "counter.seen_too_high": (
        "a change counter of {seen} from elsewhere is above the limit {limit}; it was not "
        "taken",
        "다른 곳에서 온 변경 카운터 {seen}이(가) 한도 {limit}을(를) 넘어 받아들이지 "
        "않았습니다.",
    ),
    "counter.cannot_keep": (
        "cannot keep a counter for installation {installation!r}",
        "설치 {installation!r}의 변경 카운터를 기록할 수 없습니다",
    ),
    "search.too_long": (
        "a search can have at most {max_length} characters and {max_terms} words; this one "
        "has {length:,} characters and {terms:,} words: shorten it",
        "검색어는 {max_length}자, {max_terms}단어까지 쓸 수 있습니다. 지금 {length:,}자, "
        "{terms:,}단어입니다: 줄여 주십시오",
    ),
    "desk.not_sqlite": (
        "{path} is not an Officer Desk database (not an SQLite file)",
        "{path}은(는) Officer Desk 데이터베이스가 아닙니다 (SQLite 파일이 아님)",
    ),
    "desk.empty": (
        "{path} is empty: it is not an Officer Desk database",
        "{path}은(는) 빈 파일입니다. Officer Desk 데이터베이스가 아닙니다",
    ),
    # -- export files (JSON) ----------------------------------------------------------
    "transfer.bad_json": (
        "not valid JSON: {detail} at line {line}",
        "올바른 JSON이 아닙니다: {line}행 ({detail})",
    ),
    "transfer.other_version": (
        "the export is of format version {version!r}, and this Officer Desk reads version "
        "{known}: export it again with this version, or update Officer Desk",
        "내보낸 파일의 형식 버전이 {version!r}이며 이 Officer Desk는 버전 {known}을(를) "
        "읽습니다. 이 버전으로 다시 내보내거나 Officer Desk를 업데이트하십시오",
    ),
    "transfer.no_kinds": (
        "the export has no 'kinds' section",
        "내보낸 파일에 'kinds' 부분이 없습니다",
    ),
    "transfer.unknown_kinds": (
        "unknown record kinds in the file: {kinds}",
        "파일에 알 수 없는 기록 종류가 있습니다: {kinds}",
    ),
    "transfer.all_needs_export": (
        "'all' needs an export file made by Officer Desk's export",
        "'all'에는 Officer Desk가 내보낸 파일이 필요합니다",
    ),
    "transfer.not_objects": (
        "expected a JSON object or a list of JSON objects",
        "JSON 객체 또는 JSON 객체 목록이어야 합니다",
    ),
    # -- the demo ---------------------------------------------------------------------
    "demo.unknown_posts": (
        "unknown post(s): {posts}",
        "알 수 없는 공관: {posts}",
    ),
    "demo.no_posts": (
        "no posts to make demo records for (HQ has no cases of its own)",
        "예시 기록을 만들 공관이 없습니다(본청에는 자체 사건이 없습니다)",
    ),
    "demo.not_demo": (
        "{path} is not a demo database; demo records go only into a database made for them",
        "{path} 파일은 예시용 데이터베이스가 아닙니다. 예시 기록은 예시용으로 만든 "
        "데이터베이스에만 넣습니다",
    ),
    "demo.seed_used": (
        "this database already holds the demo records of seed {seed}; choose another seed",
        "이 데이터베이스에는 이미 시드 {seed}의 예시 기록이 있습니다. 다른 시드를 고르십시오",
    ),
    # -- backups and restore ----------------------------------------------------------
    "backup.no_database": (
        "no database at {path}",
        "{path}에 데이터베이스가 없습니다",
    ),
    "backup.not_desk": (
        "not an Officer Desk database",
        "Officer Desk 데이터베이스가 아닙니다",
    ),
    "restore.no_backup": (
        "there is no backup at {path}",
        "{path}에 백업이 없습니다",
    ),
    "restore.itself": (
        "{backup} is the case log itself, not one of its backups: nothing was changed; "
        "choose a backup (officer-desk backups {db} lists them)",
        "{backup}은(는) 백업이 아니라 업무 기록 파일 자체입니다. 아무것도 바뀌지 않았습니다. "
        "백업을 고르십시오(officer-desk backups {db}로 목록을 볼 수 있습니다)",
    ),
    "restore.not_a_file": (
        "{path} is not a backup: it is not a regular file (a folder, a device or a pipe)",
        "{path}은(는) 백업이 아닙니다: 일반 파일이 아닙니다(폴더, 장치 또는 파이프)",
    ),
    "restore.not_sqlite": (
        "{path} is not an Officer Desk backup (not SQLite)",
        "{path} 파일은 Officer Desk 백업이 아닙니다(SQLite 파일이 아님)",
    ),
    "restore.not_backup": (
        "{path} is not an Officer Desk backup",
        "{path} 파일은 Officer Desk 백업이 아닙니다",
    ),
    "restore.unreadable": (
        "the backup {path} cannot be read ({detail}); choose another backup",
        "백업 {path}을(를) 읽을 수 없습니다({detail}). 다른 백업을 고르십시오",
    ),
    "restore.damaged": (
        "the backup {path} is damaged ({detail}); choose another backup",
        "백업 {path}이(가) 손상되었습니다({detail}). 다른 백업을 고르십시오",
    ),
    "restore.too_new": (
        "the backup {path} was written by a newer version of Officer Desk (schema "
        "{schema}); update the program",
        "백업 {path}은(는) 더 새로운 Officer Desk가 쓴 것입니다(스키마 {schema}). 프로그램을 "
        "업데이트하십시오",
    ),
    "restore.not_set_up": (
        "the backup {path} is not of a set-up case log",
        "백업 {path}은(는) 준비된 데이터베이스의 백업이 아닙니다",
    ),
    # -- files the command line reads -------------------------------------------------
    "file.cannot_read": (
        "cannot read {path}: {detail}",
        "{path} 파일을 읽을 수 없습니다: {detail}",
    ),
    "file.is_folder": (
        "{path} is a folder, not a file: attach the files in it",
        "{path}은(는) 파일이 아니라 폴더입니다. 폴더 안의 파일을 첨부하세요",
    ),
    "file.read_past_ceiling": (
        "{name}: more than {limit} was read from it, the most it may hold (a device or a "
        "pipe without end?); nothing was stored",
        "{name}: 상한 {limit}보다 많은 내용을 읽었습니다(끝나지 않는 장치나 파이프인가요?). "
        "아무것도 저장하지 않았습니다",
    ),
    "file.not_utf8": (
        "{name} is not UTF-8 text ({detail} at byte {at:,})",
        "{name}은(는) UTF-8 텍스트가 아닙니다({at:,}번째 바이트: {detail})",
    ),
    "file.cannot_write": (
        "cannot write {path}: {detail}",
        "{path} 파일을 쓸 수 없습니다: {detail}",
    ),
    "file.out_is_input": (
        "{path} is a file being read here (the case log, a file beside it, or the sheet "
        "imported): writing over it would destroy it; give another file name. Nothing "
        "was written",
        "{path}은(는) 지금 읽고 있는 파일(사건 기록부, 그 옆의 파일 또는 가져오는 표)이라 "
        "덮어쓰면 없어집니다. 다른 파일 이름을 주십시오. 아무것도 쓰지 않았습니다",
    ),
    "file.out_is_folder": (
        "{path} is a folder: give the name of the file to write",
        "{path}은(는) 폴더입니다. 쓸 파일의 이름을 주십시오",
    ),
    "file.standard_input": ("standard input", "표준 입력"),
    "file.os_problem": ("{detail}", "파일 오류: {detail}"),
}
