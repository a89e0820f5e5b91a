"""Commands of the sync: package, merge, conflicts (the keys: ``commands_keys``)."""

from __future__ import annotations

from pathlib import Path

import click

from officer_desk.cli.app import (
    arg as _arg,
)
from officer_desk.cli.app import (
    cli,
    db_argument,
    echo_text,
    fail,
    json_option,
    language,
    open_db,
    say_tidied,
)
from officer_desk.cli.output import (
    echo_json,
    echo_lines,
    headings,
    pad,
    plural,
    short_id,
    table,
    table_name,
)
from officer_desk.domain.messages import CATALOGUE, Both, say
from officer_desk.domain.tidying import ChangesNotAccepted, Tidied
from officer_desk.services import conflicts as conflict_service
from officer_desk.services import sync as sync_service
from officer_desk.services.desk import Desk
from officer_desk.sync.package_encrypt import reader_names

EXIT_REFUSED = 1
#: Refusals a person ends by trusting the signer's key (the hint names the command).
TRUST_REFUSALS = ("unknown_key", "revoked_key", "changed_key")


@cli.command(short_help="Write an encrypted, signed sync package of this database's records.")
@db_argument
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--plain", is_flag=True,
              help="Not encrypted, signed only: anyone who finds the file can read it.")
@click.option("--since-last", is_flag=True,
              help="Only what changed since the last package (default: everything).")
@click.option("--posts", "include_posts", metavar="CODE,...", default="",
              help="HQ only: also send these posts' records (read-only at the receiver).")
def package(db: Path, out: Path, plain: bool, since_last: bool, include_posts: str) -> None:
    """Write a sync package: this post's records with their version metadata, signed
    with this installation's key, for HQ (or the post's other computer) to merge.

    The records are encrypted (age) to the installations that may read them and whose
    keys are trusted here: a post's package to HQ's installations and the post's other
    computers, HQ's to the posts it is for. Trust their key cards or packages first
    (`officer-desk keys DB trust FILE`). --plain writes a signed-only package.

    OUT is a folder (the file gets a name with the post and time) or a file name. The
    package is a consistent snapshot; the signing and decryption keys never leave this
    computer.

    \b
    Example:
      officer-desk package us.sqlite ~/Sync/to-HQ/
      officer-desk package us.sqlite us-week47.odpkg --since-last
      officer-desk package hq.sqlite to-posts/ --posts US,CN
    """
    ctx = click.get_current_context()
    desk = open_db(ctx, db)
    posts = tuple(p.strip().upper() for p in include_posts.split(",") if p.strip())
    info = sync_service.make_package(desk, out, since_last=since_last, include_posts=posts,
                                     plain=plain)
    total = sum(info.counts.values())
    echo_text(say("cli.package_wrote", path=info.path,
                  records=Both(plural(total, "record"), f"기록 {total:,}건"),
                  fingerprint=info.manifest["fingerprint"]))
    if info.readers:
        echo_text(say("age.readers", readers=reader_names(info.manifest)))
    else:
        echo_text(say("age.plain_written"))
    for name, n in info.counts.items():
        if n:
            click.echo(f"  {pad(table_name(name, language()), 14)} {n:>8,}")


