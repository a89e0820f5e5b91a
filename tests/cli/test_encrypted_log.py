"""An encrypted case log (issue 15): ``init --encrypt``, ``encrypt``, ``decrypt``,
``passphrase``; its backups, ``backups``, ``check`` and ``restore``; what is on disk.

The files are read back by an independent program: a Python subprocess that imports
only ``sqlcipher3`` and sets SQLCipher's settings as docs/encryption.md writes them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from officer_desk.cli import cli
from officer_desk.storage import cipher
from officer_desk.storage.connection import backup_dir_for

PASSPHRASE = "봄날 tiger 7 staple"
#: strings planted in records: none may appear in the bytes of any file on disk
PLANTED = ("PLANTEDSECRETCORP", "비밀소송전략메모", "claimed 987654321 USD")
COMPANY = {"name_ko": "비밀소송전략메모 주식회사", "name_en": "PLANTEDSECRETCORP Ltd",
           "size": "sme", "notes": "claimed 987654321 USD"}

#: The settings docs/encryption.md gives, set explicitly (they are SQLCipher 4's defaults).
INDEPENDENT = r"""
import sys
from sqlcipher3 import dbapi2 as sqlcipher
path, passphrase, planted = sys.argv[1], sys.argv[2], sys.argv[3]
conn = sqlcipher.connect(path)
conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
conn.execute("PRAGMA cipher_page_size = 4096")
conn.execute("PRAGMA kdf_iter = 256000")
conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA512")
conn.execute("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512")
print(conn.execute("PRAGMA integrity_check").fetchone()[0])
print(conn.execute("SELECT count(*) FROM companies WHERE name_en LIKE ?",
                   ("%" + planted + "%",)).fetchone()[0])
