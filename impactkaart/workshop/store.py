"""Workshops in the DuckDB store: migration 5 and every query of `impactkaart.workshop.rooms`.

Parameterised queries only. Functions that take a cursor run inside the caller's
transaction (`Store.write`, see rooms.py); those that take the store read with a
cursor of their own. Ids are random text, so a restore keeps them and new ones never
collide; the tables are discovered by the back-up like every area's.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

from impactkaart.store import scoping
from impactkaart.store.dialect import in_list
from impactkaart.store.migrations import register
from impactkaart.store.projects import Store, delete_project_rows
from impactkaart.workshop.design import Design, Item

# A workshop row: these columns in this order, the fields of rooms.Workshop.
WORKSHOP_COLUMNS = ("id", "name", "held_on", "join_code", "created_at", "expires_at")
_WORKSHOP = ", ".join(WORKSHOP_COLUMNS)
_WORKSHOP_AS_W = ", ".join(f"w.{column}" for column in WORKSHOP_COLUMNS)

register(5, "workshops", [
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
])


# --- the scope -------------------------------------------------------------------------------


def _workshop_in_scope(cur, workshop_id: str) -> None:
    """Inside a write through a scoped store: another organisation's workshop is not found."""
    scoping.require(cur, "workshops", "id", workshop_id)


def _workspace_in_scope(cur, workspace_id: str) -> None:
    scoping.require(cur, "workspaces", "id", workspace_id)


def workshop_organisation(store: Store, workshop_id: str) -> int | None:
    """The organisation a workshop belongs to (None: none, the laptop, or no such workshop)."""
    extra, params = scoping.clause(store.scope, "workshops")
    cur = store.cursor()
    try:
        row = cur.execute(f"SELECT organisation_id FROM workshops WHERE id = ?{extra}",
                          [workshop_id, *params]).fetchone()
    finally:
        cur.close()
    return None if row is None or row[0] is None else int(row[0])


# --- reading ---------------------------------------------------------------------------------


def workshop_row(store: Store, workshop_id: str) -> tuple | None:
    """id, name, held_on, join_code, created_at, expires_at of a workshop."""
    extra, params = scoping.clause(store.scope, "workshops")
    cur = store.cursor()
    try:
        return cur.execute(
            f"SELECT {_WORKSHOP} FROM workshops "
            f"WHERE id = ?{extra}", [workshop_id, *params]).fetchone()
    finally:
        cur.close()


def workshop_row_by_code(store: Store, join_code: str) -> tuple | None:
    """The `workshop_row` of a join code (as stored: normalised)."""
    extra, params = scoping.clause(store.scope, "workshops")
    cur = store.cursor()
    try:
        return cur.execute(
            f"SELECT {_WORKSHOP} FROM workshops "
            f"WHERE join_code = ?{extra}", [join_code, *params]).fetchone()
    finally:
        cur.close()


def facilitator_hash(store: Store, workshop_id: str) -> str | None:
    extra, params = scoping.clause(store.scope, "workshops")
    cur = store.cursor()
    try:
        row = cur.execute(f"SELECT facilitator_hash FROM workshops WHERE id = ?{extra}",
                          [workshop_id, *params]).fetchone()
    finally:
        cur.close()
    return None if row is None else row[0]


def workspace_row_by_token(store: Store, token_hash: str) -> tuple | None:
    """(id, attendee, project_id, version, updated_at) of the workspace of a token's hash,
    followed by its `workshop_row`."""
    extra, params = scoping.clause(store.scope, "workspaces", "s")
    cur = store.cursor()
    try:
        return cur.execute(
            f"SELECT s.id, s.attendee, s.project_id, s.version, s.updated_at, {_WORKSHOP_AS_W} "
            "FROM workspaces s JOIN workshops w ON w.id = s.workshop_id "
            f"WHERE s.token_hash = ?{extra}", [token_hash, *params]).fetchone()
    finally:
        cur.close()


