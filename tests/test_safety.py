"""No SQL from user input, no file access through DuckDB, no formulas in exported cells."""

from __future__ import annotations

import ast
import io
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from impactkaart.authoring.demo import demo_projects
from impactkaart.io.exports.safe_cells import (
    csv_safe_frame,
    csv_value,
    set_cell,
    text_cell,
    write_frame,
)
from impactkaart.store.projects import Store

ROOT = Path(__file__).resolve().parents[1]
SQL_METHODS = {"execute", "executemany", "sql", "query", "from_query", "frame"}
# The cursor adapter of the two backends: it passes on the SQL its callers wrote (checked
# here at their calls) and builds INSERT/IN texts from placeholders and names it is given
# by store modules (their constants or the catalogue).
# impactkaart/store/scoping.py builds a scope's conditions from the table and column names
# the store modules register (their constants), with the organisation always bound.
PASS_THROUGH = {"impactkaart/store/dialect.py", "impactkaart/store/scoping.py"}
# Names that may appear inside SQL text, per store module, each bound to that module's own
# constants (or DuckDB's catalogue), never to input. Every other module may put no name at
# all into SQL text: there SQL is a literal with ? parameters.
ALLOWED_IN_SQL: dict[str, dict[str, str]] = {
    "impactkaart/store/connection.py": {
        "table": "check_readable: table names from DuckDB's catalogue",
        "key": "check_readable: primary-key column names from DuckDB's catalogue",
        "CHECKED_KEYS": "module constant",
    },
    "impactkaart/store/migrations.py": {
        "ddl": "migrate: the statements of the registered migrations (module literals), "
               "DOUBLE spelt DOUBLE PRECISION on PostgreSQL (Dialect.ddl)",
    },
    "impactkaart/store/projects.py": {
        "table": "loops over _CHILDREN / _PROJECT_TABLES (module constants) or the catalogue",
        "columns": "the column lists in _CHILDREN, or a table's columns from the catalogue",
        "name": "_load_reference_tables: keys of a dict literal of ref_* table names",
        "_PROJECT_COLUMNS": "module constant",
        "_PROJECT_INSERT": "INSERT built once from _PROJECT_COLUMNS (module constant)",
        "_PROJECT_UPDATE": "UPDATE built once from _PROJECT_COLUMNS (module constant)",
        "_PROJECT_RESTORE": "INSERT built once from _PROJECT_COLUMNS (module constant)",
        "_PROJECT_INSERT_OWNED": "INSERT built once from _PROJECT_COLUMNS (module constant)",
        "_INSERT_FRAME": "INSERT … SELECT statements built from _CHILDREN (module constant)",
        "statement": "_write_children: an _INSERT_HEAD plus _ONE_ROW once per row",
        "definition": "_pg_reference_tables: the ref_* frames' column names and types",
        "where": "_load: `WHERE column IN (?, …)`, placeholders only (dialect.in_list)",
        "order": "_load: the dialect's insertion-order column (rowid / ctid), a constant",
        "extra": "a scope's condition (impactkaart.store.scoping): registered names, ? only",
        "condition": "_replace_scoped: a scope's condition (impactkaart.store.scoping)",
        "in_list": "`column IN (?, …)`: placeholders only, the values are bound",
        "len": "the number of placeholders",
        "listed": "_replace_scoped: the ids whose count sets the placeholders (values bound)",
        "chosen": "_ids_in_scope: an in_list text, placeholders only",
    },
    "impactkaart/scenarios/store.py": {
        "extra": "a scope's condition (impactkaart.store.scoping): registered names, ? only",
        "mine": "base_of: a scope's condition on the scenario row (impactkaart.store.scoping)",
    },
    "impactkaart/cases/store.py": {
        "in_list": "`column IN (?, …)`: placeholders only, the values are bound",
        "len": "the number of placeholders",
        "ids": "the case ids whose count sets the placeholders (values bound)",
        "table": "_delete_children: a loop over a literal tuple of the case tables",
        "chosen": "delete_cases: an in_list text, placeholders only",
    },
    "impactkaart/accounts/benchmark_store.py": {
        "in_list": "`column IN (?, …)`: placeholders only, the values are bound",
        "n_shares": "kpi_figures: the number of share KPIs (placeholders; the keys are bound)",
        "n_kpis": "kpi_figures: the number of KPIs asked for (placeholders; the keys are bound)",
    },
    "impactkaart/workshop/store.py": {
        "extra": "a scope's condition (impactkaart.store.scoping): registered names, ? only",
        "_WORKSHOP": "module constant: the columns of a workshop row",
        "_WORKSHOP_AS_W": "module constant: the same, prefixed with the alias w",
        "in_list": "`column IN (?, …)`: placeholders only, the values are bound",
        "len": "the number of placeholders",
        "n": "read_designs: the number of placeholders",
        "ids": "delete_workshop_rows: workspace ids whose count sets the placeholders",
        "items": "delete_item: item ids whose count sets the placeholders",
    },
    "impactkaart/versions/store.py": {
        "extra": "a scope's condition (impactkaart.store.scoping): registered names, ? only",
        "_LINK_SELECT": "module constant: SELECT built once from LINK_COLUMNS",
    },
    "impactkaart/accounts/store.py": {
        "table": "claim_unowned: the root tables registered in impactkaart.store.scoping",
    },
    "impactkaart/monitoring/store.py": {
        "extra": "a scope's condition (impactkaart.store.scoping): registered names, ? only",
        "sql": "measurement_groups: the dialect's first_by/last_by of literal columns and an "
               "in_list of placeholders (the share keys are bound), plus a scope's condition",
    },
}


