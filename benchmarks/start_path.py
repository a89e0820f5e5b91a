"""The window's start as an officer launches it: ``officer-desk gui DB``, timed to paint.

A child process runs the command line itself (``officer_desk.cli.main(["gui", DB])``):
the command-line package imported, the ``gui`` command run, ``gui.app.run`` (the Qt
application, the Korean font, the settings), the session opening the database and
showing ``MainWindow`` on the page it was closed on (the window's settings, in a
folder of its own, say which). Nothing of that is replaced; the child only watches
the page's paints and, once its content is painted, quits the application. It
reports, on the clock its parent shares (``time.monotonic``):

* ``frame_at``: the page's first paint (the dashboard's tiles, a list's table) —
  possibly before its content arrived;
* ``content_at``: the first paint with its content — the dashboard's figures, charts
  and deadlines read; the list's first rows read;
* the moments the command line and the window's modules were imported, the database
  opened and the window shown, for the phases inside the process.

The parent times the launch; the floor is ``bench_gui``'s bare window.

Where the program runs (its home folder, Qt's settings) is the officer's computer. An
officer starts the desk every morning on the computer that knows the case log; the
first start on a computer is another matter: the file is given a new installation id,
written and synced, once. ``officers_computer`` is such a computer, the program
started on it once before anything is timed; ``launch`` without one starts on a
computer of its own each time (every start a first start).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks import bench_gui

PAGES = ("dashboard", "list_disputes")


#: The child's environment variable with an encrypted log's passphrase, which the
#: child's keyring holds (``_KeyringInMemory``).
PASSPHRASE_ENV = "START_PATH_KEYRING_PASSPHRASE"


@contextmanager
def officers_computer(db: Path, page: str) -> Iterator[Path]:
    """A home folder where ``officer-desk gui DB`` was started once, left on ``page``
    (not timed): the computer an officer starts the desk on every morning. Removed
    when the block ends."""
    with tempfile.TemporaryDirectory(prefix="bench-start-") as home:
        launch(db, page, home=Path(home))
        yield Path(home)


def launch(db: Path, page: str, *, passphrase: str | None = None,
           home: Path | None = None) -> dict[str, Any]:
    """One start of ``officer-desk gui DB`` left on ``page``: the child's report, its
    moments made relative to the launch (seconds). ``passphrase``: the log is
    encrypted and its passphrase remembered in the keyring, as an officer who ticked
    "Remember the passphrase" starts it (no dialog). ``home``: the computer it starts
    on (``officers_computer``); None: a new one, removed after."""
    if home is None:
        with tempfile.TemporaryDirectory(prefix="bench-start-") as new:
            return launch(db, page, passphrase=passphrase, home=Path(new))
    env = dict(os.environ)
    env.pop(PASSPHRASE_ENV, None)
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["OFFICER_DESK_HOME"] = str(home / "desk")
    env["XDG_CONFIG_HOME"] = str(home / "config")  # Qt's settings (Linux)
    _remember_page(home / "config", page, db)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.start_path", str(db), page],
        cwd=bench_gui.ROOT, env=env, capture_output=True, text=True,
        timeout=bench_gui.TIMEOUT_S, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start_path child failed ({done.returncode}):\n"
                           f"{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["moments_s"] = {k: v - started for k, v in report["moments"].items()}
    report["frame_from_launch_s"] = report["frame_at"] - started
    report["content_from_launch_s"] = report["content_at"] - started
    return report


def phases(moments: dict[str, float]) -> dict[str, float]:
    """The steps between the child's moments (seconds), in order."""
    ordered = sorted(moments.items(), key=lambda kv: kv[1])
    out, last = {}, 0.0
    for name, at in ordered:
        out[f"→ {name}"] = at - last
        last = at
    return out


# -- the child -------------------------------------------------------------------------


