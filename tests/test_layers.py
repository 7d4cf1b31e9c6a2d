"""The layering rules of docs/architecture.md, read from the source (AST), not from imports
at run time: only store modules run SQL, impactkaart/ never imports Streamlit, core/
imports nothing else of the package, and pages are thin."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SQL_CALLS = {"execute", "executemany", "sql", "query"}
# SQL text: a statement's opening words and, further on, one of its clauses, in capitals.
SQL_TEXT = re.compile(
    r"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE( OR REPLACE)? (TABLE|SEQUENCE|VIEW|INDEX)"
    r"|DROP TABLE|ALTER TABLE)\b.*\b(FROM|INTO|SET|TABLE|SEQUENCE|VIEW|INDEX|VALUES|WHERE|AS)\b",
    re.S)
def _files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def is_store_module(name: str) -> bool:
    """impactkaart/store/… or an area's own store module, impactkaart/<area>/store.py
    (or a second one named for what it stores, impactkaart/<area>/<what>_store.py)."""
    parts = name.split("/")
    return name.startswith("impactkaart/store/") or (
        len(parts) == 3 and parts[0] == "impactkaart"
        and (parts[2] == "store.py" or parts[2].endswith("_store.py")))


def sql_uses(source: str) -> list[str]:
    """Calls of .execute/.executemany/.sql/.query and string literals that are SQL text
    (docstrings excepted), as 'line: what'."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    # An f-string is judged whole, its parts joined (f"DELETE FROM {t} WHERE …").
    parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS):
            found.append(f"{node.lineno}: .{node.func.attr}()")
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docstrings and id(node) not in parts):
            text = node.value
        else:
            continue
        if SQL_TEXT.search(text):
            found.append(f"{node.lineno}: SQL text {text[:40]!r}")
    return found


def imports(source: str) -> list[tuple[int, str]]:
    """(line, module) of every import, relative ones spelled as 'relative'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "relative" if node.level else node.module or ""))
    return found


def test_only_store_modules_run_or_write_sql():
    problems = [f"{_name(path)}:{use}"
                for path in [*_files("impactkaart", "views"), ROOT / "app.py"]
                if not is_store_module(_name(path))
                for use in sql_uses(path.read_text(encoding="utf-8"))]
    assert not problems, problems


def test_the_store_rule_sees_calls_and_sql_text():
    assert sql_uses("def f(cur):\n    cur.execute('SELECT 1')") == ["2: .execute()"]
    assert sql_uses("def f(con):\n    return con.sql(Q)") == ["2: .sql()"]
    assert sql_uses("Q = 'SELECT id FROM projects WHERE id = ?'") == [
        "1: SQL text 'SELECT id FROM projects WHERE id = ?'"]
    assert sql_uses("Q = f'DELETE FROM {t} WHERE id = ?'") != []
    assert sql_uses('"""Select the projects from the list (not SQL)."""\n'
                    "TEXT = 'Kies een project uit de lijst'") == []
    assert is_store_module("impactkaart/store/projects.py")
    assert is_store_module("impactkaart/cases/store.py")
    assert is_store_module("impactkaart/accounts/benchmark_store.py")
    assert not is_store_module("impactkaart/workshop/rooms.py")
    assert not is_store_module("views/store.py")


def test_impactkaart_never_imports_streamlit():
    problems = [f"{_name(path)}:{line}" for path in _files("impactkaart")
                for line, module in imports(path.read_text(encoding="utf-8"))
                if module.split(".")[0] == "streamlit"]
    assert not problems, problems


def test_core_imports_nothing_else_of_the_package():
    found = {(_name(path), module) for path in _files("impactkaart/core")
             for _, module in imports(path.read_text(encoding="utf-8"))
             if module == "relative"  # core has no relative imports: none to judge apart
             or (module.split(".")[0] == "impactkaart" and not module.startswith("impactkaart.core"))}
    assert not found, found


# What a page may not compute itself: the engine's figures and the assumptions' values
# (a difference of two results, a share turned into a percent). Counting, indexing and
# layout arithmetic (i + 1, len(rows) - 1) are a page's own business.
FIGURES = {"pv_benefits", "pv_costs", "npv", "rendementsfactor", "value", "quantity", "proxy",
           "deadweight", "attribution", "displacement", "drop_off", "discount_rate",
           "fte_total", "share", "factor", "fte", "amount"}


def _is_figure(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in FIGURES
    if isinstance(node, ast.Name):
        return node.id in FIGURES
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return node.slice.value in FIGURES
    return isinstance(node, ast.Constant) and node.value == 100  # a share as a percent


def page_problems(source: str) -> list[str]:
    """Arithmetic on figures, and private names of the package, in a page's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.BinOp)
                and isinstance(node.op, (ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Pow))
                and (_is_figure(node.left) or _is_figure(node.right))):
            found.append(f"{node.lineno}: arithmetic on a figure")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("impactkaart"):
            found += [f"{node.lineno}: private {node.module}.{alias.name}"
                      for alias in node.names if alias.name.startswith("_")]
    return found


def test_pages_do_no_arithmetic_on_figures_and_use_public_names():
    problems = [f"{_name(path)}:{problem}" for path in [*_files("views"), ROOT / "app.py"]
                for problem in page_problems(path.read_text(encoding="utf-8"))]
    assert not problems, problems


def test_the_page_rule_sees_figures_percents_and_private_names():
    assert page_problems("d = after.pv_benefits - before.pv_benefits") == [
        "1: arithmetic on a figure"]
    assert page_problems("p = share * 100") == ["1: arithmetic on a figure"]
    assert page_problems("from impactkaart.core.engine import _expand") == [
        "1: private impactkaart.core.engine._expand"]
    assert page_problems("n = len(rows) - 1\nnext_step = step + 1") == []
