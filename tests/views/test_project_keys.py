"""Every widget key says whose value it holds: the open project's or nobody's.

Switching project drops the old project's state on the server, but the browser keeps
showing a widget's old value as long as the widget keeps its key (the proxy picker's
"Rij 1: …" of the previous project). A widget whose value belongs to the open project
therefore takes `session.project_key(name)` (the name with the project's id); one whose
value belongs to no project (the language, a workshop, the wizard's new project, a
backup) says so with `session.page_key(name)`.

This scan reads every ``key=`` in views/ and follows it back: a literal name (a string,
an f-string, a module constant, what a local helper returns) must be wrapped in one of
the two (or carry ``project_id`` itself); a key passed in as a parameter is checked at
its caller. Buttons, downloads,
containers and charts without a selection hold no value and are exempt.
The AppTest in test_project_switch.py checks the effect in a running app.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = sorted((ROOT / "views").rglob("*.py"))
WRAPPERS = {"project_key", "page_key"}
# Elements whose key holds no value a person sees again: a click, a download, a box.
NO_VALUE = {"button", "download_button", "form_submit_button", "container", "dataframe",
            "link_button", "popover", "columns", "form"}
CHARTS = {"vega_lite_chart", "altair_chart", "plotly_chart"}


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


class _Module:
    def __init__(self, tree: ast.Module):
        self.tree = tree
        self.functions = {n.name: n for n in ast.walk(tree)
                          if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node

    def scope(self, node: ast.AST):
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return self.tree

    def assigned(self, name: str, scope) -> list[ast.AST]:
        values = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        values.append(node.value)
                    elif (isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                          and len(target.elts) == len(node.value.elts)):
                        values += [v for t, v in zip(target.elts, node.value.elts)
                                   if isinstance(t, ast.Name) and t.id == name]
            elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) \
                    and node.target.id == name:
                values.append(ast.Constant("loop"))  # a loop variable: a literal at heart
        return values


def _params(scope) -> set[str]:
    if isinstance(scope, ast.Module):
        return set()
    a = scope.args
    return {p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs]}


def _ok(module: _Module, value: ast.AST, scope, depth: int = 0) -> bool:
    """True when ``value`` is wrapped, or passed in by a caller (checked there)."""
    if depth > 6:
        return False
    if isinstance(value, ast.Call):
        callee = _name(value.func)
        if callee in WRAPPERS:
            return True
        helper = module.functions.get(callee)
        if helper is None:
            return False
        returns = [n.value for n in ast.walk(helper) if isinstance(n, ast.Return) and n.value]
        return bool(returns) and all(_ok(module, r, helper, depth + 1) for r in returns)
    if isinstance(value, ast.Name):
        if value.id in _params(scope):
            return True
        for where in (scope, module.tree):
            found = module.assigned(value.id, where)
            if found:
                return all(_ok(module, v, where, depth + 1) for v in found)
        return False
    if isinstance(value, ast.JoinedStr):
        parts = [v.value for v in value.values if isinstance(v, ast.FormattedValue)]
        if any(isinstance(p, ast.Name) and p.id == "project_id" for p in parts):
            return True  # f"ik_{project_id}_…": carries the project's id itself
        # f"{key}_tabs": derived from a key made (and checked) before
        return (isinstance(value.values[0], ast.FormattedValue)
                and isinstance(parts[0], ast.Name) and _ok(module, parts[0], scope, depth + 1))
    return False


def _unmarked() -> list[str]:
    bad = []
    for file in VIEWS:
        module = _Module(ast.parse(file.read_text(encoding="utf-8")))
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            key = next((k.value for k in node.keywords if k.arg == "key"), None)
            callee = _name(node.func)
            if key is None or callee in NO_VALUE or callee in {"sort_values", "sorted"}:
                continue
            if callee in CHARTS and not any(k.arg == "on_select" for k in node.keywords):
                continue
            if not _ok(module, key, module.scope(node)):
                bad.append(f"{file.relative_to(ROOT)}:{node.lineno} {callee}")
    return bad


def test_every_widget_key_says_whose_value_it_holds():
    bad = _unmarked()
    assert not bad, ("a widget key without session.project_key / session.page_key "
                     f"(see this file's docstring): {bad}")


def _check(source: str) -> bool:
    module = _Module(ast.parse(source))
    call = next(n for n in ast.walk(module.tree) if isinstance(n, ast.Call)
                and _name(n.func) == "toggle")
    return _ok(module, call.keywords[0].value, module.scope(call))


def test_the_scan_tells_a_fixed_key_from_a_marked_one():
    assert not _check('st.toggle("x", key="baten_contant")')
    assert not _check('K = "baten_contant"\nst.toggle("x", key=K)')
    assert not _check('def f(case):\n    st.toggle("x", key=f"casus_{case.id}")')
    assert _check('st.toggle("x", key=project_key("baten_contant"))')
    assert _check('K = session.project_key("baten_contant")\nst.toggle("x", key=K)')
    assert _check('def f(key):\n    st.toggle("x", key=f"{key}_tabs")')
    assert _check('def f(project_id):\n    st.toggle("x", key=f"ik_{project_id}_n")')
    assert not _check('def f():\n    k = f"ws_{1}"\n    st.toggle("x", key=f"{k}_tabs")')
    assert _check('def k(i):\n    return page_key(f"a{i}")\nst.toggle("x", key=k(1))')
