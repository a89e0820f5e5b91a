"""Window tests start from the same UI language (it is application-wide state)."""

from __future__ import annotations

import pytest

from officer_desk.gui import texts


@pytest.fixture(autouse=True)
def korean_ui():
    texts.use_language("ko")
    yield
    texts.use_language("ko")