def _module_constants(tree: ast.Module) -> set[str]:
    """Names assigned at the top level of a module in CONSTANT style (_X or X, capitals)."""
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return {n for n in names if n.lstrip("_")[:1].isupper()}


def sql_problems(source: str, filename: str = "<test>",
                 allowed: dict[str, str] | None = None) -> list[str]:
    """Calls like ``cur.execute(sql)`` whose SQL is built from anything but constants and the
    names ``allowed`` in this module; an allowed name that is a function parameter, or that
    looks like a constant but is not one of this module's own, is a problem too."""
    allowed = allowed or {}
    problems = []
    tree = ast.parse(source)
    constants = _module_constants(tree)
    for function in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))] + [tree]:
        params = set()
        if not isinstance(function, ast.Module):
            params = {a.arg for a in (*function.args.args, *function.args.kwonlyargs,
                                      *function.args.posonlyargs)}
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in SQL_METHODS and call.args):
                continue
            sql = call.args[0]
            where = f"{filename}:{call.lineno}"
            if isinstance(sql, ast.Constant):
                continue
            if isinstance(sql, ast.Call):  # e.g. "...".format(x)
                problems.append(f"{where}: SQL built by a call")
                continue
            names = {n.id for n in ast.walk(sql) if isinstance(n, ast.Name)}
            for name in sorted(names):
                if name not in allowed:
                    problems.append(f"{where}: '{name}' in SQL text")
                elif name in params:
                    problems.append(f"{where}: '{name}' comes from the caller")
                elif name.lstrip("_")[:1].isupper() and name not in constants:
                    problems.append(f"{where}: '{name}' is not a constant of this module")
    return problems


def python_files() -> list[Path]:
    return sorted([*(ROOT / "impactkaart").rglob("*.py"), *(ROOT / "views").rglob("*.py"),
                   ROOT / "app.py"])


def test_no_sql_text_is_built_from_anything_but_our_constants():
    problems = []
    for path in python_files():
        name = path.relative_to(ROOT).as_posix()
        if name in PASS_THROUGH:
            continue
        problems += sql_problems(path.read_text(encoding="utf-8"), name, ALLOWED_IN_SQL.get(name))
    assert not problems, problems


def test_every_allowance_is_a_store_module_and_still_needed():
    for name, allowed in ALLOWED_IN_SQL.items():
        assert name.startswith("impactkaart/store/") or name.endswith(("/store.py", "_store.py")), name
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        used = {n.id for call in ast.walk(tree) if isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute) and call.func.attr in SQL_METHODS
                and call.args for n in ast.walk(call.args[0]) if isinstance(n, ast.Name)}
        assert set(allowed) <= used, (name, set(allowed) - used)  # no stale allowance


STORE = ALLOWED_IN_SQL["impactkaart/store/projects.py"]


@pytest.mark.parametrize(("source", "allowed", "problem"), [
    ("def f(cur, name):\n    cur.execute(f\"SELECT * FROM projects WHERE name = '{name}'\")",
     STORE, "'name' comes from the caller"),
    ("def f(cur, who):\n    cur.execute(\"DELETE FROM projects WHERE name = '\" + who + \"'\")",
     STORE, "'who' in SQL text"),
    ("def f(cur, who):\n    cur.sql('SELECT {}'.format(who))", STORE, "SQL built by a call"),
    ("def f(cur, q):\n    cur.execute(q)", STORE, "'q' in SQL text"),
    # the store's common names are allowed in the store's modules only …
    ("def f(cur, rows):\n    for table in rows:\n        cur.execute(f'SELECT * FROM {table}')",
     None, "'table' in SQL text"),
    ("def f(cur):\n    for key, name in cur.fetchall():\n"
     "        cur.execute(f'SELECT {key} FROM {name}')", None, "'key' in SQL text"),
    # … and a constant only when it is the module's own
    ("from elsewhere import _WORKSHOP\ndef f(cur):\n    cur.execute(f'SELECT {_WORKSHOP} FROM w')",
     ALLOWED_IN_SQL["impactkaart/workshop/store.py"], "'_WORKSHOP' is not a constant"),
])
def test_the_sql_check_catches_text_built_from_input(source, allowed, problem):
    assert any(problem in p for p in sql_problems(source, allowed=allowed))


