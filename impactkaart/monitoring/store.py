"""Monitoring in the store: migration 7 and its queries (portable SQL, bound values only).

Tables: ``kpi_own`` (an organisation's own KPIs), ``kpi_programmes`` (werksoort, name,
optionally the Impactkaart project), ``kpi_choices`` (a programme's KPIs with baseline and
target), ``kpi_measurements`` (per programme, KPI and period: numerator and denominator,
or a value; who changed it last and when), ``kpi_history`` (every value a correction
replaced: who, when, the old value) and ``kpi_benchmarks`` (an imported anonymised
distribution: per KPI and period only the count of organisations and the quartiles).
Migration 7 also gives ``effects`` the column ``measured_via`` (an effect whose ex post
quantity was taken from a KPI, `impactkaart.monitoring.expost`).

Ids are max + 1 (no sequence), so a restored back-up never collides with new rows. The
back-up finds these tables itself (`impactkaart.store.backup`); deleting a programme
deletes its choices, measurements and history; deleting a project unlinks its programmes
(`register_project_rows`): the organisation's monitoring stays, the link goes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from impactkaart.monitoring.library import Kpi
from impactkaart.store import scoping
from impactkaart.store.dialect import in_list, insert_rows
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store, register_project_rows

register(7, "monitoring", [
    """CREATE TABLE kpi_own (
        key TEXT PRIMARY KEY, label_nl TEXT NOT NULL, label_en TEXT NOT NULL,
        werksoorten TEXT NOT NULL, definition_nl TEXT NOT NULL, definition_en TEXT NOT NULL,
        kind TEXT NOT NULL, direction TEXT NOT NULL, source TEXT NOT NULL)""",
    """CREATE TABLE kpi_programmes (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, werksoort TEXT NOT NULL,
        project_id INTEGER)""",
    """CREATE TABLE kpi_choices (
        programme_id INTEGER NOT NULL, kpi TEXT NOT NULL,
        baseline DOUBLE PRECISION, target DOUBLE PRECISION,
        PRIMARY KEY (programme_id, kpi))""",
    """CREATE TABLE kpi_measurements (
        programme_id INTEGER NOT NULL, kpi TEXT NOT NULL, period TEXT NOT NULL,
        numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION,
        changed_by TEXT NOT NULL, changed_at TIMESTAMP NOT NULL,
        PRIMARY KEY (programme_id, kpi, period))""",
    """CREATE TABLE kpi_history (
        programme_id INTEGER NOT NULL, kpi TEXT NOT NULL, period TEXT NOT NULL,
        numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION,
        changed_by TEXT NOT NULL, changed_at TIMESTAMP NOT NULL,
        replaced_by TEXT NOT NULL, replaced_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE kpi_benchmarks (
        kpi TEXT NOT NULL, period TEXT NOT NULL, organisations INTEGER NOT NULL,
        p25 DOUBLE PRECISION NOT NULL, p50 DOUBLE PRECISION NOT NULL,
        p75 DOUBLE PRECISION NOT NULL, source TEXT NOT NULL,
        PRIMARY KEY (kpi, period))""",
    "ALTER TABLE effects ADD COLUMN measured_via TEXT",
])


@dataclass(frozen=True)
class Programme:
    id: int
    name: str
    werksoort: str
    project_id: int | None = None


@dataclass(frozen=True)
class Choice:
    kpi: str
    baseline: float | None = None
    target: float | None = None


@dataclass(frozen=True)
class Measurement:
    kpi: str
    period: str
    numerator: float | None = None
    denominator: float | None = None
    value: float | None = None


def _none(x: float) -> float | None:
    return None if x != x else x


class MeasurementColumns(Sequence):
    """Measurements held as columns, as the import reads them and the store writes them:
    ``kpi`` and ``period`` lists of text, ``numerator``, ``denominator`` and ``value``
    float arrays (NaN: none). A sequence of `Measurement` to everyone else (made on
    demand), equal to a list of the same measurements."""

    def __init__(self, kpi, period, numerator, denominator, value):
        self.kpi, self.period = list(kpi), list(period)
        self.numerator = np.asarray(numerator, dtype=float)
        self.denominator = np.asarray(denominator, dtype=float)
        self.value = np.asarray(value, dtype=float)

    @classmethod
    def of(cls, rows: Sequence[Measurement]) -> MeasurementColumns:
        if isinstance(rows, cls):
            return rows
        rows = list(rows)
        return cls([m.kpi for m in rows], [m.period for m in rows],
                   [np.nan if m.numerator is None else m.numerator for m in rows],
                   [np.nan if m.denominator is None else m.denominator for m in rows],
                   [np.nan if m.value is None else m.value for m in rows])

    def __len__(self) -> int:
        return len(self.kpi)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return Measurement(self.kpi[i], self.period[i], _none(float(self.numerator[i])),
                           _none(float(self.denominator[i])), _none(float(self.value[i])))

    def __iter__(self):
        for k, p, n, d, v in zip(self.kpi, self.period, self.numerator.tolist(),
                                 self.denominator.tolist(), self.value.tolist()):
            yield Measurement(k, p, _none(n), _none(d), _none(v))

    def __eq__(self, other) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"MeasurementColumns({len(self)} measurements)"


class ProgrammeError(ValueError):
    """``code`` is a catalogue key (``monitoring.programme_error.<code>``)."""

    def __init__(self, code: str, **values):
        super().__init__(code)
        self.code, self.values = code, values


# The monitoring tables' columns in their order, with their Arrow types: DuckDB takes many
# rows at once as one Arrow scan (an import of thousands of measurements in milliseconds;
# INSERT … VALUES costs about half a millisecond per row there). PostgreSQL gets the
# portable multi-row INSERT of `dialect.insert_rows` (500 rows a statement).
_ARROW_COLUMNS = {
    "kpi_programmes": [("id", pa.int32()), ("name", pa.string()), ("werksoort", pa.string()),
                       ("project_id", pa.int32()), ("organisation_id", pa.int32())],  # 12
    "kpi_choices": [("programme_id", pa.int32()), ("kpi", pa.string()), ("baseline", pa.float64()),
                    ("target", pa.float64())],
    "kpi_measurements": [("programme_id", pa.int32()), ("kpi", pa.string()), ("period", pa.string()),
                         ("numerator", pa.float64()), ("denominator", pa.float64()),
                         ("value", pa.float64()), ("changed_by", pa.string()),
                         ("changed_at", pa.timestamp("us"))],
    "kpi_history": [("programme_id", pa.int32()), ("kpi", pa.string()), ("period", pa.string()),
                    ("numerator", pa.float64()), ("denominator", pa.float64()),
                    ("value", pa.float64()), ("changed_by", pa.string()),
                    ("changed_at", pa.timestamp("us")), ("replaced_by", pa.string()),
                    ("replaced_at", pa.timestamp("us"))],
    "kpi_benchmarks": [("kpi", pa.string()), ("period", pa.string()), ("organisations", pa.int32()),
                       ("p25", pa.float64()), ("p50", pa.float64()), ("p75", pa.float64()),
                       ("source", pa.string()), ("organisation_id", pa.int32())],  # 12
}


def _insert_rows(cur, table: str, rows: Sequence[Sequence]) -> None:
    """Insert ``rows`` (values in the table's column order) inside the caller's transaction."""
    if rows:
        _insert_columns(cur, table, list(zip(*rows)))


def _insert_columns(cur, table: str, columns: Sequence[Sequence]) -> None:
    """Insert rows given as columns (in the table's column order; float arrays may hold
    NaN for none): on DuckDB one Arrow table, elsewhere the portable multi-row INSERT of
    `dialect.insert_rows`."""
    if not columns or not len(columns[0]):
        return
    spec = _ARROW_COLUMNS[table]
    if isinstance(cur, duckdb.DuckDBPyConnection):
        arrow = pa.table({name: pa.array(values, type=kind, from_pandas=True)
                          for (name, kind), values in zip(spec, columns)})
        cur.from_arrow(arrow).insert_into(table)
    else:
        insert_rows(cur, table, [name for name, _ in spec], list(zip(*columns)))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _times(at: dt.datetime, count: int) -> np.ndarray:
    """``count`` times ``at`` as datetime64[us]: Arrow takes it as it is (a list of 160.000
    datetimes costs it ~20 ms to convert); `dialect.cell` turns each into a datetime."""
    return np.full(count, np.datetime64(at, "us"))


# --- own KPIs ----------------------------------------------------------------------------

def own_kpis(store: Store) -> list[Kpi]:
    extra, params = scoping.clause(store.scope, "kpi_own", joiner="WHERE")
    cur = store.cursor()
    try:
        rows = cur.execute(
            "SELECT key, label_nl, label_en, werksoorten, definition_nl, definition_en, kind, "
            f"direction, source FROM kpi_own{extra} ORDER BY key", params).fetchall()
    finally:
        cur.close()
    return [Kpi(key=r[0], label_nl=r[1], label_en=r[2], werksoorten=tuple(r[3].split(";")),
                definition_nl=r[4], definition_en=r[5], kind=r[6], direction=r[7],
                source=r[8], own=True) for r in rows]


def save_own_kpi(store: Store, kpi: Kpi) -> None:
    """Add a checked own KPI (`impactkaart.monitoring.library.check_own`); its key is
    unique in the organisation (the whole database when unscoped)."""
    organisation = scoping.organisation_of(store.scope)

    def work(cur) -> None:
        if cur.execute("SELECT 1 FROM kpi_own WHERE key = ? AND organisation_id IS NOT DISTINCT "
                       "FROM ?", [kpi.key, organisation]).fetchone() is not None:
            raise ProgrammeError("kpi_taken", key=kpi.key)
        cur.execute(
            "INSERT INTO kpi_own (key, label_nl, label_en, werksoorten, definition_nl, "
            "definition_en, kind, direction, source, organisation_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [kpi.key, kpi.label_nl, kpi.label_en, ";".join(kpi.werksoorten), kpi.definition_nl,
             kpi.definition_en, kpi.kind, kpi.direction, kpi.source, organisation])

    store.write(work)


# --- programmes ----------------------------------------------------------------------------

def list_programmes(store: Store) -> list[Programme]:
    extra, params = scoping.clause(store.scope, "kpi_programmes", joiner="WHERE")
    cur = store.cursor()
    try:
        rows = cur.execute(
            f"SELECT id, name, werksoort, project_id FROM kpi_programmes{extra} ORDER BY name",
            params).fetchall()
    finally:
        cur.close()
    return [Programme(int(r[0]), r[1], r[2], None if r[3] is None else int(r[3])) for r in rows]


def find_programme(store: Store, name: str) -> Programme | None:
    return next((p for p in list_programmes(store) if p.name == name.strip()), None)


def _create_programme(cur, name: str, werksoort: str, project_id: int | None) -> int:
    """Insert a programme of the active scope's organisation and return its id, max + 1."""
    organisation = scoping.organisation_of(scoping.active())
    scoping.require_project(cur, project_id)  # a link to the organisation's projects only
    taken = cur.execute("SELECT count(*) FROM kpi_programmes WHERE name = ? "
                        "AND organisation_id IS NOT DISTINCT FROM ?",
                        [name, organisation]).fetchone()[0]
    if taken:
        raise ProgrammeError("name_taken", name=name)
    new_id = cur.execute("SELECT coalesce(max(id), 0) + 1 FROM kpi_programmes").fetchone()[0]
    cur.execute("INSERT INTO kpi_programmes (id, name, werksoort, project_id, organisation_id) "
                "VALUES (?, ?, ?, ?, ?)", [new_id, name, werksoort, project_id, organisation])
    return int(new_id)


def _programme_in_scope(cur, programme_id: int) -> None:
    """Inside a write through a scoped store: another organisation's programme is not found."""
    scoping.require(cur, "kpi_programmes", "id", programme_id)


def _clean_name(name: str) -> str:
    clean = name.strip()
    if not clean:
        raise ProgrammeError("name_empty")
    if len(clean) > 200:
        raise ProgrammeError("name_long")
    return clean


def create_programme(store: Store, name: str, werksoort: str,
                     project_id: int | None = None) -> int:
    clean = _clean_name(name)
    return store.write(lambda cur: _create_programme(cur, clean, werksoort, project_id))


def update_programme(store: Store, programme_id: int, name: str, werksoort: str,
                     project_id: int | None) -> None:
    clean = _clean_name(name)

    def work(cur) -> None:
        _programme_in_scope(cur, programme_id)
        scoping.require_project(cur, project_id)
        organisation = scoping.organisation_of(scoping.active())
        taken = cur.execute("SELECT count(*) FROM kpi_programmes WHERE name = ? AND id <> ? "
                            "AND organisation_id IS NOT DISTINCT FROM ?",
                            [clean, programme_id, organisation]).fetchone()[0]
        if taken:
            raise ProgrammeError("name_taken", name=clean)
        cur.execute("UPDATE kpi_programmes SET name = ?, werksoort = ?, project_id = ? WHERE id = ?",
                    [clean, werksoort, project_id, programme_id])

    store.write(work)


def _delete_programme_rows(cur, programme_id: int) -> None:
    _programme_in_scope(cur, programme_id)
    cur.execute("DELETE FROM kpi_history WHERE programme_id = ?", [programme_id])
    cur.execute("DELETE FROM kpi_measurements WHERE programme_id = ?", [programme_id])
    cur.execute("DELETE FROM kpi_choices WHERE programme_id = ?", [programme_id])
    cur.execute("DELETE FROM kpi_programmes WHERE id = ?", [programme_id])


def delete_programme(store: Store, programme_id: int) -> None:
    """Delete a programme with its choices, measurements and their history."""
    scope = store.scope

    def work(cur) -> None:
        _delete_programme_rows(cur, programme_id)
        scoping.audit(cur, scope, "delete", f"programma {int(programme_id)}")

    store.write(work)


def _unlink_project(cur, project_id: int) -> None:
    cur.execute("UPDATE kpi_programmes SET project_id = NULL WHERE project_id = ?", [project_id])


register_project_rows(_unlink_project)
for _table in ("kpi_programmes", "kpi_own", "kpi_benchmarks"):
    scoping.root(_table)  # organisation_id: migration 12 (impactkaart/accounts/store.py)
for _table in ("kpi_choices", "kpi_measurements", "kpi_history"):
    scoping.child(_table, "programme_id", "kpi_programmes")
scoping.reference("kpi_programmes", "project_id", "projects")


# --- choices ---------------------------------------------------------------------------------

def choices(store: Store, programme_id: int | None = None) -> dict[int, dict[str, Choice]]:
    """Programme id -> KPI key -> its baseline and target."""
    extra, params = scoping.clause(store.scope, "kpi_choices")
    cur = store.cursor()
    try:
        rows = cur.execute(
            "SELECT programme_id, kpi, baseline, target FROM kpi_choices "
            f"WHERE (CAST(? AS INTEGER) IS NULL OR programme_id = ?){extra} "
            "ORDER BY programme_id, kpi", [programme_id, programme_id, *params]).fetchall()
    finally:
        cur.close()
    out: dict[int, dict[str, Choice]] = {}
    for pid, kpi, baseline, target in rows:
        out.setdefault(int(pid), {})[kpi] = Choice(kpi, baseline, target)
    return out


def targets(store: Store, programme_id: int | None = None) -> dict[tuple[int, str], float | None]:
    """(programme id, KPI key) -> the chosen KPI's target."""
    extra, params = scoping.clause(store.scope, "kpi_choices")
    cur = store.cursor()
    try:
        rows = cur.execute(
            "SELECT programme_id, kpi, target FROM kpi_choices "
            f"WHERE (CAST(? AS INTEGER) IS NULL OR programme_id = ?){extra}",
            [programme_id, programme_id, *params]).fetchall()
    finally:
        cur.close()
    return {(int(pid), kpi): target for pid, kpi, target in rows}


def set_choices(store: Store, programme_id: int, chosen: Iterable[Choice]) -> None:
    """Replace a programme's chosen KPIs (their measurements stay)."""
    rows = [[programme_id, c.kpi, c.baseline, c.target] for c in chosen]

    def work(cur) -> None:
        _programme_in_scope(cur, programme_id)
        cur.execute("DELETE FROM kpi_choices WHERE programme_id = ?", [programme_id])
        if rows:
            _insert_rows(cur, "kpi_choices", rows)

    store.write(work)


# --- measurements ----------------------------------------------------------------------------

def _write_measurements(cur, programme_id: int, rows: Sequence[Measurement],
                        who: str) -> tuple[int, int]:
    """New measurements in one bulk insert; a correction (a period that had another value)
    puts the old value into the history and updates the row. (A programme created in the
    same transaction with one file's rows skips this: `_import_many` inserts those in bulk.)"""
    _programme_in_scope(cur, programme_id)
    columns = MeasurementColumns.of(rows)
    now = _now()
    existing = {
        (k, p): (n, d, v, by, at) for k, p, n, d, v, by, at in cur.execute(
            "SELECT kpi, period, numerator, denominator, value, changed_by, changed_at "
            "FROM kpi_measurements WHERE programme_id = ?", [programme_id]).fetchall()}
    n, d, v = columns.numerator, columns.denominator, columns.value
    if existing:
        old = [existing.get(key) for key in zip(columns.kpi, columns.period)]
        fresh = np.array([o is None for o in old], dtype=bool)

        def before(i: int) -> np.ndarray:
            return np.array([np.nan if o is None or o[i] is None else o[i] for o in old], dtype=float)

        with np.errstate(invalid="ignore"):
            same = np.ones(len(columns), dtype=bool)
            for i, new in enumerate((n, d, v)):
                was = before(i)
                same &= (np.isnan(was) & np.isnan(new)) | (np.abs(was - new) < 1e-12)
        changed = ~fresh & ~same
    else:
        fresh = np.ones(len(columns), dtype=bool)
        changed = np.zeros(len(columns), dtype=bool)
    if changed.any():
        at = np.flatnonzero(changed).tolist()
        _insert_rows(cur, "kpi_history", [
            [programme_id, columns.kpi[i], columns.period[i], *old[i], who, now] for i in at])
        for i in at:
            m = columns[i]
            cur.execute("UPDATE kpi_measurements SET numerator = ?, denominator = ?, value = ?, "
                        "changed_by = ?, changed_at = ? WHERE programme_id = ? AND kpi = ? AND period = ?",
                        [m.numerator, m.denominator, m.value, who, now, programme_id, m.kpi, m.period])
    count = int(fresh.sum())
    if count:
        pick = fresh if count < len(columns) else slice(None)
        kpis, periods = columns.kpi, columns.period
        if count < len(columns):
            kpis = [k for k, f in zip(kpis, fresh.tolist()) if f]
            periods = [p for p, f in zip(periods, fresh.tolist()) if f]
        _insert_columns(cur, "kpi_measurements", [
            np.full(count, programme_id, dtype=np.int32), kpis, periods, n[pick], d[pick], v[pick],
            [who] * count, _times(now, count)])
    return count, int(changed.sum())


def save_measurements(store: Store, programme_id: int, rows: Sequence[Measurement],
                      who: str) -> tuple[int, int]:
    """Add new measurements and correct existing ones (the old value goes into the history
    with who and when), in one transaction; return (added, corrected)."""
    return store.write(lambda cur: _write_measurements(cur, programme_id, rows, who))


@dataclass(frozen=True)
class ProgrammeImport:
    """One file's measurements for a programme, as `import_many` saves them."""
    programme: str
    werksoort: str
    rows: Sequence[Measurement]
    project_id: int | None = None


def import_measurements(store: Store, programme: str, werksoort: str, rows: Sequence[Measurement],
                        who: str, project_id: int | None = None) -> tuple[int, int, int]:
    """The programme (created when it does not exist), its chosen KPIs (every KPI in the
    rows joins them) and the measurements, all in one transaction: all or nothing.
    Returns (programme id, added, corrected)."""
    return import_many(store, [ProgrammeImport(programme, werksoort, rows, project_id)], who)[0]


def import_many(store: Store, imports: Sequence[ProgrammeImport], who: str) -> list[tuple[int, int, int]]:
    """Several files as `import_measurements` saves one, all in ONE transaction: every
    file or none (a commit costs DuckDB milliseconds per transaction, so 200 files in 200
    transactions spent most of an import committing). Files of the same programme land in
    their order (a later file corrects an earlier one, with history). Returns (programme
    id, added, corrected) per file."""
    names = [_clean_name(item.programme) for item in imports]
    batch = [(name, item.werksoort, MeasurementColumns.of(item.rows), item.project_id)
             for name, item in zip(names, imports)]
    return store.write(lambda cur: _import_many(cur, batch, who))


def _import_many(cur, batch, who: str) -> list[tuple[int, int, int]]:
    """A fixed handful of statements for the whole batch, however many files: the
    organisation's programmes (one query), the new ones (one max + one bulk insert), the
    existing choices (one query) and the new ones (one bulk insert),
    and the measurements of every new programme (one bulk insert). Only a programme that
    already had measurements, or gets several files, is written file by file (its
    corrections need the values before)."""
    organisation = scoping.organisation_of(scoping.active())
    ids = {name: int(pid) for pid, name in cur.execute(
        "SELECT id, name FROM kpi_programmes WHERE organisation_id IS NOT DISTINCT FROM ?",
        [organisation]).fetchall()}
    existing = set(ids.values())
    new: dict[str, tuple[str, int | None]] = {}
    for name, werksoort, _, project_id in batch:  # the first file of a programme names its werksoort
        if name not in ids:
            new.setdefault(name, (werksoort, project_id))
    if new:
        for project_id in dict.fromkeys(p for _, p in new.values()):
            scoping.require_project(cur, project_id)  # a link to the organisation's projects only
        start = int(cur.execute("SELECT coalesce(max(id), 0) + 1 FROM kpi_programmes").fetchall()[0][0])
        rows = []
        for offset, (name, (werksoort, project_id)) in enumerate(new.items()):
            ids[name] = start + offset
            rows.append([start + offset, name, werksoort, project_id, organisation])
        _insert_rows(cur, "kpi_programmes", rows)
    chosen: set[tuple[int, str]] = set()
    if existing & {ids[name] for name, *_ in batch}:  # the organisation's choices, one query
        chosen.update((int(pid), kpi) for pid, kpi in cur.execute(
            "SELECT c.programme_id, c.kpi FROM kpi_choices c JOIN kpi_programmes p "
            "ON p.id = c.programme_id WHERE p.organisation_id IS NOT DISTINCT FROM ?",
            [organisation]).fetchall())
    fresh_choices = []
    for name, _, columns, _ in batch:
        for kpi in sorted(set(columns.kpi)):
            if (ids[name], kpi) not in chosen:
                chosen.add((ids[name], kpi))
                fresh_choices.append([ids[name], kpi, None, None])
    _insert_rows(cur, "kpi_choices", fresh_choices)
    files_of = Counter(name for name, *_ in batch)
    now = _now()
    results: list[tuple[int, int, int]] = []
    bulk: list[tuple[int, MeasurementColumns]] = []
    for name, _, columns, _ in batch:
        pid = ids[name]
        if pid in existing or files_of[name] > 1:
            results.append((pid, *_write_measurements(cur, pid, columns, who)))
        else:  # a new programme of one file: all its rows are new, inserted with the others
            bulk.append((pid, columns))
            results.append((pid, len(columns), 0))
    if bulk:
        size = sum(len(c) for _, c in bulk)
        _insert_columns(cur, "kpi_measurements", [
            np.concatenate([np.full(len(c), pid, dtype=np.int32) for pid, c in bulk]),
            [k for _, c in bulk for k in c.kpi], [p for _, c in bulk for p in c.period],
            *(np.concatenate([getattr(c, f) for _, c in bulk])
              for f in ("numerator", "denominator", "value")),
            [who] * size, _times(now, size)])
    return results


def measurement_rows(store: Store, programme_id: int | None = None) -> list[tuple]:
    """(programme, kpi, period, numerator, denominator, value, target, baseline, programme id)
    per measurement, sorted by programme name, KPI and period."""
    extra, params = scoping.clause(store.scope, "kpi_programmes", "p")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT p.name, m.kpi, m.period, m.numerator, m.denominator, m.value, c.target, "
            "c.baseline, p.id FROM kpi_measurements m JOIN kpi_programmes p ON p.id = m.programme_id "
            "LEFT JOIN kpi_choices c ON c.programme_id = m.programme_id AND c.kpi = m.kpi "
            f"WHERE (CAST(? AS INTEGER) IS NULL OR m.programme_id = ?){extra} ORDER BY p.name, m.kpi, m.period",
            [programme_id, programme_id, *params]).fetchall()
    finally:
        cur.close()


_MEASUREMENT_COLUMNS = ["programme", "kpi", "period", "numerator", "denominator", "value",
                        "target", "baseline", "programme_id"]


def measurement_columns(store: Store, programme_id: int | None = None) -> dict[str, object]:
    """The rows of `measurement_rows` as columns (name -> sequence), for the monitor's
    frames; on DuckDB fetched as one Arrow table (160.000 rows in a fraction of the time
    tuples take), elsewhere through fetchall."""
    extra, params = scoping.clause(store.scope, "kpi_programmes", "p")
    cur = store.cursor()
    try:
        if isinstance(cur, duckdb.DuckDBPyConnection):  # a relation: Arrow without a copy
            table = cur.sql(
                "SELECT p.name, m.kpi, m.period, m.numerator, m.denominator, m.value, c.target, "
                "c.baseline, p.id FROM kpi_measurements m JOIN kpi_programmes p ON p.id = m.programme_id "
                "LEFT JOIN kpi_choices c ON c.programme_id = m.programme_id AND c.kpi = m.kpi "
                f"WHERE (CAST(? AS INTEGER) IS NULL OR m.programme_id = ?){extra} ORDER BY p.name, m.kpi, m.period", params=[programme_id, programme_id, *params]).to_arrow_table()
            return {name: table.column(i).to_numpy(zero_copy_only=False)
                    for i, name in enumerate(_MEASUREMENT_COLUMNS)}
        rows = cur.execute(
                "SELECT p.name, m.kpi, m.period, m.numerator, m.denominator, m.value, c.target, "
                "c.baseline, p.id FROM kpi_measurements m JOIN kpi_programmes p ON p.id = m.programme_id "
                "LEFT JOIN kpi_choices c ON c.programme_id = m.programme_id AND c.kpi = m.kpi "
                f"WHERE (CAST(? AS INTEGER) IS NULL OR m.programme_id = ?){extra} ORDER BY p.name, m.kpi, m.period", [programme_id, programme_id, *params]).fetchall()
    finally:
        cur.close()
    return {name: list(column) for name, column in
            zip(_MEASUREMENT_COLUMNS, zip(*rows) if rows else [()] * len(_MEASUREMENT_COLUMNS))}


_SCAN = ("SELECT programme_id, kpi, period, numerator, denominator, value FROM kpi_measurements "
         "WHERE (CAST(? AS INTEGER) IS NULL OR programme_id = ?)")


def _codes(values) -> tuple[np.ndarray, list[str]]:
    codes, distinct = pd.factorize(pd.Series(values, dtype=object), sort=False)
    return codes, list(distinct)


def measurement_codes(store: Store, programme_id: int | None = None) -> dict[str, object]:
    """Every measurement (of one programme) as columns, in no order: ``programme_id``
    (ints), ``kpi`` and ``period`` as (codes, texts), each row's index into the short list
    of distinct texts, and ``numerator``, ``denominator``, ``value`` (floats, NaN: none).
    One scan of one table, no join and no sort (the monitor sorts on the codes); on DuckDB
    one Arrow table, dictionary-encoded there, elsewhere through fetchall."""
    extra, params = scoping.clause(store.scope, "kpi_measurements")
    sql, params = _SCAN + extra, [programme_id, programme_id, *params]
    cur = store.cursor()
    try:
        if isinstance(cur, duckdb.DuckDBPyConnection):
            table = cur.sql(sql, params=params).to_arrow_table()
            out: dict[str, object] = {
                "programme_id": table.column(0).to_numpy().astype(np.int64, copy=False)}
            for i, name in ((1, "kpi"), (2, "period")):
                encoded = table.column(i).combine_chunks().dictionary_encode()
                out[name] = (encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp),
                             encoded.dictionary.to_pylist())
            for i, name in ((3, "numerator"), (4, "denominator"), (5, "value")):
                out[name] = np.asarray(table.column(i).to_numpy(), dtype=float)
            return out
        rows = cur.execute(sql, params).fetchall()
    finally:
        cur.close()
    columns = list(zip(*rows)) if rows else [()] * 6
    return {"programme_id": np.asarray(columns[0], dtype=np.int64),
            "kpi": _codes(columns[1]), "period": _codes(columns[2]),
            **{name: np.asarray(columns[i], dtype=float)
               for i, name in ((3, "numerator"), (4, "denominator"), (5, "value"))}}


