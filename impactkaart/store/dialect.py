"""The two backends of the store, DuckDB (a file, the default) and PostgreSQL (a URL).

Store modules write one portable SQL subset (docs/architecture.md, "Store"): `?`
placeholders, INTEGER/BIGINT/DOUBLE PRECISION/TEXT/BOOLEAN/TIMESTAMP, no arrays, no
functions of one engine, rows read with ``fetchall``/``fetchone``. On DuckDB that SQL goes
to DuckDB's own cursor unchanged; on PostgreSQL it goes through `PgCursor`, which has the
same ``execute(sql, params).fetchall()/fetchone()`` surface and turns ``?`` into psycopg's
``%s`` (values stay bound parameters: nothing of the user's text is ever SQL).

The few places where the engines differ (the catalogue, the order rows were inserted in,
moving a sequence, bulk inserts, the first and last row of a group, the released DDL of migrations 1-6 that says DOUBLE) are
methods of a `Dialect`, one object per engine.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

PG_SCHEMES = ("postgresql://", "postgres://")
BULK_ROWS = 500  # rows per INSERT … VALUES statement (PostgreSQL binds at most 65535 values)


def is_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(PG_SCHEMES)


def in_list(column: str, count: int) -> str:
    """``column IN (?, ?, …)`` for `count` bound values (a constant false for none): the
    portable form of DuckDB's ``list_contains(?, column)``. Only placeholders become SQL."""
    if count == 0:
        return "1 = 0"
    return f"{column} IN ({', '.join(['?'] * count)})"


def cell(value: Any) -> Any:
    """A frame or Python value as psycopg/DuckDB take it: numpy scalars as Python, NaN/NA as NULL."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def insert_rows(cur, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT rows in statements of `BULK_ROWS`, portable; `table` and `columns` are our
    own constants or names from the catalogue, never values."""
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    one = f"({', '.join(['?'] * len(columns))})"
    for start in range(0, len(rows), BULK_ROWS):
        chunk = rows[start:start + BULK_ROWS]
        cur.execute(head + ", ".join([one] * len(chunk)),
                    [cell(v) for row in chunk for v in row])


def frame_of(cur, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
    """The result of a query as a DataFrame: on PostgreSQL built in Python from ``fetchall``."""
    if not isinstance(cur, PgCursor):  # DuckDB builds the frame itself, with its types
        return cur.execute(sql, list(params or [])).df()
    rows = cur.execute(sql, list(params or [])).fetchall()
    return pd.DataFrame(rows, columns=[d[0] for d in cur.description])


class Dialect:
    name = ""
    insertion_order = ""  # a column that orders the rows of one save as they were inserted

    def ddl(self, statement: str) -> str:
        return statement

    def tables(self, cur) -> list[str]:
        raise NotImplementedError

    def columns(self, cur, table: str) -> list[str]:
        raise NotImplementedError

    def primary_keys(self, cur) -> list[tuple[str, str]]:
        raise NotImplementedError

    def advance_sequence(self, cur, sequence: str, at_least: int) -> None:
        raise NotImplementedError

    def first_by(self, column: str, order: str) -> str:
        """An aggregate: ``column`` of the group's row with the smallest ``order`` (NULL kept)."""
        raise NotImplementedError

    def last_by(self, column: str, order: str) -> str:
        """An aggregate: ``column`` of the group's row with the largest ``order`` (NULL kept)."""
        raise NotImplementedError


class DuckDialect(Dialect):
    name = "duckdb"
    insertion_order = "rowid"

    def first_by(self, column: str, order: str) -> str:
        return f"arg_min_null({column}, {order})"

    def last_by(self, column: str, order: str) -> str:
        return f"arg_max_null({column}, {order})"

    def tables(self, cur) -> list[str]:
        return [r[0] for r in cur.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "ORDER BY table_name").fetchall()]

    def columns(self, cur, table: str) -> list[str]:
        return [r[0] for r in cur.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
            "AND database_name = current_database() ORDER BY column_index", [table]
        ).fetchall()]

    def primary_keys(self, cur) -> list[tuple[str, str]]:
        return cur.execute(
            "SELECT table_name, constraint_column_names[1] FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' AND len(constraint_column_names) = 1 "
            "AND database_name = current_database()"
        ).fetchall()

    def advance_sequence(self, cur, sequence: str, at_least: int) -> None:
        current = cur.execute(f"SELECT nextval('{sequence}')").fetchone()[0]
        if current < at_least:
            cur.execute(f"SELECT max(nextval('{sequence}')) FROM range(?)", [at_least - current])


class PgDialect(Dialect):
    name = "postgresql"
    insertion_order = "ctid"  # one save writes its rows in order, into fresh tuples

    _DOUBLE = re.compile(r"\bDOUBLE\b(?!\s+PRECISION)")

    def first_by(self, column: str, order: str) -> str:
        return f"(array_agg({column} ORDER BY {order}))[1]"

    def last_by(self, column: str, order: str) -> str:
        return f"(array_agg({column} ORDER BY {order} DESC))[1]"

    def ddl(self, statement: str) -> str:
        # Migrations 1-6 were released with DuckDB's DOUBLE; PostgreSQL spells it out.
        return self._DOUBLE.sub("DOUBLE PRECISION", statement)

    def tables(self, cur) -> list[str]:
        return [r[0] for r in cur.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]

    def columns(self, cur, table: str) -> list[str]:
        return [r[0] for r in cur.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position", [table]).fetchall()]

    def primary_keys(self, cur) -> list[tuple[str, str]]:
        return cur.execute(
            "SELECT k.table_name, min(k.column_name) FROM information_schema.table_constraints c "
            "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
            "AND k.table_schema = c.table_schema WHERE c.constraint_type = 'PRIMARY KEY' "
            "AND c.table_schema = current_schema() GROUP BY k.table_name "
            "HAVING count(*) = 1").fetchall()

    def advance_sequence(self, cur, sequence: str, at_least: int) -> None:
        current = cur.execute(f"SELECT last_value FROM {sequence}").fetchone()[0]
        if current < at_least:
            cur.execute("SELECT setval(?, ?)", [sequence, at_least])


DUCKDB = DuckDialect()
POSTGRESQL = PgDialect()


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """``?`` to ``%s`` and ``%`` to ``%%`` outside quoted text and identifiers."""
    out, quote = [], ""
    for ch in sql:
        if quote:
            out.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class PgCursor:
    """A connection of the pool, lent to one thread or session until `close`, with the
    surface of a DuckDB cursor: ``execute(sql, params)`` returns the cursor itself."""

    def __init__(self, pool):
        self._pool = pool
        self._con = pool.getconn()
        self._cur = self._con.cursor()

    def execute(self, sql: str, params: Sequence[Any] | None = None):
        if params:
            self._cur.execute(translate(sql), [cell(v) for v in params])
        else:
            self._cur.execute(sql)
        return self

    def fetchall(self) -> list[tuple]:
        return self._cur.fetchall() if self._cur.description is not None else []

    def fetchone(self) -> tuple | None:
        return self._cur.fetchone() if self._cur.description is not None else None

    @property
    def description(self):
        return self._cur.description

    def close(self) -> None:
        if self._con is None:
            return
        con, self._con = self._con, None
        self._pool.putconn(con)  # the pool rolls back an open transaction


def lock_key(name: str, schema: str) -> int:
    """A signed 64-bit advisory-lock key of one lock of one schema (several stores may share
    a PostgreSQL database, each in its own schema)."""
    digest = hashlib.blake2b(f"impactkaart:{schema}:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
