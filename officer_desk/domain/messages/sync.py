"""Messages of sync packages: building one, verifying one, its rows, signing keys.

Refusals that end in trusting a key say so without naming a command: the window offers
Trust… in its merge results, and the command line prints the command after the message.
"""

from __future__ import annotations

SYNC: dict[str, tuple[str, str]] = {
    # -- one row of a package (shown among the refused records of a merge) -------------
    "row.missing": ("{what} is missing", "{what}: 값이 없습니다"),
    "row.not_text": ("{what} is not text", "{what}: 텍스트가 아닙니다"),
    "row.too_long": (
        "{what} is longer than {limit:,} characters",
        "{what}: {limit:,}자보다 깁니다",
    ),
    "row.unknown_value": (
        "{what} has the unknown value {value!r}",
        "{what}: 알 수 없는 값 {value!r}",
    ),
    "row.not_date": ("{what} is not a date", "{what}: 날짜가 아닙니다"),
    "row.bad_date": ("{what} {value!r} is not a date", "{what}: {value!r}은(는) 날짜가 아닙니다"),
    "row.not_amount": (
        "{what} is not a non-negative number",
        "{what}: 0 이상의 숫자가 아닙니다",
    ),
    "row.not_integer": ("{what} is not a whole number", "{what}: 정수가 아닙니다"),
    "row.not_bool": ("{what} is not 0 or 1", "{what}: 0 또는 1이 아닙니다"),
    "row.not_bytes": ("{what} is not file content", "{what}: 파일 내용이 아닙니다"),
    "row.not_list": ("{what} is not a list", "{what}: 목록이 아닙니다"),
    "row.not_texts": ("{what} is not a list of texts", "{what}: 텍스트 목록이 아닙니다"),
    "row.not_parties": ("{what} is not a list of parties", "{what}: 당사자 목록이 아닙니다"),
    "row.field": ("record {id} field {field}", "레코드 {id}의 {field} 항목"),
    "row.kind_id": ("a {kind} id", "{kind}의 ID"),
    "row.field_versions": ("record {id} field versions", "레코드 {id}의 필드 버전"),
    "row.seen_vector": ("record {id} seen vector", "레코드 {id}의 seen 벡터"),
    "row.not_id": ("{what} is not an id", "{what}: ID가 아닙니다"),
    "row.bad_id": ("{what} {value!r} is not an id", "{what} {value!r}: ID가 아닙니다"),
    "row.id_form": (
        "{what} {value!r} is not in the standard id form",
        "{what} {value!r}: 표준 ID 형식이 아닙니다",
    ),
    "row.not_json_text": ("{what} is not JSON text", "{what}: JSON 텍스트가 아닙니다"),
    "row.bad_json": ("{what} is not valid JSON", "{what}: 올바른 JSON이 아닙니다"),
    # -- building a package ------------------------------------------------------------
    "build.exists": (
        "{path} already exists; choose another file name or a folder",
        "{path} 파일이 이미 있습니다. 다른 파일 이름이나 폴더를 고르십시오",
    ),
    "build.no_folder": (
        "the folder {path} does not exist",
        "{path} 폴더가 없습니다",
    ),
    "build.only_hq_includes": (
        "only HQ can put other posts' records in a package",
        "다른 공관의 기록은 본청만 패키지에 넣을 수 있습니다",
    ),
    "build.unknown_posts": (
        "unknown post(s): {posts}",
        "알 수 없는 공관: {posts}",
    ),
    "build.read_only": (
        "{path} is open read-only; a package is logged in it",
        "{path} 파일이 읽기 전용으로 열려 있습니다. 패키지를 만들면 그 기록이 이 파일에 "
        "남아야 합니다",
    ),
    "build.cancelled": (
        "cancelled; no package was written",
        "취소했습니다. 패키지를 만들지 않았습니다",
    ),
    "build.failed": (
        "could not prepare the package: {detail}",
        "패키지를 준비하지 못했습니다: {detail}",
    ),
    # -- verifying a package -----------------------------------------------------------
    "package.not_zip": (
        "{name} is not an Officer Desk package (not a ZIP file)",
        "{name}은(는) Officer Desk 패키지가 아닙니다(ZIP 파일이 아님)",
    ),
    "package.damaged": (
        "{name} is damaged (truncated or corrupted); ask for it to be sent again",
        "{name}이(가) 손상되었습니다(잘렸거나 깨짐). 다시 보내 달라고 요청하십시오",
    ),
    "package.extra_member": (
        "{name} is not an Officer Desk package: it holds unexpected member(s) {members}",
        "{name}은(는) Officer Desk 패키지가 아닙니다: 예상하지 않은 구성 요소 {members}이(가) "
        "있습니다",
    ),
    "package.missing_member": (
        "{name} is not a complete Officer Desk package: {members} missing",
        "{name}은(는) 완전한 Officer Desk 패키지가 아닙니다: {members}이(가) 없습니다",
    ),
    "package.duplicate_member": (
        "{name} is not an Officer Desk package: a member appears twice",
        "{name}은(는) Officer Desk 패키지가 아닙니다: 같은 구성 요소가 두 번 있습니다",
    ),
    "package.encrypted": (
        "{name}: {member} is encrypted; packages never are",
        "{name}: {member}이(가) 암호화되어 있습니다. 패키지는 암호화되지 않습니다",
    ),
    "package.compression": (
        "{name}: {member} uses an unsupported compression",
        "{name}: {member}의 압축 방식을 지원하지 않습니다",
    ),
    "package.declared_too_large": (
        "{name} is refused: {member} declares {size:,} bytes, more than the limit of "
        "{limit:,}",
        "{name}을(를) 거부했습니다: {member}의 크기가 {size:,}바이트로 한도 {limit:,}바이트를 "
        "넘습니다",
    ),
    "package.zip_bomb": (
        "{name} is refused: {member} declares {size:,} bytes from {compressed:,} "
        "compressed, which no real package does (a ZIP bomb?)",
        "{name}을(를) 거부했습니다: {member}이(가) 압축된 {compressed:,}바이트에서 "
        "{size:,}바이트로 풀린다고 합니다. 실제 패키지는 그렇지 않습니다(ZIP 폭탄?)",
    ),
    "package.member_unreadable": (
        "{name} is damaged: {member} cannot be read ({detail})",
        "{name}이(가) 손상되었습니다: {member}을(를) 읽을 수 없습니다({detail})",
    ),
    "package.member_too_large": (
        "{name} is refused: {member} is larger than {limit:,} bytes",
        "{name}을(를) 거부했습니다: {member}이(가) {limit:,}바이트보다 큽니다",
    ),
    "package.bad_signature": (
        "{name}: bad signature: the package was altered or damaged",
        "{name}: 서명이 맞지 않습니다. 패키지가 바뀌었거나 손상되었습니다",
    ),
    "package.unreadable_signature": (
        "{name}: bad signature: the package was altered or damaged (the signature is not "
        "readable)",
        "{name}: 서명이 맞지 않습니다. 패키지가 바뀌었거나 손상되었습니다(서명을 읽을 수 없음)",
    ),
    "package.manifest_not_json": (
        "{name} is damaged: its manifest is not valid JSON ({detail})",
        "{name}이(가) 손상되었습니다: 목록(manifest)이 올바른 JSON이 아닙니다({detail})",
    ),
    "package.manifest_not_object": (
        "{name} is damaged: its manifest is not a JSON object",
        "{name}이(가) 손상되었습니다: 목록(manifest)이 JSON 객체가 아닙니다",
    ),
    "package.unknown_format": (
        "{name} is not an Officer Desk package (its manifest says format {format!r})",
        "{name}은(는) Officer Desk 패키지가 아닙니다(목록의 형식: {format!r})",
    ),
    "package.format_newer": (
        "{name} was made by a newer version of Officer Desk (package format {version}); "
        "update this program to merge it",
        "{name}은(는) 더 새로운 Officer Desk가 만든 패키지입니다(패키지 형식 {version}). "
        "병합하려면 이 프로그램을 업데이트하십시오",
    ),
    "package.format_unknown": (
        "{name} has an unknown package format version {version!r}",
        "{name}의 패키지 형식 버전 {version!r}을(를) 알 수 없습니다",
    ),
    "package.schema_newer": (
        "{name} was made by a newer version of Officer Desk (schema {schema}, this program "
        "knows up to {latest}); update this program, then merge it again",
        "{name}은(는) 더 새로운 Officer Desk가 만든 패키지입니다(스키마 {schema}, 이 프로그램은 "
        "{latest}까지). 이 프로그램을 업데이트한 뒤 다시 병합하십시오",
    ),
    "package.schema_older": (
        "{name} was made by an older version of Officer Desk (schema {schema}, this program "
        "expects {latest}); update the post's program and ask for a new package",
        "{name}은(는) 이전 버전의 Officer Desk가 만든 패키지입니다(스키마 {schema}, 이 "
        "프로그램은 {latest}). 그 공관의 프로그램을 업데이트하고 새 패키지를 요청하십시오",
    ),
    "package.manifest_invalid": (
        "{name} is damaged: its manifest is not valid ({detail})",
        "{name}이(가) 손상되었습니다: 목록(manifest)이 올바르지 않습니다({detail})",
    ),
    # -- trust -------------------------------------------------------------------------
    "package.signer": (
        "key {fingerprint} (post {post}, installation {installation}, officer {officer})",
        "키 {fingerprint}(공관 {post}, 설치 {installation}, 담당관 {officer})",
    ),
    "package.signer_unnamed": ("not named", "이름 없음"),
    "package.revoked_key": (
        "REFUSED: {name} is signed with a REVOKED {who}, revoked on {when} by {by}; it is "
        "not merged. If the key was revoked by mistake, trust it again, then merge again.",
        "거부: {name}은(는) 폐기된 {who}(으)로 서명되었습니다({when}, {by}이(가) 폐기). "
        "병합하지 않았습니다. 키를 잘못 폐기했다면 다시 신뢰한 뒤 병합하십시오.",
    ),
    "package.changed_key": (
        "WARNING: {name} claims to come from installation {installation} of post {post}, "
        "but it is signed with a DIFFERENT key ({fingerprint}) than the one trusted for that "
        "installation ({others}). Someone else may be signing as that installation. It is "
        "not merged. Trust the new key only if the post confirms by phone that its key "
        "changed (new computer or program reinstalled) and reads you fingerprint "
        "{fingerprint}.",
        "경고: {name}은(는) {post} 공관의 설치 {installation}에서 왔다고 하지만, 그 설치에 "
        "신뢰된 키({others})와 다른 키({fingerprint})로 서명되었습니다. 다른 누군가가 그 설치를 "
        "사칭하고 있을 수 있습니다. 병합하지 않았습니다. 공관이 전화로 키가 바뀌었다고(새 "
        "컴퓨터 또는 프로그램 재설치) 확인하고 지문 {fingerprint}을(를) 불러 줄 때에만 새 키를 "
        "신뢰하십시오.",
    ),
    "package.unknown_key": (
        "{name} is signed by a {who} that this database does not trust yet; it is not "
        "merged. Ask the post to read you its fingerprint and, if it matches, trust the key, "
        "then merge again.",
        "{name}은(는) 이 데이터베이스가 아직 신뢰하지 않는 {who}(으)로 서명되었습니다. "
        "병합하지 않았습니다. 공관에 키 지문을 불러 달라고 하여 일치하면 키를 신뢰한 뒤 다시 "
        "병합하십시오.",
    ),
    "package.content_mismatch": (
        "{name}: content does not match its signature (altered or truncated)",
        "{name}: 내용이 서명과 맞지 않습니다(바뀌었거나 잘림)",
    ),
    "package.no_space": (
        "not enough free disk space to open {name} ({size:,} bytes)",
        "{name}을(를) 열 디스크 공간이 부족합니다({size:,}바이트)",
    ),
    "package.content_unreadable": (
        "{name} is damaged: {member} cannot be read ({detail})",
        "{name}이(가) 손상되었습니다: {member}을(를) 읽을 수 없습니다({detail})",
    ),
    "package.content_not_sqlite": (
        "{name}: its content is not an SQLite database",
        "{name}: 내용이 SQLite 데이터베이스가 아닙니다",
    ),
    "package.content_damaged": (
        "{name}: its content database is damaged ({detail})",
        "{name}: 내용 데이터베이스가 손상되었습니다({detail})",
    ),
    "package.wrong_content": (
        "{name}: its content is not an Officer Desk database of schema {schema} "
        "(application id {app_id}, schema {version})",
        "{name}: 내용이 스키마 {schema}의 Officer Desk 데이터베이스가 아닙니다(응용 프로그램 "
        "ID {app_id}, 스키마 {version})",
    ),
    "package.counts_mismatch": (
        "{name}: its content has {found:,} rows in {table} but its manifest says {expected:,}",
        "{name}: 내용의 {table}에 {found:,}행이 있으나 목록(manifest)에는 {expected:,}행으로 "
        "되어 있습니다",
    ),
    "package.schema_mismatch": (
        "{name}: its content does not have the expected schema: {detail} in the package",
        "{name}: 내용의 스키마가 예상과 다릅니다: 패키지의 {detail}",
    ),
    "package.own": (
        "{name} is this database's own package (installation {installation}, key "
        "{fingerprint}): its records are already here, so there is nothing to merge. Merge "
        "the packages of other computers or of HQ; send this one to HQ.",
        "{name}은(는) 이 데이터베이스가 만든 패키지입니다(설치 {installation}, 키 "
        "{fingerprint}). 그 기록은 이미 여기에 있으므로 병합할 것이 없습니다. 다른 컴퓨터나 "
        "본청의 패키지를 병합하고, 이 패키지는 본청에 보내십시오.",
    ),
    "package.wrong_post": (
        "{name} says it comes from post {claimed}, but its key {fingerprint} (installation "
        "{installation}) is trusted here only for post {post}; it is not merged",
        "{name}은(는) {claimed} 공관에서 왔다고 하지만, 서명한 키 {fingerprint}(설치 "
        "{installation})는 여기서 {post} 공관용으로만 신뢰됩니다. 병합하지 않았습니다.",
    ),
    "package.impostor": (
        "{name} claims to come from this database's own installation ({installation}) but "
        "is signed with another key ({fingerprint}): someone is signing in this database's "
        "name. Nothing was trusted.",
        "{name}은(는) 이 데이터베이스의 설치({installation})에서 왔다고 하지만 다른 "
        "키({fingerprint})로 서명되었습니다. 누군가 이 데이터베이스의 이름으로 서명하고 "
        "있습니다. 아무것도 신뢰하지 않았습니다.",
    ),
    "package.key_of_other_post": (
        "the key {fingerprint} that signed {name} is {status} here for post {known_post} "
        "only (installation {installation}); the package says it comes from post {post}. A "
        "key signs for one post: merge refuses packages it signs for {post}, and it cannot "
        "be trusted for {post} too. Nothing was changed.",
        "{name}에 서명한 키 {fingerprint}는 여기서 {known_post} 공관용으로만 등록되어 "
        "있습니다(설치 {installation}, 상태 {status}). 패키지는 {post} 공관에서 왔다고 "
        "합니다. 키 하나는 한 공관만 서명하므로, 이 키가 {post}용으로 서명한 패키지는 병합되지 "
        "않으며 {post}용으로 신뢰할 수도 없습니다. 아무것도 바뀌지 않았습니다.",
    ),
    "key.status_trusted": ("trusted", "신뢰됨"),
    "key.status_revoked": ("revoked", "폐기됨"),
    "key.status_unknown": ("unknown", "모르는 키"),
    "key.status_changed": ("changed", "바뀐 키"),
    "key.status_own": ("own", "이 설치의 키"),
    "package.is_folder": (
        "{path} is a folder, not a package file; name the package files in it (for example "
        "{example})",
        "{path}은(는) 폴더이며 패키지 파일이 아닙니다. 그 안의 패키지 파일을 "
        "지정하십시오(예: {example}).",
    ),
    "package.special_file": (
        "{path} is not a regular file ({what}); a package is a file. Nothing was read from it.",
        "{path}은(는) 일반 파일이 아닙니다({what}). 패키지는 파일입니다. 아무것도 읽지 "
        "않았습니다.",
    ),
    "package.special_pipe": ("a named pipe", "이름 있는 파이프"),
    "package.special_socket": ("a socket", "소켓"),
    "package.special_device": ("a device", "장치"),
    "package.special_other": ("a special file", "특수 파일"),
    "package.no_file": (
        "cannot read {path}: there is no file of that name",
        "{path}을(를) 읽을 수 없습니다: 그런 이름의 파일이 없습니다.",
    ),
    "package.unreadable": (
        "cannot read {path}: {detail}",
        "{path}을(를) 읽을 수 없습니다: {detail}",
    ),
    "build.counter_not_kept": (
        "could not record this installation's counter in {path} ({detail}); no package was "
        "written",
        "이 설치의 변경 카운터를 {path}에 기록하지 못했습니다({detail}). 패키지를 만들지 "
        "않았습니다.",
    ),
    # -- who may send what (sync.authority) --------------------------------------------
    "authority.own_not_listed": (
        "the package does not list its own installation among its post's",
        "패키지가 자기 설치를 자기 공관의 설치 목록에 적지 않았습니다",
    ),
    "authority.lists_other_posts": (
        "a package of post {post} lists installations of other posts ({others}); only HQ "
        "relays other posts' records",
        "{post} 공관의 패키지가 다른 공관({others})의 설치를 적었습니다. 다른 공관의 레코드는 "
        "본부만 전달합니다",
    ),
    "authority.installation_of_other_post": (
        "the package lists installation {installation} as post {post}'s, but it is post "
        "{known}'s here; an installation belongs to one post",
        "패키지가 설치 {installation}을(를) {post} 공관의 것으로 적었지만 이 데이터베이스에서는 "
        "{known} 공관의 설치입니다. 설치는 한 공관에만 속합니다",
    ),
    "authority.id_of_other_kind": (
        "{kind} {id}: this id is already used here by a record of another kind ({other}, "
        "post {post}); an id is never reused, so this row is damaged or forged and was not "
        "merged",
        "{kind} {id}: 이 ID는 이미 다른 종류의 레코드({other}, {post} 공관)가 쓰고 있습니다. "
        "ID는 다시 쓰이지 않으므로 이 행은 손상되었거나 위조된 것이며 병합하지 않았습니다",
    ),
    "authority.post_changed": (
        "{kind} {id} belongs to post {post}, not {owner}; a record's post never changes",
        "{kind} {id}은(는) {owner}이(가) 아니라 {post} 공관의 레코드입니다. 레코드의 소유 "
        "공관은 바뀌지 않습니다",
    ),
    "authority.reference_from_post": (
        "{kind} {id}: {kind} entries are HQ's; a package from {sender} cannot create or "
        "change them",
        "{kind} {id}: {kind} 항목은 본부의 것이므로 {sender} 공관의 패키지로 만들거나 바꿀 수 "
        "없습니다",
    ),
    "authority.other_posts_record": (
        "{kind} {id} belongs to post {owner}; a package from {sender} cannot create or "
        "change it",
        "{kind} {id}은(는) {owner} 공관의 레코드이므로 {sender} 공관의 패키지로 만들거나 바꿀 "
        "수 없습니다",
    ),
    "authority.reference_of_post": (
        "{kind} {id}: {kind} entries belong to HQ, not post {owner}",
        "{kind} {id}: {kind} 항목은 {owner} 공관이 아니라 본부의 것입니다",
    ),
    "authority.creation": ("its creation", "생성"),
    "authority.change_of": ("its change of {field}", "{field} 변경"),
    "authority.unknown_installation": (
        "which is not known here as one of post {owner}'s installations (if it is, merge a "
        "package from it, or from a {owner} computer that knows it, first)",
        "이 설치는 여기서 {owner} 공관의 설치로 알려져 있지 않습니다(그렇다면 그 설치나 그것을 "
        "아는 {owner} 컴퓨터의 패키지를 먼저 병합하십시오)",
    ),
    "authority.installation_of": ("which is post {post}'s", "이 설치는 {post} 공관의 것입니다"),
    "authority.not_its_installation": (
        "{kind} {id}: {what} was made by installation {installation}, {whose}; only post "
        "{owner}'s own installations may create or change its records",
        "{kind} {id}: {what}은(는) 설치 {installation}이(가) 했으며, {whose}. {owner} 공관의 "
        "레코드는 그 공관의 설치만 만들거나 바꿀 수 있습니다",
    ),
    "authority.not_unique": (
        "{kind} {id}: {value} is already used here by {kind} {other}; the row was not merged "
        "(the two must be told apart at HQ)",
        "{kind} {id}: {value}은(는) 이미 이곳의 {kind} {other}이(가) 쓰고 있어 이 행을 "
        "병합하지 않았습니다(본부에서 둘을 구분해야 합니다)",
    ),
    # -- merging -----------------------------------------------------------------------
    "merge.unexpected": (
        "the package could not be merged because of a problem no check foresaw ({detail}); "
        "nothing of it was kept{where}. Please report it",
        "예상하지 못한 문제로 패키지를 병합하지 못했습니다({detail}). 패키지의 어떤 것도 "
        "남기지 않았습니다{where}. 이 문제를 알려 주십시오",
    ),
    "merge.details_in": ("; details in {path}", ". 자세한 내용은 {path}에 있습니다"),
    "merge.refused_whole": (
        "{reason}; nothing of it was merged",
        "{reason}. 패키지의 어떤 것도 병합하지 않았습니다",
    ),
    "merge.damaged_record": (
        "the package holds a damaged record: {reason}; nothing of it was merged",
        "패키지에 손상된 레코드가 있습니다: {reason}. 패키지의 어떤 것도 병합하지 않았습니다",
    ),
    "merge.cancelled": (
        "cancelled; nothing of this package was kept",
        "취소했습니다. 이 패키지의 어떤 것도 남기지 않았습니다",
    ),
    "merge.count_mismatch": (
        "the package says it holds {expected} {kind} but {count} were read",
        "패키지에는 {kind} {expected}건이 있다고 적혀 있지만 {count}건을 읽었습니다",
    ),
    "merge.missing_parent": (
        "{table} {shown} refers to a {parent} record this database does not have ({count} "
        "such references); merge the earlier packages of that post first, or ask it for a "
        "full package (if a row of this package was refused, the reference may be to it)",
        "{table} {shown}이(가) 이 데이터베이스에 없는 {parent} 레코드를 가리킵니다(이런 참조 "
        "{count}건). 그 공관의 이전 패키지를 먼저 병합하거나 전체 패키지를 "
        "요청하십시오(이 패키지의 행이 거부되었다면 그 행을 가리키는 것일 수 있습니다)",
    ),
    # -- signing keys ------------------------------------------------------------------
    "key.public_size": (
        "a public key has {expected} bytes, not {found}",
        "공개 키는 {expected}바이트여야 합니다({found}바이트임)",
    ),
    "key.not_fingerprint": (
        "{text!r} is not a key fingerprint (20 letters and digits 2-7, e.g. "
        "K7QD-2MXA-PL3T-Z6RA-4HUE)",
        "{text!r}은(는) 키 지문이 아닙니다(문자와 숫자 2-7로 된 20자, 예: "
        "K7QD-2MXA-PL3T-Z6RA-4HUE)",
    ),
    "key.not_ed25519_public": (
        "not an Ed25519 public key: {detail}",
        "Ed25519 공개 키가 아닙니다: {detail}",
    ),
    "key.cannot_keep": (
        "cannot keep a signing key for installation {installation!r}",
        "설치 {installation!r}의 서명 키를 보관할 수 없습니다",
    ),
    "key.unreadable": (
        "the signing key {path} cannot be read ({detail}). Move the file away to make a new "
        "key; HQ will then have to trust the new key before it merges packages from this "
        "computer.",
        "서명 키 {path}을(를) 읽을 수 없습니다({detail}). 파일을 다른 곳으로 옮기면 새 키가 "
        "만들어집니다. 그 뒤에는 본청이 새 키를 신뢰해야 이 컴퓨터의 패키지를 병합합니다.",
    ),
    "key.not_ed25519": (
        "the signing key {path} is not an Ed25519 key",
        "서명 키 {path}은(는) Ed25519 키가 아닙니다",
    ),
    "key.not_found": (
        "no key with fingerprint {fingerprint} is known here; the list of keys shows the "
        "known ones",
        "지문이 {fingerprint}인 키를 여기서는 알지 못합니다. 키 목록에서 알려진 키를 "
        "확인하십시오",
    ),
}
