"""A case log named as its own backup is refused (s28)."""

from __future__ import annotations

import pytest

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services import restore as restore_service


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_case_log_itself_is_not_restored_over_itself(desk, lang, tmp_path):
    """``restore us.sqlite us.sqlite`` (or a link to it) changed nothing but gave the
    file a new installation id, and so a new key for HQ to trust (s28)."""
    records.create(desk, COMPANIES, {"name_ko": "Kept", "name_en": "Kept", "size": "sme"})
    path = desk.path
    desk.close()
    alias = tmp_path / "alias.sqlite"
    alias.symlink_to(path)
    before = path.read_bytes()
    for backup in (path, alias):
        with pytest.raises(OfficerDeskError) as caught:
            restore_service.restore(path, backup)
        said = caught.value.message(lang)
        assert {"en": "is the case log itself", "ko": "업무 기록 파일 자체"}[lang] in said
    assert path.read_bytes() == before
    assert not any(p.name.endswith("before-restore.sqlite.gz")
                   for p in backups.backup_dir_for(path).glob("*"))
