"""The migration runner: numbered migrations, applied in order, each in one transaction.

The store's own tables are migrations 1 (projects) and 2 (assumption_ranges). Every
area that keeps tables of its own (scenarios, cases, workshop) registers its migrations
here from its own store module (`register`), under the number it has always had: a
file records in schema_version what has been applied, so it upgrades in place from
whatever version it has. The runner imports the modules in AREAS before it migrates,
so a file is never taken for a newer one because an area happened not to be imported.
A file of a newer version than this code knows is refused untouched.

Never edit a released migration: add a new one with the next number.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from impactkaart.store.connection import refuse_foreign, refuse_newer
from impactkaart.store.dialect import DUCKDB, Dialect

# The store modules of the areas that register migrations, in the order of their numbers.
AREAS = ("impactkaart.scenarios.store", "impactkaart.cases.store", "impactkaart.workshop.store",
         "impactkaart.monitoring.store", "impactkaart.versions.store",
         "impactkaart.store.conventions", "impactkaart.accounts.store")


@dataclass(frozen=True)
class Migration:
    version: int
    area: str
    statements: tuple[str, ...]


_REGISTERED: dict[int, Migration] = {}


def register(version: int, area: str, statements: list[str]) -> None:
    """Add migration ``version`` of an area; the same one twice is a no-op, another under a
    number already taken is a programming error."""
    migration = Migration(version, area, tuple(statements))
    known = _REGISTERED.setdefault(version, migration)
    if known != migration:
        raise RuntimeError(f"migration {version} registered twice ({known.area}, {area})")


def load_areas() -> None:
    """Import the areas' store modules, which register their migrations and project rows."""
    for module in AREAS:
        importlib.import_module(module)


def registered() -> list[Migration]:
    """Every migration, in order; numbers run 1, 2, 3, … without a gap."""
    load_areas()
    migrations = [_REGISTERED[v] for v in sorted(_REGISTERED)]
    if [m.version for m in migrations] != list(range(1, len(migrations) + 1)):
        raise RuntimeError(f"migrations not numbered 1..n: {sorted(_REGISTERED)}")
    return migrations


def latest() -> int:
    """The schema version this code brings a file up to."""
    return registered()[-1].version


def migrate(cur, path: Path | str, dialect: Dialect = DUCKDB) -> None:
    """Bring the file up to `latest()`, one migration per transaction. The statements are
    the released ones; on PostgreSQL `Dialect.ddl` spells DuckDB's DOUBLE out."""
    tables = set(dialect.tables(cur))
    refuse_foreign(path, tables)
    cur.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    applied = {r[0] for r in cur.execute("SELECT version FROM schema_version").fetchall()}
    current = max(applied, default=0)
    known = latest()
    refuse_newer(path, current, known)
    for migration in registered():
        # Each one the file has not recorded, up to what this code knows (a file of an older
        # version gets exactly the ones it lacks).
        if migration.version in applied or migration.version > known:
            continue
        cur.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                ddl = dialect.ddl(statement)
                cur.execute(ddl)
            cur.execute("INSERT INTO schema_version (version) VALUES (?)", [migration.version])
            cur.execute("COMMIT")
        except Exception:
            cur.execute("ROLLBACK")
            raise


# --- the store's own tables ------------------------------------------------------------------

register(1, "projects", [
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
])

register(2, "assumption_ranges", [
    # Uncertainty ranges (docs/project-format.md, "Ranges"): one row per assumption.
    # effect_position NULL: a project-level assumption (the discount rate).
    """CREATE TABLE assumption_ranges (
        project_id INTEGER NOT NULL, effect_position INTEGER,
        assumption VARCHAR NOT NULL, low DOUBLE NOT NULL, high DOUBLE NOT NULL,
        distribution VARCHAR NOT NULL, is_default BOOLEAN NOT NULL,
        UNIQUE (project_id, effect_position, assumption))""",
])

register(6, "project_fields", [
    # Fields the project model gained after 1 (docs/project-format.md); NULL where a
    # project from before has none, which reads back as the field's default.
    "ALTER TABLE projects ADD COLUMN participants_per_year DOUBLE",
    "ALTER TABLE projects ADD COLUMN acknowledged_warnings VARCHAR[]",
    "ALTER TABLE projects ADD COLUMN count_in_kind BOOLEAN",
    "ALTER TABLE projects ADD COLUMN price_year INTEGER",
    "ALTER TABLE effects ADD COLUMN proxy_price_year INTEGER",
    "ALTER TABLE costs ADD COLUMN amount_ex_post DOUBLE",
    "ALTER TABLE effects ADD COLUMN transfer BOOLEAN",
    "ALTER TABLE effects ADD COLUMN transfer_from VARCHAR",
    "ALTER TABLE effects ADD COLUMN deadweight_ex_post DOUBLE",
    "ALTER TABLE effects ADD COLUMN attribution_ex_post DOUBLE",
    "ALTER TABLE effects ADD COLUMN displacement_ex_post DOUBLE",
    "ALTER TABLE effects ADD COLUMN drop_off_ex_post DOUBLE",
    "ALTER TABLE effects ADD COLUMN basis VARCHAR",  # JSON: assumption -> its basis
    # In-kind inputs (volunteer hours, goods), one row per line.
    """CREATE TABLE in_kind (
        project_id INTEGER NOT NULL, position INTEGER NOT NULL,
        label VARCHAR NOT NULL, provider VARCHAR NOT NULL, years INTEGER[],
        hours DOUBLE, value_per_hour DOUBLE, amount DOUBLE, source VARCHAR,
        PRIMARY KEY (project_id, position))""",
])

register(10, "cohorts", [
    # An effect's cohorts (issue 16 item 4) as JSON text; NULL: no cohorts.
    "ALTER TABLE effects ADD COLUMN cohorts TEXT",
])
