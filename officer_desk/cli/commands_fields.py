"""``officer-desk fields``: the record kinds, their fields and the codes they accept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from officer_desk.cli.app import KIND, cli, json_option, language, open_db
from officer_desk.cli.output import echo_json, echo_lines, headings, table
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import ALIASES, KINDS, RecordKind
from officer_desk.domain.messages import say
from officer_desk.domain.vocabulary import Vocabularies, seed_vocabularies


def _said(key: str) -> str:
    return say(key).message(language())


def _aliases(kind: RecordKind) -> list[str]:
    return sorted(a for a, name in ALIASES.items() if name == kind.name)


def _accepts(f: Field) -> str:
    """What a field takes, in a few words (the type column says the rest)."""
    if f.type is FieldType.VOCAB:
        return _said_with("out.accepts_vocab", vocab=f.vocab)
    if f.type is FieldType.CHOICE:
        return " | ".join(f.choices)
    if f.type is FieldType.REF:
        return _said_with("out.accepts_ref", ref=f.ref)
    if f.type is FieldType.REFS:
        return _said_with("out.accepts_refs", ref=f.ref)
    if f.type is FieldType.LINK:
        return _said("out.accepts_link")
    if f.type is FieldType.PARTIES:
        return _said("out.accepts_parties")
    if f.type is FieldType.STRINGS:
        return _said("out.accepts_texts")
    if f.type is FieldType.DATE:
        return "YYYY-MM-DD"
    if f.type is FieldType.BOOL:
        return "true | false"
    if f.type is FieldType.BLOB:
        return _said("out.accepts_blob")
    if f.max_length and f.type is FieldType.TEXT:
        return _said_with("out.accepts_max", count=f.max_length)
    return ""


def _said_with(key: str, **params: object) -> str:
    return say(key, **params).message(language())


def _default(f: Field) -> str:
    if f.default is None or f.default == ():
        return ""
    if isinstance(f.default, bool):
        return "true" if f.default else "false"
    return str(f.default)


def field_info(f: Field) -> dict[str, Any]:
    return {
        "name": f.name, "type": str(f.type), "required": f.required,
        "vocabulary": f.vocab, "ref": f.ref, "choices": list(f.choices) or None,
        "default": list(f.default) if isinstance(f.default, tuple) else f.default,
        "immutable": f.immutable, "max_length": f.max_length, "en": f.en, "ko": f.ko,
    }


def kind_info(kind: RecordKind, vocab: Vocabularies) -> dict[str, Any]:
    vocabs = sorted({f.vocab for f in kind.fields if f.vocab})
    return {
        "name": kind.name, "en": kind.en, "ko": kind.ko, "aliases": _aliases(kind),
        "reference": kind.reference,
        "one_of_required": [list(g) for g in kind.required_any],
        "fields": [field_info(f) for f in kind.fields],
        "vocabularies": {
            v: [{"code": t.code, "en": t.en, "ko": t.ko} for t in vocab.terms(v)]
            for v in vocabs
        },
    }


@cli.command(short_help="Record kinds, their fields and accepted codes.")
@click.argument("kind", type=KIND, required=False)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Show the vocabulary codes as this database has them (HQ can edit them).")
@json_option
@click.pass_context
def fields(ctx: click.Context, kind: RecordKind | None, db: Path | None, as_json: bool) -> None:
    """The record kinds and, for a KIND, its fields and the codes they accept.

    Without KIND, lists the kinds with their short names. With KIND, prints each field's
    name (as used in JSON for add and update, and in --where and --sort), type, whether
    it is required, the vocabulary or choices it takes, its English and Korean labels,
    and then every code of those vocabularies with its labels.

    \b
    Example:
      officer-desk fields
      officer-desk fields dispute
      officer-desk fields dispute --json
    """
    vocab = open_db(ctx, db, reading=True).vocab if db else seed_vocabularies()
    if kind is None:
        if as_json:
            echo_json([kind_info(k, vocab) for k in KINDS])
            return
        rows = [[k.name, k.en, k.ko, _said("out.fields_hq" if k.reference else "out.fields_post"),
                 ", ".join(_aliases(k))] for k in KINDS]
        echo_lines(table(headings("out.fields_kinds_head", language()), rows))
        return
    if as_json:
        echo_json(kind_info(kind, vocab))
        return
    click.echo(f"{kind.name}: {kind.en} / {kind.ko}")
    rows = [
        [f.name, str(f.type), _said("out.yes") if f.required else "", _default(f), _accepts(f),
         f.en, f.ko]
        for f in kind.fields
    ]
    echo_lines(table(headings("out.fields_head", language()), rows, flexible=4))
    for group in kind.required_any:
        click.echo(say("out.fields_one_of", names=", ".join(group)).message(language()))
    for name in sorted({f.vocab for f in kind.fields if f.vocab}):
        ko, en = vocab.names.get(name, (name, name))
        click.echo("")
        click.echo(f"{name}: {en} / {ko}")
        terms = vocab.terms(name)
        retired = _said("out.fields_retired")
        term_rows = [[t.code, t.en, t.ko + ("" if t.active else retired)] for t in terms]
        echo_lines("  " + line for line in table(headings("out.fields_terms_head", language()),
                                                 term_rows))
