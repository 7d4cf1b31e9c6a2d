"""The DuckDB store: one file, a versioned schema, parameterised queries only.

One process owns the file (DuckDB allows one writer); threads and Streamlit
sessions each get their own cursor. Every value from a user goes in as a bound
parameter or a registered DataFrame, never into SQL text. Saving a project is
one transaction: either all of it lands or none of it does.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import pandas as pd
import platformdirs

from impactkaart.core.model import Project, parse_project
from impactkaart.core.reference import Reference, default_reference

DB_ENV = "IMPACTKAART_DB"

# Each migration is (version, statements). Never edit a released migration:
# add a new one, so that existing files upgrade in place.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            "CREATE SEQUENCE project_id_seq START 1",
            """CREATE TABLE projects (
                id INTEGER PRIMARY KEY DEFAULT nextval('project_id_seq'),
                name VARCHAR NOT NULL,
                project_type VARCHAR NOT NULL,
                phase VARCHAR NOT NULL,
                start_year INTEGER,
                years INTEGER NOT NULL,
                discount_rate DOUBLE NOT NULL,
                description VARCHAR NOT NULL DEFAULT '',
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
            """CREATE TABLE costs (
                project_id INTEGER NOT NULL, position INTEGER NOT NULL,
                year INTEGER NOT NULL, financier VARCHAR NOT NULL, amount DOUBLE NOT NULL,
                PRIMARY KEY (project_id, position))""",
            """CREATE TABLE effects (
                project_id INTEGER NOT NULL, position INTEGER NOT NULL,
                outcome VARCHAR NOT NULL, stakeholder VARCHAR NOT NULL, sector VARCHAR,
                quantity DOUBLE NOT NULL, proxy DOUBLE NOT NULL,
                proxy_source VARCHAR NOT NULL, proxy_key VARCHAR,
                start_year INTEGER NOT NULL, duration INTEGER NOT NULL,
                deadweight DOUBLE NOT NULL, displacement DOUBLE NOT NULL,
                attribution DOUBLE NOT NULL, drop_off DOUBLE NOT NULL,
                hours_per_unit DOUBLE, quantity_ex_post DOUBLE,
                PRIMARY KEY (project_id, position))""",
            """CREATE TABLE qualitative (
                project_id INTEGER NOT NULL, position INTEGER NOT NULL,
                outcome VARCHAR NOT NULL, stakeholder VARCHAR NOT NULL,
                direction VARCHAR NOT NULL, strength INTEGER NOT NULL,
                PRIMARY KEY (project_id, position))""",
            """CREATE TABLE project_sectors (
                project_id INTEGER NOT NULL, position INTEGER NOT NULL, sector VARCHAR NOT NULL,
                productive_hours_per_fte DOUBLE NOT NULL, labour_cost_per_fte DOUBLE NOT NULL,
                labour_share DOUBLE NOT NULL,
                PRIMARY KEY (project_id, position))""",
        ],
    ),
    (
        2,
        [
            # Uncertainty ranges (docs/project-format.md, "Ranges"): one row per assumption.
            # effect_position NULL: a project-level assumption (the discount rate).
            """CREATE TABLE assumption_ranges (
                project_id INTEGER NOT NULL, effect_position INTEGER,
                assumption VARCHAR NOT NULL, low DOUBLE NOT NULL, high DOUBLE NOT NULL,
                distribution VARCHAR NOT NULL, is_default BOOLEAN NOT NULL,
                UNIQUE (project_id, effect_position, assumption))""",
        ],
    ),
    (
        3,
        [
            # Scenarios (impactkaart/scenarios/copies.py): a project copied from another, with a label.
            # Readers join on projects, so a link to a deleted project is simply not shown.
            """CREATE TABLE scenarios (
                project_id INTEGER PRIMARY KEY, scenario_of INTEGER NOT NULL,
                label VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
        ],
    ),
    (
        4,
        [
            # Cases (impactkaart/cases/model.py, case_store.py): pseudonymous, a code per project.
            # Ids without a sequence (max + 1): a restored back-up never collides with new ones.
            """CREATE TABLE cases (
                id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, code VARCHAR NOT NULL,
                target_group VARCHAR NOT NULL DEFAULT '', own_words VARCHAR NOT NULL DEFAULT '',
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                UNIQUE (project_id, code))""",
            """CREATE TABLE case_periods (
                case_id INTEGER NOT NULL, period INTEGER NOT NULL, label VARCHAR NOT NULL,
                PRIMARY KEY (case_id, period))""",
            """CREATE TABLE case_values (
                case_id INTEGER NOT NULL, period INTEGER NOT NULL, item VARCHAR NOT NULL,
                value DOUBLE NOT NULL, PRIMARY KEY (case_id, period, item))""",
            # Per case and item: a risk's size and the work session's assessment.
            """CREATE TABLE case_items (
                case_id INTEGER NOT NULL, item VARCHAR NOT NULL, size DOUBLE, share DOUBLE,
                reason VARCHAR NOT NULL DEFAULT '', consensus BOOLEAN NOT NULL DEFAULT false,
                PRIMARY KEY (case_id, item))""",
            """CREATE TABLE case_investments (
                case_id INTEGER NOT NULL, financier VARCHAR NOT NULL, amount DOUBLE NOT NULL,
                PRIMARY KEY (case_id, financier))""",
        ],
    ),
    (
        5,
        [
            # Workshops (impactkaart/workshop/rooms.py). Random text ids, no sequences: a restore
            # (replace_all) keeps them and new ones can never collide with restored ones.
            # Codes and tokens are stored only as hashes.
            """CREATE TABLE workshops (
                id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, held_on DATE NOT NULL,
                join_code VARCHAR NOT NULL UNIQUE, facilitator_hash VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                expires_at TIMESTAMP NOT NULL)""",
            # One attendee's (or team's) workspace; `version` counts its writes.
            """CREATE TABLE workspaces (
                id VARCHAR PRIMARY KEY, workshop_id VARCHAR NOT NULL,
                attendee VARCHAR NOT NULL, token_hash VARCHAR NOT NULL UNIQUE,
                project_id INTEGER, version INTEGER NOT NULL DEFAULT 0,
                created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
            # The rows of a design (project, cost, stakeholder, outcome) …
            """CREATE TABLE workspace_items (
                workspace_id VARCHAR NOT NULL, item_id VARCHAR NOT NULL,
                kind VARCHAR NOT NULL, parent_id VARCHAR, position INTEGER NOT NULL,
                PRIMARY KEY (workspace_id, item_id))""",
            # … and their fields, one row each (JSON value), so that a save touches one
            # field: two people in one workspace never overwrite each other's other fields.
            """CREATE TABLE workspace_fields (
                workspace_id VARCHAR NOT NULL, item_id VARCHAR NOT NULL,
                field VARCHAR NOT NULL, value VARCHAR, version INTEGER NOT NULL,
                updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                PRIMARY KEY (workspace_id, item_id, field))""",
        ],
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

# Child tables of a project and their columns in the order of the dataclasses.
_CHILDREN = {
    "costs": ["year", "financier", "amount"],
    "effects": [
        "outcome", "stakeholder", "sector", "quantity", "proxy", "proxy_source", "proxy_key",
        "start_year", "duration", "deadweight", "displacement", "attribution", "drop_off",
        "hours_per_unit", "quantity_ex_post",
    ],
    "qualitative": ["outcome", "stakeholder", "direction", "strength"],
    "project_sectors": [
        "sector", "productive_hours_per_fte", "labour_cost_per_fte", "labour_share",
    ],
}
_PROJECT_KEY = {"costs": "costs", "effects": "effects", "qualitative": "qualitative",
                "project_sectors": "sectors"}
_PROJECT_COLUMNS = ["name", "project_type", "phase", "start_year", "years", "discount_rate",
                    "description"]
_RANGE_COLUMNS = ["project_id", "effect_position", "assumption", "low", "high", "distribution",
                  "is_default"]
_PROJECT_TABLES = (*_CHILDREN, "assumption_ranges")  # everything deleted with a project


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


_CHECKED_KEYS = 5_000  # ids looked up when a file is opened (see Store._check_readable)


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


def _write_children(cur, project_id: int, data: dict) -> None:
    """Insert the rows of a project dict (costs, effects, …, ranges) inside the caller's
    transaction."""
    rows_of = {table: [[project_id, i, *(r.get(c) for c in columns)]
                       for i, r in enumerate(data.get(_PROJECT_KEY[table], []))]
               for table, columns in _CHILDREN.items()}
    rows_of["assumption_ranges"] = _range_rows(project_id, data)
    for table, rows in rows_of.items():
        if not rows:
            continue
        if len(rows) <= _FEW_ROWS:
            insert_rows = _INSERT_HEAD[table] + ", ".join([_ONE_ROW[table]] * len(rows))
            cur.execute(insert_rows, [value for row in rows for value in row])
            continue
        frame = pd.DataFrame(rows, columns=_ROW_COLUMNS[table])
        if table == "assumption_ranges":
            frame = frame.astype({"effect_position": "Int64", "low": float, "high": float})
        cur.register("incoming", frame)
        cur.execute(_INSERT_FRAME[table])
        cur.unregister("incoming")


def _extra_table_names(cur) -> list[str]:
    """Tables beside the projects, their rows, the reference copies and the schema version:
    those that later migrations add (such as scenarios)."""
    own = {"projects", "schema_version", *_PROJECT_TABLES}
    names = cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND NOT starts_with(table_name, 'ref_') ORDER BY table_name"
    ).fetchall()
    return [n[0] for n in names if n[0] not in own]


T = TypeVar("T")
WRITE_RETRIES = 4  # conflicts retried inside Store.write before the user is told


class _FairLock:
    """A re-entrant lock that lets waiting threads in first come, first served: with a room
    of writers, a plain lock can let one wait seconds while others keep cutting in."""

    def __init__(self) -> None:
        self._turn = threading.Condition()
        self._next = self._serving = 0
        self._owner: int | None = None
        self._depth = 0
        self._gave_up: set[int] = set()  # tickets of threads that stopped waiting

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._turn:
            if self._owner == me:
                self._depth += 1
                return
            ticket = self._next
            self._next += 1
            try:
                while ticket != self._serving:
                    self._turn.wait()
            except BaseException:  # interrupted while waiting: never hold up those behind
                self._gave_up.add(ticket)
                self._advance()
                raise
            self._owner, self._depth = me, 1

    def __exit__(self, *exc) -> None:
        with self._turn:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._serving += 1
                self._advance()

    def _advance(self) -> None:
        if self._owner is None:
            while self._serving in self._gave_up:
                self._gave_up.discard(self._serving)
                self._serving += 1
        self._turn.notify_all()


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


_NO_LOCK = _NoLock()


def _rollback(cur) -> None:
    try:
        cur.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the transaction was already gone (e.g. a failed COMMIT)


def write_project(cur, project: Project, project_id: int | None = None) -> int:
    """Insert (or replace, given an id) a project inside the caller's transaction
    (`Store.write`); return its id."""
    data = project.to_dict()
    values = [data.get(c, "" if c == "description" else None) for c in _PROJECT_COLUMNS]
    if project_id is None:
        project_id = cur.execute(
            "INSERT INTO projects (name, project_type, phase, start_year, years, "
            "discount_rate, description) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            values,
        ).fetchone()[0]
    else:
        updated = cur.execute(
            "UPDATE projects SET name = ?, project_type = ?, phase = ?, start_year = ?, "
            "years = ?, discount_rate = ?, description = ?, updated_at = current_timestamp "
            "WHERE id = ? RETURNING id",
            [*values, project_id],
        ).fetchall()
        if not updated:
            raise ProjectNotFound(f"Project {project_id} bestaat niet (meer).")
        for table in _PROJECT_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE project_id = ?", [project_id])
    _write_children(cur, project_id, data)
    return int(project_id)


# What hangs off a project in tables that later migrations added (each statement takes
# the project id twice): a deleted project must not leave its cases behind in a back-up.
_DEPENDENT_DELETES = [
    *(
        f"DELETE FROM {table} WHERE case_id IN "
        "(SELECT id FROM cases WHERE project_id = ? OR project_id = ?)"
        for table in ("case_periods", "case_values", "case_items", "case_investments")
    ),
    "DELETE FROM cases WHERE project_id = ? OR project_id = ?",
    # A deleted base leaves its scenarios as ordinary projects.
    "DELETE FROM scenarios WHERE project_id = ? OR scenario_of = ?",
]


def delete_project_rows(cur, project_id: int) -> None:
    """Delete a project and its rows inside the caller's transaction."""
    for statement in _DEPENDENT_DELETES:
        cur.execute(statement, [project_id, project_id])
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
        cur.execute(
            "INSERT INTO projects (id, name, project_type, phase, start_year, years, "
            "discount_rate, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [project_id, *values],
        )
        _write_children(cur, project_id, data)
    for table in names:  # table names from the catalogue, never from the file
        if table not in extra or extra[table].empty:
            continue
        known = [r[0] for r in cur.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
            "AND database_name = current_database() ORDER BY column_index", [table]
        ).fetchall()]
        columns = [c for c in known if c in extra[table].columns]
        cur.register("incoming", extra[table])
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"SELECT {', '.join(columns)} FROM incoming")
        cur.unregister("incoming")
    # New projects must get ids after the restored ones (a sequence only moves up).
    top = max((i for i, _ in projects), default=0)
    current = cur.execute("SELECT nextval('project_id_seq')").fetchone()[0]
    if current < top:
        cur.execute("SELECT max(nextval('project_id_seq')) FROM range(?)", [top - current])