def workspace_rows(store: Store, workshop_id: str) -> list[tuple]:
    """(id, attendee, project_id, version, updated_at) of every workspace, in join order."""
    extra, params = scoping.clause(store.scope, "workspaces")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT id, attendee, project_id, version, updated_at FROM workspaces "
            f"WHERE workshop_id = ?{extra} ORDER BY created_at, id",
            [workshop_id, *params]).fetchall()
    finally:
        cur.close()


def workspace_project_ids(store: Store) -> set[int]:
    """Ids of every saved project that is an attendee's workshop design."""
    extra, params = scoping.clause(store.scope, "projects", "p", joiner="WHERE")
    cur = store.cursor()
    try:
        rows = cur.execute(
            f"SELECT s.project_id FROM workspaces s JOIN projects p ON p.id = s.project_id{extra}",
            params).fetchall()
    finally:
        cur.close()
    return {int(r[0]) for r in rows}


def room_signature(store: Store, workshop_id: str) -> tuple[tuple[str, int], ...]:
    """(workspace, version) of every workspace: changes whenever anyone saves anything."""
    extra, params = scoping.clause(store.scope, "workspaces")
    cur = store.cursor()
    try:
        return tuple(cur.execute(
            f"SELECT id, version FROM workspaces WHERE workshop_id = ?{extra} ORDER BY created_at, id",
            [workshop_id, *params]).fetchall())
    finally:
        cur.close()


# Designs read before, by workspace, with the (version, last change) they were read at.
# Every change of a design bumps its workspace's version and updated_at in the same
# transaction (`bump`), so an unchanged pair means unchanged items and fields, whichever
# process wrote them; a restore brings pairs back with the content they had. A room
# rereads its designs every few seconds (the facilitator's overview) and a save reads its
# design twice (the rebuild, then the page): now only changed designs are read again. An
# entry read inside a transaction that is then rolled back is never matched: the next
# write reaches that version again with a later updated_at (the transaction's start).
_KEPT: OrderedDict[str, tuple[tuple, Design]] = OrderedDict()
KEEP_DESIGNS = 512
_KEPT_LOCK = threading.Lock()


def _kept(workspace_id: str, stamp: tuple) -> Design | None:
    with _KEPT_LOCK:
        entry = _KEPT.get(workspace_id)
        if entry is None or entry[0] != stamp:
            return None
        _KEPT.move_to_end(workspace_id)
        return entry[1]


def _keep(designs: dict[str, Design], stamps: dict[str, tuple]) -> None:
    with _KEPT_LOCK:
        for workspace_id, design in designs.items():
            _KEPT[workspace_id] = (stamps[workspace_id], design)
            _KEPT.move_to_end(workspace_id)
        while len(_KEPT) > KEEP_DESIGNS:
            _KEPT.popitem(last=False)


def read_designs(cur, workspace_ids: list[str], scope=None) -> dict[str, Design]:
    """The designs of these workspaces (those of the scope, or inside a write the active
    scope, only): one query for their versions, and two more for those changed since they
    were last read, whatever their number."""
    extra, params = scoping.clause(scope or scoping.active(), "workspaces")
    n = len(workspace_ids)
    stamps = {ws: (int(version), changed) for ws, version, changed in cur.execute(
        f"SELECT id, version, updated_at FROM workspaces WHERE {in_list('id', n)}{extra}",
        [*workspace_ids, *params]).fetchall()}
    found = {ws: _kept(ws, stamp) for ws, stamp in stamps.items()}  # the scope's only
    fresh = _read_designs(cur, {ws: stamps[ws][0] for ws, design in found.items() if design is None})
    _keep(fresh, stamps)
    return {ws: fresh[ws] if design is None else design for ws, design in found.items()}


def _read_designs(cur, versions: dict[str, int]) -> dict[str, Design]:
    if not versions:
        return {}
    workspace_ids = list(versions)
    n = len(workspace_ids)
    fields: dict[tuple[str, str], tuple[dict, dict]] = {}
    for ws, item, name, value, version in cur.execute(
        "SELECT workspace_id, item_id, field, value, version FROM workspace_fields "
        f"WHERE {in_list('workspace_id', n)}", workspace_ids
    ).fetchall():
        values, stamps = fields.setdefault((ws, item), ({}, {}))
        values[name] = json.loads(value) if value is not None else None
        stamps[name] = version
    items: dict[str, list[Item]] = {ws: [] for ws in versions}
    for ws, item, kind, parent, position in cur.execute(
        "SELECT workspace_id, item_id, kind, parent_id, position FROM workspace_items "
        f"WHERE {in_list('workspace_id', n)} ORDER BY workspace_id, position", workspace_ids
    ).fetchall():
        values, stamps = fields.get((ws, item), ({}, {}))
        items[ws].append(Item(item, kind, parent, position, values, stamps))
    return {ws: Design(ws, versions[ws], tuple(items[ws])) for ws in versions}


