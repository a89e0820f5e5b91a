"""Messages of sync packages: building one, verifying one, trusting its signer, keys.

Refusals that end in trusting a key say so without naming a command: the window offers
Trust… in its merge results, and the command line prints the command after the message.
"""

from __future__ import annotations

SYNC: dict[str, tuple[str, str]] = {
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