def measurement_groups(store: Store, shares: Sequence[str]) -> dict[str, np.ndarray]:
    """Per programme and KPI, in one grouped query over the measurements that have a
    value (a share with a denominator > 0 needs its numerator, any other row its value):
    the ``programme``'s name, the ``kpi``, the number of ``periods``, the numerator,
    denominator and value of the first and the last period (``n0``, ``d0``, ``v0``, ``n1``,
    ``d1``, ``v1``) and the chosen KPI's ``target`` (NaN: none), in no order. ``shares``
    are the keys of the KPIs that are shares."""
    dialect = store.dialect
    parts = [f"{pick(f'm.{c}', 'm.period')} AS {c[0]}{i}"
             for i, pick in ((0, dialect.first_by), (1, dialect.last_by))
             for c in ("numerator", "denominator", "value")]
    sql = ("SELECT p.name, g.kpi, g.periods, g.n0, g.d0, g.v0, g.n1, g.d1, g.v1, c.target FROM "
           "(SELECT m.programme_id, m.kpi, count(*) AS periods, " + ", ".join(parts)
           + " FROM kpi_measurements m WHERE CASE WHEN m.denominator > 0 AND "
           + in_list("m.kpi", len(shares)) + " THEN m.numerator IS NOT NULL "
           "ELSE m.value IS NOT NULL END GROUP BY m.programme_id, m.kpi) g "
           "JOIN kpi_programmes p ON p.id = g.programme_id "
           "LEFT JOIN kpi_choices c ON c.programme_id = g.programme_id AND c.kpi = g.kpi")
    extra, params = scoping.clause(store.scope, "kpi_programmes", "p", joiner="WHERE")
    sql += extra
    names = ["programme", "kpi", "periods", "n0", "d0", "v0", "n1", "d1", "v1", "target"]
    cur = store.cursor()
    try:
        if isinstance(cur, duckdb.DuckDBPyConnection):  # one Arrow table: no tuple per group
            table = cur.sql(sql, params=[*shares, *params]).to_arrow_table()
            columns = [table.column(i).to_numpy(zero_copy_only=False) for i in range(len(names))]
        else:
            rows = cur.execute(sql, [*shares, *params]).fetchall()
            columns = list(zip(*rows)) if rows else [()] * len(names)
    finally:
        cur.close()
    out = {name: np.asarray(column, dtype=float) for name, column in zip(names[3:], columns[3:])}
    out["programme"] = np.asarray(columns[0], dtype=object)
    out["kpi"] = np.asarray(columns[1], dtype=object)
    out["periods"] = np.asarray(columns[2], dtype=np.int64)
    return out


