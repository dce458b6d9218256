"""Shape rules of the code base that review alone would let slip back."""

from __future__ import annotations

import ast
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
