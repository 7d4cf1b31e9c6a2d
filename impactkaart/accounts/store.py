"""Accounts in the store: migration 12 and the SQL of organisations, members and the
audit trail (portable SQL, bound values only).

Migration 12 adds ``organisations``, ``members`` and ``audit_log``, and an
``organisation_id`` (NULL on the laptop) to every top-level table: projects, workshops,
KPI programmes, own KPIs and imported KPI benchmarks. The three KPI tables are made anew
so that their names are unique per organisation instead of in the whole database (two
organisations may both have a programme "Schuldhulp"). Child rows reach their
organisation through their parent (`impactkaart.store.scoping`).
"""

from __future__ import annotations

import pandas as pd

from impactkaart.accounts.scope import NotAllowed
from impactkaart.store import scoping
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store

register(12, "accounts", [
    """CREATE TABLE organisations (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
        benchmark_opt_in BOOLEAN NOT NULL DEFAULT FALSE, created_at TIMESTAMP)""",
    # subject: the OIDC e-mail claim, lower-cased.
    """CREATE TABLE members (
        organisation_id INTEGER NOT NULL, subject TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL, added_at TIMESTAMP,
        PRIMARY KEY (organisation_id, subject))""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY, "at" TIMESTAMP NOT NULL, organisation_id INTEGER,
        subject TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')""",
    "ALTER TABLE projects ADD COLUMN organisation_id INTEGER",
    "ALTER TABLE workshops ADD COLUMN organisation_id INTEGER",
    # The KPI tables of migration 7, unique per organisation (same columns, same rows).
    """CREATE TABLE kpi_programmes_12 (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, werksoort TEXT NOT NULL,
        project_id INTEGER, organisation_id INTEGER, UNIQUE (organisation_id, name))""",
    "INSERT INTO kpi_programmes_12 (id, name, werksoort, project_id) "
    "SELECT id, name, werksoort, project_id FROM kpi_programmes",
    "DROP TABLE kpi_programmes",
    "ALTER TABLE kpi_programmes_12 RENAME TO kpi_programmes",
    """CREATE TABLE kpi_own_12 (
        key TEXT NOT NULL, label_nl TEXT NOT NULL, label_en TEXT NOT NULL,
        werksoorten TEXT NOT NULL, definition_nl TEXT NOT NULL, definition_en TEXT NOT NULL,
        kind TEXT NOT NULL, direction TEXT NOT NULL, source TEXT NOT NULL,
        organisation_id INTEGER, UNIQUE (organisation_id, key))""",
    "INSERT INTO kpi_own_12 (key, label_nl, label_en, werksoorten, definition_nl, "
    "definition_en, kind, direction, source) SELECT key, label_nl, label_en, werksoorten, "
    "definition_nl, definition_en, kind, direction, source FROM kpi_own",
    "DROP TABLE kpi_own",
    "ALTER TABLE kpi_own_12 RENAME TO kpi_own",
    """CREATE TABLE kpi_benchmarks_12 (
        kpi TEXT NOT NULL, period TEXT NOT NULL, organisations INTEGER NOT NULL,
        p25 DOUBLE PRECISION NOT NULL, p50 DOUBLE PRECISION NOT NULL,
        p75 DOUBLE PRECISION NOT NULL, source TEXT NOT NULL, organisation_id INTEGER,
        UNIQUE (organisation_id, kpi, period))""",
    "INSERT INTO kpi_benchmarks_12 (kpi, period, organisations, p25, p50, p75, source) "
    "SELECT kpi, period, organisations, p25, p50, p75, source FROM kpi_benchmarks",
    "DROP TABLE kpi_benchmarks",
    "ALTER TABLE kpi_benchmarks_12 RENAME TO kpi_benchmarks",
])

for _table in ("organisations", "members", "audit_log"):
    scoping.accounts_table(_table)


# --- organisations ---------------------------------------------------------------------------


def _own(scope, organisation_id: int | None) -> None:
    """Through a scoped store only the scope's own organisation (NotAllowed otherwise)."""
    if scope is not None and organisation_id != scope.organisation_id:
        raise NotAllowed("Dat hoort bij een andere organisatie.")


def insert_organisation(store: Store, name: str) -> int:
    if store.scope is not None:
        raise NotAllowed("Een organisatie maak je met de opdrachtregel (impactkaart organisatie maak).")
    def work(cur) -> int:
        new_id = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM organisations").fetchone()[0]
        cur.execute("INSERT INTO organisations (id, name, benchmark_opt_in, created_at) "
                    "VALUES (?, ?, FALSE, ?)", [new_id, name, scoping._now()])
        return int(new_id)

    return store.write(work, any_role=True)


def organisation_rows(store: Store) -> list[tuple]:
    """(id, name, benchmark_opt_in) of every organisation, by name (a scoped store: its own)."""
    own = [] if store.scope is None else [store.scope.organisation_id]
    cur = store.cursor()
    try:
        return cur.execute("SELECT id, name, benchmark_opt_in FROM organisations "
                           "WHERE CAST(? AS INTEGER) IS NULL OR id = ? ORDER BY name, id",
                           [*(own or [None]), *(own or [None])]).fetchall()
    finally:
        cur.close()


