"""Window tests start from the same UI language and with no application name (both
are application-wide state), and collect garbage on the GUI thread as the application
does (gui/collector.py)."""

from __future__ import annotations

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
def discard_unsaved(monkeypatch):
    """An editor closed unsaved asks first: answered Yes (discard), never a modal box
    (a failing test would otherwise hang at its teardown)."""
    from officer_desk.gui import messages

    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