@cli.command(short_help="Verify and merge sync packages into this database.")
@db_argument
@click.argument("packages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Verify and show what would change; change nothing.")
@json_option
def merge(db: Path, packages: tuple[Path, ...], dry_run: bool, as_json: bool) -> None:
    """Verify each package (signature, trusted key, hash, schema) and merge it, each in
    one transaction. Prints per package what was added, updated, unchanged, deleted,
    the conflicts kept for a person, and anything refused with the reason.

    A package already merged is recognised and changes nothing. A path that is not a
    regular file (a folder, a named pipe) is refused before the database is opened.
    Exit status 0 when every package merged, 1 when any package or record in one was
    refused.

    \b
    Example:
      officer-desk merge hq.sqlite inbox/US-*.odpkg inbox/CN-*.odpkg
      officer-desk merge hq.sqlite us-week47.odpkg --dry-run
    """
    ctx = click.get_current_context()
    # Checked before the database is opened (and locked): a named pipe would block.
    not_files = sync_service.not_package_files(packages)
    files = [p for p in packages if p not in not_files]
    desk = open_db(ctx, db) if files else None
    merged = iter(sync_service.merge(desk, files, dry_run=dry_run) if desk else [])
    reports = [sync_service.refused_report(p, not_files[p]) if p in not_files
               else next(merged) for p in packages]
    if as_json:
        echo_json({"dry_run": dry_run, "packages": [r.as_dict() for r in reports]})
    else:
        rows = [
            [Path(r.file).name, r.post or "?", _outcome(r.outcome), f"{r.added:,}",
             f"{r.updated:,}",
             f"{r.unchanged:,}", f"{r.deleted:,}", f"{r.conflicts:,}",
             f"{len(r.refused_rows):,}"]
            for r in reports
        ]
        echo_lines(table(headings("out.merge_head", language()), rows, flexible=0,
                         align="<<<>>>>>>"))
        ko = language() == "ko"
        for r in reports:
            if r.encrypted is False and r.outcome in ("merged", "already merged", "checked"):
                echo_text(say("age.merged_plain", name=Path(r.file).name))
            if r.reason:
                click.echo(err=True)
                echo_text(say("cli.merge_refused", name=Path(r.file).name,
                              reason=(r.reason_ko if ko and r.reason_ko else r.reason)),
                          err=True)
            if r.refusal in TRUST_REFUSALS:
                echo_text(say("cli.merge_trust_hint",
                              command=f"officer-desk keys {_arg(db)} trust {_arg(r.file)}"),
                          err=True)
            rows_said = r.refused_rows_ko if ko and r.refused_rows_ko else r.refused_rows
            for why in rows_said[:20]:
                echo_text(say("cli.merge_refused_record", reason=why), err=True)
            if len(r.refused_rows) > 20:
                echo_text(say("cli.more", count=len(r.refused_rows) - 20), err=True)
        closed = sum(r.superseded for r in reports)
        if closed:
            click.echo()
            echo_text(say("cli.merge_superseded", count=closed))
        open_conflicts = conflict_service.open_count(desk) if desk else 0
        if open_conflicts:
            click.echo()
            echo_text(say("cli.open_conflicts",
                          conflicts=Both(plural(open_conflicts, "conflict"),
                                         f"{open_conflicts:,}건"),
                          command=f"officer-desk conflicts {_arg(db)} list"))
    if not all(r.ok for r in reports):
        ctx.exit(EXIT_REFUSED)


def _desk() -> Desk:
    """The database named before the subcommand (``keys DB show``)."""
    ctx = click.get_current_context()
    return open_db(ctx, ctx.find_object(dict)["db"])


@cli.group("conflicts", short_help="Values the merge kept for a person to decide.")
@db_argument
@click.pass_context
def conflicts_group(ctx: click.Context, db: Path) -> None:
    """When two computers changed the same field without seeing each other's change,
    the merge applies one (the same one everywhere) and keeps the other here. List
    them and keep ours (this database's value before the merge) or theirs (the
    package's).

    \b
    Example:
      officer-desk conflicts hq.sqlite list
      officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep theirs
    """
    ctx.ensure_object(dict)["db"] = db


def _value_text(values: dict) -> str:
    return "; ".join(f"{k}={v}" for k, v in values.items())


