"""Commands about an encrypted case log: encrypt, decrypt, passphrase."""

from __future__ import annotations

import os
from pathlib import Path

import click

from officer_desk.cli.app import cli, db_argument, echo_text, language
from officer_desk.cli.passphrase import NEW_ENV, ask_new, prompt
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say
from officer_desk.services import encryption
from officer_desk.storage import cipher
from officer_desk.storage.connection import backup_dir_for, check_file


def _plain_backups_note(db: Path, remove: bool) -> None:
    folder = backup_dir_for(db)
    if remove:
        removed = encryption.remove_plain_backups(db)
        echo_text(say("cipher.plain_backups_removed", count=len(removed), folder=folder))
        return
    left = encryption.plain_backups(db)
    if left:
        echo_text(say("cipher.plain_backups_left", count=len(left), folder=folder), err=True)


@cli.command(short_help="Encrypt a case log with a passphrase (SQLCipher).")
@db_argument
@click.option("--remove-plain-backups", is_flag=True,
              help="Delete the backups made before encrypting (they hold the data "
                   "unencrypted), once the encrypted file checked out.")
def encrypt(db: Path, remove_plain_backups: bool) -> None:
    """Encrypt the case log DB: a backup of the file first, then an encrypted copy,
    checked, put in its place. The passphrase is asked twice (or taken from
    OFFICER_DESK_PASSPHRASE). A lost passphrase cannot be recovered.

    \b
    Example:
      officer-desk encrypt us.sqlite
    """
    if cipher.is_encrypted_file(db):
        raise OfficerDeskError(say("cipher.already_encrypted", path=db))
    check_file(db)  # before a passphrase is asked for a file that cannot be encrypted
    done = encryption.encrypt(db, ask_new(db))
    echo_text(say("cipher.encrypted", path=db, backup=done.backup or "-"))
    echo_text(say("cipher.lost_warning"), err=True)
    _plain_backups_note(db, remove_plain_backups)


@cli.command(short_help="Turn an encrypted case log back into a plain file.")
@db_argument
def decrypt(db: Path) -> None:
    """Decrypt the case log DB into a plain SQLite file (after a backup of the
    encrypted file). Its passphrase is asked first.

    \b
    Example:
      officer-desk decrypt us.sqlite
    """
    done = encryption.decrypt(db)
    echo_text(say("cipher.decrypted", path=db, backup=done.backup or "-"))


@cli.command(short_help="Change an encrypted case log's passphrase.")
@db_argument
def passphrase(db: Path) -> None:
    """Change the passphrase of the encrypted case log DB: the current one is asked
    first, then the new one twice (for scripts: OFFICER_DESK_PASSPHRASE holds the
    current one, OFFICER_DESK_NEW_PASSPHRASE the new one). Backups made before keep the
    old passphrase.

    \b
    Example:
      officer-desk passphrase us.sqlite
    """
    if not cipher.is_encrypted_file(db):
        raise OfficerDeskError(say("cipher.not_encrypted", path=db))
    new = os.environ.get(NEW_ENV)
    if new is None:  # OFFICER_DESK_PASSPHRASE, if set, is the current one
        new = prompt(say("cipher.prompt_new", path=db).message(language()), confirm=True,
                     path=db)
    encryption.change_passphrase(db, new)
    echo_text(say("cipher.passphrase_changed", path=db))
    echo_text(say("cipher.lost_warning"), err=True)


@cli.command("recovery-key", short_help="Print an encrypted log's recovery key.")
@db_argument
def recovery_key(db: Path) -> None:
    """Print the recovery key of the encrypted case log DB (its passphrase is asked
    first). Typed where the passphrase is asked, it opens the log and its backups
    made until the passphrase is next changed. Print it and keep it in a safe place:
    whoever has it can read the log.

    \b
    Example:
      officer-desk recovery-key us.sqlite
    """
    if not cipher.is_encrypted_file(db):
        raise OfficerDeskError(say("cipher.not_encrypted", path=db))
    conn = cipher.open_read_only(db)
    try:
        key = cipher.recovery_key(conn)
    finally:
        conn.close()
    echo_text(say("cipher.recovery_key_head", path=db))
    click.echo(key)
    echo_text(say("cipher.recovery_key_note"))