def organisation_id_of(store: Store, name: str) -> int | None:
    cur = store.cursor()
    try:
        row = cur.execute("SELECT id FROM organisations WHERE name = ?", [name]).fetchone()
    finally:
        cur.close()
    if row is None or (store.scope is not None and int(row[0]) != store.scope.organisation_id):
        return None  # a scoped store knows no other organisation
    return int(row[0])


def has_organisations(store: Store) -> bool:
    cur = store.cursor()
    try:
        return cur.execute("SELECT count(*) FROM organisations").fetchone()[0] > 0
    finally:
        cur.close()


def put_opt_in(store: Store, organisation_id: int, opt_in: bool, by: str | None) -> None:
    _own(store.scope, organisation_id)
    def work(cur) -> None:
        cur.execute("UPDATE organisations SET benchmark_opt_in = ? WHERE id = ?",
                    [bool(opt_in), organisation_id])
        scoping.audit(cur, store.scope, "opt_in", "benchmark", "aan" if opt_in else "uit",
                      organisation_id=organisation_id, subject=by or "")

    store.write(work, any_role=True)


def claim_unowned(store: Store, organisation_id: int, by: str) -> int:
    """Give every top-level row without an organisation (made before there were any) to
    this organisation, their child rows with them; the number of projects it got."""
    if store.scope is not None:
        raise NotAllowed("Rijen zonder organisatie geef je met de opdrachtregel een organisatie.")
    roots = sorted(t for t, spec in scoping.owned().items() if spec.parent is None)

    def work(cur) -> int:
        count = cur.execute("SELECT count(*) FROM projects WHERE organisation_id IS NULL"
                            ).fetchone()[0]
        for table in roots:  # registered table names, never input
            cur.execute(f"UPDATE {table} SET organisation_id = ? WHERE organisation_id IS NULL",
                        [organisation_id])
        scoping.audit(cur, None, "restore", "rijen zonder organisatie", f"{count} projecten",
                      organisation_id=organisation_id, subject=by)
        return int(count)

    return store.write(work)


# --- members ---------------------------------------------------------------------------------


def member_role(cur, organisation_id: int, subject: str) -> str | None:
    _own(scoping.active(), organisation_id)
    row = cur.execute("SELECT role FROM members WHERE organisation_id = ? AND subject = ?",
                      [organisation_id, subject]).fetchone()
    return None if row is None else row[0]


def count_managers(cur, organisation_id: int) -> int:
    _own(scoping.active(), organisation_id)
    return cur.execute("SELECT count(*) FROM members WHERE organisation_id = ? AND role = ?",
                       [organisation_id, "beheerder"]).fetchone()[0]


def insert_member(cur, organisation_id: int, subject: str, name: str, role: str) -> None:
    _own(scoping.active(), organisation_id)
    cur.execute("INSERT INTO members (organisation_id, subject, name, role, added_at) "
                "VALUES (?, ?, ?, ?, ?)", [organisation_id, subject, name, role, scoping._now()])


def update_role(cur, organisation_id: int, subject: str, role: str) -> None:
    _own(scoping.active(), organisation_id)
    cur.execute("UPDATE members SET role = ? WHERE organisation_id = ? AND subject = ?",
                [role, organisation_id, subject])


def delete_member(cur, organisation_id: int, subject: str) -> None:
    _own(scoping.active(), organisation_id)
    cur.execute("DELETE FROM members WHERE organisation_id = ? AND subject = ?",
                [organisation_id, subject])


def membership_rows(store: Store, subject: str) -> list[tuple]:
    """(organisation id, organisation name, role) of a subject, by organisation name (a
    scoped store: only in its own organisation)."""
    cur = store.cursor()
    try:
        found = cur.execute(
            "SELECT o.id, o.name, m.role FROM members m JOIN organisations o "
            "ON o.id = m.organisation_id WHERE m.subject = ? ORDER BY o.name, o.id",
            [subject]).fetchall()
    finally:
        cur.close()
    if store.scope is not None:
        found = [r for r in found if int(r[0]) == store.scope.organisation_id]
    return found


def member_frame(store: Store, organisation_id: int) -> pd.DataFrame:
    _own(store.scope, organisation_id)
    return store.frame("SELECT subject, name, role, added_at FROM members "
                       "WHERE organisation_id = ? ORDER BY subject", [organisation_id])


# --- the audit trail -------------------------------------------------------------------------


def write_audit(store: Store, organisation_id: int | None, subject: str, action: str,
                target: str, detail: str) -> None:
    if organisation_id is not None:
        _own(store.scope, organisation_id)
    store.write(lambda cur: scoping.audit(cur, store.scope, action, target, detail,
                                          organisation_id=organisation_id, subject=subject),
                any_role=True)


def audit_frame(store: Store, organisation_id: int) -> pd.DataFrame:
    _own(store.scope, organisation_id)
    return store.frame("SELECT \"at\", subject, action, target, detail FROM audit_log "
                       "WHERE organisation_id = ? ORDER BY \"at\" DESC, id DESC", [organisation_id])