class StoreError(RuntimeError):
    """A problem with the database file, in words for the user."""


class ProjectNotFound(StoreError):
    pass


def _unreadable(path: Path, exc: Exception) -> str:
    """Why a database file cannot be opened, and what to do; the file is never touched."""
    text = str(exc)
    if "version" in text.lower():  # DuckDB: "…database file with version number …"
        why = "het is gemaakt met een nieuwere versie van DuckDB/Impactkaart; werk Impactkaart bij"
    else:
        why = f"het is beschadigd of geen database ({text.splitlines()[0][:200]})"
    return (f"Het bestand {path} is geen leesbare Impactkaart-database: {why}. Het bestand is "
            "niet aangeraakt. Verplaats het en zet zo nodig een back-up terug "
            "(impactkaart restore BACKUP).")


def default_db_path() -> Path:
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir("impactkaart", appauthor=False)) / "impactkaart.duckdb"


class Store:
    """A DuckDB file with Impactkaart projects and the reference tables."""

    def __init__(self, path: str | Path | None = None, reference: Reference | None = None):
        self.path = Path(path) if path is not None else default_db_path()
        self.reference = reference or default_reference()
        self._write_lock = _FairLock()  # one write transaction at a time (see write)
        self.serialise_writes = True  # False only to measure the alternative (bench/)
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(str(self.path))
        except duckdb.IOException as exc:
            # DuckDB: 'Could not set lock on file "…": Conflicting lock is held …'. Match its
            # words, not just "lock", which a path may contain (…/block/…).
            if "conflicting lock" in str(exc).lower() or "set lock on file" in str(exc).lower():
                raise StoreError(
                    f"De database {self.path} is in gebruik door een ander programma "
                    "(bijvoorbeeld een draaiende Impactkaart-app). Sluit dat eerst af."
                ) from exc
            raise StoreError(_unreadable(self.path, exc)) from exc
        except duckdb.Error as exc:
            raise StoreError(_unreadable(self.path, exc)) from exc
        try:
            self._check_readable()  # before anything is written to the file
            self._migrate()
            self._load_reference_tables()
        except duckdb.Error as exc:
            self._con.close()
            raise StoreError(_unreadable(self.path, exc)) from exc
        except StoreError:
            self._con.close()
            raise
        # From here on this connection cannot touch any other file (read_csv, COPY … TO,
        # ATTACH, extensions): whatever reaches SQL, it cannot read or leak the disk.
        self._con.execute("SET enable_external_access = false")

    # --- connection management ---------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one thread or session."""
        return self._con.cursor()

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_readable(self) -> None:
        """Read every stored row, and look up every id through its index, once: a damaged
        block fails here, while the file is still untouched, instead of later in the middle
        of a page (DuckDB checks a block's checksum when it reads it). Impactkaart databases
        are small, so this costs milliseconds; ids past _CHECKED_KEYS are not looked up."""
        cur = self.cursor()
        try:
            for table in [r[0] for r in cur.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
                "AND NOT starts_with(table_name, 'ref_')"
            ).fetchall()]:
                cur.execute(f"SELECT * FROM {table}").fetchall()
            # A lookup such as projects.id = ? reads the primary-key index, stored apart.
            for table, key in cur.execute(
                "SELECT table_name, constraint_column_names[1] FROM duckdb_constraints() "
                "WHERE constraint_type = 'PRIMARY KEY' AND len(constraint_column_names) = 1 "
                "AND database_name = current_database()"
            ).fetchall():
                values = cur.execute(f"SELECT {key} FROM {table} LIMIT {_CHECKED_KEYS}").fetchall()
                for (value,) in values:
                    cur.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", [value]).fetchall()
        finally:
            cur.close()

    def _migrate(self) -> None:
        cur = self.cursor()
        tables = {r[0] for r in cur.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()}
        if tables and "schema_version" not in tables:
            raise StoreError(
                f"Het bestand {self.path} is een DuckDB-database van een ander programma, geen "
                "Impactkaart-database. Het bestand is niet aangeraakt; kies een ander bestand."
            )
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        current = cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"De database {self.path} komt uit een nieuwere versie van Impactkaart "
                f"(schemaversie {current}, deze versie kent t/m {SCHEMA_VERSION}). "
                "Werk Impactkaart bij; het bestand is niet aangeraakt."
            )
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            cur.execute("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    cur.execute(statement)
                cur.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
                cur.execute("COMMIT")
            except Exception:
                cur.execute("ROLLBACK")
                raise

    def _load_reference_tables(self) -> None:
        """Copy data/ into ref_* tables, so SQL users see the same sourced figures."""
        ref = self.reference
        tables = {
            "ref_parameters": ref.parameters,
            "ref_sectors": ref.sectors,
            "ref_sector_figures": ref.sector_figure_table,
            "ref_proxies": ref.proxies,
            "ref_project_types": ref.project_types,
            "ref_reference_effects": ref.reference_effects,
        }
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
    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run ``work(cursor)`` as one transaction and return its result.

        Every write of this process goes through here, one at a time (a lock): DuckDB
        lets concurrent transactions of one connection conflict on the same rows
        ("Conflict on tuple deletion") and fails the later one; serialised, they cannot
        (bench/workshop_store.py measures both ways). A conflict that still happens is
        retried a few times on a fresh transaction, so ``work`` must only touch the
        database. Any other error rolls back and is raised: nothing is half written.
        """
        for attempt in range(WRITE_RETRIES + 1):
            lock = self._write_lock if self.serialise_writes else _NO_LOCK
            with lock:
                cur = self.cursor()
                try:
                    cur.execute("BEGIN TRANSACTION")
                    result = work(cur)
                    cur.execute("COMMIT")
                    return result
                except duckdb.TransactionException:
                    _rollback(cur)
                    if attempt == WRITE_RETRIES:
                        raise StoreError(
                            "De database was te druk bezig: de wijziging is niet opgeslagen. "
                            "Probeer het zo opnieuw.") from None
                except BaseException:
                    _rollback(cur)
                    raise
                finally:
                    cur.close()
            time.sleep(random.uniform(0, 0.002 * 2 ** attempt))  # apart, then again
        raise AssertionError("unreachable")

    # --- projects -------------------------------------------------------------------
    def save_project(self, project: Project, project_id: int | None = None) -> int:
        """Insert (or replace, given an id) a project in one transaction; return its id."""
        return self.write(lambda cur: write_project(cur, project, project_id))

    # --- backup and restore (impactkaart/store/backup.py) ----------------------------------------
    def extra_tables(self) -> dict[str, pd.DataFrame]:
        """Rows of the tables that migrations added beside the projects (e.g. scenarios),
        by name; they go into a backup as they are."""
        cur = self.cursor()
        try:
            return {table: cur.execute(f"SELECT * FROM {table}").df()
                    for table in _extra_table_names(cur)}
        finally:
            cur.close()

    def replace_all(self, projects: list[tuple[int, Project]],
                    extra: dict[str, pd.DataFrame] | None = None) -> None:
        """Replace every project (keeping the given ids) and the rows of the extra tables,
        in one transaction: a restore lands completely or not at all."""
        self.write(lambda cur: _replace_all(cur, projects, extra or {}))

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
        params = [ids, ids]
        cur = self.cursor()
        try:
            data: dict[int, dict] = {}
            for row in cur.execute(
                f"SELECT id, {', '.join(_PROJECT_COLUMNS)} FROM projects "
                "WHERE ?::INTEGER[] IS NULL OR list_contains(?, id) ORDER BY id",
                params,
            ).fetchall():
                item = dict(zip(_PROJECT_COLUMNS, row[1:]))
                if item["start_year"] is None:
                    del item["start_year"]
                data[row[0]] = item | {key: [] for key in _PROJECT_KEY.values()}
            for table, columns in _CHILDREN.items():
                for row in cur.execute(
                    f"SELECT project_id, {', '.join(columns)} FROM {table} "
                    "WHERE ?::INTEGER[] IS NULL OR list_contains(?, project_id) "
                    "ORDER BY project_id, position",
                    params,
                ).fetchall():
                    if row[0] in data:
                        data[row[0]][_PROJECT_KEY[table]].append(
                            {c: v for c, v in zip(columns, row[1:]) if v is not None or c == "sector"}
                        )
            ranges: dict[int, list[tuple]] = {}
            for row in cur.execute(
                "SELECT project_id, effect_position, assumption, low, high, distribution, "
                "is_default FROM assumption_ranges "
                "WHERE ?::INTEGER[] IS NULL OR list_contains(?, project_id) "
                "ORDER BY project_id, effect_position NULLS FIRST, rowid",
                params,
            ).fetchall():
                ranges.setdefault(row[0], []).append(row[1:])
        finally:
            cur.close()
        for project_id, rows in ranges.items():
            if project_id in data:
                _attach_ranges(rows, data[project_id])
        return [(pid, parse_project(item, self.reference)) for pid, item in data.items()]

    def list_projects(self) -> pd.DataFrame:
        cur = self.cursor()
        try:
            return cur.execute(
                "SELECT id, name, project_type, phase, years, updated_at "
                "FROM projects ORDER BY id"
            ).df()
        finally:
            cur.close()

    def find_project(self, name: str) -> int | None:
        cur = self.cursor()
        try:
            row = cur.execute(
                "SELECT min(id) FROM projects WHERE name = ?", [name]
            ).fetchone()
        finally:
            cur.close()
        return None if row[0] is None else int(row[0])

    def delete_project(self, project_id: int) -> None:
        self.write(lambda cur: delete_project_rows(cur, project_id))

    def load_projects(self, project_ids: list[int]) -> list[tuple[int, Project]]:
        """(id, project) of these ids that exist, in id order, in one query per table."""
        return self._load(list(project_ids))

    def load_all(self) -> list[tuple[int, Project]]:
        return self._load(None)
