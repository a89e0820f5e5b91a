"""What the window's start imports, and in which order (it is most of the start time).

PySide6 reads the source file of every module imported after it (looking for its
``__feature__`` switch), so ``officer_desk.gui`` imports the services first; the
editor, the dashboard's charts and sqlite-utils wait until they are used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from officer_desk.gui import app, list_page, main_window
names = list(sys.modules)
print(json.dumps(names))
"""


def test_the_start_imports_the_services_before_pyside6_and_nothing_it_does_not_show():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    assert names.index("officer_desk.services.desk") < names.index("PySide6")
    assert names.index("officer_desk.services.records") < names.index("PySide6")
    for later in ("officer_desk.gui.editor", "officer_desk.gui.inputs",
                  "officer_desk.gui.dashboard_page", "officer_desk.gui.charts",
                  "officer_desk.gui.links_panel", "officer_desk.gui.record_panels",
                  "PySide6.QtCharts", "sqlite_utils", "openpyxl", "reportlab",
                  # the dashboard's services and its early read: by a start on it
                  "officer_desk.services.dashboard_read", "officer_desk.services.todo",
                  "officer_desk.services.early_read", "pickle",
                  # the File menu's backups and restore: when chosen
                  "officer_desk.gui.restore_dialog", "officer_desk.services.backups",
                  "officer_desk.services.restore", "officer_desk.gui.passphrase_dialog", "keyring",
                  "icalendar", "officer_desk.services.calendar_export",
                  # the kept calendar file: when one is kept
                  "officer_desk.services.calendar_fingerprint", "officer_desk.program",
                  "officer_desk.services.analysis_export",
                  # the services' message catalogue: when a message is first said
                  "officer_desk.domain.messages.cli_help",
                  "officer_desk.domain.messages.sync",
                  "officer_desk.domain.messages.briefs"):
        assert later not in names, f"{later} is imported at the window's start"


WELCOME_PROBE = """
import json, sys
from officer_desk.gui import app
print(json.dumps(list(sys.modules)))
"""


def test_the_welcome_screen_waits_for_none_of_the_case_logs_pages():
    """The welcome screen (no case log open) is painted before the main window's
    modules are read: they are imported when a case log is first opened."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", WELCOME_PROBE], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    assert "officer_desk.gui.session" in names
    for later in ("officer_desk.gui.main_window", "officer_desk.gui.list_page",
                  "officer_desk.gui.models", "officer_desk.gui.editor"):
        assert later not in names, f"{later} is imported before a case log is opened"


BUILT_PROBE = """
import json, sys, tempfile
from pathlib import Path
from officer_desk.services.desk import init_desk
from officer_desk.gui.app import application
from officer_desk.gui.main_window import MainWindow
app = application()
desk = init_desk(Path(tempfile.mkdtemp()) / "log.sqlite", post="US")
window = MainWindow(desk, "ko")
window.show()
app.processEvents()
from PySide6 import QtCore, QtWidgets
made = [name for module in (QtCore, QtWidgets) for name in vars(module)]
print(json.dumps({"modules": list(sys.modules), "made": made}))
"""

#: Qt classes the window shows only when asked: PySide6 makes a class, with all its
#: enums, the first time a module names it (a millisecond or two each)
NAMED_WHEN_SHOWN = ("QMessageBox", "QFileDialog", "QProcess", "QTextBrowser",
                    "QProgressDialog")


def test_building_and_showing_the_window_imports_nothing_kept_for_later(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFICER_DESK_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", BUILT_PROBE], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    names = found["modules"]
    for later in ("officer_desk.services.calendar_fingerprint", "officer_desk.program",
                  "icalendar", "officer_desk.services.backups", "keyring", "openpyxl",
                  "reportlab", "sqlite_utils", "officer_desk.gui.editor",
                  # the record's detail tabs: with the first list
                  "officer_desk.gui.detail_tabs", "officer_desk.gui.list_page"):
        assert later not in names, f"{later} is imported when the window is built"
    if "QColorDialog" in found["made"]:
        pytest.skip("this PySide6 makes every class when its module is imported")
    for qt_class in NAMED_WHEN_SHOWN:
        assert qt_class not in found["made"], f"{qt_class} is named when the window is built"


WINDOW_START_PROBE = """
import json, sys, types
from pathlib import Path
from officer_desk import start_page_hint
start_page_hint.write(sys.argv[2])
seen = {}
stand_in = types.ModuleType("officer_desk.gui.app")  # the window itself is not opened
def run(db, **kw):
    seen["modules"] = list(sys.modules)
    return 0
stand_in.run = run
sys.modules["officer_desk.gui.app"] = stand_in
from officer_desk.cli import window_start
window_start.start_window(Path(sys.argv[1]), actor=None, lang="en")
early = sys.modules.get("officer_desk.services.early_read")
if early is not None:
    early.cancel()
print(json.dumps(seen["modules"]))
"""


@pytest.mark.parametrize(("page", "dashboard_first"), [("dashboard", True),
                                                       ("list_disputes", False)])
def test_only_a_start_on_the_dashboard_imports_its_services_first(
        tmp_path, page, dashboard_first):
    """A start on the dashboard imports its services (and starts its read) before the
    window's modules; a start on a list imports neither."""
    from officer_desk.services.desk import init_desk

    init_desk(tmp_path / "log.sqlite", post="US").close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFICER_DESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", WINDOW_START_PROBE,
                           str(tmp_path / "log.sqlite"), page],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    for service in ("officer_desk.services.dashboard_read", "officer_desk.services.early_read"):
        assert (service in names) is dashboard_first, service
    assert "PySide6" not in names  # and all of it before the window's modules
