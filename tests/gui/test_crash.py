"""An unexpected error in the window: logged, shown with details, the app goes on."""

from __future__ import annotations

import sys

from officer_desk.errorlog import log_path
from officer_desk.gui import crash


def test_an_unexpected_error_is_logged_and_shown(qtbot):
    try:
        raise RuntimeError("a bug of ours")
    except RuntimeError as e:
        box = crash.show_crash(e)
    qtbot.addWidget(box)
    assert "RuntimeError: a bug of ours" in box.detailedText()
    assert str(log_path()) in box.informativeText()
    logged = log_path().read_text(encoding="utf-8")
    # the log holds where and what, not the message (it may hold field values: issue 15)
    assert "RuntimeError: (… message left out" in logged
    assert "in test_an_unexpected_error_is_logged_and_shown" in logged
    assert "RuntimeError: a bug of ours" not in logged  # (the source line is code)
    box.close()


def test_the_hook_is_installed(monkeypatch, qtbot):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    shown = []
    monkeypatch.setattr(crash, "show_crash", shown.append)
    crash.install()
    try:
        raise ValueError("oops")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert [type(e) for e in shown] == [ValueError]
