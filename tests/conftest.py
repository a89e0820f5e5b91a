"""Shared test setup.

Qt must run headless (CI has no display), so the platform is chosen here, at import
time, before any test module can import PySide6.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders (and installation id)."""
    folder = tmp_path / "home"
    monkeypatch.setenv("OFFICER_DESK_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def passphrases(request: pytest.FixtureRequest):
    """Each test starts knowing no passphrase. With OFFICER_DESK_TEST_ENCRYPTED=1 every
    log a test creates is encrypted (SQLCipher), to run a module's tests once on
    encrypted logs (issue 15)."""
    from officer_desk.storage import cipher

    cipher.forget_all()
    if os.environ.get("OFFICER_DESK_TEST_ENCRYPTED") == "1" and \
            request.node.get_closest_marker("plain_logs") is None:
        import raw_sqlite

        cipher.NEW_LOG_PASSPHRASE = raw_sqlite.PASSPHRASE
        cipher.remember(cipher.NEW_LOG_PASSPHRASE)
    yield
    cipher.forget_all()
    cipher.NEW_LOG_PASSPHRASE = None


@pytest.fixture
def desk(tmp_path: Path):
    """A fresh case log of the US post."""
    from officer_desk.services.desk import init_desk

    d = init_desk(tmp_path / "us.sqlite", post="US", officer="김영희")
    yield d
    d.close()


@pytest.fixture
def hq_desk(tmp_path: Path):
    from officer_desk.services.desk import init_desk

    d = init_desk(tmp_path / "hq.sqlite", hq=True, officer="본청 담당")
    yield d
    d.close()


@pytest.fixture
def company(desk):
    from officer_desk.domain.kinds import COMPANIES
    from officer_desk.services import records

    record, _ = records.create(desk, COMPANIES, {
        "name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.",
        "brn": "123-45-67891", "size": "sme", "technology_field": "secondary_batteries",
    })
    return record


@pytest.fixture
def dispute(desk, company):
    from officer_desk.domain.kinds import DISPUTES
    from officer_desk.services import records

    record, _ = records.create(desk, DISPUTES, {
        "title_ko": "한빛배터리 v. Voltaic Licensing LLC 특허침해소송",
        "title_en": "Hanbit Battery v. Voltaic Licensing LLC (E.D. Tex.)",
        "company_id": company.id, "ip_type": "patent", "dispute_kind": "infringement_suit",
        "opened_on": dt.date(2024, 3, 1), "case_number": "2:24-cv-00123",
        "counterparties": [{"name": "Voltaic Licensing LLC", "type": "npe"}],
        "summary": "김철수는 NPE의 소송에 대응 중", "role": "defending",
    })
    return record


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Every string the window showed in Korean had a translation (resources/*.ts).

    ``texts.tr`` notes what it could not translate; a word shown untranslated is a
    defect like a failing test, so the run fails with the list.
    """
    import sys

    texts = sys.modules.get("officer_desk.gui.texts")
    missing = sorted(getattr(texts, "untranslated", ()))
    if missing:
        lines = "\n".join(f"  {context}: {text!r}" for context, text in missing)
        sys.stderr.write("\nShown without a Korean translation (add it to "
                         f"resources/officer_desk_ko.ts):\n{lines}\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
