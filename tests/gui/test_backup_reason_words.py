"""Every reason a backup is made for is said in words, in both languages, by the restore
dialog and by ``officer-desk backups`` — not as its code ("before-passphrase" stood in
the Korean restore dialog after a passphrase change)."""

from __future__ import annotations

import re
from pathlib import Path

from officer_desk.domain.messages import CATALOGUE, say
from officer_desk.gui import restore_dialog, texts

SOURCE = Path(__file__).resolve().parents[2] / "officer_desk"
#: a reason given where a backup is made: ``backup_before(desk, "merge")`` …
MADE_FOR = re.compile(
    r'\b(?:backup_before|write_backup|_convert|new_backup_path)\('
    r'(?:[^()"]|\([^()]*\))*"([a-z][a-z-]*)"')
#: the reasons named by the backup timer and the upgrade (constants, not call sites)
AUTOMATIC = ("start", "daily", "migration", "manual")


def reasons() -> set[str]:
    found = set(AUTOMATIC)
    for path in SOURCE.rglob("*.py"):
        found.update(MADE_FOR.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_reasons_are_found_in_the_code():
    assert {"merge", "import", "before-restore", "before-passphrase"} <= reasons()


def test_every_reason_has_words_in_the_restore_dialog(qapp):
    texts.use_language("ko")
    try:
        for reason in sorted(reasons()):
            assert reason in restore_dialog.REASONS, reason
            assert re.search("[가-힣]", restore_dialog.reason_label(reason)), reason
    finally:
        texts.use_language("en")


def test_every_reason_has_words_in_the_command_line():
    for reason in sorted(reasons()):
        key = "out.reason_" + reason.replace("-", "_")
        assert key in CATALOGUE, reason
        assert re.search("[가-힣]", say(key).message("ko")), reason
