"""The store: a DuckDB file or a PostgreSQL database, a versioned schema, parameterised
queries only.

With DuckDB one process owns the file (DuckDB allows one writer); with PostgreSQL any
number of app servers and the CLI share the database (a pool of connections per
process, writes serialised by an advisory lock of the database). Threads and Streamlit
sessions each get their own cursor (`impactkaart.store.dialect` for the two engines). Every value from a user goes in as a bound
parameter or a registered DataFrame, never into SQL text. Saving a project is
one transaction: either all of it lands or none of it does.

This module holds the project tables and the `Store` API (`Store.write` is the
one way to write). Opening the file is in `connection`, the write lock in `lock`,
the migration runner in `migrations`; the areas with tables of their own
(scenarios, cases, workshop) keep their SQL and migrations in their store.py and
register with `migrations.register` and `register_project_rows`.
"""

from __future__ import annotations

import copy
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import pandas as pd

from impactkaart.accounts.scope import Scope, activate, deactivate
from impactkaart.core.model import Project, parse_project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.store import scoping
from impactkaart.store.connection import (  # noqa: F401 (DB_ENV, default_db_path: the store's API)
    DB_ENV,
    ConfigError,
    StoreError,
    check_readable,
    connect,
    connect_pg,
    default_db_path,
    default_location,
    shown_url,
    unreadable,
)
from impactkaart.store.dialect import (
    DUCKDB,
    POSTGRESQL,
    PgCursor,
    cell,
    frame_of,
    in_list,
    insert_rows,
    is_url,
    lock_key,
)
from impactkaart.store.lock import NO_LOCK, FairLock
from impactkaart.store.migrations import load_areas, migrate
from impactkaart.store.scoping import ProjectNotFound  # noqa: F401 (the store's API)

# Child tables of a project and their columns in the order of the dataclasses.
_CHILDREN = {
    "costs": ["year", "financier", "amount", "amount_ex_post"],
    "effects": [
        "outcome", "stakeholder", "sector", "quantity", "proxy", "proxy_source", "proxy_key",
        "start_year", "duration", "deadweight", "displacement", "attribution", "drop_off",
        "hours_per_unit", "quantity_ex_post", "transfer", "transfer_from",
        "deadweight_ex_post", "attribution_ex_post", "displacement_ex_post", "drop_off_ex_post",
        "basis", "proxy_price_year", "cohorts",  # cohorts: migration 10
        "measured_via",  # migration 7 (impactkaart/monitoring/store.py)
    ],
    "qualitative": ["outcome", "stakeholder", "direction", "strength"],
    "project_sectors": [
        "sector", "productive_hours_per_fte", "labour_cost_per_fte", "labour_share",
    ],
    "in_kind": ["label", "provider", "years", "hours", "value_per_hour", "amount", "source"],
}
_PROJECT_KEY = {"costs": "costs", "effects": "effects", "qualitative": "qualitative",
                "project_sectors": "sectors", "in_kind": "in_kind"}
# Columns holding an object (assumption -> text) as JSON text: the store keeps it whole,
# the model validates it.
_JSON_COLUMNS = {"basis", "cohorts"}  # cohorts: [{start_year, quantity}, …] (migration 10)
_PROJECT_COLUMNS = ["name", "project_type", "phase", "start_year", "years", "discount_rate",
                    "description", "participants_per_year", "acknowledged_warnings", "count_in_kind",
                    "price_year", "discount_convention"]
# Column lists of SQL text built once from the constant names above, never from values.
_PROJECT_INSERT = (f"INSERT INTO projects ({', '.join(_PROJECT_COLUMNS)}) "
                   f"VALUES ({', '.join(['?'] * len(_PROJECT_COLUMNS))}) RETURNING id")
_PROJECT_UPDATE = (f"UPDATE projects SET {', '.join(c + ' = ?' for c in _PROJECT_COLUMNS)}, "
                   "updated_at = current_timestamp WHERE id = ?")  # + the scope, RETURNING id
_PROJECT_INSERT_OWNED = (f"INSERT INTO projects ({', '.join(_PROJECT_COLUMNS)}, organisation_id) "
                         f"VALUES ({', '.join(['?'] * (len(_PROJECT_COLUMNS) + 1))}) RETURNING id")
