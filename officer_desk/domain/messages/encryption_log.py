"""Messages about an encrypted case log (SQLCipher): its passphrase, encrypting and
decrypting a log, changing the passphrase, the keyring."""

from __future__ import annotations

ENCRYPTION_LOG: dict[str, tuple[str, str]] = {
    "cipher.unavailable": (
        "encrypted case logs need the sqlcipher3 package (sqlcipher3-wheels), which is not "
        "installed; install it and try again",
        "암호화된 업무 기록에는 sqlcipher3 패키지(sqlcipher3-wheels)가 필요한데 설치되어 "
        "있지 않습니다. 설치한 뒤 다시 시도하십시오",
    ),
    "cipher.wrong_passphrase": (
        "the passphrase does not open {path} (a wrong passphrase, or the file is not an "
        "encrypted Officer Desk case log); nothing was changed",
        "암호로 {path}을(를) 열 수 없습니다(암호가 틀렸거나 암호화된 Officer Desk 업무 "
        "기록이 아닙니다). 아무것도 바뀌지 않았습니다",
    ),
    "cipher.passphrase_needed": (
        "{path} is encrypted (or is not an SQLite file): give its passphrase (at the "
        "prompt, or in OFFICER_DESK_PASSPHRASE)",
        "{path}은(는) 암호화되어 있습니다(또는 SQLite 파일이 아닙니다). 암호를 입력하십시오"
        "(프롬프트 또는 OFFICER_DESK_PASSPHRASE)",
    ),
    "cipher.empty_passphrase": (
        "the passphrase must not be empty",
        "암호는 비어 있을 수 없습니다",
    ),
    "cipher.passphrases_differ": (
        "the two passphrases differ; nothing was changed",
        "두 암호가 다릅니다. 아무것도 바뀌지 않았습니다",
    ),
    "cipher.already_encrypted": (
        "{path} is already encrypted; nothing was changed",
        "{path}은(는) 이미 암호화되어 있습니다. 아무것도 바뀌지 않았습니다",
    ),
    "cipher.not_encrypted": (
        "{path} is not encrypted; nothing was changed",
        "{path}은(는) 암호화되어 있지 않습니다. 아무것도 바뀌지 않았습니다",
    ),
    "cipher.copy_differs": (
        "the converted copy of {path} did not check out ({detail}); the file was left as "
        "it was",
        "{path}의 변환된 사본이 확인을 통과하지 못했습니다({detail}). 파일은 그대로 "
        "두었습니다",
    ),
    "cipher.prompt": ("Passphrase for {path}", "{path}의 암호"),
    "cipher.prompt_new": ("New passphrase for {path}", "{path}의 새 암호"),
    "cipher.prompt_again": ("Repeat the passphrase", "암호를 다시 입력"),
    # Python's getpass says the English itself (no terminal to hide the input on)
    "cipher.input_may_show": (
        "Warning: Password input may be echoed.",
        "경고: 입력을 숨길 터미널이 없어, 입력한 암호가 보일 수 있습니다.",
    ),
    "cipher.no_prompt": (
        "{path} needs a passphrase and there is no terminal to ask it on: set "
        "OFFICER_DESK_PASSPHRASE",
        "{path}에는 암호가 필요한데 물어볼 터미널이 없습니다. OFFICER_DESK_PASSPHRASE를 "
        "설정하십시오",
    ),
    "cipher.no_stdin_passphrase": (
        "{path} needs a passphrase and OFFICER_DESK_PASSPHRASE_STDIN is set, but standard "
        "input gave none",
        "{path}에는 암호가 필요하고 OFFICER_DESK_PASSPHRASE_STDIN이 설정되어 있지만 표준 "
        "입력에 암호가 없습니다",
    ),
    "cipher.lost_warning": (
        "Keep the passphrase safe: there is no way to open the case log or its backups "
        "without it, and nobody (HQ included) can recover it.",
        "암호를 잘 보관하십시오. 암호 없이는 업무 기록도 그 백업도 열 수 없으며, 누구도"
        "(본청 포함) 암호를 복구할 수 없습니다.",
    ),
    "cipher.encrypted": (
        "encrypted {path} (a backup of the plain file: {backup})",
        "{path}을(를) 암호화했습니다(암호화 전 파일의 백업: {backup})",
    ),
    "cipher.decrypted": (
        "decrypted {path}: it is now a plain SQLite file (a backup of the encrypted file: "
        "{backup})",
        "{path}의 암호화를 풀었습니다. 이제 일반 SQLite 파일입니다(암호화된 파일의 백업: "
        "{backup})",
    ),
    "cipher.plain_backups_left": (
        "{count} backups in {folder} were made before the log was encrypted and hold its "
        "data unencrypted: delete them (officer-desk encrypt --remove-plain-backups) once "
        "you have checked the encrypted log",
        "{folder}의 백업 {count}개는 암호화 전에 만들어져 데이터를 암호화하지 않은 채 "
        "담고 있습니다. 암호화된 기록을 확인한 뒤 삭제하십시오(officer-desk encrypt "
        "--remove-plain-backups)",
    ),
    "cipher.plain_backups_removed": (
        "removed {count} unencrypted backups from {folder}",
        "{folder}에서 암호화되지 않은 백업 {count}개를 삭제했습니다",
    ),
    "cipher.passphrase_changed": (
        "changed the passphrase of {path}; backups made before keep the old passphrase",
        "{path}의 암호를 바꿨습니다. 이전에 만든 백업은 예전 암호로 열립니다",
    ),
    "cipher.env_weaker": (
        "using the passphrase in OFFICER_DESK_PASSPHRASE (weaker: other programs of this "
        "user can read the environment)",
        "OFFICER_DESK_PASSPHRASE의 암호를 사용합니다(약함: 같은 사용자의 다른 프로그램이 "
        "환경 변수를 읽을 수 있습니다)",
    ),
    "cipher.recovery_key_head": (
        "Recovery key of {path}:",
        "{path}의 복구 키:",
    ),
    "cipher.recovery_key_note": (
        "Typed where the passphrase is asked, this key opens the log and its backups until "
        "the passphrase is changed (then print the new one). Keep it on paper in a safe "
        "place: whoever has it can read the log.",
        "암호를 묻는 곳에 이 키를 입력하면 암호를 바꿀 때까지 업무 기록과 그 백업을 열 수 "
        "있습니다(암호를 바꾸면 새 키를 인쇄하십시오). 종이에 적어 안전한 곳에 보관하십시오. "
        "이 키를 가진 사람은 누구나 기록을 읽을 수 있습니다.",
    ),
    "cipher.keyring_not_installed": (
        "remembering is not possible: the keyring package is not installed",
        "기억할 수 없습니다: keyring 패키지가 설치되어 있지 않습니다",
    ),
    "cipher.keyring_no_backend": (
        "remembering is not possible: this computer has no keyring (Windows Credential "
        "Manager, macOS Keychain or a Secret Service such as GNOME Keyring / KWallet)",
        "기억할 수 없습니다: 이 컴퓨터에는 키링(Windows 자격 증명 관리자, macOS 키체인, "
        "GNOME 키링/KWallet 같은 Secret Service)이 없습니다",
    ),
}
