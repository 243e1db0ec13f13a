"""The layout of STYLE.md: apps by stage, arrows that point one way (issue 10).

Imports are read from the source (imports inside functions count too): no module of the
project imports one that, directly or through others, imports it back; `plans` and
`processes` import nothing of the later stages; a model module imports only models.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STAGES = ["plans", "processes", "reviews", "followup", "exchange", "publication", "insight", "demo"]
EARLY = {"plans", "processes"}
LATER = set(STAGES) - EARLY
# Project level: the stages call them; they import no stage (permissions excepted, which
# reads the stages' models to decide).
SHARED = {"kerntaken", "notifications"}
PROJECT = {*SHARED, *STAGES}
MAX_LINES = 500


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def project_modules() -> dict[str, Path]:
    modules = {}
    for package in PROJECT:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[_module_name(path)] = path
    return modules


def _resolve(name: str) -> str | None:
    """The project module that `name` refers to (a module, or the package of a symbol)."""
    modules = project_modules()
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


@cache
def imports_of(module: str) -> frozenset[str]:
    tree = ast.parse(project_modules()[module].read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name)
            if target and target != module:
                found.add(target)
    return frozenset(found)


def _cycle_from(start: str) -> list[str] | None:
    stack = [(start, [start])]
    seen = set()
    while stack:
        module, path = stack.pop()
        for target in imports_of(module):
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None


def test_the_layout_test_sees_the_project():
    modules = project_modules()
    assert "plans.models" in modules and "kerntaken.permissions" in modules
    assert "reviews.models" in imports_of("kerntaken.permissions")


def test_no_import_cycle_between_the_projects_modules():
    cycles = [cycle for module in project_modules() if (cycle := _cycle_from(module))]
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles[:5])


@pytest.mark.parametrize("app", sorted(EARLY))
def test_early_stages_import_nothing_of_later_ones(app):
    offending = {
        (module, target)
        for module in project_modules()
        if module.split(".")[0] == app
        for target in imports_of(module)
        if target.split(".")[0] in LATER
    }
    assert not offending, sorted(offending)


def test_later_stages_only_import_earlier_ones():
    # A plan and its processes are one stage; the others follow in the order of the process.
    order = {app: max(index - 1, 0) for index, app in enumerate(STAGES)}
    offending = {
        (module, target)
        for module in project_modules()
        if (app := module.split(".")[0]) in order
        for target in imports_of(module)
        if (other := target.split(".")[0]) in order and order[other] > order[app]
    }
    assert not offending, sorted(offending)


def test_model_modules_import_only_models():
    offending = {
        (module, target)
        for module in project_modules()
        if module.endswith(".models")
        for target in imports_of(module)
        if not target.endswith(".models")
    }
    assert not offending, sorted(offending)


def test_no_module_is_over_the_size_guideline():
    # Data belongs in data files; a module past ~500 lines is split.
    long = {
        module: lines
        for module, path in project_modules().items()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, long


def test_notifications_import_no_stage():
    offending = {
        (module, target)
        for module in project_modules()
        if module.split(".")[0] == "notifications"
        for target in imports_of(module)
        if target.split(".")[0] in STAGES
    }
    assert not offending, sorted(offending)
