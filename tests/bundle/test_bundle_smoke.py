"""The bundled application (``make bundle``) started as on an officer's PC: an empty
environment, a fresh home folder, no Python or virtual environment on PATH.

Skipped when there is no bundle in dist/ (``make bundle`` builds it and then runs this
file; ``make test`` runs it too when a bundle is there). One module-wide sequence, as an
officer would go: two fresh homes, a post (US) and HQ; the post logs a company and a
dispute in Korean, finds it, makes a briefing pack and a sync package; HQ trusts the
post's key and merges the package; the window opens offscreen and is photographed.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_run import FOLDER, PROGRAM, Home, bundle_present

pytestmark = pytest.mark.skipif(not bundle_present(),
                                reason=f"no bundle at {PROGRAM} (make bundle builds it)")

ROOT = Path(__file__).resolve().parents[2]
LATEST = 11  # checked against the source below, so the bundle cannot be stale silently

COMPANY = {"name_ko": "(주)한빛배터리", "name_en": "Hanbit Battery Co., Ltd.",
           "brn": "123-45-67891", "size": "sme", "technology_field": "secondary_batteries"}
DISPUTE = {"title_ko": "한빛배터리 v. Voltaic Licensing LLC 특허침해소송",
           "title_en": "Hanbit Battery v. Voltaic Licensing LLC (E.D. Tex.)",
           "counterparties": [{"name": "Voltaic Licensing LLC", "type": "npe"}],
           "jurisdiction": "US", "forum": "E.D. Tex.", "ip_type": "patent",
           "dispute_kind": "infringement_suit", "stage": "filed", "stage_date": "2024-03-01",
           "role": "defending", "technology_field": "secondary_batteries",
           "opened_on": "2024-03-01", "summary": "NPE가 배터리 셀 특허 3건으로 제소."}


@pytest.fixture(scope="module")
def post(tmp_path_factory: pytest.TempPathFactory) -> Home:
    return Home(tmp_path_factory.mktemp("post-home"))


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Home:
    return Home(tmp_path_factory.mktemp("hq-home"))


def _added_id(stdout: str) -> str:
    return next(x for x in stdout.splitlines() if x.startswith("id: ")).removeprefix("id: ")


def test_no_python_on_the_path(post: Home) -> None:
    path = post.env["PATH"]
    assert all(shutil.which(name, path=path) is None for name in ("python", "python3"))
    assert "VIRTUAL_ENV" not in post.env and "PYTHONPATH" not in post.env


def test_version(post: Home) -> None:
    from officer_desk import __version__
    from officer_desk.storage.migrations import LATEST as source_latest

    assert source_latest == LATEST
    out = post.run("--version").stdout
    print(out)
    lines = out.splitlines()
    assert lines[0] == f"officer-desk {__version__}"
    assert f"Database schema: {LATEST} " in out
    # platformdirs under the fresh home (Linux: ~/.local/share/OfficerDesk; Windows asks
    # the system for the user's folders, whatever the environment says)
    data = next(x for x in lines if x.startswith("Data folder: ")).removeprefix("Data folder: ")
    assert sys.platform == "win32" or Path(data).is_relative_to(post.path), data
    assert Path(data).name == "OfficerDesk"
    assert f"Installed as the bundled application in {FOLDER.resolve()}" in out
    for component in ("Qt ", "PySide6", "reportlab", "openpyxl", "SQLite", "NanumGothic"):
        assert f"  {component}" in out, component
    assert "LGPL-3.0" in out and "SIL Open Font License 1.1; bundled" in out
    assert "Korean font for PDFs: " in out and "Korean font for PDFs: none" not in out
    folder = Path(re.search(r"The licence texts are in (.+)", out)[1])
    assert (folder / "NanumGothic-OFL.txt").read_text(encoding="utf-8").count(
        "SIL OPEN FONT LICENSE") == 1
    assert "LGPL-3.0-only" in (folder / "Qt-PySide6-LGPL.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0.txt").read_text(
        encoding="utf-8")
    ko = post.run("--lang", "ko", "--version").stdout
    assert f"데이터베이스 스키마: {LATEST}" in ko and "라이선스" in ko


def test_init_add_search_in_korean(post: Home, hq: Home) -> None:
    made = post.run("init", "us.sqlite", "--post", "US", "--officer", "김영희")
    assert "김영희" in made.stdout
    hq.run("init", "hq.sqlite", "--hq", "--officer", "본청")
    (post.path / "company.json").write_text(json.dumps(COMPANY, ensure_ascii=False),
                                            encoding="utf-8")
    company = _added_id(post.run("add", "us.sqlite", "company", "--json",
                                 "company.json").stdout)
    (post.path / "dispute.json").write_text(
        json.dumps({**DISPUTE, "company_id": company}, ensure_ascii=False), encoding="utf-8")
    post.run("add", "us.sqlite", "dispute", "--json", "dispute.json")
    found = post.run("search", "us.sqlite", "한빛", "--json").stdout
    print(found)
    titles = json.dumps(json.loads(found), ensure_ascii=False)
    assert DISPUTE["title_ko"] in titles and COMPANY["name_ko"] in titles
    assert "Voltaic" not in post.run("search", "us.sqlite", "없는말", "--json").stdout


@pytest.mark.skipif(shutil.which("pdffonts") is None,
                    reason="needs poppler's pdffonts (tools/ensure-system-deps installs it)")
def test_brief_embeds_the_korean_font(post: Home) -> None:
    post.run("brief", "us.sqlite", "--out", "briefs", "--from", "2024-01-01", "--to",
             "2024-12-31", "--format", "pdf")
    [pdf] = list((post.path / "briefs").glob("*.pdf"))
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    print(table)
    rows = [line.split() for line in table.splitlines()[2:]]
    korean = [r for r in rows if "Nanum" in r[0] or "Gothic" in r[0] or "Malgun" in r[0]]
    assert korean, table
    assert all(r[-5] == "yes" for r in korean), table  # emb column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout if shutil.which("pdftotext") else ""
    assert not text or "한빛배터리" in text


UNSHARE, MOUNT = shutil.which("unshare"), shutil.which("mount")


def _without_system_fonts() -> list[str]:
    """A command prefix hiding the system's fonts (a private mount namespace with an
    empty /usr/share/fonts); [] when this machine cannot (not root, no unshare)."""
    if not sys.platform.startswith("linux") or UNSHARE is None or MOUNT is None:
        return []
    hide = f'{MOUNT} -t tmpfs none /usr/share/fonts && exec "$@"'
    prefix = [UNSHARE, "-m", "/bin/sh", "-c", hide, "sh"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if probe.returncode == 0 else []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler's pdffonts")
def test_on_a_pc_without_a_korean_font_the_bundled_one_is_embedded(post: Home) -> None:
    prefix = _without_system_fonts()
    if not prefix:
        pytest.skip("cannot hide the system's fonts here (needs root and unshare)")
    version = post.run("--version", wrap=prefix).stdout
    assert re.search(r"Korean font for PDFs: .*bundled_fonts.NanumGothic\.ttf "
                     r"\(found in: bundle\)", version), version
    post.run("brief", "us.sqlite", "--out", "briefs-no-os-font", "--from", "2024-01-01",
             "--to", "2024-12-31", "--format", "pdf", wrap=prefix)
    [pdf] = list((post.path / "briefs-no-os-font").glob("*.pdf"))
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    print(table)
    rows = [line.split() for line in table.splitlines()[2:]]
    assert any("NanumGothic" in r[0] and r[-5] == "yes" for r in rows), table


def test_package_and_merge_between_two_homes(post: Home, hq: Home) -> None:
    # HQ's key card first (by e-mail), trusted at the post after comparing the
    # fingerprint: the post's package is then encrypted for HQ (age)
    hq.run("keys", "hq.sqlite", "export", "hq-card.odkey")
    card = shutil.copy(hq.path / "hq-card.odkey", post.path / "hq-card.odkey")
    hq_fingerprint = hq.run("keys", "hq.sqlite", "show").stdout.split()[1]
    post.run("keys", "us.sqlite", "trust", card, "--fingerprint", hq_fingerprint, "--yes")
    outbox = post.path / "outbox"
    outbox.mkdir()
    post.run("package", "us.sqlite", outbox)
    [package] = list(outbox.glob("US-*.odpkg"))
    assert DISPUTE["title_ko"].encode() not in package.read_bytes()  # encrypted
    carried = shutil.copy(package, hq.path / package.name)  # the USB stick
    refused = hq.run("merge", "hq.sqlite", carried, check=False)
    assert refused.returncode == 1 and "keys" in refused.stderr  # not yet trusted
    fingerprint = post.run("keys", "us.sqlite", "show").stdout.split()[1]
    hq.run("keys", "hq.sqlite", "trust", carried, "--fingerprint", fingerprint)
    merged = hq.run("merge", "hq.sqlite", carried)
    print(merged.stdout)
    assert "merged" in merged.stdout and "not encrypted" not in merged.stdout
    found = hq.run("search", "hq.sqlite", "한빛", "--json").stdout
    assert DISPUTE["title_ko"] in json.dumps(json.loads(found), ensure_ascii=False)
    again = hq.run("merge", "hq.sqlite", carried, "--json").stdout
    assert '"already merged"' in again


def test_an_older_database_is_migrated_after_a_backup(post: Home) -> None:
    """A newer bundle opening a case log of schema 1 (tests/fixtures/schema-v1.sqlite)."""
    import gzip
    import sqlite3

    db = post.path / "jp-old.sqlite"
    db.write_bytes((ROOT / "tests" / "fixtures" / "schema-v1.sqlite").read_bytes())
    listed = post.run("list", db, "disputes", "--json").stdout
    assert json.loads(listed), listed  # its disputes are read
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    [backup] = list((post.path / "jp-old-backups").glob("*-migration.sqlite.gz"))
    copy = post.path / "migration-backup.sqlite"
    copy.write_bytes(gzip.decompress(backup.read_bytes()))
    with sqlite3.connect(copy) as conn:  # the backup is the file as it was: schema 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_newer_database_is_refused_naming_the_version_needed(post: Home) -> None:
    """What an older bundle says of a file a newer Officer Desk migrated."""
    import hashlib
    import sqlite3

    db = post.path / "from-the-future.sqlite"
    shutil.copyfile(post.path / "us.sqlite", db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'program_needed'")
        assert conn.total_changes == 1  # the bundle recorded the release it needs
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    refused = post.run("list", db, "disputes", check=False)
    assert refused.returncode == 1
    assert "Install Officer Desk 9.1.0 or later to open it" in refused.stderr
    ko = post.run("--lang", "ko", "list", db, "disputes", check=False)
    assert "Officer Desk 9.1.0 이상을 설치하십시오" in ko.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_gui_paints_its_first_window(post: Home, lang: str) -> None:
    shot = post.path / f"first-window-{lang}.png"
    done = post.run("gui", "us.sqlite", "--lang", lang, "--screenshot", shot)
    print(done.stdout, done.stderr)
    assert re.search(r"\bmonotonic=\d+\.\d+", done.stdout) and "MainWindow" in done.stdout
    # said in the window's language (--lang)
    assert ("창(MainWindow)을" in done.stdout) == (lang == "ko")
    width, height = _png_size(shot)
    assert width >= 640 and height >= 400
    # the window's own and Qt's Korean translations were there to load
    assert "No compiled translation" not in done.stderr
    keep = ROOT / "build" / "bundle-smoke"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, keep / shot.name)


def test_only_the_qt_modules_used(post: Home) -> None:
    names = [p.name for p in FOLDER.rglob("*")]
    for unused in ("WebEngine", "Qt6Qml", "Qt6Quick", "Multimedia", "Qt63D", "Qt6Pdf",
                   "VirtualKeyboard", "QtQml", "QtQuick"):
        assert not [n for n in names if unused in n], unused
    inside = FOLDER / "_internal" if (FOLDER / "_internal").is_dir() else FOLDER
    assert list(inside.rglob("qtbase_ko.qm")), "Qt's Korean translation is missing"
    assert list(inside.rglob("officer_desk_ko.qm")), "the window's Korean is missing"
    assert list(inside.rglob("NanumGothic.ttf")) and list(inside.rglob("vocabularies.json"))
    if sys.platform.startswith("linux"):
        desktop = (FOLDER / "officer-desk.desktop").read_text(encoding="utf-8")
        assert "Exec=officer-desk gui" in desktop and "Icon=officer-desk" in desktop
        assert _png_size(FOLDER / "officer-desk.png")[0] >= 128
    size = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MiB")
    assert size <= 250 * 2**20


def test_calendar_of_an_encrypted_log_with_the_key_on_standard_input(post: Home) -> None:
    """What the window's kept calendar file runs from the bundle (gui/calendar_keeper):
    the bundle's own program with ``calendar``, the passphrase on standard input."""
    import icalendar

    post.run("init", "secret.sqlite", "--post", "US", "--encrypt",
             env={"OFFICER_DESK_PASSPHRASE": "bundle 암호"})
    done = subprocess.run(
        [str(PROGRAM), "--lang", "ko", "calendar", "secret.sqlite", "--out", "kept.ics",
         "--lang", "ko"], cwd=post.path,
        env={**post.env, "OFFICER_DESK_PASSPHRASE_STDIN": "1"}, input="bundle 암호\n",
        capture_output=True, text=True, encoding="utf-8", timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert "일정 0건" in done.stdout
    kept = icalendar.Calendar.from_ical((post.path / "kept.ics").read_bytes())
    assert kept.walk("VEVENT") == []
