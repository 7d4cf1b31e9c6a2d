"""Scenario links in the DuckDB store: migration 3 and its queries (parameterised only).

A scenario is an ordinary project plus one row in ``scenarios`` naming the project it
was copied from (`impactkaart.scenarios.copies`). Readers join on projects, so a link
to a deleted project is simply not shown; deleting a project deletes its links, both
as a scenario and as a base (whose scenarios stay, as ordinary projects).
"""

from __future__ import annotations

import pandas as pd

from impactkaart.store import scoping
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store, register_project_rows

register(3, "scenarios", [
    # Scenarios (impactkaart/scenarios/copies.py): a project copied from another, with a label.
    # Readers join on projects, so a link to a deleted project is simply not shown.
    """CREATE TABLE scenarios (
        project_id INTEGER PRIMARY KEY, scenario_of INTEGER NOT NULL,
        label VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
])


def link(cur, project_id: int, base_id: int, label: str) -> None:
    """Record inside the caller's transaction that ``project_id`` is a scenario of ``base_id``."""
    scoping.require_project(cur, project_id)  # both of the scope's organisation
    scoping.require_project(cur, base_id)
    cur.execute("INSERT INTO scenarios (project_id, scenario_of, label) VALUES (?, ?, ?)",
                [project_id, base_id, label])


def scenarios_of(store: Store, base_id: int) -> pd.DataFrame:
    """id, name, label of every saved scenario of ``base_id`` (oldest first)."""
    extra, params = scoping.clause(store.scope, "projects", "p")
    return store.frame(
        "SELECT p.id, p.name, s.label FROM scenarios s JOIN projects p ON p.id = s.project_id "
        f"WHERE s.scenario_of = ?{extra} ORDER BY p.id",
        [base_id, *params],
    )


def base_of(store: Store, project_id: int) -> int | None:
    """The project this one is a scenario of (None: not a scenario, or its base was deleted)."""
    extra, params = scoping.clause(store.scope, "projects", "p")
    mine, own = scoping.clause(store.scope, "scenarios", "s")
    cur = store.cursor()
    try:
        row = cur.execute(
            "SELECT s.scenario_of FROM scenarios s JOIN projects p ON p.id = s.scenario_of "
            f"WHERE s.project_id = ?{extra}{mine}",
            [project_id, *params, *own],
        ).fetchone()
    finally:
        cur.close()
    return None if row is None else int(row[0])


def _delete_links(cur, project_id: int) -> None:
    # A deleted base leaves its scenarios as ordinary projects.
    cur.execute("DELETE FROM scenarios WHERE project_id = ? OR scenario_of = ?",
                [project_id, project_id])


register_project_rows(_delete_links)
scoping.child("scenarios", "project_id", "projects")
scoping.reference("scenarios", "scenario_of", "projects")


def scenario_ids(store: Store) -> set[int]:
    """Ids of every saved project that is a scenario copy (of a project that still exists:
    a scenario whose base was deleted is an ordinary project, see `_delete_links`)."""
    extra, params = scoping.clause(store.scope, "projects", "p", joiner="WHERE")
    cur = store.cursor()
    try:
        rows = cur.execute(
            f"SELECT s.project_id FROM scenarios s JOIN projects p ON p.id = s.project_id{extra}",
            params).fetchall()
    finally:
        cur.close()
    return {int(r[0]) for r in rows}