_PROJECT_RESTORE = (f"INSERT INTO projects (id, {', '.join(_PROJECT_COLUMNS)}) "
                    f"VALUES ({', '.join(['?'] * (len(_PROJECT_COLUMNS) + 1))})")
_RANGE_COLUMNS = ["project_id", "effect_position", "assumption", "low", "high", "distribution",
                  "is_default"]
_PROJECT_TABLES = (*_CHILDREN, "assumption_ranges")  # everything deleted with a project
for _table in _PROJECT_TABLES:
    scoping.child(_table, "project_id", "projects")


def _range_rows(project_id: int, data: dict) -> list[list]:
    """The ranges of a project dict as rows of assumption_ranges (_RANGE_COLUMNS)."""
    def row(position, name, spec):
        return [project_id, position, name, float(spec["low"]), float(spec["high"]),
                spec["distribution"], bool(spec.get("default", False))]

    rows = [row(i, name, spec) for i, effect in enumerate(data.get("effects", []))
            for name, spec in effect.get("ranges", {}).items()]
    if data.get("discount_rate_range") is not None:
        rows.append(row(None, "discount_rate", data["discount_rate_range"]))
    return rows


def _attach_ranges(rows: list[tuple], data: dict) -> None:
    """Put assumption_ranges rows (position, assumption, low, high, distribution, default)
    back into a project dict, in the project-file shape."""
    for position, name, low, high, distribution, is_default in rows:
        spec = {"low": low, "high": high, "distribution": distribution}
        if is_default:
            spec["default"] = True
        if position is None:
            data["discount_rate_range"] = spec
        else:
            data["effects"][position].setdefault("ranges", {})[name] = spec


# A project's rows per table are few (its costs, its effects): one INSERT … VALUES (…), (…)
# costs a third of going through a pandas frame, and a save in a workshop room does this
# on every keystroke pause. Many rows (an unusual project) still go through a frame.
_FEW_ROWS = 50
_ROW_COLUMNS = {table: ["project_id", "position", *columns] for table, columns in _CHILDREN.items()}
_ROW_COLUMNS["assumption_ranges"] = _RANGE_COLUMNS
_INSERT_HEAD = {table: f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                for table, columns in _ROW_COLUMNS.items()}
_ONE_ROW = {table: f"({', '.join(['?'] * len(columns))})" for table, columns in _ROW_COLUMNS.items()}
_INSERT_FRAME = {table: f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"SELECT {', '.join(columns)} FROM incoming"
                 for table, columns in _ROW_COLUMNS.items()}


def _to_cell(column: str, value):
    return json.dumps(value, ensure_ascii=False) if column in _JSON_COLUMNS and value is not None else value


def _from_cell(column: str, value):
    return json.loads(value) if column in _JSON_COLUMNS and value is not None else value


def _write_children(cur, project_id: int, data: dict) -> None:
    """Insert the rows of a project dict (costs, effects, …, ranges) inside the caller's
    transaction."""
    rows_of = {table: [[project_id, i, *(_to_cell(c, r.get(c)) for c in columns)]
                       for i, r in enumerate(data.get(_PROJECT_KEY[table], []))]
               for table, columns in _CHILDREN.items()}
    rows_of["assumption_ranges"] = _range_rows(project_id, data)
    for table, rows in rows_of.items():
        if not rows:
            continue
        if len(rows) <= _FEW_ROWS or isinstance(cur, PgCursor):
            if isinstance(cur, PgCursor):
                insert_rows(cur, table, _ROW_COLUMNS[table], rows)
                continue
            statement = _INSERT_HEAD[table] + ", ".join([_ONE_ROW[table]] * len(rows))
            cur.execute(statement, [value for row in rows for value in row])
            continue
        frame = pd.DataFrame(rows, columns=_ROW_COLUMNS[table])
        if table == "assumption_ranges":
            frame = frame.astype({"effect_position": "Int64", "low": float, "high": float})
        cur.register("incoming", frame)
        cur.execute(_INSERT_FRAME[table])
        cur.unregister("incoming")


def _dialect(cur):
    return POSTGRESQL if isinstance(cur, PgCursor) else DUCKDB


