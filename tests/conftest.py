"""Shared test setup.

Qt must run headless (CI has no display), so the platform is chosen here, at import
time, before any test module can import PySide6.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