def measurement_log(store: Store, programme_id: int) -> list[tuple]:
    """(kpi, period, numerator, denominator, value, changed_by, changed_at) of the current
    values of a programme."""
    extra, params = scoping.clause(store.scope, "kpi_measurements")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT kpi, period, numerator, denominator, value, changed_by, changed_at "
            f"FROM kpi_measurements WHERE programme_id = ?{extra} ORDER BY kpi, period",
            [programme_id, *params]).fetchall()
    finally:
        cur.close()


def history(store: Store, programme_id: int) -> list[tuple]:
    """(kpi, period, old numerator, old denominator, old value, entered by, entered at,
    replaced by, replaced at), newest correction first."""
    extra, params = scoping.clause(store.scope, "kpi_history")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT kpi, period, numerator, denominator, value, changed_by, changed_at, "
            f"replaced_by, replaced_at FROM kpi_history WHERE programme_id = ?{extra} "
            "ORDER BY replaced_at DESC, kpi, period", [programme_id, *params]).fetchall()
    finally:
        cur.close()


# --- benchmarks ------------------------------------------------------------------------------

def save_benchmarks(store: Store, rows: Sequence[tuple], source: str) -> int:
    """Replace the benchmark of the KPIs in ``rows`` ((kpi, period, organisations, p25, p50,
    p75)); return how many (kpi, period) were saved."""
    kpis = sorted({r[0] for r in rows})
    organisation = scoping.organisation_of(store.scope)

    def work(cur) -> int:
        for kpi in kpis:
            cur.execute("DELETE FROM kpi_benchmarks WHERE kpi = ? "
                        "AND organisation_id IS NOT DISTINCT FROM ?", [kpi, organisation])
        if rows:
            _insert_rows(cur, "kpi_benchmarks", [[*r, source, organisation] for r in rows])
        return len(rows)

    return store.write(work)


def benchmark_rows(store: Store, kpi: str | None = None) -> list[tuple]:
    """(kpi, period, organisations, p25, p50, p75, source) sorted by KPI and period."""
    extra, params = scoping.clause(store.scope, "kpi_benchmarks")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT kpi, period, organisations, p25, p50, p75, source FROM kpi_benchmarks "
            f"WHERE (CAST(? AS TEXT) IS NULL OR kpi = ?){extra} ORDER BY kpi, period",
            [kpi, kpi, *params]).fetchall()
    finally:
        cur.close()