"""


def run(*args: str, input: str | None = None, passphrase: str | None = PASSPHRASE,
        **env: str) -> Result:
    if passphrase is not None:
        env["OFFICER_DESK_PASSPHRASE"] = passphrase
    return CliRunner().invoke(cli, list(args), input=input, env=env)


def independent_open(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    done = subprocess.run([sys.executable, "-c", INDEPENDENT, str(path), passphrase,
                           PLANTED[0]], capture_output=True, text=True, check=False)
    return done.stdout.split() if done.returncode == 0 else ["failed", done.stderr]


def files_on_disk(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def assert_nothing_planted(folder: Path) -> None:
    for path in files_on_disk(folder):
        data = path.read_bytes()
        for text in PLANTED:
            assert text.encode("utf-8") not in data, f"{text} found in {path}"


def add_company(db: Path) -> None:
    result = run("add", str(db), "company", "--json", "-", input=json.dumps(COMPANY))
    assert result.exit_code == 0, result.output


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in files_on_disk(folder)}


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    db = tmp_path / "log" / "us.sqlite"
    db.parent.mkdir()
    result = run("init", str(db), "--post", "US", "--encrypt", passphrase=None,
                 input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    assert "cannot" in result.output or "no way" in result.output  # the lost warning
    add_company(db)
    assert run("backup", str(db)).exit_code == 0
    return db


def test_an_encrypted_log_and_its_backups_hold_none_of_the_planted_strings(encrypted):
    assert encrypted.read_bytes()[:16] != cipher.SQLITE_MAGIC
    assert sorted(p.suffix for p in backup_dir_for(encrypted).glob("*.sqlite"))
    cipher.forget_all()
    assert_nothing_planted(encrypted.parent)
    found = run("search", str(encrypted), "PLANTEDSECRET")
    assert found.exit_code == 0 and "PLANTEDSECRETCORP" in found.output


def test_another_program_opens_it_with_only_the_passphrase_and_the_documented_settings(
        encrypted):
    assert independent_open(encrypted) == ["ok", "1"]
    for backup in backup_dir_for(encrypted).glob("*.sqlite"):  # "start": before the add
        assert independent_open(backup)[0] == "ok"
    manual = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    assert independent_open(manual) == ["ok", "1"]
    assert independent_open(encrypted, "not the passphrase")[0] == "failed"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.parametrize("lang, words", [("en", "passphrase does not open"),
                                          ("ko", "암호로")])
def test_a_wrong_passphrase_says_so_and_leaves_every_file_byte_identical(
        encrypted, lang, words):
    cipher.forget_all()
    before = digests(encrypted.parent)
    for command in (["list", str(encrypted), "companies"], ["backup", str(encrypted)],
                    ["decrypt", str(encrypted)], ["passphrase", str(encrypted)]):
        result = run("--lang", lang, *command, passphrase="wrong")
        assert result.exit_code == 1, result.output
        assert words in result.output
        cipher.forget_all()
    typed = run("--lang", lang, "list", str(encrypted), "companies", passphrase=None,
                input="wrong again\n")
    assert typed.exit_code == 1 and words in typed.output
    assert digests(encrypted.parent) == before


def test_backups_check_and_restore_work_on_an_encrypted_log(encrypted):
    listed = run("backups", str(encrypted), "--json")
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.stdout)
    backups = items["backups"] if isinstance(items, dict) else items
    assert backups and all(b.get("problem") in (None, "") for b in backups)
    checked = run("check", str(encrypted))
    assert checked.exit_code == 0, checked.output
    manual = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    restored = run("restore", str(encrypted), str(manual), "--yes")
    assert restored.exit_code == 0, restored.output
    assert independent_open(encrypted) == ["ok", "1"]
    cipher.forget_all()
    assert_nothing_planted(encrypted.parent)


def test_encrypt_then_decrypt_an_existing_log(tmp_path):
    db = tmp_path / "us.sqlite"
    assert run("init", str(db), "--post", "US").exit_code == 0
    add_company(db)
    assert PLANTED[0].encode() in db.read_bytes()  # the bytes test would see it
    result = run("encrypt", str(db), passphrase=None, input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    assert "before-encrypt" in result.output and "unencrypted" in result.output
    assert independent_open(db) == ["ok", "1"]
    assert not db.with_name("us.sqlite-wal").exists() or \
        PLANTED[0].encode() not in db.with_name("us.sqlite-wal").read_bytes()
    assert PLANTED[0].encode() not in db.read_bytes()
    removed = run("encrypt", str(db), "--remove-plain-backups")
    assert removed.exit_code == 1  # already encrypted: nothing changed
    assert "already encrypted" in removed.output
    cipher.forget_all()
    decrypted = run("decrypt", str(db))
    assert decrypted.exit_code == 0, decrypted.output
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM companies WHERE name_en = ?",
                        (COMPANY["name_en"],)).fetchone()[0] == 1
    conn.close()
    found = run("search", str(db), "비밀소송전략", passphrase=None)
    assert found.exit_code == 0 and PLANTED[0] in found.output


def test_encrypt_can_remove_the_plain_backups(tmp_path):
    db = tmp_path / "log" / "us.sqlite"
    assert run("init", str(db), "--post", "US").exit_code == 0
    add_company(db)
    assert run("backup", str(db)).exit_code == 0
    result = run("encrypt", str(db), "--remove-plain-backups")
    assert result.exit_code == 0, result.output
    assert "removed" in result.output
    cipher.forget_all()
    assert_nothing_planted(db.parent)
    assert independent_open(db) == ["ok", "1"]


def test_a_new_passphrase_replaces_the_old(encrypted):
    result = run("passphrase", str(encrypted), input="new words 2\nnew words 2\n")
    assert result.exit_code == 0, result.output
    assert independent_open(encrypted, "new words 2") == ["ok", "1"]
    assert independent_open(encrypted)[0] == "failed"
    cipher.forget_all()
    assert run("list", str(encrypted), "companies", passphrase="new words 2").exit_code == 0


def test_a_plain_log_stays_plain_sqlite(tmp_path):
    db = tmp_path / "us.sqlite"
    assert run("init", str(db), "--post", "US", passphrase=None).exit_code == 0
    assert db.read_bytes()[:16] == cipher.SQLITE_MAGIC
    assert type(sqlite3.connect(db)) is sqlite3.Connection


def test_a_backup_made_before_a_passphrase_change_is_restored_with_the_old_one(encrypted):
    old = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    changed = run("passphrase", str(encrypted), input="new words 3\nnew words 3\n")
    assert changed.exit_code == 0, changed.output
    cipher.forget_all()
    refused = run("restore", str(encrypted), str(old), "--yes", passphrase="new words 3")
    assert refused.exit_code == 1 and "does not open" in refused.output
    cipher.forget_all()
    # at the terminal: the log's (new) passphrase, then the backup's (old) one
    restored = run("restore", str(encrypted), str(old), "--yes", passphrase=None,
                   input=f"new words 3\n{PASSPHRASE}\n")
    assert restored.exit_code == 0, restored.output
    assert independent_open(encrypted) == ["ok", "1"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_restoring_a_backup_of_the_earlier_passphrase_says_the_log_opens_with_it(
        encrypted, lang):
    """The log's passphrase goes back with the backup's: said before the question, not
    left for the next start to refuse the passphrase the person has now (s28)."""
    old = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    assert run("passphrase", str(encrypted), input="new words 3\nnew words 3\n"
               ).exit_code == 0
    cipher.forget_all()
    restored = run("--lang", lang, "restore", str(encrypted), str(old), "--yes",
                   passphrase=None, input=f"new words 3\n{PASSPHRASE}\n")
    assert restored.exit_code == 0, restored.output
    said = {"en": f"after the restore {encrypted} opens with the passphrase of the backup {old} "
                  "(the one given for it), no longer with the one it has now",
            "ko": f"복원하면 {encrypted}은(는) 백업 {old}의 암호(이 백업에 입력한 암호)로 "
                  "열리며, 지금의 암호로는 열리지 않습니다"}[lang]
    assert said in " ".join(restored.output.split())
    cipher.forget_all()
    assert run("list", str(encrypted), "companies", passphrase=PASSPHRASE).exit_code == 0


@pytest.mark.parametrize(("lang", "word", "said"), [
    ("en", "other passphrase", "3 backups made with another passphrase"),
    ("ko", "다른 암호", "다른 암호로 만든 백업 3개")])
def test_backups_lists_one_of_the_earlier_passphrase_as_restorable(encrypted, lang, word,
                                                                   said):
    """Not "DAMAGED: not restorable": restore asks its passphrase and restores it (s28)."""
    assert run("passphrase", str(encrypted), input="new words 3\nnew words 3\n"
               ).exit_code == 0
    cipher.forget_all()
    listed = run("--lang", lang, "backups", str(encrypted), passphrase="new words 3")
    assert listed.exit_code == 0, listed.output
    rows = [line for line in listed.output.splitlines() if line.startswith("20")]
    # start, manual and before-passphrase: each of the passphrase of then
    assert len(rows) == 3 and all(word in row for row in rows)
    assert said in listed.output
    assert "DAMAGED" not in listed.output and "손상" not in listed.output


def test_a_plain_backup_restored_over_an_encrypted_log_is_encrypted_with_its_key(tmp_path):
    db = tmp_path / "log" / "us.sqlite"
    assert run("init", str(db), "--post", "US").exit_code == 0
    add_company(db)
    assert run("backup", str(db)).exit_code == 0
    [plain] = backup_dir_for(db).glob("*-manual.sqlite.gz")
    assert run("encrypt", str(db)).exit_code == 0
    cipher.forget_all()
    restored = run("restore", str(db), str(plain), "--yes")
    assert restored.exit_code == 0, restored.output
    assert cipher.is_encrypted_file(db)
    assert independent_open(db) == ["ok", "1"]
    assert PLANTED[0].encode() not in db.read_bytes()


def test_the_printed_recovery_key_opens_the_log_and_another_sqlcipher_program(encrypted):
    printed = run("recovery-key", str(encrypted))
    assert printed.exit_code == 0, printed.output
    [key] = [line for line in printed.output.splitlines() if line.count("-") == 11]
    cipher.forget_all()
    opened = run("list", str(encrypted), "companies", passphrase=key.lower().replace("-", " "))
    assert opened.exit_code == 0, opened.output
    assert "PLANTEDSECRETCORP" in opened.output
    raw = "x'" + key.replace("-", "") + "'"  # SQLCipher's raw key form, no KDF
    assert independent_open(encrypted, raw) == ["ok", "1"]
    cipher.forget_all()
    wrong = key[:-1] + ("0" if key[-1] != "0" else "1")
    refused = run("list", str(encrypted), "companies", passphrase=wrong)
    assert refused.exit_code == 1 and "does not open" in refused.output


NOW_HOLDS = {"en": "{db} now holds companies 2: every change made since the backup leaves",
             "ko": "{db}의 지금 내용: 기업 2. 백업 이후의 변경은 모두"}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_restoring_an_encrypted_log_says_what_it_holds_now(encrypted, lang):
    """s27 #5: the "now holds" line, with the passphrase asked for the log first."""
    add_company(encrypted)
    manual = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    cipher.forget_all()
    restored = run("--lang", lang, "restore", str(encrypted), str(manual), "--yes",
                   passphrase=None, input=f"{PASSPHRASE}\n")
    assert restored.exit_code == 0, restored.output
    said = restored.stdout
    assert NOW_HOLDS[lang].format(db=encrypted) in said, said
    assert independent_open(encrypted) == ["ok", "1"]


