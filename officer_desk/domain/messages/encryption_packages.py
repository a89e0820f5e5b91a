"""Messages of encrypted packages: age identities and recipients, key cards, and the
refusals of a package that this installation cannot (or must not) decrypt."""

from __future__ import annotations

ENCRYPTION_PACKAGES: dict[str, tuple[str, str]] = {
    # -- identities and recipients ------------------------------------------------------
    "age.identity_unreadable": (
        "the decryption key {path} cannot be read ({detail}); restore it from a backup of "
        "this computer, or see docs/sync.md (a lost identity)",
        "복호화 키 {path}을(를) 읽을 수 없습니다({detail}). 이 컴퓨터의 백업에서 되살리거나 "
        "docs/sync.md(잃어버린 키)를 보십시오",
    ),
    "age.not_recipient": (
        "{text!r} is not an age recipient (age1…): {detail}",
        "{text!r}은(는) age 수신자 키(age1…)가 아닙니다: {detail}",
    ),
    # -- writing an encrypted package ---------------------------------------------------
    "age.no_readers": (
        "nobody could read this package: no installation of {posts} is trusted here with "
        "an encryption key. Trust their key first, from their key card or one of their "
        "packages (officer-desk keys DB trust FILE), after comparing the fingerprint by "
        "phone{missing}; or write a signed-only package with --plain, which anyone who "
        "finds the file can read",
        "이 패키지를 읽을 수 있는 곳이 없습니다. {posts}의 설치 중 암호화 키와 함께 신뢰한 "
        "것이 없습니다. 먼저 전화로 지문을 확인한 뒤 그쪽의 키 카드나 패키지로 키를 "
        "신뢰하십시오(officer-desk keys DB trust FILE){missing}. 또는 --plain으로 서명만 한 "
        "패키지를 만들 수 있지만, 그 파일은 누구나 읽을 수 있습니다",
    ),
    "age.no_readers_missing": (
        " (trusted without an encryption key, from before packages were encrypted: {keys};"
        " a new package or key card of theirs brings it)",
        " (패키지 암호화 이전에 암호화 키 없이 신뢰한 키: {keys}. 그쪽의 새 패키지나 키 카드를 "
        "받으면 채워집니다)",
    ),
    "age.encrypt_failed": (
        "could not encrypt the package: {detail}",
        "패키지를 암호화하지 못했습니다: {detail}",
    ),
    # -- reading an encrypted package ---------------------------------------------------
    "age.not_addressed": (
        "{name}: this package is not addressed to this installation (it is for: {readers})",
        "{name}: 이 패키지는 이 설치 앞으로 암호화되지 않았습니다(받는 곳: {readers})",
    ),
    "age.reader": (
        "{post} installation {installation} (key {fingerprint})",
        "{post} 설치 {installation}(키 {fingerprint})",
    ),
    "age.no_identity": (
        "{name}: the package is addressed to this installation, but this computer has no "
        "decryption key ({path} is missing). Restore it from a backup of this computer, "
        "or have the sender trust this installation's new key and write the package again "
        "(docs/sync.md: a lost identity)",
        "{name}: 이 설치 앞으로 암호화된 패키지이지만, 이 컴퓨터에 복호화 키가 없습니다"
        "({path} 없음). 이 컴퓨터의 백업에서 키를 되살리거나, 보낸 쪽이 이 설치의 새 키를 "
        "신뢰한 뒤 패키지를 다시 만들게 하십시오(docs/sync.md: 잃어버린 키)",
    ),
    "age.other_identity": (
        "{name}: the package is addressed to this installation's encryption key {expected}, "
        "but this computer's key is {found} (replaced or restored from elsewhere). Have the "
        "sender trust the current key and write the package again",
        "{name}: 이 패키지는 이 설치의 암호화 키 {expected} 앞으로 되어 있지만, 이 컴퓨터의 "
        "키는 {found}입니다(바뀌었거나 다른 곳에서 되살림). 보낸 쪽이 지금 키를 신뢰한 뒤 "
        "패키지를 다시 만들게 하십시오",
    ),
    "age.member_mismatch": (
        "{name}: the manifest says the content is {said}, but the file holds {found}; "
        "the package was altered",
        "{name}: 목록에는 내용이 {said}(이)라고 되어 있으나 파일에는 {found}이(가) 있습니다. "
        "패키지가 변경되었습니다",
    ),
    "age.kind_encrypted": ("encrypted (content.sqlite.age)", "암호화됨(content.sqlite.age)"),
    "age.kind_plain": ("not encrypted (content.sqlite)", "암호화되지 않음(content.sqlite)"),
    "age.cipher_mismatch": (
        "{name}: the encrypted content is not the one that was signed (size or SHA-256 "
        "differ); the package was altered or damaged on the way. Nothing was read from it",
        "{name}: 암호화된 내용이 서명된 것과 다릅니다(크기나 SHA-256이 다름). 패키지가 "
        "도중에 변경되었거나 손상되었습니다. 아무것도 읽지 않았습니다",
    ),
    "age.decrypt_failed": (
        "{name}: the encrypted content cannot be decrypted ({detail}); the package was "
        "altered or damaged. Nothing was read from it",
        "{name}: 암호화된 내용을 풀 수 없습니다({detail}). 패키지가 변경되었거나 "
        "손상되었습니다. 아무것도 읽지 않았습니다",
    ),
    "age.too_large": (
        "{name}: the encrypted content ({size:,} bytes) is larger than the {limit:,} bytes "
        "this program decrypts in memory",
        "{name}: 암호화된 내용({size:,}바이트)이 이 프로그램이 메모리에서 푸는 한도 "
        "{limit:,}바이트보다 큽니다",
    ),
    # -- key cards ----------------------------------------------------------------------
    "card.exists": (
        "{path} already exists; choose another file name",
        "{path} 파일이 이미 있습니다. 다른 파일 이름을 고르십시오",
    ),
    "card.unreadable": (
        "{path} is not a key card of Officer Desk ({detail})",
        "{path}은(는) Officer Desk 키 카드가 아닙니다({detail})",
    ),
    "card.bad_signature": (
        "{path}: the key card's signature does not match its key; it was altered",
        "{path}: 키 카드의 서명이 그 키와 맞지 않습니다. 카드가 변경되었습니다",
    ),
    # -- what the command line and the merge report add ---------------------------------
    "age.readers": (
        "encrypted for: {readers}",
        "읽을 수 있는 곳: {readers}",
    ),
    "age.plain_written": (
        "not encrypted (--plain): anyone who finds this file can read it",
        "암호화하지 않았습니다(--plain). 이 파일을 손에 넣은 사람은 누구나 읽을 수 있습니다",
    ),
    "age.merged_plain": (
        "{name} was not encrypted (signed only): anyone who had the file could read it",
        "{name}은(는) 암호화되지 않았습니다(서명만 됨). 파일을 가진 사람은 누구나 읽을 수 "
        "있었습니다",
    ),
    "age.card_wrote": (
        "wrote {path}: send it to HQ or your post's other computer; they trust it with "
        "officer-desk keys DB trust {name} after comparing fingerprint {fingerprint} by phone",
        "{path}을(를) 만들었습니다. 본청이나 이 공관의 다른 컴퓨터에 보내십시오. 받는 쪽은 "
        "전화로 지문 {fingerprint}을(를) 확인한 뒤 officer-desk keys DB trust {name}으로 "
        "신뢰합니다",
    ),
}
