"""Commands of backups: back up now, list the backups, restore one."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from officer_desk.cli.app import cli, db_argument, echo_text, fail, json_option, language
from officer_desk.cli.asking import confirm
from officer_desk.cli.output import (
    echo_json,
    echo_lines,
    headings,
    human_size,
    plural,
    table,
    table_name,
)
from officer_desk.cli.passphrase import unlock_callback
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import CATALOGUE, Both, say
from officer_desk.services import backup_check, backups, restore_compare
from officer_desk.services import restore as restore_service
from officer_desk.storage.connection import backup_dir_for


def _when(info: backups.BackupInfo) -> str:
    return info.time.strftime("%Y-%m-%d %H:%M:%S UTC")


def _counts(counts: dict[str, int]) -> str:
    lang = language()
    shown = [f"{table_name(name, lang)} {n:,}" for name, n in counts.items() if n]
    return ", ".join(shown) or say("out.no_records").message(lang)


def _reason(reason: str) -> str:
    """Why a backup was made, in the person's words (the code if it has none)."""
    key = "out.reason_" + reason.replace("-", "_")
    return say(key).message(language()) if key in CATALOGUE else reason


def _backups(n: int) -> Both:
    return Both(plural(n, "backup"), f"{n:,}")


@cli.command(short_help="Back up the database now (SQLite's online backup).")
@db_argument
@click.option("--to", "to_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the backup (default: the DB's backup folder, <name>-backups).")
def backup(db: Path, to_dir: Path | None) -> None:
    """Write a complete, consistent copy of the database, even while the window has it
    open. Manual backups are never deleted by the rolling clean-up of automatic ones.

    \b
    Example:
      officer-desk backup us.sqlite
      officer-desk backup us.sqlite --to /media/usb/officer-desk
    """
    path = backups.backup(db, to_dir)
    echo_text(say("out.backed_up", db=db, path=path, size=human_size(path.stat().st_size)))


@cli.command("backups", short_help="List the database's backups with their record counts.")
@db_argument
@json_option
def list_backups(db: Path, as_json: bool) -> None:
    """List the backups in the database's backup folder, newest first: when (UTC), why
    (start, daily, migration, merge, import, before-restore, manual), size and the
    records each holds.

    \b
    Example:
      officer-desk backups us.sqlite
    """
    items = backups.list_backups(db)
    if as_json:
        echo_json([{
            "path": str(b.path), "time": b.time.isoformat(), "reason": b.reason,
            "size": b.size, "schema": b.schema, "post": b.post, "counts": b.counts,
            "verified": b.verified, "problem": b.problem,
        } for b in items])
        return
    if not items:
        echo_text(say("out.no_backups", db=db, folder=backup_dir_for(db)))
        return
    rows = [[_when(b), _reason(b.reason), human_size(b.size), "—" if b.problem else f"{b.total:,}",
             _checked(b),
             _problem(b) or _counts(b.counts), b.path.name] for b in items]
    echo_lines(table(headings("out.backups_head", language()),
                     rows, align="<<>><<<", flexible=(5, 6)))
    click.echo()
    echo_text(say("out.backups_count", count=_backups(len(items)), folder=backup_dir_for(db)))
    damaged = sum(1 for b in items if b.problem and not b.other_passphrase)
    if damaged:
        echo_text(say("out.backups_damaged", count=_backups(damaged)))
    other = sum(1 for b in items if b.other_passphrase)
    if other:
        echo_text(say("out.backups_other_passphrase", count=_backups(other)))
    if any(not b.verified and not b.problem for b in items):
        echo_text(say("out.backups_unverified"))


def _problem(info: backups.BackupInfo) -> str | None:
    """Why a backup is unusable, in the command's language (None: it is usable)."""
    if isinstance(info.issue, OfficerDeskError):
        return info.issue.message(language())
    return info.problem


def _checked(info: backups.BackupInfo) -> str:
    key = ("out.backup_other_passphrase" if info.other_passphrase else
           "out.backup_damaged" if info.problem else
           "out.backup_verified" if info.verified else "out.backup_unverified")
    return say(key).message(language())


@cli.command(short_help="Replace the database with one of its backups.")
@db_argument
@click.argument("backup_file", metavar="BACKUP",
                type=click.Path(dir_okay=False, path_type=Path),
                callback=unlock_callback)  # an encrypted backup of an older passphrase
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--force", is_flag=True,
              help="Restore a backup of another post (or HQ) over this post's file.")
def restore(db: Path, backup_file: Path, yes: bool, force: bool) -> None:
    """Put BACKUP in place of DB. The backup is checked first: it must match the
    manifest written with it (size, sha256, post, installation, record counts), or,
    made by an earlier version without one ("unverified"), pass SQLite's integrity
    check; it must be an Officer Desk database not from a newer version. A backup of
    another post or of HQ is refused unless --force. The current file is itself backed
    up (reason before-restore) before it is replaced, so a restore can be undone.

    Close Officer Desk on this database first. The restored database gets a new
    installation id (its change counter went back in time); HQ is asked to trust its
    new signing key with the next package.

    \b
    Example:
      officer-desk backups us.sqlite
      officer-desk restore us.sqlite us-backups/us-20261121T071500000000Z-daily.sqlite.gz
    """
    restore_service.refuse_itself(db, backup_file)  # before a summary of it
    # kept decompressed for the restore below: read once (backup_check.checked_copy)
    with backup_check.checked_copy(backup_file, keep=True) as (checked, plain):
        comparison = restore_compare.compare_checked(db, plain)
        passphrase = restore_service.passphrase_change(db, plain)
    try:
        state = say("out.restore_verified" if checked.verified else "out.restore_unverified")
        echo_text(say("out.restore_holds", file=backup_file, counts=_counts(checked.counts),
                      state=state))
        current = restore_service.current_holdings(db)
        if current.counts is not None:
            echo_text(say("out.restore_current", db=db, counts=_counts(current.counts)))
            if comparison.lost_total or comparison.older_total:  # counted by record id
                echo_text(say("out.restore_lost", db=db, count=comparison.lost_total,
                              older=comparison.older_total, folder=backup_dir_for(db)))
            else:
                echo_text(say("out.restore_nothing_lost", db=db))
        elif current.problem is not None:  # said, not left out: the person decides on it
            echo_text(say("out.restore_current_unread", db=db, reason=Both(
                current.problem.message("en"), current.problem.message("ko"))))
        other = restore_service.other_post(db, checked.post)
        if other is not None:
            if not force:
                raise restore_service.OtherPost(
                    f"{other}. Restore it anyway with --force if that is meant",
                    ko=f"{other.message('ko')}. 의도한 것이면 --force로 복원하십시오")
            echo_text(say("out.restore_other_post",
                          message=Both(other.message("en"), other.message("ko"))))
        if passphrase is not None:  # the log's passphrase goes back with the backup's
            echo_text(say("out.restore_passphrase_changed" if passphrase == "changed"
                          else "out.restore_now_encrypted", db=db, file=backup_file))
        if not yes:
            if not sys.stdin.isatty():
                fail(say("cli.confirm_yes"))
            confirm(say("out.restore_confirm", db=db).message(language()), abort=True)
        report = restore_service.restore(db, backup_file, force=force)
    finally:  # refused or declined: the kept copy goes now, not at the program's end
        backup_check.release_kept()
    echo_text(say("out.restored", db=db, file=backup_file))
    if report.safety_backup is not None:
        echo_text(say("out.restore_kept", path=report.safety_backup))
