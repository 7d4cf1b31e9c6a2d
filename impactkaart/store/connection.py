"""Opening the DuckDB file: the connection, the integrity check, and the refusals.

A file is read whole before anything is written to it (`check_readable`), a file of
another program or of a newer Impactkaart is refused untouched, and a file held by
another process gets a clear Dutch message instead of DuckDB's lock error.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import platformdirs

DB_ENV = "IMPACTKAART_DB"
CHECKED_KEYS = 5_000  # ids looked up when a file is opened (see check_readable)


class StoreError(RuntimeError):
    """A problem with the database file, in words for the user."""


def unreadable(path: Path, exc: Exception) -> str:
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


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """The one connection of this process to the file; `StoreError` in words for the user."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as exc:
        # DuckDB: 'Could not set lock on file "…": Conflicting lock is held …'. Match its
        # words, not just "lock", which a path may contain (…/block/…).
        if "conflicting lock" in str(exc).lower() or "set lock on file" in str(exc).lower():
            raise StoreError(
                f"De database {path} is in gebruik door een ander programma "
                "(bijvoorbeeld een draaiende Impactkaart-app). Sluit dat eerst af."
            ) from exc
        raise StoreError(unreadable(path, exc)) from exc
    except duckdb.Error as exc:
        raise StoreError(unreadable(path, exc)) from exc


def check_readable(cur: duckdb.DuckDBPyConnection) -> None:
    """Read every stored row, and look up every id through its index, once: a damaged
    block fails here, while the file is still untouched, instead of later in the middle
    of a page (DuckDB checks a block's checksum when it reads it). Impactkaart databases
    are small, so this costs milliseconds; ids past CHECKED_KEYS are not looked up."""
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
        values = cur.execute(f"SELECT {key} FROM {table} LIMIT {CHECKED_KEYS}").fetchall()
        for (value,) in values:
            cur.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", [value]).fetchall()


def refuse_foreign(path: Path, tables: set[str]) -> None:
    """A DuckDB file with tables but without our schema_version belongs to another program."""
    if tables and "schema_version" not in tables:
        raise StoreError(
            f"Het bestand {path} is een DuckDB-database van een ander programma, geen "
            "Impactkaart-database. Het bestand is niet aangeraakt; kies een ander bestand."
        )


def refuse_newer(path: Path, current: int, known: int) -> None:
    """A file migrated by a newer Impactkaart: this version cannot know its tables."""
    if current > known:
        raise StoreError(
            f"De database {path} komt uit een nieuwere versie van Impactkaart "
            f"(schemaversie {current}, deze versie kent t/m {known}). "
            "Werk Impactkaart bij; het bestand is niet aangeraakt."
        )
