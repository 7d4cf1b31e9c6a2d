"""Versions, comments and share links in the store: migration 8 and every query of the area.

Portable SQL only (``?`` placeholders, TEXT/INTEGER/BOOLEAN/TIMESTAMP, JSON as TEXT), so
the PostgreSQL backend runs the same statements. Functions that take a cursor run inside
the caller's transaction (`Store.write`, or the save of a project); those that take the
store read with a cursor of their own. Comment and link ids are random text, so a
restore keeps them and new ones never collide; the back-up finds the tables itself, and
deleting a project deletes its versions, comments and links (`register_project_rows`).
"""

from __future__ import annotations

import datetime as dt
import json

from impactkaart.store import scoping
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store, register_project_rows, register_saved
from impactkaart.versions.authors import current, restored_from
from impactkaart.versions.changes import Change, differences, to_json

register(8, "versions", [
    # One row per save of a project: the whole project file as JSON (a snapshot: a restore
    # or a compare reads one row, never a chain) and what changed against the version
    # before, as codes and values (worded in either language when shown). version_key
    # ("project_id:number") is the one-column key a version is read by: DuckDB looks a
    # single-column key up in its index, a two-column filter scans the table (1 ms
    # against 40 ms at 1.000 versions of 11 KiB, measured for bench/versions.py).
    """CREATE TABLE project_versions (
        project_id INTEGER NOT NULL, number INTEGER NOT NULL,
        saved_at TIMESTAMP NOT NULL, author TEXT NOT NULL DEFAULT '',
        label TEXT, restored_from INTEGER,
        snapshot TEXT NOT NULL, changes TEXT NOT NULL,
        version_key TEXT NOT NULL UNIQUE,
        PRIMARY KEY (project_id, number))""",
    # A comment on the project, an effect (by its outcome) or one assumption of an effect;
    # parent_id: the comment it answers (a thread). version: the project's version then.
    """CREATE TABLE project_comments (
        id TEXT PRIMARY KEY, project_id INTEGER NOT NULL, parent_id TEXT,
        target_kind TEXT NOT NULL, effect TEXT, assumption TEXT,
        author TEXT NOT NULL, body TEXT NOT NULL, created_at TIMESTAMP NOT NULL,
        version INTEGER, via_link TEXT,
        resolved BOOLEAN NOT NULL DEFAULT FALSE, resolved_by TEXT, resolved_at TIMESTAMP)""",
    # A read-only link: only the SHA-256 of its random token is kept.
    """CREATE TABLE share_links (
        id TEXT PRIMARY KEY, project_id INTEGER NOT NULL, version INTEGER,
        token_hash TEXT NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL DEFAULT '', created_at TIMESTAMP NOT NULL,
        expires_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP,
        allow_comments BOOLEAN NOT NULL DEFAULT FALSE)""",
])


def _delete_rows(cur, project_id: int) -> None:
    cur.execute("DELETE FROM project_versions WHERE project_id = ?", [project_id])
    cur.execute("DELETE FROM project_comments WHERE project_id = ?", [project_id])
    cur.execute("DELETE FROM share_links WHERE project_id = ?", [project_id])


register_project_rows(_delete_rows)
for _table in ("project_versions", "project_comments", "share_links"):
    scoping.child(_table, "project_id", "projects")


# --- versions --------------------------------------------------------------------------------

# Rows of a version as `version_rows` returns them (no snapshot).
VERSION_COLUMNS = ("number", "saved_at", "author", "label", "restored_from", "changes")


def latest_version(cur, project_id: int) -> tuple[int, str] | None:
    """(number, snapshot) of a project's newest version, inside the caller's transaction."""
    # The newest number first, then that one row by its key: the snapshots of the older
    # versions are never read.
    extra, params = scoping.clause(scoping.whole_organisation(scoping.active()), "project_versions")
    newest = cur.execute(f"SELECT max(number) FROM project_versions WHERE project_id = ?{extra}",
                         [project_id, *params]).fetchone()[0]
    if newest is None:
        return None
    row = cur.execute("SELECT snapshot FROM project_versions WHERE version_key = ?",
                      [version_key(project_id, newest)]).fetchone()
    return int(newest), row[0]


def version_key(project_id: int, number: int) -> str:
    return f"{int(project_id)}:{int(number)}"


def insert_version(cur, project_id: int, number: int, saved_at: dt.datetime, author: str,
                   restored_from: int | None, snapshot: str, changes: str) -> None:
    # the save checked the project (a workshop's new one is linked to its workspace after)
    scoping.require_project(cur, project_id, scoping.whole_organisation(scoping.active()))
    cur.execute(
        "INSERT INTO project_versions (project_id, number, saved_at, author, restored_from, "
        "snapshot, changes, version_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [project_id, number, saved_at, author, restored_from, snapshot, changes,
         version_key(project_id, number)])


def version_rows(store: Store, project_id: int) -> list[tuple]:
    """`VERSION_COLUMNS` of every version of a project, newest first (no snapshots)."""
    extra, params = scoping.clause(store.scope, "project_versions")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT number, saved_at, author, label, restored_from, changes "
            f"FROM project_versions WHERE project_id = ?{extra} ORDER BY number DESC",
            [project_id, *params]).fetchall()
    finally:
        cur.close()


def snapshot(store: Store, project_id: int, number: int) -> str | None:
    """The snapshot (project-file JSON) of one version of a project."""
    extra, params = scoping.clause(store.scope, "project_versions")
    cur = store.cursor()
    try:
        row = cur.execute(f"SELECT snapshot FROM project_versions WHERE version_key = ?{extra}",
                          [version_key(project_id, number), *params]).fetchone()
    finally:
        cur.close()
    return None if row is None else row[0]