def _extra_table_names(cur) -> list[str]:
    """Tables beside the projects, their rows, the reference copies and the schema version:
    those the areas' migrations add (scenarios, cases, workshops), found in the catalogue."""
    own = {"projects", "schema_version", *_PROJECT_TABLES}
    return [n for n in _dialect(cur).tables(cur) if not n.startswith("ref_") and n not in own]


T = TypeVar("T")
WRITE_RETRIES = 4  # conflicts retried inside Store.write before the user is told


def _rollback(cur) -> None:
    try:
        cur.execute("ROLLBACK")
    except Exception:  # noqa: BLE001
        pass  # the transaction (or the connection) was already gone (e.g. a failed COMMIT)


def write_project(cur, project: Project, project_id: int | None = None) -> int:
    """Insert (or replace, given an id) a project inside the caller's transaction
    (`Store.write`); return its id."""
    data = project.to_dict()
    values = [data.get(c, "" if c == "description" else None) for c in _PROJECT_COLUMNS]
    scope = scoping.active()
    if project_id is None and scope is None:
        project_id = cur.execute(_PROJECT_INSERT, values).fetchone()[0]
    elif project_id is None:  # a new project is the organisation's
        project_id = cur.execute(_PROJECT_INSERT_OWNED,
                                 [*values, scope.organisation_id]).fetchone()[0]
    else:
        extra, params = scoping.clause(scope, "projects")
        updated = cur.execute(f"{_PROJECT_UPDATE}{extra} RETURNING id",
                              [*values, project_id, *params]).fetchall()
        if not updated:
            raise ProjectNotFound(f"Project {project_id} bestaat niet (meer).")
        for table in _PROJECT_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE project_id = ?", [project_id])
    _write_children(cur, project_id, data)
    for saved in _SAVED:  # e.g. the version history (impactkaart/versions), same transaction
        saved(cur, int(project_id), data)
    return int(project_id)


# What hangs off a project in the tables of other areas (cases, scenario links): each area
# registers how to delete its rows of a project, so a deleted project leaves nothing behind
# in a back-up while the store knows none of those tables.
_PROJECT_ROWS: list[Callable[..., None]] = []


def register_project_rows(delete: Callable[..., None]) -> None:
    """``delete(cur, project_id)`` removes an area's rows of a project, inside the
    transaction that deletes the project (`delete_project_rows`)."""
    if delete not in _PROJECT_ROWS:
        _PROJECT_ROWS.append(delete)


# What runs inside every save of a project, after its rows are written: ``saved(cur,
# project_id, project_dict)``, registered by an area (the version history).
_SAVED: list[Callable[[duckdb.DuckDBPyConnection, int, dict], None]] = []


def register_saved(saved: Callable[[duckdb.DuckDBPyConnection, int, dict], None]) -> None:
    if saved not in _SAVED:
        _SAVED.append(saved)


def delete_project_rows(cur, project_id: int) -> None:
    """Delete a project and its rows, those of other areas included, inside the caller's
    transaction."""
    load_areas()  # every area has registered its rows (a no-op once imported)
    scoping.require_project(cur, project_id)  # another organisation's: not found
    for delete in _PROJECT_ROWS:
        delete(cur, project_id)
    for table in _PROJECT_TABLES:
        cur.execute(f"DELETE FROM {table} WHERE project_id = ?", [project_id])
    cur.execute("DELETE FROM projects WHERE id = ?", [project_id])


def _replace_all(cur, projects: list[tuple[int, Project]], extra: dict[str, pd.DataFrame]) -> None:
    names = _extra_table_names(cur)
    unknown = sorted(set(extra) - set(names))
    if unknown:
        raise StoreError(f"Onbekende tabel(len) in de back-up: {', '.join(unknown)}")
    for table in (*names, *_PROJECT_TABLES, "projects"):
        cur.execute(f"DELETE FROM {table}")
    for project_id, project in projects:
        data = project.to_dict()
        values = [data.get(c, "" if c == "description" else None) for c in _PROJECT_COLUMNS]
        cur.execute(_PROJECT_RESTORE, [project_id, *values])
        _write_children(cur, project_id, data)
    for table in names:  # table names from the catalogue, never from the file
        if table not in extra or extra[table].empty:
            continue
        known = _dialect(cur).columns(cur, table)
        columns = [c for c in known if c in extra[table].columns]
        if isinstance(cur, PgCursor):
            frame = extra[table][columns].astype(object)
            insert_rows(cur, table, columns, list(frame.itertuples(index=False, name=None)))
            continue
        cur.register("incoming", extra[table])
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"SELECT {', '.join(columns)} FROM incoming")
        cur.unregister("incoming")
    # New projects must get ids after the restored ones (a sequence only moves up).
    top = max((i for i, _ in projects), default=0)
    _dialect(cur).advance_sequence(cur, "project_id_seq", top)


