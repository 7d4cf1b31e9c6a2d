"""Workshop mode: "Ontwerp je eigen Impactkaart" for a room of people on one server.

A facilitator creates a workshop (name, date) and gets a short **join code**
for the room and a **facilitator code** for the overview. Each attendee enters
the join code and a (project) name and gets a **workspace**: a private design
whose secret **token** travels in their link, so a refresh, a closed laptop or
a server restart brings them back.

Secrets are stored only as hashes:

- the token (``secrets.token_urlsafe``, 192 bits) as SHA-256: it is random
  enough that a fast hash is safe, and the hash is what a link is looked up by;
- the facilitator code (12 characters, 60 bits) with scrypt and a salt of its
  own: short codes need a slow hash, so a stolen database does not give them away.

Join codes are 6 characters from an alphabet without 0/O and 1/I, so they
can be read off a projector and typed without doubt. A workshop expires at
the end of its "bewaren tot" day: then nobody can join or edit, while the
facilitator can still export or delete everything (privacy).

Every write goes through `Store.write` (one transaction, one writer at a
time in this process) and saves ONE field: two people in the same workspace
never overwrite each other's other fields; on the same field the last save
wins. The same transaction rebuilds the workspace's project
(`workshop_design.design_project`) and saves it, so the project in the store
always matches the fields. The SQL (and migration 5) is in `impactkaart.workshop.store`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from typing import Any

from impactkaart.accounts.roles import BEWERKER
from impactkaart.accounts.scope import Scope
from impactkaart.core.reference import Reference, default_reference
from impactkaart.store.projects import ProjectNotFound, Store, write_project
from impactkaart.workshop import store as rows
from impactkaart.workshop.design import (
    DEFAULTS,
    DESIGN_ONLY,
    FIELDS,
    PARENT_KIND,
    PROJECT_ITEM,
    Design,
    DesignedMap,
    DesignError,
    WordedError,
    clean_value,
    design_project,
    suggested_sector,
)
from impactkaart.workshop.store import (  # noqa: F401 (plain reads, offered by rooms as they are)
    load_design,
    load_designs,
    room_signature,
)

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O and 1/I: read aloud without doubt
JOIN_CODE_LENGTH = 6
FACILITATOR_CODE_LENGTH = 12
KEEP_DAYS = 30  # default: the data stays this many days after the workshop
MAX_KEEP_DAYS = 365
MAX_NAME = 100
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # about 50 ms and 16 MB per check
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,100}")
WORKSHOP_ENV = "IMPACTKAART_WORKSHOP"


class WorkshopError(WordedError):
    """Something an attendee or facilitator can fix: a code and its values, worded by
    ``text(lang)`` from impactkaart/text/words/workshop.py (``str()`` is the Dutch)."""

    prefix = "workshop.error"


@dataclass(frozen=True)
class Workshop:
    id: str
    name: str
    held_on: dt.date
    join_code: str
    created_at: dt.datetime
    expires_at: dt.datetime

    def expired(self, now: dt.datetime | None = None) -> bool:
        return (now or dt.datetime.now()) >= self.expires_at

    @property
    def last_day(self) -> dt.date:
        return (self.expires_at - dt.timedelta(seconds=1)).date()


@dataclass(frozen=True)
class NewWorkshop:
    workshop: Workshop
    facilitator_code: str  # shown once, never stored


@dataclass(frozen=True)
class Workspace:
    id: str
    workshop: Workshop
    attendee: str
    project_id: int | None
    version: int
    updated_at: dt.datetime | None = None


def workshop_only() -> bool:
    """True when the server runs for a workshop only (IMPACTKAART_WORKSHOP=1): then the
    app shows nothing but the workshop pages, so no attendee can open anyone's project."""
    return os.environ.get(WORKSHOP_ENV, "").strip().lower() in ("1", "ja", "aan", "true", "yes")


# --- codes and hashes ------------------------------------------------------------------


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """What the user typed, as stored: capitals, without spaces and dashes."""
    return re.sub(r"[\s-]", "", str(text or "")).upper()