def test_bound_parameters_and_own_constants_pass_the_sql_check():
    assert sql_problems("def f(cur, name):\n    cur.execute('SELECT 1 WHERE ? = 1', [name])") == []
    assert sql_problems("_WORKSHOP = 'id, name'\ndef f(cur):\n"
                        "    cur.execute(f'SELECT {_WORKSHOP} FROM workshops')",
                        allowed=ALLOWED_IN_SQL["impactkaart/workshop/store.py"]) == []


# --- DuckDB cannot reach the file system ---------------------------------------------------


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "slot.duckdb") as store:
        yield store


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM '/etc/passwd'",
    "ATTACH '{tmp}/ander.duckdb' AS ander",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
])
def test_the_stores_connection_cannot_read_other_files(store, tmp_path, sql):
    with pytest.raises(duckdb.Error):
        store.cursor().execute(sql.format(tmp=tmp_path))
    assert not (tmp_path / "ander.duckdb").exists()


@pytest.mark.parametrize("sql", [
    "COPY projects TO '{out}' (FORMAT csv)",
    "COPY (SELECT 42) TO '{out}'",
    "EXPORT DATABASE '{dir}'",
])
def test_the_stores_connection_cannot_write_other_files(store, tmp_path, sql):
    out, directory = tmp_path / "lek.csv", tmp_path / "lek"
    with pytest.raises(duckdb.Error):
        store.cursor().execute(sql.format(out=out, dir=directory))
    assert not out.exists() and not directory.exists()


def test_the_locked_store_still_saves_and_loads(store):
    project = demo_projects()[0]
    assert store.load_project(store.save_project(project)) == project
    assert store.cursor().execute("SELECT count(*) FROM ref_proxies").fetchone()[0] > 0


# --- exported cells are never formulas ------------------------------------------------------

RISKY = ["=HYPERLINK(\"https://example.com\",\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)",
         "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", RISKY)
def test_csv_cells_that_start_like_a_formula_become_text(text):
    assert csv_value(text) == "'" + text


def test_csv_leaves_ordinary_text_and_numbers_alone():
    assert [csv_value(v) for v in ("Minder overlast", "", 12.5, -3)] == ["Minder overlast", "", 12.5, -3]
    frame = pd.DataFrame({"=naam": ["=1+1", "gewoon"], "bedrag": [-5.0, 2.0]})
    safe = csv_safe_frame(frame)
    assert list(safe.columns) == ["'=naam", "bedrag"]
    assert list(safe["'=naam"]) == ["'=1+1", "gewoon"] and list(safe["bedrag"]) == [-5.0, 2.0]
    assert list(frame["=naam"]) == ["=1+1", "gewoon"]  # the original is not changed


def _sheet_xml(book: Workbook) -> str:
    buffer = io.BytesIO()
    book.save(buffer)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue())).read("xl/worksheets/sheet1.xml").decode()


def test_xlsx_text_cells_are_never_formulas():
    book = Workbook()
    sheet = book.active
    end = write_frame(sheet, pd.DataFrame({"naam": RISKY, "bedrag": range(len(RISKY))}))
    set_cell(sheet.cell(row=end, column=1), float("nan"))
    xml = _sheet_xml(book)
    assert "<f>" not in xml  # no formula element anywhere
    buffer = io.BytesIO()
    book.save(buffer)
    read = load_workbook(io.BytesIO(buffer.getvalue()))  # formulas would come back as "=…"
    cells = read.active
    # (XML turns a carriage return into a newline: the text is otherwise unchanged)
    assert [cells.cell(row=r, column=1).value for r in range(2, 2 + len(RISKY))] == [
        t.replace("\r", "\n") for t in RISKY]
    assert all(cells.cell(row=r, column=1).data_type == "s" for r in range(2, 2 + len(RISKY)))
    assert cells.cell(row=2, column=1).quotePrefix  # Excel keeps it text when edited
    assert cells.cell(row=2, column=2).value == 0 and cells.cell(row=end, column=1).value is None


def test_write_only_xlsx_cells_are_never_formulas():
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")
    sheet.append([text_cell(sheet, text) for text in RISKY])
    assert "<f>" not in _sheet_xml(book)


def test_xlsx_text_with_control_characters_still_saves():
    book = Workbook()
    set_cell(book.active.cell(row=1, column=1), "=A\x01B\x0c")
    assert book.active["A1"].value == "=A\ufffdB\ufffd" and "<f>" not in _sheet_xml(book)