def _replace_scoped(cur, scope: Scope, projects: list[tuple[int, Project]],
                    extra: dict[str, pd.DataFrame]) -> None:
    """A restore through a scoped store: the organisation's rows are replaced, nobody
    else's. Every row of the back-up must hang off a project, workshop or programme of the
    same back-up (else the restore stops, nothing written); ids another organisation
    uses make the insert fail on the key, so no other row is ever touched."""
    owned = scoping.owned()
    names = [n for n in _extra_table_names(cur) if n not in scoping.ACCOUNT_TABLES]
    unknown = sorted(set(extra) - set(names))
    if unknown:
        raise StoreError(f"Onbekende tabel(len) in de back-up: {', '.join(unknown)}")
    unregistered = sorted(n for n in names if n not in owned)
    if unregistered:
        raise RuntimeError(f"tables not registered in impactkaart.store.scoping: {unregistered}")
    keys: dict[str, set] = {"projects": {int(i) for i, _ in projects}}
    order = scoping.order_of(names)
    for table in order:
        frame = extra.get(table)
        spec = owned[table]
        if frame is None or frame.empty:
            keys.setdefault(table, set())
            continue
        if spec.parent is not None:
            if spec.column not in frame.columns:
                raise StoreError(f"Back-up: de tabel {table} mist de kolom {spec.column}.")
            parents = keys.get(spec.parent, set())
            stray = [v for v in frame[spec.column].tolist() if scoping.plain(v) not in parents]
            if stray:
                raise StoreError(
                    f"Back-up: {len(stray)} rij(en) van {table} horen bij niets in deze back-up "
                    f"({spec.column} {scoping.plain(stray[0])}); er is niets teruggezet.")
        for column, parent in scoping.references(table):
            if column in frame.columns:
                stray = [v for v in frame[column].tolist()
                         if scoping.plain(v) is not None and scoping.plain(v) not in keys.get(parent, set())]
                if stray:
                    raise StoreError(
                        f"Back-up: {table}.{column} {scoping.plain(stray[0])} wijst naar iets "
                        "buiten deze back-up; er is niets teruggezet.")
        if "id" in frame.columns:
            keys[table] = {scoping.plain(v) for v in frame["id"].tolist()}
    # An id of the back-up that another organisation uses: refused before anything is written.
    for table, ids in [("projects", keys["projects"]),
                       *[(t, keys[t]) for t in order if t in extra and "id" in extra[t].columns]]:
        if not ids:
            continue
        condition, params = scoping.condition(scope, table)
        listed = sorted(ids, key=str)
        taken = cur.execute(f"SELECT count(*) FROM {table} WHERE {in_list('id', len(listed))} "
                            f"AND NOT coalesce(({condition}), FALSE)", [*listed, *params]).fetchone()[0]
        if taken:
            raise StoreError(f"Back-up: {taken} id('s) van {table} zijn in deze database al in "
                             "gebruik; er is niets teruggezet. Een back-up van een andere "
                             "organisatie of database kan hier niet terug.")
    # The organisation's rows out, deepest first (a row's condition reads its parents).
    for table in reversed(scoping.order_of([*names, *_PROJECT_TABLES, "projects"])):
        condition, params = scoping.condition(scope, table)
        cur.execute(f"DELETE FROM {table} WHERE {condition}", params)
    for project_id, project in projects:
        data = project.to_dict()
        values = [data.get(c, "" if c == "description" else None) for c in _PROJECT_COLUMNS]
        cur.execute(_PROJECT_RESTORE, [project_id, *values])
        cur.execute("UPDATE projects SET organisation_id = ? WHERE id = ?",
                    [scope.organisation_id, project_id])
        _write_children(cur, project_id, data)
    for table in order:
        frame = extra.get(table)
        if frame is None or frame.empty:
            continue
        if owned[table].parent is None:  # a root row is the restoring organisation's
            frame = frame.assign(organisation_id=scope.organisation_id)
        known = _dialect(cur).columns(cur, table)
        columns = [c for c in known if c in frame.columns]
        if isinstance(cur, PgCursor):
            cells = frame[columns].astype(object)
            insert_rows(cur, table, columns, list(cells.itertuples(index=False, name=None)))
            continue
        cur.register("incoming", frame)
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"SELECT {', '.join(columns)} FROM incoming")
        cur.unregister("incoming")
    top = max((i for i, _ in projects), default=0)
    _dialect(cur).advance_sequence(cur, "project_id_seq", top)
    scoping.audit(cur, scope, "restore", f"{len(projects)} projecten")


