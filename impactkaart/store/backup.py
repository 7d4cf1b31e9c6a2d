"""Back-up and restore of the whole store, as one readable JSON file.

A back-up holds every project with its id (in the JSON project-file shape,
docs/project-format.md) and the rows of the tables later migrations added
beside the projects (such as scenarios). Restoring:

1. reads and checks the whole file first: every project goes through
   `parse_project`; any problem stops the restore with a Dutch message and
   nothing is touched;
2. writes the current contents as an automatic back-up next to the database
   file (``impactkaart-automatische-backup-JJJJMMDD-UUMMSS.json``);
3. replaces everything in one transaction (`Store.replace_all`): the store
   holds either the old or the new contents, never a mix.

JSON rather than a copy of the DuckDB file: it survives DuckDB and schema
upgrades, a person can read it, and it is checked value by value on the way in.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from impactkaart.authoring.editing import project_dict
from impactkaart.core.model import Project, ProjectError, parse_project
from impactkaart.store import scoping
from impactkaart.store.migrations import latest
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import t

FORMAT = "impactkaart-backup"
VERSION = 1
MAX_BACKUP_BYTES = 100 * 1024 * 1024  # thousands of projects; beyond this it is not ours
AUTO_PREFIX = "impactkaart-automatische-backup"


@dataclass(frozen=True)
class Reason:
    """Why a back-up cannot be restored: a catalogue key (``backup.error.<code>``) and its
    values, worded by `text`; ``where`` (a project's place in the file) goes first. A
    finding of the project validator is kept as its own sentence (``sentence``)."""

    code: str = ""
    values: tuple[tuple[str, object], ...] = ()
    where: Reason | None = None
    sentence: str = ""

    def text(self, lang: str = "nl") -> str:
        said = self.sentence or t(f"backup.error.{self.code}", lang, **dict(self.values))
        return f"{self.where.text(lang)}: {said}" if self.where else said


def _reason(code: str, where: Reason | None = None, **values: object) -> Reason:
    return Reason(code, tuple(values.items()), where)


class BackupError(ValueError):
    """The back-up file cannot be restored; ``reasons`` lists every reason, ``errors`` the
    same in Dutch and `texts(lang)` in a language."""

    def __init__(self, reasons: list[Reason]):
        self.reasons = reasons
        self.errors = self.texts("nl")
        super().__init__("\n".join(self.errors))

    def texts(self, lang: str = "nl") -> list[str]:
        return [reason.text(lang) for reason in self.reasons]


@dataclass(frozen=True)
class Backup:
    projects: list[tuple[int, Project]]
    tables: dict[str, pd.DataFrame]
    created_at: str = ""


@dataclass(frozen=True)
class RestoreResult:
    projects: int
    automatic_backup: Path | None  # where the previous contents were saved


# --- writing -------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A table cell as JSON: timestamps as ISO text, NaN/NA as null."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def backup_data(store: Store) -> dict[str, Any]:
    projects = [{"id": project_id, "project": project_dict(project)}
                for project_id, project in store.load_all()]
    tables = {
        name: [{c: _plain(v) for c, v in row.items()} for row in frame.to_dict("records")]
        for name, frame in store.extra_tables().items()
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": latest(),
        "created_at": dt.datetime.now().isoformat(timespec="seconds"),
        "projects": projects,
        "tables": tables,
    }


def backup_bytes(store: Store) -> bytes:
    return (json.dumps(backup_data(store), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old file or the new one, whole."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_backup(store: Store, path: str | Path) -> int:
    """Write a back-up file; returns the number of projects in it."""
    data = backup_bytes(store)
    write_atomically(Path(path), data)
    return len(json.loads(data)["projects"])


# --- reading -------------------------------------------------------------------------------


def parse_backup(raw: bytes) -> Backup:
    """Check a whole back-up file; `BackupError` with every problem, or the `Backup`."""
    if len(raw) > MAX_BACKUP_BYTES:
        raise BackupError([_reason("too_big", mb=MAX_BACKUP_BYTES // 2**20)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BackupError([_reason("not_utf8")]) from exc
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise BackupError([_reason("not_json")]) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        project_file = isinstance(data, dict) and "effects" in data and "name" in data
        raise BackupError([_reason("project_file" if project_file else "not_backup")])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupError([_reason("no_version")])
    if version > VERSION:
        raise BackupError([_reason("newer_version", version=version)])
    errors: list[Reason] = []
    projects = _projects(data.get("projects"), errors)
    tables = _tables(data.get("tables", {}), errors)
    if errors:
        raise BackupError(errors)
    created = data.get("created_at")
    return Backup(projects, tables, created if isinstance(created, str) else "")


def _reject_constant(name: str) -> float:
    raise ValueError(name)


def _projects(items: Any, errors: list[Reason]) -> list[tuple[int, Project]]:
    if not isinstance(items, list):
        errors.append(_reason("no_projects"))
        return []
    projects, seen = [], set()
    for i, item in enumerate(items):
        where = _reason("where", n=i + 1)
        if not isinstance(item, dict) or set(item) != {"id", "project"}:
            errors.append(_reason("id_and_project", where))
            continue
        project_id = item["id"]
        if not isinstance(project_id, int) or isinstance(project_id, bool) or not 1 <= project_id < 2**31:
            errors.append(_reason("bad_id", where))
            continue
        if project_id in seen:
            errors.append(_reason("double_id", where, id=project_id))
            continue
        seen.add(project_id)
        try:
            projects.append((project_id, parse_project(item["project"])))
        except ProjectError as exc:
            name = item["project"].get("name") if isinstance(item["project"], dict) else None
            label = (_reason("where_named", n=i + 1, id=project_id, name=name)
                     if isinstance(name, str) else _reason("where_id", n=i + 1, id=project_id))
            errors += [Reason(where=label, sentence=str(e)) for e in exc.errors]
    return projects


def _tables(tables: Any, errors: list[Reason]) -> dict[str, pd.DataFrame]:
    """Extra tables as frames; their names and columns are checked against the store on
    restore (`Store.replace_all` only writes tables and columns that exist)."""
    if not isinstance(tables, dict):
        errors.append(_reason("tables_not_object"))
        return {}
    frames = {}
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            errors.append(_reason("table_not_rows", name=name))
            continue
        frames[str(name)] = pd.DataFrame(rows)
    return frames


# --- restoring -----------------------------------------------------------------------------


def automatic_backup_path(store: Store) -> Path | None:
    """Where the contents go before a restore replaces them (None for an in-memory store)."""
    if str(store.path) == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return store.backup_folder / f"{AUTO_PREFIX}-{stamp}.json"


def check_backup(store: Store, raw: bytes) -> Backup:
    """`parse_backup`, and every extra table must exist in this store (nothing written)."""
    backup = parse_backup(raw)
    if store.scope is not None:  # the accounts belong to the whole database, not one organisation
        accounts = sorted(set(backup.tables) & scoping.ACCOUNT_TABLES)
        if accounts:
            raise BackupError([_reason("accounts_table", name=name) for name in accounts])
    unknown = sorted(set(backup.tables) - set(store.extra_tables()))
    if unknown:
        raise BackupError([_reason("unknown_table", name=name) for name in unknown])
    return backup


def restore(store: Store, raw: bytes) -> RestoreResult:
    """Replace the store's contents with a back-up, keeping the current contents as an
    automatic back-up first. Raises `BackupError` (nothing touched) for a bad file."""
    backup = check_backup(store, raw)
    keep = automatic_backup_path(store)
    if keep is not None:
        write_atomically(keep, backup_bytes(store))
    store.replace_all(backup.projects, backup.tables)
    return RestoreResult(len(backup.projects), keep)
