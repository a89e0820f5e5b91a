"""File > "Keep the calendar file up to date": the chosen file is written again a moment
after each change made in the window (and undone or redone), for a calendar subscribed
to it.

The file is written by a child process running the ``officer-desk calendar`` command
(the same service as the menu's export, in the window's language), not in a thread of
the window: writing the calendar of a 100,000-record log is 10-25 s of Python, and a
thread holds the window's interpreter (its GIL) all that time, so typing and scrolling
stuttered after every save. The window only starts the command and reads what it says.

Before starting it the keeper looks whether anything the calendar shows changed since
the file was last written (``services.calendar_fingerprint``: a few index look-ups), so
a change the calendar does not show (a market note without deadlines) writes nothing.

One command at a time: a change while it runs gives one more run after it. An encrypted
log's key goes to the command on its standard input (``OFFICER_DESK_PASSPHRASE_STDIN``),
never in its arguments or environment. Closing the window ends a command still running
(the file is replaced whole or not at all by the service, and the temporary file of a
write cut short is removed); a change not yet written then is written at the next start,
since the mark of the last file written is kept with the window's settings.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui.texts import tr

if TYPE_CHECKING:
    # QProcess is named when a command is started: PySide6 makes a class (and its
    # enums) the first time it is named, and most windows never start one
    from PySide6.QtCore import QProcess

    from officer_desk.services.calendar_fingerprint import Mark
    from officer_desk.services.desk import Desk

#: The window's setting holding the file kept up to date.
KEPT_SETTING = "calendar/kept_file"
#: The mark of what the kept file was last written from, and the file's size and time.
MARK_SETTING = "calendar/kept_mark"
#: Changes made within this long of each other are written once.
KEEP_DELAY_MS = 1500
#: How long closing the window waits for a command it ended.
STOP_WAIT_MS = 3000


def _error_line(text: str, lang: str) -> str:
    """What the command said on standard error, without its "error: " beginning."""
    from officer_desk.domain.messages import say

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    prefix = say("cli.error", message="").message(lang)
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix):]
    return " ".join(lines)


class CalendarKeeper(QObject):
    """Writes the kept calendar file again a moment after each change."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        settings = getattr(window, "settings", None)
        kept = settings.value(KEPT_SETTING) if settings is not None else None
        self.path: Path | None = Path(str(kept)) if kept else None
        self.timer = QTimer(self, singleShot=True, interval=KEEP_DELAY_MS)
        self.timer.timeout.connect(self.rewrite)
        self.process: QProcess | None = None
        #: a change came while the command ran: run it once more after
        self.again = False
        self._stopping = False
        #: the mark the kept file was written from, and the file's (size, mtime) then
        self.mark: Mark | None = None
        self.written: tuple[int, int] | None = None
        self._read_mark()
        #: the last outcome said in the status bar (for tests and the curious)
        self.last = ""
        #: commands started, and rewrites found needless (for tests and the bench)
        self.runs = 0
        self.skipped = 0
        stack = getattr(window, "undo_stack", None)
        if stack is not None:
            stack.indexChanged.connect(self.changed)
        if self.path is not None:
            self.timer.start()  # changes made since the last start (merges, the CLI)

    # -- what was written ------------------------------------------------------------

    def _read_mark(self) -> None:
        settings = getattr(self.window, "settings", None)
        text = settings.value(MARK_SETTING) if settings is not None else None
        if not text:
            return
        # imported only when a file is kept: the window's start needs none of it
        from officer_desk.services.calendar_fingerprint import Mark

        mark, _, stamp = str(text).rpartition("|")
        size, _, mtime = stamp.partition(",")
        self.mark = Mark.from_text(mark)
        try:
            self.written = (int(size), int(mtime))
        except ValueError:
            self.mark = None

    def _remember(self, mark: Mark, path: Path) -> None:
        try:
            info = path.stat()
        except OSError:
            self.mark, self.written = None, None
            return
        self.mark, self.written = mark, (info.st_size, info.st_mtime_ns)
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            settings.setValue(MARK_SETTING, f"{mark.as_text()}|{info.st_size},"
                                            f"{info.st_mtime_ns}")

    def _file_as_written(self, path: Path) -> bool:
        """Whether the file is still the one the keeper wrote (not removed or replaced)."""
        try:
            info = path.stat()
        except OSError:
            return False
        return self.written == (info.st_size, info.st_mtime_ns)

    # -- keeping ---------------------------------------------------------------------

    def keep(self, path: Path | None) -> None:
        """Keep ``path`` up to date from now on (None: stop), and write it now."""
        self.path = path
        self.mark, self.written = None, None
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            settings.remove(MARK_SETTING)
            if path is None:
                settings.remove(KEPT_SETTING)
            else:
                settings.setValue(KEPT_SETTING, str(path))
        if path is not None:
            self.rewrite()
        else:
            self.timer.stop()

    def changed(self, _index: int = 0) -> None:
        if self.path is not None:
            self.timer.start()

    def running(self) -> bool:
        return self.process is not None

    def rewrite(self) -> None:
        """Start the command that writes the file, unless one runs (then once more
        after it) or nothing the calendar shows changed."""
        from officer_desk.services.calendar_fingerprint import mark_now, needs_writing

        path = self.path
        desk = getattr(self.window, "desk", None)
        if path is None or desk is None or self._stopping:
            return
        if self.running():
            self.again = True
            return
        lang = getattr(self.window, "lang", "ko")
        now = mark_now(desk, path, lang=lang)
        if self._file_as_written(path) and not needs_writing(desk, self.mark, now):
            self.skipped += 1
            return
        self._start(desk, path, lang, now)

    def _start(self, desk: Desk, path: Path, lang: str, mark: Mark) -> None:
        from PySide6.QtCore import QProcess, QProcessEnvironment

        from officer_desk.cli.passphrase import ENV, STDIN_ENV
        from officer_desk.program import child_environment, own_command
        from officer_desk.storage import cipher

        key = cipher.key_of(desk.conn)
        env = QProcessEnvironment()
        for name, value in child_environment().items():
            if name not in (ENV, STDIN_ENV):
                env.insert(name, value)
        if key:
            env.insert(STDIN_ENV, "1")
        program, *first = own_command()
        process = QProcess(self)
        process.setProcessEnvironment(env)
        process.setWorkingDirectory(str(Path(desk.path).resolve().parent))
        process.finished.connect(
            lambda code, status: self._done(process, code, status, mark, path))
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        self.process = process
        self.runs += 1
        log, out = Path(desk.path).resolve(), path.resolve()  # the child's folder differs
        process.start(program, [*first, "--lang", lang, "calendar", str(log),
                                "--out", str(out), "--lang", lang])
        if key:  # the raw key, as a recovery key: no key derivation in the command
            process.write(f"{key[2:-1]}\n".encode("ascii"))
        process.closeWriteChannel()

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        """The command did not start (``finished`` then never comes)."""
        from PySide6.QtCore import QProcess

        if error != QProcess.ProcessError.FailedToStart or process is not self.process:
            return
        self.process = None
        process.deleteLater()
        if not self._stopping:
            self._say(tr("The calendar file was not written: the program could not be "
                         "started ({detail}).").format(detail=process.errorString()))
            self._next()

    def _done(self, process: QProcess, code: int, status: QProcess.ExitStatus,
              mark: Mark, path: Path) -> None:
        if process is not self.process:
            return
        from PySide6.QtCore import QProcess

        self.process = None
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        if self._stopping:
            return
        lang = getattr(self.window, "lang", "ko")
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._remember(mark, path)
            lines = [line for line in out.splitlines() if line.strip()]
            self._say(lines[-1] if lines else "")
        else:
            self.mark, self.written = None, None
            self._say(_error_line(err, lang) or tr(
                "The calendar file was not written: the program stopped ({detail})."
            ).format(detail=code))
        self._next()

    def _next(self) -> None:
        if self.again:
            self.again = False
            self.rewrite()

    def _say(self, text: str) -> None:
        self.last = text
        self.window.statusBar().showMessage(text)

    # -- closing ---------------------------------------------------------------------

    def stop(self) -> None:
        """End a command still running (the window closes): no process is left behind,
        nor the temporary file of a write cut short (the kept file itself is replaced
        whole or not at all)."""
        self._stopping = True
        self.timer.stop()
        self.again = False
        process, path = self.process, self.path
        if process is None:
            return
        from PySide6.QtCore import QProcess

        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)
        self.process = None
        if path is not None:
            from officer_desk.out_file import destination

            with contextlib.suppress(OfficerDeskError):  # a folder now: nothing was made
                target = destination(path)  # a link's target: the temporary is beside it
                for left in target.parent.glob(f".{target.name}.*.tmp"):
                    left.unlink(missing_ok=True)