UNREAD = {"en": ("what {db} holds now cannot be said: {db} is damaged",
                 "Everything in it is replaced by the backup"),
          "ko": ("{db}의 지금 내용을 알 수 없습니다: {db} 파일이 손상되었습니다",
                 "그 내용은 모두 백업으로 바뀝니다")}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_damaged_encrypted_log_is_restored_and_says_why_no_count_is_given(
        encrypted, lang):
    """s27 #5: a page of the log damaged (its passphrase still opens it): the "now
    holds" line was left out without a word, and the restore then failed with "SQL
    logic error" naming the backup folder, the one way back refused."""
    manual = next(backup_dir_for(encrypted).glob("*-manual.sqlite"))
    data = bytearray(encrypted.read_bytes())
    for i in range(5000, 9000):  # the second page: the first (and the key) still read
        data[i] ^= 0x55
    encrypted.write_bytes(bytes(data))
    cipher.forget_all()
    restored = run("--lang", lang, "restore", str(encrypted), str(manual), "--yes")
    assert restored.exit_code == 0, restored.output
    for words in UNREAD[lang]:
        assert words.format(db=encrypted) in restored.stdout, restored.stdout
    assert "now holds" not in restored.stdout
    assert independent_open(encrypted) == ["ok", "1"]
    [kept] = backup_dir_for(encrypted).glob("*-before-restore.sqlite")
    assert kept.read_bytes() == bytes(data)  # the damaged file, copied as it was
