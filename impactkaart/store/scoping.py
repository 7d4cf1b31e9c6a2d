"""How a scoped store (`Store.scoped`) limits SQL to one organisation.

Every table an area adds is registered here with the way its rows reach an organisation:
a *root* table carries ``organisation_id`` itself (projects, workshops, KPI programmes,
own KPIs, imported benchmarks); a *child* table points at its parent (effects and
versions at their project, measurements at their programme, workspace fields at their
workspace…). From that one registry come the conditions the store modules add to their
queries, what a scoped back-up holds and what a scoped restore replaces.
``tests/store/test_isolation.py`` fails when a table of the store is not registered.

Unscoped (``scope`` None, the laptop) every helper here adds nothing: the SQL is as before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from impactkaart.accounts.roles import can_edit
from impactkaart.accounts.scope import NotAllowed, Scope, active
from impactkaart.store.connection import StoreError


class ProjectNotFound(StoreError):
    pass


class NotFound(StoreError):
    """A row that does not exist, or exists in another organisation (the same to the user)."""


@dataclass(frozen=True)
class Owned:
    table: str
    column: str  # organisation_id for a root, else the column pointing at the parent
    parent: str | None = None  # None: a root table
    parent_key: str = "id"


_OWNED: dict[str, Owned] = {}
# Tables of the accounts themselves (organisations, members, the audit trail): never in a
# scoped back-up, never replaced by a scoped restore.
ACCOUNT_TABLES: set[str] = set()


def root(table: str) -> None:
    _OWNED.setdefault(table, Owned(table, "organisation_id"))


def child(table: str, column: str, parent: str, parent_key: str = "id") -> None:
    _OWNED.setdefault(table, Owned(table, column, parent, parent_key))


def accounts_table(table: str) -> None:
    ACCOUNT_TABLES.add(table)


_REFERENCES: dict[str, list[tuple[str, str]]] = {}


def reference(table: str, column: str, parent: str) -> None:
    """A second pointer of a row (a programme's project, a scenario's base, a workspace's
    project): a scoped restore checks it points inside the same back-up."""
    pointers = _REFERENCES.setdefault(table, [])
    if (column, parent) not in pointers:
        pointers.append((column, parent))


def references(table: str) -> list[tuple[str, str]]:
    return list(_REFERENCES.get(table, []))


def plain(value):
    """A back-up cell as a key: numpy as Python, NaN as None, 3.0 as 3."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return int(value)
    return value


def owned() -> dict[str, Owned]:
    from impactkaart.store.migrations import load_areas

    load_areas()
    return dict(_OWNED)


def order_of(tables: list[str]) -> list[str]:
    """Tables parents first (a restore inserts in this order, deletes in its reverse)."""
    known = owned()
    depth = {}

    def level(name: str) -> int:
        if name not in depth:
            spec = known.get(name)
            depth[name] = 0 if spec is None or spec.parent is None else level(spec.parent) + 1
        return depth[name]

    return sorted(tables, key=lambda n: (level(n), n))


def _root_condition(scope: Scope, table: str, alias: str) -> tuple[str, list]:
    a = f"{alias}." if alias else ""
    sql, params = f"{a}organisation_id = ?", [scope.organisation_id]
    if table == "projects" and scope.project_id is not None:
        sql, params = sql + f" AND {a}id = ?", [*params, scope.project_id]
    if table == "projects" and scope.workshop_id is not None:
        sql += f" AND {a}id IN (SELECT project_id FROM workspaces WHERE workshop_id = ?)"
        params.append(scope.workshop_id)
    if table == "workshops" and scope.workshop_id is not None:
        sql, params = sql + f" AND {a}id = ?", [*params, scope.workshop_id]
    if table != "projects" and table != "workshops" and (scope.project_id or scope.workshop_id):
        sql += " AND 1 = 0"  # a visitor of one project or workshop sees nothing else
    return sql, params


def condition(scope: Scope, table: str, alias: str = "") -> tuple[str, list]:
    """SQL (constant text, ``?`` placeholders) that holds for the rows of ``table`` in the
    scope, and its parameters."""
    spec = owned().get(table)
    if spec is None:
        raise RuntimeError(f"table {table} is not registered in impactkaart.store.scoping")
    if spec.parent is None:
        return _root_condition(scope, table, alias)
    inner, params = condition(scope, spec.parent)
    a = f"{alias}." if alias else ""
    return (f"{a}{spec.column} IN (SELECT {spec.parent_key} FROM {spec.parent} WHERE {inner})",
            params)


def clause(scope: Scope | None, table: str, alias: str = "", joiner: str = "AND") -> tuple[str, list]:
    """`` AND <condition>`` (or ``WHERE`` with ``joiner``), nothing when unscoped."""
    if scope is None:
        return "", []
    sql, params = condition(scope, table, alias)
    return f" {joiner} {sql}", params


def visible(cur, scope: Scope | None, table: str, key: str, value) -> bool:
    """True when the row of ``table`` with ``key = value`` exists in the scope (unscoped:
    when it exists)."""
    extra, params = clause(scope, table)
    # fetchall, not fetchone: a result left unfinished makes DuckDB refuse the relation
    # API (from_arrow) that a bulk insert in the same transaction uses next.
    return bool(cur.execute(f"SELECT 1 FROM {table} WHERE {key} = ?{extra} LIMIT 1",
                            [value, *params]).fetchall())


def require(cur, table: str, key: str, value, scope: Scope | None = None,
            error: type[StoreError] = NotFound) -> None:
    """Inside a write: raise ``error`` when the row is not in the active scope (nothing is
    checked unscoped, where the callers keep their own not-found handling)."""
    scope = scope if scope is not None else active()
    if scope is None or value is None:
        return
    if not visible(cur, scope, table, key, value):
        raise error(f"{table}: {value} bestaat niet (meer).")


def require_project(cur, project_id, scope: Scope | None = None) -> None:
    require(cur, "projects", "id", project_id, scope,
            lambda _m: ProjectNotFound(f"Project {project_id} bestaat niet (meer)."))


def whole_organisation(scope: Scope | None) -> Scope | None:
    """The scope without a visitor's narrowing (one project, one workshop): inside a save
    that already checked the project, a row it writes needs only the organisation."""
    if scope is None or (scope.project_id is None and scope.workshop_id is None):
        return scope
    return replace(scope, project_id=None, workshop_id=None)


def organisation_of(scope: Scope | None) -> int | None:
    """The organisation_id new root rows get (None unscoped)."""
    return None if scope is None else scope.organisation_id


def check_edit(scope: Scope | None) -> None:
    if scope is not None and not can_edit(scope.role):
        from impactkaart.text.catalogue import t

        raise NotAllowed(t("accounts.not_allowed", "nl"))


def audit(cur, scope: Scope | None, action: str, target: str = "", detail: str = "",
          organisation_id: int | None = None, subject: str | None = None) -> None:
    """An audit row inside the caller's transaction; nothing when unscoped and no
    organisation is named (the laptop keeps no audit trail)."""
    org = organisation_id if organisation_id is not None else organisation_of(scope)
    who = subject if subject is not None else (scope.subject if scope is not None else "")
    if org is None and scope is None and subject is None:
        return
    new_id = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_log").fetchone()[0]
    cur.execute("INSERT INTO audit_log (id, \"at\", organisation_id, subject, action, target, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [new_id, _now(), org, who, action, target, detail])


def _now():
    import datetime as dt

    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


root("projects")