def _retryable() -> tuple[type[BaseException], ...]:
    """Errors of a write that a fresh transaction may not meet again (conflicts)."""
    kinds: list[type[BaseException]] = [duckdb.TransactionException]
    try:
        import psycopg
    except ImportError:
        return tuple(kinds)
    return (*kinds, psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)


_PG_TYPES = {"b": "BOOLEAN", "i": "BIGINT", "u": "BIGINT", "f": "DOUBLE PRECISION"}


def _pg_reference_tables(cur, tables: dict[str, pd.DataFrame]) -> None:
    """The ref_* tables on PostgreSQL: dropped and made again from the frames, in one
    transaction (CREATE OR REPLACE TABLE … AS SELECT FROM a frame is DuckDB's)."""
    cur.execute("BEGIN TRANSACTION")
    try:
        for name, frame in tables.items():
            columns = [str(c) for c in frame.columns]
            types = [_PG_TYPES.get(frame[c].dtype.kind, "TEXT") for c in frame.columns]
            cur.execute(f"DROP TABLE IF EXISTS {name}")
            definition = ", ".join(f'"{c}" {t}' for c, t in zip(columns, types))
            cur.execute(f"CREATE TABLE {name} ({definition})")
            rows = [[None if v is None else (v if t != "TEXT" else str(v)) for v, t in
                     zip((cell(x) for x in row), types)]
                    for row in frame.itertuples(index=False, name=None)]
            insert_rows(cur, name, [f'"{c}"' for c in columns], rows)
        cur.execute("COMMIT")
    except BaseException:
        _rollback(cur)
        raise


BACKUP_ENV = "IMPACTKAART_BACKUP_DIR"


