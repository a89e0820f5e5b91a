"""Window tests start from the same UI language and with no application name (both
are application-wide state), and collect garbage on the GUI thread as the application
does (gui/collector.py)."""

from __future__ import annotations

import faulthandler
import os
import traceback

import pytest

from officer_desk.gui import texts
from officer_desk.gui.collector import collect_on_gui_thread


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp):
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def korean_ui():
    texts.use_language("ko")
    yield
    texts.use_language("ko")


@pytest.fixture(autouse=True)
def no_remembered_layout():
    """Windows remember nothing unless a test gives them settings: a test that named
    the application (app.application() does) would make later windows use the user's
    QSettings, and open on whatever page that test left."""
    from PySide6.QtCore import QCoreApplication

    name = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("")
    yield
    QCoreApplication.setOrganizationName(name)


@pytest.fixture
def english():
    """The window in English for this test (then Korean again)."""
    texts.use_language("en")
    yield
    texts.use_language("ko")


@pytest.fixture
def problems(monkeypatch):
    """The messages that would have been shown to the person (``messages.show_problem``)."""
    from officer_desk.gui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, msg: shown.append(msg))
    return shown


@pytest.fixture
def told(monkeypatch):
    """What the window told the person in an information box (``messages.tell``)."""
    from officer_desk.gui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "tell", lambda parent, title, msg: shown.append(msg))
    return shown


@pytest.fixture
def discard_unsaved(monkeypatch):
    """An editor closed unsaved asks first: answered Yes (discard), never a modal box
    (a failing test would otherwise hang at its teardown)."""
    from officer_desk.gui import messages

    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


# -- no test waits on a question nobody answers ------------------------------------------------

#: a test that runs longer than this (seconds) is taken for a hang: every thread's
#: traceback is written to stderr and the run ends, instead of waiting for CI's limit
HANG_SECONDS = float(os.environ.get("OFFICER_DESK_TEST_HANG_SECONDS", "600"))
#: a Qt modal box or dialog still open after this long (seconds) was left unanswered:
#: it is closed (rejected) and the test fails. Tests that answer one (a QTimer reading
#: ``activeModalWidget`` and pressing a key) do so within a second.
DIALOG_SECONDS = float(os.environ.get("OFFICER_DESK_TEST_DIALOG_SECONDS", "30"))

#: the project's own boxes: replaced outright by a stand-in that answers "no" (the
#: answer that changes nothing) and records the question
_OURS = {"ask": False, "show_problem": None, "tell": None}
#: Qt's blocking calls used in gui/ (class, names): run as they are, under a watchdog
_QT_BLOCKING = (
    ("QMessageBox", ("question", "warning", "information", "critical", "about")),
    ("QDialog", ("exec", "exec_")),
    ("QFileDialog", ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                     "getExistingDirectory")),
    ("QInputDialog", ("getText", "getItem", "getInt")),
)


def _said(args: tuple, kwargs: dict) -> str:
    """The question's words: its string arguments (title, text)."""
    words = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
    return " / ".join(words) or "(no text)"


def _caller() -> str:
    frame = traceback.extract_stack(limit=3)[0]
    return f"{frame.filename}:{frame.lineno}"


@pytest.fixture(autouse=True)
def unanswered_questions(monkeypatch):
    """No GUI test waits forever on a question nobody answers.

    ``messages.ask``, ``messages.show_problem`` and ``messages.tell`` are replaced by
    a stand-in that answers "no" and records the question; the test then FAILS ("test
    left a question unanswered: …") unless it patched them itself (its own
    ``monkeypatch.setattr``, or the ``discard_unsaved``, ``problems`` and ``told``
    fixtures, replace the stand-in). Qt's own
    modal paths (``QMessageBox``'s static boxes, ``QDialog.exec``, the file and input
    dialogs) run as they are, for the tests that answer them with keys, under a
    watchdog: one still open after ``DIALOG_SECONDS`` is rejected, and the test fails
    the same way.

    Autouse, so set up before ``qtbot`` and torn down after it: the questions asked as
    qtbot closes the test's widgets (an editor closed unsaved asks first) are caught
    too. A test that hangs in some other way is dumped (every thread's traceback) and
    ends the run after ``HANG_SECONDS``."""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer

    from officer_desk.gui import messages

    asked: list[str] = []

    def stand_in(name: str, answer):
        def box(*args, **kwargs):
            asked.append(f"messages.{name}: {_said(args[1:], kwargs)} (asked at {_caller()})")
            return answer
        return box

    def watched(where: str, real):
        def call(*args, **kwargs):
            caller = _caller()

            def expired() -> None:
                box = QtWidgets.QApplication.activeModalWidget()
                shown = (f"{type(box).__name__} {box.windowTitle()!r}" if box is not None
                         else _said(args, kwargs))
                asked.append(f"{where}: {shown}, still open after {DIALOG_SECONDS:g} s "
                             f"(asked at {caller})")
                if isinstance(box, QtWidgets.QDialog):
                    box.reject()
                elif box is not None:
                    box.close()

            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(expired)
            timer.start(int(DIALOG_SECONDS * 1000))
            try:
                return real(*args, **kwargs)
            finally:
                timer.stop()
        return call

    for name, answer in _OURS.items():
        monkeypatch.setattr(messages, name, stand_in(name, answer))
    for cls_name, names in _QT_BLOCKING:
        cls = getattr(QtWidgets, cls_name)
        for name in names:
            monkeypatch.setattr(cls, name, watched(f"{cls_name}.{name}", getattr(cls, name)))
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield asked
    faulthandler.cancel_dump_traceback_later()
    if asked:
        pytest.fail("test left a question unanswered: " + "; ".join(asked)
                    + " (answer it in the test: monkeypatch.setattr, the discard_unsaved "
                    "/ problems fixtures, or keys on the box)", pytrace=False)
