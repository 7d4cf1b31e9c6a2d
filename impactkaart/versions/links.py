"""Read-only share links: one project (or one named version of it) for a partner.

A link carries a random token (``secrets.token_urlsafe``, 192 bits, as the workshop's
workspace links); the store keeps only its SHA-256 (`impactkaart.workshop.rooms.token_hash`),
so a stolen database opens no link. A link has an expiry date (the end of that day),
can be revoked at any time and may allow comments. `open_link` checks the token on every
run of the shared page: a revoked or expired link stops working at the next click.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from impactkaart.accounts.roles import LEZER
from impactkaart.accounts.scope import Scope
from impactkaart.core.model import Project
from impactkaart.store.projects import ProjectNotFound, Store
from impactkaart.versions import store as rows
from impactkaart.versions.authors import clean_name
from impactkaart.versions.history import VersionError, project_at
from impactkaart.workshop.rooms import _TOKEN as TOKEN_SHAPE
from impactkaart.workshop.rooms import token_hash

URL_PARAM = "deel"  # ?deel=TOKEN opens the shared view
MAX_DAYS = 365
DEFAULT_DAYS = 30


class ShareError(VersionError):
    prefix = "versions.link_error"


@dataclass(frozen=True)
class ShareLink:
    id: str
    project_id: int
    version: int | None  # None: the project as it is now
    label: str
    created_by: str
    created_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    allow_comments: bool

    def state(self, now: dt.datetime | None = None) -> str:
        """active, expired or revoked."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if (now or dt.datetime.now()) >= self.expires_at else "active"

    @property
    def last_day(self) -> dt.date:
        return (self.expires_at - dt.timedelta(seconds=1)).date()


def _link(row: tuple) -> ShareLink:
    return ShareLink(*row[:8], bool(row[8]))


def end_of(day: dt.date) -> dt.datetime:
    """A link valid through ``day`` expires at the midnight after it."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())


def create_link(store: Store, project_id: int, expires: dt.date | dt.datetime, *,
                version: int | None = None, label: str = "", allow_comments: bool = False,
                created_by: str = "", now: dt.datetime | None = None) -> tuple[ShareLink, str]:
    """A new link; (the link, its token: shown once, never stored)."""
    now = now or dt.datetime.now()
    expires_at = expires if isinstance(expires, dt.datetime) else end_of(expires)
    if expires_at <= now:
        raise ShareError("expiry_past")
    if expires_at > now + dt.timedelta(days=MAX_DAYS + 1):
        raise ShareError("expiry_far", days=MAX_DAYS)
    store.load_project(project_id)  # ProjectNotFound for a project that is gone
    if version is not None:
        project_at(store, project_id, version)  # VersionError for an unknown version
    token = secrets.token_urlsafe(24)
    link = ShareLink(secrets.token_hex(8), project_id, version, clean_name(label),
                     clean_name(created_by), now, expires_at, None, bool(allow_comments))
    row = (link.id, link.project_id, link.version, link.label, link.created_by,
           link.created_at, link.expires_at, link.allow_comments)
    store.write(lambda cur: rows.insert_link(cur, row, token_hash(token)))
    return link, token


def open_link(store: Store, token: str | None, now: dt.datetime | None = None) -> ShareLink:
    """The link a token opens; `ShareError` (worded) if it is malformed, unknown, revoked
    or expired. Called on every run of the shared page."""
    if not token or not TOKEN_SHAPE.fullmatch(token):
        raise ShareError("bad_link")
    row = rows.link_by_hash(store, token_hash(token))
    if row is None:
        raise ShareError("unknown_link")
    link = _link(row)
    state = link.state(now)
    if state == "revoked":
        raise ShareError("revoked")
    if state == "expired":
        raise ShareError("expired", day=link.last_day.isoformat())
    return link


def shared_project(store: Store, link: ShareLink) -> Project:
    """The project a link shows: its version, or the project as it is now."""
    try:
        if link.version is not None:
            return project_at(store, link.project_id, link.version)
        return store.load_project(link.project_id)
    except (ProjectNotFound, VersionError):
        raise ShareError("unknown_link") from None


def links_of(store: Store, project_id: int) -> list[ShareLink]:
    """A project's links, newest first (revoked and expired ones included)."""
    return [_link(r) for r in rows.link_rows(store, project_id)]


def revoke_link(store: Store, project_id: int, link_id: str, now: dt.datetime | None = None) -> None:
    if not any(link.id == link_id for link in links_of(store, project_id)):
        raise ShareError("unknown_link")
    store.write(lambda cur: rows.revoke(cur, link_id, now or dt.datetime.now()))


def link_scope(store: Store, link: ShareLink) -> Scope | None:
    """The scope a share link gives its visitor: the one project, read only (comments too
    when the link allows them, `impactkaart.versions.comments.add_comment`). None when the
    project belongs to no organisation (the laptop: the store stays unscoped)."""
    organisation = rows.project_organisation(store, link.project_id)
    if organisation is None:
        return None
    return Scope(organisation, f"link:{link.id}", LEZER, project_id=link.project_id)


def share_url(base: str, token: str) -> str:
    """The address to send: the app's address with the token (nothing else)."""
    return f"{base.rstrip('/')}/?{URL_PARAM}={token}"