def load_design(store: Store, workspace_id: str) -> Design:
    cur = store.cursor()
    try:
        return read_designs(cur, [workspace_id], store.scope)[workspace_id]
    finally:
        cur.close()


def load_designs(store: Store, workspace_ids: list[str]) -> dict[str, Design]:
    cur = store.cursor()
    try:
        return read_designs(cur, list(workspace_ids), store.scope)
    finally:
        cur.close()


# --- inside a write transaction ----------------------------------------------------------------


def join_code_taken(cur, join_code: str) -> bool:
    return cur.execute("SELECT 1 FROM workshops WHERE join_code = ?", [join_code]).fetchone() is not None


def insert_workshop(cur, row: tuple, facilitator_hash: str) -> None:
    """A new workshop from its `workshop_row` and the hash of its facilitator code."""
    scope = scoping.active()
    cur.execute(f"INSERT INTO workshops ({_WORKSHOP}, facilitator_hash, organisation_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [*row, facilitator_hash, scoping.organisation_of(scope)])


def insert_workspace(cur, workspace_id: str, workshop_id: str, attendee: str,
                     token_hash: str) -> None:
    _workshop_in_scope(cur, workshop_id)
    cur.execute(
        "INSERT INTO workspaces (id, workshop_id, attendee, token_hash) VALUES (?, ?, ?, ?)",
        [workspace_id, workshop_id, attendee, token_hash])


def put_field(cur, workspace_id: str, item_id: str, name: str, value: Any, version: int) -> None:
    """Save one field (as JSON) with the version of the write that set it."""
    _workspace_in_scope(cur, workspace_id)
    cur.execute(
        "INSERT INTO workspace_fields (workspace_id, item_id, field, value, version, updated_at) "
        "VALUES (?, ?, ?, ?, ?, current_timestamp) ON CONFLICT (workspace_id, item_id, field) "
        "DO UPDATE SET value = excluded.value, version = excluded.version, "
        "updated_at = excluded.updated_at",
        [workspace_id, item_id, name, None if value is None else json.dumps(value), version])


def bump(cur, workspace_id: str) -> int | None:
    """Count one write of the workspace; its new version, or None when it is gone."""
    _workspace_in_scope(cur, workspace_id)
    row = cur.execute(
        "UPDATE workspaces SET version = version + 1, updated_at = current_timestamp "
        "WHERE id = ? RETURNING version", [workspace_id]).fetchone()
    return None if row is None else int(row[0])


def insert_item(cur, workspace_id: str, item_id: str, kind: str, parent_id: str | None,
                version: int, values: dict[str, Any]) -> None:
    _workspace_in_scope(cur, workspace_id)
    cur.execute(
        "INSERT INTO workspace_items (workspace_id, item_id, kind, parent_id, position) "
        "VALUES (?, ?, ?, ?, ?)", [workspace_id, item_id, kind, parent_id, version])
    for name, value in values.items():
        if value is not None:
            put_field(cur, workspace_id, item_id, name, value, version)


def item_kind(cur, workspace_id: str, item_id: str | None) -> str | None:
    """The kind of an item of the workspace (None: no such item)."""
    _workspace_in_scope(cur, workspace_id)
    row = cur.execute("SELECT kind FROM workspace_items WHERE workspace_id = ? AND item_id = ?",
                      [workspace_id, item_id]).fetchone()
    return None if row is None else row[0]


def field_is_empty(cur, workspace_id: str, item_id: str, name: str) -> bool:
    """True when the item's field was never set or is empty (NULL)."""
    _workspace_in_scope(cur, workspace_id)
    row = cur.execute(
        "SELECT value FROM workspace_fields WHERE workspace_id = ? AND item_id = ? "
        "AND field = ?", [workspace_id, item_id, name]).fetchone()
    return row is None or row[0] is None


def delete_item(cur, workspace_id: str, item_id: str) -> bool:
    """Delete an item with the items under it and all their fields; False if it was gone."""
    _workspace_in_scope(cur, workspace_id)
    found = cur.execute(
        "DELETE FROM workspace_items WHERE workspace_id = ? AND (item_id = ? OR parent_id = ?) "
        "RETURNING item_id", [workspace_id, item_id, item_id]).fetchall()
    if not found:
        return False
    items = [r[0] for r in found]
    cur.execute(f"DELETE FROM workspace_fields WHERE workspace_id = ? AND {in_list('item_id', len(items))}",
                [workspace_id, *items])
    return True


def rebuild_row(cur, workspace_id: str) -> tuple | None:
    """(attendee, project_id) of a workspace followed by its `workshop_row`; None if gone."""
    _workspace_in_scope(cur, workspace_id)
    return cur.execute(
        f"SELECT s.attendee, s.project_id, {_WORKSHOP_AS_W} "
        "FROM workspaces s JOIN workshops w ON w.id = s.workshop_id WHERE s.id = ?",
        [workspace_id]).fetchone()


def set_project(cur, workspace_id: str, project_id: int) -> None:
    _workspace_in_scope(cur, workspace_id)
    cur.execute("UPDATE workspaces SET project_id = ? WHERE id = ?", [project_id, workspace_id])


def project_of(cur, workspace_id: str) -> int | None:
    _workspace_in_scope(cur, workspace_id)
    return cur.execute("SELECT project_id FROM workspaces WHERE id = ?",
                       [workspace_id]).fetchone()[0]


def delete_workshop_rows(cur, workshop_id: str) -> tuple[int, int]:
    """Delete a workshop with every workspace, field and project in it; (workspaces,
    projects) deleted."""
    _workshop_in_scope(cur, workshop_id)
    rows = cur.execute("SELECT id, project_id FROM workspaces WHERE workshop_id = ?",
                       [workshop_id]).fetchall()
    ids = [r[0] for r in rows]
    projects = [r[1] for r in rows if r[1] is not None]
    if ids:
        cur.execute(f"DELETE FROM workspace_fields WHERE {in_list('workspace_id', len(ids))}", ids)
        cur.execute(f"DELETE FROM workspace_items WHERE {in_list('workspace_id', len(ids))}", ids)
    cur.execute("DELETE FROM workspaces WHERE workshop_id = ?", [workshop_id])
    for project_id in projects:
        delete_project_rows(cur, project_id)
    delete_room_rows(cur, workshop_id, ids)
    cur.execute("DELETE FROM workshops WHERE id = ?", [workshop_id])
    scoping.audit(cur, scoping.active(), "delete", f"workshop {workshop_id}",
                  f"{len(ids)} deelnemer(s), {len(projects)} project(en)")
    return len(ids), len(projects)


# --- migration 9: running the room (issue 20) ------------------------------------------------

register(9, "workshop room", [
    # The step the facilitator has put the room on, since when and for how many minutes.
    """CREATE TABLE workshop_room (
        workshop_id TEXT PRIMARY KEY, step INTEGER NOT NULL,
        step_started_at TIMESTAMP NOT NULL, step_minutes INTEGER NOT NULL)""",
    # Failed facilitator-code attempts: the rate limit counts them, a restart keeps them.
    """CREATE TABLE workshop_login_failures (
        workshop_id TEXT NOT NULL, failed_at TIMESTAMP NOT NULL)""",
    # A facilitator's signed-in browser (the hash of its cookie's token), until it expires.
    """CREATE TABLE workshop_facilitator_sessions (
        token_hash TEXT PRIMARY KEY, workshop_id TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL)""",
    # An attendee who lost the link asks for it back ("ben jij dit?"); the facilitator
    # confirms, and only the asking browser (the hash of its secret) gets a new link.
    """CREATE TABLE workshop_rejoins (
        id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, secret_hash TEXT NOT NULL,
        created_at TIMESTAMP NOT NULL, approved BOOLEAN NOT NULL DEFAULT FALSE,
        claimed BOOLEAN NOT NULL DEFAULT FALSE)""",
])


def room_step_row(store: Store, workshop_id: str) -> tuple | None:
    """(step, step_started_at, step_minutes) of the room; None: not started."""
    extra, params = scoping.clause(store.scope, "workshop_room")
    cur = store.cursor()
    try:
        return cur.execute("SELECT step, step_started_at, step_minutes FROM workshop_room "
                           f"WHERE workshop_id = ?{extra}", [workshop_id, *params]).fetchone()
    finally:
        cur.close()


def put_room_step(cur, workshop_id: str, step: int, started_at, minutes: int) -> None:
    _workshop_in_scope(cur, workshop_id)
    cur.execute(
        "INSERT INTO workshop_room (workshop_id, step, step_started_at, step_minutes) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (workshop_id) DO UPDATE SET step = excluded.step, "
        "step_started_at = excluded.step_started_at, step_minutes = excluded.step_minutes",
        [workshop_id, step, started_at, minutes])


def failures_since(cur, workshop_id: str, since) -> list:
    """The times of the failed attempts since ``since``, oldest first."""
    _workshop_in_scope(cur, workshop_id)
    return [r[0] for r in cur.execute(
        "SELECT failed_at FROM workshop_login_failures WHERE workshop_id = ? AND failed_at > ? "
        "ORDER BY failed_at", [workshop_id, since]).fetchall()]


def add_failure(cur, workshop_id: str, at) -> None:
    _workshop_in_scope(cur, workshop_id)
    cur.execute("INSERT INTO workshop_login_failures (workshop_id, failed_at) VALUES (?, ?)",
                [workshop_id, at])


def forget_failures(cur, workshop_id: str, before) -> None:
    _workshop_in_scope(cur, workshop_id)
    cur.execute("DELETE FROM workshop_login_failures WHERE workshop_id = ? AND failed_at <= ?",
                [workshop_id, before])


def insert_facilitator_session(cur, token_hash: str, workshop_id: str, created_at,
                               expires_at) -> None:
    _workshop_in_scope(cur, workshop_id)
    cur.execute("INSERT INTO workshop_facilitator_sessions (token_hash, workshop_id, created_at, "
                "expires_at) VALUES (?, ?, ?, ?)", [token_hash, workshop_id, created_at, expires_at])


def facilitator_session_row(store: Store, token_hash: str) -> tuple | None:
    """(workshop_id, expires_at) of a facilitator session's token hash."""
    extra, params = scoping.clause(store.scope, "workshop_facilitator_sessions")
    cur = store.cursor()
    try:
        return cur.execute("SELECT workshop_id, expires_at FROM workshop_facilitator_sessions "
                           f"WHERE token_hash = ?{extra}", [token_hash, *params]).fetchone()
    finally:
        cur.close()


def delete_facilitator_session(cur, token_hash: str) -> None:
    extra, params = scoping.clause(scoping.active(), "workshop_facilitator_sessions")
    cur.execute(f"DELETE FROM workshop_facilitator_sessions WHERE token_hash = ?{extra}",
                [token_hash, *params])


def delete_expired_sessions(cur, now) -> None:
    extra, params = scoping.clause(scoping.active(), "workshop_facilitator_sessions")
    cur.execute(f"DELETE FROM workshop_facilitator_sessions WHERE expires_at <= ?{extra}",
                [now, *params])


def attendee_rows(cur, workshop_id: str, attendee: str) -> list[tuple]:
    """(id, attendee) of the workspaces of a workshop under this name (any case)."""
    _workshop_in_scope(cur, workshop_id)
    return cur.execute("SELECT id, attendee FROM workspaces WHERE workshop_id = ? "
                       "AND lower(attendee) = lower(?) ORDER BY created_at, id",
                       [workshop_id, attendee]).fetchall()


def insert_rejoin(cur, rejoin_id: str, workspace_id: str, secret_hash: str, at) -> None:
    _workspace_in_scope(cur, workspace_id)
    cur.execute("INSERT INTO workshop_rejoins (id, workspace_id, secret_hash, created_at) "
                "VALUES (?, ?, ?, ?)", [rejoin_id, workspace_id, secret_hash, at])


def open_rejoin_rows(store: Store, workshop_id: str) -> list[tuple]:
    """(rejoin id, workspace id, attendee, created_at) of the requests not yet approved."""
    extra, params = scoping.clause(store.scope, "workspaces", "s")
    cur = store.cursor()
    try:
        return cur.execute(
            "SELECT r.id, r.workspace_id, s.attendee, r.created_at FROM workshop_rejoins r "
            "JOIN workspaces s ON s.id = r.workspace_id WHERE s.workshop_id = ? "
            f"AND NOT r.approved AND NOT r.claimed{extra} ORDER BY r.created_at, r.id",
            [workshop_id, *params]).fetchall()
    finally:
        cur.close()


def rejoin_row(cur, rejoin_id: str) -> tuple | None:
    """(workspace_id, secret_hash, approved, claimed) of a request."""
    extra, params = scoping.clause(scoping.active(), "workshop_rejoins")
    return cur.execute("SELECT workspace_id, secret_hash, approved, claimed FROM workshop_rejoins "
                       f"WHERE id = ?{extra}", [rejoin_id, *params]).fetchone()


def approve_rejoin(cur, rejoin_id: str, workshop_id: str) -> bool:
    _workshop_in_scope(cur, workshop_id)
    row = cur.execute(
        "UPDATE workshop_rejoins SET approved = TRUE WHERE id = ? AND NOT claimed AND "
        "workspace_id IN (SELECT id FROM workspaces WHERE workshop_id = ?) RETURNING id",
        [rejoin_id, workshop_id]).fetchone()
    return row is not None


def delete_rejoin(cur, rejoin_id: str) -> None:
    extra, params = scoping.clause(scoping.active(), "workshop_rejoins")
    cur.execute(f"DELETE FROM workshop_rejoins WHERE id = ?{extra}", [rejoin_id, *params])


def claim_rejoin(cur, rejoin_id: str) -> None:
    extra, params = scoping.clause(scoping.active(), "workshop_rejoins")
    cur.execute(f"UPDATE workshop_rejoins SET claimed = TRUE WHERE id = ?{extra}",
                [rejoin_id, *params])


def set_token(cur, workspace_id: str, token_hash: str) -> None:
    _workspace_in_scope(cur, workspace_id)
    cur.execute("UPDATE workspaces SET token_hash = ? WHERE id = ?", [token_hash, workspace_id])


def delete_room_rows(cur, workshop_id: str, workspace_ids: list[str]) -> None:
    """The rows of migration 9 of a workshop (called by `delete_workshop_rows`)."""
    _workshop_in_scope(cur, workshop_id)
    for workspace_id in workspace_ids:
        cur.execute("DELETE FROM workshop_rejoins WHERE workspace_id = ?", [workspace_id])
    cur.execute("DELETE FROM workshop_room WHERE workshop_id = ?", [workshop_id])
    cur.execute("DELETE FROM workshop_login_failures WHERE workshop_id = ?", [workshop_id])
    cur.execute("DELETE FROM workshop_facilitator_sessions WHERE workshop_id = ?", [workshop_id])


def workspace_ids(cur, workshop_id: str) -> list[tuple]:
    _workshop_in_scope(cur, workshop_id)
    return cur.execute("SELECT id FROM workspaces WHERE workshop_id = ?", [workshop_id]).fetchall()


scoping.root("workshops")  # organisation_id: migration 12 (impactkaart/accounts/store.py)
scoping.child("workspaces", "workshop_id", "workshops")
scoping.reference("workspaces", "project_id", "projects")
for _table in ("workspace_items", "workspace_fields", "workshop_rejoins"):
    scoping.child(_table, "workspace_id", "workspaces")
for _table in ("workshop_room", "workshop_login_failures", "workshop_facilitator_sessions"):
    scoping.child(_table, "workshop_id", "workshops")
