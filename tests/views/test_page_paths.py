"""Links and jumps to pages go through views/components/pages.py, by full path.

A checkout-relative path ("views/project/effecten.py") is resolved from the main
script's folder: the checkout root for app.py, but views/ in an installed wheel, where
the link breaks (caught once by make wheel-check). This scan fails on any
`page_link`/`switch_page` in views/ that is given a literal path, and on a page named
through the helper that does not exist.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from views.components import pages

ROOT = Path(__file__).resolve().parents[2]
VIEWS = sorted((ROOT / "views").rglob("*.py"))


def _calls(name: str):
    for file in VIEWS:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == name):
                yield file, node


def _literal(node: ast.AST) -> bool:
    return isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp))


@pytest.mark.parametrize("name", ["page_link", "switch_page"])
def test_no_literal_page_path(name):
    bad = [f"{file.relative_to(ROOT)}:{node.lineno}" for file, node in _calls(name)
           if node.args and _literal(node.args[0])]
    assert not bad, f"st.{name} with a checkout-relative path; use views.components.pages: {bad}"


def test_every_named_page_exists():
    named = [(file, node.args[0].value) for helper in ("link", "go")
             for file, node in _calls(helper)
             if isinstance(node.func.value, ast.Name) and node.func.value.id == "pages"
             and node.args and isinstance(node.args[0], ast.Constant)]
    assert len(named) >= 9
    for file, page in named:
        assert Path(pages.path(page)).is_absolute(), (file, page)


def test_the_helper_gives_a_full_path_and_refuses_a_missing_page():
    full = Path(pages.path("views/project/effecten.py"))
    assert full.is_absolute() and full == ROOT / "views" / "project" / "effecten.py"
    with pytest.raises(FileNotFoundError):
        pages.path("views/project/bestaat_niet.py")


def test_the_scan_catches_a_relative_path(tmp_path):
    # The rule itself: a literal path is what the scan reports.
    node = ast.parse('st.page_link("views/cases/casussen.py", label="x")').body[0].value
    assert _literal(node.args[0])
