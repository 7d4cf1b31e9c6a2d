"""The migration runner: numbered migrations, applied in order, each in one transaction.

Each migration is recorded in the table schema_version when it has been applied, so a
file upgrades in place from whatever version it has. A file of a newer version than
this code knows is refused untouched (`connection.refuse_newer`).
"""

from __future__ import annotations

from pathlib import Path

from impactkaart.store.connection import refuse_foreign, refuse_newer

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


def migrate(cur, path: Path) -> None:
    """Bring the file up to SCHEMA_VERSION, one migration per transaction."""
    tables = {r[0] for r in cur.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
    ).fetchall()}
    refuse_foreign(path, tables)
    cur.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    refuse_newer(path, current, SCHEMA_VERSION)
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