@conflicts_group.command("list")
@click.option("--all", "include_resolved", is_flag=True, help="Resolved ones too.")
@json_option
def conflicts_list(include_resolved: bool, as_json: bool) -> None:
    """The open conflicts (with --all, resolved ones too), both values side by side.

    \b
    Example:
      officer-desk conflicts us.sqlite list
    """
    desk = _desk()
    items = conflict_service.list_conflicts(desk, include_resolved=include_resolved)
    if as_json:
        echo_json([vars(c) for c in items])
        return
    if not items:
        echo_text(say("out.no_conflicts"))
        return
    rows = [[short_id(c.id), table_name(c.kind, language()), short_id(c.record_id),
             ", ".join(c.fields), _word("out.conflict_", c.reason),
             _value_text(c.ours), _value_text(c.theirs), _word("conflict.keep_", c.kept),
             c.package_post or "", _resolution(c.resolution)]
            for c in items]
    echo_lines(table(headings("out.conflicts_head", language()), rows, flexible=5))


@conflicts_group.command("resolve")
@click.argument("conflict_id")
@click.option("--keep", type=click.Choice(["ours", "theirs", "edited"]), required=True,
              help="ours: this database's value before the merge; theirs: the package's; "
                   "edited: the values given with --set.")
@click.option("--set", "assignments", multiple=True, metavar="FIELD=VALUE",
              help="With --keep edited: a value to keep (repeat for several fields).")
@click.option("--force", is_flag=True,
              help="Settle it even though the record changed after the conflict was found "
                   "(the later value is replaced).")
@click.option("--accept-changes", is_flag=True,
              help="With --keep edited: store values that would be stored otherwise than "
                   "given (spaces at the ends aside) as the refusal without it shows them.")
def conflicts_resolve(conflict_id: str, keep: str, assignments: tuple[str, ...],
                      force: bool, accept_changes: bool) -> None:
    """Settle a conflict. Keeping the side the merge did not apply, or values of your
    own (both sides combined, say), is an ordinary edit: checked like any edit, in the
    record's history, sent on in the next package. Keeping the applied side stamps it
    anew, so the decision reaches the other computers too.

    If the record changed after the conflict was found, the command refuses and shows
    the current value; look at the record, and add --force to settle it anyway.

    \b
    Examples:
      officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep ours
      officer-desk conflicts us.sqlite resolve 3f2c9a1e --keep edited --set "summary=…"
    """
    if assignments and keep != "edited":
        fail(say("cli.set_needs_edited"))
    values: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(say("cli.set_syntax", item=item))
        values[name.strip()] = value
    if keep == "edited" and not values:
        fail(say("cli.edited_needs_set"))
    desk = _desk()
    tidied: list[Tidied] = []
    try:
        settled = conflict_service.resolve_conflict(
            desk, conflict_id, keep, values or None, force=force,
            accept_changes=accept_changes, tidied=tidied)
    except conflict_service.ConflictMovedOn as e:
        fail(say("cli.force_hint", message=Both(e.message("en"), e.message("ko"))))
    except ChangesNotAccepted as e:
        fail(say("cli.tidy_accept", refused=Both(e.message("en"), e.message("ko"))))
    say_tidied(tidied)
    how = {conflict_service.CHANGED: "changed", conflict_service.CONFIRMED: "confirmed",
           conflict_service.MARKED: "marked"}[settled.how]
    echo_text(say("out.resolved", id=conflict_id, keep=say(f"conflict.keep_{keep}"),
                  what=say(f"out.settled_{how}")))
    click.echo("  " + say(f"out.settled_{how}_then").message(language()))


def _outcome(outcome: str) -> str:
    """A package's outcome in the person's words (the code if it has none)."""
    return _word("out.outcome_", outcome.replace(" ", "_"), outcome)


def _resolution(resolution: str | None) -> str:
    """How a conflict was settled, in the command's language ("" while open)."""
    label = conflict_service.resolution_label(resolution)
    return label if isinstance(label, str) else label.message(language())


def _word(prefix: str, code: str, shown: str | None = None) -> str:
    """The catalogue's word for ``code`` (``prefix`` + code) in the command's language;
    ``shown`` (default: the code itself) when it has none."""
    key = prefix + code
    return say(key).message(language()) if code and key in CATALOGUE else (shown or code)
