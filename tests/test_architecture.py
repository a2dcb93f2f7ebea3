"""The layering rule, checked on every import (module level and inside functions).

`prompts` < `core` < `store` < `retrieval` | `reminders` < `answers` < `usecases` < `handlers` < `bot`:
a package may import only packages below it; the two siblings do not import each other, and
nothing imports `bot/`. docs/architecture.md states the same rule and lists the public names
a newcomer looks for; the second test keeps that list true.
"""
from __future__ import annotations

import ast
import importlib
import re

from tests.support.paths import PROJECT

LAYERS = {
    "prompts": 0, "core": 1, "store": 2, "retrieval": 3, "reminders": 3,
    "answers": 4, "usecases": 5, "handlers": 6, "bot": 7,
}


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def violations() -> list[str]:
    bad = []
    for package, rank in LAYERS.items():
        folder = PROJECT / package
        for path in sorted(folder.rglob("*.py")) if folder.exists() else []:
            for line, module in imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
                top = module.split(".")[0]
                if top in LAYERS and top != package and LAYERS[top] >= rank:
                    bad.append(f"{path.relative_to(PROJECT)}:{line} {package} imports {module}")
    return bad


def test_imports_point_down_only():
    assert violations() == []


def test_the_scan_sees_a_violation(tmp_path):
    """The check itself can fail: an upward import in a parsed module is reported."""
    tree = ast.parse("def f():\n    from bot.cli import main\n")
    assert imported_modules(tree) == [(2, "bot.cli")]


def test_names_in_architecture_doc_exist():
    """Every `package.module.name` the architecture page lists in backticks can be imported."""
    doc = (PROJECT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for dotted in sorted(set(re.findall(r"`((?:%s)(?:\.\w+)+)" % "|".join(LAYERS), doc))):
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            try:
                obj = importlib.import_module(".".join(parts[:cut]))
            except ModuleNotFoundError:
                continue
            try:
                for attr in parts[cut:]:
                    obj = getattr(obj, attr)
            except AttributeError:
                missing.append(dotted)
            break
        else:
            missing.append(dotted)
    assert missing == []
