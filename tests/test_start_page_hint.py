"""The page the window was closed on, as a hint the command line reads before Qt."""

from __future__ import annotations

import pytest

from officer_desk import start_page_hint
from officer_desk.cli import window_start


def test_written_and_read_back():
    assert start_page_hint.read() is None  # never written
    start_page_hint.write("list_disputes")
    assert start_page_hint.read() == "list_disputes"
    start_page_hint.write("dashboard")
    assert start_page_hint.read() == "dashboard"


@pytest.mark.parametrize("content", [b"", b"\xff\xfe garbage", b"../../etc/passwd",
                                     b"x" * 500, b"dashboard; rm -rf"])
def test_a_damaged_hint_is_no_hint(content):
    start_page_hint.hint_path().parent.mkdir(parents=True, exist_ok=True)
    start_page_hint.hint_path().write_bytes(content)
    assert start_page_hint.read() is None


def test_the_hint_decides_the_early_read_and_qt_is_asked_without_one(monkeypatch):
    asked: list[bool] = []

    def qt_says() -> bool:
        asked.append(True)
        return True

    import officer_desk.gui.start_page as start_page

    monkeypatch.setattr(start_page, "opens_on_dashboard", qt_says)
    assert window_start._opens_on_dashboard("dashboard") and not asked
    assert not window_start._opens_on_dashboard("list_disputes") and not asked
    assert window_start._opens_on_dashboard(None) and asked == [True]
