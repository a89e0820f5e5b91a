"""Bring the Qt translation sources in ``resources/`` up to date with the window's code.

Every string the window shows is written in English inside ``tr("...")`` (or marked with
``N_("...")`` where it is translated later, from a variable); see
``officer_desk/gui/texts.py``.  The translation context is the module's short name
(``list_page``, ``sync_dialogs`` …), as ``texts.tr`` derives it at run time.

    .venv/bin/python tools/update_translations.py          # rewrite resources/*.ts
    .venv/bin/python tools/update_translations.py --check  # exit 1 if anything is missing

New strings are added as "unfinished" with an empty translation; strings no longer in
the code are dropped.  Translators edit the ``.ts`` files (by hand or in Qt Linguist,
``pyside6-linguist``); ``make`` compiles them to ``.qm`` with ``pyside6-lrelease``.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "officer_desk" / "gui"
RESOURCES = ROOT / "resources"
LANGUAGES = {"ko": "ko_KR"}
MARKERS = {"tr", "N_"}


def ts_path(lang: str) -> Path:
    return RESOURCES / f"officer_desk_{lang}.ts"


def _marker(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name in MARKERS


def strings_in(path: Path) -> Iterator[tuple[str, int]]:
    """The literal strings of ``tr(...)`` / ``N_(...)`` calls in one module, in order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _marker(n) and n.args]
    for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
        arg = call.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value, call.lineno


def source_strings(gui: Path = GUI) -> dict[str, list[tuple[str, int]]]:
    """``{context: [(source, line), ...]}`` for every module of the window."""
    found: dict[str, list[tuple[str, int]]] = {}
    for path in sorted(gui.glob("*.py")):
        seen: set[str] = set()
        entries = []
        for text, line in strings_in(path):
            if text not in seen:
                seen.add(text)
                entries.append((text, line))
        if entries:
            found[path.stem] = entries
    return found


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """``{(context, source): (translation, finished)}`` from a ``.ts`` file."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            text = "" if element is None or element.text is None else element.text
            finished = element is not None and element.get("type") is None
            out[(name, source)] = (text, finished)
    return out


def build_ts(lang: str, strings: dict[str, list[tuple[str, int]]],
             known: dict[tuple[str, str], tuple[str, bool]]) -> ET.ElementTree:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang], sourcelanguage="en")
    for context, entries in strings.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, _line in entries:
            message = ET.SubElement(ctx, "message")
            # the file without a line number: moving code does not change the .ts
            ET.SubElement(message, "location", filename=f"../officer_desk/gui/{context}.py")
            ET.SubElement(message, "source").text = source
            text, finished = known.get((context, source), ("", False))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if not (finished and text):
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    return ET.ElementTree(root)


def missing(lang: str) -> list[str]:
    """Strings of the code with no finished translation in the ``.ts`` file."""
    known = read_ts(ts_path(lang))
    out = []
    for context, entries in source_strings().items():
        for source, line in entries:
            text, finished = known.get((context, source), ("", False))
            if not (finished and text):
                out.append(f"{context}.py:{line}: {source!r}")
    return out


def write_ts(lang: str) -> Path:
    path = ts_path(lang)
    tree = build_ts(lang, source_strings(), read_ts(path))
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="unicode")
        f.write("\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report strings without a finished translation")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        if not args.check:
            print(f"wrote {write_ts(lang).relative_to(ROOT)}")
        gaps = missing(lang)
        for gap in gaps:
            print(f"{lang}: not translated: {gap}", file=sys.stderr)
        status = status or (1 if gaps else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
