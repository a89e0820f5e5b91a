"""Measuring helpers (clock, peak memory) and the plain-text report layout."""

from __future__ import annotations

import resource
import statistics
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

WIDTH = 78


class Stopwatch:
    """``with Stopwatch() as sw: ...`` then ``sw.seconds`` (and this process's CPU
    time, ``sw.cpu_seconds``, steadier than wall time on a shared machine)."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
        self.cpu_seconds = time.process_time() - self._cpu


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    On Linux the kernel's high-water mark of this address space (``VmHWM``): a child's
    ``ru_maxrss`` also holds its parent's peak, carried over the fork and exec, so a
    child launched by a large benchmark run would report the parent's memory.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return peak / scale


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def per_second(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def ratio(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


# layout ---------------------------------------------------------------------


def emit(text: str = "") -> None:
    print(text, flush=True)


def section(title: str) -> None:
    emit()
    emit(title)
    emit("=" * min(WIDTH, _width(title)))


def subsection(title: str) -> None:
    emit()
    emit(title)
    emit("-" * min(WIDTH, _width(title)))


def fields(rows: Sequence[tuple[str, str]], indent: int = 2) -> None:
    """``label ..... value`` lines with the values aligned."""
    if not rows:
        return
    width = max(_width(label) for label, _ in rows)
    for label, value in rows:
        emit(" " * indent + _ljust(label, width) + "  " + value)


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = (),
    indent: int = 2,
) -> None:
    """An aligned table; columns listed in ``right`` are right-aligned (numbers)."""
    widths = [_width(h) for h in header]
    for row in rows:
        widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            out.append(_rjust(cell, w) if i in right else _ljust(cell, w))
        return (" " * indent + "  ".join(out)).rstrip()

    emit(line(header))
    emit(" " * indent + "  ".join("-" * w for w in widths))
    for row in rows:
        emit(line(row))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def num(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def times(value: float) -> str:
    return f"{value:.2f}x"


@contextmanager
def progress(message: str) -> Iterator[None]:
    """A note on stderr while a long step runs (stdout carries only the report)."""
    print(f"[bench] {message} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    yield
    print(f"[bench] {message}: done in {time.perf_counter() - start:.1f} s",
          file=sys.stderr, flush=True)


# Korean characters take two columns in a terminal -----------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _rjust(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text
