"""The services' message catalogue: every entry in both languages, Korean in Hangul, the
same parameters on both sides; and every error the services make speaks both languages."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.domain.messages import (
    CATALOGUE,
    Both,
    kind_name,
    say,
    vocab_label,
    vocab_labels,
)
from officer_desk.domain.validation import _MESSAGES as FIELD_MESSAGES
from officer_desk.domain.vocabulary import seed_vocabularies
from officer_desk.importing.limits import _TEXTS as LIMIT_TEXTS

PACKAGE = Path(__file__).resolve().parents[2] / "officer_desk"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name is not None}


#: The catalogue, the field messages of validation and the spreadsheet ceilings' texts
#: (kept beside the checks that make them, keyed by problem code or ceiling name).
ALL = {**CATALOGUE, **{f"field.{code}": texts for code, texts in FIELD_MESSAGES.items()},
       **{f"limit.{name}": texts for name, texts in LIMIT_TEXTS.items()}}


@pytest.mark.parametrize("key", sorted(ALL))
def test_entry_has_both_languages_with_the_same_parameters(key: str) -> None:
    en, ko = ALL[key]
    assert en.strip() and ko.strip(), key
    assert HANGUL.search(ko), f"{key}: the Korean text has no Hangul: {ko!r}"
    assert _fields(en) == _fields(ko), f"{key}: parameters differ"


def test_ids_are_dotted_names() -> None:
    bad = [k for k in CATALOGUE if not re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+)+", k)]
    assert bad == []


def test_an_error_from_the_catalogue_speaks_both_languages() -> None:
    e = NotPermitted(say("record.other_post", post="US", home="CN"))
    assert str(e) == e.message("en")
    assert "US" in str(e) and "CN" in str(e)
    assert HANGUL.search(e.message("ko")) and "US" in e.message("ko")
    assert e.key == "record.other_post"


def test_the_older_form_still_works() -> None:
    e = OfficerDeskError("in English", ko="한국어로")
    assert (str(e), e.message("ko"), e.message("en"), e.key) == (
        "in English", "한국어로", "in English", None)


def test_labels_follow_the_language() -> None:
    vocab = seed_vocabularies()
    npe = vocab_label(vocab, "counterparty_type", "npe")
    assert npe.en != npe.ko and HANGUL.search(npe.ko)
    both = vocab_labels(vocab, "counterparty_type", ["npe", "competitor"])
    assert isinstance(both, Both) and ", " in both.ko and "npe" not in both.ko
    text = say("record.reference_data", kind=kind_name(DISPUTES))
    assert DISPUTES.en in text.en and DISPUTES.ko in text.ko and DISPUTES.en not in text.ko


def test_numbers_are_grouped_in_both_languages() -> None:
    text = say("conflict.ambiguous", id="abc", count=12345)
    assert "12,345" in text.en and "12,345" in text.ko


# -- every error made outside the window speaks both languages ---------------------------

#: Where the services' errors are made (the window and the command line word their own).
LAYERS = ("domain", "storage", "sync", "importing", "briefs", "services", "fonts.py")
#: Classes whose constructor takes the English and the Korean text as its first two
#: positional arguments.
EN_KO = {"BilingualProblem", "DiskFull", "FolderReadOnly", "DatabaseInUse", "RowRefused",
         "ConflictMovedOn", "Refusal"}
#: Classes that word both languages themselves from what they are given.
SELF_WORDED = {"QueryTooLong", "LeakRefused", "PackExists", "LimitExceeded",
               "ValidationError", "CounterExhausted", "ManifestMismatch",
               "ChangesNotAccepted"}
#: Functions that make a refusal from a message (they pass ``ko=`` or a Text on).
MESSAGE_HELPERS = {"refuse", "PackageRefused"}


def _error_classes() -> set[str]:
    """Names of every class under officer_desk/ that derives from OfficerDeskError."""
    bases: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                    for b in node.bases)
    found = {"OfficerDeskError", "RowRefused"}
    while True:
        more = {n for n, bs in bases.items() if bs & found} - found
        if not more:
            return found
        found |= more


def _bilingual(call: ast.Call, name: str) -> bool:
    if any(k.arg == "ko" for k in call.keywords) or name in SELF_WORDED:
        return True
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Call) and getattr(first.func, "id", None) == "say":
        return True
    if isinstance(first, ast.IfExp) and all(
            isinstance(b, ast.Call) and getattr(b.func, "id", None) == "say"
            for b in (first.body, first.orelse)):
        return True
    if isinstance(first, ast.Name) and first.id in ("text", "why", "message"):
        return True  # a Text passed on by a helper (checked where it is made)
    return name in EN_KO and len(call.args) >= 2


def test_every_error_the_services_make_speaks_both_languages() -> None:
    classes = _error_classes() | MESSAGE_HELPERS
    offences = []
    for layer in LAYERS:
        where = PACKAGE / layer
        for path in [where] if where.is_file() else sorted(where.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                helper_by_attribute = name in MESSAGE_HELPERS and not isinstance(func, ast.Name)
                if name in classes and not helper_by_attribute and not _bilingual(node, name):
                    rel = path.relative_to(PACKAGE.parent)
                    offences.append(f"{rel}:{node.lineno}: {ast.unparse(node)[:100]}")
    assert offences == [], "\n".join(offences)
