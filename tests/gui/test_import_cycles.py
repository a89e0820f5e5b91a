"""The window's modules import one another in one direction only.

Every import statement counts (at the top, inside functions, under ``TYPE_CHECKING``):
a cycle, even one only a type checker follows, means two modules that cannot be read,
tested or split apart one without the other (``editor``↔``inputs`` and
``main_window``↔``restore_dialog``/``sync_menu`` were such pairs).
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "officer_desk" / "gui"


def gui_imports() -> dict[str, set[str]]:
    """Module short name -> the window's modules it imports."""
    names = {p.stem for p in GUI.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in GUI.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "officer_desk.gui":
                    found |= {a.name for a in node.names if a.name in names}
                elif node.module.startswith("officer_desk.gui."):
                    found.add(node.module.rsplit(".", 1)[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.rsplit(".", 1)[1] for a in node.names
                          if a.name.startswith("officer_desk.gui.")}
        graph[path.stem] = found & names - {path.stem}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_windows_modules_import_without_cycles():
    graph = gui_imports()
    assert {"editor", "inputs", "main_window", "restore_dialog", "sync_menu"} <= set(graph)
    assert cycles(graph) == []