def backup_folder() -> Path:
    """Where a PostgreSQL store keeps its automatic back-ups (before a restore): the folder
    IMPACTKAART_BACKUP_DIR, else the user's data folder. (DuckDB: next to the file.)"""
    import os

    import platformdirs

    configured = os.environ.get(BACKUP_ENV)
    folder = Path(configured) if configured else (
        Path(platformdirs.user_data_dir("impactkaart", appauthor=False)) / "backups")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Store:
    """A DuckDB file (a path) or a PostgreSQL database (a ``postgresql://`` URL) with
    Impactkaart projects and the reference tables.

    ``scope`` None (the laptop, the CLI without organisations): every row. A store made by
    `scoped` is a view on the same connection or pool, limited to one organisation."""

    scope: Scope | None = None

    def scoped(self, scope: Scope | None) -> Store:
        """A view of this store limited to ``scope`` (None: unscoped): the same connection
        or pool and write lock, so cheap enough to make on every run of a page. Closing
        either closes the connection of both."""
        view = copy.copy(self)
        view.scope = scope
        return view

    def __init__(self, path: str | Path | None = None, reference: Reference | None = None,
                 pool_size: int = 10):
        location = default_location() if path is None else path
        self.reference = reference or default_reference()
        self._write_lock = FairLock()  # one write transaction at a time per process (see write)
        self.serialise_writes = True  # False only to measure the alternative (bench/)
        if is_url(location):
            self._open_pg(str(location), pool_size)
            return
        self.dialect = DUCKDB
        self.url = None
        self.path = Path(location)
        self.backup_folder = self.path.parent  # automatic back-ups before a restore
        self._pool = None
        self._con = connect(self.path)
        try:
            cur = self.cursor()
            try:
                check_readable(cur)  # before anything is written to the file
                migrate(cur, self.path)
            finally:
                cur.close()
            self._load_reference_tables()
        except duckdb.Error as exc:
            self._con.close()
            raise StoreError(unreadable(self.path, exc)) from exc
        except StoreError:
            self._con.close()
            raise
        # From here on this connection cannot touch any other file (read_csv, COPY … TO,
        # ATTACH, extensions): whatever reaches SQL, it cannot read or leak the disk.
        self._con.execute("SET enable_external_access = false")

    def _open_pg(self, url: str, pool_size: int) -> None:
        """Connect, check and migrate a PostgreSQL database. Several servers may start at
        once: the first takes the migration lock (a session advisory lock), the others
        wait for it and then find the schema up to date."""
        self.dialect = POSTGRESQL
        self.url = url
        self.path = shown_url(url)  # for messages; never holds the password
        self.backup_folder = backup_folder()
        self._con = None
        self._pool = connect_pg(url, max_size=pool_size)
        import psycopg  # installed: connect_pg said so otherwise

        try:
            cur = self.cursor()
            try:
                schema = cur.execute("SELECT current_schema()").fetchone()[0]
                if schema is None:
                    raise ConfigError(f"De PostgreSQL-database {self.path} heeft geen schema om "
                                      "in te schrijven (search_path). Er is niets opgeslagen.")
                self._lock_key = lock_key("write", schema)
                migration_key = lock_key("migrate", schema)
                cur.execute("SELECT pg_advisory_lock(?)", [migration_key])
                try:
                    check_readable(cur, POSTGRESQL)
                    migrate(cur, self.path, POSTGRESQL)
                    self._load_reference_tables(cur)
                finally:
                    cur.execute("SELECT pg_advisory_unlock(?)", [migration_key])
            finally:
                cur.close()
        except StoreError:
            self._pool.close()
            raise
        except psycopg.Error as exc:
            self._pool.close()
            raise StoreError(f"De PostgreSQL-database {self.path} gaf een fout bij het openen: "
                             f"{str(exc).splitlines()[0][:200]}. Er is niets opgeslagen.") from exc

    # --- connection management ---------------------------------------------------
    def cursor(self):
        """A cursor of its own for one thread or session (PostgreSQL: a connection of the
        pool, until `close`); ``execute(sql, params).fetchall()`` on both engines."""
        if self._pool is not None:
            return PgCursor(self._pool)
        return self._con.cursor()

    def frame(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """A query's result as a DataFrame (built from fetchall on PostgreSQL)."""
        cur = self.cursor()
        try:
            return frame_of(cur, sql, params)
        finally:
            cur.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        else:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _reference_frames(self) -> dict[str, pd.DataFrame]:
        ref = self.reference
        return {
            "ref_parameters": ref.parameters,
            "ref_sectors": ref.sectors,
            "ref_sector_figures": ref.sector_figure_table,
            "ref_proxies": ref.proxies,
            "ref_project_types": ref.project_types,
            "ref_reference_effects": ref.reference_effects,
        }

    def _load_reference_tables(self, pg_cur=None) -> None:
        """Copy data/ into ref_* tables, so SQL users see the same sourced figures."""
        tables = self._reference_frames()
        if pg_cur is not None:  # PostgreSQL: under the migration lock, in one transaction
            _pg_reference_tables(pg_cur, tables)
            return
        cur = self.cursor()
        cur.execute("BEGIN TRANSACTION")
        try:
            for name, frame in tables.items():
                cur.register("incoming", frame)
                # Table names are our own constants above, never user input.
                cur.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM incoming")
                cur.unregister("incoming")
            cur.execute("COMMIT")
        except Exception:
            cur.execute("ROLLBACK")
            raise

    # --- writing ----------------------------------------------------------------------
    def write(self, work: Callable[..., T], *, any_role: bool = False) -> T:
        """Run ``work(cursor)`` as one transaction and return its result.

        Through a scoped store (`scoped`) the write needs a role that can edit
        (`NotAllowed` otherwise; ``any_role`` only for what a reader may record too: the
        audit trail, a comment through a share link that allows them), and the scope is
        active while ``work`` runs (`impactkaart.accounts.scope.active`), so the functions
        that get only the cursor limit what they touch to the organisation.

        Every write of this process goes through here, one at a time (a lock): DuckDB
        lets concurrent transactions of one connection conflict on the same rows
        ("Conflict on tuple deletion") and fails the later one; serialised, they cannot
        (bench/workshop_store.py measures both ways). On PostgreSQL the lock is also the
        database's: the transaction first takes an advisory lock of the schema
        (``pg_advisory_xact_lock``), so the writes of every app server and the CLI run
        one after another and a read-modify-write never loses another's update. A
        conflict that still happens is retried a few times on a fresh transaction, so
        ``work`` must only touch the database. Any other error rolls back and is raised:
        nothing is half written.
        """
        if not any_role:
            scoping.check_edit(self.scope)
        token = activate(self.scope)
        try:
            return self._write(work)
        finally:
            deactivate(token)

    def _write(self, work: Callable[..., T]) -> T:
        retry = _retryable()
        for attempt in range(WRITE_RETRIES + 1):
            lock = self._write_lock if self.serialise_writes else NO_LOCK
            with lock:
                cur = self.cursor()
                try:
                    cur.execute("BEGIN TRANSACTION")
                    if self._pool is not None and self.serialise_writes:
                        cur.execute("SELECT pg_advisory_xact_lock(?)", [self._lock_key])
                    result = work(cur)
                    cur.execute("COMMIT")
                    return result
                except retry:
                    _rollback(cur)
                    if attempt == WRITE_RETRIES:
                        raise StoreError(
                            "De database was te druk bezig: de wijziging is niet opgeslagen. "
                            "Probeer het zo opnieuw.") from None
                except BaseException as exc:
                    _rollback(cur)
                    if "cannot contain NUL" in str(exc):  # PostgreSQL's text type
                        raise StoreError(
                            "Een tekst bevat een NUL-teken (\\x00), dat PostgreSQL niet kan "
                            "bewaren: er is niets opgeslagen. Haal het teken weg.") from None
                    raise
                finally:
                    cur.close()
            time.sleep(random.uniform(0, 0.002 * 2 ** attempt))  # apart, then again
        raise AssertionError("unreachable")

    # --- projects -------------------------------------------------------------------
    def save_project(self, project: Project, project_id: int | None = None) -> int:
        """Insert (or replace, given an id) a project in one transaction; return its id."""
        return self.write(lambda cur: write_project(cur, project, project_id))

    def save_if_empty(self, projects: list[Project]) -> bool:
        """Save these projects only when the store holds none, checked inside the same
        write (so servers starting together save them once); True when saved."""
        extra, params = scoping.clause(self.scope, "projects", joiner="WHERE")

        def work(cur) -> bool:
            if cur.execute(f"SELECT count(*) FROM projects{extra}", params).fetchone()[0]:
                return False
            for project in projects:
                write_project(cur, project)
            return True

        return self.write(work)

    # --- backup and restore (impactkaart/store/backup.py) ----------------------------------------
    def extra_tables(self) -> dict[str, pd.DataFrame]:
        """Rows of the tables that migrations added beside the projects (e.g. scenarios),
        by name; they go into a backup as they are."""
        cur = self.cursor()
        try:
            names = _extra_table_names(cur)
        finally:
            cur.close()
        if self.scope is None:
            return {table: self.frame(f"SELECT * FROM {table}") for table in names}
        tables = {}
        for table in names:  # only the organisation's rows, never the accounts' tables
            if table in scoping.ACCOUNT_TABLES:
                continue
            extra, params = scoping.clause(self.scope, table, joiner="WHERE")
            tables[table] = self.frame(f"SELECT * FROM {table}{extra}", params)
        return tables

    def replace_all(self, projects: list[tuple[int, Project]],
                    extra: dict[str, pd.DataFrame] | None = None) -> None:
        """Replace every project (keeping the given ids) and the rows of the extra tables,
        in one transaction: a restore lands completely or not at all."""
        if self.scope is None:
            self.write(lambda cur: _replace_all(cur, projects, extra or {}))
            return
        scope = self.scope
        self.write(lambda cur: _replace_scoped(cur, scope, projects, extra or {}))

    def load_project(self, project_id: int) -> Project:
        projects = self._load([project_id])
        if not projects:
            raise ProjectNotFound(f"Project {project_id} bestaat niet (meer).")
        return projects[0][1]

    def _load(self, project_ids: list[int] | None) -> list[tuple[int, Project]]:
        """Projects by id (None: all), with one query per table whatever their number."""
        # The ids are bound as one list parameter (NULL: all): no SQL text is built from
        # values, and a portfolio of hundreds loads in a handful of queries.
        ids = None if project_ids is None else [int(i) for i in project_ids]
        if self.scope is not None:  # the organisation's ids first; then as unscoped, by id
            ids = self._ids_in_scope(ids)
            if not ids:
                return []
        params = [] if ids is None else ids

        def where(column: str) -> str:
            return "" if ids is None else f"WHERE {in_list(column, len(ids))} "

        order = self.dialect.insertion_order  # the order the ranges were saved in

        cur = self.cursor()
        try:
            data: dict[int, dict] = {}
            for row in cur.execute(
                f"SELECT id, {', '.join(_PROJECT_COLUMNS)} FROM projects "
                f"{where('id')}ORDER BY id",
                params,
            ).fetchall():
                # NULL: a field the project leaves out (or a project older than the field).
                item = {c: v for c, v in zip(_PROJECT_COLUMNS, row[1:]) if v is not None}
                data[row[0]] = item | {key: [] for key in _PROJECT_KEY.values()}
            for table, columns in _CHILDREN.items():
                for row in cur.execute(
                    f"SELECT project_id, {', '.join(columns)} FROM {table} "
                    f"{where('project_id')}ORDER BY project_id, position",
                    params,
                ).fetchall():
                    if row[0] in data:
                        data[row[0]][_PROJECT_KEY[table]].append(
                            {c: _from_cell(c, v) for c, v in zip(columns, row[1:])
                             if v is not None or c == "sector"}
                        )
            ranges: dict[int, list[tuple]] = {}
            for row in cur.execute(
                "SELECT project_id, effect_position, assumption, low, high, distribution, "
                f"is_default FROM assumption_ranges {where('project_id')}"
                f"ORDER BY project_id, effect_position NULLS FIRST, {order}",
                params,
            ).fetchall():
                ranges.setdefault(row[0], []).append(row[1:])
        finally:
            cur.close()
        for project_id, rows in ranges.items():
            if project_id in data:
                _attach_ranges(rows, data[project_id])
        return [(pid, parse_project(item, self.reference)) for pid, item in data.items()]

    def _ids_in_scope(self, ids: list[int] | None) -> list[int]:
        """Of these ids (None: all) those of the scope's organisation, in id order."""
        extra, params = scoping.clause(self.scope, "projects")
        chosen = "" if ids is None else f" AND {in_list('id', len(ids))}"
        cur = self.cursor()
        try:
            rows = cur.execute(f"SELECT id FROM projects WHERE TRUE{extra}{chosen} ORDER BY id",
                               [*params, *(ids or [])]).fetchall()
        finally:
            cur.close()
        return [int(r[0]) for r in rows]

    def list_projects(self) -> pd.DataFrame:
        extra, params = scoping.clause(self.scope, "projects", joiner="WHERE")
        return self.frame("SELECT id, name, project_type, phase, years, updated_at "
                          f"FROM projects{extra} ORDER BY id", params)

    def find_project(self, name: str) -> int | None:
        extra, params = scoping.clause(self.scope, "projects")
        cur = self.cursor()
        try:
            row = cur.execute(
                f"SELECT min(id) FROM projects WHERE name = ?{extra}", [name, *params]
            ).fetchone()
        finally:
            cur.close()
        return None if row[0] is None else int(row[0])

    def delete_project(self, project_id: int) -> None:
        scope = self.scope

        def work(cur) -> None:
            delete_project_rows(cur, project_id)
            scoping.audit(cur, scope, "delete", f"project {int(project_id)}")

        self.write(work)

    def load_projects(self, project_ids: list[int]) -> list[tuple[int, Project]]:
        """(id, project) of these ids that exist, in id order, in one query per table."""
        return self._load(list(project_ids))

    def load_all(self) -> list[tuple[int, Project]]:
        return self._load(None)
