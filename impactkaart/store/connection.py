"""Opening the DuckDB file: the connection, the integrity check, and the refusals.

A file is read whole before anything is written to it (`check_readable`), a file of
another program or of a newer Impactkaart is refused untouched, and a file held by
another process gets a clear Dutch message instead of DuckDB's lock error.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import platformdirs

DB_ENV = "IMPACTKAART_DB"
CHECKED_KEYS = 5_000  # ids looked up when a file is opened (see check_readable)


class StoreError(RuntimeError):
    """A problem with the database file, in words for the user."""


class ConfigError(StoreError):
    """The configured database cannot be used as configured (unreachable server, wrong
    password, a schema from a newer version): the CLI exits 2, the app says so; never a
    fallback to another database."""


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


def default_location() -> Path | str:
    """IMPACTKAART_DB as given: a ``postgresql://`` URL stays text, anything else is a path."""
    configured = os.environ.get(DB_ENV, "")
    if configured.startswith(("postgresql://", "postgres://")):
        return configured
    return default_db_path()


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


def check_readable(cur, dialect=None) -> None:
    """Read every stored row, and look up every id through its index, once: a damaged
    block fails here, while the file is still untouched, instead of later in the middle
    of a page (DuckDB checks a block's checksum when it reads it). Impactkaart databases
    are small, so this costs milliseconds; ids past CHECKED_KEYS are not looked up.
    On PostgreSQL every row is read (the server keeps its own indexes whole)."""
    from impactkaart.store.dialect import DUCKDB

    dialect = dialect or DUCKDB
    for table in [t for t in dialect.tables(cur) if not t.startswith("ref_")]:
        cur.execute(f"SELECT * FROM {table}").fetchall()
    if dialect is not DUCKDB:
        return
    # A lookup such as projects.id = ? reads the primary-key index, stored apart.
    for table, key in dialect.primary_keys(cur):
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


def refuse_newer(path, current: int, known: int) -> None:
    """A file migrated by a newer Impactkaart: this version cannot know its tables."""
    if current > known:
        raise ConfigError(
            f"De database {path} komt uit een nieuwere versie van Impactkaart "
            f"(schemaversie {current}, deze versie kent t/m {known}). "
            "Werk Impactkaart bij; het bestand is niet aangeraakt."
        )


# --- PostgreSQL (IMPACTKAART_DB=postgresql://…) ------------------------------------------------


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def pg_refusal(url: str, exc: Exception) -> str:
    """Why a PostgreSQL URL cannot be used, in Dutch, from psycopg's error."""
    text = str(exc).strip()
    lower = text.lower()
    where = shown_url(url)
    if "password authentication failed" in lower or "no password supplied" in lower:
        why = ("de gebruikersnaam of het wachtwoord klopt niet. Controleer de gebruiker en het "
               "wachtwoord in IMPACTKAART_DB")
    elif "does not exist" in lower and "database" in lower:
        why = "die database bestaat niet op de server. Maak hem aan (createdb) of kies een andere"
    elif "role" in lower and "does not exist" in lower:
        why = "die gebruiker bestaat niet op de server. Controleer de gebruiker in IMPACTKAART_DB"
    elif "invalid dsn" in lower or "invalid connection option" in lower or "invalid uri" in lower:
        why = "het adres is geen geldig PostgreSQL-adres (postgresql://gebruiker@server:poort/database)"
    else:
        why = ("de server is niet bereikbaar. Controleer of PostgreSQL draait en of server en poort "
               "in IMPACTKAART_DB kloppen")
    return (f"De PostgreSQL-database {where} kan niet worden geopend: {why}. "
            f"Er is niets opgeslagen. (PostgreSQL: {text.splitlines()[0][:200] if text else type(exc).__name__})")


def connect_pg(url: str, max_size: int = 10):
    """A pool of autocommit connections to the URL, tried once first so that a wrong URL,
    password or server is told in words (`ConfigError`) instead of a pool timeout."""
    try:
        import psycopg
        import psycopg_pool
    except ImportError:
        raise ConfigError(
            f"IMPACTKAART_DB wijst naar PostgreSQL ({shown_url(url)}), maar psycopg is niet "
            "geïnstalleerd. Installeer het met: pip install 'impactkaart[postgres]'.") from None
    try:
        psycopg.connect(url, connect_timeout=5, autocommit=True).close()
    except (psycopg.Error, ValueError) as exc:
        raise ConfigError(pg_refusal(url, exc)) from None
    pool = psycopg_pool.ConnectionPool(
        url, min_size=1, max_size=max_size, open=False, timeout=30,
        kwargs={"autocommit": True, "connect_timeout": 5})
    pool.open(wait=True, timeout=10)
    return pool
