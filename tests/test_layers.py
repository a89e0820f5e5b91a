"""The layer rule: only ``officer_desk/gui/`` may import Qt.

Checked twice: statically (every import statement outside gui/, including ones inside
functions or ``TYPE_CHECKING`` blocks) and dynamically (import every non-GUI module in a
fresh interpreter and look at ``sys.modules``), so an indirect import through a third
party module is caught too.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "officer_desk"
GUI = PACKAGE / "gui"
QT_MODULES = ("PySide6", "shiboken6")

pytestmark = pytest.mark.skipif(
    not (PACKAGE / "__init__.py").is_file(), reason="officer_desk package not present"
)


def _is_qt(name: str | None) -> bool:
    return name is not None and name.split(".")[0] in QT_MODULES


def _qt_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if _is_qt(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_qt(node.module):
                found.append((node.lineno, str(node.module)))
        elif isinstance(node, ast.Call) and node.args:
            # importlib.import_module("PySide6...") / __import__("PySide6...")
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            arg = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and _is_qt(arg.value)
            ):
                found.append((node.lineno, arg.value))
    return found


def test_no_qt_import_outside_gui_static() -> None:
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(GUI):
            continue
        rel = path.relative_to(ROOT)
        try:
            tree = ast.parse(path.read_bytes(), filename=str(path))
        except SyntaxError as exc:
            offences.append(f"{rel}:{exc.lineno}: cannot parse: {exc.msg}")
            continue
        offences += [f"{rel}:{line}: imports {name}" for line, name in _qt_imports(tree)]
    assert not offences, "Qt imported outside officer_desk/gui/:\n" + "\n".join(offences)


# Run in a fresh interpreter.  pkgutil.walk_packages cannot be used as-is: it imports
# every subpackage to find its children, which would import officer_desk.gui itself.
# This walks the same way (pkgutil.iter_modules, recursively) but prunes gui first.
_PROBE = r"""
import importlib, json, pkgutil, sys, traceback

QT = ("PySide6", "shiboken6")
SKIP = ("officer_desk.gui",)

def qt_loaded():
    return sorted(m for m in QT if m in sys.modules)

def walk(pkg):
    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
        name = info.name
        if name.rsplit(".", 1)[-1] == "__main__":
            continue
        if any(name == s or name.startswith(s + ".") for s in SKIP):
            continue
        yield name
        if info.ispkg:
            try:
                sub = importlib.import_module(name)
            except BaseException:
                continue  # reported by the import loop below
            yield from walk(sub)

result = {"imported": [], "errors": [], "culprit": None, "qt": []}
try:
    import officer_desk
except BaseException:
    result["errors"].append(("officer_desk", traceback.format_exc()))
else:
    result["imported"].append("officer_desk")
    if qt_loaded():
        result["culprit"] = "officer_desk"
    for name in walk(officer_desk):
        try:
            importlib.import_module(name)
        except BaseException:
            result["errors"].append((name, traceback.format_exc()))
            continue
        result["imported"].append(name)
        if qt_loaded() and result["culprit"] is None:
            result["culprit"] = name
result["qt"] = qt_loaded()
print(json.dumps(result))
"""


def test_no_qt_import_outside_gui_dynamic() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"probe failed:\n{proc.stdout}\n{proc.stderr}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    errors = "\n".join(f"--- {name}\n{tb}" for name, tb in result["errors"])
    assert not result["errors"], f"non-GUI modules failed to import:\n{errors}"
    assert not result["qt"], (
        f"{', '.join(result['qt'])} loaded by importing non-GUI modules; "
        f"first seen after importing {result['culprit']}"
    )


def test_lower_layers_do_not_import_higher_ones() -> None:
    """domain <- storage <- sync <- services <- cli: imports only point down."""
    code = (
        "import json, sys\n"
        "import officer_desk.domain.kinds, officer_desk.domain.validation\n"
        "after_domain = sorted(m for m in sys.modules if m.startswith('officer_desk.') "
        "and not m.startswith('officer_desk.domain'))\n"
        "import officer_desk.storage.repository, officer_desk.storage.search\n"
        "import officer_desk.sync.merge, officer_desk.sync.package\n"
        "upper = sorted(m for m in sys.modules if m.startswith(('officer_desk.services', "
        "'officer_desk.cli', 'officer_desk.gui')))\n"
        "print(json.dumps([after_domain, upper]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    after_domain, upper = json.loads(out.stdout)
    assert [m for m in after_domain if m != "officer_desk.config"] == []
    assert upper == []