def _child(db: str, page_name: str) -> dict[str, Any]:
    moments: dict[str, float] = {}

    def mark(name: str) -> None:
        moments.setdefault(name, time.monotonic())

    import officer_desk.cli as cli

    mark("command line imported")
    report: dict[str, Any] = {"moments": moments}

    def watch_session(session: Any) -> None:
        """When the command imports the session (as it would): watch its window."""
        mark("window modules imported")
        show_desk = session.Session._show_desk

        def watched_show_desk(self: Any, desk: Any) -> Any:
            mark("database opened")
            window = show_desk(self, desk)
            mark("window built and shown")
            _watch(window, page_name, report)
            return window

        session.Session._show_desk = watched_show_desk

    sys.meta_path.insert(0, _AfterImport("officer_desk.gui.session", watch_session))
    if os.environ.get(PASSPHRASE_ENV) is not None:
        _KeyringInMemory.install(db, os.environ.pop(PASSPHRASE_ENV))
    try:
        cli.main(["gui", db])
    except SystemExit as e:
        if e.code not in (0, None):
            raise
    for needed in ("frame_at", "content_at"):
        if needed not in report:
            raise SystemExit(f"the window closed before its {needed[:-3]} was painted")
    report["peak_rss_mb"] = bench_gui._peak_rss_mb()
    return report


class _KeyringInMemory:
    """The operating system's keyring, holding one passphrase (a bench has no keyring
    service): installed with ``keyring.set_keyring``, so the program reads it with
    ``keyring.get_password`` as it reads a real one. Imported only when installed."""

    @staticmethod
    def install(db: str, passphrase: str) -> None:
        import keyring
        from keyring.backend import KeyringBackend

        from officer_desk.services import keyring_store

        stored = {(keyring_store.SERVICE, str(Path(db).expanduser().resolve())): passphrase}

        class InMemory(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def get_password(self, service: str, username: str) -> str | None:
                return stored.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                stored[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                stored.pop((service, username), None)

        keyring.set_keyring(InMemory())


class _AfterImport:
    """A finder that calls ``then(module)`` once the module ``name`` is imported (by
    whoever imports it, when it would be), and finds nothing itself."""

    def __init__(self, name: str, then: Any):
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(fullname)
        exec_module = spec.loader.exec_module

        def exec_then(module: Any) -> None:
            exec_module(module)
            self.then(module)

        spec.loader.exec_module = exec_then
        return spec


def _remember_page(config: Path, page_name: str, db: Path) -> None:
    """The window's settings as an officer left them: closed on ``page_name``, with
    ``db`` the case log opened last. Written as the file Qt keeps them in on Linux
    (``$XDG_CONFIG_HOME``), by the parent: the child imports nothing of PySide6 before
    the program does."""
    folder = config / "OfficerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Officer Desk.conf").write_text(f"[main]\npage={page_name}\n")
    # the hint the window writes beside its settings (``start_page_hint``), and the
    # settings' file opened last (``settings.remember_opened``), written as JSON
    hint = config.parent / "desk" / "config"
    hint.mkdir(parents=True, exist_ok=True)
    opened = str(db.expanduser().resolve())
    (hint / "settings.json").write_text(json.dumps(
        {"database": opened, "recent_databases": [opened]}), encoding="utf-8")
    (hint / "start-page").write_text(page_name + "\n")


def _watch(window: Any, page_name: str, report: dict[str, Any]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    page = window.page(page_name)
    if page_name == "dashboard":
        widget = page.tiles["open"]

        def has_content() -> bool:
            return page.data is not None
    else:
        widget = page.table.viewport()

        def has_content() -> bool:
            return page.model.rowCount() > 0 and not page.model.loading

    def painted() -> None:
        now = time.monotonic()
        report.setdefault("frame_at", now)
        if "content_at" not in report and has_content():
            report["content_at"] = now
            report["cpu"] = bench_gui.cpu_times()
            if os.environ.get("START_PATH_MODULES"):
                report["modules"] = sorted(m for m in sys.modules if m.startswith(
                    ("officer_desk", "PySide6.Qt")))
            report["content"] = _content(page, page_name)
            QTimer.singleShot(0, QApplication.instance().quit)

    window._bench_watch = bench_gui._paint_watcher(widget, painted)


def _content(page: Any, page_name: str) -> str:
    if page_name == "dashboard":
        return f"deadline table: {page.deadline_box.count.text()}"
    return f"{page.model.rowCount():,} of {page.model.total:,} rows read"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print(json.dumps(_child(argv[0], argv[1]), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
