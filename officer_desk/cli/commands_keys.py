"""Commands of the keys: this installation's keys and key card, and the keys trusted here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from officer_desk.cli.app import cli, db_argument, echo_text, fail, json_option, open_db
from officer_desk.cli.output import echo_json, echo_lines, table
from officer_desk.domain.messages import say
from officer_desk.services.desk import Desk
from officer_desk.sync import keys
from officer_desk.sync.key_card import file_key, trust_file, write_key_card
from officer_desk.sync.package_read import trust_refusal
from officer_desk.sync.package_verify import check_file


@cli.group("keys", short_help="Keys: this computer's keys, key cards and the keys trusted here.")
@db_argument
@click.pass_context
def keys_group(ctx: click.Context, db: Path) -> None:
    """Show this installation's signing key, and manage the keys of the installations
    whose packages this database accepts. Compare fingerprints over the phone before
    trusting a key.

    \b
    Example:
      officer-desk keys hq.sqlite show
      officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg
      officer-desk keys hq.sqlite list
    """
    ctx.ensure_object(dict)["db"] = db


def _desk() -> Desk:
    """The database named before the subcommand (``keys DB show``)."""
    ctx = click.get_current_context()
    return open_db(ctx, ctx.find_object(dict)["db"])


def _key_rows(items: list[keys.KeyInfo]) -> list[list[str]]:
    return [[k.fingerprint, k.post, k.status, "yes" if k.age_recipient else "-",
             k.officer or "", k.installation[:8], k.decided_at or k.first_seen or ""]
            for k in items]


@keys_group.command("show")
@json_option
def keys_show(as_json: bool) -> None:
    """This installation's own key: read its fingerprint to HQ (or the post) over the
    phone so they can check it before trusting your packages.

    \b
    Example:
      officer-desk keys us.sqlite show
    """
    desk = _desk()
    info = keys.own_key_info(desk)
    if as_json:
        echo_json({"fingerprint": info.fingerprint, "post": info.post,
                   "installation": info.installation, "public_key": info.public_key_b64,
                   "age_recipient": info.age_recipient})
        return
    click.echo(f"fingerprint:  {info.fingerprint}")
    click.echo(f"post:         {info.post}")
    click.echo(f"installation: {info.installation}")
    click.echo(f"encryption:   {info.age_recipient}")


@keys_group.command("export")
@click.argument("out", type=click.Path(path_type=Path))
def keys_export(out: Path) -> None:
    """Write this installation's key card (its public signing and encryption keys,
    signed) for HQ or the post's other computer to trust, so that packages can be
    encrypted for each other. It holds nothing secret; it can go by e-mail.

    \b
    Example:
      officer-desk keys us.sqlite export us-office.odkey
    """
    desk = _desk()
    path, info = write_key_card(desk, out)
    echo_text(say("age.card_wrote", path=path, name=path.name, fingerprint=info.fingerprint))


@keys_group.command("list")
@json_option
def keys_list(as_json: bool) -> None:
    """The keys this database trusts (or revoked), with their post and officer, and
    whether packages written here are encrypted to them ("encrypt to": yes when the key
    came with an encryption key, from a key card or a package).

    \b
    Example:
      officer-desk keys hq.sqlite list
    """
    desk = _desk()
    items = keys.list_keys(desk)
    if as_json:
        echo_json([{"fingerprint": k.fingerprint, "post": k.post, "status": k.status,
                    "officer": k.officer, "installation": k.installation,
                    "age_recipient": k.age_recipient,
                    "decided_at": k.decided_at, "decided_by": k.decided_by} for k in items])
        return
    if not items:
        click.echo("no keys yet: trust one with officer-desk keys DB trust PACKAGE")
        return
    echo_lines(table(["fingerprint", "post", "status", "encrypt to", "officer",
                      "installation", "since"], _key_rows(items), flexible=4))


@keys_group.command("trust")
@click.argument("package_file", type=click.Path(path_type=Path))
@click.option("--fingerprint", "expected", metavar="XXXX-XXXX-…",
              help="The fingerprint the sender read to you; trusted only if it matches.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def keys_trust(package_file: Path, expected: str | None, yes: bool) -> None:
    """Trust the key of a key card (`keys export`) or the key that signed a package,
    for the post and installation it names, with its encryption key: the packages
    written here are encrypted to it from then on. Check the fingerprint with the
    sender by phone first (they see it with `officer-desk keys show`).

    \b
    Example:
      officer-desk keys hq.sqlite trust inbox/US-20251121.odpkg
      officer-desk keys hq.sqlite trust us-office.odkey
      officer-desk keys hq.sqlite trust us.odpkg --fingerprint K7QD-2MXA-… --yes
    """
    check_file(package_file)  # before the database is opened (and locked)
    desk = _desk()
    info = file_key(package_file, desk)
    click.echo(f"fingerprint:  {info.fingerprint}")
    click.echo(f"post:         {info.post}")
    click.echo(f"officer:      {info.officer or '?'}")
    click.echo(f"installation: {info.installation}")
    click.echo(f"encryption:   {info.age_recipient or '-'}")
    click.echo(f"status here:  {_status_text(desk, info)}")
    refusal = trust_refusal(desk, package_file, info)
    if refusal is not None:
        raise refusal
    if info.others:
        click.echo("warning: this installation is already trusted with another key "
                   f"({', '.join(info.others)}); someone may be signing in its name", err=True)
    if expected is not None and keys.normalise_fingerprint(expected) != info.fingerprint:
        fail(say("cli.wrong_fingerprint", fingerprint=expected))
    if info.status == "trusted":
        click.echo("already trusted")
        return
    if not yes and expected is None:
        if not sys.stdin.isatty():
            fail(say("cli.confirm_yes_or_fingerprint"))
        click.confirm("Does this fingerprint match the one the sender read to you?",
                      abort=True)
    stored = trust_file(desk, package_file, desk.actor)
    click.echo(f"trusted {stored.fingerprint} for post {stored.post}")


def _status_text(desk: Desk, info: keys.KeyInfo) -> str:
    """The key's status here, as exactly as the merge will treat it."""
    if info.status == keys.OWN:
        return "own (this database's own key)"
    known = keys.find_key(desk, info.fingerprint)
    if known is not None and known.post != info.post:
        return f"{known.status} for post {known.post} only (not for {info.post})"
    return info.status


@keys_group.command("revoke")
@click.argument("fingerprint")
def keys_revoke(fingerprint: str) -> None:
    """Stop accepting packages signed by a key (a lost laptop, a departed officer).

    \b
    Example:
      officer-desk keys hq.sqlite revoke K7QD-2MXA-4PZE-QN3B-77FA
    """
    desk = _desk()
    info = keys.revoke(desk, fingerprint, desk.actor)
    click.echo(f"revoked {info.fingerprint} (post {info.post})")
