"""Commands of the keys: this installation's keys and key card, and the keys trusted here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from officer_desk.cli.app import (
    cli,
    db_argument,
    echo_text,
    fail,
    json_option,
    language,
    open_db,
)
from officer_desk.cli.asking import confirm
from officer_desk.cli.output import echo_json, echo_lines, headings, pad, table, width
from officer_desk.domain.messages import CATALOGUE, say
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


def _said(key: str) -> str:
    return say(key).message(language())


def _status(status: str) -> str:
    """A key's status as the person reads it (the code if it has no words)."""
    key = "out.key_status_" + status.replace(" ", "_")
    return _said(key) if key in CATALOGUE else status


def _echo_fields(pairs: list[tuple[str, object]]) -> None:
    """``label:  value`` lines, the values aligned (labels from the catalogue)."""
    labels = [_said(f"out.key_{name}") + ":" for name, _ in pairs]
    widest = max(width(label) for label in labels)
    for label, (_, value) in zip(labels, pairs, strict=True):
        click.echo(f"{pad(label, widest)} {value}")


def _key_rows(items: list[keys.KeyInfo]) -> list[list[str]]:
    return [[k.fingerprint, k.post, _status(k.status), _said("out.yes") if k.age_recipient else "-",
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
    _echo_fields([("fingerprint", info.fingerprint), ("post", info.post),
                  ("installation", info.installation), ("encryption", info.age_recipient)])


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
        echo_text(say("out.keys_none"))
        return
    echo_lines(table(headings("out.keys_head", language()), _key_rows(items), flexible=4))


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
    _echo_fields([("fingerprint", info.fingerprint), ("post", info.post),
                  ("officer", info.officer or "?"), ("installation", info.installation),
                  ("encryption", info.age_recipient or "-"),
                  ("status_here", _status_text(desk, info))])
    refusal = trust_refusal(desk, package_file, info)
    if refusal is not None:
        raise refusal
    if info.others:
        echo_text(say("out.key_others_warning", others=", ".join(info.others)), err=True)
    if expected is not None and keys.normalise_fingerprint(expected) != info.fingerprint:
        fail(say("cli.wrong_fingerprint", fingerprint=expected))
    if info.status == "trusted":
        echo_text(say("out.key_already_trusted"))
        return
    if not yes and expected is None:
        if not sys.stdin.isatty():
            fail(say("cli.confirm_yes_or_fingerprint"))
        confirm(_said("out.key_confirm"), abort=True)
    stored = trust_file(desk, package_file, desk.actor)
    echo_text(say("out.key_trusted", fingerprint=stored.fingerprint, post=stored.post))


def _status_text(desk: Desk, info: keys.KeyInfo) -> str:
    """The key's status here, as exactly as the merge will treat it."""
    if info.status == keys.OWN:
        return _said("out.key_own")
    known = keys.find_key(desk, info.fingerprint)
    if known is not None and known.post != info.post:
        return _said_with("out.key_other_post_only", status=_status(known.status),
                          known=known.post, post=info.post)
    return _status(info.status)


def _said_with(key: str, **params: str) -> str:
    return say(key, **params).message(language())


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
    echo_text(say("out.key_revoked", fingerprint=info.fingerprint, post=info.post))