def set_label(cur, project_id: int, number: int, label: str | None) -> bool:
    scoping.require_project(cur, project_id)
    return bool(cur.execute(
        "UPDATE project_versions SET label = ? WHERE version_key = ? RETURNING number",
        [label, version_key(project_id, number)]).fetchall())


# --- comments --------------------------------------------------------------------------------

COMMENT_COLUMNS = ("id", "parent_id", "target_kind", "effect", "assumption", "author", "body",
                   "created_at", "version", "via_link", "resolved", "resolved_by", "resolved_at")


def insert_comment(cur, project_id: int, row: tuple) -> None:
    """A comment: ``row`` holds the first ten of `COMMENT_COLUMNS` (id … via_link)."""
    scoping.require_project(cur, project_id)
    cur.execute(
        "INSERT INTO project_comments (project_id, id, parent_id, target_kind, effect, "
        "assumption, author, body, created_at, version, via_link) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [project_id, *row])


def comment_rows(store: Store, project_id: int) -> list[tuple]:
    """`COMMENT_COLUMNS` of a project's comments, oldest first."""
    extra, params = scoping.clause(store.scope, "project_comments")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT id, parent_id, target_kind, effect, assumption, author, body, created_at, "
            "version, via_link, resolved, resolved_by, resolved_at FROM project_comments "
            f"WHERE project_id = ?{extra} ORDER BY created_at, id",
            [project_id, *params]).fetchall()
    finally:
        cur.close()


def comment_of(cur, comment_id: str) -> tuple | None:
    """(project_id, parent_id) of a comment, inside the caller's transaction."""
    extra, params = scoping.clause(scoping.active(), "project_comments")
    return cur.execute(f"SELECT project_id, parent_id FROM project_comments WHERE id = ?{extra}",
                       [comment_id, *params]).fetchone()


def set_resolved(cur, comment_id: str, resolved: bool, who: str | None,
                 when: dt.datetime | None) -> bool:
    extra, params = scoping.clause(scoping.active(), "project_comments")
    return bool(cur.execute(
        "UPDATE project_comments SET resolved = ?, resolved_by = ?, resolved_at = ? "
        f"WHERE id = ?{extra} RETURNING id", [resolved, who, when, comment_id, *params]).fetchall())


# --- share links -----------------------------------------------------------------------------

LINK_COLUMNS = ("id", "project_id", "version", "label", "created_by", "created_at",
                "expires_at", "revoked_at", "allow_comments")
# SQL text built once from the constant names above, never from values.
_LINK_SELECT = f"SELECT {', '.join(LINK_COLUMNS)} FROM share_links"


def insert_link(cur, row: tuple, token_hash: str) -> None:
    """A link: ``row`` holds `LINK_COLUMNS` but revoked_at, in that order."""
    scoping.require_project(cur, row[1])
    cur.execute(
        "INSERT INTO share_links (id, project_id, version, label, created_by, created_at, "
        "expires_at, allow_comments, token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*row, token_hash])


def link_by_hash(store: Store, token_hash: str) -> tuple | None:
    """The link of a token's hash: any link through an unscoped store (the shared page
    opens it before it knows whose it is), only the organisation's through a scoped one."""
    extra, params = scoping.clause(store.scope, "share_links")
    cur = store.cursor()
    try:
        return cur.execute(
            f"{_LINK_SELECT} WHERE token_hash = ?{extra}", [token_hash, *params]).fetchone()
    finally:
        cur.close()


def link_rows(store: Store, project_id: int) -> list[tuple]:
    """`LINK_COLUMNS` of a project's links, newest first."""
    extra, params = scoping.clause(store.scope, "share_links")
    cur = store.cursor()
    try:
        return cur.execute(
            f"{_LINK_SELECT} WHERE project_id = ?{extra} ORDER BY created_at DESC, id",
            [project_id, *params]).fetchall()
    finally:
        cur.close()


def revoke(cur, link_id: str, when: dt.datetime) -> bool:
    extra, params = scoping.clause(scoping.active(), "share_links")
    return bool(cur.execute(
        "UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
        f"{extra} RETURNING id", [when, link_id, *params]).fetchall())


def project_organisation(store: Store, project_id: int) -> int | None:
    """The organisation a project belongs to (None: none, the laptop, or no such project)."""
    extra, params = scoping.clause(store.scope, "projects")
    cur = store.cursor()
    try:
        row = cur.execute(f"SELECT organisation_id FROM projects WHERE id = ?{extra}",
                          [project_id, *params]).fetchone()
    finally:
        cur.close()
    return None if row is None or row[0] is None else int(row[0])


# --- every save is a version -----------------------------------------------------------------


def snapshot_text(data: dict) -> str:
    """A project dict as the text a version keeps (stable: equal projects, equal text)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_version(cur, project_id: int, data: dict) -> None:
    """Inside the save of a project: a new version when it differs from the newest one,
    with who, when and what changed (a save that changes nothing adds none)."""
    text = snapshot_text(data)
    newest = latest_version(cur, project_id)
    if newest is not None and newest[1] == text:
        return
    found = differences(None if newest is None else json.loads(newest[1]), data)
    number = restored_from()
    if number is not None:
        found.insert(0, Change("restored", {"number": number}))
    insert_version(cur, project_id, 1 if newest is None else newest[0] + 1, dt.datetime.now(),
                   current(), number, text, to_json(found))


register_saved(record_version)
