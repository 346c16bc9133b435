"""The house has no import cycles: a module never needs one that needs it back.

Every import counts, also one deferred into a function (deferring hides a cycle, it does
not remove it); only imports under ``if TYPE_CHECKING:`` are left out, since they never run.
A cycle makes import order matter and hides which module is the lower one; the cure is to
move the shared piece down (as ``core.fileio`` did for file writes and OS errors).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "editorberita"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _imports(tree: ast.Module, module: str, is_package: bool, known: set[str]) -> set[str]:
    """Return the modules a module imports, at import time or later in a function.

    Only imports under ``if TYPE_CHECKING:`` are left out: they never run. An import moved
    into a function still makes the module need the other one, so it still closes a cycle.
    """
    checking_only = {id(inner) for node in ast.walk(tree)
                     if isinstance(node, ast.If) and _is_type_checking(node.test)
                     for stmt in node.body for inner in ast.walk(stmt)}
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in checking_only:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[:len(base) - node.level + (1 if is_package else 0)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names}
            # ``from package import module`` needs the module, not the package's own names
            # (every import runs the parent packages first; that alone closes no cycle).
            names.update(submodules)
            if not submodules <= known:
                names.add(target)
    return names


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Return each module of the package and the package modules it imports at import time."""
    files = {_module_name(path): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imported = _imports(tree, module, path.name == "__init__.py", set(files))
        graph[module] = {name for name in imported if name in files and name != module}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return one cycle per strongly connected group of modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_cycle(graph, group) for group in groups]


def _one_cycle(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """Return a readable path a → b → ... → a inside a strongly connected group."""
    members = set(group)
    start = group[0]
    path = [start]
    seen = {start}
    while True:
        nxt = sorted(graph[path[-1]] & members)
        back = start if start in nxt else None
        if back:
            return [*path, start]
        fresh = [n for n in nxt if n not in seen]
        step = fresh[0] if fresh else nxt[0]
        if step in seen:
            return [*path[path.index(step):], step]
        path.append(step)
        seen.add(step)


# Cycles being taken apart elsewhere, each with the work that removes it. Keep this empty.
KNOWN_CYCLES: dict[frozenset[str], str] = {}


def test_no_import_cycles() -> None:
    cycles = [" → ".join(cycle) for cycle in find_cycles(import_graph())
              if frozenset(cycle) not in KNOWN_CYCLES]
    assert cycles == []


def test_cycle_check_sees_a_cycle_and_ignores_late_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "a.py").write_text("from pkg import b\n", encoding="utf-8")
    (pkg / "b.py").write_text("import pkg.c\n", encoding="utf-8")
    (pkg / "c.py").write_text("from .a import x\n", encoding="utf-8")
    (pkg / "d.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
        "def f():\n    from pkg import e\n", encoding="utf-8")
    (pkg / "e.py").write_text("from pkg import d\n", encoding="utf-8")
    global SRC
    saved, SRC = SRC, tmp_path
    try:
        graph = import_graph(pkg)
    finally:
        SRC = saved
    # The deferred import counts, the one under TYPE_CHECKING does not.
    assert graph["pkg.d"] == {"pkg.e"}
    assert find_cycles(graph) == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"],
                                  ["pkg.d", "pkg.e", "pkg.d"]]
