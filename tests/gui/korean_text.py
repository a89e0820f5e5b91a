"""Finding Latin-only sentences in what a Korean window shows.

A shown text passes when each of its sentences holds Hangul, or holds nothing but codes,
numbers, file names, paths and ids (``US``, ``2024-03-01``, ``us.sqlite``,
``/tmp/a b/x.odpkg``, ``3f2c9a1e``). An English sentence ("Description is required") does
not pass, nor an English sentence after a Korean one ("…읽을 수 없습니다: No such file").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QTableWidget, QWidget

HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: a sentence ends at a line break, a semicolon, or . ! ? : followed by a space
_SENTENCE = re.compile(r"\n|;\s*|(?<=[.!?:])\s+")
_PUNCT = "()[]{}'\"«»“”‘’,.:;!?…—–*"
_CODE = re.compile(
    r"""^(
        [\d.,:%+\-/×]+                         # numbers, dates, times
      | [A-Z0-9][A-Z0-9_\-]*                   # codes: US, HQ, K7QD-2MXA
      | [0-9a-f]{6,}(-[0-9a-f]+)*              # ids and their prefixes
      | \S*[/\\]\S*                            # paths
      | \S+\.[A-Za-z0-9]{1,6}                  # file names
      | Officer | Desk | SQLite | Excel | PDF | CSV | JSON | ZIP | UTF-8 | CP949
    )$""",
    re.VERBOSE,
)


def latin_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that are written in Latin letters only."""
    found = []
    for sentence in _SENTENCE.split(text or ""):
        if not sentence.strip() or HANGUL.search(sentence):
            continue
        words = [w.strip(_PUNCT) for w in sentence.split()]
        if any(w and re.search(r"[A-Za-z]{2,}", w) and not _CODE.match(w) for w in words):
            found.append(sentence.strip())
    return found


def shown_texts(widget: QWidget) -> list[str]:
    """What ``widget`` shows a person now: its visible labels (notice bars included)
    and the cells of its visible tables."""
    texts = [label.text() for label in widget.findChildren(QLabel)
             if label.isVisibleTo(widget) and label.text()]
    if isinstance(widget, QLabel) and widget.text():
        texts.append(widget.text())
    for table in widget.findChildren(QTableWidget):
        if not table.isVisibleTo(widget):
            continue
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(row, col)
                if item is not None and item.text():
                    texts.append(item.text())
    return texts


def assert_korean(texts: Iterable[str], where: str, *, data: Iterable[str] = ()) -> None:
    """No Latin-only sentence in ``texts``; ``data`` are values people typed (a company's
    English name), which are shown as they are."""
    data = sorted(data, key=len, reverse=True)

    def without_data(text: str) -> str:
        for value in data:
            text = text.replace(value, "")
        return text

    offending = [(text, s) for text in texts for s in latin_sentences(without_data(text))]
    assert offending == [], f"{where}: Latin-only sentences shown in Korean: {offending}"
