"""Shape rules of the code base that review alone would let slip back."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "inbox_watch"
MAX_FUNCTION_LINES = 60


def long_functions(source: str, limit: int) -> list[tuple[str, int]]:
    """(name, lines) of every function in ``source`` whose body spans over ``limit`` lines
    (from the ``def`` line to its last line; decorators not counted)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                found.append((node.name, length))
    return found


def test_long_functions_counts_def_to_last_line() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(5))
    source = f"@decorator\ndef five_and_def():\n{body}\n\ndef short():\n    pass\n"
    assert long_functions(source, 5) == [("five_and_def", 6)]
    assert long_functions(source, 6) == []


def test_no_function_in_the_package_is_over_sixty_lines() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{name} ({lines} lines)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, lines in long_functions(path.read_text("utf-8"), MAX_FUNCTION_LINES)
    ]
    assert offenders == []


def module_map_names(readme: str) -> set[str]:
    """Every module a README tree line under ``inbox_watch/`` names: a package
    ("core/") by its folder, a module by its file, and the modules listed after it."""
    block = readme.split("```\ninbox_watch/", 1)[1].split("\nsandbox/", 1)[0]
    named: set[str] = set()
    package = ""
    depth = 0  # inside "( ... )", which may span lines, words are prose
    for line in block.splitlines()[1:]:
        head = line[:15].strip()
        if head:
            package = head.removesuffix("/") if head.endswith("/") else ""
            if not package:
                named.add(head)
        words = re.sub(r"[(),;]", lambda m: f" {m.group()} ", line[15:]).split()
        for word in words:
            depth += word.count("(") - word.count(")")
            if package and depth == 0 and word.isidentifier() and word.islower():
                named.add(f"{package}/{word}.py")
    return named


def test_the_readme_module_map_names_every_module_in_the_tree() -> None:
    readme = (PACKAGE.parent / "README.md").read_text("utf-8")
    named = module_map_names(readme)
    modules = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name not in {"__init__.py", "__main__.py"}
    }
    assert sorted(modules - named) == []