def show_code(code: str) -> str:
    """A facilitator code in groups of four (ABCD-EFGH-JKLM), easier to copy by hand."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def _check_code(text: str, length: int, what: str) -> str:
    code = normalise_code(text)
    if not code:
        raise WorkshopError(f"{what}.empty")
    bad = sorted({c for c in code if c not in CODE_ALPHABET})
    if len(code) != length or bad:
        misread = set(bad) & set("0O1I")  # the codes leave these out: read it again
        raise WorkshopError(f"{what}.form" + ("_misread" if misread else ""), length=length)
    return code


def hash_secret(code: str, salt: bytes | None = None) -> str:
    """scrypt with a random salt, as 'scrypt$n$r$p$salt$hash' (hex)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(code.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_secret(code: str, stored: str) -> bool:
    try:
        method, n, r, p, salt, digest = stored.split("$")
        if method != "scrypt":
            return False
        check = hashlib.scrypt(code.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(check.hex(), digest)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _date_text(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


# --- reading ---------------------------------------------------------------------------

def _workshop(row) -> Workshop:
    return Workshop(**dict(zip(rows.WORKSHOP_COLUMNS, row, strict=True)))


def get_workshop(store: Store, workshop_id: str) -> Workshop | None:
    row = rows.workshop_row(store, workshop_id)
    return None if row is None else _workshop(row)


def find_workshop(store: Store, join_code: str, now: dt.datetime | None = None,
                  allow_expired: bool = False) -> Workshop:
    """The workshop of a join code; `WorkshopError` if the code is wrong or has expired."""
    code = _check_code(join_code, JOIN_CODE_LENGTH, "join_code")
    row = rows.workshop_row_by_code(store, code)
    if row is None:
        raise WorkshopError("no_workshop", code=code)
    workshop = _workshop(row)
    if workshop.expired(now) and not allow_expired:
        raise WorkshopError("code_expired", code=code, day=workshop.last_day)
    return workshop


def open_workspace(store: Store, token: str | None, now: dt.datetime | None = None) -> Workspace:
    """The workspace a link's token opens; `WorkshopError` if unknown or expired."""
    if not token or not _TOKEN.fullmatch(token):
        raise WorkshopError("bad_link")
    row = rows.workspace_row_by_token(store, token_hash(token))
    if row is None:
        raise WorkshopError("no_workspace")
    workshop = _workshop(row[5:])
    if workshop.expired(now):
        raise WorkshopError("workspace_expired", name=workshop.name, day=workshop.last_day)
    return Workspace(id=row[0], workshop=workshop, attendee=row[1], project_id=row[2],
                     version=row[3], updated_at=row[4])


def workspaces_of(store: Store, workshop_id: str) -> list[Workspace]:
    """Every workspace of a workshop, in the order the attendees joined."""
    workshop = get_workshop(store, workshop_id)
    if workshop is None:
        return []
    return [Workspace(id=r[0], workshop=workshop, attendee=r[1], project_id=r[2], version=r[3],
                      updated_at=r[4]) for r in rows.workspace_rows(store, workshop_id)]


def workshop_scope(store: Store, workshop: Workshop) -> Scope | None:
    """The scope of someone who joined a workshop by its code or link, without an account
    (an attendee, the facilitator): that one workshop of its organisation and the projects
    designed in it. None when the workshop belongs to no organisation (the laptop)."""
    organisation = rows.workshop_organisation(store, workshop.id)
    if organisation is None:
        return None
    return Scope(organisation, f"workshop:{workshop.id}", BEWERKER, workshop_id=workshop.id)


def description_of(workshop: Workshop) -> str:
    return f"Ontworpen in de workshop '{workshop.name}' van {_date_text(workshop.held_on)}."


def designed_map(design: Design, workspace: Workspace,
                 reference: Reference | None = None) -> DesignedMap:
    return design_project(design, workspace.attendee, description_of(workspace.workshop), reference)


# --- writing ---------------------------------------------------------------------------


def create_workshop(store: Store, name: str, held_on: dt.date, keep_until: dt.date | None = None,
                    now: dt.datetime | None = None) -> NewWorkshop:
    """A new workshop with a unique join code and a facilitator code (returned once)."""
    name = " ".join(str(name or "").split())
    if not name:
        raise WorkshopError("no_name")
    if len(name) > MAX_NAME:
        raise WorkshopError("name_too_long", limit=MAX_NAME)
    if not isinstance(held_on, dt.date):
        raise WorkshopError("no_date")
    keep_until = keep_until or held_on + dt.timedelta(days=KEEP_DAYS)
    if keep_until < held_on:
        raise WorkshopError("keep_before")
    if keep_until > held_on + dt.timedelta(days=MAX_KEEP_DAYS):
        raise WorkshopError("keep_too_long", days=MAX_KEEP_DAYS)
    facilitator_code = new_code(FACILITATOR_CODE_LENGTH)
    facilitator_hash = hash_secret(facilitator_code)  # slow: outside the write lock
    expires_at = dt.datetime.combine(keep_until + dt.timedelta(days=1), dt.time())
    created_at = now or dt.datetime.now()

    def work(cur) -> Workshop:
        for _ in range(20):  # 32^6 codes: a clash is rare, twenty in a row impossible
            code = new_code(JOIN_CODE_LENGTH)
            if not rows.join_code_taken(cur, code):
                break
        else:
            raise WorkshopError("no_free_code")
        workshop = Workshop(secrets.token_hex(8), name, held_on, code, created_at, expires_at)
        rows.insert_workshop(cur, tuple(getattr(workshop, c) for c in rows.WORKSHOP_COLUMNS),
                             facilitator_hash)
        return workshop

    return NewWorkshop(store.write(work), facilitator_code)


def verify_code(store: Store, workshop: Workshop, facilitator_code: str) -> bool:
    """True when the facilitator code belongs to the workshop (a code of the wrong form is
    a `WorkshopError`)."""
    code = _check_code(facilitator_code, FACILITATOR_CODE_LENGTH, "facilitator_code")
    stored = rows.facilitator_hash(store, workshop.id)
    return stored is not None and verify_secret(code, stored)


def facilitator_login(store: Store, join_code: str, facilitator_code: str) -> Workshop:
    """The workshop, if the facilitator code belongs to it (also after it has expired)."""
    workshop = find_workshop(store, join_code, allow_expired=True)
    code = _check_code(facilitator_code, FACILITATOR_CODE_LENGTH, "facilitator_code")
    stored = rows.facilitator_hash(store, workshop.id)
    if stored is None or not verify_secret(code, stored):
        raise WorkshopError("wrong_facilitator_code")
    return workshop


def _rebuild(cur, workspace_id: str, reference: Reference) -> None:
    """Save the workspace's project as its fields now say (inside the caller's transaction)."""
    row = rows.rebuild_row(cur, workspace_id)
    if row is None:
        return  # the workspace was deleted: nothing to rebuild
    workshop = _workshop(row[2:])
    design = rows.read_designs(cur, [workspace_id])[workspace_id]
    project = design_project(design, row[0], description_of(workshop), reference).project
    project_id = row[1]
    if project_id is not None:
        try:
            write_project(cur, project, project_id)
            return
        except ProjectNotFound:
            pass  # deleted on another page: the workspace gets a new one
    project_id = write_project(cur, project)
    rows.set_project(cur, workspace_id, project_id)


def join_workshop(store: Store, join_code: str, attendee: str, now: dt.datetime | None = None,
                  reference: Reference | None = None) -> tuple[Workspace, str]:
    """A new workspace in the workshop of this code; (workspace, token for the link)."""
    reference = reference or default_reference()
    attendee = " ".join(str(attendee or "").split())
    if not attendee:
        raise WorkshopError("no_attendee")
    if len(attendee) > MAX_NAME:
        raise WorkshopError("attendee_too_long", limit=MAX_NAME)
    workshop = find_workshop(store, join_code, now)
    token = secrets.token_urlsafe(24)
    workspace_id = secrets.token_hex(8)

    def work(cur) -> Workspace:
        rows.insert_workspace(cur, workspace_id, workshop.id, attendee, token_hash(token))
        rows.insert_item(cur, workspace_id, PROJECT_ITEM, "project", None, 0,
                         {**DEFAULTS["project"], "name": attendee})
        rows.insert_item(cur, workspace_id, secrets.token_hex(4), "cost", None, 0, DEFAULTS["cost"])
        _rebuild(cur, workspace_id, reference)
        project_id = rows.project_of(cur, workspace_id)
        return Workspace(workspace_id, workshop, attendee, project_id, 0)

    return store.write(work), token


def _suggest_sector(cur, workspace_id: str, item_id: str, proxy_key: str, version: int,
                    reference: Reference) -> None:
    """A library proxy brings its usual sector along when the outcome has none yet (as in
    the effects editor); the attendee sees it in the sector field and may change it."""
    sector = suggested_sector(proxy_key, reference)
    if sector is not None and rows.field_is_empty(cur, workspace_id, item_id, "sector"):
        rows.put_field(cur, workspace_id, item_id, "sector", sector, version)


def set_field(store: Store, workspace_id: str, item_id: str, name: str, value: Any,
              reference: Reference | None = None) -> int | None:
    """Save one field of one item; the workspace's new version (the field's version), or
    None when the item is gone (removed by someone else in the meantime)."""
    reference = reference or default_reference()

    def work(cur) -> int | None:
        kind = rows.item_kind(cur, workspace_id, item_id)
        if kind is None:
            return None
        try:
            clean = clean_value(kind, name, value, reference)
        except DesignError as exc:
            raise WorkshopError("not_saved", reason=exc) from None
        version = rows.bump(cur, workspace_id)
        rows.put_field(cur, workspace_id, item_id, name, clean, version)
        if name == "proxy_key" and clean is not None:
            _suggest_sector(cur, workspace_id, item_id, clean, version, reference)
        if (kind, name) not in DESIGN_ONLY:
            _rebuild(cur, workspace_id, reference)
        return version

    return store.write(work)


def add_item(store: Store, workspace_id: str, kind: str, parent_id: str | None = None,
             values: dict[str, Any] | None = None,
             reference: Reference | None = None) -> str | None:
    """A new cost, stakeholder or outcome (under ``parent_id``); its id, or None when the
    workspace or the parent is gone."""
    reference = reference or default_reference()
    if kind not in FIELDS or kind == "project":
        raise WorkshopError("unknown_kind", kind=kind)
    try:
        clean = {name: clean_value(kind, name, value, reference)
                 for name, value in {**DEFAULTS[kind], **(values or {})}.items()}
    except DesignError as exc:
        raise WorkshopError("not_saved", reason=exc) from None
    item_id = secrets.token_hex(4)

    def work(cur) -> str | None:
        if PARENT_KIND.get(kind):
            if rows.item_kind(cur, workspace_id, parent_id) != PARENT_KIND[kind]:
                return None
        version = rows.bump(cur, workspace_id)
        if version is None:
            return None
        rows.insert_item(cur, workspace_id, item_id, kind,
                         parent_id if PARENT_KIND.get(kind) else None, version, clean)
        if clean.get("proxy_key") and clean.get("sector") is None:
            _suggest_sector(cur, workspace_id, item_id, clean["proxy_key"], version, reference)
        _rebuild(cur, workspace_id, reference)
        return item_id

    return store.write(work)


def remove_item(store: Store, workspace_id: str, item_id: str,
                reference: Reference | None = None) -> bool:
    """Remove an item and what hangs under it (a stakeholder's outcomes); False if gone."""
    reference = reference or default_reference()
    if item_id == PROJECT_ITEM:
        raise WorkshopError("project_stays")

    def work(cur) -> bool:
        if not rows.delete_item(cur, workspace_id, item_id):
            return False
        rows.bump(cur, workspace_id)
        _rebuild(cur, workspace_id, reference)
        return True

    return store.write(work)


def delete_workshop(store: Store, workshop_id: str) -> tuple[int, int]:
    """Delete a workshop with every workspace, field and project in it, in one transaction;
    (workspaces, projects) deleted."""

    return store.write(lambda cur: rows.delete_workshop_rows(cur, workshop_id))
